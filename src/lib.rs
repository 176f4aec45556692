//! Broadsheet: a news-article page in Rust + Leptos, compiled to WebAssembly.
//!
//! Layers, one direction: `content` (the JSON format, pure) → `bundle`/`api` (loading) →
//! `pages` (one per route) → `components`. `comments` holds the comment box's logic.

pub mod api;
pub mod bundle;
pub mod comments;
pub mod components;
pub mod content;
pub mod dom;
pub mod pages;

use components::{SiteFooter, SiteHeader, SkipLink};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html};
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};
use pages::{ArticlePage, FrontPage, NotFound};

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let site = bundle::site();
    view! {
        <Html attr:lang=site.language.clone() />
        <Router>
            <SkipLink />
            <SiteHeader />
            <div class="layout">
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=path!("") view=FrontPage />
                    <Route path=path!("/articles/:slug") view=ArticlePage />
                </Routes>
                <components::Sidebar />
            </div>
            <SiteFooter />
        </Router>
    }
}

/// Shows the page's "Something went wrong" notice instead of leaving a dead page.
fn show_crash_notice() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("crash"))
    {
        let _ = el.remove_attribute("hidden");
    }
}

/// Starts the app in the browser.
pub fn start() {
    std::panic::set_hook(Box::new(|_| show_crash_notice()));
    leptos::mount::mount_to_body(App);
}
