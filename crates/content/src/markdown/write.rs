//! An article written as Markdown (`check-content --to-markdown`): the front matter with Zola's
//! names, then the body as [`super::body`] reads it. Comments are not part of it: they go in
//! `<slug>.comments.json`.

use crate::{Article, Block, Figure, Inline, Inlines, Quote};
use std::fmt::Write;

/// The Markdown form of an article (without its comments).
pub fn to_markdown(article: &Article) -> String {
    let mut out = String::from("+++\n");
    let mut key = |key: &str, value: &str| {
        let _ = writeln!(out, "{key} = {}", toml_string(value));
    };
    key("title", &article.title);
    key("slug", &article.slug);
    key("date", article.published.as_str());
    if let Some(updated) = &article.updated {
        key("updated", updated.as_str());
    }
    if let Some(summary) = &article.summary {
        key("description", summary);
    }
    if let Some(language) = &article.language {
        key("language", language);
    }
    let _ = writeln!(out, "authors = [{}]", toml_string(&article.author));
    if article.draft {
        out.push_str("draft = true\n");
    }
    if !article.categories.is_empty() || !article.tags.is_empty() {
        out.push_str("\n[taxonomies]\n");
        for (key, names) in [("categories", &article.categories), ("tags", &article.tags)] {
            if !names.is_empty() {
                let list: Vec<String> = names.iter().map(|n| toml_string(n)).collect();
                let _ = writeln!(out, "{key} = [{}]", list.join(", "));
            }
        }
    }
    if article.standfirst.is_some() || !article.comments_open {
        out.push_str("\n[extra]\n");
        if let Some(standfirst) = &article.standfirst {
            let _ = writeln!(out, "standfirst = {}", toml_string(standfirst));
        }
        if !article.comments_open {
            out.push_str("comments_open = false\n");
        }
    }
    out.push_str("+++\n");
    for section in &article.sections {
        out.push_str("\n## ");
        out.push_str(&escape_block_start(&escape(&section.heading, "#{")));
        if let Some(id) = &section.id {
            let _ = write!(out, " {{#{id}}}");
        }
        out.push('\n');
        // How many lists of the same kind come right before a block: lists in a row alternate
        // their markers, or they would read as one.
        let mut run = 0;
        let mut previous: Option<&Block> = None;
        for block in &section.blocks {
            run = match (previous, block) {
                (Some(Block::List(p)), Block::List(l)) if p.ordered == l.ordered => run + 1,
                _ => 0,
            };
            out.push('\n');
            block_markdown(&mut out, block, run);
            previous = Some(block);
        }
    }
    out
}

/// One block; `run` is how many lists of the same kind come right before it.
fn block_markdown(out: &mut String, block: &Block, run: usize) {
    match block {
        Block::Paragraph(text) => {
            out.push_str(&escape_block_start(&inline_markdown(text)));
            out.push('\n');
        }
        Block::Subheading(text) => {
            let _ = writeln!(out, "### {}", escape_block_start(&escape(text, "#{")));
        }
        Block::List(list) => {
            // Two lists in a row with the same marker would read as one: every other one takes the
            // other marker.
            let marker = match (list.ordered, run % 2 == 1) {
                (true, false) => "1.",
                (true, true) => "1)",
                (false, false) => "-",
                (false, true) => "*",
            };
            for item in &list.items {
                let _ = writeln!(out, "{marker} {}", escape_block_start(&inline_markdown(item)));
            }
        }
        Block::Quote(Quote { text, cite }) => {
            let _ = writeln!(out, "> {}", escape_block_start(&inline_markdown(text)));
            if let Some(cite) = cite {
                let _ = writeln!(out, "> — {}", escape(cite, ""));
            }
        }
        Block::Figure(Figure { image, caption }) => {
            let _ = write!(
                out,
                "![{}]({}",
                escape(&image.alt, ""),
                destination(image.src.as_str())
            );
            if let Some(caption) = caption {
                // The title is read as Markdown again: its own escapes on top of the caption's.
                let title = inline_markdown(caption)
                    .replace('&', "&amp;")
                    .replace('\\', "\\\\")
                    .replace('"', "\\\"");
                let _ = write!(out, " \"{title}\"");
            }
            let _ = writeln!(out, "){{width={} height={}}}", image.width, image.height);
        }
    }
}

/// Inline spans as Markdown: `*em*`, `**strong**`, `` `code` ``, `[text](href)`.
fn inline_markdown(text: &Inlines) -> String {
    let mut out = String::new();
    for span in &text.0 {
        match span {
            Inline::Text(t) => out.push_str(&escape(t, "")),
            Inline::Em(inner) => {
                let _ = write!(out, "*{}*", inline_markdown(inner));
            }
            Inline::Strong(inner) => {
                let _ = write!(out, "**{}**", inline_markdown(inner));
            }
            Inline::Code(code) => out.push_str(&code_span(code)),
            Inline::Link { text, href } => {
                let _ = write!(out, "[{}]({})", inline_markdown(text), destination(href.as_str()));
            }
        }
    }
    out
}

/// A code span fenced by more backticks than it holds in a row, padded where CommonMark would
/// otherwise strip or join.
fn code_span(code: &str) -> String {
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = code.starts_with('`')
        || code.ends_with('`')
        || (code.starts_with(' ') && code.ends_with(' ') && !code.trim().is_empty());
    if pad {
        format!("{fence} {code} {fence}")
    } else {
        format!("{fence}{code}{fence}")
    }
}

/// A link or image address, with the characters CommonMark would read otherwise escaped.
fn destination(url: &str) -> String {
    escape(url, "()&<> ")
}

/// Text with every character that could start Markdown escaped, plus `extra`.
fn escape(text: &str, extra: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_[]<>!&~|".contains(c) || extra.contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escapes what would make a block something else at the start of its line: `#`, `-`, `+`, `=`,
/// `>`, and `1.` or `1)`.
fn escape_block_start(text: &str) -> String {
    if text.starts_with(['#', '-', '+', '=', '>']) {
        return format!("\\{text}");
    }
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && text[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &text[..digits], &text[digits..]);
    }
    text.to_owned()
}

/// A new article, as `scripts/new-article` starts it: the headline, the day's date (`2025-03-13`),
/// `draft = true` and one example section.
pub fn new_draft(title: &str, today: &str) -> String {
    format!(
        r#"+++
title = {}
date = {today}
authors = ["Your Name"]
draft = true
+++

## First Section

Write the first paragraph here: *emphasis*, **strong**, `code` and [links](https://example.com/).
A blank line starts a new paragraph; `## ` starts the next section, `### ` a subheading.
"#,
        toml_string(title)
    )
}

/// A TOML basic string.
fn toml_string(value: &str) -> String {
    let mut out = String::from("\"");
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
