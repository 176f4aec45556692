//! Lists of articles: "More articles" on the front page, the list pages (categories, tags, authors, the
//! front page's later pages), "Latest articles" on the not-found page.

use super::article::date_text;
use super::pagination::Pagination;
use super::{base, site, Languages};
use content::{Article, Pager, Route};
use leptos::prelude::*;
use std::sync::Arc;

/// Articles as a list, each with its title, date, byline, summary and the first figure as a thumbnail.
#[component]
pub fn ArticleList(
    /// The articles to list, in order.
    articles: Vec<Arc<Article>>,
) -> impl IntoView {
    let t = Languages::get().page;
    let base = base();
    view! {
        <ul class="more-articles__list">
            {articles
                .into_iter()
                .map(|a| {
                    let lang = other_language(&a);
                    let image = a.first_image().cloned();
                    let date = date_text(&a.published);
                    let byline = t.with("byline", &[("author", a.author.as_str().into())]);
                    let summary = a.summary.as_ref().or(a.standfirst.as_ref()).filter(|s| !s.is_empty()).cloned();
                    view! {
                        <li class="more-articles__item" lang=lang>
                            {image
                                .map(|image| {
                                    view! {
                                        <img
                                            class="more-articles__thumbnail"
                                            src=base.href(image.src.as_str())
                                            alt=""
                                            width=image.width
                                            height=image.height
                                            loading="lazy"
                                            decoding="async"
                                        />
                                    }
                                })}
                            <a class="more-articles__link" href=Route::article(&a.slug).href(&base)>
                                {a.title.clone()}
                            </a>
                            <p class="more-articles__meta">
                                <time class="more-articles__date" datetime=a.published.as_str().to_owned()>
                                    {date}
                                </time>
                                " · "
                                {byline}
                            </p>
                            {summary.map(|s| view! { <p class="more-articles__summary">{s}</p> })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The front page's list of the other articles, newest first, and its pages.
#[component]
pub fn MoreArticles(
    /// The articles to list.
    articles: Vec<Arc<Article>>,
    /// The list's pages (the front page, then `page/2/`…).
    pager: Pager,
) -> impl IntoView {
    view! {
        <section class="more-articles" aria-labelledby="more-articles-title">
            <h2 class="more-articles__title" id="more-articles-title">
                {Languages::get().page.text("more-articles")}
            </h2>
            <ArticleList articles />
            <Pagination pager />
        </section>
    }
}

/// Links to the newest articles, by title.
#[component]
pub fn LatestArticles(
    /// The articles to link to, newest first.
    articles: Vec<Arc<Article>>,
) -> impl IntoView {
    let base = base();
    view! {
        <ul class="page-message__list">
            {articles
                .into_iter()
                .map(|a| {
                    let lang = other_language(&a);
                    view! {
                        <li lang=lang>
                            <a href=Route::article(&a.slug).href(&base)>{a.title.clone()}</a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// `lang` for an article listed on a page in another language.
pub(super) fn other_language(article: &Article) -> Option<String> {
    let site = site();
    let language = article.language(&site);
    (language != Languages::get().page.tag()).then(|| language.to_owned())
}
