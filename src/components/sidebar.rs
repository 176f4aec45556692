//! The sidebar: the site's widgets in the order the content gives.

use super::article::image_view;
use crate::bundle::site;
use crate::content::{text::thousands, ProductList, VisitorCounter, Widget};
use leptos::either::Either;
use leptos::prelude::*;

#[component]
fn VisitorCounterWidget(counter: VisitorCounter, title_id: String) -> impl IntoView {
    view! {
        <section class="widget widget--visitors" aria-labelledby=title_id.clone()>
            <h2 class="widget__title" id=title_id.clone()>
                {counter.title}
            </h2>
            <dl class="visitor-counter">
                <div class="visitor-counter__row">
                    <dt>"Today"</dt>
                    <dd>{thousands(counter.today)}</dd>
                </div>
                <div class="visitor-counter__row">
                    <dt>"Total"</dt>
                    <dd>{thousands(counter.total)}</dd>
                </div>
            </dl>
        </section>
    }
}

#[component]
fn ProductListWidget(list: ProductList, title_id: String) -> impl IntoView {
    let products = list
        .products
        .into_iter()
        .map(|p| {
            let name = match &p.href {
                Some(href) => {
                    let rel = href.is_external().then_some("noopener");
                    Either::Left(view! {
                        <a href=crate::paths::url(href.as_str()) rel=rel>
                            {p.name.clone()}
                        </a>
                    })
                }
                None => Either::Right(p.name.clone()),
            };
            view! {
                <li class="product">
                    {p.image.as_ref().map(|img| view! { <div class="product__image">{image_view(img)}</div> })}
                    <h3 class="product__name">{name}</h3>
                    {p.excerpt.clone().map(|e| view! { <p class="product__excerpt">{e}</p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="widget widget--products" aria-labelledby=title_id.clone()>
            <h2 class="widget__title" id=title_id.clone()>
                {list.title}
            </h2>
            <ul class="product-list">{products}</ul>
        </section>
    }
}

#[component]
pub fn Sidebar() -> impl IntoView {
    let widgets = site()
        .sidebar
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let title_id = format!("widget-{i}-title");
            match w.clone() {
                Widget::VisitorCounter(counter) => {
                    Either::Left(view! { <VisitorCounterWidget counter title_id /> })
                }
                Widget::ProductList(list) => Either::Right(view! { <ProductListWidget list title_id /> }),
            }
        })
        .collect_view();
    view! {
        <aside class="sidebar" aria-label="Sidebar">
            {widgets}
        </aside>
    }
}
