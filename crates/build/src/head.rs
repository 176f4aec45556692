//! What a page's `<head>` says to search engines, feed readers and link previews: its title and
//! description, its canonical address (or `noindex`), Open Graph and Twitter card tags, its feeds, the
//! `NewsArticle` JSON-LD of an article, and a list page's previous and next pages. Made here as values;
//! [`crate::document`] writes them as elements.

use crate::document::ScriptJson;
use content::route::absolute;
use content::{Article, Base, Block, Date, Pager, Route, Site};
use i18n::catalogue::Catalogue;

/// What the head of a list page says (a category, tag, author or month, a later page of the front
/// page's list, the archive, the search page).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ListHead {
    /// The page's heading, e.g. "Category: Harbour" (and "Page 2 of 3" on later pages).
    pub title: String,
    pub description: String,
    /// A category's, tag's or author's feed: its title and route.
    pub feed: Option<(String, Route)>,
}

/// Which page a head is for.
pub enum HeadOf<'a> {
    Front(&'a Article),
    Article(&'a Article),
    /// A list of articles, at `route`.
    List(&'a ListHead, &'a Route),
    /// The search page: not for search engines (`noindex`).
    Search(&'a ListHead),
    NotFound,
}

/// A page's head, as values; every text is written as text by the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Head {
    /// `<title>`.
    pub title: String,
    pub description: String,
    /// The absolute address of the page; none for a page search engines should not index.
    pub canonical: Option<String>,
    /// `<meta property>`: Open Graph and `article:*`, in order.
    pub properties: Vec<(&'static str, String)>,
    /// `<meta name>`: the Twitter card, in order.
    pub names: Vec<(&'static str, String)>,
    /// `<link rel="alternate">` feeds: (title, link).
    pub feeds: Vec<(String, String)>,
    /// An article's `NewsArticle`.
    pub json_ld: Option<ScriptJson>,
    /// A page of a list: the absolute addresses of the pages before and after it.
    pub previous: Option<String>,
    pub next: Option<String>,
}

/// The longest meta description, in characters (including the "…" of a cut one).
const DESCRIPTION_MAX: usize = 160;
/// The longest JSON-LD headline, in characters.
const HEADLINE_MAX: usize = 110;

/// Runs of whitespace (line breaks included) as single spaces, trimmed: one line of text.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// At most `max` characters, cut at a word boundary with "…" when it is longer.
fn cut_at_word(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    // Room for the ellipsis.
    let end = s.char_indices().nth(max - 1).map_or(s.len(), |(i, _)| i);
    let head = &s[..end];
    // Cut before the word the limit falls in, unless the limit falls right after a word.
    let next_is_space = s[end..].starts_with(char::is_whitespace);
    let head = match head.rfind(char::is_whitespace) {
        Some(i) if !next_is_space && i > 0 => &head[..i],
        _ => head,
    };
    let head = head
        .trim_end()
        .trim_end_matches([',', ';', ':', '-', '–', '—', '('])
        .trim_end();
    format!("{head}…")
}

/// The first paragraph's text, on one line, if the article has a paragraph with words.
fn first_paragraph(article: &Article) -> Option<String> {
    article
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .find_map(|b| match b {
            Block::Paragraph(text) => Some(one_line(&text.plain_text())).filter(|t| !t.is_empty()),
            _ => None,
        })
}

/// A text on one line, when it has any.
pub fn non_empty(s: &Option<String>) -> Option<String> {
    s.as_deref().map(one_line).filter(|t| !t.is_empty())
}

/// An article's description: its summary, else its standfirst, else (on the front page) the
/// site's tagline, else its first paragraph cut to about 160 characters, else its title.
pub fn article_description(site: &Site, article: &Article, front: bool) -> String {
    non_empty(&article.summary)
        .or_else(|| non_empty(&article.standfirst))
        .or_else(|| if front { non_empty(&site.tagline) } else { None })
        .or_else(|| first_paragraph(article).map(|t| cut_at_word(&t, DESCRIPTION_MAX)))
        .unwrap_or_else(|| one_line(&article.title))
}

/// The date an article last changed: `updated`, else `published`.
pub fn modified(article: &Article) -> &Date {
    article.updated.as_ref().unwrap_or(&article.published)
}

/// The article's picture for link previews: the first figure, in section order.
struct PreviewImage {
    url: String,
    alt: String,
    width: u32,
    height: u32,
}

fn preview_image(site: &Site, article: &Article) -> Option<PreviewImage> {
    article.first_image().map(|image| PreviewImage {
        url: absolute(site, image.src.as_str()),
        alt: one_line(&image.alt),
        width: image.width,
        height: image.height,
    })
}

/// The schema.org `NewsArticle` for an article page (or the front page showing it).
fn json_ld(
    site: &Site,
    article: &Article,
    url: &str,
    description: &str,
    image: Option<&PreviewImage>,
) -> serde_json::Value {
    let mut value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": cut_at_word(&one_line(&article.title), HEADLINE_MAX),
        "description": description,
        "datePublished": article.published.rfc3339(),
        "dateModified": modified(article).rfc3339(),
        "author": { "@type": "Person", "name": article.author },
        "publisher": { "@type": "Organization", "name": site.name, "url": site.url },
        "mainEntityOfPage": { "@type": "WebPage", "@id": url },
        "url": url,
        "inLanguage": article.language(site),
    });
    if let Some(image) = image {
        value["image"] = serde_json::json!([image.url]);
    }
    value
}

impl Head {
    /// The head of `page` on `site` served at `base`; `t` is the site's catalogue (the not-found page
    /// is in the site's language), `pager` the list the page is a page of.
    pub fn new(site: &Site, base: &Base, t: &Catalogue, page: &HeadOf, pager: Option<&Pager>) -> Head {
        let article = match page {
            HeadOf::Front(a) | HeadOf::Article(a) => Some(*a),
            HeadOf::List(..) | HeadOf::Search(_) | HeadOf::NotFound => None,
        };
        let (heading, description) = match page {
            HeadOf::Front(a) => (a.title.clone(), article_description(site, a, true)),
            HeadOf::Article(a) => (a.title.clone(), article_description(site, a, false)),
            HeadOf::List(list, _) | HeadOf::Search(list) => (list.title.clone(), one_line(&list.description)),
            HeadOf::NotFound => (t.text("not-found-title"), t.text("not-found-description")),
        };
        let canonical = match page {
            HeadOf::Front(_) => Some(Route::FRONT.url(site)),
            HeadOf::Article(a) => Some(Route::article(&a.slug).url(site)),
            HeadOf::List(_, route) => Some(route.url(site)),
            HeadOf::Search(_) | HeadOf::NotFound => None,
        };
        let og_title = one_line(&heading);
        let image = article.and_then(|a| preview_image(site, a));

        let mut properties = vec![
            (
                "og:type",
                if article.is_some() { "article" } else { "website" }.to_owned(),
            ),
            ("og:title", og_title.clone()),
            ("og:description", description.clone()),
        ];
        if let Some(url) = &canonical {
            properties.push(("og:url", url.clone()));
        }
        properties.push(("og:site_name", one_line(&site.name)));
        let language = article.map_or(site.language.as_str(), |a| a.language(site));
        properties.push(("og:locale", language.replace('-', "_")));
        if let Some(article) = article {
            properties.extend([
                ("article:published_time", article.published.rfc3339()),
                ("article:modified_time", modified(article).rfc3339()),
                ("article:author", one_line(&article.author)),
            ]);
        }
        if let Some(image) = &image {
            properties.extend([
                ("og:image", image.url.clone()),
                ("og:image:alt", image.alt.clone()),
                ("og:image:width", image.width.to_string()),
                ("og:image:height", image.height.to_string()),
            ]);
        }

        let card = if image.is_some() {
            "summary_large_image"
        } else {
            "summary"
        };
        let mut names = vec![
            ("twitter:card", card.to_owned()),
            ("twitter:title", og_title),
            ("twitter:description", description.clone()),
        ];
        if let Some(image) = &image {
            names.extend([
                ("twitter:image", image.url.clone()),
                ("twitter:image:alt", image.alt.clone()),
            ]);
        }

        let mut feeds = vec![(one_line(&site.name), Route::Feed.href(base))];
        if let HeadOf::List(
            ListHead {
                feed: Some((title, route)),
                ..
            },
            _,
        ) = page
        {
            feeds.push((one_line(title), route.href(base)));
        }

        let json_ld = article.zip(canonical.as_deref()).map(|(article, url)| {
            ScriptJson::new(&json_ld(site, article, url, &description, image.as_ref()))
        });
        Head {
            title: one_line(&format!("{heading} – {}", site.name)),
            description,
            canonical,
            properties,
            names,
            feeds,
            json_ld,
            previous: pager.and_then(Pager::previous).map(|r| r.url(site)),
            next: pager.and_then(Pager::next).map(|r| r.url(site)),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use content::{parse_article, parse_site, Listing};
    use serde_json::{json, Value};

    pub const HOSTILE: &str = r#"</script><script>alert(1)</script> "Fish" & 'Chips'"#;

    pub fn site_from(value: Value) -> Site {
        parse_site("site.json", value.to_string().as_bytes()).expect("valid site")
    }

    pub fn site() -> Site {
        site_from(json!({
            "name": "The Harbour Ledger",
            "url": "https://ledger.example/",
            "tagline": "Port Alder's newspaper",
            "language": "en-GB",
            "footer": "Footer"
        }))
    }

    /// A minimal valid article, with `extra` fields merged over it.
    pub fn article_with(slug: &str, extra: Value) -> Article {
        let mut value = json!({
            "slug": slug,
            "title": "Harbour Wall Reopens",
            "published": "2025-03-13",
            "author": "Mara Penrose",
            "sections": [
                { "heading": "Open Again", "blocks": [
                    { "paragraph": ["The wall reopened on ", { "strong": "Thursday" }, "."] }
                ] }
            ]
        });
        for (k, v) in extra.as_object().expect("an object") {
            value[k] = v.clone();
        }
        parse_article(&format!("articles/{slug}.json"), value.to_string().as_bytes()).expect("valid article")
    }

    pub fn article(extra: Value) -> Article {
        article_with("harbour-wall-reopens", extra)
    }

    fn figure(src: &str) -> Value {
        json!({ "figure": { "image": {
            "src": src, "alt": "Walkers on the \"new\" wall", "width": 1200, "height": 675
        } } })
    }

    fn with_figure(src: &str) -> Article {
        article(json!({ "sections": [
            { "heading": "One", "blocks": [{ "paragraph": "Text." }] },
            { "heading": "Two", "blocks": [figure(src), figure("/content/images/second.jpg")] }
        ] }))
    }

    fn head_at(site: &Site, public_url: &str, page: &HeadOf) -> Head {
        let t = Catalogue::new(&site.language, &site.messages);
        Head::new(site, &Base::new(public_url), &t, page, None)
    }

    fn head(site: &Site, page: &HeadOf) -> Head {
        head_at(site, "/", page)
    }

    fn property<'a>(head: &'a Head, key: &str) -> Option<&'a str> {
        head.properties
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
    }

    fn name<'a>(head: &'a Head, key: &str) -> Option<&'a str> {
        head.names
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
    }

    fn ld(head: &Head) -> Value {
        serde_json::from_str(head.json_ld.as_ref().expect("JSON-LD").as_str()).expect("JSON-LD parses")
    }

    fn description(site: &Site, page: &HeadOf) -> String {
        head(site, page).description
    }

    #[test]
    fn page_titles() {
        let site = site();
        let a = article(json!({}));
        for page in [HeadOf::Article(&a), HeadOf::Front(&a)] {
            assert_eq!(
                head(&site, &page).title,
                "Harbour Wall Reopens – The Harbour Ledger"
            );
        }
        assert_eq!(
            head(&site, &HeadOf::NotFound).title,
            "Page not found – The Harbour Ledger"
        );
    }

    #[test]
    fn description_falls_back_in_order() {
        let site = site();
        let both = article(json!({ "summary": "Summary.", "standfirst": "Standfirst." }));
        assert_eq!(description(&site, &HeadOf::Article(&both)), "Summary.");
        let standfirst = article(json!({ "standfirst": "Standfirst." }));
        assert_eq!(description(&site, &HeadOf::Article(&standfirst)), "Standfirst.");
        assert_eq!(description(&site, &HeadOf::Front(&standfirst)), "Standfirst.");
        let bare = article(json!({}));
        assert_eq!(
            description(&site, &HeadOf::Front(&bare)),
            "Port Alder's newspaper"
        );
        assert_eq!(
            description(&site, &HeadOf::Article(&bare)),
            "The wall reopened on Thursday."
        );
        let no_tagline = site_from(json!({
            "name": "N", "url": "https://n.example/", "language": "en", "footer": "F"
        }));
        assert_eq!(
            description(&no_tagline, &HeadOf::Front(&bare)),
            "The wall reopened on Thursday."
        );
        // Blank summaries do not count.
        let blank = article(json!({ "summary": "  ", "standfirst": "Standfirst." }));
        assert_eq!(description(&site, &HeadOf::Article(&blank)), "Standfirst.");
    }

    #[test]
    fn long_first_paragraph_is_cut_at_a_word() {
        let site = site();
        let text = "The harbour wall reopened on Thursday after three months of storm repairs, \
                    and walkers returned at dawn to see the new granite facing, the higher wave wall \
                    and the lamps restored along its whole length.";
        let a = article(json!({ "sections": [{ "heading": "H", "blocks": [
            { "subheading": "Not this" },
            { "paragraph": text }
        ] }] }));
        let d = description(&site, &HeadOf::Article(&a));
        assert!(d.chars().count() <= 160, "{d}");
        assert!(d.chars().count() > 120, "{d}");
        assert!(d.ends_with('…'), "{d}");
        let kept = d.trim_end_matches('…');
        assert!(text.starts_with(kept), "{d}");
        assert!(text[kept.len()..].starts_with(' '), "cut at a word boundary: {d}");
    }

    #[test]
    fn cut_at_word_cases() {
        assert_eq!(cut_at_word("short", 10), "short");
        assert_eq!(cut_at_word("exactly ten", 11), "exactly ten");
        assert_eq!(cut_at_word("one two three", 9), "one two…");
        assert_eq!(cut_at_word("one two, three", 10), "one two…");
        assert_eq!(cut_at_word("abcdefghijkl", 5), "abcd…");
        assert_eq!(cut_at_word("ééé ééé ééé", 6), "ééé…");
    }

    #[test]
    fn line_breaks_in_content_stay_on_one_line() {
        let site = site();
        let a = article(json!({ "title": "Harbour\nWall", "summary": "Line one\n\nline two" }));
        let head = head(&site, &HeadOf::Article(&a));
        assert_eq!(head.title, "Harbour Wall – The Harbour Ledger");
        assert_eq!(head.description, "Line one line two");
        assert_eq!(ld(&head)["headline"], "Harbour Wall");
    }

    #[test]
    fn hostile_text_stays_text_and_json_ld_cannot_end_its_script() {
        let site = site_from(json!({
            "name": HOSTILE, "url": "https://ledger.example/", "language": "en", "footer": "F"
        }));
        let a = article(json!({
            "title": HOSTILE, "summary": HOSTILE, "author": HOSTILE,
            "sections": [{ "heading": "H", "blocks": [{ "figure": { "image": {
                "src": "/i.jpg", "alt": HOSTILE, "width": 1, "height": 1
            } } }] }]
        }));
        let head = head(&site, &HeadOf::Article(&a));
        assert_eq!(property(&head, "og:title"), Some(HOSTILE));
        assert_eq!(property(&head, "og:image:alt"), Some(HOSTILE));
        let json = head.json_ld.as_ref().unwrap().as_str();
        assert!(!json.contains(['<', '>', '&']), "{json}");
        assert!(
            json.contains(r"\u003c/script\u003e\u003cscript\u003ealert(1)"),
            "{json}"
        );
        let value = ld(&head);
        assert_eq!(value["headline"], HOSTILE);
        assert_eq!(value["description"], HOSTILE);
        assert_eq!(value["author"]["name"], HOSTILE);
        assert_eq!(value["publisher"]["name"], HOSTILE);
    }

    #[test]
    fn article_head_has_absolute_canonical_and_open_graph() {
        let site = site();
        let a = article(json!({
            "summary": "The wall is open.", "updated": "2025-03-13T11:30:00Z"
        }));
        let head = head(&site, &HeadOf::Article(&a));
        let url = "https://ledger.example/articles/harbour-wall-reopens/";
        assert_eq!(head.canonical.as_deref(), Some(url));
        assert_eq!(head.description, "The wall is open.");
        assert_eq!(property(&head, "og:type"), Some("article"));
        assert_eq!(property(&head, "og:title"), Some("Harbour Wall Reopens"));
        assert_eq!(property(&head, "og:description"), Some("The wall is open."));
        assert_eq!(property(&head, "og:url"), Some(url));
        assert_eq!(property(&head, "og:site_name"), Some("The Harbour Ledger"));
        assert_eq!(property(&head, "og:locale"), Some("en_GB"));
        assert_eq!(
            property(&head, "article:published_time"),
            Some("2025-03-13T00:00:00Z")
        );
        assert_eq!(
            property(&head, "article:modified_time"),
            Some("2025-03-13T11:30:00Z")
        );
        assert_eq!(property(&head, "article:author"), Some("Mara Penrose"));
        assert_eq!(name(&head, "twitter:title"), Some("Harbour Wall Reopens"));
        assert_eq!(name(&head, "twitter:description"), Some("The wall is open."));
        assert_eq!(
            head.feeds,
            [("The Harbour Ledger".to_owned(), "/feed.xml".to_owned())]
        );
        assert_eq!((&head.previous, &head.next), (&None, &None));
    }

    #[test]
    fn front_page_is_canonical_at_the_site_root() {
        let site = site();
        let a = article(json!({}));
        let head = head(&site, &HeadOf::Front(&a));
        assert_eq!(head.canonical.as_deref(), Some("https://ledger.example/"));
        assert_eq!(property(&head, "og:url"), Some("https://ledger.example/"));
        assert_eq!(property(&head, "og:type"), Some("article"));
        let value = ld(&head);
        assert_eq!(value["url"], "https://ledger.example/");
        assert_eq!(value["mainEntityOfPage"]["@id"], "https://ledger.example/");
    }

    #[test]
    fn sub_path_site_joins_every_address() {
        let site = site_from(json!({
            "name": "Proj", "url": "https://x.github.io/proj/", "language": "en", "footer": "F"
        }));
        let a = with_figure("/content/images/wall.jpg");
        let head = head_at(&site, "/proj/", &HeadOf::Article(&a));
        let url = "https://x.github.io/proj/articles/harbour-wall-reopens/";
        assert_eq!(head.canonical.as_deref(), Some(url));
        assert_eq!(property(&head, "og:url"), Some(url));
        assert_eq!(
            property(&head, "og:image"),
            Some("https://x.github.io/proj/content/images/wall.jpg")
        );
        assert_eq!(head.feeds[0].1, "/proj/feed.xml");
        let front = head_at(&site, "/proj/", &HeadOf::Front(&a));
        assert_eq!(property(&front, "og:url"), Some("https://x.github.io/proj/"));
        // Written without the trailing slash, the address still joins the same way.
        let bare = site_from(json!({
            "name": "Proj", "url": "https://x.github.io/proj", "language": "en", "footer": "F"
        }));
        let without_slash = head_at(&bare, "/proj/", &HeadOf::Article(&a));
        assert_eq!(
            (
                &without_slash.canonical,
                &without_slash.properties,
                &without_slash.names
            ),
            (&head.canonical, &head.properties, &head.names)
        );
        // A public URL without its trailing slash too.
        assert_eq!(head_at(&site, "/proj", &HeadOf::Article(&a)), head);
    }

    #[test]
    fn first_figure_is_the_preview_image() {
        let site = site();
        let a = with_figure("/content/images/wall.jpg");
        let head = head(&site, &HeadOf::Article(&a));
        let src = "https://ledger.example/content/images/wall.jpg";
        assert_eq!(property(&head, "og:image"), Some(src));
        assert_eq!(
            property(&head, "og:image:alt"),
            Some("Walkers on the \"new\" wall")
        );
        assert_eq!(property(&head, "og:image:width"), Some("1200"));
        assert_eq!(property(&head, "og:image:height"), Some("675"));
        assert_eq!(name(&head, "twitter:card"), Some("summary_large_image"));
        assert_eq!(name(&head, "twitter:image"), Some(src));
        assert_eq!(
            name(&head, "twitter:image:alt"),
            Some("Walkers on the \"new\" wall")
        );
        assert_eq!(ld(&head)["image"], json!([src]));
    }

    #[test]
    fn off_site_images_are_kept_as_written() {
        let site = site();
        let a = with_figure("https://cdn.example/wall.jpg?w=1200&h=675");
        let head = head(&site, &HeadOf::Article(&a));
        let src = "https://cdn.example/wall.jpg?w=1200&h=675";
        assert_eq!(property(&head, "og:image"), Some(src));
        assert_eq!(ld(&head)["image"], json!([src]));
    }

    #[test]
    fn no_image_means_a_summary_card_and_no_image_keys() {
        let site = site();
        let a = article(json!({}));
        let head = head(&site, &HeadOf::Article(&a));
        assert_eq!(name(&head, "twitter:card"), Some("summary"));
        assert!(!head.properties.iter().any(|(k, _)| k.starts_with("og:image")));
        assert!(!head.names.iter().any(|(k, _)| k.starts_with("twitter:image")));
        assert!(ld(&head).get("image").is_none());
    }

    #[test]
    fn not_found_is_noindex_without_canonical_or_json_ld() {
        let site = site();
        let head = head(&site, &HeadOf::NotFound);
        assert_eq!(head.canonical, None);
        assert!(head.json_ld.is_none());
        assert!(!head
            .properties
            .iter()
            .any(|(k, _)| *k == "og:url" || k.starts_with("article:")));
        assert_eq!(property(&head, "og:type"), Some("website"));
        assert_eq!(property(&head, "og:title"), Some("Page not found"));
        assert_eq!(name(&head, "twitter:card"), Some("summary"));
        assert!(!head.description.is_empty());
        assert_eq!(head.feeds.len(), 1);
    }

    #[test]
    fn json_ld_describes_a_news_article() {
        let site = site();
        let a = with_figure("/content/images/wall.jpg");
        let a = Article {
            summary: Some("Open again.".into()),
            updated: Some(Date::parse("2025-03-14T09:30+02:00").unwrap()),
            ..a
        };
        let head = head(&site, &HeadOf::Article(&a));
        let url = "https://ledger.example/articles/harbour-wall-reopens/";
        assert_eq!(
            ld(&head),
            json!({
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Harbour Wall Reopens",
                "description": "Open again.",
                "datePublished": "2025-03-13T00:00:00Z",
                "dateModified": "2025-03-14T09:30:00+02:00",
                "author": { "@type": "Person", "name": "Mara Penrose" },
                "publisher": {
                    "@type": "Organization", "name": "The Harbour Ledger", "url": "https://ledger.example/"
                },
                "mainEntityOfPage": { "@type": "WebPage", "@id": url },
                "url": url,
                "inLanguage": "en-GB",
                "image": ["https://ledger.example/content/images/wall.jpg"],
            })
        );
    }

    #[test]
    fn json_ld_modified_falls_back_to_published_and_long_headlines_are_cut() {
        let site = site();
        let long = "Harbour ".repeat(20);
        let a = article(json!({ "title": long, "published": "2025-03-13T08:00:00Z" }));
        let head = head(&site, &HeadOf::Article(&a));
        let value = ld(&head);
        assert_eq!(value["datePublished"], "2025-03-13T08:00:00Z");
        assert_eq!(value["dateModified"], "2025-03-13T08:00:00Z");
        let headline = value["headline"].as_str().unwrap();
        assert!(headline.chars().count() <= 110, "{headline}");
        assert!(headline.ends_with("Harbour…"), "{headline}");
        // The page title and og:title keep the whole headline.
        assert_eq!(property(&head, "og:title"), Some(long.trim_end()));
    }

    #[test]
    fn a_list_page_has_its_title_canonical_description_feed_and_neighbours() {
        let site = site();
        let listing = Listing::Term {
            kind: content::taxonomy::Kind::Tag,
            slug: "storm".into(),
        };
        let list = ListHead {
            title: "Tag: storm (page 2 of 3)".into(),
            description: "Articles tagged storm on The Harbour Ledger, newest first.".into(),
            feed: Some((
                "Tag: storm – The Harbour Ledger".into(),
                Route::TermFeed {
                    kind: content::taxonomy::Kind::Tag,
                    slug: "storm".into(),
                },
            )),
        };
        let pager = Pager {
            listing: listing.clone(),
            current: 2,
            total: 3,
        };
        let route = pager.route(2);
        let t = Catalogue::new(&site.language, &site.messages);
        let head = Head::new(
            &site,
            &Base::new("/proj/"),
            &t,
            &HeadOf::List(&list, &route),
            Some(&pager),
        );
        assert_eq!(head.title, "Tag: storm (page 2 of 3) – The Harbour Ledger");
        assert_eq!(
            head.canonical.as_deref(),
            Some("https://ledger.example/tag/storm/page/2/")
        );
        assert_eq!(property(&head, "og:type"), Some("website"));
        assert_eq!(property(&head, "og:title"), Some("Tag: storm (page 2 of 3)"));
        assert_eq!(
            head.feeds[1],
            (
                "Tag: storm – The Harbour Ledger".to_owned(),
                "/proj/tag/storm/feed.xml".to_owned()
            )
        );
        assert!(head.json_ld.is_none(), "no article, no JSON-LD");
        assert_eq!(
            head.previous.as_deref(),
            Some("https://ledger.example/tag/storm/")
        );
        assert_eq!(
            head.next.as_deref(),
            Some("https://ledger.example/tag/storm/page/3/")
        );
    }
}
