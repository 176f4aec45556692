//! A comment's words. Plain text (shipped with the article, or posted from this browser) becomes a
//! paragraph per blank-line-separated block and a line break per line. A comment server's HTML is
//! drawn through the allow-list (`server::comment_html`). Nothing is ever inserted as markup.

use crate::model::Body;
use crate::server;
use leptos::either::Either;
use leptos::prelude::*;
use shared::text::paragraphs;

#[component]
pub fn CommentText(body: Body) -> impl IntoView {
    match body {
        Body::Plain(text) => Either::Left(
            paragraphs(&text)
                .into_iter()
                .map(|lines| {
                    let lines = lines
                        .into_iter()
                        .enumerate()
                        .map(|(i, line)| view! { {(i > 0).then(|| view! { <br /> })} {line.to_owned()} })
                        .collect_view();
                    view! { <p>{lines}</p> }
                })
                .collect_view(),
        ),
        Body::Html(html) => Either::Right(server::comment_html(&html)),
    }
}
