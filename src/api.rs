//! Loading what is not built into the app: other articles' JSON, fetched on demand.

use crate::content::{parse_article, Article};
use gloo_net::http::Request;
use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AppError {
    #[error("The network request failed. Check your connection, then try again.")]
    Network,
    #[error("The server answered with an error (HTTP {0}). Try again in a moment.")]
    Status(u16),
    #[error("The article's content is not valid: {0}")]
    Content(String),
}

/// Where an article's JSON is served from.
pub fn article_url(slug: &str) -> String {
    crate::paths::url(&format!("/content/articles/{slug}.json"))
}

/// Fetches and checks one article. Leaving the page aborts the request.
pub async fn fetch_article(slug: String) -> Result<Article, AppError> {
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    let controller = SendWrapper::new(controller);
    on_cleanup(move || {
        if let Some(c) = controller.take() {
            c.abort();
        }
    });
    let url = article_url(&slug);
    let response = Request::get(&url)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|_| AppError::Network)?;
    if !response.ok() {
        return Err(AppError::Status(response.status()));
    }
    let bytes = response.binary().await.map_err(|_| AppError::Network)?;
    parse_article(&url, &bytes).map_err(|e| AppError::Content(e.to_string()))
}
