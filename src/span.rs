//! Byte spans into the original text and the line index that turns them into
//! line and column. Owns position arithmetic; must not know about sentences,
//! quotes or attribution.

use serde::Serialize;

/// The longest text whose every byte a [`Span`] can address: 4 GiB. The
/// command line refuses a longer file; the library reads the text up to
/// here and no further.
pub const MAX_TEXT_LEN: usize = u32::MAX as usize;

/// A half-open range of UTF-8 byte offsets into the checked text.
///
/// The offsets are 32-bit: an analysis holds several spans for every
/// sentence, and half-width spans save about a sixth of a long file's
/// analysis. They read and convert as `usize`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    /// First byte.
    start: u32,
    /// One past the last byte.
    end: u32,
}

impl Span {
    /// A span from `start` to `end`; an inverted pair is clamped to empty so a
    /// logic slip can never produce a span that slicing would reject. Offsets
    /// past [`MAX_TEXT_LEN`] are clamped to it.
    pub fn new(start: usize, end: usize) -> Self {
        let offset = |at: usize| u32::try_from(at).unwrap_or(u32::MAX);
        let start = offset(start);
        Span {
            start,
            end: offset(end).max(start),
        }
    }

    /// First byte.
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// One past the last byte.
    #[inline]
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// The text the span covers; empty when the span does not fit `text`.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start()..self.end()).unwrap_or("")
    }

    /// Whether `other` lies entirely inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }

    /// Whether the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// An index into one of a text's lists (sentences, quotes, sources,
/// attributions) in 32 bits. Every sentence, quote and source takes bytes of
/// the text, so a text of at most [`MAX_TEXT_LEN`] bytes has fewer of them
/// than that; more attributions than that would not fit in any memory.
pub(crate) fn index32(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

/// An optional index in 32 bits, in four bytes where `Option<u32>` takes
/// eight: the records a long text holds one of for every sentence (readings,
/// attributions) carry these. `u32::MAX` stands for none; an index that
/// large cannot occur (see [`index32`]).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct OptIndex32(u32);

impl OptIndex32 {
    /// No index.
    pub(crate) const NONE: OptIndex32 = OptIndex32(u32::MAX);

    pub(crate) fn new(index: Option<usize>) -> Self {
        index.map_or(Self::NONE, |i| OptIndex32(index32(i).min(u32::MAX - 1)))
    }

    pub(crate) fn get(self) -> Option<usize> {
        (self != Self::NONE).then_some(self.0 as usize)
    }
}

impl std::fmt::Debug for OptIndex32 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

/// `text` up to [`MAX_TEXT_LEN`] bytes, cut at a character boundary: the
/// part of it that spans can address.
pub fn addressable(text: &str) -> &str {
    prefix_within(text, MAX_TEXT_LEN)
}

/// The longest prefix of `text` no longer than `max` bytes that ends on a
/// character boundary.
fn prefix_within(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Where the lines of `bytes` end: at each line feed, and at each carriage
/// return that no line feed follows (a CR LF pair ends its line once, at
/// the LF). memchr finds the candidates, so a text costs a vectorised
/// search, not a test of every byte.
pub fn line_ends(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr2_iter(b'\n', b'\r', bytes)
        .filter(|&i| !(bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n')))
}

/// Maps byte offsets to 1-based line and character column.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// 32-bit, like spans: a report holds the index of its whole file.
    line_starts: Vec<u32>,
    /// Every `CHECKPOINT` bytes: (byte offset, characters since its line
    /// started), so a column on a very long line is counted from near it.
    checkpoints: Vec<(usize, usize)>,
}

/// Distance between column checkpoints, in bytes.
const CHECKPOINT: usize = 4096;

impl LineIndex {
    /// Indexes the line starts of `text` (after `\n`, after a lone `\r`).
    /// One vectorised search finds the line ends; only a line longer than
    /// `CHECKPOINT` has its characters counted, to place its checkpoints.
    /// Lines are indexed as far as spans can address; an offset past that
    /// is on the last line indexed.
    pub fn new(text: &str) -> Self {
        let text = addressable(text);
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        let mut checkpoints = Vec::new();
        let mut checkpoint_line = |start: usize, end: usize| {
            let (mut at, mut chars) = (start, 0);
            while end - at > CHECKPOINT {
                let mut next = at + CHECKPOINT;
                while !text.is_char_boundary(next) {
                    next += 1;
                }
                chars += text[at..next].chars().count();
                checkpoints.push((next, chars));
                at = next;
            }
        };
        let mut last_start = 0;
        for end in line_ends(bytes) {
            checkpoint_line(last_start, end);
            last_start = end + 1;
            line_starts.push(index32(last_start));
        }
        checkpoint_line(last_start, bytes.len());
        // What the vector's doubling left unused goes back: the index lives
        // as long as the report.
        line_starts.shrink_to_fit();
        LineIndex {
            line_starts,
            checkpoints,
        }
    }

    /// The 1-based line and 1-based column (counted in characters) of `offset`.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.line_starts.partition_point(|&s| s as usize <= offset);
        let line_start = self.line_starts[line - 1] as usize;
        let c = self.checkpoints.partition_point(|&(at, _)| at <= offset);
        let (from, counted) = match c.checked_sub(1).map(|c| self.checkpoints[c]) {
            Some((at, chars)) if at >= line_start => (at, chars),
            _ => (line_start, 0),
        };
        let column = counted
            + text
                .get(from..offset)
                .map_or(offset - from, |s| s.chars().count());
        (line, column + 1)
    }

    /// The byte span of 1-based `line`, without its line ending.
    pub fn line_span(&self, text: &str, line: usize) -> Span {
        let start = self.line_starts.get(line - 1).map_or(text.len(), |&s| s as usize);
        let mut end = self.line_starts.get(line).map_or(text.len(), |&s| s as usize);
        let bytes = text.as_bytes();
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        Span::new(start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An optional index keeps every index it is given up to the largest
    /// possible, and none; it takes four bytes, and so the records a long
    /// text holds one of for every sentence keep the sizes their memory
    /// budget counts on.
    #[test]
    fn optional_indexes_are_four_bytes() {
        for index in [0, 1, 7, 65_536, u32::MAX as usize - 1] {
            assert_eq!(OptIndex32::new(Some(index)).get(), Some(index));
        }
        assert_eq!(OptIndex32::new(None).get(), None);
        assert_eq!(OptIndex32::NONE.get(), None);
        assert_eq!(format!("{:?}", OptIndex32::new(Some(3))), "Some(3)");
        assert_eq!(std::mem::size_of::<OptIndex32>(), 4);
        assert_eq!(std::mem::size_of::<crate::Attribution>(), 52);
        assert_eq!(std::mem::size_of::<crate::SentenceInfo>(), 12);
        assert_eq!(std::mem::size_of::<crate::segment::Sentence>(), 12);
        assert_eq!(std::mem::size_of::<crate::segment::quotes::Quote>(), 36);
        assert_eq!(std::mem::size_of::<crate::link::Source>(), 120);
    }

    /// A line feed ends a line, and so does a carriage return alone; a CR
    /// LF pair ends one line, at its LF; two CRs end two lines.
    #[test]
    fn line_ends_at_lf_and_lone_cr() {
        let check = |text: &str, expect: &[usize]| {
            assert_eq!(line_ends(text.as_bytes()).collect::<Vec<_>>(), expect, "{text:?}");
        };
        check("", &[]);
        check("no break", &[]);
        check("a\nb", &[1]);
        check("a\r\nb", &[2]);
        check("a\rb", &[1]);
        check("a\r\rb\n\n", &[1, 2, 4, 5]);
        check("a\r", &[1]);
        check("“q”\r\n\r\n", &[8, 10]);
    }

    #[test]
    fn line_and_column_count_characters() {
        let text = "ab\n“cd”\r\nef\rg";
        let index = LineIndex::new(text);
        let check = |needle: &str, expect: (usize, usize)| {
            let offset = text.find(needle).expect("needle in text");
            assert_eq!(index.line_col(text, offset), expect, "{needle}");
        };
        check("ab", (1, 1));
        check("“", (2, 1));
        check("cd", (2, 2));
        check("ef", (3, 1));
        check("g", (4, 1));
        assert_eq!(index.line_span(text, 2).slice(text), "“cd”");
    }

    #[test]
    fn columns_on_long_lines_use_checkpoints() {
        let line = "é".repeat(5000) + "x" + &"a".repeat(9000);
        let text = format!("first\n{line}\nlast");
        let index = LineIndex::new(&text);
        let x = text.find('x').expect("x");
        assert_eq!(index.line_col(&text, x), (2, 5001));
        assert_eq!(index.line_col(&text, text.len() - 4), (3, 1));
        assert_eq!(index.line_col(&text, x + 8000), (2, 13001));
    }

    #[test]
    fn line_and_column_match_a_plain_count_everywhere() {
        // Lines short and long, multi-byte characters across checkpoints,
        // and every kind of line end, from a fixed pseudo-random sequence.
        let pieces = ["a", "é", "“", "\n", "\r\n", "\r", "b"];
        let mut state: u32 = 7;
        let mut text = String::new();
        while text.len() < 30_000 {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let piece = pieces[(state >> 16) as usize % pieces.len()];
            let run = if (state >> 8) % 8 == 0 { 3000 } else { 1 };
            text.push_str(&piece.repeat(if piece.contains(['\n', '\r']) { 1 } else { run }));
        }
        let index = LineIndex::new(&text);
        let plain = |offset: usize| {
            let before = &text[..offset];
            let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
            let line = 1 + before.matches('\n').count() + before.matches('\r').count()
                - before.matches("\r\n").count();
            (line, before[line_start..].chars().count() + 1)
        };
        for offset in (0..text.len()).step_by(53).filter(|&o| text.is_char_boundary(o)) {
            assert_eq!(index.line_col(&text, offset), plain(offset), "at {offset}");
        }
    }

    #[test]
    fn offsets_past_the_addressable_length_are_clamped() {
        let past = MAX_TEXT_LEN + 10;
        let span = Span::new(MAX_TEXT_LEN - 1, past);
        assert_eq!((span.start(), span.end()), (MAX_TEXT_LEN - 1, MAX_TEXT_LEN));
        assert!(Span::new(past, past + 1).is_empty());
    }

    #[test]
    fn a_prefix_ends_on_a_character_boundary() {
        let check = |text: &str, max: usize, expect: &str| {
            assert_eq!(prefix_within(text, max), expect, "{text} {max}");
        };
        check("abc", 2, "ab");
        check("abc", 9, "abc");
        check("a’b", 2, "a");
        check("a’b", 3, "a");
        check("a’b", 4, "a’");
        check("", 0, "");
    }

    #[test]
    fn inverted_span_is_empty_not_a_panic() {
        let span = Span::new(5, 2);
        assert!(span.is_empty());
        assert_eq!(span.slice("abc"), "");
    }
}
