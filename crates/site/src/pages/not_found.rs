//! Anything that is not a page: say so, and offer a way home and the newest articles.

use crate::components::{base, Languages, LatestArticles, Layout};
use content::{Article, Route};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn NotFound(
    /// The newest articles, to offer instead.
    latest: Vec<Arc<Article>>,
) -> impl IntoView {
    let t = Languages::get().page;
    view! {
        <Layout>
            <main class="layout__main page-message" id="main" tabindex="-1">
                <h1 class="page-message__title">{t.text("not-found-title")}</h1>
                <p>{t.text("not-found-text")}</p>
                <p>
                    <a class="button" href=Route::FRONT.href(&base())>
                        {t.text("go-to-front-page")}
                    </a>
                </p>
                <h2 class="page-message__subtitle">{t.text("latest-articles")}</h2>
                <LatestArticles articles=latest />
            </main>
        </Layout>
    }
}
