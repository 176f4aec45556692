//! The message catalogues: one Fluent file per language (`locales/<lang>.ftl`), English the reference
//! that every other has every id of. Resolved at build time, natively; a site may override any message
//! of its own language in `site.json` (`"messages": {"leave-a-reply": "Comments"}`).

use super::plural::plural_samples;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl::{IslandText, Msg, PluralMsg};
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};
use unic_langid::LanguageIdentifier;

/// The catalogues Broadsheet ships, by primary language. English comes first: it is the reference,
/// and the fallback for a language without a catalogue.
pub const CATALOGUES: [(&str, &str); 5] = [
    ("en", include_str!("locales/en.ftl")),
    ("fr", include_str!("locales/fr.ftl")),
    ("de", include_str!("locales/de.ftl")),
    ("es", include_str!("locales/es.ftl")),
    ("ar", include_str!("locales/ar.ftl")),
];

/// The ids of the messages in a Fluent file, in order (its `id = …` lines).
pub fn ids_in(ftl: &str) -> Vec<&str> {
    ftl.lines()
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
        .filter(|id| {
            id.starts_with(|c: char| c.is_ascii_lowercase())
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .collect()
}

/// Every message id a reader may see, and a site may override: English's.
pub fn message_ids() -> Vec<&'static str> {
    ids_in(CATALOGUES[0].1)
}

/// The known id nearest to `unknown` by edit distance, for "did you mean" in a content error.
pub fn closest_id(unknown: &str) -> &'static str {
    message_ids()
        .into_iter()
        .min_by_key(|id| edit_distance(unknown, id))
        .unwrap_or_default()
}

/// Levenshtein distance, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Checks a site's overrides: every id known, every text a valid Fluent pattern. The error names
/// the id (and the closest known one when it is unknown).
pub fn check_overrides(overrides: &BTreeMap<String, String>) -> Result<(), (String, String)> {
    let known = message_ids();
    for (id, text) in overrides {
        if !known.contains(&id.as_str()) {
            return Err((
                id.clone(),
                format!(
                    "`{id}` is not a message id: did you mean `{}`? (every id: docs/languages.md)",
                    closest_id(id)
                ),
            ));
        }
        override_resource(id, text).map_err(|e| (id.clone(), e))?;
    }
    Ok(())
}

/// One override as a Fluent resource (`id = text`, further lines indented).
fn override_resource(id: &str, text: &str) -> Result<FluentResource, String> {
    if text.trim().is_empty() {
        return Err(format!("the message `{id}` is empty"));
    }
    let ftl = format!("{id} = {}\n", text.trim().replace('\n', "\n    "));
    FluentResource::try_new(ftl).map_err(|(_, errors)| {
        format!(
            "the message `{id}` is not valid Fluent ({}); write `{{ $count }}`-style placeholders as in docs/languages.md",
            errors.first().map(ToString::to_string).unwrap_or_default()
        )
    })
}

/// The bundle's language, kept by Fluent's memoiser so the number formatter knows it.
struct Language(String);

impl Memoizable for Language {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(Language(lang.to_string()))
    }
}

/// Numbers in messages ("{ $count } comments") with the language's digits and grouping.
fn icu_number(value: &FluentValue, memo: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let whole = n.value >= 0.0 && n.value.fract() == 0.0 && n.value < u64::MAX as f64;
    whole
        .then(|| memo.with_try_get::<Language, _, _>((), |l| super::format::number(&l.0, n.value as u64)))
        .and_then(Result::ok)
}

/// Numbers in the islands' messages become `{count}`, which the browser fills.
fn count_placeholder(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    matches!(value, FluentValue::Number(_)).then(|| "{count}".to_owned())
}

type Bundle = FluentBundle<Arc<FluentResource>>;

/// The messages of one language, ready to write a page with.
pub struct Catalogue {
    /// The page's language tag, as the content gives it.
    tag: String,
    bundle: Bundle,
    /// The same messages, with numbers left as `{count}`: the islands' texts.
    template: Bundle,
    /// The comment box's messages, resolved once for every page in this language.
    island_text: OnceLock<IslandText>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("tag", &self.tag)
            .finish_non_exhaustive()
    }
}

impl Catalogue {
    /// The catalogue for a language tag (`fr`, `fr-CA`, `ar-EG`…): English, then the language's own
    /// messages over it, then the site's overrides (checked by the content check).
    pub fn new(tag: &str, overrides: &BTreeMap<String, String>) -> Catalogue {
        let lang: LanguageIdentifier = tag.parse().unwrap_or_default();
        let primary = super::primary_language(tag);
        let mut layers: Vec<Arc<FluentResource>> = vec![Arc::new(parse(CATALOGUES[0].1))];
        if let Some((_, ftl)) = CATALOGUES[1..].iter().find(|(l, _)| *l == primary) {
            layers.push(Arc::new(parse(ftl)));
        }
        layers.extend(
            overrides
                .iter()
                .filter_map(|(id, text)| override_resource(id, text).ok().map(Arc::new)),
        );
        let build = |formatter: fn(&FluentValue, &IntlLangMemoizer) -> Option<String>| {
            let mut bundle = Bundle::new_concurrent(vec![lang.clone()]);
            // The page is HTML with `dir` set; Unicode isolation marks would only get in a test's way.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(formatter));
            for layer in &layers {
                bundle.add_resource_overriding(Arc::clone(layer));
            }
            bundle
        };
        Catalogue {
            tag: tag.to_owned(),
            bundle: build(icu_number),
            template: build(count_placeholder),
            island_text: OnceLock::new(),
        }
    }

    /// The language tag this catalogue writes for.
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// A message without placeables.
    pub fn text(&self, id: &str) -> String {
        self.with(id, &[])
    }

    /// A message with its placeables: `("author", "Ana".into())`, `("count", 3.into())`.
    pub fn with(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        format(&self.bundle, id, args)
    }

    /// A message's text before and after its placeable `key`, for a view that puts something of its
    /// own there (a link): `byline` "By { $author }" → ("By ", "").
    pub fn around(&self, id: &str, key: &str) -> (String, String) {
        // A private-use character no message holds marks where the placeable goes.
        const MARK: &str = "\u{E000}";
        let text = self.with(id, &[(key, MARK.into())]);
        match text.split_once(MARK) {
            Some((before, after)) => (before.to_owned(), after.to_owned()),
            None => (text, String::new()),
        }
    }

    /// A plural message for a count: `comments-count` with 3 → "3 comments".
    pub fn count(&self, id: &str, n: usize) -> String {
        self.with(id, &[("count", n.into()), ("minutes", n.into())])
    }

    /// A date in this language.
    pub fn date(&self, year: u16, month: u8, day: u8) -> String {
        super::format::date(&self.tag, year, month, day)
    }

    /// A month and year in this language: "December 2024".
    pub fn month(&self, year: u16, month: u8) -> String {
        super::format::month(&self.tag, year, month)
    }

    /// A year in this language: "2024".
    pub fn year(&self, year: u16) -> String {
        super::format::year(&self.tag, year)
    }

    /// A number in this language.
    pub fn number(&self, n: u64) -> String {
        super::format::number(&self.tag, n)
    }

    /// The comment box's messages, resolved for the browser: placeholders as `{author}`, `{count}`…,
    /// and each plural message in every form the language has.
    pub fn island_text(&self) -> IslandText {
        self.island_text
            .get_or_init(|| self.resolve_island_text())
            .clone()
    }

    fn resolve_island_text(&self) -> IslandText {
        const PLACEHOLDERS: [&str; 7] = ["author", "min", "max", "count", "status", "reason", "query"];
        let placeholders: Vec<(&str, FluentValue)> = PLACEHOLDERS
            .iter()
            .map(|name| (*name, FluentValue::from(format!("{{{name}}}"))))
            .collect();
        let texts = Msg::ALL
            .iter()
            .map(|m| format(&self.template, m.id(), &placeholders))
            .collect();
        let plurals = PluralMsg::ALL
            .iter()
            .map(|m| {
                plural_samples(&self.tag)
                    .into_iter()
                    .map(|(category, sample)| {
                        let mut args = placeholders.clone();
                        args.push(("count", sample.into()));
                        (category.to_owned(), format(&self.template, m.id(), &args))
                    })
                    .collect()
            })
            .collect();
        IslandText::new(super::formatting_locale(&self.tag), texts, plurals)
    }
}

fn parse(ftl: &str) -> FluentResource {
    FluentResource::try_new(ftl.to_owned()).unwrap_or_else(|(resource, _)| resource)
}

fn format(bundle: &Bundle, id: &str, args: &[(&str, FluentValue)]) -> String {
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::super::plural::plural_category;
    use super::*;

    fn catalogue(tag: &str) -> Catalogue {
        Catalogue::new(tag, &BTreeMap::new())
    }

    #[test]
    fn every_catalogue_has_every_english_id_and_no_other() {
        let english = message_ids();
        assert!(english.len() > 70, "{english:?}");
        for (lang, ftl) in CATALOGUES {
            FluentResource::try_new(ftl.to_owned())
                .unwrap_or_else(|(_, e)| panic!("locales/{lang}.ftl does not parse: {e:?}"));
            let ids = ids_in(ftl);
            let missing: Vec<_> = english.iter().filter(|id| !ids.contains(id)).collect();
            let extra: Vec<_> = ids.iter().filter(|id| !english.contains(id)).collect();
            assert!(missing.is_empty(), "locales/{lang}.ftl lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "locales/{lang}.ftl has ids English does not: {extra:?}"
            );
        }
    }

    #[test]
    fn every_message_resolves_in_every_language() {
        for (lang, _) in CATALOGUES {
            let c = catalogue(lang);
            for id in message_ids() {
                assert!(c.bundle.has_message(id), "{lang}: {id}");
                let text = c.with(
                    id,
                    &[
                        ("author", "Ana".into()),
                        ("count", 2.into()),
                        ("minutes", 2.into()),
                        ("min", 3.into()),
                        ("max", 100.into()),
                        ("status", "500".into()),
                        ("reason", "no".into()),
                        ("name", "Harbour".into()),
                        ("site", "The Ledger".into()),
                        ("title", "More articles".into()),
                        ("page", 2.into()),
                        ("pages", 12.into()),
                        ("query", "harbour".into()),
                        ("month", "December 2024".into()),
                    ],
                );
                assert!(!text.is_empty(), "{lang}: {id}");
                assert!(!text.contains('{'), "{lang}: {id}: {text}");
            }
        }
    }

    #[test]
    fn english_plurals() {
        let en = catalogue("en");
        assert_eq!(en.count("comments-count", 0), "0 comments");
        assert_eq!(en.count("comments-count", 1), "1 comment");
        assert_eq!(en.count("comments-count", 1200), "1,200 comments");
        assert_eq!(en.count("reading-time", 3), "3 min read");
        assert_eq!(en.count("show-more-replies", 1), "Show 1 more reply");
    }

    #[test]
    fn french_plurals_and_numbers() {
        let fr = catalogue("fr");
        // French counts 0 and 1 as "one".
        assert_eq!(fr.count("comments-count", 0), "0 commentaire");
        assert_eq!(fr.count("comments-count", 1), "1 commentaire");
        assert_eq!(fr.count("comments-count", 2), "2 commentaires");
        assert_eq!(fr.count("comments-count", 1200), "1\u{202f}200 commentaires");
        assert_eq!(fr.count("reading-time", 3), "3 min de lecture");
    }

    #[test]
    fn german_and_spanish_plurals() {
        let de = catalogue("de");
        assert_eq!(de.count("comments-count", 1), "1 Kommentar");
        assert_eq!(de.count("comments-count", 40358), "40.358 Kommentare");
        let es = catalogue("es");
        assert_eq!(es.count("comments-count", 1), "1 comentario");
        assert_eq!(es.count("comments-count", 5), "5 comentarios");
    }

    #[test]
    fn arabic_has_six_plural_forms() {
        let ar = catalogue("ar-EG");
        let forms = [
            (0, "zero", "لا توجد تعليقات"),
            (1, "one", "تعليق واحد"),
            (2, "two", "تعليقان"),
            (3, "few", "٣ تعليقات"),
            (10, "few", "١٠ تعليقات"),
            (11, "many", "١١ تعليقًا"),
            (99, "many", "٩٩ تعليقًا"),
            (100, "other", "١٠٠ تعليق"),
            (102, "other", "١٠٢ تعليق"),
        ];
        for (n, category, text) in forms {
            assert_eq!(plural_category("ar-EG", n), category, "{n}");
            assert_eq!(ar.count("comments-count", n), text, "{n}");
        }
        assert_eq!(ar.count("reading-time", 2), "دقيقتان للقراءة");
        assert_eq!(ar.count("reading-time", 5), "٥ دقائق للقراءة");
        assert_eq!(catalogue("ar").count("comments-count", 12), "12 تعليقًا");
    }

    #[test]
    fn the_islands_get_every_form_with_placeholders() {
        let ar = catalogue("ar").island_text();
        assert_eq!(ar.locale, "ar");
        assert_eq!(ar.get(Msg::LeaveAReplyTo), "الرد على {author}");
        let en = catalogue("en").island_text();
        assert_eq!(en.locale, "en-GB");
        assert_eq!(
            en.get(Msg::ErrorServer),
            "The comment server had a problem (HTTP {status}). Try again in a moment."
        );
        assert_eq!(
            en.get(Msg::ErrorCommentLong),
            "Comment must be {max} characters or fewer (it has {count})"
        );
        let fr = catalogue("fr").island_text();
        assert_eq!(
            fr.forms(PluralMsg::Comments),
            [
                ("one".to_owned(), "{count} commentaire".to_owned()),
                ("other".to_owned(), "{count} commentaires".to_owned()),
            ]
        );
        let ar_forms: Vec<&str> = ar
            .forms(PluralMsg::Comments)
            .iter()
            .map(|(c, _)| c.as_str())
            .collect();
        assert_eq!(ar_forms, ["zero", "one", "two", "few", "many", "other"]);
    }

    #[test]
    fn a_site_overrides_its_own_languages_messages() {
        let overrides = BTreeMap::from([
            ("leave-a-reply".to_owned(), "Comments".to_owned()),
            (
                "comments-count".to_owned(),
                "{ $count ->\n[one] One reader wrote\n*[other] { $count } readers wrote\n}".to_owned(),
            ),
        ]);
        assert_eq!(check_overrides(&overrides), Ok(()));
        let c = Catalogue::new("en", &overrides);
        assert_eq!(c.text("leave-a-reply"), "Comments");
        assert_eq!(c.count("comments-count", 1), "One reader wrote");
        assert_eq!(c.count("comments-count", 4), "4 readers wrote");
        assert_eq!(c.text("post-comment"), "Post Comment");
    }

    #[test]
    fn an_unknown_or_broken_override_names_the_closest_id() {
        let unknown = BTreeMap::from([("leave-a-replay".to_owned(), "x".to_owned())]);
        let (id, message) = check_overrides(&unknown).unwrap_err();
        assert_eq!(id, "leave-a-replay");
        assert!(message.contains("did you mean `leave-a-reply`?"), "{message}");
        assert_eq!(closest_id("comment-count"), "comments-count");
        assert_eq!(closest_id("contnets"), "contents");
        let broken = BTreeMap::from([("reply".to_owned(), "{ $count ".to_owned())]);
        assert!(check_overrides(&broken)
            .unwrap_err()
            .1
            .contains("not valid Fluent"));
        let empty = BTreeMap::from([("reply".to_owned(), " ".to_owned())]);
        assert!(check_overrides(&empty).is_err());
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("é", "e"), 1);
    }

    #[test]
    fn around_gives_the_words_either_side_of_a_placeable() {
        let none = BTreeMap::new();
        assert_eq!(
            Catalogue::new("en", &none).around("byline", "author"),
            ("By ".into(), String::new())
        );
        assert_eq!(
            Catalogue::new("ar", &none).around("byline", "author"),
            ("بقلم ".into(), String::new())
        );
        let after = BTreeMap::from([("byline".to_owned(), "{ $author } wrote this".to_owned())]);
        assert_eq!(
            Catalogue::new("en", &after).around("byline", "author"),
            (String::new(), " wrote this".into())
        );
    }
}
