//! SARIF 2.1.0, as GitHub code scanning accepts it: the rules with their
//! descriptions and help, results with regions in Unicode code points, stable
//! `partialFingerprints` (rule and sentence text, not line numbers), and
//! suppressions with their justification. No timestamps, no absolute paths.

use std::collections::HashMap;
use std::io::{self, Write};

use serde::ser::{SerializeSeq, SerializeStruct, Serializer};
use serde::Serialize;

use super::{sentence_text_of, Report};
use crate::rules::{RuleDef, Severity};
use crate::RuleSet;

/// FNV-1a, 64 bits: a stable hash that does not change between Rust releases
/// (std's `DefaultHasher` may).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_on(0xcbf2_9ce4_8422_2325, bytes)
}

/// FNV-1a of what `hash` hashed followed by `bytes`.
fn fnv1a_on(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Writes the report as a SARIF log, ending with a line break. Results are
/// serialised as they are made, so a large report is never held in memory
/// as a JSON tree (which cost forty times the size of the file checked).
pub fn write(report: &Report, rules: &RuleSet, out: &mut dyn Write) -> io::Result<()> {
    let rules: Vec<&RuleDef> = rules.rules.values().collect();
    let log = Log {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        runs: [Run {
            column_kind: "unicodeCodePoints",
            results: Results {
                report,
                rules: &rules,
            },
            tool: Tool {
                driver: Driver {
                    name: "whosaid",
                    rules: rules.iter().map(|&def| RuleOut(def)).collect(),
                    version: env!("CARGO_PKG_VERSION"),
                },
            },
        }],
        version: "2.1.0",
    };
    super::write_buffered(out, |out| {
        super::json::write(&log, &mut *out)?;
        out.write_all(b"\n")
    })
}

// The log's objects. Their fields are declared in the order of their JSON
// names, which is the order they are written in: the SARIF snapshots and
// users' diffs of the log predate these types.

#[derive(Serialize)]
struct Log<'r> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    runs: [Run<'r>; 1],
    version: &'static str,
}

#[derive(Serialize)]
struct Run<'r> {
    #[serde(rename = "columnKind")]
    column_kind: &'static str,
    results: Results<'r>,
    tool: Tool<'r>,
}

#[derive(Serialize)]
struct Tool<'r> {
    driver: Driver<'r>,
}

#[derive(Serialize)]
struct Driver<'r> {
    name: &'static str,
    rules: Vec<RuleOut<'r>>,
    version: &'static str,
}

/// A rule's entry in the driver's list.
struct RuleOut<'r>(&'r RuleDef);

impl Serialize for RuleOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let def = self.0;
        let why = def.why.trim();
        let mut fields = serializer.serialize_struct("ReportingDescriptor", 6)?;
        fields.serialize_field(
            "defaultConfiguration",
            &Level {
                level: level(def.severity),
            },
        )?;
        fields.serialize_field("fullDescription", &Text { text: why })?;
        fields.serialize_field(
            "help",
            &Help {
                markdown: crate::docs::rule_markdown(def),
                text: format!("{}\n\n{why}", def.description),
            },
        )?;
        fields.serialize_field("id", &def.id)?;
        fields.serialize_field("name", &def.id)?;
        fields.serialize_field(
            "shortDescription",
            &Text {
                text: &def.description,
            },
        )?;
        fields.end()
    }
}

#[derive(Serialize)]
struct Level<'a> {
    level: &'a str,
}

#[derive(Serialize)]
struct Text<'a> {
    text: &'a str,
}

#[derive(Serialize)]
struct Help {
    markdown: String,
    text: String,
}

/// Every file's findings, each made as it is written.
struct Results<'r> {
    report: &'r Report<'r>,
    rules: &'r [&'r RuleDef],
}

impl Serialize for Results<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let count = self.report.files.iter().map(|f| f.diagnostics.len()).sum();
        let mut results = serializer.serialize_seq(Some(count))?;
        for file in &self.report.files {
            // How often each rule has flagged each (folded) sentence text so
            // far: a repeated sentence's findings get distinct fingerprints.
            // The key is the rule and the sentence, as the fingerprint
            // hashes them before the occurrence.
            let mut seen: HashMap<String, usize> = HashMap::new();
            for d in &file.diagnostics {
                let sentence = crate::lexicon::fold_text(sentence_text_of(file, d));
                let key = format!("{}\u{0}{sentence}\u{0}", d.rule);
                let key_hash = fnv1a(key.as_bytes());
                let occurrence = seen.entry(key).or_default();
                let fingerprint = fnv1a_on(key_hash, occurrence.to_string().as_bytes());
                *occurrence += 1;
                results.serialize_element(&ResultOut {
                    level: level(d.severity),
                    locations: [Location {
                        physical_location: PhysicalLocation {
                            artifact_location: Uri { uri: &file.path },
                            region: Region {
                                end_column: d.end_column,
                                end_line: d.end_line,
                                start_column: d.column,
                                start_line: d.line,
                            },
                        },
                    }],
                    message: Text { text: &d.message },
                    partial_fingerprints: Fingerprints {
                        sentence: format!("{fingerprint:016x}"),
                    },
                    rule_id: &d.rule,
                    rule_index: self.rules.iter().position(|def| *def.id == *d.rule),
                    suppressions: d.suppressed.as_deref().map(|reason| {
                        let kind = if reason == super::BASELINE_REASON {
                            "external"
                        } else {
                            "inSource"
                        };
                        [Suppression {
                            justification: reason,
                            kind,
                        }]
                    }),
                })?;
            }
        }
        results.end()
    }
}

#[derive(Serialize)]
struct ResultOut<'a> {
    level: &'static str,
    locations: [Location<'a>; 1],
    message: Text<'a>,
    #[serde(rename = "partialFingerprints")]
    partial_fingerprints: Fingerprints,
    #[serde(rename = "ruleId")]
    rule_id: &'a str,
    #[serde(rename = "ruleIndex", skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    suppressions: Option<[Suppression<'a>; 1]>,
}

#[derive(Serialize)]
struct Location<'a> {
    #[serde(rename = "physicalLocation")]
    physical_location: PhysicalLocation<'a>,
}

#[derive(Serialize)]
struct PhysicalLocation<'a> {
    #[serde(rename = "artifactLocation")]
    artifact_location: Uri<'a>,
    region: Region,
}

#[derive(Serialize)]
struct Uri<'a> {
    uri: &'a str,
}

#[derive(Serialize)]
struct Region {
    #[serde(rename = "endColumn")]
    end_column: usize,
    #[serde(rename = "endLine")]
    end_line: usize,
    #[serde(rename = "startColumn")]
    start_column: usize,
    #[serde(rename = "startLine")]
    start_line: usize,
}

#[derive(Serialize)]
struct Fingerprints {
    #[serde(rename = "whosaidSentence/v1")]
    sentence: String,
}

#[derive(Serialize)]
struct Suppression<'a> {
    justification: &'a str,
    kind: &'static str,
}

#[cfg(test)]
mod tests {
    #[test]
    fn fnv_is_stable() {
        assert_eq!(super::fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
