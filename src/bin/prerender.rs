//! Renders every page of the site into Trunk's staging folder. Run by the post-build hook
//! (`scripts/trunk-post-build.sh`), which passes Trunk's environment:
//!
//! ```text
//! cargo run --features ssr --bin prerender -- CONTENT_DIR STAGING_DIR PUBLIC_URL PROFILE [LAST_DIST]
//! ```
//!
//! `PROFILE` is Trunk's (`release` or `debug`): a release build leaves out drafts and articles dated
//! in the future. `LAST_DIST` is the last build's folder (Trunk's dist, in place while the hook runs):
//! pages whose inputs have not changed are taken from there.

use build::{reuse, run, Job};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (content, out, public_url, profile, last) = match args.as_slice() {
        [content, out, public_url, profile] => (content, out, public_url, profile, None),
        [content, out, public_url, profile, last] => (content, out, public_url, profile, Some(last)),
        _ => {
            eprintln!("usage: prerender CONTENT_DIR STAGING_DIR PUBLIC_URL release|debug [LAST_DIST]");
            return ExitCode::FAILURE;
        }
    };
    // The record of the last build's pages is kept beside this program, never in the site.
    let last_build = last.filter(|dist| !dist.is_empty()).and_then(|dist| {
        let program = std::env::current_exe().ok()?;
        let record = reuse::record_path(&program, Path::new(dist))?;
        Some((PathBuf::from(dist), record))
    });
    let job = Job {
        content: content.into(),
        out: out.into(),
        public_url: public_url.clone(),
        release: profile == "release",
        last_build,
    };
    match run(&job) {
        Ok(built) => {
            println!("prerender: wrote {} files", built.files.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
