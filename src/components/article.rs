//! The article itself: headline, byline and sections of typed blocks. Every piece of
//! content is rendered as text nodes; links carry only checked addresses.

use crate::content::{Article, Block, Figure, Image, Inline, Inlines, Quote};
use leptos::prelude::*;

fn inline_view(span: &Inline) -> AnyView {
    match span {
        Inline::Text(t) => t.clone().into_any(),
        Inline::Em(inner) => view! { <em>{inlines_view(inner)}</em> }.into_any(),
        Inline::Strong(inner) => view! { <strong>{inlines_view(inner)}</strong> }.into_any(),
        Inline::Code(c) => view! { <code>{c.clone()}</code> }.into_any(),
        Inline::Link { text, href } => {
            let rel = href.is_external().then_some("noopener");
            view! {
                <a href=crate::paths::url(href.as_str()) rel=rel>
                    {inlines_view(text)}
                </a>
            }
            .into_any()
        }
    }
}

/// A run of inline spans as nodes.
pub fn inlines_view(inlines: &Inlines) -> Vec<AnyView> {
    inlines.0.iter().map(inline_view).collect()
}

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
                <p>{inlines_view(&q.text)}</p>
            </blockquote>
            {q.cite.clone().map(|c| view! { <figcaption>"— " <cite>{c}</cite></figcaption> })}
        </figure>
    }
}

fn figure_view(f: &Figure) -> impl IntoView {
    view! {
        <figure class="article__figure">
            {image_view(&f.image)}
            {f.caption.as_ref().map(|c| view! { <figcaption>{inlines_view(c)}</figcaption> })}
        </figure>
    }
}

fn block_view(block: &Block) -> AnyView {
    match block {
        Block::Paragraph(text) => view! { <p>{inlines_view(text)}</p> }.into_any(),
        Block::Subheading(text) => view! { <h3 class="article__subheading">{text.clone()}</h3> }.into_any(),
        Block::List(list) => {
            let items = list
                .items
                .iter()
                .map(|i| view! { <li>{inlines_view(i)}</li> })
                .collect_view();
            if list.ordered {
                view! { <ol class="article__list">{items}</ol> }.into_any()
            } else {
                view! { <ul class="article__list">{items}</ul> }.into_any()
            }
        }
        Block::Quote(q) => quote_view(q).into_any(),
        Block::Figure(f) => figure_view(f).into_any(),
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
