//! The search box, an island on the search page (`/search/?q=…`): a labelled form, a count of the
//! results that screen readers hear, and the results as links with their date and an excerpt, the
//! matched words in `<mark>`.
//!
//! Searching needs no server: Pagefind's index of every article is files beside the pages. Its
//! JavaScript loads once the search page has hydrated (no other page loads it), so it is ready when
//! the reader starts typing; the index chunks of a query load as it is typed, from its third letter.
//! The query and category are in the address, so Back and sharing work.
//! Without JavaScript the form still submits here, where the page says search needs it.

mod index;

use index::{date_parts, excerpt_runs, Found, Hit, Request, SearchFailed};
use intl::{IslandText, Msg, PluralMsg};
use leptos::either::EitherOf4;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// How many results show at first, and how many more each "Show more results" adds.
const RESULTS_STEP: usize = 10;

const QUERY_ID: &str = "search-query";
const CATEGORY_ID: &str = "search-category";

#[island]
pub fn Search(
    /// The search page's address, with the site's prefix: the form's action without JavaScript.
    action: String,
    /// The address of Pagefind's `pagefind.js`, with the site's prefix.
    index: String,
    /// The names of the site's categories, to search within one.
    categories: Vec<String>,
    /// The search box's messages, in the page's language.
    text: IslandText,
) -> impl IntoView {
    let text = StoredValue::new(text);
    let index = StoredValue::new(index);
    let query = RwSignal::new(String::new());
    let category = RwSignal::new(String::new());
    let limit = RwSignal::new(RESULTS_STEP);
    let search =
        Action::new_local(move |request: &Request| index::search(index.get_value(), request.clone()));
    let run = move |debounce: bool| {
        let request = Request {
            query: query.get_untracked().trim().to_owned(),
            category: category.get_untracked(),
            limit: limit.get_untracked(),
            debounce,
        };
        if request.query.is_empty() {
            search.value().set(None);
        } else {
            search.dispatch_local(request);
        }
    };
    // What the address says: on opening the page (after hydration, so both renders match) and on
    // Back and Forward.
    // Typing a new query adds one history entry, which its later keystrokes and its submission
    // update: Back returns to the search before it.
    let typing = StoredValue::new(false);
    let from_address = move || {
        typing.set_value(false);
        query.set(dom::query_param("q"));
        category.set(dom::query_param("category"));
        limit.set(RESULTS_STEP);
        run(false);
    };
    Effect::new(move |_| {
        spawn_local(index::preload(index.get_value()));
        from_address();
    });
    let _ = window_event_listener(leptos::ev::popstate, move |_| from_address());
    let in_address = move |push: bool| {
        dom::set_query_params(
            &[
                ("q", query.get_untracked().trim()),
                ("category", &category.get_untracked()),
            ],
            push,
        );
    };

    let on_input = move |ev| {
        query.set(event_target_value(&ev));
        limit.set(RESULTS_STEP);
        in_address(!typing.get_value());
        typing.set_value(true);
        run(true);
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        limit.set(RESULTS_STEP);
        in_address(!typing.get_value());
        typing.set_value(false);
        run(false);
    };
    let on_category = move |ev| {
        category.set(event_target_value(&ev));
        limit.set(RESULTS_STEP);
        in_address(true);
        typing.set_value(false);
        run(false);
    };
    let show_more = move |_| {
        limit.update(|n| *n += RESULTS_STEP);
        run(false);
    };

    let label = text.with_value(|t| t.get(Msg::SearchLabel).to_owned());
    let button = text.with_value(|t| t.get(Msg::SearchButton).to_owned());
    let category_filter = (!categories.is_empty()).then(|| {
        let (label, all) = text.with_value(|t| {
            (
                t.get(Msg::SearchCategory).to_owned(),
                t.get(Msg::SearchAllCategories).to_owned(),
            )
        });
        view! {
            <div class="field search-form__field">
                <label class="field__label" for=CATEGORY_ID>
                    {label}
                </label>
                <select
                    class="field__input search-form__select"
                    id=CATEGORY_ID
                    name="category"
                    prop:value=category
                    on:change=on_category
                >
                    <option value="">{all}</option>
                    {categories
                        .into_iter()
                        .map(|name| {
                            let value = name.clone();
                            view! { <option value=value>{name}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
        }
    });

    let status = move || match search.value().get() {
        _ if search.pending().get() => text.with_value(|t| t.get(Msg::SearchLoading).to_owned()),
        Some(Ok(Some(found))) if found.total == 0 => {
            text.with_value(|t| t.fill(Msg::SearchNoResults, &[("query", query.get_untracked().trim())]))
        }
        Some(Ok(Some(found))) => text.with_value(|t| {
            t.count_with(
                PluralMsg::SearchResults,
                found.total,
                &[("query", query.get_untracked().trim())],
            )
        }),
        Some(Err(SearchFailed)) => text.with_value(|t| t.get(Msg::SearchFailed).to_owned()),
        Some(Ok(None)) | None => String::new(),
    };
    let results = move || match search.value().get() {
        Some(Ok(Some(Found { total, results }))) if !results.is_empty() => {
            let more = (results.len() < total).then(|| {
                view! {
                    <button type="button" class="button button--secondary search__more" on:click=show_more>
                        {text.with_value(|t| t.get(Msg::SearchMoreResults).to_owned())}
                    </button>
                }
            });
            EitherOf4::A(view! {
                <ol class="search-results">
                    <For each=move || results.clone() key=|hit| hit.url.clone() let:hit>
                        <SearchResult hit text />
                    </For>
                </ol>
                {more}
            })
        }
        Some(Err(SearchFailed)) => EitherOf4::B(view! {
            <button type="button" class="button search__retry" on:click=move |_| run(false)>
                {text.with_value(|t| t.get(Msg::TryAgain).to_owned())}
            </button>
        }),
        Some(_) => EitherOf4::C(()),
        None => EitherOf4::D(()),
    };

    view! {
        <div class="search">
            <form class="search-form" role="search" action=action method="get" on:submit=on_submit>
                <div class="field search-form__field">
                    <label class="field__label" for=QUERY_ID>
                        {label}
                    </label>
                    <div class="search-form__row">
                        <input
                            class="field__input search-form__input"
                            id=QUERY_ID
                            type="search"
                            name="q"
                            autocomplete="off"
                            spellcheck="false"
                            prop:value=query
                            on:input=on_input
                            // Tries again if loading with the page failed (offline).
                            on:focus=move |_| spawn_local(index::preload(index.get_value()))
                        />
                        <button type="submit" class="button search-form__submit">
                            {button}
                        </button>
                    </div>
                </div>
                {category_filter}
            </form>
            <p class="search__status" role="status">
                {status}
            </p>
            {results}
        </div>
    }
}

/// One result: the article's title as a link, its date, and the excerpt.
#[component]
fn SearchResult(hit: Hit, text: StoredValue<IslandText>) -> impl IntoView {
    let date = date_parts(&hit.published).map(|(year, month, day)| {
        let shown = text.with_value(|t| t.date(year, month, day));
        view! { <time class="search-result__date" datetime=hit.published>{shown}</time> }
    });
    let excerpt = excerpt_runs(&hit.excerpt)
        .into_iter()
        .map(|(run, marked)| {
            if marked {
                leptos::either::Either::Left(view! { <mark>{run}</mark> })
            } else {
                leptos::either::Either::Right(run)
            }
        })
        .collect_view();
    view! {
        <li class="search-result">
            <h2 class="search-result__title">
                <a href=hit.url>{hit.title}</a>
            </h2>
            {date}
            <p class="search-result__excerpt">{excerpt}</p>
        </li>
    }
}
