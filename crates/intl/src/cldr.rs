//! Numbers, dates and plural forms at build time, with ICU4X's compiled CLDR data and the plural rules
//! Fluent chooses its variants by (`intl_pluralrules`): what the browser's `Intl` writes.

use icu_calendar::Gregorian;
use icu_datetime::fieldsets::YMD;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// The ICU locale of a BCP 47 tag; English when the tag is not one ICU can read. The content check
/// refuses such tags, so this is only a fallback.
pub fn locale(tag: &str) -> Locale {
    Locale::try_from_str(tag).unwrap_or(icu_locale_core::locale!("en-GB"))
}

/// The CLDR plural rules of a language (its primary subtag), if CLDR has any.
pub fn plural_rules(tag: &str) -> Option<PluralRules> {
    let primary = tag.split(['-', '_']).next().unwrap_or_default();
    let lang: LanguageIdentifier = primary.to_ascii_lowercase().parse().ok()?;
    PluralRules::create(lang, PluralRuleType::CARDINAL).ok()
}

/// A plural category's CLDR name: `one`, `few`, `other`…
pub fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// The CLDR plural category of a whole number in a language (`other` when CLDR has no rules for it),
/// as the browser's `Intl.PluralRules` gives it.
pub fn plural_category(locale: &str, n: usize) -> String {
    plural_rules(locale)
        .and_then(|r| r.select(n as u64).ok())
        .map_or("other", category_name)
        .to_owned()
}

/// A whole number with the language's digits and grouping: `40358` → `40 358` (fr), `40.358` (de).
pub fn number(locale: &str, n: usize) -> String {
    match DecimalFormatter::try_new(self::locale(locale).into(), Default::default()) {
        Ok(formatter) => formatter.format(&Decimal::from(n as u64)).to_string(),
        Err(_) => n.to_string(),
    }
}

/// A calendar date, day, month (in words) and year, in the Gregorian calendar:
/// "24 December 2024" (en-GB), "24 décembre 2024" (fr), "24. Dezember 2024" (de).
pub fn date(locale: &str, year: u16, month: u8, day: u8) -> String {
    let fallback = || format!("{year:04}-{month:02}-{day:02}");
    let Ok(date) = icu_datetime::input::Date::try_new_gregorian(i32::from(year), month, day) else {
        return fallback();
    };
    match FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(self::locale(locale).into(), YMD::long()) {
        Ok(formatter) => formatter.format(&date).to_string(),
        Err(_) => fallback(),
    }
}
