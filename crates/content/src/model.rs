//! The typed content: what `site.json` and each `articles/<slug>.json` hold.
//!
//! Read with serde's derives, objects only (see `object`), unknown fields refused.

use super::{Date, Href, ImageSrc, Inlines};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `site.json`: the publication, its chrome and its sidebar.
#[derive(Debug, Clone, PartialEq, Hash, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Site {
    pub name: String,
    /// The site's public address, e.g. `https://example.github.io/broadsheet/`: canonical
    /// links, the sitemap and the feed are built on it.
    pub url: String,
    pub tagline: Option<String>,
    /// A BCP 47 language tag for `<html lang>`, e.g. `en` or `en-GB`.
    pub language: String,
    /// Links in the site header, in order.
    #[serde(default)]
    pub links: Vec<NavLink>,
    pub footer: String,
    /// Sidebar widgets, in the order they appear.
    #[serde(default)]
    pub sidebar: Vec<Widget>,
    /// Where readers' comments go; without one they stay in the reader's browser.
    pub comment_server: Option<CommentServer>,
    /// How many articles a list page shows (the front page's "More articles", each category, tag,
    /// author and archive page); at least 1.
    #[serde(default = "default_per_page")]
    pub per_page: usize,
    /// Messages of the site's language said differently: message id → text, e.g.
    /// `{"leave-a-reply": "Comments"}` (docs/languages.md lists the ids).
    #[serde(default)]
    pub messages: BTreeMap<String, String>,
    /// The JSON Schema the file names for editors (`"$schema": "schema/site.schema.json"`); the build
    /// does not use it.
    #[serde(rename = "$schema")]
    pub schema: Option<String>,
}

fn default_per_page() -> usize {
    10
}

/// A comment server: `{"isso": "https://comments.example.com"}`.
#[derive(Debug, Clone, PartialEq, Hash, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CommentServer {
    Isso(String),
}

#[derive(Debug, Clone, PartialEq, Hash, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct NavLink {
    pub label: String,
    pub href: Href,
}

/// One sidebar widget: `{"visitor_counter": {…}}`, `{"product_list": {…}}`, or one made from the
/// articles: `{"recent_articles": {"n": 5}}`, `{"categories": {}}`, `{"archives": {}}`, `{"search": {}}`.
#[derive(Debug, Clone, PartialEq, Hash, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Widget {
    VisitorCounter(VisitorCounter),
    ProductList(ProductList),
    /// Links to the newest articles.
    RecentArticles(RecentArticles),
    /// Every category, with how many articles it has.
    Categories(WidgetTitle),
    /// The newest months, with how many articles each has, and a link to the archive.
    Archives(WidgetTitle),
    /// A search form that submits to the search page.
    Search(WidgetTitle),
}

impl Widget {
    /// The widget's key in `site.json`: `recent_articles`…
    pub fn key(&self) -> &'static str {
        match self {
            Widget::VisitorCounter(_) => "visitor_counter",
            Widget::ProductList(_) => "product_list",
            Widget::RecentArticles(_) => "recent_articles",
            Widget::Categories(_) => "categories",
            Widget::Archives(_) => "archives",
            Widget::Search(_) => "search",
        }
    }
}

/// `{"n": 5}`: the newest `n` articles (5 when left out), under the site language's "Recent
/// articles" unless `title` says otherwise.
#[derive(Debug, Clone, PartialEq, Hash, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct RecentArticles {
    pub title: Option<String>,
    /// How many articles; at least 1.
    #[serde(default = "default_recent")]
    pub n: usize,
}

fn default_recent() -> usize {
    5
}

/// A widget's own heading, when the site's language's ("Categories", "Archives", "Search") will not do.
#[derive(Debug, Clone, PartialEq, Hash, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct WidgetTitle {
    pub title: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Hash, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct VisitorCounter {
    pub title: String,
    pub today: u64,
    pub total: u64,
}

#[derive(Debug, Clone, PartialEq, Hash, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct ProductList {
    pub title: String,
    pub products: Vec<Product>,
}

#[derive(Debug, Clone, PartialEq, Hash, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Product {
    pub name: String,
    pub href: Option<Href>,
    pub image: Option<Image>,
    pub excerpt: Option<String>,
}

/// An image with the text that replaces it, and its intrinsic size so the page does not shift.
#[derive(Debug, Clone, PartialEq, Hash, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Image {
    pub src: ImageSrc,
    pub alt: String,
    pub width: u32,
    pub height: u32,
}

/// `articles/<slug>.json` (or `<slug>.md`, read onto the same types): one article with its comments.
///
/// Written out as the JSON an editor would write (`check-content --to-json`): optional fields only
/// when given, `comments_open` only when false.
#[derive(Debug, Clone, PartialEq, Hash, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Article {
    pub slug: String,
    pub title: String,
    /// The line under the headline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub standfirst: Option<String>,
    /// For search results and link previews (`<meta name="description">`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[schemars(with = "crate::schema::DateSchema")]
    pub published: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<crate::schema::DateSchema>")]
    pub updated: Option<Date>,
    pub author: String,
    /// A BCP 47 language tag when the article is not in the site's language: its page's
    /// `<html lang>`, labels and dates follow it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Display names of the article's categories, each with a page at `/category/<slug>/`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    /// Display names of the article's tags, each with a page at `/tag/<slug>/`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// A draft is built by `trunk serve` (debug builds) and left out of release builds, the feed and
    /// the sitemap.
    #[serde(default, skip_serializing_if = "is_false")]
    pub draft: bool,
    pub sections: Vec<Section>,
    #[serde(default = "default_true", skip_serializing_if = "is_true")]
    pub comments_open: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<Comment>,
    /// The JSON Schema the file names for editors (`"$schema": "../schema/article.schema.json"`); the
    /// build does not use it.
    #[serde(rename = "$schema", skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
}

serialize_self!(Article, Section, List, Quote, Figure, Image, Comment);

objects_only!(
    Site,
    NavLink,
    VisitorCounter,
    ProductList,
    RecentArticles,
    WidgetTitle,
    Product,
    Image,
    Article,
    Section,
    List,
    Quote,
    Figure,
    Comment
);

fn default_true() -> bool {
    true
}

fn is_true(value: &bool) -> bool {
    *value
}

fn is_false(value: &bool) -> bool {
    !*value
}

#[derive(Debug, Clone, PartialEq, Hash, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Section {
    /// The anchor (`#id`); derived from the heading when left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub heading: String,
    pub blocks: Vec<Block>,
}

/// A block of body text: `{"paragraph": …}`, `{"list": …}`, `{"quote": …}`, `{"figure": …}`, `{"subheading": "…"}`.
#[derive(Debug, Clone, PartialEq, Hash, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    Paragraph(Inlines),
    Subheading(String),
    List(List),
    Quote(Quote),
    Figure(Figure),
}

#[derive(Debug, Clone, PartialEq, Hash, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct List {
    #[serde(default, skip_serializing_if = "is_false")]
    pub ordered: bool,
    pub items: Vec<Inlines>,
}

#[derive(Debug, Clone, PartialEq, Hash, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Quote {
    pub text: Inlines,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cite: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Hash, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Figure {
    pub image: Image,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caption: Option<Inlines>,
}

/// A comment already posted, shipped with the article. The comment box gets these as its props, written
/// out as they were read.
#[derive(Debug, Clone, PartialEq, Hash, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Comment {
    pub id: String,
    /// The `id` of the comment this replies to.
    pub parent: Option<String>,
    pub author: String,
    /// Shown as a link only when it is an http(s) address.
    pub website: Option<String>,
    #[schemars(with = "crate::schema::DateSchema")]
    pub date: Date,
    /// Plain text; blank lines separate paragraphs, single line breaks are kept.
    pub text: String,
}

impl Article {
    /// The article's language: its own, or the site's.
    pub fn language<'a>(&'a self, site: &'a Site) -> &'a str {
        self.language.as_deref().unwrap_or(&site.language)
    }

    /// Section ids as readers see them: the given id, or the heading's slug made unique.
    pub fn section_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::with_capacity(self.sections.len());
        let given: Vec<&str> = self.sections.iter().filter_map(|s| s.id.as_deref()).collect();
        for section in &self.sections {
            let id = match &section.id {
                Some(id) => id.clone(),
                None => {
                    let base = super::slug::slugify(&section.heading);
                    let base = if base.is_empty() {
                        "section".to_owned()
                    } else {
                        base
                    };
                    let mut candidate = base.clone();
                    let mut n = 2;
                    while ids.contains(&candidate)
                        || given.contains(&candidate.as_str())
                        || super::slug::RESERVED_IDS.contains(&candidate.as_str())
                    {
                        candidate = format!("{base}-{n}");
                        n += 1;
                    }
                    candidate
                }
            };
            ids.push(id);
        }
        ids
    }

    /// The first figure's image, in section order: the article's thumbnail in lists and its picture in
    /// link previews.
    pub fn first_image(&self) -> Option<&Image> {
        self.sections
            .iter()
            .flat_map(|s| &s.blocks)
            .find_map(|b| match b {
                Block::Figure(f) => Some(&f.image),
                _ => None,
            })
    }

    /// Every word of the body, for reading time.
    pub fn word_count(&self) -> usize {
        let count = |s: &str| s.split_whitespace().count();
        self.sections
            .iter()
            .map(|s| {
                count(&s.heading)
                    + s.blocks
                        .iter()
                        .map(|b| match b {
                            Block::Paragraph(t) => count(&t.plain_text()),
                            Block::Subheading(t) => count(t),
                            Block::List(l) => l.items.iter().map(|i| count(&i.plain_text())).sum(),
                            Block::Quote(q) => count(&q.text.plain_text()),
                            Block::Figure(f) => f.caption.as_ref().map_or(0, |c| count(&c.plain_text())),
                        })
                        .sum::<usize>()
            })
            .sum()
    }

    /// Whole minutes at 230 words a minute, never less than one.
    pub fn reading_minutes(&self) -> usize {
        self.word_count().div_ceil(230).max(1)
    }
}
