//! The search page (`/search/?q=…`): the search box, an island, and what to do without JavaScript.

use crate::components::{base, Languages, Layout};
use content::Route;
use island_search::Search;
use leptos::prelude::*;

#[component]
pub fn SearchPage(
    /// The names of the site's categories, to search within one.
    categories: Vec<String>,
) -> impl IntoView {
    let t = Languages::get().page;
    let text = t.island_text();
    let base = base();
    view! {
        <Layout>
            <main class="layout__main search-page" id="main" tabindex="-1">
                <h1 class="search-page__title">{t.text("search-title")}</h1>
                // Shown only without JavaScript (nojs.css): the form would submit, but nothing searches.
                <p class="search-page__needs-js">
                    {t.text("search-needs-js")} " "
                    <a href=Route::Archive.href(&base)>{t.text("search-browse-archive")}</a>
                </p>
                <Search
                    action=Route::Search.href(&base)
                    index=Route::SearchIndex.href(&base)
                    categories
                    text
                />
            </main>
        </Layout>
    }
}
