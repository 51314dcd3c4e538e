//! Reports: the one data model every renderer reads (the JSON/YAML contract),
//! built from an analysis and its diagnostics, and the renderers. Owns output;
//! must not analyse: every fact it prints was decided upstream.

pub mod ci;
pub mod human;
pub mod json;
pub mod sarif;

use std::io::Write;
use std::sync::Arc;

use serde::Serialize;

use crate::classify::Status;
use crate::grammar::AttributionKind;
use crate::link::SourceKind;
use crate::read::OffsetMap;
use crate::rules::{Diagnostic, Severity};
use crate::span::{LineIndex, Span};
use crate::Analysis;

/// Version of the JSON/YAML contract; bumped on any incompatible change.
pub const FORMAT_VERSION: u32 = 3;

/// The whole report of one run. Its texts borrow from the checked texts
/// (`'t`), so a report costs no second copy of its files.
#[derive(Debug, Clone, Serialize)]
pub struct Report<'t> {
    /// Contract version.
    pub version: u32,
    /// Checked files, in the order given.
    pub files: Vec<FileReport<'t>>,
    /// Files that could not be checked.
    pub errors: Vec<FileError>,
    /// Totals.
    pub summary: Summary,
}

/// A file that could not be checked, or a rule or configuration file that
/// could not be used.
#[derive(Debug, Clone, Serialize)]
pub struct FileError {
    /// The path as given.
    pub path: String,
    /// 1-based line of the problem, when known.
    pub line: Option<usize>,
    /// 1-based column of the problem, when known.
    pub column: Option<usize>,
    /// Why.
    pub message: String,
}

impl FileError {
    /// An error about a whole file.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> FileError {
        FileError {
            path: path.into(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    /// Where, as `path`, `path:line` or `path:line:column`.
    pub fn location(&self) -> String {
        match (self.line, self.column) {
            (Some(line), Some(column)) => format!("{}:{line}:{column}", self.path),
            (Some(line), None) => format!("{}:{line}", self.path),
            _ => self.path.clone(),
        }
    }
}

impl From<crate::LoadError> for FileError {
    fn from(err: crate::LoadError) -> FileError {
        let known = |n: usize| (n > 0).then_some(n);
        FileError {
            path: err.path,
            line: known(err.line),
            column: known(err.column),
            message: err.message,
        }
    }
}

/// Totals over all files.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    /// Files checked.
    pub files: usize,
    /// Files that could not be checked.
    pub file_errors: usize,
    /// Sentences.
    pub sentences: usize,
    /// Sentences by status.
    pub attributed: usize,
    /// Inherited sentences.
    pub inherited: usize,
    /// Unattributed sentences.
    pub unattributed: usize,
    /// Sentences with a cue verb but no attribution the grammar delimited.
    pub cue_only: usize,
    /// Headings.
    pub heading: usize,
    /// Credits.
    pub credit: usize,
    /// Non-responses.
    pub no_comment: usize,
    /// Boilerplate sentences.
    pub boilerplate: usize,
    /// Sources.
    pub sources: usize,
    /// Diagnostics by severity.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Infos.
    pub infos: usize,
    /// Findings suppressed by a comment or the baseline (not in the counts above).
    pub suppressed: usize,
}

/// The report of one file.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport<'t> {
    /// Path as given on the command line (never made absolute).
    pub path: String,
    /// Sources in order of introduction.
    pub sources: Vec<SourceOut<'t>>,
    /// Every sentence in order.
    pub sentences: Vec<SentenceOut<'t>>,
    /// Attributions in order of content.
    pub attributions: Vec<AttributionOut<'t>>,
    /// Diagnostics in order of position.
    pub diagnostics: Vec<DiagnosticOut>,
}

/// A source's id in the report: its place in order of introduction, written
/// `s1`, `s2`, … (a number, so no sentence or attribution carries a string
/// of its own).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SourceId(pub usize);

impl std::fmt::Display for SourceId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "s{}", self.0 + 1)
    }
}

impl Serialize for SourceId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A place in the file.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Located<'t> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, in characters.
    pub column: usize,
    /// The text.
    pub text: &'t str,
}

/// A span with its text, no line.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Snip<'t> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The text.
    pub text: &'t str,
}

/// A bare span.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Range {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// A source in the report.
#[derive(Debug, Clone, Serialize)]
pub struct SourceOut<'t> {
    /// `s1`, `s2`, …
    pub id: SourceId,
    /// The words that introduce it.
    pub text: &'t str,
    /// Its kind.
    pub kind: SourceKind,
    /// Every mention, the introduction first.
    pub mentions: Vec<Located<'t>>,
}

/// A sentence in the report.
#[derive(Debug, Clone, Serialize)]
pub struct SentenceOut<'t> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
    /// The sentence.
    pub text: &'t str,
    /// Status.
    pub status: Status,
    /// direct, indirect, mixed or null.
    pub kind: Option<AttributionKind>,
    /// Source id.
    pub source: Option<SourceId>,
    /// The cue that attributes it.
    pub cue: Option<Snip<'t>>,
}

/// An attribution in the report.
#[derive(Debug, Clone, Serialize)]
pub struct AttributionOut<'t> {
    /// direct, indirect, mixed or no-comment.
    pub kind: AttributionKind,
    /// What is attributed: for a quotation split by its attribution or
    /// running over paragraphs, from the first piece to the last.
    pub content: Range,
    /// The quoted pieces or the reported clause, in order (one when the
    /// content is not split).
    pub parts: Vec<Range>,
    /// The cue, null for an inherited quote.
    pub cue: Option<Snip<'t>>,
    /// The words naming the source at this place.
    pub mention: Option<Snip<'t>>,
    /// Source id.
    pub source: Option<SourceId>,
}

/// A diagnostic in the report.
#[derive(Debug, Clone, Serialize)]
pub struct DiagnosticOut {
    /// Rule id.
    pub rule: Arc<str>,
    /// Severity.
    pub severity: Severity,
    /// Message.
    pub message: Arc<str>,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`.
    pub column: usize,
    /// 1-based line of `end`.
    pub end_line: usize,
    /// 1-based column of `end`.
    pub end_column: usize,
    /// Secondary places: the cue, the source, where a quote should close.
    /// The text is the rule's name for the place, not the file's.
    pub labels: Vec<Snip<'static>>,
    /// Why the finding is suppressed (a comment's reason, or `baseline`);
    /// null when it counts.
    pub suppressed: Option<String>,
}

impl DiagnosticOut {
    /// Whether it counts towards the summary and the exit code.
    pub fn is_active(&self) -> bool {
        self.suppressed.is_none()
    }
}

impl<'t> FileReport<'t> {
    /// Builds the report of one file. The analysis ran on prose; `map`
    /// (when the prose is not the source itself) takes every span back to
    /// `source`, where lines and columns are counted. Texts are the prose's,
    /// borrowed; the diagnostics' own strings move into the report. Each
    /// part of the analysis is dropped once its part of the report is
    /// built, so a large file never holds the two whole.
    pub fn new(
        path: &str,
        analysis: Analysis<'t>,
        diagnostics: Vec<Diagnostic>,
        source: &str,
        map: Option<&OffsetMap>,
    ) -> FileReport<'t> {
        let Analysis {
            text: prose,
            segments,
            attributions,
            registry,
            quote_speakers,
            claims,
            unclaimed_cues,
            sentences: infos,
        } = analysis;
        // Of the segments, the report needs only the sentences.
        let crate::segment::Segments {
            sentences: segment_sentences,
            paragraphs,
            quotes,
        } = segments;
        drop((quote_speakers, paragraphs, quotes));
        let index = LineIndex::new(source);
        let to_source = |span: Span| map.map_or(span, |m| m.span(span));
        let snip = |span: Span| {
            let at = to_source(span);
            Snip {
                start: at.start,
                end: at.end,
                text: span.slice(prose),
            }
        };
        let located = |span: Span| {
            let at = to_source(span);
            let (line, column) = index.line_col(source, at.start);
            Located {
                start: at.start,
                end: at.end,
                line,
                column,
                text: span.slice(prose),
            }
        };
        let range = |span: Span| {
            let at = to_source(span);
            Range {
                start: at.start,
                end: at.end,
            }
        };
        let sources = registry
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| SourceOut {
                id: SourceId(i),
                text: s.intro.slice(prose),
                kind: s.kind,
                mentions: s.mentions.iter().map(|&m| located(m)).collect(),
            })
            .collect();
        drop(registry);
        let diagnostics = diagnostics
            .into_iter()
            .map(|d| {
                let at = to_source(d.span);
                let (line, column) = index.line_col(source, at.start);
                let (end_line, end_column) = index.line_col(source, at.end);
                DiagnosticOut {
                    rule: d.rule,
                    severity: d.severity,
                    message: d.message,
                    start: at.start,
                    end: at.end,
                    line,
                    column,
                    end_line,
                    end_column,
                    labels: d
                        .labels
                        .into_iter()
                        .map(|l| {
                            let at = to_source(l.span);
                            Snip {
                                start: at.start,
                                end: at.end,
                                text: l.text,
                            }
                        })
                        .collect(),
                    suppressed: d.suppressed,
                }
            })
            .collect();
        // Each claim's pieces become the report's in place: a span and a
        // range have one layout, so the vector is reused, not copied.
        let attributions_out = claims
            .into_iter()
            .map(|claim| {
                let a = &attributions[claim.attribution];
                AttributionOut {
                    kind: claim.kind,
                    content: range(claim.content),
                    parts: claim.parts.into_iter().map(range).collect(),
                    cue: a.cue.as_ref().map(|c| snip(c.span)),
                    mention: a.mention.map(|m| snip(m.span)),
                    source: a.source.map(SourceId),
                }
            })
            .collect();
        // The one fact a sentence needs from the attributions: its cue.
        let cues: Vec<Option<Span>> = infos
            .iter()
            .enumerate()
            .map(|(i, info)| match info.status {
                Status::CueOnly => crate::classify::unclaimed_cue(&unclaimed_cues, i),
                _ => info
                    .attribution
                    .and_then(|a| attributions[a].cue.as_ref())
                    .map(|c| c.span),
            })
            .collect();
        drop(attributions);
        let sentences = segment_sentences
            .iter()
            .zip(&infos)
            .zip(cues)
            .map(|((sentence, info), cue)| {
                let at = located(sentence.span);
                SentenceOut {
                    start: at.start,
                    end: at.end,
                    line: at.line,
                    column: at.column,
                    text: at.text,
                    status: info.status,
                    kind: info.kind,
                    source: info.source.map(SourceId),
                    cue: cue.map(snip),
                }
            })
            .collect();
        FileReport {
            path: path.to_string(),
            sources,
            sentences,
            attributions: attributions_out,
            diagnostics,
        }
    }
}

impl<'t> Report<'t> {
    /// Puts file reports and file errors together and counts them.
    pub fn new(files: Vec<FileReport<'t>>, errors: Vec<FileError>) -> Report<'t> {
        let mut summary = Summary {
            files: files.len(),
            file_errors: errors.len(),
            ..Summary::default()
        };
        for file in &files {
            summary.sentences += file.sentences.len();
            summary.sources += file.sources.len();
            for s in &file.sentences {
                *match s.status {
                    Status::Attributed => &mut summary.attributed,
                    Status::Inherited => &mut summary.inherited,
                    Status::Unattributed => &mut summary.unattributed,
                    Status::CueOnly => &mut summary.cue_only,
                    Status::Heading => &mut summary.heading,
                    Status::Credit => &mut summary.credit,
                    Status::NoComment => &mut summary.no_comment,
                    Status::Boilerplate => &mut summary.boilerplate,
                } += 1;
            }
            for d in &file.diagnostics {
                if !d.is_active() {
                    summary.suppressed += 1;
                    continue;
                }
                *match d.severity {
                    Severity::Error => &mut summary.errors,
                    Severity::Warning => &mut summary.warnings,
                    Severity::Info => &mut summary.infos,
                } += 1;
            }
        }
        Report {
            version: FORMAT_VERSION,
            files,
            errors,
            summary,
        }
    }

    /// Whether any diagnostic is at or above `level`.
    pub fn has_findings_at(&self, level: Severity) -> bool {
        self.files
            .iter()
            .flat_map(|f| &f.diagnostics)
            .any(|d| d.is_active() && d.severity >= level)
    }

    /// Writes the report as pretty JSON, ending with a newline, without
    /// building it in memory first.
    pub fn write_json(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
        json::write(self, &mut buffered)?;
        buffered.write_all(b"\n")?;
        buffered.flush()
    }

    /// The report as pretty JSON, ending with a newline.
    pub fn to_json(&self) -> String {
        json::to_string(self)
    }

    /// The report as YAML.
    pub fn to_yaml(&self) -> String {
        crate::yaml::to_string(self)
    }
}

/// The reason recorded on findings the baseline covers.
pub const BASELINE_REASON: &str = "baseline";

/// The text of the sentence a finding starts in (the finding's own line when
/// it starts between sentences), the stable key of baselines and fingerprints.
pub fn sentence_text_of<'f>(file: &'f FileReport<'_>, d: &'f DiagnosticOut) -> &'f str {
    file.sentences
        .iter()
        .find(|s| s.start <= d.start && d.start < s.end)
        .map_or(&*d.rule, |s| s.text)
}
