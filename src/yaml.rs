//! Every YAML call of the crate: reading rule and lexicon files, writing the
//! YAML report. Owns the translation of YAML errors into file/line/column
//! errors; must not know what the files mean.

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::error::LoadError;

/// Parses one YAML document into `T`, reporting errors against `path`.
pub fn parse<T: DeserializeOwned>(path: &str, text: &str) -> Result<T, LoadError> {
    serde_yaml::from_str(text).map_err(|err| {
        let (line, column) = err.location().map_or((0, 0), |loc| (loc.line(), loc.column()));
        LoadError {
            path: path.to_string(),
            line,
            column,
            message: err.to_string(),
        }
    })
}

/// Writes `value` as a YAML document to `out` as it is serialised, so a
/// large report is never held in memory whole. Serialising the crate's own
/// plain data (strings, numbers, options, sequences) cannot fail, so an
/// error here is the writer's.
pub fn write<T: Serialize, W: std::io::Write>(value: &T, out: W) -> std::io::Result<()> {
    serde_yaml::to_writer(out, value).map_err(std::io::Error::other)
}

/// A YAML document parsed once, to be looked at and then read as one type.
pub struct Document<'t> {
    path: &'t str,
    text: &'t str,
    value: serde_yaml::Value,
}

/// Parses `text` once; syntax errors are reported against `path`.
pub fn document<'t>(path: &'t str, text: &'t str) -> Result<Document<'t>, LoadError> {
    let value = parse(path, text)?;
    Ok(Document { path, text, value })
}

impl Document<'_> {
    /// Whether the top-level mapping has `key` (false when it is no mapping).
    pub fn has_top_level_key(&self, key: &str) -> bool {
        self.value.as_mapping().is_some_and(|m| m.contains_key(key))
    }

    /// The document as `T`. A parsed value carries no positions, so when it
    /// does not fit `T` the text is read again to say at which line.
    pub fn into_typed<T: DeserializeOwned>(self) -> Result<T, LoadError> {
        match serde_yaml::from_value(self.value) {
            Ok(typed) => Ok(typed),
            Err(_) => parse(self.path, self.text),
        }
    }
}
