//! Threading comments by parent, in the order they were posted.

use super::Body;
use serde::{Deserialize, Serialize};
use shared::Date;

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

    /// What a keyed list knows the comment by: the same key, the same drawing.
    pub fn key(&self) -> (String, u32) {
        (self.id.clone(), self.revision)
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

/// Where a comment shows: under the comment it replies to when that one is shown before it,
/// else at the top level (a reply whose parent is missing, deleted or not loaded is shown rather
/// than lost). Comments keep the given order at each level, and since a parent always comes first
/// the thread can have no cycles.
pub fn parent_of(all: &[ThreadComment], index: usize) -> Option<&str> {
    let parent = all[index].parent.as_deref()?;
    all[..index].iter().any(|c| c.id == parent).then_some(parent)
}

/// The comments shown directly under `parent` (`None`: the top level), in order.
pub fn children(all: &[ThreadComment], parent: Option<&str>) -> Vec<ThreadComment> {
    (0..all.len())
        .filter(|&i| parent_of(all, i) == parent)
        .map(|i| all[i].clone())
        .collect()
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

    /// The thread as `id(replies…)`, drawn the way the comment box draws it.
    fn shape(all: &[ThreadComment], parent: Option<&str>) -> Vec<String> {
        children(all, parent)
            .iter()
            .map(|n| {
                let replies = shape(all, Some(&n.id));
                if replies.is_empty() {
                    n.id.clone()
                } else {
                    format!("{}({})", n.id, replies.join(","))
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
        assert_eq!(shape(&all, None), ["1(2(4),5)", "3(6)"]);
    }

    #[test]
    fn orphans_and_loops_are_kept_at_top_level() {
        let all = [c("1", None), c("2", Some("gone")), c("3", Some("2"))];
        assert_eq!(shape(&all, None), ["1", "2(3)"]);
        // A parent given after its reply, or a comment its own parent: no cycle can form.
        let odd = [c("a", Some("b")), c("b", Some("a")), c("s", Some("s"))];
        assert_eq!(shape(&odd, None), ["a(b)", "s"]);
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
