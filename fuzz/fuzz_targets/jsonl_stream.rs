//! The JSONL stream reader: any bytes give one output line per non-blank
//! input line, each valid JSON.
#![no_main]

mod common;

use common::rules;
use libfuzzer_sys::fuzz_target;
use whosaid::Severity;

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
