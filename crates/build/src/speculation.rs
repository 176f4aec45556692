//! The speculation rules every page carries: the browser renders a same-site page in the background
//! once the reader hovers its link (or presses on it), so following it shows it at once. Navigating
//! stays a plain link to a prerendered page. In-page links (`#…`), downloads and `rel="nofollow"`
//! links are left alone.

use crate::document::ScriptJson;
use content::Base;

/// The id of the page's data block holding [`keyboard_rules`].
pub const KEYBOARD_RULES_ID: &str = "speculation-rules-keyboard";

/// The rule for pointers: "moderate", on hover or press.
pub fn rules(base: &Base) -> ScriptJson {
    ScriptJson::new(&serde_json::json!({
        "prerender": [{ "where": same_site_links(base, None), "eagerness": "moderate" }]
    }))
}

/// The rule for keyboard readers: a same-site link that gets keyboard focus is rendered at once.
/// Chromium's "moderate" answers only the pointer, and only "immediate" answers a selector that
/// starts to match; the Nu HTML Checker does not know "immediate" yet, so the page carries this rule
/// as a JSON data block (`#speculation-rules-keyboard`) and `hydrate.js` adds it as speculation rules.
/// The Content-Security-Policy allows its exact text by hash, as it does the inline rules.
pub fn keyboard_rules(base: &Base) -> ScriptJson {
    ScriptJson::new(&serde_json::json!({
        "prerender": [{ "where": same_site_links(base, Some(":focus-visible")), "eagerness": "immediate" }]
    }))
}

/// The links speculation rules may follow: the site's own pages, not in-page links, downloads or
/// `rel="nofollow"` links; `also` narrows them with a selector.
fn same_site_links(base: &Base, also: Option<&str>) -> serde_json::Value {
    let mut conditions = vec![
        serde_json::json!({ "href_matches": format!("{}*", base.public_url()) }),
        serde_json::json!({ "not": { "selector_matches": "[rel~=nofollow], [download], [href^='#']" } }),
    ];
    if let Some(selector) = also {
        conditions.push(serde_json::json!({ "selector_matches": selector }));
    }
    serde_json::json!({ "and": conditions })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speculation_rules_cover_the_sites_own_pages_only() {
        let base = Base::new("/harbour/");
        let rules: serde_json::Value = serde_json::from_str(rules(&base).as_str()).unwrap();
        let keyboard: serde_json::Value = serde_json::from_str(keyboard_rules(&base).as_str()).unwrap();
        let [hover, focus] = [&rules["prerender"][0], &keyboard["prerender"][0]];
        assert_eq!(hover["eagerness"], "moderate");
        assert_eq!(focus["eagerness"], "immediate");
        assert_eq!(focus["where"]["and"][2]["selector_matches"], ":focus-visible");
        for rule in [hover, focus] {
            assert_eq!(rule["where"]["and"][0]["href_matches"], "/harbour/*");
            assert!(rule["where"]["and"][1]["not"]["selector_matches"]
                .as_str()
                .unwrap()
                .contains("[href^='#']"));
        }
    }
}
