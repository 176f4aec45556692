//! The allow-list for a comment server's HTML.
//!
//! Isso sanitises what it returns, but we do not rely on that. The browser parses a comment's HTML
//! into an inert document (`DOMParser`, in the Isso client), which decodes every character reference,
//! named or numbered, as the page would; walking it, only paragraphs, line breaks, emphasis, strong,
//! code, pre, blockquote, lists and links to http(s) become elements on the page. Every other element
//! is left out and its content kept (as text and allowed elements); script and style are left out
//! whole; no attribute but a checked `href` survives. The rules are here, apart from the walk, so
//! they are tested without a browser.

/// An element the comment box may create from a comment server's HTML.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    P,
    Br,
    Em,
    Strong,
    Code,
    Pre,
    Blockquote,
    Ul,
    Ol,
    Li,
}

impl Tag {
    /// The element's name, as HTML writes it.
    pub fn name(self) -> &'static str {
        match self {
            Tag::P => "p",
            Tag::Br => "br",
            Tag::Em => "em",
            Tag::Strong => "strong",
            Tag::Code => "code",
            Tag::Pre => "pre",
            Tag::Blockquote => "blockquote",
            Tag::Ul => "ul",
            Tag::Ol => "ol",
            Tag::Li => "li",
        }
    }
}

/// What becomes of one element of a comment server's HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Keep {
    /// Drawn as this element, without its attributes.
    Element(Tag),
    /// Drawn as a link to this address (checked, and written as a URL writes it).
    Link(String),
    /// Left out; what it holds is kept.
    Content,
    /// Left out with everything it holds.
    Nothing,
}

/// What the comment box keeps of an element named `name` (in any case) whose `href` attribute, if
/// it has one, is `href` (as the parser read it: references decoded).
pub fn keep(name: &str, href: Option<&str>) -> Keep {
    let tag = match name.to_ascii_lowercase().as_str() {
        "p" => Tag::P,
        "br" => Tag::Br,
        "em" | "i" => Tag::Em,
        "strong" | "b" => Tag::Strong,
        "code" => Tag::Code,
        "pre" => Tag::Pre,
        "blockquote" => Tag::Blockquote,
        "ul" => Tag::Ul,
        "ol" => Tag::Ol,
        "li" => Tag::Li,
        // A link without a safe address is kept as its text only.
        "a" => {
            return href
                .and_then(super::web_address)
                .map_or(Keep::Content, Keep::Link)
        }
        // Script and style are never text a reader should see.
        "script" | "style" => return Keep::Nothing,
        _ => return Keep::Content,
    };
    Keep::Element(tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_allow_list_without_attributes() {
        for (name, tag) in [
            ("p", Tag::P),
            ("BR", Tag::Br),
            ("em", Tag::Em),
            ("i", Tag::Em),
            ("strong", Tag::Strong),
            ("b", Tag::Strong),
            ("code", Tag::Code),
            ("pre", Tag::Pre),
            ("blockquote", Tag::Blockquote),
            ("ul", Tag::Ul),
            ("ol", Tag::Ol),
            ("li", Tag::Li),
        ] {
            assert_eq!(keep(name, None), Keep::Element(tag), "{name}");
            // An href on anything but a link is an attribute like any other: dropped.
            assert_eq!(
                keep(name, Some("https://example.com/")),
                Keep::Element(tag),
                "{name}"
            );
        }
    }

    #[test]
    fn links_only_to_web_addresses() {
        assert_eq!(
            keep("A", Some("https://example.com/?a=1&b=2")),
            Keep::Link("https://example.com/?a=1&b=2".into())
        );
        assert_eq!(
            keep("a", Some("http://example.com")),
            Keep::Link("http://example.com/".into())
        );
        for bad in [
            "javascript:alert(1)",
            "#harmful-link",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "data:text/html,<script>",
            "https://user:pass@example.com/",
            "//example.com/",
            "",
        ] {
            assert_eq!(keep("a", Some(bad)), Keep::Content, "{bad}");
        }
        assert_eq!(keep("a", None), Keep::Content);
    }

    #[test]
    fn everything_else_keeps_its_text_or_goes_whole() {
        for name in [
            "div",
            "span",
            "svg",
            "img",
            "iframe",
            "form",
            "h1",
            "table",
            "custom-el",
        ] {
            assert_eq!(keep(name, None), Keep::Content, "{name}");
        }
        for name in ["script", "SCRIPT", "style"] {
            assert_eq!(keep(name, None), Keep::Nothing, "{name}");
        }
    }
}
