//! What the build-time prerenderer writes for search engines and link previews: each page's
//! `<head>` (title, description, canonical link, Open Graph, Twitter card, feed link, JSON-LD),
//! and the site files `sitemap.xml`, `feed.xml` (Atom 1.0) and `robots.txt`.
//!
//! Pure Rust, no web APIs. Every value is escaped where it is written; JSON-LD is made safe
//! to sit inside `<script>`.
//!
//! Dates: content dates are `2024-12-24`, `2024-12-24T09:30Z`, `2024-12-24T09:30:00+02:00` …
//! (see `content::date`). Atom, JSON-LD and the `article:*_time` tags get RFC 3339: a date
//! alone becomes midnight UTC (`2024-12-24T00:00:00Z`), missing seconds become `:00`, a time
//! without an offset (which the content reads as UTC) gets `Z`; complete timestamps are kept
//! as written. The sitemap keeps dates as written (W3C Datetime allows a date alone), only
//! adding `Z` to a time without an offset.

use content::{Article, Block, Date, Site};
use site::paths::article_path;

/// Which page is being written.
pub enum Page<'a> {
    Front(&'a Article),
    Article(&'a Article),
    /// A list of articles (a category, tag or author, a later page of the front page's list).
    List(&'a Listing),
    /// The search page: not for search engines (`noindex`).
    Search(&'a Listing),
    NotFound,
}

/// What the head of a list page says.
#[derive(Debug, Clone, PartialEq)]
pub struct Listing {
    /// The page's heading, e.g. "Category: Harbour" (and "Page 2 of 3" on later pages).
    pub title: String,
    pub description: String,
    /// The page's own site path, e.g. `/category/harbour/page/2/`.
    pub path: String,
    /// A category's, tag's or author's feed: (its title, its site path).
    pub feed: Option<(String, String)>,
}

/// The longest meta description, in characters (including the "…" of a cut one).
const DESCRIPTION_MAX: usize = 160;
/// The longest JSON-LD headline, in characters.
const HEADLINE_MAX: usize = 110;

/// A message of the not-found page, which is in the site's language.
fn not_found_text(site: &Site, id: &str) -> String {
    i18n::catalogue::Catalogue::new(&site.language, &site.messages).text(id)
}

/// Escapes text for HTML element content and quoted attribute values: `& < > " '`.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for XML content and attributes, dropping characters XML 1.0 cannot hold at all
/// (control characters other than tab, line feed and carriage return; U+FFFE, U+FFFF).
fn escape_xml(s: &str) -> String {
    let allowed = |c: &char| match *c {
        '\t' | '\n' | '\r' => true,
        c if c < ' ' => false,
        c => c != '\u{FFFE}' && c != '\u{FFFF}',
    };
    escape_html(&s.chars().filter(allowed).collect::<String>())
}

/// Runs of whitespace (line breaks included) as single spaces, trimmed: one line of text.
fn one_line(s: &str) -> String {
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

/// The page's `<title>` text.
pub fn page_title(site: &Site, page: &Page) -> String {
    match page {
        Page::Front(article) | Page::Article(article) => format!("{} – {}", article.title, site.name),
        Page::List(list) | Page::Search(list) => format!("{} – {}", list.title, site.name),
        Page::NotFound => format!("{} – {}", not_found_text(site, "not-found-title"), site.name),
    }
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

fn non_empty(s: &Option<String>) -> Option<String> {
    s.as_deref().map(one_line).filter(|t| !t.is_empty())
}

/// An article's description: its summary, else its standfirst, else (on the front page) the
/// site's tagline, else its first paragraph cut to about 160 characters, else its title.
fn article_description(site: &Site, article: &Article, front: bool) -> String {
    non_empty(&article.summary)
        .or_else(|| non_empty(&article.standfirst))
        .or_else(|| if front { non_empty(&site.tagline) } else { None })
        .or_else(|| first_paragraph(article).map(|t| cut_at_word(&t, DESCRIPTION_MAX)))
        .unwrap_or_else(|| one_line(&article.title))
}

/// The page's meta description.
pub fn description(site: &Site, page: &Page) -> String {
    match page {
        Page::Front(article) => article_description(site, article, true),
        Page::Article(article) => article_description(site, article, false),
        Page::List(list) | Page::Search(list) => one_line(&list.description),
        Page::NotFound => not_found_text(site, "not-found-description"),
    }
}

/// The page's absolute address; none for the not-found page.
pub fn canonical(site: &Site, page: &Page) -> Option<String> {
    match page {
        Page::Front(_) => Some(site.absolute("/")),
        Page::Article(article) => Some(site.absolute(&article_path(&article.slug))),
        Page::List(list) => Some(site.absolute(&list.path)),
        Page::Search(_) | Page::NotFound => None,
    }
}

/// An absolute image address: same-site paths are joined to the site's address.
fn absolute_src(site: &Site, src: &str) -> String {
    if src.starts_with('/') {
        site.absolute(src)
    } else {
        src.to_owned()
    }
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
        url: absolute_src(site, image.src.as_str()),
        alt: one_line(&image.alt),
        width: image.width,
        height: image.height,
    })
}

/// The date an article last changed: `updated`, else `published`.
fn modified(article: &Article) -> &Date {
    article.updated.as_ref().unwrap_or(&article.published)
}

/// The latest change among the articles.
fn newest<'a>(articles: &[&'a Article]) -> Option<&'a Date> {
    articles.iter().map(|a| modified(a)).max()
}

/// Splits a content date's time part into clock and offset (`None` when written without one).
fn split_time(time: &str) -> (&str, Option<&str>) {
    if let Some(clock) = time.strip_suffix('Z') {
        (clock, Some("Z"))
    } else if let Some(i) = time.rfind(['+', '-']) {
        let (clock, offset) = time.split_at(i);
        (clock, Some(offset))
    } else {
        (time, None)
    }
}

/// RFC 3339 (`2024-12-24T09:30:00Z`), as Atom and JSON-LD require.
fn rfc3339(date: &Date) -> String {
    let s = date.as_str();
    match s.split_once('T') {
        None => format!("{s}T00:00:00Z"),
        Some((day, time)) => {
            let (clock, offset) = split_time(time);
            // The content accepts HH:MM or HH:MM:SS.
            let seconds = if clock.len() == 5 { ":00" } else { "" };
            format!("{day}T{clock}{seconds}{}", offset.unwrap_or("Z"))
        }
    }
}

/// W3C Datetime for the sitemap: as written, with `Z` added to a time without an offset.
fn w3c_datetime(date: &Date) -> String {
    let s = date.as_str();
    match s.split_once('T') {
        Some((_, time)) if split_time(time).1.is_none() => format!("{s}Z"),
        _ => s.to_owned(),
    }
}

fn meta_name(out: &mut Vec<String>, name: &str, content: &str) {
    out.push(format!(
        r#"<meta name="{}" content="{}">"#,
        escape_html(name),
        escape_html(content)
    ));
}

fn meta_property(out: &mut Vec<String>, property: &str, content: &str) {
    out.push(format!(
        r#"<meta property="{}" content="{}">"#,
        escape_html(property),
        escape_html(content)
    ));
}

/// Serialised JSON that cannot end or open a tag inside `<script>`: `<`, `>` and `&` (and the
/// JavaScript line separators) as `\uXXXX` escapes, which are still the same JSON.
pub fn script_safe_json(value: &serde_json::Value) -> String {
    let json = value.to_string();
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
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
        "datePublished": rfc3339(&article.published),
        "dateModified": rfc3339(modified(article)),
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

/// Everything that goes in `<head>` for this page, one tag per line (no newline after the last).
pub fn head_tags(site: &Site, page: &Page, public_url: &str) -> String {
    let mut out = Vec::new();
    let title = one_line(&page_title(site, page));
    let description = description(site, page);
    let canonical = canonical(site, page);
    let article = match page {
        Page::Front(a) | Page::Article(a) => Some(*a),
        Page::List(_) | Page::Search(_) | Page::NotFound => None,
    };
    let og_title = match (article, page) {
        (Some(a), _) => one_line(&a.title),
        (None, Page::List(list) | Page::Search(list)) => one_line(&list.title),
        (None, _) => not_found_text(site, "not-found-title"),
    };
    let image = article.and_then(|a| preview_image(site, a));

    out.push(format!("<title>{}</title>", escape_html(&title)));
    meta_name(&mut out, "description", &description);
    match &canonical {
        Some(url) => out.push(format!(r#"<link rel="canonical" href="{}">"#, escape_html(url))),
        None => meta_name(&mut out, "robots", "noindex"),
    }

    meta_property(
        &mut out,
        "og:type",
        if article.is_some() { "article" } else { "website" },
    );
    meta_property(&mut out, "og:title", &og_title);
    meta_property(&mut out, "og:description", &description);
    if let Some(url) = &canonical {
        meta_property(&mut out, "og:url", url);
    }
    meta_property(&mut out, "og:site_name", &one_line(&site.name));
    let language = article.map_or(site.language.as_str(), |a| a.language(site));
    meta_property(&mut out, "og:locale", &language.replace('-', "_"));
    if let Some(article) = article {
        meta_property(&mut out, "article:published_time", &rfc3339(&article.published));
        meta_property(&mut out, "article:modified_time", &rfc3339(modified(article)));
        meta_property(&mut out, "article:author", &one_line(&article.author));
    }
    if let Some(image) = &image {
        meta_property(&mut out, "og:image", &image.url);
        meta_property(&mut out, "og:image:alt", &image.alt);
        meta_property(&mut out, "og:image:width", &image.width.to_string());
        meta_property(&mut out, "og:image:height", &image.height.to_string());
    }

    let card = if image.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    meta_name(&mut out, "twitter:card", card);
    meta_name(&mut out, "twitter:title", &og_title);
    meta_name(&mut out, "twitter:description", &description);
    if let Some(image) = &image {
        meta_name(&mut out, "twitter:image", &image.url);
        meta_name(&mut out, "twitter:image:alt", &image.alt);
    }

    let prefix = if public_url.ends_with('/') {
        public_url.to_owned()
    } else {
        format!("{public_url}/")
    };
    out.push(format!(
        r#"<link rel="alternate" type="application/atom+xml" title="{}" href="{}">"#,
        escape_html(&one_line(&site.name)),
        escape_html(&format!("{prefix}feed.xml"))
    ));
    if let Page::List(Listing {
        feed: Some((title, path)),
        ..
    }) = page
    {
        out.push(format!(
            r#"<link rel="alternate" type="application/atom+xml" title="{}" href="{}">"#,
            escape_html(&one_line(title)),
            escape_html(&format!("{prefix}{}", path.trim_start_matches('/')))
        ));
    }

    if let (Some(article), Some(url)) = (article, &canonical) {
        let ld = json_ld(site, article, url, &description, image.as_ref());
        out.push(format!(
            r#"<script type="application/ld+json">{}</script>"#,
            script_safe_json(&ld)
        ));
    }

    out.join("\n")
}

/// Articles without repeats (by slug), in the order given.
fn distinct<'a>(articles: &[&'a Article]) -> Vec<&'a Article> {
    let mut seen = std::collections::HashSet::new();
    articles
        .iter()
        .copied()
        .filter(|a| seen.insert(a.slug.as_str()))
        .collect()
}

/// The most addresses one sitemap file may list (the sitemap protocol's limit): past it, `sitemap.xml`
/// becomes a sitemap index.
pub const SITEMAP_MAX_URLS: usize = 50_000;

/// One address of the sitemap, with when its page last changed when that is known.
type SitemapUrl<'a> = (String, Option<&'a Date>);

/// Every page the sitemap lists: the front page, every article, then `lists` (site paths).
fn sitemap_urls<'a>(site: &Site, articles: &[&'a Article], lists: &[String]) -> Vec<SitemapUrl<'a>> {
    let mut urls = vec![(site.absolute("/"), newest(articles))];
    urls.extend(
        distinct(articles)
            .into_iter()
            .map(|a| (site.absolute(&article_path(&a.slug)), Some(modified(a)))),
    );
    urls.extend(lists.iter().map(|path| (site.absolute(path), None)));
    urls
}

/// A `<urlset>` of the given addresses.
fn urlset(urls: &[SitemapUrl<'_>]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (loc, lastmod) in urls {
        out.push_str("  <url>\n");
        out.push_str(&format!("    <loc>{}</loc>\n", escape_xml(loc)));
        if let Some(date) = lastmod {
            out.push_str(&format!(
                "    <lastmod>{}</lastmod>\n",
                escape_xml(&w3c_datetime(date))
            ));
        }
        out.push_str("  </url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// `sitemap.xml` as one file: the front page, every article, and the list pages (`lists`, site paths).
pub fn sitemap(site: &Site, articles: &[&Article], lists: &[String]) -> String {
    urlset(&sitemap_urls(site, articles, lists))
}

/// The sitemap's files, (site path, text): `sitemap.xml` listing every page, or, when there are more
/// than [`SITEMAP_MAX_URLS`], `sitemap.xml` as a sitemap index of `sitemap-1.xml`, `sitemap-2.xml`…
pub fn sitemaps(site: &Site, articles: &[&Article], lists: &[String]) -> Vec<(String, String)> {
    split_sitemap(site, &sitemap_urls(site, articles, lists), SITEMAP_MAX_URLS)
}

/// The sitemap's files with at most `max` addresses in each.
fn split_sitemap(site: &Site, urls: &[SitemapUrl<'_>], max: usize) -> Vec<(String, String)> {
    if urls.len() <= max {
        return vec![("/sitemap.xml".to_owned(), urlset(urls))];
    }
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut files = Vec::new();
    for (i, part) in urls.chunks(max).enumerate() {
        let path = format!("/sitemap-{}.xml", i + 1);
        index.push_str("  <sitemap>\n");
        index.push_str(&format!("    <loc>{}</loc>\n", escape_xml(&site.absolute(&path))));
        if let Some(date) = part.iter().filter_map(|(_, d)| *d).max() {
            index.push_str(&format!(
                "    <lastmod>{}</lastmod>\n",
                escape_xml(&w3c_datetime(date))
            ));
        }
        index.push_str("  </sitemap>\n");
        files.push((path, urlset(part)));
    }
    index.push_str("</sitemapindex>\n");
    files.insert(0, ("/sitemap.xml".to_owned(), index));
    files
}

/// `<link rel="prev">` and `<link rel="next">` for a page of a paginated list, as absolute addresses.
pub fn pager_links(site: &Site, previous: Option<&str>, next: Option<&str>) -> String {
    [("prev", previous), ("next", next)]
        .into_iter()
        .filter_map(|(rel, path)| {
            path.map(|p| format!(r#"<link rel="{rel}" href="{}">"#, escape_html(&site.absolute(p))))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `feed.xml`: an Atom 1.0 feed of every article, newest first.
pub fn atom_feed(site: &Site, articles: &[&Article]) -> String {
    feed(site, &site.name, "/", "/feed.xml", articles)
}

/// How many of the newest articles a feed carries.
pub const FEED_ENTRIES: usize = 20;

/// An Atom 1.0 feed titled `title` of the newest [`FEED_ENTRIES`] of `articles` (newest first), for
/// the page at site path `page`, itself at site path `path`.
pub fn feed(site: &Site, title: &str, page: &str, path: &str, articles: &[&Article]) -> String {
    let articles = &articles[..articles.len().min(FEED_ENTRIES)];
    let home = site.absolute(page);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        escape_xml(&site.language)
    ));
    out.push_str(&format!("  <id>{}</id>\n", escape_xml(&home)));
    out.push_str(&format!("  <title>{}</title>\n", escape_xml(&one_line(title))));
    if let Some(tagline) = non_empty(&site.tagline) {
        out.push_str(&format!("  <subtitle>{}</subtitle>\n", escape_xml(&tagline)));
    }
    out.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        escape_xml(&home)
    ));
    out.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        escape_xml(&site.absolute(path))
    ));
    // Atom requires <updated>; a content set always has an article, so the fallback is only
    // there to keep an empty feed valid.
    let updated = newest(articles).map_or_else(|| "1970-01-01T00:00:00Z".to_owned(), rfc3339);
    out.push_str(&format!("  <updated>{updated}</updated>\n"));
    for article in distinct(articles) {
        let url = site.absolute(&article_path(&article.slug));
        out.push_str("  <entry>\n");
        out.push_str(&format!("    <id>{}</id>\n", escape_xml(&url)));
        out.push_str(&format!(
            "    <title>{}</title>\n",
            escape_xml(&one_line(&article.title))
        ));
        out.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            escape_xml(&url)
        ));
        out.push_str(&format!(
            "    <published>{}</published>\n",
            rfc3339(&article.published)
        ));
        out.push_str(&format!(
            "    <updated>{}</updated>\n",
            rfc3339(modified(article))
        ));
        out.push_str(&format!(
            "    <author>\n      <name>{}</name>\n    </author>\n",
            escape_xml(&one_line(&article.author))
        ));
        out.push_str(&format!(
            "    <summary>{}</summary>\n",
            escape_xml(&article_description(site, article, false))
        ));
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

/// `robots.txt`: everything may be crawled; where the sitemap is.
pub fn robots_txt(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        site.absolute("/sitemap.xml")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use content::{parse_article, parse_site};
    use serde_json::{json, Value};

    const HOSTILE: &str = r#"</script><script>alert(1)</script> "Fish" & 'Chips'"#;

    fn site_from(value: Value) -> Site {
        parse_site("site.json", value.to_string().as_bytes()).expect("valid site")
    }

    fn site() -> Site {
        site_from(json!({
            "name": "The Harbour Ledger",
            "url": "https://ledger.example/",
            "tagline": "Port Alder's newspaper",
            "language": "en-GB",
            "footer": "Footer"
        }))
    }

    /// A minimal valid article, with `extra` fields merged over it.
    fn article_with(slug: &str, extra: Value) -> Article {
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

    fn article(extra: Value) -> Article {
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

    /// The JSON-LD object of a head, unwrapped from its script tag.
    fn ld(head: &str) -> Value {
        let open = r#"<script type="application/ld+json">"#;
        let start = head.find(open).expect("a JSON-LD script") + open.len();
        let end = start + head[start..].find("</script>").expect("the script ends");
        serde_json::from_str(&head[start..end]).expect("JSON-LD parses")
    }

    /// The `content` of `<meta {attr}="{key}" …>`, still escaped.
    fn meta<'a>(head: &'a str, attr: &str, key: &str) -> Option<&'a str> {
        let prefix = format!(r#"<meta {attr}="{key}" content=""#);
        let line = head.lines().find(|l| l.starts_with(&prefix))?;
        line[prefix.len()..].strip_suffix(r#"">"#)
    }

    fn property<'a>(head: &'a str, key: &str) -> Option<&'a str> {
        meta(head, "property", key)
    }

    fn name<'a>(head: &'a str, key: &str) -> Option<&'a str> {
        meta(head, "name", key)
    }

    fn count(haystack: &str, needle: &str) -> usize {
        haystack.matches(needle).count()
    }

    /// Every `<tag …>` is closed by `</tag>` (or self-closes) the same number of times.
    fn assert_balanced(xml: &str, tags: &[&str]) {
        for tag in tags {
            let opens = count(xml, &format!("<{tag}>")) + count(xml, &format!("<{tag} "));
            let closes = count(xml, &format!("</{tag}>"));
            let self_closing = xml
                .match_indices(&format!("<{tag} "))
                .filter(|(i, _)| xml[*i..].split('>').next().is_some_and(|t| t.ends_with('/')))
                .count();
            assert!(opens > 0, "no <{tag}> in:\n{xml}");
            assert_eq!(opens, closes + self_closing, "<{tag}> unbalanced in:\n{xml}");
        }
    }

    /// No raw markup from content: every `<` opens or closes one of the expected tags.
    fn assert_only_tags(text: &str, allowed: &[&str]) {
        for (i, _) in text.match_indices('<') {
            let rest = &text[i + 1..];
            let rest = rest.strip_prefix('/').unwrap_or(rest);
            assert!(
                allowed.iter().any(|t| rest
                    .strip_prefix(t)
                    .is_some_and(|after| after.starts_with([' ', '>', '/']))),
                "unexpected markup at {:?} in:\n{text}",
                &text[i..(i + 30).min(text.len())]
            );
        }
    }

    #[test]
    fn escape_html_escapes_the_five_characters() {
        assert_eq!(
            escape_html(r#"<a href="x">Tom & 'Jerry'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
        );
        assert_eq!(escape_html("plain – text…"), "plain – text…");
        assert_eq!(escape_html("&amp;"), "&amp;amp;");
    }

    #[test]
    fn escape_xml_drops_characters_xml_cannot_hold() {
        assert_eq!(escape_xml("a\u{0}b\u{8}c\td\ne<"), "abc\td\ne&lt;");
    }

    #[test]
    fn page_titles() {
        let site = site();
        let a = article(json!({}));
        assert_eq!(
            page_title(&site, &Page::Article(&a)),
            "Harbour Wall Reopens – The Harbour Ledger"
        );
        assert_eq!(
            page_title(&site, &Page::Front(&a)),
            "Harbour Wall Reopens – The Harbour Ledger"
        );
        assert_eq!(
            page_title(&site, &Page::NotFound),
            "Page not found – The Harbour Ledger"
        );
    }

    #[test]
    fn head_has_one_tag_per_line() {
        let site = site();
        let a = with_figure("/content/images/wall.jpg");
        for page in [Page::Front(&a), Page::Article(&a), Page::NotFound] {
            let head = head_tags(&site, &page, "/");
            assert!(head.ends_with('>') && !head.starts_with('\n'));
            for line in head.lines() {
                assert!(line.starts_with('<') && line.ends_with('>'), "{line}");
                let opening = line.matches('<').count() - line.matches("</").count();
                assert_eq!(opening, 1, "one tag per line: {line}");
            }
        }
    }

    #[test]
    fn hostile_text_is_escaped_everywhere_in_the_head() {
        let site = site_from(json!({
            "name": HOSTILE, "url": "https://ledger.example/", "language": "en", "footer": "F"
        }));
        let a = article(json!({
            "title": HOSTILE, "summary": HOSTILE, "author": HOSTILE,
            "sections": [{ "heading": "H", "blocks": [{ "figure": { "image": {
                "src": "/i.jpg", "alt": HOSTILE, "width": 1, "height": 1
            } } }] }]
        }));
        for page in [Page::Front(&a), Page::Article(&a), Page::NotFound] {
            let head = head_tags(&site, &page, "/");
            assert_only_tags(&head, &["title", "meta", "link", "script"]);
            assert_eq!(
                count(&head, "<script"),
                usize::from(!matches!(page, Page::NotFound))
            );
            assert_eq!(
                count(&head, "</script>"),
                usize::from(!matches!(page, Page::NotFound))
            );
            assert!(!head.contains("alert(1)</"), "{head}");
            assert!(head.contains("&lt;/script&gt;&lt;script&gt;alert(1)"), "{head}");
            assert!(head.contains("&quot;Fish&quot; &amp; &#39;Chips&#39;"), "{head}");
            // Attribute values never contain a raw quote.
            for line in head.lines().filter(|l| l.starts_with("<meta")) {
                assert_eq!(count(line, "\""), 4, "{line}");
            }
        }
        let head = head_tags(&site, &Page::Article(&a), "/");
        let script = &head[head.find("<script").unwrap()..];
        assert!(
            script.contains(r"\u003c/script\u003e\u003cscript\u003ealert(1)"),
            "{script}"
        );
        assert!(script.contains(r"\u0026"), "{script}");
        let value = ld(&head);
        assert_eq!(value["headline"], HOSTILE);
        assert_eq!(value["description"], HOSTILE);
        assert_eq!(value["author"]["name"], HOSTILE);
        assert_eq!(value["publisher"]["name"], HOSTILE);
    }

    #[test]
    fn script_safe_json_round_trips() {
        let value = json!({ "a": "</script><!-- & \u{2028} >" });
        let safe = script_safe_json(&value);
        assert!(!safe.contains(['<', '>', '&', '\u{2028}']), "{safe}");
        assert_eq!(serde_json::from_str::<Value>(&safe).unwrap(), value);
    }

    #[test]
    fn article_head_has_absolute_canonical_and_open_graph() {
        let site = site();
        let a = article(json!({
            "summary": "The wall is open.", "updated": "2025-03-13T11:30:00Z"
        }));
        let head = head_tags(&site, &Page::Article(&a), "/");
        let url = "https://ledger.example/articles/harbour-wall-reopens/";
        assert!(head.starts_with("<title>Harbour Wall Reopens – The Harbour Ledger</title>\n"));
        assert!(
            head.contains(&format!(r#"<link rel="canonical" href="{url}">"#)),
            "{head}"
        );
        assert_eq!(name(&head, "description"), Some("The wall is open."));
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
        assert!(!head.contains("noindex"));
        assert!(head.contains(concat!(
            r#"<link rel="alternate" type="application/atom+xml" "#,
            r#"title="The Harbour Ledger" href="/feed.xml">"#
        )));
    }

    #[test]
    fn front_page_is_canonical_at_the_site_root() {
        let site = site();
        let a = article(json!({}));
        let head = head_tags(&site, &Page::Front(&a), "/");
        assert!(
            head.contains(r#"<link rel="canonical" href="https://ledger.example/">"#),
            "{head}"
        );
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
        let head = head_tags(&site, &Page::Article(&a), "/proj/");
        let url = "https://x.github.io/proj/articles/harbour-wall-reopens/";
        assert!(
            head.contains(&format!(r#"<link rel="canonical" href="{url}">"#)),
            "{head}"
        );
        assert_eq!(property(&head, "og:url"), Some(url));
        assert_eq!(
            property(&head, "og:image"),
            Some("https://x.github.io/proj/content/images/wall.jpg")
        );
        assert!(head.contains(r#"href="/proj/feed.xml">"#), "{head}");
        assert!(!head.contains("proj//") && !head.contains("proj/proj"), "{head}");
        let front = head_tags(&site, &Page::Front(&a), "/proj/");
        assert_eq!(property(&front, "og:url"), Some("https://x.github.io/proj/"));

        // Written without the trailing slash, the address still joins the same way.
        let bare = site_from(json!({
            "name": "Proj", "url": "https://x.github.io/proj", "language": "en", "footer": "F"
        }));
        assert_eq!(
            head_tags(&bare, &Page::Article(&a), "/proj/"),
            head.replace("proj/\"", "proj\"")
        );
        assert!(robots_txt(&bare).contains("https://x.github.io/proj/sitemap.xml"));
        let feed = atom_feed(&site, &[&a]);
        assert!(feed.contains(
            r#"<link rel="self" type="application/atom+xml" href="https://x.github.io/proj/feed.xml"/>"#
        ));
        assert!(feed.contains(&format!("<id>{url}</id>")));
        assert!(sitemap(&site, &[&a], &[]).contains("<loc>https://x.github.io/proj/</loc>"));
    }

    #[test]
    fn public_url_without_trailing_slash_still_links_the_feed() {
        let site = site();
        let head = head_tags(&site, &Page::NotFound, "/prefix");
        assert!(head.contains(r#"href="/prefix/feed.xml">"#), "{head}");
    }

    #[test]
    fn first_figure_is_the_preview_image() {
        let site = site();
        let a = with_figure("/content/images/wall.jpg");
        let head = head_tags(&site, &Page::Article(&a), "/");
        let src = "https://ledger.example/content/images/wall.jpg";
        assert_eq!(property(&head, "og:image"), Some(src));
        assert_eq!(
            property(&head, "og:image:alt"),
            Some("Walkers on the &quot;new&quot; wall")
        );
        assert_eq!(property(&head, "og:image:width"), Some("1200"));
        assert_eq!(property(&head, "og:image:height"), Some("675"));
        assert_eq!(name(&head, "twitter:card"), Some("summary_large_image"));
        assert_eq!(name(&head, "twitter:image"), Some(src));
        assert_eq!(
            name(&head, "twitter:image:alt"),
            Some("Walkers on the &quot;new&quot; wall")
        );
        assert!(!head.contains("second.jpg"), "{head}");
        assert_eq!(ld(&head)["image"], json!([src]));
    }

    #[test]
    fn off_site_images_are_kept_as_written() {
        let site = site();
        let a = with_figure("https://cdn.example/wall.jpg?w=1200&h=675");
        let head = head_tags(&site, &Page::Article(&a), "/");
        assert_eq!(
            property(&head, "og:image"),
            Some("https://cdn.example/wall.jpg?w=1200&amp;h=675")
        );
        assert_eq!(
            ld(&head)["image"],
            json!(["https://cdn.example/wall.jpg?w=1200&h=675"])
        );
    }

    #[test]
    fn no_image_means_a_summary_card_and_no_image_keys() {
        let site = site();
        let a = article(json!({}));
        let head = head_tags(&site, &Page::Article(&a), "/");
        assert_eq!(name(&head, "twitter:card"), Some("summary"));
        assert!(!head.contains("og:image"), "{head}");
        assert!(!head.contains("twitter:image"), "{head}");
        assert!(ld(&head).get("image").is_none());
    }

    #[test]
    fn not_found_is_noindex_without_canonical_or_json_ld() {
        let site = site();
        let head = head_tags(&site, &Page::NotFound, "/");
        assert!(head.starts_with("<title>Page not found – The Harbour Ledger</title>\n"));
        assert!(
            head.contains(r#"<meta name="robots" content="noindex">"#),
            "{head}"
        );
        assert!(!head.contains("canonical"), "{head}");
        assert!(!head.contains("ld+json") && !head.contains("<script"), "{head}");
        assert!(!head.contains("og:url") && !head.contains("article:"), "{head}");
        assert_eq!(property(&head, "og:type"), Some("website"));
        assert_eq!(property(&head, "og:title"), Some("Page not found"));
        assert_eq!(name(&head, "twitter:card"), Some("summary"));
        assert!(name(&head, "description").is_some_and(|d| !d.is_empty()));
        assert!(head.contains(r#"type="application/atom+xml""#));
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
        let head = head_tags(&site, &Page::Article(&a), "/");
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
        let value = ld(&head_tags(&site, &Page::Article(&a), "/"));
        assert_eq!(value["datePublished"], "2025-03-13T08:00:00Z");
        assert_eq!(value["dateModified"], "2025-03-13T08:00:00Z");
        let headline = value["headline"].as_str().unwrap();
        assert!(headline.chars().count() <= 110, "{headline}");
        assert!(headline.ends_with("Harbour…"), "{headline}");
        // The page title and og:title keep the whole headline.
        let head = head_tags(&site, &Page::Article(&a), "/");
        assert_eq!(property(&head, "og:title"), Some(long.trim_end()));
    }

    #[test]
    fn description_falls_back_in_order() {
        let site = site();
        let both = article(json!({ "summary": "Summary.", "standfirst": "Standfirst." }));
        assert_eq!(description(&site, &Page::Article(&both)), "Summary.");
        let standfirst = article(json!({ "standfirst": "Standfirst." }));
        assert_eq!(description(&site, &Page::Article(&standfirst)), "Standfirst.");
        assert_eq!(description(&site, &Page::Front(&standfirst)), "Standfirst.");
        let bare = article(json!({}));
        assert_eq!(description(&site, &Page::Front(&bare)), "Port Alder's newspaper");
        assert_eq!(
            description(&site, &Page::Article(&bare)),
            "The wall reopened on Thursday."
        );
        let no_tagline = site_from(json!({
            "name": "N", "url": "https://n.example/", "language": "en", "footer": "F"
        }));
        assert_eq!(
            description(&no_tagline, &Page::Front(&bare)),
            "The wall reopened on Thursday."
        );
        // Blank summaries do not count.
        let blank = article(json!({ "summary": "  ", "standfirst": "Standfirst." }));
        assert_eq!(description(&site, &Page::Article(&blank)), "Standfirst.");
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
        let d = description(&site, &Page::Article(&a));
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
        let head = head_tags(&site, &Page::Article(&a), "/");
        assert!(
            head.starts_with("<title>Harbour Wall – The Harbour Ledger</title>\n"),
            "{head}"
        );
        assert_eq!(name(&head, "description"), Some("Line one line two"));
        assert_eq!(ld(&head)["headline"], "Harbour Wall");
    }

    #[test]
    fn dates_become_rfc3339() {
        let d = |s: &str| rfc3339(&Date::parse(s).unwrap());
        assert_eq!(d("2024-12-24"), "2024-12-24T00:00:00Z");
        assert_eq!(d("2024-12-24T09:30:00Z"), "2024-12-24T09:30:00Z");
        assert_eq!(d("2024-12-24T09:30Z"), "2024-12-24T09:30:00Z");
        assert_eq!(d("2024-12-24T09:30"), "2024-12-24T09:30:00Z");
        assert_eq!(d("2024-12-24T09:30:15"), "2024-12-24T09:30:15Z");
        assert_eq!(d("2024-12-24T09:30+02:00"), "2024-12-24T09:30:00+02:00");
        assert_eq!(d("2024-12-24T09:30:15-05:30"), "2024-12-24T09:30:15-05:30");
        let w = |s: &str| w3c_datetime(&Date::parse(s).unwrap());
        assert_eq!(w("2024-12-24"), "2024-12-24");
        assert_eq!(w("2024-12-24T09:30"), "2024-12-24T09:30Z");
        assert_eq!(w("2024-12-24T09:30+02:00"), "2024-12-24T09:30+02:00");
        assert_eq!(w("2024-12-24T09:30:00Z"), "2024-12-24T09:30:00Z");
    }

    fn three_articles() -> Vec<Article> {
        vec![
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
    }

    #[test]
    fn sitemap_lists_the_front_page_and_each_article_once() {
        let site = site();
        let articles = three_articles();
        let refs: Vec<&Article> = articles.iter().collect();
        let xml = sitemap(&site, &refs, &[]);
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
        assert!(xml.contains(r#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#));
        assert_balanced(&xml, &["urlset", "url", "loc", "lastmod"]);
        assert_eq!(count(&xml, "<url>"), 4);
        assert_eq!(count(&xml, "<loc>https://ledger.example/</loc>"), 1);
        for a in &articles {
            let loc = format!("<loc>https://ledger.example/articles/{}/</loc>", a.slug);
            assert_eq!(count(&xml, &loc), 1, "{loc} in:\n{xml}");
        }
        // The front page changed when any article last did.
        assert!(
            xml.contains("<loc>https://ledger.example/</loc>\n    <lastmod>2025-03-22T08:15:00Z</lastmod>")
        );
        assert!(xml.contains("lifeboat-rescue/</loc>\n    <lastmod>2025-03-20T21:00:00Z</lastmod>"));
        assert!(xml.contains("breakwater-approved/</loc>\n    <lastmod>2025-03-22T08:15:00Z</lastmod>"));
        assert!(xml.contains("fish-festival/</loc>\n    <lastmod>2025-02-01</lastmod>"));
        // A repeated article is listed once.
        let twice = sitemap(&site, &[refs[0], refs[0]], &[]);
        assert_eq!(count(&twice, "lifeboat-rescue"), 1);
    }

    #[test]
    fn sitemap_escapes_addresses() {
        let site = site_from(json!({
            "name": "N", "url": "https://n.example/a&b/", "language": "en", "footer": "F"
        }));
        let a = article(json!({}));
        let xml = sitemap(&site, &[&a], &[]);
        assert!(xml.contains("<loc>https://n.example/a&amp;b/articles/harbour-wall-reopens/</loc>"));
        assert!(!xml.contains("a&b"));
    }

    #[test]
    fn atom_feed_has_every_article_once_with_rfc3339_dates() {
        let site = site();
        let articles = three_articles();
        let refs: Vec<&Article> = articles.iter().collect();
        let xml = atom_feed(&site, &refs);
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
        assert!(xml.contains(r#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">"#));
        const FEED_TAGS: &[&str] = &[
            "feed",
            "id",
            "title",
            "subtitle",
            "link",
            "updated",
            "entry",
            "published",
            "author",
            "name",
            "summary",
        ];
        assert_balanced(&xml, FEED_TAGS);
        assert_only_tags(&xml, &[&["?xml"], FEED_TAGS].concat());
        assert!(xml.contains("  <id>https://ledger.example/</id>\n"));
        assert!(xml.contains("  <title>The Harbour Ledger</title>\n"));
        assert!(xml.contains("  <subtitle>Port Alder&#39;s newspaper</subtitle>\n"));
        assert!(xml.contains(r#"<link rel="alternate" type="text/html" href="https://ledger.example/"/>"#));
        assert!(xml.contains(
            r#"<link rel="self" type="application/atom+xml" href="https://ledger.example/feed.xml"/>"#
        ));
        assert!(
            xml.contains("  <updated>2025-03-22T08:15:00Z</updated>\n"),
            "{xml}"
        );
        assert_eq!(count(&xml, "<entry>"), 3);
        for a in &articles {
            let url = format!("https://ledger.example/articles/{}/", a.slug);
            assert_eq!(count(&xml, &format!("<id>{url}</id>")), 1, "{url}");
            assert_eq!(count(&xml, &format!("href=\"{url}\"")), 1, "{url}");
        }
        // Newest first, as given.
        let positions: Vec<usize> = articles.iter().map(|a| xml.find(&a.slug).unwrap()).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]));
        assert!(xml.contains("<published>2025-02-01T00:00:00Z</published>"));
        assert!(xml.contains("<updated>2025-02-01T00:00:00Z</updated>"));
        assert!(xml.contains("<published>2025-03-10T00:00:00Z</published>"));
        assert!(xml.contains("<updated>2025-03-22T08:15:00Z</updated>\n    <author>"));
        assert!(xml.contains("<author>\n      <name>Mara Penrose</name>\n    </author>"));
        assert!(xml.contains("<title>Breakwater &lt;b&gt;Approved&lt;/b&gt; &amp; Funded</title>"));
        assert!(xml.contains(concat!(
            "<summary>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; ",
            "&quot;Fish&quot; &amp; &#39;Chips&#39;</summary>"
        )));
        // Without a summary, the entry is summarised like the article page: its first paragraph.
        assert!(xml.contains("<summary>The wall reopened on Thursday.</summary>"));
    }

    #[test]
    fn atom_feed_without_tagline_has_no_subtitle() {
        let site = site_from(json!({
            "name": "N & Co", "url": "https://n.example/", "language": "en", "footer": "F"
        }));
        let a = article(json!({}));
        let xml = atom_feed(&site, &[&a]);
        assert!(!xml.contains("subtitle"));
        assert!(xml.contains("<title>N &amp; Co</title>"));
        assert!(xml.contains("  <updated>2025-03-13T00:00:00Z</updated>\n"));
    }

    #[test]
    fn robots_points_at_the_sitemap() {
        assert_eq!(
            robots_txt(&site()),
            "User-agent: *\nAllow: /\n\nSitemap: https://ledger.example/sitemap.xml\n"
        );
    }

    #[test]
    fn a_list_page_has_its_title_canonical_description_and_feed() {
        let site = site();
        let listing = Listing {
            title: "Tag: storm (page 2 of 3)".into(),
            description: "Articles tagged storm on The Harbour Ledger, newest first.".into(),
            path: "/tag/storm/page/2/".into(),
            feed: Some((
                "Tag: storm – The Harbour Ledger".into(),
                "/tag/storm/feed.xml".into(),
            )),
        };
        let head = head_tags(&site, &Page::List(&listing), "/proj/");
        assert!(head.contains("<title>Tag: storm (page 2 of 3) – The Harbour Ledger</title>"));
        assert!(head.contains(r#"<link rel="canonical" href="https://ledger.example/tag/storm/page/2/">"#));
        assert_eq!(property(&head, "og:type"), Some("website"));
        assert_eq!(property(&head, "og:title"), Some("Tag: storm (page 2 of 3)"));
        assert!(head.contains(
            r#"<link rel="alternate" type="application/atom+xml" title="Tag: storm – The Harbour Ledger" href="/proj/tag/storm/feed.xml">"#
        ));
        assert!(!head.contains("application/ld+json"), "no article, no JSON-LD");
    }

    #[test]
    fn pager_links_are_absolute_and_only_where_there_is_a_page() {
        let site = site();
        assert_eq!(
            pager_links(&site, Some("/"), Some("/page/3/")),
            "<link rel=\"prev\" href=\"https://ledger.example/\">\n<link rel=\"next\" href=\"https://ledger.example/page/3/\">"
        );
        assert_eq!(pager_links(&site, None, None), "");
    }

    #[test]
    fn a_term_feed_has_its_own_title_addresses_and_the_newest_twenty() {
        let site = site();
        let articles: Vec<Article> = (0..25)
            .map(|i| {
                article_with(
                    &format!("a{i:02}"),
                    json!({ "published": format!("2024-01-{:02}", 25 - i) }),
                )
            })
            .collect();
        let refs: Vec<&Article> = articles.iter().collect();
        let xml = feed(
            &site,
            "Tag: storm – The Harbour Ledger",
            "/tag/storm/",
            "/tag/storm/feed.xml",
            &refs,
        );
        assert!(xml.contains("<title>Tag: storm – The Harbour Ledger</title>"));
        assert!(xml.contains("<id>https://ledger.example/tag/storm/</id>"));
        assert!(xml.contains(r#"<link rel="self" type="application/atom+xml" href="https://ledger.example/tag/storm/feed.xml"/>"#));
        assert_eq!(count(&xml, "<entry>"), FEED_ENTRIES);
        assert!(
            xml.contains("/articles/a00/")
                && xml.contains("/articles/a19/")
                && !xml.contains("/articles/a20/")
        );
        assert_balanced(&xml, &["feed", "entry", "title", "id"]);
    }

    #[test]
    fn past_the_limit_the_sitemap_becomes_an_index_of_sitemaps() {
        let site = site();
        let articles = three_articles();
        let refs: Vec<&Article> = articles.iter().collect();
        let lists = ["/tag/storm/".to_owned(), "/page/2/".to_owned()];
        // Within the limit, one file.
        let one = sitemaps(&site, &refs, &lists);
        assert_eq!(one.len(), 1);
        assert_eq!(one[0], ("/sitemap.xml".to_owned(), sitemap(&site, &refs, &lists)));
        // Six addresses, two to a file: an index and three sitemaps that list each address once.
        let urls = sitemap_urls(&site, &refs, &lists);
        let files = split_sitemap(&site, &urls, 2);
        let paths: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            paths,
            [
                "/sitemap.xml",
                "/sitemap-1.xml",
                "/sitemap-2.xml",
                "/sitemap-3.xml"
            ]
        );
        let index = &files[0].1;
        assert!(index.contains(r#"<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#));
        assert_balanced(index, &["sitemapindex", "sitemap", "loc", "lastmod"]);
        for n in 1..=3 {
            let loc = format!("<loc>https://ledger.example/sitemap-{n}.xml</loc>");
            assert_eq!(count(index, &loc), 1, "{index}");
        }
        // Each part says when its newest page changed; the list pages' part has no date.
        assert!(index.contains("sitemap-1.xml</loc>\n    <lastmod>2025-03-22T08:15:00Z</lastmod>"));
        assert!(index.contains("sitemap-3.xml</loc>\n  </sitemap>"));
        let parts: String = files[1..].iter().map(|(_, xml)| xml.as_str()).collect();
        assert_eq!(count(&parts, "<url>"), 6);
        for (_, xml) in &files[1..] {
            assert_eq!(count(xml, "<url>"), 2);
            assert_balanced(xml, &["urlset", "url", "loc"]);
        }
        for loc in ["https://ledger.example/", "https://ledger.example/tag/storm/"] {
            assert_eq!(count(&parts, &format!("<loc>{loc}</loc>")), 1);
        }
    }

    #[test]
    fn the_sitemap_lists_list_pages_too() {
        let site = site();
        let a = article(json!({}));
        let xml = sitemap(&site, &[&a], &["/tag/storm/".into(), "/page/2/".into()]);
        assert!(xml.contains("<loc>https://ledger.example/tag/storm/</loc>"));
        assert!(xml.contains("<loc>https://ledger.example/page/2/</loc>"));
        assert_eq!(count(&xml, "<url>"), 4);
    }
}
