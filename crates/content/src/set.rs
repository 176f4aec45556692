//! A content set: the site and every article file of a folder, checked together — JSON and
//! Markdown articles, Markdown articles' comments files, and the checks across files (slugs and file
//! names, a slug in both forms). Native only: the browser never reads content.

use super::load::{check_article, parse, parse_article, parse_site, utf8, ArticleFile, Locator};
use super::locate::{line_col, locate};
use super::{Article, ContentError, ContentErrors, Site};
use crate::json_path;
use std::sync::Arc;

/// What an article file is, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `<slug>.json`
    Json,
    /// `<slug>.md`
    Markdown,
    /// `<slug>.comments.json`: the comments of the Markdown article `<slug>.md`.
    Comments,
}

impl FileKind {
    const COMMENTS: &str = ".comments.json";

    /// The kind of article file `file` is, and its slug (its name without the extension); `None`
    /// for a file that is no article.
    pub fn of(file: &str) -> Option<(FileKind, &str)> {
        let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
        if let Some(slug) = name.strip_suffix(Self::COMMENTS) {
            Some((FileKind::Comments, slug))
        } else if let Some(slug) = name.strip_suffix(".json") {
            Some((FileKind::Json, slug))
        } else {
            name.strip_suffix(".md").map(|slug| (FileKind::Markdown, slug))
        }
    }

    fn extension(self) -> &'static str {
        match self {
            FileKind::Json => ".json",
            FileKind::Markdown => ".md",
            FileKind::Comments => Self::COMMENTS,
        }
    }
}

/// A Markdown article's comments file: `{"comments": [ … ]}`, the same list as a JSON article's.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CommentsFile {
    comments: Vec<super::Comment>,
}

/// Parses and checks a Markdown article (`<slug>.md`), with its comments file if it has one.
/// `images` gives the size of a local image that a figure does not give.
pub fn parse_markdown_article(
    file: &str,
    bytes: &[u8],
    comments: Option<&ArticleFile>,
    images: super::markdown::ImageSizes,
) -> Result<Article, ContentErrors> {
    parse_markdown(file, bytes, comments, images).map(|(article, _)| article)
}

/// [`parse_markdown_article`], also returning where the slug is (line, column), for the checks
/// across files.
fn parse_markdown(
    file: &str,
    bytes: &[u8],
    comments: Option<&ArticleFile>,
    images: super::markdown::ImageSizes,
) -> Result<(Article, (usize, usize)), ContentErrors> {
    let src = utf8(file, bytes)?;
    let slug = FileKind::of(file).map_or(file, |(_, slug)| slug);
    let (mut article, places) = super::markdown::read(file, src, slug, images)?;
    let comments_src = match comments {
        Some(c) => {
            let (list, src): (CommentsFile, &str) = parse(&c.file, &c.bytes)?;
            article.comments = list.comments;
            Some((c.file.as_str(), src))
        }
        None => None,
    };
    let slug_at = line_col(src, places.offset(&json_path!["slug"]));
    let body = Locator::new(file, |path| line_col(src, places.offset(path)));
    let comments = match comments_src {
        Some((file, src)) => Locator::json(file, src),
        None => Locator::new(file, |_| (1, 1)),
    };
    check_article(&body, &comments, article).map(|article| (article, slug_at))
}

/// A whole, checked content set: the site and its articles, newest first. Each is shared, not copied,
/// by whatever shows it (the build's pages, their components).
#[derive(Debug, Clone)]
pub struct ContentSet {
    pub site: Arc<Site>,
    pub articles: Vec<Arc<Article>>,
}

/// Why an article is left out of release builds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeftOut {
    Draft,
    /// Dated after the build.
    Future,
}

impl LeftOut {
    /// For the build's log and `check-content`: `slug (a draft)`.
    pub fn note(&self, article: &Article) -> String {
        match self {
            LeftOut::Draft => format!("{} (a draft)", article.slug),
            LeftOut::Future => format!("{} (dated {}, in the future)", article.slug, article.published),
        }
    }
}

impl ContentSet {
    /// The articles a release build made at `now` leaves out, and why: drafts, and articles dated
    /// after `now`.
    pub fn left_out(&self, now: &super::Date) -> Vec<(&Article, LeftOut)> {
        self.articles
            .iter()
            .map(|a| &**a)
            .filter_map(|a| {
                if a.draft {
                    Some((a, LeftOut::Draft))
                } else if &a.published > now {
                    Some((a, LeftOut::Future))
                } else {
                    None
                }
            })
            .collect()
    }

    /// The set as a release build made at `now` publishes it: without [`Self::left_out`]'s articles.
    pub fn published(mut self, now: &super::Date) -> ContentSet {
        self.articles.retain(|a| !a.draft && &a.published <= now);
        self
    }
}

/// Checks the site and every article, across files too (duplicate slugs, file names),
/// and returns every error found rather than stopping at the first. A figure in a Markdown
/// article must give its image's size ([`check_set_with`] can read it from the image).
pub fn check_set(
    site_file: &str,
    site_bytes: &[u8],
    files: &[ArticleFile],
) -> Result<ContentSet, ContentErrors> {
    check_set_with(site_file, site_bytes, files, &|_| {
        Err("the image's size cannot be read here".to_owned())
    })
}

/// [`check_set`], where `images` gives the size of a local image that a Markdown figure does not
/// give (the content folder's reader reads it from the file).
pub fn check_set_with(
    site_file: &str,
    site_bytes: &[u8],
    files: &[ArticleFile],
    images: super::markdown::ImageSizes,
) -> Result<ContentSet, ContentErrors> {
    let mut errors = Vec::new();
    let site = parse_site(site_file, site_bytes)
        .map_err(|e| errors.extend(e.0))
        .ok();
    let kinds: Vec<(&ArticleFile, FileKind, &str)> = files
        .iter()
        .filter_map(|f| FileKind::of(&f.file).map(|(kind, slug)| (f, kind, slug)))
        .collect();
    let find = |slug: &str, kind: FileKind| {
        kinds
            .iter()
            .find(|(_, k, s)| *s == slug && *k == kind)
            .map(|(f, _, _)| *f)
    };
    let at_start = |f: &ArticleFile, message: String| ContentError {
        file: f.file.clone(),
        line: 1,
        column: 1,
        path: "(top level)".into(),
        message,
    };
    // Each parsed article with its file and where its slug is.
    let mut parsed: Vec<(&ArticleFile, FileKind, Article, (usize, usize))> = Vec::new();
    for &(f, kind, slug) in &kinds {
        let result = match kind {
            FileKind::Json => parse_article(&f.file, &f.bytes).map(|a| {
                let at = locate(&String::from_utf8_lossy(&f.bytes), &json_path!["slug"]);
                (a, at)
            }),
            FileKind::Markdown => {
                if let Some(json) = find(slug, FileKind::Json) {
                    errors.push(at_start(
                        f,
                        format!(
                            "{} and {} are the same article: keep one of them",
                            f.file, json.file
                        ),
                    ));
                    continue;
                }
                parse_markdown(&f.file, &f.bytes, find(slug, FileKind::Comments), images)
            }
            FileKind::Comments => {
                if find(slug, FileKind::Markdown).is_none() {
                    errors.push(at_start(
                        f,
                        format!(
                            "there is no `{slug}.md` beside it: comments file go with a Markdown article (a JSON article has its own `comments` list)"
                        ),
                    ));
                }
                continue;
            }
        };
        match result {
            Ok((article, slug_at)) => parsed.push((f, kind, article, slug_at)),
            Err(e) => errors.extend(e.0),
        }
    }
    // A slug belongs to the file named after it; any other file claiming it is the one to fix.
    fn slug_of(f: &ArticleFile) -> &str {
        FileKind::of(&f.file).map_or("", |(_, slug)| slug)
    }
    for (f, kind, article, (line, column)) in &parsed {
        if slug_of(f) == article.slug {
            continue;
        }
        let owner = parsed
            .iter()
            .find(|(o, _, a, _)| a.slug == article.slug && slug_of(o) == a.slug);
        let message = match owner {
            Some((o, ..)) => format!(
                "slug `{}` is already used by {}: slugs must be unique (and match the file name)",
                article.slug, o.file
            ),
            None => format!(
                "slug `{}` does not match the file name: name the file `{}{}`",
                article.slug,
                article.slug,
                kind.extension()
            ),
        };
        errors.push(ContentError {
            file: f.file.clone(),
            line: *line,
            column: *column,
            path: "slug".into(),
            message,
        });
    }
    check_name_collisions(&mut errors, &parsed, images);
    if files.is_empty() {
        let folder = match site_file.rsplit_once(['/', '\\']) {
            Some((dir, _)) => format!("{dir}/articles/"),
            None => "articles/".to_owned(),
        };
        errors.push(ContentError {
            file: folder,
            line: 1,
            column: 1,
            path: "(top level)".into(),
            message: "there are no articles: add at least one `articles/<slug>.json` or `articles/<slug>.md`"
                .into(),
        });
    }
    match site {
        Some(site) if errors.is_empty() => {
            let mut articles: Vec<Arc<Article>> =
                parsed.into_iter().map(|(_, _, a, _)| Arc::new(a)).collect();
            articles.sort_by(|a, b| b.published.cmp(&a.published).then_with(|| a.slug.cmp(&b.slug)));
            Ok(ContentSet {
                site: Arc::new(site),
                articles,
            })
        }
        _ => Err(ContentErrors(errors)),
    }
}

/// Two different names that slug the same (`Harbour News` and `harbour-news`) would share a page: the
/// later file's name is the error, naming the other.
fn check_name_collisions(
    errors: &mut Vec<ContentError>,
    parsed: &[(&ArticleFile, FileKind, Article, (usize, usize))],
    images: super::markdown::ImageSizes,
) {
    use super::route::Route;
    use super::taxonomy::{term_slug, Kind};
    for kind in Kind::ALL {
        let mut seen: Vec<(String, &str, &str)> = Vec::new(); // (slug, name, file)
        for (f, file_kind, article, _) in parsed {
            for (i, name) in kind.names(article).into_iter().enumerate() {
                let slug = term_slug(name);
                match seen.iter().find(|(s, _, _)| *s == slug) {
                    Some((_, first, _)) if *first == name => {}
                    Some((_, first, other)) => {
                        let path = match kind {
                            Kind::Author => json_path!["author"],
                            _ => json_path![kind.field(), i],
                        };
                        let (line, column) = place(f, *file_kind, &path, images);
                        errors.push(ContentError {
                            file: f.file.clone(),
                            line,
                            column,
                            path: path.to_string(),
                            message: format!(
                                "`{name}` and `{first}` (in {other}) would share the page {}: write the name the same way in both",
                                Route::term(kind, &slug).path()
                            ),
                        });
                    }
                    None => seen.push((slug, name, &f.file)),
                }
            }
        }
    }
}

/// Where the value at `path` starts in an article file that has been read and checked (read again:
/// only an error needs it).
fn place(
    f: &ArticleFile,
    kind: FileKind,
    path: &super::locate::JsonPath,
    images: super::markdown::ImageSizes,
) -> (usize, usize) {
    let src = String::from_utf8_lossy(&f.bytes);
    match kind {
        FileKind::Markdown => {
            let slug = FileKind::of(&f.file).map_or("", |(_, slug)| slug);
            super::markdown::read(&f.file, &src, slug, images)
                .map_or((1, 1), |(_, places)| line_col(&src, places.offset(path)))
        }
        FileKind::Json | FileKind::Comments => locate(&src, path),
    }
}
