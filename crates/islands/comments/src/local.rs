//! What this browser keeps for the reader, in localStorage as JSON (gloo-storage): the draft they are
//! typing, their name if they asked us to remember it, and the comments they posted while the site
//! has no comment server. A record that does not read back (edited by hand, from another version) is
//! as good as absent, and a browser that does not let the page store anything only loses what would
//! have been kept.

use crate::model::{Body, CommentDraft, CommentError, ThreadComment};
use gloo_storage::{LocalStorage, Storage};
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

/// A comment posted from this browser while there is no comment server (and, with one, a copy of a
/// comment that awaits moderation).
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
    /// A checked draft as this browser keeps it.
    pub fn from_draft(id: String, date: String, draft: &CommentDraft) -> StoredComment {
        StoredComment {
            id,
            parent: draft.parent.clone(),
            author: draft.name.trim().to_owned(),
            website: draft.website.trim().to_owned(),
            date,
            text: draft.comment.trim().to_owned(),
        }
    }

    /// The comment as the thread shows it to its author: awaiting moderation.
    pub fn to_thread(&self) -> Option<ThreadComment> {
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

/// Whether the page may use localStorage: a reader can block it, and gloo-storage expects it.
fn allowed() -> bool {
    web_sys::window().is_some_and(|w| w.local_storage().is_ok_and(|s| s.is_some()))
}

/// The record stored under `key`, if there is one and it reads.
pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    allowed().then(|| LocalStorage::get(key).ok()).flatten()
}

/// Keeps `value` under `key`; `false` when the browser would not (storage full, blocked or missing).
pub fn store<T: Serialize>(key: &str, value: &T) -> bool {
    allowed() && LocalStorage::set(key, value).is_ok()
}

fn delete(key: &str) {
    if allowed() {
        LocalStorage::delete(key);
    }
}

pub fn load_draft(thread: &str) -> Option<CommentDraft> {
    load(&draft_key(thread))
}

/// Saving can fail (storage full or blocked); the text is still in the form, so the
/// failure only costs crash recovery and is not worth interrupting the reader.
pub fn save_draft(thread: &str, draft: &CommentDraft) {
    store(&draft_key(thread), draft);
}

pub fn clear_draft(thread: &str) {
    delete(&draft_key(thread));
}

pub fn load_identity() -> Option<Identity> {
    load(IDENTITY_KEY)
}

pub fn save_identity(identity: &Identity) {
    store(IDENTITY_KEY, identity);
}

pub fn forget_identity() {
    delete(IDENTITY_KEY);
}

fn stored_comments(thread: &str) -> Vec<StoredComment> {
    load(&comments_key(thread)).unwrap_or_default()
}

/// Comments this reader posted on `thread` from this browser, oldest first.
pub fn own_comments(thread: &str) -> Vec<ThreadComment> {
    stored_comments(thread)
        .iter()
        .filter_map(StoredComment::to_thread)
        .collect()
}

/// Keeps a checked comment in this browser (the site has no comment server); returns it as the
/// thread will show it.
pub fn post(thread: &str, draft: &CommentDraft) -> Result<ThreadComment, CommentError> {
    let id = format!(
        "local-{}-{}",
        now_ms() as u64,
        (js_sys::Math::random() * 1e6) as u32
    );
    let comment = StoredComment::from_draft(id, now_iso(), draft);
    let mut all = stored_comments(thread);
    all.push(comment.clone());
    if !store(&comments_key(thread), &all) {
        return Err(CommentError::Storage);
    }
    Ok(comment.to_thread().expect("the date was made by now_iso"))
}

/// The current time as `2024-12-24T09:30:00Z`.
pub fn now_iso() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    format!("{}Z", iso.get(..19).unwrap_or("1970-01-01T00:00:00"))
}

/// Milliseconds since 1970, from the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// What [`load`] makes of a stored text (gloo-storage reads it with serde_json).
    pub fn read<T: DeserializeOwned>(text: &str) -> Option<T> {
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
        assert_eq!(read::<Vec<StoredComment>>(r#"[{"id":"x"}]"#), None);
    }
}
