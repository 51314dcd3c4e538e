//! Reports: the one data model every renderer reads (the JSON/YAML contract),
//! built from an analysis and its diagnostics, and the renderers. Owns output;
//! must not analyse: every fact it prints was decided upstream.

pub mod ci;
pub mod human;
pub mod json;
pub mod sarif;

use std::io::Write;
use std::sync::Arc;

use serde::ser::SerializeStruct;
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

/// The report of one file. Its sources, sentences and attributions are
/// not stored as report entries: each is made from the analysis when it is
/// read or written, so a report costs no second copy of the analysis.
#[derive(Debug, Clone)]
pub struct FileReport<'t> {
    /// Path as given on the command line (never made absolute).
    pub path: String,
    /// Diagnostics in order of position.
    pub diagnostics: Vec<DiagnosticOut>,
    facts: Facts<'t>,
}

/// What a file's entries are made from: the parts of its analysis the
/// report shows, and what takes their spans back to the file.
#[derive(Debug, Clone)]
struct Facts<'t> {
    /// The analysed prose, which the entries' texts borrow.
    prose: &'t str,
    /// The file, where lines and columns are counted.
    source: &'t str,
    /// Prose → file offsets, when the prose is not the file itself.
    map: Option<&'t OffsetMap>,
    index: LineIndex,
    sources: Vec<SourceFacts>,
    sentences: Vec<crate::segment::Sentence>,
    infos: Vec<crate::classify::SentenceInfo>,
    /// Of each attribution, indexed as the analysis numbers them.
    credits: Vec<Credit>,
    claims: Vec<crate::link::claims::Claim>,
    unclaimed_cues: Vec<(usize, Span)>,
}

/// What a source entry shows of a source.
#[derive(Debug, Clone)]
struct SourceFacts {
    intro: Span,
    kind: SourceKind,
    mentions: Vec<Span>,
}

/// What an attribution entry and its sentence show of an attribution.
#[derive(Debug, Clone)]
struct Credit {
    cue: Option<Span>,
    mention: Option<Span>,
    /// 32-bit, like spans: the report holds a credit for every attribution.
    source32: crate::span::OptIndex32,
}

impl Credit {
    fn source(&self) -> Option<usize> {
        self.source32.get()
    }
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

impl SourceId {
    /// Its `Display` form, made in `buf` on the stack: a report has an id on
    /// nearly every sentence and attribution, and going through `Display`
    /// cost a formatter call each. Serde and the JSON report writer both
    /// write it from here.
    pub(crate) fn written(self, buf: &mut [u8; 21]) -> &str {
        // "s" and at most 20 digits. An id indexes the registry's vector,
        // whose length is below `isize::MAX`, so adding one cannot overflow.
        let mut at = decimal_into(self.0 as u64 + 1, buf);
        at -= 1;
        buf[at] = b's';
        // Only ASCII digits and "s" were written.
        std::str::from_utf8(&buf[at..]).unwrap_or_default()
    }
}

impl Serialize for SourceId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.written(&mut [0u8; 21]))
    }
}

/// Writes `n` in decimal at the end of `buf`, which must hold its digits, and
/// returns where the digits start. A `u64`, not a `u128`: the compiler turns
/// its division by ten into a multiplication, where a `u128` calls a
/// division routine for every digit (about 4% of a JSON check's
/// instructions). Two digits are written at a time from a table, which
/// halves the divisions of the byte offsets that fill a report.
pub(crate) fn decimal_into(mut n: u64, buf: &mut [u8]) -> usize {
    const PAIRS: &[u8; 200] = b"00010203040506070809101112131415161718192021222324252627282930313233343536373839\
                                4041424344454647484950515253545556575859606162636465666768697071727374757677787980\
                                81828384858687888990919293949596979899";
    let mut at = buf.len();
    while n >= 100 {
        let pair = 2 * (n % 100) as usize;
        n /= 100;
        at -= 2;
        buf[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        let pair = 2 * n as usize;
        at -= 2;
        buf[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    } else {
        at -= 1;
        buf[at] = b'0' + n as u8;
    }
    at
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
    /// The text is the rule's name for the place, not the file's. Boxed
    /// slices, not vectors: the report holds every finding of a file.
    pub labels: Box<[Snip<'static>]>,
    /// Why the finding is suppressed (a comment's reason, or `baseline`);
    /// null when it counts.
    pub suppressed: Option<Box<str>>,
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
    /// `source`, where lines and columns are counted. The diagnostics' own
    /// strings move into the report; of the analysis, only what its entries
    /// are made from is kept.
    pub fn new(
        path: &str,
        analysis: Analysis<'t>,
        diagnostics: Vec<Diagnostic>,
        source: &'t str,
        map: Option<&'t OffsetMap>,
    ) -> FileReport<'t> {
        let facts = Facts::new(analysis, source, map);
        let diagnostics = diagnostics
            .into_iter()
            .map(|mut d| {
                let (labels, suppressed) = d.take_notes();
                let at = facts.to_source(d.span);
                let (line, column) = facts.line_col(at.start());
                let (end_line, end_column) = facts.line_col(at.end());
                DiagnosticOut {
                    rule: d.rule,
                    severity: d.severity,
                    message: d.message,
                    start: at.start(),
                    end: at.end(),
                    line,
                    column,
                    end_line,
                    end_column,
                    labels: labels
                        .iter()
                        .map(|l| {
                            let at = facts.to_source(l.span);
                            Snip {
                                start: at.start(),
                                end: at.end(),
                                text: l.text,
                            }
                        })
                        .collect(),
                    suppressed,
                }
            })
            .collect();
        FileReport {
            path: path.to_string(),
            diagnostics,
            facts,
        }
    }

    /// Sources in order of introduction.
    pub fn sources(&self) -> impl ExactSizeIterator<Item = SourceOut<'t>> + '_ {
        let facts = &self.facts;
        facts.sources.iter().enumerate().map(move |(i, s)| SourceOut {
            id: SourceId(i),
            text: s.intro.slice(facts.prose),
            kind: s.kind,
            mentions: s.mentions.iter().map(|&m| facts.located(m)).collect(),
        })
    }

    /// Every sentence in order.
    pub fn sentences(&self) -> impl ExactSizeIterator<Item = SentenceOut<'t>> + '_ {
        (0..self.facts.sentences.len()).map(|i| self.facts.sentence(i))
    }

    /// The number of sentences.
    pub fn sentence_count(&self) -> usize {
        self.facts.sentences.len()
    }

    /// The status of every sentence, in order.
    pub fn statuses(&self) -> impl ExactSizeIterator<Item = Status> + '_ {
        self.facts.infos.iter().map(|info| info.status)
    }

    /// The sentence holding file offset `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<SentenceOut<'t>> {
        let facts = &self.facts;
        let at = facts
            .sentences
            .partition_point(|s| facts.to_source(s.span).end() <= offset);
        let sentence = facts.sentences.get(at)?;
        (facts.to_source(sentence.span).start() <= offset).then(|| facts.sentence(at))
    }

    /// The cue and the source mention of every attribution that has both,
    /// as places in the file, sorted by the cue's start; of attributions
    /// that share a cue, the one latest in order of content is last. What
    /// the human report looks up for a finding's sentence, without the
    /// rest of an attribution entry.
    pub fn cue_mentions(&self) -> Vec<(usize, Range)> {
        let facts = &self.facts;
        let mut pairs: Vec<(usize, Range)> = facts
            .claims
            .iter()
            .filter_map(|claim| {
                let credit = &facts.credits[claim.attribution()];
                Some((facts.to_source(credit.cue?).start(), facts.range(credit.mention?)))
            })
            .collect();
        // Stable, so equal cues keep their order of content.
        pairs.sort_by_key(|&(cue, _)| cue);
        pairs
    }

    /// Attributions in order of content.
    pub fn attributions(&self) -> impl ExactSizeIterator<Item = AttributionOut<'t>> + '_ {
        let facts = &self.facts;
        facts.claims.iter().map(move |claim| {
            let a = &facts.credits[claim.attribution()];
            AttributionOut {
                kind: claim.kind,
                content: facts.range(claim.content),
                parts: claim.parts().iter().map(|&part| facts.range(part)).collect(),
                cue: a.cue.map(|c| facts.snip(c)),
                mention: a.mention.map(|m| facts.snip(m)),
                source: a.source().map(SourceId),
            }
        })
    }
}

impl<'t> Facts<'t> {
    /// Keeps of `analysis` what the entries are made from, and counts its
    /// claims. The rest is dropped as soon as nothing needs it; each kept
    /// part is converted in place (no new item is larger than the old) and
    /// shrunk.
    fn new(analysis: Analysis<'t>, source: &'t str, map: Option<&'t OffsetMap>) -> Facts<'t> {
        let Analysis {
            text: prose,
            segments,
            attributions,
            sources,
            quote_speakers,
            unclaimed_cues,
            sentences: infos,
        } = analysis;
        // The claims are counted here, after the rules (which never read
        // them), and not in the analysis. What no entry shows goes before
        // them where it can: the quote speakers, and the sources' phrases;
        // the paragraphs and quotes, which counting needs, go right after,
        // before the line index is built.
        drop(quote_speakers);
        let mut sources: Vec<SourceFacts> = sources
            .into_iter()
            .map(|s| SourceFacts {
                intro: s.intro,
                kind: s.kind,
                mentions: s.mentions,
            })
            .collect();
        sources.shrink_to_fit();
        let claims = crate::link::claims::claims(prose, &segments, &attributions);
        let crate::segment::Segments {
            sentences,
            paragraphs,
            quotes,
        } = segments;
        drop((paragraphs, quotes));
        let mut credits: Vec<Credit> = attributions
            .into_iter()
            .map(|a| Credit {
                source32: crate::span::OptIndex32::new(a.source()),
                cue: a.cue.map(|c| c.span),
                mention: a.mention.map(|m| m.span),
            })
            .collect();
        credits.shrink_to_fit();
        Facts {
            prose,
            source,
            map,
            index: LineIndex::new(source),
            sources,
            sentences,
            infos,
            credits,
            claims,
            unclaimed_cues,
        }
    }

    fn to_source(&self, span: Span) -> Span {
        self.map.map_or(span, |m| m.span(span))
    }

    fn line_col(&self, offset: usize) -> (usize, usize) {
        self.index.line_col(self.source, offset)
    }

    fn snip(&self, span: Span) -> Snip<'t> {
        let at = self.to_source(span);
        Snip {
            start: at.start(),
            end: at.end(),
            text: span.slice(self.prose),
        }
    }

    fn located(&self, span: Span) -> Located<'t> {
        let at = self.to_source(span);
        let (line, column) = self.line_col(at.start());
        Located {
            start: at.start(),
            end: at.end(),
            line,
            column,
            text: span.slice(self.prose),
        }
    }

    fn range(&self, span: Span) -> Range {
        let at = self.to_source(span);
        Range {
            start: at.start(),
            end: at.end(),
        }
    }

    /// Sentence `i` as the report shows it, with the one fact it needs from
    /// the attributions: its cue.
    fn sentence(&self, i: usize) -> SentenceOut<'t> {
        let info = &self.infos[i];
        let cue = match info.status {
            Status::CueOnly => crate::classify::unclaimed_cue(&self.unclaimed_cues, i),
            _ => info.attribution().and_then(|a| self.credits[a].cue),
        };
        let at = self.located(self.sentences[i].span);
        SentenceOut {
            start: at.start,
            end: at.end,
            line: at.line,
            column: at.column,
            text: at.text,
            status: info.status,
            kind: info.kind,
            source: info.source().map(SourceId),
            cue: cue.map(|c| self.snip(c)),
        }
    }
}

/// Serialises the items an iterator makes as a sequence, so a report's
/// entries are written as they are made, never gathered first.
struct Entries<F>(F);

impl<I, F> Serialize for Entries<F>
where
    F: Fn() -> I,
    I: ExactSizeIterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

impl FileReport<'_> {
    /// Writes the entries in the contract's order, after whatever fields
    /// the caller wrote first: sources, sentences, attributions, diagnostics.
    pub(crate) fn serialize_entries<S: SerializeStruct>(&self, fields: &mut S) -> Result<(), S::Error> {
        fields.serialize_field("sources", &Entries(|| self.sources()))?;
        fields.serialize_field("sentences", &Entries(|| self.sentences()))?;
        fields.serialize_field("attributions", &Entries(|| self.attributions()))?;
        fields.serialize_field("diagnostics", &self.diagnostics)
    }
}

/// The contract's field order: path, then the entries.
impl Serialize for FileReport<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut fields = serializer.serialize_struct("FileReport", 5)?;
        fields.serialize_field("path", &self.path)?;
        self.serialize_entries(&mut fields)?;
        fields.end()
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
            summary.sentences += file.sentence_count();
            summary.sources += file.sources().len();
            for status in file.statuses() {
                *match status {
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
        write_buffered(out, |out| {
            json::write_report(self, &mut *out)?;
            out.write_all(b"\n")
        })
    }

    /// The report as pretty JSON, ending with a newline: what
    /// [`Report::write_json`] writes.
    pub fn to_json(&self) -> String {
        written(|out| self.write_json(out))
    }

    /// Writes the report as YAML without building it in memory first.
    pub fn write_yaml(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        write_buffered(out, |out| crate::yaml::write(self, out))
    }

    /// Writes one line of JSON per file, each without building it in memory
    /// first.
    pub fn write_jsonl(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        write_buffered(out, |out| {
            for file in &self.files {
                serde_json::to_writer(&mut *out, file)?;
                out.write_all(b"\n")?;
            }
            Ok(())
        })
    }

    /// The report as YAML: what [`Report::write_yaml`] writes.
    pub fn to_yaml(&self) -> String {
        written(|out| self.write_yaml(out))
    }
}

/// Runs a renderer on `out` through one 64 KiB buffer, as every renderer
/// writes: its pieces are small and its output is large.
pub(crate) fn write_buffered(
    out: &mut dyn std::io::Write,
    write: impl FnOnce(&mut std::io::BufWriter<&mut dyn std::io::Write>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
    write(&mut buffered)?;
    buffered.flush()
}

/// What a renderer writes, as a string. Writing into memory does not fail,
/// and the renderers write only UTF-8; should either ever happen, the
/// string is empty rather than half a document.
pub(crate) fn written(write: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut out = Vec::new();
    if write(&mut out).is_err() {
        out.clear();
    }
    String::from_utf8(out).unwrap_or_default()
}

/// The reason recorded on findings the baseline covers.
pub const BASELINE_REASON: &str = "baseline";

/// The text of the sentence a finding starts in (the finding's own line when
/// it starts between sentences), the stable key of baselines and fingerprints.
pub fn sentence_text_of<'f>(file: &'f FileReport<'_>, d: &'f DiagnosticOut) -> &'f str {
    file.sentence_at(d.start).map_or(&*d.rule, |s| s.text)
}

#[cfg(test)]
mod tests {
    use crate::RuleSet;

    /// Numbers of every length of digits, odd and even, and each boundary
    /// between them, are written as `Display` writes them.
    #[test]
    fn decimal_digits_match_display() {
        let mut numbers = vec![
            0,
            5,
            9,
            10,
            42,
            99,
            100,
            101,
            999,
            1000,
            12_345,
            999_999,
            u64::MAX,
        ];
        numbers.extend((0..20).map(|k| 10u64.pow(k)));
        numbers.extend((1..20).map(|k| 10u64.pow(k) - 1));
        for n in numbers {
            let mut buf = [0u8; 20];
            let at = super::decimal_into(n, &mut buf);
            assert_eq!(std::str::from_utf8(&buf[at..]).ok(), Some(n.to_string().as_str()));
        }
    }

    /// A source id is written as its `Display` form, a JSON string.
    #[test]
    fn a_source_id_serializes_as_it_displays() {
        let check = |index: usize, expect: &str| {
            let id = super::SourceId(index);
            assert_eq!(id.to_string(), expect);
            assert_eq!(serde_json::to_string(&id).ok(), Some(format!("\"{expect}\"")));
        };
        check(0, "s1");
        check(8, "s9");
        check(9, "s10");
        check(98, "s99");
        check(12_344, "s12345");
        check(usize::MAX - 1, "s18446744073709551615");
    }

    /// Entries made on demand agree with each other: every offset inside a
    /// sentence finds that sentence, offsets between sentences find none,
    /// and the counts match the entries.
    #[test]
    fn sentence_at_finds_the_sentence_holding_an_offset() {
        let text = "The port will close, Lee said.  \n\nTaxes rose. “We are ready,” she said.";
        let rules = RuleSet::embedded();
        let file = crate::check("a.txt", text, &rules);
        let sentences: Vec<_> = file.sentences().collect();
        assert_eq!(sentences.len(), file.sentence_count());
        assert_eq!(sentences.len(), 3);
        for offset in 0..=text.len() {
            let holder = sentences.iter().find(|s| s.start <= offset && offset < s.end);
            let found = file.sentence_at(offset);
            assert_eq!(found.map(|s| s.start), holder.map(|s| s.start), "offset {offset}");
        }
        let statuses: Vec<_> = file.statuses().collect();
        assert_eq!(statuses, sentences.iter().map(|s| s.status).collect::<Vec<_>>());
        assert_eq!(file.attributions().len(), file.attributions().count());
        // "she" goes back to Lee: one source, mentioned twice.
        let sources: Vec<_> = file.sources().collect();
        assert_eq!(sources.len(), 1);
        let mentions: Vec<_> = sources[0].mentions.iter().map(|m| m.text).collect();
        assert_eq!(mentions, ["Lee", "she"]);
    }

    /// The cue-and-mention list the human report searches is sorted by cue,
    /// and for every cue its last pair is the one a map of the attribution
    /// entries, filled in their order, would hold (the human report's
    /// lookup before the list), with no cue the map lacks.
    #[test]
    fn cue_mentions_are_sorted_and_keep_the_latest_attribution_of_a_cue() {
        let text = "“We will rebuild,” the mayor said, “and we will do it this year.” \
            Officials said the bridge was safe. “It is not,” a resident said.\n\n\
            “The ferry stops Monday,” the clerk told reporters. “It will not run again.”";
        let rules = RuleSet::embedded();
        let file = crate::check("a.txt", text, &rules);
        let pairs = file.cue_mentions();
        assert!(pairs.windows(2).all(|w| w[0].0 <= w[1].0), "{pairs:?}");
        let mut expected = std::collections::HashMap::new();
        for a in file.attributions() {
            if let (Some(cue), Some(mention)) = (a.cue, a.mention) {
                expected.insert(cue.start, (mention.start, mention.end));
            }
        }
        assert!(expected.len() >= 4, "{pairs:?}");
        for (&cue, &mention) in &expected {
            let last = pairs.iter().rev().find(|(start, _)| *start == cue);
            assert_eq!(last.map(|(_, m)| (m.start, m.end)), Some(mention), "cue at {cue}");
        }
        assert_eq!(
            pairs
                .iter()
                .map(|(cue, _)| cue)
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
            expected.len()
        );
    }
}
