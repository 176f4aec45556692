//! Content: the formats site editors write (JSON, and Markdown with TOML front matter), their
//! types, and every check on them.
//!
//! Pure Rust, no web APIs. serde is the one reader of the JSON files (it gives every error its JSON
//! path, and `locate` its line and column); pulldown-cmark and toml read the Markdown articles
//! (`markdown`) onto the same types. The content check command and the build read with them. The
//! browser never reads content: what the islands share with it (dates, web addresses, plain text)
//! is in the `shared` crate.

#[macro_use]
mod object;

pub mod archive;
pub use shared::{date, text};
pub mod error;
pub mod folder;
pub mod href;
pub mod inline;
pub mod load;
pub mod locate;
pub mod markdown;
pub mod model;
pub mod route;
pub mod schema;
pub mod set;
pub mod slug;
pub mod taxonomy;

pub use date::Date;
pub use error::{ContentError, ContentErrors};
pub use folder::Folder;
pub use href::{Href, ImageSrc};
pub use inline::{Inline, Inlines};
pub use load::{parse_article, parse_site, ArticleFile};
pub use model::*;
pub use route::{page_count, Base, Listing, Pager, Route};
pub use set::{check_set, check_set_with, parse_markdown_article, ContentSet, FileKind, LeftOut};
