//! Property tests of the content parser and its checks (`src/content/`): whatever bytes an editor
//! saves, the check answers with errors that name a line and column inside the file and a JSON
//! path that exists in it — never a panic — and any valid content it is given comes back intact.
//!
//! Bounded for `cargo test`: each property runs its default number of cases (512, or 96 for the
//! costly ones), all in a few seconds. For a longer run set `PROPTEST_CASES`, which every property
//! here honours:
//!
//! ```sh
//! PROPTEST_CASES=200000 cargo test --release --features ssr --test content_props
//! ```
//!
//! A failure is shrunk to a small input and its seed saved in
//! `tests/content_props.proptest-regressions` (kept in git), which every later run tries first; a
//! real bug found that way is fixed in `src/content/` with a named test in `content_messages.rs`.
#![cfg(not(target_arch = "wasm32"))]

use content::href::web_address;
use content::locate::{line_col, locate, JsonPath};
use content::slug::{is_slug, slugify, RESERVED_IDS};
use content::*;
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use serde_json::{json, Map, Value};

/// `default` cases unless `PROPTEST_CASES` says otherwise.
fn cases(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..ProptestConfig::default()
    }
}

// --- What every error must say ------------------------------------------------------------------

/// The source text the positions of `bytes` refer to: the valid UTF-8 prefix, without a BOM.
fn text_of(bytes: &[u8]) -> &str {
    let valid = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default(),
    };
    valid.strip_prefix('\u{FEFF}').unwrap_or(valid)
}

/// Whether `path` (as errors write it: `sections[2].blocks[0].paragraph`, or `[""]` for a key
/// that is not a plain word) leads to a value in `value`; every way of reading it is tried.
fn path_exists(value: &Value, path: &str) -> bool {
    fn go(v: &Value, rest: &str, first: bool) -> bool {
        if rest.is_empty() && !first {
            return true;
        }
        let by_index = rest
            .strip_prefix('[')
            .and_then(|r| r.split_once(']'))
            .is_some_and(|(n, r)| {
                n.parse::<usize>()
                    .ok()
                    .and_then(|n| v.as_array()?.get(n))
                    .is_some_and(|item| go(item, r, false))
            });
        let quoted = v.as_object().is_some_and(|o| {
            o.iter().any(|(k, item)| {
                let q = format!("[{k:?}]");
                rest.starts_with(&q) && go(item, &rest[q.len()..], false)
            })
        });
        let keyed = if first { Some(rest) } else { rest.strip_prefix('.') };
        by_index
            || quoted
            || keyed.is_some_and(|r| {
                v.as_object().is_some_and(|o| {
                    o.iter()
                        .any(|(k, item)| r.starts_with(k.as_str()) && go(item, &r[k.len()..], false))
                })
            })
    }
    path == "(top level)" || go(value, path, true)
}

/// Every error names `file`, a line and column inside `bytes`, and a JSON path that exists in
/// the file whenever the file is JSON.
fn assert_well_placed(file: &str, bytes: &[u8], errors: &[ContentError]) -> Result<(), TestCaseError> {
    prop_assert!(!errors.is_empty(), "an Err with no errors");
    let src = text_of(bytes);
    let lines: Vec<&str> = src.split('\n').collect();
    let parsed: Option<Value> = std::str::from_utf8(bytes)
        .ok()
        .and_then(|s| serde_json::from_str(s.strip_prefix('\u{FEFF}').unwrap_or(s)).ok());
    for e in errors {
        prop_assert_eq!(&e.file, file);
        prop_assert!(!e.message.trim().is_empty(), "empty message: {}", e);
        prop_assert!(!e.path.is_empty(), "no path: {}", e);
        prop_assert!(
            (1..=lines.len()).contains(&e.line),
            "line {} outside the file's {} lines: {}",
            e.line,
            lines.len(),
            e
        );
        let line = lines[e.line - 1];
        prop_assert!(
            (1..=line.chars().count() + 1).contains(&e.column),
            "column {} outside line {} ({} characters): {}",
            e.column,
            e.line,
            line.chars().count(),
            e
        );
        prop_assert_eq!(
            e.to_string(),
            format!("{}:{}:{}: at {}: {}", e.file, e.line, e.column, e.path, e.message)
        );
        if let Some(value) = &parsed {
            prop_assert!(path_exists(value, &e.path), "the path is not in the file: {}", e);
        }
    }
    Ok(())
}

fn check_article(bytes: &[u8]) -> Result<(), TestCaseError> {
    const FILE: &str = "articles/prop.json";
    if let Err(e) = parse_article(FILE, bytes) {
        assert_well_placed(FILE, bytes, &e.0)?;
    }
    Ok(())
}

fn check_site(bytes: &[u8]) -> Result<(), TestCaseError> {
    if let Err(e) = parse_site("site.json", bytes) {
        assert_well_placed("site.json", bytes, &e.0)?;
    }
    Ok(())
}

// --- Generators: valid content ------------------------------------------------------------------

/// Text with at least one visible character, from any part of Unicode (controls included:
/// JSON escapes them).
fn words() -> impl Strategy<Value = String> {
    (r"[^\s]", any::<String>(), r"[ a-zA-Zé’“”<>&\x22\\]{0,12}")
        .prop_map(|(first, rest, tail)| format!("{first}{rest}{tail}"))
}

/// Words short enough for a commenter's name (at most 100 characters).
fn name() -> impl Strategy<Value = String> {
    r"[^\s]\PC{0,40}"
}

fn slug() -> impl Strategy<Value = String> {
    r"[a-z0-9а-я]{1,8}(-[a-z0-9ü]{1,8}){0,3}"
}

fn host() -> impl Strategy<Value = String> {
    r"[a-z0-9]{1,10}(\.[a-z]{2,6}){1,2}(:[0-9]{1,4})?"
}

fn web_url() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["http://", "https://", "HTTPS://"]),
        host(),
        r"(/[a-zA-Z0-9._~%!$&'()*+,;=:@-]{0,10}){0,3}(\?[a-z=&]{0,8})?(#[a-z-]{0,8})?",
    )
        .prop_map(|(scheme, host, rest)| format!("{scheme}{host}{rest}"))
}

fn same_site_path() -> impl Strategy<Value = String> {
    r"/([a-z0-9._-]{1,10}/?){0,3}(\?[a-z=&]{0,8})?(#[a-z-]{0,8})?"
}

fn href_string() -> impl Strategy<Value = String> {
    prop_oneof![
        web_url(),
        same_site_path(),
        r"#[a-z0-9-]{0,12}",
        r"(mailto|MAILTO):[a-z0-9.+-]{1,10}@[a-z0-9-]{1,10}\.[a-z]{2,4}(\?subject=[a-z%0-9]{0,8})?",
    ]
}

fn href() -> impl Strategy<Value = Href> {
    href_string().prop_map(|s| Href::parse(&s).expect("generated a valid href"))
}

fn image() -> impl Strategy<Value = Image> {
    (prop_oneof![web_url(), same_site_path()], words(), 1u32.., 1u32..).prop_map(
        |(src, alt, width, height)| Image {
            src: ImageSrc::parse(&src).expect("generated a valid image address"),
            alt,
            width,
            height,
        },
    )
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        _ => 31,
    }
}

/// Any date the format allows, as text: with or without a time, seconds and offset.
fn date_string() -> impl Strategy<Value = String> {
    (
        0u32..=9999,
        1u32..=12,
        1u32..=31,
        prop::option::of((0u32..24, 0u32..60, prop::option::of(0u32..60))),
        0u8..4,
        0u32..24,
        0u32..60,
    )
        .prop_map(|(y, m, d, time, zone, oh, om)| {
            let d = d.min(days_in_month(y, m));
            let mut s = format!("{y:04}-{m:02}-{d:02}");
            if let Some((h, min, sec)) = time {
                s += &format!("T{h:02}:{min:02}");
                if let Some(sec) = sec {
                    s += &format!(":{sec:02}");
                }
                s += &match zone {
                    0 => String::new(),
                    1 => "Z".to_owned(),
                    2 => format!("+{oh:02}:{om:02}"),
                    _ => format!("-{oh:02}:{om:02}"),
                };
            }
            s
        })
}

fn date() -> impl Strategy<Value = Date> {
    date_string().prop_map(|s| Date::parse(&s).expect("generated a valid date"))
}

fn inlines(depth: u32) -> BoxedStrategy<Inlines> {
    let text = prop_oneof![any::<String>(), words()].prop_map(Inline::Text);
    let leaf = prop_oneof![4 => text, 1 => any::<String>().prop_map(Inline::Code)];
    let span = leaf.prop_recursive(depth, 12, 3, |inner| {
        let run = prop::collection::vec(inner, 0..3).prop_map(Inlines);
        prop_oneof![
            run.clone().prop_map(Inline::Em),
            run.clone().prop_map(Inline::Strong),
            (run, href()).prop_map(|(text, href)| Inline::Link { text, href }),
        ]
    });
    prop::collection::vec(span, 1..4).prop_map(Inlines).boxed()
}

fn block() -> impl Strategy<Value = Block> {
    prop_oneof![
        4 => inlines(3).prop_map(Block::Paragraph),
        1 => any::<String>().prop_map(Block::Subheading),
        1 => (any::<bool>(), prop::collection::vec(inlines(2), 0..4)).prop_map(|(ordered, items)| Block::List(List { ordered, items })),
        1 => (inlines(2), prop::option::of(any::<String>())).prop_map(|(text, cite)| Block::Quote(Quote { text, cite })),
        1 => (image(), prop::option::of(inlines(2))).prop_map(|(image, caption)| Block::Figure(Figure { image, caption })),
    ]
}

/// Sections whose ids never clash: each either derived from its heading, or explicit and made
/// unique by its index (which also keeps it clear of the page's own ids).
fn sections() -> impl Strategy<Value = Vec<Section>> {
    prop::collection::vec(
        (
            prop::option::of(slug()),
            words(),
            prop::collection::vec(block(), 1..5),
        ),
        1..5,
    )
    .prop_map(|sections| {
        sections
            .into_iter()
            .enumerate()
            .map(|(i, (id, heading, blocks))| Section {
                id: id.map(|id| format!("{id}-{i}")),
                heading,
                blocks,
            })
            .collect()
    })
}

/// Comments with unique ids, each reply answering an earlier comment.
fn comments() -> impl Strategy<Value = Vec<Comment>> {
    prop::collection::vec(
        (
            any::<prop::sample::Index>(),
            any::<bool>(),
            name(),
            // As the check keeps it: written as a URL.
            prop::option::of(web_url().prop_map(|u| web_address(&u).expect("generated a web address"))),
            date(),
            words(),
        ),
        0..5,
    )
    .prop_map(|list| {
        list.into_iter()
            .enumerate()
            .map(|(i, (parent, reply, author, website, date, text))| Comment {
                id: format!("c{i}"),
                parent: (reply && i > 0).then(|| format!("c{}", parent.index(i))),
                author,
                website,
                date,
                text,
            })
            .collect()
    })
}

fn article() -> impl Strategy<Value = Article> {
    (
        (
            slug(),
            words(),
            prop::option::of(any::<String>()),
            prop::option::of(any::<String>()),
        ),
        (
            date(),
            prop::option::of(date()),
            (words(), "[a-zA-Z]"),
            prop::option::of(r"[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,2}"),
        ),
        (sections(), any::<bool>(), comments()),
        (
            prop::sample::subsequence(vec!["Harbour", "Council", "Weather News"], 0..=3),
            prop::sample::subsequence(vec!["storm", "sea wall", "budget", "Élodie’s diary"], 0..=4),
        ),
    )
        .prop_map(
            |(
                (slug, title, standfirst, summary),
                (published, updated, (author, letter), language),
                (sections, comments_open, comments),
                (categories, tags),
            )| {
                // An author's name needs a letter or digit, for the author's page address.
                let author = format!("{author}{letter}");
                let names = |v: Vec<&str>| v.into_iter().map(String::from).collect();
                // Updated is never before published.
                let updated = updated.map(|u| if u < published { published.clone() } else { u });
                Article {
                    schema: None,
                    slug,
                    title,
                    standfirst,
                    summary,
                    published,
                    updated,
                    author,
                    language,
                    categories: names(categories),
                    tags: names(tags),
                    draft: false,
                    sections,
                    comments_open,
                    comments,
                }
            },
        )
}

fn widget() -> impl Strategy<Value = Widget> {
    let product = (
        words(),
        prop::option::of(href()),
        prop::option::of(image()),
        prop::option::of(any::<String>()),
    )
        .prop_map(|(name, href, image, excerpt)| Product {
            name,
            href,
            image,
            excerpt,
        });
    prop_oneof![
        (words(), any::<u64>(), any::<u64>()).prop_map(|(title, a, b)| Widget::VisitorCounter(
            VisitorCounter {
                title,
                today: a.min(b),
                total: a.max(b),
            }
        )),
        (words(), prop::collection::vec(product, 1..4))
            .prop_map(|(title, products)| Widget::ProductList(ProductList { title, products })),
        (prop::option::of(words()), 1usize..20)
            .prop_map(|(title, n)| Widget::RecentArticles(RecentArticles { title, n })),
        prop::option::of(words()).prop_map(|title| Widget::Categories(WidgetTitle { title })),
        prop::option::of(words()).prop_map(|title| Widget::Archives(WidgetTitle { title })),
        prop::option::of(words()).prop_map(|title| Widget::Search(WidgetTitle { title })),
    ]
}

fn site() -> impl Strategy<Value = Site> {
    (
        (words(), web_url(), prop::option::of(any::<String>())),
        r"[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,2}",
        prop::collection::vec((words(), href()), 0..4),
        (
            words(),
            prop::collection::vec(widget(), 0..4),
            prop::option::of(web_url()),
            1..50usize,
        ),
    )
        .prop_map(
            |((name, url, tagline), language, links, (footer, sidebar, isso, per_page))| Site {
                schema: None,
                name,
                url: url.split(['?', '#']).next().unwrap_or_default().to_owned(),
                tagline,
                language,
                links: links
                    .into_iter()
                    .map(|(label, href)| NavLink { label, href })
                    .collect(),
                footer,
                sidebar,
                comment_server: isso.map(CommentServer::Isso),
                per_page,
                messages: Default::default(),
            },
        )
}

// --- Writing the model back out as the JSON an editor would write -------------------------------

fn insert_some<T: Into<Value>>(map: &mut Map<String, Value>, key: &str, value: Option<T>) {
    if let Some(v) = value {
        map.insert(key.to_owned(), v.into());
    }
}

/// A single plain string as a string, anything else as an array of spans.
fn inlines_json(text: &Inlines) -> Value {
    match text.0.as_slice() {
        [Inline::Text(s)] => json!(s),
        spans => Value::Array(
            spans
                .iter()
                .map(|span| match span {
                    Inline::Text(s) => json!(s),
                    Inline::Code(s) => json!({ "code": s }),
                    Inline::Em(t) => json!({ "em": inlines_json(t) }),
                    Inline::Strong(t) => json!({ "strong": inlines_json(t) }),
                    Inline::Link { text, href } => {
                        json!({ "link": { "text": inlines_json(text), "href": href.as_str() } })
                    }
                })
                .collect(),
        ),
    }
}

fn image_json(i: &Image) -> Value {
    json!({ "src": i.src.as_str(), "alt": i.alt, "width": i.width, "height": i.height })
}

fn block_json(block: &Block) -> Value {
    match block {
        Block::Paragraph(t) => json!({ "paragraph": inlines_json(t) }),
        Block::Subheading(s) => json!({ "subheading": s }),
        Block::List(l) => {
            json!({ "list": { "ordered": l.ordered, "items": l.items.iter().map(inlines_json).collect::<Vec<_>>() } })
        }
        Block::Quote(q) => {
            let mut m = Map::new();
            m.insert("text".into(), inlines_json(&q.text));
            insert_some(&mut m, "cite", q.cite.clone());
            json!({ "quote": m })
        }
        Block::Figure(f) => {
            let mut m = Map::new();
            m.insert("image".into(), image_json(&f.image));
            insert_some(&mut m, "caption", f.caption.as_ref().map(inlines_json));
            json!({ "figure": m })
        }
    }
}

fn article_json(a: &Article) -> Value {
    let mut m = Map::new();
    m.insert("slug".into(), json!(a.slug));
    m.insert("title".into(), json!(a.title));
    insert_some(&mut m, "standfirst", a.standfirst.clone());
    insert_some(&mut m, "summary", a.summary.clone());
    m.insert("published".into(), json!(a.published.as_str()));
    insert_some(
        &mut m,
        "updated",
        a.updated.as_ref().map(|d| d.as_str().to_owned()),
    );
    m.insert("author".into(), json!(a.author));
    insert_some(&mut m, "language", a.language.clone());
    if !a.categories.is_empty() {
        m.insert("categories".into(), json!(a.categories));
    }
    if !a.tags.is_empty() {
        m.insert("tags".into(), json!(a.tags));
    }
    let sections = a
        .sections
        .iter()
        .map(|s| {
            let mut sm = Map::new();
            insert_some(&mut sm, "id", s.id.clone());
            sm.insert("heading".into(), json!(s.heading));
            sm.insert("blocks".into(), s.blocks.iter().map(block_json).collect());
            Value::Object(sm)
        })
        .collect();
    m.insert("sections".into(), sections);
    // Left out when true, as editors usually do.
    if !a.comments_open {
        m.insert("comments_open".into(), json!(false));
    }
    let comments: Vec<Value> = a
        .comments
        .iter()
        .map(|c| {
            let mut cm = Map::new();
            cm.insert("id".into(), json!(c.id));
            insert_some(&mut cm, "parent", c.parent.clone());
            cm.insert("author".into(), json!(c.author));
            insert_some(&mut cm, "website", c.website.clone());
            cm.insert("date".into(), json!(c.date.as_str()));
            cm.insert("text".into(), json!(c.text));
            Value::Object(cm)
        })
        .collect();
    if !comments.is_empty() {
        m.insert("comments".into(), Value::Array(comments));
    }
    Value::Object(m)
}

fn site_json(s: &Site) -> Value {
    let mut m = Map::new();
    m.insert("name".into(), json!(s.name));
    m.insert("url".into(), json!(s.url));
    insert_some(&mut m, "tagline", s.tagline.clone());
    m.insert("language".into(), json!(s.language));
    m.insert(
        "links".into(),
        s.links
            .iter()
            .map(|l| json!({ "label": l.label, "href": l.href.as_str() }))
            .collect(),
    );
    m.insert("footer".into(), json!(s.footer));
    let sidebar = s
        .sidebar
        .iter()
        .map(|w| match w {
            Widget::VisitorCounter(c) => {
                json!({ "visitor_counter": { "title": c.title, "today": c.today, "total": c.total } })
            }
            Widget::ProductList(p) => {
                let products: Vec<Value> = p
                    .products
                    .iter()
                    .map(|p| {
                        let mut pm = Map::new();
                        pm.insert("name".into(), json!(p.name));
                        insert_some(&mut pm, "href", p.href.as_ref().map(|h| h.as_str().to_owned()));
                        insert_some(&mut pm, "image", p.image.as_ref().map(image_json));
                        insert_some(&mut pm, "excerpt", p.excerpt.clone());
                        Value::Object(pm)
                    })
                    .collect();
                json!({ "product_list": { "title": p.title, "products": products } })
            }
            Widget::RecentArticles(r) => {
                let mut rm = Map::new();
                insert_some(&mut rm, "title", r.title.clone());
                rm.insert("n".into(), json!(r.n));
                json!({ "recent_articles": rm })
            }
            Widget::Categories(t) | Widget::Archives(t) | Widget::Search(t) => {
                let mut tm = Map::new();
                insert_some(&mut tm, "title", t.title.clone());
                json!({ w.key(): tm })
            }
        })
        .collect();
    m.insert("sidebar".into(), sidebar);
    if let Some(CommentServer::Isso(url)) = &s.comment_server {
        m.insert("comment_server".into(), json!({ "isso": url }));
    }
    // Left out when it is the default, as editors usually do.
    if s.per_page != 10 {
        m.insert("per_page".into(), json!(s.per_page));
    }
    Value::Object(m)
}

/// Compact or indented, as editors and tools write JSON.
fn to_text(value: &Value, pretty: bool) -> String {
    if pretty {
        serde_json::to_string_pretty(value).unwrap()
    } else {
        serde_json::to_string(value).unwrap()
    }
}

// --- Generators: content-shaped JSON that may be wrong in any way ------------------------------

const CONTENT_KEYS: &[&str] = &[
    "slug",
    "title",
    "standfirst",
    "summary",
    "published",
    "updated",
    "author",
    "sections",
    "comments_open",
    "comments",
    "id",
    "heading",
    "blocks",
    "paragraph",
    "subheading",
    "list",
    "ordered",
    "items",
    "quote",
    "text",
    "cite",
    "figure",
    "image",
    "caption",
    "src",
    "alt",
    "width",
    "height",
    "em",
    "strong",
    "code",
    "link",
    "href",
    "parent",
    "website",
    "date",
    "name",
    "url",
    "tagline",
    "language",
    "links",
    "label",
    "footer",
    "sidebar",
    "messages",
    "visitor_counter",
    "today",
    "total",
    "product_list",
    "products",
    "excerpt",
    "comment_server",
    "isso",
    "per_page",
    "categories",
    "tags",
];

/// Strings that mean something to some check: dates good and bad, links good and hostile, slugs,
/// reserved ids, empty and blank text.
fn content_string() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("   ".to_owned()),
        prop::sample::select(RESERVED_IDS).prop_map(str::to_owned),
        prop::sample::select(vec![
            "javascript:alert(1)",
            "JaVaScRiPt:x",
            "data:text/html,x",
            "//evil.example",
            "/\\evil",
            "mailto:",
            "https://",
            "http://x",
            "2023-02-29",
            "2024-13-01",
            "2024-12-24T25:00Z",
            "2024-12-24T09:30+02:00",
            "yesterday",
            "en_GB",
            "en-GB",
            "Café",
            "\u{FEFF}",
            "\u{0}",
            "c1",
            "c2",
        ])
        .prop_map(str::to_owned),
        date_string(),
        href_string(),
        slug(),
        any::<String>(),
    ]
}

/// JSON values shaped like content: objects with the format's keys (and the odd unknown one),
/// arrays, strings from `content_string`, numbers of every kind, booleans and nulls.
fn content_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (0u32..5000).prop_map(Value::from),
        prop::sample::select(vec![0.5, -1.25, 1e3, 3.0, -0.0]).prop_map(Value::from),
        content_string().prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 6, |inner| {
        let key = prop_oneof![
            9 => prop::sample::select(CONTENT_KEYS).prop_map(str::to_owned),
            1 => any::<String>(),
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key, inner), 0..6).prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// A valid article or site as JSON with one value somewhere in it replaced by `replacement`.
fn replace_somewhere(value: &mut Value, mut pick: usize, replacement: Value) {
    fn count(v: &Value) -> usize {
        1 + match v {
            Value::Array(a) => a.iter().map(count).sum(),
            Value::Object(o) => o.values().map(count).sum(),
            _ => 0,
        }
    }
    fn go(v: &mut Value, pick: &mut usize, replacement: &mut Option<Value>) {
        if *pick == 0 {
            if let Some(r) = replacement.take() {
                *v = r;
            }
            return;
        }
        *pick -= 1;
        match v {
            Value::Array(a) => a.iter_mut().for_each(|c| go(c, pick, replacement)),
            Value::Object(o) => o.values_mut().for_each(|c| go(c, pick, replacement)),
            _ => {}
        }
    }
    pick %= count(value);
    go(value, &mut pick, &mut Some(replacement));
}

fn count_objects(v: &Value, n: &mut usize) {
    match v {
        Value::Object(o) => {
            *n += 1;
            o.values().for_each(|c| count_objects(c, n));
        }
        Value::Array(a) => a.iter().for_each(|c| count_objects(c, n)),
        _ => {}
    }
}

/// Replaces the `pick`th object (in document order) with the list of its values.
fn listify(v: &mut Value, pick: &mut usize) -> bool {
    match v {
        Value::Object(o) if *pick == 0 => {
            *v = Value::Array(o.values().cloned().collect());
            true
        }
        Value::Object(o) => {
            *pick -= 1;
            o.values_mut().any(|c| listify(c, pick))
        }
        Value::Array(a) => a.iter_mut().any(|c| listify(c, pick)),
        _ => false,
    }
}

/// Damage such as an editor or a bad save does: bytes flipped, cut, repeated or inserted.
#[derive(Debug, Clone)]
enum Damage {
    Set(prop::sample::Index, u8),
    Delete(prop::sample::Index, usize),
    Insert(prop::sample::Index, Vec<u8>),
    Repeat(prop::sample::Index, usize),
    Truncate(prop::sample::Index),
}

fn damage() -> impl Strategy<Value = Damage> {
    let interesting = prop::sample::select(b"{}[]\":,\\ \n0-ntf\xC3\xE9\xFF".to_vec());
    prop_oneof![
        (
            any::<prop::sample::Index>(),
            prop_oneof![interesting.clone(), any::<u8>()]
        )
            .prop_map(|(i, b)| Damage::Set(i, b)),
        (any::<prop::sample::Index>(), 1usize..20).prop_map(|(i, n)| Damage::Delete(i, n)),
        (
            any::<prop::sample::Index>(),
            prop::collection::vec(prop_oneof![interesting, any::<u8>()], 1..6)
        )
            .prop_map(|(i, b)| Damage::Insert(i, b)),
        (any::<prop::sample::Index>(), 1usize..40).prop_map(|(i, n)| Damage::Repeat(i, n)),
        any::<prop::sample::Index>().prop_map(Damage::Truncate),
    ]
}

fn apply(bytes: &mut Vec<u8>, damage: &Damage) {
    if bytes.is_empty() {
        return;
    }
    match damage {
        Damage::Set(i, b) => {
            let i = i.index(bytes.len());
            bytes[i] = *b;
        }
        Damage::Delete(i, n) => {
            let i = i.index(bytes.len());
            let end = (i + n).min(bytes.len());
            bytes.drain(i..end);
        }
        Damage::Insert(i, b) => {
            let i = i.index(bytes.len() + 1);
            bytes.splice(i..i, b.iter().copied());
        }
        Damage::Repeat(i, n) => {
            let i = i.index(bytes.len());
            let end = (i + n).min(bytes.len());
            let copy = bytes[i..end].to_vec();
            bytes.splice(end..end, copy);
        }
        Damage::Truncate(i) => {
            let i = i.index(bytes.len());
            bytes.truncate(i);
        }
    }
}

/// All paths into a JSON value, to test `locate` against.
fn all_paths(value: &Value, at: JsonPath, out: &mut Vec<(JsonPath, Value)>) {
    out.push((at.clone(), value.clone()));
    match value {
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, v)| all_paths(v, at.clone().index(i), out)),
        Value::Object(o) => o.iter().for_each(|(k, v)| all_paths(v, at.clone().key(k), out)),
        _ => {}
    }
}

/// Byte offset of 1-based line and character column `(line, column)` in `src`.
fn offset_of(src: &str, line: usize, column: usize) -> usize {
    let start: usize = src.split('\n').take(line - 1).map(|l| l.len() + 1).sum();
    start
        + src[start..]
            .char_indices()
            .nth(column - 1)
            .map_or(src.len() - start, |(i, _)| i)
}

// --- The properties -----------------------------------------------------------------------------

proptest! {
    #![proptest_config(cases(512))]

    /// Any bytes at all: an answer, never a panic, and every error in its place.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        check_article(&bytes)?;
        check_site(&bytes)?;
    }

    /// Any text, including JSON-looking text built from JSON's own characters.
    #[test]
    fn arbitrary_json_like_text_never_panics(text in r#"[\{\}\[\]":,\\ \n0-9a-z\-\.eE+é\u{FEFF}]{0,200}"#) {
        check_article(text.as_bytes())?;
        check_site(text.as_bytes())?;
    }

    /// Hrefs: only http(s) with a host, mailto: with an address, or a same-site path or fragment,
    /// never anything a browser could read as another scheme or another host.
    #[test]
    fn hrefs_are_web_mail_or_same_site(
        s in prop_oneof![
            any::<String>(),
            (prop::sample::select(vec![
                "javascript:", "JaVaScRiPt:", " javascript:", "java\tscript:", "java\nscript:", "\u{0}javascript:",
                "data:", "vbscript:", "file:", "ftp://", "//", "/\\", "\\\\", "/ /", "http:", "http:/", "https:/",
                "https://", "http:\\\\", "mailto:", "MAILTO:", "/", "#", "?", "&#106;avascript:", "%6Aavascript:",
                "\u{FEFF}/", "\u{200B}javascript:", "／／", "https://\u{0}",
            ]), any::<String>()).prop_map(|(p, s)| format!("{p}{s}")),
            href_string(),
        ]
    ) {
        let bad_char = s.chars().any(|c| c.is_whitespace() || c.is_control() || c == '\\');
        let lower = s.to_ascii_lowercase();
        let web = ["http://", "https://"]
            .iter()
            .any(|p| lower.starts_with(p) && s[p.len()..].chars().next().is_some_and(|c| c != '/'));
        let mail = lower.starts_with("mailto:") && s.len() > "mailto:".len();
        // A user name or password before `@` (even an empty one, `https://@host`) is refused.
        let credentials = web && {
            let rest = &s[s.find("://").map_or(0, |i| i + 3)..];
            rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())].contains('@')
        };
        let web = web && !credentials;
        let path = (s.starts_with('/') && !s.starts_with("//")) || s.starts_with('#');
        // Of what the rules allow, what a URL parser cannot read is refused too.
        let site = url::Url::parse("https://site.invalid/").unwrap();
        let is_url = if web || mail { url::Url::parse(&s).is_ok() } else { site.join(&s).is_ok() };
        let allowed = !bad_char && (web || mail || path) && is_url;
        prop_assert_eq!(Href::parse(&s).is_ok(), allowed, "href {:?}", s);
        prop_assert_eq!(
            ImageSrc::parse(&s).is_ok(),
            !bad_char && (web || (path && s.starts_with('/'))) && is_url,
            "image {:?}", s
        );
        if let Ok(h) = Href::parse(&s) {
            // The scheme as a browser reads it (everything before the first `:` that comes before
            // any `/`, `?` or `#`) is http, https or mailto, or there is none.
            let scheme = h.as_str().split(['/', '?', '#']).next().unwrap_or_default().split_once(':').map(|(s, _)| s.to_ascii_lowercase());
            prop_assert!(matches!(scheme.as_deref(), None | Some("http" | "https" | "mailto")), "{:?} has scheme {:?}", s, scheme);
            // Kept as a URL writes it: what a browser resolves it to, in the same form, which
            // reads back as itself; a same-site address stays on the site.
            let resolved = site.join(h.as_str()).map_err(|e| TestCaseError::fail(format!("{h}: {e}")))?;
            let expected = site.join(&s).unwrap();
            prop_assert_eq!(&resolved, &expected, "{:?} became {}", s, h);
            if path {
                prop_assert_eq!(resolved.origin(), site.origin(), "{:?} became {}", s, h);
            } else {
                prop_assert_eq!(h.as_str(), expected.as_str());
            }
            prop_assert_eq!(Href::parse(h.as_str()), Ok(h.clone()));
            // Path, query and fragment are percent-encoded. (A host keeps what WHATWG allows in
            // one, such as `"`; a mailto: address is opaque, where it encodes only controls.)
            if !mail {
                let rest = &resolved[url::Position::BeforePath..];
                prop_assert!(!rest.contains([' ', '"', '<', '>', '\\']), "{:?} became {}", s, h);
            }
        }
    }

    /// Generated hrefs of every allowed kind are accepted, in the article as in the site.
    #[test]
    fn valid_hrefs_are_accepted(s in href_string()) {
        prop_assert!(Href::parse(&s).is_ok(), "{:?}", s);
    }

    /// Dates: anything accepted has the documented shape, and every valid date is accepted as
    /// written; nothing panics.
    #[test]
    fn dates_accept_exactly_the_format(s in prop_oneof![any::<String>(), date_string(), r"[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:]{2,8}([Z+-][0-9:]{0,6})?)?"]) {
        let shape = regex_like_date(&s);
        match Date::parse(&s) {
            Ok(d) => {
                prop_assert!(shape, "{:?} accepted", s);
                prop_assert_eq!(d.as_str(), s.as_str());
                prop_assert!(!d.human().is_empty());
            }
            Err(message) => prop_assert!(message.contains(&format!("`{s}`")), "{}", message),
        }
    }

    /// Unix timestamps (from the comment server) never panic, and in the years the format covers
    /// they give a date that reads back as the same instant.
    #[test]
    fn unix_timestamps_round_trip(seconds in prop_oneof![any::<f64>(), -62_167_219_200.0f64..253_402_300_800.0]) {
        let d = Date::from_unix(seconds);
        if (-62_167_219_200.0..253_402_300_800.0).contains(&seconds) {
            let back = Date::parse(d.as_str());
            prop_assert!(back.is_ok(), "{} gave {}: {:?}", seconds, d, back);
            prop_assert_eq!(back.unwrap(), d);
        }
    }

    /// Slugs: what `slugify` makes is a slug (or empty), and making it again changes nothing.
    #[test]
    fn slugify_makes_slugs(s in prop_oneof![any::<String>(), r"[A-Za-zİıẞßǅ’' 0-9\-]{0,20}"]) {
        let slug = slugify(&s);
        prop_assert_eq!(slugify(&slug), slug.clone(), "from {:?}", s);
        prop_assert!(slug.is_empty() || is_slug(&slug), "{:?} from {:?}", slug, s);
    }

    /// `locate` finds where every value of a JSON document starts, compact or indented.
    #[test]
    fn locate_finds_every_value(value in content_value(), pretty in any::<bool>()) {
        let src = to_text(&value, pretty);
        let mut paths = Vec::new();
        all_paths(&value, JsonPath::default(), &mut paths);
        for (path, expected) in paths {
            let (line, column) = locate(&src, &path);
            let at = offset_of(&src, line, column);
            let mut stream = serde_json::Deserializer::from_str(&src[at..]).into_iter::<Value>();
            let found = stream.next();
            prop_assert!(matches!(&found, Some(Ok(v)) if *v == expected), "{} at {}:{}: {:?}", path, line, column, found);
            prop_assert_eq!(line_col(&src, at), (line, column));
        }
    }
}

proptest! {
    #![proptest_config(cases(96))]

    /// Valid content written out as JSON reads back as exactly the same content.
    #[test]
    fn valid_articles_round_trip(a in article(), pretty in any::<bool>()) {
        let text = to_text(&article_json(&a), pretty);
        let back = parse_article("articles/prop.json", text.as_bytes());
        prop_assert!(back.is_ok(), "refused: {}\n{}", back.unwrap_err(), text);
        prop_assert_eq!(back.unwrap(), a);
    }

    /// The JSON the build gives the browser (section ids written out) reads back as the same
    /// article with the same ids: the browser never derives an id.
    #[test]
    fn valid_sites_round_trip(s in site(), pretty in any::<bool>()) {
        let text = to_text(&site_json(&s), pretty);
        let back = parse_site("site.json", text.as_bytes());
        prop_assert!(back.is_ok(), "refused: {}\n{}", back.unwrap_err(), text);
        prop_assert_eq!(back.unwrap(), s);
    }

    /// Two valid articles in files named after their slugs make a valid set, newest first.
    #[test]
    fn valid_sets_are_accepted(s in site(), mut a in article(), mut b in article()) {
        if a.slug == b.slug {
            b.slug = format!("{}-b", b.slug);
        }
        a.comments.clear();
        b.comments.clear();
        let files: Vec<ArticleFile> = [&a, &b]
            .iter()
            .map(|x| ArticleFile { file: format!("articles/{}.json", x.slug), bytes: to_text(&article_json(x), true).into_bytes() })
            .collect();
        let set = check_set("site.json", to_text(&site_json(&s), false).as_bytes(), &files);
        prop_assert!(set.is_ok(), "refused: {}", set.unwrap_err());
        let set = set.unwrap();
        prop_assert_eq!(set.articles.len(), 2);
        prop_assert!(set.articles[0].published >= set.articles[1].published);
    }

    /// Content-shaped JSON of any structure: never a panic, every error in its place with a path
    /// that exists in the file.
    #[test]
    fn content_shaped_json_never_panics(value in content_value(), pretty in any::<bool>()) {
        let text = to_text(&value, pretty);
        check_article(text.as_bytes())?;
        check_site(text.as_bytes())?;
    }

    /// A valid article or site with one value anywhere swapped for something else: refused or
    /// accepted, never a panic, and every error points into the file at a path that exists.
    #[test]
    fn one_wrong_value_is_placed(a in article(), s in site(), pick in any::<usize>(), wrong in content_value(), pretty in any::<bool>()) {
        let mut value = article_json(&a);
        replace_somewhere(&mut value, pick, wrong.clone());
        check_article(to_text(&value, pretty).as_bytes())?;
        let mut value = site_json(&s);
        replace_somewhere(&mut value, pick, wrong);
        check_site(to_text(&value, pretty).as_bytes())?;
    }

    /// Any object of a valid article written as the list of its values (which serde's derive
    /// would read as the fields in order) is refused, in its place.
    #[test]
    fn lists_never_stand_in_for_objects(a in article(), pick in any::<usize>(), pretty in any::<bool>()) {
        let mut value = article_json(&a);
        let mut objects = 0;
        count_objects(&value, &mut objects);
        listify(&mut value, &mut (pick % objects));
        let text = to_text(&value, pretty);
        let result = parse_article("articles/prop.json", text.as_bytes());
        prop_assert!(result.is_err(), "accepted:\n{}", text);
        assert_well_placed("articles/prop.json", text.as_bytes(), &result.unwrap_err().0)?;
    }

    /// A valid file damaged byte by byte, as a bad save or a stray keystroke would.
    #[test]
    fn damaged_files_are_placed(a in article(), s in site(), damages in prop::collection::vec(damage(), 1..4), pretty in any::<bool>()) {
        let mut bytes = to_text(&article_json(&a), pretty).into_bytes();
        damages.iter().for_each(|d| apply(&mut bytes, d));
        check_article(&bytes)?;
        let mut bytes = to_text(&site_json(&s), pretty).into_bytes();
        damages.iter().for_each(|d| apply(&mut bytes, d));
        check_site(&bytes)?;
    }

    /// Spans nested deeper than anyone writes: a clear error, not a stack overflow.
    #[test]
    fn deep_nesting_is_refused_not_overflowed(depth in 1usize..2000, kind in prop::sample::select(vec!["em", "strong"])) {
        let open = format!("{{\"{kind}\": [");
        let text = format!(
            r#"{{"slug": "deep", "title": "Deep", "published": "2025-01-10", "author": "A", "sections": [{{"heading": "H", "blocks": [{{"paragraph": [{}"x"{}]}}]}}]}}"#,
            open.repeat(depth),
            "]}".repeat(depth)
        );
        match parse_article("articles/deep.json", text.as_bytes()) {
            // Six levels lead to the paragraph's spans, and each span is two more: `{"em": [`.
            Ok(_) => prop_assert!(6 + 2 * depth <= 128, "{} levels accepted", 6 + 2 * depth),
            Err(e) => {
                assert_well_placed("articles/deep.json", text.as_bytes(), &e.0)?;
                prop_assert!(e.0[0].message.contains("nested too deeply"), "{}", e);
            }
        }
    }
}

// --- Every field of every object ----------------------------------------------------------------

/// The `pick`th object (in document order) with `key` set to `value`, or without `key` when
/// `value` is `None`: a field added, replaced or left out.
fn edit_object(v: &mut Value, pick: &mut usize, key: &str, value: &Option<Value>) -> bool {
    match v {
        Value::Object(o) if *pick == 0 => {
            match value {
                Some(value) => o.insert(key.to_owned(), value.clone()),
                None => o.remove(key),
            };
            true
        }
        Value::Object(o) => {
            *pick -= 1;
            o.values_mut().any(|c| edit_object(c, pick, key, value))
        }
        Value::Array(a) => a.iter_mut().any(|c| edit_object(c, pick, key, value)),
        _ => false,
    }
}

/// An article and a site with every optional field and every kind of block, span and widget.
const RICH_ARTICLE: &str = r#"{"slug": "rich", "title": "Rich", "standfirst": "S", "summary": "Sum",
  "published": "2025-01-10", "updated": "2025-01-11T09:30:00Z", "author": "A",
  "sections": [{"id": "one", "heading": "H", "blocks": [
    {"paragraph": ["t", {"em": "e"}, {"strong": ["s"]}, {"code": "c"}, {"link": {"text": "l", "href": "/x"}}]},
    {"subheading": "Sub"},
    {"list": {"ordered": true, "items": ["a", ["b"]]}},
    {"quote": {"text": "q", "cite": "who"}},
    {"figure": {"image": {"src": "/i.svg", "alt": "alt", "width": 640, "height": 480}, "caption": "cap"}}]}],
  "comments_open": false,
  "comments": [{"id": "c1", "author": "Ana", "website": "https://a.example", "date": "2025-01-12", "text": "Hi"},
    {"id": "c2", "parent": "c1", "author": "Bo", "date": "2025-01-12", "text": "Yo"}]}"#;

const RICH_SITE: &str = r#"{"name": "N", "url": "https://n.example/", "tagline": "T", "language": "en",
  "links": [{"label": "Home", "href": "/"}], "footer": "F",
  "sidebar": [{"visitor_counter": {"title": "V", "today": 1, "total": 2}},
    {"product_list": {"title": "P", "products": [{"name": "p", "href": "https://p.example",
      "image": {"src": "/p.png", "alt": "p", "width": 1, "height": 1}, "excerpt": "e"}]}}],
  "comment_server": {"isso": "https://c.example"}}"#;

/// The keys of every object in `v`, in document order (as `count_objects` counts them).
fn keys_of_objects(v: &Value, out: &mut Vec<Vec<String>>) {
    match v {
        Value::Object(o) => {
            out.push(o.keys().cloned().collect());
            o.values().for_each(|c| keys_of_objects(c, out));
        }
        Value::Array(a) => a.iter().for_each(|c| keys_of_objects(c, out)),
        _ => {}
    }
}

/// Every field of every object of a rich article and site left out, set to `null` or to a value
/// of each type, and an unknown key added to every object: never a panic, and every error in its
/// place.
#[test]
fn every_field_of_every_object_may_be_wrong() {
    let values = [
        None,
        Some(Value::Null),
        Some(json!("x")),
        Some(json!(1)),
        Some(json!(true)),
        Some(json!([])),
        Some(json!({})),
    ];
    assert!(parse_article("articles/rich.json", RICH_ARTICLE.as_bytes()).is_ok());
    assert!(parse_site("site.json", RICH_SITE.as_bytes()).is_ok());
    for (file, rich) in [("articles/rich.json", RICH_ARTICLE), ("site.json", RICH_SITE)] {
        let original: Value = serde_json::from_str(rich).unwrap();
        let mut objects = Vec::new();
        keys_of_objects(&original, &mut objects);
        for (pick, keys) in objects.iter().enumerate() {
            for key in keys.iter().map(String::as_str).chain(["unknown"]) {
                for field in &values {
                    let mut value = original.clone();
                    edit_object(&mut value, &mut pick.clone(), key, field);
                    let text = to_text(&value, false);
                    let placed = if file == "site.json" {
                        check_site(text.as_bytes())
                    } else {
                        check_article(text.as_bytes())
                    };
                    if let Err(e) = placed {
                        panic!("{e}");
                    }
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(cases(96))]

    /// A field added, replaced or left out in any object of a valid article or site: never a
    /// panic, and every error in its place.
    #[test]
    fn one_field_added_replaced_or_left_out_is_placed(
        a in article(),
        s in site(),
        pick in any::<usize>(),
        key in prop_oneof![9 => prop::sample::select(CONTENT_KEYS).prop_map(str::to_owned), 1 => any::<String>()],
        field in prop::option::of(prop_oneof![content_value(), Just(Value::Null)]),
        pretty in any::<bool>(),
    ) {
        let mut value = article_json(&a);
        let mut objects = 0;
        count_objects(&value, &mut objects);
        edit_object(&mut value, &mut (pick % objects), &key, &field);
        check_article(to_text(&value, pretty).as_bytes())?;
        let mut value = site_json(&s);
        let mut objects = 0;
        count_objects(&value, &mut objects);
        edit_object(&mut value, &mut (pick % objects), &key, &field);
        check_site(to_text(&value, pretty).as_bytes())?;
    }
}

/// `YYYY-MM-DD`, optionally `THH:MM[:SS]` and `Z` or `±HH:MM`, every part in range.
fn regex_like_date(s: &str) -> bool {
    let num = |t: &str, max: u32| {
        t.len() == 2 && t.bytes().all(|b| b.is_ascii_digit()) && t.parse::<u32>().is_ok_and(|n| n <= max)
    };
    let (date, time) = match s.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !date[..4].bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let (y, m, d) = (date[..4].parse::<u32>().unwrap_or(0), &date[5..7], &date[8..10]);
    if !num(m, 12) || !num(d, 31) {
        return false;
    }
    let (m, d) = (m.parse::<u32>().unwrap_or(0), d.parse::<u32>().unwrap_or(0));
    if m == 0 || d == 0 || d > days_in_month(y, m) {
        return false;
    }
    let Some(t) = time else { return true };
    let (clock, zone) = if let Some(c) = t.strip_suffix('Z') {
        (c, None)
    } else if t.len() >= 6 && matches!(t.as_bytes()[t.len() - 6], b'+' | b'-') {
        (&t[..t.len() - 6], Some(&t[t.len() - 5..]))
    } else {
        (t, None)
    };
    if let Some(z) = zone {
        let Some((h, m)) = z.split_once(':') else {
            return false;
        };
        if !num(h, 23) || !num(m, 59) {
            return false;
        }
    }
    let parts: Vec<&str> = clock.split(':').collect();
    match parts.as_slice() {
        [h, m] => num(h, 23) && num(m, 59),
        [h, m, s] => num(h, 23) && num(m, 59) && num(s, 59),
        _ => false,
    }
}

// --- JSON → Markdown → JSON ----------------------------------------------------------------------

/// Text as Markdown can hold it: no line breaks, and no spaces at its edges (Markdown trims a
/// block's text). Inside, characters Markdown reads as markup, which the writer must escape.
fn md_words() -> impl Strategy<Value = String> {
    r#"[A-Za-z0-9é][A-Za-z0-9é ,.:;'’“”"&<>*_\[\]#!(){}|~`\\+=-]{0,14}[A-Za-z0-9é.]|[A-Za-z0-9]"#
}

/// A run of inline text whose spans sit between words, as people write them: `a *b* c`. (Spans
/// with spaces just inside their marks, `* b *`, or glued to punctuation are not emphasis in
/// CommonMark; `--to-markdown` refuses an article it cannot write faithfully.)
fn md_inlines(depth: u32, edges_are_words: bool) -> BoxedStrategy<Inlines> {
    let word = md_words().prop_map(Inline::Text).boxed();
    let code = r"[a-z0-9`]([a-z0-9` ]{0,6}[a-z0-9`])?".prop_map(Inline::Code);
    let piece = if depth == 0 {
        prop_oneof![4 => word.clone(), 1 => code].boxed()
    } else {
        let inner = md_inlines(depth - 1, true);
        prop_oneof![
            4 => word.clone(),
            1 => code,
            1 => inner.clone().prop_map(Inline::Em),
            1 => inner.clone().prop_map(Inline::Strong),
            1 => (md_inlines(depth - 1, true).prop_filter("no link in a link", |t| t.links().is_empty()), href())
                .prop_map(|(text, href)| Inline::Link { text, href }),
        ]
        .boxed()
    };
    (word.clone(), prop::collection::vec(piece, 0..4), word)
        .prop_map(move |(first, middle, last)| {
            let mut pieces = middle;
            if edges_are_words || pieces.is_empty() {
                pieces.insert(0, first);
                pieces.push(last);
            }
            let mut spans: Vec<Inline> = Vec::new();
            for (i, piece) in pieces.into_iter().enumerate() {
                if i > 0 {
                    push_text(&mut spans, " ");
                }
                match piece {
                    Inline::Text(t) => push_text(&mut spans, &t),
                    span => spans.push(span),
                }
            }
            Inlines(spans)
        })
        .boxed()
}

fn push_text(spans: &mut Vec<Inline>, text: &str) {
    match spans.last_mut() {
        Some(Inline::Text(last)) => last.push_str(text),
        _ => spans.push(Inline::Text(text.to_owned())),
    }
}

fn md_block() -> impl Strategy<Value = Block> {
    prop_oneof![
        4 => md_inlines(2, false).prop_map(Block::Paragraph),
        1 => md_words().prop_map(Block::Subheading),
        1 => (any::<bool>(), prop::collection::vec(md_inlines(1, false), 1..4))
            .prop_map(|(ordered, items)| Block::List(List { ordered, items })),
        1 => (md_inlines(1, false), prop::option::of(md_words()))
            .prop_map(|(text, cite)| Block::Quote(Quote { text, cite })),
        1 => (prop_oneof![web_url(), same_site_path()], md_words(), 1u32.., 1u32.., prop::option::of(md_inlines(1, false)))
            .prop_map(|(src, alt, width, height, caption)| Block::Figure(Figure {
                image: Image { src: ImageSrc::parse(&src).expect("a valid image address"), alt, width, height },
                caption,
            })),
    ]
}

/// Blocks with a paragraph after any subheading that has none: in Markdown, a subheading with
/// nothing under it is an error.
fn with_text_after_subheadings(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for block in blocks {
        if matches!(out.last(), Some(Block::Subheading(_))) && matches!(block, Block::Subheading(_)) {
            out.push(Block::Paragraph(Inlines::plain("Text.")));
        }
        out.push(block);
    }
    if matches!(out.last(), Some(Block::Subheading(_))) {
        out.push(Block::Paragraph(Inlines::plain("Text.")));
    }
    out
}

/// An article whose every part Markdown can hold; its front matter may be anything TOML can.
fn md_article() -> impl Strategy<Value = Article> {
    let sections = prop::collection::vec(
        (
            prop::option::of(slug()),
            md_words(),
            prop::collection::vec(md_block(), 1..5),
        ),
        1..4,
    )
    .prop_map(|sections| {
        sections
            .into_iter()
            .enumerate()
            .map(|(i, (id, heading, blocks))| Section {
                id: id.map(|id| format!("{id}-{i}")),
                heading,
                blocks: with_text_after_subheadings(blocks),
            })
            .collect::<Vec<_>>()
    });
    (article(), sections).prop_map(|(mut a, sections)| {
        a.sections = sections;
        a.comments.clear();
        a
    })
}

proptest! {
    #![proptest_config(cases(96))]

    /// JSON → Markdown → JSON gives back the same article (`check-content --to-markdown`, then
    /// `--to-json`).
    #[test]
    fn json_to_markdown_to_json_is_the_same_article(a in md_article()) {
        let json = serde_json::to_string_pretty(&a).unwrap();
        let from_json = parse_article("articles/a.json", json.as_bytes())
            .map_err(|e| TestCaseError::fail(format!("{e}\n{json}")))?;
        let markdown = content::markdown::to_markdown(&from_json);
        let (from_markdown, _) = content::markdown::read("articles/a.md", &markdown, "a", &|_| {
            Err("sizes are written out".into())
        })
        .map_err(|e| TestCaseError::fail(format!("{e}\n{markdown}")))?;
        prop_assert_eq!(&from_markdown, &from_json, "{}", markdown);
        prop_assert_eq!(serde_json::to_string_pretty(&from_markdown).unwrap(), json);
    }
}
