//! The static building blocks of a page. They are rendered to HTML at build time and never shipped
//! to the browser; the interactive parts they place (the contents, the comment box) are islands.

pub mod article;
pub mod article_nav;
pub mod chrome;
pub mod lists;
pub mod pagination;
pub mod sidebar;
pub mod widgets;

pub use article::ArticleView;
pub use article_nav::{ArticleNeighbours, RelatedArticles};
pub use chrome::{CrashNotice, SiteFooter, SiteHeader, SkipLink};
pub use lists::{ArticleList, LatestArticles, MoreArticles};
pub use pagination::Pagination;
pub use sidebar::Sidebar;
pub use widgets::Publication;

use content::{Base, Site};
use i18n::catalogue::Catalogue;
use leptos::prelude::*;
use std::sync::Arc;

/// The site, shared by every page of a build (in context).
pub fn site() -> Arc<Site> {
    expect_context::<Arc<Site>>()
}

/// Where the site is served (in context): every link a component makes carries its prefix.
pub fn base() -> Base {
    expect_context::<Base>()
}

/// The languages a page is written in: its own (the article's, or the site's), which its main
/// content and labels follow, and the site's, which the site's chrome (header, sidebar, footer) is in.
#[derive(Debug, Clone)]
pub struct Languages {
    pub page: Arc<Catalogue>,
    pub site: Arc<Catalogue>,
}

impl Languages {
    /// Every page's languages, in context.
    pub fn get() -> Languages {
        expect_context::<Languages>()
    }

    /// `lang` for the site's chrome, when the page is in another language.
    pub fn chrome_lang(&self) -> Option<String> {
        (self.site.tag() != self.page.tag()).then(|| self.site.tag().to_owned())
    }

    /// `dir` for the site's chrome, when its direction is not the page's.
    pub fn chrome_dir(&self) -> Option<&'static str> {
        let rtl = i18n::is_right_to_left;
        (rtl(self.site.tag()) != rtl(self.page.tag())).then_some(if rtl(self.site.tag()) {
            "rtl"
        } else {
            "ltr"
        })
    }
}

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
