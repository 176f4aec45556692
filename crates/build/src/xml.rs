//! The XML files of the site, written with an XML writer (quick-xml), which escapes every text and
//! attribute: the Atom feeds (the site's, and each category's, tag's and author's), the sitemap (or,
//! past the sitemap protocol's limit, its index and its parts), and `robots.txt` beside them.

use crate::head::{article_description, modified, non_empty, one_line};
use content::{Article, Date, Route, Site};
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use std::borrow::Cow;
use std::collections::HashSet;
use std::io;
use std::sync::Arc;

/// How many of the newest articles a feed carries.
pub const FEED_ENTRIES: usize = 20;

/// The most addresses one sitemap file may list (the sitemap protocol's limit): past it, `sitemap.xml`
/// becomes a sitemap index.
pub const SITEMAP_MAX_URLS: usize = 50_000;

/// One address of a sitemap (or one part of an index), with when it last changed when that is known.
pub type SitemapEntry = (Route, Option<Date>);

const ATOM: &str = "http://www.w3.org/2005/Atom";
const SITEMAPS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";

/// Text as XML 1.0 can hold it: without the control characters it cannot (all but tab, line feed and
/// carriage return) and U+FFFE, U+FFFF. The writer escapes the rest.
fn xml_text(s: &str) -> Cow<'_, str> {
    let allowed = |c: char| match c {
        '\t' | '\n' | '\r' => true,
        c if c < ' ' => false,
        c => c != '\u{FFFE}' && c != '\u{FFFF}',
    };
    if s.chars().all(allowed) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().filter(|&c| allowed(c)).collect())
    }
}

/// An XML document: the declaration, then `root`, indented by two spaces, and a final line break.
fn document(root: impl FnOnce(&mut Writer<Vec<u8>>) -> io::Result<()>) -> String {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    // Writing into memory cannot fail.
    writer
        .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .and_then(|()| root(&mut writer))
        .expect("XML written into memory");
    let mut bytes = writer.into_inner();
    bytes.push(b'\n');
    String::from_utf8(bytes).expect("XML written from text is text")
}

/// `<name>text</name>`.
fn text_element(w: &mut Writer<Vec<u8>>, name: &str, text: &str) -> io::Result<()> {
    w.create_element(name)
        .write_text_content(BytesText::new(&xml_text(text)))
        .map(|_| ())
}

/// Articles without repeats (by slug), in the order given.
fn distinct(articles: &[Arc<Article>]) -> Vec<&Arc<Article>> {
    let mut seen = HashSet::new();
    articles.iter().filter(|a| seen.insert(a.slug.as_str())).collect()
}

/// An Atom 1.0 feed titled `title` of the newest [`FEED_ENTRIES`] of `articles` (newest first), for
/// the page `page`, itself at `feed`.
pub fn atom(site: &Site, title: &str, page: &Route, feed: &Route, articles: &[Arc<Article>]) -> String {
    let articles = &articles[..articles.len().min(FEED_ENTRIES)];
    let home = page.url(site);
    document(|w| {
        w.create_element("feed")
            .with_attributes([("xmlns", ATOM), ("xml:lang", &*xml_text(&site.language))])
            .write_inner_content(|w| {
                text_element(w, "id", &home)?;
                text_element(w, "title", &one_line(title))?;
                if let Some(tagline) = non_empty(&site.tagline) {
                    text_element(w, "subtitle", &tagline)?;
                }
                link(w, "alternate", "text/html", &home)?;
                link(w, "self", "application/atom+xml", &feed.url(site))?;
                // Atom requires <updated>; a content set always has an article, so the fallback is
                // only there to keep an empty feed valid.
                let updated = articles.iter().map(|a| modified(a)).max();
                let updated = updated.map_or_else(|| "1970-01-01T00:00:00Z".to_owned(), Date::rfc3339);
                text_element(w, "updated", &updated)?;
                for article in distinct(articles) {
                    entry(w, site, article)?;
                }
                Ok(())
            })
            .map(|_| ())
    })
}

fn link(w: &mut Writer<Vec<u8>>, rel: &str, kind: &str, href: &str) -> io::Result<()> {
    w.create_element("link")
        .with_attributes([("rel", rel), ("type", kind), ("href", &*xml_text(href))])
        .write_empty()
        .map(|_| ())
}

fn entry(w: &mut Writer<Vec<u8>>, site: &Site, article: &Article) -> io::Result<()> {
    let url = Route::article(&article.slug).url(site);
    w.create_element("entry")
        .write_inner_content(|w| {
            text_element(w, "id", &url)?;
            text_element(w, "title", &one_line(&article.title))?;
            link(w, "alternate", "text/html", &url)?;
            text_element(w, "published", &article.published.rfc3339())?;
            text_element(w, "updated", &modified(article).rfc3339())?;
            w.create_element("author")
                .write_inner_content(|w| text_element(w, "name", &one_line(&article.author)))?;
            text_element(w, "summary", &article_description(site, article, false))
        })
        .map(|_| ())
}

/// A `<urlset>` of the given addresses.
pub fn urlset(site: &Site, urls: &[SitemapEntry]) -> String {
    document(|w| {
        w.create_element("urlset")
            .with_attribute(("xmlns", SITEMAPS))
            .write_inner_content(|w| {
                for (route, lastmod) in urls {
                    located(w, "url", site, route, lastmod.as_ref())?;
                }
                Ok(())
            })
            .map(|_| ())
    })
}

/// A `<sitemapindex>` of the sitemap's parts.
pub fn sitemap_index(site: &Site, parts: &[SitemapEntry]) -> String {
    document(|w| {
        w.create_element("sitemapindex")
            .with_attribute(("xmlns", SITEMAPS))
            .write_inner_content(|w| {
                for (route, lastmod) in parts {
                    located(w, "sitemap", site, route, lastmod.as_ref())?;
                }
                Ok(())
            })
            .map(|_| ())
    })
}

/// `<url>` or `<sitemap>`: where, and when it last changed (W3C Datetime) when that is known.
fn located(
    w: &mut Writer<Vec<u8>>,
    name: &str,
    site: &Site,
    route: &Route,
    lastmod: Option<&Date>,
) -> io::Result<()> {
    w.create_element(name)
        .write_inner_content(|w| {
            text_element(w, "loc", &route.url(site))?;
            match lastmod {
                Some(date) => text_element(w, "lastmod", &date.w3c()),
                None => Ok(()),
            }
        })
        .map(|_| ())
}

/// `robots.txt`: everything may be crawled; where the sitemap is.
pub fn robots_txt(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        Route::Sitemap.url(site)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::head::tests::{article, article_with, site, site_from, HOSTILE};
    use quick_xml::events::Event;
    use quick_xml::Reader;
    use serde_json::json;

    /// An element of a parsed XML file: its name, attributes and text (with the whitespace between its
    /// children), and its children.
    #[derive(Debug, PartialEq)]
    struct Node {
        name: String,
        attributes: Vec<(String, String)>,
        text: String,
        children: Vec<Node>,
    }

    impl Node {
        fn all<'a>(&'a self, name: &str) -> Vec<&'a Node> {
            self.children.iter().filter(|n| n.name == name).collect()
        }

        fn one(&self, name: &str) -> &Node {
            let found = self.all(name);
            assert_eq!(found.len(), 1, "one <{name}> in {self:#?}");
            found[0]
        }

        fn text_of(&self, name: &str) -> &str {
            &self.one(name).text
        }

        fn attribute(&self, name: &str) -> Option<&str> {
            self.attributes
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        }
    }

    /// Parses an XML file into its root element, failing on anything that is not well-formed.
    fn parse(xml: &str) -> Node {
        assert!(
            xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"),
            "{xml}"
        );
        assert!(xml.ends_with(">\n"), "{xml}");
        let mut reader = Reader::from_str(xml);
        let mut stack: Vec<Node> = vec![Node {
            name: String::new(),
            attributes: vec![],
            text: String::new(),
            children: vec![],
        }];
        let node = |e: &quick_xml::events::BytesStart| Node {
            name: String::from_utf8(e.name().as_ref().to_vec()).unwrap(),
            attributes: e
                .attributes()
                .map(|a| {
                    let a = a.unwrap();
                    (
                        String::from_utf8(a.key.as_ref().to_vec()).unwrap(),
                        a.unescape_value().unwrap().into_owned(),
                    )
                })
                .collect(),
            text: String::new(),
            children: vec![],
        };
        loop {
            match reader.read_event().expect("well-formed XML") {
                Event::Start(e) => stack.push(node(&e)),
                Event::Empty(e) => stack.last_mut().unwrap().children.push(node(&e)),
                Event::Text(t) => stack.last_mut().unwrap().text.push_str(&t.decode().unwrap()),
                Event::GeneralRef(r) => {
                    let name = r.decode().unwrap();
                    let c = quick_xml::escape::resolve_predefined_entity(&name).expect("a predefined entity");
                    stack.last_mut().unwrap().text.push_str(c);
                }
                Event::End(_) => {
                    let done = stack.pop().unwrap();
                    stack.last_mut().unwrap().children.push(done);
                }
                Event::Eof => break,
                Event::Decl(_) => {}
                other => panic!("unexpected {other:?}"),
            }
        }
        let mut root = stack.pop().unwrap();
        assert!(stack.is_empty());
        assert_eq!(root.children.len(), 1);
        root.children.pop().unwrap()
    }

    fn three_articles() -> Vec<Arc<Article>> {
        [
            article_with(
                "lifeboat-rescue",
                json!({ "title": "Lifeboat Rescue", "published": "2025-03-20T21:00:00Z" }),
            ),
            article_with(
                "breakwater-approved",
                json!({
                    "title": "Breakwater <b>Approved</b> & Funded",
                    "published": "2025-03-10",
                    "updated": "2025-03-22T08:15:00Z",
                    "summary": HOSTILE
                }),
            ),
            article_with(
                "fish-festival",
                json!({ "title": "Fish Festival", "published": "2025-02-01" }),
            ),
        ]
        .map(Arc::new)
        .into()
    }

    fn site_feed(site: &Site, articles: &[Arc<Article>]) -> String {
        atom(site, &site.name, &Route::FRONT, &Route::Feed, articles)
    }

    #[test]
    fn the_feed_has_every_article_once_with_rfc3339_dates() {
        let site = site();
        let articles = three_articles();
        let feed = parse(&site_feed(&site, &articles));
        assert_eq!(feed.name, "feed");
        assert_eq!(feed.attribute("xmlns"), Some(ATOM));
        assert_eq!(feed.attribute("xml:lang"), Some("en-GB"));
        assert_eq!(feed.text_of("id"), "https://ledger.example/");
        assert_eq!(feed.text_of("title"), "The Harbour Ledger");
        assert_eq!(feed.text_of("subtitle"), "Port Alder's newspaper");
        let links: Vec<_> = feed
            .all("link")
            .iter()
            .map(|l| (l.attribute("rel").unwrap(), l.attribute("href").unwrap()))
            .collect();
        assert_eq!(
            links,
            [
                ("alternate", "https://ledger.example/"),
                ("self", "https://ledger.example/feed.xml")
            ]
        );
        assert_eq!(feed.text_of("updated"), "2025-03-22T08:15:00Z");
        let entries = feed.all("entry");
        // Newest first, as given.
        let ids: Vec<_> = entries.iter().map(|e| e.text_of("id")).collect();
        assert_eq!(
            ids,
            articles
                .iter()
                .map(|a| format!("https://ledger.example/articles/{}/", a.slug))
                .collect::<Vec<_>>()
        );
        for e in &entries {
            assert_eq!(e.one("link").attribute("href"), Some(e.text_of("id")));
            assert_eq!(e.one("author").text_of("name"), "Mara Penrose");
        }
        let [lifeboat, breakwater, fish] = [entries[0], entries[1], entries[2]];
        assert_eq!(fish.text_of("published"), "2025-02-01T00:00:00Z");
        assert_eq!(fish.text_of("updated"), "2025-02-01T00:00:00Z");
        assert_eq!(breakwater.text_of("published"), "2025-03-10T00:00:00Z");
        assert_eq!(breakwater.text_of("updated"), "2025-03-22T08:15:00Z");
        // Markup in content is text in the feed.
        assert_eq!(breakwater.text_of("title"), "Breakwater <b>Approved</b> & Funded");
        assert_eq!(breakwater.text_of("summary"), HOSTILE);
        assert!(breakwater.one("summary").children.is_empty());
        // Without a summary, the entry is summarised like the article page: its first paragraph.
        assert_eq!(lifeboat.text_of("summary"), "The wall reopened on Thursday.");
    }

    #[test]
    fn a_feed_without_tagline_has_no_subtitle() {
        let site = site_from(json!({
            "name": "N & Co", "url": "https://n.example/", "language": "en", "footer": "F"
        }));
        let feed = parse(&site_feed(&site, &[Arc::new(article(json!({})))]));
        assert!(feed.all("subtitle").is_empty());
        assert_eq!(feed.text_of("title"), "N & Co");
        assert_eq!(feed.text_of("updated"), "2025-03-13T00:00:00Z");
    }

    #[test]
    fn a_term_feed_has_its_own_title_addresses_and_the_newest_twenty() {
        let site = site();
        let articles: Vec<Arc<Article>> = (0..25)
            .map(|i| {
                Arc::new(article_with(
                    &format!("a{i:02}"),
                    json!({ "published": format!("2024-01-{:02}", 25 - i) }),
                ))
            })
            .collect();
        let kind = content::taxonomy::Kind::Tag;
        let xml = atom(
            &site,
            "Tag: storm – The Harbour Ledger",
            &Route::term(kind, "storm"),
            &Route::TermFeed {
                kind,
                slug: "storm".into(),
            },
            &articles,
        );
        let feed = parse(&xml);
        assert_eq!(feed.text_of("title"), "Tag: storm – The Harbour Ledger");
        assert_eq!(feed.text_of("id"), "https://ledger.example/tag/storm/");
        assert_eq!(
            feed.all("link")[1].attribute("href"),
            Some("https://ledger.example/tag/storm/feed.xml")
        );
        let entries = feed.all("entry");
        assert_eq!(entries.len(), FEED_ENTRIES);
        assert!(entries[0].text_of("id").ends_with("/articles/a00/"));
        assert!(entries[19].text_of("id").ends_with("/articles/a19/"));
    }

    #[test]
    fn a_repeated_article_is_one_entry_and_control_characters_go() {
        let site = site();
        let a = Arc::new(article(json!({ "title": "Bell\u{7} rings" })));
        let feed = parse(&site_feed(&site, &[Arc::clone(&a), a]));
        assert_eq!(feed.all("entry").len(), 1);
        assert_eq!(feed.one("entry").text_of("title"), "Bell rings");
    }

    #[test]
    fn a_sitemap_lists_each_address_with_its_last_change() {
        let site = site_from(json!({
            "name": "N", "url": "https://n.example/a&b/", "language": "en", "footer": "F"
        }));
        let date = |s: &str| Some(Date::parse(s).unwrap());
        let urls = [
            (Route::FRONT, date("2025-03-22T08:15:00Z")),
            (Route::article("fish"), date("2025-02-01")),
            (Route::article("late"), date("2025-02-01T10:00")),
            (Route::term(content::taxonomy::Kind::Tag, "storm"), None),
        ];
        let set = parse(&urlset(&site, &urls));
        assert_eq!(set.name, "urlset");
        assert_eq!(set.attribute("xmlns"), Some(SITEMAPS));
        let found: Vec<(&str, Option<&str>)> = set
            .all("url")
            .iter()
            .map(|u| {
                (
                    u.text_of("loc"),
                    u.all("lastmod").first().map(|l| l.text.as_str()),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("https://n.example/a&b/", Some("2025-03-22T08:15:00Z")),
                ("https://n.example/a&b/articles/fish/", Some("2025-02-01")),
                ("https://n.example/a&b/articles/late/", Some("2025-02-01T10:00Z")),
                ("https://n.example/a&b/tag/storm/", None),
            ]
        );
        let index = parse(&sitemap_index(
            &site,
            &[
                (Route::SitemapPart(1), date("2025-01-01")),
                (Route::SitemapPart(2), None),
            ],
        ));
        assert_eq!(index.name, "sitemapindex");
        let parts: Vec<_> = index.all("sitemap").iter().map(|s| s.text_of("loc")).collect();
        assert_eq!(
            parts,
            [
                "https://n.example/a&b/sitemap-1.xml",
                "https://n.example/a&b/sitemap-2.xml"
            ]
        );
        assert!(index.all("sitemap")[1].all("lastmod").is_empty());
    }

    #[test]
    fn robots_points_at_the_sitemap() {
        assert_eq!(
            robots_txt(&site()),
            "User-agent: *\nAllow: /\n\nSitemap: https://ledger.example/sitemap.xml\n"
        );
    }
}
