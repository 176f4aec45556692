//! Server-side rendering of one page: a Leptos view rendered to HTML in its own reactive owner, with
//! what every component reads from context, and the hydration markers a static page needs.
//!
//! A page is static HTML but for its islands (`<leptos-island>`), which the browser hydrates from the
//! props written beside them. Hydration markers stay only inside islands, written as empty comments
//! (`<!---->`, valid HTML where Leptos writes `<!>`); static parts carry none.

use content::{Base, Site};
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use site::components::{Languages, Publication};
use std::sync::Arc;

/// What every page of a build is rendered with, in its components' context: the site, where it is
/// served, and what its widgets list.
pub struct Shared {
    pub site: Arc<Site>,
    pub base: Base,
    pub publication: Arc<Publication>,
}

/// A page rendered: its HTML, and its islands' components (which the browser must hydrate), in page
/// order.
pub struct Rendered {
    pub html: String,
    pub islands: Vec<String>,
}

/// Renders a view to HTML, with the build's [`Shared`] and the page's languages in context, and its
/// hydration markers as a static page needs them ([`clean_markers`]).
pub fn render<V: IntoView + 'static>(
    shared: &Shared,
    languages: &Languages,
    view: impl FnOnce() -> V,
) -> Rendered {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new_islands())));
    let html = owner.with(|| {
        provide_context(Arc::clone(&shared.site));
        provide_context(shared.base.clone());
        provide_context(Arc::clone(&shared.publication));
        provide_context(languages.clone());
        view().into_view().to_html()
    });
    owner.unset();
    clean_markers(&html)
}

const ISLAND_OPEN: &str = "<leptos-island";
const ISLAND_CLOSE: &str = "</leptos-island>";
/// A hydration marker: where Leptos would find a node again.
const MARKER: &str = "<!>";
/// The marker of an empty view.
const EMPTY_VIEW: &str = "<!--<() />-->";
/// The attribute naming an island's component.
const COMPONENT: &str = "data-component=\"";
/// The elements whose text is raw (the page's style, JSON-LD, the speculation rules): copied as they are.
const RAW_TEXT: [(&str, &str); 2] = [("<style", "</style"), ("<script", "</script")];

/// Leptos marks places in its output for hydration with `<!>` (and `<!--<() />-->` for an empty view).
/// Only islands are hydrated, so outside them the markers go; inside them each `<!>` becomes `<!---->`,
/// the same empty comment node in valid HTML. Leptos escapes `<` in text and attribute values, so a
/// `<` in its output opens a tag or a marker, except in the text of `<style>` and `<script>`, which
/// Leptos writes raw (the build checks that it cannot end its element early) and which is copied as it
/// is. Also says which islands the page has.
pub fn clean_markers(html: &str) -> Rendered {
    let mut out = String::with_capacity(html.len());
    let mut islands = Vec::new();
    let mut in_island = false;
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(after) = rest.strip_prefix(MARKER) {
            if in_island {
                out.push_str("<!---->");
            }
            rest = after;
        } else if let Some(after) = rest.strip_prefix(EMPTY_VIEW).filter(|_| !in_island) {
            rest = after;
        } else if rest.starts_with(ISLAND_OPEN) {
            in_island = true;
            let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
            // `data-component="Name_<hash>"`.
            let component = tag
                .split_once(COMPONENT)
                .and_then(|(_, value)| value.split_once('"'))
                .and_then(|(value, _)| value.rsplit_once('_'))
                .map_or(tag, |(name, _)| name);
            islands.push(component.to_owned());
            out.push('<');
            rest = &rest[1..];
        } else if rest.starts_with(ISLAND_CLOSE) {
            in_island = false;
            out.push('<');
            rest = &rest[1..];
        } else if let Some((_, close)) = RAW_TEXT.iter().find(|(open, _)| rest.starts_with(open)) {
            let end = rest.find(close).unwrap_or(rest.len());
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            // The closing tag itself is copied on the next turn.
            if !rest.is_empty() {
                out.push('<');
                rest = &rest[1..];
            }
        } else {
            out.push('<');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    Rendered { html: out, islands }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_stay_only_inside_islands_as_empty_comments() {
        let html = concat!(
            "<main><p>a<!>b</p><!--<() />--><!>",
            r#"<leptos-island data-component="C_1" data-props="{&quot;x&quot;:1}"><ol><!></ol><p>Clicked <!>0<!> times</p></leptos-island>"#,
            "<aside><!></aside>",
            r#"<leptos-island data-component="D_2" data-props="{&quot;a_b&quot;:1}"><!--<() />--><!></leptos-island>"#,
            "</main>"
        );
        let cleaned = clean_markers(html);
        assert_eq!(cleaned.islands, ["C", "D"]);
        assert_eq!(
            cleaned.html,
            concat!(
                "<main><p>ab</p>",
                r#"<leptos-island data-component="C_1" data-props="{&quot;x&quot;:1}"><ol><!----></ol><p>Clicked <!---->0<!----> times</p></leptos-island>"#,
                "<aside></aside>",
                r#"<leptos-island data-component="D_2" data-props="{&quot;a_b&quot;:1}"><!--<() />--><!----></leptos-island>"#,
                "</main>"
            )
        );
        assert!(clean_markers("<main><!><p>a</p></main>").islands.is_empty());
    }

    #[test]
    fn raw_text_is_copied_as_it_is() {
        // A stylesheet may mention `<leptos-island>` in a comment, or hold `<!>`: it is not a marker.
        let html = concat!(
            "<head><style>/* <leptos-island> <!> */ a > b {}</style><!>",
            r#"<script type="application/ld+json">{"a":"<!>"}</script></head>"#,
            "<body><p>x<!>y</p></body>"
        );
        let cleaned = clean_markers(html);
        assert!(cleaned.islands.is_empty());
        assert_eq!(
            cleaned.html,
            concat!(
                "<head><style>/* <leptos-island> <!> */ a > b {}</style>",
                r#"<script type="application/ld+json">{"a":"<!>"}</script></head>"#,
                "<body><p>xy</p></body>"
            )
        );
    }
}
