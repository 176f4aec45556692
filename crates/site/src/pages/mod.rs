//! One component per kind of page. Each renders the whole of `<body>`'s content; the prerenderer
//! writes it into the page with its `<head>`.

mod archive;
mod article;
mod list;
mod not_found;
mod search;

pub use archive::ArchivePage;
pub use article::{ArticlePage, FrontList};
pub use list::ListPage;
pub use not_found::NotFound;
pub use search::SearchPage;
