//! The search page (`/search/?q=…`): the search box, an island, and what to do without JavaScript.

use crate::components::{Languages, Layout};
use crate::paths::{self, SEARCH_PATH};
use content::archive::ARCHIVE_PATH;
use island_search::Search;
use leptos::prelude::*;

/// The site path of Pagefind's script, which the build writes with the index.
const INDEX_PATH: &str = "/pagefind/pagefind.js";

#[component]
pub fn SearchPage(
    /// The names of the site's categories, to search within one.
    categories: Vec<String>,
) -> impl IntoView {
    let t = Languages::get().page;
    let text = t.island_text();
    view! {
        <Layout>
            <main class="layout__main search-page" id="main" tabindex="-1">
                <h1 class="search-page__title">{t.text("search-title")}</h1>
                // Shown only without JavaScript (nojs.css): the form would submit, but nothing searches.
                <p class="search-page__needs-js">
                    {t.text("search-needs-js")} " "
                    <a href=paths::url(ARCHIVE_PATH)>{t.text("search-browse-archive")}</a>
                </p>
                <Search
                    action=paths::url(SEARCH_PATH)
                    index=paths::url(INDEX_PATH)
                    categories
                    text
                />
            </main>
        </Layout>
    }
}
