//! What the fuzz targets share: the embedded rules, loaded once, and the check
//! of a document read in some format, with its spans asserted to map into
//! the source.

use std::sync::OnceLock;

use whosaid::read::{self, HtmlOptions, InputFormat};
use whosaid::RuleSet;

pub fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(RuleSet::embedded)
}

/// Reads `data` as `format` (when it is UTF-8), checks it, and asserts that
/// every sentence and diagnostic span lies inside the source.
#[allow(dead_code)] // Only the reader targets use it.
pub fn check_document(data: &[u8], format: InputFormat) {
    if let Ok(source) = std::str::from_utf8(data) {
        let document = read::read(source, format, &HtmlOptions::default());
        let file = whosaid::check_document("fuzz", source, &document, rules());
        for s in file.sentences() {
            assert!(source.get(s.start..s.end).is_some(), "sentence {}..{}", s.start, s.end);
        }
        for d in &file.diagnostics {
            assert!(source.get(d.start..d.end).is_some());
        }
    }
}
