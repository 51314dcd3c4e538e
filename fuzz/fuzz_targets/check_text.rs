//! The whole check on plain text: never panics, every span inside the text
//! and on character boundaries, and the same report twice.
#![no_main]

mod common;

use common::rules;
use libfuzzer_sys::fuzz_target;
use whosaid::FileReport;

fn check_spans(text: &str, file: &FileReport) {
    let ok = |start: usize, end: usize| start <= end && text.get(start..end).is_some();
    let mut previous = 0;
    for s in file.sentences() {
        assert!(ok(s.start, s.end) && s.start >= previous, "sentence {}..{}", s.start, s.end);
        previous = s.end;
    }
    let sources: Vec<_> = file.sources().collect();
    for a in file.attributions() {
        assert!(ok(a.content.start, a.content.end));
        for part in [&a.cue, &a.mention].into_iter().flatten() {
            assert!(ok(part.start, part.end));
        }
        if let Some(id) = &a.source {
            assert!(sources.iter().any(|s| &s.id == id));
        }
    }
    for d in &file.diagnostics {
        assert!(ok(d.start, d.end));
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let first = whosaid::check("fuzz.txt", text, rules());
        check_spans(text, &first);
        let second = whosaid::check("fuzz.txt", text, rules());
        assert_eq!(serde_json::to_string(&first).ok(), serde_json::to_string(&second).ok());
    }
});
