//! A content folder on disk, read the way the build reads it: `site.json`, and every article file
//! in `articles/` (`<slug>.json`, `<slug>.md`, `<slug>.comments.json`), sorted by name. Shared by
//! the prerenderer and `check-content`. Native only.

use super::{check_set_with, ArticleFile, ContentErrors, ContentSet, Date, FileKind};
use std::path::{Path, PathBuf};

/// The files of a content folder, read but not yet checked.
pub struct Folder {
    root: PathBuf,
    /// `site.json`'s path as errors show it, and its bytes.
    pub site: ArticleFile,
    /// Every article file, sorted by name.
    pub articles: Vec<ArticleFile>,
}

impl Folder {
    /// Reads `dir`'s `site.json` and article files; every file it cannot read is an error, as
    /// `path: cannot read …`.
    pub fn read(dir: &Path) -> Result<Folder, Vec<String>> {
        let mut errors = Vec::new();
        let mut read = |path: &Path| {
            std::fs::read(path)
                .map_err(|e| errors.push(format!("{}: cannot read the file: {e}", path.display())))
                .ok()
                .map(|bytes| ArticleFile {
                    file: path.display().to_string(),
                    bytes,
                })
        };
        let site = read(&dir.join("site.json"));
        let articles_dir = dir.join("articles");
        let mut paths: Vec<PathBuf> = match std::fs::read_dir(&articles_dir) {
            Ok(entries) => entries
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| FileKind::of(&p.to_string_lossy()).is_some())
                .collect(),
            Err(e) => {
                let folder = articles_dir.display();
                return Err(vec![format!("{folder}: cannot read the articles folder: {e}")]);
            }
        };
        paths.sort();
        let articles: Vec<ArticleFile> = paths.iter().filter_map(|p| read(p)).collect();
        match site {
            Some(site) if errors.is_empty() => Ok(Folder {
                root: dir.to_owned(),
                site,
                articles,
            }),
            _ => Err(errors),
        }
    }

    /// Checks the whole set, reading the size of each local image a Markdown figure does not give.
    pub fn check(&self) -> Result<ContentSet, ContentErrors> {
        check_set_with(&self.site.file, &self.site.bytes, &self.articles, &|src| {
            image_size(&self.root, src)
        })
    }
}

/// The pixel size of an image in the content folder `root`, from its same-site address
/// (`/content/images/x.png`): for a Markdown article read on its own (`check-content --to-json`).
pub fn image_size_in(root: &Path) -> impl Fn(&str) -> Result<(u32, u32), String> + '_ {
    move |src| image_size(root, src)
}

impl Folder {
    /// The folder's path.
    pub fn root(&self) -> &Path {
        &self.root
    }
}

/// The pixel size of an image in the content folder, from its same-site address: `/content/x`
/// is the folder's file `x` (the build copies the folder to `dist/content/`).
fn image_size(root: &Path, src: &str) -> Result<(u32, u32), String> {
    let Some(rest) = src.strip_prefix("/content/") else {
        return Err(format!(
            "`{src}` is not in the content folder (an address starting with /content/), so its size cannot be read"
        ));
    };
    let path = root.join(percent_decoded(rest));
    let size =
        imagesize::size(&path).map_err(|e| format!("the size of {} cannot be read ({e})", path.display()))?;
    let pixels = |n: usize| u32::try_from(n).map_err(|_| format!("{} is too large", path.display()));
    Ok((pixels(size.width)?, pixels(size.height)?))
}

/// `%20` and the like back to the characters of a file name (addresses are kept percent-encoded).
fn percent_decoded(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Now, as a date: what a release build compares publication dates with.
pub fn now() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    Date::from_unix(seconds)
}
