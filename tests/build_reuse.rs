//! Rebuilding after an edit (issue 13): the prerenderer takes a page from the last build when nothing
//! it is made from has changed, and the site it writes is byte for byte the one a build from scratch
//! writes. Run as the post-build hook runs it (`prerender::run`), on a copy of `tests/content/multi`.
#![cfg(feature = "ssr")]

mod common;

use build::{run, Job};
use common::repo;
use std::path::{Path, PathBuf};

/// A folder under the system's temporary folder, empty.
fn folder(root: &Path, name: &str) -> PathBuf {
    let dir = root.join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A staging folder as Trunk leaves it for the hook.
fn staging(root: &Path, name: &str) -> PathBuf {
    let dir = folder(root, name);
    common::trunk_staging(&dir);
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every file under `dir`, relative to it, with its text.
fn files(dir: &Path) -> Vec<(PathBuf, String)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path.strip_prefix(root).unwrap().to_owned(), text));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

#[test]
fn an_edit_renders_only_the_pages_it_touches_and_the_site_is_as_if_built_afresh() {
    let root = std::env::temp_dir().join(format!("broadsheet-reuse-build-{}", std::process::id()));
    let content = root.join("content");
    let _ = std::fs::remove_dir_all(&root);
    copy_dir(&repo("tests/content/multi"), &content);
    let record = root.join("record.tsv");
    let build = |out: &Path, last: Option<&Path>| {
        run(&Job {
            content: content.clone(),
            out: out.to_owned(),
            public_url: "/".into(),
            release: true,
            last_build: last.map(|dist| (dist.to_owned(), record.clone())),
        })
        .unwrap_or_else(|e| panic!("{e}"))
    };

    // The first build has no last build to take from.
    let first = staging(&root, "first");
    assert_eq!(build(&first, Some(&root.join("no-such-dist"))).reused, 0);
    // Nothing changed: every page is taken again.
    let same = staging(&root, "same");
    let built = build(&same, Some(&first));
    let pages = files(&first)
        .iter()
        .filter(|(f, _)| f.extension().is_some_and(|e| e == "html"))
        .count();
    assert_eq!(built.reused, pages);
    assert_eq!(files(&same), files(&first));
    // Taken, not read and written again: the page is the last build's file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let inode = |dir: &Path| {
            std::fs::metadata(dir.join("articles/spring-fish-festival/index.html"))
                .unwrap()
                .ino()
        };
        assert_eq!(inode(&same), inode(&first));
    }

    // A paragraph of one article changes: its page, its neighbours' and the lists holding it are
    // rendered again, the rest taken; the result is what a build from scratch writes.
    let article = content.join("articles/spring-fish-festival.json");
    let text = std::fs::read_to_string(&article).unwrap();
    let edited = text.replacen("\"paragraph\": \"", "\"paragraph\": \"Updated: ", 1);
    assert_ne!(edited, text);
    std::fs::write(&article, edited).unwrap();
    let again = staging(&root, "again");
    let built = build(&again, Some(&same));
    assert!(
        built.reused > 0 && built.reused < pages,
        "{} of {pages} taken",
        built.reused
    );
    let afresh = staging(&root, "afresh");
    build(&afresh, None);
    assert_eq!(files(&again), files(&afresh));
    let page = std::fs::read_to_string(again.join("articles/spring-fish-festival/index.html")).unwrap();
    assert!(page.contains("Updated: "));

    // A page of the last build changed by hand since is not taken, though its inputs are the same:
    // it is rendered again.
    let untouched = same.join("articles/breakwater-repairs-approved/index.html");
    assert_eq!(
        std::fs::read_to_string(&untouched).unwrap(),
        std::fs::read_to_string(again.join("articles/breakwater-repairs-approved/index.html")).unwrap()
    );
    std::fs::write(&untouched, "changed by hand").unwrap();
    let third = staging(&root, "third");
    build(&third, Some(&same));
    assert_eq!(files(&third), files(&afresh));
    let _ = std::fs::remove_dir_all(&root);
}
