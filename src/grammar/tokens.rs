//! The nom tokenizer the grammar runs on: words (with inner apostrophes,
//! hyphens and dots, as in “AP’s”, “Franco-German”, “U.N”) and single punctuation
//! marks, each with its byte span taken from nom's `Offset`. Owns what a word is;
//! must not know which words matter.

use std::borrow::Cow;

use nom::branch::alt;
use nom::bytes::complete::take_while1;
use nom::character::complete::{anychar, one_of};
use nom::combinator::recognize;
use nom::multi::many0;
use nom::{IResult, Offset, Parser};

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
    /// Inside a quotation.
    pub quoted: bool,
}

impl Token<'_> {
    /// Whether this is a word token.
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    /// Whether this is the punctuation `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }

    /// Whether the word starts with a capital letter.
    pub fn is_capitalized(&self) -> bool {
        self.is_word() && self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// Letters, digits, combining marks ("e\u{301}") and the invisible joiners
/// that sit inside words (zero-width space, joiner and non-joiner, word joiner).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
        || matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}')
}

/// A word: letters and digits, with inner joiners followed by more letters.
pub fn word(input: &str) -> IResult<&str, &str> {
    recognize((
        take_while1(is_word_char),
        many0((one_of("’'-.&"), take_while1(is_word_char))),
    ))
    .parse(input)
}

/// One token, or `None` at white space.
fn token(input: &str) -> IResult<&str, Option<(&str, bool)>> {
    alt((
        word.map(|w| Some((w, true))),
        take_while1(char::is_whitespace).map(|_| None),
        recognize(anychar).map(|p| Some((p, false))),
    ))
    .parse(input)
}

/// Normalises a word for lexicon lookup, borrowing when nothing changes.
pub fn norm(text: &str) -> Cow<'_, str> {
    if text.bytes().all(|b| !b.is_ascii_uppercase() && b.is_ascii()) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(crate::lexicon::normalize(text))
    }
}

/// Tokenizes `text`, which starts at byte `base` of the document. Quote marks
/// come out as punctuation; the caller marks them as quote tokens.
pub fn tokenize(text: &str, base: usize) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let Ok((next, found)) = token(rest) else { break };
        if let Some((piece, is_word)) = found {
            let start = base + text.offset(piece);
            let kind = if is_word {
                TokKind::Word
            } else {
                TokKind::Punct(piece.chars().next().unwrap_or(' '))
            };
            tokens.push(Token {
                text: piece,
                norm: if is_word {
                    norm(piece)
                } else {
                    Cow::Borrowed(piece)
                },
                span: Span::new(start, start + piece.len()),
                kind,
                quoted: false,
            });
        }
        rest = next;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: &[&str]) {
        let tokens = tokenize(input, 10);
        let got: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        assert_eq!(got, expect, "{input}");
        for t in &tokens {
            assert_eq!(
                &input[t.span.start - 10..t.span.end - 10],
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
        check(
            "“It’s over,” she said",
            &["“", "It’s", "over", ",", "”", "she", "said"],
        );
        check("traders’ goods", &["traders", "’", "goods"]);
        check("  ", &[]);
        check("Cafe\u{301} tra\u{200b}der", &["Cafe\u{301}", "tra\u{200b}der"]);
    }

    #[test]
    fn norm_borrows_when_it_can() {
        assert!(matches!(norm("said"), Cow::Borrowed(_)));
        assert_eq!(norm("Said"), "said");
        assert_eq!(norm("AP’s"), "ap's");
    }
}
