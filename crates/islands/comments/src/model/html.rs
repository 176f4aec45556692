//! Comment HTML from a comment server, rebuilt from a small allow-list.
//!
//! Isso sanitises what it returns, but we do not rely on that: the HTML is tokenised here and
//! only paragraphs, line breaks, emphasis, strong, code, pre, blockquote, lists and links to
//! http(s) survive as elements. Every other tag is dropped (its text is kept, as text);
//! attributes other than a checked `href` are never kept; entities are decoded into text.

/// An element the renderer may create.
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
    A,
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
            Tag::A => "a",
        }
    }

    fn from_name(name: &str) -> Option<Tag> {
        Some(match name {
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
            "a" => Tag::A,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Text(String),
    /// `href` is set only on links, and only to an http(s) address.
    Element {
        tag: Tag,
        href: Option<String>,
        children: Vec<Node>,
    },
}

/// Decodes the character references HTML-escaped text uses (`&amp;`, `&lt;`, `&#39;`, `&#x27;` …).
/// Unknown or malformed references stay as written.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest[1..]
            .find(|c: char| c == ';' || c == '&' || c.is_whitespace())
            .map(|e| e + 1);
        let decoded = end.filter(|&e| rest.as_bytes()[e] == b';').and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => {
                    let num = name.strip_prefix('#')?;
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(code).filter(|c| *c != '\0')
                }
            }?;
            Some((c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

struct Open {
    tag: Option<Tag>,
    name: String,
    href: Option<String>,
    children: Vec<Node>,
}

fn push_text(children: &mut Vec<Node>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Node::Text(prev)) = children.last_mut() {
        prev.push_str(text);
    } else {
        children.push(Node::Text(text.to_owned()));
    }
}

/// The value of `name="…"` (or `'…'`, or unquoted) in a start tag's attribute text.
fn attribute(attrs: &str, wanted: &str) -> Option<String> {
    let mut rest = attrs;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            return None;
        }
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = rest[name_end..].trim_start();
        let value = if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (value, remaining) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => match after[1..].find(q) {
                    Some(end) => (&after[1..end + 1], &after[end + 2..]),
                    None => (&after[1..], ""),
                },
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            rest = remaining;
            value
        } else {
            ""
        };
        if name == wanted {
            return Some(decode_entities(value));
        }
    }
}

/// Where the tag starting at `s[0] == '<'` ends: the first `>` outside a quoted value.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, b) in s.bytes().enumerate().skip(1) {
        match (quote, b) {
            (None, b'>') => return Some(i),
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if q == b => quote = None,
            _ => {}
        }
    }
    None
}

/// Parses comment HTML into allowed nodes. Never fails: anything unexpected becomes text or
/// is dropped, and unclosed elements are closed at the end.
pub fn parse(html: &str) -> Vec<Node> {
    let mut stack = vec![Open {
        tag: None,
        name: String::new(),
        href: None,
        children: Vec::new(),
    }];
    let mut rest = html;
    fn close(stack: &mut Vec<Open>) {
        let done = stack.pop().expect("never pops the root");
        let parent = &mut stack.last_mut().expect("root stays").children;
        match done.tag {
            Some(tag) => parent.push(Node::Element {
                tag,
                href: done.href,
                children: done.children,
            }),
            // A dropped element keeps its content, as text and allowed elements.
            None => {
                for child in done.children {
                    match child {
                        Node::Text(t) => push_text(parent, &t),
                        element => parent.push(element),
                    }
                }
            }
        }
    }
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            push_text(
                &mut stack.last_mut().expect("root").children,
                &decode_entities(rest),
            );
            break;
        };
        push_text(
            &mut stack.last_mut().expect("root").children,
            &decode_entities(&rest[..lt]),
        );
        rest = &rest[lt..];
        // Comments and declarations are dropped whole.
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        let Some(gt) = tag_end(rest) else {
            // A lone `<` is text.
            push_text(
                &mut stack.last_mut().expect("root").children,
                &decode_entities(rest),
            );
            break;
        };
        let inner = &rest[1..gt];
        rest = &rest[gt + 1..];
        if inner.starts_with('!') || inner.starts_with('?') {
            continue;
        }
        let closing = inner.starts_with('/');
        let body = inner.trim_start_matches('/');
        let name_end = body
            .find(|c: char| c.is_whitespace() || c == '/')
            .unwrap_or(body.len());
        let name = body[..name_end].to_ascii_lowercase();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
            push_text(
                &mut stack.last_mut().expect("root").children,
                &decode_entities(&format!("<{inner}>")),
            );
            continue;
        }
        // Script and style content is never text a reader should see.
        if !closing && (name == "script" || name == "style") {
            let end_tag = format!("</{name}");
            let lower = rest.to_ascii_lowercase();
            rest = match lower.find(&end_tag) {
                Some(i) => rest[i..].find('>').map_or("", |g| &rest[i + g + 1..]),
                None => "",
            };
            continue;
        }
        let tag = Tag::from_name(&name);
        if closing {
            if let Some(depth) = stack.iter().rposition(|o| o.name == name) {
                if depth > 0 {
                    while stack.len() > depth {
                        close(&mut stack);
                    }
                }
            }
            continue;
        }
        if tag == Some(Tag::Br) {
            stack.last_mut().expect("root").children.push(Node::Element {
                tag: Tag::Br,
                href: None,
                children: Vec::new(),
            });
            continue;
        }
        let href = (tag == Some(Tag::A))
            .then(|| attribute(&body[name_end..], "href"))
            .flatten()
            .and_then(|h| super::web_address(&h));
        // A link without a safe address is kept as its text only.
        let tag = if tag == Some(Tag::A) && href.is_none() {
            None
        } else {
            tag
        };
        let void =
            body.ends_with('/') || matches!(name.as_str(), "img" | "hr" | "input" | "meta" | "link" | "wbr");
        if void {
            continue;
        }
        stack.push(Open {
            tag,
            name,
            href,
            children: Vec::new(),
        });
    }
    while stack.len() > 1 {
        close(&mut stack);
    }
    stack.pop().map(|root| root.children).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn el(tag: Tag, children: Vec<Node>) -> Node {
        Node::Element {
            tag,
            href: None,
            children,
        }
    }

    fn t(s: &str) -> Node {
        Node::Text(s.into())
    }

    #[test]
    fn keeps_the_allow_list() {
        let nodes = parse("<p>Hi <em>there</em> <strong>you</strong><br>\nnext <code>x</code></p>\n<blockquote><p>q</p></blockquote><ul><li>a</li></ul><ol><li>b</li></ol><pre><code>c</code></pre>");
        assert_eq!(
            nodes,
            vec![
                el(
                    Tag::P,
                    vec![
                        t("Hi "),
                        el(Tag::Em, vec![t("there")]),
                        t(" "),
                        el(Tag::Strong, vec![t("you")]),
                        el(Tag::Br, vec![]),
                        t("\nnext "),
                        el(Tag::Code, vec![t("x")]),
                    ]
                ),
                t("\n"),
                el(Tag::Blockquote, vec![el(Tag::P, vec![t("q")])]),
                el(Tag::Ul, vec![el(Tag::Li, vec![t("a")])]),
                el(Tag::Ol, vec![el(Tag::Li, vec![t("b")])]),
                el(Tag::Pre, vec![el(Tag::Code, vec![t("c")])]),
            ]
        );
    }

    #[test]
    fn links_only_to_web_addresses() {
        let nodes =
            parse(r#"<a href="https://example.com/?a=1&amp;b=2" rel="nofollow" onclick="x()">ok</a>"#);
        assert_eq!(
            nodes,
            vec![Node::Element {
                tag: Tag::A,
                href: Some("https://example.com/?a=1&b=2".into()),
                children: vec![t("ok")]
            }]
        );
        for bad in [
            r#"<a href="javascript:alert(1)">x</a>"#,
            r##"<a href="#harmful-link">x</a>"##,
            r#"<a href="JaVaScRiPt:alert(1)">x</a>"#,
            r#"<a href="&#106;avascript:alert(1)">x</a>"#,
            r#"<a href=" javascript:alert(1)">x</a>"#,
            r#"<a href="data:text/html,<script>">x</a>"#,
            "<a>x</a>",
        ] {
            assert_eq!(parse(bad), vec![t("x")], "{bad}");
        }
    }

    #[test]
    fn everything_else_is_text_or_dropped() {
        assert_eq!(parse("<img src=x onerror=alert(1)>after"), vec![t("after")]);
        assert_eq!(parse("<script>alert(1)</script>ok"), vec![t("ok")]);
        assert_eq!(parse("<SCRIPT>alert(1)</SCRIPT >ok"), vec![t("ok")]);
        assert_eq!(parse("<svg onload=alert(1)><g>in</g></svg>"), vec![t("in")]);
        assert_eq!(
            parse("<p onclick=\"x()\" style=\"color:red\">p</p>"),
            vec![el(Tag::P, vec![t("p")])]
        );
        assert_eq!(parse("<div><span>kept</span></div>"), vec![t("kept")]);
        assert_eq!(parse("a <!-- <script> --> b"), vec![t("a  b")]);
        assert_eq!(parse("1 < 2 and 3 > 2"), vec![t("1 < 2 and 3 > 2")]);
        assert_eq!(
            parse("&lt;script&gt;alert(1)&lt;/script&gt;"),
            vec![t("<script>alert(1)</script>")]
        );
        assert_eq!(
            parse("<p>unclosed <em>em"),
            vec![el(Tag::P, vec![t("unclosed "), el(Tag::Em, vec![t("em")])])]
        );
        assert_eq!(parse("</p>stray"), vec![t("stray")]);
        assert_eq!(parse("<p>x"), vec![el(Tag::P, vec![t("x")])]);
        assert_eq!(parse("<style>p{}</style>"), vec![]);
    }

    #[test]
    fn entities_decode_to_text() {
        assert_eq!(decode_entities("Tom &amp; Jerry"), "Tom & Jerry");
        assert_eq!(
            decode_entities("&lt;b&gt;&quot;hi&quot; &#39;x&#x27; &#X41;"),
            "<b>\"hi\" 'x' A"
        );
        assert_eq!(
            decode_entities("AT&T & co; &bogus; &#0; &#xZZ; &"),
            "AT&T & co; &bogus; &#0; &#xZZ; &"
        );
        assert_eq!(decode_entities("&amp;lt;"), "&lt;");
    }
}
