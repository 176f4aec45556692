//! The comment box: the thread with the reader's own comments, and "Leave a Reply".

mod form;
mod thread;

use crate::comments::{
    store, thread::build_thread, thread::count, CommentBackend, CommentDraft, FieldError, ThreadComment,
};
use crate::content::{text::count_noun, Comment};
use form::CommentForm;
use leptos::prelude::*;
use leptos::task::spawn_local;
use thread::CommentItem;

/// Everything the thread and the form share; all of it lives in signals, so the form can
/// move beneath a comment and back without losing a keystroke.
#[derive(Clone, Copy)]
struct CommentsState {
    /// The thread's key: the article's permalink path.
    thread: StoredValue<String>,
    backend: CommentBackend,
    open: bool,
    draft: RwSignal<CommentDraft>,
    errors: RwSignal<Vec<FieldError>>,
    submitting: RwSignal<bool>,
    post_error: RwSignal<Option<String>>,
    notice: RwSignal<Option<String>>,
    /// Comments posted from this browser.
    own: RwSignal<Vec<ThreadComment>>,
    all: Memo<Vec<ThreadComment>>,
}

impl CommentsState {
    /// Applies an edit to the draft and saves it at once, so a reload or crash loses nothing.
    fn edit(&self, f: impl FnOnce(&mut CommentDraft)) {
        self.draft.update(f);
        self.thread
            .with_value(|t| store::save_draft(t, &self.draft.get_untracked()));
    }

    /// The comment being replied to, when it is in the thread.
    fn reply_target(&self) -> Option<ThreadComment> {
        let parent = self.draft.with(|d| d.parent.clone())?;
        self.all.with(|all| all.iter().find(|c| c.id == parent).cloned())
    }
}

#[component]
pub fn CommentSection(
    /// The thread's key: the article's permalink path.
    thread: String,
    /// Comments shipped with the article.
    comments: Vec<Comment>,
    /// Whether readers may comment.
    open: bool,
) -> impl IntoView {
    let shipped: Vec<ThreadComment> = comments.iter().map(ThreadComment::from).collect();
    let own = RwSignal::new(Vec::new());
    let all = Memo::new(move |_| {
        let mut all = shipped.clone();
        own.with(|o: &Vec<ThreadComment>| all.extend(o.iter().cloned()));
        all
    });
    let state = CommentsState {
        thread: StoredValue::new(thread),
        backend: CommentBackend::default(),
        open,
        draft: RwSignal::new(CommentDraft::default()),
        errors: RwSignal::new(Vec::new()),
        submitting: RwSignal::new(false),
        post_error: RwSignal::new(None),
        notice: RwSignal::new(None),
        own,
        all,
    };
    provide_context(state);

    // Browser-only state arrives after the first render, so that render is the same
    // with or without a browser: the saved draft, the remembered name, own comments.
    Effect::new(move |_| {
        let thread = state.thread.get_value();
        let identity = store::load_identity();
        let mut draft = store::load_draft(&thread).unwrap_or_else(|| CommentDraft {
            remember: identity.is_some(),
            ..CommentDraft::default()
        });
        if let Some(id) = identity {
            for (field, saved) in [
                (&mut draft.name, id.name),
                (&mut draft.email, id.email),
                (&mut draft.website, id.website),
            ] {
                if field.is_empty() {
                    *field = saved;
                }
            }
        }
        state.draft.set(draft);
        spawn_local(async move {
            let mine = state.backend.load(&thread).await;
            state.own.set(mine);
        });
    });

    let nodes = Memo::new(move |_| build_thread(&all.get()));
    let heading = move || count_noun(nodes.with(|n| count(n)), "comment", "comments");
    let form_at_bottom = move || state.reply_target().is_none();
    view! {
        <section class="comments" id="comments" aria-labelledby="comments-title">
            <h2 class="comments__title" id="comments-title">
                {heading}
            </h2>
            {move || {
                let nodes = nodes.get();
                (!nodes.is_empty())
                    .then(|| {
                        view! {
                            <ol class="comment-list">
                                {nodes.into_iter().map(|node| view! { <CommentItem node /> }).collect_view()}
                            </ol>
                        }
                    })
            }}
            {if open {
                (move || form_at_bottom().then(|| view! { <CommentForm /> })).into_any()
            } else {
                view! { <p class="comments__closed">"Comments are closed."</p> }.into_any()
            }}
        </section>
    }
}
