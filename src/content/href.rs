//! Link and image addresses. Only `http(s)://`, `mailto:` and same-site paths are ever
//! rendered as links; anything else (`javascript:`, `data:`, protocol-relative `//`,
//! addresses with spaces or control characters that browsers would strip) is refused.

use std::fmt;

/// A link target an editor wrote: `https://…`, `http://…`, `mailto:…`, `/path` or `#fragment`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Href(String);

/// An image address: `https://…`, `http://…` or a same-site `/path`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageSrc(String);

fn has_unsafe_chars(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
}

fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// `http://` or `https://` followed by a host.
pub fn is_web_url(s: &str) -> bool {
    if has_unsafe_chars(s) {
        return false;
    }
    ["http://", "https://"]
        .iter()
        .find(|p| starts_with_ignore_case(s, p))
        .is_some_and(|p| s[p.len()..].chars().next().is_some_and(|c| c != '/'))
}

fn is_same_site_path(s: &str) -> bool {
    !has_unsafe_chars(s) && ((s.starts_with('/') && !s.starts_with("//")) || s.starts_with('#'))
}

fn is_mailto(s: &str) -> bool {
    !has_unsafe_chars(s) && starts_with_ignore_case(s, "mailto:") && s.len() > "mailto:".len()
}

impl Href {
    pub fn parse(s: &str) -> Result<Href, String> {
        if is_web_url(s) || is_mailto(s) || is_same_site_path(s) {
            Ok(Href(s.to_owned()))
        } else {
            Err(format!(
                "`{s}` is not an allowed link: expected an address starting with https://, http://, mailto: or a same-site path starting with /"
            ))
        }
    }

    /// An address the content check has accepted already: for the site that `build.rs` writes
    /// into the app as Rust values.
    pub fn checked(s: &str) -> Href {
        Href(s.to_owned())
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
        if is_web_url(s) || (is_same_site_path(s) && s.starts_with('/')) {
            Ok(ImageSrc(s.to_owned()))
        } else {
            Err(format!(
                "`{s}` is not an allowed image address: expected https://, http:// or a same-site path starting with /"
            ))
        }
    }

    /// See [`Href::checked`].
    pub fn checked(s: &str) -> ImageSrc {
        ImageSrc(s.to_owned())
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

#[cfg(not(target_arch = "wasm32"))]
impl<'de> serde::Deserialize<'de> for Href {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Href::parse(&<String as serde::Deserialize>::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

#[cfg(not(target_arch = "wasm32"))]
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
    fn web_urls_for_commenter_websites() {
        assert!(is_web_url("https://alice.example"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("https://"));
        assert!(!is_web_url("www.example.com"));
    }
}
