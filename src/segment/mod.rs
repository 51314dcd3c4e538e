//! Segmentation: the text into paragraphs, paragraphs into sentences, and the
//! quotations of each paragraph. Owns every boundary decision (including that a
//! speech tag after a quoted question stays in its sentence: "“Why?” she
//! asked."); must not decide attribution, and never fails on any text.

pub mod quotes;

use crate::lexicon::{normalize, CueClass, Lexicon, Tense};
use crate::read::{Block, BlockKind};
use crate::span::Span;
pub use quotes::Quote;

/// A paragraph: a block of lines separated from the next by a blank line, or a
/// single line that does not run on into the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// From its first to its last non-blank character.
    pub span: Span,
    /// A short line with no closing punctuation: a section heading.
    pub heading: bool,
    /// An item of a list (Markdown and HTML only).
    pub list_item: bool,
}

/// A sentence, trimmed of surrounding white space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Its bytes.
    pub span: Span,
    /// Index of its paragraph; 32-bit, like spans: a long text's
    /// segmentation holds a sentence for every few words.
    paragraph32: u32,
}

impl Sentence {
    /// Index of its paragraph.
    pub fn paragraph(&self) -> usize {
        self.paragraph32 as usize
    }
}

/// The segmented document.
#[derive(Debug, Clone, Default)]
pub struct Segments {
    /// Paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in order; they do not overlap.
    pub sentences: Vec<Sentence>,
    /// Top-level quotations in order.
    pub quotes: Vec<Quote>,
}

impl Segments {
    /// Indexes of the quotations of paragraph `p`.
    pub fn quotes_of_paragraph(&self, p: usize) -> std::ops::Range<usize> {
        let first = self.quotes.partition_point(|q| q.paragraph() < p);
        first..first + self.quotes[first..].partition_point(|q| q.paragraph() == p)
    }

    /// Whether some quotation overlaps `span`.
    pub fn has_quote_in(&self, span: Span) -> bool {
        let next = self.quotes.partition_point(|q| q.span.end() <= span.start());
        self.quotes.get(next).is_some_and(|q| q.span.start() < span.end())
    }

    /// The index of the paragraph that contains byte `offset`, if any.
    pub fn paragraph_at(&self, offset: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.span.end() <= offset);
        self.paragraphs
            .get(i)
            .filter(|p| p.span.start() <= offset)
            .map(|_| i)
    }

    /// The index of the sentence that holds byte `offset`, or of the first
    /// after it (the last when none is); 0 when there are no sentences.
    pub fn sentence_from(&self, offset: usize) -> usize {
        self.sentences
            .partition_point(|s| s.span.end() <= offset)
            .min(self.sentences.len().saturating_sub(1))
    }
}

/// Segments `text`. `blocks`, when the reader knows them (Markdown, HTML),
/// are the paragraphs, with their headings and block quotations; otherwise
/// paragraphs come from blank lines and line breaks.
pub fn segment(text: &str, lexicon: &Lexicon, blocks: Option<&[Block]>) -> Segments {
    let mut segments = Segments::default();
    let paragraphs: Vec<(Span, Option<BlockKind>)> = match blocks {
        Some(blocks) => blocks
            .iter()
            .filter(|b| b.kind != BlockKind::Comment)
            .filter_map(|b| trimmed(text, b.span).map(|span| (span, Some(b.kind))))
            .collect(),
        None => paragraph_spans(text)
            .into_iter()
            .map(|span| (span, None))
            .collect(),
    };
    for (index, &(span, kind)) in paragraphs.iter().enumerate() {
        let para = span.slice(text);
        let marked = quotes::scan_paragraph(para, span.start(), index);
        // A block quotation with no quotation marks of its own is one quote,
        // marked by its block; one that has marks (a pull quote with its
        // attribution) reads like any paragraph.
        let mut quotes = if kind == Some(BlockKind::Quote) && marked.is_empty() {
            let edge = |at: usize| Span::new(at, at);
            vec![Quote {
                span,
                open: edge(span.start()),
                close: Some(edge(span.end())),
                paragraph32: crate::span::index32(index),
                runs_on: false,
                continues: false,
            }]
        } else {
            marked
        };
        if let Some(last) = quotes.last_mut() {
            let next_opens = paragraphs
                .get(index + 1)
                .is_some_and(|next| quotes::opens_with_quote(next.0.slice(text)));
            if last.close.is_none() && next_opens {
                last.runs_on = true;
            }
        }
        let continues = segments
            .quotes
            .last()
            .is_some_and(|q: &Quote| q.runs_on && q.paragraph() + 1 == index);
        if continues {
            if let Some(first) = quotes.first_mut() {
                first.continues = true;
            }
        }
        let first_sentence = segments.sentences.len();
        for sentence in split_sentences(para, span.start(), &quotes, lexicon) {
            segments.sentences.push(Sentence {
                span: sentence,
                paragraph32: crate::span::index32(index),
            });
        }
        let one_sentence = segments.sentences.len() == first_sentence + 1;
        let heading = match kind {
            Some(kind) => kind == BlockKind::Heading,
            None => one_sentence && ((is_heading(para) && quotes.is_empty()) || is_title_case_line(para)),
        };
        segments.paragraphs.push(Paragraph {
            span,
            heading,
            list_item: kind == Some(BlockKind::ListItem),
        });
        segments.quotes.extend(quotes);
    }
    // The vectors grew by doubling and live until the report is built: a
    // long text would otherwise hold up to half of each unused.
    segments.sentences.shrink_to_fit();
    segments.paragraphs.shrink_to_fit();
    segments.quotes.shrink_to_fit();
    segments
}

/// `span` without surrounding white space, or `None` when nothing is left.
fn trimmed(text: &str, span: Span) -> Option<Span> {
    let piece = span.slice(text);
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    (lead + trail < piece.len()).then(|| Span::new(span.start() + lead, span.end() - trail))
}

fn ends_sentence_punct(line: &str) -> bool {
    line.trim_end()
        .chars()
        .last()
        .is_some_and(|c| ".?!:;”\"’')]…".contains(c))
}

/// A heading: one short line, no closing punctuation, starting with a capital.
fn is_heading(para: &str) -> bool {
    const MAX_WORDS: usize = 12;
    // Plain-text drafts often mark headings the Markdown way.
    let para = para.trim_start_matches('#').trim_start();
    // The tests that look at one end come first: most paragraphs end a
    // sentence, and then no word needs counting.
    !ends_sentence_punct(para)
        && !para.ends_with(',')
        && para.chars().next().is_some_and(char::is_uppercase)
        && !para.contains('\n')
        && (1..=MAX_WORDS).contains(&para.split_whitespace().take(MAX_WORDS + 1).count())
}

/// A headline in title case, which some copy closes with a full stop
/// (`Poll: Lee Leads in Three-Way Race.`): one line of up to 20 words whose
/// longer words nearly all start with a capital. Quotation marks may be in
/// it (`Ruiz: Port ‘Will Reopen’`).
fn is_title_case_line(para: &str) -> bool {
    const MAX_WORDS: usize = 20;
    if para.contains('\n') {
        return false;
    }
    // Nine in ten long words capitalised, of at most MAX_WORDS: a third
    // lowercase one already rules the line out, so prose stops early.
    const MAX_LOWERCASE: usize = MAX_WORDS / 10;
    let (mut words, mut long, mut lowercase) = (0, 0, 0);
    for word in para.split_whitespace() {
        words += 1;
        if words > MAX_WORDS {
            return false;
        }
        let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        if word.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            long += 1;
            if !word.chars().next().is_some_and(char::is_uppercase) {
                lowercase += 1;
                if lowercase > MAX_LOWERCASE {
                    return false;
                }
            }
        }
    }
    // Four long words at least: a short sentence of names is no headline.
    long >= 4 && (long - lowercase) * 10 >= long * 9
}

/// Splits the text into paragraph spans. Blank lines always separate
/// paragraphs. Inside a block, a line runs on into the next (a hard-wrapped
/// paragraph) when it does not end a sentence and either the next line starts
/// in lower case or the line is long enough to be wrapped prose.
fn paragraph_spans(text: &str) -> Vec<Span> {
    let mut lines = Vec::new();
    let mut start = 0;
    for end in crate::span::line_ends(text.as_bytes()) {
        lines.push(Span::new(start, end));
        start = end + 1;
    }
    lines.push(Span::new(start, text.len()));

    let mut paragraphs = Vec::new();
    let mut current: Option<Span> = None;
    for line in lines {
        let content = line.slice(text);
        let trimmed = content.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        // A comment alone on its line (a suppression directive) is not prose.
        if trimmed.is_empty() || crate::suppress::is_comment_line(trimmed) {
            paragraphs.extend(current.take());
            continue;
        }
        let lead = content.len()
            - content
                .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
                .len();
        let trail = content.len() - content.trim_end().len();
        let line = Span::new(line.start() + lead, line.end() - trail);
        current = Some(match current {
            Some(open) => {
                let prev = open.slice(text);
                let prev_line = prev.rsplit('\n').next().unwrap_or(prev);
                let runs_on = !ends_sentence_punct(prev_line)
                    && !ends_with_dash_credit(prev_line)
                    && (trimmed.chars().next().is_some_and(char::is_lowercase)
                        || prev_line.chars().count() >= 60);
                if runs_on {
                    Span::new(open.start(), line.end())
                } else {
                    paragraphs.push(open);
                    line
                }
            }
            None => line,
        });
    }
    paragraphs.extend(current);
    paragraphs
}

/// Whether `line` ends with a credit after a dash ("“…” ― Ana Ruiz"): a
/// name of a few capitalised words ends the line's quotation, so the line
/// is complete even without a full stop.
fn ends_with_dash_credit(line: &str) -> bool {
    const MAX_NAME_WORDS: usize = 5;
    let Some(dash) = line.rfind(['―', '—', '–']) else {
        return false;
    };
    if !line[..dash].trim_end().ends_with(CLOSERS) {
        return false;
    }
    let mut words = 0;
    for word in line[dash..]
        .trim_start_matches(['―', '—', '–'])
        .split_whitespace()
    {
        words += 1;
        if words > MAX_NAME_WORDS || !word.starts_with(char::is_uppercase) {
            return false;
        }
    }
    words > 0
}

const CLOSERS: &[char] = &['”', '"', '’', '\'', ')', ']', '»'];
const OPENERS: &[char] = &['“', '"', '‘', '\'', '(', '[', '«', '¿', '¡', '—', '$', '€', '£'];

/// Splits one paragraph (at byte `base`) into trimmed sentence spans.
pub fn split_sentences(para: &str, base: usize, quotes: &[Quote], lexicon: &Lexicon) -> Vec<Span> {
    let brackets = matched_brackets(para);
    let mut spans = Vec::new();
    let mut start = 0;
    let bytes = para.as_bytes();
    let mut i = 0;
    // One vectorised search finds each candidate boundary.
    while let Some(found) = memchr::memchr3(b'.', b'?', b'!', &bytes[i..]) {
        i += found;
        let punct_start = i;
        let mut j = i;
        while j < bytes.len() && matches!(bytes[j], b'.' | b'?' | b'!') {
            j += 1;
        }
        let run = &para[punct_start..j];
        // Closing quotes and brackets after the punctuation stay in the sentence.
        let mut end = j;
        for c in para[j..].chars() {
            if CLOSERS.contains(&c) {
                end += c.len_utf8();
            } else {
                break;
            }
        }
        i = end.max(i + 1);
        let Some(next_start) = next_sentence_start(para, end) else {
            continue;
        };
        if next_start == end {
            // Punctuation inside a word: "U.N", "4.5", "radiofree.org".
            continue;
        }
        if run.len() == 3 && run == "..." {
            continue; // An ellipsis inside a sentence; "...." ends one.
        }
        let closes_bracket = para[j..end].contains([')', ']']);
        let b = brackets.partition_point(|r| r.1 <= punct_start);
        if !closes_bracket && brackets.get(b).is_some_and(|r| r.0 < punct_start) {
            continue;
        }
        if run == "." && !abbreviation_ends(para, punct_start, next_start, lexicon) {
            continue;
        }
        // "DECATUR, Ill. — Sen. Ann Lee said …": the dash after a dateline
        // opens the story's first sentence; the place is no sentence.
        if run == "."
            && para[next_start..].starts_with(['—', '–'])
            && is_dateline_place(&para[start..punct_start])
        {
            continue;
        }
        let closes_quote = para[j..end].contains(['”', '"', '’', '\'', '»']);
        // "The crowd chanted “More ferries! More ferries!” as she left": a
        // question or an exclamation inside a quotation that opened after
        // the sentence's first words ends none of the writer's sentence.
        if !closes_quote && run != "." && inside_embedded_quote(quotes, base + start, base + punct_start) {
            continue;
        }
        // A speech tag after a quoted question or exclamation belongs to it;
        // after a full stop too, when the tag is all the rest of the sentence
        // (“We will win.” Lee said.), a comma typed as a full stop.
        if closes_quote && speech_tag_follows(para, next_start, run == ".", lexicon) {
            continue;
        }
        push_trimmed(&mut spans, para, base, start, end);
        start = next_start;
    }
    push_trimmed(&mut spans, para, base, start, para.len());
    spans
}

/// Whether byte `at` (of the text) lies inside a closed quotation that opens
/// after the sentence started at `sentence_start`, so the quotation is part of
/// a sentence of the writer's.
fn inside_embedded_quote(quotes: &[Quote], sentence_start: usize, at: usize) -> bool {
    let i = quotes.partition_point(|q| q.span.end() <= at);
    quotes
        .get(i)
        .is_some_and(|q| q.close.is_some() && q.open.start() > sentence_start && q.inner().start() <= at)
}

/// Where the next sentence would start after a candidate boundary at `end`:
/// white space, then a capital letter, a digit or an opening mark.
fn next_sentence_start(para: &str, end: usize) -> Option<usize> {
    let rest = &para[end..];
    let trimmed = rest.trim_start();
    if trimmed.is_empty() {
        return None;
    }
    let next = trimmed.chars().next()?;
    let starts = next.is_uppercase()
        || next.is_ascii_digit()
        || OPENERS.contains(&next)
        || (!next.is_lowercase() && next.is_alphabetic());
    if !starts {
        return None;
    }
    Some(end + (rest.len() - trimmed.len()))
}

/// Whether the words at `start` are a speech tag for the quoted question or
/// exclamation before them ("Ana Ruiz replied.", "the mayor asked reporters
/// on Tuesday."): a short subject, a cue verb in the past or present, and
/// nothing after it but a listener, a word of `speech_tag_tails` or a time
/// of `speech_tag_times` that ends the tag. "Critics
/// said the timing was odd." opens a sentence of its own. With
/// `ends_sentence`, the tag must end with a full stop of its own.
fn speech_tag_follows(para: &str, start: usize, ends_sentence: bool, lexicon: &Lexicon) -> bool {
    // The subject may hold one appositive between commas ("Ana Ruiz,
    // D-Maine, said"); where a comma follows the cue the tag ends there
    // ("Lee shouted, waving").
    let rest = &para[start..];
    for commas in 0..=MAX_APPOSITIVE_COMMAS {
        let tag_end = speech_tag_end(rest, commas, lexicon);
        if (!ends_sentence || rest[tag_end..].starts_with('.'))
            && cue_ends_tag(&rest[..tag_end], ends_sentence, lexicon)
        {
            return true;
        }
        // Past a mark other than a comma, more commas change nothing.
        if !rest[tag_end..].starts_with(',') {
            return false;
        }
    }
    false
}

/// How many commas an appositive in a speech tag's subject brings.
const MAX_APPOSITIVE_COMMAS: usize = 2;

/// Whether `tag` is a short subject and a cue, perhaps with a listener and a
/// word of `speech_tag_tails` after it. After a full stop (`ends_sentence`)
/// the tag is held shorter, as a tag there is a typing slip and a longer
/// line is likelier a sentence of its own ("…” She then wrote to the
/// board about …").
fn cue_ends_tag(tag: &str, ends_sentence: bool, lexicon: &Lexicon) -> bool {
    const MAX_SUBJECT_WORDS: usize = 5;
    // A subject, a cue of up to two words and a short adverbial after a
    // full stop; after a question or an exclamation an adverbial of a few
    // more words ("said of the rush of traffic that week", "posted on Friday
    // with a photo").
    let max_tag_words = MAX_SUBJECT_WORDS + if ends_sentence { 3 } else { 8 };
    // An appositive between two commas describes the subject and does not
    // count towards its length ("Lee, the head of the harbor board, said").
    const MAX_APPOSITIVE_WORDS: usize = 12;
    let (subject, rest) = match (tag.find(','), tag.rfind(',')) {
        (Some(first), Some(last)) if first < last => {
            if tag[first + 1..last].split_whitespace().count() > MAX_APPOSITIVE_WORDS {
                return false;
            }
            (&tag[..first], &tag[last + 1..])
        }
        _ => (tag, ""),
    };
    let written: Vec<&str> = subject
        .split_whitespace()
        .chain(rest.split_whitespace())
        .take(max_tag_words + 1)
        .collect();
    let words: Vec<String> = written.iter().map(|w| normalize(w)).collect();
    if words.len() > max_tag_words {
        return false;
    }
    (1..=MAX_SUBJECT_WORDS.min(words.len())).any(|at| {
        let Some((n, form)) = lexicon.cues.longest_at(&words[at..]) else {
            return false;
        };
        let mut tail = at + n;
        // The listener of a verb of telling or of a question ("“Why now?”
        // Lee asked reporters.").
        if words.get(tail).is_some_and(|w| {
            (form.recipient || form.class == CueClass::Question) && lexicon.recipients.contains(w)
        }) {
            tail += 1;
        }
        let after = &words[tail..];
        // A manner adverb, written in lower case ("said proudly", "asked
        // reporters rhetorically"); a capital may be a name ("Kelly"). Unlike
        // the grammar's adverb test, a noun in -ly counts too: after the cue
        // it is the listener, and the tag goes on ("asked family members").
        let manner_adverb = written.get(tail).is_some_and(|w| {
            let w = w.trim_end_matches(['.', ',', '!', '?']);
            w.len() > 4 && w.ends_with("ly") && w.starts_with(|c: char| c.is_lowercase())
        });
        matches!(form.tense, Tense::Past | Tense::Third)
            && (after.first().is_none_or(|w| lexicon.seg_tag_tails.contains(w))
                || manner_adverb
                || lexicon.seg_tag_times.iter().any(|time| after == time.as_slice()))
    })
}

/// Where the words of a possible speech tag at the start of `rest` end: at
/// the first mark of punctuation past the full stop of a title ("Rep. Ann
/// Lee asked") and past the first `commas` commas.
fn speech_tag_end(rest: &str, commas: usize, lexicon: &Lexicon) -> usize {
    let mut passed = 0;
    for (at, c) in rest.char_indices() {
        match c {
            ',' if passed < commas => passed += 1,
            '.' => {
                let word = rest[..at].rsplit(char::is_whitespace).next().unwrap_or_default();
                // A comma after the full stop makes it an abbreviation's
                // ("Ann Lee, R-Pa., said").
                if !lexicon.seg_titles.contains(word) && !rest[at + 1..].starts_with(',') {
                    return at;
                }
            }
            ',' | ';' | ':' | '!' | '?' | '“' | '”' | '"' | '—' => return at,
            _ => {}
        }
    }
    rest.len()
}

/// Decides whether a period after an abbreviation ends the sentence.
fn abbreviation_ends(para: &str, period: usize, next_start: usize, lexicon: &Lexicon) -> bool {
    let before = &para[..period];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || "([“”„«\"‘—".contains(c))
        .map_or(0, |p| p + before[p..].chars().next().map_or(1, char::len_utf8));
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    let next_word: String = para[next_start..]
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let next_is_number = next_word.chars().next().is_some_and(|c| c.is_ascii_digit());
    let opener_follows = lexicon.seg_openers.contains(&next_word.to_lowercase());
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let dotted = word.contains('.') && word.split('.').all(|part| part.chars().count() <= 2);
    if lexicon.seg_titles.contains(word) {
        return false;
    }
    if letters == 1 && word.chars().all(|c| c.is_uppercase()) {
        return false; // An initial: "J." in "J. Smith".
    }
    if lexicon.seg_before_numbers.contains(word) && next_is_number {
        return false;
    }
    if dotted || lexicon.seg_ambiguous.contains(word) {
        return opener_follows;
    }
    true
}

/// Whether `head`, the words before a full stop, is a dateline's place whose
/// region is abbreviated ("DECATUR, Ill", "LA CROSSE, Wisc"): a city in
/// capitals, a comma and a short capitalised region.
fn is_dateline_place(head: &str) -> bool {
    const MAX_REGION_WORDS: usize = 3;
    let Some((city, region)) = head.split_once(',') else {
        return false;
    };
    city.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && city
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’'))
        && region.split_whitespace().count() <= MAX_REGION_WORDS
        && region.trim_start().starts_with(char::is_uppercase)
}

/// How deep brackets may nest before further opening brackets are ignored.
const MAX_BRACKET_NESTING: usize = 32;

/// The outermost matched pairs of round and square brackets, as sorted,
/// disjoint byte ranges (open, close).
fn matched_brackets(para: &str) -> Vec<(usize, usize)> {
    // Most paragraphs open no bracket, which one vectorised search settles;
    // pairs start at the first opening bracket.
    let Some(first_open) = memchr::memchr2(b'(', b'[', para.as_bytes()) else {
        return Vec::new();
    };
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut stack: Vec<(usize, u8)> = Vec::new();
    // Brackets are ASCII, so bytes will do: no character is decoded.
    for (i, &b) in para.as_bytes().iter().enumerate().skip(first_open) {
        match b {
            b'(' | b'[' if stack.len() < MAX_BRACKET_NESTING => stack.push((i, b)),
            b')' | b']' => {
                let want = if b == b')' { b'(' } else { b'[' };
                if let Some(k) = stack.iter().rposition(|&(_, o)| o == want) {
                    // An outer pair swallows the inner pairs it encloses.
                    let open = stack[k].0;
                    while pairs.last().is_some_and(|p| p.0 > open) {
                        pairs.pop();
                    }
                    pairs.push((open, i));
                    stack.truncate(k);
                }
            }
            _ => {}
        }
    }
    pairs
}

fn push_trimmed(spans: &mut Vec<Span>, para: &str, base: usize, start: usize, end: usize) {
    let piece = &para[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        spans.push(Span::new(base + start + lead, base + end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RuleSet;

    fn check(input: &str, expect: &[&str]) {
        let rules = RuleSet::embedded();
        let quotes = quotes::scan_paragraph(input, 0, 0);
        let got: Vec<&str> = split_sentences(input, 0, &quotes, &rules.lexicon)
            .iter()
            .map(|s| s.slice(input))
            .collect();
        assert_eq!(got, expect, "{input}");
    }

    #[test]
    fn sentences_in_newsroom_copy() {
        check("Prices rose. Wages fell.", &["Prices rose.", "Wages fell."]);
        check(
            "Sanctions by the U.N. and U.S. bit hard. Trade fell.",
            &["Sanctions by the U.N. and U.S. bit hard.", "Trade fell."],
        );
        check(
            "He moved to the U.S. The move was quiet.",
            &["He moved to the U.S.", "The move was quiet."],
        );
        check(
            "Gov. Ana Ruiz and Dr. Lee met Sen. Cho.",
            &["Gov. Ana Ruiz and Dr. Lee met Sen. Cho."],
        );
        // A title right after a quotation mark, of either direction.
        check("”Mr. Lee is right. He won.”", &["”Mr. Lee is right.", "He won.”"]);
        check(
            "It opened Jan. 5 at 9 a.m. in No. 10 Main St. downtown.",
            &["It opened Jan. 5 at 9 a.m. in No. 10 Main St. downtown."],
        );
        check(
            "Translated by Lee Jun. Written by Ana Ruiz.",
            &["Translated by Lee Jun.", "Written by Ana Ruiz."],
        );
        // A dateline whose region is abbreviated leads into the first
        // sentence; a credit after a dash follows a sentence of its own.
        check(
            "MILLBROOK, Ore. — Ana Ruiz said the ferry is late.",
            &["MILLBROOK, Ore. — Ana Ruiz said the ferry is late."],
        );
        check(
            "EAST PORT, N.S. – Lee said so.",
            &["EAST PORT, N.S. – Lee said so."],
        );
        check(
            "The ferry is late again. — Ana Ruiz (@anaruiz) May 2",
            &["The ferry is late again.", "— Ana Ruiz (@anaruiz) May 2"],
        );
        check(
            "The ferry left Millbrook, Ore. — Lee was aboard.",
            &["The ferry left Millbrook, Ore.", "— Lee was aboard."],
        );
        check(
            "J.K. Osei paid $4.5 million. It was late.",
            &["J.K. Osei paid $4.5 million.", "It was late."],
        );
        check(
            "“It will open again.” Prices fell.",
            &["“It will open again.”", "Prices fell."],
        );
        check(
            "“Why now?” Ana Ruiz asked. “Because.”",
            &["“Why now?” Ana Ruiz asked.", "“Because.”"],
        );
        check(
            "“Enough!” the mayor told reporters on Tuesday. Then.",
            &["“Enough!” the mayor told reporters on Tuesday.", "Then."],
        );
        check(
            "“Why now?” Critics said the timing was odd.",
            &["“Why now?”", "Critics said the timing was odd."],
        );
        check(
            "“Why now?” The mayor of the old port city of the north said.",
            &["“Why now?”", "The mayor of the old port city of the north said."],
        );
        check("Why now? Ana Ruiz asked.", &["Why now?", "Ana Ruiz asked."]);
        // A title's full stop and an appositive's commas stay in the tag.
        check(
            "“Why now?” Rep. Ana Ruiz asked. “Because.”",
            &["“Why now?” Rep. Ana Ruiz asked.", "“Because.”"],
        );
        check(
            "“Enough already!” Ana Ruiz, D-Maine, said of the outage. Power returned.",
            &[
                "“Enough already!” Ana Ruiz, D-Maine, said of the outage.",
                "Power returned.",
            ],
        );
        // A long appositive does not count towards the subject's words.
        check(
            "“Not us!” Ana Ruiz, the head of the harbor board, wrote on Friday. Power returned.",
            &[
                "“Not us!” Ana Ruiz, the head of the harbor board, wrote on Friday.",
                "Power returned.",
            ],
        );
        check(
            "“Not us!” Ana Ruiz, the head of the board, said the port was ready.",
            &[
                "“Not us!”",
                "Ana Ruiz, the head of the board, said the port was ready.",
            ],
        );
        // So does the full stop of an abbreviation before a comma, as in
        // a party and state.
        check(
            "“Enough already!” Ana Ruiz, D-Pa., said. Power returned.",
            &["“Enough already!” Ana Ruiz, D-Pa., said.", "Power returned."],
        );
        // After a question or an exclamation the tag may run on with an
        // adverbial of several words; after a full stop it stays short, as a
        // longer line there is likelier a sentence of its own.
        check(
            "“Full steam!” Rep. Ana Ruiz, D-Ore., said of the rush of harbor traffic that week. It went on.",
            &[
                "“Full steam!” Rep. Ana Ruiz, D-Ore., said of the rush of harbor traffic that week.",
                "It went on.",
            ],
        );
        check(
            "“Not ours!” Okafor, the head of the ferry union, posted on Friday with a photo of the pier.",
            &["“Not ours!” Okafor, the head of the ferry union, posted on Friday with a photo of the pier."],
        );
        check(
            "“Fares are fair.” She then wrote to the board about the old schedule on the ferry.",
            &[
                "“Fares are fair.”",
                "She then wrote to the board about the old schedule on the ferry.",
            ],
        );
        // A comma after the cue ends the tag.
        check(
            "“Never!” Ana Ruiz shouted, waving a sign. It went on.",
            &["“Never!” Ana Ruiz shouted, waving a sign.", "It went on."],
        );
        // An abbreviation after a space of more than one byte.
        check(
            "“Why now?” Ana Ruiz\u{a0}Sr. asked.",
            &["“Why now?” Ana Ruiz\u{a0}Sr. asked."],
        );
        // After a full stop, a tag that is all the rest of its sentence is a
        // comma typed as a full stop; a tag that goes on reports a clause.
        check(
            "“It will open again.” Ana Ruiz said. Prices fell.",
            &["“It will open again.” Ana Ruiz said.", "Prices fell."],
        );
        check(
            "“It will open again.” Ana Ruiz said the port was ready.",
            &["“It will open again.”", "Ana Ruiz said the port was ready."],
        );
        check(
            "“Who do they think they are?” Lee said of the firm.",
            &["“Who do they think they are?” Lee said of the firm."],
        );
        check(
            "“Is it open?” she asked. No.",
            &["“Is it open?” she asked.", "No."],
        );
        check(
            "“We heard it Tuesday [March 17],” said the source.",
            &["“We heard it Tuesday [March 17],” said the source."],
        );
        check("“Go. Now,” he said.", &["“Go.", "Now,” he said."]);
        // A question or an exclamation inside a quotation that opens after
        // the sentence's first words stays in the writer's sentence; one
        // inside a quotation that opens the sentence may end it.
        check(
            "The crowd chanted “More ferries! More ferries!” as she left. Rain fell.",
            &[
                "The crowd chanted “More ferries! More ferries!” as she left.",
                "Rain fell.",
            ],
        );
        check(
            "To chants of “Lee! Lee!,” the mayor said the vote was close.",
            &["To chants of “Lee! Lee!,” the mayor said the vote was close."],
        );
        check(
            "“Why now? Why here?” she asked.",
            &["“Why now?", "Why here?” she asked."],
        );
        check(
            "They shouted “Stop! Now!” Then they left.",
            &["They shouted “Stop! Now!”", "Then they left."],
        );
        check("It rose... and fell. Then.", &["It rose... and fell.", "Then."]);
        check(
            "Trade grew (a rise. Not a fall) in May. Done.",
            &["Trade grew (a rise. Not a fall) in May.", "Done."],
        );
        check(
            "(He declined to comment.) Prices rose.",
            &["(He declined to comment.)", "Prices rose."],
        );
        check(
            "Fish arrived. [They] were smuggled.",
            &["Fish arrived.", "[They] were smuggled."],
        );
        check(
            "Visit radiofree.org today. Thanks",
            &["Visit radiofree.org today.", "Thanks"],
        );
        check("", &[]);
    }

    /// The paragraphs of `text`, as text.
    fn paragraphs_of(text: &str) -> Vec<&str> {
        paragraph_spans(text).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn paragraphs_blocks_and_lines() {
        let text = "Heading line\nFirst paragraph starts here and it is a long line of prose that\nwraps onto a second line.\n\n\nSecond.\r\nThird.";
        assert_eq!(
            paragraphs_of(text),
            [
                "Heading line",
                "First paragraph starts here and it is a long line of prose that\nwraps onto a second line.",
                "Second.",
                "Third."
            ]
        );
        // A carriage return ends a line alone or before a line feed, never
        // twice: a wrapped line ending in both runs on.
        let text = "A long line of prose that goes on and on until it wraps onto\r\nthe next line.\rMac line.\r\rAfter a blank.";
        assert_eq!(
            paragraphs_of(text),
            [
                "A long line of prose that goes on and on until it wraps onto\r\nthe next line.",
                "Mac line.",
                "After a blank."
            ]
        );
    }

    #[test]
    fn a_line_that_ends_with_a_dash_credit_ends_its_paragraph() {
        let text = "“He is ignorant of our culture and of the lives we lead here.”― Ana Ruiz\n“He has said hateful things.” ― Dan Lee\n“A long line of prose that wraps — on and on” and goes\non.";
        assert_eq!(
            paragraphs_of(text),
            [
                "“He is ignorant of our culture and of the lives we lead here.”― Ana Ruiz",
                "“He has said hateful things.” ― Dan Lee",
                "“A long line of prose that wraps — on and on” and goes\non.",
            ]
        );
    }

    #[test]
    fn running_and_unclosed_quotes() {
        let rules = RuleSet::embedded();
        let text = "“First part runs on.\n\n“Second part ends,” she said.\n\n“Never closed.\n\nPlain prose.";
        let segments = segment(text, &rules.lexicon, None);
        let flags: Vec<(bool, bool, bool)> = segments
            .quotes
            .iter()
            .map(|q| (q.runs_on, q.continues, q.is_unclosed()))
            .collect();
        assert_eq!(
            flags,
            [(true, false, false), (false, true, false), (false, false, true)]
        );
    }

    #[test]
    fn headings() {
        assert!(is_heading("News reaches the coast"));
        assert!(!is_heading("News reaches the coast."));
        assert!(!is_heading("news reaches"));
        assert!(is_heading("## News reaches the coast"));
        assert!(is_title_case_line("Poll: Lee Leads Ruiz in a Three-Way Contest."));
        assert!(is_title_case_line("Ruiz: Port ‘Will Reopen Within Weeks’"));
        assert!(!is_title_case_line("Ana Ruiz said the Harlow Bridge will close."));
        assert!(!is_title_case_line("Ana Ruiz Left."));
        // The word limits, at and past them.
        assert!(is_heading(
            "One two three four five six seven eight nine ten eleven twelve"
        ));
        assert!(!is_heading(
            "One two three four five six seven eight nine ten eleven twelve thirteen"
        ));
        let twenty = "Able Baker Charlie Delta Easy Foxtrot Golf Hotel India Juliet \
                      Kilo Lima Mike Nancy Oscar Papa Queen Romeo sierra tango";
        assert!(is_title_case_line(twenty));
        assert!(!is_title_case_line(&twenty.replace("Romeo", "romeo")));
        assert!(!is_title_case_line(&format!("{twenty} Uniform")));
    }
}
