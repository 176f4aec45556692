//! What the build and the browser share: dates as editors write them, which addresses may be links to
//! the web, plain text as paragraphs, and the limits of a comment. Pure Rust, with no web APIs and
//! nothing heavy, so the islands' WebAssembly can use it as the content check does.

pub mod date;
pub mod text;
pub mod web;

pub use date::Date;

/// The most characters a comment's text may have: what the comment form lets a reader post, and what
/// the content check allows a shipped comment, so no comment looks as if it broke the rules.
pub const COMMENT_TEXT_MAX: usize = 65_535;
/// The most characters a comment's author may have.
pub const COMMENT_AUTHOR_MAX: usize = 100;
