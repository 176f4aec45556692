//! Pages taken from the last build when nothing they are made from has changed: after one article is
//! edited, a site of 10,000 articles renders only the pages that show it.
//!
//! A page's fingerprint hashes everything it is rendered from: the renderer itself (the program's
//! bytes, so a code change renders everything), the document's shell (Trunk's assets, the style, the
//! policy), the public URL, `site.json`, what the sidebar's widgets list, and the page's own route and
//! what it shows (its articles in full, its neighbours and related articles, its list and pager), each
//! with its `Hash`, by xxHash (XXH3), a hash whose values do not change between builds of the program.
//! Each build records every page's fingerprint and its file's
//! [`Stamp`] (length and modification time), in a file beside the program
//! (`target/<profile>/prerender-cache/`), one per dist folder. The next build takes a page from the
//! last build's dist folder only when both still match, so a build that failed half way, or a page
//! changed by hand, is rendered again; a page taken is hard-linked, not read and written again.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;
use xxhash_rust::xxh3::{xxh3_64, Xxh3Default};

/// A hash of the values added to it: what a page is made from.
#[derive(Default)]
pub struct Fingerprint(Xxh3Default);

impl Fingerprint {
    /// Starts from another fingerprint's value: a page's from its build's.
    pub fn after(first: u64) -> Fingerprint {
        let mut f = Fingerprint::default();
        f.0.write_u64(first);
        f
    }

    pub fn add(&mut self, value: &(impl Hash + ?Sized)) {
        value.hash(&mut self.0);
    }

    /// The hasher itself, for a value that hashes part of itself.
    pub fn hasher(&mut self) -> &mut impl Hasher {
        &mut self.0
    }

    pub fn finish(&self) -> u64 {
        self.0.finish()
    }
}

/// Bytes, hashed: the renderer's program, the dist folder's path (for its record's name).
pub fn bytes_hash(bytes: &[u8]) -> u64 {
    xxh3_64(bytes)
}

/// A file as its build left it: its length and modification time (to the nanosecond), which any
/// later write changes. Comparing stamps needs no reading of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    len: u64,
    modified: u128,
}

impl Stamp {
    /// The stamp of the file at `path`, if there is one.
    pub fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        let modified = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?.as_nanos();
        Some(Stamp {
            len: meta.len(),
            modified,
        })
    }
}

/// The last build's pages, and what each was made from.
pub struct LastBuild {
    /// The last build's output folder.
    dir: PathBuf,
    /// The renderer's own fingerprint (its program's bytes).
    pub program: u64,
    /// Each page of the last build: (its inputs' fingerprint, its file's stamp).
    pages: HashMap<PathBuf, (u64, Stamp)>,
}

impl LastBuild {
    /// The last build in `dir`, as `record` describes it (none when there is no such file yet), for
    /// the renderer whose fingerprint is `program`.
    pub fn read(dir: &Path, record: &Path, program: u64) -> LastBuild {
        let text = std::fs::read_to_string(record).unwrap_or_default();
        let pages = text
            .lines()
            .filter_map(|line| {
                let mut fields = line.splitn(4, '\t');
                let inputs = u64::from_str_radix(fields.next()?, 16).ok()?;
                let len = fields.next()?.parse().ok()?;
                let modified = fields.next()?.parse().ok()?;
                Some((PathBuf::from(fields.next()?), (inputs, Stamp { len, modified })))
            })
            .collect();
        LastBuild {
            dir: dir.to_owned(),
            program,
            pages,
        }
    }

    /// Where the last build's `file` is, when it was made from the same inputs and its file is still
    /// as that build left it.
    pub fn page(&self, file: &Path, inputs: u64) -> Option<PathBuf> {
        let &(was, stamp) = self.pages.get(file)?;
        let path = self.dir.join(file);
        (was == inputs && Stamp::of(&path) == Some(stamp)).then_some(path)
    }
}

/// The record of a build's pages for the next one: a line per page,
/// `inputs<TAB>length<TAB>modified<TAB>file`.
pub fn record(pages: &[(PathBuf, u64, Stamp)]) -> String {
    let mut out = String::new();
    for (file, inputs, stamp) in pages {
        let _ = writeln!(
            out,
            "{inputs:016x}\t{}\t{}\t{}",
            stamp.len,
            stamp.modified,
            file.display()
        );
    }
    out
}

/// Where the record of the build in `dist` is kept: beside the renderer's program
/// (`target/<profile>/prerender-cache/<hash of the folder's path>.tsv`), never in the site.
pub fn record_path(program: &Path, dist: &Path) -> Option<PathBuf> {
    let dist = std::fs::canonicalize(dist).unwrap_or_else(|_| dist.to_owned());
    let name = format!("{:016x}.tsv", bytes_hash(dist.to_string_lossy().as_bytes()));
    Some(program.parent()?.join("prerender-cache").join(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_taken_again_only_with_the_same_inputs_and_file() {
        let dir = std::env::temp_dir().join(format!("broadsheet-reuse-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("articles/a")).unwrap();
        let file = PathBuf::from("articles/a/index.html");
        let path = dir.join(&file);
        std::fs::write(&path, "<p>A</p>").unwrap();
        let recorded = record(&[(file.clone(), 7, Stamp::of(&path).unwrap())]);
        let record_file = dir.join("record.tsv");
        std::fs::write(&record_file, &recorded).unwrap();

        let last = LastBuild::read(&dir, &record_file, 1);
        assert_eq!(last.page(&file, 7), Some(path.clone()));
        // Other inputs, another page, or the page written again since (even with the same length): render it.
        assert_eq!(last.page(&file, 8), None);
        assert_eq!(last.page(Path::new("articles/b/index.html"), 7), None);
        std::thread::sleep(std::time::Duration::from_millis(5));
        std::fs::write(&path, "<p>B</p>").unwrap();
        assert_eq!(last.page(&file, 7), None);
        // No record yet: nothing is taken.
        assert_eq!(
            LastBuild::read(&dir, &dir.join("none.tsv"), 1).page(&file, 7),
            None
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn fingerprints_follow_their_inputs() {
        let of = |parts: &[&str]| {
            let mut f = Fingerprint::after(1);
            for p in parts {
                f.add(*p);
            }
            f.finish()
        };
        assert_eq!(of(&["a", "b"]), of(&["a", "b"]));
        assert_ne!(of(&["a", "b"]), of(&["a", "c"]));
        assert_ne!(of(&["ab", ""]), of(&["a", "b"]));
        assert_ne!(Fingerprint::after(1).finish(), Fingerprint::after(2).finish());
    }
}
