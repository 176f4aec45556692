//! The sidebar: the site's widgets in the order the content gives, each a titled section. The ones
//! made from the articles are in [`super::widgets`].

use super::article::{ContentImage, ContentLink};
use super::widgets::{ArchivesWidget, CategoriesWidget, RecentArticlesWidget, SearchWidget};
use super::{site, Languages};
use content::{Product, ProductList, VisitorCounter, Widget};
use leptos::either::{Either, EitherOf6};
use leptos::prelude::*;

#[component]
fn VisitorCounterWidget(counter: VisitorCounter, title_id: String) -> impl IntoView {
    let labelled_by = title_id.clone();
    let site = Languages::get().site;
    view! {
        <section class="widget widget--visitors" aria-labelledby=labelled_by>
            <h2 class="widget__title" id=title_id>
                {counter.title}
            </h2>
            <dl class="visitor-counter">
                <div class="visitor-counter__row">
                    <dt>{site.text("visitors-today")}</dt>
                    <dd>{site.number(counter.today)}</dd>
                </div>
                <div class="visitor-counter__row">
                    <dt>{site.text("visitors-total")}</dt>
                    <dd>{site.number(counter.total)}</dd>
                </div>
            </dl>
        </section>
    }
}

#[component]
fn ProductItem(product: Product) -> impl IntoView {
    let name = match product.href {
        Some(href) => Either::Left(view! { <ContentLink href>{product.name}</ContentLink> }),
        None => Either::Right(product.name),
    };
    view! {
        <li class="product">
            {product
                .image
                .map(|image| {
                    view! {
                        <div class="product__image">
                            <ContentImage image />
                        </div>
                    }
                })}
            <h3 class="product__name">{name}</h3>
            {product.excerpt.map(|e| view! { <p class="product__excerpt">{e}</p> })}
        </li>
    }
}

#[component]
fn ProductListWidget(list: ProductList, title_id: String) -> impl IntoView {
    let labelled_by = title_id.clone();
    view! {
        <section class="widget widget--products" aria-labelledby=labelled_by>
            <h2 class="widget__title" id=title_id>
                {list.title}
            </h2>
            <ul class="product-list">
                {list.products.into_iter().map(|product| view! { <ProductItem product /> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
pub fn Sidebar() -> impl IntoView {
    let site = site();
    let languages = Languages::get();
    view! {
        <aside
            class="sidebar"
            aria-label=languages.site.text("sidebar")
            lang=languages.chrome_lang()
            dir=languages.chrome_dir()
        >
            {site
                .sidebar
                .iter()
                .cloned()
                .enumerate()
                .map(|(i, widget)| {
                    let title_id = format!("widget-{i}-title");
                    match widget {
                        Widget::VisitorCounter(counter) => {
                            EitherOf6::A(view! { <VisitorCounterWidget counter title_id /> })
                        }
                        Widget::ProductList(list) => EitherOf6::B(view! { <ProductListWidget list title_id /> }),
                        Widget::RecentArticles(widget) => {
                            EitherOf6::C(view! { <RecentArticlesWidget widget title_id /> })
                        }
                        Widget::Categories(w) => {
                            EitherOf6::D(view! { <CategoriesWidget title=w.title title_id /> })
                        }
                        Widget::Archives(w) => EitherOf6::E(view! { <ArchivesWidget title=w.title title_id /> }),
                        Widget::Search(w) => EitherOf6::F(view! { <SearchWidget title=w.title title_id /> }),
                    }
                })
                .collect_view()}
        </aside>
    }
}
