//! The sidebar's widgets made from the articles: the newest articles, the categories and the months
//! of the archive, each with how many articles it has, and a search form. What they list is worked
//! out once for the whole build ([`Publication`]) and is in every page's context.

use super::{base, Languages};
use content::archive::{months, MonthCount};
use content::taxonomy::{terms, Kind};
use content::{Article, RecentArticles, Route, Site, Widget};
use leptos::prelude::*;
use std::sync::Arc;

/// How many months the archives widget lists before its link to the whole archive.
pub const ARCHIVE_WIDGET_MONTHS: usize = 12;

/// An article as a widget links to it.
#[derive(Debug, Clone, PartialEq, Hash)]
pub struct ArticleLink {
    pub title: String,
    pub route: Route,
    /// The article's language, when it is not the site's.
    pub lang: Option<String>,
}

/// A page of articles a widget links to, with how many articles it lists.
#[derive(Debug, Clone, PartialEq, Hash)]
pub struct Counted {
    /// What the link says.
    pub text: String,
    pub route: Route,
    pub count: usize,
}

/// What the widgets list, the same on every page of a build.
#[derive(Debug, Clone, Default, PartialEq, Hash)]
pub struct Publication {
    /// The newest articles, as many as the longest recent-articles widget shows.
    pub recent: Vec<ArticleLink>,
    /// Every category, by name.
    pub categories: Vec<Counted>,
    /// Every month with an article, newest first.
    pub months: Vec<MonthCount>,
}

impl Publication {
    /// What `site`'s widgets list, from its articles (newest first).
    pub fn new(site: &Site, articles: &[Arc<Article>]) -> Publication {
        let recent = site
            .sidebar
            .iter()
            .filter_map(|w| match w {
                Widget::RecentArticles(r) => Some(r.n),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        let mut categories: Vec<Counted> = terms(Kind::Category, articles)
            .into_iter()
            .map(|term| Counted {
                text: term.name.to_owned(),
                route: Route::term(Kind::Category, &term.slug),
                count: term.articles.len(),
            })
            .collect();
        categories.sort_by_key(|c| c.text.to_lowercase());
        Publication {
            recent: articles
                .iter()
                .take(recent)
                .map(|a| ArticleLink {
                    title: a.title.clone(),
                    route: Route::article(&a.slug),
                    lang: a.language.clone().filter(|l| *l != site.language),
                })
                .collect(),
            categories,
            months: months(articles)
                .into_iter()
                .map(|m| MonthCount::from(&m))
                .collect(),
        }
    }

    /// The build's publication, from context; empty where none was given.
    pub fn get() -> Arc<Publication> {
        use_context::<Arc<Publication>>().unwrap_or_default()
    }
}

/// A widget: a section of the sidebar named by its heading.
#[component]
fn WidgetSection(
    /// The widget's class, after `widget`: `widget--recent`.
    class: &'static str,
    title: String,
    title_id: String,
    children: Children,
) -> impl IntoView {
    let labelled_by = title_id.clone();
    view! {
        <section class=format!("widget {class}") aria-labelledby=labelled_by>
            <h2 class="widget__title" id=title_id>
                {title}
            </h2>
            {children()}
        </section>
    }
}

/// The newest articles, by title.
#[component]
pub fn RecentArticlesWidget(widget: RecentArticles, title_id: String) -> impl IntoView {
    let site = Languages::get().site;
    let title = widget
        .title
        .unwrap_or_else(|| site.text("widget-recent-articles"));
    let base = base();
    let articles: Vec<ArticleLink> = Publication::get().recent.iter().take(widget.n).cloned().collect();
    view! {
        <WidgetSection class="widget--recent" title title_id>
            <ul class="widget-list">
                {articles
                    .into_iter()
                    .map(|a| {
                        view! {
                            <li lang=a.lang>
                                <a href=a.route.href(&base)>{a.title}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </WidgetSection>
    }
}

/// Links to pages of articles, each with how many it lists (in the site's language): a widget's
/// categories or months, the archive's months.
#[component]
pub fn CountedList(
    items: Vec<Counted>,
    /// The list's class: `widget-list`, `archive__months`.
    class: &'static str,
) -> impl IntoView {
    let site = Languages::get().site;
    let base = base();
    view! {
        <ul class=class>
            {items
                .into_iter()
                .map(|item| {
                    view! {
                        <li>
                            <a href=item.route.href(&base)>{item.text}</a>
                            " "
                            <span class="counted__count">{site.count("articles-count", item.count)}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// Every category, with how many articles it has.
#[component]
pub fn CategoriesWidget(title: Option<String>, title_id: String) -> impl IntoView {
    let title = title.unwrap_or_else(|| Languages::get().site.text("widget-categories"));
    let items = Publication::get().categories.clone();
    view! {
        <WidgetSection class="widget--categories" title title_id>
            <CountedList items class="widget-list" />
        </WidgetSection>
    }
}

/// The newest months, with how many articles each has, and a link to every month.
#[component]
pub fn ArchivesWidget(title: Option<String>, title_id: String) -> impl IntoView {
    let site = Languages::get().site;
    let title = title.unwrap_or_else(|| site.text("widget-archives"));
    let items: Vec<Counted> = Publication::get()
        .months
        .iter()
        .take(ARCHIVE_WIDGET_MONTHS)
        .map(|m| Counted {
            text: site.month(m.year, m.month),
            route: Route::month(m.year, m.month),
            count: m.count,
        })
        .collect();
    view! {
        <WidgetSection class="widget--archives" title title_id>
            <CountedList items class="widget-list" />
            <p class="widget__more">
                <a href=Route::Archive.href(&base())>{site.text("all-months")}</a>
            </p>
        </WidgetSection>
    }
}

/// A search form that submits to the search page: it works without JavaScript as far as the page.
#[component]
pub fn SearchWidget(title: Option<String>, title_id: String) -> impl IntoView {
    let site = Languages::get().site;
    let title = title.unwrap_or_else(|| site.text("widget-search"));
    let input_id = format!("{title_id}-query");
    let label_for = input_id.clone();
    let form_label = title_id.clone();
    view! {
        <WidgetSection class="widget--search" title title_id>
            <form
                class="search-widget"
                role="search"
                aria-labelledby=form_label
                action=Route::Search.href(&base())
                method="get"
            >
                <label class="field__label" for=label_for>
                    {site.text("search-label")}
                </label>
                <div class="search-widget__row">
                    <input class="field__input search-widget__input" id=input_id type="search" name="q" />
                    <button type="submit" class="button">
                        {site.text("search-button")}
                    </button>
                </div>
            </form>
        </WidgetSection>
    }
}
