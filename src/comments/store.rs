//! What this browser keeps for the reader: the draft they are typing, their name if they
//! asked us to remember it, and the comments they posted in local mode.

use super::{Body, CommentDraft, ThreadComment};
use crate::content::Date;
use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

const IDENTITY_KEY: &str = "broadsheet.commenter";

fn draft_key(thread: &str) -> String {
    format!("broadsheet.draft.{thread}")
}

fn comments_key(thread: &str) -> String {
    format!("broadsheet.comments.{thread}")
}

/// Name, email and website, kept only when the reader ticks "Save my name…".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Identity {
    pub name: String,
    pub email: String,
    pub website: String,
}

/// A comment posted from this browser while there is no comment server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredComment {
    pub id: String,
    pub parent: Option<String>,
    pub author: String,
    pub website: String,
    pub date: String,
    pub text: String,
}

impl StoredComment {
    fn to_thread(&self) -> Option<ThreadComment> {
        Some(ThreadComment {
            id: self.id.clone(),
            parent: self.parent.clone(),
            author: self.author.clone(),
            website: Some(self.website.clone()).filter(|w| !w.is_empty()),
            date: Date::parse(&self.date).ok()?,
            body: Body::Plain(self.text.clone()),
            pending: true,
            deleted: false,
            more_replies: 0,
            editable: false,
        })
    }
}

pub fn load_draft(thread: &str) -> Option<CommentDraft> {
    LocalStorage::get(draft_key(thread)).ok()
}

/// Saving can fail (storage full or blocked); the text is still in the form, so the
/// failure only costs crash recovery and is not worth interrupting the reader.
pub fn save_draft(thread: &str, draft: &CommentDraft) {
    let _ = LocalStorage::set(draft_key(thread), draft);
}

pub fn clear_draft(thread: &str) {
    LocalStorage::delete(draft_key(thread));
}

pub fn load_identity() -> Option<Identity> {
    LocalStorage::get(IDENTITY_KEY).ok()
}

pub fn save_identity(identity: &Identity) {
    let _ = LocalStorage::set(IDENTITY_KEY, identity);
}

pub fn forget_identity() {
    LocalStorage::delete(IDENTITY_KEY);
}

/// Comments this reader posted on `thread`, oldest first.
pub fn own_comments(thread: &str) -> Vec<ThreadComment> {
    LocalStorage::get::<Vec<StoredComment>>(comments_key(thread))
        .unwrap_or_default()
        .iter()
        .filter_map(StoredComment::to_thread)
        .collect()
}

pub fn add_own_comment(
    thread: &str,
    comment: &StoredComment,
) -> Result<ThreadComment, gloo_storage::errors::StorageError> {
    let mut all: Vec<StoredComment> = LocalStorage::get(comments_key(thread)).unwrap_or_default();
    all.push(comment.clone());
    LocalStorage::set(comments_key(thread), &all)?;
    Ok(comment.to_thread().expect("the date was made by now_iso"))
}

/// The current time as `2024-12-24T09:30:00Z`.
pub fn now_iso() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    format!("{}Z", iso.get(..19).unwrap_or("1970-01-01T00:00:00"))
}

const OWN_KEY: &str = "broadsheet.isso.own";

/// How long Isso lets an author edit or delete (its default `max-age`); the server decides.
pub const EDIT_WINDOW_MS: f64 = 15.0 * 60.0 * 1000.0;

/// A comment this reader posted to the comment server. Isso keeps the right to edit in its
/// cookie; we keep the id, when it was posted and, while it awaits moderation, a copy to show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OwnRecord {
    pub id: String,
    pub thread: String,
    /// Milliseconds since 1970, from the browser's clock.
    pub posted: f64,
    #[serde(default)]
    pub pending: Option<StoredComment>,
}

impl OwnRecord {
    pub fn editable(&self, now: f64) -> bool {
        now - self.posted < EDIT_WINDOW_MS
    }

    /// The copy shown to its author while the comment awaits moderation.
    pub fn pending_comment(&self, now: f64) -> Option<ThreadComment> {
        let mut c = self.pending.as_ref()?.to_thread()?;
        c.editable = self.editable(now);
        Some(c)
    }
}

pub fn own_records() -> Vec<OwnRecord> {
    LocalStorage::get(OWN_KEY).unwrap_or_default()
}

/// The server said the edit window has passed: stop offering edits for this comment.
pub fn expire_own(id: &str) {
    let mut records = own_records();
    for r in records.iter_mut().filter(|r| r.id == id) {
        r.posted = 0.0;
    }
    save_own_records(&records);
}

pub fn save_own_records(records: &[OwnRecord]) {
    let _ = LocalStorage::set(OWN_KEY, records);
}

/// Milliseconds since 1970.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}
