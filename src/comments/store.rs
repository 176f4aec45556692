//! What this browser keeps for the reader: the draft they are typing, their name if they
//! asked us to remember it, and the comments they posted in local mode. Each is kept in
//! localStorage as JSON; one that does not read back (edited by hand, from another version) is
//! as good as absent.

use super::{Body, CommentDraft, ThreadComment};
use crate::content::Date;
use crate::json::{self, Fields, Value};

const IDENTITY_KEY: &str = "broadsheet.commenter";

fn draft_key(thread: &str) -> String {
    format!("broadsheet.draft.{thread}")
}

fn comments_key(thread: &str) -> String {
    format!("broadsheet.comments.{thread}")
}

/// Name, email and website, kept only when the reader ticks "Save my name…".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Identity {
    pub name: String,
    pub email: String,
    pub website: String,
}

/// A comment posted from this browser while there is no comment server.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// The browser would not store a record: storage is full, blocked or missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("this browser did not let the page store data")]
pub struct StorageError;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The record stored under `key`, if there is one and it reads.
fn load<T>(key: &str, read: fn(&Value) -> Result<T, json::Error<'_>>) -> Option<T> {
    decode(&storage()?.get_item(key).ok().flatten()?, read)
}

fn decode<T>(text: &str, read: fn(&Value) -> Result<T, json::Error<'_>>) -> Option<T> {
    read(&json::parse(text).ok()?).ok()
}

fn store(key: &str, value: &Value) -> Result<(), StorageError> {
    storage()
        .ok_or(StorageError)?
        .set_item(key, &value.to_json())
        .map_err(|_| StorageError)
}

fn delete(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

pub fn load_draft(thread: &str) -> Option<CommentDraft> {
    load(&draft_key(thread), read_draft)
}

/// Saving can fail (storage full or blocked); the text is still in the form, so the
/// failure only costs crash recovery and is not worth interrupting the reader.
pub fn save_draft(thread: &str, draft: &CommentDraft) {
    let _ = store(&draft_key(thread), &draft_json(draft));
}

pub fn clear_draft(thread: &str) {
    delete(&draft_key(thread));
}

pub fn load_identity() -> Option<Identity> {
    load(IDENTITY_KEY, read_identity)
}

pub fn save_identity(identity: &Identity) {
    let _ = store(IDENTITY_KEY, &identity_json(identity));
}

pub fn forget_identity() {
    delete(IDENTITY_KEY);
}

fn stored_comments(thread: &str) -> Vec<StoredComment> {
    load(&comments_key(thread), read_stored_list).unwrap_or_default()
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
    store(
        &comments_key(thread),
        &Value::Array(all.iter().map(stored_json).collect()),
    )?;
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
#[derive(Debug, Clone, PartialEq)]
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
    load(OWN_KEY, read_records).unwrap_or_default()
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
    let _ = store(OWN_KEY, &Value::Array(records.iter().map(record_json).collect()));
}

/// Milliseconds since 1970.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

// --- The records as JSON ------------------------------------------------------------------------
//
// The same JSON serde wrote before: fields in declaration order, `null` for `None`. The draft and
// the identity fill absent fields with empty ones; the other records need all but their `Option`s.

/// A string field that may be absent (then empty).
fn string_or_empty<'a>(f: &Fields<'a>, key: &str) -> Result<String, json::Error<'a>> {
    Ok(f.get(key).map(Value::string).transpose()?.unwrap_or_default())
}

fn optional_string(s: Option<&str>) -> Value {
    s.map_or(Value::Null, Value::from)
}

fn draft_json(d: &CommentDraft) -> Value {
    Value::new_object(vec![
        ("comment", d.comment.as_str().into()),
        ("name", d.name.as_str().into()),
        ("email", d.email.as_str().into()),
        ("website", d.website.as_str().into()),
        ("parent", optional_string(d.parent.as_deref())),
        ("remember", d.remember.into()),
    ])
}

fn read_draft(v: &Value) -> Result<CommentDraft, json::Error<'_>> {
    let f = v.object(&["comment", "name", "email", "website", "parent", "remember"])?;
    Ok(CommentDraft {
        comment: string_or_empty(&f, "comment")?,
        name: string_or_empty(&f, "name")?,
        email: string_or_empty(&f, "email")?,
        website: string_or_empty(&f, "website")?,
        parent: f.optional_string("parent")?,
        remember: f.get("remember").map(Value::bool).transpose()?.unwrap_or(false),
    })
}

fn identity_json(i: &Identity) -> Value {
    Value::new_object(vec![
        ("name", i.name.as_str().into()),
        ("email", i.email.as_str().into()),
        ("website", i.website.as_str().into()),
    ])
}

fn read_identity(v: &Value) -> Result<Identity, json::Error<'_>> {
    let f = v.object(&["name", "email", "website"])?;
    Ok(Identity {
        name: string_or_empty(&f, "name")?,
        email: string_or_empty(&f, "email")?,
        website: string_or_empty(&f, "website")?,
    })
}

fn stored_json(c: &StoredComment) -> Value {
    Value::new_object(vec![
        ("id", c.id.as_str().into()),
        ("parent", optional_string(c.parent.as_deref())),
        ("author", c.author.as_str().into()),
        ("website", c.website.as_str().into()),
        ("date", c.date.as_str().into()),
        ("text", c.text.as_str().into()),
    ])
}

fn read_stored(v: &Value) -> Result<StoredComment, json::Error<'_>> {
    let f = v.object(&["id", "parent", "author", "website", "date", "text"])?;
    Ok(StoredComment {
        id: f.string("id")?,
        parent: f.optional_string("parent")?,
        author: f.string("author")?,
        website: f.string("website")?,
        date: f.string("date")?,
        text: f.string("text")?,
    })
}

fn read_stored_list(v: &Value) -> Result<Vec<StoredComment>, json::Error<'_>> {
    v.list(read_stored)
}

fn record_json(r: &OwnRecord) -> Value {
    Value::new_object(vec![
        ("id", r.id.as_str().into()),
        ("thread", r.thread.as_str().into()),
        ("posted", r.posted.into()),
        ("pending", r.pending.as_ref().map_or(Value::Null, stored_json)),
    ])
}

fn read_record(v: &Value) -> Result<OwnRecord, json::Error<'_>> {
    let f = v.object(&["id", "thread", "posted", "pending"])?;
    Ok(OwnRecord {
        id: f.string("id")?,
        thread: f.string("thread")?,
        posted: f.required("posted")?.f64()?,
        pending: f.optional("pending").map(read_stored).transpose()?,
    })
}

fn read_records(v: &Value) -> Result<Vec<OwnRecord>, json::Error<'_>> {
    v.list(read_record)
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn records_read_back_as_written() {
        let draft = CommentDraft {
            comment: "Half-written\u{0}".into(),
            name: "Ana".into(),
            email: "ana@example.com".into(),
            website: "https://ana.example".into(),
            parent: Some("7".into()),
            remember: true,
        };
        assert_eq!(decode(&draft_json(&draft).to_json(), read_draft), Some(draft));
        let identity = Identity {
            name: "Tom & Jerry".into(),
            email: String::new(),
            website: "https://t.example/?a=1&b=2".into(),
        };
        assert_eq!(
            decode(&identity_json(&identity).to_json(), read_identity),
            Some(identity)
        );
        let records = vec![
            OwnRecord {
                id: "12".into(),
                thread: "/articles/a/".into(),
                posted: 1_732_000_000_123.0,
                pending: Some(comment()),
            },
            OwnRecord {
                id: "13".into(),
                thread: "/articles/a/".into(),
                posted: 0.0,
                pending: None,
            },
        ];
        let text = Value::Array(records.iter().map(record_json).collect()).to_json();
        assert_eq!(decode(&text, read_records), Some(records));
        let text = Value::Array(vec![stored_json(&comment())]).to_json();
        assert_eq!(decode(&text, read_stored_list), Some(vec![comment()]));
    }

    /// What serde_json wrote before this module existed still reads.
    #[test]
    fn records_saved_by_earlier_versions_still_read() {
        let draft =
            r#"{"comment":"Hi there","name":"Ana","email":"","website":"","parent":null,"remember":false}"#;
        assert_eq!(
            decode(draft, read_draft).map(|d| d.comment),
            Some("Hi there".to_owned())
        );
        assert_eq!(
            draft_json(&decode(draft, read_draft).unwrap()).to_json(),
            draft,
            "written exactly as before"
        );
        let own = r#"[{"id":"5","thread":"/articles/a/","posted":1732000000123.0,"pending":{"id":"5","parent":"4","author":"Ana","website":"","date":"2024-12-24T09:30:00Z","text":"Hi"}}]"#;
        let records = decode(own, read_records).unwrap();
        assert_eq!(records[0].posted, 1_732_000_000_123.0);
        assert_eq!(records[0].pending.as_ref().unwrap().parent.as_deref(), Some("4"));
        assert_eq!(
            decode(r#"{"name":"Ana","extra":1}"#, read_identity),
            Some(Identity {
                name: "Ana".into(),
                ..Identity::default()
            }),
            "absent fields are empty, unknown ones ignored"
        );
    }

    #[test]
    fn malformed_records_read_as_absent() {
        for bad in [
            "",
            "not json",
            "{\"name\": ",
            "[]",
            "null",
            r#"{"name": null}"#,
            r#"{"name": 5}"#,
            r#"{"name": "a", "name": "b"}"#,
        ] {
            assert_eq!(decode(bad, read_identity), None, "{bad}");
            assert_eq!(decode(bad, read_draft), None, "{bad}");
        }
        for bad in [
            "{}",
            r#"[{"id":"5","thread":"/a/"}]"#,
            r#"[{"id":"5","thread":"/a/","posted":"soon"}]"#,
            r#"[{"id":"5","thread":"/a/","posted":1,"pending":{"id":"5"}}]"#,
        ] {
            assert_eq!(decode(bad, read_records), None, "{bad}");
        }
        assert_eq!(decode(r#"[{"id":"x"}]"#, read_stored_list), None);
    }
}
