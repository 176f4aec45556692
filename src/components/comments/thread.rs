//! One comment with its replies. Names, websites and text are shown as text, never markup.

use super::{form::CommentForm, CommentsState};
use crate::comments::ThreadNode;
use crate::content::text::paragraphs;
use crate::dom;
use leptos::prelude::*;

fn reply_button_id(comment_id: &str) -> String {
    format!("reply-to-{comment_id}")
}

fn text_view(text: &str) -> impl IntoView {
    paragraphs(text)
        .into_iter()
        .map(|lines| {
            let last = lines.len() - 1;
            let parts = lines
                .into_iter()
                .enumerate()
                .map(|(i, line)| view! { {line.to_owned()} {(i < last).then(|| view! { <br /> })} })
                .collect_view();
            view! { <p>{parts}</p> }
        })
        .collect_view()
}

#[component]
pub fn CommentItem(
    /// The comment and its replies.
    node: ThreadNode,
) -> impl IntoView {
    let state = expect_context::<CommentsState>();
    let c = node.comment;
    let anchor = c.anchor();
    let author = match c.link() {
        Some(site) => view! {
            <a class="comment__author-link" href=site.to_owned() rel="nofollow ugc noopener">
                {c.author.clone()}
            </a>
        }
        .into_any(),
        None => c.author.clone().into_any(),
    };
    let id = c.id.clone();
    let replying_here = {
        let id = id.clone();
        move || state.reply_target().is_some_and(|t| t.id == id)
    };
    let reply = {
        let id = id.clone();
        move |_| {
            state.notice.set(None);
            state.edit(|d| d.parent = Some(id.clone()));
            dom::after_render(|| dom::focus_id("comment"));
        }
    };
    let permalink = {
        let anchor = anchor.clone();
        move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            dom::push_hash(&anchor);
            dom::go_to(&anchor, None);
        }
    };
    view! {
        <li class="comment" class:comment--pending=c.pending id=anchor.clone() tabindex="-1">
            <article class="comment__body">
                <footer class="comment__meta">
                    <b class="comment__author">{author}</b>
                    <span class="comment__says">" says:"</span>
                    <a class="comment__date" href=format!("#{anchor}") on:click=permalink>
                        <time datetime=c.date.as_str().to_owned()>{c.date.human()}</time>
                    </a>
                </footer>
                {c
                    .pending
                    .then(|| view! { <p class="comment__moderation">"Your comment is awaiting moderation."</p> })}
                <div class="comment__text">{text_view(&c.text)}</div>
                {state
                    .open
                    .then(|| {
                        view! {
                            <p class="comment__actions">
                                <button
                                    type="button"
                                    class="comment__reply"
                                    id=reply_button_id(&id)
                                    aria-label=format!("Reply to {}", c.author)
                                    on:click=reply
                                >
                                    "Reply"
                                </button>
                            </p>
                        }
                    })}
            </article>
            {move || replying_here().then(|| view! { <CommentForm /> })}
            {(!node.replies.is_empty())
                .then(|| {
                    view! {
                        <ol class="comment-list comment-list--children">
                            {node.replies.into_iter().map(|node| view! { <CommentItem node /> }.into_any()).collect_view()}
                        </ol>
                    }
                })}
        </li>
    }
}

pub(super) fn reply_button(comment_id: &str) -> String {
    reply_button_id(comment_id)
}
