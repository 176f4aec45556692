//! The table of contents: links to each section, the one being read marked, sticky beside
//! the article on wide screens and collapsible above it on phones.

use super::article::heading_id;
use crate::components::boxed::{attr, handler};
use crate::dom;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// Tracks which section the reader is in: the first section crossing the top 30% of the
/// viewport, else the last one scrolled past, else none (above the first section).
pub fn use_current_section(
    ids: Vec<String>,
    article: NodeRef<leptos::html::Article>,
) -> RwSignal<Option<String>> {
    let current = RwSignal::new(None::<String>);
    // Per section: (crossing the band, entirely above it), from the latest observation.
    let state = StoredValue::new(vec![(false, false); ids.len()]);
    let ids = StoredValue::new(ids);
    let on_change = move |entries: js_sys::Array| {
        state.update_value(|st| {
            for entry in entries.iter() {
                let entry: web_sys::IntersectionObserverEntry = entry.unchecked_into();
                let id = entry.target().id();
                if let Some(i) = ids.with_value(|ids| ids.iter().position(|x| *x == id)) {
                    st[i] = (entry.is_intersecting(), entry.bounding_client_rect().top() < 0.0);
                }
            }
            let pick = st
                .iter()
                .position(|s| s.0)
                .or_else(|| st.iter().rposition(|s| s.1));
            let next = pick.map(|i| ids.with_value(|ids| ids[i].clone()));
            if current.get_untracked() != next {
                current.set(next);
            }
        });
    };
    // Once the sections are on the page, watch them until the page goes.
    crate::components::boxed::effect(move || {
        let Some(article) = article.get() else {
            return;
        };
        let Ok(sections) = article.query_selector_all(":scope > section") else {
            return;
        };
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(on_change);
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin("0px 0px -70% 0px");
        let Ok(observer) =
            web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
        else {
            return;
        };
        for i in 0..sections.length() {
            if let Some(section) = sections.item(i).and_then(|n| n.dyn_into().ok()) {
                observer.observe(&section);
            }
        }
        let kept = send_wrapper::SendWrapper::new((observer, callback));
        on_cleanup(move || kept.0.disconnect());
    });
    current
}

#[component]
pub fn SectionNav(
    /// `(section id, heading)` in reading order.
    sections: Vec<(String, String)>,
    /// The section being read.
    current: RwSignal<Option<String>>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let links = sections
        .into_iter()
        .map(|(id, heading)| {
            let href = format!("#{id}");
            let is_current = {
                let id = id.clone();
                move || current.with(|c| c.as_deref() == Some(id.as_str()))
            };
            view! {
                <li class="section-nav__item">
                    <a
                        class="section-nav__link"
                        href=href
                        aria-current=attr(move || is_current().then_some("true"))
                        on:click=handler(move |ev: leptos::ev::MouseEvent| {
                            ev.prevent_default();
                            current.set(Some(id.clone()));
                            dom::push_hash(&id);
                            // Collapse the list first: scrolling while it collapses would overshoot.
                            open.set(false);
                            let id = id.clone();
                            dom::after_render(move || dom::go_to(&id, Some(&heading_id(&id))));
                        })
                    >
                        {heading}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="section-nav" class:section-nav--open=open aria-label="Contents">
            <button
                type="button"
                class="section-nav__toggle"
                aria-expanded=attr(move || Some(if open.get() { "true" } else { "false" }))
                aria-controls="section-nav-list"
                on:click=handler(move |_: leptos::ev::MouseEvent| open.update(|o| *o = !*o))
            >
                "Contents"
            </button>
            <p class="section-nav__title" aria-hidden="true">
                "Contents"
            </p>
            <ol class="section-nav__list" id="section-nav-list">
                {links}
            </ol>
        </nav>
    }
}
