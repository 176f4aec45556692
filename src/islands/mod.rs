//! The interactive parts of a page, and the only code the browser downloads: Leptos islands. The
//! build renders each into the page with its props (`<leptos-island data-props>`); in the browser,
//! `hydrate.js` hands each `<leptos-island>` to the WebAssembly export named after it. Everything
//! around them is static HTML.

pub mod comments;
pub mod contents;
pub mod search;

pub use comments::CommentBox;
pub use contents::{heading_id, Contents, SectionLink};
pub use search::Search;
