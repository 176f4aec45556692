//! Threading comments by parent, in the order they were posted.

use super::Body;
use serde::{Deserialize, Serialize};
use shared::Date;
use std::collections::HashMap;
use std::sync::Arc;

/// A comment shipped with the article (the content's `Comment`), as the page passes it to the
/// comment box.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShippedComment {
    pub id: String,
    /// The `id` of the comment this replies to.
    pub parent: Option<String>,
    pub author: String,
    pub website: Option<String>,
    pub date: Date,
    /// Plain text; blank lines separate paragraphs, single line breaks are kept.
    pub text: String,
}

/// One comment as the thread shows it, wherever it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct ThreadComment {
    pub id: String,
    pub parent: Option<String>,
    pub author: String,
    pub website: Option<String>,
    pub date: Date,
    pub body: Body,
    /// Posted from this browser and not yet published: only its author sees it.
    pub pending: bool,
    /// Deleted on the server but kept because it has replies.
    pub deleted: bool,
    /// Replies the server has and has not sent yet.
    pub more_replies: usize,
    /// The reader wrote it and the server still lets them edit or delete it.
    pub editable: bool,
    /// Counts the changes made to it while shown (an edit, more replies loaded): a list keyed by id
    /// and revision draws a comment afresh when it changes.
    pub revision: u32,
}

impl ThreadComment {
    /// The author's website, only when it is safe to link (http or https).
    pub fn link(&self) -> Option<String> {
        self.website.as_deref().and_then(super::web_address)
    }

    /// The HTML id of the comment's element, as WordPress names it.
    pub fn anchor(&self) -> String {
        format!("comment-{}", self.id)
    }
}

impl From<ShippedComment> for ThreadComment {
    fn from(c: ShippedComment) -> Self {
        ThreadComment {
            id: c.id,
            parent: c.parent,
            author: c.author,
            website: c.website,
            date: c.date,
            body: Body::Plain(c.text),
            pending: false,
            deleted: false,
            more_replies: 0,
            editable: false,
            revision: 0,
        }
    }
}

/// One line of the thread as the comment box draws it: the thread is one flat list in reading order,
/// each reply indented by its depth and saying whom it answers.
#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    Comment {
        /// How many replies deep it is (0: a top-level comment).
        depth: usize,
        comment: Arc<ThreadComment>,
        /// Whom a reply answers: the author of the comment it replies to (empty when that one was
        /// deleted); `None` at the top level.
        replying_to: Option<String>,
    },
    /// "Show N more replies", after the replies shown under `parent` (which are `depth` deep): the
    /// server has `count` more.
    MoreReplies {
        parent: String,
        depth: usize,
        count: usize,
    },
}

/// What a keyed list knows a row by: the same key, the same drawing.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RowKey {
    /// A comment by its id, how often it changed while shown, and its depth.
    Comment(String, u32, usize),
    MoreReplies(String, usize),
}

impl Row {
    pub fn key(&self) -> RowKey {
        match self {
            Row::Comment { depth, comment, .. } => {
                RowKey::Comment(comment.id.clone(), comment.revision, *depth)
            }
            Row::MoreReplies { parent, count, .. } => RowKey::MoreReplies(parent.clone(), *count),
        }
    }

    /// The comment on this row, if it is one.
    pub fn comment(&self) -> Option<&ThreadComment> {
        match self {
            Row::Comment { comment, .. } => Some(comment),
            Row::MoreReplies { .. } => None,
        }
    }
}

/// The thread in reading order: each comment followed by its replies, at any depth, and by "more
/// replies" when the server holds some back. A comment shows under the comment it replies to when
/// that one comes before it, else at the top level (a reply whose parent is missing, deleted or not
/// loaded is shown rather than lost). Comments keep the given order at each level, and since a
/// parent always comes first the thread can have no cycles.
pub fn rows(all: &[Arc<ThreadComment>]) -> Vec<Row> {
    // Where each id first appears, so finding a parent is one look-up, not a search of the thread.
    let mut first: HashMap<&str, usize> = HashMap::with_capacity(all.len());
    for (i, c) in all.iter().enumerate() {
        first.entry(c.id.as_str()).or_insert(i);
    }
    // Each comment's parent, by index, when the parent is shown before it.
    let parents: Vec<Option<usize>> = all
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let parent = *first.get(c.parent.as_deref()?)?;
            (parent < i).then_some(parent)
        })
        .collect();
    let mut replies: Vec<Vec<usize>> = vec![Vec::new(); all.len()];
    for (i, parent) in parents.iter().enumerate() {
        if let Some(p) = parent {
            replies[*p].push(i);
        }
    }
    fn walk(
        all: &[Arc<ThreadComment>],
        replies: &[Vec<usize>],
        i: usize,
        depth: usize,
        replying_to: Option<String>,
        out: &mut Vec<Row>,
    ) {
        let comment = &all[i];
        out.push(Row::Comment {
            depth,
            comment: Arc::clone(comment),
            replying_to,
        });
        for &reply in &replies[i] {
            walk(all, replies, reply, depth + 1, Some(comment.author.clone()), out);
        }
        if comment.more_replies > 0 {
            out.push(Row::MoreReplies {
                parent: comment.id.clone(),
                depth: depth + 1,
                count: comment.more_replies,
            });
        }
    }
    let mut out = Vec::with_capacity(all.len());
    for (i, parent) in parents.iter().enumerate() {
        if parent.is_none() {
            walk(all, &replies, i, 0, None, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(id: &str, parent: Option<&str>) -> ThreadComment {
        ThreadComment {
            id: id.into(),
            parent: parent.map(Into::into),
            author: format!("author {id}"),
            website: None,
            date: Date::parse("2024-12-24").unwrap(),
            body: Body::Plain("text".into()),
            pending: false,
            deleted: false,
            more_replies: 0,
            editable: false,
            revision: 0,
        }
    }

    /// The thread as the comment box draws it, a row each: `id` indented by `.` per level, with whom a
    /// reply answers (`id>author`), and `+N` for N more replies.
    fn shape(all: &[ThreadComment]) -> Vec<String> {
        let all: Vec<Arc<ThreadComment>> = all.iter().cloned().map(Arc::new).collect();
        rows(&all)
            .iter()
            .map(|row| match row {
                Row::Comment {
                    depth,
                    comment,
                    replying_to,
                } => {
                    let to = replying_to.as_ref().map(|a| format!(">{a}")).unwrap_or_default();
                    format!("{}{}{to}", ".".repeat(*depth), comment.id)
                }
                Row::MoreReplies { parent, depth, count } => {
                    format!("{}+{count} after {parent}", ".".repeat(*depth))
                }
            })
            .collect()
    }

    #[test]
    fn nests_replies_in_order() {
        let all = [
            c("1", None),
            c("2", Some("1")),
            c("3", None),
            c("4", Some("2")),
            c("5", Some("1")),
            c("6", Some("3")),
        ];
        assert_eq!(
            shape(&all),
            [
                "1",
                ".2>author 1",
                "..4>author 2",
                ".5>author 1",
                "3",
                ".6>author 3"
            ]
        );
    }

    #[test]
    fn orphans_and_loops_are_kept_at_top_level() {
        let all = [c("1", None), c("2", Some("gone")), c("3", Some("2"))];
        assert_eq!(shape(&all), ["1", "2", ".3>author 2"]);
        // A parent given after its reply, or a comment its own parent: no cycle can form.
        let odd = [c("a", Some("b")), c("b", Some("a")), c("s", Some("s"))];
        assert_eq!(shape(&odd), ["a", ".b>author a", "s"]);
    }

    #[test]
    fn more_replies_follow_the_replies_shown() {
        let mut parent = c("1", None);
        parent.more_replies = 2;
        let mut deleted = c("3", None);
        deleted.author.clear();
        let all = [parent, c("2", Some("1")), deleted, c("4", Some("3"))];
        assert_eq!(shape(&all), ["1", ".2>author 1", ".+2 after 1", "3", ".4>"]);
    }

    #[test]
    fn only_web_sites_are_links() {
        let mut x = c("1", None);
        x.website = Some("javascript:alert(1)".into());
        assert_eq!(x.link(), None);
        x.website = Some("https://alice.example".into());
        assert_eq!(x.link().as_deref(), Some("https://alice.example/"));
        assert_eq!(x.anchor(), "comment-1");
    }
}
