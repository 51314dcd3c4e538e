//! Errors of loading rule, lexicon and configuration files. Analysis of article
//! text has no error type: it cannot fail.

use std::fmt;

/// A rule or lexicon file that could not be used, with where the problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The file, as given (relative paths stay relative).
    pub path: String,
    /// 1-based line, 0 when unknown.
    pub line: usize,
    /// 1-based column, 0 when unknown.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl LoadError {
    /// An error about the whole file, with no position.
    pub fn file(path: impl Into<String>, message: impl Into<String>) -> Self {
        LoadError {
            path: path.into(),
            line: 0,
            column: 0,
            message: message.into(),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}:{}: {}", self.path, self.line, self.column, self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for LoadError {}
