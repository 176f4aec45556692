//! Where a reader goes after an article: the previous and next article by date, and related articles.

use super::lists::other_language;
use super::{base, Languages};
use content::{Article, Route};
use leptos::prelude::*;
use std::sync::Arc;

/// A link to an article by its title, marked with its language when that is not the page's.
fn article_link(article: &Article) -> impl IntoView {
    let lang = other_language(article);
    view! {
        <a href=Route::article(&article.slug).href(&base()) lang=lang>
            {article.title.clone()}
        </a>
    }
}

/// "Previous article" and "Next article", by date; nothing for a site of one article.
#[component]
pub fn ArticleNeighbours(
    /// The article published before this one.
    previous: Option<Arc<Article>>,
    /// The article published after this one.
    next: Option<Arc<Article>>,
) -> impl IntoView {
    (previous.is_some() || next.is_some()).then(|| {
        let t = Languages::get().page;
        view! {
            <nav class="article-nav" aria-label=t.text("article-neighbours")>
                {previous
                    .map(|a| {
                        view! {
                            <p class="article-nav__previous">
                                <span class="article-nav__label">{t.text("previous-article")}</span>
                                {article_link(&a)}
                            </p>
                        }
                    })}
                {next
                    .map(|a| {
                        view! {
                            <p class="article-nav__next">
                                <span class="article-nav__label">{t.text("next-article")}</span>
                                {article_link(&a)}
                            </p>
                        }
                    })}
            </nav>
        }
    })
}

/// Up to three articles on the same subjects; nothing when none is related.
#[component]
pub fn RelatedArticles(
    /// The related articles, most related first.
    articles: Vec<Arc<Article>>,
) -> impl IntoView {
    (!articles.is_empty()).then(|| {
        view! {
            <section class="related" aria-labelledby="related-title">
                <h2 class="related__title" id="related-title">
                    {Languages::get().page.text("related-articles")}
                </h2>
                <ul class="related__list">
                    {articles.iter().map(|a| view! { <li>{article_link(a)}</li> }).collect_view()}
                </ul>
            </section>
        }
    })
}
