//! Where comments come from and go to: this browser only (`Local`, the default), or an Isso
//! server. The components use only these calls, whichever it is.

// Without the Isso client (a site with no comment server) some names and parameters serve only it.
#![cfg_attr(not(isso_client), allow(unused_imports, unused_variables))]

#[cfg_attr(not(isso_client), allow(dead_code))]
pub mod isso;
pub mod store;

use crate::model::{CommentDraft, CommentError, ThreadComment};
use store::{OwnRecord, StoredComment};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum CommentBackend {
    /// No comment server: comments are kept in this browser, awaiting moderation.
    #[default]
    Local,
    /// An Isso server at this address (no trailing slash). Built only for a site with a comment
    /// server (build.rs sets `isso_client`), so other sites do not download the client.
    #[cfg(isso_client)]
    Isso { url: String },
}

/// Comments from the backend, with the server's count and how many top-level ones remain.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Loaded {
    pub comments: Vec<ThreadComment>,
    /// The server's count of published comments, when there is a server.
    pub total: Option<usize>,
    pub more: usize,
}

impl CommentBackend {
    pub fn is_local(&self) -> bool {
        matches!(self, CommentBackend::Local)
    }

    /// The backend for a site whose comment server (an Isso server) is at `server`, if it has one.
    pub fn new(server: Option<&str>) -> Self {
        match server {
            #[cfg(isso_client)]
            Some(url) => CommentBackend::Isso {
                url: url.trim_end_matches('/').to_owned(),
            },
            _ => CommentBackend::Local,
        }
    }

    /// Whether a reply to this comment can be threaded under it: Isso threads only under its
    /// own comments, not under those shipped in the article's JSON.
    pub fn can_reply_to(&self, id: &str) -> bool {
        match self {
            CommentBackend::Local => true,
            #[cfg(isso_client)]
            CommentBackend::Isso { .. } => id.parse::<u64>().is_ok(),
        }
    }

    #[cfg(isso_client)]
    /// Marks the reader's own comments (still editable, or awaiting moderation) in a page
    /// from the server, and adds the pending ones the server does not show.
    fn merge_own(thread: &str, comments: &mut Vec<ThreadComment>, first_page: bool) {
        let now = store::now_ms();
        let mut records = store::own_records();
        let mut changed = false;
        for record in records.iter_mut().filter(|r| r.thread == thread) {
            if let Some(c) = comments.iter_mut().find(|c| c.id == record.id) {
                c.editable = record.editable(now) && !c.deleted;
                if !c.pending && record.pending.take().is_some() {
                    changed = true;
                }
            } else if first_page {
                comments.extend(record.pending_comment(now));
            }
        }
        if changed {
            store::save_own_records(&records);
        }
    }

    /// A page of the thread as this reader should see it, beside the comments shipped with the
    /// article: the first (`offset` 0), or the next after the `offset` top-level comments shown.
    pub async fn page(&self, thread: &str, offset: usize) -> Result<Loaded, CommentError> {
        match self {
            CommentBackend::Local if offset == 0 => Ok(Loaded {
                comments: store::own_comments(thread),
                total: None,
                more: 0,
            }),
            CommentBackend::Local => Ok(Loaded::default()),
            #[cfg(isso_client)]
            CommentBackend::Isso { url } => {
                let page = isso::fetch_page(url, thread, offset).await?;
                let mut comments = page.comments;
                Self::merge_own(thread, &mut comments, offset == 0);
                Ok(Loaded {
                    comments,
                    total: Some(page.total),
                    more: page.more,
                })
            }
        }
    }

    /// More replies to `parent`, after the `offset` already shown; returns them and how many remain.
    pub async fn more_replies(
        &self,
        thread: &str,
        parent: &str,
        offset: usize,
    ) -> Result<(Vec<ThreadComment>, usize), CommentError> {
        match self {
            CommentBackend::Local => Ok((Vec::new(), 0)),
            #[cfg(isso_client)]
            CommentBackend::Isso { url } => {
                let page = isso::fetch_replies(url, thread, parent, offset).await?;
                let mut comments = page.comments;
                Self::merge_own(thread, &mut comments, false);
                Ok((comments, page.more))
            }
        }
    }

    /// Keeps a validated comment in this browser (no comment server); returns it as the thread
    /// will show it.
    pub fn post_here(thread: &str, draft: &CommentDraft) -> Result<ThreadComment, CommentError> {
        let stored = StoredComment {
            id: format!(
                "local-{}-{}",
                store::now_ms() as u64,
                (js_sys::Math::random() * 1e6) as u32
            ),
            parent: draft.parent.clone(),
            author: draft.name.trim().to_owned(),
            website: draft.website.trim().to_owned(),
            date: store::now_iso(),
            text: draft.comment.trim().to_owned(),
        };
        store::add_own_comment(thread, &stored).map_err(|_| CommentError::Storage)
    }

    /// Sends a validated comment; on success returns it as the thread will show it.
    pub async fn post(
        &self,
        thread: &str,
        title: &str,
        draft: &CommentDraft,
    ) -> Result<ThreadComment, CommentError> {
        match self {
            CommentBackend::Local => Self::post_here(thread, draft),
            #[cfg(isso_client)]
            CommentBackend::Isso { url } => {
                let mut posted = isso::post(url, thread, title, draft).await?;
                posted.editable = true;
                let pending = posted.pending.then(|| StoredComment {
                    id: posted.id.clone(),
                    parent: posted.parent.clone(),
                    author: draft.name.trim().to_owned(),
                    website: draft.website.trim().to_owned(),
                    date: posted.date.as_str().to_owned(),
                    text: draft.comment.trim().to_owned(),
                });
                let mut records = store::own_records();
                records.push(OwnRecord {
                    id: posted.id.clone(),
                    thread: thread.to_owned(),
                    posted: store::now_ms(),
                    pending,
                });
                store::save_own_records(&records);
                Ok(posted)
            }
        }
    }

    /// The reader's own comment as they wrote it, to edit.
    pub async fn own_text(&self, id: &str) -> Result<String, CommentError> {
        match self {
            CommentBackend::Local => Err(CommentError::Forbidden),
            #[cfg(isso_client)]
            CommentBackend::Isso { url } => isso::fetch_own_text(url, id).await,
        }
    }

    pub async fn edit(&self, id: &str, text: &str) -> Result<ThreadComment, CommentError> {
        match self {
            CommentBackend::Local => Err(CommentError::Forbidden),
            #[cfg(isso_client)]
            CommentBackend::Isso { url } => {
                let mut edited = isso::edit(url, id, text).await?;
                edited.editable = true;
                Ok(edited)
            }
        }
    }

    pub async fn delete(&self, id: &str) -> Result<(), CommentError> {
        match self {
            CommentBackend::Local => Err(CommentError::Forbidden),
            #[cfg(isso_client)]
            CommentBackend::Isso { url } => {
                isso::delete(url, id).await?;
                let records: Vec<OwnRecord> =
                    store::own_records().into_iter().filter(|r| r.id != id).collect();
                store::save_own_records(&records);
                Ok(())
            }
        }
    }
}
