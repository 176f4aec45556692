//! Link and image addresses. Only `http(s)://`, `mailto:` and same-site paths are ever
//! rendered as links; anything else (`javascript:`, `data:`, protocol-relative `//`,
//! addresses with spaces or control characters that browsers would strip) is refused.
//!
//! An accepted address is kept as the `url` crate writes it (WHATWG URL serialisation,
//! percent-encoded), so whatever reaches an `href` or `src` is a URL as browsers would write it.
//! That happens where content is checked, at build time; the browser never reads content.

use shared::web::{absolute, has_credentials, has_unsafe_chars, starts_with_ignore_case};
pub use shared::web::{is_web_url, web_address};
use std::fmt;

/// A link target an editor wrote: `https://…`, `http://…`, `mailto:…`, `/path` or `#fragment`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Href(String);

/// An image address: `https://…`, `http://…` or a same-site `/path`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ImageSrc(String);

/// What a refused address is told when it carries a user name or password.
fn credentials_message(s: &str, what: &str) -> String {
    format!(
        "`{s}` is not an allowed {what}: it carries a user name or password before `@`; expected an address without one, like https://example.com/"
    )
}

fn is_same_site_path(s: &str) -> bool {
    !has_unsafe_chars(s) && ((s.starts_with('/') && !s.starts_with("//")) || s.starts_with('#'))
}

fn is_mailto(s: &str) -> bool {
    !has_unsafe_chars(s) && starts_with_ignore_case(s, "mailto:") && s.len() > "mailto:".len()
}

/// A same-site path (`/…`) or fragment (`#…`) as a URL writes it, still same-site: `None` if it
/// is no URL.
fn same_site(s: &str) -> Option<String> {
    use url::Position;
    let url = url::Url::parse("https://site.invalid/").ok()?.join(s).ok()?;
    if s.starts_with('#') {
        return Some(url[Position::AfterQuery..].to_owned());
    }
    let path = &url[Position::BeforePath..];
    // `/.//x` is the path `//x`, which written alone would be the host `x`; WHATWG writes such
    // a path as `/.//x` when there is no host to keep it a path, and so does this.
    Some(if path.starts_with("//") {
        format!("/.{path}")
    } else {
        path.to_owned()
    })
}

impl Href {
    pub fn parse(s: &str) -> Result<Href, String> {
        let url = if is_web_url(s) || is_mailto(s) {
            absolute(s)
        } else if is_same_site_path(s) {
            same_site(s)
        } else {
            None
        };
        url.map(Href).ok_or_else(|| {
            if has_credentials(s) {
                return credentials_message(s, "link");
            }
            format!(
                "`{s}` is not an allowed link: expected an address starting with https://, http://, mailto: or a same-site path starting with /"
            )
        })
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Links that leave the site open as ordinary links but are marked as external.
    pub fn is_external(&self) -> bool {
        is_web_url(&self.0)
    }
}

impl ImageSrc {
    pub fn parse(s: &str) -> Result<ImageSrc, String> {
        let url = if is_web_url(s) {
            absolute(s)
        } else if is_same_site_path(s) && s.starts_with('/') {
            same_site(s)
        } else {
            None
        };
        url.map(ImageSrc).ok_or_else(|| {
            if has_credentials(s) {
                return credentials_message(s, "image address");
            }
            format!(
                "`{s}` is not an allowed image address: expected https://, http:// or a same-site path starting with /"
            )
        })
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Href {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Href {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Href::parse(&<String as serde::Deserialize>::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

impl serde::Serialize for Href {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl serde::Serialize for ImageSrc {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for ImageSrc {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        ImageSrc::parse(&<String as serde::Deserialize>::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_web_mail_and_same_site() {
        for ok in [
            "https://example.com/a?b=c#d",
            "HTTP://EXAMPLE.COM",
            "mailto:desk@example.com",
            "/articles/some-slug/",
            "#section-2",
        ] {
            assert!(Href::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn refuses_script_and_tricky_addresses() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "//evil.example/",
            "/\\evil.example",
            "https:///nohost",
            "ftp://example.com",
            "relative/path",
            "",
            "mailto:",
        ] {
            assert!(Href::parse(bad).is_err(), "{bad:?} should be refused");
        }
        assert!(Href::parse("javascript:x").unwrap_err().contains("https://"));
    }

    #[test]
    fn images_need_web_or_absolute_path() {
        assert!(ImageSrc::parse("/images/a.jpg").is_ok());
        assert!(ImageSrc::parse("https://cdn.example/a.jpg").is_ok());
        assert!(ImageSrc::parse("mailto:a@b").is_err());
        assert!(ImageSrc::parse("#x").is_err());
        assert!(ImageSrc::parse("data:image/svg+xml,<svg onload=alert(1)>").is_err());
    }

    #[test]
    fn addresses_are_kept_as_urls_write_them() {
        let href = |s: &str| Href::parse(s).unwrap_or_else(|e| panic!("{e}")).to_string();
        assert_eq!(href(r#"https://e.com/?q="a""#), "https://e.com/?q=%22a%22");
        assert_eq!(href("https://e.com/<b>'x'"), "https://e.com/%3Cb%3E'x'");
        assert_eq!(href("HTTPS://E.com"), "https://e.com/");
        assert_eq!(href("http://E.com:80/A"), "http://e.com/A");
        assert_eq!(
            href("https://bücher.example/straße"),
            "https://xn--bcher-kva.example/stra%C3%9Fe"
        );
        assert_eq!(href("MAILTO:desk@example.com"), "mailto:desk@example.com");
        assert_eq!(
            href(r#"mailto:desk@example.com?subject="Hi""#),
            "mailto:desk@example.com?subject=%22Hi%22"
        );
        let image = |s: &str| {
            ImageSrc::parse(s)
                .unwrap_or_else(|e| panic!("{e}"))
                .as_str()
                .to_owned()
        };
        assert_eq!(image("HTTPS://CDN.example/a.jpg"), "https://cdn.example/a.jpg");
        assert_eq!(image(r#"/images/"a".jpg"#), "/images/%22a%22.jpg");
        assert_eq!(
            web_address(r#"HTTP://Alice.example/?q="x""#).as_deref(),
            Some("http://alice.example/?q=%22x%22")
        );
    }

    #[test]
    fn same_site_addresses_stay_same_site() {
        let href = |s: &str| Href::parse(s).unwrap_or_else(|e| panic!("{e}")).to_string();
        assert_eq!(href("/articles/x/"), "/articles/x/");
        assert_eq!(href("/p?q=1#f"), "/p?q=1#f");
        assert_eq!(href(r##"/p?q="1"#"f""##), "/p?q=%221%22#%22f%22");
        assert_eq!(href("/a/<b>/../c"), "/a/c");
        assert_eq!(href("#section-2"), "#section-2");
        assert_eq!(href(r#"#a"b"#), "#a%22b");
        assert_eq!(href("#"), "#");
        // Dot segments that would leave `//host` are written so that they still read as a path.
        assert_eq!(href("/.//evil.example/x"), "/.//evil.example/x");
        assert_eq!(href("/..//evil.example"), "/.//evil.example");
        assert_eq!(href("/a/..//evil.example"), "/.//evil.example");
    }

    #[test]
    fn spaces_and_what_url_cannot_read_stay_refused() {
        for bad in [
            "https://e.com/a b",
            "https://e.com/?q=a b",
            "/a b",
            "#a b",
            "mailto:a b@example.com",
            "https://e.com:port/",
            "https://exa%mple.com/",
            "http://[::1/",
        ] {
            let e = Href::parse(bad).expect_err(bad);
            assert!(
                e.starts_with(&format!("`{bad}` is not an allowed link: expected")),
                "{e}"
            );
        }
        let e = ImageSrc::parse("https://e.com:port/a.jpg").expect_err("a bad port");
        assert!(e.contains("is not an allowed image address"), "{e}");
        assert_eq!(web_address("https://e.com:port/"), None);
        assert_eq!(web_address("/local"), None);
    }

    #[test]
    fn web_urls_for_commenter_websites() {
        assert!(is_web_url("https://alice.example"));
        assert!(!is_web_url("javascript:alert(1)"));
        // A user name or password is no part of a link a reader should follow.
        for with_credentials in [
            "https://javascript:alert(1)@a.example/",
            "http://user@a.example",
            "https://u:p@a.example:8080/x",
        ] {
            assert!(!is_web_url(with_credentials), "{with_credentials}");
            let e = Href::parse(with_credentials).unwrap_err();
            assert!(
                e.contains("user name or password") && e.contains("expected"),
                "{e}"
            );
            assert!(ImageSrc::parse(with_credentials).is_err());
        }
        // `@` after the host is only part of the path or query.
        assert!(is_web_url("https://a.example/@news?by=@desk"));
        assert!(!is_web_url("https://"));
        assert!(!is_web_url("www.example.com"));
    }
}
