//! The malformed corpus in `tests/content/bad`: one folder per mistake, each with the content set
//! that makes it and an `expected.txt` that lists every error, in order, with its place. Every case
//! fails exactly there, inside its file, without a panic; and the corpus covers every kind of
//! mistake an editor makes.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use content::*;

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
        "categories, tags and list pages (issue 13)",
        &["colliding-category", "punctuation-tag", "per-page-zero"],
    ),
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
