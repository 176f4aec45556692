//! The article itself: headline, byline and sections of typed blocks. Every piece of
//! content is rendered as text; a run of inline spans is written by `markup`, which escapes
//! all text and links only to checked addresses.

use crate::content::{Article, Block, Figure, Image, Quote};
use crate::markup;
use leptos::either::{Either, EitherOf5};
use leptos::prelude::*;

/// An image with its size, so space is kept for it before it arrives.
pub fn image_view(img: &Image) -> impl IntoView {
    view! {
        <img
            src=crate::paths::url(img.src.as_str())
            alt=img.alt.clone()
            width=img.width
            height=img.height
            loading="lazy"
            decoding="async"
        />
    }
}

fn quote_view(q: &Quote) -> impl IntoView {
    view! {
        <figure class="article__quote">
            <blockquote>
                <p inner_html=markup::inlines(&q.text)></p>
            </blockquote>
            {q.cite.clone().map(|c| view! { <figcaption>"— " <cite>{c}</cite></figcaption> })}
        </figure>
    }
}

fn figure_view(f: &Figure) -> impl IntoView {
    view! {
        <figure class="article__figure">
            {image_view(&f.image)}
            {f.caption.as_ref().map(|c| view! { <figcaption inner_html=markup::inlines(c)></figcaption> })}
        </figure>
    }
}

fn block_view(block: &Block) -> impl IntoView {
    match block {
        Block::Paragraph(text) => EitherOf5::A(view! { <p inner_html=markup::inlines(text)></p> }),
        Block::Subheading(text) => {
            EitherOf5::B(view! { <h3 class="article__subheading">{text.clone()}</h3> })
        }
        Block::List(list) => {
            let items = list
                .items
                .iter()
                .map(|i| view! { <li inner_html=markup::inlines(i)></li> })
                .collect_view();
            EitherOf5::C(if list.ordered {
                Either::Left(view! { <ol class="article__list">{items}</ol> })
            } else {
                Either::Right(view! { <ul class="article__list">{items}</ul> })
            })
        }
        Block::Quote(q) => EitherOf5::D(quote_view(q)),
        Block::Figure(f) => EitherOf5::E(figure_view(f)),
    }
}

/// The id of a section's heading, which takes focus when a contents link is followed.
pub fn heading_id(section_id: &str) -> String {
    format!("{section_id}-heading")
}

#[component]
pub fn ArticleView(
    /// The article to show.
    article: Article,
    /// Each section's element, watched to mark the section being read.
    section_refs: Vec<NodeRef<leptos::html::Section>>,
) -> impl IntoView {
    let ids = article.section_ids();
    let minutes = article.reading_minutes();
    let sections = article
        .sections
        .iter()
        .zip(ids)
        .zip(section_refs)
        .map(|((section, id), node_ref)| {
            let heading = heading_id(&id);
            view! {
                <section class="article__section" id=id node_ref=node_ref>
                    <h2 class="article__heading" id=heading tabindex="-1">
                        {section.heading.clone()}
                    </h2>
                    {section.blocks.iter().map(block_view).collect_view()}
                </section>
            }
        })
        .collect_view();
    view! {
        <article class="article">
            <header class="article__header">
                <h1 class="article__title">{article.title.clone()}</h1>
                {article.standfirst.clone().map(|s| view! { <p class="article__standfirst">{s}</p> })}
                <p class="article__meta">
                    <span class="article__author">"By " {article.author.clone()}</span>
                    <span class="article__date">
                        <time datetime=article.published.as_str().to_owned()>{article.published.human()}</time>
                    </span>
                    {article
                        .updated
                        .clone()
                        .map(|u| {
                            view! {
                                <span class="article__date">
                                    "Updated " <time datetime=u.as_str().to_owned()>{u.human()}</time>
                                </span>
                            }
                        })}
                    <span class="article__reading-time">{format!("{minutes} min read")}</span>
                </p>
            </header>
            {sections}
        </article>
    }
}
