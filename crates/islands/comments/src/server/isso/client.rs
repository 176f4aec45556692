//! The Isso comment server (isso 0.14), spoken to with gloo-net. See `tests/isso/FACTS.md` for how it
//! really behaves: JSON in and out, the author's right to edit kept in a cookie, HTML 400 pages for
//! refused fields, 403 for the rate limit.

use super::html;
use crate::model::{Body, CommentDraft, CommentError, Field, Refusal, ThreadComment};
use futures::future::{select, Either};
use gloo_net::http::{Request, RequestBuilder};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use shared::Date;

/// Comments per page at the top level, and replies shown under each before "Show more replies".
pub const PAGE_SIZE: usize = 20;
pub const REPLIES_SHOWN: usize = 3;
/// A request that takes longer is abandoned and reported.
const TIMEOUT_MS: u32 = 10_000;

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

/// Reads HTML-escaped text (Isso stores names and websites escaped: `Tom &amp; Jerry`) as the text
/// it stands for: the browser's parser ([`html::text_of`]), a stand-in in the tests.
pub type Unescape = fn(&str) -> String;

impl RawComment {
    /// The comment as the thread shows it: the name and website as text, the text as Isso's HTML
    /// (drawn through the allow-list).
    pub fn to_thread(&self, unescape: Unescape) -> ThreadComment {
        ThreadComment {
            id: self.id.to_string(),
            parent: self.parent.map(|p| p.to_string()),
            author: self.author.as_deref().map(unescape).unwrap_or_default(),
            website: self.website.as_deref().map(unescape).filter(|w| !w.is_empty()),
            date: Date::from_unix(self.created),
            body: Body::Html(self.text.clone()),
            pending: self.mode == 2,
            deleted: self.mode == 4,
            more_replies: self.hidden_replies,
            editable: false,
            revision: 0,
        }
    }

    /// This comment and its replies, flattened in thread order.
    fn flatten(&self, unescape: Unescape, out: &mut Vec<ThreadComment>) {
        out.push(self.to_thread(unescape));
        for reply in &self.replies {
            reply.flatten(unescape, out);
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

impl Page {
    pub fn new(thread: RawThread, unescape: Unescape) -> Page {
        let mut comments = Vec::new();
        for c in &thread.replies {
            c.flatten(unescape, &mut comments);
        }
        Page {
            comments,
            total: thread.total_replies,
            more: thread.hidden_replies,
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

/// What the server said when it refused: a 400 page says it in its first paragraph (read by the
/// browser's parser), other refusals in JSON.
fn said(body: &str) -> String {
    html::first_paragraph(body)
        .or_else(|| message(body))
        .unwrap_or_default()
}

/// Why a refused comment was refused, from what the server said: the field it names, if any.
fn refusal(said: &str) -> CommentError {
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
        (None, Refusal::Said(said.to_owned()))
    };
    CommentError::Refused { field, reason }
}

/// What a failed request means, by its status and what the server said, never trusting the body's
/// shape.
fn failure(status: u16, said: &str) -> CommentError {
    match status {
        400 => refusal(said),
        403 if said.contains("ratelimit") => CommentError::TooFast,
        403 => CommentError::Forbidden,
        404 => CommentError::Gone,
        s => CommentError::Server(s),
    }
}

fn parse<T: DeserializeOwned>(body: &str) -> Result<T, CommentError> {
    serde_json::from_str(body).map_err(|_| CommentError::Malformed)
}

/// Sends with the reader's Isso cookie and asks for JSON errors; `finish` adds the body, if any (as
/// JSON: Isso refuses any other type as a cross-site request forgery). Returns the body of a
/// successful answer, or why there was none; gives up after 10 s, cancelling the request.
async fn send(
    builder: RequestBuilder,
    finish: impl FnOnce(RequestBuilder) -> Result<Request, gloo_net::Error>,
) -> Result<String, CommentError> {
    let controller = web_sys::AbortController::new().map_err(|_| CommentError::Unreachable)?;
    let request = finish(
        builder
            .credentials(web_sys::RequestCredentials::Include)
            .header("Accept", "application/json")
            .abort_signal(Some(&controller.signal())),
    )
    .map_err(|_| CommentError::Malformed)?;
    let answer = Box::pin(async {
        let response = request.send().await?;
        Ok::<_, gloo_net::Error>((response.status(), response.text().await?))
    });
    match select(answer, gloo_timers::future::TimeoutFuture::new(TIMEOUT_MS)).await {
        Either::Left((Ok((200..=299, body)), _)) => Ok(body),
        Either::Left((Ok((status, body)), _)) => Err(failure(status, &said(&body))),
        Either::Left((Err(_), _)) => Err(CommentError::Unreachable),
        Either::Right(_) => {
            controller.abort();
            Err(CommentError::Timeout)
        }
    }
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
    match send(Request::get(&url), RequestBuilder::build).await {
        // A thread nobody has commented on yet.
        Err(CommentError::Gone) => Ok(Page {
            comments: Vec::new(),
            total: 0,
            more: 0,
        }),
        answer => Ok(Page::new(parse(&answer?)?, html::text_of)),
    }
}

/// More replies to one top-level comment, after the `offset` already shown.
pub async fn fetch_replies(base: &str, uri: &str, parent: &str, offset: usize) -> Result<Page, CommentError> {
    let url = thread_url(
        base,
        uri,
        &format!("&parent={parent}&offset={offset}&limit={PAGE_SIZE}"),
    );
    let body = send(Request::get(&url), RequestBuilder::build).await?;
    Ok(Page::new(parse(&body)?, html::text_of))
}

/// Posts a comment; the article title names the thread when this is its first comment.
pub async fn post(
    base: &str,
    uri: &str,
    title: &str,
    draft: &CommentDraft,
) -> Result<ThreadComment, CommentError> {
    let url = format!("{base}/new?uri={}", js_sys::encode_uri_component(uri));
    let body = send(Request::post(&url), |b| b.json(&NewComment::new(title, draft))).await?;
    Ok(parse::<RawComment>(&body)?.to_thread(html::text_of))
}

/// The body of `POST /new`: the fields Isso reads, `null` for no website or parent.
#[derive(Debug, Serialize)]
struct NewComment<'a> {
    text: &'a str,
    author: &'a str,
    email: &'a str,
    website: Option<&'a str>,
    parent: Option<u64>,
    title: &'a str,
    notification: u8,
}

impl<'a> NewComment<'a> {
    fn new(title: &'a str, draft: &'a CommentDraft) -> NewComment<'a> {
        let website = draft.website.trim();
        NewComment {
            text: draft.comment.trim(),
            author: draft.name.trim(),
            email: draft.email.trim(),
            website: (!website.is_empty()).then_some(website),
            parent: draft.parent.as_deref().and_then(|p| p.parse::<u64>().ok()),
            title,
            notification: 0,
        }
    }
}

/// The body of `PUT /id/N`.
#[derive(Serialize)]
struct Edit<'a> {
    text: &'a str,
}

/// The text of the reader's own comment as they wrote it (needs Isso's cookie).
pub async fn fetch_own_text(base: &str, id: &str) -> Result<String, CommentError> {
    let body = send(
        Request::get(&format!("{base}/id/{id}?plain=1")),
        RequestBuilder::build,
    )
    .await?;
    Ok(parse::<RawComment>(&body)?.text)
}

pub async fn edit(base: &str, id: &str, text: &str) -> Result<ThreadComment, CommentError> {
    let body = send(Request::put(&format!("{base}/id/{id}")), |b| {
        b.json(&Edit { text: text.trim() })
    })
    .await?;
    Ok(parse::<RawComment>(&body)?.to_thread(html::text_of))
}

/// Deletes the reader's comment; Isso keeps a placeholder when it has replies.
pub async fn delete(base: &str, id: &str) -> Result<(), CommentError> {
    send(Request::delete(&format!("{base}/id/{id}")), RequestBuilder::build)
        .await
        .map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Isso's escaping undone for the tests; the browser's parser does it on the page.
    fn unescape(s: &str) -> String {
        s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    }

    #[test]
    fn refusals_name_the_field() {
        assert_eq!(
            failure(400, "text is too short (minimum length: 3)"),
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
        let CommentError::Refused { field, .. } = failure(400, "Website not Django-conform") else {
            panic!()
        };
        assert_eq!(field, Some(Field::Website));
        let CommentError::Refused { field, reason } = failure(400, "Cannot create new thread: <x>") else {
            panic!()
        };
        assert_eq!(
            (field, reason.message(&en).as_str()),
            (
                None,
                "The comment server refused the comment: Cannot create new thread: <x>"
            )
        );
        let said = message(r#"{"message": "400 Bad Request: Unable to read JSON request"}"#).unwrap();
        let CommentError::Refused { reason, .. } = failure(400, &said) else {
            panic!()
        };
        assert!(reason.message(&en).contains("Unable to read JSON"));
        assert_eq!(
            failure(400, ""),
            CommentError::Refused {
                field: None,
                reason: Refusal::Unexplained
            }
        );
        let fr = i18n::catalogue::Catalogue::new("fr", &Default::default()).island_text();
        assert_eq!(
            CommentError::Server(502).message(&fr),
            "Le serveur de commentaires a rencontré un problème (HTTP 502). Réessayez dans un instant."
        );
    }

    #[test]
    fn statuses_map_to_errors() {
        assert_eq!(
            failure(403, "403 Forbidden: 127.0.0.0: ratelimit exceeded (1, 2)"),
            CommentError::TooFast
        );
        assert_eq!(failure(403, "403 Forbidden: CSRF"), CommentError::Forbidden);
        assert_eq!(failure(500, "boom"), CommentError::Server(500));
        assert_eq!(failure(404, ""), CommentError::Gone);
    }

    #[test]
    fn isso_comments_become_thread_comments() {
        let json = r#"{"total_replies": 3, "hidden_replies": 1, "replies": [
            {"id": 1, "parent": null, "created": 1795739550.98, "modified": null, "mode": 1,
             "text": "<p>Hi <script>x</script></p>",
             "author": "Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;", "website": "https://t.example/?a=1&amp;b=2",
             "likes": 0, "dislikes": 0, "hash": "abc", "total_replies": 1, "hidden_replies": 2,
             "replies": [{"id": 2, "parent": 1, "created": 1795739560.0, "mode": 4, "text": "<p></p>", "author": null, "website": null}]}
        ]}"#;
        let page = Page::new(parse::<RawThread>(json).unwrap(), unescape);
        assert_eq!((page.total, page.more, page.comments.len()), (3, 1, 2));
        let first = &page.comments[0];
        assert_eq!(first.author, "Tom & <b>Jerry</b>");
        assert_eq!(first.website.as_deref(), Some("https://t.example/?a=1&b=2"));
        assert_eq!(first.more_replies, 2);
        // Drawn only through the allow-list, by the browser.
        assert_eq!(first.body, Body::Html("<p>Hi <script>x</script></p>".into()));
        assert_eq!(first.date.as_str(), "2026-11-27T00:32:30Z");
        let reply = &page.comments[1];
        assert!(reply.deleted);
        assert_eq!(
            (reply.parent.as_deref(), reply.author.as_str(), &reply.website),
            (Some("1"), "", &None)
        );
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
        fn body(title: &str, draft: &CommentDraft) -> String {
            serde_json::to_string(&NewComment::new(title, draft)).unwrap()
        }
        assert_eq!(
            body("A \\ title", &draft),
            r#"{"text":"Hello \"there\"","author":"Ana","email":"","website":null,"parent":12,"title":"A \\ title","notification":0}"#
        );
        let top = CommentDraft {
            website: "https://a.example".into(),
            parent: None,
            ..draft
        };
        let written = body("T", &top);
        assert!(
            written.contains(r#""website":"https://a.example","parent":null"#),
            "{written}"
        );
        assert_eq!(
            message(r#"{"message": "403 Forbidden: CSRF"}"#).as_deref(),
            Some("403 Forbidden: CSRF")
        );
        assert_eq!(message("<p>no</p>"), None);
    }
}
