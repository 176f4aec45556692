//! Lists of articles: "More articles" on the front page, "Latest articles" on the not-found page.

use super::article::date_text;
use super::Languages;
use crate::content::{Article, Site};
use crate::paths;
use leptos::prelude::*;

/// The other articles, newest first, each with its date and summary.
#[component]
pub fn MoreArticles(
    /// The articles to list.
    articles: Vec<Article>,
) -> impl IntoView {
    let t = Languages::get().page;
    view! {
        <section class="more-articles" aria-labelledby="more-articles-title">
            <h2 class="more-articles__title" id="more-articles-title">
                {t.text("more-articles")}
            </h2>
            <ul class="more-articles__list">
                {articles
                    .into_iter()
                    .map(|a| {
                        let lang = other_language(&a);
                        let date = date_text(&a.published);
                        let summary = a.summary.or(a.standfirst).filter(|s| !s.is_empty());
                        view! {
                            <li class="more-articles__item" lang=lang>
                                <a class="more-articles__link" href=paths::url(&paths::article_path(&a.slug))>
                                    {a.title}
                                </a>
                                <time class="more-articles__date" datetime=a.published.as_str().to_owned()>
                                    {date}
                                </time>
                                {summary.map(|s| view! { <p class="more-articles__summary">{s}</p> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// Links to the newest articles, by title.
#[component]
pub fn LatestArticles(
    /// The articles to link to, newest first.
    articles: Vec<Article>,
) -> impl IntoView {
    view! {
        <ul class="page-message__list">
            {articles
                .into_iter()
                .map(|a| {
                    let lang = other_language(&a);
                    view! {
                        <li lang=lang>
                            <a href=paths::url(&paths::article_path(&a.slug))>{a.title}</a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// `lang` for an article listed on a page in another language.
fn other_language(article: &Article) -> Option<String> {
    let site = expect_context::<Site>();
    let language = article.language(&site);
    (language != Languages::get().page.tag()).then(|| language.to_owned())
}
