//! Sentence status: exactly one of attributed, inherited, unattributed,
//! heading, credit, no-comment for every sentence, with its kind, source and
//! cue. Owns that decision; must not find cues or resolve sources.

use serde::Serialize;

use crate::grammar::tokens::tokenize;
use crate::grammar::AttributionKind;
use crate::lexicon::{with_normalized, Lexicon};
use crate::segment::quotes::Quote;
use crate::segment::Segments;
use crate::span::{OptIndex32, Span};
use crate::Attribution;

/// What a sentence is, as an editor reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Carries an attribution, or sits inside a quote that does.
    Attributed,
    /// A quote paragraph continuing the speaker of the paragraph before.
    Inherited,
    /// A claim with no attribution.
    Unattributed,
    /// Reports words or thoughts through a cue verb whose source or content
    /// the grammar could not delimit: someone's, but not known whose.
    CueOnly,
    /// A section heading.
    Heading,
    /// Byline or production credit.
    Credit,
    /// A source declined or did not respond.
    NoComment,
    /// The publisher's stock text (configured in `house.boilerplate`).
    Boilerplate,
}

impl Status {
    /// The kebab-case name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Status::Attributed => "attributed",
            Status::Inherited => "inherited",
            Status::Unattributed => "unattributed",
            Status::CueOnly => "cue-only",
            Status::Heading => "heading",
            Status::Credit => "credit",
            Status::NoComment => "no-comment",
            Status::Boilerplate => "boilerplate",
        }
    }
}

/// The reading of one sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceInfo {
    /// Status.
    pub status: Status,
    /// Direct when inside quotation marks, indirect or mixed for a paraphrase.
    pub kind: Option<AttributionKind>,
    /// Index of its source in the registry. The two indexes are 32-bit,
    /// like spans: a long text's analysis holds a reading a sentence.
    source: OptIndex32,
    /// Index of the attribution that gives the status.
    attribution: OptIndex32,
}

impl SentenceInfo {
    fn new(
        status: Status,
        kind: Option<AttributionKind>,
        source: Option<usize>,
        attribution: Option<usize>,
    ) -> Self {
        SentenceInfo {
            status,
            kind,
            source: OptIndex32::new(source),
            attribution: OptIndex32::new(attribution),
        }
    }

    /// Index of its source in the registry.
    pub fn source(&self) -> Option<usize> {
        self.source.get()
    }

    /// Index of the attribution that gives the status.
    pub fn attribution(&self) -> Option<usize> {
        self.attribution.get()
    }
}

/// Whether the sentence is a byline or production credit.
pub fn is_credit(sentence: &str, lexicon: &Lexicon) -> bool {
    // Most sentences are not credits: look at the first and last words before tokenizing.
    let mut words = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = words.next();
    let byline = first.is_some_and(|first| first.eq_ignore_ascii_case("by"));
    let may_open = byline
        || first.is_some_and(|first| with_normalized(first, |first| lexicon.credits.starts_with_word(first)));
    let may_end = words.next_back().is_some_and(|last| {
        with_normalized(last, |last| {
            lexicon
                .credit_endings
                .iter()
                .any(|e| e.last().is_some_and(|w| w == last))
        })
    });
    if !may_open && !may_end {
        return false;
    }
    let tokens = tokenize(sentence, 0);
    let words: Vec<&str> = tokens
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.norm.as_ref())
        .collect();
    if lexicon.credits.longest_at(&words).is_some() {
        return true;
    }
    // "By Dana Whitfield", "By Ana Ruiz and Tom Lee": a byline is "By" and
    // names alone; "By Tuesday, the port had closed" goes on.
    const MAX_BYLINE_WORDS: usize = 8;
    let names = tokens
        .iter()
        .filter(|t| t.is_word())
        .skip(1)
        .all(|t| t.is_capitalized() || t.norm == "and");
    if byline && names && (2..=MAX_BYLINE_WORDS).contains(&words.len()) && words.last() != Some(&"and") {
        return true;
    }
    lexicon.credit_endings.iter().any(|ending| {
        words.len() >= ending.len()
            && words[words.len() - ending.len()..]
                .iter()
                .zip(ending)
                .all(|(a, b)| a == b)
    })
}

/// Whether a paragraph opens with one of the house's stock boilerplate texts.
pub fn is_boilerplate(paragraph: &str, lexicon: &Lexicon) -> bool {
    if lexicon.boilerplate.is_empty() {
        return false;
    }
    let folded = crate::lexicon::fold_text(paragraph);
    lexicon
        .boilerplate
        .iter()
        .any(|b| !b.is_empty() && folded.starts_with(b.as_str()))
}

/// The cue of sentence `sentence` in `unclaimed_cues` (sentence, cue) pairs
/// in sentence order, if it has one.
pub fn unclaimed_cue(unclaimed_cues: &[(usize, Span)], sentence: usize) -> Option<Span> {
    let at = unclaimed_cues.binary_search_by_key(&sentence, |&(s, _)| s).ok()?;
    Some(unclaimed_cues[at].1)
}

/// Classifies every sentence. `speakers[q]` is the attribution of quote `q`;
/// `unclaimed_cues` lists the sentences, in order, with a cue verb the
/// grammar found no attribution around.
pub fn classify(
    text: &str,
    segments: &Segments,
    attributions: &[Attribution],
    speakers: &[Option<usize>],
    unclaimed_cues: &[(usize, Span)],
    lexicon: &Lexicon,
) -> Vec<SentenceInfo> {
    let mut own: Vec<Option<usize>> = vec![None; segments.sentences.len()];
    for (i, a) in attributions.iter().enumerate() {
        if a.derived {
            continue;
        }
        let slot = &mut own[a.sentence()];
        // A claim with its source beats one that names none (a question put
        // by no one named, "it is believed"), which beats a non-response.
        let rank = |a: &Attribution| match (a.kind, a.source()) {
            (AttributionKind::NoComment, _) => 0,
            (_, None) => 1,
            (_, Some(_)) => 2,
        };
        let better = slot.is_none_or(|j| rank(a) > rank(&attributions[j]));
        if better {
            *slot = Some(i);
        }
    }
    // Sentences inside the content of an attribution made elsewhere (a
    // transcript paragraph after its speaker label) are attributed by it.
    for (i, a) in attributions.iter().enumerate() {
        if a.derived || a.kind == AttributionKind::NoComment {
            continue;
        }
        let first = segments
            .sentences
            .partition_point(|s| s.span.start() < a.content.start());
        for (sentence, slot) in segments.sentences[first..].iter().zip(&mut own[first..]) {
            // A content ends before the last sentence's closing punctuation.
            let words = sentence
                .span
                .slice(text)
                .trim_end_matches(|c: char| c.is_ascii_punctuation() || "”’»".contains(c));
            if !a.content.contains(Span::new(
                sentence.span.start(),
                sentence.span.start() + words.len(),
            )) {
                break;
            }
            slot.get_or_insert(i);
        }
    }
    // A sentence with no attribution is the writer's claim, unless a cue
    // verb says it reports someone's words ("Most of them said they …").
    let unattributed = |i: usize| {
        if unclaimed_cue(unclaimed_cues, i).is_some() {
            Status::CueOnly
        } else {
            Status::Unattributed
        }
    };
    segments
        .sentences
        .iter()
        .enumerate()
        .map(|(i, sentence)| {
            let plain = |status| SentenceInfo::new(status, None, None, None);
            let paragraph = &segments.paragraphs[sentence.paragraph()];
            if is_boilerplate(paragraph.span.slice(text), lexicon) {
                return plain(Status::Boilerplate);
            }
            // A byline on a line of its own looks like a heading; it is a credit.
            if is_credit(sentence.span.slice(text), lexicon) {
                return plain(Status::Credit);
            }
            if paragraph.heading {
                return plain(Status::Heading);
            }
            if let Some(a) = own[i] {
                let attribution = &attributions[a];
                let status = if attribution.kind == AttributionKind::NoComment {
                    Status::NoComment
                } else {
                    Status::Attributed
                };
                let kind = (status == Status::Attributed).then_some(attribution.kind);
                return SentenceInfo::new(status, kind, attribution.source(), Some(a));
            }
            // The quotation the sentence opens in, or opens with after a
            // word or two ("Now, “…”", "And “…”"), or ends with after an
            // introductory phrase ("Unless the board acts, “the pier will
            // close.”"): the writer's lead-in then frames the speaker's
            // words, where a quoted phrase inside the writer's own clause
            // ("The plan he called “a trap” passed.") does not.
            const MAX_LEAD_WORDS: usize = 3;
            let at = sentence.span.start();
            let q = segments.quotes.partition_point(|q| q.span.end() <= at);
            // Some(led in by an introductory phrase?) when the sentence is
            // the quotation's at `q`; None when it is the writer's.
            let led_in = segments.quotes.get(q).and_then(|quote| {
                if quote.span.start() <= at {
                    return Some(false);
                }
                if quote.span.start() >= sentence.span.end() {
                    return None;
                }
                let lead = Span::new(at, quote.span.start()).slice(text);
                if lead.split_whitespace().nth(MAX_LEAD_WORDS).is_none() {
                    return Some(false);
                }
                (lead.trim_end().ends_with(',') && ends_sentence(text, quote, sentence.span)).then_some(true)
            });
            match led_in {
                Some(led_in) => match speakers.get(q).copied().flatten() {
                    Some(a) => {
                        let attribution = &attributions[a];
                        let status = if attribution.inherited {
                            Status::Inherited
                        } else {
                            Status::Attributed
                        };
                        let kind = if led_in {
                            AttributionKind::Mixed
                        } else {
                            AttributionKind::Direct
                        };
                        SentenceInfo::new(status, Some(kind), attribution.source(), Some(a))
                    }
                    None => SentenceInfo::new(unattributed(i), Some(AttributionKind::Direct), None, None),
                },
                None => plain(unattributed(i)),
            }
        })
        .collect()
}

/// Whether `quote` runs to the end of `sentence`, or on past it: nothing
/// but closing punctuation follows its closing mark.
fn ends_sentence(text: &str, quote: &Quote, sentence: Span) -> bool {
    quote.span.end() >= sentence.end()
        || Span::new(quote.span.end(), sentence.end())
            .slice(text)
            .chars()
            .all(|c| c.is_whitespace() || c.is_ascii_punctuation() || "”’»".contains(c))
}

#[cfg(test)]
mod tests {
    use super::Status;
    use crate::{analyze, RuleSet};

    fn statuses(input: &str) -> Vec<Status> {
        let rules = RuleSet::embedded();
        analyze(input, &rules)
            .sentences
            .iter()
            .map(|s| s.status)
            .collect()
    }

    #[test]
    fn sentences_inside_a_quotation_take_its_speaker() {
        // A partial quote that runs on past the reported clause's sentence.
        assert_eq!(
            statuses("Lee said the tone “was set early. It stayed that way.” The debate ended."),
            [Status::Attributed, Status::Attributed, Status::Unattributed]
        );
        // A sentence that opens with a word or two before the quotation.
        assert_eq!(
            statuses("“We were wary,” said Lee. Now, “most of us back it.” Rain fell."),
            [Status::Attributed, Status::Attributed, Status::Unattributed]
        );
        // More than a few words before it, the sentence is the writer's.
        assert_eq!(
            statuses("“We were wary,” said Lee. The plan he once called “a trap” passed."),
            [Status::Attributed, Status::Unattributed]
        );
        // Unless an introductory phrase leads into it and it ends the sentence.
        assert_eq!(
            statuses("“We were wary,” said Lee. Unless the board acts, “the pier will close.” Rain fell."),
            [Status::Attributed, Status::Attributed, Status::Unattributed]
        );
        assert_eq!(
            statuses("“We were wary,” said Lee. By the end of May, “a trap” was the word at the pier."),
            [Status::Attributed, Status::Unattributed]
        );
    }

    #[test]
    fn a_cue_with_no_attribution_is_not_the_writers_claim() {
        assert_eq!(
            statuses(
                "Until the closure, the night shift said they had loved the work. The plant shut in May."
            ),
            [Status::CueOnly, Status::Unattributed]
        );
        // A noun form of a cue verb reports nothing.
        assert_eq!(
            statuses("Other challenges remain for the port."),
            [Status::Unattributed]
        );
    }
}
