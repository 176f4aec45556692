//! CLDR plural rules at build time (`intl_pluralrules`, the rules Fluent chooses its variants by). The
//! browser has the same rules in `Intl.PluralRules`.

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

fn rules(tag: &str) -> Option<PluralRules> {
    let lang: LanguageIdentifier = super::primary_language(tag).parse().ok()?;
    PluralRules::create(lang, PluralRuleType::CARDINAL).ok()
}

fn category_name(category: PluralCategory) -> &'static str {
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
pub fn plural_category(tag: &str, n: usize) -> &'static str {
    rules(tag)
        .and_then(|r| r.select(n as u64).ok())
        .map_or("other", category_name)
}

/// Each plural category the language has, with the smallest whole number in it (French's "many"
/// starts at a million).
pub fn plural_samples(tag: &str) -> Vec<(&'static str, u64)> {
    let Some(rules) = rules(tag) else {
        return vec![("one", 1), ("other", 0)];
    };
    let mut samples: Vec<(&'static str, u64)> = Vec::new();
    for n in (0..=1000).chain([1_000_000]) {
        if let Ok(category) = rules.select(n) {
            let name = category_name(category);
            if !samples.iter().any(|(c, _)| *c == name) {
                samples.push((name, n));
            }
        }
    }
    samples
}
