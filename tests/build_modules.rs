//! The islands' modules in a build (part 10): the build names the modules Trunk leaves unhashed by a
//! hash of their files, leaves Trunk's loader out, and lists in each page only the modules of the
//! islands it can have; a page without islands lists none and loads no script that fetches them.
#![cfg(feature = "ssr")]

mod common;

use build::{run, Job};
use common::repo;

#[test]
fn modules_are_hashed_and_each_page_lists_only_its_islands_modules() {
    let dir = std::env::temp_dir().join(format!("broadsheet-modules-build-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    common::trunk_staging(&dir);
    run(&Job {
        content: repo("tests/content/markdown"),
        out: dir.clone(),
        public_url: "/".into(),
        release: true,
        last_build: None,
    })
    .unwrap_or_else(|e| panic!("{e}"));
    let assets: Vec<String> = std::fs::read_dir(dir.join("assets"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    let named = |module: &str, suffix: &str| {
        assets
            .iter()
            .find(|a| a.starts_with(&format!("{module}-")) && a.ends_with(suffix))
            .unwrap_or_else(|| panic!("no {module}-<hash>{suffix} in {assets:?}"))
            .clone()
    };
    assert!(
        !assets.iter().any(|a| a == "comments.js" || a == "search_bg.wasm"),
        "{assets:?}"
    );
    let (comments, search) = (named("comments", "_bg.wasm"), named("search", ".js"));
    assert_eq!(named("contents", ".js"), "contents-0123456789abcdef.js");

    let read = |file: &str| std::fs::read_to_string(dir.join(file)).unwrap();
    let modules = |html: &str| {
        html.split_once(r#"<script type="application/json" id="island-modules">"#)
            .map(|(_, rest)| rest.split_once("</script>").unwrap().0.to_owned())
    };
    let article = read("articles/harbour-wall-reopens/index.html");
    let listed = modules(&article).expect("an article lists its modules");
    assert!(
        listed.contains("\"Contents\"") && listed.contains("\"CommentBox\""),
        "{listed}"
    );
    assert!(
        listed.contains(&format!("/assets/{comments}")) && !listed.contains("Search"),
        "{listed}"
    );
    assert!(!article.contains("loader-"), "Trunk's loader is left out");
    let search_page = modules(&read("search/index.html")).expect("the search page lists its module");
    assert!(search_page.contains(&format!("/assets/{search}")) && !search_page.contains("CommentBox"));
    for page in ["404.html", "archive/index.html"] {
        let html = read(page);
        assert_eq!(modules(&html), None, "{page} lists modules");
        assert!(!html.contains("type=\"module\""), "{page} loads a module script");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
