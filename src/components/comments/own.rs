//! Edit and Delete for the reader's own comments: only a comment server offers them, so this is
//! built only for a site with one (`isso_client`, see comments/backend.rs).

use super::CommentsState;
use crate::comments::{store, CommentError};
use crate::components::boxed::{attr, dynamic, handler, spawn_scoped};
use crate::dom;
use leptos::prelude::*;

/// Edit and Delete for the reader's own comment, while the comment server allows them.
#[component]
pub fn OwnCommentActions(
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
