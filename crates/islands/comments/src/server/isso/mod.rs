//! A site with a comment server (an Isso server): the thread loads from it a page at a time, posts
//! go to it, and the reader may edit or delete their comment for a while. Built only for such a site
//! (`build.rs` sets `isso_client`); [`none.rs`](../none.rs) has the same calls for every other site.

mod client;
mod html;
mod own;
mod records;

use crate::local::{self, StoredComment};
use crate::model::{CommentDraft, CommentError, ThreadComment};
use crate::state::CommentsState;
use intl::{Msg, PluralMsg};
use leptos::either::Either;
use leptos::prelude::*;
use records::OwnRecord;
use std::sync::Arc;

pub use html::comment_html;
pub use own::own_actions;

/// The comment server and what it has said about the thread.
#[derive(Clone, Copy)]
pub struct Server {
    /// Its address, without a trailing slash; `None` when the site has none (the comments stay
    /// in this browser, as without this client).
    address: StoredValue<Option<String>>,
    /// The article's title, which names a new thread on the server.
    title: StoredValue<String>,
    /// The server's count of published comments, once it has answered.
    total: RwSignal<Option<usize>>,
    /// Top-level comments the server has not sent yet.
    more: RwSignal<usize>,
    status: RwSignal<LoadStatus>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum LoadStatus {
    Loading,
    Ready,
    Failed(String),
}

impl Server {
    pub fn new(address: Option<String>, title: String) -> Server {
        let address = address.map(|a| a.trim_end_matches('/').to_owned());
        Server {
            status: RwSignal::new(if address.is_some() {
                LoadStatus::Loading
            } else {
                LoadStatus::Ready
            }),
            address: StoredValue::new(address),
            title: StoredValue::new(title),
            total: RwSignal::new(None),
            more: RwSignal::new(0),
        }
    }

    /// Whether the comments come from a server, rather than from this browser.
    pub fn is_remote(&self) -> bool {
        self.address.with_value(Option::is_some)
    }

    fn address(&self) -> String {
        self.address.get_value().unwrap_or_default()
    }

    /// Whether a reply to this comment can be threaded under it: Isso threads only under its own
    /// comments, not under those shipped in the article's file.
    pub fn can_reply_to(&self, id: &str) -> bool {
        !self.is_remote() || id.parse::<u64>().is_ok()
    }

    /// The server's count of published comments, once it has answered.
    pub fn total(&self) -> Option<usize> {
        self.total.get()
    }

    /// Counts a comment the server has just published.
    pub fn count_published(&self) {
        self.total.update(|t| *t = t.map(|t| t + 1));
    }

    /// Sends a checked draft; returns the comment as the thread will show it.
    pub async fn post(&self, thread: &str, draft: &CommentDraft) -> Result<ThreadComment, CommentError> {
        if !self.is_remote() {
            return local::post(thread, draft);
        }
        let title = self.title.get_value();
        let mut posted = client::post(&self.address(), thread, &title, draft).await?;
        posted.editable = true;
        records::add(OwnRecord {
            id: posted.id.clone(),
            thread: thread.to_owned(),
            posted: local::now_ms(),
            // A copy to show its author, while it awaits moderation.
            pending: posted.pending.then(|| {
                StoredComment::from_draft(posted.id.clone(), posted.date.as_str().to_owned(), draft)
            }),
        });
        Ok(posted)
    }
}

impl CommentsState {
    /// Loads a page of the thread from the comment server: the first (`offset` 0, which replaces
    /// what was loaded), or the next after the `offset` top-level comments already shown.
    async fn load_page(self, offset: usize) {
        let server = self.server;
        server.status.set(LoadStatus::Loading);
        let thread = self.thread.get_value();
        match client::fetch_page(&server.address(), &thread, offset).await {
            Ok(page) => {
                let mut comments = page.comments;
                records::mark_own(&thread, &mut comments, offset == 0);
                if offset == 0 {
                    self.loaded.set(Vec::new());
                }
                self.merge(comments);
                server.total.set(Some(page.total));
                server.more.set(page.more);
                server.status.set(LoadStatus::Ready);
            }
            Err(e) => server.status.set(LoadStatus::Failed(self.error(&e))),
        }
    }

    /// Loads more replies to `parent`, after those shown; the reader goes on at the first that arrived.
    async fn load_replies(self, parent: String) {
        let offset = self.loaded.with_untracked(|l| {
            l.iter()
                .filter(|c| c.parent.as_deref() == Some(parent.as_str()) && !c.pending)
                .count()
        });
        let thread = self.thread.get_value();
        match client::fetch_replies(&self.server.address(), &thread, &parent, offset).await {
            Ok(page) => {
                let mut replies = page.comments;
                records::mark_own(&thread, &mut replies, false);
                let first = replies.first().map(ThreadComment::anchor);
                self.merge(replies);
                self.change(&parent, |c| c.more_replies = page.more);
                if let Some(anchor) = first {
                    dom::after_render(move || dom::go_to(&anchor, None));
                }
            }
            Err(e) => self.server.status.set(LoadStatus::Failed(self.error(&e))),
        }
    }

    /// Changes one loaded comment and draws it afresh.
    fn change(&self, id: &str, f: impl FnOnce(&mut ThreadComment)) {
        self.loaded.update(|loaded| {
            if let Some(c) = loaded.iter_mut().find(|c| c.id == id) {
                let c = Arc::make_mut(c);
                f(c);
                c.revision += 1;
            }
        });
    }
}

/// Loads the thread from the server once the island has hydrated, and says how that goes:
/// "Loading comments…", or why they could not be loaded, with "Try again".
pub fn load_status(state: CommentsState) -> impl IntoView {
    let load = Action::new_local(move |_: &()| state.load_page(0));
    Effect::new(move |_| {
        if state.server.is_remote() {
            load.dispatch(());
        }
    });
    move || match state.server.status.get() {
        LoadStatus::Loading => Some(Either::Left(view! {
            <p class="comments__status" role="status">
                {state.t(Msg::CommentsLoading)}
            </p>
        })),
        LoadStatus::Failed(message) => Some(Either::Right(view! {
            <div class="comments__error" role="alert">
                <p>{state.t(Msg::CommentsLoadFailed)} " " {message}</p>
                <p>
                    <button
                        type="button"
                        class="button button--secondary"
                        on:click=move |_| {
                            load.dispatch(());
                        }
                    >
                        {state.t(Msg::TryAgain)}
                    </button>
                </p>
            </div>
        })),
        LoadStatus::Ready => None,
    }
}

/// "Show more comments (N)": the server sends twenty top-level comments at a time.
pub fn more_comments(state: CommentsState) -> impl IntoView {
    let load_more = Action::new_local(move |_: &()| {
        // Where the next page starts: the top-level comments from the server already shown.
        let offset = state
            .loaded
            .with_untracked(|l| l.iter().filter(|c| c.parent.is_none() && !c.pending).count());
        state.load_page(offset)
    });
    move || {
        let more = state.server.more.get();
        (more > 0).then(|| {
            let label = state.fill(
                Msg::ShowMoreComments,
                &[("count", &state.text.with_value(|t| t.number(more)))],
            );
            view! {
                <p class="comments__more">
                    <button
                        type="button"
                        class="button button--secondary"
                        on:click=move |_| {
                            if !load_more.pending().get_untracked() {
                                load_more.dispatch(());
                            }
                        }
                    >
                        {label}
                    </button>
                </p>
            }
        })
    }
}

/// "Show N more replies", after the replies the server sent with `parent`, `depth` deep.
pub fn more_replies(state: CommentsState, parent: String, depth: usize, count: usize) -> impl IntoView {
    let parent = StoredValue::new(parent);
    let load = Action::new_local(move |_: &()| state.load_replies(parent.get_value()));
    let class = format!(
        "comment-list__more comment-list__more--depth-{}",
        depth.min(crate::item::DEEPEST)
    );
    view! {
        <li class=class>
            <button
                type="button"
                class="button button--secondary"
                on:click=move |_| {
                    if !load.pending().get_untracked() {
                        load.dispatch(());
                    }
                }
            >
                {state.count(PluralMsg::MoreReplies, count)}
            </button>
        </li>
    }
}
