//! What the content test files share: a valid article and site that each test breaks one part
//! of, ways to break them and to read the errors, and the content folders in the repository.
//!
//! Each test file uses some of these, so the ones a file does not use are not dead code.
#![allow(dead_code)]

use content::*;
use std::path::{Path, PathBuf};

pub const FILE: &str = "articles/harbour-notice.json";

/// A valid article; each test breaks one part of it. Line numbers in the tests refer to it:
/// 2 slug, 3 title, 4 published, 5 author, 6 sections, 8 heading, 10 subheading,
/// 11 paragraph, 15 comments, 16 the closing brace.
pub const BASE: &str = r#"{
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

pub const SITE: &str = r#"{
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
pub fn edit(base: &str, edits: &[(&str, &str)]) -> String {
    let mut s = base.to_owned();
    for (from, to) in edits {
        assert_eq!(s.matches(from).count(), 1, "`{from}` must occur once");
        s = s.replace(from, to);
    }
    s
}

/// The article with its paragraph block (line 11) replaced by `block`.
pub fn with_block(block: &str) -> String {
    edit(
        BASE,
        &[(
            r#"{ "paragraph": "The inner basin will be dredged next week." }"#,
            block,
        )],
    )
}

pub fn article_errors(src: &[u8]) -> Vec<ContentError> {
    match parse_article(FILE, src) {
        Ok(_) => panic!("expected an error in:\n{}", String::from_utf8_lossy(src)),
        Err(e) => e.0,
    }
}

pub fn one_article_error(src: &str) -> ContentError {
    let mut errors = article_errors(src.as_bytes());
    assert_eq!(errors.len(), 1, "expected one error, got {errors:#?}");
    errors.remove(0)
}

pub fn one_site_error(src: &str) -> ContentError {
    match parse_site("site.json", src.as_bytes()) {
        Ok(_) => panic!("expected an error in:\n{src}"),
        Err(mut e) => {
            assert_eq!(e.0.len(), 1, "expected one error, got {:#?}", e.0);
            e.0.remove(0)
        }
    }
}

#[track_caller]
pub fn assert_error(e: &ContentError, file: &str, path: &str, line: usize, column: usize, says: &[&str]) {
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
pub fn end_col(src: &str, line: usize, needle: &str) -> usize {
    let text = src.lines().nth(line - 1).expect("line exists");
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not on line {line}: {text}"));
    text[..at + needle.len()].chars().count()
}

/// Each (block, path of the bad href, the bad value as written in JSON).
pub const BAD_LINKS: &[(&str, &str, &str)] = &[
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

// --- Content folders in the repository -----------------------------------------------------------

pub fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// Reads a content folder the way the build does: site.json and articles/*.json, sorted.
/// File names in errors are relative to `dir`.
pub fn read_set(dir: &Path) -> (Vec<u8>, Vec<ArticleFile>) {
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

// --- The malformed corpus (`tests/content/bad`) --------------------------------------------------

/// One line of `expected.txt`: `file:line:column: at path: message fragment`.
pub fn parse_expected(line: &str) -> (String, String) {
    let (place, rest) = line
        .split_once(": at ")
        .expect("file:line:column: at path: message");
    let (path, message) = rest.split_once(": ").expect("path: message");
    (format!("{place}: at {path}"), message.to_owned())
}

pub fn bad_cases() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(repo("tests/content/bad"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

pub fn expected_lines(dir: &Path) -> Vec<(String, String)> {
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

/// Fills `dir` with what Trunk leaves in its staging folder for the post-build hook: an `index.html`
/// page shell, `public/_headers`, and the islands' modules (stand-ins: the build only names them),
/// the main one hashed by Trunk and the two others not.
pub fn trunk_staging(dir: &Path) {
    std::fs::create_dir_all(dir.join("assets")).unwrap();
    for (file, text) in [
        ("contents-0123456789abcdef.js", "contents"),
        ("contents-0123456789abcdef_bg.wasm", "contents"),
        ("comments.js", "comments"),
        ("comments_bg.wasm", "comments"),
        ("search.js", "search"),
        ("search_bg.wasm", "search"),
    ] {
        std::fs::write(dir.join("assets").join(file), text).unwrap();
    }
    std::fs::write(
        dir.join("index.html"),
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Broadsheet</title></head>\
         <body><div id=\"app\"></div></body></html>\n",
    )
    .unwrap();
    let headers = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/_headers");
    std::fs::copy(headers, dir.join("_headers")).unwrap();
}
