//! What this browser keeps for the reader: the draft they are typing, their name if they
//! asked us to remember it, and the comments they posted in local mode. Each is kept in
//! localStorage as JSON; one that does not read back (edited by hand, from another version) is
//! as good as absent.

use crate::model::{Body, CommentDraft, ThreadComment};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use shared::Date;

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
            revision: 0,
        })
    }
}

/// The browser would not store a record: storage is full, blocked or missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("this browser did not let the page store data")]
pub struct StorageError;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The record stored under `key`, if there is one and it reads.
fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    serde_json::from_str(&storage()?.get_item(key).ok().flatten()?).ok()
}

fn store<T: Serialize>(key: &str, value: &T) -> Result<(), StorageError> {
    let json = serde_json::to_string(value).map_err(|_| StorageError)?;
    storage()
        .ok_or(StorageError)?
        .set_item(key, &json)
        .map_err(|_| StorageError)
}

fn delete(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

pub fn load_draft(thread: &str) -> Option<CommentDraft> {
    load(&draft_key(thread))
}

/// Saving can fail (storage full or blocked); the text is still in the form, so the
/// failure only costs crash recovery and is not worth interrupting the reader.
pub fn save_draft(thread: &str, draft: &CommentDraft) {
    let _ = store(&draft_key(thread), draft);
}

pub fn clear_draft(thread: &str) {
    delete(&draft_key(thread));
}

pub fn load_identity() -> Option<Identity> {
    load(IDENTITY_KEY)
}

pub fn save_identity(identity: &Identity) {
    let _ = store(IDENTITY_KEY, identity);
}

pub fn forget_identity() {
    delete(IDENTITY_KEY);
}

fn stored_comments(thread: &str) -> Vec<StoredComment> {
    load(&comments_key(thread)).unwrap_or_default()
}

/// Comments this reader posted on `thread`, oldest first.
pub fn own_comments(thread: &str) -> Vec<ThreadComment> {
    stored_comments(thread)
        .iter()
        .filter_map(StoredComment::to_thread)
        .collect()
}

pub fn add_own_comment(thread: &str, comment: &StoredComment) -> Result<ThreadComment, StorageError> {
    let mut all = stored_comments(thread);
    all.push(comment.clone());
    store(&comments_key(thread), &all)?;
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
    load(OWN_KEY).unwrap_or_default()
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
    let _ = store(OWN_KEY, &records);
}

/// Milliseconds since 1970.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read<T: DeserializeOwned>(text: &str) -> Option<T> {
        serde_json::from_str(text).ok()
    }

    fn comment() -> StoredComment {
        StoredComment {
            id: "local-1".into(),
            parent: None,
            author: "Ana \"A\" Lee".into(),
            website: String::new(),
            date: "2024-12-24T09:30:00Z".into(),
            text: "First line\n\nSecond, with a tab\t and 😀".into(),
        }
    }

    /// What earlier versions of the site wrote still reads, and is written the same way.
    #[test]
    fn records_saved_by_earlier_versions_still_read() {
        let draft =
            r#"{"comment":"Hi there","name":"Ana","email":"","website":"","parent":null,"remember":false}"#;
        let read_back: CommentDraft = read(draft).unwrap();
        assert_eq!(read_back.comment, "Hi there");
        assert_eq!(
            serde_json::to_string(&read_back).unwrap(),
            draft,
            "written exactly as before"
        );
        let own = r#"[{"id":"5","thread":"/articles/a/","posted":1732000000123.0,"pending":{"id":"5","parent":"4","author":"Ana","website":"","date":"2024-12-24T09:30:00Z","text":"Hi"}}]"#;
        let records: Vec<OwnRecord> = read(own).unwrap();
        assert_eq!(records[0].posted, 1_732_000_000_123.0);
        assert_eq!(records[0].pending.as_ref().unwrap().parent.as_deref(), Some("4"));
        assert_eq!(
            read::<Identity>(r#"{"name":"Ana","extra":1}"#),
            Some(Identity {
                name: "Ana".into(),
                ..Identity::default()
            }),
            "absent fields are empty, unknown ones ignored"
        );
        let list = serde_json::to_string(&vec![comment()]).unwrap();
        assert_eq!(read::<Vec<StoredComment>>(&list), Some(vec![comment()]));
    }

    #[test]
    fn malformed_records_read_as_absent() {
        for bad in [
            "",
            "not json",
            "{\"name\": ",
            "null",
            r#"{"name": null}"#,
            r#"{"name": 5}"#,
            r#"{"name": "a", "name": "b"}"#,
        ] {
            assert_eq!(read::<Identity>(bad), None, "{bad}");
            assert_eq!(read::<CommentDraft>(bad), None, "{bad}");
        }
        for bad in [
            "{}",
            r#"[{"id":"5","thread":"/a/"}]"#,
            r#"[{"id":"5","thread":"/a/","posted":"soon"}]"#,
            r#"[{"id":"5","thread":"/a/","posted":1,"pending":{"id":"5"}}]"#,
        ] {
            assert_eq!(read::<Vec<OwnRecord>>(bad), None, "{bad}");
        }
        assert_eq!(read::<Vec<StoredComment>>(r#"[{"id":"x"}]"#), None);
    }
}
