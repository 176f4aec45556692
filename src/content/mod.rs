//! Content: the JSON format site editors write, its types, and every check on it.
//!
//! Pure Rust, no web APIs, so the build script, the content check command, native tests and the
//! browser all share exactly this code. serde reads the files, natively (it gives every error its
//! JSON path, and `locate` its line and column); until the browser stops reading articles it reads
//! them with `decode` and [`crate::json`], and checks nothing: the build did.

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
pub use load::{check_set, parse_article, parse_site, ArticleFile, ContentSet};
pub use model::*;
