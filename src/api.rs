//! Loading what is not built into the app: other articles' JSON, fetched on demand.

use crate::content::{parse_article, Article};
use gloo_net::http::Request;
use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AppError {
    #[error("The network request failed. Check your connection, then try again.")]
    Network,
    #[error("The server took too long to answer. Check your connection, then try again.")]
    Timeout,
    #[error("The server answered with an error (HTTP {0}). Try again in a moment.")]
    Status(u16),
    #[error("The article's content is not valid: {0}")]
    Content(String),
}

/// Where an article's JSON is served from.
pub fn article_url(slug: &str) -> String {
    crate::paths::url(&format!("/content/articles/{slug}.json"))
}

/// How long an article may take to arrive before the reader is told and offered a retry.
pub const TIMEOUT_MS: i32 = 10_000;

/// Fetches and checks one article. Leaving the page aborts the request; so does a server that has
/// not answered within [`TIMEOUT_MS`].
pub async fn fetch_article(slug: String) -> Result<Article, AppError> {
    let deadline = crate::dom::Deadline::start(TIMEOUT_MS).ok_or(AppError::Network)?;
    let on_leave = SendWrapper::new(Some(deadline.controller().clone()));
    on_cleanup(move || {
        if let Some(c) = on_leave.take() {
            c.abort();
        }
    });
    let url = article_url(&slug);
    let result = async {
        let response = Request::get(&url)
            .abort_signal(Some(&deadline.signal()))
            .send()
            .await?;
        let bytes = response.binary().await?;
        Ok::<_, gloo_net::Error>((response.ok(), response.status(), bytes))
    }
    .await;
    let (ok, status, bytes) = result.map_err(|_| {
        if deadline.timed_out() {
            AppError::Timeout
        } else {
            AppError::Network
        }
    })?;
    if !ok {
        return Err(AppError::Status(status));
    }
    parse_article(&url, &bytes).map_err(|e| AppError::Content(e.to_string()))
}
