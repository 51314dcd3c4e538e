//! SARIF 2.1.0, as GitHub code scanning accepts it: the rules with their
//! descriptions and help, results with regions in Unicode code points, stable
//! `partialFingerprints` (rule and sentence text, not line numbers), and
//! suppressions with their justification. No timestamps, no absolute paths.

use serde_json::{json, Value};

use super::{sentence_text_of, Report};
use crate::rules::Severity;
use crate::RuleSet;

/// FNV-1a, 64 bits: a stable hash that does not change between Rust releases
/// (std's `DefaultHasher` may).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
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

/// Renders the report as a SARIF log.
pub fn render(report: &Report, rules: &RuleSet) -> String {
    let defs: Vec<_> = rules.rules.values().collect();
    let rule_values: Vec<Value> = defs
        .iter()
        .map(|def| {
            json!({
                "id": def.id,
                "name": def.id,
                "shortDescription": {"text": def.description},
                "fullDescription": {"text": def.why.trim()},
                "help": {
                    "text": format!("{}\n\n{}", def.description, def.why.trim()),
                    "markdown": crate::docs::rule_markdown(def),
                },
                "defaultConfiguration": {"level": level(def.severity)},
            })
        })
        .collect();
    let mut results = Vec::new();
    for file in &report.files {
        let mut seen: std::collections::BTreeMap<(String, String), usize> = Default::default();
        for d in &file.diagnostics {
            let sentence = crate::lexicon::fold_text(sentence_text_of(file, d));
            let occurrence = seen.entry((d.rule.to_string(), sentence.clone())).or_default();
            let key = format!("{}\u{0}{sentence}\u{0}{occurrence}", d.rule);
            *occurrence += 1;
            let mut result = json!({
                "ruleId": d.rule,
                "level": level(d.severity),
                "message": {"text": d.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": file.path},
                        "region": {
                            "startLine": d.line,
                            "startColumn": d.column,
                            "endLine": d.end_line,
                            "endColumn": d.end_column,
                        },
                    },
                }],
                "partialFingerprints": {"whosaidSentence/v1": format!("{:016x}", fnv1a(key.as_bytes()))},
            });
            if let Some(index) = defs.iter().position(|def| def.id == d.rule) {
                result["ruleIndex"] = json!(index);
            }
            if let Some(reason) = &d.suppressed {
                let kind = if &**reason == super::BASELINE_REASON {
                    "external"
                } else {
                    "inSource"
                };
                result["suppressions"] = json!([{"kind": kind, "justification": reason}]);
            }
            results.push(result);
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "whosaid",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rule_values,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    super::json::to_string(&log)
}

#[cfg(test)]
mod tests {
    #[test]
    fn fnv_is_stable() {
        assert_eq!(super::fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
