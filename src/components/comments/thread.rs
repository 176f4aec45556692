//! One comment with its replies. Names, websites and plain text are shown as text; HTML from a
//! comment server is rebuilt from the allow-list in `comments::html`, never inserted as markup.

use super::{form::CommentForm, CommentsState};
use crate::comments::{ThreadComment, ThreadNode};
use crate::components::boxed::{dynamic, handler, Boxed};
use crate::dom;
use crate::markup::Html;
use leptos::prelude::*;

pub(super) fn reply_button(comment_id: &str) -> String {
    format!("reply-to-{comment_id}")
}

/// A comment's own part, inside its `<article>`: who wrote it and when (a link to it), whether it
/// awaits moderation, and its text. Written once as HTML: it does not change while shown.
pub fn comment_html(c: &ThreadComment) -> String {
    let mut h = Html::default();
    // Only a comment server deletes comments (see `isso_client` in comments/backend.rs).
    if cfg!(isso_client) && c.deleted {
        h.leaf("p", &[("class", "comment__deleted")], "This comment was deleted.");
    } else {
        h.open("footer", &[("class", "comment__meta")])
            .open("b", &[("class", "comment__author")]);
        match c.link() {
            Some(site) => h.leaf(
                "a",
                &[
                    ("class", "comment__author-link"),
                    ("href", site),
                    ("rel", "nofollow ugc noopener"),
                ],
                &c.author,
            ),
            None => h.text(&c.author),
        };
        h.close("b")
            .leaf("span", &[("class", "comment__says")], " says:")
            .open(
                "a",
                &[("class", "comment__date"), ("href", &format!("#{}", c.anchor()))],
            )
            .leaf("time", &[("datetime", c.date.as_str())], &c.date.human())
            .close("a")
            .close("footer");
    }
    if c.pending {
        h.leaf(
            "p",
            &[("class", "comment__moderation")],
            "Your comment is awaiting moderation.",
        );
    }
    h.open("div", &[("class", "comment__text")])
        .comment_body(&c.body)
        .close("div");
    h.finish()
}

#[component]
pub fn CommentItem(
    /// The comment and its replies.
    node: ThreadNode,
) -> impl IntoView {
    let state = expect_context::<CommentsState>();
    let c = node.comment;
    let anchor = c.anchor();
    let id = c.id.clone();
    let replying_here = {
        let id = id.clone();
        move || state.target.with(|t| t.as_deref() == Some(id.as_str()))
    };
    let reply = {
        let id = id.clone();
        move |_| {
            state.form.update_value(|f| f.notice = None);
            state.edit(|d| d.parent = Some(id.clone()));
            dom::after_render(|| dom::focus_id("comment"));
        }
    };
    // The date links to the comment itself.
    let permalink = {
        let anchor = anchor.clone();
        move |ev: leptos::ev::MouseEvent| {
            if dom::closest(&ev, ".comment__date").is_some() {
                ev.prevent_default();
                dom::push_hash(&anchor);
                dom::go_to(&anchor, None);
            }
        }
    };
    #[cfg(isso_client)]
    let more_replies = {
        let id = id.clone();
        move |_: leptos::ev::MouseEvent| {
            let id = id.clone();
            let offset = state.loaded.with_untracked(|l| {
                l.iter()
                    .filter(|c| c.parent.as_deref() == Some(&id) && !c.pending)
                    .count()
            });
            crate::components::boxed::spawn_scoped(async move {
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
                    Err(e) => state.server.status.set(super::LoadStatus::Failed(e.to_string())),
                }
            });
        }
    };
    // Only a comment server deletes comments, sends more replies or lets its authors edit: without
    // one (`isso_client`, see comments/backend.rs) these are known to be absent and not downloaded.
    let deleted = cfg!(isso_client) && c.deleted;
    #[cfg(isso_client)]
    let (own_actions, more) = {
        let more = c.more_replies;
        (
            (c.editable && !deleted).then(|| Boxed::new(view! { <super::own::OwnCommentActions id=id.clone() /> })),
            (more > 0).then(|| {
                Boxed::new(view! {
                    <p class="comment__more">
                        <button type="button" class="button button--secondary" on:click=handler(more_replies)>
                            {if more == 1 { "Show 1 more reply".to_owned() } else { format!("Show {more} more replies") }}
                        </button>
                    </p>
                })
            }),
        )
    };
    #[cfg(not(isso_client))]
    let (own_actions, more) = (None::<Boxed>, None::<Boxed>);
    view! {
        <li class="comment" class:comment--pending=c.pending id=anchor.clone() tabindex="-1">
            <article class="comment__body">
                <div class="comment__content" inner_html=comment_html(&c) on:click=handler(permalink)></div>
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
                    {own_actions}
                </div>
            </article>
            {dynamic(move || replying_here().then(|| view! { <CommentForm /> }))}
            {(!node.replies.is_empty())
                .then(|| {
                    view! {
                        <ol class="comment-list comment-list--children">
                            {node.replies.into_iter().map(|node| Boxed::new(view! { <CommentItem node /> })).collect_view()}
                        </ol>
                    }
                })}
            {more}
        </li>
    }
}
