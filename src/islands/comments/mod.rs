//! The comment box, an island: "N comments", the thread (the comments shipped with the article, then
//! the comment backend's), and "Leave a Reply".
//!
//! The build renders it into the page from its props; the browser hydrates it from the same props.
//! Everything only the browser has (the reader's draft and name, the comments they posted here, a
//! comment server's thread) arrives after hydration, so the first render is the same on both sides.

mod form;
mod item;
#[cfg(isso_client)]
mod own;
mod text;

use crate::comments::{
    store, thread, CommentBackend, CommentDraft, FieldError, ShippedComment, ThreadComment,
};
use crate::content::text::count_noun;
use form::CommentForm;
use item::CommentList;
use leptos::either::Either;
use leptos::prelude::*;

/// What the form says beside its fields.
#[derive(Clone, Copy)]
struct FormStatus {
    /// Fields that break the rules (or that the server refused), in field order.
    errors: RwSignal<Vec<FieldError>>,
    /// Why the last post failed, when no field explains it.
    post_error: RwSignal<Option<String>>,
    /// What happened to the last post, for the status line.
    notice: RwSignal<Option<String>>,
}

/// Everything the thread and the form share. All of it lives in signals, so the form can move
/// beneath a comment and back without losing a keystroke.
#[derive(Clone, Copy)]
struct CommentsState {
    /// The thread's key: the article's permalink.
    thread: StoredValue<String>,
    backend: StoredValue<CommentBackend>,
    /// Whether readers may comment.
    open: bool,
    draft: RwSignal<CommentDraft>,
    form: FormStatus,
    /// Comments shipped with the article.
    shipped: StoredValue<Vec<ThreadComment>>,
    /// Comments from the backend: the server's, or those posted from this browser.
    loaded: RwSignal<Vec<ThreadComment>>,
    /// The id of the comment being replied to, when it is in the thread.
    target: Memo<Option<String>>,
    /// False in the prerendered page until the island has hydrated: the form must not be sent the
    /// browser's way (a GET that would put the reader's details in the address and lose the comment).
    ready: RwSignal<bool>,
    #[cfg(isso_client)]
    server: ServerState,
}

/// What only a comment server has; built only for a site with one (`isso_client`).
#[cfg(isso_client)]
#[derive(Clone, Copy)]
struct ServerState {
    /// The article's title, which names a new thread on the comment server.
    title: StoredValue<String>,
    /// The server's count of published comments, once it has answered.
    total: RwSignal<Option<usize>>,
    /// Top-level comments the server has not sent yet.
    more: RwSignal<usize>,
    status: RwSignal<LoadStatus>,
}

#[cfg(isso_client)]
#[derive(Debug, Clone, PartialEq, Eq)]
enum LoadStatus {
    Loading,
    Ready,
    Failed(String),
}

impl CommentsState {
    /// Runs `f` on every comment shown: those shipped with the article (unless the backend sent one
    /// again), then the backend's. Tracks the backend's.
    fn with_all<T>(&self, f: impl FnOnce(&[ThreadComment]) -> T) -> T {
        self.loaded.with(|loaded| {
            self.shipped.with_value(|shipped| {
                let all: Vec<ThreadComment> = shipped
                    .iter()
                    .filter(|s| !loaded.iter().any(|l| l.id == s.id))
                    .chain(loaded.iter())
                    .cloned()
                    .collect();
                f(&all)
            })
        })
    }

    /// The comments shown directly under `parent` (`None`: the top level).
    fn children(&self, parent: Option<&str>) -> Vec<ThreadComment> {
        self.with_all(|all| thread::children(all, parent))
    }

    fn author_of(&self, id: &str) -> Option<String> {
        untrack(|| self.with_all(|all| all.iter().find(|c| c.id == id).map(|c| c.author.clone())))
    }

    /// Applies an edit to the draft and saves it at once, so a reload or crash loses nothing.
    fn edit(&self, f: impl FnOnce(&mut CommentDraft)) {
        self.draft.update(f);
        self.thread
            .with_value(|t| store::save_draft(t, &self.draft.get_untracked()));
    }

    /// Adds comments from the backend, replacing any with the same id (a changed one is drawn afresh).
    fn merge(&self, comments: Vec<ThreadComment>) {
        self.loaded.update(|loaded| {
            for mut c in comments {
                match loaded.iter_mut().find(|l| l.id == c.id) {
                    Some(existing) if *existing == c => {}
                    Some(existing) => {
                        c.revision = existing.revision + 1;
                        *existing = c;
                    }
                    None => loaded.push(c),
                }
            }
        });
    }

    /// Changes one loaded comment in place and draws it afresh.
    #[cfg(isso_client)]
    fn change(&self, id: &str, f: impl FnOnce(&mut ThreadComment)) {
        self.loaded.update(|loaded| {
            if let Some(c) = loaded.iter_mut().find(|c| c.id == id) {
                f(c);
                c.revision += 1;
            }
        });
    }

    /// Once hydrated: what this browser kept for the reader fills the form (what they typed into the
    /// page before it hydrated wins), the form may be sent, and the thread loads.
    fn restore(&self, typed: CommentDraft) {
        let thread = self.thread.get_value();
        let identity = store::load_identity();
        let mut draft = typed.clone();
        draft.fill_from(store::load_draft(&thread).unwrap_or_else(|| CommentDraft {
            remember: identity.is_some(),
            ..CommentDraft::default()
        }));
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
        self.draft.set(draft);
        self.ready.set(true);
        if !typed.is_empty() {
            store::save_draft(&thread, &self.draft.get_untracked());
        }
        // Comments kept in this browser are read at once; a comment server is asked (`load_page`).
        if self.backend.with_value(CommentBackend::is_local) {
            self.loaded.set(store::own_comments(&thread));
        }
    }
}

#[cfg(isso_client)]
impl CommentsState {
    /// Loads a page of the thread from the comment server: the first (`offset` 0, which replaces
    /// what was loaded), or the next after the `offset` top-level comments already shown.
    async fn load_page(self, offset: usize) {
        self.server.status.set(LoadStatus::Loading);
        let thread = self.thread.get_value();
        let backend = self.backend.get_value();
        match backend.page(&thread, offset).await {
            Ok(page) => {
                if offset == 0 {
                    self.loaded.set(Vec::new());
                }
                self.merge(page.comments);
                self.server.total.set(page.total);
                self.server.more.set(page.more);
                self.server.status.set(LoadStatus::Ready);
            }
            Err(e) => self.server.status.set(LoadStatus::Failed(e.to_string())),
        }
    }

    /// How many top-level comments from the server are shown: where the next page starts.
    fn server_offset(&self) -> usize {
        self.loaded
            .with_untracked(|l| l.iter().filter(|c| c.parent.is_none() && !c.pending).count())
    }
}

/// "N comments": those shipped and shown, plus the server's count (or the comments kept here).
fn heading(state: CommentsState) -> String {
    let loaded = state.loaded.with(Vec::len);
    let shipped_shown = state.with_all(|all| all.len()) - loaded;
    #[cfg(isso_client)]
    let total = state.server.total.get();
    #[cfg(not(isso_client))]
    let total = None::<usize>;
    let from_backend = match total {
        Some(total) => total + state.loaded.with(|l| l.iter().filter(|c| c.pending).count()),
        None => loaded,
    };
    count_noun(shipped_shown + from_backend, "comment", "comments")
}

/// What the reader typed into the prerendered form before the island hydrated: hydrating keeps it.
fn typed_before_hydration() -> CommentDraft {
    #[cfg(feature = "hydrate")]
    {
        use crate::comments::Field;
        let mut draft = CommentDraft::default();
        for field in Field::ALL {
            if let Some(value) = crate::dom::field_value(field.id()) {
                field.set(&mut draft, value);
            }
        }
        draft.remember = crate::dom::is_checked(form::REMEMBER_ID);
        draft
    }
    #[cfg(not(feature = "hydrate"))]
    CommentDraft::default()
}

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
                Either::Right(view! { <p class="comments__closed">"Comments are closed."</p> })
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
                "Loading comments…"
            </p>
        })),
        LoadStatus::Failed(message) => Some(Either::Right(view! {
            <div class="comments__error" role="alert">
                <p>"The comments could not be loaded. " {message}</p>
                <p>
                    <button
                        type="button"
                        class="button button--secondary"
                        on:click=move |_| {
                            load.dispatch(());
                        }
                    >
                        "Try again"
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
                        {format!("Show more comments ({more})")}
                    </button>
                </p>
            }
        })
    }
}

#[cfg(not(isso_client))]
fn more_comments(_: CommentsState) {}
