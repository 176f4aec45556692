//! The site's addresses: every page and file of a build, and every link to one, is a [`Route`]. Its
//! site path (`/tag/storm/page/2/`), the file the build writes for it (`tag/storm/page/2/index.html`),
//! its link under the site's prefix ([`Base`]) and its absolute address (the site's `url`) are made
//! here and nowhere else, from content values: slugs, taxonomy kinds, months.
//!
//! It is in the content crate because the content check names pages too (two spellings of a category
//! would share one); the site's components and the build use it alike.

use crate::taxonomy::Kind;
use crate::Site;
use std::path::PathBuf;

/// Where the site is served: at the host's root, or under a prefix such as a GitHub Pages project
/// site (`trunk build --public-url /harbour/`). A value, passed to what makes links: the build gets it
/// from Trunk, the components from their context.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Base {
    /// `""` at the root, `"/harbour"` under a prefix: no trailing slash.
    prefix: String,
}

impl Base {
    /// The prefix of a public URL as Trunk gives it: `/`, `/harbour/` (or `harbour`).
    pub fn new(public_url: &str) -> Base {
        let trimmed = public_url.trim_matches('/');
        Base {
            prefix: if trimmed.is_empty() {
                String::new()
            } else {
                format!("/{trimmed}")
            },
        }
    }

    /// `/` or `/harbour/`: the site's own pages all start with it.
    pub fn public_url(&self) -> String {
        format!("{}/", self.prefix)
    }

    /// An address written in the content (a link, an image) as the page links to it: a same-site path
    /// (`/content/images/wall.jpg`) gets the prefix; any other address is left as it is.
    pub fn href(&self, address: &str) -> String {
        if address.starts_with('/') && !address.starts_with("//") {
            format!("{}{address}", self.prefix)
        } else {
            address.to_owned()
        }
    }
}

/// A list of articles shown a page at a time: its first page is at the list's own address, page n at
/// that address + `page/n/`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Listing {
    /// The front page's "More articles": its first page is the front page itself.
    Front,
    /// A category's, tag's or author's articles.
    Term { kind: Kind, slug: String },
    /// The articles published in a month (`month` from 1).
    Month { year: u16, month: u8 },
}

/// Which list this is a page of, which page, and how many it has.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Pager {
    pub listing: Listing,
    /// This page, from 1.
    pub current: usize,
    /// How many pages the list has, at least 1.
    pub total: usize,
}

impl Pager {
    /// Page `n` of the list.
    pub fn route(&self, n: usize) -> Route {
        Route::List {
            listing: self.listing.clone(),
            page: n,
        }
    }

    pub fn previous(&self) -> Option<Route> {
        (self.current > 1).then(|| self.route(self.current - 1))
    }

    pub fn next(&self) -> Option<Route> {
        (self.current < self.total).then(|| self.route(self.current + 1))
    }
}

/// How many pages `count` items take at `per_page` a page (one page when there are none).
pub fn page_count(count: usize, per_page: usize) -> usize {
    count.div_ceil(per_page.max(1)).max(1)
}

/// A page or file of the site.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Route {
    /// Page `page` (from 1) of a list: the front page and `/page/2/`…, `/category/<slug>/`…,
    /// `/archive/<yyyy>/<mm>/`….
    List {
        listing: Listing,
        page: usize,
    },
    /// An article's permalink: `/articles/<slug>/`.
    Article {
        slug: String,
    },
    /// A category's, tag's or author's Atom feed, beside its first page.
    TermFeed {
        kind: Kind,
        slug: String,
    },
    /// The archive's index: every month.
    Archive,
    /// The search page.
    Search,
    /// Pagefind's script, which the search page's island loads (written by Pagefind after the build).
    SearchIndex,
    /// The page any address without a page gets (`404.html`).
    NotFound,
    /// The site's Atom feed.
    Feed,
    /// `sitemap.xml`: every address, or past the sitemap protocol's limit the index of the parts.
    Sitemap,
    /// A part of the sitemap (from 1), when `sitemap.xml` is an index.
    SitemapPart(usize),
    Robots,
    /// The host's headers file (Netlify, Cloudflare Pages): `_headers`.
    Headers,
    /// The stylesheet for readers without JavaScript (`style/nojs.css`, copied by Trunk).
    NoScriptStyle,
    /// A file of `assets/`, by name: what Trunk writes there (named by a hash), and the scripts the build
    /// moves there out of Trunk's page.
    Asset(String),
}

impl Route {
    /// The front page.
    pub const FRONT: Route = Route::List {
        listing: Listing::Front,
        page: 1,
    };

    /// An article's permalink.
    pub fn article(slug: &str) -> Route {
        Route::Article {
            slug: slug.to_owned(),
        }
    }

    /// The first page of a category's, tag's or author's articles.
    pub fn term(kind: Kind, slug: &str) -> Route {
        Route::List {
            listing: Listing::Term {
                kind,
                slug: slug.to_owned(),
            },
            page: 1,
        }
    }

    /// The first page of a month's articles.
    pub fn month(year: u16, month: u8) -> Route {
        Route::List {
            listing: Listing::Month { year, month },
            page: 1,
        }
    }

    /// The path on the site, from its root: `/articles/harbour-wall/`, `/feed.xml`.
    pub fn path(&self) -> String {
        match self {
            Route::List { listing, page } => {
                let first = match listing {
                    Listing::Front => "/".to_owned(),
                    Listing::Term { kind, slug } => format!("/{}/{slug}/", segment(*kind)),
                    Listing::Month { year, month } => format!("/archive/{year:04}/{month:02}/"),
                };
                if *page > 1 {
                    format!("{first}page/{page}/")
                } else {
                    first
                }
            }
            Route::Article { slug } => format!("/articles/{slug}/"),
            Route::TermFeed { kind, slug } => format!("/{}/{slug}/feed.xml", segment(*kind)),
            Route::Archive => "/archive/".to_owned(),
            Route::Search => "/search/".to_owned(),
            Route::SearchIndex => "/pagefind/pagefind.js".to_owned(),
            Route::NotFound => "/404.html".to_owned(),
            Route::Feed => "/feed.xml".to_owned(),
            Route::Sitemap => "/sitemap.xml".to_owned(),
            Route::SitemapPart(n) => format!("/sitemap-{n}.xml"),
            Route::Robots => "/robots.txt".to_owned(),
            Route::Headers => "/_headers".to_owned(),
            Route::NoScriptStyle => "/nojs.css".to_owned(),
            Route::Asset(name) => format!("/assets/{name}"),
        }
    }

    /// The file the build writes, relative to the output folder: a page's path with `index.html`
    /// (`tag/storm/page/2/index.html`), a file's path as it is.
    pub fn file(&self) -> PathBuf {
        let path = self.path();
        let file = path.trim_start_matches('/');
        if file.is_empty() || file.ends_with('/') {
            PathBuf::from(file).join("index.html")
        } else {
            PathBuf::from(file)
        }
    }

    /// The link to it from a page of the site served at `base`: `/harbour/articles/x/`.
    pub fn href(&self, base: &Base) -> String {
        format!("{}{}", base.prefix, self.path())
    }

    /// Its absolute address, on the site's public address (`url` in `site.json`): canonical links,
    /// feeds, sitemaps.
    pub fn url(&self, site: &Site) -> String {
        absolute(site, &self.path())
    }
}

/// An address written in the content (an image) as an absolute address, for link previews: a same-site
/// path (`/content/images/wall.jpg`) on the site's public address; any other address as it is.
pub fn absolute(site: &Site, address: &str) -> String {
    if address.starts_with('/') && !address.starts_with("//") {
        format!(
            "{}/{}",
            site.url.trim_end_matches('/'),
            address.trim_start_matches('/')
        )
    } else {
        address.to_owned()
    }
}

/// The first segment of a term's pages: `/category/…`.
fn segment(kind: Kind) -> &'static str {
    match kind {
        Kind::Category => "category",
        Kind::Tag => "tag",
        Kind::Author => "author",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site_at(url: &str) -> Site {
        crate::parse_site(
            "site.json",
            format!(r#"{{"name": "S", "url": "{url}", "language": "en", "footer": "F"}}"#).as_bytes(),
        )
        .unwrap()
    }

    fn pager(current: usize, total: usize) -> Pager {
        Pager {
            listing: Listing::Term {
                kind: Kind::Tag,
                slug: "wall".into(),
            },
            current,
            total,
        }
    }

    #[test]
    fn routes_previous_and_next() {
        let p = pager(2, 3);
        let path = |r: Option<Route>| r.map(|r| r.path());
        assert_eq!(p.route(1).path(), "/tag/wall/");
        assert_eq!(p.route(3).path(), "/tag/wall/page/3/");
        assert_eq!(path(p.previous()).as_deref(), Some("/tag/wall/"));
        assert_eq!(path(p.next()).as_deref(), Some("/tag/wall/page/3/"));
        assert_eq!(pager(1, 3).previous(), None);
        assert_eq!(pager(3, 3).next(), None);
    }

    #[test]
    fn page_counts() {
        assert_eq!(page_count(0, 10), 1);
        assert_eq!(page_count(10, 10), 1);
        assert_eq!(page_count(11, 10), 2);
        assert_eq!(page_count(5, 1), 5);
    }

    #[test]
    fn every_route_has_its_path_and_file() {
        let storm = |page| Route::List {
            listing: Listing::Term {
                kind: Kind::Tag,
                slug: "storm".into(),
            },
            page,
        };
        let month = |page| Route::List {
            listing: Listing::Month { year: 987, month: 3 },
            page,
        };
        let front = |page| Route::List {
            listing: Listing::Front,
            page,
        };
        for (route, path, file) in [
            (Route::FRONT, "/", "index.html"),
            (front(2), "/page/2/", "page/2/index.html"),
            (
                Route::article("wall"),
                "/articles/wall/",
                "articles/wall/index.html",
            ),
            (storm(1), "/tag/storm/", "tag/storm/index.html"),
            (storm(3), "/tag/storm/page/3/", "tag/storm/page/3/index.html"),
            (
                Route::term(Kind::Category, "harbour"),
                "/category/harbour/",
                "category/harbour/index.html",
            ),
            (
                Route::term(Kind::Author, "ann"),
                "/author/ann/",
                "author/ann/index.html",
            ),
            (
                Route::TermFeed {
                    kind: Kind::Tag,
                    slug: "storm".into(),
                },
                "/tag/storm/feed.xml",
                "tag/storm/feed.xml",
            ),
            (Route::Archive, "/archive/", "archive/index.html"),
            (month(1), "/archive/0987/03/", "archive/0987/03/index.html"),
            (
                month(2),
                "/archive/0987/03/page/2/",
                "archive/0987/03/page/2/index.html",
            ),
            (Route::Search, "/search/", "search/index.html"),
            (
                Route::SearchIndex,
                "/pagefind/pagefind.js",
                "pagefind/pagefind.js",
            ),
            (Route::NotFound, "/404.html", "404.html"),
            (Route::Feed, "/feed.xml", "feed.xml"),
            (Route::Sitemap, "/sitemap.xml", "sitemap.xml"),
            (Route::SitemapPart(2), "/sitemap-2.xml", "sitemap-2.xml"),
            (Route::Robots, "/robots.txt", "robots.txt"),
            (Route::Headers, "/_headers", "_headers"),
            (Route::NoScriptStyle, "/nojs.css", "nojs.css"),
            (
                Route::Asset("loader-1.js".into()),
                "/assets/loader-1.js",
                "assets/loader-1.js",
            ),
        ] {
            assert_eq!(route.path(), path, "{route:?}");
            assert_eq!(route.file(), PathBuf::from(file), "{route:?}");
        }
        assert_eq!(Route::month(2024, 12).path(), "/archive/2024/12/");
    }

    #[test]
    fn links_carry_the_prefix_and_urls_the_sites_address() {
        let root = Base::new("/");
        let harbour = Base::new("/harbour/");
        assert_eq!(root, Base::new(""));
        assert_eq!(harbour, Base::new("harbour"));
        assert_eq!(Base::new("/some/prefix/"), Base::new("some/prefix"));
        assert_eq!(root.public_url(), "/");
        assert_eq!(harbour.public_url(), "/harbour/");
        assert_eq!(Route::FRONT.href(&root), "/");
        assert_eq!(Route::FRONT.href(&harbour), "/harbour/");
        assert_eq!(Route::article("x").href(&harbour), "/harbour/articles/x/");
        let site = site_at("https://h.example/news/");
        assert_eq!(Route::FRONT.url(&site), "https://h.example/news/");
        assert_eq!(Route::Feed.url(&site), "https://h.example/news/feed.xml");
        assert_eq!(
            Route::article("x").url(&site_at("https://h.example")),
            "https://h.example/articles/x/"
        );
        assert_eq!(
            absolute(&site, "/content/images/a.jpg"),
            "https://h.example/news/content/images/a.jpg"
        );
        assert_eq!(
            absolute(&site, "https://cdn.example/a.jpg"),
            "https://cdn.example/a.jpg"
        );
    }

    #[test]
    fn only_same_site_addresses_get_the_prefix() {
        let p = Base::new("/p/");
        assert_eq!(p.href("/articles/x/"), "/p/articles/x/");
        assert_eq!(p.href("/"), "/p/");
        assert_eq!(Base::new("/").href("/"), "/");
        assert_eq!(p.href("https://example.com/"), "https://example.com/");
        assert_eq!(p.href("//example.com/x"), "//example.com/x");
        assert_eq!(p.href("#main"), "#main");
        assert_eq!(p.href("mailto:a@b.c"), "mailto:a@b.c");
    }
}
