//! Baselines: today's findings, recorded by file, rule and sentence text (not
//! line numbers, so editing elsewhere in the file does not break them), so a
//! newsroom can adopt whosaid on an archive and fail only on new findings.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::error::LoadError;
use crate::lexicon::fold_text;
use crate::report::{sentence_text_of, FileReport, BASELINE_REASON};

/// Version of the baseline file format.
pub const BASELINE_VERSION: u32 = 1;

/// One recorded finding, with how many times it occurs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// File path as given.
    pub path: String,
    /// Rule id.
    pub rule: String,
    /// The sentence, lower-cased with white space folded.
    pub sentence: String,
    /// How many findings share this key.
    pub count: usize,
}

/// A baseline file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// Format version.
    pub version: u32,
    /// Entries, sorted.
    pub findings: Vec<Entry>,
}

impl Baseline {
    /// Records the active findings of `files`.
    pub fn record(files: &[FileReport]) -> Baseline {
        let mut counts: BTreeMap<(String, String, String), usize> = BTreeMap::new();
        for file in files {
            for d in file.diagnostics.iter().filter(|d| d.is_active()) {
                let key = (
                    file.path.clone(),
                    d.rule.to_string(),
                    fold_text(sentence_text_of(file, d)),
                );
                *counts.entry(key).or_default() += 1;
            }
        }
        let findings = counts
            .into_iter()
            .map(|((path, rule, sentence), count)| Entry {
                path,
                rule,
                sentence,
                count,
            })
            .collect();
        Baseline {
            version: BASELINE_VERSION,
            findings,
        }
    }

    /// Marks the findings of `file` that the baseline covers as suppressed.
    pub fn apply(&self, file: &mut FileReport) {
        let mut remaining: HashMap<(String, String), usize> = self
            .findings
            .iter()
            .filter(|e| e.path == file.path)
            .map(|e| ((e.rule.clone(), e.sentence.clone()), e.count))
            .collect();
        let keys: Vec<String> = file
            .diagnostics
            .iter()
            .map(|d| fold_text(sentence_text_of(file, d)))
            .collect();
        for (d, sentence) in file.diagnostics.iter_mut().zip(keys) {
            if !d.is_active() {
                continue;
            }
            if let Some(left) = remaining
                .get_mut(&(d.rule.to_string(), sentence))
                .filter(|left| **left > 0)
            {
                *left -= 1;
                d.suppressed = Some(BASELINE_REASON.into());
            }
        }
    }

    /// Parses a baseline file.
    pub fn parse(path: &str, text: &str) -> Result<Baseline, LoadError> {
        let baseline: Baseline = serde_json::from_str(text).map_err(|e| LoadError {
            path: path.to_string(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        if baseline.version != BASELINE_VERSION {
            return Err(LoadError::file(
                path,
                format!("baseline version {} is not {BASELINE_VERSION}", baseline.version),
            ));
        }
        Ok(baseline)
    }

    /// The baseline as JSON.
    pub fn to_json(&self) -> String {
        crate::report::json::to_string(self)
    }
}
