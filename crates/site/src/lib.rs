//! The site's pages and their static building blocks: ordinary Leptos components, rendered to HTML at
//! build time and never shipped to the browser. They place the islands (`island-*` crates), the only
//! parts the browser hydrates.
//!
//! - `pages`: one component per kind of page;
//! - `components`: the header, footer, article, sidebar widgets, lists and pagination.
//!
//! Every link is made from a `content::Route` (or, for an address the content wrote, with the site's
//! `content::Base`), with the prefix the build provides in context.

#![recursion_limit = "256"]

pub mod components;
pub mod pages;
