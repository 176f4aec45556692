//! Where the site is served: at the host's root, or under a prefix such as a GitHub Pages
//! project site (`trunk build --public-url /prefix/`). Every same-site link, route and fetch
//! goes through [`url`], so it carries the prefix.

use std::sync::OnceLock;

static BASE: OnceLock<String> = OnceLock::new();

/// Sets the prefix once, before the app renders: `""` at the root, `"/prefix"` otherwise.
pub fn set_base(public_url: &str) {
    let _ = BASE.set(normalize(public_url));
}

/// The prefix without its trailing slash (`""` at the root).
pub fn base() -> &'static str {
    BASE.get().map_or("", String::as_str)
}

/// `"/"`, `"/prefix/"` or `"prefix"` → `""` or `"/prefix"`.
pub fn normalize(public_url: &str) -> String {
    let trimmed = public_url.trim_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else {
        format!("/{trimmed}")
    }
}

/// A same-site path (`/articles/x/`) with the prefix; any other address is returned as is.
pub fn url(href: &str) -> String {
    with_base(base(), href)
}

/// The permalink of an article, relative to the site (without the prefix).
pub fn article_path(slug: &str) -> String {
    format!("/articles/{slug}/")
}

/// The search page's site path: the search widget's form submits to it.
pub const SEARCH_PATH: &str = "/search/";

fn with_base(base: &str, href: &str) -> String {
    if href.starts_with('/') && !href.starts_with("//") {
        format!("{base}{href}")
    } else {
        href.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_urls_normalize_to_a_prefix_without_trailing_slash() {
        assert_eq!(normalize("/"), "");
        assert_eq!(normalize(""), "");
        assert_eq!(normalize("/some/prefix/"), "/some/prefix");
        assert_eq!(normalize("some/prefix"), "/some/prefix");
    }

    #[test]
    fn only_same_site_paths_get_the_prefix() {
        assert_eq!(with_base("/p", "/articles/x/"), "/p/articles/x/");
        assert_eq!(with_base("/p", "/"), "/p/");
        assert_eq!(with_base("", "/"), "/");
        assert_eq!(with_base("/p", "https://example.com/"), "https://example.com/");
        assert_eq!(with_base("/p", "//example.com/x"), "//example.com/x");
        assert_eq!(with_base("/p", "#main"), "#main");
        assert_eq!(with_base("/p", "mailto:a@b.c"), "mailto:a@b.c");
    }
}
