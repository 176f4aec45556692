//! The archive's index (`/archive/`): every month with an article, newest first, under its year,
//! each with how many articles it has. Each month's own pages are list pages.

use crate::components::widgets::MonthCount;
use crate::components::{Languages, Layout};
use crate::content::archive::month_path;
use crate::paths;
use leptos::prelude::*;

#[component]
pub fn ArchivePage(
    /// Every month with an article, newest first.
    months: Vec<MonthCount>,
) -> impl IntoView {
    let t = Languages::get().page;
    let mut years: Vec<(u16, Vec<MonthCount>)> = Vec::new();
    for month in months {
        match years.last_mut() {
            Some((year, months)) if *year == month.year => months.push(month),
            _ => years.push((month.year, vec![month])),
        }
    }
    view! {
        <Layout>
            <main class="layout__main list-page archive" id="main" tabindex="-1">
                <header class="list-page__header">
                    <h1 class="list-page__title">{t.text("archive-title")}</h1>
                </header>
                {years
                    .into_iter()
                    .map(|(year, months)| {
                        let id = format!("archive-{year:04}");
                        let labelled_by = id.clone();
                        view! {
                            <section class="archive__year" aria-labelledby=labelled_by>
                                <h2 class="archive__year-title" id=id>
                                    {t.year(year)}
                                </h2>
                                <ul class="archive__months">
                                    {months
                                        .into_iter()
                                        .map(|m| {
                                            view! {
                                                <li class="archive__month">
                                                    <a href=paths::url(&month_path(m.year, m.month))>
                                                        {t.month(m.year, m.month)}
                                                    </a>
                                                    " "
                                                    <span class="archive__count">
                                                        {t.count("articles-count", m.count)}
                                                    </span>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </section>
                        }
                    })
                    .collect_view()}
            </main>
        </Layout>
    }
}
