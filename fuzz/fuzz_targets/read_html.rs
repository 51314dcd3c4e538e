//! The HTML reader and the check on what it reads: spans map into the source.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use whosaid::read::{self, HtmlOptions, InputFormat};
use whosaid::RuleSet;

fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(RuleSet::embedded)
}

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        let document = read::read(source, InputFormat::Html, &HtmlOptions::default());
        let file = whosaid::check_document("fuzz.html", source, &document, rules());
        for s in &file.sentences {
            assert!(source.get(s.start..s.end).is_some(), "sentence {}..{}", s.start, s.end);
        }
        for d in &file.diagnostics {
            assert!(source.get(d.start..d.end).is_some());
        }
    }
});
