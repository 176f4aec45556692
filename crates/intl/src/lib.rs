//! Numbers, dates and plural forms as a language writes them, the same in the build and the browser,
//! and the islands' messages as the browser gets them: resolved at build time for the page's
//! language (`i18n::Catalogue::island_text`) and passed as the island's prop. The browser
//! fills the placeholders (`{author}`, `{count}`…), chooses a plural form with `Intl.PluralRules` and
//! writes numbers and dates with `Intl.NumberFormat` and `Intl.DateTimeFormat`; the build does the same
//! with the same CLDR data (ICU4X), so both draw the same text.

use serde::{Deserialize, Serialize};

/// Lists messages once: an enum of them, every one (`ALL`, the order they travel in) and each one's
/// id in the catalogues.
macro_rules! messages {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $id:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name { $($variant,)* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The message's id in the catalogues (`locales/*.ftl`).
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)* }
            }
        }
    };
}

messages! {
    /// The islands' messages (the comment box's, the search box's).
    Msg {
        CommentsClosed = "comments-closed",
        CommentsLoading = "comments-loading",
        CommentsLoadFailed = "comments-load-failed",
        TryAgain = "try-again",
        ShowMoreComments = "show-more-comments",
        CommentSays = "comment-says",
        CommentDeleted = "comment-deleted",
        CommentAwaitingModeration = "comment-awaiting-moderation",
        Reply = "reply",
        ReplyTo = "reply-to",
        InReplyTo = "in-reply-to",
        InReplyToDeleted = "in-reply-to-deleted",
        Edit = "edit",
        Delete = "delete",
        DeleteConfirm = "delete-confirm",
        EditYourComment = "edit-your-comment",
        SaveChanges = "save-changes",
        CancelEditing = "cancel-editing",
        LeaveAReply = "leave-a-reply",
        LeaveAReplyTo = "leave-a-reply-to",
        CancelReply = "cancel-reply",
        CommentNeedsJs = "comment-needs-js",
        RequiredFields = "required-fields",
        Required = "required",
        FieldComment = "field-comment",
        FieldName = "field-name",
        FieldEmail = "field-email",
        FieldWebsite = "field-website",
        EmailHint = "email-hint",
        RememberMe = "remember-me",
        PostComment = "post-comment",
        CommentPosted = "comment-posted",
        CommentPostedPending = "comment-posted-pending",
        ErrorSummaryTitle = "error-summary-title",
        ErrorPrefix = "error-prefix",
        PostFailedTitle = "post-failed-title",
        PostFailedKept = "post-failed-kept",
        ErrorCommentMissing = "error-comment-missing",
        ErrorCommentShort = "error-comment-short",
        ErrorCommentLong = "error-comment-long",
        ErrorNameMissing = "error-name-missing",
        ErrorNameLong = "error-name-long",
        ErrorEmailMissing = "error-email-missing",
        ErrorEmailFormat = "error-email-format",
        ErrorWebsiteFormat = "error-website-format",
        ErrorServerCommentLong = "error-server-comment-long",
        ErrorServerWebsite = "error-server-website",
        ErrorServerName = "error-server-name",
        ErrorServerEmail = "error-server-email",
        ErrorServerRefused = "error-server-refused",
        ErrorServerRefusedSaying = "error-server-refused-saying",
        ErrorTooFast = "error-too-fast",
        ErrorForbidden = "error-forbidden",
        ErrorGone = "error-gone",
        ErrorTimeout = "error-timeout",
        ErrorUnreachable = "error-unreachable",
        ErrorServer = "error-server",
        ErrorMalformed = "error-malformed",
        ErrorStorage = "error-storage",
        SearchLabel = "search-label",
        SearchButton = "search-button",
        SearchCategory = "search-category",
        SearchAllCategories = "search-all-categories",
        SearchLoading = "search-loading",
        SearchFailed = "search-failed",
        SearchNoResults = "search-no-results",
        SearchMoreResults = "search-more-results",
    }
}

messages! {
    /// The islands' messages that change with a number.
    PluralMsg {
        Comments = "comments-count",
        MoreReplies = "show-more-replies",
        SearchResults = "search-results",
    }
}

/// The comment box's messages in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IslandText {
    /// The locale numbers and dates are written for, and plural forms chosen by (`en-GB`, `fr`, `ar`).
    pub locale: String,
    /// The text of each of [`Msg::ALL`], in order.
    texts: Vec<String>,
    /// The forms of each of [`PluralMsg::ALL`], in order: (CLDR category, text with `{count}`).
    plurals: Vec<Vec<(String, String)>>,
}

impl IslandText {
    pub fn new(locale: String, texts: Vec<String>, plurals: Vec<Vec<(String, String)>>) -> IslandText {
        IslandText {
            locale,
            texts,
            plurals,
        }
    }

    /// A message as it is.
    pub fn get(&self, msg: Msg) -> &str {
        self.texts.get(msg as usize).map_or("", String::as_str)
    }

    /// A message with its placeholders filled: `fill(Msg::ReplyTo, &[("author", "Ana")])`.
    pub fn fill(&self, msg: Msg, values: &[(&str, &str)]) -> String {
        fill(self.get(msg), values)
    }

    /// The forms of a plural message: (CLDR category, text).
    pub fn forms(&self, msg: PluralMsg) -> &[(String, String)] {
        self.plurals.get(msg as usize).map_or(&[], Vec::as_slice)
    }

    /// A plural message for `n`, in the form the language uses for it, with `n` written in its digits.
    pub fn count(&self, msg: PluralMsg, n: usize) -> String {
        self.count_with(msg, n, &[])
    }

    /// A plural message for `n`, with its other placeholders filled too.
    pub fn count_with(&self, msg: PluralMsg, n: usize, values: &[(&str, &str)]) -> String {
        let forms = self.forms(msg);
        let category = plural_category(&self.locale, n);
        let form = forms
            .iter()
            .find(|(c, _)| *c == category)
            .or_else(|| forms.iter().find(|(c, _)| c == "other"))
            .map_or("", |(_, text)| text.as_str());
        let number = self.number(n);
        let mut all = vec![("count", number.as_str())];
        all.extend_from_slice(values);
        fill(form, &all)
    }

    /// A whole number in the language's digits and grouping.
    pub fn number(&self, n: usize) -> String {
        number(&self.locale, n)
    }

    /// A calendar date: "24 December 2024", "24 décembre 2024".
    pub fn date(&self, year: u16, month: u8, day: u8) -> String {
        date(&self.locale, year, month, day)
    }
}

/// `text` with each `{name}` that `values` names replaced by its value; anything else kept as it is.
/// (A scan rather than `str::replace`, whose substring search would add its code to the WebAssembly.)
fn fill(text: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            values
                .iter()
                .find(|(name, _)| *name == &after[..close])
                .map(|(_, v)| (close, v))
        });
        match value {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

// Numbers, dates and plural forms are written the same way on both sides, from the same CLDR data:
// the browser with its own `Intl` (which costs the download nothing), the build with ICU4X.
#[cfg_attr(target_arch = "wasm32", path = "browser.rs")]
#[cfg_attr(not(target_arch = "wasm32"), path = "cldr.rs")]
pub mod formats;

pub use formats::{date, number, plural_category};

#[cfg(test)]
mod tests {
    #[test]
    fn placeholders_are_filled_and_the_rest_kept() {
        let values = [("author", "Ana {count}"), ("count", "3")];
        assert_eq!(super::fill("Reply to {author}", &values), "Reply to Ana {count}");
        assert_eq!(super::fill("{count} of {count}", &values), "3 of 3");
        assert_eq!(super::fill("a {b} {c", &values), "a {b} {c");
        assert_eq!(super::fill("", &values), "");
    }
}
