//! Every reader's language: the message catalogues, dates and numbers, and the direction of the text.
//!
//! The static parts of a page are written at build time in the page's language: [`catalogue`] resolves
//! the messages (Project Fluent, `locales/<lang>.ftl`, with CLDR plural rules) and [`format`] writes
//! dates and numbers (ICU4X). It is build-time only. The islands get their messages already resolved,
//! as a prop ([`intl::IslandText`], made by [`catalogue::Catalogue::island_text`]); in the browser they
//! choose plural forms and write numbers and dates with its own `Intl` (the `intl` crate), so no
//! localisation library reaches the WebAssembly.

pub mod catalogue;
pub mod format;
pub mod plural;

/// The languages written right to left: Arabic, Hebrew, Persian and Urdu (and Hebrew's old code).
const RIGHT_TO_LEFT: [&str; 5] = ["ar", "he", "fa", "ur", "iw"];

/// The primary language of a BCP 47 tag, lower-cased: `fr-CA` → `fr`.
pub fn primary_language(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Whether text in this language runs right to left (`dir="rtl"`).
pub fn is_right_to_left(tag: &str) -> bool {
    RIGHT_TO_LEFT.contains(&primary_language(tag).as_str())
}

/// The locale dates and numbers are written for. A plain `en` keeps the day-month-year dates
/// Broadsheet has always written ("24 December 2024", CLDR's `en-GB`); `en-US` and every other tag
/// are taken as they are.
pub fn formatting_locale(tag: &str) -> String {
    if tag.eq_ignore_ascii_case("en") {
        "en-GB".to_owned()
    } else {
        tag.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_languages() {
        for rtl in ["ar", "ar-EG", "he", "fa-IR", "ur", "AR"] {
            assert!(is_right_to_left(rtl), "{rtl}");
        }
        for ltr in ["en", "fr", "de-AT", "es", "arn", "hr"] {
            assert!(!is_right_to_left(ltr), "{ltr}");
        }
    }

    #[test]
    fn plain_english_keeps_day_month_year() {
        assert_eq!(formatting_locale("en"), "en-GB");
        assert_eq!(formatting_locale("en-US"), "en-US");
        assert_eq!(formatting_locale("fr"), "fr");
    }
}
