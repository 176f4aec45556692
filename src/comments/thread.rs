//! Threading comments by parent, in the order they were posted.

use super::Body;
use crate::content::{href::is_web_url, Comment, Date};

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
}

impl ThreadComment {
    /// The author's website, only when it is safe to link (http or https).
    pub fn link(&self) -> Option<&str> {
        self.website.as_deref().filter(|w| is_web_url(w))
    }

    /// The HTML id of the comment's element, as WordPress names it.
    pub fn anchor(&self) -> String {
        format!("comment-{}", self.id)
    }
}

impl From<&Comment> for ThreadComment {
    fn from(c: &Comment) -> Self {
        ThreadComment {
            id: c.id.clone(),
            parent: c.parent.clone(),
            author: c.author.clone(),
            website: c.website.clone(),
            date: c.date.clone(),
            body: Body::Plain(c.text.clone()),
            pending: false,
            deleted: false,
            more_replies: 0,
            editable: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ThreadNode {
    pub comment: ThreadComment,
    pub replies: Vec<ThreadNode>,
}

impl ThreadNode {
    /// This comment and all its replies.
    pub fn len(&self) -> usize {
        1 + self.replies.iter().map(ThreadNode::len).sum::<usize>()
    }

    pub fn is_empty(&self) -> bool {
        false
    }
}

/// Nests comments under their parents, keeping the given order at each level. A reply
/// whose parent is missing (deleted, or not loaded) is shown at the top level rather than lost.
pub fn build_thread(comments: &[ThreadComment]) -> Vec<ThreadNode> {
    fn replies_to(all: &[ThreadComment], parent: &str, seen: &mut [bool]) -> Vec<ThreadNode> {
        let mut out = Vec::new();
        for (i, c) in all.iter().enumerate() {
            if !seen[i] && c.parent.as_deref() == Some(parent) {
                seen[i] = true;
                out.push(ThreadNode {
                    comment: c.clone(),
                    replies: replies_to(all, &c.id, seen),
                });
            }
        }
        out
    }
    let is_root = |c: &ThreadComment| {
        c.parent
            .as_deref()
            .is_none_or(|p| p == c.id || !comments.iter().any(|o| o.id == p))
    };
    let mut seen = vec![false; comments.len()];
    let mut roots = Vec::new();
    for (i, c) in comments.iter().enumerate() {
        if !seen[i] && is_root(c) {
            seen[i] = true;
            roots.push(ThreadNode {
                comment: c.clone(),
                replies: replies_to(comments, &c.id, &mut seen),
            });
        }
    }
    roots
}

/// Total comments in a thread, replies included.
pub fn count(thread: &[ThreadNode]) -> usize {
    thread.iter().map(ThreadNode::len).sum()
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
        }
    }

    fn ids(nodes: &[ThreadNode]) -> Vec<String> {
        nodes
            .iter()
            .map(|n| {
                if n.replies.is_empty() {
                    n.comment.id.clone()
                } else {
                    format!("{}({})", n.comment.id, ids(&n.replies).join(","))
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
        let thread = build_thread(&all);
        assert_eq!(ids(&thread), ["1(2(4),5)", "3(6)"]);
        assert_eq!(count(&thread), 6);
    }

    #[test]
    fn orphans_are_kept_at_top_level() {
        let all = [c("1", None), c("2", Some("gone")), c("3", Some("2"))];
        assert_eq!(ids(&build_thread(&all)), ["1", "2(3)"]);
    }

    #[test]
    fn only_web_sites_are_links() {
        let mut x = c("1", None);
        x.website = Some("javascript:alert(1)".into());
        assert_eq!(x.link(), None);
        x.website = Some("https://alice.example".into());
        assert_eq!(x.link(), Some("https://alice.example"));
        assert_eq!(x.anchor(), "comment-1");
    }
}
