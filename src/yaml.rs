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

/// Writes `value` as a YAML document.
pub fn to_string<T: Serialize>(value: &T) -> String {
    // Serialising our own plain data structures cannot fail: they hold only
    // strings, numbers, options and sequences.
    serde_yaml::to_string(value).unwrap_or_else(|err| format!("# YAML output failed: {err}\n"))
}

/// Whether the YAML document's top-level mapping has `key`; false for a
/// document that is not a mapping or does not parse (the typed parse that
/// follows reports the error).
pub fn has_top_level_key(text: &str, key: &str) -> bool {
    serde_yaml::from_str::<serde_yaml::Value>(text)
        .ok()
        .and_then(|v| v.as_mapping().map(|m| m.contains_key(key)))
        .unwrap_or(false)
}
