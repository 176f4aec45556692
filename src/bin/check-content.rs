//! Checks a content folder the way the build does, without building the site:
//!
//! ```text
//! cargo run --bin check-content -- [DIR]      (DIR defaults to public/content)
//! ```
//!
//! Prints every problem as `error: file:line:column: at path: message` and exits 1,
//! or prints `ok: N articles, site "Name"` and exits 0.

use broadsheet::content::{check_set, ArticleFile};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn read(path: &Path, errors: &mut Vec<String>) -> Option<Vec<u8>> {
    std::fs::read(path)
        .map_err(|e| errors.push(format!("{}: cannot read the file: {e}", path.display())))
        .ok()
}

fn main() -> ExitCode {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "public/content".into()));
    let mut errors = Vec::new();
    if !dir.is_dir() {
        eprintln!("error: {}: there is no content folder here", dir.display());
        eprintln!("1 error in {}", dir.display());
        return ExitCode::FAILURE;
    }
    let site_path = dir.join("site.json");
    let site = read(&site_path, &mut errors);
    let articles_dir = dir.join("articles");
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&articles_dir) {
        Ok(entries) => entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect(),
        Err(e) => {
            errors.push(format!(
                "{}: cannot read the articles folder: {e}",
                articles_dir.display()
            ));
            Vec::new()
        }
    };
    paths.sort();
    let files: Vec<ArticleFile> = paths
        .iter()
        .filter_map(|p| {
            read(p, &mut errors).map(|bytes| ArticleFile {
                file: p.display().to_string(),
                bytes,
            })
        })
        .collect();
    if let (Some(site_bytes), true) = (site, errors.is_empty()) {
        match check_set(&site_path.display().to_string(), &site_bytes, &files) {
            Ok(set) => {
                println!(
                    "ok: {} article{}, site \"{}\"",
                    set.articles.len(),
                    if set.articles.len() == 1 { "" } else { "s" },
                    set.site.name
                );
                return ExitCode::SUCCESS;
            }
            Err(found) => errors.extend(found.0.iter().map(ToString::to_string)),
        }
    }
    for e in &errors {
        eprintln!("error: {e}");
    }
    let n = errors.len();
    eprintln!("{n} error{} in {}", if n == 1 { "" } else { "s" }, dir.display());
    ExitCode::FAILURE
}
