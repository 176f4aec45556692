//! Renders every page of the site into Trunk's staging folder. Run by the post-build hook
//! (`scripts/trunk-post-build.sh`), which passes Trunk's environment:
//!
//! ```text
//! cargo run --features ssr --bin prerender -- CONTENT_DIR STAGING_DIR PUBLIC_URL PROFILE
//! ```
//!
//! `PROFILE` is Trunk's (`release` or `debug`): a release build leaves out drafts and articles dated
//! in the future.

use broadsheet::prerender::{run, Job};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [content, out, public_url, profile] = args.as_slice() else {
        eprintln!("usage: prerender CONTENT_DIR STAGING_DIR PUBLIC_URL release|debug");
        return ExitCode::FAILURE;
    };
    let job = Job {
        content: content.into(),
        out: out.into(),
        public_url: public_url.clone(),
        release: profile == "release",
    };
    match run(&job) {
        Ok(written) => {
            println!("prerender: wrote {} files", written.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
