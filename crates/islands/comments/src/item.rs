//! The thread: one flat list in reading order, each reply indented by its depth and saying, to a
//! screen reader, whom it answers. Keyed by comment, revision and depth, so a comment is drawn once
//! and again only when it changes or moves. Names and websites are shown as text, and links only to
//! http(s) addresses; the comment's words are drawn by [`CommentText`].

use super::form::CommentForm;
use super::server;
use super::state::{reply_button, CommentsState};
use super::text::CommentText;
use crate::model::{Row, ThreadComment};
use intl::Msg;
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

/// The deepest a reply is indented (`comment--depth-3`): deeper replies line up with it, so a deep
/// thread still fits a phone.
pub const DEEPEST: usize = 3;

/// Every comment of the thread, with "Show N more replies" where the server holds some back.
#[component]
pub fn CommentList() -> impl IntoView {
    let state = expect_context::<CommentsState>();
    view! {
        <ol class="comment-list">
            <For
                each=move || state.rows.get()
                key=Row::key
                children=move |row| match row {
                    Row::Comment { depth, comment, replying_to } => {
                        Either::Left(view! { <CommentItem comment depth replying_to /> })
                    }
                    Row::MoreReplies { parent, depth, count } => {
                        Either::Right(server::more_replies(state, parent, depth, count))
                    }
                }
            />
        </ol>
    }
}

/// Who wrote the comment and when: the date links to the comment itself.
#[component]
fn CommentMeta(comment: Arc<ThreadComment>) -> impl IntoView {
    let state = expect_context::<CommentsState>();
    let author = match comment.link() {
        Some(site) => Either::Left(view! {
            <a class="comment__author-link" href=site rel="nofollow ugc noopener">
                <bdi>{comment.author.clone()}</bdi>
            </a>
        }),
        None => Either::Right(view! { <bdi>{comment.author.clone()}</bdi> }),
    };
    view! {
        <footer class="comment__meta">
            <b class="comment__author">{author}</b>
            <span class="comment__says">{format!(" {}", state.t(Msg::CommentSays))}</span>
            <a class="comment__date" href=format!("#{}", comment.anchor())>
                <time datetime=comment.date.as_str().to_owned()>{state.date(&comment.date)}</time>
            </a>
        </footer>
    }
}

#[component]
fn CommentItem(
    comment: Arc<ThreadComment>,
    /// How many replies deep it is (0: a top-level comment).
    depth: usize,
    /// Whom a reply answers (empty when that comment was deleted); `None` at the top level.
    replying_to: Option<String>,
) -> impl IntoView {
    let state = expect_context::<CommentsState>();
    let id = StoredValue::new(comment.id.clone());
    let replying_here = Memo::new(move |_| {
        state
            .target
            .with(|t| id.with_value(|id| t.as_deref() == Some(id.as_str())))
    });
    let reply = move |_| {
        state.form.notice.set(None);
        state.edit(|d| d.parent = Some(id.get_value()));
        dom::after_render(|| dom::focus_id("comment"));
    };
    let can_reply = state.open && !comment.deleted && state.server.can_reply_to(&comment.id);
    let reply_label = state.fill(Msg::ReplyTo, &[("author", &comment.author)]);
    let class = if depth == 0 {
        "comment".to_owned()
    } else {
        format!("comment comment--reply comment--depth-{}", depth.min(DEEPEST))
    };
    // The thread is flat and its indent stops growing, so every reply says whom it answers, before
    // the reply itself, to the eye and to a screen reader.
    let in_reply_to = replying_to.map(|author| {
        let said = if author.is_empty() {
            state.t(Msg::InReplyToDeleted)
        } else {
            state.fill(Msg::InReplyTo, &[("author", &author)])
        };
        view! { <p class="comment__in-reply-to">{said}</p> }
    });
    view! {
        <li class=class class:comment--pending=comment.pending id=comment.anchor() tabindex="-1">
            <article class="comment__body">
                <div class="comment__content">
                    {in_reply_to}
                    {if comment.deleted {
                        Either::Left(view! { <p class="comment__deleted">{state.t(Msg::CommentDeleted)}</p> })
                    } else {
                        Either::Right(view! { <CommentMeta comment=comment.clone() /> })
                    }}
                    {comment
                        .pending
                        .then(|| {
                            view! { <p class="comment__moderation">{state.t(Msg::CommentAwaitingModeration)}</p> }
                        })}
                    <div class="comment__text" dir="auto">
                        <CommentText body=comment.body.clone() />
                    </div>
                </div>
                <div class="comment__actions">
                    {can_reply
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="comment__reply"
                                    id=reply_button(&comment.id)
                                    aria-label=reply_label
                                    on:click=reply
                                >
                                    {state.t(Msg::Reply)}
                                </button>
                            }
                        })}
                    {server::own_actions(&comment)}
                </div>
            </article>
            {move || replying_here.get().then(|| view! { <CommentForm /> })}
        </li>
    }
}
