//! The content built into the app: the site and the index of all articles. The articles
//! themselves come with their pages or are fetched (`api`). Checked by build.rs with the same checks; the browser reads them with
//! `content::decode`, which accepts what build.rs's serde accepts, so parsing here cannot fail.

use crate::content::{parse_site, Site};
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
    // Not `expect`, which would bring the code to print every content error into the download.
    SITE.get_or_init(|| match parse_site("site.json", SITE_JSON.as_bytes()) {
        Ok(site) => site,
        Err(_) => unreachable!("checked by build.rs"),
    })
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
