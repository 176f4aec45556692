//! The app's routes and client-side navigation between them. There are three kinds of page, so a
//! path is matched by hand and links are followed by one click listener: a router crate would
//! cost the download more than the whole article view (it erases every page's view type, which
//! pulls in code for each of them that a static site never runs).

use leptos::prelude::*;

/// What a path (without the site's prefix) shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `/`: the newest article, then the others.
    Front,
    /// `/articles/<slug>/`, with or without the trailing slash or `index.html`.
    Article(String),
    /// Anything else.
    NotFound,
}

impl Route {
    pub fn of(path: &str) -> Route {
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let path = path.trim_matches('/');
        if path.is_empty() {
            return Route::Front;
        }
        match path.split_once('/') {
            Some(("articles", slug)) if !slug.is_empty() && !slug.contains('/') => {
                Route::Article(slug.to_owned())
            }
            _ => Route::NotFound,
        }
    }
}

/// The path of the page shown, without the site's prefix. The prerenderer provides it for the
/// page it renders; in the browser it comes from the address bar.
#[derive(Debug, Clone, Copy)]
pub struct Here {
    path: RwSignal<String>,
    /// Whether the reader has moved to another page since the app started.
    navigated: StoredValue<bool>,
}

impl Here {
    pub fn new(path: impl Into<String>) -> Self {
        Here {
            path: RwSignal::new(path.into()),
            navigated: StoredValue::new(false),
        }
    }

    /// The route shown (tracked: a view reading it follows navigation).
    pub fn route(self) -> Route {
        self.path.with(|p| Route::of(p))
    }
}

/// Called by each page as it appears: after client-side navigation, keyboard focus moves to
/// the start of the new page's main content (`#main`), or to `focus` when given, instead of
/// staying on a link that is gone. The page first shown keeps the browser's own focus.
pub fn focus_new_page(focus: Option<String>) {
    let navigated = use_context::<Here>().is_some_and(|h| h.navigated.get_value());
    if navigated {
        crate::dom::after_render(move || crate::dom::focus_id(focus.as_deref().unwrap_or("main")));
    }
}

/// The page's `Here`: the one provided (the prerenderer's), or the address bar's.
pub fn here() -> Here {
    use_context::<Here>().unwrap_or_else(|| {
        let here = Here::new(browser::path().unwrap_or_default());
        provide_context(here);
        here
    })
}

/// `path` without the site's prefix, or `None` when it lies outside the site.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
fn strip_base<'a>(base: &str, path: &'a str) -> Option<&'a str> {
    let rest = path.strip_prefix(base)?;
    (rest.is_empty() || rest.starts_with('/')).then_some(rest)
}

/// Follows same-site links to a page of the app without reloading, and Back and Forward.
#[cfg(feature = "hydrate")]
pub fn follow_links(here: Here) {
    browser::follow_links(here);
}

#[cfg(not(feature = "hydrate"))]
pub fn follow_links(_here: Here) {}

#[cfg(feature = "hydrate")]
mod browser {
    use super::{strip_base, Here, Route};
    use crate::paths;
    use leptos::{ev, prelude::*};
    use wasm_bindgen::JsCast;

    pub fn path() -> Option<String> {
        let path = web_sys::window()?.location().pathname().ok()?;
        strip_base(paths::base(), &path).map(str::to_owned)
    }

    /// The app path a click should navigate to, or `None` to leave the click to the browser:
    /// modified clicks, other windows, downloads, other sites, files that are not pages, and
    /// `#fragment` links within the page shown.
    fn target(ev: &ev::MouseEvent, current: &str) -> Option<String> {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.alt_key()
            || ev.ctrl_key()
            || ev.shift_key()
        {
            return None;
        }
        let a = crate::dom::closest(ev, "a[href]")?
            .dyn_into::<web_sys::HtmlAnchorElement>()
            .ok()?;
        if !a.target().is_empty() || a.has_attribute("download") {
            return None;
        }
        let location = web_sys::window()?.location();
        if a.origin() != location.origin().ok()? {
            return None;
        }
        let path = strip_base(paths::base(), &a.pathname())?.to_owned();
        if Route::of(&path) == Route::NotFound || (path == current && !a.hash().is_empty()) {
            return None;
        }
        Some(path + &a.search() + &a.hash())
    }

    pub fn follow_links(here: Here) {
        let Here { path, navigated } = here;
        let click = window_event_listener(ev::click, move |ev| {
            let Some(to) = target(&ev, &path.get_untracked()) else {
                return;
            };
            ev.prevent_default();
            let Some(window) = web_sys::window() else {
                return;
            };
            if let Ok(history) = window.history() {
                let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&paths::url(&to)));
            }
            let new_path = to.split(['?', '#']).next().unwrap_or_default().to_owned();
            navigated.set_value(true);
            if path.get_untracked() != new_path {
                path.set(new_path);
            }
            // A #fragment is scrolled to by the article once it is shown.
            if !to.contains('#') {
                window.scroll_to_with_x_and_y(0.0, 0.0);
            }
        });
        let popstate = window_event_listener(ev::popstate, move |_| {
            if let Some(p) = self::path() {
                if path.get_untracked() != p {
                    navigated.set_value(true);
                    path.set(p);
                }
            }
        });
        on_cleanup(move || {
            click.remove();
            popstate.remove();
        });
    }
}

#[cfg(not(feature = "hydrate"))]
mod browser {
    pub fn path() -> Option<String> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_match_routes() {
        assert_eq!(Route::of(""), Route::Front);
        assert_eq!(Route::of("/"), Route::Front);
        assert_eq!(Route::of("/index.html"), Route::Front);
        assert_eq!(Route::of("/articles/a-b/"), Route::Article("a-b".into()));
        assert_eq!(Route::of("/articles/a-b"), Route::Article("a-b".into()));
        assert_eq!(
            Route::of("/articles/a-b/index.html"),
            Route::Article("a-b".into())
        );
        assert_eq!(Route::of("/articles/"), Route::NotFound);
        assert_eq!(Route::of("/articles/a/b/"), Route::NotFound);
        assert_eq!(Route::of("/no-such-page"), Route::NotFound);
        assert_eq!(Route::of("/404.html"), Route::NotFound);
        assert_eq!(Route::of("/feed.xml"), Route::NotFound);
    }

    #[test]
    fn the_prefix_is_stripped_only_from_paths_inside_the_site() {
        assert_eq!(strip_base("", "/articles/x/"), Some("/articles/x/"));
        assert_eq!(strip_base("/p", "/p/articles/x/"), Some("/articles/x/"));
        assert_eq!(strip_base("/p", "/p"), Some(""));
        assert_eq!(strip_base("/p", "/px/"), None);
        assert_eq!(strip_base("/p", "/other/"), None);
    }
}
