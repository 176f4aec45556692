//! The static building blocks of a page. They are rendered to HTML at build time and never shipped
//! to the browser; the interactive parts they place (the contents, the comment box) are islands.

pub mod article;
pub mod article_nav;
pub mod chrome;
pub mod lists;
pub mod pagination;
pub mod sidebar;

pub use article::ArticleView;
pub use article_nav::{ArticleNeighbours, RelatedArticles};
pub use chrome::{SiteFooter, SiteHeader, SkipLink};
pub use lists::{ArticleList, LatestArticles, MoreArticles};
pub use pagination::{page_count, Pager, Pagination};
pub use sidebar::Sidebar;

use leptos::prelude::*;

/// Every page's frame: the skip link, the header, the page's own content beside the sidebar, and
/// the footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <SkipLink />
        <SiteHeader />
        <div class="layout">
            {children()}
            <Sidebar />
        </div>
        <SiteFooter />
    }
}
