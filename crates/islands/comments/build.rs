//! Decides one thing about the comment box from the content: whether it carries the Isso client. Only
//! a site whose `site.json` names a comment server needs it, so every other site's readers never
//! download it (`cfg(isso_client)`, which chooses the `server` module in `src/lib.rs`). The build
//! renders the box with the same choice as the browser's WebAssembly; the crate's own tests always
//! have the client.
//!
//! Nothing else of the content reaches the WebAssembly: the prerenderer checks the content and writes
//! every page (the `build` crate), so editing an article re-runs only the prerenderer. A `site.json`
//! that does not read is left for the prerenderer to report, with file, line and column.
//!
//! `BROADSHEET_CONTENT` picks another content folder (the tests use their own sets).

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-env-changed=BROADSHEET_CONTENT");
    println!("cargo::rustc-check-cfg=cfg(isso_client)");
    // The workspace's root, where Trunk runs and BROADSHEET_CONTENT is relative to.
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
        .join("../../..");
    let dir =
        std::env::var("BROADSHEET_CONTENT").map_or_else(|_| root.join("public/content"), |d| root.join(d));
    let site = dir.join("site.json");
    println!("cargo::rerun-if-changed={}", site.display());
    if has_comment_server(&site) {
        println!("cargo::rustc-cfg=isso_client");
    }
}

/// Whether `site.json` has a `comment_server`.
fn has_comment_server(site: &std::path::Path) -> bool {
    std::fs::read(site)
        .ok()
        .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
        .is_some_and(|site| site.get("comment_server").is_some_and(|s| !s.is_null()))
}
