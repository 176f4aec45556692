//! An article's permalink (`/articles/<slug>/`), and the front page, which shows the newest article
//! and lists the others after it.

use crate::components::{
    base, site, ArticleNeighbours, ArticleView, Languages, Layout, MoreArticles, RelatedArticles,
};
use content::{Article, CommentServer, Pager, Route};
use island_comments::{model::ShippedComment, CommentBox};
use island_contents::{ArticleContents, Contents, SectionLink};
use leptos::prelude::*;
use std::sync::Arc;

/// What the front page lists after its article: a page of the other articles, and where the rest are.
pub struct FrontList {
    pub articles: Vec<Arc<Article>>,
    pub pager: Pager,
}

#[component]
pub fn ArticlePage(
    /// The article to show.
    article: Arc<Article>,
    /// The front page lists the other articles between the article and its comments.
    #[prop(optional)]
    more: Option<FrontList>,
    /// A permalink links the articles published before and after it…
    #[prop(default = None)]
    previous: Option<Arc<Article>>,
    #[prop(default = None)] next: Option<Arc<Article>>,
    /// …and those on the same subjects.
    #[prop(optional)]
    related: Vec<Arc<Article>>,
) -> impl IntoView {
    let site = site();
    let sections: Vec<SectionLink> = article
        .section_ids()
        .into_iter()
        .zip(&article.sections)
        .map(|(id, s)| SectionLink {
            id,
            heading: s.heading.clone(),
        })
        .collect();
    // The permalink, not the front page, is the article's page in the search index.
    let searchable = more.is_none();
    let thread = Route::article(&article.slug).href(&base());
    let server = site.comment_server.clone().map(|CommentServer::Isso(url)| url);
    let title = article.title.clone();
    let open = article.comments_open;
    let comments: Vec<ShippedComment> = article
        .comments
        .iter()
        .map(|c| ShippedComment {
            id: c.id.clone(),
            parent: c.parent.clone(),
            author: c.author.clone(),
            website: c.website.clone(),
            date: c.date.clone(),
            text: c.text.clone(),
        })
        .collect();
    let t = Languages::get().page;
    // The contents island reads its sections from the page in the browser, and from here in the build.
    provide_context(ArticleContents {
        sections,
        label: t.text("contents"),
    });
    let text = t.island_text();
    view! {
        <Layout>
            <Contents />
            <main class="layout__main" id="main" tabindex="-1">
                <ArticleView article searchable />
                <ArticleNeighbours previous next />
                <RelatedArticles articles=related />
                {more
                    .filter(|m| !m.articles.is_empty())
                    .map(|FrontList { articles, pager }| view! { <MoreArticles articles pager /> })}
                <CommentBox thread title open comments server text />
            </main>
        </Layout>
    }
}
