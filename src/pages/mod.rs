//! One component per route.

mod article;
mod front;
mod not_found;

pub use article::ArticlePage;
pub use front::FrontPage;
pub use not_found::NotFound;
