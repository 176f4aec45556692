//! The comments this reader posted to the comment server, kept in this browser (localStorage). Isso
//! keeps the right to edit in its cookie; we keep the id, when it was posted and, while it awaits
//! moderation, a copy to show its author.

use crate::local::{self, StoredComment};
use crate::model::ThreadComment;
use serde::{Deserialize, Serialize};

const OWN_KEY: &str = "broadsheet.isso.own";

/// How long Isso lets an author edit or delete (its default `max-age`); the server decides.
pub const EDIT_WINDOW_MS: f64 = 15.0 * 60.0 * 1000.0;

/// A comment this reader posted to the comment server.
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

pub fn load() -> Vec<OwnRecord> {
    local::load(OWN_KEY).unwrap_or_default()
}

pub fn save(records: &[OwnRecord]) {
    local::store(OWN_KEY, &records);
}

/// Keeps the record of a comment just posted.
pub fn add(record: OwnRecord) {
    let mut records = load();
    records.push(record);
    save(&records);
}

/// Forgets a deleted comment.
pub fn remove(id: &str) {
    let records: Vec<OwnRecord> = load().into_iter().filter(|r| r.id != id).collect();
    save(&records);
}

/// The server said the edit window has passed: stop offering edits for this comment.
pub fn expire(id: &str) {
    let mut records = load();
    for r in records.iter_mut().filter(|r| r.id == id) {
        r.posted = 0.0;
    }
    save(&records);
}

/// Marks the reader's own comments (still editable, or awaiting moderation) in a page from the
/// server, and adds (on the first page) those awaiting moderation, which the server does not show.
pub fn mark_own(thread: &str, comments: &mut Vec<ThreadComment>, first_page: bool) {
    let now = local::now_ms();
    let mut records = load();
    let mut published = false;
    for record in records.iter_mut().filter(|r| r.thread == thread) {
        if let Some(c) = comments.iter_mut().find(|c| c.id == record.id) {
            c.editable = record.editable(now) && !c.deleted;
            if !c.pending && record.pending.take().is_some() {
                published = true;
            }
        } else if first_page {
            comments.extend(record.pending_comment(now));
        }
    }
    if published {
        save(&records);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::local::tests::read;

    #[test]
    fn records_saved_by_earlier_versions_still_read() {
        let own = r#"[{"id":"5","thread":"/articles/a/","posted":1732000000123.0,"pending":{"id":"5","parent":"4","author":"Ana","website":"","date":"2024-12-24T09:30:00Z","text":"Hi"}}]"#;
        let records: Vec<OwnRecord> = read(own).unwrap();
        assert_eq!(records[0].posted, 1_732_000_000_123.0);
        assert_eq!(records[0].pending.as_ref().unwrap().parent.as_deref(), Some("4"));
        assert!(records[0].editable(1_732_000_000_123.0 + EDIT_WINDOW_MS - 1.0));
        assert!(!records[0].editable(1_732_000_000_123.0 + EDIT_WINDOW_MS));
    }

    #[test]
    fn malformed_records_read_as_absent() {
        for bad in [
            "{}",
            r#"[{"id":"5","thread":"/a/"}]"#,
            r#"[{"id":"5","thread":"/a/","posted":"soon"}]"#,
            r#"[{"id":"5","thread":"/a/","posted":1,"pending":{"id":"5"}}]"#,
        ] {
            assert_eq!(read::<Vec<OwnRecord>>(bad), None, "{bad}");
        }
    }
}
