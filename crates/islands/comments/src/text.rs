//! A comment's words. Plain text (shipped with the article, or posted from this browser) becomes a
//! paragraph per blank-line-separated block and a line break per line. A comment server's HTML is
//! built as nodes from the tree `comments::html` kept: only its allow-listed elements, links only to
//! http(s) addresses, and every text as text. Nothing is ever inserted as markup.

use crate::model::Body;
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
        Body::Html(nodes) => Either::Right(server_html(nodes)),
    }
}

/// A comment server's HTML, from the nodes the sanitiser kept: each allow-listed element by its name
/// (one kind of view for all of them), links with their checked address, text as text.
#[cfg(isso_client)]
fn server_html(nodes: Vec<crate::model::html::Node>) -> Vec<AnyView> {
    use crate::model::html::{Node, Tag};
    nodes
        .into_iter()
        .map(|node| match node {
            Node::Text(text) => text.into_any(),
            Node::Element {
                tag: Tag::A,
                href: Some(href),
                children,
            } => view! { <a href=href rel="nofollow ugc noopener">{server_html(children)}</a> }.into_any(),
            // A link without a safe address is kept as its text only.
            Node::Element {
                tag: Tag::A,
                href: None,
                children,
            } => server_html(children).into_any(),
            Node::Element { tag, children, .. } => leptos::html::custom(tag.name())
                .child(server_html(children))
                .into_any(),
        })
        .collect()
}

/// Only a comment server sends HTML.
#[cfg(not(isso_client))]
fn server_html(_: Vec<crate::model::html::Node>) -> Vec<AnyView> {
    Vec::new()
}
