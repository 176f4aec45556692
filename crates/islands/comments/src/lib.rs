//! The comment box, an island: "N comments", the thread (the comments shipped with the article, then
//! the comment server's or those posted from this browser), and "Leave a Reply".
//!
//! The build renders it into the page from its props; the browser hydrates it from the same props.
//! Everything only the browser has (the reader's draft and name, the comments they posted here, a
//! comment server's thread) arrives after hydration, so the first render is the same on both sides.

mod form;
mod item;
mod local;
pub mod model;
mod state;
mod text;

// The one place the comment box differs between a site with a comment server and one without:
// `build.rs` sets `isso_client` from `site.json`, for the build and the browser alike, so only a site
// with a server downloads the Isso client. Both modules have the same calls. The crate's tests always
// have the client, to test it.
#[cfg_attr(any(test, isso_client), path = "server/isso/mod.rs")]
#[cfg_attr(not(any(test, isso_client)), path = "server/none.rs")]
mod server;

use form::CommentForm;
use intl::{IslandText, Msg};
use item::CommentList;
use leptos::either::Either;
use leptos::prelude::*;
use model::ShippedComment;
use state::{heading, typed_before_hydration, CommentsState};

/// The comment box of one article.
#[island]
pub fn CommentBox(
    /// The thread's key: the article's permalink, with the site's prefix.
    thread: String,
    /// The article's title, which names a new thread on a comment server.
    title: String,
    /// Whether readers may comment.
    open: bool,
    /// The comments shipped with the article, oldest first.
    comments: Vec<ShippedComment>,
    /// The comment server's address, when the site has one.
    server: Option<String>,
    /// The comment box's messages, in the page's language.
    text: IslandText,
) -> impl IntoView {
    let state = CommentsState::new(thread, open, comments, server::Server::new(server, title), text);
    provide_context(state);
    // Runs in the browser only, once the island has hydrated.
    let typed = typed_before_hydration();
    Effect::new(move |_| untrack(|| state.restore(typed.clone())));

    let has_comments = Memo::new(move |_| state.rows.with(|rows| !rows.is_empty()));
    let form_here = Memo::new(move |_| state.target.with(Option::is_none));
    view! {
        <section class="comments" id="comments" aria-labelledby="comments-title">
            <h2 class="comments__title" id="comments-title">
                {move || heading(state)}
            </h2>
            {server::load_status(state)}
            {move || has_comments.get().then(|| view! { <CommentList /> })}
            {server::more_comments(state)}
            {if open {
                Either::Left(move || form_here.get().then(|| view! { <CommentForm /> }))
            } else {
                Either::Right(view! { <p class="comments__closed">{state.t(Msg::CommentsClosed)}</p> })
            }}
        </section>
    }
}
