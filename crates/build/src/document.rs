//! Every page is one Leptos component, [`Document`]: `<html>` with the page's language and direction,
//! the head (the policy, the page's title and what search engines and link previews read, the site's
//! style, Trunk's asset tags, the speculation rules), and the body (the crash notice, the page, the
//! list of its islands' modules, `hydrate.js`). What is the same on every page of a build is its [`Shell`].
//!
//! Leptos writes every text as text, but the text of `<style>` and `<script>` raw, as HTML wants it:
//! the style is checked not to end its element early ([`Style`]), and JSON is written so that it cannot
//! ([`ScriptJson`]); both come out exactly as the policy hashed them.

use crate::csp::Policy;
use crate::head::Head;
use crate::modules::{Island, Module};
use crate::speculation;
use crate::trunk::{Asset, Element, TrunkPage};
use content::{Base, Route};
use leptos::attr::custom::custom_attribute;
use leptos::either::Either;
use leptos::prelude::*;
use site::components::CrashNotice;
use std::sync::Arc;

/// The id of the data block that lists a page's island modules, which `src/hydrate.js` reads.
pub const ISLAND_MODULES_ID: &str = "island-modules";

/// JSON as the text of a `<script>` element: `<`, `>`, `&` (and the JavaScript line separators) as
/// `\uXXXX` escapes, which are the same JSON, so no text in it can end the element or be read another
/// way, and Leptos writes it exactly.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ScriptJson(String);

impl ScriptJson {
    pub fn new(value: &serde_json::Value) -> ScriptJson {
        let json = value.to_string();
        let mut out = String::with_capacity(json.len());
        for c in json.chars() {
            match c {
                '<' => out.push_str("\\u003c"),
                '>' => out.push_str("\\u003e"),
                '&' => out.push_str("\\u0026"),
                '\u{2028}' => out.push_str("\\u2028"),
                '\u{2029}' => out.push_str("\\u2029"),
                c => out.push(c),
            }
        }
        ScriptJson(out)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The site's stylesheets joined, as the text of the page's `<style>`: raw text, which ends at the
/// first `</style`, so a stylesheet holding one is refused.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Style(Arc<str>);

impl Style {
    pub fn new(css: String) -> Result<Style, String> {
        if css.to_ascii_lowercase().contains("</style") {
            return Err(
                "a stylesheet in style/ contains `</style`, which would end its <style> element".into(),
            );
        }
        Ok(Style(css.into()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What every page of a build carries besides its own head and body.
#[derive(Debug, Hash)]
pub struct Shell {
    /// The Content-Security-Policy, which allows the style and the inline scripts by hash.
    pub policy: Policy,
    /// The site's stylesheets for every medium, in one `<style>`, so the page paints with its first
    /// response (tests/bench/bench.mjs: the largest paint comes sooner than with one small linked
    /// stylesheet).
    style: Option<Style>,
    /// Trunk's asset tags in `<head>` (the print stylesheet, the icon) and in `<body>` (`hydrate.js`).
    head: Vec<Asset>,
    body: Vec<Asset>,
    /// Each island's module: (island, its glue's address, its WebAssembly's address).
    modules: Vec<(Island, String, String)>,
    /// The speculation rules, and the keyboard readers' rule as data ([`speculation`]).
    rules: ScriptJson,
    keyboard: ScriptJson,
    /// The link to the stylesheet for readers without JavaScript.
    no_script_style: String,
}

impl Shell {
    /// The shell of a site served at `base`: Trunk's page, the site's style, and the policy for its
    /// content, to which the style's and the inline scripts' hashes are added.
    pub fn new(
        page: &TrunkPage,
        style: Option<Style>,
        modules: &[Module],
        mut policy: Policy,
        base: &Base,
    ) -> Shell {
        let rules = speculation::rules(base);
        let keyboard = speculation::keyboard_rules(base);
        if let Some(style) = &style {
            policy.allow_inline_style(style.as_str());
        }
        policy.allow_inline_script(rules.as_str());
        policy.allow_inline_script(keyboard.as_str());
        Shell {
            policy,
            style,
            head: page.head.clone(),
            body: page.body.clone(),
            modules: modules
                .iter()
                .map(|m| (m.island, m.js_href(base), m.wasm_href(base)))
                .collect(),
            rules,
            keyboard,
            no_script_style: Route::NoScriptStyle.href(base),
        }
    }
}

/// One of Trunk's asset tags, with its attributes as Trunk wrote them.
fn asset(asset: &Asset) -> impl IntoView + use<> {
    let attributes: Vec<_> = asset
        .attributes
        .iter()
        .map(|(name, value)| custom_attribute(name.clone(), value.clone()).into_any_attr())
        .collect();
    match asset.element {
        Element::Link => Either::Left(leptos::html::link().add_any_attr(attributes)),
        Element::Script => Either::Right(
            leptos::html::script()
                .add_any_attr(attributes)
                .child(asset.text.clone()),
        ),
    }
}

/// The head's tags for search engines, feed readers and link previews, in the order they have always
/// come: title, description, canonical link (or `noindex`), Open Graph, the Twitter card, feeds,
/// JSON-LD, and a list page's previous and next pages.
#[component]
fn HeadTags(head: Head) -> impl IntoView {
    let Head {
        title,
        description,
        canonical,
        properties,
        names,
        feeds,
        json_ld,
        previous,
        next,
    } = head;
    view! {
        <title>{title}</title>
        <meta name="description" content=description />
        {match canonical {
            Some(url) => Either::Left(view! { <link rel="canonical" href=url /> }),
            None => Either::Right(view! { <meta name="robots" content="noindex" /> }),
        }}
        {properties
            .into_iter()
            // Open Graph's attribute is RDFa's `property`, which is no HTML attribute Leptos names.
            .map(|(property, content)| {
                leptos::html::meta()
                    .add_any_attr(custom_attribute("property", property))
                    .content(content)
            })
            .collect_view()}
        {names
            .into_iter()
            .map(|(name, content)| view! { <meta name=name content=content /> })
            .collect_view()}
        {feeds
            .into_iter()
            .map(|(title, href)| {
                view! { <link rel="alternate" type="application/atom+xml" title=title href=href /> }
            })
            .collect_view()}
        {json_ld.map(|json| view! { <script type="application/ld+json">{json.0}</script> })}
        {previous.map(|href| view! { <link rel="prev" href=href /> })}
        {next.map(|href| view! { <link rel="next" href=href /> })}
    }
}

/// A whole page: `children` is its body's content.
#[component]
pub fn Document(
    shell: Arc<Shell>,
    head: Head,
    /// The page's language (`<html lang>`); right-to-left languages get `dir="rtl"`.
    lang: String,
    /// The islands the page may have: it lists their modules for `hydrate.js`. A page with none loads
    /// no WebAssembly and ships no module script.
    islands: &'static [Island],
    children: Children,
) -> impl IntoView {
    let dir = i18n::is_right_to_left(&lang).then_some("rtl");
    let needed = |a: &&Asset| !islands.is_empty() || !a.loads_webassembly();
    // `hydrate.js` reads which module holds which island from here; a data block, which runs nothing.
    let modules = (!islands.is_empty()).then(|| {
        let listed: serde_json::Map<String, serde_json::Value> = shell
            .modules
            .iter()
            .filter(|(island, _, _)| islands.contains(island))
            .map(|(island, js, wasm)| {
                (
                    island.component().to_owned(),
                    serde_json::json!({ "js": js, "wasm": wasm }),
                )
            })
            .collect();
        let json = ScriptJson::new(&listed.into());
        view! { <script type="application/json" id=ISLAND_MODULES_ID>{json.0}</script> }
    });
    let head_assets = shell.head.iter().filter(needed).map(asset).collect_view();
    let body_assets = shell.body.iter().filter(needed).map(asset).collect_view();
    let style = shell
        .style
        .as_ref()
        .map(|style| view! { <style>{Arc::clone(&style.0)}</style> });
    view! {
        <!DOCTYPE html>
        <html lang=lang dir=dir>
            <head>
                <meta charset="utf-8" />
                // First after the charset: it governs every script and stylesheet after it.
                <meta http-equiv="Content-Security-Policy" content=shell.policy.meta_value() />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <HeadTags head />
                {style}
                {head_assets}
                <script type="speculationrules">{shell.rules.0.clone()}</script>
                <script type="application/json" id=speculation::KEYBOARD_RULES_ID>
                    {shell.keyboard.0.clone()}
                </script>
                <noscript>
                    <link rel="stylesheet" href=shell.no_script_style.clone() />
                </noscript>
            </head>
            <body>
                <CrashNotice />
                {children()}
                {modules}
                {body_assets}
            </body>
        </html>
    }
}
