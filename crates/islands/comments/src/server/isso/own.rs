//! Edit and Delete for the reader's own comments, while the comment server lets them.

use super::{client, records};
use crate::model::{draft, Body, CommentError, ThreadComment};
use crate::state::CommentsState;
use intl::Msg;
use leptos::prelude::*;

/// Edit and Delete, while the comment server lets the reader change their own comment.
pub fn own_actions(comment: &ThreadComment) -> Option<impl IntoView> {
    (comment.editable && !comment.deleted).then(|| view! { <OwnCommentActions id=comment.id.clone() /> })
}

/// Edit and Delete for the reader's own comment.
#[component]
fn OwnCommentActions(
    /// The comment's id.
    id: String,
) -> impl IntoView {
    let state = expect_context::<CommentsState>();
    let id = StoredValue::new(id);
    // The text being edited; `None` while not editing.
    let editing = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    // The server refused: its edit window has passed. The buttons go, the message stays.
    let expired = RwSignal::new(false);
    let field_id = id.with_value(|id| format!("edit-{id}"));
    let is_editing = Memo::new(move |_| editing.with(Option::is_some));
    let fail = move |e: CommentError| {
        if matches!(e, CommentError::Forbidden | CommentError::Gone) {
            expired.set(true);
            editing.set(None);
            id.with_value(|id| records::expire(id));
        }
        error.set(Some(state.error(&e)));
    };
    let server = state.server;
    let start = Action::new_local(move |_: &()| async move {
        match client::fetch_own_text(&server.address(), &id.get_value()).await {
            Ok(text) => {
                editing.set(Some(text));
                let field = format!("edit-{}", id.get_value());
                dom::after_render(move || dom::focus_id(&field));
            }
            Err(e) => fail(e),
        }
    });
    let save = Action::new_local(move |text: &String| {
        let text = text.clone();
        async move {
            match client::edit(&server.address(), &id.get_value(), &text).await {
                Ok(edited) => {
                    editing.set(None);
                    let id = id.get_value();
                    state.change(&id, |c| {
                        *c = ThreadComment {
                            parent: c.parent.clone(),
                            revision: c.revision,
                            editable: true,
                            ..edited
                        }
                    });
                }
                Err(e) => fail(e),
            }
        }
    });
    let delete = Action::new_local(move |_: &()| async move {
        let id = id.get_value();
        match client::delete(&server.address(), &id).await {
            Ok(()) => {
                records::remove(&id);
                state.remove(&id);
            }
            Err(e) => fail(e),
        }
    });
    let busy = move || start.pending().get() || save.pending().get() || delete.pending().get();
    let on_edit = move |_| {
        if !busy() {
            error.set(None);
            start.dispatch(());
        }
    };
    let on_save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(text) = editing.get_untracked() else {
            return;
        };
        if busy() {
            return;
        }
        if text.trim().chars().count() < draft::COMMENT_MIN {
            error.set(Some(state.text.with_value(draft::too_short)));
            return;
        }
        error.set(None);
        save.dispatch(text);
    };
    let on_delete = move |_| {
        let confirmed = web_sys::window()
            .and_then(|w| w.confirm_with_message(&state.t(Msg::DeleteConfirm)).ok())
            .unwrap_or(false);
        if confirmed && !busy() {
            error.set(None);
            delete.dispatch(());
        }
    };
    let actions_shown = Memo::new(move |_| !is_editing.get() && !expired.get());
    view! {
        {move || {
            is_editing.get().then(|| view! {
            <form class="comment-edit" novalidate on:submit=on_save>
                <label class="field__label" for=field_id.clone()>
                    {state.t(Msg::EditYourComment)}
                </label>
                <textarea
                    class="field__input field__input--textarea"
                    id=field_id.clone()
                    rows="5"
                    prop:value=move || editing.get_untracked().unwrap_or_default()
                    on:input=move |ev| editing.set(Some(event_target_value(&ev)))
                ></textarea>
                <p class="comment-edit__actions">
                    <button type="submit" class="button" aria-disabled=move || save.pending().get().then_some("true")>
                        {state.t(Msg::SaveChanges)}
                    </button>
                    <button type="button" class="button button--secondary" on:click=move |_| editing.set(None)>
                        {state.t(Msg::CancelEditing)}
                    </button>
                </p>
            </form>
            })
        }}
        {move || error.get().map(|message| view! { <p class="comment__error" role="alert">{message}</p> })}
        {move || {
            actions_shown.get().then(|| view! {
                <button type="button" class="comment__reply" on:click=on_edit>
                    {state.t(Msg::Edit)}
                </button>
                <button type="button" class="comment__reply" on:click=on_delete>
                    {state.t(Msg::Delete)}
                </button>
            })
        }}
    }
}

impl CommentsState {
    /// Takes a deleted comment out of the thread; one with replies stays as a placeholder, as the
    /// server keeps it.
    fn remove(&self, id: &str) {
        let has_replies = self.rows.with_untracked(|rows| {
            rows.iter()
                .filter_map(|row| row.comment())
                .any(|c| c.parent.as_deref() == Some(id))
        });
        if has_replies {
            self.change(id, |c| {
                c.deleted = true;
                c.editable = false;
                c.author.clear();
                c.body = Body::Plain(String::new());
            });
        } else {
            self.loaded.update(|loaded| loaded.retain(|c| c.id != id));
            self.server.total.update(|t| {
                if let Some(t) = t {
                    *t = t.saturating_sub(1);
                }
            });
        }
    }
}
