//! "Leave a Reply": the WordPress comment form with GOV.UK-style validation.
//!
//! The form is written as HTML from the comment box's state ([`form_html`], a pure function) into
//! one element, and its events are handled on that element, where they bubble to. It is written
//! afresh only when what it shows changes (errors found, a post refused, failed or done), never
//! while the reader types: typing only updates the draft, and the inputs keep their own text,
//! caret and focus. A view per field and message cost the download about 14 KB gzipped.

use super::CommentsState;
use crate::comments::{form::validate, store, CommentDraft, CommentError, Field, FieldError, ThreadComment};
#[cfg(isso_client)]
use crate::components::boxed::spawn_scoped;
use crate::components::boxed::{effect, handler};
use crate::dom;
use crate::markup::Html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const SUMMARY_ID: &str = "error-summary";
const POST_ERROR_ID: &str = "post-error";
const CANCEL_ID: &str = "cancel-reply";
const RETRY_ID: &str = "post-retry";
const REMEMBER_ID: &str = "wp-comment-cookies-consent";
const SUBMIT_ID: &str = "comment-submit";
const NOTICE_ID: &str = "comment-notice";

/// What the form shows.
#[derive(Debug, Clone, Copy)]
pub struct FormView<'a> {
    pub draft: &'a CommentDraft,
    pub errors: &'a [FieldError],
    /// Why the last post failed, when it did for a reason no field explains.
    pub post_error: Option<&'a str>,
    /// What happened to the last post, for the status line.
    pub notice: Option<&'a str>,
    /// The author of the comment being replied to.
    pub replying_to: Option<&'a str>,
    /// False until the app has taken over: see `CommentsState::ready`.
    pub ready: bool,
    pub submitting: bool,
}

/// What the form says beside the fields.
#[derive(Debug, Clone, Default)]
pub struct FormStatus {
    pub errors: Vec<FieldError>,
    pub post_error: Option<String>,
    pub notice: Option<String>,
    pub submitting: bool,
}

struct FieldSpec {
    field: Field,
    label: &'static str,
    required: bool,
    /// Text under the label, such as what happens to an email address.
    hint: Option<&'static str>,
    /// The input's type and autofill hint; a textarea when `None`.
    input: Option<(&'static str, &'static str)>,
}

const FIELDS: [FieldSpec; 4] = [
    FieldSpec {
        field: Field::Comment,
        label: "Comment",
        required: true,
        hint: None,
        input: None,
    },
    FieldSpec {
        field: Field::Name,
        label: "Name",
        required: true,
        hint: None,
        input: Some(("text", "name")),
    },
    FieldSpec {
        field: Field::Email,
        label: "Email",
        required: true,
        hint: Some("Your email address will not be published."),
        input: Some(("email", "email")),
    },
    FieldSpec {
        field: Field::Website,
        label: "Website",
        required: false,
        hint: None,
        input: Some(("url", "url")),
    },
];

/// One labelled field: its error message above the input, `aria-invalid` when it has one.
fn field_html(h: &mut Html, spec: &FieldSpec, v: &FormView) {
    let id = spec.field.id();
    let error = v.errors.iter().find(|e| e.field == spec.field);
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let described_by = [
        spec.hint.map(|_| hint_id.as_str()),
        error.map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    h.open(
        "div",
        &[(
            "class",
            if error.is_some() {
                "field field--invalid"
            } else {
                "field"
            },
        )],
    )
    .open(
        "label",
        &[
            ("class", "field__label"),
            ("for", id),
            ("id", &format!("{id}-label")),
        ],
    )
    .text(spec.label);
    if spec.required {
        h.leaf(
            "span",
            &[("class", "field__required"), ("aria-hidden", "true")],
            " *",
        );
    }
    h.close("label");
    if let Some(hint) = spec.hint {
        h.leaf("p", &[("class", "field__hint"), ("id", &hint_id)], hint);
    }
    if let Some(e) = error {
        h.open("p", &[("class", "field__error"), ("id", &error_id)])
            .leaf("span", &[("class", "visually-hidden")], "Error: ")
            .text(&e.message)
            .close("p");
    }
    let value = spec.field.get(v.draft);
    let mut attrs = vec![("id", id), ("name", id)];
    match spec.input {
        None => attrs.extend([("class", "field__input field__input--textarea"), ("rows", "8")]),
        Some((kind, autocomplete)) => attrs.extend([
            ("class", "field__input"),
            ("type", kind),
            ("autocomplete", autocomplete),
            ("spellcheck", "false"),
            ("value", value),
        ]),
    }
    if spec.required {
        attrs.push(("required", ""));
    }
    if error.is_some() {
        attrs.push(("aria-invalid", "true"));
    }
    if !described_by.is_empty() {
        attrs.push(("aria-describedby", &described_by));
    }
    h.open(if spec.input.is_some() { "input" } else { "textarea" }, &attrs);
    if spec.input.is_none() {
        // The parser drops a textarea's first line break; this one is the one it drops.
        if value.starts_with('\n') {
            h.text("\n");
        }
        h.text(value).close("textarea");
    }
    h.close("div");
}

/// The form's content (inside `<div id="respond">`), as the state says it should look.
pub fn form_html(v: &FormView) -> String {
    let mut h = Html::default();
    let title = match v.replying_to {
        Some(author) => format!("Leave a Reply to {author}"),
        None => "Leave a Reply".to_owned(),
    };
    h.leaf(
        "h2",
        &[("class", "comment-respond__title"), ("id", "reply-title")],
        &title,
    );
    if v.replying_to.is_some() {
        h.open("p", &[("class", "comment-respond__cancel")])
            .leaf(
                "button",
                &[
                    ("type", "button"),
                    ("class", "button button--secondary"),
                    ("id", CANCEL_ID),
                ],
                "Cancel reply",
            )
            .close("p");
    }
    // Shown only by nojs.css: without JavaScript the form is hidden and this says why.
    h.leaf(
        "p",
        &[("class", "comment-form__needs-js")],
        "Posting a comment needs JavaScript. Turn it on in your browser to leave a reply.",
    )
    .open("form", &[("class", "comment-form"), ("novalidate", "")]);
    form_body(&mut h, v);
    h.close("form");
    h.finish()
}

/// What is inside the `<form>`. The form element itself stays when this is written afresh, so a
/// second click already on its way finds no form to send rather than a form that has gone.
fn form_body(h: &mut Html, v: &FormView) {
    if !v.errors.is_empty() {
        // The summary takes focus and links to each field (GOV.UK's error summary).
        h.open(
            "div",
            &[
                ("class", "error-summary"),
                ("id", SUMMARY_ID),
                ("tabindex", "-1"),
                ("aria-labelledby", "error-summary-title"),
            ],
        )
        .open("div", &[("role", "alert")])
        .leaf(
            "h3",
            &[("class", "error-summary__title"), ("id", "error-summary-title")],
            "There is a problem",
        )
        .open("ul", &[("class", "error-summary__list")]);
        for e in v.errors {
            h.open("li", &[])
                .leaf("a", &[("href", &format!("#{}", e.field.id()))], &e.message)
                .close("li");
        }
        h.close("ul").close("div").close("div");
    }
    if let Some(message) = v.post_error {
        h.open(
            "div",
            &[
                ("class", "error-summary"),
                ("id", POST_ERROR_ID),
                ("tabindex", "-1"),
                ("role", "alert"),
            ],
        )
        .leaf(
            "h3",
            &[("class", "error-summary__title")],
            "Your comment was not posted",
        )
        .leaf("p", &[], message)
        .leaf(
            "p",
            &[],
            "Your text is still in the form and saved in this browser.",
        )
        .open("p", &[])
        .leaf(
            "button",
            &[("type", "button"), ("class", "button"), ("id", RETRY_ID)],
            "Try again",
        )
        .close("p")
        .close("div");
    }
    h.open("p", &[("class", "comment-form__notes")])
        .text("Required fields are marked ")
        .leaf("span", &[("aria-hidden", "true")], "*")
        .leaf("span", &[("class", "visually-hidden")], "required")
        .text(".")
        .close("p");
    for spec in &FIELDS {
        field_html(h, spec, v);
    }
    let mut remember = vec![("id", REMEMBER_ID), ("name", REMEMBER_ID), ("type", "checkbox")];
    if v.draft.remember {
        remember.push(("checked", ""));
    }
    h.open("p", &[("class", "comment-form__cookies")])
        .open("input", &remember)
        .leaf(
            "label",
            &[("for", REMEMBER_ID)],
            "Save my name, email, and website in this browser for the next time I comment.",
        )
        .close("p");
    // Disabled only until the app starts, which also stops Enter in a field from submitting;
    // while posting, aria-disabled keeps it focusable.
    let mut submit = vec![("type", "submit"), ("class", "button"), ("id", SUBMIT_ID)];
    if !v.ready {
        submit.push(("disabled", ""));
    }
    if v.submitting {
        submit.push(("aria-disabled", "true"));
    }
    h.open("p", &[("class", "comment-form__submit")])
        .leaf("button", &submit, "Post Comment")
        .close("p")
        .leaf(
            "p",
            &[
                ("class", "comment-form__notice"),
                ("id", NOTICE_ID),
                ("role", "status"),
            ],
            v.notice.unwrap_or_default(),
        );
}

impl CommentsState {
    /// The form's HTML for the state as it is now: all of it, or (`body_only`) what is inside
    /// the `<form>`.
    fn form_html(&self, body_only: bool) -> String {
        let draft = self.draft.get_untracked();
        let author = self.target.with_untracked(|t| {
            let id = t.as_deref()?;
            self.all_untracked()
                .into_iter()
                .find(|c| c.id == id)
                .map(|c| c.author)
        });
        self.form.with_value(|f| {
            let v = FormView {
                draft: &draft,
                errors: &f.errors,
                post_error: f.post_error.as_deref(),
                notice: f.notice.as_deref(),
                replying_to: author.as_deref(),
                ready: self.ready.get_untracked(),
                submitting: f.submitting,
            };
            if body_only {
                let mut h = Html::default();
                form_body(&mut h, &v);
                h.finish()
            } else {
                form_html(&v)
            }
        })
    }
}

/// The element whose id is `id`, as a `T`.
fn by_id<T: JsCast>(id: &str) -> Option<T> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

#[component]
pub fn CommentForm() -> impl IntoView {
    let state = expect_context::<CommentsState>();
    let root = NodeRef::<leptos::html::Div>::new();
    // Writes the form afresh; the focused control, if it is still there, keeps focus.
    let refresh = move || {
        let Some(el) = root.try_get_untracked().flatten() else {
            return;
        };
        let Some(form) = el.query_selector("form").ok().flatten() else {
            return;
        };
        let focused = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .filter(|a| el.contains(Some(a)))
            .map(|a| a.id());
        form.set_inner_html(&state.form_html(true));
        if let Some(id) = focused.filter(|id| !id.is_empty()) {
            dom::focus_id(&id);
        }
    };
    let set_busy = |busy: bool| {
        if let Some(button) = by_id::<web_sys::Element>(SUBMIT_ID) {
            let _ = if busy {
                button.set_attribute("aria-disabled", "true")
            } else {
                button.remove_attribute("aria-disabled")
            };
        }
    };
    // Once the app has taken over: what this browser kept for the reader fills the fields, and
    // the form may be sent.
    effect(move || {
        if !state.ready.get() {
            return;
        }
        let draft = state.draft.get_untracked();
        for field in Field::ALL {
            let value = field.get(&draft);
            if let Some(input) = by_id::<web_sys::HtmlInputElement>(field.id()) {
                if input.value() != value {
                    input.set_value(value);
                }
            } else if let Some(area) = by_id::<web_sys::HtmlTextAreaElement>(field.id()) {
                if area.value() != value {
                    area.set_value(value);
                }
            }
        }
        if let Some(remember) = by_id::<web_sys::HtmlInputElement>(REMEMBER_ID) {
            remember.set_checked(draft.remember);
        }
        if let Some(button) = by_id::<web_sys::Element>(SUBMIT_ID) {
            let _ = button.remove_attribute("disabled");
        }
    });
    // What a post's answer does to the form and the thread.
    let finish = move |thread: String, draft: CommentDraft, result: Result<ThreadComment, CommentError>| {
        state.form.update_value(|f| f.submitting = false);
        set_busy(false);
        match result {
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
                    #[cfg(isso_client)]
                    state.server.total.update(|t| *t = t.map(|t| t + 1));
                    "Your comment was posted."
                };
                state.merge(vec![posted]);
                refresh();
                // Into the status line that is already there, so it is announced.
                state.form.update_value(|f| f.notice = Some(notice.into()));
                if let Some(line) = by_id::<web_sys::Element>(NOTICE_ID) {
                    line.set_text_content(Some(notice));
                }
                dom::after_render(move || dom::go_to(&anchor, None));
            }
            // A refusal that names a field is shown like any other field error.
            Err(CommentError::Refused {
                field: Some(field),
                message,
            }) => {
                state
                    .form
                    .update_value(|f| f.errors = vec![FieldError { field, message }]);
                refresh();
                dom::go_to(SUMMARY_ID, None);
            }
            Err(e) => {
                state.form.update_value(|f| f.post_error = Some(e.to_string()));
                refresh();
                dom::go_to(POST_ERROR_ID, None);
            }
        }
    };
    // Validates, then sends once: a second click while a post is under way does nothing.
    let send = move || {
        if state.form.with_value(|f| f.submitting) {
            return;
        }
        let draft = state.draft.get_untracked();
        let errors = validate(&draft);
        let refused = !errors.is_empty();
        let was_shown = state
            .form
            .with_value(|f| !f.errors.is_empty() || f.post_error.is_some() || f.notice.is_some());
        state.form.set_value(FormStatus {
            errors,
            submitting: !refused,
            ..FormStatus::default()
        });
        if refused {
            refresh();
            dom::go_to(SUMMARY_ID, None);
            return;
        }
        if was_shown {
            refresh();
        }
        set_busy(true);
        let thread = state.thread.get_value();
        // Comments kept in this browser are stored at once; a comment server is waited for.
        #[cfg(not(isso_client))]
        {
            let result = crate::comments::CommentBackend::post_here(&thread, &draft);
            finish(thread, draft, result);
        }
        #[cfg(isso_client)]
        spawn_scoped(async move {
            let title = state.server.title.get_value();
            let result = state.backend.get_value().post(&thread, &title, &draft).await;
            finish(thread, draft, result);
        });
    };
    let cancel = move || {
        let parent = state.draft.with_untracked(|d| d.parent.clone());
        state.edit(|d| d.parent = None);
        if let Some(p) = parent {
            dom::after_render(move || dom::focus_id(&super::thread::reply_button(&p)));
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
            return;
        };
        let id = el.id();
        if let Some(field) = Field::with_id(&id) {
            let value = event_target_value(&ev);
            state.edit(|d| field.set(d, value));
        } else if id == REMEMBER_ID {
            let checked = event_target_checked(&ev);
            state.edit(|d| d.remember = checked);
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(el) = dom::closest(&ev, "a, button") else {
            return;
        };
        match el.id().as_str() {
            CANCEL_ID => cancel(),
            RETRY_ID => send(),
            _ => {
                // A link in the error summary: scroll so the label shows too, as GOV.UK does.
                if let Some(target) = el
                    .get_attribute("href")
                    .and_then(|h| h.strip_prefix('#').map(str::to_owned))
                {
                    ev.prevent_default();
                    dom::go_to(&format!("{target}-label"), Some(&target));
                }
            }
        }
    };
    view! {
        <div
            class="comment-respond"
            id="respond"
            node_ref=root
            inner_html=state.form_html(false)
            on:input=handler(on_input)
            on:click=handler(on_click)
            on:submit=handler(move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                send();
            })
        ></div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(draft: &CommentDraft) -> FormView<'_> {
        FormView {
            draft,
            errors: &[],
            post_error: None,
            notice: None,
            replying_to: None,
            ready: false,
            submitting: false,
        }
    }

    fn draft() -> CommentDraft {
        CommentDraft {
            comment: "Hi <b>there</b>".into(),
            name: "Ana \"A\" Lee".into(),
            email: "ana@example.com".into(),
            website: String::new(),
            parent: None,
            remember: true,
        }
    }

    #[test]
    fn the_form_shows_the_draft_as_text_and_is_disabled_until_the_app_starts() {
        let d = draft();
        let html = form_html(&shown(&d));
        assert!(html.contains(r#"<h2 class="comment-respond__title" id="reply-title">Leave a Reply</h2>"#));
        assert!(html.contains(">Hi &lt;b&gt;there&lt;/b&gt;</textarea>"), "{html}");
        assert!(html.contains(r#"value="Ana &quot;A&quot; Lee""#));
        assert!(html.contains(r#"type="checkbox" checked="""#));
        assert!(html.contains(r#"id="comment-submit" disabled="">Post Comment</button>"#));
        assert!(!html.contains("error-summary"));
        assert!(!html.contains("aria-invalid"));
        assert!(!html.contains("Cancel reply"));
        // Only the email has a hint, so only it is described before any error.
        assert_eq!(html.matches("aria-describedby").count(), 1);
        assert!(html.contains(r#"aria-describedby="email-hint""#));

        let ready = form_html(&FormView {
            ready: true,
            submitting: true,
            ..shown(&d)
        });
        assert!(ready.contains(r#"id="comment-submit" aria-disabled="true">"#));
    }

    #[test]
    fn errors_are_summarised_with_links_and_marked_on_their_fields() {
        let d = CommentDraft::default();
        let errors = validate(&d);
        let html = form_html(&FormView {
            errors: &errors,
            ready: true,
            ..shown(&d)
        });
        assert!(html.contains(r#"<div class="error-summary" id="error-summary" tabindex="-1""#));
        for e in &errors {
            let id = e.field.id();
            assert!(html.contains(&format!(r##"<a href="#{id}">{}</a>"##, e.message)));
            assert!(html.contains(&format!(
                r#"<p class="field__error" id="{id}-error"><span class="visually-hidden">Error: </span>{}</p>"#,
                e.message
            )));
        }
        assert!(html.contains(r#"aria-invalid="true" aria-describedby="email-hint email-error""#));
        assert_eq!(html.matches("field field--invalid").count(), errors.len());
        // The website is optional, so an empty one is no error.
        assert!(!html.contains("url-error"));
    }

    #[test]
    fn a_reply_names_its_author_and_a_failed_post_offers_a_retry() {
        let d = CommentDraft {
            comment: "\nstarts with a line break".into(),
            ..CommentDraft::default()
        };
        let html = form_html(&FormView {
            replying_to: Some("Bo <script>"),
            post_error: Some("Could not reach the comment server."),
            notice: None,
            ready: true,
            ..shown(&d)
        });
        assert!(html.contains(">Leave a Reply to Bo &lt;script&gt;</h2>"));
        assert!(html.contains(r#"id="cancel-reply">Cancel reply</button>"#));
        assert!(html.contains(r#"id="post-error" tabindex="-1" role="alert""#));
        assert!(html.contains(r#"id="post-retry">Try again</button>"#));
        assert!(html.contains(">\n\nstarts with a line break</textarea>"));
    }
}
