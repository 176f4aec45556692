//! Anything that is not a page: say so, and offer a way home.

use crate::bundle::{articles, site};
use crate::components::boxed::effect;
use crate::dom;
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
    view! {
        <main class="layout__main page-message" id="main" tabindex="-1">
            <h1 class="page-message__title">"Page not found"</h1>
            <p>"There is no page at this address. It may have moved, or the link may be mistyped."</p>
            <p>
                <a class="button" href=crate::paths::url("/")>
                    "Go to the front page"
                </a>
            </p>
            <h2 class="page-message__subtitle">"Latest articles"</h2>
            <ul class="page-message__list">
                {articles()
                    .iter()
                    .take(5)
                    .map(|a| {
                        view! {
                            <li>
                                <a href=a.path()>{a.title}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </main>
    }
}
