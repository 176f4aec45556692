//! Anything that is not a page: say so, and offer a way home.

use crate::bundle::{articles, site};
use crate::components::boxed::effect;
use crate::dom;
use crate::markup::Html;
use crate::seo::{description, page_title, Page};
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let title = page_title(site(), &Page::NotFound);
    let description = description(site(), &Page::NotFound);
    effect(move || {
        dom::set_head(&title, &description, None);
        crate::route::focus_new_page(None);
    });
    view! { <main class="layout__main page-message" id="main" tabindex="-1" inner_html=not_found_html()></main> }
}

/// What the page says, written once as HTML: none of it changes while shown.
fn not_found_html() -> String {
    let mut html = Html::default();
    html.leaf("h1", &[("class", "page-message__title")], "Page not found")
        .leaf(
            "p",
            &[],
            "There is no page at this address. It may have moved, or the link may be mistyped.",
        )
        .open("p", &[])
        .leaf(
            "a",
            &[("class", "button"), ("href", &crate::paths::url("/"))],
            "Go to the front page",
        )
        .close("p")
        .leaf("h2", &[("class", "page-message__subtitle")], "Latest articles")
        .open("ul", &[("class", "page-message__list")]);
    for a in articles().iter().take(5) {
        html.open("li", &[])
            .leaf("a", &[("href", &a.path())], a.title)
            .close("li");
    }
    html.close("ul");
    html.finish()
}
