//! whosaid reads a news article and answers, sentence by sentence: who says so?
//!
//! The pipeline, one module a stage, each pure and infallible on article text:
//!
//! 1. [`read`]: Markdown and HTML into prose, with an offset map back to the source.
//! 2. [`segment`]: paragraphs, sentences and quotations.
//! 3. [`grammar`]: attribution constructions in each sentence (cue, source phrase, content).
//! 4. [`link`]: the source registry and coreference; quotes to speakers.
//! 5. [`classify`]: one status per sentence.
//! 6. [`rules`]: diagnostics from rule definitions in `rules/`.
//! 7. [`suppress`]: suppression comments mark diagnostics suppressed.
//! 8. [`report`]: the report model and its renderers.
//!
//! Around it: [`RuleSet`] (rules and lexicons are data; the only module that
//! touches YAML is `yaml`), [`config`], [`baseline`], [`docs`] and [`stream`]
//! (JSON Lines in, JSON Lines out). The library never prints and never opens
//! a file: callers pass text, and writers for streams.
//!
//! ```
//! let rules = whosaid::RuleSet::embedded();
//! let text = "Prices doubled, a trader in the port told reporters.";
//! let analysis = whosaid::analyze(text, &rules);
//! assert_eq!(analysis.sentences[0].status, whosaid::Status::Attributed);
//! ```

pub mod baseline;
pub mod classify;
pub mod config;
pub mod docs;
pub mod error;
pub mod grammar;
pub mod lexicon;
pub mod link;
pub mod read;
pub mod report;
pub mod rules;
mod ruleset;
pub mod segment;
pub mod span;
pub mod stream;
pub mod suppress;
mod yaml;

pub use classify::{SentenceInfo, Status};
pub use error::LoadError;
pub use grammar::{AttributionKind, Cue, Mention};
pub use report::{FileError, FileReport, Report};
pub use rules::{Diagnostic, Severity};
pub use ruleset::{RuleSet, EMBEDDED};
pub use span::Span;

/// One attribution: content, cue and source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// direct, indirect, mixed or no-comment.
    pub kind: AttributionKind,
    /// What is attributed.
    pub content: Span,
    /// The quote the content is, if it is one. This and the other indexes
    /// are 32-bit, like spans: a long text has an attribution a sentence.
    quote32: span::OptIndex32,
    /// The cue; `None` for an inherited quote.
    pub cue: Option<Cue>,
    /// The words naming the source here.
    pub mention: Option<MentionAt>,
    /// Index of the source in [`Analysis::sources`].
    source32: span::OptIndex32,
    /// Index of the sentence it was found in.
    sentence32: u32,
    /// Copied from another attribution (split, running or inherited quote).
    pub derived: bool,
    /// Index of the attribution the grammar found that this one was copied
    /// from; its own index when it was not copied.
    origin32: u32,
    /// Speaker inherited from the paragraph before.
    pub inherited: bool,
    /// Introduces the next paragraph's quote ("she said:").
    pub introduces_next: bool,
}

impl Attribution {
    /// The quote the content is, if it is one.
    pub fn quote(&self) -> Option<usize> {
        self.quote32.get()
    }

    /// Index of the source in [`Analysis::sources`].
    pub fn source(&self) -> Option<usize> {
        self.source32.get()
    }

    /// Index of the sentence it was found in.
    pub fn sentence(&self) -> usize {
        self.sentence32 as usize
    }

    /// Index of the attribution the grammar found that this one was copied
    /// from; its own index when it was not copied.
    pub fn origin(&self) -> usize {
        self.origin32 as usize
    }

    /// Makes the content quote `quote`.
    pub(crate) fn set_quote(&mut self, quote: usize) {
        self.quote32 = span::OptIndex32::new(Some(quote));
    }

    /// Moves the attribution to sentence `sentence`.
    pub(crate) fn set_sentence(&mut self, sentence: usize) {
        self.sentence32 = span::index32(sentence);
    }
}

/// Where an attribution names its source, and with what kind of phrase. The
/// whole phrase is read once, when the mention is resolved; the registry's
/// source keeps what later mentions need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MentionAt {
    /// The source phrase itself.
    pub span: Span,
    /// What kind of phrase it is.
    pub kind: grammar::PhraseKind,
}

/// Everything whosaid knows about one text.
#[derive(Debug, Clone)]
pub struct Analysis<'a> {
    /// The text analysed.
    pub text: &'a str,
    /// Paragraphs, sentences, quotes.
    pub segments: segment::Segments,
    /// Attributions, in order found.
    pub attributions: Vec<Attribution>,
    /// Sources, in order of introduction: a source's index is its id.
    pub sources: Vec<link::Source>,
    /// For each quote, the attribution giving its speaker.
    pub quote_speakers: Vec<Option<usize>>,
    /// Sentences with a cue verb and no attribution the grammar could
    /// delimit, with that cue, in sentence order.
    pub unclaimed_cues: Vec<(usize, Span)>,
    /// One reading per sentence.
    pub sentences: Vec<SentenceInfo>,
}

impl Analysis<'_> {
    /// Claims: the attributions as a reader counts them, a quotation
    /// passage split by its attribution or running over paragraphs being
    /// one claim, in the order their contents start. Counted when asked
    /// ([`link::claims::claims`]): no rule reads them, and the report
    /// counts them once the rules are done.
    pub fn claims(&self) -> Vec<link::claims::Claim> {
        link::claims::claims(self.text, &self.segments, &self.attributions)
    }
}

/// Analyses plain `text`. Never fails and never panics on any text.
pub fn analyze<'a>(text: &'a str, rules: &RuleSet) -> Analysis<'a> {
    analyze_blocks(text, None, rules)
}

/// Analyses prose whose paragraphs a reader already knows (`blocks`).
pub fn analyze_blocks<'a>(text: &'a str, blocks: Option<&[read::Block]>, rules: &RuleSet) -> Analysis<'a> {
    // Spans are 32-bit: a text past 4 GiB is read up to there (the command
    // line refuses such a file before it gets here).
    let text = span::addressable(text);
    let lexicon = &rules.lexicon;
    let segments = segment::segment(text, lexicon, blocks);
    let mut registry = link::Registry::default();
    // News prose has about one attribution a sentence: reserving that many
    // spares a long text the copies and the unused half of a doubling vector.
    let mut attributions = Vec::with_capacity(segments.sentences.len());
    let mut unclaimed_cues = Vec::new();
    // Whether the sentence before reported no one's words and met no
    // speaker: its subject may be whom a "he" or "she" speaking next means.
    let mut after_silent_sentence = false;
    let mut reader = grammar::SentenceReader::default();
    for (index, sentence) in segments.sentences.iter().enumerate() {
        let first_of_sentence = attributions.len();
        // The only sentence of the first paragraph stands where a headline
        // stands, even in sentence case with a full stop ("Lee: No outside
        // influence on the inquiry."). What follows it never changes that, so
        // an appended paragraph leaves the sentences before it alone.
        let sole_opening_sentence =
            sentence.paragraph() == 0 && segments.sentences.get(1).is_none_or(|next| next.paragraph() != 0);
        let headline = segments.paragraphs[sentence.paragraph()].heading || sole_opening_sentence;
        let reading = reader.attributions(text, sentence.span, &segments.quotes, lexicon, headline);
        unclaimed_cues.extend(reading.unclaimed_cue.map(|cue| (index, cue)));
        // The speaker of a cue with nothing to claim is still met: "Ms. Ruiz
        // disagreed. She said …" means her.
        if let Some(mention) = &reading.unclaimed_speaker {
            registry.resolve(mention, text);
        }
        // "A second fisherman, who was on a nearby boat, gave a similar
        // account. He said …": the person the sentence before is about is
        // met first, so the pronoun means them rather than the last source.
        if after_silent_sentence && !headline {
            if let Some(subject) =
                subject_a_pronoun_means(&mut reader, text, &segments, index, &reading, lexicon, &registry)
            {
                registry.resolve(&subject, text);
            }
        }
        after_silent_sentence = reading.attributions.is_empty() && reading.unclaimed_speaker.is_none();
        for found in reading.attributions {
            // A second cue hanging off the first (“…, adding that …”) shares
            // its mention: one source, named once.
            let shared =
                |a: &Attribution| a.mention.map(|m| m.span) == found.mention.as_ref().map(|m| m.span);
            let source = match attributions[first_of_sentence..].iter().find(|a| shared(a)) {
                Some(earlier) => earlier.source(),
                None => found.mention.as_ref().map(|m| registry.resolve(m, text)),
            };
            let origin = attributions.len();
            let content = if found.to_paragraph_end {
                // Like every content, without its closing full stop.
                let paragraph = &segments.paragraphs[sentence.paragraph()];
                let end = found.content.start()
                    + Span::new(
                        found.content.start(),
                        paragraph.span.end().max(found.content.end()),
                    )
                    .slice(text)
                    .trim_end_matches(['.', ';', ','])
                    .len();
                Span::new(found.content.start(), end.max(found.content.end()))
            } else {
                found.content
            };
            attributions.push(Attribution {
                kind: found.kind,
                content,
                quote32: span::OptIndex32::new(found.quote),
                cue: Some(found.cue),
                mention: found.mention.map(|m| MentionAt {
                    span: m.span,
                    kind: m.phrase.kind,
                }),
                source32: span::OptIndex32::new(source),
                sentence32: span::index32(index),
                derived: false,
                origin32: span::index32(origin),
                inherited: false,
                introduces_next: found.introduces_next,
            });
        }
    }
    // The sources are held through the rules and into the report, so hand
    // back what their vector's growth left unused; a large vector shrinks in
    // place. The registry's lookup tables serve only the resolving above and
    // go before the quotes are linked, which builds tables of its own.
    let mut sources = registry.into_sources();
    sources.shrink_to_fit();
    let quote_speakers = link::claims::link_quotes(text, &segments, &mut attributions);
    // The reservation above is an upper bound, and linking quotes adds the
    // derived attributions; what went unused goes back too.
    attributions.shrink_to_fit();
    let sentences = classify::classify(
        text,
        &segments,
        &attributions,
        &quote_speakers,
        &unclaimed_cues,
        lexicon,
    );
    Analysis {
        text,
        segments,
        attributions,
        sources,
        quote_speakers,
        unclaimed_cues,
        sentences,
    }
}

/// The person the sentence before sentence `index` is about, when the
/// first attribution of `reading` is spoken by a "he" or "she" who may mean
/// them: the previous sentence's subject
/// ([`grammar::SentenceReader::person_subject`]), in the same paragraph or
/// the one before, outside quotation marks, agreeing in sex. A name must
/// carry a title or a sex, or be cited before: a capitalised subject met
/// for the first time may be a place or a team.
fn subject_a_pronoun_means<'a>(
    reader: &mut grammar::SentenceReader<'a>,
    text: &'a str,
    segments: &segment::Segments,
    index: usize,
    reading: &grammar::Reading,
    lexicon: &lexicon::Lexicon,
    registry: &link::Registry,
) -> Option<grammar::Mention> {
    let pronoun = reading.attributions.first()?.mention.as_ref().filter(|m| {
        m.phrase.kind == grammar::PhraseKind::Pronoun && matches!(&*m.phrase.head, "he" | "she")
    })?;
    let sentence = &segments.sentences[index];
    let previous = &segments.sentences[index.checked_sub(1)?];
    // Words inside quotation marks are someone's, whose subject is theirs
    // to mean.
    if previous.paragraph() + 1 < sentence.paragraph()
        || segments.paragraphs[previous.paragraph()].heading
        || segments.has_quote_in(previous.span)
    {
        return None;
    }
    let subject = reader.person_subject(text, previous.span, &segments.quotes, lexicon)?;
    let phrase = &subject.phrase;
    let agrees = phrase.gender.is_none_or(|g| Some(g) == pronoun.phrase.gender);
    let a_person = phrase.kind != grammar::PhraseKind::NamedPerson
        || phrase.gender.is_some()
        || phrase.role.is_some()
        || registry.knows(&subject, text);
    (agrees && a_person).then_some(subject)
}

/// Analyses plain `text` and runs the rules: the report of one file, whose
/// texts borrow from `text`.
pub fn check<'t>(path: &str, text: &'t str, rules: &RuleSet) -> FileReport<'t> {
    check_prose(path, text, None, text, None, rules)
}

/// Analyses a document read from `source` and runs the rules. Every span of
/// the report points into `source`; its texts borrow the document's prose.
pub fn check_document<'d>(
    path: &str,
    source: &'d str,
    document: &'d read::Document<'_>,
    rules: &RuleSet,
) -> FileReport<'d> {
    check_prose(
        path,
        document.prose.as_ref(),
        document.blocks.as_deref(),
        source,
        document.map.as_ref(),
        rules,
    )
}

fn check_prose<'t>(
    path: &str,
    prose: &'t str,
    blocks: Option<&[read::Block]>,
    source: &'t str,
    map: Option<&'t read::OffsetMap>,
    rules: &RuleSet,
) -> FileReport<'t> {
    let analysis = analyze_blocks(prose, blocks, rules);
    let mut diagnostics = rules::check(&analysis, rules);
    suppress::apply(prose, &analysis.segments.sentences, &mut diagnostics, rules);
    // The report holds the diagnostics while it converts them, beside what
    // they become: what the vector's growth left unused (up to half of it)
    // goes back first.
    diagnostics.shrink_to_fit();
    FileReport::new(path, analysis, diagnostics, source, map)
}
