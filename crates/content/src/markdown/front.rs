//! The front matter: TOML between `+++` lines, with Zola's page keys and Broadsheet's own names.

use super::Located;
use crate::Date;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::fmt;
use std::ops::Range;
use toml::Spanned;

/// What the front matter may hold. Zola's names and Broadsheet's own are both read; the checks in
/// [`FrontMatter::fields`] refuse a field given both ways.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FrontMatter {
    title: Option<Spanned<String>>,
    slug: Option<Spanned<String>>,
    description: Option<Spanned<String>>,
    summary: Option<Spanned<String>>,
    date: Option<Spanned<TomlDate>>,
    published: Option<Spanned<TomlDate>>,
    updated: Option<Spanned<TomlDate>>,
    authors: Option<Spanned<Vec<String>>>,
    author: Option<Spanned<String>>,
    standfirst: Option<Spanned<String>>,
    comments_open: Option<Spanned<bool>>,
    draft: Option<Spanned<bool>>,
    /// Broadsheet's own: the article's language when it is not the site's.
    language: Option<Spanned<String>>,
    #[serde(default)]
    taxonomies: Taxonomies,
    /// Broadsheet's own names for the taxonomies.
    categories: Option<Vec<Spanned<String>>>,
    tags: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    extra: Extra,
}

/// Zola's `[taxonomies]` table: the site's two, categories and tags.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Taxonomies {
    categories: Option<Vec<Spanned<String>>>,
    tags: Option<Vec<Spanned<String>>>,
}

/// Zola's `[extra]` table: the fields Zola has no name for.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Extra {
    standfirst: Option<Spanned<String>>,
    comments_open: Option<Spanned<bool>>,
}

/// A date written as a TOML date (`date = 2025-03-13`, Zola's way) or a string (`"2025-03-13"`).
pub(super) struct TomlDate(Date);

impl<'de> Deserialize<'de> for TomlDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl<'de> Visitor<'de> for DateVisitor {
            type Value = TomlDate;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date like 2024-12-24 or 2024-12-24T09:30:00Z")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<TomlDate, E> {
                Date::parse(v).map(TomlDate).map_err(E::custom)
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<TomlDate, A::Error> {
                let written = toml::value::Datetime::deserialize(de::value::MapAccessDeserializer::new(map))?;
                self.visit_str(&written.to_string())
            }
        }
        d.deserialize_any(DateVisitor)
    }
}

/// The article's fields as the front matter gives them, each with where its value is (byte range
/// in the front matter's text).
#[derive(Default)]
pub(super) struct Fields {
    pub title: Option<Located<String>>,
    pub slug: Option<Located<String>>,
    pub summary: Option<Located<String>>,
    pub published: Option<Located<Date>>,
    pub updated: Option<Located<Date>>,
    pub author: Option<Located<String>>,
    pub standfirst: Option<Located<String>>,
    pub comments_open: Option<Located<bool>>,
    pub draft: Option<Located<bool>>,
    pub language: Option<Located<String>>,
    pub categories: Vec<Located<String>>,
    pub tags: Vec<Located<String>>,
}

/// A front matter mistake: its message and where it is in the front matter's text.
pub(super) type Mistake = (String, Range<usize>);

fn located<T>(value: Spanned<T>) -> Located<T> {
    let at = value.span();
    Located {
        value: value.into_inner(),
        at,
    }
}

/// One field given by its Zola name or Broadsheet's own, not both.
fn one_of<T>(
    mistakes: &mut Vec<Mistake>,
    (zola, zola_name): (Option<Spanned<T>>, &str),
    (own, own_name): (Option<Spanned<T>>, &str),
) -> Option<Located<T>> {
    match (zola, own) {
        (Some(zola), Some(own)) => {
            mistakes.push((
                format!("`{own_name}` is given twice, also as `{zola_name}`: keep one of them"),
                own.span(),
            ));
            Some(located(zola))
        }
        (zola, own) => zola.or(own).map(located),
    }
}

impl FrontMatter {
    /// Reads the front matter's text (without its `+++` lines).
    pub(super) fn read(text: &str) -> Result<FrontMatter, Mistake> {
        toml::from_str(text).map_err(|e| {
            let message = e.message().trim_end().replace('\n', " ");
            (
                format!("{message} (the front matter is TOML: `key = \"value\"`)"),
                e.span().unwrap_or(0..0),
            )
        })
    }

    /// The article's fields, or every mistake: a field given both ways, more than one author.
    pub(super) fn fields(self) -> (Fields, Vec<Mistake>) {
        let mut mistakes = Vec::new();
        // Categories and tags: Zola's `[taxonomies]` or Broadsheet's own top-level names, not both.
        let mut names = |zola: Option<Vec<Spanned<String>>>, own: Option<Vec<Spanned<String>>>, key: &str| {
            if let (Some(_), Some(own)) = (&zola, &own) {
                let at = own.first().map_or(0..0, |n| n.span());
                mistakes.push((
                    format!("`{key}` is given twice, also as `taxonomies.{key}`: keep one of them"),
                    at,
                ));
            }
            zola.or(own)
                .unwrap_or_default()
                .into_iter()
                .map(located)
                .collect::<Vec<_>>()
        };
        let categories = names(self.taxonomies.categories, self.categories, "categories");
        let tags = names(self.taxonomies.tags, self.tags, "tags");
        // A refused `authors` is still given: the mistake is reported, not also a missing field.
        let authors = self.authors.map(|authors| {
            let at = authors.span();
            let names = authors.into_inner();
            match names.as_slice() {
                [_] => {}
                [] => mistakes.push((
                    "`authors` is empty: name the author, `authors = [\"Mara Penrose\"]`".into(),
                    at.clone(),
                )),
                _ => mistakes.push((
                    "an article has one byline: give one name in `authors`, e.g. `authors = [\"Mara Penrose and Jory Keast\"]`".into(),
                    at.clone(),
                )),
            }
            Spanned::new(at, names.into_iter().next().unwrap_or_default())
        });
        let date = |d: Option<Spanned<TomlDate>>| {
            d.map(|d| {
                let at = d.span();
                Spanned::new(at, d.into_inner().0)
            })
        };
        let fields = Fields {
            title: self.title.map(located),
            slug: self.slug.map(located),
            summary: one_of(
                &mut mistakes,
                (self.description, "description"),
                (self.summary, "summary"),
            ),
            published: one_of(
                &mut mistakes,
                (date(self.date), "date"),
                (date(self.published), "published"),
            ),
            updated: date(self.updated).map(located),
            author: one_of(&mut mistakes, (authors, "authors"), (self.author, "author")),
            standfirst: one_of(
                &mut mistakes,
                (self.extra.standfirst, "extra.standfirst"),
                (self.standfirst, "standfirst"),
            ),
            comments_open: one_of(
                &mut mistakes,
                (self.extra.comments_open, "extra.comments_open"),
                (self.comments_open, "comments_open"),
            ),
            draft: self.draft.map(located),
            language: self.language.map(located),
            categories,
            tags,
        };
        (fields, mistakes)
    }
}
