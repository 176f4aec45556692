//! HTML the app writes itself from typed values: the parts of the page that never change once
//! shown (the article, the sidebar, the header; see [`Html`]) and a comment's body. Each becomes the
//! content of one element (`inner_html`), which costs far less code than a view per element and
//! renders the same nodes.
//!
//! Nothing here passes markup through. Every text is escaped; the only elements are the ones the
//! callers name; every attribute value is escaped and quoted, and the only link addresses are checked
//! ones (a content `Href`, already limited to http(s), mailto and same-site paths, or a comment link
//! `comments::html` kept only when http(s)).

use crate::comments::html::{Node, Tag};
use crate::comments::Body;
use crate::content::text::paragraphs;
use crate::content::{Href, Image, Inline, Inlines};
use crate::seo::escape_html;

fn text(out: &mut String, s: &str) {
    out.push_str(&escape_html(s));
}

fn element(out: &mut String, tag: &str, inner: impl FnOnce(&mut String)) {
    out.push('<');
    out.push_str(tag);
    out.push('>');
    inner(out);
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

fn link(out: &mut String, href: &str, rel: Option<&str>, inner: impl FnOnce(&mut String)) {
    out.push_str("<a href=\"");
    out.push_str(&escape_html(href));
    out.push('"');
    if let Some(rel) = rel {
        out.push_str(" rel=\"");
        out.push_str(rel);
        out.push('"');
    }
    out.push('>');
    inner(out);
    out.push_str("</a>");
}

fn write_inlines(out: &mut String, inlines: &Inlines) {
    for span in &inlines.0 {
        match span {
            Inline::Text(t) => text(out, t),
            Inline::Em(inner) => element(out, "em", |o| write_inlines(o, inner)),
            Inline::Strong(inner) => element(out, "strong", |o| write_inlines(o, inner)),
            Inline::Code(c) => element(out, "code", |o| text(o, c)),
            Inline::Link { text: inner, href } => {
                let rel = href.is_external().then_some("noopener");
                link(out, &crate::paths::url(href.as_str()), rel, |o| {
                    write_inlines(o, inner)
                });
            }
        }
    }
}

/// Static parts of the page (the article, the sidebar, the header), written as HTML: one
/// element's content each. A view per element would cost the download several times as much, and
/// these never change once shown. Text is escaped; attribute values are escaped and quoted.
#[derive(Default)]
pub struct Html(String);

impl Html {
    /// `<tag name="value" …>`.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            text(&mut self.0, value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    pub fn text(&mut self, s: &str) -> &mut Self {
        text(&mut self.0, s);
        self
    }

    /// An element holding only text.
    pub fn leaf(&mut self, tag: &str, attrs: &[(&str, &str)], s: &str) -> &mut Self {
        self.open(tag, attrs).text(s).close(tag)
    }

    /// A run of an article's inline spans.
    pub fn inlines(&mut self, spans: &Inlines) -> &mut Self {
        write_inlines(&mut self.0, spans);
        self
    }

    /// A link to a checked address, with `rel="noopener"` when it leaves the site.
    pub fn link(&mut self, href: &Href, attrs: &[(&str, &str)], s: &str) -> &mut Self {
        let url = crate::paths::url(href.as_str());
        let mut all = vec![("href", url.as_str())];
        all.extend_from_slice(attrs);
        if href.is_external() {
            all.push(("rel", "noopener"));
        }
        self.leaf("a", &all, s)
    }

    /// An image with its size, so space is kept for it before it arrives.
    pub fn image(&mut self, img: &Image) -> &mut Self {
        let src = crate::paths::url(img.src.as_str());
        let (width, height) = (img.width.to_string(), img.height.to_string());
        self.open(
            "img",
            &[
                ("src", &src),
                ("alt", &img.alt),
                ("width", &width),
                ("height", &height),
                ("loading", "lazy"),
                ("decoding", "async"),
            ],
        )
    }

    /// A comment's text: plain text as a paragraph per blank-line-separated block and a line break
    /// per line, or a comment server's HTML rebuilt from the nodes `comments::html` kept.
    pub fn comment_body(&mut self, body: &Body) -> &mut Self {
        match body {
            Body::Plain(t) => {
                for lines in paragraphs(t) {
                    element(&mut self.0, "p", |o| {
                        for (i, line) in lines.iter().enumerate() {
                            if i > 0 {
                                o.push_str("<br>");
                            }
                            text(o, line);
                        }
                    });
                }
            }
            // Only a comment server sends HTML (see `isso_client` in comments/backend.rs).
            Body::Html(nodes) if cfg!(isso_client) => write_nodes(&mut self.0, nodes),
            Body::Html(_) => {}
        }
        self
    }

    pub fn finish(self) -> String {
        self.0
    }
}

fn tag_name(tag: Tag) -> &'static str {
    match tag {
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
        Tag::A => "a",
    }
}

fn write_nodes(out: &mut String, nodes: &[Node]) {
    for node in nodes {
        match node {
            Node::Text(t) => text(out, t),
            Node::Element { tag: Tag::Br, .. } => out.push_str("<br>"),
            Node::Element {
                tag: Tag::A,
                href: Some(href),
                children,
            } => link(out, href, Some("nofollow ugc noopener"), |o| {
                write_nodes(o, children)
            }),
            Node::Element {
                tag: Tag::A,
                href: None,
                children,
            } => write_nodes(out, children),
            Node::Element { tag, children, .. } => element(out, tag_name(*tag), |o| write_nodes(o, children)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::comments::html::parse;

    fn inlines(spans: &Inlines) -> String {
        let mut html = Html::default();
        html.inlines(spans);
        html.finish()
    }

    fn body(body: Body) -> String {
        let mut html = Html::default();
        html.comment_body(&body);
        html.finish()
    }

    fn spans(json: &str) -> Inlines {
        let value = crate::json::parse(json).expect("valid JSON");
        crate::content::decode::inlines(&value).expect("valid inlines")
    }

    #[test]
    fn inline_text_is_escaped_and_spans_become_their_elements() {
        let html = inlines(&spans(
            r#"["a <b> & \"c\" ", {"em": "x<y"}, {"strong": ["s", {"code": "<script>"}]}]"#,
        ));
        assert_eq!(
            html,
            "a &lt;b&gt; &amp; &quot;c&quot; <em>x&lt;y</em><strong>s<code>&lt;script&gt;</code></strong>"
        );
    }

    #[test]
    fn links_carry_their_checked_address_escaped_and_external_ones_get_noopener() {
        let html = inlines(&spans(
            r#"[{"link": {"text": "out", "href": "https://e.com/?a=1&b=\"2\""}}, {"link": {"text": "in", "href": "/articles/x/"}}]"#,
        ));
        assert_eq!(
            html,
            r#"<a href="https://e.com/?a=1&amp;b=&quot;2&quot;" rel="noopener">out</a><a href="/articles/x/">in</a>"#
        );
    }

    #[test]
    fn comment_nodes_keep_only_the_allowed_elements_and_checked_links() {
        let nodes = parse(
            r#"<p onclick="x()">Hi <b>there</b><br><a href="https://e.com/" onmouseover="y()">site</a> <a href="javascript:alert(1)">bad</a><script>alert(1)</script><img src=x onerror=alert(1)></p>"#,
        );
        assert_eq!(
            body(Body::Html(nodes)),
            r#"<p>Hi <strong>there</strong><br><a href="https://e.com/" rel="nofollow ugc noopener">site</a> bad</p>"#
        );
    }

    #[test]
    fn plain_text_becomes_paragraphs_and_line_breaks_with_markup_as_text() {
        assert_eq!(
            body(Body::Plain("one <b>\ntwo\n\n<script>alert(1)</script>".into())),
            "<p>one &lt;b&gt;<br>two</p><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
        );
    }
}
