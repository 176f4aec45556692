//! Categories, tags and authors: every name an editor writes gets a stable slug, and each gets a page
//! listing its articles (`route::Listing::Term`). Also what an article
//! page links to by date and by subject: the previous and next article, and related articles.

use super::slug::slugify;
use super::Article;
use std::collections::HashMap;
use std::sync::Arc;

/// What a name on an article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Category,
    Tag,
    Author,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Category, Kind::Tag, Kind::Author];

    /// The article field the names come from.
    pub fn field(self) -> &'static str {
        match self {
            Kind::Category => "categories",
            Kind::Tag => "tags",
            Kind::Author => "author",
        }
    }

    /// The names an article gives, in its order.
    pub fn names(self, article: &Article) -> Vec<&str> {
        match self {
            Kind::Category => article.categories.iter().map(String::as_str).collect(),
            Kind::Tag => article.tags.iter().map(String::as_str).collect(),
            Kind::Author => vec![article.author.as_str()],
        }
    }
}

/// The slug of a category, tag or author name; empty when the name has no letter or digit.
pub fn term_slug(name: &str) -> String {
    slugify(name)
}

/// One category, tag or author, with its articles, newest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Term<'a> {
    pub kind: Kind,
    /// The name as the first article (newest first) that gives it writes it.
    pub name: &'a str,
    pub slug: String,
    pub articles: Vec<&'a Arc<Article>>,
}

/// Every term of a kind, by slug, each with its articles in the order given (newest first).
pub fn terms(kind: Kind, articles: &[Arc<Article>]) -> Vec<Term<'_>> {
    let mut terms: Vec<Term<'_>> = Vec::new();
    for article in articles {
        for name in kind.names(article) {
            let slug = term_slug(name);
            match terms.iter_mut().find(|t| t.slug == slug) {
                Some(term)
                    if !term
                        .articles
                        .last()
                        .is_some_and(|last| Arc::ptr_eq(last, article)) =>
                {
                    term.articles.push(article)
                }
                Some(_) => {}
                None => terms.push(Term {
                    kind,
                    name,
                    slug,
                    articles: vec![article],
                }),
            }
        }
    }
    terms.sort_by(|a, b| a.slug.cmp(&b.slug));
    terms
}

/// Related articles for every article of a set: each article's categories and tags by slug, and the
/// articles giving each, so ranking one article's related articles looks only at those that share
/// something with it (a site of 10,000 articles would otherwise compare 100 million pairs).
pub struct RelatedIndex<'a> {
    /// The articles, newest first.
    articles: &'a [Arc<Article>],
    /// Each article's category and tag slugs, distinct, kept apart by kind (`c:harbour`, `t:harbour`).
    names: Vec<Vec<String>>,
    /// The articles (by index) giving each of those, newest first.
    giving: HashMap<String, Vec<usize>>,
}

impl<'a> RelatedIndex<'a> {
    /// The index of `articles`, newest first.
    pub fn new(articles: &'a [Arc<Article>]) -> RelatedIndex<'a> {
        let names: Vec<Vec<String>> = articles
            .iter()
            .map(|a| {
                let mut names: Vec<String> = a
                    .categories
                    .iter()
                    .map(|n| format!("c:{}", term_slug(n)))
                    .chain(a.tags.iter().map(|n| format!("t:{}", term_slug(n))))
                    .collect();
                names.sort();
                names.dedup();
                names
            })
            .collect();
        let mut giving: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, article_names) in names.iter().enumerate() {
            for name in article_names {
                giving.entry(name.clone()).or_default().push(i);
            }
        }
        RelatedIndex {
            articles,
            names,
            giving,
        }
    }

    /// Up to `n` articles related to the article at `at`: most shared categories and tags first, then
    /// newest first. None when no other article shares one: no filler.
    pub fn related(&self, at: usize, n: usize) -> Vec<&'a Arc<Article>> {
        // How many names each article shares with this one, by index: counted in a plain vector, as
        // a common category is given by thousands of articles on a large site.
        let mut shared = vec![0usize; self.articles.len()];
        for name in &self.names[at] {
            for &other in &self.giving[name] {
                shared[other] += 1;
            }
        }
        shared[at] = 0;
        // The best n, most shared first; among equals the newest (a lower index), which comes first.
        let mut best: Vec<usize> = Vec::with_capacity(n + 1);
        for (i, &count) in shared.iter().enumerate().filter(|&(_, &count)| count > 0) {
            let place = best.iter().position(|&b| shared[b] < count).unwrap_or(best.len());
            if place < n {
                best.insert(place, i);
                best.truncate(n);
            }
        }
        best.into_iter().map(|i| &self.articles[i]).collect()
    }
}

/// The article published before the one at `at` in `articles` (newest first) and the one published
/// after it: `(previous, next)`.
pub fn neighbours(at: usize, articles: &[Arc<Article>]) -> (Option<&Arc<Article>>, Option<&Arc<Article>>) {
    let previous = articles.get(at + 1);
    let next = at.checked_sub(1).and_then(|i| articles.get(i));
    (previous, next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_article;

    fn article(slug: &str, published: &str, categories: &[&str], tags: &[&str]) -> Arc<Article> {
        let json = serde_json::json!({
            "slug": slug, "title": slug, "published": published, "author": "Ann Other",
            "categories": categories, "tags": tags,
            "sections": [{ "heading": "One", "blocks": [{ "paragraph": "Text." }] }]
        });
        Arc::new(parse_article("a.json", json.to_string().as_bytes()).expect("valid article"))
    }

    /// Newest first, as a content set holds them.
    fn set() -> Vec<Arc<Article>> {
        vec![
            article("e", "2024-05-05", &["Harbour"], &["storm", "wall"]),
            article("d", "2024-04-04", &["Council"], &["budget"]),
            article("c", "2024-03-03", &["Harbour"], &["wall"]),
            article("b", "2024-02-02", &["Harbour", "Council"], &[]),
            article("a", "2024-01-01", &[], &["storm", "wall"]),
        ]
    }

    fn slugs(articles: &[&Arc<Article>]) -> Vec<String> {
        articles.iter().map(|a| a.slug.clone()).collect()
    }

    #[test]
    fn terms_list_their_articles_newest_first_by_slug() {
        let set = set();
        let categories = terms(Kind::Category, &set);
        let names: Vec<_> = categories.iter().map(|t| (t.name, t.slug.as_str())).collect();
        assert_eq!(names, [("Council", "council"), ("Harbour", "harbour")]);
        assert_eq!(slugs(&categories[1].articles), ["e", "c", "b"]);
        let tags = terms(Kind::Tag, &set);
        assert_eq!(
            slugs(&tags.iter().find(|t| t.slug == "wall").unwrap().articles),
            ["e", "c", "a"]
        );
        let authors = terms(Kind::Author, &set);
        assert_eq!(authors.len(), 1);
        assert_eq!(
            (authors[0].slug.as_str(), authors[0].articles.len()),
            ("ann-other", 5)
        );
    }

    #[test]
    fn related_ranks_by_shared_names_then_recency_and_never_fills() {
        let mut set = set();
        set.insert(0, article("z", "2024-06-06", &["Weather"], &["fog", "Weather"]));
        let index = RelatedIndex::new(&set);
        // e shares Harbour+wall with c (2), storm+wall with a (2), Harbour with b (1), nothing with d.
        assert_eq!(slugs(&index.related(1, 3)), ["c", "a", "b"]);
        assert_eq!(slugs(&index.related(1, 2)), ["c", "a"]);
        // d shares only Council with b.
        assert_eq!(slugs(&index.related(2, 3)), ["b"]);
        // A category and a tag of the same name are not the same thing.
        assert!(index.related(0, 3).is_empty());
    }

    #[test]
    fn neighbours_go_by_date() {
        let set = set();
        let (previous, next) = neighbours(2, &set);
        assert_eq!(
            (previous.unwrap().slug.as_str(), next.unwrap().slug.as_str()),
            ("b", "d")
        );
        assert_eq!(neighbours(0, &set).1, None);
        assert_eq!(neighbours(4, &set).0, None);
    }
}
