//! Quotation marks: which marks open and close a quotation, which apostrophes are
//! not quotes, and how a quote left open at the end of a paragraph either runs on
//! into the next paragraph (AP running quotation) or is reported unclosed. Owns
//! quote pairing within a paragraph; must not split sentences or judge speakers.

use crate::span::Span;

/// A top-level double quotation inside one paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark to the end of the closing mark (or to the end of
    /// the paragraph when it is never closed).
    pub span: Span,
    /// The opening mark.
    pub open: Span,
    /// The closing mark, if any.
    pub close: Option<Span>,
    /// Index of the paragraph; 32-bit, like spans.
    pub(super) paragraph32: u32,
    /// Left open at the end of the paragraph, and the next paragraph reopens it.
    pub runs_on: bool,
    /// Reopens a quotation left running by the paragraph before.
    pub continues: bool,
}

impl Quote {
    /// Index of the paragraph.
    pub fn paragraph(&self) -> usize {
        self.paragraph32 as usize
    }

    /// The quoted words, without the marks.
    pub fn inner(&self) -> Span {
        let end = self.close.map_or(self.span.end(), |c| c.start());
        Span::new(self.open.end(), end)
    }

    /// Opened and never closed, and not a running quotation either.
    pub fn is_unclosed(&self) -> bool {
        self.close.is_none() && !self.runs_on
    }
}

/// Walks the quotations of a text, sorted and disjoint, beside spans that
/// come in document order (a sentence's tokens): one merged pass finds the
/// quotation each span may touch.
pub struct QuoteCursor<'q> {
    quotes: &'q [Quote],
    next: usize,
}

impl<'q> QuoteCursor<'q> {
    /// A cursor over `quotes` for spans from byte `from` on.
    pub fn new(quotes: &'q [Quote], from: usize) -> Self {
        QuoteCursor {
            quotes,
            next: quotes.partition_point(|q| q.span.end() <= from),
        }
    }

    /// The first quotation, with its index, that does not end before `span`
    /// starts. No other quotation may hold `span` or have it as a mark. Each
    /// span must start no earlier than the one before.
    pub fn reaching(&mut self, span: Span) -> Option<(usize, &'q Quote)> {
        while self
            .quotes
            .get(self.next)
            .is_some_and(|q| q.span.end() <= span.start())
        {
            self.next += 1;
        }
        self.quotes.get(self.next).map(|q| (self.next, q))
    }
}

/// Whether quoted words read as the title or name of a work, a programme or
/// a campaign rather than as speech: a few words, each long word
/// capitalised, and no punctuation that ends or breaks a sentence
/// (“The Week Ahead”, “Keep the Harbor Open”). The comma of the sentence
/// around the title, which American copy sets inside the marks (on “Harbor
/// Hour,” she said), is not the title's.
pub fn looks_like_title(words: &str) -> bool {
    const MAX_TITLE_WORDS: usize = 8;
    let words = words.trim();
    let words = words.strip_suffix(',').unwrap_or(words);
    let count = words.split_whitespace().count();
    let capitalised = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let long = |w: &str| w.chars().count() > 3;
    (1..=MAX_TITLE_WORDS).contains(&count)
        && !words.contains(['.', ',', '?', '!', ';', ':'])
        && words.split_whitespace().any(|w| long(w) && capitalised(w))
        && words.split_whitespace().all(|w| capitalised(w) || !long(w))
}

/// Whether quoted words read as a title where the sentence's full stop may
/// be typed inside the closing mark (she said on “Harbor Hour.”). Only for
/// places where a title is what one expects: with its full stop, a coined
/// phrase that someone is credited with ends a sentence the same way (he
/// feared a “Harbor Pact.”).
pub fn looks_like_title_at_stop(words: &str) -> bool {
    let words = words.trim_end();
    looks_like_title(words.strip_suffix('.').unwrap_or(words))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Curly,
    Straight,
    Guillemet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open(Family),
    Close(Family),
    Straight,
}

fn mark_of(c: char) -> Option<Mark> {
    match c {
        '“' | '„' => Some(Mark::Open(Family::Curly)),
        '”' => Some(Mark::Close(Family::Curly)),
        '«' => Some(Mark::Open(Family::Guillemet)),
        '»' => Some(Mark::Close(Family::Guillemet)),
        '"' => Some(Mark::Straight),
        _ => None,
    }
}

/// Whether `rest` opens with two apostrophes standing for a straight double
/// quotation mark (plain-text wire and archive copy: ''Yes,'' she said). Of
/// three, the first closes a nested single quote ('a special case,''').
pub fn is_doubled_apostrophe(rest: &str) -> bool {
    rest.starts_with("''") && !rest.starts_with("'''")
}

/// How deep quotations may nest before further opening marks are ignored.
const MAX_NESTING: usize = 16;

/// Whether a straight quote at this place opens a quotation: nothing or a space
/// or an opening bracket before it, and a non-space after it.
fn straight_opens(prev: Option<char>, next: Option<char>) -> bool {
    let before_ok = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/:".contains(p));
    let after_ok = next.is_some_and(|n| !n.is_whitespace());
    before_ok && after_ok
}

/// Whether `text` (a paragraph) begins with an opening double quotation mark.
pub fn opens_with_quote(text: &str) -> bool {
    let mut chars = text.trim_start().chars();
    match chars.next() {
        Some('“' | '„' | '«') => true,
        Some('"') => straight_opens(None, chars.next()),
        Some('\'') => chars.next() == Some('\'') && straight_opens(None, chars.next()),
        _ => false,
    }
}

/// The bytes of a paragraph that can start a mark: ASCII quotes and
/// apostrophes, and the lead bytes of “ ” „ (E2) and of « » (C2). Vectorised
/// searches skip every other character without decoding it. The next byte of
/// each search is kept until the scan passes it, so a paragraph thick with
/// one kind (the no-break space shares « »'s lead byte) and bare of the
/// other is still read once, not once per stop.
struct MarkBytes<'b> {
    bytes: &'b [u8],
    next_quote_or_e2: Option<usize>,
    next_c2: Option<usize>,
}

impl<'b> MarkBytes<'b> {
    fn new(bytes: &'b [u8], from: usize) -> Self {
        MarkBytes {
            bytes,
            next_quote_or_e2: Self::quote_or_e2(bytes, from),
            next_c2: Self::c2(bytes, from),
        }
    }

    fn quote_or_e2(bytes: &[u8], from: usize) -> Option<usize> {
        memchr::memchr3(b'"', b'\'', 0xE2, &bytes[from..]).map(|o| from + o)
    }

    fn c2(bytes: &[u8], from: usize) -> Option<usize> {
        memchr::memchr(0xC2, &bytes[from..]).map(|o| from + o)
    }

    /// The first byte at or after `at` that can start a mark. A kind whose
    /// kept byte lies before `at` is searched for again from `at`.
    fn next_from(&mut self, at: usize) -> Option<usize> {
        if self.next_quote_or_e2.is_some_and(|i| i < at) {
            self.next_quote_or_e2 = Self::quote_or_e2(self.bytes, at);
        }
        if self.next_c2.is_some_and(|i| i < at) {
            self.next_c2 = Self::c2(self.bytes, at);
        }
        match (self.next_quote_or_e2, self.next_c2) {
            (Some(a), Some(c)) => Some(a.min(c)),
            (a, c) => a.or(c),
        }
    }
}

/// Finds the top-level double quotations of one paragraph, which starts at byte
/// `base` of the text. Nested quotations (single quotes, or another family of
/// double quotes inside a quote) stay part of the outer one. A quote still open
/// at the end of the paragraph is returned with `close: None`.
pub fn scan_paragraph(paragraph: &str, base: usize, index: usize) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut stack: Vec<(usize, Family)> = Vec::new();
    // A transcript quoted line by line ("“SMITH: Let me say …") opens with a
    // mark that wraps the speaker's label, not a quotation of the label.
    let scan_from = quoted_speaker_label(paragraph).unwrap_or(0);
    let bytes = paragraph.as_bytes();
    let mut at = scan_from;
    let mut marks = MarkBytes::new(bytes, at);
    while let Some(i) = marks.next_from(at) {
        let Some(c) = paragraph[i..].chars().next() else {
            break;
        };
        // Two apostrophes stand for a straight double quote in plain-text
        // wire and archive copy (''Yes,'' she said).
        let doubled = c == '\'' && is_doubled_apostrophe(&paragraph[i..]);
        at = i + if doubled { 2 } else { c.len_utf8() };
        let Some(mark) = (if doubled { Some(Mark::Straight) } else { mark_of(c) }) else {
            continue;
        };
        // The label's colon is no context for the first mark after it.
        let prev = if i == scan_from {
            None
        } else {
            paragraph[..i].chars().next_back()
        };
        let next = paragraph[at..].chars().next();
        let curly_open = stack.iter().any(|&(_, f)| f == Family::Curly);
        let mark = match mark {
            Mark::Straight => {
                let open_straight = stack.iter().any(|&(_, f)| f == Family::Straight);
                if open_straight && !straight_opens(prev, next) {
                    Mark::Close(Family::Straight)
                } else if straight_opens(prev, next) {
                    Mark::Open(Family::Straight)
                } else if open_straight {
                    Mark::Close(Family::Straight)
                } else if stack.last().is_some_and(|&(_, f)| f == Family::Curly)
                    && prev.is_some_and(|p| ",.!?".contains(p))
                {
                    // Copy that mixes styles: “…," closes the curly quote.
                    Mark::Close(Family::Curly)
                } else {
                    // A stray straight quote (inch mark, typo): not a quote.
                    continue;
                }
            }
            // A closing mark where nothing curly is open, before a word and
            // after a space or the paragraph's start, is an opening mark
            // typed the wrong way round (”Fear. I am …”). An ellipsis may
            // stand for the word, and at the paragraph's start a space may
            // come first (”… and then we left”, ” … so we left”).
            Mark::Close(Family::Curly)
                if !curly_open
                    && prev.is_none_or(char::is_whitespace)
                    && (opens_words(next)
                        || (prev.is_none()
                            && next == Some(' ')
                            && opens_words(paragraph[at + 1..].chars().next()))) =>
            {
                Mark::Open(Family::Curly)
            }
            // An opening mark right after a word, while a curly quotation is
            // open, and before a space, a mark or the paragraph's end closes
            // it: typed the wrong way round (an “early review“ of …), or the
            // closing mark of German copy („Nein“).
            Mark::Open(Family::Curly)
                if c == '“'
                    && curly_open
                    && prev.is_some_and(|p| p.is_alphanumeric() || ",.!?".contains(p))
                    && next.is_none_or(|n| n.is_whitespace() || ",.;:!?".contains(n)) =>
            {
                Mark::Close(Family::Curly)
            }
            other => other,
        };
        match mark {
            // Real quotes nest two or three deep; past this, a mark is
            // stray, which keeps pairing linear on hostile input.
            Mark::Open(_) if stack.len() >= MAX_NESTING => {}
            Mark::Open(family) => stack.push((i, family)),
            Mark::Close(family) => {
                // Copy that mixes styles: "…,” closes the straight quote
                // when no curly one is open.
                let family = if family == Family::Curly
                    && !curly_open
                    && stack.last().is_some_and(|&(_, f)| f == Family::Straight)
                {
                    Family::Straight
                } else {
                    family
                };
                if let Some(k) = stack.iter().rposition(|&(_, f)| f == family) {
                    let (start, _) = stack[k];
                    stack.truncate(k);
                    if k == 0 {
                        let end = i + mark_len(paragraph, i);
                        quotes.push(Quote {
                            span: Span::new(base + start, base + end),
                            open: Span::new(base + start, base + start + mark_len(paragraph, start)),
                            close: Some(Span::new(base + i, base + end)),
                            paragraph32: crate::span::index32(index),
                            runs_on: false,
                            continues: false,
                        });
                    }
                }
            }
            Mark::Straight => {}
        }
    }
    if let Some(&(start, _)) = stack.first() {
        quotes.push(Quote {
            span: Span::new(base + start, base + paragraph.len()),
            open: Span::new(base + start, base + start + mark_len(paragraph, start)),
            close: None,
            paragraph32: crate::span::index32(index),
            runs_on: false,
            continues: false,
        });
    }
    quotes
}

/// Whether `c`, after a quotation mark, starts the quoted words: a letter
/// or digit, or an ellipsis standing for words left out.
fn opens_words(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '…')
}

/// When `paragraph` opens with a quotation mark and a speaker label in
/// capitals with its colon (`"WALLACE: …`), the byte where the label's colon
/// ends.
fn quoted_speaker_label(paragraph: &str) -> Option<usize> {
    const MAX_LABEL_BYTES: usize = 40;
    let first = paragraph.chars().next()?;
    if !matches!(first, '“' | '"') {
        return None;
    }
    let rest = &paragraph[first.len_utf8()..];
    let colon = rest
        .char_indices()
        .take_while(|&(i, _)| i < MAX_LABEL_BYTES)
        .find(|&(_, c)| c == ':')?
        .0;
    is_speaker_label(&rest[..colon]).then_some(first.len_utf8() + colon + 1)
}

/// Whether `label` (the words before a colon) is a transcript's speaker label:
/// capitals only ("WALLACE", "SEN. LEE"), or an interview's "Q" and "A". The
/// segmenter and the grammar must agree on it.
pub fn is_speaker_label(label: &str) -> bool {
    let shouted = label.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && label.chars().all(|c| c.is_uppercase() || " .'-".contains(c));
    shouted || matches!(label, "Q" | "A")
}

fn mark_len(text: &str, at: usize) -> usize {
    if text[at..].starts_with("''") {
        return 2;
    }
    text[at..].chars().next().map_or(0, char::len_utf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentence's full stop inside the marks is read past only where a
    /// title is expected; nothing else in the words changes.
    #[test]
    fn a_title_may_carry_the_sentence_s_full_stop() {
        for (words, title, title_at_stop) in [
            ("Harbor Hour", true, true),
            ("Harbor Hour.", false, true),
            ("Harbor Hour. ", false, true),
            ("Harbor Hour,", true, true),
            ("Harbor Hour!", false, false),
            ("Harbor Hour..", false, false),
            ("the harbor is safe.", false, false),
        ] {
            assert_eq!(looks_like_title(words), title, "{words:?}");
            assert_eq!(looks_like_title_at_stop(words), title_at_stop, "{words:?}");
        }
    }

    /// The cursor moves past the quotations that end before each span, and
    /// starts past those that end before its first byte.
    #[test]
    fn the_cursor_finds_the_quotation_a_span_reaches() {
        let text = "A “b c” d “e” f";
        let quotes = scan_paragraph(text, 0, 0);
        let word = |w: &str| {
            let at = text.find(w).unwrap_or(0);
            Span::new(at, at + w.len())
        };
        let mut cursor = QuoteCursor::new(&quotes, 0);
        let check = |cursor: &mut QuoteCursor<'_>, w: &str, expect: Option<usize>| {
            assert_eq!(cursor.reaching(word(w)).map(|(i, _)| i), expect, "{w}");
        };
        check(&mut cursor, "A", Some(0));
        check(&mut cursor, "c", Some(0));
        check(&mut cursor, "d", Some(1));
        check(&mut cursor, "e", Some(1));
        check(&mut cursor, "f", None);
        let mut late = QuoteCursor::new(&quotes, word("d").start());
        check(&mut late, "d", Some(1));
    }

    /// Quote texts (with marks) and whether each is closed.
    fn check(input: &str, expect: &[(&str, bool)]) {
        let quotes = scan_paragraph(input, 0, 0);
        let got: Vec<(&str, bool)> = quotes
            .iter()
            .map(|q| (q.span.slice(input), q.close.is_some()))
            .collect();
        assert_eq!(got, expect, "{input}");
    }

    #[test]
    fn pairs_marks() {
        check("“Go,” she said.", &[("“Go,”", true)]);
        check("He said \"go\" twice.", &[("\"go\"", true)]);
        check(
            "“It means ‘maritime trade’ here,” he said.",
            &[("“It means ‘maritime trade’ here,”", true)],
        );
        check("Traders’ prices in the ’90s don’t matter.", &[]);
        check("“A,” he said. “B.”", &[("“A,”", true), ("“B.”", true)]);
        check(
            "“Never closed. Still open",
            &[("“Never closed. Still open", false)],
        );
        check("The 5\" pipe and “a quote”", &[("“a quote”", true)]);
        check(
            "\"Outer “inner” outer,\" she said.",
            &[("\"Outer “inner” outer,\"", true)],
        );
        check("« Bonjour », dit-il.", &[("« Bonjour »", true)]);
        check("stray close” here", &[]);
        check(
            "”Fear. I am afraid.” ― Ann Lee",
            &[("”Fear. I am afraid.”", true)],
        );
        check("A ”word” typed backwards", &[("”word”", true)]);
        check("” … we left early,” she said.", &[("” … we left early,”", true)]);
        check("”…and left,” she said.", &[("”…and left,”", true)]);
        check(
            "an “early review“ of the pipes and a “plan”",
            &[("“early review“", true), ("“plan”", true)],
        );
        check("„Nein“, sagte sie.", &[("„Nein“", true)]);
        // An opening mark after a space still opens.
        check(
            "“He said “no” twice,” she said.",
            &[("“He said “no” twice,”", true)],
        );
        // Mid-paragraph, a closing mark before a space stays a stray one.
        check("stray ” here and “there”", &[("“there”", true)]);
        check("''Go,'' she said.", &[("''Go,''", true)]);
        check(
            "The ''best'' plan, ''he'' said",
            &[("''best''", true), ("''he''", true)],
        );
        check("Traders' goods", &[]);
        check("''They said, 'No,''' he said.", &[("''They said, 'No,'''", true)]);
    }

    #[test]
    fn pairs_across_styles_in_mixed_copy() {
        check("\"Go now,” she said.", &[("\"Go now,”", true)]);
        check("“Go now,\" she said.", &[("“Go now,\"", true)]);
        check("“A 12\" pipe,” he said.", &[("“A 12\" pipe,”", true)]);
    }

    #[test]
    fn guillemets_among_other_marks() {
        // Guillemets and other two-byte characters that share their lead
        // byte (° £), before and after the other families of marks.
        check(
            "At 30° she said «go» and “stay,” then «wait» for £5.",
            &[("«go»", true), ("“stay,”", true), ("«wait»", true)],
        );
        check("“Yes,” he said, «no».", &[("“Yes,”", true), ("«no»", true)]);
    }

    #[test]
    fn transcript_lines_in_quotes() {
        check("\"WALLACE: Will she be there?", &[]);
        check("“LEE: I said “no” twice.", &[("“no”", true)]);
        check("\"Go now,\" she said.", &[("\"Go now,\"", true)]);
        // A long first word with a multi-byte mark past the label's limit.
        check(
            "“Trump walked onto the stage, chanting “U-S-A!” all night,” she said.",
            &[(
                "“Trump walked onto the stage, chanting “U-S-A!” all night,”",
                true,
            )],
        );
    }

    #[test]
    fn inner_drops_marks() {
        let text = "“Go,” she said.";
        let quote = &scan_paragraph(text, 0, 0)[0];
        assert_eq!(quote.inner().slice(text), "Go,");
    }

    #[test]
    fn paragraph_openers() {
        assert!(opens_with_quote("“Yes."));
        assert!(opens_with_quote("  \"Yes."));
        assert!(!opens_with_quote("Yes, “no.”"));
    }
}
