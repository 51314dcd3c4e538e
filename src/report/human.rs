//! The human report: rustc-style snippets (annotate-snippets) with the
//! sentence, the underlined cue and source, and the diagnostic, then a one-line
//! summary. Reads only the report model and the file text; decides nothing.

use annotate_snippets::{Level, Renderer, Snippet};

use std::io::{self, Write};

use super::{FileReport, Range, Report};
use crate::rules::Severity;

fn level(severity: Severity) -> Level {
    match severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Info => Level::Info,
    }
}

/// Notes further than this many lines from the finding are left out, so a
/// snippet stays a snippet (and rendering stays linear in the file).
const NOTE_REACH_LINES: usize = 40;

/// Renders the diagnostics of one file against its text: what
/// [`write_file`] writes.
pub fn render_file(file: &FileReport, color: bool) -> String {
    super::written(|out| write_file(file, color, out))
}

/// Writes the diagnostics of one file against its text (the text the report
/// borrows, with the report's own line index), each as it is rendered, so a
/// large file's report is never held in memory whole.
pub fn write_file(file: &FileReport, color: bool, out: &mut dyn Write) -> io::Result<()> {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let (text, index) = (file.facts.source, &file.facts.index);
    // Sorted by cue, searched for each finding: a map of every attribution
    // and a second line index cost the human report a third of the file's
    // size more than the JSON one.
    let mentions = file.cue_mentions();
    super::write_buffered(out, |out| {
        for d in file.diagnostics.iter().filter(|d| d.is_active()) {
            let primary = d.start..d.end.max(d.start);
            // The cue and the source of the sentence the finding is in.
            let sentence = file.sentence_at(d.start);
            let mut notes: Vec<(std::ops::Range<usize>, &str)> = Vec::new();
            if let (Some(sentence), Some(cue)) = (&sentence, sentence.as_ref().and_then(|s| s.cue.as_ref())) {
                if cue.start >= sentence.start && cue.end <= sentence.end {
                    notes.push((cue.start..cue.end, "cue"));
                    if let Some(mention) = latest_mention(&mentions, cue.start) {
                        notes.push((mention.start..mention.end, "source"));
                    }
                }
            }
            for label in &d.labels {
                if !notes
                    .iter()
                    .any(|(r, _)| r.start == label.start && r.end == label.end)
                {
                    notes.push((label.start..label.end, label.text));
                }
            }
            let line_of = |offset: usize| index.line_col(text, offset).0;
            let (first, last) = (line_of(primary.start), line_of(primary.end));
            notes.retain(|(r, _)| {
                let (a, b) = (line_of(r.start), line_of(r.end));
                (r.start != primary.start || r.end != primary.end)
                    && a + NOTE_REACH_LINES >= first
                    && b <= last + NOTE_REACH_LINES
            });
            // The snippet covers whole lines from the first annotation to the last.
            let (low, high) = notes
                .iter()
                .fold((primary.start, primary.end), |(low, high), (r, _)| {
                    (low.min(r.start), high.max(r.end))
                });
            let first_line = line_of(low);
            let window_start = index.line_span(text, first_line).start();
            let window_end = index.line_span(text, line_of(high)).end().max(high);
            let window = &text[window_start..window_end];
            let shift = |r: &std::ops::Range<usize>| (r.start - window_start)..(r.end - window_start);
            let mut snippet = Snippet::source(window)
                .line_start(first_line)
                .origin(&file.path)
                .fold(true)
                .annotation(level(d.severity).span(shift(&primary)));
            for (range, label) in &notes {
                snippet = snippet.annotation(Level::Note.span(shift(range)).label(label));
            }
            let message = level(d.severity).title(&d.message).id(&d.rule).snippet(snippet);
            write!(out, "{}\n\n", renderer.render(message))?;
        }
        Ok(())
    })
}

/// In `mentions`, sorted by cue as [`FileReport::cue_mentions`] makes them,
/// the source mention of the attribution latest in order of content among
/// those whose cue starts at `cue`: the last of them.
fn latest_mention(mentions: &[(usize, Range)], cue: usize) -> Option<&Range> {
    let after = mentions.partition_point(|&(start, _)| start <= cue);
    let (start, mention) = mentions.get(after.checked_sub(1)?)?;
    (*start == cue).then_some(mention)
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
        (s.cue_only, "cue-only"),
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

#[cfg(test)]
mod tests {
    use super::{latest_mention, Range};

    /// A cue's mention is found wherever the cue sits in the list, the last
    /// of several for one cue, and none for a cue the list lacks.
    #[test]
    fn the_latest_mention_of_a_cue_is_the_last_listed() {
        let range = |start: usize| Range {
            start,
            end: start + 3,
        };
        let mentions = [
            (5, range(0)),
            (9, range(1)),
            (9, range(2)),
            (9, range(3)),
            (20, range(4)),
        ];
        let check = |cue: usize, expect: Option<usize>| {
            assert_eq!(
                latest_mention(&mentions, cue).map(|m| m.start),
                expect,
                "cue {cue}"
            );
        };
        check(5, Some(0));
        check(9, Some(3));
        check(20, Some(4));
        check(0, None);
        check(6, None);
        check(10, None);
        check(21, None);
        assert_eq!(latest_mention(&[], 5), None);
    }
}
