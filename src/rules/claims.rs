//! Rules about claims in the reporter's voice: unattributed claims,
//! statistics, opinions, and the newsroom cited as its own source.

use super::{from_first_phrase_word, label, scan_outside_quotes, Emitter};
use crate::classify::Status;
use crate::grammar::tokens::{is_currency_sign, TokKind, Token};
use crate::lexicon::{Lexicon, Phrases, RuleTable};
use crate::span::Span;
use crate::Analysis;

/// Sentences in the reporter's voice with no attribution, each with its
/// index: unattributed and not inside a quotation.
fn reporter_claims<'a>(analysis: &'a Analysis<'_>) -> impl Iterator<Item = (usize, Span)> + 'a {
    analysis
        .segments
        .sentences
        .iter()
        .zip(&analysis.sentences)
        .enumerate()
        .filter(|(_, (_, info))| info.status == Status::Unattributed && info.kind.is_none())
        .map(|(index, (s, _))| (index, s.span))
}

/// The phrase of `phrases` that starts at `words[i]`, as a span.
fn phrase_at(words: &[Token<'_>], i: usize, phrases: &Phrases<()>) -> Option<Span> {
    phrases
        .longest_at(&words[i..])
        .map(|(n, ())| Span::new(words[i].span.start(), words[i + n - 1].span.end()))
}

/// `unattributed-claim`
pub fn unattributed_claim(analysis: &Analysis<'_>, _: &Lexicon, out: &mut Emitter<'_>) {
    for (_, span) in reporter_claims(analysis) {
        // Three words at least; the count stops at the third.
        if span.slice(analysis.text).split_whitespace().nth(2).is_some() {
            out.emit(span, None, Vec::new());
        }
    }
}

/// Besides the units of time (`grammar::DURATIONS`), words after a number
/// that make it a time, an age or a rank, not a statistic.
const TIME_UNITS: &[&str] = &[
    "a.m",
    "p.m",
    "am",
    "pm",
    "o'clock",
    "year-old",
    "years-old",
    "st",
    "nd",
    "rd",
    "th",
];

/// Whether the token at `i` starts a figure: a percentage, money, a count
/// with a unit, or a change word. Dates, times and ages are not figures.
fn figure_at(words: &[Token<'_>], i: usize, lexicon: &Lexicon) -> Option<usize> {
    // The words from `i` on, read in place: a copy of them for every `i`
    // made a long sentence cost the square of its length.
    let rest = &words[i..];
    if let Some((n, ())) = lexicon.statistic_words.longest_at(rest) {
        return Some(n);
    }
    let tok = &words[i];
    let numeric =
        |t: &Token<'_>| t.is_word() && t.text.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    match tok.kind {
        TokKind::Punct(sign) if is_currency_sign(sign) && words.get(i + 1).is_some_and(numeric) => {
            let unit = lexicon
                .statistic_words
                .longest_at(&rest[2.min(rest.len())..])
                .map_or(0, |(n, ())| n);
            return Some(2 + unit);
        }
        TokKind::Punct('%') if i > 0 && numeric(&words[i - 1]) => return Some(1),
        _ => {}
    }
    if !numeric(tok) {
        return None;
    }
    if let Some((n, ())) = lexicon.statistic_words.longest_at(&rest[1..]) {
        return Some(n + 1); // "40 percent", "4.5 million"
    }
    let next = words.get(i + 1)?;
    let previous = i.checked_sub(1).map(|p| words[p].norm.as_ref());
    let after_month = previous.is_some_and(|p| lexicon.seg_before_numbers.contains(&capitalize(p)));
    let plural_unit = next.is_word()
        && next.norm.ends_with('s')
        && !TIME_UNITS.contains(&next.norm.as_ref())
        && !crate::grammar::DURATIONS.contains(&next.norm.as_ref())
        && next.text.chars().all(char::is_alphabetic);
    (plural_unit && !after_month).then_some(2)
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `unattributed-statistic`
pub fn unattributed_statistic(analysis: &Analysis<'_>, lexicon: &Lexicon, out: &mut Emitter<'_>) {
    for (index, span) in reporter_claims(analysis) {
        let raw = span.slice(analysis.text);
        let has_figure =
            raw.bytes().any(|b| b.is_ascii_digit()) || out.may_occur(index, RuleTable::Statistic);
        if !has_figure {
            continue;
        }
        // A figure looks one word back and, after a currency sign and its
        // number, a unit phrase ahead.
        let reach = (1, 2 + lexicon.statistic_words.max_words());
        let found = scan_outside_quotes(analysis, span, reach, |words, i| {
            figure_at(words, i, lexicon)
                .map(|n| Span::new(words[i].span.start(), words[i + n - 1].span.end()))
        });
        if let Some(figure) = found {
            let detail = format!("“{}” needs a source", figure.slice(analysis.text));
            out.emit(span, Some(detail), vec![label(figure, "figure")]);
        }
    }
}

/// `unattributed-opinion`
pub fn unattributed_opinion(analysis: &Analysis<'_>, lexicon: &Lexicon, out: &mut Emitter<'_>) {
    for (index, span) in reporter_claims(analysis) {
        if !out.may_occur(index, RuleTable::Hedge) && !out.may_occur(index, RuleTable::Evaluative) {
            continue;
        }
        // A hedge anywhere comes before an evaluative word: the search
        // notes the first evaluative word on its way to a hedge.
        let tables = [RuleTable::Hedge, RuleTable::Evaluative];
        let Some(scanned) = from_first_phrase_word(analysis.text, span, lexicon, &tables) else {
            continue;
        };
        let reach = lexicon.hedges.max_words().max(lexicon.evaluative.max_words());
        let mut evaluative = None;
        let hedge = scan_outside_quotes(analysis, scanned, (0, reach), |words, i| {
            if evaluative.is_none() {
                evaluative = phrase_at(words, i, &lexicon.evaluative);
            }
            phrase_at(words, i, &lexicon.hedges)
        });
        let found = hedge.or(evaluative);
        if let Some(word) = found {
            let detail = format!("“{}” is a judgement; whose?", word.slice(analysis.text));
            out.emit(span, Some(detail), vec![label(word, "judgement")]);
        }
    }
}

/// `newsroom-voice-attribution`
pub fn newsroom_voice_attribution(analysis: &Analysis<'_>, lexicon: &Lexicon, out: &mut Emitter<'_>) {
    for (index, span) in reporter_claims(analysis) {
        if !out.may_occur(index, RuleTable::NewsroomVoice) {
            continue;
        }
        let Some(scanned) = from_first_phrase_word(analysis.text, span, lexicon, &[RuleTable::NewsroomVoice])
        else {
            continue;
        };
        let reach = (0, lexicon.newsroom_voice.max_words());
        let first = scan_outside_quotes(analysis, scanned, reach, |words, i| {
            phrase_at(words, i, &lexicon.newsroom_voice)
        });
        if let Some(phrase) = first {
            let detail = format!("“{}” is the newsroom citing itself", phrase.slice(analysis.text));
            out.emit(phrase, Some(detail), Vec::new());
        }
    }
}
