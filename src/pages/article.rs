//! `/articles/<slug>/` and the front page: the article the page came with, or one fetched.

use super::front::MoreArticles;
use super::NotFound;
use crate::api::{fetch_article, AppError};
use crate::boot::Preloaded;
use crate::bundle::{article_path, articles, find, site, ArticleRef};
use crate::components::article::heading_id;
use crate::components::boxed::{dynamic, effect, handler, spawn_scoped};
use crate::components::{use_current_section, ArticleView, CommentSection, SectionNav};
use crate::content::Article;
use crate::markup::Html;
use crate::seo::{canonical, description, page_title, Page};
use crate::{dom, route};
use leptos::either::EitherOf3;
use leptos::prelude::*;

/// A whole article page: head tags, contents, the article, extra matter, comments.
#[component]
pub fn ArticleScreen(
    /// The article to show.
    article: Article,
    /// Listed between the article and its comments (the front page lists the other articles).
    #[prop(optional)]
    more: Vec<ArticleRef>,
    /// Whether this is the front page (which shows the newest article) rather than its permalink.
    #[prop(optional)]
    front: bool,
) -> impl IntoView {
    let ids = article.section_ids();
    let article_ref = NodeRef::new();
    let current = use_current_section(ids.clone(), article_ref);
    let sections: Vec<(String, String)> = ids
        .iter()
        .cloned()
        .zip(article.sections.iter().map(|s| s.heading.clone()))
        .collect();

    // A link with #section lands on that section once it is on the page (a fetched
    // article is mounted after its Suspense resolves, so wait for the next frame).
    let known = ids.clone();
    effect(move || match dom::current_hash().filter(|h| known.contains(h)) {
        Some(hash) => {
            route::focus_new_page(Some(heading_id(&hash)));
            dom::after_render(move || {
                dom::scroll_to_id(&hash, false);
                current.set(Some(hash));
            });
        }
        None => route::focus_new_page(None),
    });

    // The prerendered <head> is right for the page it came with; after client-side navigation
    // the title, description and canonical link follow the page shown.
    let (title, description, canonical) = {
        let page = if front {
            Page::Front(&article)
        } else {
            Page::Article(&article)
        };
        (
            page_title(site(), &page),
            description(site(), &page),
            canonical(site(), &page),
        )
    };
    effect(move || dom::set_head(&title, &description, canonical.as_deref()));
    let thread = crate::paths::url(&article_path(&article.slug));
    let comments = article.comments.clone();
    let open = article.comments_open;
    let comment_title = article.title.clone();
    view! {
        <SectionNav sections current />
        <main class="layout__main" id="main" tabindex="-1">
            <ArticleView article node_ref=article_ref />
            {(!more.is_empty()).then(|| view! { <MoreArticles articles=more /> })}
            <CommentSection thread title=comment_title comments open />
        </main>
    }
}

fn load_error_view(error: AppError, retry: impl Fn() + Send + Sync + Clone + 'static) -> impl IntoView {
    let title = format!("Article not loaded – {}", site().name);
    effect(move || {
        dom::set_head(&title, "", None);
        route::focus_new_page(None);
    });
    // Written once as HTML; the one button is heard where its click bubbles to.
    let mut html = Html::default();
    html.open("div", &[("class", "load-error"), ("role", "alert")])
        .leaf(
            "h1",
            &[("class", "page-message__title")],
            "This article could not be loaded",
        )
        .leaf("p", &[], &error.to_string())
        .close("div")
        .open("p", &[])
        .leaf("button", &[("type", "button"), ("class", "button")], "Try again")
        .close("p")
        .open("p", &[])
        .leaf("a", &[("href", &crate::paths::url("/"))], "Go to the front page")
        .close("p");
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if dom::closest(&ev, "button").is_some() {
            retry();
        }
    };
    view! {
        <main
            class="layout__main page-message"
            id="main"
            tabindex="-1"
            inner_html=html.finish()
            on:click=handler(on_click)
        ></main>
    }
}

#[component]
pub fn ArticlePage(
    /// The article's slug, from its permalink.
    slug: String,
    /// Whether this is the front page (which lists the other articles after it).
    #[prop(optional)]
    front: bool,
) -> impl IntoView {
    let screen = move |article: Article| {
        let more = if front {
            articles()
                .iter()
                .filter(|a| a.slug != article.slug)
                .copied()
                .collect()
        } else {
            Vec::new()
        };
        view! { <ArticleScreen article more front /> }
    };
    if let Some(article) = use_context::<Preloaded>().unwrap_or_default().article(&slug) {
        return EitherOf3::A(screen(article));
    }
    if find(&slug).is_none() {
        return EitherOf3::B(view! { <NotFound /> });
    }
    // `None` while the article is on its way.
    let loaded = RwSignal::new(None::<Result<Article, AppError>>);
    let slug = StoredValue::new(slug);
    let load = move || {
        loaded.set(None);
        spawn_scoped(async move { loaded.set(Some(fetch_article(slug.get_value()).await)) });
    };
    load();
    EitherOf3::C(dynamic(move || match loaded.get() {
        None => {
            effect(|| route::focus_new_page(None));
            EitherOf3::A(view! {
                <main
                    class="layout__main page-message page-message--loading"
                    id="main"
                    tabindex="-1"
                    inner_html=r#"<p class="loading" role="status">Loading the article…</p>"#
                ></main>
            })
        }
        Some(Ok(article)) => EitherOf3::B(screen(article)),
        Some(Err(error)) => EitherOf3::C(load_error_view(error, load)),
    }))
}
