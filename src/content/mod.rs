//! Content: the JSON format site editors write, its types, and every check on it.
//!
//! Pure Rust, no web APIs, so the build script, the content check command, native tests and the
//! browser all share exactly this code. Natively serde reads the files (it gives every error its
//! JSON path); the browser reads them with `decode` and [`crate::json`], which accept the same.

#[macro_use]
mod object;

pub mod date;
pub mod decode;
pub mod error;
pub mod href;
pub mod inline;
pub mod load;
pub mod locate;
pub mod model;
pub mod slug;
pub mod text;

pub use date::Date;
pub use error::{ContentError, ContentErrors};
pub use href::{Href, ImageSrc};
pub use inline::{Inline, Inlines};
#[cfg(not(target_arch = "wasm32"))]
pub use load::browser_json;
pub use load::{
    check_set, parse_article, parse_article_json, parse_site, parse_site_json, ArticleFile, ContentSet,
};
pub use model::*;
