//! Markdown articles: `articles/<slug>.md`, TOML front matter between `+++` lines and a CommonMark
//! body, read onto the same types as the JSON (`Article`, `Section`, `Block`, `Inlines`).
//!
//! pulldown-cmark reads the body and gives every event its byte range; the `toml` crate reads the
//! front matter and gives every value its span. Both become line and column in the `.md` file.
//! Whatever the model cannot hold (raw HTML, tables, footnotes, `#` headings…) is an error that says
//! what to write instead; nothing is dropped. [`write`] turns an article back into Markdown.

mod body;
mod front;
mod write;

pub use write::{new_draft, to_markdown};

use super::error::printable;
use super::locate::{line_col, JsonPath, Seg};
use super::{Article, ContentError, ContentErrors};
use std::ops::Range;

/// A value and the byte range it was read from.
pub(crate) struct Located<T> {
    pub value: T,
    pub at: Range<usize>,
}

/// An image's pixel size (width, height) from its same-site address (`/content/images/x.png`), or
/// why it cannot be read: for figures that do not give their size.
pub type ImageSizes<'a> = &'a dyn Fn(&str) -> Result<(u32, u32), String>;

/// Where the values of an article read from Markdown came from (byte offsets in the file), for the
/// checks made after reading.
#[derive(Debug, Default)]
pub struct Places(Vec<(JsonPath, usize)>);

impl Places {
    fn add(&mut self, path: JsonPath, at: usize) {
        self.0.push((path, at));
    }

    /// The offset of the value at `path`, or of the nearest value that holds it.
    pub fn offset(&self, path: &JsonPath) -> usize {
        (0..=path.0.len())
            .rev()
            .find_map(|n| {
                let prefix: &[Seg] = &path.0[..n];
                self.0.iter().find(|(p, _)| p.0 == prefix).map(|(_, at)| *at)
            })
            .unwrap_or(0)
    }
}

/// An error at a byte offset of a Markdown file.
pub(crate) fn error_at(
    file: &str,
    src: &str,
    at: usize,
    place: &str,
    message: impl Into<String>,
) -> ContentError {
    let (line, column) = line_col(src, at);
    ContentError {
        file: file.to_owned(),
        line,
        column,
        path: place.to_owned(),
        message: printable(&message.into()),
    }
}

/// Where the front matter's text is (the TOML between the `+++` lines) and where the body starts, as
/// byte offsets in `src`.
fn split_front_matter(src: &str) -> Option<(Range<usize>, usize)> {
    let rest = src
        .strip_prefix("+++\n")
        .or_else(|| src.strip_prefix("+++\r\n"))?;
    let toml_start = src.len() - rest.len();
    let mut offset = toml_start;
    for line in rest.split_inclusive('\n') {
        if line.trim_end_matches(['\n', '\r']) == "+++" {
            return Some((toml_start..offset, offset + line.len()));
        }
        offset += line.len();
    }
    None
}

/// Reads a Markdown article: `slug` is the file's name (without `.md`), the article's slug unless
/// the front matter gives one. `src` is the whole file, so every error's line and column are the
/// file's. Returns the article and where its values are, for [`super::load`]'s checks.
pub fn read(
    file: &str,
    src: &str,
    slug: &str,
    images: ImageSizes,
) -> Result<(Article, Places), ContentErrors> {
    let start = usize::from(src.starts_with('\u{FEFF}')) * '\u{FEFF}'.len_utf8();
    let Some((toml, body_start)) = split_front_matter(&src[start..]) else {
        let yaml = src[start..].starts_with("---");
        let message = if yaml {
            "YAML front matter (`---`) is not read: write the front matter as TOML between `+++` lines, as Zola does"
        } else {
            "a Markdown article starts with its front matter: a `+++` line, then `title = \"…\"`, `date = 2025-03-13` and `authors = [\"…\"]`, then a `+++` line"
        };
        return Err(error_at(file, src, start, "front matter", message).into());
    };
    let (toml, body_start) = (toml.start + start..toml.end + start, body_start + start);
    let at = |range: &Range<usize>| toml.start + range.start;
    let front_error =
        |range: &Range<usize>, message: String| error_at(file, src, at(range), "front matter", message);

    let mut errors = Vec::new();
    let front = front::FrontMatter::read(&src[toml.clone()]);
    let front_read = front.is_ok();
    let fields = match front {
        Ok(front) => {
            let (fields, mistakes) = front.fields();
            errors.extend(
                mistakes
                    .into_iter()
                    .map(|(message, range)| front_error(&range, message)),
            );
            fields
        }
        Err((message, range)) => {
            errors.push(front_error(&range, message));
            front::Fields::default()
        }
    };
    let mut places = Places::default();
    places.add(JsonPath::default(), start);
    let sections = body::read(file, src, body_start, images, &mut places).unwrap_or_else(|e| {
        errors.extend(e);
        Vec::new()
    });
    let (title, published, author) = match (fields.title, fields.published, fields.author) {
        (Some(title), Some(published), Some(author)) if errors.is_empty() => (title, published, author),
        (title, published, author) => {
            // A front matter that did not read has no fields to miss.
            if front_read {
                for (given, key, example) in [
                    (title.is_some(), "title", "\"The headline\""),
                    (published.is_some(), "date", "2025-03-13"),
                    (author.is_some(), "authors", "[\"Mara Penrose\"]"),
                ] {
                    if !given {
                        let message = format!("the front matter has no `{key}`: add `{key} = {example}`");
                        errors.push(error_at(file, src, start, "front matter", message));
                    }
                }
            }
            errors.sort_by_key(|e| (e.line, e.column));
            return Err(ContentErrors(errors));
        }
    };
    let mut place = |key: &str, range: &Range<usize>| places.add(JsonPath::default().key(key), at(range));
    place("title", &title.at);
    place("published", &published.at);
    place("author", &author.at);
    let slug = match fields.slug {
        Some(given) => {
            place("slug", &given.at);
            given.value
        }
        None => slug.to_owned(),
    };
    for (key, names) in [("categories", &fields.categories), ("tags", &fields.tags)] {
        for (i, name) in names.iter().enumerate() {
            places.add(JsonPath::default().key(key).index(i), at(&name.at));
        }
    }
    let mut place = |key: &str, range: &Range<usize>| places.add(JsonPath::default().key(key), at(range));
    for (key, at) in [
        ("summary", fields.summary.as_ref().map(|f| &f.at)),
        ("standfirst", fields.standfirst.as_ref().map(|f| &f.at)),
        ("updated", fields.updated.as_ref().map(|f| &f.at)),
        ("language", fields.language.as_ref().map(|f| &f.at)),
    ] {
        if let Some(at) = at {
            place(key, at);
        }
    }
    let article = Article {
        schema: None,
        slug,
        title: title.value,
        standfirst: fields.standfirst.map(|f| f.value),
        summary: fields.summary.map(|f| f.value),
        published: published.value,
        updated: fields.updated.map(|f| f.value),
        author: author.value,
        language: fields.language.map(|l| l.value),
        categories: fields.categories.into_iter().map(|c| c.value).collect(),
        tags: fields.tags.into_iter().map(|t| t.value).collect(),
        draft: fields.draft.is_some_and(|d| d.value),
        sections,
        comments_open: fields.comments_open.is_none_or(|c| c.value),
        comments: Vec::new(),
    };
    Ok((article, places))
}
