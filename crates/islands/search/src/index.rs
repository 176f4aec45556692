//! Pagefind, the site's search index, as the search island asks it: the bridge in `pagefind.js`
//! imports Pagefind's own JavaScript API on first use and answers with plain objects, read here
//! through typed getters.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/src/pagefind.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = load)]
    async fn load_index(url: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(catch, js_name = search)]
    async fn search_index(
        url: &str,
        query: &str,
        category: &str,
        limit: u32,
        debounce: bool,
    ) -> Result<JsValue, JsValue>;
}

#[wasm_bindgen]
extern "C" {
    /// The bridge's answer: `{ total, results }`.
    type Answer;
    #[wasm_bindgen(method, getter)]
    fn total(this: &Answer) -> u32;
    #[wasm_bindgen(method, getter)]
    fn results(this: &Answer) -> js_sys::Array;

    /// One result of the bridge's answer: `{ url, title, published, excerpt }`.
    type Page;
    #[wasm_bindgen(method, getter)]
    fn url(this: &Page) -> String;
    #[wasm_bindgen(method, getter)]
    fn title(this: &Page) -> String;
    #[wasm_bindgen(method, getter)]
    fn published(this: &Page) -> String;
    #[wasm_bindgen(method, getter)]
    fn excerpt(this: &Page) -> String;
}

/// One search: what the reader asked and how many results to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub query: String,
    /// A category's name, or empty for every category.
    pub category: String,
    pub limit: usize,
    /// Typed (wait for a pause) rather than submitted (search at once).
    pub debounce: bool,
}

/// What a search found: how many pages match, and the first of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub total: usize,
    pub results: Vec<Hit>,
}

/// One matching article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The article's address, with the site's prefix.
    pub url: String,
    pub title: String,
    /// The publication date, `YYYY-MM-DD`, or empty.
    pub published: String,
    /// Pagefind's excerpt: HTML-escaped text with the matched words in `<mark>`.
    pub excerpt: String,
}

/// The index could not be loaded or read (offline, or a site built without it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchFailed;

/// Loads Pagefind ahead of the first search, so the first results come sooner. A failure shows when
/// the reader searches.
pub async fn preload(index: String) {
    let _ = load_index(&index).await;
}

/// Runs a search on the index at `index` (the address of `pagefind.js`). `None`: a later search
/// overtook this one.
pub async fn search(index: String, request: Request) -> Result<Option<Found>, SearchFailed> {
    let limit = u32::try_from(request.limit).unwrap_or(u32::MAX);
    let answer = search_index(&index, &request.query, &request.category, limit, request.debounce)
        .await
        .map_err(|_| SearchFailed)?;
    if answer.is_null() {
        return Ok(None);
    }
    let answer: Answer = answer.unchecked_into();
    let results = answer
        .results()
        .iter()
        .map(|page| {
            let page: Page = page.unchecked_into();
            Hit {
                url: page.url(),
                title: page.title(),
                published: page.published(),
                excerpt: page.excerpt(),
            }
        })
        // Results link only to pages of this site.
        .filter(|hit| hit.url.starts_with('/') && !hit.url.starts_with("//"))
        .collect();
    Ok(Some(Found {
        total: answer.total() as usize,
        results,
    }))
}

/// An excerpt's text in runs, each marked (a matched word) or not. The browser's HTML parser reads
/// Pagefind's markup into an inert document; only the text of its nodes is kept, so nothing in an
/// excerpt can become markup on the page.
pub fn excerpt_runs(excerpt: &str) -> Vec<(String, bool)> {
    let Some(body) = web_sys::DomParser::new()
        .and_then(|parser| parser.parse_from_string(excerpt, web_sys::SupportedType::TextHtml))
        .ok()
        .and_then(|document| document.body())
    else {
        return Vec::new();
    };
    let nodes = body.child_nodes();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|node| {
            let marked = node.node_name().eq_ignore_ascii_case("mark");
            (node.text_content().unwrap_or_default(), marked)
        })
        .collect()
}

/// `YYYY-MM-DD` as (year, month, day).
pub fn date_parts(date: &str) -> Option<(u16, u8, u8)> {
    let mut parts = date.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.get(..2)?.parse().ok()?;
    Some((year, month, day))
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_read_as_year_month_day() {
        assert_eq!(super::date_parts("2024-03-09"), Some((2024, 3, 9)));
        assert_eq!(super::date_parts("2024-03-09T10:00:00Z"), Some((2024, 3, 9)));
        assert_eq!(super::date_parts("March 2024"), None);
        assert_eq!(super::date_parts(""), None);
    }
}
