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
