//! Rules about sources: vague and undescribed sources, missing anonymity
//! reasons, references to no source, number mismatches, and the sourcing of
//! the story as a whole.

use std::collections::BTreeSet;

use super::{label, phrase_start_in, Emitter};
use crate::classify::Status;
use crate::grammar::is_calendar_word;
use crate::grammar::tokens::for_each_token;
use crate::grammar::{AttributionKind, PhraseKind};
use crate::lexicon::{CueClass, Lexicon, RuleTable};
use crate::link::{Source, SourceKind};
use crate::span::Span;
use crate::{Analysis, Attribution};

fn intro_text<'a>(analysis: &Analysis<'a>, source: &Source) -> &'a str {
    source.intro.slice(analysis.text)
}

/// Which sources carry claims, by registry index: cited by an attribution
/// that is not a non-response. A flag per source, not a set of indexes, so a
/// long text's tens of thousands of sources cost a byte each.
fn claim_sources(analysis: &Analysis<'_>) -> Vec<bool> {
    sources_cited_where(analysis, |_| true)
}

/// Which sources carry claims in the body of the story: cited, as
/// [`claim_sources`] counts, by a sentence that is no heading. A headline
/// has no room to say who a source is or why it is not named ("Fishermen
/// say …"); the body does, so the rules that ask for a description or a
/// reason look at sources cited there.
fn body_sources(analysis: &Analysis<'_>) -> Vec<bool> {
    sources_cited_where(analysis, |a| {
        analysis
            .sentences
            .get(a.sentence())
            .is_some_and(|s| s.status != Status::Heading)
    })
}

/// A flag per source: cited by an attribution that `keep` keeps and that
/// is not a non-response.
fn sources_cited_where(analysis: &Analysis<'_>, keep: impl Fn(&Attribution) -> bool) -> Vec<bool> {
    let mut cited = vec![false; analysis.sources.len()];
    for a in analysis
        .attributions
        .iter()
        .filter(|a| a.kind != AttributionKind::NoComment && keep(a))
    {
        if let Some(flag) = a.source().and_then(|s| cited.get_mut(s)) {
            *flag = true;
        }
    }
    cited
}

/// The registry indexes that `cited` flags, in order.
fn flagged(cited: &[bool]) -> impl Iterator<Item = usize> + '_ {
    cited
        .iter()
        .enumerate()
        .filter_map(|(index, &flag)| flag.then_some(index))
}

/// `vague-attribution`
pub fn vague_attribution(analysis: &Analysis<'_>, _: &Lexicon, out: &mut Emitter<'_>) {
    // A phrase that two cues share ("few of them wanted to talk about …",
    // "critics said …, adding …") is one vague source, flagged once.
    let mut flagged = BTreeSet::new();
    for a in analysis.attributions.iter().filter(|a| !a.derived) {
        let Some(cue) = &a.cue else { continue };
        if cue.class == CueClass::Agentless {
            out.emit(
                cue.span,
                Some(format!("“{}” names no one", cue.span.slice(analysis.text))),
                Vec::new(),
            );
        } else if let (Some(source), Some(mention)) = (a.source(), &a.mention) {
            if analysis.sources[source].kind == SourceKind::Vague
                && mention.kind == PhraseKind::Vague
                && flagged.insert((mention.span.start(), mention.span.end()))
            {
                let words = mention.span.slice(analysis.text);
                out.emit(
                    mention.span,
                    Some(format!("“{words}” could be anyone")),
                    vec![label(cue.span, "cue")],
                );
            }
        }
    }
}

/// `undescribed-anonymous-source`
pub fn undescribed_anonymous_source(analysis: &Analysis<'_>, _: &Lexicon, out: &mut Emitter<'_>) {
    let cited = body_sources(analysis);
    for (index, source) in analysis.sources.iter().enumerate() {
        let anonymous = matches!(source.kind, SourceKind::Anonymous | SourceKind::AnonymousGroup);
        let introduced = matches!(
            source.phrase.kind,
            PhraseKind::Anonymous | PhraseKind::AnonymousGroup | PhraseKind::Another
        );
        if anonymous && introduced && !source.phrase.described && cited[index] {
            let detail = format!(
                "“{}” says nothing of who they are or how they know",
                intro_text(analysis, source)
            );
            out.emit(source.intro, Some(detail), Vec::new());
        }
    }
}

/// `anonymity-reason-missing`
pub fn anonymity_reason_missing(analysis: &Analysis<'_>, lexicon: &Lexicon, out: &mut Emitter<'_>) {
    let paragraphs = &analysis.segments.paragraphs;
    let cited = body_sources(analysis);
    // Whether each paragraph gives a reason, worked out once: many sources
    // are introduced in the same paragraphs.
    let mut gives_reason: Vec<Option<bool>> = vec![None; paragraphs.len()];
    let mut reason_in = |p: usize| {
        *gives_reason[p].get_or_insert_with(|| {
            phrase_start_in(analysis.text, paragraphs[p].span, &lexicon.anonymity_reasons).is_some()
        })
    };
    for (index, source) in analysis.sources.iter().enumerate() {
        let introduced_anonymous = matches!(source.phrase.kind, PhraseKind::Anonymous | PhraseKind::Another);
        if source.kind != SourceKind::Anonymous || !introduced_anonymous || !cited[index] {
            continue;
        }
        let Some(p) = analysis.segments.paragraph_at(source.intro.start()) else {
            continue;
        };
        // The reason may come in the next paragraph.
        let reason_given = reason_in(p) || (p + 1 < paragraphs.len() && reason_in(p + 1));
        if !reason_given {
            let detail = format!("say why “{}” is not named", intro_text(analysis, source));
            out.emit(source.intro, Some(detail), Vec::new());
        }
    }
}

/// `unresolved-source-reference`
pub fn unresolved_source_reference(analysis: &Analysis<'_>, _: &Lexicon, out: &mut Emitter<'_>) {
    for source in analysis.sources.iter().filter(|s| s.unresolved) {
        let detail = format!(
            "“{}” refers to no source introduced before it",
            intro_text(analysis, source)
        );
        out.emit(source.intro, Some(detail), Vec::new());
    }
}

/// `source-number-mismatch`
pub fn source_number_mismatch(analysis: &Analysis<'_>, _: &Lexicon, out: &mut Emitter<'_>) {
    let sources = &analysis.sources;
    for source in sources {
        for &mention in &source.number_mismatches {
            let detail = format!(
                "“{}” is singular, but “{}” was introduced as more than one",
                mention.slice(analysis.text),
                intro_text(analysis, source)
            );
            out.emit(
                mention,
                Some(detail),
                vec![label(source.intro, "introduced here")],
            );
        }
    }
    // "Sources said" when the story only ever has one anonymous source.
    let individuals = sources.iter().filter(|s| s.kind == SourceKind::Anonymous).count();
    let groups = sources
        .iter()
        .filter(|s| s.kind == SourceKind::AnonymousGroup)
        .count();
    if individuals == 1 && groups == 0 {
        for source in sources
            .iter()
            .filter(|s| s.kind == SourceKind::Vague && &*s.phrase.head == "source")
        {
            let detail = format!(
                "“{}” is plural, but the story introduces only one anonymous source",
                intro_text(analysis, source)
            );
            out.emit(source.intro, Some(detail), Vec::new());
        }
    }
}

/// `single-source-story`
pub fn single_source_story(analysis: &Analysis<'_>, _: &Lexicon, out: &mut Emitter<'_>) {
    let cited = claim_sources(analysis);
    let claims = analysis
        .attributions
        .iter()
        .filter(|a| !a.derived && a.kind != AttributionKind::NoComment)
        .count();
    let mut cited = flagged(&cited);
    if let (Some(only), None) = (cited.next(), cited.next()) {
        if claims >= 2 {
            let source = &analysis.sources[only];
            let detail = format!(
                "every attributed claim rests on “{}”",
                intro_text(analysis, source)
            );
            out.emit(source.intro, Some(detail), Vec::new());
        }
    }
}

/// `anonymous-only-story`
pub fn anonymous_only_story(analysis: &Analysis<'_>, _: &Lexicon, out: &mut Emitter<'_>) {
    // "Both said" sums up people named before it: it makes a story neither
    // more nor less anonymous.
    let flags = claim_sources(analysis);
    let cited = || flagged(&flags).filter(|&s| !analysis.sources[s].phrase.sums_up());
    let named = cited().any(|s| {
        matches!(
            analysis.sources[s].kind,
            SourceKind::NamedPerson
                | SourceKind::NamedOrganization
                | SourceKind::Document
                | SourceKind::Writer
        )
    });
    let first = cited().next();
    if let (false, Some(first)) = (named, first) {
        let source = &analysis.sources[first];
        let count = match cited().count() {
            1 => "one source".to_string(),
            n => format!("{n} sources"),
        };
        out.emit(source.intro, Some(format!("{count}, none named")), Vec::new());
    }
}

/// `no-response-sought`
pub fn no_response_sought(analysis: &Analysis<'_>, lexicon: &Lexicon, out: &mut Emitter<'_>) {
    if analysis
        .attributions
        .iter()
        .any(|a| a.kind == AttributionKind::NoComment)
    {
        return;
    }
    // What tells the accused from the story's sources is made once a
    // sentence accuses someone, which few do: a long text has a source and
    // an attribution every few sentences.
    let mut known: Option<KnownSources> = None;
    for (index, sentence) in analysis.segments.sentences.iter().enumerate() {
        if !out.may_occur(index, RuleTable::Accusation) {
            continue;
        }
        let Some(word) = phrase_start_in(analysis.text, sentence.span, &lexicon.accusations) else {
            continue;
        };
        let known = known.get_or_insert_with(|| KnownSources::new(analysis));
        let mention = known.mentions_in(index);
        // The accused: capitalised words other than the sentence's first,
        // outside the source phrase of the sentence's attribution.
        // Read one token at a time, keeping only the names: a "sentence" as
        // long as a whole text costs no list of its tokens.
        let mut accused: Vec<&str> = Vec::new();
        // The first word of the sentence, or of the story after its dateline
        // ("GENEVA — Talks stalled …"), is capitalised as a word, not a name.
        let mut opens = true;
        for_each_token(sentence.span.slice(analysis.text), sentence.span.start(), |t| {
            let named = t.is_word()
                && !opens
                && t.is_capitalized()
                && !is_calendar_word(&t.norm)
                && !mention.iter().any(|(_, m)| m.contains(t.span));
            if named {
                accused.push(t.text);
            }
            if t.is_word() {
                opens = false;
            } else if matches!(t.text, "—" | "–" | ":") {
                opens = true;
            }
        });
        if accused.is_empty() || accused.iter().any(|w| known.names.contains(&w.to_lowercase())) {
            continue;
        }
        let detail = format!(
            "“{}” is accused, and the story has no response from them",
            accused.join(" ")
        );
        out.emit(sentence.span, Some(detail), vec![label(word, "accusation")]);
        return;
    }
}

/// What `no-response-sought` tells the accused from the story's sources by:
/// the name words of every source, lower-cased, and the words naming a
/// source in each sentence.
struct KnownSources {
    names: BTreeSet<String>,
    /// The mentions of the attributions the grammar found, with their
    /// sentence's index, in order of sentence.
    mentions: Vec<(usize, Span)>,
}

impl KnownSources {
    fn new(analysis: &Analysis<'_>) -> KnownSources {
        let names = analysis
            .sources
            .iter()
            .flat_map(|s| s.phrase.name.iter().map(|w| w.to_lowercase()))
            .collect();
        // Attributions the grammar found come in order of sentence already;
        // the sort, stable, makes sure.
        let mut mentions: Vec<(usize, Span)> = analysis
            .attributions
            .iter()
            .filter(|a| !a.derived)
            .filter_map(|a| Some((a.sentence(), a.mention.as_ref()?.span)))
            .collect();
        mentions.sort_by_key(|&(sentence, _)| sentence);
        KnownSources { names, mentions }
    }

    /// The words naming a source in sentence `index`, each with `index`.
    fn mentions_in(&self, index: usize) -> &[(usize, Span)] {
        let first = self.mentions.partition_point(|&(s, _)| s < index);
        let count = self.mentions[first..].partition_point(|&(s, _)| s == index);
        &self.mentions[first..first + count]
    }
}
