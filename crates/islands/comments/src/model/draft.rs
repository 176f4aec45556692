//! The comment form's fields and the rules a comment must meet before it is sent.

use intl::{IslandText, Msg};
use shared::web::is_web_url;

pub const COMMENT_MIN: usize = 3;
/// The same limits the content check puts on comments shipped with an article (Isso's own).
pub const COMMENT_MAX: usize = shared::COMMENT_TEXT_MAX;
pub const NAME_MAX: usize = shared::COMMENT_AUTHOR_MAX;

/// Everything the reader has typed; saved as a draft while they type (`store` writes it).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct CommentDraft {
    pub comment: String,
    pub name: String,
    pub email: String,
    pub website: String,
    /// The comment being replied to.
    pub parent: Option<String>,
    /// "Save my name, email, and website in this browser for the next time I comment."
    pub remember: bool,
}

impl CommentDraft {
    /// Fills the fields this draft leaves empty from `other`: what the reader typed into the
    /// page before the app started wins over a saved draft, which wins over nothing.
    pub fn fill_from(&mut self, other: CommentDraft) {
        for (mine, theirs) in [
            (&mut self.comment, other.comment),
            (&mut self.name, other.name),
            (&mut self.email, other.email),
            (&mut self.website, other.website),
        ] {
            if mine.trim().is_empty() {
                *mine = theirs;
            }
        }
        if self.parent.is_none() {
            self.parent = other.parent;
        }
        self.remember |= other.remember;
    }

    pub fn is_empty(&self) -> bool {
        [&self.comment, &self.name, &self.email, &self.website]
            .iter()
            .all(|f| f.trim().is_empty())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Comment,
    Name,
    Email,
    Website,
}

impl Field {
    pub const ALL: [Field; 4] = [Field::Comment, Field::Name, Field::Email, Field::Website];

    /// The input's HTML id (WordPress's names, so readers' autofill keeps working).
    pub fn id(self) -> &'static str {
        match self {
            Field::Comment => "comment",
            Field::Name => "author",
            Field::Email => "email",
            Field::Website => "url",
        }
    }

    /// The field whose input has this id.
    pub fn with_id(id: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.id() == id)
    }

    /// This field's text in the draft.
    pub fn get(self, d: &CommentDraft) -> &str {
        match self {
            Field::Comment => &d.comment,
            Field::Name => &d.name,
            Field::Email => &d.email,
            Field::Website => &d.website,
        }
    }

    pub fn set(self, d: &mut CommentDraft, value: String) {
        match self {
            Field::Comment => d.comment = value,
            Field::Name => d.name = value,
            Field::Email => d.email = value,
            Field::Website => d.website = value,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

fn err(field: Field, message: impl Into<String>) -> FieldError {
    FieldError {
        field,
        message: message.into(),
    }
}

/// A plausible address: one `@`, something before it, a dotted domain after it, no spaces.
pub fn plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    let labels: Vec<&str> = domain.split('.').collect();
    email.len() <= 254
        && !local.is_empty()
        && !domain.contains('@')
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'))
        && labels.last().is_some_and(|tld| tld.chars().count() >= 2)
}

/// "Comment must be 3 characters or more", in the reader's language.
pub fn too_short(text: &IslandText) -> String {
    text.fill(Msg::ErrorCommentShort, &[("min", &text.number(COMMENT_MIN))])
}

/// The rules, in the order the fields appear, with GOV.UK-style messages in the reader's language.
pub fn validate(d: &CommentDraft, text: &IslandText) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let comment = d.comment.trim().chars().count();
    if comment == 0 {
        errors.push(err(Field::Comment, text.get(Msg::ErrorCommentMissing)));
    } else if comment < COMMENT_MIN {
        errors.push(err(Field::Comment, too_short(text)));
    } else if comment > COMMENT_MAX {
        let (max, count) = (text.number(COMMENT_MAX), text.number(comment));
        errors.push(err(
            Field::Comment,
            text.fill(Msg::ErrorCommentLong, &[("max", &max), ("count", &count)]),
        ));
    }
    let name = d.name.trim().chars().count();
    if name == 0 {
        errors.push(err(Field::Name, text.get(Msg::ErrorNameMissing)));
    } else if name > NAME_MAX {
        let max = text.number(NAME_MAX);
        errors.push(err(Field::Name, text.fill(Msg::ErrorNameLong, &[("max", &max)])));
    }
    let email = d.email.trim();
    if email.is_empty() {
        errors.push(err(Field::Email, text.get(Msg::ErrorEmailMissing)));
    } else if !plausible_email(email) {
        errors.push(err(Field::Email, text.get(Msg::ErrorEmailFormat)));
    }
    let website = d.website.trim();
    if !website.is_empty() && !is_web_url(website) {
        errors.push(err(Field::Website, text.get(Msg::ErrorWebsiteFormat)));
    }
    errors
}

// The messages come from the catalogues, which are native only.
#[cfg(test)]
mod tests {

    #[test]
    fn typed_text_wins_over_a_saved_draft_field_by_field() {
        let mut typed = CommentDraft {
            comment: "typed before the app started".into(),
            ..CommentDraft::default()
        };
        assert!(!typed.is_empty());
        typed.fill_from(CommentDraft {
            comment: "an older saved draft".into(),
            name: "Ada".into(),
            email: "ada@example.com".into(),
            website: String::new(),
            parent: Some("c1".into()),
            remember: true,
        });
        assert_eq!(typed.comment, "typed before the app started");
        assert_eq!(
            (typed.name.as_str(), typed.email.as_str()),
            ("Ada", "ada@example.com")
        );
        assert_eq!(typed.parent.as_deref(), Some("c1"));
        assert!(typed.remember);
        assert!(CommentDraft {
            name: "  ".into(),
            ..CommentDraft::default()
        }
        .is_empty());
    }

    use super::*;

    fn draft(comment: &str, name: &str, email: &str, website: &str) -> CommentDraft {
        CommentDraft {
            comment: comment.into(),
            name: name.into(),
            email: email.into(),
            website: website.into(),
            parent: None,
            remember: false,
        }
    }

    fn english() -> IslandText {
        i18n::catalogue::Catalogue::new("en", &Default::default()).island_text()
    }

    fn validate(d: &CommentDraft) -> Vec<FieldError> {
        super::validate(d, &english())
    }

    fn fields(d: &CommentDraft) -> Vec<Field> {
        validate(d).into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn a_complete_comment_passes() {
        assert!(validate(&draft("Good piece.", "Ana", "ana@example.com", "")).is_empty());
        assert!(validate(&draft(
            "Good piece.",
            "Ana",
            "ana@example.com",
            "https://ana.example"
        ))
        .is_empty());
    }

    #[test]
    fn everything_missing_is_reported_in_field_order() {
        assert_eq!(
            fields(&draft("", " ", "", "")),
            [Field::Comment, Field::Name, Field::Email]
        );
        assert_eq!(validate(&draft("", "", "", ""))[0].message, "Enter your comment");
    }

    #[test]
    fn comment_length_counts_characters_after_trimming() {
        assert_eq!(fields(&draft("  ab  ", "A", "a@b.co", "")), [Field::Comment]);
        assert!(fields(&draft("abc", "A", "a@b.co", "")).is_empty());
        assert!(fields(&draft("ééé", "A", "a@b.co", "")).is_empty());
        assert!(fields(&draft(&"x".repeat(65_535), "A", "a@b.co", "")).is_empty());
        let long = validate(&draft(&"x".repeat(65_536), "A", "a@b.co", ""));
        assert!(
            long[0].message.contains("65,535 characters or fewer"),
            "{:?}",
            long
        );
    }

    #[test]
    fn name_is_at_most_100_characters() {
        assert!(fields(&draft("abc", &"n".repeat(100), "a@b.co", "")).is_empty());
        assert_eq!(
            fields(&draft("abc", &"n".repeat(101), "a@b.co", "")),
            [Field::Name]
        );
    }

    #[test]
    fn emails_must_be_plausible() {
        for ok in ["a@b.co", "first.last+tag@sub.example.org", "ü@bücher.de"] {
            assert!(plausible_email(ok), "{ok}");
        }
        for bad in [
            "plainaddress",
            "@example.com",
            "a@b",
            "a@b.c",
            "a b@example.com",
            "a@@example.com",
            "a@.com",
            "a@example..com",
        ] {
            assert!(!plausible_email(bad), "{bad}");
        }
    }

    #[test]
    fn messages_follow_the_language() {
        let fr = i18n::catalogue::Catalogue::new("fr", &Default::default()).island_text();
        let errors = super::validate(&draft("ab", "", "ana@", ""), &fr);
        let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "Le commentaire doit contenir au moins 3 caractères",
                "Saisissez votre nom",
                "Saisissez une adresse e-mail valide, comme nom@example.com"
            ]
        );
        let ar = i18n::catalogue::Catalogue::new("ar-EG", &Default::default()).island_text();
        let long = super::validate(&draft(&"x".repeat(65_536), "A", "a@b.co", ""), &ar);
        assert_eq!(long[0].message, "يجب ألا يزيد التعليق على ٦٥٬٥٣٥ حرف (فيه ٦٥٬٥٣٦)");
    }

    #[test]
    fn websites_must_be_http() {
        assert_eq!(
            fields(&draft("abc", "A", "a@b.co", "javascript:alert(1)")),
            [Field::Website]
        );
        assert_eq!(
            fields(&draft("abc", "A", "a@b.co", "www.example.com")),
            [Field::Website]
        );
        assert!(fields(&draft("abc", "A", "a@b.co", "http://example.com")).is_empty());
    }
}
