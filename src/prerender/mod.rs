//! The build-time renderer (`cargo run --features ssr --bin prerender`, run by Trunk's
//! post-build hook): renders every route with the app's own components into the HTML page
//! Trunk produced, and writes the site files search engines and feed readers look for.
//!
//! Each page holds the whole rendered app in `#app`, with `data-path` (the path it was rendered
//! for) and `data-base` (the prefix the site is served under), and, for an article the app does
//! not carry itself, the article's JSON in `#broadsheet-article`. The browser hydrates it.

use crate::boot::{self, Preloaded};
use crate::content::{check_set, Article, ArticleFile, ContentSet};
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
pub fn render_app(path: &str, preloaded: Option<Article>) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        provide_context(crate::route::Here::new(path));
        provide_context(Preloaded(preloaded));
        view! { <App /> }.to_html()
    });
    owner.unset();
    html
}

/// The JSON of an article, safe inside `<script type="application/json">`.
fn script_json(article_json: &[u8]) -> Result<String, String> {
    let value: serde_json::Value =
        serde_json::from_slice(article_json).map_err(|e| format!("cannot re-read the article: {e}"))?;
    Ok(seo::script_safe_json(&value))
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
            script_json(json)?
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
    /// The article's JSON as the page carries it, when the app does not carry it itself.
    embedded_json: Option<Vec<u8>>,
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

    /// The article the app renders from the page rather than from its own bundle.
    fn preloaded(&self) -> Option<Article> {
        match &self.kind {
            RouteKind::Article(a) if self.embedded_json.is_some() => Some(a.clone()),
            _ => None,
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

fn routes(set: &ContentSet, files: &[ArticleFile]) -> Vec<Route> {
    let front = bundle::front();
    let mut routes = vec![Route {
        path: "/".into(),
        file: "index.html".into(),
        kind: RouteKind::Front(front.clone()),
        embedded_json: None,
    }];
    for article in &set.articles {
        let bundled = article.slug == front.slug;
        let json = files
            .iter()
            .find(|f| {
                Path::new(&f.file)
                    .file_stem()
                    .is_some_and(|s| *s == *article.slug)
            })
            .map(|f| f.bytes.clone());
        routes.push(Route {
            path: bundle::article_path(&article.slug),
            file: Path::new("articles").join(&article.slug).join("index.html"),
            kind: RouteKind::Article(article.clone()),
            embedded_json: json.filter(|_| !bundled),
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

/// Writes every page, `sitemap.xml`, `feed.xml` and `robots.txt` into `job.out`, and returns
/// the files written, relative to it.
pub fn run(job: &Job) -> Result<Vec<PathBuf>, String> {
    paths::set_base(&job.public_url);
    let public_url = format!("{}/", paths::base());
    let (set, files) = read_content(&job.content)?;
    if set.site != *bundle::site() || set.articles.first() != Some(bundle::front()) {
        return Err(format!(
            "{} differs from the content the app was built with: rebuild",
            job.content.display()
        ));
    }
    let shell_path = job.out.join("index.html");
    let shell = std::fs::read_to_string(&shell_path).map_err(|e| format!("{}: {e}", shell_path.display()))?;
    let mut outputs = Vec::new();
    for route in routes(&set, &files) {
        outputs.push((route.file.clone(), page(&shell, &set, &public_url, &route)?));
    }
    let newest_first: Vec<&Article> = set.articles.iter().collect();
    outputs.extend([
        ("sitemap.xml".into(), seo::sitemap(&set.site, &newest_first)),
        ("feed.xml".into(), seo::atom_feed(&set.site, &newest_first)),
        ("robots.txt".into(), seo::robots_txt(&set.site)),
    ]);
    for (file, text) in &outputs {
        write(&job.out, file, text)?;
    }
    Ok(outputs.into_iter().map(|(file, _)| file).collect())
}
