//! A comment's words. Plain text (shipped with the article, or posted from this browser) becomes a
//! paragraph per blank-line-separated block and a line break per line. A comment server's HTML is
//! built as nodes from the tree `comments::html` kept: only its allow-listed elements, links only to
//! http(s) addresses, and every text as text. Nothing is ever inserted as markup.

use crate::comments::Body;
use crate::content::text::paragraphs;
use leptos::either::Either;
use leptos::prelude::*;

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

/// A comment server's HTML, from the nodes the sanitiser kept.
#[cfg(isso_client)]
fn server_html(nodes: Vec<crate::comments::html::Node>) -> Vec<AnyView> {
    use crate::comments::html::{Node, Tag};
    nodes
        .into_iter()
        .map(|node| match node {
            Node::Text(text) => text.into_any(),
            Node::Element { tag, href, children } => {
                let inner = server_html(children);
                match tag {
                    Tag::P => view! { <p>{inner}</p> }.into_any(),
                    Tag::Br => view! { <br /> }.into_any(),
                    Tag::Em => view! { <em>{inner}</em> }.into_any(),
                    Tag::Strong => view! { <strong>{inner}</strong> }.into_any(),
                    Tag::Code => view! { <code>{inner}</code> }.into_any(),
                    Tag::Pre => view! { <pre>{inner}</pre> }.into_any(),
                    Tag::Blockquote => view! { <blockquote>{inner}</blockquote> }.into_any(),
                    Tag::Ul => view! { <ul>{inner}</ul> }.into_any(),
                    Tag::Ol => view! { <ol>{inner}</ol> }.into_any(),
                    Tag::Li => view! { <li>{inner}</li> }.into_any(),
                    Tag::A => match href {
                        Some(href) => {
                            view! { <a href=href rel="nofollow ugc noopener">{inner}</a> }.into_any()
                        }
                        None => inner.into_any(),
                    },
                }
            }
        })
        .collect()
}

/// Only a comment server sends HTML.
#[cfg(not(isso_client))]
fn server_html(_: Vec<crate::comments::html::Node>) -> Vec<AnyView> {
    Vec::new()
}
