//! Site chrome: the skip link, the header and the footer.

use crate::content::Site;
use crate::paths;
use leptos::prelude::*;

/// The first thing a keyboard reader reaches: straight to the page's main content.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">
            "Skip to content"
        </a>
    }
}

/// The site's name (a link home), its tagline, and its links.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = expect_context::<Site>();
    let links = (!site.links.is_empty()).then(|| {
        view! {
            <nav class="site-nav" aria-label="Site">
                <ul class="site-nav__list">
                    {site
                        .links
                        .into_iter()
                        .map(|l| {
                            view! {
                                <li>
                                    <a class="site-nav__link" href=paths::url(l.href.as_str())>
                                        {l.label}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        }
    });
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <p class="site-header__brand">
                    <a class="site-header__name" href=paths::url("/")>
                        {site.name}
                    </a>
                    {site.tagline.map(|t| view! { <span class="site-header__tagline">{t}</span> })}
                </p>
                {links}
            </div>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let site = expect_context::<Site>();
    view! {
        <footer class="site-footer">
            <p class="site-footer__text">{site.footer}</p>
        </footer>
    }
}
