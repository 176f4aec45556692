//! `/`: the newest article in full, then links to the others.

use super::article::ArticlePage;
use crate::boot::Preloaded;
use crate::bundle::{newest, ArticleRef};
use crate::content::Date;
use crate::markup::Html;
use leptos::prelude::*;

/// The newest article: the one the front page came with, or the newest the app knows of.
#[component]
pub fn FrontPage() -> impl IntoView {
    let carried = use_context::<Preloaded>().and_then(|p| p.front_slug().map(str::to_owned));
    let slug = carried.unwrap_or_else(|| newest().slug.to_owned());
    view! { <ArticlePage slug front=true /> }
}

/// The other articles, newest first, each with its date and summary.
pub fn more_articles_html(articles: &[ArticleRef]) -> String {
    let mut html = Html::default();
    html.leaf(
        "h2",
        &[("class", "more-articles__title"), ("id", "more-articles-title")],
        "More articles",
    )
    .open("ul", &[("class", "more-articles__list")]);
    for a in articles {
        html.open("li", &[("class", "more-articles__item")]).leaf(
            "a",
            &[("class", "more-articles__link"), ("href", &a.path())],
            a.title,
        );
        if let Ok(date) = Date::parse(a.published) {
            html.leaf(
                "time",
                &[("class", "more-articles__date"), ("datetime", a.published)],
                &date.human(),
            );
        }
        if !a.summary.is_empty() {
            html.leaf("p", &[("class", "more-articles__summary")], a.summary);
        }
        html.close("li");
    }
    html.close("ul");
    html.finish()
}

#[component]
pub fn MoreArticles(
    /// The articles to list.
    articles: Vec<ArticleRef>,
) -> impl IntoView {
    view! {
        <section
            class="more-articles"
            aria-labelledby="more-articles-title"
            inner_html=more_articles_html(&articles)
        ></section>
    }
}
