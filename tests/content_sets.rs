//! Whole content sets: the bundled content and the second test set (`tests/content/multi`) pass,
//! what they hold is what the site shows, their same-site links and images resolve; and the checks
//! across files (slugs and file names, every error of every file, articles in order).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use content::*;

// --- Across files --------------------------------------------------------------------------------

fn file(name: &str, src: &str) -> ArticleFile {
    ArticleFile {
        file: format!("articles/{name}"),
        bytes: src.as_bytes().to_vec(),
    }
}

fn set_errors(files: &[ArticleFile]) -> Vec<ContentError> {
    check_set("site.json", SITE.as_bytes(), files)
        .expect_err("expected errors")
        .0
}

#[test]
fn duplicate_slugs_in_two_files_are_refused() {
    let errors = set_errors(&[file("harbour-notice.json", BASE), file("notice-copy.json", BASE)]);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_error(
        &errors[0],
        "articles/notice-copy.json",
        "slug",
        2,
        11,
        &["slug `harbour-notice` is already used by articles/harbour-notice.json: slugs must be unique"],
    );
}

#[test]
fn duplicate_slug_blames_the_misnamed_file_only() {
    let errors = set_errors(&[file("harbour-notice.json", BASE), file("a-copy.json", BASE)]);
    // Sorted as the build sorts: a-copy.json first.
    let errors_sorted = set_errors(&[file("a-copy.json", BASE), file("harbour-notice.json", BASE)]);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors_sorted.len(), 1, "{errors_sorted:#?}");
    assert_eq!(errors_sorted[0].file, "articles/a-copy.json");
}

#[test]
fn slug_must_match_the_file_name() {
    let errors = set_errors(&[file("dredging.json", BASE)]);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_error(
        &errors[0],
        "articles/dredging.json",
        "slug",
        2,
        11,
        &["does not match the file name: name the file `harbour-notice.json`"],
    );
    // Windows separators are understood too.
    let windows = ArticleFile {
        file: r"content\articles\harbour-notice.json".into(),
        bytes: BASE.as_bytes().to_vec(),
    };
    check_set("site.json", SITE.as_bytes(), &[windows]).expect("the file name matches the slug");
}

#[test]
fn every_error_in_every_file_is_reported_in_file_order() {
    let bad_site = edit(SITE, &[(r#""language": "en""#, r#""language": "en_GB""#)]);
    let second = edit(
        BASE,
        &[
            (r#""slug": "harbour-notice""#, r#""slug": "second""#),
            (r#""Harbour Notice""#, r#""""#),
            (r#""author": "Harbour Office""#, r#""author": """#),
        ],
    );
    let third = edit(
        BASE,
        &[
            (r#""slug": "harbour-notice""#, r#""slug": "third""#),
            ("2025-01-10", "2025-02-30"),
        ],
    );
    let errors = check_set(
        "site.json",
        bad_site.as_bytes(),
        &[
            file("harbour-notice.json", BASE),
            file("second.json", &second),
            file("third.json", &third),
        ],
    )
    .expect_err("four errors")
    .0;
    let places: Vec<String> = errors
        .iter()
        .map(|e| format!("{}:{}:{}: at {}", e.file, e.line, e.column, e.path))
        .collect();
    assert_eq!(
        places,
        [
            "site.json:3:15: at language",
            "articles/second.json:3:12: at title",
            "articles/second.json:5:13: at author",
            "articles/third.json:4:27: at published",
        ]
    );
}

#[test]
fn a_set_without_articles_is_refused() {
    let errors = set_errors(&[]);
    assert_eq!(errors.len(), 1);
    assert_error(
        &errors[0],
        "articles/",
        "(top level)",
        1,
        1,
        &["there are no articles"],
    );
}

#[test]
fn articles_come_newest_first() {
    let older = edit(
        BASE,
        &[
            (r#""slug": "harbour-notice""#, r#""slug": "older""#),
            ("2025-01-10", "2024-06-01"),
        ],
    );
    let newer = edit(
        BASE,
        &[
            (r#""slug": "harbour-notice""#, r#""slug": "newer""#),
            (r#""2025-01-10""#, r#""2025-01-10T08:00Z""#),
        ],
    );
    let set = check_set(
        "site.json",
        SITE.as_bytes(),
        &[
            file("harbour-notice.json", BASE),
            file("newer.json", &newer),
            file("older.json", &older),
        ],
    )
    .unwrap();
    let slugs: Vec<&str> = set.articles.iter().map(|a| a.slug.as_str()).collect();
    assert_eq!(slugs, ["newer", "harbour-notice", "older"]);
}

// --- The content sets in the repository ----------------------------------------------------------

fn load_set(rel: &str) -> ContentSet {
    let (site, files) = read_set(&repo(rel));
    check_set("site.json", &site, &files).unwrap_or_else(|e| panic!("{rel} should pass:\n{e}"))
}

#[test]
fn bundled_content_passes() {
    let set = load_set("public/content");
    assert_eq!(set.site.name, "Broadsheet");
    assert_eq!(set.articles[0].slug, "north-korean-soldiers-kursk-casualties");
}

#[test]
fn seed_article_reading_time() {
    let set = load_set("public/content");
    let article = &set.articles[0];
    // Counted independently: every whitespace-separated word of the headings and paragraphs.
    let raw: serde_json::Value = serde_json::from_slice(
        &std::fs::read(repo(
            "public/content/articles/north-korean-soldiers-kursk-casualties.json",
        ))
        .unwrap(),
    )
    .unwrap();
    let words: usize = raw["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s["heading"].as_str().unwrap().split_whitespace().count()
                + s["blocks"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|b| b["paragraph"].as_str().unwrap().split_whitespace().count())
                    .sum::<usize>()
        })
        .sum();
    assert_eq!(words, 474);
    assert_eq!(article.word_count(), 474);
    assert_eq!(article.reading_minutes(), 3, "474 words at 230 a minute");
    assert_eq!(
        article.section_ids(),
        [
            "north-korean-soldiers-killed-or-injured-in-russias-kursk-region",
            "rising-casualties-and-north-koreas-military-support-to-russia",
            "fake-russian-military-ids-for-north-korean-soldiers",
            "geopolitical-tensions-and-regional-security-risks",
        ]
    );
}

#[test]
fn reading_time_is_at_least_one_minute() {
    let article = parse_article(FILE, BASE.as_bytes()).unwrap();
    assert_eq!(article.word_count(), 10);
    assert_eq!(article.reading_minutes(), 1);
}

#[test]
fn multi_content_set_passes_and_differs_from_the_seed() {
    let set = load_set("tests/content/multi");
    let site = &set.site;
    assert_eq!(site.name, "The Harbour Ledger");
    assert_eq!(site.language, "en-GB");
    assert_eq!(site.links.len(), 3);
    match &site.sidebar[..] {
        [Widget::Search(search), Widget::RecentArticles(recent), Widget::ProductList(list), Widget::VisitorCounter(counter), Widget::Categories(categories), Widget::Archives(archives)] =>
        {
            assert_eq!((search.title.as_deref(), recent.n), (None, 4));
            assert_eq!(categories.title.as_deref(), Some("Sections"));
            assert_eq!(archives.title, None);
            assert!(list.products.len() >= 2 && list.products.len() <= 3);
            assert!(list
                .products
                .iter()
                .any(|p| p.href.is_some() && p.image.is_some() && p.excerpt.is_some()));
            assert!(list
                .products
                .iter()
                .any(|p| p.href.is_none() && p.image.is_none() && p.excerpt.is_none()));
            assert_eq!((counter.today, counter.total), (1234, 9876543));
        }
        other => panic!(
            "the sidebar should be search, recent articles, a product list, a visitor counter, categories and archives: {other:#?}"
        ),
    }

    let slugs: Vec<&str> = set.articles.iter().map(|a| a.slug.as_str()).collect();
    assert_eq!(
        slugs,
        [
            "breakwater-repairs-approved",
            "lifeboat-crew-night-rescue",
            "spring-fish-festival",
            "harbour-master-retires"
        ],
        "newest first; the first is the front page"
    );
    for pair in set.articles.windows(2) {
        assert!(pair[0].published > pair[1].published, "distinct dates");
    }
    for a in &set.articles {
        assert!((4..=7).contains(&a.sections.len()), "{}: 4–7 sections", a.slug);
    }
    assert_eq!(set.articles.iter().filter(|a| !a.comments_open).count(), 1);

    let front = &set.articles[0];
    assert_eq!(
        front.section_ids(),
        [
            "vote-passes-seven-to-two",
            "background",
            "costs",
            "what-fishermen-say",
            "background-2",
            "how-to-have-your-say"
        ]
    );
    assert_eq!(
        set.articles[1].section_ids()[3..],
        ["whats-next".to_owned(), "whats-next-2".to_owned()]
    );
    assert_eq!(
        set.articles[2].section_ids(),
        [
            "café-déjà-vu-and-the-crêpe-queue",
            "baltic-stalls",
            "港町-twinning-delegation-from-muroto",
            "sardines-from-essaouira",
            "junior-angling-contest-results"
        ]
    );

    // Every block type, and em/strong/code/link spans, appear somewhere.
    let blocks: Vec<&Block> = set
        .articles
        .iter()
        .flat_map(|a| &a.sections)
        .flat_map(|s| &s.blocks)
        .collect();
    assert!(blocks.iter().any(|b| matches!(b, Block::Paragraph(_))));
    assert!(blocks.iter().any(|b| matches!(b, Block::Subheading(_))));
    assert!(blocks.iter().any(|b| matches!(b, Block::List(l) if l.ordered)));
    assert!(blocks.iter().any(|b| matches!(b, Block::List(l) if !l.ordered)));
    assert!(blocks
        .iter()
        .any(|b| matches!(b, Block::Quote(q) if q.cite.is_some())));
    assert!(blocks
        .iter()
        .any(|b| matches!(b, Block::Figure(f) if f.caption.is_some())));
    let spans: Vec<&Inline> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(&p.0),
            _ => None,
        })
        .flatten()
        .collect();
    assert!(spans.iter().any(|s| matches!(s, Inline::Em(_))));
    assert!(spans.iter().any(|s| matches!(s, Inline::Strong(_))));
    assert!(spans.iter().any(|s| matches!(s, Inline::Code(_))));
    assert!(spans.iter().any(|s| matches!(s, Inline::Link { .. })));

    // Comments: three levels deep, markup in author and text, with and without websites.
    let c = &front.comments;
    let parent_of = |id: &str| c.iter().find(|x| x.id == id).and_then(|x| x.parent.clone());
    assert!(c
        .iter()
        .any(|x| parent_of(&x.id).and_then(|p| parent_of(&p)).is_some()));
    assert!(c.iter().any(|x| x.author.contains("<b>bold</b>")));
    assert!(c.iter().any(|x| x.text.contains("<script>alert(1)</script>")));
    assert!(c
        .iter()
        .any(|x| x.website.as_deref().is_some_and(|w| w.starts_with("https://"))));
    assert!(c.iter().any(|x| x.website.is_none()));
}

/// Same-site links in a content set lead somewhere: `#id` to a section of the same article,
/// `/articles/<slug>` to an article, `/content/images/…` to a file with that size.
fn check_internal_references(rel: &str) {
    let dir = repo(rel);
    let set = load_set(rel);
    let slugs: Vec<&str> = set.articles.iter().map(|a| a.slug.as_str()).collect();
    let check_image = |img: &Image| {
        let Some(name) = img.src.as_str().strip_prefix("/content/") else {
            return;
        };
        let svg = std::fs::read_to_string(dir.join(name))
            .unwrap_or_else(|e| panic!("{rel}: {} is missing: {e}", img.src.as_str()));
        let attr = |a: &str| {
            let start = svg.find(&format!(" {a}=\"")).unwrap() + a.len() + 3;
            svg[start..start + svg[start..].find('"').unwrap()]
                .parse::<u32>()
                .unwrap()
        };
        assert_eq!(
            (attr("width"), attr("height")),
            (img.width, img.height),
            "{}",
            img.src.as_str()
        );
    };
    for widget in &set.site.sidebar {
        if let Widget::ProductList(list) = widget {
            list.products
                .iter()
                .filter_map(|p| p.image.as_ref())
                .for_each(check_image);
        }
    }
    for a in &set.articles {
        let ids = a.section_ids();
        let mut links = Vec::new();
        for block in a.sections.iter().flat_map(|s| &s.blocks) {
            match block {
                Block::Paragraph(t) => links.extend(t.links()),
                Block::List(l) => l.items.iter().for_each(|i| links.extend(i.links())),
                Block::Quote(q) => links.extend(q.text.links()),
                Block::Figure(f) => {
                    check_image(&f.image);
                    if let Some(c) = &f.caption {
                        links.extend(c.links());
                    }
                }
                Block::Subheading(_) => {}
            }
        }
        for href in links.iter().map(|h| h.as_str()) {
            if let Some(id) = href.strip_prefix('#') {
                assert!(ids.iter().any(|i| i == id), "{}: no section `{id}`", a.slug);
            } else if let Some(slug) = href.strip_prefix("/articles/") {
                assert!(
                    slugs.contains(&slug.trim_end_matches('/')),
                    "{}: no article {href}",
                    a.slug
                );
            }
        }
    }
}

#[test]
fn internal_links_and_images_resolve() {
    check_internal_references("public/content");
    check_internal_references("tests/content/multi");
}
