//! A list page: a category, tag or author's articles, or the front page's later pages, a page of
//! `per_page` at a time.

use crate::components::{ArticleList, Languages, Layout, Pagination};
use content::{Article, Pager};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ListPage(
    /// The page's heading, e.g. "Category: Harbour".
    title: String,
    /// This page's articles, newest first.
    articles: Vec<Arc<Article>>,
    /// The list's pages.
    pager: Pager,
) -> impl IntoView {
    let t = Languages::get().page;
    let page = (pager.current > 1).then(|| {
        t.with(
            "page-of",
            &[("page", pager.current.into()), ("pages", pager.total.into())],
        )
    });
    view! {
        <Layout>
            <main class="layout__main list-page" id="main" tabindex="-1">
                <header class="list-page__header">
                    <h1 class="list-page__title">{title}</h1>
                    {page.map(|p| view! { <p class="list-page__page">{p}</p> })}
                </header>
                <ArticleList articles />
                <Pagination pager />
            </main>
        </Layout>
    }
}
