//! A site without a comment server: a posted comment stays in this browser ([`crate::local`]),
//! awaiting moderation. The same calls as the Isso client's ([`isso/`](isso/mod.rs)), which takes this
//! module's place on a site with a comment server, so the comment box is written once for both; here
//! they cost the download nothing, and what only a server has draws nothing.

use crate::local;
use crate::model::{CommentDraft, CommentError, ThreadComment};
use crate::state::CommentsState;
use leptos::prelude::IntoView;

/// No comment server.
#[derive(Clone, Copy)]
pub struct Server;

impl Server {
    /// `address` and `title` serve only a comment server.
    pub fn new(_address: Option<String>, _title: String) -> Server {
        Server
    }

    /// Whether the comments come from a server, rather than from this browser.
    pub fn is_remote(&self) -> bool {
        false
    }

    /// Whether a reply to this comment can be threaded under it: any comment can.
    pub fn can_reply_to(&self, _id: &str) -> bool {
        true
    }

    /// The server's count of published comments: no server, no count.
    pub fn total(&self) -> Option<usize> {
        None
    }

    /// Counts a comment the server has just published: none is.
    pub fn count_published(&self) {}

    /// Keeps a checked draft in this browser; returns the comment as the thread will show it.
    pub async fn post(&self, thread: &str, draft: &CommentDraft) -> Result<ThreadComment, CommentError> {
        local::post(thread, draft)
    }
}

/// Loading the thread from a server: nothing to wait for.
pub fn load_status(_: CommentsState) -> impl IntoView {}

/// "Show more comments": nothing is held back.
pub fn more_comments(_: CommentsState) -> impl IntoView {}

/// "Show N more replies": nothing is held back.
pub fn more_replies(_: CommentsState, _parent: String, _depth: usize, _count: usize) -> impl IntoView {}

/// Edit and Delete: only a server's comments have them.
pub fn own_actions(_: &ThreadComment) -> impl IntoView {}

/// A comment server's HTML: only a server sends it.
pub fn comment_html(_: &str) -> impl IntoView {}
