//! The content built into the app: the site and the index of all articles, as Rust values that
//! `build.rs` writes after checking them. The articles themselves come with their pages or are
//! fetched (`api`).

use crate::content::Site;
use std::sync::OnceLock;

/// One line of the article index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticleRef {
    pub slug: &'static str,
    pub title: &'static str,
    pub published: &'static str,
    pub summary: &'static str,
}

impl ArticleRef {
    /// The permalink, with the site's prefix: ready for an `href`.
    pub fn path(&self) -> String {
        crate::paths::url(&article_path(self.slug))
    }
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The permalink of an article, relative to the site (without the prefix).
pub fn article_path(slug: &str) -> String {
    format!("/articles/{slug}/")
}

pub fn site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(built_site)
}

/// The newest article, shown in full on the front page (the content check requires one).
pub fn newest() -> &'static ArticleRef {
    &ARTICLES[0]
}

/// Every article, newest first.
pub fn articles() -> &'static [ArticleRef] {
    ARTICLES
}

pub fn find(slug: &str) -> Option<&'static ArticleRef> {
    ARTICLES.iter().find(|a| a.slug == slug)
}
