//! The article itself: headline, byline, and sections of typed blocks with inline spans. Every text
//! is rendered as text, and links go only to the addresses the content check accepted.

use super::{base, Languages};
use content::taxonomy::{term_slug, Kind};
use content::{Article, Block, Date, Figure, Href, Image, Inline, Inlines, List, Quote, Route, Section};
use island_contents::heading_id;
use leptos::either::{Either, EitherOf5};
use leptos::prelude::*;
use std::sync::Arc;

/// An article's categories or tags as links to their pages, under a label; nothing when it has none.
fn terms_view(kind: Kind, label: String, names: Vec<String>) -> Option<impl IntoView> {
    (!names.is_empty()).then(|| {
        let base = base();
        view! {
            <p class="article__terms">
                <span class="article__terms-label">{label} " "</span>
                {names
                    .into_iter()
                    .enumerate()
                    .map(|(i, name)| {
                        let href = Route::term(kind, &term_slug(&name)).href(&base);
                        // Search results can be narrowed to a category (the link's text).
                        let filter = (kind == Kind::Category).then_some("category");
                        view! {
                            {(i > 0).then_some(", ")}
                            <a href=href data-pagefind-filter=filter>
                                <bdi>{name}</bdi>
                            </a>
                        }
                    })
                    .collect_view()}
            </p>
        }
    })
}

/// A link to a checked address, with `rel="noopener"` when it leaves the site.
#[component]
pub fn ContentLink(href: Href, children: Children) -> impl IntoView {
    let rel = href.is_external().then_some("noopener");
    view! {
        <a href=base().href(href.as_str()) rel=rel>
            {children()}
        </a>
    }
}

/// An image with its size, so space is kept for it before it arrives.
#[component]
pub fn ContentImage(image: Image) -> impl IntoView {
    view! {
        <img
            src=base().href(image.src.as_str())
            alt=image.alt
            width=image.width
            height=image.height
            loading="lazy"
            decoding="async"
        />
    }
}

/// A run of inline spans: text, emphasis, strong, code and links, nested as written.
pub fn inlines(spans: Inlines) -> AnyView {
    spans
        .0
        .into_iter()
        .map(|span| match span {
            Inline::Text(text) => text.into_any(),
            Inline::Em(inner) => view! { <em>{inlines(inner)}</em> }.into_any(),
            Inline::Strong(inner) => view! { <strong>{inlines(inner)}</strong> }.into_any(),
            Inline::Code(code) => view! { <code>{code}</code> }.into_any(),
            Inline::Link { text, href } => {
                view! { <ContentLink href>{inlines(text)}</ContentLink> }.into_any()
            }
        })
        .collect_view()
        .into_any()
}

#[component]
fn ContentList(list: List) -> impl IntoView {
    let items = list
        .items
        .into_iter()
        .map(|item| view! { <li>{inlines(item)}</li> })
        .collect_view();
    if list.ordered {
        Either::Left(view! { <ol class="article__list">{items}</ol> })
    } else {
        Either::Right(view! { <ul class="article__list">{items}</ul> })
    }
}

#[component]
fn ContentQuote(quote: Quote) -> impl IntoView {
    view! {
        <figure class="article__quote">
            <blockquote>
                <p>{inlines(quote.text)}</p>
            </blockquote>
            {quote
                .cite
                .map(|cite| {
                    view! {
                        <figcaption>
                            "— " <cite>{cite}</cite>
                        </figcaption>
                    }
                })}
        </figure>
    }
}

#[component]
fn ContentFigure(figure: Figure) -> impl IntoView {
    view! {
        <figure class="article__figure">
            <ContentImage image=figure.image />
            {figure.caption.map(|caption| view! { <figcaption>{inlines(caption)}</figcaption> })}
        </figure>
    }
}

#[component]
fn ContentBlock(block: Block) -> impl IntoView {
    match block {
        Block::Paragraph(text) => EitherOf5::A(view! { <p>{inlines(text)}</p> }),
        Block::Subheading(text) => EitherOf5::B(view! { <h3 class="article__subheading">{text}</h3> }),
        Block::List(list) => EitherOf5::C(view! { <ContentList list /> }),
        Block::Quote(quote) => EitherOf5::D(view! { <ContentQuote quote /> }),
        Block::Figure(figure) => EitherOf5::E(view! { <ContentFigure figure /> }),
    }
}

/// One section: an `h2` that takes focus from the contents, then its blocks.
#[component]
fn ArticleSection(section: Section, id: String) -> impl IntoView {
    view! {
        <section class="article__section" id=id.clone()>
            <h2 class="article__heading" id=heading_id(&id) tabindex="-1">
                {section.heading}
            </h2>
            {section.blocks.into_iter().map(|block| view! { <ContentBlock block /> }).collect_view()}
        </section>
    }
}

/// A date as the page's language writes it.
pub fn date_text(date: &Date) -> String {
    let (year, month, day) = date.ymd();
    Languages::get().page.date(year, month, day)
}

/// The article: its header (headline, standfirst, byline, dates, reading time) and its sections.
///
/// On its permalink (`searchable`), the site's search index takes the article from here: its text
/// (not the byline's), its date and its categories (Pagefind's `data-pagefind-*` attributes).
#[component]
pub fn ArticleView(
    article: Arc<Article>,
    /// Whether this is the page the search index should list for the article.
    #[prop(optional)]
    searchable: bool,
) -> impl IntoView {
    let ids = article.section_ids();
    let t = Languages::get().page;
    let minutes = t.count("reading-time", article.reading_minutes());
    // The byline's words around the author's name, which links to the author's page.
    // (An empty text would render as a space, so an empty side is left out.)
    let (by, after) = t.around("byline", "author");
    let (by, after) = (
        Some(by).filter(|s| !s.is_empty()),
        Some(after).filter(|s| !s.is_empty()),
    );
    let base = base();
    let author = Route::term(Kind::Author, &term_slug(&article.author)).href(&base);
    let published = date_text(&article.published);
    // The date links to the month's archive.
    let (year, month, _) = article.published.ymd();
    let month = Route::month(year, month).href(&base);
    let categories = terms_view(
        Kind::Category,
        t.text("article-categories"),
        article.categories.clone(),
    );
    let tags = terms_view(Kind::Tag, t.text("article-tags"), article.tags.clone());
    let filed = (categories.is_some() || tags.is_some())
        .then(|| view! { <footer class="article__footer">{categories} {tags}</footer> });
    let updated = article.updated.clone().map(|updated| {
        view! {
            <span class="article__date">
                {format!("{} ", t.text("updated"))}
                <time datetime=updated.as_str().to_owned()>{date_text(&updated)}</time>
            </span>
        }
    });
    view! {
        <article class="article" data-pagefind-body=searchable.then_some("")>
            <header class="article__header">
                <h1 class="article__title">{article.title.clone()}</h1>
                {article.standfirst.clone().map(|s| view! { <p class="article__standfirst">{s}</p> })}
                <p class="article__meta" data-pagefind-ignore=searchable.then_some("")>
                    <span class="article__author">
                        {by}
                        <a href=author>
                            <bdi>{article.author.clone()}</bdi>
                        </a>
                        {after}
                    </span>
                    <span class="article__date">
                        <a href=month>
                            <time
                                datetime=article.published.as_str().to_owned()
                                data-pagefind-meta=searchable.then_some("published[datetime]")
                            >
                                {published}
                            </time>
                        </a>
                    </span>
                    {updated}
                    <span class="article__reading-time">{minutes}</span>
                </p>
            </header>
            {article
                .sections
                .iter()
                .cloned()
                .zip(ids)
                .map(|(section, id)| view! { <ArticleSection section id /> })
                .collect_view()}
            {filed}
        </article>
    }
}
