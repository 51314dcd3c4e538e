//! Pretty JSON with serde_json's exact layout (two-space indentation), but
//! each line break and its indentation written in one call. Owns the byte
//! layout of every JSON document whosaid writes; must not decide content.
//!
//! serde_json's `PrettyFormatter` writes indentation two bytes at a time,
//! once per nesting level and key; on a large report that was a tenth of the
//! run. The check report itself, the largest document by far, is written
//! field by field in the same layout (`write_report`), without serde's
//! escaping of every key.

use std::io::{self, Write};

use serde::Serialize;

use super::{FileReport, Located, Range, Report, Snip, SourceId, Summary};
use crate::classify::Status;
use crate::grammar::AttributionKind;
use crate::link::SourceKind;
use crate::rules::Severity;

/// A comma, a line break and enough spaces for the deepest nesting the
/// reports use; deeper levels write the rest in further calls.
const BREAK: &[u8] = b",\n                                                                ";

/// Nesting levels covered by one slice of [`BREAK`].
const LEVELS_IN_BREAK: usize = (BREAK.len() - 2) / 2;

#[derive(Default)]
struct Indented {
    depth: usize,
    has_value: bool,
}

impl Indented {
    /// A line break (after a comma unless `first`) and the current indentation.
    fn line<W: ?Sized + Write>(&self, out: &mut W, first: bool) -> io::Result<()> {
        let from = usize::from(first);
        let levels = self.depth.min(LEVELS_IN_BREAK);
        out.write_all(&BREAK[from..2 + 2 * levels])?;
        for _ in levels..self.depth {
            out.write_all(b"  ")?;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, out: &mut W, mark: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        out.write_all(mark)
    }

    fn close<W: ?Sized + Write>(&mut self, out: &mut W, mark: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.line(out, true)?;
        }
        out.write_all(mark)
    }
}

impl serde_json::ser::Formatter for Indented {
    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.line(out, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.line(out, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// A field's name as the report writer writes it: quoted, with the colon
/// and space after it.
macro_rules! key {
    ($name:literal) => {
        concat!("\"", $name, "\": ")
    };
}

/// A value the report writes as a short string with nothing to escape, as
/// serde writes it: an enum's kebab-case name, or a source id. Written
/// directly, because serde's path (a serializer, and an escaping pass over
/// the name) cost a percent of a check on news, where nearly every sentence
/// and attribution has two or three of them;
/// `names_are_written_as_serde_writes_them` holds every variant to serde.
trait Named {
    fn write_quoted<W: Write>(&self, out: &mut W) -> io::Result<()>;
}

/// Writes `name` between quotation marks.
fn quoted<W: Write>(out: &mut W, name: &str) -> io::Result<()> {
    out.write_all(b"\"")?;
    out.write_all(name.as_bytes())?;
    out.write_all(b"\"")
}

/// [`Named`] for enums whose `name()` is their serde form.
macro_rules! named_by_name {
    ($($kind:ty),*) => {
        $(impl Named for $kind {
            fn write_quoted<W: Write>(&self, out: &mut W) -> io::Result<()> {
                quoted(out, self.name())
            }
        })*
    };
}

named_by_name!(Status, AttributionKind, SourceKind, Severity);

impl Named for SourceId {
    fn write_quoted<W: Write>(&self, out: &mut W) -> io::Result<()> {
        quoted(out, self.written(&mut [0u8; 21]))
    }
}

/// Pretty JSON written field by field, in the layout of [`Indented`]: the
/// report is the one document large enough for serde's per-key escaping and
/// per-value calls to count (a fifth of the report stage's instructions on
/// the fixture articles), so it is written here directly. `the_report_writer_matches_serde` holds it to the serde output
/// of the same report, byte for byte.
struct Pretty<W> {
    out: W,
    layout: Indented,
}

impl<W: Write> Pretty<W> {
    fn open(&mut self, mark: &[u8]) -> io::Result<()> {
        self.layout.open(&mut self.out, mark)
    }

    /// Closes the innermost object or array, which is a value of the one
    /// around it.
    fn close(&mut self, mark: &[u8]) -> io::Result<()> {
        self.layout.close(&mut self.out, mark)?;
        self.layout.has_value = true;
        Ok(())
    }

    /// Starts the next array item.
    fn item(&mut self) -> io::Result<()> {
        let first = !self.layout.has_value;
        self.layout.has_value = true;
        self.layout.line(&mut self.out, first)
    }

    /// Starts the next field: `key` is its name as [`key!`] writes it,
    /// quoted and followed by the colon, so a field costs one write.
    /// Inlined into every caller, as the writers of a field below are too:
    /// the name is then a literal of known length, which the buffered
    /// writer copies with a few moves instead of a call to `memcpy` (the
    /// report writes about half a million names per megabyte of news).
    #[inline(always)]
    fn key(&mut self, key: &str) -> io::Result<()> {
        self.item()?;
        self.out.write_all(key.as_bytes())
    }

    #[inline(always)]
    fn uint(&mut self, key: &str, n: usize) -> io::Result<()> {
        self.key(key)?;
        let mut digits = [0u8; 20];
        let at = super::decimal_into(n as u64, &mut digits);
        self.out.write_all(&digits[at..])
    }

    fn opt_uint(&mut self, key: &str, n: Option<usize>) -> io::Result<()> {
        match n {
            Some(n) => self.uint(key, n),
            None => self.null(key),
        }
    }

    #[inline(always)]
    fn null(&mut self, key: &str) -> io::Result<()> {
        self.key(key)?;
        self.out.write_all(b"null")
    }

    #[inline(always)]
    fn str(&mut self, key: &str, text: &str) -> io::Result<()> {
        self.key(key)?;
        write_escaped(&mut self.out, text)
    }

    /// A value whose serde form is a short string: an enum's name or a
    /// source id.
    fn name<T: Named>(&mut self, key: &str, value: &T) -> io::Result<()> {
        self.key(key)?;
        value.write_quoted(&mut self.out)
    }

    fn opt_name<T: Named>(&mut self, key: &str, value: Option<T>) -> io::Result<()> {
        match value {
            Some(value) => self.name(key, &value),
            None => self.null(key),
        }
    }

    fn snip(&mut self, key: &str, snip: Option<&Snip>) -> io::Result<()> {
        let Some(snip) = snip else {
            return self.null(key);
        };
        self.key(key)?;
        self.snip_value(snip)
    }

    /// The fields of a place in the file, which a mention and a sentence
    /// open with.
    fn place(&mut self, at: &Located) -> io::Result<()> {
        self.uint(key!("start"), at.start)?;
        self.uint(key!("end"), at.end)?;
        self.uint(key!("line"), at.line)?;
        self.uint(key!("column"), at.column)?;
        self.str(key!("text"), at.text)
    }

    fn range(&mut self, range: &Range) -> io::Result<()> {
        self.open(b"{")?;
        self.uint(key!("start"), range.start)?;
        self.uint(key!("end"), range.end)?;
        self.close(b"}")
    }

    /// A field holding an array of `items`, each written by `write`.
    fn array<T>(
        &mut self,
        key: &str,
        items: impl IntoIterator<Item = T>,
        mut write: impl FnMut(&mut Self, T) -> io::Result<()>,
    ) -> io::Result<()> {
        self.key(key)?;
        self.open(b"[")?;
        for item in items {
            self.item()?;
            write(self, item)?;
        }
        self.close(b"]")
    }

    fn file(&mut self, file: &FileReport) -> io::Result<()> {
        self.open(b"{")?;
        self.str(key!("path"), &file.path)?;
        self.array(key!("sources"), file.sources(), |w, source| {
            w.open(b"{")?;
            w.name(key!("id"), &source.id)?;
            w.str(key!("text"), source.text)?;
            w.name(key!("kind"), &source.kind)?;
            w.array(key!("mentions"), &source.mentions, |w, m| {
                w.open(b"{")?;
                w.place(m)?;
                w.close(b"}")
            })?;
            w.close(b"}")
        })?;
        self.array(key!("sentences"), file.sentences(), |w, s| {
            w.open(b"{")?;
            w.place(&Located {
                start: s.start,
                end: s.end,
                line: s.line,
                column: s.column,
                text: s.text,
            })?;
            w.name(key!("status"), &s.status)?;
            w.opt_name(key!("kind"), s.kind)?;
            w.opt_name(key!("source"), s.source)?;
            w.snip(key!("cue"), s.cue.as_ref())?;
            w.close(b"}")
        })?;
        self.array(key!("attributions"), file.attributions(), |w, a| {
            w.open(b"{")?;
            w.name(key!("kind"), &a.kind)?;
            w.key(key!("content"))?;
            w.range(&a.content)?;
            w.array(key!("parts"), &a.parts, Self::range)?;
            w.snip(key!("cue"), a.cue.as_ref())?;
            w.snip(key!("mention"), a.mention.as_ref())?;
            w.opt_name(key!("source"), a.source)?;
            w.close(b"}")
        })?;
        self.array(key!("diagnostics"), &file.diagnostics, |w, d| {
            w.open(b"{")?;
            w.str(key!("rule"), &d.rule)?;
            w.name(key!("severity"), &d.severity)?;
            w.str(key!("message"), &d.message)?;
            w.uint(key!("start"), d.start)?;
            w.uint(key!("end"), d.end)?;
            w.uint(key!("line"), d.line)?;
            w.uint(key!("column"), d.column)?;
            w.uint(key!("end_line"), d.end_line)?;
            w.uint(key!("end_column"), d.end_column)?;
            w.array(key!("labels"), &d.labels, |w, label| w.snip_value(label))?;
            match &d.suppressed {
                Some(reason) => w.str(key!("suppressed"), reason)?,
                None => w.null(key!("suppressed"))?,
            }
            w.close(b"}")
        })?;
        self.close(b"}")
    }

    fn snip_value(&mut self, snip: &Snip) -> io::Result<()> {
        self.open(b"{")?;
        self.uint(key!("start"), snip.start)?;
        self.uint(key!("end"), snip.end)?;
        self.str(key!("text"), snip.text)?;
        self.close(b"}")
    }

    fn summary(&mut self, s: &Summary) -> io::Result<()> {
        self.key(key!("summary"))?;
        self.open(b"{")?;
        for (key, n) in [
            (key!("files"), s.files),
            (key!("file_errors"), s.file_errors),
            (key!("sentences"), s.sentences),
            (key!("attributed"), s.attributed),
            (key!("inherited"), s.inherited),
            (key!("unattributed"), s.unattributed),
            (key!("cue_only"), s.cue_only),
            (key!("heading"), s.heading),
            (key!("credit"), s.credit),
            (key!("no_comment"), s.no_comment),
            (key!("boilerplate"), s.boilerplate),
            (key!("sources"), s.sources),
            (key!("errors"), s.errors),
            (key!("warnings"), s.warnings),
            (key!("infos"), s.infos),
            (key!("suppressed"), s.suppressed),
        ] {
            self.uint(key, n)?;
        }
        self.close(b"}")
    }
}

/// Writes `report` as pretty JSON, without a final line break: the same
/// bytes as [`write`] on it, with a fifth fewer instructions.
pub fn write_report<W: Write>(report: &Report, out: W) -> io::Result<()> {
    let mut w = Pretty {
        out,
        layout: Indented::default(),
    };
    w.open(b"{")?;
    w.uint(key!("version"), report.version as usize)?;
    w.array(key!("files"), &report.files, Pretty::file)?;
    w.array(key!("errors"), &report.errors, |w, e| {
        w.open(b"{")?;
        w.str(key!("path"), &e.path)?;
        w.opt_uint(key!("line"), e.line)?;
        w.opt_uint(key!("column"), e.column)?;
        w.str(key!("message"), &e.message)?;
        w.close(b"}")
    })?;
    w.summary(&report.summary)?;
    w.close(b"}")
}

/// Bytes that JSON strings must escape: the control characters, the
/// quotation mark and the backslash.
fn needs_escape(byte: u8) -> bool {
    byte < 0x20 || byte == b'"' || byte == b'\\'
}

/// Where the first byte that [`needs_escape`] stands in `bytes`. Eight
/// bytes are tested at a time (the classic "has a byte less than n" and "has
/// a zero byte" word tricks), because every sentence, mention and snippet of
/// a report passes through here and nearly none of their bytes need escaping.
fn first_escape(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_ne_bytes(word);
        // A byte below 0x20, a quotation mark or a backslash: the first
        // test may flag a byte in the word that is none of them, so the
        // word is then searched byte by byte.
        let flagged = x.wrapping_sub(ONES * 0x20) & !x & HIGHS
            | has_zero(x ^ (ONES * u64::from(b'"')))
            | has_zero(x ^ (ONES * u64::from(b'\\')));
        if flagged != 0 {
            if let Some(i) = chunk.iter().position(|&b| needs_escape(b)) {
                return Some(offset + i);
            }
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| needs_escape(b))
        .map(|i| offset + i)
}

/// `text` as a JSON string, escaped as serde_json escapes it: runs that
/// need no escape are written whole.
fn write_escaped<W: Write>(out: &mut W, text: &str) -> io::Result<()> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = text.as_bytes();
    out.write_all(b"\"")?;
    let mut start = 0;
    while let Some(found) = first_escape(&bytes[start..]) {
        let at = start + found;
        out.write_all(&bytes[start..at])?;
        let byte = bytes[at];
        let short = match byte {
            b'"' => Some(b'"'),
            b'\\' => Some(b'\\'),
            0x08 => Some(b'b'),
            0x0c => Some(b'f'),
            b'\n' => Some(b'n'),
            b'\r' => Some(b'r'),
            b'\t' => Some(b't'),
            _ => None,
        };
        match short {
            Some(letter) => out.write_all(&[b'\\', letter])?,
            None => out.write_all(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(byte >> 4)],
                HEX[usize::from(byte & 0xf)],
            ])?,
        }
        start = at + 1;
    }
    out.write_all(&bytes[start..])?;
    out.write_all(b"\"")
}

/// Writes `value` as pretty JSON, without a final line break.
pub fn write<T: Serialize + ?Sized, W: Write>(value: &T, out: W) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(out, Indented::default());
    value.serialize(&mut serializer).map_err(io::Error::from)
}

/// `value` as pretty JSON, ending with a line break.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> String {
    // Serialising fails only on a type that cannot be serialised, and the
    // crate's types are plain data of strings, numbers and sequences.
    let mut text = super::written(|out| write(value, out));
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word-at-a-time search finds what a byte-by-byte search finds:
    /// every byte value at every place in short runs of plain text, and
    /// two candidates in one word.
    #[test]
    fn first_escape_agrees_with_a_byte_search() {
        let naive = |bytes: &[u8]| bytes.iter().position(|&b| needs_escape(b));
        for len in 0..20 {
            for at in 0..len {
                for byte in 0..=u8::MAX {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = byte;
                    assert_eq!(first_escape(&bytes), naive(&bytes), "{byte:#x} at {at} of {len}");
                    // A byte that the word test may flag (0x21-0x7f, 0x80+)
                    // before a real one later in the word.
                    if at + 1 < len {
                        bytes[at + 1] = b'"';
                        assert_eq!(
                            first_escape(&bytes),
                            naive(&bytes),
                            "{byte:#x} at {at} then a quote"
                        );
                    }
                }
            }
        }
    }

    /// Every variant of every enum the report writes by name, and source
    /// ids of every length, come out as serde writes them.
    #[test]
    fn names_are_written_as_serde_writes_them() {
        fn check<T: Named + Serialize>(values: &[T]) {
            for value in values {
                let mut written = Vec::new();
                value.write_quoted(&mut written).expect("writes to memory");
                let serde = serde_json::to_string(value).expect("serializes");
                assert_eq!(String::from_utf8_lossy(&written), serde);
            }
        }
        check(&[
            Status::Attributed,
            Status::Inherited,
            Status::Unattributed,
            Status::CueOnly,
            Status::Heading,
            Status::Credit,
            Status::NoComment,
            Status::Boilerplate,
        ]);
        check(&[
            AttributionKind::Direct,
            AttributionKind::Indirect,
            AttributionKind::Mixed,
            AttributionKind::NoComment,
        ]);
        check(&[
            SourceKind::NamedPerson,
            SourceKind::NamedOrganization,
            SourceKind::Anonymous,
            SourceKind::AnonymousGroup,
            SourceKind::Vague,
            SourceKind::Document,
            SourceKind::Writer,
        ]);
        check(&[Severity::Info, Severity::Warning, Severity::Error]);
        check(&[0, 8, 9, 98, 12_344, usize::MAX - 1].map(SourceId));
    }

    /// The report writer writes what serde writes of the same report, byte
    /// for byte: every fixture article, text that needs escaping, findings
    /// with labels and a suppression, and files that could not be read.
    #[test]
    fn the_report_writer_matches_serde() {
        use crate::report::{FileError, Report, Snip};
        use crate::RuleSet;

        let rules = RuleSet::embedded();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles");
        let mut texts: Vec<(String, String)> = std::fs::read_dir(&dir)
            .expect("fixture folder")
            .map(|entry| {
                let path = entry.expect("fixture entry").path();
                let text = std::fs::read_to_string(&path).expect("fixture text");
                (
                    path.file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into_owned(),
                    text,
                )
            })
            .collect();
        texts.sort();
        assert!(texts.len() > 3, "fixtures in {}", dir.display());
        texts.push((
            "escapes \"q\".txt".to_string(),
            "“A \\ b\tc\u{1}d\u{7f},” Lee said.\r\nExperts believe the \"port\" is\u{8}\u{c} closed."
                .to_string(),
        ));
        texts.push(("empty.txt".to_string(), String::new()));
        let mut files: Vec<_> = texts
            .iter()
            .map(|(path, text)| crate::check(path, text, &rules))
            .collect();
        let with_findings = files
            .iter_mut()
            .find(|file| !file.diagnostics.is_empty())
            .expect("a fixture with findings");
        with_findings.diagnostics[0].suppressed = Some("reviewed \"by hand\"".into());
        with_findings.diagnostics[0].labels = Box::new([Snip {
            start: 1,
            end: 2,
            text: "the cue",
        }]);
        let errors = vec![
            FileError::new("missing.txt", "cannot read: not found"),
            FileError {
                path: "rules/bad.yaml".to_string(),
                line: Some(3),
                column: None,
                message: "expected a list".to_string(),
            },
        ];
        for report in [Report::new(files, errors), Report::new(Vec::new(), Vec::new())] {
            let mut fast = Vec::new();
            write_report(&report, &mut fast).expect("write to memory");
            fast.push(b'\n');
            assert_eq!(String::from_utf8(fast).expect("UTF-8"), to_string(&report));
        }
    }

    /// The layout is serde_json's own, byte for byte, at any depth.
    #[test]
    fn same_bytes_as_serde_json_pretty() {
        let mut deep = serde_json::json!({"leaf": [1, {}, [], "x\n\"y\""]});
        for level in 0..40 {
            deep = serde_json::json!({ "level": level, "empty": [], "list": [deep] });
        }
        for value in [
            serde_json::json!(null),
            serde_json::json!([]),
            serde_json::json!({}),
            deep,
        ] {
            let expected = serde_json::to_string_pretty(&value).expect("serialise") + "\n";
            assert_eq!(to_string(&value), expected);
        }
    }
}
