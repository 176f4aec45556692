//! Stage 3, rendering: every entry of the route table made into its file's text, on every core
//! (rayon). A page is a [`Document`] rendered in its own reactive owner ([`ssr`]), or, when nothing it
//! is made from has changed since the last build, that build's file ([`reuse`]); the feeds and sitemaps
//! are written by [`xml`], `_headers` gets the policy.

use crate::document::{Document, Shell};
use crate::head::{Head, HeadOf};
use crate::modules::Island;
use crate::read::Input;
use crate::reuse::Fingerprint;
use crate::routes::{Entry, Made, Page};
use crate::ssr::{self, Shared};
use crate::{csp, xml};
use content::Route;
use leptos::prelude::*;
use rayon::prelude::*;
use site::components::Publication;
use site::pages::{ArchivePage, ArticlePage, FrontList, ListPage, NotFound, SearchPage};
use std::collections::HashMap;
use std::hash::Hash;
use std::path::PathBuf;
use std::sync::Arc;

/// What the build does to the output folder.
pub struct SiteFiles {
    /// Files to write: (path relative to the output folder, text).
    pub written: Vec<(PathBuf, String)>,
    /// Trunk's files that the pages replace (the stylesheets, now in each page).
    pub removed: Vec<PathBuf>,
    /// Trunk's files given new names (the islands' unhashed modules): (from, to).
    pub renamed: Vec<(PathBuf, PathBuf)>,
    /// Pages taken from the last build rather than rendered: (path relative to the output folder,
    /// the last build's file).
    pub reused: Vec<(PathBuf, PathBuf)>,
    /// Each page's inputs' fingerprint, for the next build ([`crate::reuse::record`]): (file, inputs).
    pub pages: Vec<(PathBuf, u64)>,
}

/// A file: written now, or the last build's page.
enum Output {
    Written(String),
    Reused(PathBuf),
}

/// Renders the route table of `input`.
pub fn render(input: &Input, table: Vec<Entry>) -> Result<SiteFiles, String> {
    let set = &input.set;
    let shared = Shared {
        site: Arc::clone(&set.site),
        base: input.base.clone(),
        publication: Arc::new(Publication::new(&set.site, &set.articles)),
    };
    let shell = Arc::new(Shell::new(
        &input.trunk,
        input.style.clone(),
        &input.modules,
        csp::Policy::for_content(&set.site, &set.articles)?,
        &input.base,
    ));
    let last = input.last.as_ref().map(|(last, _)| last);
    // What every page is made from besides its route, and each article's own fingerprint, once.
    let build = last.map(|last| {
        let mut f = Fingerprint::after(last.program);
        f.add(&*shell);
        f.add(&shared.base);
        f.add(&*set.site);
        f.add(&*shared.publication);
        f.finish()
    });
    let articles: HashMap<&str, u64> = match build {
        Some(_) => set
            .articles
            .par_iter()
            .map(|a| {
                let mut f = Fingerprint::default();
                f.add(&**a);
                (a.slug.as_str(), f.finish())
            })
            .collect(),
        None => HashMap::new(),
    };
    let rendered = table
        .into_par_iter()
        .map(|Entry { route, made }| {
            let file = route.file();
            let (output, inputs) = match made {
                Made::Page(page) => {
                    let inputs = build.map(|build| {
                        let mut f = Fingerprint::after(build);
                        f.add(&route);
                        page.hash_without_articles(f.hasher());
                        for article in page.articles() {
                            articles.get(article.slug.as_str()).hash(f.hasher());
                        }
                        f.finish()
                    });
                    let again = last
                        .zip(inputs)
                        .and_then(|(last, inputs)| last.page(&file, inputs));
                    let output = match again {
                        Some(from) => Output::Reused(from),
                        None => Output::Written(document(input, &shared, &shell, &route, page)?),
                    };
                    (output, inputs)
                }
                other => (Output::Written(file_text(input, &shell, &route, other)?), None),
            };
            Ok((file, output, inputs))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let mut files = SiteFiles {
        written: Vec::new(),
        removed: input.trunk.stylesheets.iter().map(PathBuf::from).collect(),
        renamed: input.renamed.clone(),
        reused: Vec::new(),
        pages: Vec::new(),
    };
    for (file, output, inputs) in rendered {
        if let Some(inputs) = inputs {
            files.pages.push((file.clone(), inputs));
        }
        match output {
            Output::Written(text) => files.written.push((file, text)),
            Output::Reused(from) => files.reused.push((file, from)),
        }
    }
    Ok(files)
}

/// A file that is not a page.
fn file_text(input: &Input, shell: &Shell, route: &Route, made: Made) -> Result<String, String> {
    let site = &input.set.site;
    Ok(match made {
        Made::Page(_) => unreachable!("pages are documents"),
        Made::Feed { title, of, articles } => xml::atom(site, &title, &of, route, &articles),
        Made::Sitemap(urls) => xml::urlset(site, &urls),
        Made::SitemapIndex(parts) => xml::sitemap_index(site, &parts),
        Made::Robots => xml::robots_txt(site),
        Made::Headers => csp::headers_with_policy(&input.headers, &shell.policy)?,
        Made::Script(text) => text,
    })
}

/// A page's whole document.
fn document(
    input: &Input,
    shared: &Shared,
    shell: &Arc<Shell>,
    route: &Route,
    page: Page,
) -> Result<String, String> {
    let site = &input.set.site;
    let lang = page.language(site).to_owned();
    let languages = input.catalogues.languages(&lang);
    let head_of = match &page {
        Page::Front { article, .. } => HeadOf::Front(article),
        Page::Article { article, .. } => HeadOf::Article(article),
        Page::List { head, .. } | Page::Archive { head, .. } => HeadOf::List(head, route),
        Page::Search { head, .. } => HeadOf::Search(head),
        Page::NotFound { .. } => HeadOf::NotFound,
    };
    let head = Head::new(site, &input.base, &input.catalogues.site, &head_of, page.pager());
    let islands = page.islands();
    let shell = Arc::clone(shell);
    let rendered = ssr::render(shared, &languages, move || {
        view! {
            <Document shell head lang islands>
                {body(page)}
            </Document>
        }
    });
    let listed = |name: &String| Island::of_component(name).is_some_and(|i| islands.contains(&i));
    if let Some(other) = rendered.islands.iter().find(|name| !listed(name)) {
        return Err(format!(
            "{}: the page has a {other} island, which its kind does not list: Page::islands must name it \
             (and crate::modules, its module)",
            route.path(),
        ));
    }
    Ok(rendered.html)
}

/// The page's own content: the body's but for the crash notice and the scripts.
fn body(page: Page) -> AnyView {
    match page {
        Page::Front { article, more, pager } => {
            let more = FrontList {
                articles: more,
                pager,
            };
            view! { <ArticlePage article more /> }.into_any()
        }
        Page::Article {
            article,
            previous,
            next,
            related,
        } => view! { <ArticlePage article previous next related /> }.into_any(),
        Page::List {
            heading: title,
            articles,
            pager,
            ..
        } => view! { <ListPage title articles pager /> }.into_any(),
        Page::Archive { months, .. } => view! { <ArchivePage months /> }.into_any(),
        Page::Search { categories, .. } => view! { <SearchPage categories /> }.into_any(),
        Page::NotFound { latest } => view! { <NotFound latest /> }.into_any(),
    }
}
