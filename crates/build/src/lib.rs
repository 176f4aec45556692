//! The build (`cargo run --features ssr --bin prerender`, run by Trunk's post-build hook): every page of
//! the site rendered with the site's own components, and the files search engines, feed readers and
//! hosts look for. [`run`] goes through four stages, once each, in order:
//!
//! 1. [`read`]: the content folder, checked; its message catalogues; Trunk's page, read for its asset
//!    tags ([`trunk`]), the stylesheets it links, the islands' modules ([`modules`]); the record of
//!    the last build;
//! 2. [`routes`]: the route table, every file the build writes as a `content::Route` and what it is made
//!    from;
//! 3. [`render`]: each entry made into text, on every core: a page as one Leptos component,
//!    [`document::Document`] (its head from [`head`], rendered by [`ssr`]) or taken from the last build
//!    when nothing it is made from has changed ([`reuse`]); the feeds and sitemaps by [`xml`];
//! 4. [`write`]: the files written or linked, and the record for the next build.
//!
//! Every page carries the site's Content-Security-Policy ([`csp`]) in a `<meta>` tag, and the copied
//! `_headers` gets the same policy as a header. The policy allows no inline script but the
//! speculation rules ([`speculation`]), by hash; Trunk's inline loader is left out, since `hydrate.js`
//! loads each island's module when its reader needs it ([`modules`]). The stylesheets Trunk copied are joined into one `<style>` in each
//! page, allowed by hash too, so the page paints with its first response (the print sheet stays a file,
//! for print only, and so does the no-JavaScript one).

pub mod csp;
pub mod document;
pub mod head;
pub mod modules;
pub mod read;
pub mod render;
pub mod reuse;
pub mod routes;
pub mod speculation;
pub mod ssr;
pub mod trunk;
pub mod write;
pub mod xml;

use content::{Base, ContentSet};
pub use render::SiteFiles;
use std::path::PathBuf;

/// Where the build reads and writes.
pub struct Job {
    /// The content folder the build was made from.
    pub content: PathBuf,
    /// Trunk's staging folder: holds Trunk's `index.html`, receives every page.
    pub out: PathBuf,
    /// The URL prefix the site is served under (`/` or `/prefix/`).
    pub public_url: String,
    /// A release build leaves out drafts and articles dated in the future; a debug build
    /// (`trunk serve`) shows them.
    pub release: bool,
    /// The last build of the same site (Trunk's dist folder, still in place while the hook runs) and
    /// the file that says what each of its pages was rendered from: a page whose inputs have not
    /// changed is taken from there instead of rendered again.
    pub last_build: Option<(PathBuf, PathBuf)>,
}

/// What a run wrote.
pub struct Built {
    /// The files written, relative to the output folder.
    pub files: Vec<PathBuf>,
    /// How many pages were taken from the last build rather than rendered.
    pub reused: usize,
}

/// What Trunk left in the staging folder that the build uses.
pub struct TrunkOutput {
    /// `index.html`: read for its asset tags.
    pub index_html: String,
    /// `_headers`, copied from `public/_headers`: gets the site's policy.
    pub headers: String,
    /// The stylesheets `index.html` links for every medium, in order: (file in the output folder, text).
    pub stylesheets: Vec<(String, String)>,
    /// The islands' modules, and the renames that name them by their content.
    pub modules: modules::Modules,
}

/// Builds the site `job` describes into its output folder, and says what it wrote.
pub fn run(job: &Job) -> Result<Built, String> {
    let input = read::read(job)?;
    let table = routes::table(&input.set, &input.catalogues.site, &input.trunk.scripts);
    let files = render::render(&input, table)?;
    write::write(
        &job.out,
        files,
        input.last.as_ref().map(|(_, record)| record.as_path()),
    )
}

/// Every file a build of `set` writes, from what Trunk wrote, for a site served at `base`: stages 2 and
/// 3 of [`run`], without the last build.
pub fn render_site(trunk: &TrunkOutput, set: &ContentSet, base: &Base) -> Result<SiteFiles, String> {
    let input = read::Input::new(set.clone(), trunk, base.clone())?;
    let table = routes::table(&input.set, &input.catalogues.site, &input.trunk.scripts);
    render::render(&input, table)
}
