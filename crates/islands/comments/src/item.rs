//! One comment in the thread, with its replies beneath it. Names and websites are shown as text and
//! links only to http(s) addresses; the comment's words are drawn by [`CommentText`].

use super::form::CommentForm;
use super::state::{reply_button, CommentsState};
use super::text::CommentText;
use crate::model::ThreadComment;
use intl::Msg;
use leptos::either::Either;
use leptos::prelude::*;

/// Who wrote the comment and when: the date links to the comment itself.
#[component]
fn CommentMeta(comment: ThreadComment) -> impl IntoView {
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

/// The comments shown under `parent` (or at the top level), each with its replies: keyed by id and
/// revision, so a comment is drawn once and again only when it changes.
#[component]
pub fn CommentList(
    /// The comment whose replies these are; the top level when left out.
    #[prop(optional, into)]
    parent: Option<String>,
) -> impl IntoView {
    let state = expect_context::<CommentsState>();
    let class = if parent.is_some() {
        "comment-list comment-list--children"
    } else {
        "comment-list"
    };
    let parent = StoredValue::new(parent);
    view! {
        <ol class=class>
            <For each=move || parent.with_value(|p| state.children(p.as_deref())) key=ThreadComment::key let:comment>
                <CommentItem comment />
            </For>
        </ol>
    }
}

#[component]
pub fn CommentItem(
    /// The comment; its replies come from the thread.
    comment: ThreadComment,
) -> AnyView {
    let state = expect_context::<CommentsState>();
    let id = StoredValue::new(comment.id.clone());
    let has_replies = Memo::new(move |_| {
        id.with_value(|id| state.with_all(|all| all.iter().any(|c| c.parent.as_deref() == Some(id))))
    });
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
    // Only a comment server deletes comments (see `isso_client` in comments/backend.rs).
    let deleted = cfg!(isso_client) && comment.deleted;
    let can_reply = state.open && !deleted && state.backend.with_value(|b| b.can_reply_to(&comment.id));
    let reply_label = state.fill(Msg::ReplyTo, &[("author", &comment.author)]);
    view! {
        <li class="comment" class:comment--pending=comment.pending id=comment.anchor() tabindex="-1">
            <article class="comment__body">
                <div class="comment__content">
                    {if deleted {
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
                    {own_actions(&comment, deleted)}
                </div>
            </article>
            {move || replying_here.get().then(|| view! { <CommentForm /> })}
            {move || has_replies.get().then(|| view! { <CommentList parent=id.get_value() /> })}
            {more_replies(state, &comment)}
        </li>
    }
    .into_any()
}

/// Edit and Delete, while the comment server lets the reader change their own comment.
#[cfg(isso_client)]
fn own_actions(comment: &ThreadComment, deleted: bool) -> Option<impl IntoView> {
    (comment.editable && !deleted).then(|| view! { <super::own::OwnCommentActions id=comment.id.clone() /> })
}

#[cfg(not(isso_client))]
fn own_actions(_: &ThreadComment, _: bool) {}

/// "Show N more replies": a comment server sends the first replies of each comment only.
#[cfg(isso_client)]
fn more_replies(state: CommentsState, comment: &ThreadComment) -> Option<impl IntoView> {
    let more = comment.more_replies;
    let id = StoredValue::new(comment.id.clone());
    let load = Action::new_local(move |_: &()| async move {
        let id = id.get_value();
        let offset = state.loaded.with_untracked(|l| {
            l.iter()
                .filter(|c| c.parent.as_deref() == Some(id.as_str()) && !c.pending)
                .count()
        });
        let thread = state.thread.get_value();
        match state.backend.get_value().more_replies(&thread, &id, offset).await {
            Ok((replies, remaining)) => {
                // The reader goes on at the first reply that arrived.
                let first = replies.first().map(ThreadComment::anchor);
                state.merge(replies);
                state.change(&id, |c| c.more_replies = remaining);
                if let Some(anchor) = first {
                    dom::after_render(move || dom::go_to(&anchor, None));
                }
            }
            Err(e) => state
                .server
                .status
                .set(super::state::LoadStatus::Failed(state.error(&e))),
        }
    });
    (more > 0).then(|| {
        view! {
            <p class="comment__more">
                <button
                    type="button"
                    class="button button--secondary"
                    on:click=move |_| {
                        if !load.pending().get_untracked() {
                            load.dispatch(());
                        }
                    }
                >
                    {state.count(intl::PluralMsg::MoreReplies, more)}
                </button>
            </p>
        }
    })
}

#[cfg(not(isso_client))]
fn more_replies(_: CommentsState, _: &ThreadComment) {}
