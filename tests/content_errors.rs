//! Every content check, seen from the editor's side: each error names the file, the line
//! and column, the JSON path, and says what was expected. Also checks that the bundled
//! content and the second test set (`tests/content/multi`) pass, that the malformed corpus
//! in `tests/content/bad` fails exactly where `expected.txt` says, and that the
//! `check-content` command reports rather than panics.
//!
//! Positions: errors found while reading the JSON point where serde_json stopped: the last
//! character of the offending token (the closing quote of a bad string, of an unknown key),
//! or — when a refused value is the last field of its object — the `}` that closes that
//! object. Errors found by the checks after reading point at the first character of the
//! value they are about.

use broadsheet::content::*;
use std::path::{Path, PathBuf};
use std::process::Command;

const FILE: &str = "articles/harbour-notice.json";

/// A valid article; each test breaks one part of it. Line numbers in the tests refer to it:
/// 2 slug, 3 title, 4 published, 5 author, 6 sections, 8 heading, 10 subheading,
/// 11 paragraph, 15 comments, 16 the closing brace.
const BASE: &str = r#"{
  "slug": "harbour-notice",
  "title": "Harbour Notice",
  "published": "2025-01-10",
  "author": "Harbour Office",
  "sections": [
    {
      "heading": "Notice",
      "blocks": [
        { "subheading": "Dredging" },
        { "paragraph": "The inner basin will be dredged next week." }
      ]
    }
  ],
  "comments": []
}
"#;

const SITE: &str = r#"{
  "name": "Corpus Test Site", "url": "https://corpus.example/",
  "language": "en",
  "links": [{ "label": "Home", "href": "/" }],
  "footer": "Footer text",
  "sidebar": [
    { "visitor_counter": { "title": "Visitors", "today": 3, "total": 120 } }
  ]
}
"#;

/// `BASE` (or `SITE`) with each `from` replaced by `to`; every `from` must occur exactly once.
fn edit(base: &str, edits: &[(&str, &str)]) -> String {
    let mut s = base.to_owned();
    for (from, to) in edits {
        assert_eq!(s.matches(from).count(), 1, "`{from}` must occur once");
        s = s.replace(from, to);
    }
    s
}

/// The article with its paragraph block (line 11) replaced by `block`.
fn with_block(block: &str) -> String {
    edit(
        BASE,
        &[(
            r#"{ "paragraph": "The inner basin will be dredged next week." }"#,
            block,
        )],
    )
}

fn article_errors(src: &[u8]) -> Vec<ContentError> {
    match parse_article(FILE, src) {
        Ok(_) => panic!("expected an error in:\n{}", String::from_utf8_lossy(src)),
        Err(e) => e.0,
    }
}

fn one_article_error(src: &str) -> ContentError {
    let mut errors = article_errors(src.as_bytes());
    assert_eq!(errors.len(), 1, "expected one error, got {errors:#?}");
    errors.remove(0)
}

fn one_site_error(src: &str) -> ContentError {
    match parse_site("site.json", src.as_bytes()) {
        Ok(_) => panic!("expected an error in:\n{src}"),
        Err(mut e) => {
            assert_eq!(e.0.len(), 1, "expected one error, got {:#?}", e.0);
            e.0.remove(0)
        }
    }
}

#[track_caller]
fn assert_error(e: &ContentError, file: &str, path: &str, line: usize, column: usize, says: &[&str]) {
    assert_eq!(
        (e.file.as_str(), e.path.as_str(), e.line, e.column),
        (file, path, line, column),
        "wrong place for: {e}"
    );
    for s in says {
        assert!(e.message.contains(s), "message should contain {s:?}: {e}");
    }
    assert_eq!(
        e.to_string(),
        format!("{file}:{line}:{column}: at {path}: {}", e.message)
    );
}

/// 1-based column (in characters) of the last character of `needle` on `line` of `src`.
fn end_col(src: &str, line: usize, needle: &str) -> usize {
    let text = src.lines().nth(line - 1).expect("line exists");
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not on line {line}: {text}"));
    text[..at + needle.len()].chars().count()
}

// --- What serde refuses while reading ----------------------------------------------------

#[test]
fn unknown_field_is_named_with_the_fields_that_exist() {
    let src = edit(
        BASE,
        &[(
            r#"  "author""#,
            "  \"subtitle\": \"Dredging starts Monday\",\n  \"author\"",
        )],
    );
    let e = one_article_error(&src);
    assert_error(
        &e,
        FILE,
        "subtitle",
        5,
        12,
        &["unknown field `subtitle`", "expected one of `slug`, `title`"],
    );

    let src =
        with_block(r#"{ "paragraph": [{ "link": { "text": "map", "href": "/map", "title": "Map" } }] }"#);
    let e = one_article_error(&src);
    let col = end_col(&src, 11, r#""title""#);
    assert_error(
        &e,
        FILE,
        "sections[0].blocks[1].paragraph[0].link.title",
        11,
        col,
        &["unknown field `title`, expected `text` or `href`"],
    );
}

#[test]
fn missing_required_field_points_at_the_object_that_lacks_it() {
    let src = edit(BASE, &[("  \"author\": \"Harbour Office\",\n", "")]);
    let e = one_article_error(&src);
    // The whole file lacks it; serde notices at the closing brace (line 15 once author is gone).
    assert_error(&e, FILE, "(top level)", 15, 1, &["missing field `author`"]);

    let src = edit(BASE, &[("      \"heading\": \"Notice\",\n", "")]);
    let e = one_article_error(&src);
    assert_error(&e, FILE, "sections[0]", 12, 5, &["missing field `heading`"]);

    let src = with_block(r#"{ "paragraph": [{ "link": { "text": "map" } }] }"#);
    let e = one_article_error(&src);
    let col = end_col(&src, 11, r#""map" }"#);
    assert_error(
        &e,
        FILE,
        "sections[0].blocks[1].paragraph[0].link",
        11,
        col,
        &["missing field `href`"],
    );
}

#[test]
fn wrong_type_says_what_was_expected() {
    let src = edit(
        BASE,
        &[(r#""published": "2025-01-10""#, r#""published": 20250110"#)],
    );
    let e = one_article_error(&src);
    assert_error(
        &e,
        FILE,
        "published",
        4,
        23,
        &["invalid type: integer `20250110`, expected a string"],
    );

    let src = edit(
        BASE,
        &[(
            r#"  "comments": []"#,
            "  \"comments_open\": \"yes\",\n  \"comments\": []",
        )],
    );
    let e = one_article_error(&src);
    assert_error(
        &e,
        FILE,
        "comments_open",
        15,
        24,
        &["invalid type: string \"yes\", expected a boolean"],
    );

    let src = with_block(
        r#"{ "figure": { "image": { "src": "/basin.svg", "alt": "The basin", "width": "640px", "height": 480 } } }"#,
    );
    let e = one_article_error(&src);
    let col = end_col(&src, 11, r#""640px""#);
    assert_error(
        &e,
        FILE,
        "sections[0].blocks[1].figure.image.width",
        11,
        col,
        &["invalid type: string \"640px\", expected u32"],
    );

    let src = with_block(r#"{ "paragraph": 42 }"#);
    let e = one_article_error(&src);
    assert_error(
        &e,
        FILE,
        "sections[0].blocks[1].paragraph",
        11,
        25,
        &[
            "invalid type: integer `42`",
            "expected text: a string, or an array",
        ],
    );

    let e = one_site_error(&edit(SITE, &[(r#""today": 3"#, r#""today": -3"#)]));
    assert_error(
        &e,
        "site.json",
        "sidebar[0].visitor_counter.today",
        7,
        59,
        &["invalid value: integer `-3`, expected u64"],
    );
}

#[test]
fn unknown_block_type_lists_the_block_types() {
    let src = with_block(r#"{ "table": { "rows": [["Monday", "North quay"]] } }"#);
    let e = one_article_error(&src);
    assert_error(
        &e,
        FILE,
        "sections[0].blocks[1]",
        11,
        17,
        &["unknown variant `table`, expected one of `paragraph`, `subheading`, `list`, `quote`, `figure`"],
    );
}

#[test]
fn unknown_inline_span_lists_the_span_types() {
    let src = with_block(r#"{ "paragraph": ["The basin is ", { "bold": "closed" }] }"#);
    let e = one_article_error(&src);
    let col = end_col(&src, 11, r#""bold""#);
    assert_error(
        &e,
        FILE,
        "sections[0].blocks[1].paragraph[1].bold",
        11,
        col,
        &["unknown variant `bold`, expected one of `em`, `strong`, `code`, `link`"],
    );
}

#[test]
fn unknown_widget_type_lists_the_widget_types() {
    let src = edit(
        SITE,
        &[(
            r#""total": 120 } }"#,
            "\"total\": 120 } },\n    { \"weather\": { \"title\": \"Today's weather\" } }",
        )],
    );
    let e = one_site_error(&src);
    assert_error(
        &e,
        "site.json",
        "sidebar[1]",
        8,
        15,
        &["unknown variant `weather`, expected `visitor_counter` or `product_list`"],
    );
}

// --- Links and image addresses -------------------------------------------------------------

/// Each (block, path of the bad href, the bad value as written in JSON).
const BAD_LINKS: &[(&str, &str, &str)] = &[
    (
        r#"{ "paragraph": ["The ", { "em": "inner" }, { "link": { "text": "notice", "href": "javascript:alert(1)" } }] }"#,
        "sections[0].blocks[1].paragraph[2].link.href",
        r#""javascript:alert(1)""#,
    ),
    (
        r#"{ "paragraph": ["See ", { "em": ["the ", { "link": { "text": "map", "href": "JaVaScRiPt:alert(1)" } }] }] }"#,
        "sections[0].blocks[1].paragraph[1].em[1].link.href",
        r#""JaVaScRiPt:alert(1)""#,
    ),
    (
        r#"{ "paragraph": [{ "strong": [{ "em": [{ "link": { "text": "x", "href": " javascript:alert(1)" } }] }] }] }"#,
        "sections[0].blocks[1].paragraph[0].strong[0].em[0].link.href",
        r#"" javascript:alert(1)""#,
    ),
    (
        r#"{ "paragraph": [{ "link": { "text": ["a ", { "link": { "text": "b", "href": "java\tscript:alert(1)" } }], "href": "/ok" } }] }"#,
        "sections[0].blocks[1].paragraph[0].link.text[1].link.href",
        r#""java\tscript:alert(1)""#,
    ),
    (
        r#"{ "list": { "items": ["Monday", ["Tuesday: ", { "link": { "text": "map", "href": "data:text/html,<script>alert(1)</script>" } }]] } }"#,
        "sections[0].blocks[1].list.items[1][1].link.href",
        r#""data:text/html,<script>alert(1)</script>""#,
    ),
    (
        r#"{ "quote": { "text": ["Read ", { "link": { "text": "this", "href": "//evil.example/x" } }], "cite": "Harbour Office" } }"#,
        "sections[0].blocks[1].quote.text[1].link.href",
        r#""//evil.example/x""#,
    ),
    (
        r#"{ "figure": { "image": { "src": "/basin.svg", "alt": "The basin", "width": 4, "height": 3 }, "caption": [{ "link": { "text": "chart", "href": "vbscript:msgbox(1)" } }] } }"#,
        "sections[0].blocks[1].figure.caption[0].link.href",
        r#""vbscript:msgbox(1)""#,
    ),
    (
        r#"{ "paragraph": [{ "link": { "text": "write to us", "href": "mailto:" } }] }"#,
        "sections[0].blocks[1].paragraph[0].link.href",
        r#""mailto:""#,
    ),
    (
        r#"{ "paragraph": [{ "link": { "text": "the map", "href": "map.html" } }] }"#,
        "sections[0].blocks[1].paragraph[0].link.href",
        r#""map.html""#,
    ),
    (
        r#"{ "paragraph": [{ "link": { "text": "the map", "href": "https:///map" } }] }"#,
        "sections[0].blocks[1].paragraph[0].link.href",
        r#""https:///map""#,
    ),
];

#[test]
fn unsafe_links_inside_nested_inlines_are_refused_with_their_full_path() {
    for (block, path, value) in BAD_LINKS {
        let src = with_block(block);
        let e = one_article_error(&src);
        // `href` is the last field of its link object, so serde_json reports the closing brace.
        let col = end_col(&src, 11, &format!("{value} }}"));
        assert_error(
            &e,
            FILE,
            path,
            11,
            col,
            &[
                "is not an allowed link",
                "expected an address starting with https://, http://, mailto: or a same-site path starting with /",
            ],
        );
    }
}

#[test]
fn the_nested_javascript_link_path_is_exactly_this() {
    let src = with_block(BAD_LINKS[0].0);
    let e = one_article_error(&src);
    assert_eq!(e.path, "sections[0].blocks[1].paragraph[2].link.href");
    assert!(
        e.message
            .starts_with("`javascript:alert(1)` is not an allowed link"),
        "{e}"
    );
}

#[test]
fn safe_links_are_accepted() {
    let src = with_block(
        r##"{ "paragraph": [
          { "link": { "text": "a", "href": "https://example.com/a?b=c#d" } },
          { "link": { "text": "b", "href": "http://example.com" } },
          { "link": { "text": "c", "href": "mailto:desk@example.com" } },
          { "link": { "text": "d", "href": "/articles/harbour-notice" } },
          { "link": { "text": "e", "href": "#notice" } }
        ] }"##,
    );
    parse_article(FILE, src.as_bytes()).expect("all of these are allowed");
}

#[test]
fn unsafe_header_and_product_links_are_refused() {
    let e = one_site_error(&edit(
        SITE,
        &[(r#""href": "/""#, r#""href": "javascript:void(0)""#)],
    ));
    // The closing brace after the refused value: `href` is the last field of the link.
    assert_error(
        &e,
        "site.json",
        "links[0].href",
        4,
        61,
        &["is not an allowed link"],
    );

    let src = edit(
        SITE,
        &[(
            r#""total": 120 } }"#,
            "\"total\": 120 } },\n    { \"product_list\": { \"title\": \"Shop\", \"products\": [{ \"name\": \"Tote\", \"href\": \"data:,x\" }] } }",
        )],
    );
    let e = one_site_error(&src);
    let col = end_col(&src, 8, r#""data:,x" }"#);
    assert_error(
        &e,
        "site.json",
        "sidebar[1].product_list.products[0].href",
        8,
        col,
        &["is not an allowed link"],
    );
}

#[test]
fn image_addresses_must_be_web_or_absolute_paths() {
    for src_value in [
        "javascript:alert(1)",
        "data:image/svg+xml,<svg onload=alert(1)>",
        "images/basin.svg",
        "#x",
    ] {
        let src = with_block(&format!(
            r#"{{ "figure": {{ "image": {{ "src": "{src_value}", "alt": "The basin", "width": 4, "height": 3 }} }} }}"#
        ));
        let e = one_article_error(&src);
        let col = end_col(&src, 11, &format!("\"{src_value}\""));
        assert_error(
            &e,
            FILE,
            "sections[0].blocks[1].figure.image.src",
            11,
            col,
            &[
                "is not an allowed image address",
                "expected https://, http:// or a same-site path starting with /",
            ],
        );
    }
}

#[test]
fn commenter_websites_must_be_http() {
    let src = edit(
        BASE,
        &[(
            r#""comments": []"#,
            r#""comments": [{ "id": "c1", "author": "M", "website": "javascript:alert(1)", "date": "2025-01-11", "text": "Hi" }]"#,
        )],
    );
    let e = one_article_error(&src);
    assert_error(
        &e,
        FILE,
        "comments[0].website",
        15,
        56,
        &[
            "is not an allowed website",
            "expected an address starting with https:// or http://",
        ],
    );
}

// --- Dates ---------------------------------------------------------------------------------

#[test]
fn impossible_and_unreadable_dates_are_refused() {
    let e = one_article_error(&edit(BASE, &[("2025-01-10", "2023-02-29")]));
    assert_error(
        &e,
        FILE,
        "published",
        4,
        27,
        &["`2023-02-29` is not a valid date", "February 2023 has no day 29"],
    );

    let e = one_article_error(&edit(BASE, &[(r#""2025-01-10""#, r#""yesterday""#)]));
    assert_error(
        &e,
        FILE,
        "published",
        4,
        26,
        &[
            "`yesterday` is not a valid date",
            "expected a date like 2024-12-24 or 2024-12-24T09:30:00Z",
        ],
    );

    let e = one_article_error(&edit(BASE, &[("2025-01-10", "2025-13-01")]));
    assert_error(&e, FILE, "published", 4, 27, &["month 13 does not exist"]);

    let src = edit(
        BASE,
        &[(
            r#""comments": []"#,
            r#""comments": [{ "id": "c1", "author": "M", "date": "2025-01-11T25:00Z", "text": "Hi" }]"#,
        )],
    );
    let e = one_article_error(&src);
    let col = end_col(&src, 15, r#""2025-01-11T25:00Z""#);
    assert_error(&e, FILE, "comments[0].date", 15, col, &["is not a valid date"]);
}

#[test]
fn updated_before_published_is_refused() {
    let src = edit(
        BASE,
        &[(
            r#"  "author""#,
            "  \"updated\": \"2025-01-09T23:59:00Z\",\n  \"author\"",
        )],
    );
    let e = one_article_error(&src);
    assert_error(
        &e,
        FILE,
        "updated",
        5,
        14,
        &[
            "updated (2025-01-09T23:59:00Z) is before published (2025-01-10)",
            "the same or later",
        ],
    );
}

// --- Checks after reading --------------------------------------------------------------------

#[test]
fn empty_required_text_is_refused() {
    let e = one_article_error(&edit(BASE, &[(r#""Harbour Notice""#, r#""   ""#)]));
    assert_error(&e, FILE, "title", 3, 12, &["the title is empty"]);

    let e = one_article_error(&edit(BASE, &[(r#""heading": "Notice""#, r#""heading": """#)]));
    assert_error(
        &e,
        FILE,
        "sections[0].heading",
        8,
        18,
        &["the section heading is empty"],
    );

    let e = one_article_error(&with_block(
        r#"{ "figure": { "image": { "src": "/basin.svg", "alt": " ", "width": 4, "height": 3 } } }"#,
    ));
    assert_error(
        &e,
        FILE,
        "sections[0].blocks[1].figure.image.alt",
        11,
        62,
        &["the image's alt text is empty"],
    );
}

#[test]
fn empty_article_and_empty_section_are_refused() {
    let src = edit(BASE, &[]).replacen(
        &BASE[BASE.find("[\n    {").unwrap()..BASE.find("  ],").unwrap() + 3],
        "[]",
        1,
    );
    let e = one_article_error(&src);
    assert_error(
        &e,
        FILE,
        "sections",
        6,
        15,
        &["the article has no sections: add at least one"],
    );

    let src = edit(
        BASE,
        &[
            ("        { \"subheading\": \"Dredging\" },\n", ""),
            (
                "        { \"paragraph\": \"The inner basin will be dredged next week.\" }\n",
                "",
            ),
        ],
    );
    let e = one_article_error(&src);
    assert_error(
        &e,
        FILE,
        "sections[0].blocks",
        9,
        17,
        &["the section has no blocks"],
    );
}

#[test]
fn slug_must_be_in_slug_form() {
    let e = one_article_error(&edit(
        BASE,
        &[(r#""slug": "harbour-notice""#, r#""slug": "Harbour Notice""#)],
    ));
    assert_error(
        &e,
        FILE,
        "slug",
        2,
        11,
        &[
            "`Harbour Notice` is not a slug",
            "lower-case words joined by hyphens",
        ],
    );
}

fn two_sections(first: &str, second: &str) -> String {
    edit(
        BASE,
        &[(
            "    }\n  ],",
            &format!(
                "    }},\n    {{\n      {first}\n      \"blocks\": [{{ \"paragraph\": \"Boats move out.\" }}]\n    }},\n    {{\n      {second}\n      \"blocks\": [{{ \"paragraph\": \"Boats come back.\" }}]\n    }}\n  ],"
            ),
        )],
    )
}

#[test]
fn duplicate_explicit_section_ids_are_refused() {
    // Lines 15 and 19 hold the two new sections' ids.
    let src = two_sections(
        r#""id": "moorings", "heading": "Where the boats go","#,
        r#""id": "moorings", "heading": "When they return","#,
    );
    let e = one_article_error(&src);
    assert_error(
        &e,
        FILE,
        "sections[2].id",
        19,
        13,
        &[
            "section id `moorings` is already used by sections[1]",
            "must be unique",
        ],
    );
}

#[test]
fn explicit_section_id_must_be_a_slug() {
    let src = two_sections(
        r#""id": "Where Boats Go", "heading": "Where the boats go","#,
        r#""heading": "Later","#,
    );
    let e = one_article_error(&src);
    assert_error(
        &e,
        FILE,
        "sections[1].id",
        15,
        13,
        &["`Where Boats Go` is not a valid section id"],
    );
}

#[test]
fn derived_ids_give_way_to_explicit_ones_instead_of_clashing() {
    // A heading whose slug equals a later explicit id is not an error: the derived id moves aside.
    let src = two_sections(
        r#""heading": "Moorings","#,
        r#""id": "moorings", "heading": "Where the boats go","#,
    );
    let article = parse_article(FILE, src.as_bytes()).expect("a derived id never clashes");
    assert_eq!(article.section_ids(), ["notice", "moorings-2", "moorings"]);

    // An explicit id shaped like a de-duplicated one pushes the counter on.
    let src = two_sections(
        r#""heading": "Notice","#,
        r#""id": "notice-2", "heading": "Later","#,
    );
    let article = parse_article(FILE, src.as_bytes()).unwrap();
    assert_eq!(article.section_ids(), ["notice", "notice-3", "notice-2"]);
}

#[test]
fn section_ids_are_deduplicated_and_readable() {
    let src = two_sections(r#""heading": "Notice!","#, r#""heading": "NOTICE","#);
    let article = parse_article(FILE, src.as_bytes()).unwrap();
    assert_eq!(article.section_ids(), ["notice", "notice-2", "notice-3"]);

    let src = two_sections(r#""heading": "What’s next","#, r#""heading": "!!!","#);
    let article = parse_article(FILE, src.as_bytes()).unwrap();
    assert_eq!(article.section_ids(), ["notice", "whats-next", "section"]);
}

#[test]
fn comment_references_and_ids_are_checked() {
    let comments = |list: &str| edit(BASE, &[(r#""comments": []"#, list)]);
    let c1 = r#"{ "id": "c1", "author": "Ann", "date": "2025-01-11", "text": "When?" }"#;

    let e = one_article_error(&comments(&format!(
        "\"comments\": [\n    {c1},\n    {{ \"id\": \"c2\", \"parent\": \"c9\", \"author\": \"Bo\", \"date\": \"2025-01-11\", \"text\": \"Friday.\" }}\n  ]"
    )));
    assert_error(
        &e,
        FILE,
        "comments[1].parent",
        17,
        29,
        &[
            "parent `c9` is not the id of an earlier comment",
            "a reply comes after the comment it answers",
        ],
    );

    let e = one_article_error(&comments(&format!(
        "\"comments\": [\n    {c1},\n    {{ \"id\": \"c1\", \"author\": \"Bo\", \"date\": \"2025-01-12\", \"text\": \"Where?\" }}\n  ]"
    )));
    assert_error(
        &e,
        FILE,
        "comments[1].id",
        17,
        13,
        &["comment id `c1` is used twice: ids must be unique"],
    );

    // A reply to itself is not a reply to an earlier comment.
    let e = one_article_error(&comments(
        r#""comments": [{ "id": "c1", "parent": "c1", "author": "Ann", "date": "2025-01-11", "text": "?" }]"#,
    ));
    assert_error(
        &e,
        FILE,
        "comments[0].parent",
        15,
        40,
        &["parent `c1` is not the id of an earlier comment"],
    );

    let e = one_article_error(&comments(
        r#""comments": [{ "id": "c1", "author": "Ann", "date": "2025-01-11", "text": "  \n " }]"#,
    ));
    assert_error(&e, FILE, "comments[0].text", 15, 77, &["the comment is empty"]);
}

// --- Files that are not JSON -----------------------------------------------------------------

#[test]
fn invalid_utf8_names_the_line_and_column_of_the_bad_byte() {
    let mut bytes = BASE.as_bytes().to_vec();
    let at = BASE.find("Harbour Notice\"").unwrap() + "Harbour No".len();
    bytes[at] = 0xE9; // Latin-1 é, alone: not UTF-8
    let errors = article_errors(&bytes);
    assert_eq!(errors.len(), 1);
    assert_error(
        &errors[0],
        FILE,
        "(top level)",
        3,
        23,
        &["not valid UTF-8", "save it as UTF-8"],
    );

    let errors = article_errors(b"\x80{}");
    assert_error(&errors[0], FILE, "(top level)", 1, 1, &["not valid UTF-8"]);
}

#[test]
fn trailing_comma_is_invalid_json_at_the_next_character() {
    let src = edit(BASE, &[(r#"dredged next week." }"#, r#"dredged next week." },"#)]);
    let e = one_article_error(&src);
    assert_error(
        &e,
        FILE,
        "sections[0].blocks",
        12,
        7,
        &["invalid JSON: trailing comma"],
    );

    let src = edit(BASE, &[(r#""comments": []"#, r#""comments": [],"#)]);
    let e = one_article_error(&src);
    assert_error(&e, FILE, "(top level)", 16, 1, &["invalid JSON: trailing comma"]);
}

#[test]
fn other_syntax_errors_name_the_place() {
    // A missing comma between two fields.
    let src = edit(BASE, &[(r#""Harbour Notice","#, r#""Harbour Notice""#)]);
    let e = one_article_error(&src);
    assert_error(
        &e,
        FILE,
        "(top level)",
        4,
        3,
        &["invalid JSON: expected `,` or `}`"],
    );

    // Something after the end of the object.
    let e = one_article_error(&format!("{BASE}{{}}"));
    assert_error(
        &e,
        FILE,
        "(top level)",
        17,
        1,
        &["invalid JSON: trailing characters"],
    );

    // The same key twice.
    let src = edit(
        BASE,
        &[(r#"  "author""#, "  \"title\": \"Again\",\n  \"author\"")],
    );
    let e = one_article_error(&src);
    assert_error(&e, FILE, "(top level)", 5, 9, &["duplicate field `title`"]);
}

#[test]
fn truncated_files_end_too_early() {
    let cut = &BASE[..BASE.find("dredged").unwrap()];
    let e = one_article_error(cut);
    assert_error(
        &e,
        FILE,
        "sections[0].blocks[1].paragraph",
        11,
        48,
        &["the file ends too early: a bracket, brace or quote is not closed"],
    );

    let e = one_article_error(&BASE[..BASE.len() - 2]);
    // Without the final brace: the file ends at the start of line 16.
    assert_error(&e, FILE, "(top level)", 16, 1, &["the file ends too early"]);
}

// --- site.json ---------------------------------------------------------------------------------

#[test]
fn language_must_be_a_language_tag() {
    for bad in ["English", "en_GB", "", "e", "en-", "en-GB-toolongsubtag"] {
        let e = one_site_error(&edit(
            SITE,
            &[(r#""language": "en""#, &format!(r#""language": "{bad}""#))],
        ));
        assert_error(
            &e,
            "site.json",
            "language",
            3,
            15,
            &[
                &format!("`{bad}` is not a language tag"),
                "expected something like `en` or `en-GB`",
            ],
        );
    }
    for good in ["en", "en-GB", "zh-Hant-TW", "sr-Latn", "fil"] {
        let src = edit(
            SITE,
            &[(r#""language": "en""#, &format!(r#""language": "{good}""#))],
        );
        parse_site("site.json", src.as_bytes()).unwrap_or_else(|e| panic!("{good}: {e}"));
    }
}

#[test]
fn visitors_today_cannot_exceed_the_total() {
    let e = one_site_error(&edit(SITE, &[(r#""today": 3"#, r#""today": 500"#)]));
    assert_error(
        &e,
        "site.json",
        "sidebar[0].visitor_counter.today",
        7,
        58,
        &["today (500) is more than total (120)"],
    );
}

#[test]
fn site_text_and_products_are_checked() {
    let e = one_site_error(&edit(SITE, &[(r#""Footer text""#, r#""""#)]));
    assert_error(&e, "site.json", "footer", 5, 13, &["the footer is empty"]);

    let src = edit(
        SITE,
        &[(
            r#""total": 120 } }"#,
            "\"total\": 120 } },\n    { \"product_list\": { \"title\": \"Shop\", \"products\": [] } }",
        )],
    );
    let e = one_site_error(&src);
    assert_error(
        &e,
        "site.json",
        "sidebar[1].product_list.products",
        8,
        54,
        &["the product list is empty"],
    );
}

// --- Across files ----------------------------------------------------------------------------

fn file(name: &str, src: &str) -> ArticleFile {
    ArticleFile {
        file: format!("articles/{name}"),
        bytes: src.as_bytes().to_vec(),
    }
}

fn set_errors(files: &[ArticleFile]) -> Vec<ContentError> {
    check_set("site.json", SITE.as_bytes(), files)
        .expect_err("expected errors")
        .0
}

#[test]
fn duplicate_slugs_in_two_files_are_refused() {
    let errors = set_errors(&[file("harbour-notice.json", BASE), file("notice-copy.json", BASE)]);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_error(
        &errors[0],
        "articles/notice-copy.json",
        "slug",
        2,
        11,
        &["slug `harbour-notice` is already used by articles/harbour-notice.json: slugs must be unique"],
    );
}

#[test]
fn slug_must_match_the_file_name() {
    let errors = set_errors(&[file("dredging.json", BASE)]);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_error(
        &errors[0],
        "articles/dredging.json",
        "slug",
        2,
        11,
        &["does not match the file name: name the file `harbour-notice.json`"],
    );
    // Windows separators are understood too.
    let windows = ArticleFile {
        file: r"content\articles\harbour-notice.json".into(),
        bytes: BASE.as_bytes().to_vec(),
    };
    check_set("site.json", SITE.as_bytes(), &[windows]).expect("the file name matches the slug");
}

#[test]
fn every_error_in_every_file_is_reported_in_file_order() {
    let bad_site = edit(SITE, &[(r#""language": "en""#, r#""language": "en_GB""#)]);
    let second = edit(
        BASE,
        &[
            (r#""slug": "harbour-notice""#, r#""slug": "second""#),
            (r#""Harbour Notice""#, r#""""#),
            (r#""author": "Harbour Office""#, r#""author": """#),
        ],
    );
    let third = edit(
        BASE,
        &[
            (r#""slug": "harbour-notice""#, r#""slug": "third""#),
            ("2025-01-10", "2025-02-30"),
        ],
    );
    let errors = check_set(
        "site.json",
        bad_site.as_bytes(),
        &[
            file("harbour-notice.json", BASE),
            file("second.json", &second),
            file("third.json", &third),
        ],
    )
    .expect_err("four errors")
    .0;
    let places: Vec<String> = errors
        .iter()
        .map(|e| format!("{}:{}:{}: at {}", e.file, e.line, e.column, e.path))
        .collect();
    assert_eq!(
        places,
        [
            "site.json:3:15: at language",
            "articles/second.json:3:12: at title",
            "articles/second.json:5:13: at author",
            "articles/third.json:4:27: at published",
        ]
    );
}

#[test]
fn a_set_without_articles_is_refused() {
    let errors = set_errors(&[]);
    assert_eq!(errors.len(), 1);
    assert_error(
        &errors[0],
        "articles/",
        "(top level)",
        1,
        1,
        &["there are no articles"],
    );
}

#[test]
fn articles_come_newest_first() {
    let older = edit(
        BASE,
        &[
            (r#""slug": "harbour-notice""#, r#""slug": "older""#),
            ("2025-01-10", "2024-06-01"),
        ],
    );
    let newer = edit(
        BASE,
        &[
            (r#""slug": "harbour-notice""#, r#""slug": "newer""#),
            (r#""2025-01-10""#, r#""2025-01-10T08:00Z""#),
        ],
    );
    let set = check_set(
        "site.json",
        SITE.as_bytes(),
        &[
            file("harbour-notice.json", BASE),
            file("newer.json", &newer),
            file("older.json", &older),
        ],
    )
    .unwrap();
    let slugs: Vec<&str> = set.articles.iter().map(|a| a.slug.as_str()).collect();
    assert_eq!(slugs, ["newer", "harbour-notice", "older"]);
}

// --- The content sets in the repository -------------------------------------------------------

fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// Reads a content folder the way the build does: site.json and articles/*.json, sorted.
/// File names in errors are relative to `dir`.
fn read_set(dir: &Path) -> (Vec<u8>, Vec<ArticleFile>) {
    let site = std::fs::read(dir.join("site.json")).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir.join("articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    let files = paths
        .iter()
        .map(|p| ArticleFile {
            file: format!("articles/{}", p.file_name().unwrap().to_string_lossy()),
            bytes: std::fs::read(p).unwrap(),
        })
        .collect();
    (site, files)
}

fn load_set(rel: &str) -> ContentSet {
    let (site, files) = read_set(&repo(rel));
    check_set("site.json", &site, &files).unwrap_or_else(|e| panic!("{rel} should pass:\n{e}"))
}

#[test]
fn bundled_content_passes() {
    let set = load_set("public/content");
    assert_eq!(set.site.name, "Broadsheet");
    assert_eq!(set.articles[0].slug, "north-korean-soldiers-kursk-casualties");
}

#[test]
fn seed_article_reading_time() {
    let set = load_set("public/content");
    let article = &set.articles[0];
    // Counted independently: every whitespace-separated word of the headings and paragraphs.
    let raw: serde_json::Value = serde_json::from_slice(
        &std::fs::read(repo(
            "public/content/articles/north-korean-soldiers-kursk-casualties.json",
        ))
        .unwrap(),
    )
    .unwrap();
    let words: usize = raw["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s["heading"].as_str().unwrap().split_whitespace().count()
                + s["blocks"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|b| b["paragraph"].as_str().unwrap().split_whitespace().count())
                    .sum::<usize>()
        })
        .sum();
    assert_eq!(words, 474);
    assert_eq!(article.word_count(), 474);
    assert_eq!(article.reading_minutes(), 3, "474 words at 230 a minute");
    assert_eq!(
        article.section_ids(),
        [
            "north-korean-soldiers-killed-or-injured-in-russias-kursk-region",
            "rising-casualties-and-north-koreas-military-support-to-russia",
            "fake-russian-military-ids-for-north-korean-soldiers",
            "geopolitical-tensions-and-regional-security-risks",
        ]
    );
}

#[test]
fn reading_time_is_at_least_one_minute() {
    let article = parse_article(FILE, BASE.as_bytes()).unwrap();
    assert_eq!(article.word_count(), 10);
    assert_eq!(article.reading_minutes(), 1);
}

#[test]
fn multi_content_set_passes_and_differs_from_the_seed() {
    let set = load_set("tests/content/multi");
    let site = &set.site;
    assert_eq!(site.name, "The Harbour Ledger");
    assert_eq!(site.language, "en-GB");
    assert_eq!(site.links.len(), 3);
    match &site.sidebar[..] {
        [Widget::ProductList(list), Widget::VisitorCounter(counter)] => {
            assert!(list.products.len() >= 2 && list.products.len() <= 3);
            assert!(list
                .products
                .iter()
                .any(|p| p.href.is_some() && p.image.is_some() && p.excerpt.is_some()));
            assert!(list
                .products
                .iter()
                .any(|p| p.href.is_none() && p.image.is_none() && p.excerpt.is_none()));
            assert_eq!((counter.today, counter.total), (1234, 9876543));
        }
        other => panic!("the sidebar should be a product list then a visitor counter: {other:#?}"),
    }

    let slugs: Vec<&str> = set.articles.iter().map(|a| a.slug.as_str()).collect();
    assert_eq!(
        slugs,
        [
            "breakwater-repairs-approved",
            "lifeboat-crew-night-rescue",
            "spring-fish-festival",
            "harbour-master-retires"
        ],
        "newest first; the first is the front page"
    );
    for pair in set.articles.windows(2) {
        assert!(pair[0].published > pair[1].published, "distinct dates");
    }
    for a in &set.articles {
        assert!((4..=7).contains(&a.sections.len()), "{}: 4–7 sections", a.slug);
    }
    assert_eq!(set.articles.iter().filter(|a| !a.comments_open).count(), 1);

    let front = &set.articles[0];
    assert_eq!(
        front.section_ids(),
        [
            "vote-passes-seven-to-two",
            "background",
            "costs",
            "what-fishermen-say",
            "background-2",
            "how-to-have-your-say"
        ]
    );
    assert_eq!(
        set.articles[1].section_ids()[3..],
        ["whats-next".to_owned(), "whats-next-2".to_owned()]
    );
    assert_eq!(
        set.articles[2].section_ids(),
        [
            "café-déjà-vu-and-the-crêpe-queue",
            "baltic-stalls",
            "港町-twinning-delegation-from-muroto",
            "sardines-from-essaouira",
            "junior-angling-contest-results"
        ]
    );

    // Every block type, and em/strong/code/link spans, appear somewhere.
    let blocks: Vec<&Block> = set
        .articles
        .iter()
        .flat_map(|a| &a.sections)
        .flat_map(|s| &s.blocks)
        .collect();
    assert!(blocks.iter().any(|b| matches!(b, Block::Paragraph(_))));
    assert!(blocks.iter().any(|b| matches!(b, Block::Subheading(_))));
    assert!(blocks.iter().any(|b| matches!(b, Block::List(l) if l.ordered)));
    assert!(blocks.iter().any(|b| matches!(b, Block::List(l) if !l.ordered)));
    assert!(blocks
        .iter()
        .any(|b| matches!(b, Block::Quote(q) if q.cite.is_some())));
    assert!(blocks
        .iter()
        .any(|b| matches!(b, Block::Figure(f) if f.caption.is_some())));
    let spans: Vec<&Inline> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(&p.0),
            _ => None,
        })
        .flatten()
        .collect();
    assert!(spans.iter().any(|s| matches!(s, Inline::Em(_))));
    assert!(spans.iter().any(|s| matches!(s, Inline::Strong(_))));
    assert!(spans.iter().any(|s| matches!(s, Inline::Code(_))));
    assert!(spans.iter().any(|s| matches!(s, Inline::Link { .. })));

    // Comments: three levels deep, markup in author and text, with and without websites.
    let c = &front.comments;
    let parent_of = |id: &str| c.iter().find(|x| x.id == id).and_then(|x| x.parent.clone());
    assert!(c
        .iter()
        .any(|x| parent_of(&x.id).and_then(|p| parent_of(&p)).is_some()));
    assert!(c.iter().any(|x| x.author.contains("<b>bold</b>")));
    assert!(c.iter().any(|x| x.text.contains("<script>alert(1)</script>")));
    assert!(c
        .iter()
        .any(|x| x.website.as_deref().is_some_and(|w| w.starts_with("https://"))));
    assert!(c.iter().any(|x| x.website.is_none()));
}

/// Same-site links in a content set lead somewhere: `#id` to a section of the same article,
/// `/articles/<slug>` to an article, `/content/images/…` to a file with that size.
fn check_internal_references(rel: &str) {
    let dir = repo(rel);
    let set = load_set(rel);
    let slugs: Vec<&str> = set.articles.iter().map(|a| a.slug.as_str()).collect();
    let check_image = |img: &Image| {
        let Some(name) = img.src.as_str().strip_prefix("/content/") else {
            return;
        };
        let svg = std::fs::read_to_string(dir.join(name))
            .unwrap_or_else(|e| panic!("{rel}: {} is missing: {e}", img.src.as_str()));
        let attr = |a: &str| {
            let start = svg.find(&format!(" {a}=\"")).unwrap() + a.len() + 3;
            svg[start..start + svg[start..].find('"').unwrap()]
                .parse::<u32>()
                .unwrap()
        };
        assert_eq!(
            (attr("width"), attr("height")),
            (img.width, img.height),
            "{}",
            img.src.as_str()
        );
    };
    for widget in &set.site.sidebar {
        if let Widget::ProductList(list) = widget {
            list.products
                .iter()
                .filter_map(|p| p.image.as_ref())
                .for_each(check_image);
        }
    }
    for a in &set.articles {
        let ids = a.section_ids();
        let mut links = Vec::new();
        for block in a.sections.iter().flat_map(|s| &s.blocks) {
            match block {
                Block::Paragraph(t) => links.extend(t.links()),
                Block::List(l) => l.items.iter().for_each(|i| links.extend(i.links())),
                Block::Quote(q) => links.extend(q.text.links()),
                Block::Figure(f) => {
                    check_image(&f.image);
                    if let Some(c) = &f.caption {
                        links.extend(c.links());
                    }
                }
                Block::Subheading(_) => {}
            }
        }
        for href in links.iter().map(|h| h.as_str()) {
            if let Some(id) = href.strip_prefix('#') {
                assert!(ids.iter().any(|i| i == id), "{}: no section `{id}`", a.slug);
            } else if let Some(slug) = href.strip_prefix("/articles/") {
                assert!(
                    slugs.contains(&slug.trim_end_matches('/')),
                    "{}: no article {href}",
                    a.slug
                );
            }
        }
    }
}

#[test]
fn internal_links_and_images_resolve() {
    check_internal_references("public/content");
    check_internal_references("tests/content/multi");
}

// --- The malformed corpus -----------------------------------------------------------------------

/// One line of `expected.txt`: `file:line:column: at path: message fragment`.
fn parse_expected(line: &str) -> (String, String) {
    let (place, rest) = line
        .split_once(": at ")
        .expect("file:line:column: at path: message");
    let (path, message) = rest.split_once(": ").expect("path: message");
    (format!("{place}: at {path}"), message.to_owned())
}

fn bad_cases() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(repo("tests/content/bad"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn expected_lines(dir: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(dir.join("expected.txt"))
        .unwrap_or_else(|e| panic!("{}/expected.txt: {e}", dir.display()));
    let lines: Vec<_> = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(parse_expected)
        .collect();
    assert!(
        !lines.is_empty(),
        "{}: expected.txt lists no error",
        dir.display()
    );
    lines
}

/// The kinds of mistake the corpus must hold (issue 5's list), each with the cases that show it.
const CORPUS_KINDS: &[(&str, &[&str])] = &[
    (
        "syntax errors",
        &[
            "syntax-trailing-comma",
            "syntax-comment",
            "syntax-single-quotes",
            "truncated",
            "duplicate-key",
        ],
    ),
    (
        "wrong types",
        &["wrong-type", "null-title", "negative-number", "article-is-a-list"],
    ),
    ("missing fields", &["missing-field", "empty-object"]),
    (
        "duplicate slugs",
        &[
            "duplicate-slug",
            "duplicate-slug-copy-sorts-first",
            "slug-file-mismatch",
        ],
    ),
    ("duplicate section ids", &["duplicate-section-id"]),
    ("unknown block types", &["unknown-block", "unknown-span"]),
    ("unknown widget types", &["unknown-widget"]),
    (
        "bad dates",
        &[
            "bad-date-word",
            "bad-date-february-29",
            "bad-comment-date",
            "updated-before-published",
        ],
    ),
    (
        "bad URLs",
        &[
            "javascript-link-nested",
            "javascript-link-in-em",
            "data-link",
            "protocol-relative-link",
            "bad-image-src",
            "comment-website-javascript",
            "bad-site-url",
        ],
    ),
    (
        "an empty article",
        &["empty-article", "no-sections", "empty-section", "empty-title"],
    ),
    (
        "very long text",
        &["very-long-line", "very-long-comment", "deeply-nested"],
    ),
    ("invalid UTF-8", &["invalid-utf8", "site-invalid-utf8"]),
];

#[test]
fn the_corpus_covers_every_kind_of_mistake() {
    let names: Vec<String> = bad_cases()
        .iter()
        .map(|d| d.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for (kind, cases) in CORPUS_KINDS {
        for case in *cases {
            assert!(
                names.iter().any(|n| n == case),
                "{kind}: tests/content/bad/{case} is missing"
            );
        }
    }
}

/// Whether `line:column` (1-based, in characters) is a place in `bytes` read as text: on one of
/// its lines, at most one past that line's last character.
fn inside(bytes: &[u8], line: usize, column: usize) -> bool {
    let text = String::from_utf8_lossy(bytes);
    text.split('\n')
        .nth(line.wrapping_sub(1))
        .is_some_and(|l| (1..=l.chars().count() + 1).contains(&column))
}

#[test]
fn every_bad_case_fails_exactly_where_expected() {
    let cases = bad_cases();
    assert!(cases.len() >= 15, "the corpus has {} cases", cases.len());
    let mut failures = Vec::new();
    for dir in &cases {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let expected = expected_lines(dir);
        let (site, files) = read_set(dir);
        let result = std::panic::catch_unwind(|| check_set("site.json", &site, &files));
        let errors = match result {
            Err(_) => {
                failures.push(format!("{name}: check_set panicked"));
                continue;
            }
            Ok(Ok(_)) => {
                failures.push(format!("{name}: passed, but should fail"));
                continue;
            }
            Ok(Err(e)) => e.0,
        };
        for e in &errors {
            let bytes = if e.file == "site.json" {
                Some(site.clone())
            } else {
                files.iter().find(|f| f.file == e.file).map(|f| f.bytes.clone())
            };
            if let Some(bytes) = bytes.filter(|b| !inside(b, e.line, e.column)) {
                failures.push(format!("{name}: {e} is outside the file ({} bytes)", bytes.len()));
            }
        }
        let got: Vec<(String, String)> = errors
            .iter()
            .map(|e| {
                (
                    format!("{}:{}:{}: at {}", e.file, e.line, e.column, e.path),
                    e.message.clone(),
                )
            })
            .collect();
        let matches = got.len() == expected.len()
            && got
                .iter()
                .zip(&expected)
                .all(|(g, x)| g.0 == x.0 && g.1.contains(&x.1));
        if !matches {
            failures.push(format!("{name}:\n  expected {expected:?}\n  got      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// --- The check-content command ------------------------------------------------------------------

fn check_content(args: &[&Path]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_check-content"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("RUST_BACKTRACE", "1")
        .output()
        .expect("runs");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    for text in [&stdout, &stderr] {
        assert!(
            !text.contains("panicked")
                && !text.contains("stack backtrace")
                && !text.contains("RUST_BACKTRACE"),
            "the command panicked:\n{text}"
        );
    }
    (out.status.code().expect("exited normally"), stdout, stderr)
}

/// A fresh folder under the system temp folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("broadsheet-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("articles")).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn check_content_reports_a_bad_file_and_exits_1() {
    let tmp = TempDir::new("check-bad");
    std::fs::write(tmp.0.join("site.json"), SITE).unwrap();
    std::fs::write(
        tmp.0.join("articles/harbour-notice.json"),
        with_block(BAD_LINKS[0].0),
    )
    .unwrap();
    let (code, stdout, stderr) = check_content(&[&tmp.0]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    let col = end_col(&with_block(BAD_LINKS[0].0), 11, &format!("{} }}", BAD_LINKS[0].2));
    let place = format!(
        "error: {}:11:{col}: at sections[0].blocks[1].paragraph[2].link.href: `javascript:alert(1)` is not an allowed link",
        tmp.0.join("articles/harbour-notice.json").display()
    );
    assert!(stderr.contains(&place), "expected {place}\nin:\n{stderr}");
    assert!(
        stderr
            .trim_end()
            .ends_with(&format!("1 error in {}", tmp.0.display())),
        "{stderr}"
    );
}

#[test]
fn check_content_counts_every_error() {
    let tmp = TempDir::new("check-many");
    std::fs::write(tmp.0.join("site.json"), edit(SITE, &[(r#""en""#, r#""en_GB""#)])).unwrap();
    std::fs::write(
        tmp.0.join("articles/wrong-name.json"),
        edit(BASE, &[("2025-01-10", "2023-02-29")]),
    )
    .unwrap();
    std::fs::write(tmp.0.join("articles/notes.txt"), "not content").unwrap();
    let (code, _, stderr) = check_content(&[&tmp.0]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr.lines().filter(|l| l.starts_with("error: ")).count(),
        2,
        "{stderr}"
    );
    assert!(stderr.contains("site.json:3:15: at language:"), "{stderr}");
    assert!(stderr.contains("wrong-name.json:4:27: at published:"), "{stderr}");
    assert!(
        stderr.contains(&format!("2 errors in {}", tmp.0.display())),
        "{stderr}"
    );
}

#[test]
fn check_content_never_panics_on_missing_or_unreadable_files() {
    let (code, _, stderr) = check_content(&[Path::new("no/such/folder")]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("error: no/such/folder: there is no content folder here"),
        "{stderr}"
    );

    let tmp = TempDir::new("check-unreadable");
    // No site.json, and an "article" that is a folder: both cannot be read.
    std::fs::create_dir(tmp.0.join("articles/harbour-notice.json")).unwrap();
    let (code, _, stderr) = check_content(&[&tmp.0]);
    assert_eq!(code, 1);
    assert!(stderr.contains("site.json: cannot read the file"), "{stderr}");
    assert!(
        stderr.contains("harbour-notice.json: cannot read the file"),
        "{stderr}"
    );
    assert!(stderr.contains("2 errors in"), "{stderr}");

    let tmp = TempDir::new("check-no-articles-folder");
    std::fs::remove_dir(tmp.0.join("articles")).unwrap();
    std::fs::write(tmp.0.join("site.json"), SITE).unwrap();
    let (code, _, stderr) = check_content(&[&tmp.0]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("articles: cannot read the articles folder"),
        "{stderr}"
    );
}

#[test]
fn check_content_accepts_the_good_sets() {
    // With no argument it checks public/content, as the build does by default.
    let (code, stdout, stderr) = check_content(&[]);
    let n = read_set(&repo("public/content")).1.len();
    let expected = format!(
        "ok: {n} article{}, site \"Broadsheet\"",
        if n == 1 { "" } else { "s" }
    );
    assert_eq!((code, stdout.trim()), (0, expected.as_str()), "{stderr}");
    let (code, stdout, stderr) = check_content(&[Path::new("tests/content/multi")]);
    assert_eq!(
        (code, stdout.trim()),
        (0, r#"ok: 4 articles, site "The Harbour Ledger""#),
        "{stderr}"
    );
}

#[test]
fn check_content_fails_every_bad_case_where_expected() {
    for dir in bad_cases() {
        let (code, stdout, stderr) = check_content(&[&dir]);
        assert_eq!(code, 1, "{}: {stdout}{stderr}", dir.display());
        for (place, _) in expected_lines(&dir) {
            // The command names files with the folder in front (except the folder-less `articles/`).
            let shown = if place.starts_with("articles/:") {
                place.clone()
            } else {
                format!("{}/{place}", dir.display())
            };
            assert!(
                stderr.contains(&shown),
                "{}: expected {shown}\nin:\n{stderr}",
                dir.display()
            );
        }
    }
}

// --- Problems found and fixed in src/content ------------------------------------------------------

#[test]
fn columns_count_characters_for_serde_errors_too() {
    let src = edit(BASE, &[(r#""Harbour Notice","#, r#""Café", "subtitle": "x","#)]);
    let e = one_article_error(&src);
    // `  "title": "Café", "subtitle"` — the closing quote of "subtitle" is character 29 (byte 30).
    assert_eq!((e.path.as_str(), e.line, e.column), ("subtitle", 3, 29));
}

#[test]
fn dates_with_offsets_order_by_instant_across_midnight() {
    // 2024-12-25T00:30+02:00 is 2024-12-24T22:30Z: half an hour before 23:00Z.
    let published = Date::parse("2024-12-24T23:00Z").unwrap();
    let updated = Date::parse("2024-12-25T00:30+02:00").unwrap();
    assert!(updated < published);
}

#[test]
fn two_keys_in_one_block_or_span_are_explained() {
    let e = one_article_error(&with_block(r#"{ "paragraph": "a", "subheading": "b" }"#));
    assert!(!e.message.contains("invalid JSON"), "{e}");
    let e = one_article_error(&with_block(r#"{ "paragraph": [{ "em": "a", "strong": "b" }] }"#));
    assert!(!e.message.contains("invalid JSON"), "{e}");
}

#[test]
fn duplicate_slug_blames_the_misnamed_file_only() {
    let errors = set_errors(&[file("harbour-notice.json", BASE), file("a-copy.json", BASE)]);
    // Sorted as the build sorts: a-copy.json first.
    let errors_sorted = set_errors(&[file("a-copy.json", BASE), file("harbour-notice.json", BASE)]);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors_sorted.len(), 1, "{errors_sorted:#?}");
    assert_eq!(errors_sorted[0].file, "articles/a-copy.json");
}

#[test]
fn sections_never_take_an_id_the_page_uses() {
    let src = edit(BASE, &[(r#""heading": "Notice","#, r#""heading": "Comments","#)]);
    let article = parse_article("articles/harbour-notice.json", src.as_bytes()).expect("valid");
    assert_eq!(article.section_ids(), ["comments-2"]);

    let src = edit(
        BASE,
        &[(r#""heading": "Notice","#, r#""id": "main", "heading": "Notice","#)],
    );
    let e = one_article_error(&src);
    assert_eq!((e.path.as_str(), e.line, e.column), ("sections[0].id", 8, 13));
    assert!(e.message.contains("an id the page itself uses"), "{e}");
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(BASE.as_bytes());
    assert!(parse_article("articles/harbour-notice.json", &bytes).is_ok());
}

#[test]
fn the_comment_server_must_be_a_web_address() {
    let ok = edit(
        SITE,
        &[(
            r#""footer": "Footer text","#,
            r#""footer": "Footer text", "comment_server": { "isso": "https://comments.example.com/" },"#,
        )],
    );
    let site = parse_site("site.json", ok.as_bytes()).expect("valid");
    assert_eq!(
        site.comment_server,
        Some(CommentServer::Isso("https://comments.example.com/".into()))
    );

    let bad = edit(
        SITE,
        &[(
            r#""footer": "Footer text","#,
            r#""footer": "Footer text", "comment_server": { "isso": "javascript:alert(1)" },"#,
        )],
    );
    let e = one_site_error(&bad);
    assert_eq!((e.path.as_str(), e.line), ("comment_server.isso", 5));
    assert!(e.message.contains("https://"), "{e}");

    let unknown = edit(
        SITE,
        &[(
            r#""footer": "Footer text","#,
            r#""footer": "Footer text", "comment_server": { "disqus": "x" },"#,
        )],
    );
    let e = one_site_error(&unknown);
    assert!(
        e.message.contains("unknown variant `disqus`, expected `isso`"),
        "{e}"
    );
}

#[test]
fn an_empty_file_or_one_that_is_not_an_object_says_so() {
    for src in ["", "\n", "  \r\n\t ", "\u{FEFF}"] {
        let e = one_article_error(src);
        assert_error(
            &e,
            FILE,
            "(top level)",
            1,
            1,
            &["the file is empty: it must hold one JSON object"],
        );
    }
    let e = one_site_error("");
    assert!(e.message.contains("the file is empty"), "{e}");
    // Not an object at all: said so at its first character, not blamed on a field.
    let e = one_article_error(&format!("\n  [{BASE}]"));
    assert_error(
        &e,
        FILE,
        "(top level)",
        2,
        3,
        &["the file holds a list: it must hold one JSON object"],
    );
    let e = one_article_error("\"harbour-notice\"");
    assert_error(
        &e,
        FILE,
        "(top level)",
        1,
        1,
        &["the file does not start with `{`"],
    );
}

#[test]
fn nesting_past_serdes_limit_is_called_too_deep() {
    // 70 spans inside one another: valid JSON, but deeper than serde_json reads (128 levels).
    let deep = format!("{}\"x\"{}", r#"{"em": ["#.repeat(70), "]}".repeat(70));
    let e = one_article_error(&with_block(&format!(r#"{{ "paragraph": [{deep}] }}"#)));
    assert!(e.message.contains("nested too deeply"), "{e}");
    assert!(!e.message.contains("exactly one key"), "{e}");
    assert_eq!(e.line, 11);
    assert!(
        e.path
            .starts_with("sections[0].blocks[1].paragraph[0].em[0].em[0]"),
        "{e}"
    );
    // 60 are fine.
    let deep = format!("{}\"x\"{}", r#"{"em": ["#.repeat(60), "]}".repeat(60));
    assert!(parse_article(
        FILE,
        with_block(&format!(r#"{{ "paragraph": [{deep}] }}"#)).as_bytes()
    )
    .is_ok());
}

#[test]
fn a_key_that_is_not_a_word_is_quoted_in_the_path() {
    let e = one_article_error(&edit(BASE, &[(r#"  "author""#, "  \"\": 1,\n  \"author\"")]));
    assert_eq!((e.path.as_str(), e.line, e.column), (r#"[""]"#, 5, 4));
    assert!(e.to_string().contains(r#": at [""]: unknown field ``"#), "{e}");
    let e = one_article_error(&with_block(
        r#"{ "paragraph": [{ "link": { "text": "a", "href": "/", "rel.x": 1 } }] }"#,
    ));
    assert_eq!(e.path, r#"sections[0].blocks[1].paragraph[0].link["rel.x"]"#);
}

#[test]
fn shipped_comments_keep_to_the_comment_forms_limits() {
    let comment = |author: &str, text: &str| {
        edit(
            BASE,
            &[(
                r#""comments": []"#,
                &format!(
                    r#""comments": [{{ "id": "c1", "author": "{author}", "date": "2025-01-10", "text": "{text}" }}]"#
                ),
            )],
        )
    };
    let ok = comment(&"n".repeat(100), &"é".repeat(65_535));
    assert!(parse_article(FILE, ok.as_bytes()).is_ok());

    let e = one_article_error(&comment("Ana", &"é".repeat(65_536)));
    assert_eq!((e.path.as_str(), e.line), ("comments[0].text", 15));
    assert!(
        e.message
            .contains("the comment is 65,536 characters long: at most 65,535 are allowed"),
        "{e}"
    );
    let e = one_article_error(&comment(&"n".repeat(101), "Fine."));
    assert_eq!(e.path, "comments[0].author");
    assert!(
        e.message
            .contains("the comment's author is 101 characters long: at most 100"),
        "{e}"
    );
}

#[test]
fn a_list_where_an_object_belongs_is_refused() {
    // serde's derive would read each of these as the object's fields in order.
    let src = with_block(r#"{ "figure": { "image": ["/basin.svg", "The basin", 640, 480] } }"#);
    let e = one_article_error(&src);
    // serde_json stops before the `[` it will not read: the column is the space before it.
    let col = end_col(&src, 11, r#""image": ["#) - 1;
    assert_error(
        &e,
        FILE,
        "sections[0].blocks[1].figure.image",
        11,
        col,
        &["invalid type: sequence, expected an object"],
    );

    let src = with_block(r#"{ "paragraph": [{ "link": ["the map", "/map"] }] }"#);
    let e = one_article_error(&src);
    assert_eq!(e.path, "sections[0].blocks[1].paragraph[0].link");
    assert!(e.message.contains("expected an object"), "{e}");

    let src = edit(
        BASE,
        &[(
            r#""comments": []"#,
            r#""comments": [["c1", null, "Ana", null, "2025-01-10", "Hello"]]"#,
        )],
    );
    let e = one_article_error(&src);
    assert_eq!((e.path.as_str(), e.line), ("comments[0]", 15));
    assert!(e.message.contains("expected an object"), "{e}");

    let e = one_site_error(&edit(
        SITE,
        &[(r#"[{ "label": "Home", "href": "/" }]"#, r#"[["Home", "/"]]"#)],
    ));
    assert_eq!(e.path, "links[0]");
    assert!(e.message.contains("expected an object"), "{e}");
}
