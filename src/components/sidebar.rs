//! The sidebar: the site's widgets in the order the content gives, written once as HTML by
//! `markup` (they do not change while the page is shown).

use crate::bundle::site;
use crate::content::{text::thousands, ProductList, Site, VisitorCounter, Widget};
use crate::markup::Html;
use leptos::prelude::*;

fn visitor_counter(html: &mut Html, counter: &VisitorCounter, title_id: &str) {
    html.open(
        "section",
        &[
            ("class", "widget widget--visitors"),
            ("aria-labelledby", title_id),
        ],
    )
    .leaf(
        "h2",
        &[("class", "widget__title"), ("id", title_id)],
        &counter.title,
    )
    .open("dl", &[("class", "visitor-counter")]);
    for (label, n) in [("Today", counter.today), ("Total", counter.total)] {
        html.open("div", &[("class", "visitor-counter__row")])
            .leaf("dt", &[], label)
            .leaf("dd", &[], &thousands(n))
            .close("div");
    }
    html.close("dl").close("section");
}

fn product_list(html: &mut Html, list: &ProductList, title_id: &str) {
    html.open(
        "section",
        &[
            ("class", "widget widget--products"),
            ("aria-labelledby", title_id),
        ],
    )
    .leaf("h2", &[("class", "widget__title"), ("id", title_id)], &list.title)
    .open("ul", &[("class", "product-list")]);
    for p in &list.products {
        html.open("li", &[("class", "product")]);
        if let Some(img) = &p.image {
            html.open("div", &[("class", "product__image")])
                .image(img)
                .close("div");
        }
        html.open("h3", &[("class", "product__name")]);
        match &p.href {
            Some(href) => html.link(href, &[], &p.name),
            None => html.text(&p.name),
        };
        html.close("h3");
        if let Some(excerpt) = &p.excerpt {
            html.leaf("p", &[("class", "product__excerpt")], excerpt);
        }
        html.close("li");
    }
    html.close("ul").close("section");
}

/// The sidebar's content, inside `<aside>`.
pub fn sidebar_html(site: &Site) -> String {
    let mut html = Html::default();
    for (i, widget) in site.sidebar.iter().enumerate() {
        let title_id = format!("widget-{i}-title");
        match widget {
            Widget::VisitorCounter(counter) => visitor_counter(&mut html, counter, &title_id),
            Widget::ProductList(list) => product_list(&mut html, list, &title_id),
        }
    }
    html.finish()
}

#[component]
pub fn Sidebar() -> impl IntoView {
    view! { <aside class="sidebar" aria-label="Sidebar" inner_html=sidebar_html(site())></aside> }
}
