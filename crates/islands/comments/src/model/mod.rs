//! The comment box's rules, pure Rust: the thread a reader sees, the form's rules (`draft`), the
//! allow-list for a comment server's HTML, and what can go wrong.

pub mod draft;
pub mod html;
pub mod thread;

pub use draft::{CommentDraft, Field, FieldError};
pub use thread::{Row, RowKey, ShippedComment, ThreadComment};

use intl::{IslandText, Msg};

/// An http(s) address as a valid, percent-encoded URL, or `None` when it is not an http(s) address.
/// Both sides parse with a WHATWG URL parser: the browser with its own (which costs the download
/// nothing), the build with the `url` crate.
pub fn web_address(address: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return shared::web::is_web_url(address)
        .then(|| web_sys::Url::new(address).ok().map(|url| url.href()))
        .flatten();
    #[cfg(not(target_arch = "wasm32"))]
    shared::web::web_address(address)
}

/// A comment's text: plain text from the content JSON or this browser, or HTML from a comment
/// server, as it sent it: it reaches the page only through the allow-list ([`html`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    Plain(String),
    Html(String),
}

/// Why a comment server refused a comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    CommentTooShort,
    CommentTooLong,
    Website,
    Name,
    Email,
    /// The server gave no reason.
    Unexplained,
    /// The server's own words, when they match none of the above.
    Said(String),
}

impl Refusal {
    /// The reason in the reader's language.
    pub fn message(&self, text: &IslandText) -> String {
        match self {
            Refusal::CommentTooShort => draft::too_short(text),
            Refusal::CommentTooLong => text.fill(
                Msg::ErrorServerCommentLong,
                &[("max", &text.number(draft::COMMENT_MAX))],
            ),
            Refusal::Website => text.get(Msg::ErrorServerWebsite).to_owned(),
            Refusal::Name => text.get(Msg::ErrorServerName).to_owned(),
            Refusal::Email => text.get(Msg::ErrorServerEmail).to_owned(),
            Refusal::Unexplained => text.get(Msg::ErrorServerRefused).to_owned(),
            Refusal::Said(said) => text.fill(Msg::ErrorServerRefusedSaying, &[("reason", said)]),
        }
    }
}

/// Why loading, posting, editing or deleting a comment failed. The reader is told
/// [`CommentError::message`], in their language; `Display` is English, for logs and tests.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommentError {
    /// The server refused what was sent; `field` is the form field it names, if any.
    #[error("the comment server refused the comment: {reason:?}")]
    Refused { field: Option<Field>, reason: Refusal },
    #[error("You are posting too fast — try again in a minute.")]
    TooFast,
    #[error("The comment server no longer lets you change this comment: the time for edits has passed.")]
    Forbidden,
    #[error("This comment is no longer on the comment server.")]
    Gone,
    #[error("The comment server did not answer within 10 seconds. Try again.")]
    Timeout,
    #[error("Could not reach the comment server. Check your connection and try again.")]
    Unreachable,
    #[error("The comment server had a problem (HTTP {0}). Try again in a moment.")]
    Server(u16),
    #[error("The comment server sent an answer that could not be read. Try again in a moment.")]
    Malformed,
    #[error("Your browser would not let this site store your comment. Allow this site to store data, then try again.")]
    Storage,
}

impl CommentError {
    /// What went wrong, in the reader's language.
    pub fn message(&self, text: &IslandText) -> String {
        let msg = match self {
            CommentError::Refused { reason, .. } => return reason.message(text),
            CommentError::Server(status) => {
                return text.fill(Msg::ErrorServer, &[("status", &status.to_string())]);
            }
            CommentError::TooFast => Msg::ErrorTooFast,
            CommentError::Forbidden => Msg::ErrorForbidden,
            CommentError::Gone => Msg::ErrorGone,
            CommentError::Timeout => Msg::ErrorTimeout,
            CommentError::Unreachable => Msg::ErrorUnreachable,
            CommentError::Malformed => Msg::ErrorMalformed,
            CommentError::Storage => Msg::ErrorStorage,
        };
        text.get(msg).to_owned()
    }
}
