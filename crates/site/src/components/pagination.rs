//! A list's pages: `<nav aria-label="Pagination">` with previous, next and numbered links.

use super::{base, Languages};
use content::Pager;
use leptos::prelude::*;

/// The page numbers to link: the first, the last, and two either side of the current one; `None`
/// stands for the numbers left out between them.
fn numbers(pager: &Pager) -> Vec<Option<usize>> {
    let near = |n: usize| n == 1 || n == pager.total || n.abs_diff(pager.current) <= 2;
    let mut out = Vec::new();
    for n in 1..=pager.total {
        if near(n) {
            out.push(Some(n));
        } else if out.last() != Some(&None) {
            out.push(None);
        }
    }
    out
}

/// Previous, numbered and next links; nothing when the list has one page.
#[component]
pub fn Pagination(
    /// The list's pages.
    pager: Pager,
) -> impl IntoView {
    (pager.total > 1).then(|| {
        let t = Languages::get().page;
        let base = base();
        let previous = pager.previous().map(|route| {
            view! {
                <a class="pagination__step" href=route.href(&base) rel="prev">
                    {t.text("previous-page")}
                </a>
            }
        });
        let next = pager.next().map(|route| {
            view! {
                <a class="pagination__step" href=route.href(&base) rel="next">
                    {t.text("next-page")}
                </a>
            }
        });
        // "Page" before each number, for screen readers: "Page 2", not a bare "2".
        let page_word = format!("{} ", t.text("page-number"));
        let items = numbers(&pager)
            .into_iter()
            .map(|n| match n {
                Some(n) => {
                    let current = (n == pager.current).then_some("page");
                    view! {
                        <li>
                            <a class="pagination__number" href=pager.route(n).href(&base) aria-current=current>
                                <span class="visually-hidden">{page_word.clone()}</span>
                                {t.number(n as u64)}
                            </a>
                        </li>
                    }
                    .into_any()
                }
                None => view! { <li class="pagination__gap">"…"</li> }.into_any(),
            })
            .collect_view();
        view! {
            <nav class="pagination" aria-label=t.text("pagination")>
                {previous}
                <ol class="pagination__list">{items}</ol>
                {next}
            </nav>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use content::Listing;

    fn pager(current: usize, total: usize) -> Pager {
        Pager {
            listing: Listing::Term {
                kind: content::taxonomy::Kind::Tag,
                slug: "wall".into(),
            },
            current,
            total,
        }
    }

    #[test]
    fn numbers_keep_the_ends_and_the_neighbourhood() {
        assert_eq!(numbers(&pager(1, 3)), [Some(1), Some(2), Some(3)]);
        assert_eq!(
            numbers(&pager(6, 12)),
            [
                Some(1),
                None,
                Some(4),
                Some(5),
                Some(6),
                Some(7),
                Some(8),
                None,
                Some(12)
            ]
        );
        assert_eq!(numbers(&pager(1, 9)), [Some(1), Some(2), Some(3), None, Some(9)]);
    }
}
