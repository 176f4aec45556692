//! Small browser helpers, kept at the edge: how a browser module starts, focus, scrolling, the
//! address and the sections being read.

use send_wrapper::SendWrapper;
use wasm_bindgen::{closure::Closure, JsCast};

// Every browser module allocates with talc, which is smaller than Rust's default; it is not thread-safe,
// and no module runs threads.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Starts a browser module: a panic from then on shows the page's "Something went wrong" notice
/// instead of leaving dead controls; then `hydrate_islands` (Leptos's) readies the module's islands,
/// which the page's `hydrate.js` hands their elements to.
pub fn start(hydrate_islands: fn()) {
    std::panic::set_hook(Box::new(|_| show_crash_notice()));
    hydrate_islands();
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// Shows the page's "Something went wrong" notice (`#crash`).
pub fn show_crash_notice() {
    if let Some(el) = element("crash") {
        let _ = el.remove_attribute("hidden");
    }
}

/// Moves keyboard focus to the element without jumping the page.
pub fn focus_id(id: &str) {
    if let Some(el) = element(id) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

/// Scrolls the element into view. `smooth` follows the stylesheet, which turns smooth
/// scrolling on only for readers who have not asked for reduced motion.
pub fn scroll_to_id(id: &str, smooth: bool) {
    if let Some(el) = element(id) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_behavior(if smooth {
            web_sys::ScrollBehavior::Auto
        } else {
            web_sys::ScrollBehavior::Instant
        });
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Scrolls to and focuses `id` (focusing `focus` instead when given): for error summaries and
/// section links.
pub fn go_to(id: &str, focus: Option<&str>) {
    scroll_to_id(id, true);
    focus_id(focus.unwrap_or(id));
}

/// Adds `#id` to the address so Back and sharing work, without the browser's own jump.
pub fn push_hash(id: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("#{id}")));
    }
}

/// The `#fragment` of the current address, decoded, without the `#`.
pub fn current_hash() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let raw = hash.strip_prefix('#')?;
    let decoded: String = js_sys::decode_uri_component(raw).ok()?.into();
    Some(decoded).filter(|h| !h.is_empty())
}

/// The value of a parameter of the address's query (`?q=…`), or empty.
pub fn query_param(name: &str) -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get(name))
        .unwrap_or_default()
}

/// Puts these parameters in the address's query (an empty one is left out), as a new history entry
/// (`push`) or in place of the current one, so Back and sharing work.
pub fn set_query_params(params: &[(&str, &str)], push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&window.location().href().unwrap_or_default()) else {
        return;
    };
    let query = url.search_params();
    for (name, value) in params {
        if value.is_empty() {
            query.delete(name);
        } else {
            query.set(name, value);
        }
    }
    url.set_search(&String::from(query.to_string()));
    if url.href() == window.location().href().unwrap_or_default() {
        return;
    }
    if let Ok(history) = window.history() {
        let state = wasm_bindgen::JsValue::NULL;
        let _ = if push {
            history.push_state_with_url(&state, "", Some(&url.href()))
        } else {
            history.replace_state_with_url(&state, "", Some(&url.href()))
        };
    }
}

/// Runs `f` after the browser has applied pending DOM updates.
pub fn after_render(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(f);
}

/// The value of the input or textarea whose id is `id`.
pub fn field_value(id: &str) -> Option<String> {
    let el = web_sys::window()?.document()?.get_element_by_id(id)?;
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        Some(input.value())
    } else {
        el.dyn_ref::<web_sys::HtmlTextAreaElement>().map(|t| t.value())
    }
}

/// Whether the checkbox whose id is `id` is ticked.
pub fn is_checked(id: &str) -> bool {
    element(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|c| c.checked())
}

/// Calls `on_change` with the section the reader is in whenever it changes: the first of the
/// elements with these ids crossing the top 30% of the viewport, else the last one scrolled past,
/// else none (above the first). Watches until the reactive owner that called it is cleaned up.
pub fn watch_sections(ids: &[String], on_change: impl Fn(Option<String>) + 'static) {
    let watched = ids.to_vec();
    // Per section: (crossing the band, entirely above it), from the latest observation.
    let mut state = vec![(false, false); ids.len()];
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for entry in entries.iter() {
            let entry: web_sys::IntersectionObserverEntry = entry.unchecked_into();
            if let Some(i) = watched.iter().position(|id| *id == entry.target().id()) {
                state[i] = (entry.is_intersecting(), entry.bounding_client_rect().top() < 0.0);
            }
        }
        let pick = state
            .iter()
            .position(|s| s.0)
            .or_else(|| state.iter().rposition(|s| s.1));
        on_change(pick.map(|i| watched[i].clone()));
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("0px 0px -70% 0px");
    let Ok(observer) =
        web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
    else {
        return;
    };
    for id in ids {
        if let Some(section) = element(id) {
            observer.observe(&section);
        }
    }
    // The observer calls back until it is disconnected, so the callback lives as long.
    let watching = SendWrapper::new((observer, callback));
    leptos::prelude::on_cleanup(move || watching.take().0.disconnect());
}
