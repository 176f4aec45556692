//! Checks a content folder the way the build does, without building the site, and turns an
//! article from one form into the other:
//!
//! ```text
//! cargo run --bin check-content -- [DIR]                    (DIR defaults to public/content)
//! cargo run --bin check-content -- --to-markdown FILE.json  (prints the article as Markdown)
//! cargo run --bin check-content -- --to-json FILE.md        (prints the article as JSON)
//! cargo run --bin check-content -- --new-article "Headline" [DIR]   (scripts/new-article)
//! cargo run --bin check-content -- --write-schema [DIR]      (writes DIR/schema/*.schema.json)
//! ```
//!
//! Prints every problem as `error: file:line:column: at path: message` and exits 1,
//! or prints `ok: N articles, site "Name"` (and which articles a release build leaves out) and
//! exits 0.

use content::folder::{image_size_in, now};
use content::markdown::{self, to_markdown};
use content::schema;
use content::slug::slugify;
use content::{parse_article, parse_markdown_article, ArticleFile, ContentErrors, Folder};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag, file] if flag == "--to-markdown" => convert(Path::new(file), json_to_markdown),
        [flag, file] if flag == "--to-json" => convert(Path::new(file), markdown_to_json),
        [flag, title] if flag == "--new-article" => new_article(title, Path::new("public/content")),
        [flag, title, dir] if flag == "--new-article" => new_article(title, Path::new(dir)),
        [flag] if flag == "--write-schema" => write_schema(Path::new("public/content")),
        [flag, dir] if flag == "--write-schema" => write_schema(Path::new(dir)),
        [] => check(Path::new("public/content")),
        [dir] if !dir.starts_with("--") => check(Path::new(dir)),
        _ => {
            eprintln!(
                "usage: check-content [DIR] | --to-markdown FILE.json | --to-json FILE.md | --new-article \"Headline\" [DIR] | --write-schema [DIR]"
            );
            ExitCode::FAILURE
        }
    }
}

fn check(dir: &Path) -> ExitCode {
    if !dir.is_dir() {
        eprintln!("error: {}: there is no content folder here", dir.display());
        eprintln!("1 error in {}", dir.display());
        return ExitCode::FAILURE;
    }
    let errors: Vec<String> = match Folder::read(dir) {
        Ok(folder) => match folder.check() {
            Ok(set) => {
                let n = set.articles.len();
                println!(
                    "ok: {n} article{}, site \"{}\"",
                    if n == 1 { "" } else { "s" },
                    set.site.name
                );
                for (article, why) in set.left_out(&now()) {
                    println!("left out of release builds: {}", why.note(article));
                }
                return ExitCode::SUCCESS;
            }
            Err(found) => found.0.iter().map(ToString::to_string).collect(),
        },
        Err(errors) => errors,
    };
    for e in &errors {
        eprintln!("error: {e}");
    }
    let n = errors.len();
    eprintln!("{n} error{} in {}", if n == 1 { "" } else { "s" }, dir.display());
    ExitCode::FAILURE
}

/// Reads `file`, converts it with `to`, and prints the result; or prints why it cannot.
fn convert(file: &Path, to: fn(&Path, &ArticleFile) -> Result<String, ContentErrors>) -> ExitCode {
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("error: {}: cannot read the file: {e}", file.display());
            return ExitCode::FAILURE;
        }
    };
    let article = ArticleFile {
        file: file.display().to_string(),
        bytes,
    };
    match to(file, &article) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(errors) => {
            eprintln!("{errors}");
            ExitCode::FAILURE
        }
    }
}

/// The Markdown form of a JSON article, which must read back as the same article.
fn json_to_markdown(path: &Path, file: &ArticleFile) -> Result<String, ContentErrors> {
    let mut article = parse_article(&file.file, &file.bytes)?;
    let text = to_markdown(&article);
    let (read_back, _) = markdown::read(&file.file, &text, &article.slug, &|_| {
        Err("no image is read here".into())
    })?;
    let comments = std::mem::take(&mut article.comments);
    article.schema = None;
    if read_back != article {
        return Err(content::ContentError {
            file: file.file.clone(),
            line: 1,
            column: 1,
            path: "(top level)".into(),
            message: "this article's Markdown would not read back the same (text with line breaks, spaces at the edges of a span, or a link inside a link): keep it as JSON, or simplify those parts".into(),
        }
        .into());
    }
    if !comments.is_empty() {
        let slug = &article.slug;
        let beside = path.with_file_name(format!("{slug}.comments.json"));
        eprintln!(
            "note: the article's {} comments are not part of the Markdown: put `{{\"comments\": [ … ]}}` from {} into {}",
            comments.len(),
            path.display(),
            beside.display()
        );
    }
    Ok(text)
}

/// The JSON form of a Markdown article, with the comments of its `<slug>.comments.json`.
fn markdown_to_json(path: &Path, file: &ArticleFile) -> Result<String, ContentErrors> {
    let comments_path: PathBuf = path.with_extension("comments.json");
    let comments = std::fs::read(&comments_path).ok().map(|bytes| ArticleFile {
        file: comments_path.display().to_string(),
        bytes,
    });
    // `articles/<slug>.md` is in the content folder, whose images it may show.
    let root = path.parent().and_then(Path::parent).unwrap_or(Path::new("."));
    let images = image_size_in(root);
    let article = parse_markdown_article(&file.file, &file.bytes, comments.as_ref(), &images)?;
    let mut json = serde_json::to_string_pretty(&article).expect("an article is always JSON");
    json.push('\n');
    Ok(json)
}

/// Writes `DIR/articles/<slug>.md`: a draft with the headline, today's date and one example
/// section. Refuses a slug that is already taken, in either form.
fn new_article(title: &str, dir: &Path) -> ExitCode {
    let slug = slugify(title);
    if slug.is_empty() {
        eprintln!("error: `{title}` has no letters or digits to make a slug from: give a headline");
        return ExitCode::FAILURE;
    }
    let articles = dir.join("articles");
    if let Some(taken) = [".md", ".json"]
        .iter()
        .map(|ext| articles.join(format!("{slug}{ext}")))
        .find(|path| path.exists())
    {
        eprintln!(
            "error: {} already exists: the slug `{slug}` is taken; choose another headline",
            taken.display()
        );
        return ExitCode::FAILURE;
    }
    let today = now();
    let text = markdown::new_draft(title, &today.as_str()[..10]);
    let path = articles.join(format!("{slug}.md"));
    if let Err(e) = std::fs::create_dir_all(&articles).and_then(|()| std::fs::write(&path, text)) {
        eprintln!("error: {}: cannot write the file: {e}", path.display());
        return ExitCode::FAILURE;
    }
    println!("wrote {} (a draft: `trunk serve` shows it, release builds leave it out until you remove `draft = true`)", path.display());
    ExitCode::SUCCESS
}

/// Writes the JSON Schema of `site.json` and the JSON articles into `DIR/schema/`.
fn write_schema(dir: &Path) -> ExitCode {
    let folder = dir.join("schema");
    for (name, schema) in schema::FILES.iter().zip([schema::site(), schema::article()]) {
        let path = folder.join(name);
        let written =
            std::fs::create_dir_all(&folder).and_then(|()| std::fs::write(&path, schema::text(&schema)));
        if let Err(e) = written {
            eprintln!("error: {}: cannot write the file: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}
