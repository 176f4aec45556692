//! The build (`cargo run --features ssr --bin prerender`, run by Trunk's post-build hook): checks the
//! content, renders every page with the site's own components into the HTML page Trunk produced, and
//! writes the files search engines and feed readers look for.
//!
//! A page is static HTML but for its islands (`<leptos-island>`), which the browser hydrates from
//! the props written beside them. Hydration markers stay only inside islands, written as empty
//! comments (`<!---->`, valid HTML where Leptos writes `<!>`); static parts carry none.
//!
//! Every page carries the site's Content-Security-Policy ([`csp`]) in a `<meta>` tag, and the copied
//! `_headers` gets the same policy as a header. The policy allows no inline script but the
//! speculation rules (by hash), so the loader Trunk writes inline into `index.html` is moved into a
//! file in `assets/`. The stylesheets Trunk copied are joined into one `<style>` in each page, allowed
//! by hash too, so the page paints with its first response (the print sheet stays a file, for print
//! only, and so does the no-JavaScript one).

pub mod csp;
pub mod reuse;
pub mod seo;

use content::archive::{months, ARCHIVE_PATH};
use content::taxonomy::{neighbours, term_path, terms, Kind, RelatedIndex};
use content::{folder, Article, ContentSet, Folder, Site};
use hydration_context::SsrSharedContext;
use i18n::catalogue::Catalogue;
use leptos::prelude::*;
use seo::{Listing, Page};
use site::components::widgets::MonthCount;
use site::components::{page_count, CrashNotice, Languages, Pager, Publication};
use site::pages::{ArchivePage, ArticlePage, FrontList, ListPage, NotFound, SearchPage};
use site::paths::{self, SEARCH_PATH};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where the renderer reads and writes.
pub struct Job {
    /// The content folder the build was made from.
    pub content: PathBuf,
    /// Trunk's staging folder: holds Trunk's `index.html`, receives every page.
    pub out: PathBuf,
    /// The URL prefix the site is served under (`/` or `/prefix/`).
    pub public_url: String,
    /// A release build leaves out drafts and articles dated in the future; a debug build
    /// (`trunk serve`) shows them.
    pub release: bool,
    /// The last build of the same site (Trunk's dist folder, still in place while the hook runs) and
    /// the file that says what each of its pages was rendered from: a page whose inputs have not
    /// changed is taken from there instead of rendered again.
    pub last_build: Option<(PathBuf, PathBuf)>,
}

/// The placeholder in `index.html` that each page's body replaces.
const BODY_PLACEHOLDER: &str = r#"<div id="app"></div>"#;

/// How many of the newest articles the not-found page offers.
const NOT_FOUND_LATEST: usize = 5;

/// What every page of a build is rendered with: the site, and what its widgets list.
pub struct Shared {
    pub site: Site,
    pub publication: Arc<Publication>,
}

impl Shared {
    pub fn new(set: &ContentSet) -> Shared {
        Shared {
            site: set.site.clone(),
            publication: Arc::new(Publication::new(&set.site, &set.articles)),
        }
    }
}

/// Renders a page's view to HTML, with the site, its widgets' lists and its languages in context,
/// and its hydration markers as a static page needs them ([`clean_markers`]).
pub fn render<V: IntoView + 'static>(
    shared: &Shared,
    languages: &Languages,
    page: impl FnOnce() -> V,
) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new_islands())));
    let html = owner.with(|| {
        provide_context(shared.site.clone());
        provide_context(Arc::clone(&shared.publication));
        provide_context(languages.clone());
        page().into_view().to_html()
    });
    owner.unset();
    clean_markers(&html)
}

const ISLAND_OPEN: &str = "<leptos-island";
const ISLAND_CLOSE: &str = "</leptos-island>";

/// Leptos marks places in its output for hydration with `<!>` (and `<!--<() />-->` for an empty
/// view). Only islands are hydrated, so outside them the markers go; inside them each `<!>` becomes
/// `<!---->`, the same empty comment node in valid HTML. Leptos escapes `<` in text and attribute
/// values, so every `<!` in its output is a marker.
pub fn clean_markers(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        let (static_part, island) = match rest.find(ISLAND_OPEN) {
            Some(start) => {
                let end = rest[start..]
                    .find(ISLAND_CLOSE)
                    .map_or(rest.len(), |e| start + e + ISLAND_CLOSE.len());
                (&rest[..start], Some((&rest[start..end], &rest[end..])))
            }
            None => (rest, None),
        };
        out.push_str(&static_part.replace("<!>", "").replace("<!--<() />-->", ""));
        let Some((island, after)) = island else {
            return out;
        };
        out.push_str(&island.replace("<!>", "<!---->"));
        rest = after;
    }
}

/// One page to write.
struct Route<'a> {
    /// Where the page goes, relative to the output folder.
    file: PathBuf,
    kind: RouteKind<'a>,
}

/// A page's articles are the content set's, borrowed: only a page that is rendered clones them (into
/// its components' props), so a rebuild that takes most pages from the last build copies no article.
#[derive(Debug)]
enum RouteKind<'a> {
    /// The newest article, then a page of the others.
    Front {
        article: &'a Article,
        more: Vec<&'a Article>,
        pager: Pager,
    },
    Article {
        article: &'a Article,
        previous: Option<&'a Article>,
        next: Option<&'a Article>,
        related: Vec<&'a Article>,
    },
    List {
        /// The page's heading; `listing.title` adds which page this is.
        heading: String,
        listing: Listing,
        articles: Vec<&'a Article>,
        pager: Pager,
    },
    /// The archive's index: every month, with how many articles it has.
    Archive {
        listing: Listing,
        months: Vec<MonthCount>,
    },
    /// The search page, with the site's categories to search within.
    Search {
        listing: Listing,
        categories: Vec<String>,
    },
    NotFound {
        latest: Vec<&'a Article>,
    },
}

/// How many related articles an article links to.
const RELATED_MAX: usize = 3;

/// The message catalogues of a build: the site's language (with its overrides) and each article's.
pub struct Catalogues {
    site: Arc<Catalogue>,
    others: Vec<Arc<Catalogue>>,
}

impl Catalogues {
    pub fn for_content(set: &ContentSet) -> Catalogues {
        let site = Arc::new(Catalogue::new(&set.site.language, &set.site.messages));
        let mut others: Vec<Arc<Catalogue>> = Vec::new();
        for article in &set.articles {
            let tag = article.language(&set.site);
            if tag != site.tag() && !others.iter().any(|c| c.tag() == tag) {
                others.push(Arc::new(Catalogue::new(tag, &Default::default())));
            }
        }
        Catalogues { site, others }
    }

    /// A page's languages: `tag` for the page, the site's for its chrome.
    pub fn languages(&self, tag: &str) -> Languages {
        let page = self.others.iter().find(|c| c.tag() == tag).unwrap_or(&self.site);
        Languages {
            page: Arc::clone(page),
            site: Arc::clone(&self.site),
        }
    }
}

impl RouteKind<'_> {
    /// Adds what the page is made from to `f`, each article by its own fingerprint (`articles`, by
    /// slug), so an article is hashed once however many pages show it.
    fn fingerprint(&self, f: &mut reuse::Fingerprint, articles: &HashMap<&str, u64>) {
        let mut add = |a: &Article| f.add(&articles.get(a.slug.as_str()));
        match self {
            RouteKind::Front { article, more, .. } => {
                add(article);
                more.iter().copied().for_each(&mut add);
            }
            RouteKind::Article {
                article,
                previous,
                next,
                related,
            } => {
                add(article);
                previous
                    .iter()
                    .chain(next)
                    .chain(related)
                    .copied()
                    .for_each(&mut add);
            }
            RouteKind::List { articles, .. } => articles.iter().copied().for_each(&mut add),
            RouteKind::NotFound { latest } => latest.iter().copied().for_each(&mut add),
            RouteKind::Archive { .. } | RouteKind::Search { .. } => {}
        }
        // Everything else a page holds (its kind, lists, pager, headings), without the articles.
        match self {
            RouteKind::Front { pager, .. } => f.add(&("front", pager)),
            RouteKind::Article { .. } => f.add(&"article"),
            RouteKind::List {
                heading,
                listing,
                pager,
                ..
            } => f.add(&(heading, listing, pager)),
            RouteKind::NotFound { .. } => f.add(&"not found"),
            RouteKind::Archive { .. } | RouteKind::Search { .. } => f.add(self),
        }
    }
}

impl Route<'_> {
    /// The page's language: its article's, or the site's.
    fn language<'a>(&'a self, site: &'a Site) -> &'a str {
        match &self.kind {
            RouteKind::Front { article, .. } | RouteKind::Article { article, .. } => article.language(site),
            RouteKind::List { .. }
            | RouteKind::Archive { .. }
            | RouteKind::Search { .. }
            | RouteKind::NotFound { .. } => &site.language,
        }
    }

    fn page(&self) -> Page<'_> {
        match &self.kind {
            RouteKind::Front { article, .. } => Page::Front(article),
            RouteKind::Article { article, .. } => Page::Article(article),
            RouteKind::List { listing, .. } | RouteKind::Archive { listing, .. } => Page::List(listing),
            RouteKind::Search { listing, .. } => Page::Search(listing),
            RouteKind::NotFound { .. } => Page::NotFound,
        }
    }

    /// The list's pages, on a page that is one of them.
    fn pager(&self) -> Option<&Pager> {
        match &self.kind {
            RouteKind::Front { pager, more, .. } if !more.is_empty() => Some(pager),
            RouteKind::List { pager, .. } => Some(pager),
            _ => None,
        }
    }

    /// The page's body: the whole rendered page but its `<head>`.
    fn body(self, shared: &Shared, languages: &Languages) -> String {
        let owned = |articles: Vec<&Article>| -> Vec<Article> { articles.into_iter().cloned().collect() };
        match self.kind {
            RouteKind::Front { article, more, pager } => {
                let article = article.clone();
                let more = FrontList {
                    articles: owned(more),
                    pager,
                };
                render(shared, languages, move || view! { <ArticlePage article more /> })
            }
            RouteKind::Article {
                article,
                previous,
                next,
                related,
            } => {
                let (article, previous, next, related) =
                    (article.clone(), previous.cloned(), next.cloned(), owned(related));
                render(shared, languages, move || {
                    view! { <ArticlePage article previous next related /> }
                })
            }
            RouteKind::List {
                heading: title,
                articles,
                pager,
                ..
            } => {
                let articles = owned(articles);
                render(
                    shared,
                    languages,
                    move || view! { <ListPage title articles pager /> },
                )
            }
            RouteKind::Archive { months, .. } => {
                render(shared, languages, move || view! { <ArchivePage months /> })
            }
            RouteKind::Search { categories, .. } => {
                render(shared, languages, move || view! { <SearchPage categories /> })
            }
            RouteKind::NotFound { latest } => {
                let latest = owned(latest);
                render(shared, languages, move || view! { <NotFound latest /> })
            }
        }
    }
}

/// The file a site path is written to: `/tag/x/page/2/` → `tag/x/page/2/index.html`.
fn file_for(path: &str) -> PathBuf {
    Path::new(path.trim_start_matches('/')).join("index.html")
}

/// One list's pages, `per_page` articles each: `first` is the first page's site path, `title` its
/// heading and `description` what it holds.
fn list_routes<'a>(
    t: &Catalogue,
    first: &str,
    (title, description): (&str, &str),
    feed: Option<(String, String)>,
    articles: &[&'a Article],
    per_page: usize,
) -> Vec<Route<'a>> {
    let total = page_count(articles.len(), per_page);
    (1..=total)
        .map(|current| {
            let pager = Pager {
                first: first.to_owned(),
                current,
                total,
            };
            let path = pager.path(current);
            let page_title = if current > 1 {
                t.with(
                    "page-title",
                    &[
                        ("title", title.into()),
                        ("page", current.into()),
                        ("pages", total.into()),
                    ],
                )
            } else {
                title.to_owned()
            };
            Route {
                file: file_for(&path),
                kind: RouteKind::List {
                    heading: title.to_owned(),
                    listing: Listing {
                        title: page_title,
                        description: description.to_owned(),
                        path,
                        feed: feed.clone(),
                    },
                    articles: articles
                        .iter()
                        .skip((current - 1) * per_page)
                        .take(per_page)
                        .copied()
                        .collect(),
                    pager,
                },
            }
        })
        .collect()
}

/// Every page of the site: the front page (the newest article and the first page of the others) and
/// the others' later pages (`/page/2/`…), each article's permalink, each category's, tag's and
/// author's pages, the archive (`/archive/` and each month's pages), the search page and the
/// not-found page.
/// `t` is the site's catalogue: list pages are in the site's language.
fn routes<'a>(set: &'a ContentSet, t: &Catalogue) -> Vec<Route<'a>> {
    let per_page = set.site.per_page;
    let mut routes = Vec::new();
    if let Some((newest, older)) = set.articles.split_first() {
        let total = page_count(older.len(), per_page);
        routes.push(Route {
            file: "index.html".into(),
            kind: RouteKind::Front {
                article: newest,
                more: older.iter().take(per_page).collect(),
                pager: Pager {
                    first: "/".into(),
                    current: 1,
                    total,
                },
            },
        });
        let older: Vec<&Article> = older.iter().collect();
        let description = t.with(
            "more-articles-description",
            &[("site", set.site.name.as_str().into())],
        );
        let title = t.text("more-articles");
        routes.extend(
            list_routes(t, "/", (&title, &description), None, &older, per_page)
                .into_iter()
                .skip(1),
        );
    }
    let related = RelatedIndex::new(&set.articles);
    for (at, article) in set.articles.iter().enumerate() {
        let (previous, next) = neighbours(at, &set.articles);
        routes.push(Route {
            file: Path::new("articles").join(&article.slug).join("index.html"),
            kind: RouteKind::Article {
                article,
                previous,
                next,
                related: related.related(at, RELATED_MAX),
            },
        });
    }
    for kind in Kind::ALL {
        for term in terms(kind, &set.articles) {
            let title = term_heading(t, kind, term.name);
            let description = t.with(
                term_message(kind, "description"),
                &[
                    ("name", term.name.into()),
                    ("site", set.site.name.as_str().into()),
                ],
            );
            let first = term_path(kind, &term.slug);
            let feed = Some((format!("{title} – {}", set.site.name), format!("{first}feed.xml")));
            routes.extend(list_routes(
                t,
                &first,
                (&title, &description),
                feed,
                &term.articles,
                per_page,
            ));
        }
    }
    let months = months(&set.articles);
    routes.push(Route {
        file: file_for(ARCHIVE_PATH),
        kind: RouteKind::Archive {
            listing: Listing {
                title: t.text("archive-title"),
                description: t.with("archive-description", &[("site", set.site.name.as_str().into())]),
                path: ARCHIVE_PATH.to_owned(),
                feed: None,
            },
            months: months.iter().map(MonthCount::from).collect(),
        },
    });
    for month in &months {
        let name = t.month(month.year, month.month);
        let title = t.with("month-title", &[("month", name.as_str().into())]);
        let description = t.with(
            "month-description",
            &[
                ("month", name.as_str().into()),
                ("site", set.site.name.as_str().into()),
            ],
        );
        routes.extend(list_routes(
            t,
            &month.path(),
            (&title, &description),
            None,
            &month.articles,
            per_page,
        ));
    }
    routes.push(Route {
        file: file_for(SEARCH_PATH),
        kind: RouteKind::Search {
            listing: Listing {
                title: t.text("search-title"),
                description: t.with("search-description", &[("site", set.site.name.as_str().into())]),
                path: SEARCH_PATH.to_owned(),
                feed: None,
            },
            categories: terms(Kind::Category, &set.articles)
                .into_iter()
                .map(|term| term.name.to_owned())
                .collect(),
        },
    });
    routes.push(Route {
        file: "404.html".into(),
        kind: RouteKind::NotFound {
            latest: set.articles.iter().take(NOT_FOUND_LATEST).collect(),
        },
    });
    routes
}

/// Trunk's `index.html` turned into one route's page.
fn page(
    shell: &str,
    set: &ContentSet,
    shared: &Shared,
    catalogues: &Catalogues,
    public_url: &str,
    route: Route,
) -> Result<String, String> {
    let site = &set.site;
    let language = route.language(site);
    let languages = catalogues.languages(language);
    let mut head = seo::head_tags(site, &route.page(), public_url);
    if let Some(pager) = route.pager() {
        let links = seo::pager_links(site, pager.previous().as_deref(), pager.next().as_deref());
        if !links.is_empty() {
            head = format!("{head}\n{links}");
        }
    }
    let (before_title, rest) = shell.split_once("<title>").ok_or("index.html has no <title>")?;
    let (_, after_title) = rest
        .split_once("</title>")
        .ok_or("index.html has an unclosed <title>")?;
    let html = format!("{before_title}{head}{after_title}");
    if !html.contains(BODY_PLACEHOLDER) {
        return Err(format!("index.html has no {BODY_PLACEHOLDER}"));
    }
    let dir = if i18n::is_right_to_left(language) {
        r#" dir="rtl""#
    } else {
        ""
    };
    let lang = format!(r#"<html lang="{}"{dir}"#, seo::escape_html(language));
    let body = route.body(shared, &languages);
    let html = with_crash_notice(&html, shared, &languages);
    // A page without islands (the not-found page) has nothing to hydrate: it ships no script.
    let html = if body.contains(ISLAND_OPEN) {
        html
    } else {
        without_webassembly(&html)
    };
    Ok(html
        .replacen(BODY_PLACEHOLDER, &body, 1)
        .replacen("<html lang=\"en\"", &lang, 1))
}

/// The page with `index.html`'s crash notice (`<div id="crash">`) in the page's language.
fn with_crash_notice(html: &str, shared: &Shared, languages: &Languages) -> String {
    const OPEN: &str = r#"<div id="crash""#;
    let Some(start) = html.find(OPEN) else {
        return html.to_owned();
    };
    let Some(end) = html[start..].find("</div>").map(|e| start + e + "</div>".len()) else {
        return html.to_owned();
    };
    let notice = render(shared, languages, || view! { <CrashNotice /> });
    format!("{}{notice}{}", &html[..start], &html[end..])
}

/// The page without what loads the WebAssembly: the module scripts (Trunk's loader, `hydrate.js`)
/// and their preload links. Data scripts (JSON-LD, speculation rules) stay.
fn without_webassembly(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let tag_end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..tag_end];
        let module_script = tag.starts_with("<script") && tag.contains(r#"type="module""#);
        let preload = tag.starts_with("<link")
            && (tag.contains(r#"rel="modulepreload""#) || tag.contains(r#"type="application/wasm""#));
        if module_script {
            let close = rest
                .find("</script>")
                .map_or(rest.len(), |c| c + "</script>".len());
            rest = &rest[close..];
        } else if preload {
            rest = &rest[tag_end..];
        } else {
            out.push_str(tag);
            rest = &rest[tag_end..];
        }
    }
    out.push_str(rest);
    out
}

/// Reads and checks the content folder: every error, with file, line and column, stops the build.
fn read_content(dir: &Path) -> Result<ContentSet, String> {
    let folder = Folder::read(dir).map_err(|errors| errors.join("\n"))?;
    folder.check().map_err(|e| e.to_string())
}

fn write(out: &Path, file: &Path, text: &str) -> Result<(), String> {
    let path = out.join(file);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes every page, the loader, `_headers` with the policy, `sitemap.xml` (and its parts past
/// 50,000 addresses),
/// `feed.xml` and `robots.txt` into `job.out`, and says what it wrote.
pub fn run(job: &Job) -> Result<Built, String> {
    paths::set_base(&job.public_url);
    let public_url = format!("{}/", paths::base());
    let set = read_content(&job.content)?;
    let set = if job.release {
        let now = folder::now();
        for (article, why) in set.left_out(&now) {
            eprintln!("prerender: left out of this release build: {}", why.note(article));
        }
        set.published(&now)
    } else {
        set
    };
    if set.articles.is_empty() {
        return Err(
            "every article is a draft or dated in the future: a release build has nothing to publish".into(),
        );
    }
    let read = |name: &str| {
        let path = job.out.join(name);
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let index_html = read("index.html")?;
    let stylesheets = stylesheet_links(&index_html, &public_url)
        .into_iter()
        .map(|link| Ok((link.file.clone(), read(&link.file)?)))
        .collect::<Result<Vec<_>, String>>()?;
    let trunk = TrunkOutput {
        index_html,
        headers: read("_headers")?,
        stylesheets,
    };
    let last = job.last_build.as_ref().map(|(dist, record)| {
        let program = std::env::current_exe()
            .and_then(std::fs::read)
            .map_or(0, |bytes| reuse::bytes_hash(&bytes));
        (reuse::LastBuild::read(dist, record, program), record)
    });
    let site = render_site_reusing(&trunk, &set, &public_url, last.as_ref().map(|(l, _)| l))?;
    for file in &site.removed {
        let path = job.out.join(file);
        std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    for (file, from) in &site.reused {
        link(from, &job.out.join(file))?;
    }
    for (file, text) in &site.written {
        write(&job.out, file, text)?;
    }
    if let Some((_, record)) = &last {
        eprintln!(
            "prerender: {} of {} pages taken from the last build, unchanged",
            site.reused.len(),
            site.pages.len()
        );
        // Each page's file as this build leaves it, for the next build to check without reading it.
        let pages = site
            .pages
            .iter()
            .map(|(file, inputs)| {
                let path = job.out.join(file);
                let stamp =
                    reuse::Stamp::of(&path).ok_or_else(|| format!("{}: not written", path.display()))?;
                Ok((file.clone(), *inputs, stamp))
            })
            .collect::<Result<Vec<_>, String>>()?;
        if let Some(dir) = record.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(record, reuse::record(&pages)).map_err(|e| format!("{}: {e}", record.display()))?;
    }
    Ok(Built {
        files: site.written.into_iter().map(|(file, _)| file).collect(),
        reused: site.reused.len(),
    })
}

/// Puts the last build's page `from` at `to`: a hard link (both are in Trunk's dist folder, and no
/// step after this one writes to a page), or a copy where the file system has none.
fn link(from: &Path, to: &Path) -> Result<(), String> {
    if let Some(dir) = to.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::hard_link(from, to)
        .or_else(|_| std::fs::copy(from, to).map(|_| ()))
        .map_err(|e| format!("{}: {e}", to.display()))
}

/// What a run wrote.
pub struct Built {
    /// The files written, relative to the output folder.
    pub files: Vec<PathBuf>,
    /// How many pages were taken from the last build rather than rendered.
    pub reused: usize,
}

/// What Trunk left in the staging folder that the renderer builds on.
pub struct TrunkOutput {
    /// `index.html`: the page every route is rendered into.
    pub index_html: String,
    /// `_headers`, copied from `public/_headers`: gets the site's policy.
    pub headers: String,
    /// The stylesheets `index.html` links for every medium, in order: (file in the output folder, text).
    pub stylesheets: Vec<(String, String)>,
}

/// What the renderer does to the output folder.
pub struct SiteFiles {
    /// Files to write: (path relative to the output folder, text).
    pub written: Vec<(PathBuf, String)>,
    /// Trunk's files that the pages replace (the stylesheets, now in each page).
    pub removed: Vec<PathBuf>,
    /// Pages taken from the last build rather than rendered: (path relative to the output folder,
    /// the last build's file).
    pub reused: Vec<(PathBuf, PathBuf)>,
    /// Each page's inputs' fingerprint, for the next build ([`reuse::record`]): (file, inputs).
    pub pages: Vec<(PathBuf, u64)>,
}

/// Every file the renderer writes, from Trunk's output and a checked content set: the pages, the
/// scripts moved out of `index.html`, `_headers`, `sitemap.xml`, `feed.xml`
/// and `robots.txt`. `public_url` is `/` or `/prefix/`, and must be what [`paths::set_base`] was given.
pub fn render_site(trunk: &TrunkOutput, set: &ContentSet, public_url: &str) -> Result<SiteFiles, String> {
    render_site_reusing(trunk, set, public_url, None)
}

/// [`render_site`], taking each page whose inputs have not changed from the `last` build instead of
/// rendering it again.
pub fn render_site_reusing(
    trunk: &TrunkOutput,
    set: &ContentSet,
    public_url: &str,
    last: Option<&reuse::LastBuild>,
) -> Result<SiteFiles, String> {
    let mut policy = csp::Policy::for_content(&set.site, &set.articles)?;
    let (shell, mut written) = externalize_scripts(&trunk.index_html, public_url)?;
    let (shell, stylesheet, removed) = inline_stylesheets(&shell, public_url, &trunk.stylesheets)?;
    if let Some(css) = &stylesheet {
        policy.allow_inline_style(css);
    }
    let rules = speculation_rules(public_url);
    let keyboard = keyboard_speculation_rules(public_url);
    policy.allow_inline_script(&rules);
    policy.allow_inline_script(&keyboard);
    let shell = shell.replacen(
        "</head>",
        &format!(
            "<script type=\"speculationrules\">{rules}</script>\n\
             <script type=\"application/json\" id=\"{KEYBOARD_RULES_ID}\">{keyboard}</script>\n\
             <noscript><link rel=\"stylesheet\" href=\"{}nojs.css\"></noscript>\n</head>",
            seo::escape_html(public_url)
        ),
        1,
    );
    let shell = with_policy_meta(&shell, &policy)?;
    let catalogues = Catalogues::for_content(set);
    let shared = Shared::new(set);
    let routes = routes(set, &catalogues.site);
    let lists: Vec<String> = routes
        .iter()
        .filter_map(|route| match &route.kind {
            RouteKind::List { listing, .. } | RouteKind::Archive { listing, .. } => {
                Some(listing.path.clone())
            }
            _ => None,
        })
        .collect();
    // What every page is made from besides its route.
    let build = last.map(|last| {
        let mut f = reuse::Fingerprint::after(last.program);
        f.add(&shell);
        f.add(&public_url);
        f.add(&set.site);
        f.add(&*shared.publication);
        f.finish()
    });
    // Each article's own fingerprint, once.
    let articles: HashMap<&str, u64> = match build {
        Some(_) => set
            .articles
            .iter()
            .map(|a| {
                let mut f = reuse::Fingerprint::default();
                f.add(a);
                (a.slug.as_str(), f.finish())
            })
            .collect(),
        None => HashMap::new(),
    };
    let rendered = render_pages(routes, |route| {
        let file = route.file.clone();
        let inputs = build.map(|build| {
            let mut f = reuse::Fingerprint::after(build);
            f.add(&route.file);
            route.kind.fingerprint(&mut f, &articles);
            f.finish()
        });
        let again = last
            .zip(inputs)
            .and_then(|(last, inputs)| last.page(&file, inputs));
        let page = match again {
            Some(from) => PageFile::Reused(from),
            None => PageFile::Rendered(page(&shell, set, &shared, &catalogues, public_url, route)?),
        };
        Ok((file, page, inputs))
    })?;
    let mut pages = Vec::new();
    let mut reused = Vec::new();
    for (file, page, inputs) in rendered {
        if let Some(inputs) = inputs {
            pages.push((file.clone(), inputs));
        }
        match page {
            PageFile::Rendered(text) => written.push((file, text)),
            PageFile::Reused(from) => reused.push((file, from)),
        }
    }
    written.extend(term_feeds(set, &catalogues.site));
    // Drafts, shown by debug builds, are never announced.
    let newest_first: Vec<&Article> = set.articles.iter().filter(|a| !a.draft).collect();
    written.extend(
        seo::sitemaps(&set.site, &newest_first, &lists)
            .into_iter()
            .map(|(path, xml)| (PathBuf::from(path.trim_start_matches('/')), xml)),
    );
    written.extend([
        ("_headers".into(), headers_with_policy(&trunk.headers, &policy)?),
        ("feed.xml".into(), seo::atom_feed(&set.site, &newest_first)),
        ("robots.txt".into(), seo::robots_txt(&set.site)),
    ]);
    Ok(SiteFiles {
        written,
        removed,
        reused,
        pages,
    })
}

/// A page's file: rendered now, or the last build's.
enum PageFile {
    Rendered(String),
    Reused(PathBuf),
}

/// Renders every route with `render_one`, on as many threads as the machine has cores (each page is
/// rendered on its own, with its own reactive owner), and returns the pages in the routes' order.
fn render_pages<'a, T, F>(routes: Vec<Route<'a>>, render_one: F) -> Result<Vec<T>, String>
where
    T: Send,
    F: Fn(Route<'a>) -> Result<T, String> + Sync,
{
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let per_thread = routes.len().div_ceil(threads).max(1);
    let mut routes = routes.into_iter();
    let chunks: Vec<Vec<Route<'a>>> = std::iter::from_fn(|| {
        let chunk: Vec<Route<'a>> = routes.by_ref().take(per_thread).collect();
        (!chunk.is_empty()).then_some(chunk)
    })
    .collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                let render_one = &render_one;
                scope.spawn(move || {
                    chunk
                        .into_iter()
                        .map(render_one)
                        .collect::<Result<Vec<_>, String>>()
                })
            })
            .collect();
        let mut pages = Vec::new();
        for worker in workers {
            pages.extend(
                worker
                    .join()
                    .map_err(|_| "a page failed to render".to_owned())??,
            );
        }
        Ok(pages)
    })
}

/// The message id of a kind of term's `title` or `description`: `category-title`…
fn term_message(kind: Kind, what: &str) -> &'static str {
    match (kind, what) {
        (Kind::Category, "title") => "category-title",
        (Kind::Tag, "title") => "tag-title",
        (Kind::Author, "title") => "author-title",
        (Kind::Category, _) => "category-description",
        (Kind::Tag, _) => "tag-description",
        (Kind::Author, _) => "author-description",
    }
}

/// A category's, tag's or author's page heading: "Category: Harbour", "Tag: storm", "Articles by Ann".
fn term_heading(t: &Catalogue, kind: Kind, name: &str) -> String {
    t.with(term_message(kind, "title"), &[("name", name.into())])
}

/// Each category's, tag's and author's Atom feed, at `…/feed.xml` beside its first page.
fn term_feeds(set: &ContentSet, t: &Catalogue) -> Vec<(PathBuf, String)> {
    Kind::ALL
        .into_iter()
        .flat_map(|kind| terms(kind, &set.articles))
        .map(|mut term| {
            // Drafts, shown by debug builds, are never announced.
            term.articles.retain(|a| !a.draft);
            let first = term_path(term.kind, &term.slug);
            let path = format!("{first}feed.xml");
            let title = format!("{} – {}", term_heading(t, term.kind, term.name), set.site.name);
            let xml = seo::feed(&set.site, &title, &first, &path, &term.articles);
            (PathBuf::from(path.trim_start_matches('/')), xml)
        })
        .collect()
}

/// The speculation rules every page carries: the browser renders a same-site page in the background
/// once the reader hovers its link (or presses on it), so following it shows it at once. Navigating
/// stays a plain link to a prerendered page. In-page links (`#…`), downloads and `rel="nofollow"` links
/// are left alone. `public_url` is `/` or `/prefix/`.
fn speculation_rules(public_url: &str) -> String {
    serde_json::json!({
        "prerender": [{ "where": same_site_links(public_url, None), "eagerness": "moderate" }]
    })
    .to_string()
}

/// The id of the page's data block holding [`keyboard_speculation_rules`].
const KEYBOARD_RULES_ID: &str = "speculation-rules-keyboard";

/// The rule for keyboard readers: a same-site link that gets keyboard focus is rendered at once.
/// Chromium's "moderate" answers only the pointer, and only "immediate" answers a selector that
/// starts to match; the Nu HTML Checker does not know "immediate" yet, so the page carries this rule
/// as a JSON data block (`#speculation-rules-keyboard`) and `hydrate.js` adds it as speculation rules.
/// The Content-Security-Policy allows its exact text by hash, as it does the inline rules.
fn keyboard_speculation_rules(public_url: &str) -> String {
    serde_json::json!({
        "prerender": [{ "where": same_site_links(public_url, Some(":focus-visible")), "eagerness": "immediate" }]
    })
    .to_string()
}

/// The links speculation rules may follow: the site's own pages, not in-page links, downloads or
/// `rel="nofollow"` links; `also` narrows them with a selector.
fn same_site_links(public_url: &str, also: Option<&str>) -> serde_json::Value {
    let mut conditions = vec![
        serde_json::json!({ "href_matches": format!("{public_url}*") }),
        serde_json::json!({ "not": { "selector_matches": "[rel~=nofollow], [download], [href^='#']" } }),
    ];
    if let Some(selector) = also {
        conditions.push(serde_json::json!({ "selector_matches": selector }));
    }
    serde_json::json!({ "and": conditions })
}

/// A `<link rel="stylesheet">` that Trunk wrote for one of the site's stylesheets.
#[derive(Debug, PartialEq)]
struct StylesheetLink {
    /// The whole tag, as it is in `index.html`.
    tag: String,
    /// The file, relative to the output folder (`assets/base-1a2b.css`).
    file: String,
}

/// The stylesheets `index.html` links for every medium (not `media="print"`), in order.
fn stylesheet_links(html: &str, public_url: &str) -> Vec<StylesheetLink> {
    let mut links = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<link rel=\"stylesheet\"") {
        let Some(len) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..=start + len];
        rest = &rest[start + len..];
        let href = tag
            .split_once(" href=\"")
            .and_then(|(_, after)| after.split_once('"'))
            .map(|(href, _)| href);
        let file = href.and_then(|h| h.strip_prefix(public_url));
        if let Some(file) = file.filter(|_| !tag.contains(" media=")) {
            links.push(StylesheetLink {
                tag: tag.to_owned(),
                file: file.to_owned(),
            });
        }
    }
    links
}

/// `index.html` with its stylesheets for every medium joined into one `<style>` in their place: the
/// page paints with its first response, without waiting for a stylesheet (tests/bench/bench.mjs: the
/// largest paint comes sooner than a plain page with one small linked stylesheet; Lighthouse's
/// Performance reaches 100). Returns the page, the stylesheet's text (the policy allows it by hash),
/// and Trunk's files it replaces.
#[allow(clippy::type_complexity)]
fn inline_stylesheets(
    shell: &str,
    public_url: &str,
    sheets: &[(String, String)],
) -> Result<(String, Option<String>, Vec<PathBuf>), String> {
    let links = stylesheet_links(shell, public_url);
    if links.is_empty() {
        return Ok((shell.to_owned(), None, Vec::new()));
    }
    let mut text = String::new();
    for link in &links {
        let (_, css) = sheets
            .iter()
            .find(|(file, _)| *file == link.file)
            .ok_or_else(|| format!("index.html links {}, which Trunk did not write", link.file))?;
        text.push_str(css.trim_end());
        text.push('\n');
    }
    // The text of a <style> ends at the first `</style`: no stylesheet of ours has one.
    if text.to_ascii_lowercase().contains("</style") {
        return Err("a stylesheet in style/ contains `</style`, which would end its <style> element".into());
    }
    let mut html = shell.replacen(&links[0].tag, &format!("<style>{text}</style>"), 1);
    for link in &links[1..] {
        html = html.replacen(&link.tag, "", 1);
    }
    let removed = links.iter().map(|l| PathBuf::from(&l.file)).collect();
    Ok((html, Some(text), removed))
}

/// `index.html` with the policy's `<meta>` tag first in `<head>` after the charset, so it
/// governs every script and stylesheet after it.
fn with_policy_meta(shell: &str, policy: &csp::Policy) -> Result<String, String> {
    let head = shell.find("<head>").ok_or("index.html has no <head>")? + "<head>".len();
    let at = match shell[head..].find("<meta charset") {
        Some(meta) => {
            let start = head + meta;
            start
                + shell[start..]
                    .find('>')
                    .ok_or("index.html has an unclosed <meta charset>")?
                + 1
        }
        None => head,
    };
    Ok(format!(
        "{}\n    {}{}",
        &shell[..at],
        policy.meta_tag(),
        &shell[at..]
    ))
}

/// `_headers` with its one `Content-Security-Policy:` line set to the site's policy.
fn headers_with_policy(headers: &str, policy: &csp::Policy) -> Result<String, String> {
    const NAME: &str = "Content-Security-Policy:";
    let lines: Vec<&str> = headers.lines().collect();
    let at: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].trim_start().starts_with(NAME))
        .collect();
    let [at] = at[..] else {
        return Err(format!(
            "_headers must have exactly one `{NAME}` line (for every response), found {}",
            at.len()
        ));
    };
    let indent = &lines[at][..lines[at].len() - lines[at].trim_start().len()];
    let line = format!("{indent}{NAME} {}", policy.header_value());
    let mut out: Vec<&str> = lines.clone();
    out[at] = &line;
    Ok(out.join("\n") + "\n")
}

/// Trunk's inline scripts (its module loader; in `trunk serve`, the live-reload script too)
/// moved into `assets/` under names that carry a hash of their text, so the policy can forbid
/// inline script. Returns `index.html` pointing at them, and the files to write.
fn externalize_scripts(shell: &str, public_url: &str) -> Result<(String, Vec<(PathBuf, String)>), String> {
    let mut out = String::with_capacity(shell.len());
    let mut files = Vec::new();
    let mut rest = shell;
    while let Some(start) = rest.find("<script") {
        let open_end = start
            + rest[start..]
                .find('>')
                .ok_or("index.html has an unclosed <script>")?;
        let attrs = &rest[start + "<script".len()..open_end];
        let body_start = open_end + 1;
        let close = body_start
            + rest[body_start..]
                .find("</script>")
                .ok_or("index.html has a <script> without </script>")?;
        let body = &rest[body_start..close];
        out.push_str(&rest[..start]);
        if attrs.contains("src=") || body.trim().is_empty() || attrs.contains("application/") {
            out.push_str(&rest[start..close]);
        } else {
            let module = attrs.contains(r#"type="module""#);
            let text = trunk_autoreload_for_a_file(body, public_url);
            let name = format!(
                "{}-{:016x}.js",
                if module { "loader" } else { "script" },
                fnv1a(text.as_bytes())
            );
            out.push_str(&format!(
                r#"<script{} src="{}assets/{name}">"#,
                attrs.trim_end(),
                seo::escape_html(public_url)
            ));
            files.push((Path::new("assets").join(name), text));
        }
        rest = &rest[close..];
    }
    out.push_str(rest);
    Ok((out, files))
}

/// `trunk serve` fills the live-reload script's placeholders when it serves HTML, not JavaScript:
/// once the script is a file, it finds the server from the page's own address instead.
fn trunk_autoreload_for_a_file(script: &str, public_url: &str) -> String {
    script
        .replace("'{{__TRUNK_ADDRESS__}}'", "window.location.host")
        .replace("{{__TRUNK_WS_BASE__}}", public_url)
}

/// FNV-1a, 64 bits: a stable name for a file's text, like the hashes Trunk puts in its names.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOADER: &str = "\nimport init, * as bindings from '/p/assets/app-1.js';\nawait init();\n";

    fn shell(scripts: &str) -> String {
        format!(
            "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <meta charset=\"utf-8\" />\n    <title>T</title>\n{scripts}\n  </head>\n  <body><div id=\"app\"></div></body>\n</html>\n"
        )
    }

    fn default_site() -> Site {
        content::parse_site(
            "site.json",
            br#"{"name": "S", "url": "https://s.example/", "language": "en", "footer": "F"}"#,
        )
        .unwrap()
    }

    #[test]
    fn markers_stay_only_inside_islands_as_empty_comments() {
        let html = concat!(
            "<main><p>a<!>b</p><!--<() />--><!>",
            r#"<leptos-island data-component="C_1" data-props="{&quot;x&quot;:1}"><ol><!></ol><p>Clicked <!>0<!> times</p></leptos-island>"#,
            "<aside><!></aside>",
            r#"<leptos-island data-component="D_2"><!--<() />--><!></leptos-island>"#,
            "</main>"
        );
        assert_eq!(
            clean_markers(html),
            concat!(
                "<main><p>ab</p>",
                r#"<leptos-island data-component="C_1" data-props="{&quot;x&quot;:1}"><ol><!----></ol><p>Clicked <!---->0<!----> times</p></leptos-island>"#,
                "<aside></aside>",
                r#"<leptos-island data-component="D_2"><!--<() />--><!----></leptos-island>"#,
                "</main>"
            )
        );
    }

    #[test]
    fn stylesheets_for_every_medium_become_one_style_element() {
        let html = shell(concat!(
            r#"<link rel="stylesheet" href="/p/assets/tokens-1.css" integrity="sha384-a"/>"#,
            "\n",
            r#"<link rel="stylesheet" href="/p/assets/base-2.css" integrity="sha384-b"/>"#,
            "\n",
            r#"<link rel="stylesheet" href="/p/assets/print-3.css" media="print" integrity="sha384-c"/>"#,
            "\n",
            r#"<link rel="icon" href="/p/assets/favicon-4.svg"/>"#,
        ));
        let sheets = vec![
            ("assets/tokens-1.css".to_owned(), ":root{--a:1}\n".to_owned()),
            ("assets/base-2.css".to_owned(), "body{color:red}".to_owned()),
        ];
        let (out, css, removed) = inline_stylesheets(&html, "/p/", &sheets).unwrap();
        assert_eq!(css.as_deref(), Some(":root{--a:1}\nbody{color:red}\n"));
        assert!(out.contains("<style>:root{--a:1}\nbody{color:red}\n</style>"));
        assert_eq!(
            out.matches(r#"rel="stylesheet""#).count(),
            1,
            "print alone: {out}"
        );
        assert!(out.contains(r#"print-3.css" media="print""#));
        assert!(!out.contains("tokens-1.css") && !out.contains("base-2.css"));
        assert_eq!(
            removed,
            [
                PathBuf::from("assets/tokens-1.css"),
                PathBuf::from("assets/base-2.css")
            ]
        );
        // A stylesheet Trunk did not write is an error, not a missing style; so is one that would
        // end its <style> early.
        assert!(inline_stylesheets(&html, "/p/", &sheets[..1]).is_err());
        let closing = vec![
            sheets[0].clone(),
            ("assets/base-2.css".to_owned(), "a{}</STYLE><script>".to_owned()),
        ];
        assert!(inline_stylesheets(&html, "/p/", &closing).is_err());
    }

    #[test]
    fn a_page_without_islands_loads_no_webassembly() {
        let html = concat!(
            r#"<head><link rel="modulepreload" href="/assets/app.js" crossorigin="anonymous">"#,
            r#"<link rel="preload" href="/assets/app_bg.wasm" as="fetch" type="application/wasm" crossorigin="anonymous" fetchpriority="low">"#,
            r#"<link rel="stylesheet" href="/assets/site-1.css">"#,
            r#"<script type="module" src="/assets/hydrate-2.js" integrity="sha384-x"></script>"#,
            r#"<script type="speculationrules">{"prerender":[]}</script>"#,
            r#"<script type="application/ld+json">{}</script></head>"#,
            r#"<body><script type="module" src="/assets/loader-3.js"></script><p>a &lt; b</p></body>"#
        );
        assert_eq!(
            without_webassembly(html),
            concat!(
                r#"<head><link rel="stylesheet" href="/assets/site-1.css">"#,
                r#"<script type="speculationrules">{"prerender":[]}</script>"#,
                r#"<script type="application/ld+json">{}</script></head>"#,
                r#"<body><p>a &lt; b</p></body>"#
            )
        );
    }

    #[test]
    fn speculation_rules_cover_the_sites_own_pages_only() {
        let rules: serde_json::Value = serde_json::from_str(&speculation_rules("/harbour/")).unwrap();
        let keyboard: serde_json::Value =
            serde_json::from_str(&keyboard_speculation_rules("/harbour/")).unwrap();
        let [hover, focus] = [&rules["prerender"][0], &keyboard["prerender"][0]];
        assert_eq!(hover["eagerness"], "moderate");
        assert_eq!(hover["where"]["and"][0]["href_matches"], "/harbour/*");
        assert_eq!(focus["eagerness"], "immediate");
        assert_eq!(focus["where"]["and"][2]["selector_matches"], ":focus-visible");
        for rule in [hover, focus] {
            assert_eq!(rule["where"]["and"][0]["href_matches"], "/harbour/*");
            assert!(rule["where"]["and"][1]["not"]["selector_matches"]
                .as_str()
                .unwrap()
                .contains("[href^='#']"));
        }
    }

    #[test]
    fn trunks_inline_loader_becomes_a_hashed_file_in_assets() {
        let (html, files) = externalize_scripts(
            &shell(&format!(r#"<script type="module">{LOADER}</script>"#)),
            "/p/",
        )
        .unwrap();
        assert_eq!(files.len(), 1);
        let (path, text) = &files[0];
        assert_eq!(text, LOADER);
        let name = path.file_name().unwrap().to_str().unwrap();
        assert_eq!(path.parent(), Some(Path::new("assets")));
        assert!(
            name.starts_with("loader-") && name.ends_with(".js") && name.len() == "loader-.js".len() + 16
        );
        assert!(html.contains(&format!(
            r#"<script type="module" src="/p/assets/{name}"></script>"#
        )));
        assert!(!html.contains("import init"));
        // The same text always gets the same name; other text another.
        let (_, again) = externalize_scripts(
            &shell(&format!(r#"<script type="module">{LOADER}</script>"#)),
            "/p/",
        )
        .unwrap();
        assert_eq!(again[0].0, *path);
        let (_, other) = externalize_scripts(&shell(r#"<script type="module">x()</script>"#), "/p/").unwrap();
        assert_ne!(other[0].0, *path);
    }

    #[test]
    fn scripts_with_a_source_or_data_stay_and_live_reload_finds_its_server() {
        let kept = r#"<script src="/a.js"></script><script type="application/json">{}</script>"#;
        let (html, files) = externalize_scripts(&shell(kept), "/").unwrap();
        assert!(files.is_empty());
        assert_eq!(html, shell(kept));

        let reload = "const address = '{{__TRUNK_ADDRESS__}}'; const base = '{{__TRUNK_WS_BASE__}}';";
        let (html, files) =
            externalize_scripts(&shell(&format!("<script>{reload}</script>")), "/h/").unwrap();
        assert_eq!(
            files[0].1,
            "const address = window.location.host; const base = '/h/';"
        );
        assert!(files[0].0.to_str().unwrap().starts_with("assets/script-"));
        assert!(html.contains(r#"<script src="/h/assets/script-"#));
        assert!(externalize_scripts(&shell("<script>x()"), "/").is_err());
    }

    #[test]
    fn the_policy_comes_right_after_the_charset() {
        let policy = csp::Policy::for_content(&default_site(), &[]).unwrap();
        let html = with_policy_meta(&shell(""), &policy).unwrap();
        let meta = html
            .find(r#"<meta http-equiv="Content-Security-Policy""#)
            .unwrap();
        assert!(html.find("<meta charset").unwrap() < meta && meta < html.find("<title>").unwrap());
        assert_eq!(html.matches("Content-Security-Policy").count(), 1);
        assert!(with_policy_meta("<html><body></body></html>", &policy).is_err());
    }

    #[test]
    fn headers_get_the_policy_in_place_of_their_one_csp_line() {
        let policy = csp::Policy::for_content(&default_site(), &[]).unwrap();
        let headers = "# comment\n/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: frame-ancestors 'none'\n/assets/*\n  Cache-Control: immutable\n";
        let out = headers_with_policy(headers, &policy).unwrap();
        assert_eq!(
            out,
            headers.replace(
                "Content-Security-Policy: frame-ancestors 'none'",
                &format!("Content-Security-Policy: {}", policy.header_value())
            )
        );
        assert!(headers_with_policy("/*\n  X-Frame-Options: DENY\n", &policy).is_err());
        let twice = "/*\n  Content-Security-Policy: a\n/x\n  Content-Security-Policy: b\n";
        assert!(headers_with_policy(twice, &policy).is_err());
    }

    #[test]
    fn the_headers_file_in_the_repository_holds_the_default_policy() {
        // A host that copies public/_headers as it is still gets a strict policy; the build
        // writes the one that fits the content (comment server, images from elsewhere, the
        // speculation rules' hash).
        let file =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/_headers")).unwrap();
        let policy = csp::Policy::for_content(&default_site(), &[]).unwrap();
        let line = format!("  Content-Security-Policy: {}", policy.header_value());
        assert!(
            file.lines().any(|l| l == line),
            "public/_headers should have:\n{line}"
        );
    }
}
