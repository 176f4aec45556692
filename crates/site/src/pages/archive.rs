//! The archive's index (`/archive/`): every month with an article, newest first, under its year,
//! each with how many articles it has. Each month's own pages are list pages.

use crate::components::widgets::{Counted, CountedList};
use crate::components::{Languages, Layout};
use content::archive::MonthCount;
use content::Route;
use leptos::prelude::*;

#[component]
pub fn ArchivePage(
    /// Every month with an article, newest first.
    months: Vec<MonthCount>,
) -> impl IntoView {
    let t = Languages::get().page;
    let mut years: Vec<(u16, Vec<Counted>)> = Vec::new();
    for m in months {
        let item = Counted {
            text: t.month(m.year, m.month),
            route: Route::month(m.year, m.month),
            count: m.count,
        };
        match years.last_mut() {
            Some((year, items)) if *year == m.year => items.push(item),
            _ => years.push((m.year, vec![item])),
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
                    .map(|(year, items)| {
                        let id = format!("archive-{year:04}");
                        let labelled_by = id.clone();
                        view! {
                            <section class="archive__year" aria-labelledby=labelled_by>
                                <h2 class="archive__year-title" id=id>
                                    {t.year(year)}
                                </h2>
                                <CountedList items class="archive__months" />
                            </section>
                        }
                    })
                    .collect_view()}
            </main>
        </Layout>
    }
}
