//! The Content-Security-Policy of the site, built from its content at build time: each page
//! carries it as `<meta http-equiv="Content-Security-Policy">`, and `_headers` (Netlify,
//! Cloudflare Pages) as a response header with `frame-ancestors`, which a meta tag cannot carry.
//!
//! Nothing runs but the site's own files and the inline scripts the build writes (the speculation
//! rules, allowed by the hash of their text), and the one stylesheet the build inlines is allowed by
//! its hash: no other inline script or style, no `eval`
//! (WebAssembly needs `'wasm-unsafe-eval'` to compile), no plugins, no `<base>`, no form posting anywhere but the site itself (the search form). The
//! page may fetch from the site and from the configured comment server only, and show images
//! from the site and from the origins its content names.

use content::{Article, Block, CommentServer, Site, Widget};
use std::sync::Arc;

/// A policy: directives in the order they are written, each with its sources.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Policy {
    directives: Vec<(&'static str, Vec<String>)>,
}

const SELF: &str = "'self'";
const NONE: &str = "'none'";

impl Policy {
    /// The policy for a site and every article it serves.
    pub fn for_content(site: &Site, articles: &[Arc<Article>]) -> Result<Policy, String> {
        let mut connect = vec![SELF.to_owned()];
        if let Some(CommentServer::Isso(url)) = &site.comment_server {
            push_new(
                &mut connect,
                origin(url).map_err(|e| format!("comment_server.isso: {e}"))?,
            );
        }
        let mut img = vec![SELF.to_owned()];
        for src in image_sources(site, articles) {
            if !src.starts_with('/') {
                push_new(&mut img, origin(src)?);
            }
        }
        let fixed = |sources: &[&str]| sources.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        Ok(Policy {
            directives: vec![
                ("default-src", fixed(&[NONE])),
                ("script-src", fixed(&[SELF, "'wasm-unsafe-eval'"])),
                ("style-src", fixed(&[SELF])),
                ("img-src", img),
                ("font-src", fixed(&[SELF])),
                ("connect-src", connect),
                ("manifest-src", fixed(&[SELF])),
                // The search form submits to the site's search page (GET); comments are sent by script.
                ("form-action", fixed(&[SELF])),
                ("base-uri", fixed(&[NONE])),
                ("object-src", fixed(&[NONE])),
            ],
        })
    }

    /// Allows one inline script by the SHA-256 hash of its exact text (`'sha256-…'`).
    pub fn allow_inline_script(&mut self, text: &str) {
        self.allow_by_hash("script-src", text);
    }

    /// Allows one `<style>` element by the SHA-256 hash of its exact text.
    pub fn allow_inline_style(&mut self, text: &str) {
        self.allow_by_hash("style-src", text);
    }

    fn allow_by_hash(&mut self, directive: &str, text: &str) {
        use base64::Engine as _;
        use sha2::Digest as _;
        let digest = sha2::Sha256::digest(text.as_bytes());
        let source = format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(digest)
        );
        if let Some((_, sources)) = self.directives.iter_mut().find(|(name, _)| *name == directive) {
            push_new(sources, source);
        }
    }

    /// The sources of `directive`, if the policy has it.
    pub fn sources(&self, directive: &str) -> Option<&[String]> {
        self.directives
            .iter()
            .find(|(name, _)| *name == directive)
            .map(|(_, sources)| sources.as_slice())
    }

    /// The policy as a `<meta>` tag can carry it. Every source is a keyword, a hash or an origin
    /// checked by [`origin`].
    pub fn meta_value(&self) -> String {
        self.directives
            .iter()
            .map(|(name, sources)| format!("{name} {}", sources.join(" ")))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The policy as a response header: the meta policy plus `frame-ancestors 'none'` (no site
    /// may frame the pages; browsers ignore this directive in a `<meta>` tag).
    pub fn header_value(&self) -> String {
        format!("{}; frame-ancestors {NONE}", self.meta_value())
    }
}

/// `_headers` with its one `Content-Security-Policy:` line set to the site's policy.
pub fn headers_with_policy(headers: &str, policy: &Policy) -> Result<String, String> {
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

fn push_new(sources: &mut Vec<String>, source: String) {
    if !sources.contains(&source) {
        sources.push(source);
    }
}

/// Every image address in the content: sidebar products and article figures.
fn image_sources<'a>(site: &'a Site, articles: &'a [Arc<Article>]) -> Vec<&'a str> {
    let products = site.sidebar.iter().flat_map(|w| match w {
        Widget::ProductList(list) => list.products.iter().filter_map(|p| p.image.as_ref()).collect(),
        Widget::VisitorCounter(_)
        | Widget::RecentArticles(_)
        | Widget::Categories(_)
        | Widget::Archives(_)
        | Widget::Search(_) => Vec::new(),
    });
    let figures = articles
        .iter()
        .flat_map(|a| &a.sections)
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Figure(f) => Some(&f.image),
            _ => None,
        });
    products.chain(figures).map(|image| image.src.as_str()).collect()
}

/// The origin of an `http(s)://` address as a CSP source (`https://host[:port]`, scheme and host
/// in lower case). Refuses anything else, and any host that is not plain letters, digits, dots
/// and hyphens (or a bracketed IPv6 address), so no address can add a source or a directive.
pub fn origin(url: &str) -> Result<String, String> {
    let refuse = |why: &str| {
        Err(format!(
            "`{url}` cannot be a Content-Security-Policy source: {why}"
        ))
    };
    let Some((scheme, rest)) = url.split_once("://") else {
        return refuse("expected http:// or https://");
    };
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return refuse("expected http:// or https://");
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let (host, port) = match host_port.strip_prefix('[') {
        Some(v6) => match v6.split_once(']') {
            Some((addr, after))
                if addr
                    .chars()
                    .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.') =>
            {
                (format!("[{addr}]"), after)
            }
            _ => return refuse("not a valid IPv6 host"),
        },
        None => {
            let (host, port) = host_port
                .find(':')
                .map_or((host_port, ""), |at| host_port.split_at(at));
            (host.to_owned(), port)
        }
    };
    let host_ok = host.starts_with('[')
        || (!host.is_empty()
            && !host.starts_with(['.', '-'])
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-'));
    if !host_ok {
        return refuse("the host may hold only letters, digits, dots and hyphens");
    }
    let port_ok = port.is_empty()
        || port
            .strip_prefix(':')
            .is_some_and(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    if !port_ok {
        return refuse("the port must be a number");
    }
    Ok(format!("{scheme}://{}{port}", host.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use content::{parse_article, parse_site};

    fn site(extra: &str) -> Site {
        let json = format!(
            r#"{{"name": "S", "url": "https://s.example/", "language": "en", "footer": "F"{extra}}}"#
        );
        parse_site("site.json", json.as_bytes()).expect("valid site")
    }

    fn article_with_figure(src: &str) -> Arc<Article> {
        let json = format!(
            r#"{{"slug": "a", "title": "A", "published": "2025-01-01", "author": "W",
                "sections": [{{"heading": "H", "blocks": [
                  {{"figure": {{"image": {{"src": "{src}", "alt": "x", "width": 1, "height": 1}}}}}}]}}]}}"#
        );
        Arc::new(parse_article("articles/a.json", json.as_bytes()).expect("valid article"))
    }

    /// The policy of a site without a comment server or images from elsewhere.
    const DEFAULT: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
        img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'self'; \
        base-uri 'none'; object-src 'none'";

    #[test]
    fn the_default_policy_allows_only_the_site_and_compiling_webassembly() {
        let policy = Policy::for_content(&site(""), &[article_with_figure("/content/images/a.svg")]).unwrap();
        assert_eq!(policy.meta_value(), DEFAULT);
        assert_eq!(
            policy.header_value(),
            format!("{DEFAULT}; frame-ancestors 'none'")
        );
    }

    #[test]
    fn nothing_unsafe_and_frame_ancestors_only_in_the_header() {
        let policy = Policy::for_content(&site(""), &[]).unwrap();
        for value in [policy.meta_value(), policy.header_value()] {
            assert!(
                !value.contains("'unsafe-inline'") && !value.contains("'unsafe-eval'"),
                "{value}"
            );
            assert!(
                !value.contains('*') && !value.contains("data:") && !value.contains("blob:"),
                "{value}"
            );
        }
        assert!(!policy.meta_value().contains("frame-ancestors"));
        assert!(policy.header_value().ends_with("; frame-ancestors 'none'"));
        assert_eq!(policy.sources("object-src"), Some(&["'none'".to_owned()][..]));
        assert_eq!(policy.sources("base-uri"), Some(&["'none'".to_owned()][..]));
    }

    #[test]
    fn an_inline_script_is_allowed_by_the_hash_of_its_text_only() {
        let mut policy = Policy::for_content(&site(""), &[]).unwrap();
        // `printf 'alert(1)' | openssl dgst -sha256 -binary | base64`
        policy.allow_inline_script("alert(1)");
        assert_eq!(
            policy.sources("script-src").unwrap(),
            [
                "'self'",
                "'wasm-unsafe-eval'",
                "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
            ]
        );
        assert!(!policy.meta_value().contains("'unsafe-inline'"));
        policy.allow_inline_style("alert(1)");
        assert_eq!(
            policy.sources("style-src").unwrap(),
            ["'self'", "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"]
        );
    }

    #[test]
    fn the_comment_server_is_the_only_other_place_to_connect_to() {
        let isso = site(r#", "comment_server": {"isso": "HTTPS://Comments.Example:8443/isso/?x=1"}"#);
        let policy = Policy::for_content(&isso, &[]).unwrap();
        assert_eq!(
            policy.sources("connect-src").unwrap(),
            ["'self'", "https://comments.example:8443"]
        );
        let local = Policy::for_content(&site(""), &[]).unwrap();
        assert_eq!(local.sources("connect-src").unwrap(), ["'self'"]);
    }

    #[test]
    fn images_from_elsewhere_add_their_origins_once() {
        let with_product = site(
            r#", "sidebar": [{"product_list": {"title": "P", "products": [
                {"name": "N", "image": {"src": "https://cdn.example/p.png", "alt": "p", "width": 1, "height": 1}}]}}]"#,
        );
        let articles = [
            article_with_figure("https://cdn.example/a.jpg"),
            article_with_figure("http://photos.example:8080/b.jpg"),
            article_with_figure("/content/images/c.svg"),
        ];
        let policy = Policy::for_content(&with_product, &articles).unwrap();
        assert_eq!(
            policy.sources("img-src").unwrap(),
            ["'self'", "https://cdn.example", "http://photos.example:8080"]
        );
    }

    #[test]
    fn origins_are_scheme_host_and_port() {
        for (url, expected) in [
            ("https://example.com", "https://example.com"),
            ("http://127.0.0.1:8090", "http://127.0.0.1:8090"),
            ("https://user:pw@Example.COM/path#f", "https://example.com"),
            ("https://[::1]:8080/", "https://[::1]:8080"),
        ] {
            assert_eq!(origin(url).as_deref(), Ok(expected), "{url}");
        }
    }

    #[test]
    fn no_address_can_smuggle_a_source_or_a_directive() {
        for bad in [
            "https://a.example;script-src",
            "https://a.example'unsafe-inline'",
            "https://*.example",
            "https://a.example,b.example",
            "https://a.example:80x",
            "https://",
            "https://-a.example",
            "https://[::1;]/",
            "javascript://a.example",
            "data://a.example",
            "a.example",
        ] {
            let e = origin(bad).expect_err(bad);
            assert!(e.contains("cannot be a Content-Security-Policy source"), "{e}");
        }
    }

    #[test]
    fn headers_get_the_policy_in_place_of_their_one_csp_line() {
        let policy = Policy::for_content(&site(""), &[]).unwrap();
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
        // writes the one that fits the content (comment server, images from elsewhere, the
        // speculation rules' hash).
        let file =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/_headers")).unwrap();
        let policy = Policy::for_content(&site(""), &[]).unwrap();
        let line = format!("  Content-Security-Policy: {}", policy.header_value());
        assert!(
            file.lines().any(|l| l == line),
            "public/_headers should have:\n{line}"
        );
    }
}
