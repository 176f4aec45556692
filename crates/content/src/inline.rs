//! Inline text: a plain string, or an array of spans where each span is a string,
//! `{"em": …}`, `{"strong": …}`, `{"code": "…"}` or `{"link": {"text": …, "href": "…"}}`.
//!
//! Deserialised without buffering so that every error keeps its exact JSON path and position.

use super::Href;

#[derive(Debug, Clone, PartialEq, Hash)]
pub enum Inline {
    Text(String),
    Em(Inlines),
    Strong(Inlines),
    Code(String),
    Link { text: Inlines, href: Href },
}

/// A run of inline spans.
#[derive(Debug, Clone, PartialEq, Hash, Default)]
pub struct Inlines(pub Vec<Inline>);

impl Inlines {
    pub fn plain(s: impl Into<String>) -> Self {
        Inlines(vec![Inline::Text(s.into())])
    }

    /// The words a reader sees, without markup.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        self.push_text(&mut out);
        out
    }

    fn push_text(&self, out: &mut String) {
        for span in &self.0 {
            match span {
                Inline::Text(t) | Inline::Code(t) => out.push_str(t),
                Inline::Em(inner) | Inline::Strong(inner) | Inline::Link { text: inner, .. } => {
                    inner.push_text(out)
                }
            }
        }
    }

    /// Every link in this run, for checks.
    pub fn links(&self) -> Vec<&Href> {
        let mut out = Vec::new();
        for span in &self.0 {
            match span {
                Inline::Link { text, href } => {
                    out.push(href);
                    out.extend(text.links());
                }
                Inline::Em(inner) | Inline::Strong(inner) => out.extend(inner.links()),
                Inline::Text(_) | Inline::Code(_) => {}
            }
        }
        out
    }
}

/// Written as an editor writes it: one plain string as a string, anything else as a list of spans.
impl serde::Serialize for Inlines {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0.as_slice() {
            [Inline::Text(text)] => s.serialize_str(text),
            spans => s.collect_seq(spans),
        }
    }
}

impl serde::Serialize for Inline {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct LinkSpan<'a> {
            text: &'a Inlines,
            href: &'a Href,
        }
        fn span<S: serde::Serializer>(
            s: S,
            kind: &str,
            value: &impl serde::Serialize,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap;
            let mut map = s.serialize_map(Some(1))?;
            map.serialize_entry(kind, value)?;
            map.end()
        }
        match self {
            Inline::Text(text) => s.serialize_str(text),
            Inline::Em(inner) => span(s, "em", inner),
            Inline::Strong(inner) => span(s, "strong", inner),
            Inline::Code(code) => span(s, "code", code),
            Inline::Link { text, href } => span(s, "link", &LinkSpan { text, href }),
        }
    }
}

mod serde_impls {
    use super::{Href, Inline, Inlines};
    use serde::de::{self, value::MapAccessDeserializer, Deserializer, MapAccess, SeqAccess, Visitor};
    use serde::Deserialize;
    use std::fmt;

    #[derive(Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Tagged {
        Em(Inlines),
        Strong(Inlines),
        Code(String),
        Link(LinkSpan),
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields, remote = "Self")]
    struct LinkSpan {
        text: Inlines,
        href: Href,
    }

    objects_only!(LinkSpan);

    struct InlineVisitor;

    impl<'de> Visitor<'de> for InlineVisitor {
        type Value = Inline;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(r#"a string or one of {"em": …}, {"strong": …}, {"code": "…"}, {"link": {"text": …, "href": "…"}}"#)
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<Inline, E> {
            Ok(Inline::Text(v.to_owned()))
        }

        fn visit_string<E: de::Error>(self, v: String) -> Result<Inline, E> {
            Ok(Inline::Text(v))
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Inline, A::Error> {
            Ok(match Tagged::deserialize(MapAccessDeserializer::new(map))? {
                Tagged::Em(i) => Inline::Em(i),
                Tagged::Strong(i) => Inline::Strong(i),
                Tagged::Code(c) => Inline::Code(c),
                Tagged::Link(l) => Inline::Link {
                    text: l.text,
                    href: l.href,
                },
            })
        }
    }

    impl<'de> Deserialize<'de> for Inline {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_any(InlineVisitor)
        }
    }

    struct InlinesVisitor;

    impl<'de> Visitor<'de> for InlinesVisitor {
        type Value = Inlines;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(
                "text: a string, or an array of strings and {\"em\"|\"strong\"|\"code\"|\"link\": …} spans",
            )
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<Inlines, E> {
            Ok(Inlines::plain(v))
        }

        fn visit_string<E: de::Error>(self, v: String) -> Result<Inlines, E> {
            Ok(Inlines::plain(v))
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Inlines, A::Error> {
            let mut spans = Vec::new();
            while let Some(span) = seq.next_element::<Inline>()? {
                spans.push(span);
            }
            Ok(Inlines(spans))
        }
    }

    impl<'de> Deserialize<'de> for Inlines {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_any(InlinesVisitor)
        }
    }
}
