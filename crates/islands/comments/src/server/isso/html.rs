//! A comment server's HTML in the browser. The browser's own parser (`DOMParser`) reads it into an
//! inert document, where no script runs and nothing loads, decoding every character reference as the
//! page would; the comment box then builds, node by node, only what the allow-list
//! ([`crate::model::html`]) keeps. Nothing is ever inserted as markup. The build never draws a
//! server's HTML: comments from a server arrive in the browser.

use crate::model::html::{keep, Keep};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, DomParser, Element, Node, SupportedType};

fn parse(html: &str) -> Option<Document> {
    DomParser::new()
        .ok()?
        .parse_from_string(html, SupportedType::TextHtml)
        .ok()
}

/// HTML-escaped text as the text it stands for (`Tom &amp; Jerry`: `Tom & Jerry`). Every `<` is
/// escaped before parsing, so a server that sent markup unescaped (a bug, a compromise) gets it shown
/// as typed, never read as elements: the parser then sees only text and character references.
pub fn text_of(escaped: &str) -> String {
    parse(&escaped.replace('<', "&lt;"))
        .and_then(|document| document.body())
        .and_then(|body| body.text_content())
        .unwrap_or_default()
}

/// The text of an HTML page's first paragraph: where Isso explains a refused field.
pub fn first_paragraph(page: &str) -> Option<String> {
    parse(page)?.query_selector("p").ok()??.text_content()
}

/// A comment's HTML as the thread shows it: the elements the allow-list keeps, every text as text.
pub fn comment_html(html: &str) -> impl IntoView {
    parse(html)
        .and_then(|document| document.body())
        .map(|body| children(&body))
}

fn children(parent: &Node) -> Vec<AnyView> {
    let nodes = parent.child_nodes();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|node| match node.node_type() {
            Node::TEXT_NODE => node.text_content().unwrap_or_default().into_any(),
            Node::ELEMENT_NODE => element(node.unchecked_ref()),
            // Comments and the like are not part of the text.
            _ => ().into_any(),
        })
        .collect()
}

fn element(el: &Element) -> AnyView {
    match keep(&el.tag_name(), el.get_attribute("href").as_deref()) {
        Keep::Element(tag) => leptos::html::custom(tag.name()).child(children(el)).into_any(),
        Keep::Link(href) => view! { <a href=href rel="nofollow ugc noopener">{children(el)}</a> }.into_any(),
        Keep::Content => children(el).into_any(),
        Keep::Nothing => ().into_any(),
    }
}
