//! The nom tokenizer the grammar runs on: words (with inner apostrophes,
//! hyphens and dots, as in “AP’s”, “Franco-German”, “U.N”, the commas of
//! “20,000”, and handles and hashtags such as “@Port_Watch”) and single punctuation
//! marks, each with its byte span taken from nom's `Offset`. Owns what a word is;
//! must not know which words matter.

use std::borrow::Cow;

use nom::{IResult, Offset};

use crate::lexicon::{WordChars, ALPHANUMERIC};
use crate::span::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters and digits.
    Word,
    /// One punctuation character.
    Punct(char),
    /// The opening mark of quote number `n` of the document.
    Open(usize),
    /// The closing mark of quote number `n`.
    Close(usize),
}

/// A token of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// The text as written.
    pub text: &'a str,
    /// Lower-cased, curly apostrophe folded; borrowed when already so.
    pub norm: Cow<'a, str>,
    /// Where it is in the document.
    pub span: Span,
    /// Kind.
    pub kind: TokKind,
}

impl Token<'_> {
    /// Whether this is a word token.
    pub fn is_word(&self) -> bool {
        // A pattern tests the variant alone; the derived `==` compared the
        // whole kind, payload and all, out of line, and this test is asked of
        // nearly every token many times.
        matches!(self.kind, TokKind::Word)
    }

    /// Whether this is the punctuation `c`.
    pub fn is_punct(&self, c: char) -> bool {
        matches!(self.kind, TokKind::Punct(mark) if mark == c)
    }

    /// Whether this is a currency sign ("$", "€"), which stands before its
    /// number.
    pub fn is_currency_sign(&self) -> bool {
        matches!(self.kind, TokKind::Punct(sign) if is_currency_sign(sign))
    }

    /// Whether the word starts with a capital letter.
    pub fn is_capitalized(&self) -> bool {
        self.is_word() && self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// A token stands for its normalised word in lexicon lookups, so a phrase
/// table reads a slice of tokens without a list of their words being made.
impl AsRef<str> for Token<'_> {
    fn as_ref(&self) -> &str {
        &self.norm
    }
}

/// Letters, digits, combining marks ("e\u{301}") and the invisible joiners
/// that sit inside words (zero-width space, joiner and non-joiner, word joiner).
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // The lexicon's test answers the curly quotation marks and dashes of
    // news, General Punctuation, before the Unicode table search; no mark
    // inside a word is General Punctuation.
    crate::lexicon::is_alphanumeric(c) || is_mark_inside_word(c)
}

/// Combining marks and the invisible joiners that sit inside words.
fn is_mark_inside_word(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
        || matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}')
}

/// A word: letters and digits, with inner joiners (’ \' - . &) followed by
/// more letters, and the commas of a number's thousands ("20,000"). A nom
/// parser over [`scan_word`], which the tokenizer calls itself.
pub fn word(input: &str) -> IResult<&str, &str> {
    match scan_word(input) {
        Some(Scanned { len, .. }) => Ok((&input[len..], &input[..len])),
        None => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::AlphaNumeric,
        ))),
    }
}

/// A word at the start of a text, as [`word`] reads it.
struct Scanned {
    /// Its length in bytes.
    len: usize,
    /// It is ASCII with no capital: its own normal form.
    normal: bool,
}

/// The word at the start of `input`, if one starts there: one scan,
/// because it runs once per word of every article, which also notes
/// whether the word needs normalising, so that it is not read again.
fn scan_word(input: &str) -> Option<Scanned> {
    if !input.chars().next().is_some_and(is_word_char) {
        return None;
    }
    let bytes = input.as_bytes();
    let mut end = 0;
    let mut classes = 0;
    let mut ascii = true;
    loop {
        // Most words are ASCII letters: run over them byte by byte, one
        // table read each (the range tests of `u8::is_ascii_alphanumeric`
        // took more than twice the instructions), which also gathers the
        // capital bit, and look at whole characters only where one is not.
        while let Some(class) = bytes
            .get(end)
            .map(|&b| ALPHANUMERIC.ascii_class(b))
            .filter(|&c| c != 0)
        {
            classes |= class;
            end += 1;
        }
        // Most words end at a space or a mark that joins nothing: an ASCII
        // byte settles that without decoding a character.
        match bytes.get(end) {
            None => break,
            Some(&b) if b.is_ascii() && !matches!(b, b'\'' | b'-' | b'.' | b'&' | b',') => break,
            Some(_) => {}
        }
        let Some(c) = input[end..].chars().next() else {
            break;
        };
        let width = c.len_utf8();
        let joiner = (matches!(c, '’' | '\'' | '-' | '.' | '&')
            && input[end + width..].chars().next().is_some_and(is_word_char))
            || (c == ',' && thousands_group(bytes, end));
        if is_word_char(c) || joiner {
            ascii &= c.is_ascii();
            end += width;
        } else {
            break;
        }
    }
    Some(Scanned {
        len: end,
        normal: ascii && classes & WordChars::CAPITAL == 0,
    })
}

/// Whether the comma at byte `at` separates groups of thousands ("20,000",
/// "$1,250,000"): a digit before it, and exactly three after it.
fn thousands_group(bytes: &[u8], at: usize) -> bool {
    let digit = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    at > 0 && digit(at - 1) && digit(at + 1) && digit(at + 2) && digit(at + 3) && !digit(at + 4)
}

/// Whether a word is a numeral written in digits, with the commas of its
/// thousands that the tokenizer keeps in the word ("43", "2,000").
pub(crate) fn is_numeral(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_digit()) && text.bytes().all(|b| b.is_ascii_digit() || b == b',')
}

/// Normalises a word for lexicon lookup, borrowing when nothing changes.
pub fn norm(text: &str) -> Cow<'_, str> {
    if is_own_normal_form(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(crate::lexicon::normalize(text))
    }
}

/// Whether `text` is ASCII with no capital, which [`norm`] leaves as it is.
fn is_own_normal_form(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase())
}

/// Whether `c` is a currency sign that stands before its number ("$3",
/// "€40,000"). Tokenized as punctuation, unlike a per cent sign after one.
pub fn is_currency_sign(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥')
}

/// The most tokens reserved before tokenizing: a few long sentences' worth.
const MAX_RESERVED_TOKENS: usize = 4096;

/// Tokenizes `text`, which starts at byte `base` of the document. Quote marks
/// come out as punctuation; the caller marks them as quote tokens.
pub fn tokenize<'a>(text: &'a str, base: usize) -> Vec<Token<'a>> {
    // Prose has a token every five or six bytes; room for one every three
    // covers short words and marks, so a sentence's vector is seldom grown
    // and copied. A text longer than any sentence grows as it needs.
    let mut tokens = Vec::with_capacity((text.len() / 3 + 1).min(MAX_RESERVED_TOKENS));
    for_each_token(text, base, |token| tokens.push(token));
    tokens
}

/// Hands the tokens of `text`, which starts at byte `base` of the document,
/// to `emit` in order: [`tokenize`] for a caller that keeps only some of them.
pub fn for_each_token<'a>(text: &'a str, base: usize, mut emit: impl FnMut(Token<'a>)) {
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c.is_whitespace() {
            rest = &rest[c.len_utf8()..];
            continue;
        }
        let mut normal = false;
        let (next, piece, kind) = match scan_word(rest) {
            Some(scanned) => {
                normal = scanned.normal;
                (&rest[scanned.len..], &rest[..scanned.len], TokKind::Word)
            }
            // Two apostrophes are one quotation mark, as the segmenter reads them.
            None if crate::segment::quotes::is_doubled_apostrophe(rest) => {
                (&rest[2..], &rest[..2], TokKind::Punct('"'))
            }
            // Two hyphens are typed for a dash ("the mayor -- who …").
            None if rest.starts_with("--") => (&rest[2..], &rest[..2], TokKind::Punct('—')),
            // "42%" reads as "42 percent": the sign is a word.
            None if c == '%' => (&rest[1..], &rest[..1], TokKind::Word),
            // A handle or a hashtag ("@Port_Watch", "#SaveThePier") is one
            // name, sign and all.
            None if matches!(c, '@' | '#') => match handle_len(&rest[1..]) {
                0 => (&rest[1..], &rest[..1], TokKind::Punct(c)),
                name => {
                    let handle = &rest[..1 + name];
                    normal = is_own_normal_form(handle);
                    (&rest[1 + name..], handle, TokKind::Word)
                }
            },
            None => (&rest[c.len_utf8()..], &rest[..c.len_utf8()], TokKind::Punct(c)),
        };
        let start = base + text.offset(piece);
        let verb = match kind {
            TokKind::Word => contracted_verb(piece),
            _ => None,
        };
        if let Some(verb) = verb {
            emit(token(&piece[..verb], start, kind, normal));
            emit(token(&piece[verb..], start + verb, kind, normal));
        } else {
            emit(token(piece, start, kind, normal));
        }
        rest = next;
    }
}

/// The length in bytes of the name after a handle's or a hashtag's sign:
/// letters, digits and underscores.
fn handle_len(rest: &str) -> usize {
    rest.char_indices()
        .find(|&(_, c)| !(is_word_char(c) || c == '_'))
        .map_or(rest.len(), |(i, _)| i)
}

/// The token of `piece`, which starts at byte `at` of the document;
/// `normal` says the word is its own normal form (ASCII, no capital), as
/// the scan of a word or of a handle found.
#[inline(always)]
fn token(piece: &str, at: usize, kind: TokKind, normal: bool) -> Token<'_> {
    Token {
        text: piece,
        norm: if kind == TokKind::Word {
            if normal {
                Cow::Borrowed(piece)
            } else if piece == "%" {
                Cow::Borrowed("percent")
            } else if piece.is_ascii() {
                // An ASCII word that is not its own normal form has a
                // capital (most such words are capitalised), so this is all
                // `norm` would do.
                Cow::Owned(piece.to_ascii_lowercase())
            } else {
                norm(piece)
            }
        } else {
            Cow::Borrowed(piece)
        },
        span: Span::new(at, at + piece.len()),
        kind,
    }
}

/// Where the verb a personal pronoun is contracted with starts ("He|’s
/// telling", "they|’re", "I|’ve"): the grammar reads the pronoun as the
/// subject and the verb as an auxiliary, as it reads "he is telling".
/// Other contractions stay whole words ("that’s", "who’s", "don’t").
///
/// Inlined, with the search kept apart: it is asked of every word, and
/// nearly every word fails on its length or first letter, which the call
/// itself cost more than.
#[inline(always)]
fn contracted_verb(word: &str) -> Option<usize> {
    // The longest is "they’re", nine bytes: longer words need no search.
    const LONGEST: usize = 9;
    let first = word.as_bytes().first()? | 0x20;
    if word.len() < 3 || word.len() > LONGEST || !matches!(first, b'i' | b'y' | b'h' | b's' | b'w' | b't') {
        return None;
    }
    contracted_verb_at(word)
}

/// [`contracted_verb`] for a word that passed its length and first-letter
/// test.
fn contracted_verb_at(word: &str) -> Option<usize> {
    const PRONOUNS: &[&str] = &["i", "you", "he", "she", "it", "we", "they"];
    const VERBS: &[&str] = &["s", "re", "m", "ve", "d", "ll"];
    // The apostrophe, or the first byte of "’" (a character boundary, as
    // UTF-8 lead bytes are).
    let at = word.bytes().position(|b| b == b'\'' || b == 0xE2)?;
    let verb = &word[at..];
    let verb = verb.strip_prefix('’').or_else(|| verb.strip_prefix('\''))?;
    (PRONOUNS.iter().any(|p| word[..at].eq_ignore_ascii_case(p))
        && VERBS.iter().any(|v| verb.eq_ignore_ascii_case(v)))
    .then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`is_word_char`] as the Unicode tables answer it, for any character.
    fn is_word_char_by_tables(c: char) -> bool {
        c.is_alphanumeric() || is_mark_inside_word(c)
    }

    /// The shortcuts for ASCII and General Punctuation answer as the
    /// Unicode tables do, for every character, and the byte table of
    /// `ALPHANUMERIC` as they do for every ASCII byte: a byte it missed
    /// would end a word before its first character, and the tokenizer
    /// would stand still.
    #[test]
    fn word_characters_match_the_unicode_tables() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), is_word_char_by_tables(c), "{:#x}", u32::from(c));
        }
        for byte in 0..=u8::MAX {
            let expect = byte.is_ascii() && is_word_char(char::from(byte));
            assert_eq!(ALPHANUMERIC.has_ascii(byte), expect, "{byte:#x}");
            let capital = ALPHANUMERIC.ascii_class(byte) & WordChars::CAPITAL != 0;
            assert_eq!(capital, byte.is_ascii_uppercase(), "{byte:#x}");
        }
    }

    fn check(input: &str, expect: &[&str]) {
        let tokens = tokenize(input, 10);
        let got: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        assert_eq!(got, expect, "{input}");
        for t in &tokens {
            assert_eq!(
                &input[t.span.start() - 10..t.span.end() - 10],
                t.text,
                "span of {}",
                t.text
            );
        }
    }

    #[test]
    fn words_and_marks() {
        check("AP’s Nairobi bureau,", &["AP’s", "Nairobi", "bureau", ","]);
        check(
            "the Franco-German border.",
            &["the", "Franco-German", "border", "."],
        );
        check(
            "U.N. and $4.5 million",
            &["U.N", ".", "and", "$", "4.5", "million"],
        );
        // A personal pronoun and the verb contracted with it are two
        // words; other contractions are one.
        check(
            "“It’s over,” she said",
            &["“", "It", "’s", "over", ",", "”", "she", "said"],
        );
        check(
            "they're sure I'd go, that’s why we don’t",
            &[
                "they", "'re", "sure", "I", "'d", "go", ",", "that’s", "why", "we", "don’t",
            ],
        );
        check("Hes’s its’", &["Hes’s", "its", "’"]);
        check("traders’ goods", &["traders", "’", "goods"]);
        // A comma between groups of thousands is part of the number; any
        // other comma after a digit is punctuation.
        check(
            "$1,250,000 in 2019, 12,5",
            &["$", "1,250,000", "in", "2019", ",", "12", ",", "5"],
        );
        check("4,5000 and 7,", &["4", ",", "5000", "and", "7", ","]);
        check("  ", &[]);
        // Two hyphens typed for a dash are one mark; one stays a hyphen.
        check("Lee -- a clerk - left", &["Lee", "--", "a", "clerk", "-", "left"]);
        check("Cafe\u{301} tra\u{200b}der", &["Cafe\u{301}", "tra\u{200b}der"]);
        // A handle or a hashtag is one word; a lone sign is a mark.
        check(
            "wrote @Port_Watch1, of #SaveThePier @ 5",
            &["wrote", "@Port_Watch1", ",", "of", "#SaveThePier", "@", "5"],
        );
    }

    #[test]
    fn word_parser() {
        let check =
            |input: &str, expect: Option<(&str, &str)>| assert_eq!(word(input).ok(), expect, "{input}");
        check("U.N. rest", Some((". rest", "U.N")));
        check("don’t go", Some((" go", "don’t")));
        check("well- known", Some(("- known", "well")));
        check("4.5%", Some(("%", "4.5")));
        check("“quote", None);
        check("", None);
    }

    #[test]
    fn a_percent_sign_is_the_word_percent() {
        let tokens = tokenize("42% say", 0);
        let norms: Vec<&str> = tokens.iter().map(|t| t.norm.as_ref()).collect();
        assert_eq!(norms, ["42", "percent", "say"]);
        assert!(tokens.iter().all(Token::is_word));
    }

    /// The scan's note that a word is its own normal form agrees with
    /// [`norm`] on every word: capitals anywhere, letters beyond ASCII,
    /// joiners, thousands, a contraction split in two and a percent sign.
    #[test]
    fn tokens_carry_the_norm_of_their_text() {
        let text = "Said iPhone AP’s NAÏVE naïve U.S. Franco-German 20,000 It’s THEY'RE 42% x@Y #Tag @port_watch Zed ed";
        let tokens = tokenize(text, 0);
        for t in tokens.iter().filter(|t| t.text != "%") {
            assert_eq!(t.norm, norm(t.text), "{}", t.text);
            assert_eq!(
                matches!(t.norm, Cow::Borrowed(_)),
                matches!(norm(t.text), Cow::Borrowed(_)),
                "{}",
                t.text
            );
        }
        let norms: Vec<&str> = tokens
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.norm.as_ref())
            .collect();
        assert_eq!(
            norms,
            [
                "said",
                "iphone",
                "ap's",
                "naïve",
                "naïve",
                "u.s",
                "franco-german",
                "20,000",
                "it",
                "'s",
                "they",
                "'re",
                "42",
                "percent",
                "x",
                "@y",
                "#tag",
                "@port_watch",
                "zed",
                "ed"
            ]
        );
    }

    #[test]
    fn norm_borrows_when_it_can() {
        assert!(matches!(norm("said"), Cow::Borrowed(_)));
        assert_eq!(norm("Said"), "said");
        assert_eq!(norm("AP’s"), "ap's");
    }
}
