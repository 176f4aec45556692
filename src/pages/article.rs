//! An article's permalink (`/articles/<slug>/`), and the front page, which shows the newest article
//! and lists the others after it.

use crate::components::{ArticleView, Languages, Layout, MoreArticles};
use crate::content::{Article, CommentServer, Site};
use crate::islands::{CommentBox, Contents, SectionLink};
use crate::paths;
use leptos::prelude::*;

#[component]
pub fn ArticlePage(
    /// The article to show.
    article: Article,
    /// Listed between the article and its comments (the front page lists the other articles).
    #[prop(optional)]
    more: Vec<Article>,
) -> impl IntoView {
    let site = expect_context::<Site>();
    let sections: Vec<SectionLink> = article
        .section_ids()
        .into_iter()
        .zip(&article.sections)
        .map(|(id, s)| SectionLink {
            id,
            heading: s.heading.clone(),
        })
        .collect();
    let thread = paths::url(&paths::article_path(&article.slug));
    let server = site.comment_server.map(|CommentServer::Isso(url)| url);
    let title = article.title.clone();
    let open = article.comments_open;
    let comments = article.comments.clone();
    let t = Languages::get().page;
    let label = t.text("contents");
    let text = t.island_text();
    view! {
        <Layout>
            <Contents sections label />
            <main class="layout__main" id="main" tabindex="-1">
                <ArticleView article />
                {(!more.is_empty()).then(|| view! { <MoreArticles articles=more /> })}
                <CommentBox thread title open comments server text />
            </main>
        </Layout>
    }
}
