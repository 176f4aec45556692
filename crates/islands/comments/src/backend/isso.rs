//! The Isso comment server (isso 0.14), spoken to with gloo-net. See `tests/isso/FACTS.md` for
//! how it really behaves: JSON in and out, the author's right to edit kept in a cookie, HTML
//! 400 pages for refused fields, 403 for the rate limit.

use crate::model::html::{self, decode_entities};
use crate::model::{Body, CommentDraft, CommentError, Field, Refusal, ThreadComment};
use gloo_net::http::{Request, RequestBuilder};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use shared::Date;

/// Comments per page at the top level, and replies shown under each before "Show more replies".
pub const PAGE_SIZE: usize = 20;
pub const REPLIES_SHOWN: usize = 3;
/// A request that takes longer is abandoned and reported.
const TIMEOUT_MS: i32 = 10_000;

/// One comment as Isso sends it. Unknown fields are ignored: the server may add some.
#[derive(Debug, Clone, Deserialize)]
pub struct RawComment {
    pub id: u64,
    pub parent: Option<u64>,
    pub created: f64,
    /// 0 when absent.
    #[serde(default)]
    pub mode: u8,
    /// Empty when absent.
    #[serde(default)]
    pub text: String,
    pub author: Option<String>,
    pub website: Option<String>,
    /// 0 when absent.
    #[serde(default)]
    pub hidden_replies: usize,
    /// Empty when absent.
    #[serde(default)]
    pub replies: Vec<RawComment>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RawThread {
    pub total_replies: usize,
    pub hidden_replies: usize,
    pub replies: Vec<RawComment>,
}

impl RawComment {
    /// The comment as the thread shows it: names and websites decoded from Isso's HTML
    /// escaping, the text rebuilt from the allow-list.
    pub fn to_thread(&self) -> ThreadComment {
        let deleted = self.mode == 4;
        ThreadComment {
            id: self.id.to_string(),
            parent: self.parent.map(|p| p.to_string()),
            author: self.author.as_deref().map(decode_entities).unwrap_or_default(),
            website: self
                .website
                .as_deref()
                .map(decode_entities)
                .filter(|w| !w.is_empty()),
            date: Date::from_unix(self.created),
            body: Body::Html(html::parse(&self.text)),
            pending: self.mode == 2,
            deleted,
            more_replies: self.hidden_replies,
            editable: false,
            revision: 0,
        }
    }

    /// This comment and its replies, flattened in thread order.
    pub fn flatten(&self, out: &mut Vec<ThreadComment>) {
        out.push(self.to_thread());
        for reply in &self.replies {
            reply.flatten(out);
        }
    }
}

/// A page of a thread: the comments, Isso's count, and how many top-level ones remain.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub comments: Vec<ThreadComment>,
    pub total: usize,
    pub more: usize,
}

impl From<RawThread> for Page {
    fn from(t: RawThread) -> Page {
        let mut comments = Vec::new();
        for c in &t.replies {
            c.flatten(&mut comments);
        }
        Page {
            comments,
            total: t.total_replies,
            more: t.hidden_replies,
        }
    }
}

/// `{"message": "…"}`, how Isso explains a refusal in JSON.
fn message(body: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Message {
        message: String,
    }
    serde_json::from_str::<Message>(body).ok().map(|m| m.message)
}

/// What a 400 page says: Isso's validation messages come as `<p>…</p>` in an HTML page.
fn refusal(body: &str) -> CommentError {
    let said = body
        .split("<p>")
        .nth(1)
        .and_then(|rest| rest.split("</p>").next())
        .map(decode_entities)
        .or_else(|| message(body))
        .unwrap_or_default();
    let lower = said.to_ascii_lowercase();
    let (field, reason) = if lower.contains("text is too short") {
        (Some(Field::Comment), Refusal::CommentTooShort)
    } else if lower.contains("text is too long") {
        (Some(Field::Comment), Refusal::CommentTooLong)
    } else if lower.contains("website") {
        (Some(Field::Website), Refusal::Website)
    } else if lower.contains("author") {
        (Some(Field::Name), Refusal::Name)
    } else if lower.contains("email") {
        (Some(Field::Email), Refusal::Email)
    } else if said.is_empty() {
        (None, Refusal::Unexplained)
    } else {
        (None, Refusal::Said(said))
    };
    CommentError::Refused { field, reason }
}

/// Maps a finished request to a result, by status, never trusting the body's shape.
fn classify(status: u16, body: &str) -> Result<(), CommentError> {
    match status {
        200..=299 => Ok(()),
        400 => Err(refusal(body)),
        403 if body.contains("ratelimit") => Err(CommentError::TooFast),
        403 => Err(CommentError::Forbidden),
        404 => Err(CommentError::Gone),
        s => Err(CommentError::Server(s)),
    }
}

fn parse<T: DeserializeOwned>(body: &str) -> Result<T, CommentError> {
    serde_json::from_str(body).map_err(|_| CommentError::Malformed)
}

/// Sends with the reader's Isso cookie, asks for JSON errors, and gives up after 10 s. A body is
/// sent as JSON (Isso refuses any other type as a cross-site request forgery).
async fn send(builder: RequestBuilder, body: Option<String>) -> Result<(u16, String), CommentError> {
    let deadline = dom::Deadline::start(TIMEOUT_MS).ok_or(CommentError::Unreachable)?;
    let builder = builder
        .credentials(web_sys::RequestCredentials::Include)
        .header("Accept", "application/json")
        .abort_signal(Some(&deadline.signal()));
    let request = match body {
        Some(body) => builder.header("Content-Type", "application/json").body(body),
        None => builder.build(),
    }
    .map_err(|_| CommentError::Malformed)?;
    let result = async {
        let response = request.send().await?;
        let status = response.status();
        let text = response.text().await?;
        Ok::<_, gloo_net::Error>((status, text))
    }
    .await;
    result.map_err(|_| {
        if deadline.timed_out() {
            CommentError::Timeout
        } else {
            CommentError::Unreachable
        }
    })
}

fn thread_url(base: &str, uri: &str, extra: &str) -> String {
    format!("{base}/?uri={}{extra}", js_sys::encode_uri_component(uri))
}

/// A page of top-level comments with their first replies.
pub async fn fetch_page(base: &str, uri: &str, offset: usize) -> Result<Page, CommentError> {
    let url = thread_url(
        base,
        uri,
        &format!("&limit={PAGE_SIZE}&nested_limit={REPLIES_SHOWN}&offset={offset}"),
    );
    let (status, body) = send(Request::get(&url), None).await?;
    if status == 404 {
        return Ok(Page {
            comments: Vec::new(),
            total: 0,
            more: 0,
        });
    }
    classify(status, &body)?;
    parse::<RawThread>(&body).map(Page::from)
}

/// More replies to one top-level comment, after the `offset` already shown.
pub async fn fetch_replies(base: &str, uri: &str, parent: &str, offset: usize) -> Result<Page, CommentError> {
    let url = thread_url(
        base,
        uri,
        &format!("&parent={parent}&offset={offset}&limit={PAGE_SIZE}"),
    );
    let (status, body) = send(Request::get(&url), None).await?;
    classify(status, &body)?;
    parse::<RawThread>(&body).map(Page::from)
}

/// Posts a comment; the article title names the thread when this is its first comment.
pub async fn post(
    base: &str,
    uri: &str,
    title: &str,
    draft: &CommentDraft,
) -> Result<ThreadComment, CommentError> {
    let url = format!("{base}/new?uri={}", js_sys::encode_uri_component(uri));
    let (status, text) = send(Request::post(&url), Some(new_comment(title, draft))).await?;
    classify(status, &text)?;
    parse::<RawComment>(&text).map(|c| c.to_thread())
}

/// The body of `POST /new`: the fields Isso reads, `null` for no website or parent.
#[derive(Serialize)]
struct NewComment<'a> {
    text: &'a str,
    author: &'a str,
    email: &'a str,
    website: Option<&'a str>,
    parent: Option<u64>,
    title: &'a str,
    notification: u8,
}

fn new_comment(title: &str, draft: &CommentDraft) -> String {
    let website = draft.website.trim();
    let body = NewComment {
        text: draft.comment.trim(),
        author: draft.name.trim(),
        email: draft.email.trim(),
        website: (!website.is_empty()).then_some(website),
        parent: draft.parent.as_deref().and_then(|p| p.parse::<u64>().ok()),
        title,
        notification: 0,
    };
    serde_json::to_string(&body).unwrap_or_default()
}

/// The body of `PUT /id/N`.
#[derive(Serialize)]
struct Edit<'a> {
    text: &'a str,
}

/// The text of the reader's own comment as they wrote it (needs Isso's cookie).
pub async fn fetch_own_text(base: &str, id: &str) -> Result<String, CommentError> {
    let (status, body) = send(Request::get(&format!("{base}/id/{id}?plain=1")), None).await?;
    classify(status, &body)?;
    parse::<RawComment>(&body).map(|c| c.text)
}

pub async fn edit(base: &str, id: &str, text: &str) -> Result<ThreadComment, CommentError> {
    let (status, body) = send(
        Request::put(&format!("{base}/id/{id}")),
        Some(serde_json::to_string(&Edit { text: text.trim() }).unwrap_or_default()),
    )
    .await?;
    classify(status, &body)?;
    parse::<RawComment>(&body).map(|c| c.to_thread())
}

/// Deletes the reader's comment; Isso keeps a placeholder when it has replies.
pub async fn delete(base: &str, id: &str) -> Result<(), CommentError> {
    let (status, body) = send(Request::delete(&format!("{base}/id/{id}")), None).await?;
    classify(status, &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    // The messages come from the catalogues, which are native only.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn refusals_name_the_field() {
        let page = "<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n<p>text is too short (minimum length: 3)</p>\n";
        assert_eq!(
            refusal(page),
            CommentError::Refused {
                field: Some(Field::Comment),
                reason: Refusal::CommentTooShort
            }
        );
        let en = i18n::catalogue::Catalogue::new("en", &Default::default()).island_text();
        assert_eq!(
            Refusal::CommentTooShort.message(&en),
            "Comment must be 3 characters or more"
        );
        assert_eq!(
            Refusal::CommentTooLong.message(&en),
            "Comment must be 65,535 characters or fewer"
        );
        let CommentError::Refused { field, .. } = refusal("<p>Website not Django-conform</p>") else {
            panic!()
        };
        assert_eq!(field, Some(Field::Website));
        let CommentError::Refused { field, reason } = refusal("<p>Cannot create new thread: &lt;x&gt;</p>")
        else {
            panic!()
        };
        assert_eq!(
            (field, reason.message(&en).as_str()),
            (
                None,
                "The comment server refused the comment: Cannot create new thread: <x>"
            )
        );
        let CommentError::Refused { reason, .. } =
            refusal(r#"{"message": "400 Bad Request: Unable to read JSON request"}"#)
        else {
            panic!()
        };
        assert!(reason.message(&en).contains("Unable to read JSON"));
        let fr = i18n::catalogue::Catalogue::new("fr", &Default::default()).island_text();
        assert_eq!(
            CommentError::Server(502).message(&fr),
            "Le serveur de commentaires a rencontré un problème (HTTP 502). Réessayez dans un instant."
        );
    }

    #[test]
    fn statuses_map_to_errors() {
        assert_eq!(classify(201, ""), Ok(()));
        assert_eq!(classify(202, ""), Ok(()));
        assert_eq!(
            classify(
                403,
                r#"{"message": "403 Forbidden: 127.0.0.0: ratelimit exceeded (1, 2)"}"#
            ),
            Err(CommentError::TooFast)
        );
        assert_eq!(
            classify(403, r#"{"message": "403 Forbidden: CSRF"}"#),
            Err(CommentError::Forbidden)
        );
        assert_eq!(classify(500, "boom"), Err(CommentError::Server(500)));
        assert_eq!(classify(404, ""), Err(CommentError::Gone));
    }

    #[test]
    fn isso_comments_become_thread_comments() {
        let json = r#"{"total_replies": 3, "hidden_replies": 1, "replies": [
            {"id": 1, "parent": null, "created": 1795739550.98, "modified": null, "mode": 1,
             "text": "<p>Hi <script>x</script><a href=\"javascript:alert(1)\">bad</a></p>",
             "author": "Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;", "website": "https://t.example/?a=1&amp;b=2",
             "likes": 0, "dislikes": 0, "hash": "abc", "total_replies": 1, "hidden_replies": 2,
             "replies": [{"id": 2, "parent": 1, "created": 1795739560.0, "mode": 4, "text": "<p></p>", "author": null, "website": null}]}
        ]}"#;
        let page = Page::from(parse::<RawThread>(json).unwrap());
        assert_eq!((page.total, page.more, page.comments.len()), (3, 1, 2));
        let first = &page.comments[0];
        assert_eq!(first.author, "Tom & <b>Jerry</b>");
        assert_eq!(first.website.as_deref(), Some("https://t.example/?a=1&b=2"));
        assert_eq!(first.more_replies, 2);
        assert_eq!(first.body, Body::Html(html::parse("<p>Hi bad</p>")));
        assert_eq!(first.date.as_str(), "2026-11-27T00:32:30Z");
        let reply = &page.comments[1];
        assert!(reply.deleted);
        assert_eq!(reply.parent.as_deref(), Some("1"));
        assert!(parse::<RawThread>("<html>").is_err());
    }

    #[test]
    fn isso_answers_of_the_wrong_shape_are_malformed() {
        for bad in [
            "",
            "{\"total_replies\": 1, \"hidden_replies\": 0",
            "[]",
            r#"{"total_replies": 1, "hidden_replies": 0}"#,
            r#"{"total_replies": -1, "hidden_replies": 0, "replies": []}"#,
            r#"{"total_replies": 1, "hidden_replies": 0, "replies": [{"id": 1}]}"#,
            r#"{"total_replies": 1, "hidden_replies": 0, "replies": [{"id": "1", "created": 1}]}"#,
            r#"{"total_replies": 1, "hidden_replies": 0, "replies": [{"id": 1, "created": 1, "mode": 300}]}"#,
            r#"{"total_replies": 1, "hidden_replies": 0, "replies": [{"id": 1, "created": 1, "text": null}]}"#,
        ] {
            assert_eq!(
                parse::<RawThread>(bad).err(),
                Some(CommentError::Malformed),
                "{bad}"
            );
        }
        let minimal = parse::<RawComment>(r#"{"id": 9, "created": 1700000000, "parent": null}"#).unwrap();
        assert_eq!((minimal.id, minimal.parent, minimal.mode), (9, None, 0));
        assert!(minimal.text.is_empty() && minimal.replies.is_empty());
    }

    #[test]
    fn request_bodies_are_the_json_isso_reads() {
        let draft = CommentDraft {
            comment: "  Hello \"there\"\n ".into(),
            name: "Ana".into(),
            email: String::new(),
            website: " ".into(),
            parent: Some("12".into()),
            remember: false,
        };
        assert_eq!(
            new_comment("A \\ title", &draft),
            r#"{"text":"Hello \"there\"","author":"Ana","email":"","website":null,"parent":12,"title":"A \\ title","notification":0}"#
        );
        let top = CommentDraft {
            website: "https://a.example".into(),
            parent: None,
            ..draft
        };
        let body = new_comment("T", &top);
        assert!(
            body.contains(r#""website":"https://a.example","parent":null"#),
            "{body}"
        );
        assert_eq!(
            message(r#"{"message": "403 Forbidden: CSRF"}"#).as_deref(),
            Some("403 Forbidden: CSRF")
        );
        assert_eq!(message("<p>no</p>"), None);
    }
}
