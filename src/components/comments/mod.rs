//! The comment box: the thread (shipped comments, then the comment backend's), and "Leave a Reply".

mod form;
#[cfg(isso_client)]
mod own;
mod thread;

use crate::boot::TypedEarly;
use crate::bundle::site;
use crate::comments::{store, thread::build_thread, CommentBackend, CommentDraft, ThreadComment};
#[cfg(isso_client)]
use crate::components::boxed::handler;
#[cfg(isso_client)]
use crate::components::boxed::spawn_scoped;
use crate::components::boxed::{dynamic, effect, text};
use crate::content::{text::count_noun, Comment};
use form::CommentForm;
use leptos::either::Either;
use leptos::prelude::*;
use thread::CommentItem;

#[cfg(isso_client)]
#[derive(Debug, Clone, PartialEq, Eq)]
enum LoadStatus {
    Loading,
    Ready,
    Failed(String),
}

/// Everything the thread and the form share; all of it lives in signals, so the form can
/// move beneath a comment and back without losing a keystroke.
#[derive(Clone, Copy)]
struct CommentsState {
    /// The thread's key: the article's permalink path.
    thread: StoredValue<String>,
    backend: StoredValue<CommentBackend>,
    open: bool,
    draft: RwSignal<CommentDraft>,
    /// What the form says beside the fields; only the form reads it, when it is written.
    form: StoredValue<form::FormStatus>,
    /// Comments from the backend: the server's, or those posted from this browser.
    loaded: RwSignal<Vec<ThreadComment>>,
    #[cfg(isso_client)]
    server: ServerState,
    /// Comments shipped with the article.
    shipped: StoredValue<Vec<ThreadComment>>,
    /// The id of the comment being replied to, when it is in the thread.
    target: Memo<Option<String>>,
    /// False in the prerendered page until the app has taken over: the form must not be sent the
    /// browser's way (a GET that would put the reader's details in the address and lose the comment).
    ready: RwSignal<bool>,
}

/// What only a comment server has; built only for a site with one (`isso_client`).
#[cfg(isso_client)]
#[derive(Clone, Copy)]
struct ServerState {
    /// The article's title, which names a new thread on the comment server.
    title: StoredValue<String>,
    /// The server's count of published comments.
    total: RwSignal<Option<usize>>,
    /// Top-level comments the server has not sent yet.
    more: RwSignal<usize>,
    status: RwSignal<LoadStatus>,
}

impl CommentsState {
    /// Every comment shown: those shipped with the article (unless the backend sent one again),
    /// then the backend's. Tracks the backend's.
    fn all(&self) -> Vec<ThreadComment> {
        self.loaded.with(|loaded| {
            self.shipped.with_value(|shipped| {
                shipped
                    .iter()
                    .filter(|s| !loaded.iter().any(|l| l.id == s.id))
                    .chain(loaded.iter())
                    .cloned()
                    .collect()
            })
        })
    }

    fn all_untracked(&self) -> Vec<ThreadComment> {
        untrack(|| self.all())
    }

    /// Applies an edit to the draft and saves it at once, so a reload or crash loses nothing.
    fn edit(&self, f: impl FnOnce(&mut CommentDraft)) {
        self.draft.update(f);
        self.thread
            .with_value(|t| store::save_draft(t, &self.draft.get_untracked()));
    }

    /// Adds comments from the backend, replacing any with the same id.
    fn merge(&self, comments: Vec<ThreadComment>) {
        self.loaded.update(|loaded| {
            for c in comments {
                match loaded.iter_mut().find(|l| l.id == c.id) {
                    Some(existing) => *existing = c,
                    None => loaded.push(c),
                }
            }
        });
    }

    #[cfg(isso_client)]
    fn apply(&self, page: crate::comments::backend::Loaded) {
        self.merge(page.comments);
        self.server.total.set(page.total);
        self.server.more.set(page.more);
    }

    /// (Re)loads the thread from the backend; the form stays usable meanwhile.
    fn load(self) {
        // Comments kept in this browser are read at once.
        #[cfg(not(isso_client))]
        self.loaded.set(store::own_comments(&self.thread.get_value()));
        #[cfg(isso_client)]
        self.load_from_server();
    }

    #[cfg(isso_client)]
    fn load_from_server(self) {
        self.server.status.set(LoadStatus::Loading);
        spawn_scoped(async move {
            let thread = self.thread.get_value();
            let backend = self.backend.get_value();
            match backend.load(&thread).await {
                Ok(page) => {
                    self.loaded.set(Vec::new());
                    self.apply(page);
                    self.server.status.set(LoadStatus::Ready);
                }
                Err(e) => self.server.status.set(LoadStatus::Failed(e.to_string())),
            }
        });
    }

    /// The next page of top-level comments.
    #[cfg(isso_client)]
    fn load_more(self) {
        let offset = self
            .loaded
            .with_untracked(|l| l.iter().filter(|c| c.parent.is_none() && !c.pending).count());
        self.server.status.set(LoadStatus::Loading);
        spawn_scoped(async move {
            let thread = self.thread.get_value();
            match self.backend.get_value().more(&thread, offset).await {
                Ok(page) => {
                    self.apply(page);
                    self.server.status.set(LoadStatus::Ready);
                }
                Err(e) => self.server.status.set(LoadStatus::Failed(e.to_string())),
            }
        });
    }

    #[cfg(isso_client)]
    /// Replaces one comment (after an edit) or removes it (after a delete: a comment with
    /// replies stays as a placeholder, as the server keeps it).
    fn replace(&self, id: &str, with: Option<ThreadComment>) {
        let deleting = with.is_none();
        let has_replies = self
            .all_untracked()
            .iter()
            .any(|c| c.parent.as_deref() == Some(id));
        self.loaded.update(|loaded| match (with, has_replies) {
            (Some(new), _) => {
                if let Some(c) = loaded.iter_mut().find(|c| c.id == id) {
                    *c = ThreadComment {
                        parent: c.parent.clone(),
                        ..new
                    };
                }
            }
            (None, true) => {
                if let Some(c) = loaded.iter_mut().find(|c| c.id == id) {
                    c.deleted = true;
                    c.editable = false;
                    c.author.clear();
                    c.body = crate::comments::Body::Plain(String::new());
                }
            }
            (None, false) => loaded.retain(|c| c.id != id),
        });
        if deleting && !has_replies {
            self.server.total.update(|t| {
                if let Some(t) = t {
                    *t = t.saturating_sub(1);
                }
            });
        }
    }
}

#[component]
pub fn CommentSection(
    /// The thread's key: the article's permalink path.
    thread: String,
    /// The article's title.
    title: String,
    /// Comments shipped with the article.
    comments: Vec<Comment>,
    /// Whether readers may comment.
    open: bool,
) -> impl IntoView {
    let shipped: Vec<ThreadComment> = comments.iter().map(ThreadComment::from).collect();
    let loaded = RwSignal::new(Vec::<ThreadComment>::new());
    let shipped = StoredValue::new(shipped);
    let draft = RwSignal::new(CommentDraft::default());
    let target = Memo::new(move |_| {
        let parent = draft.with(|d| d.parent.clone())?;
        let present = |c: &ThreadComment| c.id == parent;
        (shipped.with_value(|s| s.iter().any(present)) || loaded.with(|l| l.iter().any(present)))
            .then_some(parent)
    });
    let early = use_context::<TypedEarly>().and_then(|t| t.0).unwrap_or_default();
    let backend = CommentBackend::from_config(site().comment_server.as_ref());
    #[cfg(isso_client)]
    let server = ServerState {
        title: StoredValue::new(title),
        total: RwSignal::new(None),
        more: RwSignal::new(0),
        // Only a comment server has anything to wait for; comments kept in this browser
        // arrive at once, so the first render does not announce a load that never shows.
        status: RwSignal::new(if backend.is_local() {
            LoadStatus::Ready
        } else {
            LoadStatus::Loading
        }),
    };
    #[cfg(not(isso_client))]
    let _ = title;
    let state = CommentsState {
        thread: StoredValue::new(thread),
        backend: StoredValue::new(backend),
        open,
        // The same as the prerendered form, or what the reader has typed into it meanwhile.
        draft,
        form: StoredValue::new(form::FormStatus::default()),
        loaded,
        #[cfg(isso_client)]
        server,
        shipped,
        target,
        ready: RwSignal::new(false),
    };
    provide_context(state);

    // Browser-only state arrives after the first render, so that render is the same
    // with or without a browser: the saved draft, the remembered name, the thread.
    draft.set(early.clone());
    effect(move || {
        let thread = state.thread.get_value();
        let identity = store::load_identity();
        let mut draft = early.clone();
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
        state.draft.set(draft);
        state.ready.set(true);
        if !early.is_empty() {
            store::save_draft(&thread, &state.draft.get_untracked());
        }
        state.load();
    });

    let heading = move || {
        let shipped_shown = state.all().len() - loaded.with(|l| l.len());
        #[cfg(isso_client)]
        let total = state.server.total.get();
        #[cfg(not(isso_client))]
        let total = None::<usize>;
        let from_backend = match total {
            Some(total) => total + loaded.with(|l| l.iter().filter(|c| c.pending).count()),
            None => loaded.with(|l| l.len()),
        };
        count_noun(shipped_shown + from_backend, "comment", "comments")
    };
    // Comments kept in this browser are there at once and cannot fail to load.
    #[cfg(isso_client)]
    let status = dynamic(move || match state.server.status.get() {
        LoadStatus::Loading => Some(Either::Left(view! {
            <p class="comments__status" role="status">
                "Loading comments…"
            </p>
        })),
        LoadStatus::Failed(message) => Some(Either::Right(view! {
            <div class="comments__error" role="alert">
                <p>"The comments could not be loaded. " {message}</p>
                <p>
                    <button type="button" class="button button--secondary" on:click=handler(move |_: leptos::ev::MouseEvent| state.load())>
                        "Try again"
                    </button>
                </p>
            </div>
        })),
        LoadStatus::Ready => None,
    });
    #[cfg(not(isso_client))]
    let status = None::<crate::components::boxed::Boxed>;

    // Only a comment server sends comments a page at a time.
    #[cfg(isso_client)]
    let more_comments = dynamic(move || {
        let more = state.server.more.get();
        (more > 0).then(|| {
            view! {
                <p class="comments__more">
                    <button
                        type="button"
                        class="button button--secondary"
                        on:click=handler(move |_: leptos::ev::MouseEvent| state.load_more())
                    >
                        {format!("Show more comments ({more})")}
                    </button>
                </p>
            }
        })
    });
    #[cfg(not(isso_client))]
    let more_comments = None::<crate::components::boxed::Boxed>;
    view! {
        <section class="comments" id="comments" aria-labelledby="comments-title">
            <h2 class="comments__title" id="comments-title">
                {text(heading)}
            </h2>
            {status}
            {dynamic(move || {
                let nodes = build_thread(&state.all());
                (!nodes.is_empty())
                    .then(|| {
                        view! {
                            <ol class="comment-list">
                                {nodes.into_iter().map(|node| view! { <CommentItem node /> }).collect_view()}
                            </ol>
                        }
                    })
            })}
            {more_comments}
            {if open {
                Either::Left(dynamic(move || target.with(Option::is_none).then(|| view! { <CommentForm /> })))
            } else {
                Either::Right(view! { <p class="comments__closed">"Comments are closed."</p> })
            }}
        </section>
    }
}
