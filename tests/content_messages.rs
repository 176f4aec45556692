//! What each kind of content error says and where it points, file by file: every error names the
//! file, the line and column, the JSON path, and says what was expected.
//!
//! Positions: errors found while reading the JSON point where serde_json stopped: the last
//! character of the offending token (the closing quote of a bad string, of an unknown key),
//! or — when a refused value is the last field of its object — the `}` that closes that
//! object. Errors found by the checks after reading point at the first character of the
//! value they are about.

mod common;

use common::*;
use content::*;

// --- What serde refuses while reading ------------------------------------------------------------

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
        &["unknown variant `weather`, expected one of `visitor_counter`, `product_list`, `recent_articles`, `categories`, `archives`, `search`"],
    );
}

#[test]
fn two_keys_in_one_block_or_span_are_explained() {
    let e = one_article_error(&with_block(r#"{ "paragraph": "a", "subheading": "b" }"#));
    assert!(!e.message.contains("invalid JSON"), "{e}");
    let e = one_article_error(&with_block(r#"{ "paragraph": [{ "em": "a", "strong": "b" }] }"#));
    assert!(!e.message.contains("invalid JSON"), "{e}");
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
fn columns_count_characters_for_serde_errors_too() {
    let src = edit(BASE, &[(r#""Harbour Notice","#, r#""Café", "subtitle": "x","#)]);
    let e = one_article_error(&src);
    // `  "title": "Café", "subtitle"` — the closing quote of "subtitle" is character 29 (byte 30).
    assert_eq!((e.path.as_str(), e.line, e.column), ("subtitle", 3, 29));
}

// --- Links and image addresses -------------------------------------------------------------------

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

/// Accepted addresses are kept as a URL writes them (percent-encoded, scheme and host in lower
/// case), links and commenters' websites alike; one that no URL parser reads is refused.
#[test]
fn addresses_are_kept_as_urls_write_them() {
    let src = edit(
        &with_block(
            r#"{ "paragraph": [{ "link": { "text": "q", "href": "HTTPS://Example.COM/?q=\"a\"" } }] }"#,
        ),
        &[(
            r#""comments": []"#,
            r#""comments": [{ "id": "c1", "author": "M", "website": "https://m.example/?q=\"a\"", "date": "2025-01-11", "text": "Hi" }]"#,
        )],
    );
    let article = parse_article(FILE, src.as_bytes()).expect("valid");
    let Block::Paragraph(spans) = &article.sections[0].blocks[1] else {
        panic!("a paragraph: {:?}", article.sections[0].blocks[1]);
    };
    assert_eq!(spans.links()[0].as_str(), "https://example.com/?q=%22a%22");
    assert_eq!(
        article.comments[0].website.as_deref(),
        Some("https://m.example/?q=%22a%22")
    );

    let src = edit(
        BASE,
        &[(
            r#""comments": []"#,
            r#""comments": [{ "id": "c1", "author": "M", "website": "https://m.example:port/", "date": "2025-01-11", "text": "Hi" }]"#,
        )],
    );
    let e = one_article_error(&src);
    assert_error(
        &e,
        FILE,
        "comments[0].website",
        15,
        56,
        &["`https://m.example:port/` is not an allowed website"],
    );
    let e = one_article_error(&with_block(
        r#"{ "paragraph": [{ "link": { "text": "q", "href": "https://e.com:port/" } }] }"#,
    ));
    assert_eq!(e.path, "sections[0].blocks[1].paragraph[0].link.href");
    assert!(e.message.contains("is not an allowed link"), "{e}");
}

// --- Dates ---------------------------------------------------------------------------------------

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

#[test]
fn dates_with_offsets_order_by_instant_across_midnight() {
    // 2024-12-25T00:30+02:00 is 2024-12-24T22:30Z: half an hour before 23:00Z.
    let published = Date::parse("2024-12-24T23:00Z").unwrap();
    let updated = Date::parse("2024-12-25T00:30+02:00").unwrap();
    assert!(updated < published);
}

// --- Checks after reading ------------------------------------------------------------------------

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

// --- Files that are not JSON ---------------------------------------------------------------------

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
fn a_byte_order_mark_is_ignored() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(BASE.as_bytes());
    assert!(parse_article("articles/harbour-notice.json", &bytes).is_ok());
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

/// What a server may answer instead of an article (an error page): said so at its start, not
/// blamed on a field.
#[test]
fn a_page_of_html_is_not_content() {
    let html = "<!doctype html>\n<html><head><title>404 Not Found</title></head></html>\n";
    let e = one_article_error(html);
    assert_error(&e, FILE, "(top level)", 1, 1, &["does not start with `{`"]);
    let e = one_article_error("[1, 2]");
    assert_error(&e, FILE, "(top level)", 1, 1, &["the file holds a list"]);
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

// --- site.json -----------------------------------------------------------------------------------

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
