//! "Leave a Reply": the WordPress comment form with GOV.UK-style validation. On "Post Comment" the
//! fields are checked first; an error summary ("There is a problem") takes focus and links to each
//! field, and each bad field says what is wrong beside it. Everything typed is kept in the draft
//! (and saved in this browser) on every keystroke, so nothing is lost when the form moves beneath a
//! comment, when a post fails, or when the page is reloaded.

use super::state::{reply_button, CommentsState, REMEMBER_ID};
use crate::local;
use crate::model::{draft::validate, CommentDraft, CommentError, Field, FieldError, ThreadComment};
use intl::Msg;
use leptos::either::Either;
use leptos::prelude::*;

const SUMMARY_ID: &str = "error-summary";
const POST_ERROR_ID: &str = "post-error";

impl CommentsState {
    /// Sends a checked draft to the comment server, or keeps it in this browser.
    async fn send(self, draft: CommentDraft) -> Result<ThreadComment, CommentError> {
        let thread = self.thread.get_value();
        self.server.post(&thread, &draft).await
    }

    /// What a post's answer does to the form and the thread.
    fn finish(&self, draft: CommentDraft, result: Result<ThreadComment, CommentError>) {
        match result {
            Ok(posted) => {
                let kept = if draft.remember {
                    local::save_identity(&local::Identity {
                        name: draft.name.clone(),
                        email: draft.email.clone(),
                        website: draft.website.clone(),
                    });
                    CommentDraft {
                        comment: String::new(),
                        parent: None,
                        ..draft
                    }
                } else {
                    local::forget_identity();
                    CommentDraft::default()
                };
                self.draft.set(kept);
                self.thread.with_value(|t| local::clear_draft(t));
                let anchor = posted.anchor();
                let notice = if posted.pending {
                    Msg::CommentPostedPending
                } else {
                    self.server.count_published();
                    Msg::CommentPosted
                };
                self.merge(vec![posted]);
                self.form.notice.set(Some(self.t(notice)));
                dom::after_render(move || dom::go_to(&anchor, None));
            }
            // A refusal that names a field is shown like any other field error.
            Err(CommentError::Refused {
                field: Some(field),
                reason,
            }) => {
                let message = self.text.with_value(|t| reason.message(t));
                self.form.errors.set(vec![FieldError { field, message }]);
                dom::after_render(|| dom::go_to(SUMMARY_ID, None));
            }
            Err(e) => {
                self.form.post_error.set(Some(self.error(&e)));
                dom::after_render(|| dom::go_to(POST_ERROR_ID, None));
            }
        }
    }
}

#[component]
pub fn CommentForm() -> impl IntoView {
    let state = expect_context::<CommentsState>();
    let post = Action::new_local(move |draft: &CommentDraft| {
        let draft = draft.clone();
        async move {
            let result = state.send(draft.clone()).await;
            state.finish(draft, result);
        }
    });
    // Checks, then sends once: a second press while a post is under way does nothing.
    let submit = move || {
        if post.pending().get_untracked() {
            return;
        }
        let draft = state.draft.get_untracked();
        let errors = state.text.with_value(|t| validate(&draft, t));
        state.form.notice.set(None);
        state.form.post_error.set(None);
        let refused = !errors.is_empty();
        state.form.errors.set(errors);
        if refused {
            dom::after_render(|| dom::go_to(SUMMARY_ID, None));
        } else {
            post.dispatch(draft);
        }
    };
    let replying_to = move || state.target.get().and_then(|id| state.author_of(&id));
    let replying = Memo::new(move |_| state.target.with(Option::is_some));
    let cancel = move |_| {
        let parent = state.draft.with_untracked(|d| d.parent.clone());
        state.edit(|d| d.parent = None);
        if let Some(p) = parent {
            dom::after_render(move || dom::focus_id(&reply_button(&p)));
        }
    };
    view! {
        <div class="comment-respond" id="respond">
            <h2 class="comment-respond__title" id="reply-title">
                {move || match replying_to() {
                    Some(author) => state.fill(Msg::LeaveAReplyTo, &[("author", &author)]),
                    None => state.t(Msg::LeaveAReply),
                }}
            </h2>
            {move || {
                replying.get().then(|| {
                    view! {
                        <p class="comment-respond__cancel">
                            <button type="button" class="button button--secondary" id="cancel-reply" on:click=cancel>
                                {state.t(Msg::CancelReply)}
                            </button>
                        </p>
                    }
                })
            }}
            // Shown only by nojs.css: without JavaScript the form is hidden and this says why.
            <p class="comment-form__needs-js">{state.t(Msg::CommentNeedsJs)}</p>
            <form
                class="comment-form"
                novalidate
                on:submit=move |ev| {
                    ev.prevent_default();
                    submit();
                }
            >
                <ErrorSummary />
                <PostError retry=submit />
                <p class="comment-form__notes">
                    {format!("{} ", state.t(Msg::RequiredFields))} <span aria-hidden="true">"*"</span>
                    <span class="visually-hidden">{state.t(Msg::Required)}</span> "."
                </p>
                <FormField field=Field::Comment label=state.t(Msg::FieldComment) required=true />
                <FormField field=Field::Name label=state.t(Msg::FieldName) required=true input=("text", "name") />
                <FormField
                    field=Field::Email
                    label=state.t(Msg::FieldEmail)
                    required=true
                    hint=state.t(Msg::EmailHint)
                    input=("email", "email")
                />
                <FormField field=Field::Website label=state.t(Msg::FieldWebsite) input=("url", "url") />
                <p class="comment-form__cookies">
                    <input
                        id=REMEMBER_ID
                        name=REMEMBER_ID
                        type="checkbox"
                        prop:checked=move || state.draft.with(|d| d.remember)
                        on:change=move |ev| {
                            let checked = event_target_checked(&ev);
                            state.edit(|d| d.remember = checked);
                        }
                    />
                    <label for=REMEMBER_ID>{state.t(Msg::RememberMe)}</label>
                </p>
                // Disabled only until the island hydrates, which also stops Enter in a field from
                // submitting; while posting, aria-disabled keeps it focusable.
                <p class="comment-form__submit">
                    <button
                        type="submit"
                        class="button"
                        id="comment-submit"
                        disabled=move || !state.ready.get()
                        aria-disabled=move || post.pending().get().then_some("true")
                    >
                        {state.t(Msg::PostComment)}
                    </button>
                </p>
                <p class="comment-form__notice" id="comment-notice" role="status">
                    {move || state.form.notice.get()}
                </p>
            </form>
        </div>
    }
}

/// "There is a problem": focused after a refused post, with a link to each field in error.
#[component]
fn ErrorSummary() -> impl IntoView {
    let state = expect_context::<CommentsState>();
    let errors = state.form.errors;
    let shown = Memo::new(move |_| errors.with(|e| !e.is_empty()));
    move || {
        shown.get().then(|| {
            view! {
            <div class="error-summary" id=SUMMARY_ID tabindex="-1" aria-labelledby="error-summary-title">
                <div role="alert">
                    <h3 class="error-summary__title" id="error-summary-title">
                        {state.t(Msg::ErrorSummaryTitle)}
                    </h3>
                    <ul class="error-summary__list">
                        // Drawn afresh on each refused post: it is written once per "Post Comment".
                        {errors
                            .get()
                            .into_iter()
                            .map(|error| view! {
                            <li>
                                <a
                                    href=format!("#{}", error.field.id())
                                    on:click=move |ev| {
                                        // Scroll so the field's label shows too, as GOV.UK does.
                                        ev.prevent_default();
                                        let id = error.field.id();
                                        dom::go_to(&format!("{id}-label"), Some(id));
                                    }
                                >
                                    {error.message.clone()}
                                </a>
                            </li>
                            })
                            .collect_view()}
                    </ul>
                </div>
            </div>
            }
        })
    }
}

/// Why the post failed when no field explains it, with "Try again".
#[component]
fn PostError(
    /// Sends the form again.
    retry: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = expect_context::<CommentsState>();
    let post_error = state.form.post_error;
    let shown = Memo::new(move |_| post_error.with(Option::is_some));
    move || {
        shown.get().then(|| {
            view! {
            <div class="error-summary" id=POST_ERROR_ID tabindex="-1" role="alert">
                <h3 class="error-summary__title">{state.t(Msg::PostFailedTitle)}</h3>
                <p>{move || post_error.get()}</p>
                <p>{state.t(Msg::PostFailedKept)}</p>
                <p>
                    <button type="button" class="button" id="post-retry" on:click=move |_| retry()>
                        {state.t(Msg::TryAgain)}
                    </button>
                </p>
            </div>
            }
        })
    }
}

/// One labelled field: a hint under the label, its error message above the input, and
/// `aria-invalid` while it has one.
#[component]
fn FormField(
    field: Field,
    /// What the label says.
    label: String,
    /// Marks the field required (" *" beside the label).
    #[prop(optional)]
    required: bool,
    /// Text under the label, such as what happens to an email address.
    #[prop(optional)]
    hint: Option<String>,
    /// The input's type and autofill hint; a textarea when left out.
    #[prop(optional)]
    input: Option<(&'static str, &'static str)>,
) -> impl IntoView {
    let state = expect_context::<CommentsState>();
    let id = field.id();
    let error = Memo::new(move |_| {
        state
            .form
            .errors
            .with(|e| e.iter().find(|e| e.field == field).map(|e| e.message.clone()))
    });
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let error_id = error_id.clone();
        let hint_id = hint.as_ref().map(|_| hint_id.clone());
        move || {
            let ids: Vec<&str> = [
                hint_id.as_deref(),
                error.with(Option::is_some).then_some(error_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || error.with(Option::is_some).then_some("true");
    let value = move || state.draft.with(|d| field.get(d).to_owned());
    let on_input = move |ev| {
        let value = event_target_value(&ev);
        state.edit(|d| field.set(d, value));
    };
    let control = match input {
        None => Either::Left(view! {
            <textarea
                class="field__input field__input--textarea"
                id=id
                name=id
                rows="8"
                required=required
                aria-invalid=invalid
                aria-describedby=described_by
                prop:value=value
                on:input=on_input
            ></textarea>
        }),
        Some((kind, autocomplete)) => Either::Right(view! {
            <input
                class="field__input"
                id=id
                name=id
                type=kind
                autocomplete=autocomplete
                spellcheck="false"
                required=required
                aria-invalid=invalid
                aria-describedby=described_by
                prop:value=value
                on:input=on_input
            />
        }),
    };
    view! {
        <div class="field" class:field--invalid=move || error.with(Option::is_some)>
            <label class="field__label" for=id id=format!("{id}-label")>
                {label}
                {required.then(|| view! { <span class="field__required" aria-hidden="true">" *"</span> })}
            </label>
            {hint.map(|hint| view! { <p class="field__hint" id=hint_id>{hint}</p> })}
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="field__error" id=error_id.clone()>
                                <span class="visually-hidden">{format!("{} ", state.t(Msg::ErrorPrefix))}</span>
                                {message}
                            </p>
                        }
                    })
            }}
            {control}
        </div>
    }
}
