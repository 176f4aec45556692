//! The browser's entry point: one WebAssembly module that hydrates all three islands. Trunk's loader
//! runs it; `src/hydrate.js` then hands each `<leptos-island>` to its exported function. Naming the
//! island crates links their islands' exports into the module. Each island crate also has a module of
//! its own (`crates/islands/*/src/main.rs`), for loading an island's code only on the pages that need it.

use island_comments as _;
use island_contents as _;
use island_search as _;

fn main() {
    dom::start(leptos::mount::hydrate_islands);
}
