//! The contents in a browser module of its own, with no other island's code: what a page that needs only
//! this island can load (`scripts/wasm-sizes` measures it).

use island_contents as _;

fn main() {
    dom::start(leptos::mount::hydrate_islands);
}
