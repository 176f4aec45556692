//! The build-time renderer (`cargo run --features ssr --bin prerender`, run by Trunk's
//! post-build hook): renders every route with the app's own components into the HTML page
//! Trunk produced, and writes the site files search engines and feed readers look for.
//!
//! Each page holds the whole rendered app in `#app`, with `data-path` (the path it was rendered
//! for) and `data-base` (the prefix the site is served under), and, for an article the app does
//! not carry itself, the article's JSON in `#broadsheet-article`. The browser hydrates it.
//!
//! Every page carries the site's Content-Security-Policy ([`csp`]) in a `<meta>` tag, and the
//! copied `_headers` gets the same policy as a header. The policy allows no inline script, so
//! the loader Trunk writes inline into `index.html` is moved into a file in `assets/`.

pub mod csp;

use crate::boot::{self, Preloaded};
use crate::content::{browser_json, check_set, Article, ArticleFile, ContentSet};
use crate::seo::{self, Page};
use crate::{bundle, paths, App};
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where the renderer reads and writes.
pub struct Job {
    /// The content folder the build was made from.
    pub content: PathBuf,
    /// Trunk's staging folder: holds Trunk's `index.html`, receives every page.
    pub out: PathBuf,
    /// The URL prefix the site is served under (`/` or `/prefix/`).
    pub public_url: String,
}

/// The placeholder in `index.html` that each page's app replaces.
const APP_PLACEHOLDER: &str = r#"<div id="app"></div>"#;

/// Renders the app at `path` (relative to the site, e.g. `/articles/x/`) to HTML.
pub fn render_app(path: &str, preloaded: Preloaded) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        provide_context(crate::route::Here::new(path));
        provide_context(preloaded);
        view! { <App /> }.to_html()
    });
    owner.unset();
    html
}

/// Trunk's `index.html` turned into one route's page.
fn page(shell: &str, set: &ContentSet, public_url: &str, route: &Route) -> Result<String, String> {
    let site = &set.site;
    let head = seo::head_tags(site, &route.page(), public_url);
    let app = render_app(&route.path, route.preloaded());
    let mut body = format!(
        r#"<div id="{id}" data-path="{path}" data-base="{base}">{app}</div>"#,
        id = boot::APP_ID,
        path = seo::escape_html(&paths::url(&route.path)),
        base = seo::escape_html(paths::base()),
    );
    if let Some(json) = &route.embedded_json {
        body.push_str(&format!(
            r#"<script type="application/json" id="{}">{}</script>"#,
            boot::ARTICLE_ID,
            seo::script_safe_json(json)
        ));
    }
    let (before_title, rest) = shell.split_once("<title>").ok_or("index.html has no <title>")?;
    let (_, after_title) = rest
        .split_once("</title>")
        .ok_or("index.html has an unclosed <title>")?;
    // Last in <head>: its rules override the stylesheets before it.
    let nojs = format!(
        r#"<noscript><link rel="stylesheet" href="{}nojs.css"></noscript>"#,
        seo::escape_html(public_url)
    );
    let html = format!("{before_title}{head}{after_title}");
    let html = html.replacen("</head>", &format!("{nojs}\n</head>"), 1);
    if !html.contains(APP_PLACEHOLDER) {
        return Err(format!("index.html has no {APP_PLACEHOLDER}"));
    }
    let lang = format!(r#"<html lang="{}""#, seo::escape_html(&site.language));
    Ok(html
        .replacen(APP_PLACEHOLDER, &body, 1)
        .replacen("<html lang=\"en\"", &lang, 1))
}

/// One page to write.
struct Route {
    /// The path relative to the site.
    path: String,
    /// Where the page goes, relative to the output folder.
    file: PathBuf,
    kind: RouteKind,
    /// The article's JSON as the page carries it, so the app need not fetch it.
    embedded_json: Option<serde_json::Value>,
}

enum RouteKind {
    Front(Article),
    Article(Article),
    NotFound,
}

impl Route {
    fn page(&self) -> Page<'_> {
        match &self.kind {
            RouteKind::Front(a) => Page::Front(a),
            RouteKind::Article(a) => Page::Article(a),
            RouteKind::NotFound => Page::NotFound,
        }
    }

    /// The article the app renders from the page.
    fn preloaded(&self) -> Preloaded {
        let article = match &self.kind {
            RouteKind::Front(a) | RouteKind::Article(a) if self.embedded_json.is_some() => Some(a.clone()),
            _ => None,
        };
        Preloaded {
            article,
            front: matches!(self.kind, RouteKind::Front(_)),
        }
    }
}

/// Reads and checks the content folder (the build script has checked it already; this is the
/// same check, so the pages are rendered from exactly what the app was built with).
fn read_content(dir: &Path) -> Result<(ContentSet, Vec<ArticleFile>), String> {
    let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: cannot read: {e}", p.display()));
    let site_path = dir.join("site.json");
    let site = read(&site_path)?;
    let mut files = Vec::new();
    let articles = dir.join("articles");
    let entries = std::fs::read_dir(&articles).map_err(|e| format!("{}: {e}", articles.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "json") {
            files.push(ArticleFile {
                file: path.display().to_string(),
                bytes: read(&path)?,
            });
        }
    }
    let set = check_set(&site_path.display().to_string(), &site, &files).map_err(|e| e.to_string())?;
    Ok((set, files))
}

/// The source of the article with this slug.
fn article_file<'a>(files: &'a [ArticleFile], slug: &str) -> Option<&'a [u8]> {
    files
        .iter()
        .find(|f| Path::new(&f.file).file_stem().is_some_and(|s| *s == *slug))
        .map(|f| f.bytes.as_slice())
}

/// `for_browser`: each article's JSON as the browser reads it, by slug.
fn routes(set: &ContentSet, for_browser: &[(&str, serde_json::Value)]) -> Vec<Route> {
    let json = |slug: &str| {
        for_browser
            .iter()
            .find(|(s, _)| *s == slug)
            .map(|(_, json)| json.clone())
    };
    let mut routes = Vec::new();
    if let Some(newest) = set.articles.first() {
        routes.push(Route {
            path: "/".into(),
            file: "index.html".into(),
            kind: RouteKind::Front(newest.clone()),
            embedded_json: json(&newest.slug),
        });
    }
    for article in &set.articles {
        routes.push(Route {
            path: bundle::article_path(&article.slug),
            file: Path::new("articles").join(&article.slug).join("index.html"),
            kind: RouteKind::Article(article.clone()),
            embedded_json: json(&article.slug),
        });
    }
    routes.push(Route {
        path: "/404.html".into(),
        file: "404.html".into(),
        kind: RouteKind::NotFound,
        embedded_json: None,
    });
    routes
}

fn write(out: &Path, file: &Path, text: &str) -> Result<(), String> {
    let path = out.join(file);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes every page, the loader, `_headers` with the policy, `sitemap.xml`, `feed.xml` and
/// `robots.txt` into `job.out`, and returns the files written, relative to it.
pub fn run(job: &Job) -> Result<Vec<PathBuf>, String> {
    paths::set_base(&job.public_url);
    let public_url = format!("{}/", paths::base());
    let (set, files) = read_content(&job.content)?;
    let built_with = |a: &Article, r: &bundle::ArticleRef| a.slug == r.slug && a.title == r.title;
    let same_index = set.articles.len() == bundle::articles().len()
        && set
            .articles
            .iter()
            .zip(bundle::articles())
            .all(|(a, r)| built_with(a, r));
    if set.site != *bundle::site() || !same_index {
        return Err(format!(
            "{} differs from the content the app was built with: rebuild",
            job.content.display()
        ));
    }
    let read = |name: &str| {
        let path = job.out.join(name);
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let trunk = TrunkOutput {
        index_html: read("index.html")?,
        headers: read("_headers")?,
    };
    let outputs = render_site(&trunk, &set, &files, &public_url)?;
    for (file, text) in &outputs {
        write(&job.out, file, text)?;
    }
    Ok(outputs.into_iter().map(|(file, _)| file).collect())
}

/// What Trunk left in the staging folder that the renderer builds on.
pub struct TrunkOutput {
    /// `index.html`: the page every route is rendered into.
    pub index_html: String,
    /// `_headers`, copied from `public/_headers`: gets the site's policy.
    pub headers: String,
}

/// Every file the renderer writes, as (path relative to the output folder, text), from Trunk's
/// output and a checked content set: the pages, the scripts moved out of `index.html`,
/// `_headers`, `sitemap.xml`, `feed.xml` and `robots.txt`. `public_url` is `/` or `/prefix/`,
/// and must be what [`paths::set_base`] was given.
pub fn render_site(
    trunk: &TrunkOutput,
    set: &ContentSet,
    files: &[ArticleFile],
    public_url: &str,
) -> Result<Vec<(PathBuf, String)>, String> {
    let policy = csp::Policy::for_content(&set.site, &set.articles)?;
    let (shell, mut outputs) = externalize_scripts(&trunk.index_html, public_url)?;
    let shell = with_policy_meta(&shell, &policy)?;
    // Each article as the browser reads it, with its section ids written out: carried by its page
    // (unless the app carries it) and fetched by client-side navigation.
    let mut for_browser = Vec::new();
    for article in &set.articles {
        if let Some(json) = article_file(files, &article.slug) {
            let value =
                browser_json(json, article).map_err(|e| format!("cannot re-read the article: {e}"))?;
            for_browser.push((article.slug.as_str(), value));
        }
    }
    for route in routes(set, &for_browser) {
        outputs.push((route.file.clone(), page(&shell, set, public_url, &route)?));
    }
    for (slug, json) in &for_browser {
        let file = Path::new("content/articles").join(format!("{slug}.json"));
        outputs.push((file, json.to_string()));
    }
    let newest_first: Vec<&Article> = set.articles.iter().collect();
    outputs.extend([
        ("_headers".into(), headers_with_policy(&trunk.headers, &policy)?),
        ("sitemap.xml".into(), seo::sitemap(&set.site, &newest_first)),
        ("feed.xml".into(), seo::atom_feed(&set.site, &newest_first)),
        ("robots.txt".into(), seo::robots_txt(&set.site)),
    ]);
    Ok(outputs)
}

/// `index.html` with the policy's `<meta>` tag first in `<head>` after the charset, so it
/// governs every script and stylesheet after it.
fn with_policy_meta(shell: &str, policy: &csp::Policy) -> Result<String, String> {
    let head = shell.find("<head>").ok_or("index.html has no <head>")? + "<head>".len();
    let at = match shell[head..].find("<meta charset") {
        Some(meta) => {
            let start = head + meta;
            start
                + shell[start..]
                    .find('>')
                    .ok_or("index.html has an unclosed <meta charset>")?
                + 1
        }
        None => head,
    };
    Ok(format!(
        "{}\n    {}{}",
        &shell[..at],
        policy.meta_tag(),
        &shell[at..]
    ))
}

/// `_headers` with its one `Content-Security-Policy:` line set to the site's policy.
fn headers_with_policy(headers: &str, policy: &csp::Policy) -> Result<String, String> {
    const NAME: &str = "Content-Security-Policy:";
    let lines: Vec<&str> = headers.lines().collect();
    let at: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].trim_start().starts_with(NAME))
        .collect();
    let [at] = at[..] else {
        return Err(format!(
            "_headers must have exactly one `{NAME}` line (for every response), found {}",
            at.len()
        ));
    };
    let indent = &lines[at][..lines[at].len() - lines[at].trim_start().len()];
    let line = format!("{indent}{NAME} {}", policy.header_value());
    let mut out: Vec<&str> = lines.clone();
    out[at] = &line;
    Ok(out.join("\n") + "\n")
}

/// Trunk's inline scripts (its module loader; in `trunk serve`, the live-reload script too)
/// moved into `assets/` under names that carry a hash of their text, so the policy can forbid
/// inline script. Returns `index.html` pointing at them, and the files to write.
fn externalize_scripts(shell: &str, public_url: &str) -> Result<(String, Vec<(PathBuf, String)>), String> {
    let mut out = String::with_capacity(shell.len());
    let mut files = Vec::new();
    let mut rest = shell;
    while let Some(start) = rest.find("<script") {
        let open_end = start
            + rest[start..]
                .find('>')
                .ok_or("index.html has an unclosed <script>")?;
        let attrs = &rest[start + "<script".len()..open_end];
        let body_start = open_end + 1;
        let close = body_start
            + rest[body_start..]
                .find("</script>")
                .ok_or("index.html has a <script> without </script>")?;
        let body = &rest[body_start..close];
        out.push_str(&rest[..start]);
        if attrs.contains("src=") || body.trim().is_empty() || attrs.contains("application/") {
            out.push_str(&rest[start..close]);
        } else {
            let module = attrs.contains(r#"type="module""#);
            let text = trunk_autoreload_for_a_file(body, public_url);
            let name = format!(
                "{}-{:016x}.js",
                if module { "loader" } else { "script" },
                fnv1a(text.as_bytes())
            );
            out.push_str(&format!(
                r#"<script{} src="{}assets/{name}">"#,
                attrs.trim_end(),
                seo::escape_html(public_url)
            ));
            files.push((Path::new("assets").join(name), text));
        }
        rest = &rest[close..];
    }
    out.push_str(rest);
    Ok((out, files))
}

/// `trunk serve` fills the live-reload script's placeholders when it serves HTML, not JavaScript:
/// once the script is a file, it finds the server from the page's own address instead.
fn trunk_autoreload_for_a_file(script: &str, public_url: &str) -> String {
    script
        .replace("'{{__TRUNK_ADDRESS__}}'", "window.location.host")
        .replace("{{__TRUNK_WS_BASE__}}", public_url)
}

/// FNV-1a, 64 bits: a stable name for a file's text, like the hashes Trunk puts in its names.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOADER: &str = "\nimport init, * as bindings from '/p/assets/app-1.js';\nawait init();\n";

    fn shell(scripts: &str) -> String {
        format!(
            "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <meta charset=\"utf-8\" />\n    <title>T</title>\n{scripts}\n  </head>\n  <body><div id=\"app\"></div></body>\n</html>\n"
        )
    }

    #[test]
    fn trunks_inline_loader_becomes_a_hashed_file_in_assets() {
        let (html, files) = externalize_scripts(
            &shell(&format!(r#"<script type="module">{LOADER}</script>"#)),
            "/p/",
        )
        .unwrap();
        assert_eq!(files.len(), 1);
        let (path, text) = &files[0];
        assert_eq!(text, LOADER);
        let name = path.file_name().unwrap().to_str().unwrap();
        assert_eq!(path.parent(), Some(Path::new("assets")));
        assert!(
            name.starts_with("loader-") && name.ends_with(".js") && name.len() == "loader-.js".len() + 16
        );
        assert!(html.contains(&format!(
            r#"<script type="module" src="/p/assets/{name}"></script>"#
        )));
        assert!(!html.contains("import init"));
        // The same text always gets the same name; other text another.
        let (_, again) = externalize_scripts(
            &shell(&format!(r#"<script type="module">{LOADER}</script>"#)),
            "/p/",
        )
        .unwrap();
        assert_eq!(again[0].0, *path);
        let (_, other) = externalize_scripts(&shell(r#"<script type="module">x()</script>"#), "/p/").unwrap();
        assert_ne!(other[0].0, *path);
    }

    #[test]
    fn scripts_with_a_source_or_data_stay_and_live_reload_finds_its_server() {
        let kept = r#"<script src="/a.js"></script><script type="application/json">{}</script>"#;
        let (html, files) = externalize_scripts(&shell(kept), "/").unwrap();
        assert!(files.is_empty());
        assert_eq!(html, shell(kept));

        let reload = "const address = '{{__TRUNK_ADDRESS__}}'; const base = '{{__TRUNK_WS_BASE__}}';";
        let (html, files) =
            externalize_scripts(&shell(&format!("<script>{reload}</script>")), "/h/").unwrap();
        assert_eq!(
            files[0].1,
            "const address = window.location.host; const base = '/h/';"
        );
        assert!(files[0].0.to_str().unwrap().starts_with("assets/script-"));
        assert!(html.contains(r#"<script src="/h/assets/script-"#));
        assert!(externalize_scripts(&shell("<script>x()"), "/").is_err());
    }

    #[test]
    fn the_policy_comes_right_after_the_charset() {
        let policy = csp::Policy::for_content(&bundle::site().clone(), &[]).unwrap();
        let html = with_policy_meta(&shell(""), &policy).unwrap();
        let meta = html
            .find(r#"<meta http-equiv="Content-Security-Policy""#)
            .unwrap();
        assert!(html.find("<meta charset").unwrap() < meta && meta < html.find("<title>").unwrap());
        assert_eq!(html.matches("Content-Security-Policy").count(), 1);
        assert!(with_policy_meta("<html><body></body></html>", &policy).is_err());
    }

    #[test]
    fn headers_get_the_policy_in_place_of_their_one_csp_line() {
        let policy = csp::Policy::for_content(&bundle::site().clone(), &[]).unwrap();
        let headers = "# comment\n/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: frame-ancestors 'none'\n/assets/*\n  Cache-Control: immutable\n";
        let out = headers_with_policy(headers, &policy).unwrap();
        assert_eq!(
            out,
            headers.replace(
                "Content-Security-Policy: frame-ancestors 'none'",
                &format!("Content-Security-Policy: {}", policy.header_value())
            )
        );
        assert!(headers_with_policy("/*\n  X-Frame-Options: DENY\n", &policy).is_err());
        let twice = "/*\n  Content-Security-Policy: a\n/x\n  Content-Security-Policy: b\n";
        assert!(headers_with_policy(twice, &policy).is_err());
    }

    #[test]
    fn the_headers_file_in_the_repository_holds_the_default_policy() {
        // A host that copies public/_headers as it is still gets a strict policy; the build
        // writes the one that fits the content (comment server, images from elsewhere).
        let file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/_headers")).unwrap();
        let site = crate::content::parse_site(
            "site.json",
            br#"{"name": "S", "url": "https://s.example/", "language": "en", "footer": "F"}"#,
        )
        .unwrap();
        let policy = csp::Policy::for_content(&site, &[]).unwrap();
        let line = format!("  Content-Security-Policy: {}", policy.header_value());
        assert!(
            file.lines().any(|l| l == line),
            "public/_headers should have:\n{line}"
        );
    }
}
