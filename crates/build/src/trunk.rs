//! Trunk's `index.html`, read for its asset tags only, with lol_html's HTML parser: the stylesheets, the
//! print stylesheet, the icon and `hydrate.js` (and, under `trunk serve`, the live-reload script).
//! Every page's document is the build's own ([`crate::document`]); it carries these tags as Trunk wrote
//! them, but for three changes:
//!
//! - the stylesheets for every medium are joined into the page's one `<style>` (read by the build);
//! - Trunk's loader of its main module and the module's preload are left out: `hydrate.js` fetches
//!   each island's module when its reader needs it ([`crate::modules`]);
//! - Trunk's other inline script (the live-reload script) is moved into a file in `assets/` named by a
//!   hash of its text, so the Content-Security-Policy allows no inline script.

use content::{Base, Route};
use lol_html::{element, text, RewriteStrSettings};
use std::cell::RefCell;

/// A `<link>` or a `<script>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Element {
    Link,
    Script,
}

/// An asset tag as Trunk wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Asset {
    pub element: Element,
    /// Its attributes, in Trunk's order.
    pub attributes: Vec<(String, String)>,
    /// A data script's text (`type="application/…"`), kept in the page.
    pub text: Option<String>,
}

impl Asset {
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether it loads WebAssembly: a module script (`hydrate.js`), or a preload of one or of the
    /// WebAssembly. A page without islands leaves these out.
    pub fn loads_webassembly(&self) -> bool {
        match self.element {
            Element::Script => self.attribute("type") == Some("module"),
            Element::Link => {
                self.attribute("rel") == Some("modulepreload")
                    || self.attribute("type") == Some("application/wasm")
            }
        }
    }
}

/// Trunk's page as the build uses it.
#[derive(Debug, Default)]
pub struct TrunkPage {
    /// The stylesheets for every medium (not `media="print"`), in order: their files, relative to the
    /// output folder.
    pub stylesheets: Vec<String>,
    /// The other asset tags in `<head>`, in order.
    pub head: Vec<Asset>,
    /// The asset tags in `<body>`, in order.
    pub body: Vec<Asset>,
    /// Trunk's inline scripts, now files: (their route, their text).
    pub scripts: Vec<(Route, String)>,
}

/// A tag while it is read: in `<body>` or not, and a script's text so far.
struct Read {
    in_body: bool,
    asset: Asset,
    text: String,
}

/// Reads Trunk's page, served at `base`.
pub fn read(index_html: &str, base: &Base) -> Result<TrunkPage, String> {
    let in_body = RefCell::new(false);
    let tags: RefCell<Vec<Read>> = RefCell::new(Vec::new());
    let found = |el: &mut lol_html::html_content::Element, element: Element| {
        let attributes = el
            .attributes()
            .iter()
            .map(|a| (a.name(), a.value()))
            .collect::<Vec<_>>();
        if let Some((name, value)) = attributes.iter().find(|(_, v)| v.contains('&')) {
            return Err(format!(
                "index.html: the {name} attribute `{value}` has a character reference; Trunk writes plain values"
            )
            .into());
        }
        tags.borrow_mut().push(Read {
            in_body: *in_body.borrow(),
            asset: Asset {
                element,
                attributes,
                text: None,
            },
            text: String::new(),
        });
        Ok(())
    };
    lol_html::rewrite_str(
        index_html,
        RewriteStrSettings {
            element_content_handlers: vec![
                element!("body", |_| {
                    *in_body.borrow_mut() = true;
                    Ok(())
                }),
                element!("link", |el| found(el, Element::Link)),
                element!("script", |el| found(el, Element::Script)),
                text!("script", |chunk| {
                    if let Some(last) = tags.borrow_mut().last_mut() {
                        last.text.push_str(chunk.as_str());
                    }
                    Ok(())
                }),
            ],
            ..RewriteStrSettings::new()
        },
    )
    .map_err(|e| format!("index.html: {e}"))?;

    let mut page = TrunkPage::default();
    for Read {
        in_body,
        mut asset,
        text,
    } in tags.into_inner()
    {
        // Trunk's loader of its main module, and the preloads of that module: hydrate.js loads modules.
        let loader = asset.element == Element::Script
            && asset.attribute("src").is_none()
            && asset.attribute("type") == Some("module");
        if loader || (asset.element == Element::Link && asset.loads_webassembly()) {
            continue;
        }
        match asset.element {
            Element::Link => {
                // A stylesheet of the site's own for every medium; one from elsewhere stays a link.
                let own = asset
                    .attribute("href")
                    .and_then(|href| href.strip_prefix(&base.public_url()))
                    .filter(|_| {
                        asset.attribute("rel") == Some("stylesheet") && asset.attribute("media").is_none()
                    });
                if let Some(file) = own {
                    page.stylesheets.push(file.to_owned());
                    continue;
                }
            }
            Element::Script => {
                let inline = asset.attribute("src").is_none() && !text.trim().is_empty();
                let data = asset
                    .attribute("type")
                    .is_some_and(|t| t.contains("application/"));
                if inline && data {
                    asset.text = Some(text);
                } else if inline {
                    let text = trunk_autoreload_for_a_file(&text, base);
                    let name = format!("script-{:016x}.js", xxhash_rust::xxh3::xxh3_64(text.as_bytes()));
                    let route = Route::Asset(name);
                    asset.attributes.push(("src".to_owned(), route.href(base)));
                    page.scripts.push((route, text));
                }
            }
        }
        if in_body {
            page.body.push(asset);
        } else {
            page.head.push(asset);
        }
    }
    Ok(page)
}

/// `trunk serve` fills the live-reload script's placeholders when it serves HTML, not JavaScript:
/// once the script is a file, it finds the server from the page's own address instead.
fn trunk_autoreload_for_a_file(script: &str, base: &Base) -> String {
    script
        .replace("'{{__TRUNK_ADDRESS__}}'", "window.location.host")
        .replace("{{__TRUNK_WS_BASE__}}", &base.public_url())
}

/// The page's style: Trunk's stylesheets for every medium, joined in `index.html`'s order. `sheets`
/// are the stylesheets Trunk wrote: (file, text).
pub fn joined_style(page: &TrunkPage, sheets: &[(String, String)]) -> Result<Option<String>, String> {
    if page.stylesheets.is_empty() {
        return Ok(None);
    }
    let mut text = String::new();
    for file in &page.stylesheets {
        let (_, css) = sheets
            .iter()
            .find(|(f, _)| f == file)
            .ok_or_else(|| format!("index.html links {file}, which Trunk did not write"))?;
        text.push_str(css.trim_end());
        text.push('\n');
    }
    Ok(Some(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOADER: &str = "\nimport init, * as bindings from '/p/assets/app-1.js';\nawait init();\n";

    fn shell(head: &str, body: &str) -> String {
        format!(
            "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <meta charset=\"utf-8\" />\n    <title>T</title>\n{head}\n  </head>\n  <body><div id=\"app\"></div>{body}</body>\n</html>\n"
        )
    }

    fn p() -> Base {
        Base::new("/p/")
    }

    #[test]
    fn stylesheets_for_every_medium_are_joined_and_the_rest_kept_in_order() {
        let html = shell(
            concat!(
                r#"<link rel="stylesheet" href="/p/assets/tokens-1.css" integrity="sha384-a"/>"#,
                r#"<link rel="stylesheet" href="/p/assets/base-2.css" integrity="sha384-b"/>"#,
                r#"<link rel="stylesheet" href="/p/assets/print-3.css" media="print" integrity="sha384-c"/>"#,
                r#"<link rel="icon" href="/p/assets/favicon-4.svg"/>"#,
                r#"<link rel="preload" href="/p/assets/app_bg.wasm" as="fetch" type="application/wasm">"#,
            ),
            r#"<script src="/p/assets/hydrate-5.js" type="module" integrity="sha384-d"></script>"#,
        );
        let page = read(&html, &p()).unwrap();
        assert_eq!(page.stylesheets, ["assets/tokens-1.css", "assets/base-2.css"]);
        let hrefs: Vec<_> = page.head.iter().map(|a| a.attribute("href").unwrap()).collect();
        // Trunk's preload of its main module is left out: hydrate.js loads the modules.
        assert_eq!(hrefs, ["/p/assets/print-3.css", "/p/assets/favicon-4.svg"]);
        assert_eq!(
            page.head[0].attributes,
            [
                ("rel".to_owned(), "stylesheet".to_owned()),
                ("href".to_owned(), "/p/assets/print-3.css".to_owned()),
                ("media".to_owned(), "print".to_owned()),
                ("integrity".to_owned(), "sha384-c".to_owned()),
            ]
        );
        assert_eq!(page.body.len(), 1);
        assert!(page.body[0].loads_webassembly());
        assert!(!page.head[0].loads_webassembly() && !page.head[1].loads_webassembly());

        let sheets = vec![
            ("assets/tokens-1.css".to_owned(), ":root{--a:1}\n".to_owned()),
            ("assets/base-2.css".to_owned(), "body{color:red}".to_owned()),
        ];
        assert_eq!(
            joined_style(&page, &sheets).unwrap().as_deref(),
            Some(":root{--a:1}\nbody{color:red}\n")
        );
        // A stylesheet Trunk did not write is an error, not a missing style.
        assert!(joined_style(&page, &sheets[..1]).is_err());
        assert_eq!(joined_style(&TrunkPage::default(), &sheets).unwrap(), None);
    }

    #[test]
    fn trunks_loader_and_preloads_are_left_out_and_hydrate_js_kept() {
        let html = shell(
            r#"<link rel="modulepreload" href="/p/assets/contents-1.js"><link rel="preload" href="/p/assets/contents-1_bg.wasm" as="fetch" type="application/wasm">"#,
            &format!(
                r#"<script type="module">{LOADER}</script><script src="/p/assets/hydrate-5.js" type="module"></script>"#
            ),
        );
        let page = read(&html, &p()).unwrap();
        assert!(page.scripts.is_empty());
        assert!(page.head.is_empty());
        assert_eq!(page.body.len(), 1);
        assert_eq!(page.body[0].attribute("src"), Some("/p/assets/hydrate-5.js"));
        assert!(page.body[0].loads_webassembly());
    }

    #[test]
    fn scripts_with_a_source_or_data_stay_and_live_reload_finds_its_server() {
        let kept = r#"<script src="/a.js"></script><script type="application/json">{"a":1}</script>"#;
        let page = read(&shell(kept, ""), &Base::new("/")).unwrap();
        assert!(page.scripts.is_empty());
        assert_eq!(page.head.len(), 2);
        assert_eq!(page.head[1].text.as_deref(), Some(r#"{"a":1}"#));

        let reload = "const address = '{{__TRUNK_ADDRESS__}}'; const base = '{{__TRUNK_WS_BASE__}}';";
        let page = read(
            &shell("", &format!("<script>{reload}</script>")),
            &Base::new("/h/"),
        )
        .unwrap();
        assert_eq!(
            page.scripts[0].1,
            "const address = window.location.host; const base = '/h/';"
        );
        assert!(page.scripts[0].0.path().starts_with("/assets/script-"));
        assert!(page.body[0]
            .attribute("src")
            .unwrap()
            .starts_with("/h/assets/script-"));
        // The live-reload script is no module: a page without islands keeps it.
        assert!(!page.body[0].loads_webassembly());
    }

    #[test]
    fn a_stylesheet_from_elsewhere_stays_a_link() {
        let html = shell(r#"<link rel="stylesheet" href="/other/a.css">"#, "");
        let page = read(&html, &p()).unwrap();
        assert!(page.stylesheets.is_empty());
        assert_eq!(page.head[0].attribute("href"), Some("/other/a.css"));
    }
}
