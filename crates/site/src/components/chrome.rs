//! Site chrome: the skip link, the header and the footer.

use super::{base, site, Languages};
use content::Route;
use leptos::prelude::*;

/// The first thing a keyboard reader reaches: straight to the page's main content.
#[component]
pub fn SkipLink() -> impl IntoView {
    let languages = Languages::get();
    view! {
        <a class="skip-link" href="#main" lang=languages.chrome_lang() dir=languages.chrome_dir()>
            {languages.site.text("skip-to-content")}
        </a>
    }
}

/// The site's name (a link home), its tagline, and its links.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = site();
    let base = base();
    let languages = Languages::get();
    let nav_label = languages.site.text("site-nav");
    let links = (!site.links.is_empty()).then(|| {
        view! {
            <nav class="site-nav" aria-label=nav_label>
                <ul class="site-nav__list">
                    {site
                        .links
                        .iter()
                        .map(|l| {
                            view! {
                                <li>
                                    <a class="site-nav__link" href=base.href(l.href.as_str())>
                                        {l.label.clone()}
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
        <header class="site-header" lang=languages.chrome_lang() dir=languages.chrome_dir()>
            <div class="site-header__inner">
                <p class="site-header__brand">
                    <a class="site-header__name" href=Route::FRONT.href(&base)>
                        {site.name.clone()}
                    </a>
                    {site.tagline.clone().map(|t| view! { <span class="site-header__tagline">{t}</span> })}
                </p>
                {links}
            </div>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let languages = Languages::get();
    view! {
        <footer class="site-footer" lang=languages.chrome_lang() dir=languages.chrome_dir()>
            <p class="site-footer__text">{site().footer.clone()}</p>
        </footer>
    }
}

/// Shown by the islands' panic hook (`#crash`, see `dom::show_crash_notice`) instead of leaving dead
/// controls; hidden until then.
#[component]
pub fn CrashNotice() -> impl IntoView {
    let t = Languages::get().page;
    view! {
        <div id="crash" class="crash" role="alert" hidden=true>
            <p>
                <strong>{t.text("crash-title")}</strong>
                " "
                <a href="" target="_self">
                    {t.text("crash-reload")}
                </a>
                " "
                {t.text("crash-after")}
            </p>
        </div>
    }
}
