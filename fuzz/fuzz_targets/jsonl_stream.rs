//! The JSONL stream reader: any bytes give one output line per non-blank
//! input line, each valid JSON.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use whosaid::{RuleSet, Severity};

fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(RuleSet::embedded)
}

fuzz_target!(|data: &[u8]| {
    let mut output = Vec::new();
    let stats = whosaid::stream::run(&mut &data[..], &mut output, rules(), Severity::Info, Severity::Error)
        .expect("in-memory streams do not fail");
    let lines: Vec<&[u8]> = output.split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), stats.records);
    for line in lines {
        assert!(serde_json::from_slice::<serde_json::Value>(line).is_ok());
    }
});
