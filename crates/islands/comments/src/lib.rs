//! The comment box, an island: "N comments", the thread (the comments shipped with the article, then
//! the comment backend's), and "Leave a Reply".
//!
//! The build renders it into the page from its props; the browser hydrates it from the same props.
//! Everything only the browser has (the reader's draft and name, the comments they posted here, a
//! comment server's thread) arrives after hydration, so the first render is the same on both sides.

// The thread's view types nest deeply.
#![recursion_limit = "256"]

pub mod backend;
mod form;
mod item;
pub mod model;
#[cfg(isso_client)]
mod own;
mod state;
mod text;

use backend::CommentBackend;
use form::CommentForm;
use intl::{IslandText, Msg};
use item::CommentList;
use leptos::either::Either;
use leptos::prelude::*;
use model::{CommentDraft, ShippedComment, ThreadComment};
use state::{heading, typed_before_hydration, CommentsState, FormStatus};
#[cfg(isso_client)]
use state::{LoadStatus, ServerState};

/// The comment box of one article.
#[island]
pub fn CommentBox(
    /// The thread's key: the article's permalink, with the site's prefix.
    thread: String,
    /// The article's title, which names a new thread on a comment server.
    title: String,
    /// Whether readers may comment.
    open: bool,
    /// The comments shipped with the article, oldest first.
    comments: Vec<ShippedComment>,
    /// The comment server's address, when the site has one.
    server: Option<String>,
    /// The comment box's messages, in the page's language.
    text: IslandText,
) -> impl IntoView {
    let backend = CommentBackend::new(server.as_deref());
    let shipped = StoredValue::new(comments.into_iter().map(ThreadComment::from).collect::<Vec<_>>());
    let loaded = RwSignal::new(Vec::<ThreadComment>::new());
    let draft = RwSignal::new(CommentDraft::default());
    let target = Memo::new(move |_| {
        let parent = draft.with(|d| d.parent.clone())?;
        let present = |c: &ThreadComment| c.id == parent;
        (shipped.with_value(|s| s.iter().any(present)) || loaded.with(|l| l.iter().any(present)))
            .then_some(parent)
    });
    let thread = StoredValue::new(thread);
    #[cfg(not(isso_client))]
    let _ = title;
    // The island must draw the same in the prerenderer (which always has the Isso client) as in a
    // browser built without it: without a comment server there is nothing to wait for.
    #[cfg(isso_client)]
    let server = ServerState {
        title: StoredValue::new(title),
        total: RwSignal::new(None),
        more: RwSignal::new(0),
        status: RwSignal::new(if backend.is_local() {
            LoadStatus::Ready
        } else {
            LoadStatus::Loading
        }),
    };
    let state = CommentsState {
        thread,
        backend: StoredValue::new(backend),
        open,
        draft,
        form: FormStatus {
            errors: RwSignal::new(Vec::new()),
            post_error: RwSignal::new(None),
            notice: RwSignal::new(None),
        },
        shipped,
        loaded,
        target,
        ready: RwSignal::new(false),
        #[cfg(isso_client)]
        server,
        text: StoredValue::new(text),
    };
    provide_context(state);

    #[cfg(isso_client)]
    let load = Action::new_local(move |_: &()| state.load_page(0));
    // Runs in the browser only, once the island has hydrated.
    let typed = typed_before_hydration();
    Effect::new(move |_| {
        untrack(|| state.restore(typed.clone()));
        #[cfg(isso_client)]
        if !state.backend.with_value(CommentBackend::is_local) {
            load.dispatch(());
        }
    });

    let has_comments = Memo::new(move |_| state.with_all(|all| !all.is_empty()));
    let form_here = Memo::new(move |_| target.with(Option::is_none));
    view! {
        <section class="comments" id="comments" aria-labelledby="comments-title">
            <h2 class="comments__title" id="comments-title">
                {move || heading(state)}
            </h2>
            {server_status(
                state,
                #[cfg(isso_client)]
                load,
            )}
            {move || has_comments.get().then(|| view! { <CommentList /> })}
            {more_comments(state)}
            {if open {
                Either::Left(move || form_here.get().then(|| view! { <CommentForm /> }))
            } else {
                Either::Right(view! { <p class="comments__closed">{state.t(Msg::CommentsClosed)}</p> })
            }}
        </section>
    }
}

/// "Loading comments…", or why they could not be loaded with "Try again": only a comment server
/// has anything to wait for.
#[cfg(isso_client)]
fn server_status(state: CommentsState, load: Action<(), ()>) -> impl IntoView {
    move || match state.server.status.get() {
        LoadStatus::Loading => Some(Either::Left(view! {
            <p class="comments__status" role="status">
                {state.t(Msg::CommentsLoading)}
            </p>
        })),
        LoadStatus::Failed(message) => Some(Either::Right(view! {
            <div class="comments__error" role="alert">
                <p>{state.t(Msg::CommentsLoadFailed)} " " {message}</p>
                <p>
                    <button
                        type="button"
                        class="button button--secondary"
                        on:click=move |_| {
                            load.dispatch(());
                        }
                    >
                        {state.t(Msg::TryAgain)}
                    </button>
                </p>
            </div>
        })),
        LoadStatus::Ready => None,
    }
}

#[cfg(not(isso_client))]
fn server_status(_: CommentsState) {}

/// "Show more comments (N)": only a comment server sends comments a page at a time.
#[cfg(isso_client)]
fn more_comments(state: CommentsState) -> impl IntoView {
    let load_more = Action::new_local(move |_: &()| state.load_page(state.server_offset()));
    move || {
        let more = state.server.more.get();
        (more > 0).then(|| {
            view! {
                <p class="comments__more">
                    <button
                        type="button"
                        class="button button--secondary"
                        on:click=move |_| {
                            if !load_more.pending().get_untracked() {
                                load_more.dispatch(());
                            }
                        }
                    >
                        {state.fill(Msg::ShowMoreComments, &[("count", &state.text.with_value(|t| t.number(more)))])}
                    </button>
                </p>
            }
        })
    }
}

#[cfg(not(isso_client))]
fn more_comments(_: CommentsState) {}
