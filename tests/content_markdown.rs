//! Markdown articles: every mapping rule onto the model, every refusal with the file, line and
//! column an editor sees, the front matter's Zola and Broadsheet keys (on a real Zola page), comments
//! files, and the checks across files (a slug in both forms, a comments file with no article).
//!
//! Positions: an error in the body points at the first character of the Markdown it is about (a
//! block, a span, a link); an error in the front matter at the key or value TOML names; a check
//! made after reading at the value it is about, as in JSON.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use content::*;

const MD: &str = "articles/harbour-notice.md";

/// A valid Markdown article; each test writes its own body under this front matter (lines 1-5, so
/// the body starts on line 6).
const FRONT: &str = "+++
title = \"Harbour Notice\"
date = 2025-01-10
authors = [\"Harbour Office\"]
+++
";

/// Local images the tests show: `/content/images/basin.png` is 640 × 360; any other is unreadable.
fn images(src: &str) -> Result<(u32, u32), String> {
    match src {
        "/content/images/basin.png" => Ok((640, 360)),
        _ => Err(format!("cannot read {src}")),
    }
}

fn read(src: &str) -> Result<Article, ContentErrors> {
    parse_markdown_article(MD, src.as_bytes(), None, &images)
}

fn article(body: &str) -> Article {
    read(&format!("{FRONT}{body}")).unwrap_or_else(|e| panic!("{e}"))
}

fn blocks(body: &str) -> Vec<Block> {
    let mut a = article(body);
    assert_eq!(a.sections.len(), 1, "{:#?}", a.sections);
    a.sections.remove(0).blocks
}

fn errors_of(src: &str) -> Vec<ContentError> {
    match read(src) {
        Ok(a) => panic!("expected an error in:\n{src}\ngot {a:#?}"),
        Err(e) => e.0,
    }
}

/// The one error of an article with `body` under [`FRONT`].
fn body_error(body: &str) -> ContentError {
    let errors = errors_of(&format!("{FRONT}{body}"));
    assert_eq!(errors.len(), 1, "expected one error, got {errors:#?}");
    errors.into_iter().next().unwrap()
}

fn text(s: &str) -> Inline {
    Inline::Text(s.to_owned())
}

fn href(s: &str) -> Href {
    Href::parse(s).unwrap()
}

// --- Mapping rules --------------------------------------------------------------------------------

#[test]
fn sections_start_at_level_two_headings_with_an_optional_id() {
    let a = article("## Open Again\n\nOne.\n\n## What Changed {#changes}\n\nTwo.\n");
    let headings: Vec<_> = a
        .sections
        .iter()
        .map(|s| (s.id.as_deref(), s.heading.as_str()))
        .collect();
    assert_eq!(
        headings,
        [(None, "Open Again"), (Some("changes"), "What Changed")]
    );
    // A section without an id gets one from its heading, as in JSON.
    assert_eq!(a.section_ids(), ["open-again", "changes"]);
}

#[test]
fn paragraphs_carry_em_strong_code_and_links_and_join_their_lines() {
    let b = blocks(
        "## S\n\nThe wall *reopened* on **Thursday, with _all_ hands**, `4,000 t`, says the\n[harbour board](https://harbour.example/news).\n",
    );
    assert_eq!(
        b,
        [Block::Paragraph(Inlines(vec![
            text("The wall "),
            Inline::Em(Inlines::plain("reopened")),
            text(" on "),
            Inline::Strong(Inlines(vec![
                text("Thursday, with "),
                Inline::Em(Inlines::plain("all")),
                text(" hands"),
            ])),
            text(", "),
            Inline::Code("4,000 t".into()),
            text(", says the "),
            Inline::Link {
                text: Inlines::plain("harbour board"),
                href: href("https://harbour.example/news"),
            },
            text("."),
        ]))]
    );
}

#[test]
fn autolinks_and_same_site_links_are_links() {
    let b = blocks(
        "## S\n\nWrite to <desk@harbour.example>, see <https://harbour.example/> or [the map](/map/#pier).\n",
    );
    let Block::Paragraph(p) = &b[0] else {
        panic!("{b:?}")
    };
    let links: Vec<&str> = p.links().into_iter().map(Href::as_str).collect();
    assert_eq!(
        links,
        [
            "mailto:desk@harbour.example",
            "https://harbour.example/",
            "/map/#pier"
        ]
    );
    assert_eq!(
        p.plain_text(),
        "Write to desk@harbour.example, see https://harbour.example/ or the map."
    );
}

#[test]
fn a_level_three_heading_is_a_subheading() {
    assert_eq!(
        blocks("## S\n\n### What it cost\n\n£2.1m.\n"),
        [
            Block::Subheading("What it cost".into()),
            Block::Paragraph(Inlines::plain("£2.1m."))
        ]
    );
}

#[test]
fn bullet_and_numbered_lists_tight_or_loose() {
    let items = |list: &[&str]| list.iter().map(|s| Inlines::plain(*s)).collect::<Vec<_>>();
    assert_eq!(
        blocks("## S\n\n- Lights\n- A rail\n\n1. Granite\n2. A wave wall\n\n* Loose one\n\n* Loose two\n"),
        [
            Block::List(List {
                ordered: false,
                items: items(&["Lights", "A rail"])
            }),
            Block::List(List {
                ordered: true,
                items: items(&["Granite", "A wave wall"])
            }),
            Block::List(List {
                ordered: false,
                items: items(&["Loose one", "Loose two"])
            }),
        ]
    );
}

#[test]
fn a_quote_takes_its_last_line_starting_with_a_dash_as_the_cite() {
    let quote = |text: &str, cite: Option<&str>| {
        Block::Quote(Quote {
            text: Inlines::plain(text),
            cite: cite.map(Into::into),
        })
    };
    assert_eq!(
        blocks("## S\n\n> Stronger than it has been\n> for a century.\n> — Harbour master Ellen Trevail\n"),
        [quote(
            "Stronger than it has been for a century.",
            Some("Harbour master Ellen Trevail")
        )]
    );
    // The cite as a paragraph of its own, inside the quote.
    assert_eq!(
        blocks("## S\n\n> Stronger.\n>\n> — Ellen Trevail\n"),
        [quote("Stronger.", Some("Ellen Trevail"))]
    );
    // Without a last line, or with a dash in the text, there is no cite.
    assert_eq!(
        blocks("## S\n\n> Stronger — much stronger.\n"),
        [quote("Stronger — much stronger.", None)]
    );
}

#[test]
fn an_image_alone_in_its_paragraph_is_a_figure() {
    let b = blocks(
        "## S\n\n![The basin at low tide](/content/images/basin.png \"Dredging *starts* Monday.\")\n\n![From the air](https://cdn.example/air.jpg){width=1200 height=675}\n",
    );
    assert_eq!(
        b,
        [
            Block::Figure(Figure {
                image: Image {
                    src: ImageSrc::parse("/content/images/basin.png").unwrap(),
                    alt: "The basin at low tide".into(),
                    width: 640,
                    height: 360,
                },
                caption: Some(Inlines(vec![
                    text("Dredging "),
                    Inline::Em(Inlines::plain("starts")),
                    text(" Monday."),
                ])),
            }),
            Block::Figure(Figure {
                image: Image {
                    src: ImageSrc::parse("https://cdn.example/air.jpg").unwrap(),
                    alt: "From the air".into(),
                    width: 1200,
                    height: 675,
                },
                caption: None,
            }),
        ]
    );
    // A size given for a local image is taken as given.
    let b = blocks("## S\n\n![Basin](/content/images/basin.png){height=3 width=4}\n");
    assert!(
        matches!(&b[0], Block::Figure(f) if (f.image.width, f.image.height) == (4, 3)),
        "{b:?}"
    );
}

#[test]
fn the_markdown_test_set_reads_as_its_json_twin() {
    let folder = Folder::read(&repo("tests/content/markdown")).unwrap();
    let set = folder.check().unwrap_or_else(|e| panic!("{e}"));
    let find = |slug: &str| {
        set.articles
            .iter()
            .find(|a| a.slug == slug)
            .unwrap_or_else(|| panic!("{slug}"))
    };
    let mut from_markdown = Article::clone(find("harbour-wall-reopens"));
    let from_json = find("harbour-wall-reopens-json");
    // Every construct, and comments from its comments file.
    assert!(from_markdown
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .any(|b| matches!(b, Block::Figure(_))));
    assert_eq!(from_markdown.comments.len(), 2);
    from_markdown.slug = from_json.slug.clone();
    from_markdown.schema = from_json.schema.clone();
    assert_eq!(&from_markdown, &**from_json);
}

// --- The front matter -----------------------------------------------------------------------------

/// A page as Zola writes it (`zola init`'s page front matter, with the keys Broadsheet reads).
const ZOLA_PAGE: &str = r#"+++
title = "Harbour Wall Reopens"
description = "Port Alder's harbour wall reopens after storm repairs."
date = 2025-03-13T08:00:00Z
updated = 2025-03-13T11:30:00Z
slug = "harbour-notice"
draft = true
authors = ["Mara Penrose"]

[taxonomies]
categories = ["Harbour"]
tags = ["sea wall", "storms"]

[extra]
standfirst = "Open to walkers again, three months early."
comments_open = false
+++

## Open Again

The wall reopened on **Thursday**.
"#;

#[test]
fn a_zola_page_moves_over_unchanged() {
    let a = read(ZOLA_PAGE).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(a.slug, "harbour-notice");
    assert_eq!(a.title, "Harbour Wall Reopens");
    assert_eq!(
        a.summary.as_deref(),
        Some("Port Alder's harbour wall reopens after storm repairs.")
    );
    assert_eq!(a.published.as_str(), "2025-03-13T08:00:00Z");
    assert_eq!(a.updated.as_ref().map(Date::as_str), Some("2025-03-13T11:30:00Z"));
    assert_eq!(a.author, "Mara Penrose");
    assert_eq!(
        a.standfirst.as_deref(),
        Some("Open to walkers again, three months early.")
    );
    assert!(a.draft);
    assert!(!a.comments_open);
    assert_eq!(a.categories, ["Harbour"]);
    assert_eq!(a.tags, ["sea wall", "storms"]);
}

#[test]
fn broadsheets_own_names_are_read_too() {
    let a = read(
        "+++\ntitle = \"T\"\npublished = \"2025-01-10\"\nauthor = \"Harbour Office\"\nsummary = \"S\"\nstandfirst = \"F\"\ncomments_open = false\n+++\n## S\n\nText.\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (
            a.published.as_str(),
            a.author.as_str(),
            a.summary.as_deref(),
            a.standfirst.as_deref(),
            a.comments_open,
            a.draft
        ),
        ("2025-01-10", "Harbour Office", Some("S"), Some("F"), false, false)
    );
    // The slug is the file name unless the front matter gives it.
    assert_eq!(a.slug, "harbour-notice");
}

#[track_caller]
fn front_error(front: &str, line: usize, column: usize, says: &str) {
    let src = format!("+++\n{front}+++\n## S\n\nText.\n");
    let errors = errors_of(&src);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_error(&errors[0], MD, "front matter", line, column, &[says]);
}

#[test]
fn front_matter_mistakes_point_at_the_key() {
    let base = "title = \"T\"\ndate = 2025-01-10\nauthors = [\"A\"]\n";
    front_error(
        &format!("{base}weight = 3\n"),
        5,
        1,
        "unknown field `weight`, expected one of `title`",
    );
    front_error(
        &format!("{base}[extra]\nsubtitle = \"x\"\n"),
        6,
        1,
        "unknown field `subtitle`",
    );
    front_error(
        &format!("{base}published = \"2025-01-11\"\n"),
        5,
        13,
        "`published` is given twice, also as `date`: keep one of them",
    );
    front_error(
        &format!("{base}author = \"B\"\n"),
        5,
        10,
        "`author` is given twice, also as `authors`: keep one of them",
    );
    front_error(
        &format!("{base}summary = \"S\"\ndescription = \"D\"\n"),
        5,
        11,
        "`summary` is given twice, also as `description`: keep one of them",
    );
    front_error(
        &format!("{base}standfirst = \"S\"\n[extra]\nstandfirst = \"F\"\n"),
        5,
        14,
        "`standfirst` is given twice, also as `extra.standfirst`",
    );
    front_error(
        &format!("{base}tags = [\"a\"]\n[taxonomies]\ntags = [\"harbour\"]\n"),
        5,
        9,
        "`tags` is given twice, also as `taxonomies.tags`: keep one of them",
    );
    front_error(
        &format!("{base}[taxonomies]\nseries = [\"harbour\"]\n"),
        6,
        1,
        "unknown field `series`, expected `categories` or `tags`",
    );
    front_error(
        "title = \"T\"\ndate = 2025-01-10\nauthors = [\"A\", \"B\"]\n",
        4,
        11,
        "an article has one byline: give one name in `authors`",
    );
    front_error(
        "title = \"T\"\ndate = 2025-02-30\nauthors = [\"A\"]\n",
        3,
        8,
        "invalid date, expected day between 01 and 28",
    );
    front_error(
        "title = \"T\"\ndate = \"30 March\"\nauthors = [\"A\"]\n",
        3,
        8,
        "`30 March` is not a valid date",
    );
    front_error(
        "title = T\ndate = 2025-01-10\nauthors = [\"A\"]\n",
        2,
        9,
        "the front matter is TOML",
    );
    front_error(
        "date = 2025-01-10\nauthors = [\"A\"]\n",
        1,
        1,
        "the front matter has no `title`: add `title = \"The headline\"`",
    );
    front_error(
        "title = \"T\"\nauthors = [\"A\"]\n",
        1,
        1,
        "the front matter has no `date`: add `date = 2025-03-13`",
    );
    front_error(
        "title = \"T\"\ndate = 2025-01-10\n",
        1,
        1,
        "the front matter has no `authors`",
    );
}

#[test]
fn a_missing_field_is_reported_beside_other_front_matter_mistakes() {
    let errors = errors_of("+++\ntitle = \"T\"\nauthors = []\n+++\n## S\n\nText.\n");
    let said: Vec<_> = errors
        .iter()
        .map(|e| (e.line, e.column, e.message.as_str()))
        .collect();
    assert_eq!(
        said,
        [
            (1, 1, "the front matter has no `date`: add `date = 2025-03-13`"),
            (
                3,
                11,
                "`authors` is empty: name the author, `authors = [\"Mara Penrose\"]`"
            ),
        ]
    );
}

#[test]
fn an_article_without_toml_front_matter_is_told_how_to_start() {
    let e = &errors_of("## S\n\nText.\n")[0];
    assert_error(
        e,
        MD,
        "front matter",
        1,
        1,
        &["a Markdown article starts with its front matter: a `+++` line"],
    );
    let e = &errors_of("---\ntitle: T\n---\n## S\n\nText.\n")[0];
    assert_error(
        e,
        MD,
        "front matter",
        1,
        1,
        &["YAML front matter (`---`) is not read: write the front matter as TOML between `+++` lines"],
    );
    let e = &errors_of("+++\ntitle = \"T\"\n## S\n\nText.\n")[0];
    assert_error(e, MD, "front matter", 1, 1, &["starts with its front matter"]);
}

// --- What the model cannot hold: errors, never dropped ---------------------------------------------

/// Bodies with one mistake each, the line and column of the mistake (the front matter takes lines
/// 1 to 5), and what the error says.
const BODY_MISTAKES: &[(&str, usize, usize, &str)] = &[
    (
        "Intro.\n\n## S\n\nText.\n",
        6,
        1,
        "text before the first section: start the body with a `## ` section heading",
    ),
    (
        "## S\n\n<div class=\"x\">Text</div>\n",
        8,
        1,
        "raw HTML is not allowed: write it as Markdown",
    ),
    ("## S\n\nText <br> here.\n", 8, 6, "raw HTML is not allowed"),
    (
        "# Title\n\n## S\n\nText.\n",
        6,
        1,
        "a `# ` heading in the body: the headline is `title` in the front matter",
    ),
    (
        "## S\n\n#### Deep\n\nText.\n",
        8,
        1,
        "only `## ` (a section) and `### ` (a subheading) are read",
    ),
    (
        "## S\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
        8,
        1,
        "tables are not part of an article",
    ),
    (
        "## S\n\nText.\n\n[^1]: A note.\n",
        10,
        1,
        "footnotes are not part of an article",
    ),
    ("## S\n\n> Outer\n>\n> > Inner\n", 10, 3, "quotes do not nest"),
    (
        "## S\n\nText.\n\n## Empty\n\n## T\n\nText.\n",
        10,
        1,
        "this section heading has nothing after it: write a paragraph under it, or remove it",
    ),
    (
        "## S\n\nText.\n\n## Last\n",
        10,
        1,
        "this section heading has nothing after it",
    ),
    (
        "## S\n\n### Sub\n\n## T\n\nText.\n",
        8,
        1,
        "this subheading has nothing after it",
    ),
    (
        "## S\n\nText.\n\n### Sub\n",
        10,
        1,
        "this subheading has nothing after it",
    ),
    (
        "## S\n\nSee [this](javascript:alert(1)).\n",
        8,
        5,
        "`javascript:alert(1)` is not an allowed link: expected an address starting with https://",
    ),
    (
        "## S\n\nSee [this](https://a.example/ \"A title\").\n",
        8,
        5,
        "a link title (`\"A title\"`) is not shown",
    ),
    (
        "## S\n\n![Air](https://cdn.example/a.jpg)\n",
        8,
        1,
        "an image from another site needs its size in pixels: write `{width=1200 height=675}`",
    ),
    (
        "## S\n\n![Map](/content/images/map.png)\n",
        8,
        1,
        "cannot read /content/images/map.png: give the image's size after it",
    ),
    (
        "## S\n\n![Air](javascript:x){width=1 height=1}\n",
        8,
        1,
        "`javascript:x` is not an allowed image address",
    ),
    (
        "## S\n\nSee ![Air](https://cdn.example/a.jpg) here.\n",
        8,
        5,
        "an image is a figure only alone in its own paragraph",
    ),
    (
        "## S\n\n![Air](https://cdn.example/a.jpg) and text\n",
        8,
        34,
        "an image is a figure only alone in its own paragraph, followed at most by its size",
    ),
    (
        "## S\n\n3. Third\n4. Fourth\n",
        8,
        1,
        "a numbered list starts at `1.`",
    ),
    ("## S\n\n- One\n  - Inner\n", 9, 3, "lists do not nest"),
    (
        "## S\n\n```\ncode\n```\n",
        8,
        1,
        "code blocks are not part of an article: use inline `code`",
    ),
    (
        "## S\n\nText.\n\n---\n\nMore.\n",
        10,
        1,
        "a horizontal rule (`---`) is not part of an article",
    ),
    (
        "## S\n\nNot ~~this~~.\n",
        8,
        5,
        "struck-through text (`~~`) is not part of an article",
    ),
    (
        "## S\n\nOne  \nTwo.\n",
        8,
        4,
        "a line break (two spaces or `\\` at the end of a line) is not kept",
    ),
    ("## The *new* wall\n\nText.\n", 6, 8, "a heading is plain text"),
    (
        "## S {.wide}\n\nText.\n",
        6,
        1,
        "a heading takes only an id, `{#id}`",
    ),
    (
        "## S\n\n### Sub {#sub}\n\nText.\n",
        8,
        1,
        "a `### ` subheading has no id",
    ),
    (
        "## S\n\n> Said.\n>\n> Twice.\n",
        8,
        1,
        "a quote is one paragraph of text, and an optional last line `— who said it`",
    ),
    ("## S\n\n- One\n\n  Two\n", 10, 3, "a list item is one paragraph"),
    (
        "",
        6,
        1,
        "the body is empty: start it with a `## ` section heading",
    ),
];

#[test]
fn everything_the_model_cannot_hold_is_an_error_at_its_place() {
    let mut wrong = Vec::new();
    for (body, line, column, says) in BODY_MISTAKES {
        let errors = errors_of(&format!("{FRONT}{body}"));
        let found = errors
            .iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join("\n  ");
        let [e] = errors.as_slice() else {
            wrong.push(format!("{body:?}: expected one error, got\n  {found}"));
            continue;
        };
        let expected = format!("{MD}:{line}:{column}: at body: ");
        if !e.to_string().starts_with(&expected) || !e.message.contains(says) {
            wrong.push(format!("{body:?}: expected {expected}…{says}…, got\n  {found}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_mistake_in_a_file_is_reported() {
    let errors = errors_of(&format!("{FRONT}Intro.\n\n## S\n\n<p>x</p>\n\n# T\n"));
    let places: Vec<_> = errors.iter().map(|e| (e.line, e.column)).collect();
    assert_eq!(places, [(6, 1), (10, 1), (12, 1)], "{errors:#?}");
    // Both ends of inline HTML, and a footnote's reference and its text.
    let errors = errors_of(&format!(
        "{FRONT}## S\n\nText <b>bold</b>[^1].\n\n[^1]: A note.\n"
    ));
    let places: Vec<_> = errors
        .iter()
        .map(|e| (e.line, e.column, e.message.split(':').next().unwrap()))
        .collect();
    assert_eq!(
        places,
        [
            (8, 6, "raw HTML is not allowed"),
            (8, 13, "raw HTML is not allowed"),
            (8, 17, "footnotes are not part of an article"),
            (10, 1, "footnotes are not part of an article"),
        ]
    );
}

// --- Checks after reading, placed in the .md ------------------------------------------------------

#[test]
fn checks_after_reading_point_into_the_markdown() {
    let e = body_error("## S {#s}\n\nText.\n\n## T {#s}\n\nMore.\n");
    assert_error(
        &e,
        MD,
        "sections[1].id",
        10,
        6,
        &["section id `s` is already used by sections[0]"],
    );
    let e = body_error("## S {#comments}\n\nText.\n");
    assert_error(
        &e,
        MD,
        "sections[0].id",
        6,
        6,
        &["`comments` is an id the page itself uses"],
    );
    let e = one(read(
        "+++\ntitle = \"T\"\ndate = 2025-01-10\nupdated = 2025-01-09\nauthors = [\"A\"]\n+++\n## S\n\nText.\n"
    ));
    assert_error(
        &e,
        MD,
        "updated",
        4,
        11,
        &["updated (2025-01-09) is before published (2025-01-10)"],
    );
    let e = one(read(
        "+++\ntitle = \" \"\ndate = 2025-01-10\nauthors = [\"A\"]\n+++\n## S\n\nText.\n",
    ));
    assert_error(&e, MD, "title", 2, 9, &["the title is empty"]);
    let e = one(read(
        "+++\ntitle = \"T\"\ndate = 2025-01-10\nauthors = [\"A\"]\n[taxonomies]\ntags = [\"storms\", \"!!\"]\n+++\n## S\n\nText.\n",
    ));
    assert_error(
        &e,
        MD,
        "tags[1]",
        6,
        19,
        &["`!!` cannot be a tag: it is empty or only punctuation"],
    );
    let e = one(read("+++\ntitle = \"T\"\nslug = \"Not A Slug\"\ndate = 2025-01-10\nauthors = [\"A\"]\n+++\n## S\n\nText.\n"));
    assert_error(&e, MD, "slug", 3, 8, &["`Not A Slug` is not a slug"]);
    let e = body_error("## S\n\n![ ](/content/images/basin.png)\n");
    assert_error(
        &e,
        MD,
        "sections[0].blocks[0].figure.image.alt",
        8,
        1,
        &["the image's alt text is empty"],
    );
}

fn one(result: Result<Article, ContentErrors>) -> ContentError {
    let mut errors = result.expect_err("expected an error").0;
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors.remove(0)
}

// --- Comments files and the checks across files ---------------------------------------------------

fn file(name: &str, src: &str) -> ArticleFile {
    ArticleFile {
        file: format!("articles/{name}"),
        bytes: src.as_bytes().to_vec(),
    }
}

const MD_ARTICLE: &str = "+++\ntitle = \"Harbour Notice\"\ndate = 2025-01-10\nauthors = [\"Harbour Office\"]\n+++\n\n## Notice\n\nThe inner basin will be dredged next week.\n";

#[test]
fn comments_come_from_the_comments_file_and_its_errors_point_into_it() {
    let comments = "{\n  \"comments\": [\n    { \"id\": \"c1\", \"author\": \"Jory\", \"date\": \"2025-01-11\", \"text\": \"Good.\" },\n    { \"id\": \"c2\", \"parent\": \"c9\", \"author\": \"Ana\", \"date\": \"2025-01-11\", \"text\": \"Yes.\" }\n  ]\n}\n";
    let errors = check_set(
        "site.json",
        SITE.as_bytes(),
        &[
            file("harbour-notice.comments.json", comments),
            file("harbour-notice.md", MD_ARTICLE),
        ],
    )
    .expect_err("a reply to no comment")
    .0;
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_error(
        &errors[0],
        "articles/harbour-notice.comments.json",
        "comments[1].parent",
        4,
        29,
        &["parent `c9` is not the id of an earlier comment"],
    );
    let fixed = comments.replace("c9", "c1");
    let set = check_set(
        "site.json",
        SITE.as_bytes(),
        &[
            file("harbour-notice.comments.json", &fixed),
            file("harbour-notice.md", MD_ARTICLE),
        ],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(set.articles[0].comments.len(), 2);
}

#[test]
fn a_slug_in_both_forms_names_both_files() {
    let errors = check_set(
        "site.json",
        SITE.as_bytes(),
        &[
            file("harbour-notice.json", BASE),
            file("harbour-notice.md", MD_ARTICLE),
        ],
    )
    .expect_err("the same article twice")
    .0;
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_error(
        &errors[0],
        "articles/harbour-notice.md",
        "(top level)",
        1,
        1,
        &["articles/harbour-notice.md and articles/harbour-notice.json are the same article: keep one of them"],
    );
}

#[test]
fn a_comments_file_without_its_markdown_article_is_refused() {
    let errors = check_set(
        "site.json",
        SITE.as_bytes(),
        &[
            file("harbour-notice.json", BASE),
            file("harbour-notice.comments.json", "{\"comments\": []}"),
        ],
    )
    .expect_err("comments for a JSON article")
    .0;
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_error(
        &errors[0],
        "articles/harbour-notice.comments.json",
        "(top level)",
        1,
        1,
        &["there is no `harbour-notice.md` beside it"],
    );
}

#[test]
fn a_markdown_slug_must_match_its_file_name() {
    let src = MD_ARTICLE.replace("+++\n\n", "slug = \"dredging\"\n+++\n\n");
    let errors = check_set("site.json", SITE.as_bytes(), &[file("harbour-notice.md", &src)])
        .expect_err("a slug that is not the file's")
        .0;
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_error(
        &errors[0],
        "articles/harbour-notice.md",
        "slug",
        5,
        8,
        &["slug `dredging` does not match the file name: name the file `dredging.md`"],
    );
}

// --- Drafts and dates in the future ---------------------------------------------------------------

#[test]
fn release_builds_leave_out_drafts_and_articles_dated_in_the_future() {
    let draft = MD_ARTICLE.replace("+++\n\n", "draft = true\n+++\n\n");
    let future = edit(
        BASE,
        &[("harbour-notice", "tide-tables"), ("2025-01-10", "2031-06-01")],
    );
    let now = Date::parse("2026-12-02T19:00:00Z").unwrap();
    let set = check_set(
        "site.json",
        SITE.as_bytes(),
        &[
            file("harbour-notice.md", &draft),
            file("tide-tables.json", &future),
            file("second.json", &edit(BASE, &[("harbour-notice", "second")])),
        ],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let left_out: Vec<String> = set
        .left_out(&now)
        .into_iter()
        .map(|(a, why)| why.note(a))
        .collect();
    assert_eq!(
        left_out,
        [
            "tide-tables (dated 2031-06-01, in the future)",
            "harbour-notice (a draft)"
        ]
    );
    let published: Vec<String> = set
        .published(&now)
        .articles
        .iter()
        .map(|a| a.slug.clone())
        .collect();
    assert_eq!(published, ["second"]);
}
