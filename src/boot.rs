//! How the app starts on a page the build prerendered: the page says which path it was rendered
//! for and under which prefix (`data-path`, `data-base` on `#app`), and carries the article it
//! shows (`#broadsheet-article`), so hydrating needs no fetch.

use crate::comments::CommentDraft;
use crate::content::Article;

/// The element the app renders into.
pub const APP_ID: &str = "app";
/// The `<script type="application/json">` holding the page's article.
pub const ARTICLE_ID: &str = "broadsheet-article";

/// The article the page was rendered with, for the route that shows it.
#[derive(Debug, Clone, Default)]
pub struct Preloaded {
    pub article: Option<Article>,
    /// Whether the page is the front page, whose article is the newest.
    pub front: bool,
}

impl Preloaded {
    pub fn article(&self, slug: &str) -> Option<Article> {
        self.article.as_ref().filter(|a| a.slug == slug).cloned()
    }

    /// The slug of the article the front page was rendered with, when this is the front page.
    pub fn front_slug(&self) -> Option<&str> {
        self.article
            .as_ref()
            .filter(|_| self.front)
            .map(|a| a.slug.as_str())
    }
}

/// What the reader typed into the prerendered comment form before the app started: hydrating
/// keeps it (the form's values start from it) rather than wiping it.
#[derive(Debug, Clone, Default)]
pub struct TypedEarly(pub Option<CommentDraft>);

/// Whether the page at `here` (the address bar's path) is the one rendered for `rendered_for`:
/// only then may the app hydrate it. A host may add or drop the trailing slash or `index.html`.
pub fn same_page(rendered_for: &str, here: &str) -> bool {
    fn canonical(p: &str) -> &str {
        p.strip_suffix("index.html").unwrap_or(p).trim_end_matches('/')
    }
    canonical(rendered_for) == canonical(here)
}

#[cfg(test)]
mod tests {
    use super::same_page;

    #[test]
    fn a_page_hydrates_only_at_the_path_it_was_rendered_for() {
        assert!(same_page("/", "/"));
        assert!(same_page("/", "/index.html"));
        assert!(same_page("/p/articles/a/", "/p/articles/a"));
        assert!(same_page("/p/articles/a/", "/p/articles/a/index.html"));
        assert!(!same_page("/", "/articles/a/"));
        assert!(!same_page("/404.html", "/nowhere/"));
        assert!(!same_page("/p/articles/a/", "/p/articles/b/"));
    }
}
