//! Where a posted comment goes. Today only this browser (`Local`); a comment server is a
//! new variant behind the same two calls.

use super::store::{self, StoredComment};
use super::{CommentDraft, ThreadComment};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CommentBackend {
    /// No comment server: comments are kept in this browser, awaiting moderation.
    #[default]
    Local,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PostError {
    #[error("Your browser would not let this site store your comment. Allow this site to store data, then try again.")]
    Storage,
}

impl CommentBackend {
    /// Comments that this reader should see beside the ones shipped with the article.
    pub async fn load(self, thread: &str) -> Vec<ThreadComment> {
        match self {
            CommentBackend::Local => store::own_comments(thread),
        }
    }

    /// Sends a validated comment; on success returns it as the thread will show it.
    pub async fn post(self, thread: &str, draft: &CommentDraft) -> Result<ThreadComment, PostError> {
        match self {
            CommentBackend::Local => {
                let date = store::now_iso();
                let stored = StoredComment {
                    id: format!(
                        "local-{}-{}",
                        js_sys::Date::now() as u64,
                        (js_sys::Math::random() * 1e6) as u32
                    ),
                    parent: draft.parent.clone(),
                    author: draft.name.trim().to_owned(),
                    website: draft.website.trim().to_owned(),
                    date,
                    text: draft.comment.trim().to_owned(),
                };
                store::add_own_comment(thread, &stored).map_err(|_| PostError::Storage)
            }
        }
    }
}
