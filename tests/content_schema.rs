//! The JSON Schema in `public/content/schema/`: it is what the content types generate, every valid
//! content set validates against it, and the malformed corpus's mistakes of shape (a wrong type, an
//! unknown field or block, a refused address, a list for an object…) do not. Validated with the
//! `jsonschema` crate, as an editor's JSON support would.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use content::{schema, FileKind};
use serde_json::Value;
use std::path::Path;

fn committed(name: &str) -> String {
    std::fs::read_to_string(repo("public/content/schema").join(name))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    for (name, generated) in schema::FILES.iter().zip([schema::site(), schema::article()]) {
        assert!(
            committed(name) == schema::text(&generated),
            "public/content/schema/{name} is not what the content types generate: run \
             `cargo run --bin check-content -- --write-schema` and commit the result"
        );
    }
}

struct Validators {
    site: jsonschema::Validator,
    article: jsonschema::Validator,
}

fn validators() -> Validators {
    let compile = |name: &str| {
        let schema: Value = serde_json::from_str(&committed(name)).unwrap();
        jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{name} is no valid schema: {e}"))
    };
    Validators {
        site: compile("site.schema.json"),
        article: compile("article.schema.json"),
    }
}

/// Every schema error in the folder's `site.json` and JSON articles, as `file: error at path`.
fn schema_errors(dir: &Path, v: &Validators) -> Vec<String> {
    let mut files = vec![(dir.join("site.json"), &v.site)];
    let mut articles: Vec<_> = std::fs::read_dir(dir.join("articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| matches!(FileKind::of(&p.to_string_lossy()), Some((FileKind::Json, _))))
        .collect();
    articles.sort();
    files.extend(articles.into_iter().map(|p| (p, &v.article)));
    let mut errors = Vec::new();
    for (path, validator) in files {
        let Ok(value) = serde_json::from_slice::<Value>(&std::fs::read(&path).unwrap()) else {
            errors.push(format!("{}: not JSON", path.display()));
            continue;
        };
        for e in validator.iter_errors(&value) {
            errors.push(format!("{}: {e} at {}", path.display(), e.instance_path));
        }
    }
    errors
}

#[test]
fn every_valid_content_set_validates() {
    let v = validators();
    for set in [
        "public/content",
        "tests/content/multi",
        "tests/content/isso",
        "tests/content/markdown",
    ] {
        let errors = schema_errors(&repo(set), &v);
        assert!(errors.is_empty(), "{set}:\n{}", errors.join("\n"));
    }
    // The bundled files name the schema, so an editor finds it.
    assert!(committed_json("public/content/site.json")["$schema"] == "schema/site.schema.json");
}

fn committed_json(rel: &str) -> Value {
    serde_json::from_slice(&std::fs::read(repo(rel)).unwrap()).unwrap()
}

/// The corpus cases whose mistake is one of shape, which the schema must catch as an editor types.
/// (The others — duplicates, references, dates that do not exist, lengths — only `check-content`
/// can see.)
const SHAPE_MISTAKES: &[&str] = &[
    "article-is-a-list",
    "bad-date-word",
    "bad-image-src",
    "data-link",
    "empty-key",
    "javascript-link-in-em",
    "javascript-link-nested",
    "list-for-an-object",
    "missing-field",
    "negative-number",
    "null-title",
    "protocol-relative-link",
    "unknown-block",
    "unknown-field",
    "unknown-span",
    "unknown-widget",
    "wrong-type",
];

#[test]
fn the_corpus_mistakes_of_shape_fail_validation() {
    let v = validators();
    let cases: Vec<String> = bad_cases()
        .iter()
        .map(|d| d.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for case in SHAPE_MISTAKES {
        assert!(cases.iter().any(|c| c == case), "no corpus case {case}");
        let errors = schema_errors(&repo("tests/content/bad").join(case), &v);
        assert!(!errors.is_empty(), "{case} validates against the schema");
    }
}
