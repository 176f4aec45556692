//! A view whose type is forgotten, for the one recursive view: a comment's replies are comments.
//!
//! Leptos's `AnyView` does the same, but its table of functions also carries the asynchronous
//! hydration of everything inside it (for lazily loaded routes), which the compiler then cannot
//! drop. A static site never runs that code, and in this app it was a sixth of the download.
//! `Boxed` keeps only what runs: build, hydrate, and (in the prerenderer) render to HTML.
//!
//! The boxed view must always produce at least one node (an element): replacing it on rebuild
//! inserts the new view before the old one's first node.

use leptos::tachys::{
    html::attribute::any_attribute::AnyAttribute,
    hydration::Cursor,
    renderer::types::{Element, Node},
    view::{Mountable, Position, PositionState, Render, RenderHtml},
};

trait Erase: Send {
    fn build(self: Box<Self>) -> Box<dyn Mountable>;
    #[cfg(feature = "hydrate")]
    fn hydrate(self: Box<Self>, cursor: &Cursor, position: &PositionState) -> Box<dyn Mountable>;
    #[cfg(feature = "ssr")]
    fn to_html(
        self: Box<Self>,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    );
    #[cfg(feature = "ssr")]
    fn html_len(&self) -> usize;
    #[cfg(feature = "ssr")]
    fn dry_resolve(&mut self);
}

impl<T> Erase for T
where
    T: RenderHtml + 'static,
    T::State: 'static,
{
    fn build(self: Box<Self>) -> Box<dyn Mountable> {
        Box::new(Render::build(*self))
    }

    #[cfg(feature = "hydrate")]
    fn hydrate(self: Box<Self>, cursor: &Cursor, position: &PositionState) -> Box<dyn Mountable> {
        Box::new(RenderHtml::hydrate::<true>(*self, cursor, position))
    }

    #[cfg(feature = "ssr")]
    fn to_html(
        self: Box<Self>,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        RenderHtml::to_html_with_buf(*self, buf, position, escape, mark_branches, extra_attrs);
    }

    #[cfg(feature = "ssr")]
    fn html_len(&self) -> usize {
        RenderHtml::html_len(self)
    }

    #[cfg(feature = "ssr")]
    fn dry_resolve(&mut self) {
        RenderHtml::dry_resolve(self);
    }
}

/// A type-erased view (see the module's notes).
pub struct Boxed(Box<dyn Erase>);

impl Boxed {
    pub fn new<T>(view: T) -> Self
    where
        T: RenderHtml + 'static,
        T::State: 'static,
    {
        Boxed(Box::new(view))
    }
}

/// What a mounted [`Boxed`] keeps.
pub struct BoxedState(Box<dyn Mountable>);

impl Mountable for BoxedState {
    fn unmount(&mut self) {
        self.0.unmount();
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        self.0.mount(parent, marker);
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        self.0.insert_before_this(child)
    }

    fn elements(&self) -> Vec<Element> {
        self.0.elements()
    }
}

impl Render for Boxed {
    type State = BoxedState;

    fn build(self) -> BoxedState {
        BoxedState(self.0.build())
    }

    fn rebuild(self, state: &mut BoxedState) {
        let mut new = self.build();
        state.insert_before_this(&mut new);
        state.unmount();
        *state = new;
    }
}

leptos::tachys::no_attrs!(Boxed);

impl RenderHtml for Boxed {
    type AsyncOutput = Self;
    type Owned = Self;
    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {
        #[cfg(feature = "ssr")]
        self.0.dry_resolve();
    }

    async fn resolve(self) -> Self {
        self
    }

    fn html_len(&self) -> usize {
        #[cfg(feature = "ssr")]
        return self.0.html_len();
        #[cfg(not(feature = "ssr"))]
        0
    }

    #[allow(unused_variables)]
    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        #[cfg(feature = "ssr")]
        self.0.to_html(buf, position, escape, mark_branches, extra_attrs);
    }

    #[allow(unused_variables)]
    fn hydrate<const FROM_SERVER: bool>(self, cursor: &Cursor, position: &PositionState) -> BoxedState {
        #[cfg(feature = "hydrate")]
        if FROM_SERVER {
            return BoxedState(self.0.hydrate(cursor, position));
        }
        self.build()
    }

    fn into_owned(self) -> Self {
        self
    }
}

/// A reactive view whose closure's type is forgotten. Each `move || view! {…}` in a view is
/// otherwise its own copy of Leptos's render-effect code (about 3 KB of the download each);
/// these share one. A change rebuilds the view from scratch, so use it where nothing inside
/// holds focus or typed text while the closure's signals change.
pub type Dynamic = Box<dyn FnMut() -> Boxed + Send>;

pub fn dynamic<V>(mut view: impl FnMut() -> V + Send + 'static) -> Dynamic
where
    V: RenderHtml + 'static,
    V::State: 'static,
{
    Box::new(move || Boxed::new(view()))
}

/// Reactive text, with one shared copy of the render-effect code (see [`dynamic`]).
pub type DynText = Box<dyn FnMut() -> String + Send>;

pub fn text(text: impl FnMut() -> String + Send + 'static) -> DynText {
    Box::new(text)
}

/// `Effect::new` with one shared copy of the effect code for all the app's effects.
pub fn effect(f: impl FnMut() + 'static) {
    let f: Box<dyn FnMut()> = Box::new(f);
    leptos::prelude::Effect::new(f);
}

/// Runs a task under the current owner (so `on_cleanup` inside it works), with one shared copy
/// of Leptos's task code for all the app's tasks.
pub fn spawn_scoped(task: impl std::future::Future<Output = ()> + 'static) {
    let task: std::pin::Pin<Box<dyn std::future::Future<Output = ()>>> = Box::pin(task);
    leptos::task::spawn_local_scoped(task);
}

/// An event handler, with one shared copy of Leptos's listener code per kind of event.
pub fn handler<E: 'static>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}

/// A reactive attribute, property or class value, with one shared copy of Leptos's code per
/// type of value instead of one per closure.
pub fn attr<T: 'static>(value: impl FnMut() -> T + Send + 'static) -> Box<dyn FnMut() -> T + Send> {
    Box::new(value)
}
