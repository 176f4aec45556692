//! Dates and numbers as the language writes them, with ICU4X and its compiled CLDR data: "24 décembre
//! 2024" and "40 358" in French, "24. Dezember 2024" and "40.358" in German, Arabic with the digits
//! CLDR gives its region (Arabic-Indic in Egypt, `ar-EG`; Western in plain `ar`). The build writes
//! them into the page; numbers and dates come from `intl`, which the islands share.

use icu_calendar::Gregorian;
use icu_datetime::fieldsets::{Y, YM};
use icu_datetime::input::Date;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_locale_core::Locale;

/// The ICU locale of a BCP 47 tag (as [`super::formatting_locale`] gives it); English when the tag
/// is not one ICU can read. The content check refuses such tags, so this is only a fallback.
fn locale(tag: &str) -> Locale {
    intl::formats::locale(&super::formatting_locale(tag))
}

/// A whole number with the language's digits and grouping: `40358` → `40 358` (fr), `40.358` (de).
pub fn number(tag: &str, n: u64) -> String {
    intl::number(&super::formatting_locale(tag), n as usize)
}

/// A calendar date, day, month (in words) and year, in the Gregorian calendar:
/// "24 December 2024" (en), "24 décembre 2024" (fr), "24. Dezember 2024" (de).
pub fn date(tag: &str, year: u16, month: u8, day: u8) -> String {
    intl::date(&super::formatting_locale(tag), year, month, day)
}

/// A month and year, the month in words: "December 2024" (en), "décembre 2024" (fr).
pub fn month(tag: &str, year: u16, month: u8) -> String {
    let fallback = || format!("{year:04}-{month:02}");
    let Ok(date) = Date::try_new_gregorian(i32::from(year), month, 1) else {
        return fallback();
    };
    match FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale(tag).into(), YM::long()) {
        Ok(formatter) => formatter.format(&date).to_string(),
        Err(_) => fallback(),
    }
}

/// A year as the language writes it: "2024" (en), "٢٠٢٤" (ar-EG).
pub fn year(tag: &str, year: u16) -> String {
    let fallback = || format!("{year:04}");
    let Ok(date) = Date::try_new_gregorian(i32::from(year), 1, 1) else {
        return fallback();
    };
    match FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale(tag).into(), Y::long()) {
        Ok(formatter) => formatter.format(&date).to_string(),
        Err(_) => fallback(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_each_language() {
        assert_eq!(number("en", 40358), "40,358");
        // ICU writes French thousands with a narrow no-break space (U+202F).
        assert_eq!(number("fr", 40358), "40\u{202f}358");
        assert_eq!(number("de", 40358), "40.358");
        // Spanish groups only from five digits.
        assert_eq!(number("es", 40358), "40.358");
        assert_eq!(number("es", 1234), "1234");
        // CLDR gives plain Arabic Western digits; Egypt and Saudi Arabia write Arabic-Indic digits,
        // Morocco groups with a dot. Persian has its own digits.
        assert_eq!(number("ar", 40358), "40,358");
        assert_eq!(number("ar-EG", 40358), "٤٠٬٣٥٨");
        assert_eq!(number("ar-SA", 40358), "٤٠٬٣٥٨");
        assert_eq!(number("ar-MA", 40358), "40.358");
        assert_eq!(number("fa", 40358), "۴۰٬۳۵۸");
        assert_eq!(number("en", 147), "147");
    }

    #[test]
    fn dates_in_each_language() {
        assert_eq!(date("en", 2024, 12, 24), "24 December 2024");
        assert_eq!(date("en-US", 2024, 12, 24), "December 24, 2024");
        assert_eq!(date("fr", 2024, 12, 24), "24 décembre 2024");
        assert_eq!(date("de", 2024, 12, 24), "24. Dezember 2024");
        assert_eq!(date("es", 2024, 12, 24), "24 de diciembre de 2024");
        assert_eq!(date("ar", 2024, 12, 24), "24 ديسمبر 2024");
        assert_eq!(date("ar-EG", 2024, 12, 24), "٢٤ ديسمبر ٢٠٢٤");
    }

    #[test]
    fn months_in_each_language() {
        assert_eq!(month("en", 2024, 12), "December 2024");
        assert_eq!(month("fr", 2024, 12), "décembre 2024");
        assert_eq!(month("de", 2024, 3), "März 2024");
        assert_eq!(month("es", 2024, 12), "diciembre de 2024");
        assert_eq!(month("ar", 2024, 12), "ديسمبر 2024");
        assert_eq!(month("en", 2024, 13), "2024-13");
        assert_eq!(year("en", 2024), "2024");
        assert_eq!(year("ar-EG", 2024), "٢٠٢٤");
    }
}
