//! Anything that is not a page: say so, and offer a way home and the newest articles.

use crate::components::{LatestArticles, Layout};
use crate::content::Article;
use crate::paths;
use leptos::prelude::*;

#[component]
pub fn NotFound(
    /// The newest articles, to offer instead.
    latest: Vec<Article>,
) -> impl IntoView {
    view! {
        <Layout>
            <main class="layout__main page-message" id="main" tabindex="-1">
                <h1 class="page-message__title">"Page not found"</h1>
                <p>"There is no page at this address. It may have moved, or the link may be mistyped."</p>
                <p>
                    <a class="button" href=paths::url("/")>
                        "Go to the front page"
                    </a>
                </p>
                <h2 class="page-message__subtitle">"Latest articles"</h2>
                <LatestArticles articles=latest />
            </main>
        </Layout>
    }
}
