//! The archive: articles by the month they were published. The archive's index lists every month with
//! how many articles it has; each month's pages list its articles, a page at a time.

use super::Article;
use std::sync::Arc;

/// A month of the archive, with its articles in the order given (newest first).
#[derive(Debug, Clone, PartialEq)]
pub struct Month<'a> {
    pub year: u16,
    /// 1 to 12.
    pub month: u8,
    pub articles: Vec<&'a Arc<Article>>,
}

/// A month of the archive, with how many articles it has.
#[derive(Debug, Clone, Copy, PartialEq, Hash)]
pub struct MonthCount {
    pub year: u16,
    pub month: u8,
    pub count: usize,
}

impl From<&Month<'_>> for MonthCount {
    fn from(m: &Month<'_>) -> MonthCount {
        MonthCount {
            year: m.year,
            month: m.month,
            count: m.articles.len(),
        }
    }
}

/// Every month that has an article, newest first, each with its articles in the order given.
pub fn months(articles: &[Arc<Article>]) -> Vec<Month<'_>> {
    let mut months: Vec<Month<'_>> = Vec::new();
    for article in articles {
        let (year, month, _) = article.published.ymd();
        match months.iter_mut().find(|m| (m.year, m.month) == (year, month)) {
            Some(m) => m.articles.push(article),
            None => months.push(Month {
                year,
                month,
                articles: vec![article],
            }),
        }
    }
    months.sort_by_key(|m| std::cmp::Reverse((m.year, m.month)));
    months
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_article;

    fn article(slug: &str, published: &str) -> Arc<Article> {
        let json = format!(
            r#"{{"slug": "{slug}", "title": "T", "published": "{published}", "author": "A",
                "sections": [{{"heading": "H", "blocks": [{{"paragraph": "p"}}]}}]}}"#
        );
        Arc::new(parse_article(&format!("articles/{slug}.json"), json.as_bytes()).unwrap())
    }

    #[test]
    fn months_newest_first_with_their_articles_in_order() {
        let articles = [
            article("d", "2025-01-02"),
            article("c", "2024-12-31T23:30:00Z"),
            article("b", "2024-12-01"),
            article("a", "2023-12-15"),
        ];
        let months = months(&articles);
        let summary: Vec<(u16, u8, Vec<&str>)> = months
            .iter()
            .map(|m| {
                (
                    m.year,
                    m.month,
                    m.articles.iter().map(|a| a.slug.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                (2025, 1, vec!["d"]),
                (2024, 12, vec!["c", "b"]),
                (2023, 12, vec!["a"]),
            ]
        );
    }
}
