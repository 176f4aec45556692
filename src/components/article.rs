//! The article itself: headline, byline and sections of typed blocks, written once as HTML by
//! `markup` (which escapes all text and links only to checked addresses): none of it changes
//! while it is shown.

use crate::content::{Article, Block};
use crate::markup::Html;
use leptos::prelude::*;

fn block(html: &mut Html, block: &Block) {
    match block {
        Block::Paragraph(text) => {
            html.open("p", &[]).inlines(text).close("p");
        }
        Block::Subheading(text) => {
            html.leaf("h3", &[("class", "article__subheading")], text);
        }
        Block::List(list) => {
            let tag = if list.ordered { "ol" } else { "ul" };
            html.open(tag, &[("class", "article__list")]);
            for item in &list.items {
                html.open("li", &[]).inlines(item).close("li");
            }
            html.close(tag);
        }
        Block::Quote(q) => {
            html.open("figure", &[("class", "article__quote")])
                .open("blockquote", &[])
                .open("p", &[])
                .inlines(&q.text)
                .close("p")
                .close("blockquote");
            if let Some(cite) = &q.cite {
                html.open("figcaption", &[])
                    .text("— ")
                    .leaf("cite", &[], cite)
                    .close("figcaption");
            }
            html.close("figure");
        }
        Block::Figure(f) => {
            html.open("figure", &[("class", "article__figure")])
                .image(&f.image);
            if let Some(caption) = &f.caption {
                html.open("figcaption", &[]).inlines(caption).close("figcaption");
            }
            html.close("figure");
        }
    }
}

/// The article's content, inside `<article>`.
pub fn article_html(article: &Article) -> String {
    let mut html = Html::default();
    html.open("header", &[("class", "article__header")]).leaf(
        "h1",
        &[("class", "article__title")],
        &article.title,
    );
    if let Some(standfirst) = &article.standfirst {
        html.leaf("p", &[("class", "article__standfirst")], standfirst);
    }
    html.open("p", &[("class", "article__meta")])
        .leaf(
            "span",
            &[("class", "article__author")],
            &format!("By {}", article.author),
        )
        .open("span", &[("class", "article__date")])
        .leaf(
            "time",
            &[("datetime", article.published.as_str())],
            &article.published.human(),
        )
        .close("span");
    if let Some(updated) = &article.updated {
        html.open("span", &[("class", "article__date")])
            .text("Updated ")
            .leaf("time", &[("datetime", updated.as_str())], &updated.human())
            .close("span");
    }
    let minutes = format!("{} min read", article.reading_minutes());
    html.leaf("span", &[("class", "article__reading-time")], &minutes)
        .close("p")
        .close("header");
    for (section, id) in article.sections.iter().zip(article.section_ids()) {
        html.open("section", &[("class", "article__section"), ("id", &id)])
            .leaf(
                "h2",
                &[
                    ("class", "article__heading"),
                    ("id", &heading_id(&id)),
                    ("tabindex", "-1"),
                ],
                &section.heading,
            );
        for b in &section.blocks {
            block(&mut html, b);
        }
        html.close("section");
    }
    html.finish()
}

/// The id of a section's heading, which takes focus when a contents link is followed.
pub fn heading_id(section_id: &str) -> String {
    format!("{section_id}-heading")
}

#[component]
pub fn ArticleView(
    /// The article to show.
    article: Article,
    /// The `<article>` element, whose sections are watched to mark the one being read.
    node_ref: NodeRef<leptos::html::Article>,
) -> impl IntoView {
    view! { <article class="article" node_ref=node_ref inner_html=article_html(&article)></article> }
}
