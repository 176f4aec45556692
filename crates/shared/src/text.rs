//! Plain-text comment bodies, and numbers in content errors (the site's readers get theirs in their
//! language: `i18n`).

/// `40358` → `40,358`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Splits plain text into paragraphs (at blank lines), each a list of its lines.
pub fn paragraphs(text: &str) -> Vec<Vec<&str>> {
    let mut paras = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.trim().lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            if !current.is_empty() {
                paras.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        paras.push(current);
    }
    paras
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(147), "147");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(40358), "40,358");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn paragraphs_keep_line_breaks() {
        let text = "First line\nsecond line\n\n\nNew paragraph\r\n";
        assert_eq!(
            paragraphs(text),
            vec![vec!["First line", "second line"], vec!["New paragraph"]]
        );
        assert!(paragraphs("  \n \n").is_empty());
    }
}
