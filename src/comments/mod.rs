//! Comments: the thread a reader sees, the form's rules, and where a posted comment goes.
//!
//! `thread` and `form` are pure; `backend` and `store` are the browser edge.

pub mod backend;
pub mod form;
pub mod html;
pub mod store;
pub mod thread;

pub use backend::{CommentBackend, PostError};
pub use form::{CommentDraft, Field, FieldError};
pub use thread::{ThreadComment, ThreadNode};
