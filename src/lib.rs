//! Broadsheet: a news site in Rust + Leptos. Every page is rendered to HTML at build time; only its
//! interactive parts, the islands, are compiled to WebAssembly and hydrated in the browser.
//!
//! Layers, each using only the ones after it (no cycles):
//!
//! - `prerender` (native): checks the content, renders every page into Trunk's `index.html`, and
//!   writes the site files (head tags, CSP, sitemap, feed);
//! - `pages`: one component per kind of page;
//! - `components`: the static building blocks (header, article, sidebar, lists);
//! - `islands`: the interactive parts (the contents, the comment box) — all the browser downloads;
//! - `comments`: the comment box's rules and its browser edge (drafts, Isso);
//! - `content`: the content format, its types and its checks (pure Rust);
//! - `i18n`: every reader's language: the message catalogues, dates and numbers, text direction.
//!
//! `dom` and `paths` are small helpers at the edges: browser calls, and the site's URL prefix.

#![recursion_limit = "256"]

pub mod comments;
pub mod content;
pub mod dom;
pub mod i18n;
// Islands need Leptos's `islands` feature, which `ssr` and `hydrate` turn on; the content check
// (`cargo run --bin check-content`) builds without either.
#[cfg(any(feature = "ssr", feature = "hydrate"))]
pub mod islands;
pub mod paths;

#[cfg(feature = "ssr")]
pub mod components;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
