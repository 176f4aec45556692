//! The `check-content` command: what it prints and how it exits, for good sets, bad files, every
//! case of the malformed corpus, and folders or files it cannot read (it reports, never panics).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

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

// --- Markdown: the set, the conversions, a new article -------------------------------------------

#[test]
fn check_content_reads_markdown_and_says_what_release_builds_leave_out() {
    let (code, stdout, stderr) = check_content(&[Path::new("tests/content/markdown")]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        [
            r#"ok: 4 articles, site "The Harbour Ledger""#,
            "left out of release builds: regatta-2099 (dated 2099-07-01, in the future)",
            "left out of release builds: tide-tables-draft (a draft)",
        ]
    );
}

#[test]
fn to_markdown_and_to_json_turn_an_article_into_the_other_form() {
    let tmp = TempDir::new("convert");
    let json_file = Path::new("tests/content/markdown/articles/harbour-wall-reopens-json.json");
    let (code, markdown, stderr) = check_content(&[Path::new("--to-markdown"), json_file]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        markdown.starts_with("+++\ntitle = \"Harbour Wall Reopens After Storm Repairs\"\n"),
        "{markdown}"
    );
    assert!(
        markdown.contains("\n## What Changed {#what-changed}\n"),
        "{markdown}"
    );
    // The comments are not part of the Markdown: the command says where they go.
    assert!(
        stderr.contains("the article's 2 comments are not part of the Markdown"),
        "{stderr}"
    );

    // Back to JSON: the same article as the JSON file, but for the slug the new file name gives it
    // and the `$schema` the JSON file names.
    let md = tmp.0.join("articles/harbour-wall-reopens-json.md");
    std::fs::write(&md, &markdown).unwrap();
    let (code, json, stderr) = check_content(&[Path::new("--to-json"), &md]);
    assert_eq!(code, 0, "{stderr}");
    let mut original: serde_json::Value = serde_json::from_slice(&std::fs::read(json_file).unwrap()).unwrap();
    original.as_object_mut().unwrap().remove("$schema");
    original.as_object_mut().unwrap().remove("comments");
    let back: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(back, original);

    // A mistake in the Markdown is reported with its place, as check-content reports it.
    std::fs::write(&md, markdown.replace("## What Changed", "# What Changed")).unwrap();
    let (code, _, stderr) = check_content(&[Path::new("--to-json"), &md]);
    assert_eq!(code, 1);
    let line = markdown
        .lines()
        .position(|l| l.starts_with("## What Changed"))
        .unwrap()
        + 1;
    assert!(
        stderr.contains(&format!(
            "{}:{line}:1: at body: a `# ` heading in the body",
            md.display()
        )),
        "{stderr}"
    );
}

#[test]
fn new_article_writes_a_draft_that_passes_and_refuses_a_taken_slug() {
    let tmp = TempDir::new("new-article");
    std::fs::write(tmp.0.join("site.json"), SITE).unwrap();
    let new = |title: &str| {
        Command::new("scripts/new-article")
            .arg(title)
            .env("BROADSHEET_CONTENT", &tmp.0)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("runs")
    };
    let out = new("Lifeboat Day: “All Hands” Needed");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let file = tmp.0.join("articles/lifeboat-day-all-hands-needed.md");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.starts_with("+++\ntitle = \"Lifeboat Day: “All Hands” Needed\"\ndate = 20"),
        "{text}"
    );
    assert!(
        text.contains("\ndraft = true\n+++\n\n## First Section\n"),
        "{text}"
    );
    let (code, stdout, stderr) = check_content(&[&tmp.0]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("left out of release builds: lifeboat-day-all-hands-needed (a draft)"),
        "{stdout}"
    );

    let out = new("Lifeboat day — all hands needed!");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("lifeboat-day-all-hands-needed.md already exists: the slug `lifeboat-day-all-hands-needed` is taken"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        text,
        "the article was overwritten"
    );
}
