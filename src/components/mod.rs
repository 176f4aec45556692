//! The building blocks of a page.

pub mod article;
pub mod boxed;
pub mod chrome;
pub mod comments;
pub mod section_nav;
pub mod sidebar;

pub use article::ArticleView;
pub use chrome::{SiteFooter, SiteHeader, SkipLink};
pub use comments::CommentSection;
pub use section_nav::{use_current_section, SectionNav};
pub use sidebar::Sidebar;
