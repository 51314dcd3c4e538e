//! Rules: each editorial check is a YAML definition (id, severity, message,
//! examples) in `rules/rules/` plus the smallest function that decides it here.
//! Owns diagnostics; must not change the analysis or render anything.

mod claims;
mod quotes;
mod sources;
mod verbs;

use std::cell::Cell;
use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::error::LoadError;
use crate::grammar::tokens::{for_each_token, Token};
use crate::lexicon::{Lexicon, Phrases, RuleTable};
use crate::segment::quotes::QuoteCursor;
use crate::span::Span;
use crate::Analysis;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look.
    Info,
    /// Should be fixed.
    Warning,
    /// Must be fixed.
    Error,
}

impl Severity {
    /// The lowercase name.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A rule example as written in YAML.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleExample {
    /// The text to check.
    pub text: String,
    /// Whether the rule must flag it.
    pub flags: bool,
}

/// A rule file as written in YAML.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    id: String,
    severity: Severity,
    description: String,
    why: String,
    message: String,
    #[serde(default)]
    severities: BTreeMap<String, Severity>,
    #[serde(default)]
    superseded_by: Vec<String>,
    #[serde(default)]
    examples: Vec<RuleExample>,
}

/// A rule definition.
#[derive(Debug, Clone)]
pub struct RuleDef {
    /// Stable kebab-case id, shared by every diagnostic of the rule.
    pub id: Arc<str>,
    /// Default severity.
    pub severity: Severity,
    /// One line: what it flags.
    pub description: String,
    /// The newsroom policy behind it.
    pub why: String,
    /// The message of its diagnostics, shared by those with no detail.
    pub message: Arc<str>,
    /// Severities for kinds of finding that differ from the default (by cue class, for example).
    pub severities: BTreeMap<String, Severity>,
    /// Rules whose finding inside this rule's span makes this rule's finding redundant.
    pub superseded_by: Vec<String>,
    /// Texts it must flag or pass.
    pub examples: Vec<RuleExample>,
    /// The file it came from.
    pub path: String,
}

type RuleFn = fn(&Analysis<'_>, &Lexicon, &mut Emitter<'_>);

/// Reported by the suppression stage (`crate::suppress`), not by a rule function.
fn reported_by_suppression(_: &Analysis<'_>, _: &Lexicon, _: &mut Emitter<'_>) {}

/// Every rule with a function, by id.
const RULES: &[(&str, RuleFn)] = &[
    ("unattributed-claim", claims::unattributed_claim),
    ("unattributed-statistic", claims::unattributed_statistic),
    ("unattributed-opinion", claims::unattributed_opinion),
    ("newsroom-voice-attribution", claims::newsroom_voice_attribution),
    ("unattributed-quote", quotes::unattributed_quote),
    ("unclosed-quote", quotes::unclosed_quote),
    ("inherited-attribution", quotes::inherited_attribution),
    ("mixed-speakers-in-quote-paragraph", quotes::mixed_speakers),
    ("late-quote-attribution", quotes::late_quote_attribution),
    ("vague-attribution", sources::vague_attribution),
    (
        "undescribed-anonymous-source",
        sources::undescribed_anonymous_source,
    ),
    ("anonymity-reason-missing", sources::anonymity_reason_missing),
    (
        "unresolved-source-reference",
        sources::unresolved_source_reference,
    ),
    ("source-number-mismatch", sources::source_number_mismatch),
    ("single-source-story", sources::single_source_story),
    ("anonymous-only-story", sources::anonymous_only_story),
    ("no-response-sought", sources::no_response_sought),
    ("loaded-attribution-verb", verbs::loaded_attribution_verb),
    ("non-speech-attribution-verb", verbs::non_speech_attribution_verb),
    ("cognition-attribution-verb", verbs::cognition_attribution_verb),
    ("refused-to-comment", verbs::refused_to_comment),
    ("unused-suppression", reported_by_suppression),
    ("suppression-without-reason", reported_by_suppression),
];

/// Whether `id` names a rule that has a function.
pub fn is_implemented(id: &str) -> bool {
    RULES.iter().any(|(known, _)| *known == id)
}

/// Ids of every rule with a function.
pub fn implemented() -> impl Iterator<Item = &'static str> {
    RULES.iter().map(|(id, _)| *id)
}

impl RuleDef {
    /// Checks a parsed rule file: a known id and at least one example each way.
    pub fn from_raw(raw: RawRule, path: &str) -> Result<RuleDef, LoadError> {
        if !is_implemented(&raw.id) {
            let known: Vec<&str> = implemented().collect();
            return Err(LoadError::file(
                path,
                format!("unknown rule id `{}` (known: {})", raw.id, known.join(", ")),
            ));
        }
        if let Some(unknown) = raw.superseded_by.iter().find(|id| !is_implemented(id)) {
            return Err(LoadError::file(
                path,
                format!("superseded_by names unknown rule `{unknown}`"),
            ));
        }
        if !raw.examples.iter().any(|e| e.flags) || !raw.examples.iter().any(|e| !e.flags) {
            return Err(LoadError::file(
                path,
                "a rule needs at least one example that flags and one that passes",
            ));
        }
        Ok(RuleDef {
            id: raw.id.into(),
            severity: raw.severity,
            description: raw.description,
            why: raw.why,
            message: raw.message.into(),
            severities: raw.severities,
            superseded_by: raw.superseded_by,
            examples: raw.examples,
            path: path.to_string(),
        })
    }
}

/// A secondary place a diagnostic points at (the cue, the source).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What it is: a short fixed phrase of the rule's.
    pub text: &'static str,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// Where (first for sorting).
    pub span: Span,
    /// Rule id.
    pub rule: Arc<str>,
    /// Severity.
    pub severity: Severity,
    /// Message.
    pub message: Arc<str>,
    /// Secondary labels and the suppression reason; `None` when there are
    /// neither, as for most findings. Together behind one pointer they cost a
    /// finding 8 bytes instead of 32: a long text has a finding every few
    /// sentences, and they all live at once while the rules run.
    notes: Option<Box<Notes>>,
}

/// What few findings have (see [`Diagnostic::labels`]). Never both empty:
/// a finding with neither has no notes, so equal findings compare equal.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Notes {
    labels: Box<[Label]>,
    suppressed: Option<Box<str>>,
}

impl Diagnostic {
    /// A finding that is not suppressed.
    pub fn new(
        span: Span,
        rule: Arc<str>,
        severity: Severity,
        message: Arc<str>,
        labels: Vec<Label>,
    ) -> Self {
        let notes = (!labels.is_empty()).then(|| {
            Box::new(Notes {
                labels: labels.into_boxed_slice(),
                suppressed: None,
            })
        });
        Diagnostic {
            span,
            rule,
            severity,
            message,
            notes,
        }
    }

    /// Secondary places: the cue, the source, where a quote should close.
    pub fn labels(&self) -> &[Label] {
        self.notes.as_ref().map_or(&[], |n| &n.labels)
    }

    /// Why it is suppressed, when a suppression comment or the baseline covers it.
    pub fn suppressed(&self) -> Option<&str> {
        self.notes.as_ref().and_then(|n| n.suppressed.as_deref())
    }

    /// Marks it suppressed for `reason`. Only the last field changes, so a
    /// sorted list stays sorted.
    pub fn suppress(&mut self, reason: &str) {
        let notes = self.notes.get_or_insert_with(|| {
            Box::new(Notes {
                labels: Box::default(),
                suppressed: None,
            })
        });
        notes.suppressed = Some(reason.into());
    }

    /// Takes the labels and the reason, leaving neither.
    pub(crate) fn take_notes(&mut self) -> (Box<[Label]>, Option<Box<str>>) {
        self.notes
            .take()
            .map_or_else(Default::default, |n| (n.labels, n.suppressed))
    }
}

/// Collects the diagnostics of one rule.
pub struct Emitter<'d> {
    def: &'d RuleDef,
    out: &'d mut Vec<Diagnostic>,
    tables: &'d SentenceTables<'d>,
}

/// Which of the rules' phrase tables ([`RuleTable`]) may occur in each
/// sentence. A sentence is read the first time a rule asks about it, in one
/// walk for every table ([`Lexicon::rule_table_starts`]): four rules
/// prefilter the same sentences, and each read them on its own before.
struct SentenceTables<'a> {
    analysis: &'a Analysis<'a>,
    lexicon: &'a Lexicon,
    /// One bit a table for each sentence; [`SentenceTables::UNREAD`] until
    /// the sentence is read.
    bits: Vec<Cell<u8>>,
}

impl<'a> SentenceTables<'a> {
    /// No sentence has every table's bit set together with the unused ones.
    const UNREAD: u8 = u8::MAX;

    fn new(analysis: &'a Analysis<'a>, lexicon: &'a Lexicon) -> Self {
        let bits = vec![Cell::new(Self::UNREAD); analysis.segments.sentences.len()];
        SentenceTables {
            analysis,
            lexicon,
            bits,
        }
    }

    /// Whether a phrase of `table` may be in sentence `index`: false means
    /// none can be.
    fn may_occur(&self, index: usize, table: RuleTable) -> bool {
        let Some(cell) = self.bits.get(index) else {
            return true;
        };
        if cell.get() == Self::UNREAD {
            let text = self.analysis.segments.sentences[index]
                .span
                .slice(self.analysis.text);
            // Five tables fit in the low bits, below UNREAD.
            cell.set(self.lexicon.rule_table_starts.tables_in(text) as u8);
        }
        u32::from(cell.get()) & table.bit() != 0
    }
}

impl Emitter<'_> {
    /// Whether a phrase of `table` may be in sentence `index`.
    fn may_occur(&self, index: usize, table: RuleTable) -> bool {
        self.tables.may_occur(index, table)
    }

    /// A finding at the rule's default severity; `detail` follows the message.
    pub fn emit(&mut self, span: Span, detail: Option<String>, labels: Vec<Label>) {
        self.emit_as(None, span, detail, labels);
    }

    /// A finding whose severity depends on `kind` (the rule's `severities` map).
    pub fn emit_as(&mut self, kind: Option<&str>, span: Span, detail: Option<String>, labels: Vec<Label>) {
        let severity = kind
            .and_then(|k| self.def.severities.get(k))
            .copied()
            .unwrap_or(self.def.severity);
        // A finding without detail shares its rule's message and id
        // rather than holding copies: a long text has thousands of them.
        let message = match detail {
            Some(d) => format!("{}: {d}", self.def.message).into(),
            None => Arc::clone(&self.def.message),
        };
        let rule = Arc::clone(&self.def.id);
        self.out
            .push(Diagnostic::new(span, rule, severity, message, labels));
    }
}

/// Runs every rule of the set on the analysis; diagnostics come out sorted by
/// position, then rule.
pub fn check(analysis: &Analysis<'_>, rules: &crate::RuleSet) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let tables = SentenceTables::new(analysis, &rules.lexicon);
    for def in rules.rules.values() {
        if let Some((_, run)) = RULES.iter().find(|(id, _)| *id == &*def.id) {
            let mut emitter = Emitter {
                def,
                out: &mut out,
                tables: &tables,
            };
            run(analysis, &rules.lexicon, &mut emitter);
        }
    }
    // A rule yields where a rule it is superseded by flags inside its span
    // (a sentence flagged as an unattributed statistic needs no generic flag).
    for def in rules.rules.values().filter(|d| !d.superseded_by.is_empty()) {
        let mut specific: Vec<Span> = out
            .iter()
            .filter(|d| def.superseded_by.iter().any(|id| **id == *d.rule))
            .map(|d| d.span)
            .collect();
        specific.sort();
        out.retain(|d| {
            let first = specific.partition_point(|s| s.start() < d.span.start());
            let inside = specific[first..]
                .iter()
                .take_while(|s| s.start() < d.span.end())
                .any(|s| d.span.contains(*s));
            d.rule != def.id || !inside
        });
    }
    // Unstable is enough (equal diagnostics are identical) and needs no
    // buffer: a long text has tens of thousands of diagnostics.
    out.sort_unstable();
    out.dedup();
    out
}

/// A label.
fn label(span: Span, text: &'static str) -> Label {
    Label { span, text }
}

/// Reads the tokens of `span` that `keep` accepts, in order, through a
/// window, and returns the first `Some` that `at(window, i)` gives: the
/// token under test is `window[i]`, with up to `behind` kept tokens before
/// it and up to `ahead` after (fewer at the ends). The window is all a
/// search holds, so a "sentence" as long as a whole text costs no list of
/// its tokens.
fn scan_window<'a, R>(
    text: &'a str,
    span: Span,
    mut keep: impl FnMut(&Token<'a>) -> bool,
    (behind, ahead): (usize, usize),
    mut at: impl FnMut(&[Token<'a>], usize) -> Option<R>,
) -> Option<R> {
    // The window is `tokens[from..]`; the tokens before `from` are no longer
    // needed and are dropped in batches, so each token is moved at most a
    // few times however long the span.
    let width = behind + ahead + 1;
    let mut tokens: Vec<Token<'a>> = Vec::with_capacity(4 * width);
    let mut from = 0;
    // The index in `tokens` of the next token to test.
    let mut next = 0;
    let mut found = None;
    // Tests the token at `next`, then moves on by one.
    let mut test = |tokens: &mut Vec<Token<'a>>, from: &mut usize, next: &mut usize| {
        let found = at(&tokens[*from..], *next - *from);
        *next += 1;
        if *next - *from > behind {
            *from += 1;
        }
        if *from >= 3 * width {
            tokens.drain(..*from);
            *next -= *from;
            *from = 0;
        }
        found
    };
    for_each_token(span.slice(text), span.start(), |token| {
        if found.is_some() || !keep(&token) {
            return;
        }
        tokens.push(token);
        if tokens.len() > next + ahead {
            found = test(&mut tokens, &mut from, &mut next);
        }
    });
    // The last tokens, with fewer than `ahead` after them.
    while found.is_none() && next < tokens.len() {
        found = test(&mut tokens, &mut from, &mut next);
    }
    found
}

/// The first word of the first phrase of `phrases` among the words of
/// `span`, punctuation skipped.
fn phrase_start_in(text: &str, span: Span, phrases: &Phrases<()>) -> Option<Span> {
    if phrases.max_words() == 0 {
        return None;
    }
    scan_window(
        text,
        span,
        Token::is_word,
        (0, phrases.max_words()),
        |words, i| phrases.longest_at(&words[i..]).map(|_| words[i].span),
    )
}

/// [`scan_window`] over the tokens of `span` outside quotation marks: the
/// reporter's own words, punctuation included.
fn scan_outside_quotes<'a, R>(
    analysis: &Analysis<'a>,
    span: Span,
    reach: (usize, usize),
    at: impl FnMut(&[Token<'a>], usize) -> Option<R>,
) -> Option<R> {
    let mut cursor = QuoteCursor::new(&analysis.segments.quotes, span.start());
    let outside = |token: &Token<'a>| {
        !cursor
            .reaching(token.span)
            .is_some_and(|(_, quote)| quote.span.contains(token.span))
    };
    scan_window(analysis.text, span, outside, reach, at)
}

/// The part of `span` that a scan for phrases of `tables` needs to read:
/// from the first word that may begin one of their phrases, as the
/// prefilter reads words ([`FirstWords::first_in`]), backed up to the white
/// space before it. Tokens start afresh after white space, so the tokens
/// read from there are the sentence's own. The words before it are never
/// tokenized: a sentence passes the newsroom prefilter on words as common
/// as "has" and "it", often late in it. `None` when no such word is there.
///
/// [`FirstWords::first_in`]: crate::lexicon::FirstWords::first_in
fn from_first_phrase_word(text: &str, span: Span, lexicon: &Lexicon, tables: &[RuleTable]) -> Option<Span> {
    let mask = tables.iter().fold(0, |mask, table| mask | table.bit());
    let words = span.slice(text);
    let first = lexicon.rule_table_starts.first_in(words, mask)?;
    let chunk = words[..first]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(at, c)| at + c.len_utf8());
    Some(Span::new(span.start() + chunk, span.end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Labels and the suppression reason read back as given, and a
    /// suppressed finding orders right after the same finding unsuppressed,
    /// so suppressing keeps a sorted list sorted.
    #[test]
    fn diagnostic_notes_read_back_and_keep_the_order() {
        let finding = |labels: Vec<Label>| {
            Diagnostic::new(
                Span::new(4, 9),
                "a-rule".into(),
                Severity::Warning,
                "msg".into(),
                labels,
            )
        };
        let plain = finding(Vec::new());
        assert_eq!(plain.labels(), &[]);
        assert_eq!(plain.suppressed(), None);
        let labelled = finding(vec![label(Span::new(0, 3), "cue")]);
        assert_eq!(labelled.labels(), &[label(Span::new(0, 3), "cue")]);
        let mut suppressed = plain.clone();
        suppressed.suppress("reviewed");
        assert_eq!(suppressed.suppressed(), Some("reviewed"));
        assert_eq!(suppressed.labels(), &[]);
        let mut list = vec![labelled.clone(), suppressed.clone(), plain.clone()];
        list.sort();
        assert_eq!(list, [plain.clone(), suppressed, labelled.clone()]);
        let mut both = labelled.clone();
        both.suppress("reviewed");
        assert!(labelled < both);
        assert_eq!(both.clone().take_notes().0.len(), 1);
        assert_eq!(finding(Vec::new()), plain, "no notes compare equal");
    }

    /// A scan starts at the white space before the first word that may
    /// begin a phrase of the tables asked about, and only there.
    #[test]
    fn a_scan_starts_where_a_phrase_may_begin() {
        let rules = crate::RuleSet::embedded();
        let check = |text: &str, tables: &[RuleTable], expect: Option<&str>| {
            // The sentence sits after other text, as in a document.
            let document = format!("Before. {text}");
            let span = Span::new(8, document.len());
            let scanned = from_first_phrase_word(&document, span, &rules.lexicon, tables);
            assert_eq!(scanned.map(|s| s.slice(&document)), expect, "{text}");
        };
        let newsroom = &[RuleTable::NewsroomVoice];
        check(
            "The Courier has learned that it closed.",
            newsroom,
            Some("has learned that it closed."),
        );
        check(
            "The Courier (has learned) more.",
            newsroom,
            Some("(has learned) more."),
        );
        check("Has the port closed?", newsroom, Some("Has the port closed?"));
        check("The port\u{a0}has closed.", newsroom, Some("has closed."));
        check("The port closed.", newsroom, None);
        // Either table's first word opens the scan.
        let opinion = &[RuleTable::Hedge, RuleTable::Evaluative];
        check(
            "The plan seemed reckless and clearly failed.",
            opinion,
            Some("reckless and clearly failed."),
        );
        check(
            "The plan clearly failed; it seemed reckless.",
            opinion,
            Some("clearly failed; it seemed reckless."),
        );
        check(
            "The “so-called” reform failed.",
            opinion,
            Some("“so-called” reform failed."),
        );
        check("The plan seemed reckless.", newsroom, None);
    }

    /// Every kept token is tested once, in order, with the kept tokens
    /// around it that the reach asks for, fewer at the ends.
    #[test]
    fn scan_window_tests_every_kept_token_with_its_neighbours() {
        let check = |text: &str, reach: (usize, usize), expect: &[&str]| {
            let mut seen = Vec::new();
            let found: Option<()> =
                scan_window(text, Span::new(0, text.len()), Token::is_word, reach, |w, i| {
                    let shown: Vec<String> = w
                        .iter()
                        .enumerate()
                        .map(|(k, t)| {
                            if k == i {
                                format!("[{}]", t.text)
                            } else {
                                t.text.to_string()
                            }
                        })
                        .collect();
                    seen.push(shown.join(" "));
                    None
                });
            assert_eq!(found, None);
            assert_eq!(seen, expect, "{text} {reach:?}");
        };
        check("a b, c d", (1, 1), &["[a] b", "a [b] c", "b [c] d", "c [d]"]);
        check("a b c", (0, 0), &["[a]", "[b]", "[c]"]);
        check("a b c d", (0, 2), &["[a] b c", "[b] c d", "[c] d", "[d]"]);
        check("a b c", (2, 5), &["[a] b c", "a [b] c", "a b [c]"]);
        check(", ;", (1, 1), &[]);
        // Long enough for the window to drop its earlier tokens many times.
        let words: Vec<String> = (0..50).map(|i| format!("w{i}")).collect();
        let expect: Vec<String> = (0..50)
            .map(|i: usize| {
                let mut shown = words[i.saturating_sub(2)..i].to_vec();
                shown.push(format!("[{}]", words[i]));
                shown.extend(words[i + 1..(i + 2).min(50)].iter().cloned());
                shown.join(" ")
            })
            .collect();
        let expect: Vec<&str> = expect.iter().map(String::as_str).collect();
        check(&words.join(" "), (2, 1), &expect);
    }

    /// The reporter's words are the tokens outside quotation marks, marks
    /// and punctuation inside them included.
    #[test]
    fn scan_outside_quotes_skips_quoted_tokens() {
        let text = "The plan “is clearly dead,” she said, and “so” it is.";
        let analysis = crate::analyze(text, &crate::RuleSet::embedded());
        let mut kept = Vec::new();
        let found: Option<()> = scan_outside_quotes(&analysis, Span::new(0, text.len()), (0, 0), |w, i| {
            kept.push(w[i].text);
            None
        });
        assert_eq!(found, None);
        assert_eq!(kept, ["The", "plan", "she", "said", ",", "and", "it", "is", "."]);
    }

    /// The search sees every start, the last words' too, and reads words
    /// only: punctuation between them does not part a phrase.
    #[test]
    fn phrase_start_in_reads_the_words_through_a_window() {
        let mut phrases = Phrases::default();
        for phrase in ["on condition of anonymity", "asked not to be named", "fear"] {
            phrases.insert(phrase, ());
        }
        let check = |text: &str, expect: Option<&str>| {
            let found = phrase_start_in(text, Span::new(0, text.len()), &phrases);
            assert_eq!(found.map(|s| s.slice(text)), expect, "{text}");
        };
        check("The clerk talked on condition of anonymity.", Some("on"));
        check("She asked not to be named, citing fear.", Some("asked"));
        check("They talked on condition, of anonymity.", Some("on"));
        check("out of fear", Some("fear"));
        check("on condition of", None);
        check("", None);
        assert_eq!(
            phrase_start_in("fear", Span::new(0, 4), &Phrases::default()),
            None
        );
    }
}
