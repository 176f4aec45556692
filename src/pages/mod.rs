//! One component per kind of page. Each renders the whole of `<body>`'s content; the prerenderer
//! writes it into the page with its `<head>`.

mod article;
mod not_found;

pub use article::ArticlePage;
pub use not_found::NotFound;
