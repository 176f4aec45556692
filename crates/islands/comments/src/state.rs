//! The comment box's state: what the thread, the form and each comment share, all in signals so the
//! form can move beneath a comment and back without losing a keystroke.

use crate::local;
use crate::model::{thread, CommentDraft, FieldError, Row, ShippedComment, ThreadComment};
use crate::server::Server;
use intl::{IslandText, Msg, PluralMsg};
use leptos::prelude::*;
use shared::Date;
use std::collections::HashSet;
use std::sync::Arc;

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
    /// The comment server, on a site with one.
    pub server: Server,
    /// Whether readers may comment.
    pub open: bool,
    pub draft: RwSignal<CommentDraft>,
    pub form: FormStatus,
    /// Comments from the comment server, or those posted from this browser.
    pub loaded: RwSignal<Vec<Arc<ThreadComment>>>,
    /// The thread as it is drawn: worked out once for each change, each comment shared, not copied.
    pub rows: Memo<Vec<Row>>,
    /// The id of the comment being replied to, when it is in the thread.
    pub target: Memo<Option<String>>,
    /// False in the prerendered page until the island has hydrated: the form must not be sent the
    /// browser's way (a GET that would put the reader's details in the address and lose the comment).
    pub ready: RwSignal<bool>,
    /// The comment box's messages in the page's language.
    pub text: StoredValue<IslandText>,
}

impl CommentsState {
    pub fn new(
        thread: String,
        open: bool,
        shipped: Vec<ShippedComment>,
        server: Server,
        text: IslandText,
    ) -> CommentsState {
        let shipped: Vec<Arc<ThreadComment>> = shipped
            .into_iter()
            .map(|c| Arc::new(ThreadComment::from(c)))
            .collect();
        let loaded = RwSignal::new(Vec::<Arc<ThreadComment>>::new());
        // The comments shipped with the article (unless the server sent one again), then the loaded ones.
        let rows = Memo::new(move |_| {
            loaded.with(|loaded| {
                let sent_again: HashSet<&str> = loaded.iter().map(|l| l.id.as_str()).collect();
                let all: Vec<Arc<ThreadComment>> = shipped
                    .iter()
                    .filter(|s| !sent_again.contains(s.id.as_str()))
                    .chain(loaded)
                    .cloned()
                    .collect();
                thread::rows(&all)
            })
        });
        let draft = RwSignal::new(CommentDraft::default());
        // Only a change of the comment replied to, not every keystroke, looks through the thread.
        let parent = Memo::new(move |_| draft.with(|d| d.parent.clone()));
        let target = Memo::new(move |_| {
            let parent = parent.get()?;
            rows.with(|rows| {
                rows.iter()
                    .any(|row| row.comment().is_some_and(|c| c.id == parent))
            })
            .then_some(parent)
        });
        CommentsState {
            thread: StoredValue::new(thread),
            server,
            open,
            draft,
            form: FormStatus {
                errors: RwSignal::new(Vec::new()),
                post_error: RwSignal::new(None),
                notice: RwSignal::new(None),
            },
            loaded,
            rows,
            target,
            ready: RwSignal::new(false),
            text: StoredValue::new(text),
        }
    }

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

    /// The author of a comment in the thread.
    pub fn author_of(&self, id: &str) -> Option<String> {
        self.rows.with_untracked(|rows| {
            rows.iter()
                .filter_map(Row::comment)
                .find(|c| c.id == id)
                .map(|c| c.author.clone())
        })
    }

    /// Applies an edit to the draft and saves it at once, so a reload or crash loses nothing.
    pub fn edit(&self, f: impl FnOnce(&mut CommentDraft)) {
        self.draft.update(f);
        self.thread
            .with_value(|t| local::save_draft(t, &self.draft.get_untracked()));
    }

    /// Adds comments, replacing any with the same id: a changed one is drawn afresh, an unchanged
    /// one is left as it is.
    pub fn merge(&self, comments: Vec<ThreadComment>) {
        self.loaded.update(|loaded| {
            for mut c in comments {
                match loaded.iter_mut().find(|l| l.id == c.id) {
                    Some(existing) => {
                        c.revision = existing.revision;
                        if **existing != c {
                            c.revision += 1;
                            *existing = Arc::new(c);
                        }
                    }
                    None => loaded.push(Arc::new(c)),
                }
            }
        });
    }

    /// Once hydrated: what this browser kept for the reader fills the form (what they typed into the
    /// page before it hydrated wins), the form may be sent, and the comments posted from this browser
    /// show (a comment server's thread loads by itself: `server::load_status`).
    pub fn restore(&self, typed: CommentDraft) {
        let thread = self.thread.get_value();
        let identity = local::load_identity();
        let mut draft = typed.clone();
        draft.fill_from(local::load_draft(&thread).unwrap_or_else(|| CommentDraft {
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
            local::save_draft(&thread, &self.draft.get_untracked());
        }
        if !self.server.is_remote() {
            self.merge(local::own_comments(&thread));
        }
    }
}

/// "N comments": those shipped and shown, plus the server's count (or the comments kept here).
pub fn heading(state: CommentsState) -> String {
    let loaded = state.loaded.with(Vec::len);
    let shown = state
        .rows
        .with(|rows| rows.iter().filter(|r| r.comment().is_some()).count());
    let from_backend = match state.server.total() {
        Some(total) => total + state.loaded.with(|l| l.iter().filter(|c| c.pending).count()),
        None => loaded,
    };
    state.count(PluralMsg::Comments, shown - loaded + from_backend)
}

/// What the reader typed into the prerendered form before the island hydrated: hydrating keeps it.
/// The build renders an empty form.
pub fn typed_before_hydration() -> CommentDraft {
    let mut draft = CommentDraft::default();
    if is_server() {
        return draft;
    }
    for field in crate::model::Field::ALL {
        if let Some(value) = dom::field_value(field.id()) {
            field.set(&mut draft, value);
        }
    }
    draft.remember = dom::is_checked(REMEMBER_ID);
    draft
}
