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

/// Each active finding, with whether it is among the first
/// [`GITHUB_ANNOTATIONS_PER_TYPE`] of its annotation type (shown as an
/// annotation) or beyond them (listed in the step summary), and its type.
fn github_slots<'r>(
    report: &'r Report<'_>,
) -> impl Iterator<Item = (&'r str, &'r DiagnosticOut, bool, &'static str)> {
    let mut shown = [0usize; 3];
    active(report).map(move |(path, d)| {
        let (kind, slot) = match d.severity {
            Severity::Error => ("error", 0),
            Severity::Warning => ("warning", 1),
            Severity::Info => ("notice", 2),
        };
        let annotated = shown[slot] < GITHUB_ANNOTATIONS_PER_TYPE;
        if annotated {
            shown[slot] += 1;
        }
        (path, d, annotated, kind)
    })
}

/// Writes GitHub workflow commands for the first findings of each type, and
/// a line counting those that did not fit, which it returns:
/// [`write_github_summary`] lists them. Neither holds the findings' lines
/// in memory: a large file's findings would cost 0.4 times its size again.
pub fn write_github(report: &Report, out: &mut dyn Write) -> io::Result<usize> {
    let mut overflow = 0;
    super::write_buffered(out, |out| {
        for (path, d, annotated, kind) in github_slots(report) {
            if !annotated {
                overflow += 1;
                continue;
            }
            writeln!(
                out,
                "::{kind} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                escape_property(path),
                d.line,
                d.column,
                d.end_line,
                d.end_column,
                escape_property(&format!("whosaid {}", d.rule)),
                escape_data(&d.message)
            )?;
        }
        if overflow > 0 {
            writeln!(
                out,
                "whosaid: {overflow} more findings were not annotated (GitHub shows {GITHUB_ANNOTATIONS_PER_TYPE} per type); see the job summary"
            )?;
        }
        Ok(())
    })?;
    Ok(overflow)
}

/// Writes a Markdown table of the findings [`write_github`] did not
/// annotate, for `$GITHUB_STEP_SUMMARY`; nothing when all fit.
pub fn write_github_summary(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut rows = github_slots(report)
        .filter(|&(.., annotated, _)| !annotated)
        .peekable();
    if rows.peek().is_none() {
        return Ok(());
    }
    super::write_buffered(out, |out| {
        out.write_all(b"### whosaid: findings not shown as annotations\n\n| file | line | severity | rule | message |\n|---|---|---|---|---|\n")?;
        let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
        for (path, d, ..) in rows {
            writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                cell(path),
                d.line,
                d.severity.name(),
                d.rule,
                cell(&d.message)
            )?;
        }
        Ok(())
    })
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
