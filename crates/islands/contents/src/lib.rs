//! The table of contents, an island: links to each section of the article, the one being read
//! marked (`aria-current`), sticky beside the article on wide screens and behind a "Contents"
//! button above it on phones. Following a link scrolls there, moves keyboard focus to the section's
//! heading and puts `#section` in the address, so Back and sharing work.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One entry of the contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionLink {
    /// The section's id (its anchor).
    pub id: String,
    pub heading: String,
}

/// What the contents list: the article's sections, and "Contents" in the page's language. The build
/// provides it as context to the island it renders; the browser reads the same back from that page,
/// so the island has no props to decode.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleContents {
    /// The article's sections, in reading order.
    pub sections: Vec<SectionLink>,
    /// "Contents", in the page's language.
    pub label: String,
}

impl ArticleContents {
    /// The article's sections (each `<section class="article__section" id>` and its heading) and the
    /// label of the contents' own `<nav>`, as the build wrote them.
    fn from_page() -> ArticleContents {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return ArticleContents::default();
        };
        let label = document
            .query_selector(".section-nav")
            .ok()
            .flatten()
            .and_then(|nav| nav.get_attribute("aria-label"))
            .unwrap_or_default();
        let sections = document
            .query_selector_all(".article__section")
            .map(|found| {
                (0..found.length())
                    .filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok())
                    .filter_map(|section| {
                        let heading = section.query_selector(".article__heading").ok()??;
                        Some(SectionLink {
                            id: section.id(),
                            heading: heading.text_content()?,
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        ArticleContents { sections, label }
    }
}

/// The id of a section's heading, which takes focus when a contents link is followed.
pub fn heading_id(section_id: &str) -> String {
    format!("{section_id}-heading")
}

#[island]
pub fn Contents() -> impl IntoView {
    // Only the build has the contents as context; the browser finds them in the page.
    let ArticleContents { sections, label } = use_context().unwrap_or_else(ArticleContents::from_page);
    let open = RwSignal::new(false);
    let ids: Vec<String> = sections.iter().map(|s| s.id.clone()).collect();
    let current = current_section(ids);
    let nav_label = label.clone();
    let title = label.clone();
    view! {
        <nav class="section-nav" class:section-nav--open=open aria-label=nav_label>
            <button
                type="button"
                class="section-nav__toggle"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="section-nav-list"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {label}
            </button>
            <p class="section-nav__title" aria-hidden="true">
                {title}
            </p>
            // The article's sections do not change while it is read: a plain list, not a keyed one.
            <ol class="section-nav__list" id="section-nav-list">
                {sections
                    .into_iter()
                    .map(|section| view! { <SectionNavLink section current open /> })
                    .collect_view()}
            </ol>
        </nav>
    }
}

#[component]
fn SectionNavLink(
    section: SectionLink,
    /// The section being read.
    current: RwSignal<Option<String>>,
    /// Whether the list is open on a phone.
    open: RwSignal<bool>,
) -> impl IntoView {
    let id = StoredValue::new(section.id.clone());
    let is_current = move || id.with_value(|id| current.with(|c| c.as_deref() == Some(id.as_str())));
    view! {
        <li class="section-nav__item">
            <a
                class="section-nav__link"
                href=format!("#{}", section.id)
                aria-current=move || is_current().then_some("true")
                on:click=move |ev| {
                    ev.prevent_default();
                    let id = id.get_value();
                    current.set(Some(id.clone()));
                    dom::push_hash(&id);
                    // Collapse the list first: scrolling while it collapses would overshoot.
                    open.set(false);
                    dom::after_render(move || dom::go_to(&id, Some(&heading_id(&id))));
                }
            >
                {section.heading}
            </a>
        </li>
    }
}

/// Tracks which section the reader is in: the first section crossing the top 30% of the viewport,
/// else the last one scrolled past, else none (above the first section). Watches the article's
/// sections (outside the island) once it has hydrated; a page opened at `#section` starts there.
fn current_section(ids: Vec<String>) -> RwSignal<Option<String>> {
    let current = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if let Some(hash) = dom::current_hash().filter(|h| ids.contains(h)) {
            current.set(Some(hash));
        }
        dom::watch_sections(&ids, move |id| {
            if current.get_untracked() != id {
                current.set(id);
            }
        });
    });
    current
}
