//! The content read from [`crate::json`] values: how the browser (wasm32) still reads an article,
//! without serde's derives (they cost the download about 55 KB). It was written to accept and
//! refuse what the derives do — objects only, no unknown or repeated fields, enums as one-key
//! objects, whole numbers without sign or fraction — but serde is the content's one reader now:
//! natively nothing here is used, and no test keeps it in step any more. It goes when the browser
//! stops reading content, with `crate::json`.

use super::{
    Article, Block, Comment, CommentServer, Date, Figure, Href, Image, ImageSrc, Inline, Inlines, List,
    NavLink, Product, ProductList, Quote, Section, Site, VisitorCounter, Widget,
};
use crate::json::{Error, Value};

type Result<'a, T> = std::result::Result<T, Error<'a>>;

/// Reads a content file's text as the browser does (`content::parse_site` and `parse_article` on
/// wasm32, where serde is not compiled in). A value `decode` refuses is named by its path.
#[cfg(target_arch = "wasm32")]
pub(super) fn read<T>(
    file: &str,
    src: &str,
    decode: fn(&Value) -> Result<'_, T>,
) -> std::result::Result<T, super::ContentError> {
    use super::locate::{JsonPath, Seg};
    let value = crate::json::parse(src).map_err(|e| super::ContentError {
        file: file.to_owned(),
        line: e.line,
        column: e.column,
        path: JsonPath::default().to_string(),
        message: e.message.to_owned(),
    })?;
    decode(&value).map_err(|e| {
        let path = crate::json::path_to(&value, e.at)
            .into_iter()
            .map(|seg| match seg {
                crate::json::Seg::Key(k) => Seg::Key(k.to_owned()),
                crate::json::Seg::Index(i) => Seg::Index(i),
            })
            .collect();
        super::load::error_at(file, src, JsonPath(path), e.message)
    })
}

pub fn site(v: &Value) -> Result<'_, Site> {
    let f = v.record(&[
        "name",
        "url",
        "tagline",
        "language",
        "links",
        "footer",
        "sidebar",
        "comment_server",
    ])?;
    Ok(Site {
        name: f.string("name")?,
        url: f.string("url")?,
        tagline: f.optional_string("tagline")?,
        language: f.string("language")?,
        links: f.list("links", nav_link)?,
        footer: f.string("footer")?,
        sidebar: f.list("sidebar", widget)?,
        comment_server: f.optional("comment_server").map(comment_server).transpose()?,
    })
}

fn comment_server(v: &Value) -> Result<'_, CommentServer> {
    let (_, url) = v.variant(&["isso"])?;
    Ok(CommentServer::Isso(url.string()?))
}

fn nav_link(v: &Value) -> Result<'_, NavLink> {
    let f = v.record(&["label", "href"])?;
    Ok(NavLink {
        label: f.string("label")?,
        href: href(f.required("href")?)?,
    })
}

fn widget(v: &Value) -> Result<'_, Widget> {
    Ok(match v.variant(&["visitor_counter", "product_list"])? {
        (0, w) => {
            let f = w.record(&["title", "today", "total"])?;
            Widget::VisitorCounter(VisitorCounter {
                title: f.string("title")?,
                today: f.required("today")?.u64()?,
                total: f.required("total")?.u64()?,
            })
        }
        (_, w) => {
            let f = w.record(&["title", "products"])?;
            Widget::ProductList(ProductList {
                title: f.string("title")?,
                products: f.required("products")?.list(product)?,
            })
        }
    })
}

fn product(v: &Value) -> Result<'_, Product> {
    let f = v.record(&["name", "href", "image", "excerpt"])?;
    Ok(Product {
        name: f.string("name")?,
        href: f.optional("href").map(href).transpose()?,
        image: f.optional("image").map(image).transpose()?,
        excerpt: f.optional_string("excerpt")?,
    })
}

fn image(v: &Value) -> Result<'_, Image> {
    let f = v.record(&["src", "alt", "width", "height"])?;
    let src = f.required("src")?;
    Ok(Image {
        src: src.checked(ImageSrc::parse(src.str()?))?,
        alt: f.string("alt")?,
        width: f.required("width")?.u32()?,
        height: f.required("height")?.u32()?,
    })
}

pub fn article(v: &Value) -> Result<'_, Article> {
    let f = v.record(&[
        "slug",
        "title",
        "standfirst",
        "summary",
        "published",
        "updated",
        "author",
        "sections",
        "comments_open",
        "comments",
    ])?;
    Ok(Article {
        slug: f.string("slug")?,
        title: f.string("title")?,
        standfirst: f.optional_string("standfirst")?,
        summary: f.optional_string("summary")?,
        published: date(f.required("published")?)?,
        updated: f.optional("updated").map(date).transpose()?,
        author: f.string("author")?,
        sections: f.required("sections")?.list(section)?,
        comments_open: f
            .get("comments_open")
            .map(Value::bool)
            .transpose()?
            .unwrap_or(true),
        comments: f.list("comments", comment)?,
    })
}

fn section(v: &Value) -> Result<'_, Section> {
    let f = v.record(&["id", "heading", "blocks"])?;
    Ok(Section {
        id: f.optional_string("id")?,
        heading: f.string("heading")?,
        blocks: f.required("blocks")?.list(block)?,
    })
}

fn block(v: &Value) -> Result<'_, Block> {
    Ok(
        match v.variant(&["paragraph", "subheading", "list", "quote", "figure"])? {
            (0, b) => Block::Paragraph(inlines(b)?),
            (1, b) => Block::Subheading(b.string()?),
            (2, b) => {
                let f = b.record(&["ordered", "items"])?;
                Block::List(List {
                    ordered: f.get("ordered").map(Value::bool).transpose()?.unwrap_or(false),
                    items: f.required("items")?.list(inlines)?,
                })
            }
            (3, b) => {
                let f = b.record(&["text", "cite"])?;
                Block::Quote(Quote {
                    text: inlines(f.required("text")?)?,
                    cite: f.optional_string("cite")?,
                })
            }
            (_, b) => {
                let f = b.record(&["image", "caption"])?;
                Block::Figure(Figure {
                    image: image(f.required("image")?)?,
                    caption: f.optional("caption").map(inlines).transpose()?,
                })
            }
        },
    )
}

fn comment(v: &Value) -> Result<'_, Comment> {
    let f = v.record(&["id", "parent", "author", "website", "date", "text"])?;
    Ok(Comment {
        id: f.string("id")?,
        parent: f.optional_string("parent")?,
        author: f.string("author")?,
        website: f.optional_string("website")?,
        date: date(f.required("date")?)?,
        text: f.string("text")?,
    })
}

fn date(v: &Value) -> Result<'_, Date> {
    v.checked(Date::parse(v.str()?))
}

fn href(v: &Value) -> Result<'_, Href> {
    v.checked(Href::parse(v.str()?))
}

/// A run of inline spans: a string, or an array of spans.
pub fn inlines(v: &Value) -> Result<'_, Inlines> {
    match v {
        Value::String(s) => Ok(Inlines::plain(s.as_str())),
        Value::Array(_) => v.list(inline).map(Inlines),
        _ => Err(v.expected(
            "text: a string, or an array of strings and {\"em\"|\"strong\"|\"code\"|\"link\": …} spans",
        )),
    }
}

/// A string, or a one-key object naming the span.
fn inline(v: &Value) -> Result<'_, Inline> {
    match v {
        Value::String(s) => return Ok(Inline::Text(s.clone())),
        Value::Object(_) => {}
        _ => {
            return Err(v.expected(
                r#"a string or one of {"em": …}, {"strong": …}, {"code": "…"}, {"link": {"text": …, "href": "…"}}"#,
            ))
        }
    }
    Ok(match v.variant(&["em", "strong", "code", "link"])? {
        (0, s) => Inline::Em(inlines(s)?),
        (1, s) => Inline::Strong(inlines(s)?),
        (2, s) => Inline::Code(s.string()?),
        (_, s) => {
            let f = s.record(&["text", "href"])?;
            Inline::Link {
                text: inlines(f.required("text")?)?,
                href: href(f.required("href")?)?,
            }
        }
    })
}
