//! Small browser helpers for focus, scrolling and request time limits, kept at the edge.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast};

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// The element the event happened in, or its nearest ancestor, that matches `selector`: for one
/// listener that serves many controls.
pub fn closest(ev: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    ev.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()?
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

/// An abort controller that fires by itself after a time limit, for requests that must not hang:
/// pass [`Deadline::signal`] to the request, then ask [`Deadline::timed_out`] when it fails.
/// Dropping it cancels the timer.
pub struct Deadline {
    controller: web_sys::AbortController,
    timed_out: Rc<Cell<bool>>,
    timer: Option<i32>,
    _fire: Closure<dyn FnMut()>,
}

impl Deadline {
    pub fn start(ms: i32) -> Option<Deadline> {
        let controller = web_sys::AbortController::new().ok()?;
        let timed_out = Rc::new(Cell::new(false));
        let fire = {
            let controller = controller.clone();
            let timed_out = timed_out.clone();
            Closure::once(move || {
                timed_out.set(true);
                controller.abort();
            })
        };
        let timer = web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(fire.as_ref().unchecked_ref(), ms)
            .ok();
        Some(Deadline {
            controller,
            timed_out,
            timer,
            _fire: fire,
        })
    }

    pub fn signal(&self) -> web_sys::AbortSignal {
        self.controller.signal()
    }

    /// The controller, to abort early (when the reader leaves the page).
    pub fn controller(&self) -> &web_sys::AbortController {
        &self.controller
    }

    /// Whether the time ran out (rather than the request failing by itself).
    pub fn timed_out(&self) -> bool {
        self.timed_out.get()
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        if let (Some(t), Some(window)) = (self.timer, web_sys::window()) {
            window.clear_timeout_with_handle(t);
        }
    }
}
