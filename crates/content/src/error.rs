//! Content errors that name the file, line, column and JSON path, and say what was expected.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}:{column}: at {path}: {message}")]
pub struct ContentError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// Like `sections[2].blocks[1].paragraph`; `(top level)` for the whole file.
    pub path: String,
    pub message: String,
}

/// A message as an error shows it: characters that would break the one-line error or deceive a
/// terminal (control characters, line and paragraph separators, bidirectional overrides) written
/// as escapes, so a refused `"java\tscript:…"` reads `java\tscript:…`.
pub fn printable(message: &str) -> String {
    let hidden = |c: char| {
        c.is_control()
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    message
        .chars()
        .map(|c| {
            if hidden(c) {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// All the errors found in a content set, in file order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContentErrors(pub Vec<ContentError>);

impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "error: {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ContentErrors {}

impl From<ContentError> for ContentErrors {
    fn from(e: ContentError) -> Self {
        ContentErrors(vec![e])
    }
}

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn errors_stay_on_one_line_and_show_hidden_characters() {
        assert_eq!(
            printable("`java\tscript:x` is refused"),
            "`java\\tscript:x` is refused"
        );
        assert_eq!(
            printable("a\nb\r\u{1}\u{1b}[2J\u{2028}\u{202E}"),
            "a\\nb\\r\\u{1}\\u{1b}[2J\\u{2028}\\u{202e}"
        );
        assert_eq!(printable("“plain” text, é, 中文"), "“plain” text, é, 中文");
    }
}
