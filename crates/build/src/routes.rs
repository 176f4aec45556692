//! The route table: every file a build writes, as its [`Route`] and what it is made from. The pages (the
//! front page and its list's later pages, each article's permalink, each category's, tag's, author's
//! and month's pages, the archive, the search page, the not-found page), the feeds, the sitemap,
//! `robots.txt`, `_headers`, and the scripts moved out of Trunk's page. Rendering it is the next stage
//! ([`crate::render`]).
//!
//! A page holds the content set's articles by `Arc`: only a page that is rendered reads them.

use crate::head::{modified, ListHead};
use crate::modules::Island;
use crate::xml::{SitemapEntry, SITEMAP_MAX_URLS};
use content::archive::{months, MonthCount};
use content::taxonomy::{neighbours, terms, Kind, RelatedIndex};
use content::{page_count, Article, ContentSet, Listing, Pager, Route, Site};
use i18n::catalogue::Catalogue;
use std::sync::Arc;

/// How many related articles an article links to.
const RELATED_MAX: usize = 3;

/// How many of the newest articles the not-found page offers.
const NOT_FOUND_LATEST: usize = 5;

/// One file of the build.
pub struct Entry {
    pub route: Route,
    pub made: Made,
}

/// What a file is made from.
pub enum Made {
    Page(Page),
    /// An Atom feed of `articles` (newest first, never a draft), titled `title`, for the page `of`.
    Feed {
        title: String,
        of: Route,
        articles: Vec<Arc<Article>>,
    },
    /// A sitemap of these addresses.
    Sitemap(Vec<SitemapEntry>),
    /// The index of the sitemap's parts.
    SitemapIndex(Vec<SitemapEntry>),
    Robots,
    /// Trunk's `_headers`, with the site's policy.
    Headers,
    /// A script moved out of Trunk's page, with its text.
    Script(String),
}

/// A page, with the articles it shows.
#[derive(Debug)]
pub enum Page {
    /// The newest article, then a page of the others.
    Front {
        article: Arc<Article>,
        more: Vec<Arc<Article>>,
        pager: Pager,
    },
    Article {
        article: Arc<Article>,
        previous: Option<Arc<Article>>,
        next: Option<Arc<Article>>,
        related: Vec<Arc<Article>>,
    },
    /// A page of a category's, tag's, author's or month's articles, or of the front page's list.
    List {
        /// The page's heading; `head.title` adds which page this is.
        heading: String,
        head: ListHead,
        articles: Vec<Arc<Article>>,
        pager: Pager,
    },
    /// The archive's index: every month, with how many articles it has.
    Archive {
        head: ListHead,
        months: Vec<MonthCount>,
    },
    /// The search page, with the site's categories to search within.
    Search {
        head: ListHead,
        categories: Vec<String>,
    },
    NotFound {
        latest: Vec<Arc<Article>>,
    },
}

impl Page {
    /// The page's language: its article's, or the site's.
    pub fn language<'a>(&'a self, site: &'a Site) -> &'a str {
        match self {
            Page::Front { article, .. } | Page::Article { article, .. } => article.language(site),
            Page::List { .. } | Page::Archive { .. } | Page::Search { .. } | Page::NotFound { .. } => {
                &site.language
            }
        }
    }

    /// The islands a page of this kind may have, which the browser hydrates: the page lists their
    /// modules, and a page with none loads no WebAssembly and no module script.
    pub fn islands(&self) -> &'static [Island] {
        match self {
            Page::Front { .. } | Page::Article { .. } => &[Island::Contents, Island::CommentBox],
            Page::Search { .. } => &[Island::Search],
            Page::List { .. } | Page::Archive { .. } | Page::NotFound { .. } => &[],
        }
    }

    /// The list the page is a page of, when it shows one.
    pub fn pager(&self) -> Option<&Pager> {
        match self {
            Page::Front { pager, more, .. } if !more.is_empty() => Some(pager),
            Page::List { pager, .. } => Some(pager),
            _ => None,
        }
    }

    /// Every article the page shows, in full or as a link.
    pub fn articles(&self) -> Vec<&Arc<Article>> {
        match self {
            Page::Front { article, more, .. } => std::iter::once(article).chain(more).collect(),
            Page::Article {
                article,
                previous,
                next,
                related,
            } => std::iter::once(article)
                .chain(previous)
                .chain(next)
                .chain(related)
                .collect(),
            Page::List { articles, .. } => articles.iter().collect(),
            Page::NotFound { latest } => latest.iter().collect(),
            Page::Archive { .. } | Page::Search { .. } => Vec::new(),
        }
    }

    /// Everything else the page is made from (its kind, its headings and lists), for its fingerprint.
    pub fn hash_without_articles<H: std::hash::Hasher>(&self, state: &mut H) {
        use std::hash::Hash;
        std::mem::discriminant(self).hash(state);
        match self {
            Page::Front { pager, .. } => pager.hash(state),
            Page::Article { .. } | Page::NotFound { .. } => {}
            Page::List {
                heading, head, pager, ..
            } => (heading, head, pager).hash(state),
            Page::Archive { head, months } => (head, months).hash(state),
            Page::Search { head, categories } => (head, categories).hash(state),
        }
    }
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

/// One list's pages, `per_page` articles each: `title` is its heading and `description` what it holds.
fn list_pages(
    t: &Catalogue,
    listing: &Listing,
    (title, description): (&str, &str),
    feed: Option<(String, Route)>,
    articles: &[&Arc<Article>],
    per_page: usize,
) -> Vec<Entry> {
    let total = page_count(articles.len(), per_page);
    (1..=total)
        .map(|current| {
            let pager = Pager {
                listing: listing.clone(),
                current,
                total,
            };
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
            Entry {
                route: pager.route(current),
                made: Made::Page(Page::List {
                    heading: title.to_owned(),
                    head: ListHead {
                        title: page_title,
                        description: description.to_owned(),
                        feed: feed.clone(),
                    },
                    articles: articles
                        .iter()
                        .skip((current - 1) * per_page)
                        .take(per_page)
                        .map(|a| Arc::clone(a))
                        .collect(),
                    pager,
                }),
            }
        })
        .collect()
}

/// The route table of a content set: every page, feed and site file, and `scripts`, the scripts moved
/// out of Trunk's page. `t` is the site's catalogue: list pages are in the site's language.
pub fn table(set: &ContentSet, t: &Catalogue, scripts: &[(Route, String)]) -> Vec<Entry> {
    let site = &set.site;
    let site_name = || ("site", site.name.as_str().into());
    let per_page = site.per_page;
    let mut pages = Vec::new();

    // The front page, and its list's later pages.
    if let Some((newest, older)) = set.articles.split_first() {
        let total = page_count(older.len(), per_page);
        pages.push(Entry {
            route: Route::FRONT,
            made: Made::Page(Page::Front {
                article: Arc::clone(newest),
                more: older.iter().take(per_page).cloned().collect(),
                pager: Pager {
                    listing: Listing::Front,
                    current: 1,
                    total,
                },
            }),
        });
        let older: Vec<&Arc<Article>> = older.iter().collect();
        let description = t.with("more-articles-description", &[site_name()]);
        let title = t.text("more-articles");
        pages.extend(
            list_pages(t, &Listing::Front, (&title, &description), None, &older, per_page)
                .into_iter()
                .skip(1),
        );
    }

    // Each article's permalink.
    let related = RelatedIndex::new(&set.articles);
    for (at, article) in set.articles.iter().enumerate() {
        let (previous, next) = neighbours(at, &set.articles);
        pages.push(Entry {
            route: Route::article(&article.slug),
            made: Made::Page(Page::Article {
                article: Arc::clone(article),
                previous: previous.cloned(),
                next: next.cloned(),
                related: related.related(at, RELATED_MAX).into_iter().cloned().collect(),
            }),
        });
    }

    // Each category's, tag's and author's pages, and their feeds.
    let mut feeds = Vec::new();
    for kind in Kind::ALL {
        for term in terms(kind, &set.articles) {
            let heading = t.with(term_message(kind, "title"), &[("name", term.name.into())]);
            let description = t.with(
                term_message(kind, "description"),
                &[("name", term.name.into()), site_name()],
            );
            let feed = Route::TermFeed {
                kind,
                slug: term.slug.clone(),
            };
            let feed_title = format!("{heading} – {}", site.name);
            let listing = Listing::Term {
                kind,
                slug: term.slug.clone(),
            };
            pages.extend(list_pages(
                t,
                &listing,
                (&heading, &description),
                Some((feed_title.clone(), feed.clone())),
                &term.articles,
                per_page,
            ));
            feeds.push(Entry {
                route: feed,
                made: Made::Feed {
                    title: feed_title,
                    of: Route::term(kind, &term.slug),
                    // Drafts, shown by debug builds, are never announced.
                    articles: term
                        .articles
                        .iter()
                        .filter(|a| !a.draft)
                        .map(|a| Arc::clone(a))
                        .collect(),
                },
            });
        }
    }

    // The archive: its index, and each month's pages.
    let months = months(&set.articles);
    pages.push(Entry {
        route: Route::Archive,
        made: Made::Page(Page::Archive {
            head: ListHead {
                title: t.text("archive-title"),
                description: t.with("archive-description", &[site_name()]),
                feed: None,
            },
            months: months.iter().map(MonthCount::from).collect(),
        }),
    });
    for month in &months {
        let name = t.month(month.year, month.month);
        let title = t.with("month-title", &[("month", name.as_str().into())]);
        let description = t.with(
            "month-description",
            &[("month", name.as_str().into()), site_name()],
        );
        let listing = Listing::Month {
            year: month.year,
            month: month.month,
        };
        pages.extend(list_pages(
            t,
            &listing,
            (&title, &description),
            None,
            &month.articles,
            per_page,
        ));
    }

    pages.push(Entry {
        route: Route::Search,
        made: Made::Page(Page::Search {
            head: ListHead {
                title: t.text("search-title"),
                description: t.with("search-description", &[site_name()]),
                feed: None,
            },
            categories: terms(Kind::Category, &set.articles)
                .into_iter()
                .map(|term| term.name.to_owned())
                .collect(),
        }),
    });
    pages.push(Entry {
        route: Route::NotFound,
        made: Made::Page(Page::NotFound {
            latest: set.articles.iter().take(NOT_FOUND_LATEST).cloned().collect(),
        }),
    });

    // Drafts, shown by debug builds, are never announced.
    let published: Vec<Arc<Article>> = set.articles.iter().filter(|a| !a.draft).cloned().collect();
    let sitemap = sitemap(&published, &pages);
    let mut table = pages;
    table.extend(feeds);
    table.extend(sitemap);
    table.extend([
        Entry {
            route: Route::Headers,
            made: Made::Headers,
        },
        Entry {
            route: Route::Feed,
            made: Made::Feed {
                title: site.name.clone(),
                of: Route::FRONT,
                articles: published,
            },
        },
        Entry {
            route: Route::Robots,
            made: Made::Robots,
        },
    ]);
    table.extend(scripts.iter().map(|(route, text)| Entry {
        route: route.clone(),
        made: Made::Script(text.clone()),
    }));
    table
}

/// The sitemap's files: `sitemap.xml` listing the front page (changed when any article last did), each
/// published article and every list page; or, past [`SITEMAP_MAX_URLS`] addresses, `sitemap.xml` as
/// the index of `sitemap-1.xml`, `sitemap-2.xml`…
fn sitemap(published: &[Arc<Article>], pages: &[Entry]) -> Vec<Entry> {
    split_sitemap(sitemap_urls(published, pages), SITEMAP_MAX_URLS)
}

fn sitemap_urls(published: &[Arc<Article>], pages: &[Entry]) -> Vec<SitemapEntry> {
    let newest = published.iter().map(|a| modified(a)).max().cloned();
    let mut urls = vec![(Route::FRONT, newest)];
    let mut seen = std::collections::HashSet::new();
    urls.extend(
        published
            .iter()
            .filter(|a| seen.insert(a.slug.as_str()))
            .map(|a| (Route::article(&a.slug), Some(modified(a).clone()))),
    );
    urls.extend(pages.iter().filter_map(|entry| match &entry.made {
        Made::Page(Page::List { .. } | Page::Archive { .. }) => Some((entry.route.clone(), None)),
        _ => None,
    }));
    urls
}

/// The sitemap's files with at most `max` addresses in each.
fn split_sitemap(urls: Vec<SitemapEntry>, max: usize) -> Vec<Entry> {
    if urls.len() <= max {
        return vec![Entry {
            route: Route::Sitemap,
            made: Made::Sitemap(urls),
        }];
    }
    let parts: Vec<Entry> = urls
        .chunks(max)
        .enumerate()
        .map(|(i, part)| Entry {
            route: Route::SitemapPart(i + 1),
            made: Made::Sitemap(part.to_vec()),
        })
        .collect();
    let index = parts
        .iter()
        .map(|part| {
            let Made::Sitemap(urls) = &part.made else {
                unreachable!("a part is a sitemap")
            };
            let newest = urls.iter().filter_map(|(_, d)| d.as_ref()).max().cloned();
            (part.route.clone(), newest)
        })
        .collect();
    std::iter::once(Entry {
        route: Route::Sitemap,
        made: Made::SitemapIndex(index),
    })
    .chain(parts)
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::head::tests::{article_with, site};
    use serde_json::json;

    fn set() -> ContentSet {
        let articles = [
            ("c", "2025-03-20T21:00:00Z", json!(["Harbour"])),
            ("b", "2025-03-10", json!(["Harbour", "Council"])),
            ("a", "2025-02-01", json!([])),
        ]
        .into_iter()
        .map(|(slug, published, categories)| {
            Arc::new(article_with(
                slug,
                json!({ "published": published, "categories": categories }),
            ))
        })
        .collect();
        ContentSet {
            site: Arc::new(site()),
            articles,
        }
    }

    fn paths(table: &[Entry]) -> Vec<String> {
        table.iter().map(|e| e.route.path()).collect()
    }

    #[test]
    fn every_page_and_file_once_in_order() {
        let set = set();
        let t = Catalogue::new(&set.site.language, &set.site.messages);
        let script = (Route::Asset("loader-1.js".into()), "x()".to_owned());
        let table = table(&set, &t, &[script]);
        assert_eq!(
            paths(&table),
            [
                "/",
                "/articles/c/",
                "/articles/b/",
                "/articles/a/",
                "/category/council/",
                "/category/harbour/",
                "/author/mara-penrose/",
                "/archive/",
                "/archive/2025/03/",
                "/archive/2025/02/",
                "/search/",
                "/404.html",
                "/category/council/feed.xml",
                "/category/harbour/feed.xml",
                "/author/mara-penrose/feed.xml",
                "/sitemap.xml",
                "/_headers",
                "/feed.xml",
                "/robots.txt",
                "/assets/loader-1.js",
            ]
        );
        let Made::Sitemap(urls) = &table[15].made else {
            panic!("the sitemap")
        };
        let listed: Vec<(String, Option<String>)> = urls
            .iter()
            .map(|(r, d)| (r.path(), d.as_ref().map(|d| d.w3c())))
            .collect();
        let at = |p: &str, d: Option<&str>| (p.to_owned(), d.map(str::to_owned));
        assert_eq!(
            listed,
            [
                at("/", Some("2025-03-20T21:00:00Z")),
                at("/articles/c/", Some("2025-03-20T21:00:00Z")),
                at("/articles/b/", Some("2025-03-10")),
                at("/articles/a/", Some("2025-02-01")),
                at("/category/council/", None),
                at("/category/harbour/", None),
                at("/author/mara-penrose/", None),
                at("/archive/", None),
                at("/archive/2025/03/", None),
                at("/archive/2025/02/", None),
            ]
        );
    }

    #[test]
    fn lists_go_a_page_at_a_time_and_the_front_page_is_the_first() {
        let mut set = set();
        Arc::get_mut(&mut set.site).unwrap().per_page = 1;
        let t = Catalogue::new(&set.site.language, &set.site.messages);
        let table = table(&set, &t, &[]);
        let paths = paths(&table);
        for path in [
            "/page/2/",
            "/category/harbour/page/2/",
            "/author/mara-penrose/page/3/",
        ] {
            assert!(paths.iter().any(|p| p == path), "{path} in {paths:?}");
        }
        let Made::Page(page @ Page::List { head, .. }) = &table[1].made else {
            panic!("the front page's second page")
        };
        assert_eq!(table[1].route.path(), "/page/2/");
        assert_eq!(head.title, "More articles (page 2 of 2)");
        assert_eq!(page.pager().unwrap().previous(), Some(Route::FRONT));
    }

    #[test]
    fn past_the_limit_the_sitemap_becomes_an_index_of_parts() {
        let date = |s: &str| Some(content::Date::parse(s).unwrap());
        let urls = vec![
            (Route::FRONT, date("2025-03-22T08:15:00Z")),
            (Route::article("a"), date("2025-03-22T08:15:00Z")),
            (Route::article("b"), date("2025-02-01")),
            (Route::Archive, None),
            (Route::Search, None),
        ];
        assert_eq!(split_sitemap(urls.clone(), 5).len(), 1);
        let files = split_sitemap(urls, 2);
        assert_eq!(
            paths(&files),
            [
                "/sitemap.xml",
                "/sitemap-1.xml",
                "/sitemap-2.xml",
                "/sitemap-3.xml"
            ]
        );
        let Made::SitemapIndex(parts) = &files[0].made else {
            panic!("an index")
        };
        let newest: Vec<Option<String>> = parts.iter().map(|(_, d)| d.as_ref().map(|d| d.w3c())).collect();
        assert_eq!(
            newest,
            [
                Some("2025-03-22T08:15:00Z".to_owned()),
                Some("2025-02-01".to_owned()),
                None
            ]
        );
    }
}
