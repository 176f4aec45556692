//! Broadsheet: a news-article page in Rust + Leptos, compiled to WebAssembly.
//!
//! Layers, one direction: `content` (the JSON format, pure) → `bundle`/`api` (loading) →
//! `pages` (one per route) → `components`. `comments` holds the comment box's logic.

#![recursion_limit = "256"]

pub mod api;
pub mod boot;
pub mod bundle;
pub mod comments;
pub mod components;
pub mod content;
pub mod dom;
pub mod json;
pub mod markup;
pub mod pages;
pub mod paths;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod route;
pub mod seo;

use components::{SiteFooter, SiteHeader, SkipLink};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use pages::{ArticlePage, FrontPage, NotFound};
use route::Route;

#[component]
pub fn App() -> impl IntoView {
    let here = route::here();
    route::follow_links(here);
    view! {
        <SkipLink />
        <SiteHeader />
        <div class="layout">
            {components::boxed::dynamic(move || match here.route() {
                Route::Front => EitherOf3::A(view! { <FrontPage /> }),
                Route::Article(slug) => EitherOf3::B(view! { <ArticlePage slug /> }),
                Route::NotFound => EitherOf3::C(view! { <NotFound /> }),
            })}
            <components::Sidebar />
        </div>
        <SiteFooter />
    }
}

/// Shows the page's "Something went wrong" notice instead of leaving a dead page.
#[cfg(feature = "hydrate")]
fn show_crash_notice() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("crash"))
    {
        let _ = el.remove_attribute("hidden");
    }
}

/// Starts the app in the browser: hydrates the prerendered page when it is the page for this
/// address, and renders from scratch otherwise (a host that answers an unknown address with
/// another page's HTML must not get that page hydrated as something else).
#[cfg(feature = "hydrate")]
pub fn start() {
    use wasm_bindgen::JsCast;

    std::panic::set_hook(Box::new(|_| show_crash_notice()));
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(container) = document
        .get_element_by_id(boot::APP_ID)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        show_crash_notice();
        return;
    };
    paths::set_base(&container.get_attribute("data-base").unwrap_or_default());
    if let Some(root) = document.document_element() {
        root.set_attribute("lang", &bundle::site().language).ok();
    }
    let here = document
        .location()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    let rendered_for = container.get_attribute("data-path").unwrap_or_default();
    let rendered_here = boot::same_page(&rendered_for, &here);
    let front = boot::same_page(&rendered_for, &paths::url("/"));
    let preloaded = match document.get_element_by_id(boot::ARTICLE_ID) {
        None => Some(boot::Preloaded::default()),
        Some(script) => content::parse_article(
            "the page's article",
            script.text_content().unwrap_or_default().as_bytes(),
        )
        .ok()
        .map(|article| boot::Preloaded {
            article: Some(article),
            front,
        }),
    };
    match preloaded {
        Some(preloaded) if rendered_here && container.has_child_nodes() => {
            define_hydration_globals();
            let typed = boot::TypedEarly(typed_early(&document));
            leptos::mount::hydrate_from(container, move || {
                provide_context(preloaded);
                provide_context(typed);
                view! { <App /> }
            })
            .forget();
        }
        _ => {
            container.set_text_content(None);
            leptos::mount::mount_to(container, App).forget();
        }
    }
}

/// The comment form's fields as the reader left them in the prerendered page.
#[cfg(feature = "hydrate")]
fn typed_early(document: &web_sys::Document) -> Option<comments::CommentDraft> {
    use comments::Field;
    use wasm_bindgen::JsCast;

    let value = |field: Field| {
        let el = document.get_element_by_id(field.id())?;
        if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
            Some(input.value())
        } else {
            el.dyn_ref::<web_sys::HtmlTextAreaElement>().map(|t| t.value())
        }
    };
    let draft = comments::CommentDraft {
        comment: value(Field::Comment)?,
        name: value(Field::Name).unwrap_or_default(),
        email: value(Field::Email).unwrap_or_default(),
        website: value(Field::Website).unwrap_or_default(),
        parent: None,
        remember: document
            .get_element_by_id("wp-comment-cookies-consent")
            .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|c| c.checked()),
    };
    (!draft.is_empty() || draft.remember).then_some(draft)
}

/// Leptos's hydration reads data a server would stream alongside the page; a static page has
/// none, so the globals it reads are defined empty.
#[cfg(feature = "hydrate")]
fn define_hydration_globals() {
    let global = js_sys::global();
    for name in [
        "__RESOLVED_RESOURCES",
        "__SERIALIZED_ERRORS",
        "__INCOMPLETE_CHUNKS",
    ] {
        let key = wasm_bindgen::JsValue::from_str(name);
        if js_sys::Reflect::get(&global, &key).is_ok_and(|v| v.is_undefined()) {
            let _ = js_sys::Reflect::set(&global, &key, &js_sys::Array::new());
        }
    }
}
