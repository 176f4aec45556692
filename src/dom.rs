//! Small browser helpers for focus and scrolling, kept at the edge.

use wasm_bindgen::JsCast;

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
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

/// Scrolls to and focuses `id` (focusing `focus` instead when given): for skip links,
/// error summaries and section links, which the router would otherwise swallow.
pub fn go_to(id: &str, focus: Option<&str>) {
    scroll_to_id(id, true);
    focus_id(focus.unwrap_or(id));
}

/// Adds `#id` to the address so Back and sharing work, without a router navigation.
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

/// Runs `f` after the browser has applied pending DOM updates.
pub fn after_render(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(f);
}

/// Points `<head>` at the page now shown, after client-side navigation: the title, the meta
/// description and the canonical link the prerendered page came with. A page without a canonical
/// address (not found, not loaded) leaves the link without an `href`, which browsers and crawlers
/// ignore.
pub fn set_head(title: &str, description: &str, canonical: Option<&str>) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    doc.set_title(title);
    if let Ok(Some(meta)) = doc.query_selector(r#"meta[name="description"]"#) {
        let _ = meta.set_attribute("content", description);
    }
    if let Ok(Some(link)) = doc.query_selector(r#"link[rel="canonical"]"#) {
        let _ = match canonical {
            Some(href) => link.set_attribute("href", href),
            None => link.remove_attribute("href"),
        };
    }
}
