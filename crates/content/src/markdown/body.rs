//! The body: CommonMark read by pulldown-cmark, mapped block by block onto sections.
//!
//! | Markdown | model |
//! |---|---|
//! | `## Heading {#id}` | a section (`id` optional) |
//! | `### Subheading` | `subheading` |
//! | a paragraph: text, `*em*`, `**strong**`, `` `code` ``, `[text](href)` | `paragraph` with spans |
//! | `- item`, `1. item` | `list` (`ordered`) |
//! | `> text` and an optional last line `— who` | `quote` with `cite` |
//! | `![alt](src "caption")` alone in a paragraph, optionally `{width=… height=…}` | `figure` |

use super::{error_at, ImageSizes, Places};
use crate::json_path;
use crate::{Block, ContentError, Figure, Href, Image, ImageSrc, Inline, Inlines, List, Quote, Section};
use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// The CommonMark extensions read: heading ids, and the constructs the model cannot hold, which
/// are read only to be refused by name (a table left off would come out as a paragraph of pipes).
fn options() -> Options {
    Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
}

/// How a soft line break is kept until a block is complete: a quote's last line may be its cite.
const LINE_BREAK: &str = "\n";

struct Reader<'s> {
    file: &'s str,
    src: &'s str,
    /// Where the body starts in `src`: event ranges are relative to it.
    base: usize,
    events: Vec<(Event<'s>, Range<usize>)>,
    pos: usize,
    errors: Vec<ContentError>,
    images: ImageSizes<'s>,
}

/// Reads the body (from `base` to the end of `src`) into sections, and records where each section
/// and block starts in `places`.
pub(super) fn read(
    file: &str,
    src: &str,
    base: usize,
    images: ImageSizes,
    places: &mut Places,
) -> Result<Vec<Section>, Vec<ContentError>> {
    let events = Parser::new_ext(&src[base..], options())
        .into_offset_iter()
        .collect();
    let mut reader = Reader {
        file,
        src,
        base,
        events,
        pos: 0,
        errors: Vec::new(),
        images,
    };
    let sections = reader.sections(places);
    if reader.errors.is_empty() {
        Ok(sections)
    } else {
        Err(reader.errors)
    }
}

impl<'s> Reader<'s> {
    fn error(&mut self, range: &Range<usize>, message: impl Into<String>) {
        self.errors.push(error_at(
            self.file,
            self.src,
            self.base + range.start,
            "body",
            message,
        ));
    }

    fn next(&mut self) -> Option<(Event<'s>, Range<usize>)> {
        let event = self.events.get(self.pos).cloned();
        self.pos += 1;
        event
    }

    /// Skips the rest of a block whose start has been read, to go on to the next mistake.
    fn skip_to_end(&mut self) {
        let mut depth = 1;
        while let Some((event, _)) = self.next() {
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                return;
            }
        }
    }

    fn sections(&mut self, places: &mut Places) -> Vec<Section> {
        let mut sections: Vec<Section> = Vec::new();
        // Where the current section's heading and its last subheading are, for "nothing after it".
        let mut heading_at: Option<Range<usize>> = None;
        // How many errors there were when the current section started: a section whose content
        // was refused is not also "empty".
        let mut errors_before = 0;
        let mut subheading_at: Option<Range<usize>> = None;
        let mut block_at = 0;
        while let Some((event, range)) = self.next() {
            let start = self.base + range.start;
            let block = match event {
                Event::Start(Tag::Heading {
                    level: HeadingLevel::H2,
                    id,
                    classes,
                    attrs,
                }) => {
                    if self.errors.len() == errors_before {
                        self.check_not_empty(&mut sections, heading_at.take(), subheading_at.take());
                    }
                    errors_before = self.errors.len();
                    subheading_at = None;
                    self.heading_attributes(&range, &classes, &attrs);
                    let heading = self.heading_text(&range);
                    let i = sections.len();
                    places.add(json_path!["sections", i], start);
                    places.add(json_path!["sections", i, "id"], start + self.id_offset(&range));
                    sections.push(Section {
                        id: id.map(CowStr::into_string),
                        heading,
                        blocks: Vec::new(),
                    });
                    heading_at = Some(range);
                    block_at = start;
                    continue;
                }
                Event::Start(Tag::Heading {
                    level: HeadingLevel::H3,
                    id,
                    classes,
                    attrs,
                }) => {
                    if id.is_some() || !classes.is_empty() || !attrs.is_empty() {
                        self.error(
                            &range,
                            "a `### ` subheading has no id or attributes: only a `## ` section heading takes `{#id}`",
                        );
                    }
                    let text = self.heading_text(&range);
                    if let Some(at) = subheading_at.replace(range.clone()) {
                        self.error(
                            &at,
                            "this subheading has nothing after it: write a paragraph under it, or remove it",
                        );
                    }
                    Some(Block::Subheading(text))
                }
                Event::Start(Tag::Heading { level, .. }) => {
                    let message = if level == HeadingLevel::H1 {
                        "a `# ` heading in the body: the headline is `title` in the front matter; start a section with `## `"
                    } else {
                        "only `## ` (a section) and `### ` (a subheading) are read: write this heading with `### `"
                    };
                    self.error(&range, message);
                    self.skip_to_end();
                    continue;
                }
                Event::Start(Tag::Paragraph) => self.paragraph(),
                Event::Start(Tag::List(first)) => self.list(first, &range),
                Event::Start(Tag::BlockQuote(_)) => self.quote(&range),
                other => {
                    self.refuse(other, &range);
                    continue;
                }
            };
            let Some(block) = block else { continue };
            if !matches!(block, Block::Subheading(_)) {
                subheading_at = None;
            }
            let i = sections.len().saturating_sub(1);
            let Some(section) = sections.last_mut() else {
                self.error(
                    &range,
                    "text before the first section: start the body with a `## ` section heading",
                );
                continue;
            };
            let j = section.blocks.len();
            places.add(json_path!["sections", i, "blocks", j], start);
            if j == 0 {
                places.add(json_path!["sections", i, "blocks"], block_at);
            }
            section.blocks.push(block);
        }
        if self.errors.len() == errors_before {
            self.check_not_empty(&mut sections, heading_at, subheading_at);
        }
        if sections.is_empty() && self.errors.is_empty() {
            self.error(
                &(self.src.len() - self.base..self.src.len() - self.base),
                "the body is empty: start it with a `## ` section heading and a paragraph",
            );
        }
        sections
    }

    /// A section's heading or a subheading with nothing after it is an error.
    fn check_not_empty(
        &mut self,
        sections: &mut [Section],
        heading_at: Option<Range<usize>>,
        subheading_at: Option<Range<usize>>,
    ) {
        if let Some(at) = subheading_at {
            self.error(
                &at,
                "this subheading has nothing after it: write a paragraph under it, or remove it",
            );
        } else if let (Some(at), Some(section)) = (heading_at, sections.last()) {
            if section.blocks.is_empty() {
                self.error(
                    &at,
                    "this section heading has nothing after it: write a paragraph under it, or remove it",
                );
            }
        }
    }

    /// Where `{#id}` is on a heading's line (relative to the heading), or the heading's start.
    fn id_offset(&self, range: &Range<usize>) -> usize {
        let line = &self.src[self.base + range.start..self.base + range.end];
        line.rfind("{#").unwrap_or(0)
    }

    fn heading_attributes(
        &mut self,
        range: &Range<usize>,
        classes: &[CowStr],
        attrs: &[(CowStr, Option<CowStr>)],
    ) {
        if !classes.is_empty() || !attrs.is_empty() {
            self.error(
                range,
                "a heading takes only an id, `{#id}`: classes and other attributes are not read",
            );
        }
    }

    /// A heading's text, which is plain: markup in it is an error.
    fn heading_text(&mut self, at: &Range<usize>) -> String {
        let mut text = String::new();
        while let Some((event, range)) = self.next() {
            match event {
                Event::End(TagEnd::Heading(_)) => break,
                Event::Text(t) => text.push_str(&t),
                Event::Start(_) => {
                    self.error(
                        &range,
                        "a heading is plain text: remove the `*`, `` ` `` or link from it",
                    );
                    self.skip_to_end();
                }
                Event::Code(_) => self.error(&range, "a heading is plain text: remove the `` ` `` from it"),
                other => self.refuse(other, &range),
            }
        }
        if text.trim().is_empty() {
            self.error(at, "the heading is empty: write its text after the `#`s");
        }
        text
    }

    /// Refuses a construct the model has no place for, saying what to write instead.
    fn refuse(&mut self, event: Event<'s>, range: &Range<usize>) {
        let (message, has_end) = match event {
            Event::Html(_) | Event::InlineHtml(_) | Event::Start(Tag::HtmlBlock) => (
                "raw HTML is not allowed: write it as Markdown (`*em*`, `**strong**`, `[text](https://…)`)",
                matches!(event, Event::Start(_)),
            ),
            Event::Start(Tag::Table(_)) => (
                "tables are not part of an article: write the figures as a list or in sentences",
                true,
            ),
            Event::Start(Tag::FootnoteDefinition(_)) | Event::FootnoteReference(_) => (
                "footnotes are not part of an article: write the note in the text, or link to the source",
                matches!(event, Event::Start(_)),
            ),
            Event::Start(Tag::CodeBlock(_)) => (
                "code blocks are not part of an article: use inline `code` in a paragraph",
                true,
            ),
            Event::Rule => (
                "a horizontal rule (`---`) is not part of an article: start a new `## ` section instead",
                false,
            ),
            Event::Start(Tag::Strikethrough) => (
                "struck-through text (`~~`) is not part of an article: remove it, or escape the tildes as `\\~\\~`",
                true,
            ),
            Event::Start(Tag::List(_)) => (
                "lists do not nest: write the inner items as items of this list, or as a sentence",
                true,
            ),
            Event::Start(Tag::Image { .. }) => (
                "an image is a figure only alone in its own paragraph: put a blank line before and after it",
                true,
            ),
            Event::HardBreak => (
                "a line break (two spaces or `\\` at the end of a line) is not kept: join the lines, or start a new paragraph with a blank line",
                false,
            ),
            Event::Start(_) => (
                "only paragraphs, `## ` and `### ` headings, lists, quotes and figures are read here",
                true,
            ),
            _ => ("this is not part of an article", false),
        };
        self.error(range, message);
        if has_end {
            self.skip_to_end();
        }
    }

    /// Inline text up to the end of the element being read. Soft line breaks are kept as
    /// [`LINE_BREAK`] until the block is complete.
    fn inlines(&mut self) -> Inlines {
        let mut spans: Vec<Inline> = Vec::new();
        let push_text = |spans: &mut Vec<Inline>, text: &str| match spans.last_mut() {
            Some(Inline::Text(last)) => last.push_str(text),
            _ => spans.push(Inline::Text(text.to_owned())),
        };
        while let Some((event, range)) = self.next() {
            match event {
                Event::End(_) => break,
                Event::Text(t) => push_text(&mut spans, &t),
                Event::SoftBreak => push_text(&mut spans, LINE_BREAK),
                Event::Code(c) => spans.push(Inline::Code(c.into_string())),
                Event::Start(Tag::Emphasis) => spans.push(Inline::Em(self.inlines())),
                Event::Start(Tag::Strong) => spans.push(Inline::Strong(self.inlines())),
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    ..
                }) => {
                    if !title.is_empty() {
                        self.error(
                            &range,
                            format!("a link title (`\"{title}\"`) is not shown: remove it, and write what it says in the text"),
                        );
                    }
                    let dest = match link_type {
                        LinkType::Email => format!("mailto:{dest_url}"),
                        _ => dest_url.into_string(),
                    };
                    let text = self.inlines();
                    match Href::parse(&dest) {
                        Ok(href) => spans.push(Inline::Link { text, href }),
                        Err(message) => self.error(&range, message),
                    }
                }
                other => self.refuse(other, &range),
            }
        }
        Inlines(spans)
    }

    /// A paragraph: text, or a figure when it holds one image alone.
    fn paragraph(&mut self) -> Option<Block> {
        if let Some((Event::Start(Tag::Image { dest_url, title, .. }), image_at)) =
            self.events.get(self.pos).cloned()
        {
            self.pos += 1;
            return self.figure(&dest_url, &title, &image_at);
        }
        Some(Block::Paragraph(joined(self.inlines())))
    }

    /// `![alt](src "caption")`, alone in its paragraph and optionally followed by
    /// `{width=1200 height=675}`.
    fn figure(&mut self, dest: &str, title: &str, at: &Range<usize>) -> Option<Block> {
        let mut alt = String::new();
        while let Some((event, range)) = self.next() {
            match event {
                Event::End(TagEnd::Image) => break,
                Event::Text(t) | Event::Code(t) => alt.push_str(&t),
                Event::SoftBreak => alt.push(' '),
                Event::Start(_) => {
                    self.error(
                        &range,
                        "an image's alt text is plain text: remove the markup from it",
                    );
                    self.skip_to_end();
                }
                other => self.refuse(other, &range),
            }
        }
        // What follows the image in its paragraph: nothing, or its size.
        let mut after = String::new();
        let mut after_at: Option<Range<usize>> = None;
        let mut only_text = true;
        while let Some((event, range)) = self.next() {
            match event {
                Event::End(TagEnd::Paragraph) => break,
                Event::Text(t) => after.push_str(&t),
                Event::SoftBreak => after.push(' '),
                Event::Start(_) => {
                    only_text = false;
                    self.skip_to_end();
                }
                _ => only_text = false,
            }
            after_at.get_or_insert(range);
        }
        let size = match after_at {
            None => None,
            Some(_) if only_text && after.trim().is_empty() => None,
            Some(range) => match size_attributes(after.trim()).filter(|_| only_text) {
                Some(size) => Some(size),
                None => {
                    self.error(
                        &range,
                        "an image is a figure only alone in its own paragraph, followed at most by its size `{width=1200 height=675}`: put the text in a paragraph of its own",
                    );
                    return None;
                }
            },
        };
        let src = match ImageSrc::parse(dest) {
            Ok(src) => src,
            Err(message) => {
                self.error(at, message);
                return None;
            }
        };
        let (width, height) = match size {
            Some(size) => size,
            None if dest.starts_with('/') => match (self.images)(src.as_str()) {
                Ok(size) => size,
                Err(why) => {
                    self.error(
                        at,
                        format!("{why}: give the image's size after it, `{{width=1200 height=675}}`"),
                    );
                    return None;
                }
            },
            None => {
                self.error(
                    at,
                    "an image from another site needs its size in pixels: write `{width=1200 height=675}` right after it",
                );
                return None;
            }
        };
        let caption = if title.is_empty() {
            None
        } else {
            Some(self.caption(title, at))
        };
        Some(Block::Figure(Figure {
            image: Image {
                src,
                alt,
                width,
                height,
            },
            caption,
        }))
    }

    /// An image's title is its caption, read as Markdown text: `"The *first* walkers"`.
    fn caption(&mut self, title: &str, at: &Range<usize>) -> Inlines {
        let events: Vec<_> = Parser::new_ext(title, options()).collect();
        let mut inner = Reader {
            file: self.file,
            src: self.src,
            base: self.base,
            events: events.into_iter().map(|e| (e, at.clone())).collect(),
            pos: 0,
            errors: Vec::new(),
            images: self.images,
        };
        let caption = match inner.next() {
            Some((Event::Start(Tag::Paragraph), _)) => {
                let text = joined(inner.inlines());
                if inner.pos < inner.events.len() {
                    inner.error(at, "a caption is one paragraph of text");
                }
                text
            }
            _ => {
                inner.error(at, "a caption is text: `![alt](src \"The caption\")`");
                Inlines::default()
            }
        };
        self.errors.extend(inner.errors);
        caption
    }

    /// `- item` or `1. item` lines: each item is one paragraph of text.
    fn list(&mut self, first: Option<u64>, range: &Range<usize>) -> Option<Block> {
        if first.is_some_and(|n| n != 1) {
            self.error(range, "a numbered list starts at `1.`: renumber it from 1");
        }
        let mut items = Vec::new();
        while let Some((event, range)) = self.next() {
            match event {
                Event::End(TagEnd::List(_)) => break,
                Event::Start(Tag::Item) => items.push(self.item()),
                other => self.refuse(other, &range),
            }
        }
        Some(Block::List(List {
            ordered: first.is_some(),
            items,
        }))
    }

    /// One list item: text directly (a tight list) or in one paragraph (a loose one).
    fn item(&mut self) -> Inlines {
        let mut spans = Vec::new();
        let mut paragraphs = 0;
        while let Some((event, range)) = self.events.get(self.pos).cloned() {
            match event {
                Event::End(TagEnd::Item) => {
                    self.pos += 1;
                    break;
                }
                Event::Start(Tag::Paragraph) => {
                    self.pos += 1;
                    paragraphs += 1;
                    if paragraphs > 1 {
                        self.error(
                            &range,
                            "a list item is one paragraph: join its paragraphs, or make a new item",
                        );
                    }
                    spans.extend(self.inlines().0);
                }
                Event::Start(Tag::List(_)) => {
                    self.pos += 1;
                    self.error(
                        &range,
                        "lists do not nest: write the inner items as items of this list, or as a sentence",
                    );
                    self.skip_to_end();
                }
                Event::Start(
                    Tag::BlockQuote(_) | Tag::Heading { .. } | Tag::CodeBlock(_) | Tag::Table(_),
                ) => {
                    self.pos += 1;
                    self.error(&range, "a list item holds text only: put this after the list");
                    self.skip_to_end();
                }
                _ => {
                    // Text directly in the item: read it up to the item's end, which `inlines`
                    // consumes, so the item ends here.
                    spans.extend(self.inlines().0);
                    break;
                }
            }
        }
        joined(Inlines(spans))
    }

    /// `> text`, optionally ending with a line `— who said it`.
    fn quote(&mut self, range: &Range<usize>) -> Option<Block> {
        let mut paragraphs: Vec<Inlines> = Vec::new();
        while let Some((event, at)) = self.next() {
            match event {
                Event::End(TagEnd::BlockQuote(_)) => break,
                Event::Start(Tag::Paragraph) => paragraphs.push(self.inlines()),
                Event::Start(Tag::BlockQuote(_)) => {
                    self.error(
                        &at,
                        "quotes do not nest: write the inner quote in quotation marks in the text",
                    );
                    self.skip_to_end();
                }
                other => {
                    self.error(
                        &at,
                        "a quote is one paragraph of text, and an optional last line `— who said it`",
                    );
                    if matches!(other, Event::Start(_)) {
                        self.skip_to_end();
                    }
                }
            }
        }
        // The cite: a last line, or a last paragraph of one line, starting with `— `.
        let many = paragraphs.len() > 1;
        let mut cite = None;
        let mut cite_alone = false;
        if let Some(last) = paragraphs.last_mut() {
            let one_span = last.0.len() == 1;
            if let Some(Inline::Text(text)) = last.0.last_mut() {
                let line_start = text
                    .rfind(LINE_BREAK)
                    .map(|i| i + LINE_BREAK.len())
                    .or((many && one_span).then_some(0));
                if let Some(start) = line_start {
                    if let Some(who) = text[start..].strip_prefix("— ") {
                        cite = Some(who.trim().to_owned());
                        cite_alone = start == 0;
                        text.truncate(start.saturating_sub(LINE_BREAK.len()));
                    }
                }
            }
        }
        if cite_alone {
            paragraphs.pop();
        }
        if paragraphs.len() != 1 {
            self.error(
                range,
                "a quote is one paragraph of text, and an optional last line `— who said it`",
            );
            return None;
        }
        Some(Block::Quote(Quote {
            text: joined(paragraphs.remove(0)),
            cite,
        }))
    }
}

/// Inline text with its soft line breaks as spaces, as a browser shows them.
fn joined(text: Inlines) -> Inlines {
    Inlines(
        text.0
            .into_iter()
            .map(|span| match span {
                Inline::Text(t) => Inline::Text(t.replace(LINE_BREAK, " ")),
                Inline::Em(inner) => Inline::Em(joined(inner)),
                Inline::Strong(inner) => Inline::Strong(joined(inner)),
                Inline::Link { text, href } => Inline::Link {
                    text: joined(text),
                    href,
                },
                code @ Inline::Code(_) => code,
            })
            .filter(|span| !matches!(span, Inline::Text(t) if t.is_empty()))
            .collect(),
    )
}

/// `{width=1200 height=675}`, in either order.
fn size_attributes(text: &str) -> Option<(u32, u32)> {
    let inner = text.strip_prefix('{')?.strip_suffix('}')?;
    let (mut width, mut height) = (None, None);
    for pair in inner.split_whitespace() {
        let (key, value) = pair.split_once('=')?;
        let value: u32 = value.parse().ok()?;
        match key {
            "width" if width.is_none() => width = Some(value),
            "height" if height.is_none() => height = Some(value),
            _ => return None,
        }
    }
    Some((width?, height?))
}
