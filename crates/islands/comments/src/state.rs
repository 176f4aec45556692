//! The comment box's state: what the thread, the form and each comment share, all in signals so the
//! form can move beneath a comment and back without losing a keystroke.

use crate::backend::{store, CommentBackend};
use crate::model::{thread, CommentDraft, FieldError, ThreadComment};
use intl::{IslandText, Msg, PluralMsg};
use leptos::prelude::*;
use shared::Date;

/// The id of the "Save my name…" checkbox (WordPress's).
pub const REMEMBER_ID: &str = "wp-comment-cookies-consent";

/// The id of a comment's Reply button, which takes focus again when a reply is cancelled.
pub fn reply_button(comment_id: &str) -> String {
    format!("reply-to-{comment_id}")
}

/// What the form says beside its fields.
#[derive(Clone, Copy)]
pub struct FormStatus {
    /// Fields that break the rules (or that the server refused), in field order.
    pub errors: RwSignal<Vec<FieldError>>,
    /// Why the last post failed, when no field explains it.
    pub post_error: RwSignal<Option<String>>,
    /// What happened to the last post, for the status line.
    pub notice: RwSignal<Option<String>>,
}

/// Everything the thread and the form share. All of it lives in signals, so the form can move
/// beneath a comment and back without losing a keystroke.
#[derive(Clone, Copy)]
pub struct CommentsState {
    /// The thread's key: the article's permalink.
    pub thread: StoredValue<String>,
    pub backend: StoredValue<CommentBackend>,
    /// Whether readers may comment.
    pub open: bool,
    pub draft: RwSignal<CommentDraft>,
    pub form: FormStatus,
    /// Comments shipped with the article.
    pub shipped: StoredValue<Vec<ThreadComment>>,
    /// Comments from the backend: the server's, or those posted from this browser.
    pub loaded: RwSignal<Vec<ThreadComment>>,
    /// The id of the comment being replied to, when it is in the thread.
    pub target: Memo<Option<String>>,
    /// False in the prerendered page until the island has hydrated: the form must not be sent the
    /// browser's way (a GET that would put the reader's details in the address and lose the comment).
    pub ready: RwSignal<bool>,
    #[cfg(isso_client)]
    pub server: ServerState,
    /// The comment box's messages in the page's language.
    pub text: StoredValue<IslandText>,
}

/// What only a comment server has; built only for a site with one (`isso_client`).
#[cfg(isso_client)]
#[derive(Clone, Copy)]
pub struct ServerState {
    /// The article's title, which names a new thread on the comment server.
    pub title: StoredValue<String>,
    /// The server's count of published comments, once it has answered.
    pub total: RwSignal<Option<usize>>,
    /// Top-level comments the server has not sent yet.
    pub more: RwSignal<usize>,
    pub status: RwSignal<LoadStatus>,
}

#[cfg(isso_client)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadStatus {
    Loading,
    Ready,
    Failed(String),
}

impl CommentsState {
    /// A message in the page's language.
    pub fn t(&self, msg: Msg) -> String {
        self.text.with_value(|t| t.get(msg).to_owned())
    }

    /// A message with its placeholders filled (`("author", name)`).
    pub fn fill(&self, msg: Msg, values: &[(&str, &str)]) -> String {
        self.text.with_value(|t| t.fill(msg, values))
    }

    /// A plural message for `n`.
    pub fn count(&self, msg: PluralMsg, n: usize) -> String {
        self.text.with_value(|t| t.count(msg, n))
    }

    /// A comment's date, as the page writes dates.
    pub fn date(&self, date: &Date) -> String {
        let (year, month, day) = date.ymd();
        self.text.with_value(|t| t.date(year, month, day))
    }

    /// A failure in the reader's words.
    pub fn error(&self, e: &crate::model::CommentError) -> String {
        self.text.with_value(|t| e.message(t))
    }

    /// Runs `f` on every comment shown: those shipped with the article (unless the backend sent one
    /// again), then the backend's. Tracks the backend's.
    pub fn with_all<T>(&self, f: impl FnOnce(&[ThreadComment]) -> T) -> T {
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
    pub fn children(&self, parent: Option<&str>) -> Vec<ThreadComment> {
        self.with_all(|all| thread::children(all, parent))
    }

    pub fn author_of(&self, id: &str) -> Option<String> {
        untrack(|| self.with_all(|all| all.iter().find(|c| c.id == id).map(|c| c.author.clone())))
    }

    /// Applies an edit to the draft and saves it at once, so a reload or crash loses nothing.
    pub fn edit(&self, f: impl FnOnce(&mut CommentDraft)) {
        self.draft.update(f);
        self.thread
            .with_value(|t| store::save_draft(t, &self.draft.get_untracked()));
    }

    /// Adds comments from the backend, replacing any with the same id (a changed one is drawn afresh).
    pub fn merge(&self, comments: Vec<ThreadComment>) {
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
    pub fn change(&self, id: &str, f: impl FnOnce(&mut ThreadComment)) {
        self.loaded.update(|loaded| {
            if let Some(c) = loaded.iter_mut().find(|c| c.id == id) {
                f(c);
                c.revision += 1;
            }
        });
    }

    /// Once hydrated: what this browser kept for the reader fills the form (what they typed into the
    /// page before it hydrated wins), the form may be sent, and the thread loads.
    pub fn restore(&self, typed: CommentDraft) {
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
    pub async fn load_page(self, offset: usize) {
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
            Err(e) => self.server.status.set(LoadStatus::Failed(self.error(&e))),
        }
    }

    /// How many top-level comments from the server are shown: where the next page starts.
    pub fn server_offset(&self) -> usize {
        self.loaded
            .with_untracked(|l| l.iter().filter(|c| c.parent.is_none() && !c.pending).count())
    }
}

/// "N comments": those shipped and shown, plus the server's count (or the comments kept here).
pub fn heading(state: CommentsState) -> String {
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
    state.count(PluralMsg::Comments, shipped_shown + from_backend)
}

/// What the reader typed into the prerendered form before the island hydrated: hydrating keeps it.
pub fn typed_before_hydration() -> CommentDraft {
    #[cfg(feature = "hydrate")]
    {
        use crate::model::Field;
        let mut draft = CommentDraft::default();
        for field in Field::ALL {
            if let Some(value) = dom::field_value(field.id()) {
                field.set(&mut draft, value);
            }
        }
        draft.remember = dom::is_checked(REMEMBER_ID);
        draft
    }
    #[cfg(not(feature = "hydrate"))]
    CommentDraft::default()
}
