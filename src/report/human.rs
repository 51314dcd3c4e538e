//! The human report: rustc-style snippets (annotate-snippets) with the
//! sentence, the underlined cue and source, and the diagnostic, then a one-line
//! summary. Reads only the report model and the file text; decides nothing.

use annotate_snippets::{Level, Renderer, Snippet};

use super::{FileReport, Report};
use crate::rules::Severity;

fn level(severity: Severity) -> Level {
    match severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Info => Level::Info,
    }
}

/// Renders the diagnostics of one file against its text.
pub fn render_file(file: &FileReport, text: &str, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for d in file.diagnostics.iter().filter(|d| d.is_active()) {
        let mut snippet = Snippet::source(text)
            .origin(&file.path)
            .fold(true)
            .annotation(level(d.severity).span(d.start..d.end.max(d.start)));
        // The cue and the source of the sentence the finding is in.
        let sentence = file
            .sentences
            .iter()
            .find(|s| s.start <= d.start && d.start < s.end.max(s.start + 1));
        let mut extra = Vec::new();
        if let Some(cue) = sentence.and_then(|s| s.cue.as_ref()) {
            if cue.start >= sentence.map_or(0, |s| s.start) && cue.end <= sentence.map_or(0, |s| s.end) {
                extra.push((cue.start..cue.end, "cue"));
                let mention = file
                    .attributions
                    .iter()
                    .find(|a| a.cue.as_ref().is_some_and(|c| c.start == cue.start))
                    .and_then(|a| a.mention.as_ref());
                if let Some(m) = mention {
                    extra.push((m.start..m.end, "source"));
                }
            }
        }
        for label in &d.labels {
            if !extra
                .iter()
                .any(|(r, _)| r.start == label.start && r.end == label.end)
            {
                extra.push((label.start..label.end, label.text.as_str()));
            }
        }
        for (range, label) in extra {
            if range.start != d.start || range.end != d.end {
                snippet = snippet.annotation(Level::Note.span(range).label(label));
            }
        }
        let message = level(d.severity).title(&d.message).id(&d.rule).snippet(snippet);
        out.push_str(&renderer.render(message).to_string());
        out.push_str("\n\n");
    }
    out
}

/// The one-line summary: files, sentences by status (those present, in a
/// fixed order), sources and findings by severity.
pub fn summary_line(report: &Report) -> String {
    let s = &report.summary;
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let statuses = [
        (s.attributed, "attributed"),
        (s.inherited, "inherited"),
        (s.unattributed, "unattributed"),
        (s.no_comment, "no-comment"),
        (s.heading, "heading"),
        (s.credit, "credit"),
        (s.boilerplate, "boilerplate"),
    ];
    let by_status: Vec<String> = statuses
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, name)| format!("{n} {name}"))
        .collect();
    let mut line = format!(
        "{} checked: {}{}, {}; {}, {}, {}",
        plural(s.files, "file", "files"),
        plural(s.sentences, "sentence", "sentences"),
        if by_status.is_empty() {
            String::new()
        } else {
            format!(" ({})", by_status.join(", "))
        },
        plural(s.sources, "source", "sources"),
        plural(s.errors, "error", "errors"),
        plural(s.warnings, "warning", "warnings"),
        plural(s.infos, "info", "infos"),
    );
    if s.suppressed > 0 {
        line.push_str(&format!(" ({} suppressed)", s.suppressed));
    }
    if s.file_errors > 0 {
        line.push_str(&format!(
            "; {} could not be read",
            plural(s.file_errors, "file", "files")
        ));
    }
    line.push('\n');
    line
}
