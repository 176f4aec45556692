//! `/`: the newest article in full, then links to the others.

use super::article::ArticleScreen;
use crate::bundle::{articles, front, ArticleRef};
use crate::content::Date;
use leptos::prelude::*;

#[component]
pub fn FrontPage() -> impl IntoView {
    let front = front().clone();
    let more: Vec<_> = articles()
        .iter()
        .filter(|a| a.slug != front.slug)
        .copied()
        .collect();
    view! { <ArticleScreen article=front more front=true /> }
}

/// The other articles, newest first, each with its date and summary.
#[component]
pub fn MoreArticles(articles: Vec<ArticleRef>) -> impl IntoView {
    view! {
        <section class="more-articles" aria-labelledby="more-articles-title">
            <h2 class="more-articles__title" id="more-articles-title">
                "More articles"
            </h2>
            <ul class="more-articles__list">
                {articles
                    .into_iter()
                    .map(|a| {
                        let date = Date::parse(a.published).ok();
                        view! {
                            <li class="more-articles__item">
                                <a class="more-articles__link" href=a.path()>
                                    {a.title}
                                </a>
                                {date
                                    .map(|d| {
                                        view! {
                                            <time class="more-articles__date" datetime=a.published>
                                                {d.human()}
                                            </time>
                                        }
                                    })}
                                {(!a.summary.is_empty())
                                    .then(|| view! { <p class="more-articles__summary">{a.summary}</p> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
