//! Site chrome: the skip link, the header and the footer.

use crate::bundle::site;
use crate::dom;
use leptos::prelude::*;

/// The first thing a keyboard reader reaches: straight to the page's main content.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=|ev| {
                ev.prevent_default();
                dom::go_to("main", None);
            }
        >
            "Skip to content"
        </a>
    }
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = site();
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <p class="site-header__brand">
                    <a class="site-header__name" href=crate::paths::url("/")>
                        {site.name.clone()}
                    </a>
                    {site.tagline.clone().map(|t| view! { <span class="site-header__tagline">{t}</span> })}
                </p>
                {(!site.links.is_empty())
                    .then(|| {
                        view! {
                            <nav class="site-nav" aria-label="Site">
                                <ul class="site-nav__list">
                                    {site
                                        .links
                                        .iter()
                                        .map(|l| {
                                            view! {
                                                <li>
                                                    <a class="site-nav__link" href=crate::paths::url(l.href.as_str())>
                                                        {l.label.clone()}
                                                    </a>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </nav>
                        }
                    })}
            </div>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p class="site-footer__text">{site().footer.clone()}</p>
        </footer>
    }
}
