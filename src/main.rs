//! The browser's entry point: the WebAssembly that hydrates the page's islands. Trunk's loader runs
//! it; `src/hydrate.js` then hands each `<leptos-island>` to its exported function. Naming the island
//! crates links their islands' exports into the module.

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

use island_comments as _;
use island_contents as _;
use island_search as _;

fn main() {
    // A panic shows the page's "Something went wrong" notice instead of leaving dead controls.
    std::panic::set_hook(Box::new(|_| dom::show_crash_notice()));
    leptos::mount::hydrate_islands();
}
