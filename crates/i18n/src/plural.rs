//! CLDR plural rules at build time (`intl_pluralrules`, the rules Fluent chooses its variants by). The
//! browser has the same rules in `Intl.PluralRules`.

use intl::formats::{category_name, plural_rules};

/// The CLDR plural category of a whole number in a language (`other` when CLDR has no rules for it),
/// as the browser's `Intl.PluralRules` gives it.
pub fn plural_category(tag: &str, n: usize) -> String {
    intl::plural_category(tag, n)
}

/// Each plural category the language has, with the smallest whole number in it (French's "many"
/// starts at a million).
pub fn plural_samples(tag: &str) -> Vec<(&'static str, u64)> {
    let Some(rules) = plural_rules(tag) else {
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
