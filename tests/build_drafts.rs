//! Drafts and articles dated in the future in a build: the prerenderer, run as Trunk's post-build
//! hook runs it (`prerender::run` with the hook's profile), on `tests/content/markdown` and a
//! staging folder holding what Trunk leaves there (`index.html`, `_headers`). A release build
//! leaves both out of `dist/`, the feed and the sitemap; a debug build (`trunk serve`) has their
//! pages, but the feed and sitemap still never announce a draft.
#![cfg(feature = "ssr")]

mod common;

use build::{run, Job};
use common::repo;
use std::path::PathBuf;

const DRAFT: &str = "articles/tide-tables-draft/index.html";
const FUTURE: &str = "articles/regatta-2099/index.html";
const PUBLISHED: &str = "articles/harbour-wall-reopens/index.html";

/// A staging folder as Trunk leaves it for the hook, removed when dropped.
struct Staging(PathBuf);

impl Staging {
    fn new(name: &str) -> Staging {
        let dir = std::env::temp_dir().join(format!("broadsheet-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        common::trunk_staging(&dir);
        Staging(dir)
    }

    fn build(&self, release: bool) {
        run(&Job {
            content: repo("tests/content/markdown"),
            out: self.0.clone(),
            public_url: "/".into(),
            release,
            last_build: None,
        })
        .unwrap_or_else(|e| panic!("{e}"));
    }

    fn has(&self, file: &str) -> bool {
        self.0.join(file).is_file()
    }

    fn read(&self, file: &str) -> String {
        std::fs::read_to_string(self.0.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn a_release_build_leaves_out_drafts_and_articles_dated_in_the_future() {
    let dist = Staging::new("release-drafts");
    dist.build(true);
    assert!(dist.has(PUBLISHED));
    assert!(!dist.has(DRAFT), "the draft is in a release build");
    assert!(!dist.has(FUTURE), "an article dated 2099 is in a release build");
    for file in ["sitemap.xml", "feed.xml", "index.html", "404.html", PUBLISHED] {
        let text = dist.read(file);
        assert!(!text.contains("tide-tables-draft"), "{file} names the draft");
        assert!(
            !text.contains("regatta-2099"),
            "{file} names the article dated 2099"
        );
    }
}

#[test]
fn a_debug_build_shows_them_but_never_announces_a_draft() {
    let dist = Staging::new("debug-drafts");
    dist.build(false);
    assert!(dist.has(PUBLISHED));
    assert!(dist.has(DRAFT), "trunk serve must show the draft");
    assert!(dist.has(FUTURE));
    assert!(dist.read(DRAFT).contains("Spring Tide Tables (Draft)"));
    for file in ["sitemap.xml", "feed.xml"] {
        assert!(
            !dist.read(file).contains("tide-tables-draft"),
            "{file} names the draft"
        );
    }
}
