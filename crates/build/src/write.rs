//! Stage 4, writing: Trunk's unhashed modules renamed, the files rendered, the pages taken from the last
//! build (hard-linked), Trunk's stylesheets removed (they are in every page), and the record of this
//! build's pages for the next.

use crate::render::SiteFiles;
use crate::reuse;
use crate::Built;
use std::path::Path;

/// Writes `files` into `out`, and the record of its pages to `record` when there is one.
pub fn write(out: &Path, files: SiteFiles, record: Option<&Path>) -> Result<Built, String> {
    for (from, to) in &files.renamed {
        let (from, to) = (out.join(from), out.join(to));
        std::fs::rename(&from, &to).map_err(|e| format!("{} to {}: {e}", from.display(), to.display()))?;
    }
    for file in &files.removed {
        let path = out.join(file);
        std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    for (file, from) in &files.reused {
        link(from, &out.join(file))?;
    }
    for (file, text) in &files.written {
        let path = out.join(file);
        create_parent(&path)?;
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    if let Some(record) = record {
        eprintln!(
            "prerender: {} of {} pages taken from the last build, unchanged",
            files.reused.len(),
            files.pages.len()
        );
        // Each page's file as this build leaves it, for the next build to check without reading it.
        let pages = files
            .pages
            .iter()
            .map(|(file, inputs)| {
                let path = out.join(file);
                let stamp =
                    reuse::Stamp::of(&path).ok_or_else(|| format!("{}: not written", path.display()))?;
                Ok((file.clone(), *inputs, stamp))
            })
            .collect::<Result<Vec<_>, String>>()?;
        create_parent(record)?;
        std::fs::write(record, reuse::record(&pages)).map_err(|e| format!("{}: {e}", record.display()))?;
    }
    Ok(Built {
        files: files.written.into_iter().map(|(file, _)| file).collect(),
        reused: files.reused.len(),
    })
}

fn create_parent(path: &Path) -> Result<(), String> {
    match path.parent() {
        Some(dir) => std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display())),
        None => Ok(()),
    }
}

/// Puts the last build's page `from` at `to`: a hard link (both are in Trunk's dist folder, and no
/// step after this one writes to a page), or a copy where the file system has none.
fn link(from: &Path, to: &Path) -> Result<(), String> {
    create_parent(to)?;
    std::fs::hard_link(from, to)
        .or_else(|_| std::fs::copy(from, to).map(|_| ()))
        .map_err(|e| format!("{}: {e}", to.display()))
}
