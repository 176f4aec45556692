//! Site chrome: the skip link, the header and the footer.

use crate::bundle::site;
use crate::components::boxed::handler;
use crate::content::Site;
use crate::dom;
use crate::markup::Html;
use leptos::prelude::*;

/// The first thing a keyboard reader reaches: straight to the page's main content.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=handler(|ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                dom::go_to("main", None);
            })
        >
            "Skip to content"
        </a>
    }
}

/// The header's content, inside `<header>`: the site's name and its links.
pub fn header_html(site: &Site) -> String {
    let mut html = Html::default();
    html.open("div", &[("class", "site-header__inner")])
        .open("p", &[("class", "site-header__brand")])
        .leaf(
            "a",
            &[("class", "site-header__name"), ("href", &crate::paths::url("/"))],
            &site.name,
        );
    if let Some(tagline) = &site.tagline {
        html.leaf("span", &[("class", "site-header__tagline")], tagline);
    }
    html.close("p");
    if !site.links.is_empty() {
        html.open("nav", &[("class", "site-nav"), ("aria-label", "Site")])
            .open("ul", &[("class", "site-nav__list")]);
        for l in &site.links {
            let href = crate::paths::url(l.href.as_str());
            html.open("li", &[])
                .leaf("a", &[("class", "site-nav__link"), ("href", &href)], &l.label)
                .close("li");
        }
        html.close("ul").close("nav");
    }
    html.close("div");
    html.finish()
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! { <header class="site-header" inner_html=header_html(site())></header> }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p class="site-footer__text">{site().footer.clone()}</p>
        </footer>
    }
}
