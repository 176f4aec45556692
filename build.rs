//! Checks the content at build time and embeds the site and the article index in the app, as Rust
//! values. A bad content file fails the build with file, line, column and JSON path; nothing is
//! embedded unless everything is valid.
//!
//! `BROADSHEET_CONTENT` picks another content folder (the tests use their own set).

#[allow(dead_code, unused_imports)]
#[path = "src/content/mod.rs"]
mod content;
#[allow(dead_code)]
#[path = "src/json.rs"]
mod json;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo::rerun-if-env-changed=BROADSHEET_CONTENT");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir =
        std::env::var("BROADSHEET_CONTENT").map_or_else(|_| root.join("public/content"), |d| root.join(d));
    println!("cargo::rerun-if-changed={}", dir.display());
    println!("cargo::rerun-if-changed={}", dir.join("articles").display());
    match load(&root, &dir) {
        Ok(code) => {
            let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
            if let Err(e) = std::fs::write(out.join("content.rs"), code) {
                println!("cargo::error=could not write the embedded content: {e}");
            }
        }
        Err(messages) => {
            for m in messages {
                println!("cargo::error={m}");
            }
        }
    }
}

fn shown(root: &Path, p: &Path) -> String {
    p.strip_prefix(root).unwrap_or(p).display().to_string()
}

fn load(root: &Path, dir: &Path) -> Result<String, Vec<String>> {
    let site_path = dir.join("site.json");
    let site_bytes = std::fs::read(&site_path).map_err(|e| {
        vec![format!(
            "{}: cannot read the site file: {e}",
            shown(root, &site_path)
        )]
    })?;
    let articles_dir = dir.join("articles");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&articles_dir)
        .map_err(|e| {
            vec![format!(
                "{}: cannot read the articles folder: {e}",
                shown(root, &articles_dir)
            )]
        })?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    let mut files = Vec::new();
    for p in &paths {
        println!("cargo::rerun-if-changed={}", p.display());
        let bytes = std::fs::read(p).map_err(|e| vec![format!("{}: cannot read: {e}", shown(root, p))])?;
        files.push(content::ArticleFile {
            file: shown(root, p),
            bytes,
        });
    }
    let set = content::check_set(&shown(root, &site_path), &site_bytes, &files)
        .map_err(|errors| errors.0.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    // The Isso client goes into the browser's app only for a site with a comment server; native
    // builds always have it, for the tests (src/comments/backend.rs).
    println!("cargo::rustc-check-cfg=cfg(isso_client)");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    if set.site.comment_server.is_some() || !wasm {
        println!("cargo::rustc-cfg=isso_client");
    }
    // The Isso client goes into the app only for a site that has a comment server (comments/isso.rs).
    println!("cargo::rustc-check-cfg=cfg(broadsheet_isso)");
    if set.site.comment_server.is_some() {
        println!("cargo::rustc-cfg=broadsheet_isso");
    }

    let mut code = String::new();
    writeln!(code, "/// The site, as the content check read it.").unwrap();
    writeln!(code, "fn built_site() -> Site {{ {} }}", rust::site(&set.site)).unwrap();
    writeln!(code, "pub const ARTICLES: &[ArticleRef] = &[").unwrap();
    for a in &set.articles {
        writeln!(
            code,
            "    ArticleRef {{ slug: {:?}, title: {:?}, published: {:?}, summary: {:?} }},",
            a.slug,
            a.title,
            a.published.as_str(),
            a.summary.as_deref().or(a.standfirst.as_deref()).unwrap_or("")
        )
        .unwrap();
    }
    writeln!(code, "];").unwrap();
    Ok(code)
}

/// The site as Rust values, for the app: reading it from JSON at start would cost the download the
/// reader for the site's records, and the time to run it.
mod rust {
    use crate::content::{CommentServer, Href, Image, ImageSrc, NavLink, Product, Site, Widget};

    fn string(s: &str) -> String {
        // Debug writes a string as a Rust literal, escapes and all.
        format!("String::from({s:?})")
    }

    fn option<T>(value: &Option<T>, write: impl Fn(&T) -> String) -> String {
        value
            .as_ref()
            .map_or_else(|| "None".to_owned(), |v| format!("Some({})", write(v)))
    }

    fn list<T>(items: &[T], write: impl Fn(&T) -> String) -> String {
        format!("vec![{}]", items.iter().map(write).collect::<Vec<_>>().join(", "))
    }

    fn href(h: &Href) -> String {
        format!("crate::content::Href::checked({:?})", h.as_str())
    }

    fn image(i: &Image) -> String {
        format!(
            "crate::content::Image {{ src: crate::content::ImageSrc::checked({:?}), alt: {}, width: {}, height: {} }}",
            ImageSrc::as_str(&i.src),
            string(&i.alt),
            i.width,
            i.height
        )
    }

    fn product(p: &Product) -> String {
        format!(
            "crate::content::Product {{ name: {}, href: {}, image: {}, excerpt: {} }}",
            string(&p.name),
            option(&p.href, href),
            option(&p.image, image),
            option(&p.excerpt, |e| string(e))
        )
    }

    fn widget(w: &Widget) -> String {
        match w {
            Widget::VisitorCounter(c) => format!(
                "crate::content::Widget::VisitorCounter(crate::content::VisitorCounter {{ title: {}, today: {}, total: {} }})",
                string(&c.title),
                c.today,
                c.total
            ),
            Widget::ProductList(l) => format!(
                "crate::content::Widget::ProductList(crate::content::ProductList {{ title: {}, products: {} }})",
                string(&l.title),
                list(&l.products, product)
            ),
        }
    }

    fn nav_link(l: &NavLink) -> String {
        format!(
            "crate::content::NavLink {{ label: {}, href: {} }}",
            string(&l.label),
            href(&l.href)
        )
    }

    pub fn site(s: &Site) -> String {
        let comment_server = option(&s.comment_server, |c| match c {
            CommentServer::Isso(url) => format!("crate::content::CommentServer::Isso({})", string(url)),
        });
        format!(
            "crate::content::Site {{ name: {}, url: {}, tagline: {}, language: {}, links: {}, footer: {}, sidebar: {}, comment_server: {} }}",
            string(&s.name),
            string(&s.url),
            option(&s.tagline, |t| string(t)),
            string(&s.language),
            list(&s.links, nav_link),
            string(&s.footer),
            list(&s.sidebar, widget),
            comment_server
        )
    }
}
