//! Content: the JSON format site editors write, its types, and every check on it.
//!
//! Pure Rust, no web APIs. serde is the one reader of the files (it gives every error its JSON path,
//! and `locate` its line and column); the content check command and the prerenderer read with it.
//! The browser never reads content: the islands use only `date`, `href` and `text`.

#[macro_use]
mod object;

pub mod date;
pub mod error;
pub mod href;
pub mod inline;
pub mod load;
pub mod locate;
pub mod model;
pub mod slug;
pub mod taxonomy;
pub mod text;

pub use date::Date;
pub use error::{ContentError, ContentErrors};
pub use href::{Href, ImageSrc};
pub use inline::{Inline, Inlines};
pub use load::{check_set, parse_article, parse_site, ArticleFile, ContentSet};
pub use model::*;
