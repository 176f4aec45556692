//! The XSS corpus (`tests/xss/payloads.json`) through the content JSON, the first of the site's
//! three inputs (the comment form and comments from Isso are tested in the browser).
//!
//! - Text fields: every markup payload in every text field of the site and of an article, rendered
//!   by the prerenderer. The page must have exactly the elements and attributes of the same page
//!   with harmless text, no `on…` attribute, no script but JSON data and the site's own loader, and
//!   no `javascript:`, `vbscript:` or `data:` address; the comment box's props (JSON in an
//!   attribute) must read back as the article's title and comments; the feed and sitemap must keep
//!   their structure too.
//! - Link fields: every hostile address in every link and image field is refused by the content
//!   check, on one line that names the field; hostile-looking but valid addresses are accepted,
//!   written as URLs (percent-encoded), and never leave their attribute.
//!
//! Native only (feature `ssr`): it drives the build-time renderer.
#![cfg(feature = "ssr")]

use build::{render_site, TrunkOutput};
use content::{check_set, parse_article, parse_site, ArticleFile, Base, ContentError, ContentSet, Href};
use serde_json::{json, Value};
use std::path::PathBuf;

const CORPUS: &str = include_str!("xss/payloads.json");

struct Payload {
    id: String,
    text: String,
    /// For inert links: whether it is also a valid image address.
    image: bool,
}

fn corpus(kind: &str, field: &str) -> Vec<Payload> {
    let all: Value = serde_json::from_str(CORPUS).expect("payloads.json is JSON");
    all[kind]
        .as_array()
        .unwrap_or_else(|| panic!("payloads.json has no {kind}"))
        .iter()
        .map(|p| Payload {
            id: p["id"].as_str().expect("id").to_owned(),
            text: p[field].as_str().expect("payload").to_owned(),
            image: p["image"].as_bool().unwrap_or(false),
        })
        .collect()
}

// ---- content with a payload everywhere ------------------------------------------------------

/// `site.json` with `t` in every text field and `href` in every link field.
fn site_json(t: &str, href: &str, image: &str) -> Value {
    json!({
        "name": t, "url": "https://xss.example/", "tagline": t, "language": "en",
        "links": [{ "label": t, "href": href }],
        "footer": t,
        "sidebar": [
            { "visitor_counter": { "title": t, "today": 1, "total": 2 } },
            { "product_list": { "title": t, "products": [
                { "name": t, "href": href, "excerpt": t,
                  "image": { "src": image, "alt": t, "width": 10, "height": 10 } }
            ] } }
        ]
    })
}

/// An article with `t` in every text field and `href` in every link field.
fn article_json(slug: &str, t: &str, href: &str, image: &str, website: &str) -> Value {
    let link = json!({ "link": { "text": t, "href": href } });
    let inline = json!([t, { "em": t }, { "strong": [t, { "em": [t, link.clone()] }] }, { "code": t }, link]);
    json!({
        "slug": slug, "title": t, "standfirst": t, "summary": t,
        "published": "2025-01-10", "author": t,
        "sections": [
            { "heading": t, "blocks": [
                { "paragraph": inline.clone() },
                { "subheading": t },
                { "list": { "ordered": false, "items": [t, inline.clone()] } },
                { "list": { "ordered": true, "items": [inline.clone()] } },
                { "quote": { "text": inline.clone(), "cite": t } },
                { "figure": { "image": { "src": image, "alt": t, "width": 10, "height": 10 }, "caption": inline } }
            ] },
            { "heading": t, "blocks": [{ "paragraph": t }] }
        ],
        "comments": [
            { "id": "c1", "author": t, "website": website, "date": "2025-01-10", "text": t },
            { "id": "c2", "parent": "c1", "author": t, "date": "2025-01-11", "text": format!("{t}\n\n{t}\n{t}") }
        ]
    })
}

fn content_set(site: &Value, articles: &[Value]) -> (ContentSet, Vec<ArticleFile>) {
    let files: Vec<ArticleFile> = articles
        .iter()
        .map(|a| ArticleFile {
            file: format!("articles/{}.json", a["slug"].as_str().unwrap()),
            bytes: serde_json::to_vec_pretty(a).unwrap(),
        })
        .collect();
    let site = serde_json::to_vec_pretty(site).unwrap();
    let set =
        check_set("site.json", &site, &files).unwrap_or_else(|e| panic!("the content should pass: {e}"));
    (set, files)
}

/// A page as Trunk leaves it, with its inline module loader.
const TRUNK_INDEX: &str = r#"<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Broadsheet</title>
<script type="module">
import init, * as bindings from '/assets/broadsheet-0123456789abcdef.js';
const wasm = await init({ module_or_path: '/assets/broadsheet-0123456789abcdef_bg.wasm' });
window.wasmBindings = bindings;
</script>
    <link rel="stylesheet" href="/assets/base-0123456789abcdef.css" integrity="sha384-x"/>
  </head>
  <body>
    <div id="crash" class="crash" role="alert" hidden><p>Something went wrong.</p></div>
    <div id="app"></div>
  </body>
</html>
"#;

fn render(site: &Value, articles: &[Value]) -> Vec<(PathBuf, String)> {
    let (set, files) = content_set(site, articles);
    let _ = files;
    let trunk = TrunkOutput {
        index_html: TRUNK_INDEX.to_owned(),
        headers: "/*\n  Content-Security-Policy: x\n".to_owned(),
        stylesheets: vec![("assets/base-0123456789abcdef.css".to_owned(), "body{}".to_owned())],
        modules: Default::default(),
    };
    render_site(&trunk, &set, &Base::new("/"))
        .expect("renders")
        .written
}

/// The same text with every character but whitespace made harmless: the page it gives has the
/// structure a page must keep whatever its text.
fn harmless(t: &str) -> String {
    t.chars()
        .map(|c| if c.is_whitespace() { c } else { 'x' })
        .collect()
}

// ---- reading the HTML -------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
struct Tag {
    name: String,
    /// Names in lower case; values with character references decoded.
    attrs: Vec<(String, String)>,
}

/// Elements whose content the HTML parser reads as text up to their end tag (with scripting on).
const RAW_TEXT: &[&str] = &[
    "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// Every start tag of `html`, read the way an HTML parser tokenizes it: comments, end tags and
/// the text of raw-text elements are skipped, attribute values may be quoted or not.
fn start_tags(html: &str) -> Vec<Tag> {
    let s = html.as_bytes();
    let mut tags = Vec::new();
    let mut i = 0;
    while i < s.len() {
        if s[i..].starts_with(b"<!--") {
            // `<!-->` and `<!--->` close at once.
            let body = i + 4;
            i = if s[body..].starts_with(b">") {
                body + 1
            } else if s[body..].starts_with(b"->") {
                body + 2
            } else {
                find(s, body, b"-->").map_or(s.len(), |e| e + 3)
            };
        } else if s[i] == b'<' && matches!(s.get(i + 1), Some(b'!' | b'?' | b'/')) {
            i = find(s, i, b">").map_or(s.len(), |e| e + 1);
        } else if s[i] == b'<' && s.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
            let (tag, end) = read_tag(s, i + 1);
            i = end;
            if RAW_TEXT.contains(&tag.name.as_str()) {
                let close = format!("</{}", tag.name);
                i = find(&s.to_ascii_lowercase(), i, close.as_bytes()).unwrap_or(s.len());
            }
            tags.push(tag);
        } else {
            i += 1;
        }
    }
    tags
}

fn find(s: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    s[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|at| from + at)
}

fn text(s: &[u8]) -> String {
    String::from_utf8_lossy(s).into_owned()
}

/// Reads a start tag from just after its `<`; returns it and where it ends.
fn read_tag(s: &[u8], mut i: usize) -> (Tag, usize) {
    let stop = |b: u8| b.is_ascii_whitespace() || b == b'/' || b == b'>';
    let skip_space = |mut i: usize| {
        while i < s.len() && s[i].is_ascii_whitespace() {
            i += 1;
        }
        i
    };
    let start = i;
    while i < s.len() && !stop(s[i]) {
        i += 1;
    }
    let name = text(&s[start..i]).to_ascii_lowercase();
    let mut attrs = Vec::new();
    loop {
        while i < s.len() && (s[i].is_ascii_whitespace() || s[i] == b'/') {
            i += 1;
        }
        if i >= s.len() || s[i] == b'>' {
            return (Tag { name, attrs }, (i + 1).min(s.len()));
        }
        let start = i;
        i += 1;
        while i < s.len() && !stop(s[i]) && s[i] != b'=' {
            i += 1;
        }
        let attr = text(&s[start..i]).to_ascii_lowercase();
        i = skip_space(i);
        let mut value = String::new();
        if i < s.len() && s[i] == b'=' {
            i = skip_space(i + 1);
            let (from, to, after) = match s.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = find(s, i + 1, &[q]).unwrap_or(s.len());
                    (i + 1, end, (end + 1).min(s.len()))
                }
                _ => {
                    let mut end = i;
                    while end < s.len() && !s[end].is_ascii_whitespace() && s[end] != b'>' {
                        end += 1;
                    }
                    (i, end, end)
                }
            };
            value = decode_references(&text(&s[from..to]));
            i = after;
        }
        attrs.push((attr, value));
    }
}

/// The character references the renderer writes (`&amp;` … and numeric ones).
fn decode_references(v: &str) -> String {
    let mut out = String::new();
    let mut rest = v;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| match &rest[1..e] {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            r if r.starts_with("#x") || r.starts_with("#X") => {
                u32::from_str_radix(&r[2..], 16).ok().and_then(char::from_u32)
            }
            r if r.starts_with('#') => r[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        });
        match (decoded, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// An address as a browser reads its scheme: ASCII whitespace and control characters removed.
fn scheme_of(url: &str) -> String {
    url.chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase()
}

const URL_ATTRS: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "srcset",
    "background",
    "cite",
];

/// What makes a page unsafe, whatever it looks like otherwise.
fn dangers(tags: &[Tag]) -> Vec<String> {
    let mut found = Vec::new();
    for tag in tags {
        for (name, value) in &tag.attrs {
            if name.starts_with("on") {
                found.push(format!("<{} {name}>", tag.name));
            }
            if name == "style" || name == "srcdoc" {
                found.push(format!("<{} {name}>: {value}", tag.name));
            }
            let scheme = scheme_of(value);
            if URL_ATTRS.contains(&name.as_str())
                && ["javascript:", "vbscript:", "data:"]
                    .iter()
                    .any(|s| scheme.starts_with(s))
            {
                found.push(format!("<{} {name}={value:?}>", tag.name));
            }
        }
        if tag.name == "script" {
            let attr = |n: &str| tag.attrs.iter().find(|(a, _)| a == n).map(|(_, v)| v.as_str());
            // JSON the browser reads but never runs: JSON-LD, and the speculation rules (written by the
            // build from the site's prefix alone, never from content).
            let data = matches!(
                attr("type"),
                Some("application/json" | "application/ld+json" | "speculationrules")
            );
            let loader =
                attr("type") == Some("module") && attr("src").is_some_and(|s| s.starts_with("/assets/"));
            if !data && !loader {
                found.push(format!("a script: {tag:?}"));
            }
        }
        if [
            "iframe", "object", "embed", "base", "svg", "math", "frame", "template",
        ]
        .contains(&tag.name.as_str())
        {
            found.push(format!("<{}>", tag.name));
        }
    }
    found
}

/// Tag names and attribute names, in order: what a page's text may never change.
fn structure(tags: &[Tag]) -> Vec<String> {
    tags.iter()
        .map(|t| {
            let names: Vec<&str> = t.attrs.iter().map(|(n, _)| n.as_str()).collect();
            format!("<{} {}>", t.name, names.join(" "))
        })
        .collect()
}

/// The props of the page's comment box (`<leptos-island data-component="CommentBox_…" data-props>`),
/// as the browser reads the attribute.
fn comment_box_props(html: &str) -> Option<Value> {
    let tags = start_tags(html);
    let island = tags.iter().find(|t| {
        t.name == "leptos-island"
            && t.attrs
                .iter()
                .any(|(n, v)| n == "data-component" && v.starts_with("CommentBox_"))
    })?;
    let (_, props) = island.attrs.iter().find(|(n, _)| n == "data-props")?;
    serde_json::from_str(props).ok()
}

// ---- the tests ----------------------------------------------------------------------------------

#[test]
fn the_corpus_is_big_enough_and_every_payload_calls_the_trap() {
    let markup = corpus("markup", "payload");
    let links = corpus("links", "url");
    let inert = corpus("inert_links", "url");
    assert!(markup.len() + links.len() >= 40, "at least 40 payloads");
    for p in &markup {
        // Each fits every text field, the comment form's name (100 characters) included.
        assert!(
            p.text.chars().count() <= 100,
            "{} is longer than 100 characters",
            p.id
        );
    }
    // Script that runs calls the trap, so a test sees which payload ran (addresses that only lead
    // elsewhere, like `//evil.example/`, cannot run anything and need not).
    let calls = [
        "xss(", "alert(", "confirm(", "prompt(", "msgbox(", "base64,", "atob(",
    ];
    for p in markup.iter().chain(&links).chain(&inert) {
        let script = p.text.to_ascii_lowercase().contains("script") || markup.iter().any(|m| m.id == p.id);
        assert!(
            !script || calls.iter().any(|c| p.text.contains(c)),
            "{} should call window.__xss (or a dialog) if it ever runs: {:?}",
            p.id,
            p.text
        );
    }
    let mut ids: Vec<&str> = markup
        .iter()
        .chain(&links)
        .chain(&inert)
        .map(|p| p.id.as_str())
        .collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "payload ids are unique");
}

#[test]
fn the_page_reader_sees_what_a_browser_would_run() {
    let page = concat!(
        r#"<p title="<img src=x onerror=a()>">&lt;img onerror=b()&gt;<!-- <img onerror=c()> --><!--><i onclick=d()>"#,
        r#"<title><b onclick=e()></title><script type="application/json">"<img onerror=f()>"</script>"#,
        r#"<a href=" JaVa&#x09;script:g()">x</a><IMG SRC=x OnError = 'h()'><svg/onload=i()><script>j()</script>"#,
    );
    let tags = start_tags(page);
    assert_eq!(
        structure(&tags),
        [
            "<p title>",
            "<i onclick>",
            "<title >",
            "<script type>",
            "<a href>",
            "<img src onerror>",
            "<svg onload>",
            "<script >"
        ]
    );
    assert_eq!(tags[4].attrs[0].1, " JaVa\tscript:g()");
    assert_eq!(
        dangers(&tags),
        [
            "<i onclick>",
            "<a href=\" JaVa\\tscript:g()\">",
            "<img onerror>",
            "<svg onload>",
            "<svg>",
            "a script: Tag { name: \"script\", attrs: [] }"
        ]
    );
}

#[test]
fn markup_in_every_text_field_renders_as_text_only() {
    let mut failures = Vec::new();
    for p in corpus("markup", "payload") {
        let slug = format!("xss-{}", p.id);
        let hostile = render(
            &site_json(&p.text, "/", "/content/images/p.svg"),
            &[article_json(
                &slug,
                &p.text,
                "/",
                "/content/images/a.svg",
                "https://a.example/",
            )],
        );
        let benign_text = harmless(&p.text);
        let benign = render(
            &site_json(&benign_text, "/", "/content/images/p.svg"),
            &[article_json(
                &slug,
                &benign_text,
                "/",
                "/content/images/a.svg",
                "https://a.example/",
            )],
        );
        assert_eq!(hostile.len(), benign.len());
        for ((file, html), (_, twin)) in hostile.iter().zip(&benign) {
            let is_markup = ["html", "xml"]
                .iter()
                .any(|e| file.extension().is_some_and(|x| x == *e));
            if !is_markup {
                continue;
            }
            let tags = start_tags(html);
            if structure(&tags) != structure(&start_tags(twin)) {
                let (a, b) = (structure(&tags), structure(&start_tags(twin)));
                let at = a
                    .iter()
                    .zip(&b)
                    .position(|(x, y)| x != y)
                    .unwrap_or(a.len().min(b.len()));
                failures.push(format!(
                    "{} in {}: the text changed the page's elements at element {at}: {:?} where harmless text gives {:?}",
                    p.id,
                    file.display(),
                    a.get(at),
                    b.get(at)
                ));
            }
            for danger in dangers(&tags) {
                failures.push(format!("{} in {}: {danger}", p.id, file.display()));
            }
        }
        let page = &hostile
            .iter()
            .find(|(f, _)| f.ends_with(format!("{slug}/index.html")))
            .expect("the article page")
            .1;
        assert!(page.contains(r#"<meta http-equiv="Content-Security-Policy""#));
        let props = comment_box_props(page)
            .unwrap_or_else(|| panic!("{}: the comment box's props are not JSON in its attribute", p.id));
        let written = article_json(&slug, &p.text, "/", "/content/images/a.svg", "https://a.example/");
        let texts = |comments: &Value, field: &str| -> Vec<Value> {
            comments
                .as_array()
                .map(|cs| cs.iter().map(|c| c[field].clone()).collect())
                .unwrap_or_default()
        };
        if props["title"] != written["title"]
            || texts(&props["comments"], "text") != texts(&written["comments"], "text")
            || texts(&props["comments"], "author") != texts(&written["comments"], "author")
        {
            failures.push(format!(
                "{}: the comment box's props do not read back as written",
                p.id
            ));
        }
    }
    assert_none(&failures);
}

#[test]
fn hostile_but_valid_addresses_stay_inside_their_attributes() {
    let mut failures = Vec::new();
    for p in corpus("inert_links", "url") {
        let image = if p.image {
            p.text.as_str()
        } else {
            "/content/images/a.svg"
        };
        let website = if p.text.starts_with("http") {
            p.text.as_str()
        } else {
            "https://a.example/"
        };
        let slug = format!("xss-{}", p.id);
        let pages = render(
            &site_json("Site", &p.text, image),
            &[article_json(&slug, "Text", &p.text, image, website)],
        );
        // The same kind of address, harmless: links to other sites are marked as such.
        let kind = ["https://", "http://", "mailto:", "/", "#"]
            .into_iter()
            .find(|k| p.text.starts_with(k))
            .expect("a valid address");
        let plain = format!(
            "{kind}{}",
            if kind.ends_with("//") { "ok.example/" } else { "ok" }
        );
        let plain_image = if p.image {
            plain.as_str()
        } else {
            "/content/images/a.svg"
        };
        let twin = render(
            &site_json("Site", &plain, plain_image),
            &[article_json(
                &slug,
                "Text",
                &plain,
                plain_image,
                "https://a.example/",
            )],
        );
        for ((file, html), (_, benign)) in pages.iter().zip(&twin) {
            if file.extension().is_none_or(|x| x != "html") {
                continue;
            }
            let tags = start_tags(html);
            if structure(&tags) != structure(&start_tags(benign)) {
                failures.push(format!(
                    "{} in {}: the address changed the page's elements",
                    p.id,
                    file.display()
                ));
            }
            for danger in dangers(&tags) {
                failures.push(format!("{} in {}: {danger}", p.id, file.display()));
            }
            if file.ends_with(format!("{slug}/index.html")) {
                // The address as a URL writes it: quotes, brackets and spaces percent-encoded.
                let href = Href::parse(&p.text).expect("a valid address");
                let hrefs = tags
                    .iter()
                    .filter(|t| t.name == "a")
                    .filter_map(|t| t.attrs.iter().find(|(n, _)| n == "href"))
                    .filter(|(_, v)| v == href.as_str())
                    .count();
                if hrefs == 0 {
                    failures.push(format!(
                        "{}: no link carries the address whole, as {}",
                        p.id,
                        href.as_str()
                    ));
                }
            }
        }
    }
    assert_none(&failures);
}

/// Every link and image field, with where the content check reports it and what it says.
struct LinkField {
    path: &'static str,
    says: &'static str,
    site: fn(&str) -> Value,
    article: Option<fn(&str) -> Value>,
}

fn site_with(edit: impl Fn(&mut Value)) -> Value {
    let mut site = site_json("Site", "/", "/content/images/p.svg");
    edit(&mut site);
    site
}

fn article_with(edit: impl Fn(&mut Value)) -> Value {
    let mut article = article_json(
        "xss-links",
        "Text",
        "/",
        "/content/images/a.svg",
        "https://a.example/",
    );
    edit(&mut article);
    article
}

fn link_fields() -> Vec<LinkField> {
    let site_only = |path, says, site| LinkField {
        path,
        says,
        site,
        article: None,
    };
    let in_article = |path, says, article| LinkField {
        path,
        says,
        site: |_| site_json("Site", "/", "/content/images/p.svg"),
        article: Some(article),
    };
    const LINK: &str = "is not an allowed link";
    vec![
        site_only("links[0].href", LINK, |u| {
            site_with(|s| s["links"][0]["href"] = u.into())
        }),
        site_only("sidebar[1].product_list.products[0].href", LINK, |u| {
            site_with(|s| s["sidebar"][1]["product_list"]["products"][0]["href"] = u.into())
        }),
        site_only(
            "sidebar[1].product_list.products[0].image.src",
            "is not an allowed image address",
            |u| site_with(|s| s["sidebar"][1]["product_list"]["products"][0]["image"]["src"] = u.into()),
        ),
        site_only("url", "is not the site's public address", |u| {
            site_with(|s| s["url"] = u.into())
        }),
        site_only("comment_server.isso", "is not a comment server address", |u| {
            site_with(|s| s["comment_server"] = json!({ "isso": u }))
        }),
        in_article("sections[0].blocks[0].paragraph[4].link.href", LINK, |u| {
            article_with(|a| a["sections"][0]["blocks"][0]["paragraph"][4]["link"]["href"] = u.into())
        }),
        in_article(
            "sections[0].blocks[0].paragraph[2].strong[1].em[1].link.href",
            LINK,
            |u| {
                article_with(|a| {
                    a["sections"][0]["blocks"][0]["paragraph"][2]["strong"][1]["em"][1]["link"]["href"] =
                        u.into()
                })
            },
        ),
        in_article("sections[0].blocks[2].list.items[1][4].link.href", LINK, |u| {
            article_with(|a| a["sections"][0]["blocks"][2]["list"]["items"][1][4]["link"]["href"] = u.into())
        }),
        in_article("sections[0].blocks[4].quote.text[4].link.href", LINK, |u| {
            article_with(|a| a["sections"][0]["blocks"][4]["quote"]["text"][4]["link"]["href"] = u.into())
        }),
        in_article("sections[0].blocks[5].figure.caption[4].link.href", LINK, |u| {
            article_with(|a| a["sections"][0]["blocks"][5]["figure"]["caption"][4]["link"]["href"] = u.into())
        }),
        in_article(
            "sections[0].blocks[5].figure.image.src",
            "is not an allowed image address",
            |u| article_with(|a| a["sections"][0]["blocks"][5]["figure"]["image"]["src"] = u.into()),
        ),
        in_article("comments[0].website", "is not an allowed website", |u| {
            article_with(|a| a["comments"][0]["website"] = u.into())
        }),
    ]
}

fn refusal(field: &LinkField, url: &str) -> Result<(), Vec<ContentError>> {
    match field.article {
        None => parse_site(
            "site.json",
            &serde_json::to_vec_pretty(&(field.site)(url)).unwrap(),
        )
        .map(|_| ()),
        Some(article) => parse_article(
            "articles/xss-links.json",
            &serde_json::to_vec_pretty(&article(url)).unwrap(),
        )
        .map(|_| ()),
    }
    .map_err(|e| e.0)
}

#[test]
fn every_hostile_address_in_every_link_field_is_refused_with_a_clear_error() {
    let mut failures = Vec::new();
    for field in link_fields() {
        assert!(
            refusal(&field, "https://ok.example/").is_ok(),
            "{}: a web address passes",
            field.path
        );
        for p in corpus("links", "url") {
            let errors = match refusal(&field, &p.text) {
                Ok(()) => {
                    failures.push(format!("{} at {}: {:?} was accepted", p.id, field.path, p.text));
                    continue;
                }
                Err(errors) => errors,
            };
            let [e] = &errors[..] else {
                failures.push(format!(
                    "{} at {}: expected one error, got {errors:?}",
                    p.id, field.path
                ));
                continue;
            };
            let shown = e.to_string();
            if e.path != field.path || !e.message.contains(field.says) || !e.message.contains("expected") {
                failures.push(format!("{} at {}: unclear error: {shown}", p.id, field.path));
            }
            // One line, nothing a terminal would act on, and the value recognisable in it.
            if shown
                .chars()
                .any(|c| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}'))
            {
                failures.push(format!(
                    "{} at {}: control characters in the error: {shown:?}",
                    p.id, field.path
                ));
            }
            if !shown.contains(p.id.as_str()) && !p.text.starts_with("data:text/html;base64") {
                failures.push(format!(
                    "{} at {}: the error does not show the address: {shown}",
                    p.id, field.path
                ));
            }
        }
    }
    assert_none(&failures);
}

#[test]
fn hostile_but_valid_addresses_pass_the_check_where_they_are_allowed() {
    for field in link_fields() {
        for p in corpus("inert_links", "url") {
            let allowed = match field.path {
                "url" | "comment_server.isso" | "comments[0].website" => p.text.starts_with("http"),
                path if path.ends_with(".src") => p.image,
                _ => true,
            };
            let allowed = allowed && !(field.path == "url" && p.text.contains(['?', '#']));
            assert_eq!(
                refusal(&field, &p.text).is_ok(),
                allowed,
                "{} at {}: {:?}",
                p.id,
                field.path,
                p.text
            );
        }
    }
}

/// Fails with every problem found, one per line.
fn assert_none(failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
