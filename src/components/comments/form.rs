//! "Leave a Reply": the WordPress comment form with GOV.UK-style validation.

use super::{thread::reply_button, CommentsState};
use crate::comments::{form::validate, store, CommentDraft, CommentError, Field, FieldError};
use crate::components::boxed::{attr, dynamic, handler, spawn_scoped, text};
use crate::dom;
use leptos::either::Either;
use leptos::prelude::*;

const SUMMARY_ID: &str = "error-summary";
const POST_ERROR_ID: &str = "post-error";

fn error_id(field: Field) -> String {
    format!("{}-error", field.id())
}

/// One labelled field: its error message beside it, `aria-invalid` when it has one.
#[component]
fn TextField(
    /// Which field this is.
    field: Field,
    /// The visible label.
    label: &'static str,
    /// Whether the field must be filled in.
    required: bool,
    /// Text under the label, such as what happens to an email address.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// The input's type; a textarea when `None`.
    #[prop(optional)]
    input_type: Option<&'static str>,
    /// The browser's autofill hint.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    /// Reads the field from the draft.
    get: fn(&CommentDraft) -> &String,
    /// Writes the field into the draft.
    set: fn(&mut CommentDraft, String),
) -> impl IntoView {
    let state = expect_context::<CommentsState>();
    let id = field.id();
    let hint_id = format!("{id}-hint");
    let error = move || {
        state
            .errors
            .with(|errs| errs.iter().find(|e| e.field == field).map(|e| e.message.clone()))
    };
    let described_by = {
        let hint_id = hint_id.clone();
        move || {
            let mut ids: Vec<String> = hint.map(|_| hint_id.clone()).into_iter().collect();
            if error().is_some() {
                ids.push(error_id(field));
            }
            Some(ids.join(" ")).filter(|s| !s.is_empty())
        }
    };
    let invalid = move || error().is_some().then_some("true");
    let value = move || state.draft.with(|d| get(d).clone());
    let on_input = move |ev| {
        let v = event_target_value(&ev);
        state.edit(|d| set(d, v));
    };
    let control = match input_type {
        None => Either::Left(view! {
            <textarea
                class="field__input field__input--textarea"
                id=id
                name=id
                rows="8"
                required=required
                aria-invalid=attr(invalid)
                aria-describedby=attr(described_by.clone())
                prop:value=attr(value)
                on:input=handler(on_input)
            ></textarea>
        }),
        Some(kind) => Either::Right(view! {
            <input
                class="field__input"
                id=id
                name=id
                type=kind
                autocomplete=autocomplete
                spellcheck="false"
                required=required
                aria-invalid=attr(invalid)
                aria-describedby=attr(described_by.clone())
                prop:value=attr(value)
                on:input=handler(on_input)
            />
        }),
    };
    view! {
        <div class="field" class:field--invalid=attr(move || error().is_some())>
            <label class="field__label" for=id id=format!("{id}-label")>
                {label}
                {required.then(|| view! { <span class="field__required" aria-hidden="true">" *"</span> })}
            </label>
            {hint.map(|h| view! { <p class="field__hint" id=hint_id>{h}</p> })}
            {dynamic(move || {
                error()
                    .map(|message| {
                        view! {
                            <p class="field__error" id=error_id(field)>
                                <span class="visually-hidden">"Error: "</span>
                                {message}
                            </p>
                        }
                    })
            })}
            {control}
        </div>
    }
}

/// The list of problems at the top of the form; it takes focus and links to each field.
#[component]
fn ErrorSummary() -> impl IntoView {
    let state = expect_context::<CommentsState>();
    dynamic(move || {
        let errors = state.errors.get();
        (!errors.is_empty()).then(|| {
            let items = errors
                .into_iter()
                .map(|e| {
                    let target = e.field.id();
                    view! {
                        <li>
                            <a
                                href=format!("#{target}")
                                on:click=handler(move |ev: leptos::ev::MouseEvent| {
                                    ev.prevent_default();
                                    // Scroll so the label shows too, as GOV.UK does.
                                    dom::go_to(&format!("{target}-label"), Some(target));
                                })
                            >
                                {e.message}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="error-summary" id=SUMMARY_ID tabindex="-1" aria-labelledby="error-summary-title">
                    <div role="alert">
                        <h3 class="error-summary__title" id="error-summary-title">
                            "There is a problem"
                        </h3>
                        <ul class="error-summary__list">{items}</ul>
                    </div>
                </div>
            }
        })
    })
}

#[component]
pub fn CommentForm() -> impl IntoView {
    let state = expect_context::<CommentsState>();
    let target = move || state.target.get();
    let cancel = move |_| {
        let parent = state.draft.with_untracked(|d| d.parent.clone());
        state.edit(|d| d.parent = None);
        if let Some(p) = parent {
            dom::after_render(move || dom::focus_id(&reply_button(&p)));
        }
    };
    // Validates, then sends once: a second click while a post is under way does nothing.
    let send = move || {
        if state.submitting.get_untracked() {
            return;
        }
        let draft = state.draft.get_untracked();
        let errors = validate(&draft);
        state.post_error.set(None);
        state.notice.set(None);
        if !errors.is_empty() {
            state.errors.set(errors);
            dom::after_render(|| dom::go_to(SUMMARY_ID, None));
            return;
        }
        state.errors.set(Vec::new());
        state.submitting.set(true);
        spawn_scoped(async move {
            let thread = state.thread.get_value();
            let title = state.title.get_value();
            match state.backend.get_value().post(&thread, &title, &draft).await {
                Ok(posted) => {
                    let kept = if draft.remember {
                        store::save_identity(&store::Identity {
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
                        store::forget_identity();
                        CommentDraft::default()
                    };
                    state.draft.set(kept);
                    store::clear_draft(&thread);
                    let anchor = posted.anchor();
                    let notice = if posted.pending {
                        "Your comment was posted. It is awaiting moderation."
                    } else {
                        state.total.update(|t| *t = t.map(|t| t + 1));
                        "Your comment was posted."
                    };
                    state.merge(vec![posted]);
                    state.notice.set(Some(notice.into()));
                    dom::after_render(move || dom::go_to(&anchor, None));
                }
                // A refusal that names a field is shown like any other field error.
                Err(CommentError::Refused {
                    field: Some(field),
                    message,
                }) => {
                    state.errors.set(vec![FieldError { field, message }]);
                    dom::after_render(|| dom::go_to(SUMMARY_ID, None));
                }
                Err(e) => {
                    state.post_error.set(Some(e.to_string()));
                    dom::after_render(|| dom::go_to(POST_ERROR_ID, None));
                }
            }
            state.submitting.set(false);
        });
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        send();
    };
    view! {
        <div class="comment-respond" id="respond">
            <h2 class="comment-respond__title" id="reply-title">
                {text(move || match target() {
                    Some(c) => format!("Leave a Reply to {}", c.author),
                    None => "Leave a Reply".to_owned(),
                })}
            </h2>
            {dynamic(move || {
                target()
                    .map(|_| {
                        view! {
                            <p class="comment-respond__cancel">
                                <button type="button" class="button button--secondary" on:click=handler(cancel)>
                                    "Cancel reply"
                                </button>
                            </p>
                        }
                    })
            })}
            // Shown only by nojs.css: without JavaScript the form is hidden and this says why.
            <p class="comment-form__needs-js">
                "Posting a comment needs JavaScript. Turn it on in your browser to leave a reply."
            </p>
            <form class="comment-form" novalidate on:submit=handler(submit)>
                <ErrorSummary />
                {dynamic(move || {
                    state
                        .post_error
                        .get()
                        .map(|message| {
                            view! {
                                <div class="error-summary" id=POST_ERROR_ID tabindex="-1" role="alert">
                                    <h3 class="error-summary__title">"Your comment was not posted"</h3>
                                    <p>{message}</p>
                                    <p>"Your text is still in the form and saved in this browser."</p>
                                    <p>
                                        <button type="button" class="button" on:click=handler(move |_: leptos::ev::MouseEvent| send())>
                                            "Try again"
                                        </button>
                                    </p>
                                </div>
                            }
                        })
                })}
                <p class="comment-form__notes">
                    "Required fields are marked " <span aria-hidden="true">"*"</span>
                    <span class="visually-hidden">"required"</span> "."
                </p>
                <TextField field=Field::Comment label="Comment" required=true get=|d| &d.comment set=|d, v| d.comment = v />
                <TextField
                    field=Field::Name
                    label="Name"
                    required=true
                    input_type="text"
                    autocomplete="name"
                    get=|d| &d.name
                    set=|d, v| d.name = v
                />
                <TextField
                    field=Field::Email
                    label="Email"
                    required=true
                    hint="Your email address will not be published."
                    input_type="email"
                    autocomplete="email"
                    get=|d| &d.email
                    set=|d, v| d.email = v
                />
                <TextField
                    field=Field::Website
                    label="Website"
                    required=false
                    input_type="url"
                    autocomplete="url"
                    get=|d| &d.website
                    set=|d, v| d.website = v
                />
                <p class="comment-form__cookies">
                    <input
                        id="wp-comment-cookies-consent"
                        name="wp-comment-cookies-consent"
                        type="checkbox"
                        prop:checked=attr(move || state.draft.with(|d| d.remember))
                        on:change=handler(move |ev: leptos::ev::Event| {
                            let checked = event_target_checked(&ev);
                            state.edit(|d| d.remember = checked);
                        })
                    />
                    <label for="wp-comment-cookies-consent">
                        "Save my name, email, and website in this browser for the next time I comment."
                    </label>
                </p>
                <p class="comment-form__submit">
                    <button
                        type="submit"
                        class="button"
                        // Disabled only until the app starts, which also stops Enter in a field
                        // from submitting; while posting, aria-disabled keeps it focusable.
                        disabled=attr(move || !state.ready.get())
                        aria-disabled=attr(move || state.submitting.get().then_some("true"))
                    >
                        "Post Comment"
                    </button>
                </p>
                <p class="comment-form__notice" role="status">
                    {dynamic(move || state.notice.get())}
                </p>
            </form>
        </div>
    }
}
