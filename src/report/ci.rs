//! Renderers for CI: `line` (one finding a line), `github` (workflow
//! annotation commands, with the overflow in a step-summary table) and
//! `rdjsonl` (reviewdog's diagnostic format). They print active findings only;
//! suppressed ones are in the JSON, YAML and SARIF reports.

use std::io::{self, Write};

use serde_json::json;

use super::{DiagnosticOut, Report};
use crate::rules::Severity;

fn active<'r>(report: &'r Report<'_>) -> impl Iterator<Item = (&'r str, &'r DiagnosticOut)> {
    report.files.iter().flat_map(|f| {
        f.diagnostics
            .iter()
            .filter(|d| d.is_active())
            .map(move |d| (f.path.as_str(), d))
    })
}

/// Writes `path:line:col: severity rule: message`, one finding a line.
pub fn write_lines(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    super::write_buffered(out, |out| {
        for (path, d) in active(report) {
            writeln!(
                out,
                "{path}:{}:{}: {} {}: {}",
                d.line,
                d.column,
                d.severity.name(),
                d.rule,
                d.message
            )?;
        }
        Ok(())
    })
}

/// How many annotations of one type GitHub shows for a step.
pub const GITHUB_ANNOTATIONS_PER_TYPE: usize = 10;

fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// GitHub workflow commands for the first findings of each type, and the
/// findings that did not fit.
pub struct GithubOutput {
    /// The commands (and a line counting what was not annotated).
    pub commands: String,
    /// A Markdown table of the findings that were not annotated, for
    /// `$GITHUB_STEP_SUMMARY`; empty when all fit.
    pub summary_table: String,
}

/// Renders GitHub annotations.
pub fn github(report: &Report) -> GithubOutput {
    let mut commands = String::new();
    let mut shown = [0usize; 3];
    let mut overflow = Vec::new();
    for (path, d) in active(report) {
        let (kind, slot) = match d.severity {
            Severity::Error => ("error", 0),
            Severity::Warning => ("warning", 1),
            Severity::Info => ("notice", 2),
        };
        if shown[slot] == GITHUB_ANNOTATIONS_PER_TYPE {
            overflow.push((path, d));
            continue;
        }
        shown[slot] += 1;
        commands.push_str(&format!(
            "::{kind} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
            escape_property(path),
            d.line,
            d.column,
            d.end_line,
            d.end_column,
            escape_property(&format!("whosaid {}", d.rule)),
            escape_data(&d.message)
        ));
    }
    let mut summary_table = String::new();
    if !overflow.is_empty() {
        commands.push_str(&format!(
            "whosaid: {} more findings were not annotated (GitHub shows {GITHUB_ANNOTATIONS_PER_TYPE} per type); see the job summary\n",
            overflow.len()
        ));
        summary_table.push_str("### whosaid: findings not shown as annotations\n\n| file | line | severity | rule | message |\n|---|---|---|---|---|\n");
        for (path, d) in overflow {
            let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
            summary_table.push_str(&format!(
                "| {} | {} | {} | {} | {} |\n",
                cell(path),
                d.line,
                d.severity.name(),
                d.rule,
                cell(&d.message)
            ));
        }
    }
    GithubOutput {
        commands,
        summary_table,
    }
}

/// Writes reviewdog's diagnostic format, one JSON object a line.
pub fn write_rdjsonl(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    super::write_buffered(out, |out| {
        for (path, d) in active(report) {
            let severity = match d.severity {
                Severity::Error => "ERROR",
                Severity::Warning => "WARNING",
                Severity::Info => "INFO",
            };
            let value = json!({
                "message": d.message,
                "location": {
                    "path": path,
                    "range": {
                        "start": {"line": d.line, "column": d.column},
                        "end": {"line": d.end_line, "column": d.end_column},
                    },
                },
                "severity": severity,
                "source": {"name": "whosaid"},
                "code": {"value": d.rule},
            });
            writeln!(out, "{value}")?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_escaping() {
        assert_eq!(escape_data("50% of\nit"), "50%25 of%0Ait");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
