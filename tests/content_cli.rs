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
