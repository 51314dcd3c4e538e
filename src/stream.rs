//! Archive-scale streams: `--input-format jsonl` reads one story per line,
//! `{"id": …, "text": …}`, and writes one report per line, `{"id",
//! "sources", "sentences", "attributions", "diagnostics"}`, in input order.
//! Lines are read and checked in bounded batches across cores, so memory
//! stays flat however long the stream. A malformed line becomes an error
//! record with its line number, and the stream goes on. Reads and writes the
//! caller's streams; never opens a file.

use std::io::{BufRead, Write};

use crate::report::FileReport;
use crate::{RuleSet, Severity};
use rayon::prelude::*;
use serde_json::{json, Value};

/// Lines checked together: enough to keep every core busy, few enough that
/// memory does not grow with the stream.
const BATCH: usize = 512;

/// What a stream produced.
#[derive(Debug, Default)]
pub struct StreamStats {
    /// Records checked.
    pub records: usize,
    /// Malformed lines.
    pub errors: usize,
    /// Whether any active finding reached the fail level.
    pub fails: bool,
}

/// One output line: the record's id, then the report fields in contract order.
struct StreamReport<'a> {
    id: &'a Value,
    file: &'a FileReport<'a>,
}

impl serde::Serialize for StreamReport<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut fields = serializer.serialize_struct("StreamReport", 5)?;
        fields.serialize_field("id", self.id)?;
        self.file.serialize_entries(&mut fields)?;
        fields.end()
    }
}

#[derive(serde::Deserialize)]
struct Record {
    #[serde(default)]
    id: Value,
    text: String,
}

fn check_line(
    number: usize,
    line: &[u8],
    rules: &RuleSet,
    min: Severity,
    fail: Severity,
) -> (String, bool, bool) {
    let text = match std::str::from_utf8(line) {
        Ok(text) => text.trim_end_matches(['\n', '\r']),
        Err(e) => {
            let record =
                json!({"line": number, "error": format!("invalid UTF-8 at byte {}", e.valid_up_to())});
            return (record.to_string(), false, true);
        }
    };
    let record: Record = match serde_json::from_str(text) {
        Ok(record) => record,
        Err(e) => {
            let id = serde_json::from_str::<Value>(text)
                .ok()
                .and_then(|v| v.get("id").cloned())
                .unwrap_or(Value::Null);
            let record = json!({"line": number, "id": id, "error": e.to_string()});
            return (record.to_string(), false, true);
        }
    };
    let mut file = crate::check("", &record.text, rules);
    file.diagnostics.retain(|d| d.severity >= min);
    let fails = file
        .diagnostics
        .iter()
        .any(|d| d.is_active() && d.severity >= fail);
    let out = StreamReport {
        id: &record.id,
        file: &file,
    };
    (serde_json::to_string(&out).unwrap_or_default(), fails, false)
}

/// Checks a JSON Lines stream, writing one line per input line.
pub fn run(
    input: &mut dyn BufRead,
    output: &mut dyn Write,
    rules: &RuleSet,
    min: Severity,
    fail: Severity,
) -> std::io::Result<StreamStats> {
    let mut stats = StreamStats::default();
    let mut number = 0;
    loop {
        let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(BATCH);
        while batch.len() < BATCH {
            let mut line = Vec::new();
            if input.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            number += 1;
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            batch.push((number, line));
        }
        if batch.is_empty() {
            break;
        }
        let results: Vec<(String, bool, bool)> = batch
            .par_iter()
            .map(|(n, line)| check_line(*n, line, rules, min, fail))
            .collect();
        for (line, fails, error) in results {
            output.write_all(line.as_bytes())?;
            output.write_all(b"\n")?;
            stats.records += 1;
            stats.fails |= fails;
            stats.errors += usize::from(error);
        }
        output.flush()?;
    }
    Ok(stats)
}
