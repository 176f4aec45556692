//! Parsing content files and checking everything serde cannot: references, duplicates,
//! empty required text. Every error carries file, line, column and JSON path.

use super::error::printable;
use super::href::{is_web_url, web_address};
use super::locate::locate;
use super::locate::{line_col, JsonPath};
use super::slug::{is_slug, RESERVED_IDS};
use super::Widget;
use super::{Article, ContentError, ContentErrors, Site};
use crate::json_path;
use serde::de::DeserializeOwned;

/// Where the values of a file that has been read are, for the checks made after reading: a JSON file
/// is read again down the path; a Markdown article remembers where each value came from.
pub(super) struct Locator<'a> {
    file: &'a str,
    place: Place<'a>,
}

/// Line and column of the value at a path.
type Place<'a> = Box<dyn Fn(&JsonPath) -> (usize, usize) + 'a>;

impl<'a> Locator<'a> {
    pub(super) fn json(file: &'a str, src: &'a str) -> Self {
        Locator {
            file,
            place: Box::new(move |path| locate(src, path)),
        }
    }

    pub(super) fn new(file: &'a str, place: impl Fn(&JsonPath) -> (usize, usize) + 'a) -> Self {
        Locator {
            file,
            place: Box::new(place),
        }
    }

    /// An error about the value at `path`, placed where that value starts.
    pub(super) fn error(&self, path: JsonPath, message: impl Into<String>) -> ContentError {
        let (line, column) = (self.place)(&path);
        ContentError {
            file: self.file.to_owned(),
            line,
            column,
            path: path.to_string(),
            message: printable(&message.into()),
        }
    }
}

/// serde_json ends its messages with " at line L column C"; we report those separately.
fn strip_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(i) if message[i..].contains(" column ") => &message[..i],
        _ => message,
    }
}

/// The text of a file, or an error saying it is not UTF-8.
pub(super) fn utf8<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, ContentError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        let (line, column) = line_col(valid, valid.len());
        ContentError {
            file: file.to_owned(),
            line,
            column,
            path: "(top level)".into(),
            message: "the file is not valid UTF-8 text: save it as UTF-8".into(),
        }
    })
}

/// The text of a content file, or why it cannot be content: not UTF-8, empty, not an object.
pub(super) fn source<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, ContentError> {
    let src = utf8(file, bytes)?;
    // Some editors start UTF-8 files with a byte-order mark, invisible to the writer.
    let src = src.strip_prefix('\u{FEFF}').unwrap_or(src);
    // serde would read a list as the object's fields in order, and blame the first item for
    // not being a slug or a name; say what is wrong with the file instead.
    let body = src.trim_start_matches([' ', '\t', '\n', '\r']);
    if !body.starts_with('{') {
        let (found, at) = match body.chars().next() {
            None => ("the file is empty", 0),
            Some('[') => ("the file holds a list", src.len() - body.len()),
            Some(_) => ("the file does not start with `{`", src.len() - body.len()),
        };
        let (line, column) = line_col(src, at);
        return Err(ContentError {
            file: file.to_owned(),
            line,
            column,
            path: "(top level)".into(),
            message: format!("{found}: it must hold one JSON object, `{{ … }}`"),
        });
    }
    Ok(src)
}

/// Reads a content file with serde, which gives every error its JSON path.
pub(super) fn parse<'a, T: DeserializeOwned>(
    file: &str,
    bytes: &'a [u8],
) -> Result<(T, &'a str), ContentError> {
    let src = source(file, bytes)?;
    let mut de = serde_json::Deserializer::from_str(src);
    let (path, inner) = match deserialize_tracked(&mut de) {
        Ok(value) => match de.end() {
            Ok(()) => return Ok((value, src)),
            Err(e) => (JsonPath::default(), e),
        },
        Err(e) => e,
    };
    let message = match inner.classify() {
        serde_json::error::Category::Eof => {
            "the file ends too early: a bracket, brace or quote is not closed".to_owned()
        }
        // serde_json stops at 128 levels to keep its stack safe; the file may well be valid JSON.
        serde_json::error::Category::Syntax if inner.to_string().starts_with("recursion limit exceeded") => {
            "the text is nested too deeply: more than 128 brackets and braces inside one another".to_owned()
        }
        // Valid JSON that serde still calls a syntax error: an object with more or fewer than
        // one key where a block, span or widget (`{"kind": …}`) was expected.
        serde_json::error::Category::Syntax if serde_json::from_str::<serde::de::IgnoredAny>(src).is_ok() => {
            "expected an object with exactly one key naming its kind, like {\"paragraph\": …}, {\"em\": …} or {\"visitor_counter\": …}".to_owned()
        }
        serde_json::error::Category::Syntax => {
            format!("invalid JSON: {}", strip_position(&inner.to_string()))
        }
        _ => strip_position(&inner.to_string()).to_owned(),
    };
    let line = inner.line().max(1);
    // serde_json counts columns in bytes; editors count characters.
    let column = src.lines().nth(line - 1).map_or(inner.column(), |text| {
        let mut end = inner.column().min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        text[..end].chars().count()
    });
    Err(ContentError {
        file: file.to_owned(),
        line,
        column: column.max(1),
        path: path.to_string(),
        message: printable(&message),
    })
}

/// Deserializes while tracking where in the document an error happened (the content check and the
/// build report the JSON path of every error).
fn deserialize_tracked<'de, T: serde::Deserialize<'de>>(
    de: &mut serde_json::Deserializer<serde_json::de::StrRead<'de>>,
) -> Result<T, (JsonPath, serde_json::Error)> {
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e
            .path()
            .iter()
            .filter_map(|s| match s {
                serde_path_to_error::Segment::Seq { index } => Some(super::locate::Seg::Index(*index)),
                serde_path_to_error::Segment::Map { key } => Some(super::locate::Seg::Key(key.clone())),
                serde_path_to_error::Segment::Enum { variant } => {
                    Some(super::locate::Seg::Key(variant.clone()))
                }
                serde_path_to_error::Segment::Unknown => None,
            })
            .collect();
        (JsonPath(path), e.into_inner())
    })
}

pub use shared::{COMMENT_AUTHOR_MAX, COMMENT_TEXT_MAX};

fn check_length(
    errors: &mut Vec<ContentError>,
    loc: &Locator,
    value: &str,
    path: JsonPath,
    (what, max): (&str, usize),
) {
    let n = value.trim().chars().count();
    if n > max {
        errors.push(loc.error(
            path,
            format!(
                "{what} is {} characters long: at most {} are allowed, as in the comment form",
                super::text::thousands(n as u64),
                super::text::thousands(max as u64)
            ),
        ));
    }
}

fn check_text(errors: &mut Vec<ContentError>, loc: &Locator, value: &str, path: JsonPath, what: &str) {
    if value.trim().is_empty() {
        errors.push(loc.error(path, format!("{what} is empty: write some text")));
    }
}

/// Parses and checks `site.json`. The app itself never reads it: `build.rs` writes the checked site
/// into it as Rust values (`bundle::site`). On wasm32 this only reads, like [`parse_article`].
pub fn parse_site(file: &str, bytes: &[u8]) -> Result<Site, ContentErrors> {
    {
        let (site, src) = parse(file, bytes)?;
        check_site(&Locator::json(file, src), site)
    }
}

/// A BCP 47 language tag in its usual shape: `en`, `en-GB`, `zh-Hant-TW`.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()))
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn check_site(loc: &Locator, site: Site) -> Result<Site, ContentErrors> {
    let mut errors = Vec::new();
    check_text(&mut errors, loc, &site.name, json_path!["name"], "the site name");
    check_text(&mut errors, loc, &site.footer, json_path!["footer"], "the footer");
    if site.per_page == 0 {
        errors.push(loc.error(
            json_path!["per_page"],
            "`per_page` is 0: a list page must show at least 1 article; leave it out for 10",
        ));
    }
    if let Err((id, message)) = i18n::catalogue::check_overrides(&site.messages) {
        errors.push(loc.error(json_path!["messages", id.as_str()], message));
    }
    if !is_language_tag(&site.language) {
        errors.push(loc.error(
            json_path!["language"],
            format!(
                "`{}` is not a language tag: expected something like `en` or `en-GB`",
                site.language
            ),
        ));
    }
    if !is_web_url(&site.url) || site.url.contains(['?', '#']) {
        errors.push(loc.error(
            json_path!["url"],
            format!(
                "`{}` is not the site's public address: expected one starting with https:// or http://, \
                 without ?query or #fragment",
                site.url
            ),
        ));
    }
    if let Some(super::CommentServer::Isso(url)) = &site.comment_server {
        if !is_web_url(url) {
            errors.push(loc.error(
                json_path!["comment_server", "isso"],
                format!(
                    "`{url}` is not a comment server address: expected one starting with https:// or http://"
                ),
            ));
        }
    }
    for (i, link) in site.links.iter().enumerate() {
        check_text(
            &mut errors,
            loc,
            &link.label,
            json_path!["links", i, "label"],
            "the link label",
        );
    }
    for (i, widget) in site.sidebar.iter().enumerate() {
        match widget {
            Widget::VisitorCounter(c) => {
                let at = json_path!["sidebar", i, "visitor_counter"];
                check_text(
                    &mut errors,
                    loc,
                    &c.title,
                    at.clone().key("title"),
                    "the widget title",
                );
                if c.today > c.total {
                    errors.push(loc.error(
                        at.key("today"),
                        format!(
                            "today ({}) is more than total ({}): total counts every visit",
                            c.today, c.total
                        ),
                    ));
                }
            }
            Widget::ProductList(list) => {
                let at = json_path!["sidebar", i, "product_list"];
                check_text(
                    &mut errors,
                    loc,
                    &list.title,
                    at.clone().key("title"),
                    "the widget title",
                );
                if list.products.is_empty() {
                    errors.push(loc.error(
                        at.clone().key("products"),
                        "the product list is empty: add a product or remove the widget",
                    ));
                }
                for (j, p) in list.products.iter().enumerate() {
                    let at = at.clone().key("products").index(j);
                    check_text(
                        &mut errors,
                        loc,
                        &p.name,
                        at.clone().key("name"),
                        "the product name",
                    );
                    if let Some(img) = &p.image {
                        check_size(&mut errors, loc, img, at.key("image"));
                    }
                }
            }
            Widget::RecentArticles(recent) => {
                let at = json_path!["sidebar", i, "recent_articles"];
                if let Some(title) = &recent.title {
                    check_text(
                        &mut errors,
                        loc,
                        title,
                        at.clone().key("title"),
                        "the widget title",
                    );
                }
                if recent.n == 0 {
                    errors.push(loc.error(
                        at.key("n"),
                        "`n` is 0: the widget must list at least 1 article; leave it out for 5",
                    ));
                }
            }
            Widget::Categories(w) | Widget::Archives(w) | Widget::Search(w) => {
                if let Some(title) = &w.title {
                    let at = json_path!["sidebar", i, widget.key(), "title"];
                    check_text(&mut errors, loc, title, at, "the widget title");
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(site)
    } else {
        Err(ContentErrors(errors))
    }
}

fn check_size(errors: &mut Vec<ContentError>, loc: &Locator, img: &super::Image, at: JsonPath) {
    for (field, value) in [("width", img.width), ("height", img.height)] {
        if value == 0 {
            errors.push(loc.error(
                at.clone().key(field),
                format!("{field} must be the image's {field} in pixels, above 0"),
            ));
        }
    }
}

/// Parses and checks one article file.
///
/// In the browser the file is only read, not checked again: everything the browser reads was checked
/// by the build (an article written into its page, or written out for fetching by the prerenderer),
/// and the checks' code is about 7 KB of the download. A damaged or foreign answer still fails to
/// read, and links, images and dates are checked as they are read; a comment's website is checked
/// again where it becomes a link.
pub fn parse_article(file: &str, bytes: &[u8]) -> Result<Article, ContentErrors> {
    {
        let (article, src) = parse(file, bytes)?;
        let loc = Locator::json(file, src);
        check_article(&loc, &loc, article)
    }
}

/// Checks an article whose body `loc` places and whose comments `comments` does (the same file, or a
/// Markdown article's `<slug>.comments.json`).
pub(super) fn check_article(
    loc: &Locator,
    comments: &Locator,
    mut article: Article,
) -> Result<Article, ContentErrors> {
    let mut errors = Vec::new();
    if !is_slug(&article.slug) {
        errors.push(loc.error(
            json_path!["slug"],
            format!(
                "`{}` is not a slug: use lower-case words joined by hyphens, like `kursk-casualties`",
                article.slug
            ),
        ));
    }
    check_text(&mut errors, loc, &article.title, json_path!["title"], "the title");
    if let Some(language) = article.language.as_deref().filter(|l| !is_language_tag(l)) {
        errors.push(loc.error(
            json_path!["language"],
            format!("`{language}` is not a language tag: expected something like `fr` or `fr-CA`"),
        ));
    }
    check_text(
        &mut errors,
        loc,
        &article.author,
        json_path!["author"],
        "the author",
    );
    if let Some(updated) = &article.updated {
        if updated < &article.published {
            errors.push(loc.error(
                json_path!["updated"],
                format!(
                    "updated ({updated}) is before published ({}): it must be the same or later",
                    article.published
                ),
            ));
        }
    }
    if article.sections.is_empty() {
        errors.push(loc.error(
            json_path!["sections"],
            "the article has no sections: add at least one",
        ));
    }
    let ids = article.section_ids();
    for (i, section) in article.sections.iter().enumerate() {
        check_text(
            &mut errors,
            loc,
            &section.heading,
            json_path!["sections", i, "heading"],
            "the section heading",
        );
        if section.blocks.is_empty() {
            errors.push(loc.error(
                json_path!["sections", i, "blocks"],
                "the section has no blocks: add a paragraph",
            ));
        }
        if let Some(id) = &section.id {
            if RESERVED_IDS.contains(&id.as_str()) {
                errors.push(loc.error(
                    json_path!["sections", i, "id"],
                    format!("`{id}` is an id the page itself uses: choose another section id"),
                ));
            } else if !is_slug(id) {
                errors.push(loc.error(
                    json_path!["sections", i, "id"],
                    format!("`{id}` is not a valid section id: use lower-case words joined by hyphens"),
                ));
            }
        }
        if let Some(first) = ids
            .iter()
            .position(|other| other == &ids[i])
            .filter(|&first| first < i)
        {
            let field = if section.id.is_some() { "id" } else { "heading" };
            errors.push(loc.error(
                json_path!["sections", i, field],
                format!(
                    "section id `{}` is already used by sections[{first}]: section ids must be unique",
                    ids[i]
                ),
            ));
        }
        for (j, block) in section.blocks.iter().enumerate() {
            if let super::Block::Figure(fig) = block {
                let at = json_path!["sections", i, "blocks", j, "figure", "image"];
                check_text(
                    &mut errors,
                    loc,
                    &fig.image.alt,
                    at.clone().key("alt"),
                    "the image's alt text",
                );
                check_size(&mut errors, loc, &fig.image, at);
            }
        }
    }
    for (i, c) in article.comments.iter().enumerate() {
        let at = json_path!["comments", i];
        if article.comments[..i].iter().any(|o| o.id == c.id) {
            errors.push(comments.error(
                at.clone().key("id"),
                format!("comment id `{}` is used twice: ids must be unique", c.id),
            ));
        }
        if let Some(parent) = &c.parent {
            if !article.comments[..i].iter().any(|o| &o.id == parent) {
                errors.push(comments.error(
                    at.clone().key("parent"),
                    format!("parent `{parent}` is not the id of an earlier comment: a reply comes after the comment it answers"),
                ));
            }
        }
        check_text(
            &mut errors,
            comments,
            &c.author,
            at.clone().key("author"),
            "the comment's author",
        );
        check_text(
            &mut errors,
            comments,
            &c.text,
            at.clone().key("text"),
            "the comment",
        );
        check_length(
            &mut errors,
            comments,
            &c.author,
            at.clone().key("author"),
            ("the comment's author", COMMENT_AUTHOR_MAX),
        );
        check_length(
            &mut errors,
            comments,
            &c.text,
            at.clone().key("text"),
            ("the comment", COMMENT_TEXT_MAX),
        );
        if let Some(site) = c.website.as_deref().filter(|w| web_address(w).is_none()) {
            errors.push(comments.error(
                at.key("website"),
                format!("`{site}` is not an allowed website: expected an address starting with https:// or http://"),
            ));
        }
    }
    check_names(&mut errors, loc, &article);
    if !errors.is_empty() {
        return Err(ContentErrors(errors));
    }
    // A website becomes a link: it is kept as a URL writes it, percent-encoded.
    for website in article.comments.iter_mut().filter_map(|c| c.website.as_mut()) {
        if let Some(url) = web_address(website) {
            *website = url;
        }
    }
    Ok(article)
}

/// Every category, tag and author name of an article needs a letter or digit for its page's address,
/// and an article lists each category or tag once.
fn check_names(errors: &mut Vec<ContentError>, loc: &Locator, article: &Article) {
    use super::taxonomy::{term_slug, Kind};
    // A blank name has its own error (check_text).
    if !article.author.trim().is_empty() && term_slug(&article.author).is_empty() {
        errors.push(loc.error(
            json_path!["author"],
            format!(
                "`{}` cannot be an author's name: it needs a letter or digit, from which the author's page gets its address",
                article.author
            ),
        ));
    }
    for kind in [Kind::Category, Kind::Tag] {
        let names = kind.names(article);
        for (i, name) in names.iter().enumerate() {
            let slug = term_slug(name);
            let what = if kind == Kind::Category {
                "a category"
            } else {
                "a tag"
            };
            let message = if slug.is_empty() {
                format!(
                    "`{name}` cannot be {what}: it is empty or only punctuation; give it a letter or digit"
                )
            } else if let Some(first) = names[..i].iter().find(|n| term_slug(n) == slug) {
                format!(
                    "`{name}` is listed twice: it is the same {} as `{first}`; list it once",
                    &what[2..]
                )
            } else {
                continue;
            };
            errors.push(loc.error(json_path![kind.field(), i], message));
        }
    }
}

/// One article file as read from disk.
pub struct ArticleFile {
    /// The path shown in errors, e.g. `public/content/articles/kursk.json`.
    pub file: String,
    pub bytes: Vec<u8>,
}
