//! Readable, stable anchors and permalinks from headings and titles.

/// Lower-cases letters and digits (any script), drops apostrophes, and joins the
/// words with single hyphens: `Russia’s “Kursk” Region!` → `russias-kursk-region`.
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_hyphen = false;
    for c in text.chars() {
        if matches!(c, '\'' | '’' | '‘' | 'ʼ') {
            continue;
        }
        if c.is_alphanumeric() {
            if pending_hyphen && !out.is_empty() {
                out.push('-');
            }
            pending_hyphen = false;
            // Some capitals lower-case to a letter plus a combining mark (`İ` → `i̇`); the mark
            // is not a slug character, and keeping it would make a slug that is not a slug.
            out.extend(c.to_lowercase().filter(|l| l.is_alphanumeric()));
        } else {
            pending_hyphen = true;
        }
    }
    out
}

/// Element ids the page itself uses; a section may not take one, or its link would jump elsewhere.
pub const RESERVED_IDS: &[&str] = &[
    "main",
    "crash",
    "section-nav-list",
    "comments",
    "comments-title",
    "respond",
    "reply-title",
    "error-summary",
    "error-summary-title",
    "post-error",
    "comment",
    "comment-error",
    "comment-label",
    "author",
    "author-error",
    "author-label",
    "email",
    "email-hint",
    "email-error",
    "email-label",
    "url",
    "url-error",
    "url-label",
    "wp-comment-cookies-consent",
    "more-articles-title",
    "related-title",
];

/// Whether `s` is already in slug form (what `slugify` would produce for it).
pub fn is_slug(s: &str) -> bool {
    !s.is_empty() && slugify(s) == s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable() {
        assert_eq!(
            slugify("Rising Casualties and North Korea’s Military Support to Russia"),
            "rising-casualties-and-north-koreas-military-support-to-russia"
        );
        assert_eq!(slugify("  What's   next?  "), "whats-next");
        assert_eq!(slugify("240mm rocket launchers"), "240mm-rocket-launchers");
        assert_eq!(slugify("Ünïcödé — Straße"), "ünïcödé-straße");
        assert_eq!(slugify("Курская область"), "курская-область");
        assert_eq!(slugify("!!!"), "");
        assert_eq!(slugify("İzmir Port"), "izmir-port");
        assert!(is_slug(&slugify("İzmir Port")));
    }

    #[test]
    fn slug_form_is_checked() {
        assert!(is_slug("kursk-region"));
        assert!(!is_slug("Kursk Region"));
        assert!(!is_slug("-kursk"));
        assert!(!is_slug(""));
    }
}
