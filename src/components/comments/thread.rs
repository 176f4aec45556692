//! One comment with its replies. Names, websites and plain text are shown as text; HTML from a
//! comment server is rebuilt from the allow-list in `comments::html`, never inserted as markup.

use super::{form::CommentForm, CommentsState};
use crate::comments::{store, Body, CommentError, ThreadComment, ThreadNode};
use crate::components::boxed::{attr, dynamic, handler, spawn_scoped, Boxed};
use crate::dom;
use leptos::either::Either;
use leptos::prelude::*;

pub(super) fn reply_button(comment_id: &str) -> String {
    format!("reply-to-{comment_id}")
}

fn body_html(body: &Body) -> String {
    match body {
        Body::Plain(text) => crate::markup::plain_text(text),
        // Only a comment server sends HTML (see `isso_client` in comments/backend.rs).
        Body::Html(nodes) if cfg!(isso_client) => crate::markup::comment_nodes(nodes),
        Body::Html(_) => String::new(),
    }
}

/// Edit and Delete for the reader's own comment, while the comment server allows them.
#[component]
fn OwnCommentActions(
    /// The comment's id.
    id: String,
) -> impl IntoView {
    let state = expect_context::<CommentsState>();
    let editing = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    // The server refused: its edit window has passed. The buttons go, the message stays.
    let expired = RwSignal::new(false);
    let id = StoredValue::new(id);
    let field_id = id.with_value(|id| format!("edit-{id}"));
    // Whether the edit form shows: typing in it changes `editing`, not this.
    let is_editing = Memo::new(move |_| editing.with(Option::is_some));
    let fail = move |e: CommentError| {
        if matches!(e, CommentError::Forbidden | CommentError::Gone) {
            expired.set(true);
            editing.set(None);
            id.with_value(|id| store::expire_own(id));
        }
        error.set(Some(e.to_string()));
    };
    let start_edit = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        spawn_scoped(async move {
            match state.backend.get_value().own_text(&id.get_value()).await {
                Ok(text) => {
                    editing.set(Some(text));
                    let field = format!("edit-{}", id.get_value());
                    dom::after_render(move || dom::focus_id(&field));
                }
                Err(e) => fail(e),
            }
            busy.set(false);
        });
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(text) = editing.get_untracked() else {
            return;
        };
        if busy.get_untracked() {
            return;
        }
        if text.trim().chars().count() < crate::comments::form::COMMENT_MIN {
            error.set(Some("Comment must be 3 characters or more".into()));
            return;
        }
        busy.set(true);
        error.set(None);
        spawn_scoped(async move {
            match state.backend.get_value().edit(&id.get_value(), &text).await {
                Ok(edited) => {
                    editing.set(None);
                    id.with_value(|id| state.replace(id, Some(edited)));
                }
                Err(e) => fail(e),
            }
            busy.set(false);
        });
    };
    let delete = move |_| {
        let confirmed = web_sys::window()
            .and_then(|w| {
                w.confirm_with_message("Delete your comment? This cannot be undone.")
                    .ok()
            })
            .unwrap_or(false);
        if !confirmed || busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        spawn_scoped(async move {
            match state.backend.get_value().delete(&id.get_value()).await {
                Ok(()) => id.with_value(|id| state.replace(id, None)),
                Err(e) => fail(e),
            }
            busy.set(false);
        });
    };
    view! {
        {dynamic(move || {
            is_editing
                .get()
                .then(|| {
                    let text = editing.get_untracked().unwrap_or_default();
                    let field_id = field_id.clone();
                    view! {
                        <form class="comment-edit" novalidate on:submit=handler(save)>
                            <label class="field__label" for=field_id.clone()>
                                "Edit your comment"
                            </label>
                            <textarea
                                class="field__input field__input--textarea"
                                id=field_id
                                rows="5"
                                prop:value=text
                                on:input=handler(move |ev: leptos::ev::Event| editing.set(Some(event_target_value(&ev))))
                            ></textarea>
                            <p class="comment-edit__actions">
                                <button type="submit" class="button" aria-disabled=attr(move || busy.get().then_some("true"))>
                                    "Save changes"
                                </button>
                                <button type="button" class="button button--secondary" on:click=handler(move |_: leptos::ev::MouseEvent| editing.set(None))>
                                    "Cancel editing"
                                </button>
                            </p>
                        </form>
                    }
                })
        })}
        {dynamic(move || error.get().map(|message| view! { <p class="comment__error" role="alert">{message}</p> }))}
        {dynamic(move || {
            (!is_editing.get() && !expired.get())
                .then(|| {
                    view! {
                        <button type="button" class="comment__reply" on:click=handler(start_edit)>
                            "Edit"
                        </button>
                        <button type="button" class="comment__reply" on:click=handler(delete)>
                            "Delete"
                        </button>
                    }
                })
        })}
    }
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
        Some(site) => Either::Left(view! {
            <a class="comment__author-link" href=site.to_owned() rel="nofollow ugc noopener">
                {c.author.clone()}
            </a>
        }),
        None => Either::Right(c.author.clone()),
    };
    let id = c.id.clone();
    let replying_here = {
        let id = id.clone();
        Memo::new(move |_| state.target.with(|t| t.as_ref().is_some_and(|t| t.id == id)))
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
    let more_replies = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            let offset = state.loaded.with_untracked(|l| {
                l.iter()
                    .filter(|c| c.parent.as_deref() == Some(&id) && !c.pending)
                    .count()
            });
            spawn_scoped(async move {
                let thread = state.thread.get_value();
                match state.backend.get_value().more_replies(&thread, &id, offset).await {
                    Ok((replies, remaining)) => {
                        // The thread is drawn afresh, button and all: the reader goes on
                        // at the first reply that arrived.
                        let first = replies.first().map(ThreadComment::anchor);
                        state.merge(replies);
                        state.loaded.update(|l| {
                            if let Some(c) = l.iter_mut().find(|c| c.id == id) {
                                c.more_replies = remaining;
                            }
                        });
                        if let Some(anchor) = first {
                            dom::after_render(move || dom::go_to(&anchor, None));
                        }
                    }
                    Err(e) => state.status.set(super::LoadStatus::Failed(e.to_string())),
                }
            });
        }
    };
    // Only a comment server deletes comments, sends more replies or lets its authors edit: without
    // one (`isso_client`, see comments/backend.rs) these are known to be absent and not downloaded.
    let deleted = cfg!(isso_client) && c.deleted;
    let meta = if deleted {
        Either::Left(view! { <p class="comment__deleted">"This comment was deleted."</p> })
    } else {
        Either::Right(view! {
            <footer class="comment__meta">
                <b class="comment__author">{author}</b>
                <span class="comment__says">" says:"</span>
                <a class="comment__date" href=format!("#{anchor}") on:click=handler(permalink)>
                    <time datetime=c.date.as_str().to_owned()>{c.date.human()}</time>
                </a>
            </footer>
        })
    };
    let more = if cfg!(isso_client) { c.more_replies } else { 0 };
    let editable = cfg!(isso_client) && c.editable && !deleted;
    view! {
        <li class="comment" class:comment--pending=c.pending id=anchor.clone() tabindex="-1">
            <article class="comment__body">
                {meta}
                {c
                    .pending
                    .then(|| view! { <p class="comment__moderation">"Your comment is awaiting moderation."</p> })}
                <div class="comment__text" inner_html=body_html(&c.body)></div>
                <div class="comment__actions">
                    {(state.open && !deleted && state.backend.with_value(|b| b.can_reply_to(&c.id)))
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="comment__reply"
                                    id=reply_button(&id)
                                    aria-label=format!("Reply to {}", c.author)
                                    on:click=handler(reply)
                                >
                                    "Reply"
                                </button>
                            }
                        })}
                    {editable.then(|| view! { <OwnCommentActions id=id.clone() /> })}
                </div>
            </article>
            {dynamic(move || replying_here.get().then(|| view! { <CommentForm /> }))}
            {(!node.replies.is_empty())
                .then(|| {
                    view! {
                        <ol class="comment-list comment-list--children">
                            {node.replies.into_iter().map(|node| Boxed::new(view! { <CommentItem node /> })).collect_view()}
                        </ol>
                    }
                })}
            {(more > 0)
                .then(|| {
                    view! {
                        <p class="comment__more">
                            <button type="button" class="button button--secondary" on:click=handler(more_replies)>
                                {if more == 1 { "Show 1 more reply".to_owned() } else { format!("Show {more} more replies") }}
                            </button>
                        </p>
                    }
                })}
        </li>
    }
}
