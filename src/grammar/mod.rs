//! Grammar: finds the attribution constructions of one sentence — who is cited,
//! through which cue, for what content. Works on the sentence's frame (its words
//! outside quotation marks), so words inside a quote are never mistaken for the
//! writer's attribution. Owns the constructions; must not resolve references
//! across sentences (that is `link`) or decide sentence status (`classify`).
//!
//! Constructions, tried for each cue the lexicon finds in the frame:
//! - inverted after a quote or a clause: `“Q,” said SOURCE` · `CONTENT, said SOURCE, APPOSITIVE` · `CONTENT, say SOURCES`
//! - after a quote: `“Q,” SOURCE said`
//! - postposed: `CONTENT, SOURCE told RECIPIENT.`
//! - preposed: `SOURCE (aux) said (that) CONTENT` · `SOURCE told RECIPIENT, “Q”` · `SOURCE said: “Q”`
//! - prepositional: `According to SOURCE, CONTENT` · `CONTENT, according to SOURCE` · `To SOURCE, CONTENT`
//! - non-response: `SOURCE declined to comment`
//! - agentless: `it is believed that CONTENT` · `CONTENT reportedly …`

pub mod source;
pub mod tokens;

use std::borrow::Cow;
use std::collections::VecDeque;
use std::sync::LazyLock;

use serde::Serialize;

use crate::lexicon::{ContentShape, CueClass, CueForm, Lexicon, Tense};
use crate::segment::quotes::{looks_like_title, looks_like_title_at_stop, QuoteCursor};
use crate::segment::Quote;
use crate::span::Span;
pub use source::{PhraseKind, SourcePhrase};
use tokens::{TokKind, Token};

/// Whether attributed content is quoted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AttributionKind {
    /// Inside quotation marks.
    Direct,
    /// A paraphrase.
    Indirect,
    /// A paraphrase with a partial quote.
    Mixed,
    /// A source declined or did not respond: no content.
    NoComment,
}

impl AttributionKind {
    /// The kebab-case name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            AttributionKind::Direct => "direct",
            AttributionKind::Indirect => "indirect",
            AttributionKind::Mixed => "mixed",
            AttributionKind::NoComment => "no-comment",
        }
    }
}

/// The cue of an attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// Its words.
    pub span: Span,
    /// Its class.
    pub class: CueClass,
}

/// The words naming a source at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The source phrase itself.
    pub span: Span,
    /// The phrase with its appositive description, as a first mention introduces it.
    pub intro: Span,
    /// What kind of phrase it is.
    pub phrase: SourcePhrase,
}

impl Mention {
    /// Whether the phrase surely names people: a known head noun, a name or
    /// a pronoun, not any plural noun ("prices", "sanctions").
    fn names_people(&self) -> bool {
        self.phrase.known_head
            || matches!(
                self.phrase.kind,
                PhraseKind::Pronoun | PhraseKind::NamedPerson | PhraseKind::NamedOrganization
            )
    }
}

/// Closed-class words that end in "s" but are neither plural nouns nor
/// names ("This is …", "Perhaps …").
const ENDS_IN_S: &[&str] = &[
    "this",
    "his",
    "its",
    "hers",
    "ours",
    "yours",
    "theirs",
    "is",
    "was",
    "has",
    "does",
    "us",
    "as",
    "yes",
    "thus",
    "perhaps",
    "always",
    "sometimes",
    "besides",
    "unless",
    "whereas",
    "nevertheless",
    "towards",
    "afterwards",
    "less",
    "across",
];

/// One attribution found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Direct, indirect, mixed, or no-comment.
    pub kind: AttributionKind,
    /// What is attributed.
    pub content: Span,
    /// The quote the content is, when it is one (document quote index).
    pub quote: Option<usize>,
    /// The cue.
    pub cue: Cue,
    /// Who, where the sentence says it; `None` for agentless attribution.
    pub mention: Option<Mention>,
    /// The sentence ends with a colon and the content is the next paragraph's quote.
    pub introduces_next: bool,
    /// The content runs on to the end of the paragraph (a transcript's
    /// speaker label: "SMITH: …").
    pub to_paragraph_end: bool,
}

/// What a content helper finds: the kind, the span, and the quote the
/// content is when it is exactly one.
type Content = (AttributionKind, Span, Option<usize>);

impl Found {
    /// `content` attributed to `mention` by `cue`.
    fn claim((kind, content, quote): Content, cue: Cue, mention: Option<Mention>) -> Found {
        Found::new(kind, content, quote, cue, mention)
    }

    fn new(
        kind: AttributionKind,
        content: Span,
        quote: Option<usize>,
        cue: Cue,
        mention: Option<Mention>,
    ) -> Found {
        Found {
            kind,
            content,
            quote,
            cue,
            mention,
            introduces_next: false,
            to_paragraph_end: false,
        }
    }

    /// A sentence ending in a colon ("Lee said:"): its content is the next
    /// paragraph's quotation, linked later; here it is empty, at the end
    /// of the cue.
    fn introducing_next(cue: Cue, mention: Mention) -> Found {
        let at = cue.span.end();
        Found {
            introduces_next: true,
            ..Found::new(
                AttributionKind::Direct,
                Span::new(at, at),
                None,
                cue,
                Some(mention),
            )
        }
    }
}

/// The most frame tokens a sentence is read with (see
/// `SentenceReader::attributions`).
const MAX_FRAME: usize = 200;

/// The most tokens an appositive on a speaker runs to (", a historian at
/// the state college,").
const MAX_APPOSITIVE: usize = 20;

/// Prepositions and subordinators that open an introductory phrase ending at
/// a comma ("As of Monday,", "Despite the warnings,").
const INTRO_WORDS: &[&str] = &[
    // "Here in Columbia, …": the writer's place.
    "here",
    "as",
    "on",
    "in",
    "at",
    "after",
    "before",
    "when",
    "while",
    "despite",
    "although",
    "though",
    "since",
    "because",
    "if",
    "unless",
    "during",
    "earlier",
    "later",
    "last",
    "this",
    "for",
    "with",
    "without",
    "by",
    "under",
    "over",
    "following",
    "amid",
    "until",
    "unlike",
    "like",
    "once",
    "given",
    "whereas",
    "speaking",
    "asked",
    "separately",
    "meanwhile",
    "instead",
    "still",
    "yet",
    "however",
    "now",
    "but",
    "and",
    "so",
    "then",
    "also",
    "today",
    "yesterday",
    "overall",
    "ultimately",
    "finally",
    "first",
    "second",
    "third",
];

/// Conjunctions and adverbs that may open a sentence before its subject.
const LEADING_WORDS: &[&str] = &[
    "but",
    "and",
    "so",
    "yet",
    "still",
    "however",
    "meanwhile",
    "now",
    "also",
    "instead",
    "then",
    "separately",
    "earlier",
    "later",
    "indeed",
    "moreover",
    "nonetheless",
    "nevertheless",
    "rather",
    "furthermore",
    "additionally",
    "likewise",
    "similarly",
    "besides",
    "thus",
    "therefore",
    "hence",
    "otherwise",
];

const OBJECT_PRONOUNS: &[&str] = &["me", "him", "her", "us", "them", "you"];

/// Days, named or counted from today: each opens a time phrase and heads one.
const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
];

/// Subordinators: they open a clause ("Although officials said …, ships
/// …") and may stand before a participle ("when asked", "while conceding",
/// "once elected").
const SUBORDINATORS: &[&str] = &[
    "when", "whenever", "while", "after", "before", "once", "if", "until", "as", "though", "although",
    "because", "since", "unless", "whereas",
];

/// Prepositions that open a phrase naming where or through whom words were
/// said ("in an interview", "at a rally", "during the debate", "through a
/// spokesman").
const OCCASION_PREPOSITIONS: &[&str] = &["in", "on", "at", "during", "through", "via"];

/// Subordinators that open only a clause, never a phrase ("after the
/// vote", "as a senator", "since 2019").
const CLAUSAL_SUBORDINATORS: &[&str] = &[
    "because", "although", "though", "unless", "whereas", "while", "when",
];

/// Words that open a time phrase besides the days ("earlier", "last week").
const TIME_RELATIONS: &[&str] = &["earlier", "later", "last", "during", "after", "before"];

/// Prepositions that open an adverbial aside between a subject and its verb
/// ("Lee, in an interview, said"); "of", "from" and "with" open a
/// description of the subject instead ("Lee, of the union, said").
const ASIDE_PREPOSITIONS: &[&str] = &["in", "on", "at", "during", "after", "before", "since"];

/// Sentence adverbs of more than one word that stand between commas after
/// a subject ("Lee, for example, said"); one-word ones are the leading
/// words and "though" and "too" ("Lee, however, said").
const PARENTHETICAL_PHRASES: &[&[&str]] = &[
    &["for", "example"],
    &["for", "instance"],
    &["in", "fact"],
    &["of", "course"],
    &["in", "turn"],
    &["in", "particular"],
    &["in", "contrast"],
    &["by", "contrast"],
    &["in", "addition"],
    &["at", "least"],
    &["for", "his", "part"],
    &["for", "her", "part"],
    &["for", "their", "part"],
    &["for", "its", "part"],
    &["for", "our", "part"],
    &["for", "my", "part"],
];

/// Nouns and adjectives used as nouns that end in -ly like a manner adverb
/// ("the elderly said").
const NOUNS_IN_LY: &[&str] = &[
    "family",
    "assembly",
    "supply",
    "ally",
    "reply",
    "rally",
    "monopoly",
    "anomaly",
    "bully",
    "belly",
    "tally",
    "elderly",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
];

/// Periods that head a time phrase ("last week", "this morning").
const PERIODS: &[&str] = &[
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
];

/// Months, which a preposition makes a time phrase ("in November").
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether `word` (lowercase) names a day or a month: capitalised, yet no
/// one's name ("accused on Tuesday" accuses no one called Tuesday).
pub(crate) fn is_calendar_word(word: &str) -> bool {
    DAYS.contains(&word) || MONTHS.contains(&word)
}

/// Words before the head of a time phrase ("on Tuesday", "just this month").
const TIME_MODIFIERS: &[&str] = &["on", "last", "this", "earlier", "just", "late", "early"];

/// Units of time in the plural: "three years" counts time, and "Hours
/// later" opens no subject.
pub(crate) const DURATIONS: &[&str] = &[
    "seconds",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "centuries",
    "moments",
];

/// Whether `word` opens a time phrase: never a source phrase, and a tail
/// after a cue at the end of a sentence ("…, she said on Tuesday").
pub(crate) fn is_time_word(word: &str) -> bool {
    DAYS.contains(&word) || TIME_RELATIONS.contains(&word)
}

/// Words that open the reason after a source's terms of anonymity ("asked
/// not to be named because …", "spoke on condition of anonymity to …", "was
/// not authorized to speak publicly").
const REASON_OPENERS: &[&str] = &[
    "because", "for", "to", "as", "since", "so", "citing", "out", "given", "about", "publicly", "while",
];

/// Besides time words, words that open an adverbial tail after a cue at the
/// end of a sentence ("in a statement", "via email", "repeatedly").
const TAIL_STARTS: &[&str] = &[
    "on",
    "in",
    "at",
    "this",
    "late",
    "early",
    "via",
    "through",
    "by",
    "to",
    "from",
    "over",
    "while",
    "when",
    "without",
    "with",
    "recently",
    "previously",
    "privately",
    "publicly",
    "repeatedly",
    "again",
    "too",
    "as",
    "of",
    "about",
    "for",
    "during",
    "afterward",
    "afterwards",
    "outside",
    "inside",
    "near",
    "behind",
    "amid",
];

/// Subject pronouns: a content that starts with one is a clause.
const SUBJECT_PRONOUNS: &[&str] = &["i", "we", "you", "he", "she", "it", "they", "there"];

/// Words that open a clause, so a subject may follow them.
const CLAUSE_OPENERS: &[&str] = &[
    "when", "while", "as", "after", "because", "although", "though", "since", "before", "and", "but", "so",
    "where", "whereas", "until", "once", "if",
];

/// Words that open a relative clause on the noun before them ("a voter who
/// argued …", "since 2019, when …").
const RELATIVE_WORDS: &[&str] = &["who", "whom", "whose", "which", "when", "where"];

/// Words that open an embedded question or relative clause with its own
/// attribution ("which Ruiz says he is doing", "what experts say it costs").
const WH_OPENERS: &[&str] = &["which", "what", "how", "why", "who", "whom"];

/// Determiners that may open the subject of a reported clause ("what Ruiz
/// says his plan would do").
const CLAUSE_DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those",
];

/// Determiners after which a word is a noun, never a verb: `the planning`,
/// `his statement`, `a report`. Left out are those that are also pronouns
/// standing before a verb (`heard her say`, `this says`, `those planning to`).
const NOUN_DETERMINERS: &[&str] = &["the", "a", "an", "his", "its", "their", "our", "my", "your"];

/// Whether `word`, the word before a cue form, makes that form a noun: a
/// determiner, or a possessive (`Editor's note`, `Kerry's announcement`) but
/// not a contraction of `has` or `is` (`who's said`; a personal pronoun's
/// contraction is two tokens, `she` `'s`).
pub(crate) fn makes_noun(word: &str) -> bool {
    let possessive = word.strip_suffix("'s").is_some_and(|owner| {
        !owner.is_empty() && !matches!(owner, "that" | "who" | "there" | "here" | "what" | "this" | "one")
    });
    possessive || NOUN_DETERMINERS.contains(&word)
}

/// Whether `word` is a pronoun that can only be a subject, so a clause
/// starts with it (`last week she would`); `it` and `you` may be objects.
fn opens_clause_as_subject(word: &str) -> bool {
    matches!(word, "i" | "we" | "he" | "she" | "they")
}

/// Whether `word` may open a clause of time after a cue ("said as he left",
/// "when asked", "before he died"), which tells when the words were said.
fn opens_clause_of_time(word: &str) -> bool {
    matches!(word, "as" | "when" | "while" | "before" | "after")
}

/// Whether a subject may follow `word`: a clause opener or a wh-word.
fn opens_subject(word: &str) -> bool {
    CLAUSE_OPENERS.contains(&word) || WH_OPENERS.contains(&word)
}

/// Conjunctions that join a second clause to the first, each clause with
/// its own subject ("…, but even today he says …").
const CLAUSE_JOINERS: &[&str] = &["and", "but", "yet", "so"];

/// Words after a comma that open the writer's own comparison or contrast,
/// ending the reported content before them.
const CONTENT_BREAKS: &[&str] = &["compared", "while", "whereas", "however", "meanwhile", "unlike"];

/// Prepositions that open an adverbial after a participle cue.
const PREPOSITIONS: &[&str] = &[
    "on", "to", "at", "from", "in", "of", "for", "with", "about", "after", "by", "under", "into", "through",
    "before",
];

/// The words that open an adverbial, in one set: [`opens_adverbial`] is
/// asked of most words near a cue, and one hash costs less than a scan of
/// four lists that most words are in none of.
static ADVERBIAL_OPENERS: LazyLock<foldhash::HashSet<&'static str>> = LazyLock::new(|| {
    PREPOSITIONS
        .iter()
        .chain(TAIL_STARTS)
        .chain(DAYS)
        .chain(TIME_RELATIONS)
        .copied()
        .collect()
});

/// Whether `word` opens an adverbial ("in a statement", "on Tuesday",
/// "recently") rather than a reported clause: a preposition, a tail word
/// or a time word.
fn opens_adverbial(word: &str) -> bool {
    ADVERBIAL_OPENERS.contains(word)
}

/// Adverbs of frequency, which say how often one acted and name nothing
/// ("called twice", "appeared again").
const FREQUENCY_ADVERBS: &[&str] = &["twice", "once", "again", "often"];

/// Particles of phrasal verbs, which open no object ("called off a deal").
const PARTICLES: &[&str] = &["off", "up", "out", "down", "back", "away", "in", "on", "over"];

/// Modal auxiliaries ("will tell", "could argue").
const MODALS: &[&str] = &[
    "will",
    "won't",
    "would",
    "wouldn't",
    "could",
    "couldn't",
    "may",
    "might",
    "can",
    "cannot",
    "can't",
    "should",
    "shouldn't",
    "must",
    "mustn't",
];

/// Whether `word` is a determiner or "all", which may open a noun phrase
/// ("all the crews") but is no phrase of its own ("most promising").
fn determines(word: &str) -> bool {
    source::is_determiner(word) || word == "all"
}

/// Whether a cue after `word` stands in its bare form ("did not say",
/// "will tell").
fn takes_bare_verb(word: &str) -> bool {
    matches!(word, "did" | "does" | "do" | "didn't" | "doesn't" | "don't") || MODALS.contains(&word)
}

/// The finite forms of "be", negated or not, that may stand before a verb
/// or open a predicate ("is telling", "isn't saying", "which organizers say
/// is late").
const FINITE_BE: &[&str] = &[
    "is", "are", "was", "were", "'s", "'re", "'m", "isn't", "aren't", "wasn't", "weren't",
];

/// A form of "be" that a past participle after it makes passive.
fn is_be_form(word: &str) -> bool {
    FINITE_BE.contains(&word) || matches!(word, "be" | "been")
}

/// Words that tie a reported clause to its cue.
const COMPLEMENTIZERS: &[&str] = &["that", "whether", "if", "how", "why", "what", "when"];

/// Adverbs that may stand between a passive auxiliary and its participle
/// beside those in -ly ("was first reported by", "has also been praised by").
const PASSIVE_ADVERBS: &[&str] = &[
    "first", "also", "since", "later", "often", "long", "even", "never", "once", "again", "already",
];

/// Past participles of cues whose passive reports no stance or words:
/// authorship ("stories written by men"), a name ("known by the acronym"),
/// and "quoted", whose passive reports what follows "as saying".
const PASSIVE_NON_CUES: &[&str] = &["written", "authored", "posted", "tweeted", "known", "quoted"];

/// Words that end the agent of a passive cue and open what follows it
/// ("criticized by unions for …", "denounced by traders as …").
const AGENT_ENDS: &[&str] = &[
    "for", "as", "over", "in", "on", "at", "after", "during", "because", "since", "to", "while", "before",
    "amid", "despite", "about", "last", "this", "earlier",
];

/// Decides whether frame tokens name a source (see [`source::classify`]).
type Classifier = fn(&[&Token<'_>], &Lexicon, bool) -> Option<source::SourcePhrase>;

/// The sentence under analysis: its frame tokens and their normalised words.
struct Frame<'t, 'a> {
    /// The whole text, for the marks inside a quotation.
    text: &'a str,
    toks: Vec<&'t Token<'a>>,
    norms: Vec<&'t str>,
    lexicon: &'t Lexicon,
    quotes: &'t [Quote],
    /// Index of the first frame token after trailing punctuation is dropped: the
    /// end of content.
    content_end: usize,
    /// Where the sentence's words end, before its closing punctuation: the
    /// end of a content whose quotation runs on into the next sentence.
    words_end: usize,
    /// The sentence is the first of its paragraph.
    opens_paragraph: bool,
    /// The sentence stands where a headline stands: a heading, or the only
    /// sentence of a document's first paragraph.
    headline: bool,
}

/// What the grammar reads in one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The attributions found, in the order of their cues.
    pub attributions: Vec<Found>,
    /// When no attribution was found: a finite cue verb no construction could
    /// use ("Most of them said they …", whose subject no source phrase
    /// describes). The sentence reports someone's words or thoughts, though
    /// the grammar cannot tell whose or which.
    pub unclaimed_cue: Option<Span>,
    /// Who the unclaimed cue's subject names, when a source phrase does
    /// ("Ms. Ruiz disagreed."): a source the article has met, whom a later
    /// "she" may mean.
    pub unclaimed_speaker: Option<Mention>,
}

/// Reads the sentences of one text, one after another. It keeps the token
/// buffers of the sentence it read last, so that the next sentence reuses
/// them: a buffer of a hundred tokens for every sentence of an article was
/// the largest allocation the grammar made.
#[derive(Debug, Default)]
pub struct SentenceReader<'a> {
    ends: SentenceEnds<'a>,
    /// The allocations of the last frame's token and word lists, emptied:
    /// their elements borrow the tokens above, so between sentences they
    /// are kept as lists of plain words of the same size.
    spare_tokens: Vec<Spare<1>>,
    spare_norms: Vec<Spare<2>>,
}

/// An element the size and alignment of `N` pointers: what an emptied
/// vector of references is kept as between sentences.
#[derive(Debug)]
struct Spare<const N: usize>([usize; N]);

/// The allocation of `list`, emptied, as a vector of another element type
/// of the same size and alignment: collecting an empty iterator over a
/// vector's own items reuses its buffer.
fn reuse<T, U>(list: Vec<T>) -> Vec<U> {
    list.into_iter().filter_map(|_| None).collect()
}

impl<'a> SentenceReader<'a> {
    /// Reads the sentence at `span` of `text`. `headline` says the sentence
    /// stands where a headline stands (a heading, or the only sentence of a
    /// document's first paragraph).
    pub fn attributions(
        &mut self,
        text: &'a str,
        span: Span,
        quotes: &[Quote],
        lexicon: &Lexicon,
        headline: bool,
    ) -> Reading {
        let sentence = span.slice(text);
        self.ends.read(sentence, span.start(), quotes);
        let toks = self.ends.frame(reuse(std::mem::take(&mut self.spare_tokens)));
        let (frame_toks, asides) = set_brackets_aside(toks);
        let before = text[..span.start()].trim_end_matches([' ', '\t']);
        let norms = reuse(std::mem::take(&mut self.spare_norms));
        let frame = Frame::new(text, frame_toks, norms, lexicon, quotes, headline);
        let frame = Frame {
            words_end: span.start() + sentence.trim_end_matches(['.', ',', ';', ':', ' ']).len(),
            opens_paragraph: before.is_empty() || before.ends_with('\n'),
            ..frame
        };
        let mut reading = frame.find();
        self.spare_tokens = reuse(frame.toks);
        self.spare_norms = reuse(frame.norms);
        // "Her ratings (as low as 19 percent, Lee says) fell": a bracket is read
        // as a sentence of its own, and the sentence around it without it.
        for aside in asides {
            if !aside
                .iter()
                .any(|t| lexicon.cue_first_words.contains(t.norm.as_ref()))
            {
                continue;
            }
            let inner = Frame::new(text, aside, Vec::new(), lexicon, quotes, false).find();
            reading.attributions.extend(inner.attributions);
            if reading.unclaimed_cue.is_none() {
                reading.unclaimed_cue = inner.unclaimed_cue;
                reading.unclaimed_speaker = inner.unclaimed_speaker;
            }
        }
        reading.attributions.sort_by_key(|f| f.cue.span.start());
        if !reading.attributions.is_empty() {
            reading.unclaimed_cue = None;
            reading.unclaimed_speaker = None;
        }
        reading
    }

    /// The subject of the sentence at `span` when it names one person ("A
    /// second fisherman, who was on a nearby boat, gave a similar account."):
    /// whom a "he" or "she" speaking in the next sentence means, when this one
    /// reports no one's words. Read only when such a pronoun asks for it.
    pub fn person_subject(
        &mut self,
        text: &'a str,
        span: Span,
        quotes: &[Quote],
        lexicon: &Lexicon,
    ) -> Option<Mention> {
        self.ends.read(span.slice(text), span.start(), quotes);
        let (frame_toks, _) = set_brackets_aside(self.ends.frame(Vec::new()));
        let frame = Frame::new(text, frame_toks, Vec::new(), lexicon, quotes, false);
        person_subject(&frame, lexicon)
    }
}

/// The subject of the sentence `frame` reads when it names one person
/// (see [`SentenceReader::person_subject`]).
fn person_subject(frame: &Frame<'_, '_>, lexicon: &Lexicon) -> Option<Mention> {
    let clause = frame.clause_start(frame.content_end);
    // The shortest phrase before a finite verb: the verb of a relative
    // clause inside the subject ("…, who was on a nearby boat,") leaves a
    // phrase cut short, which is no source phrase.
    let verbs = |start: usize| {
        (start + 1..frame.content_end)
            .filter(|&k| frame.finite_verb_at(k) || FINITE_BE.contains(&frame.norms[k]))
    };
    // What comes before a comma ahead of the first verb must name the
    // person on its own; if it does not, it opens the sentence ("Seen
    // outside the hall, Lee was …") and the subject comes after it.
    let first_verb = verbs(clause).next()?;
    let start = match (clause..first_verb).find(|&k| frame.is(k, ',')) {
        Some(comma)
            if frame
                .mention(clause, comma, comma)
                .filter(Mention::names_people)
                .is_none() =>
        {
            comma + 1
        }
        _ => clause,
    };
    let mention = verbs(start).find_map(|k| frame.mention(start, k, k))?;
    // A name, or a head the lexicon knows for a person or a role ("the
    // fisherman", "the governor"); not any head a phrase may have ("The
    // danger he sees").
    let head = &*mention.phrase.head;
    let person = match mention.phrase.kind {
        PhraseKind::NamedPerson => true,
        PhraseKind::Anonymous | PhraseKind::Another | PhraseKind::Definite => {
            lexicon.anonymous_heads.contains_key(head) || lexicon.roles.contains(head)
        }
        _ => false,
    };
    (person && !mention.phrase.plural).then_some(mention)
}

/// Splits the brackets inside a sentence's frame from it: the frame without
/// them, and the tokens inside each. A bracket that holds a quotation's mark
/// stays, so a quotation is never cut in two, and so does one left open.
fn set_brackets_aside<'t, 'a>(toks: Vec<&'t Token<'a>>) -> (Vec<&'t Token<'a>>, Vec<Vec<&'t Token<'a>>>) {
    if !toks.iter().any(|t| t.is_punct('(')) {
        return (toks, Vec::new());
    }
    let mut kept = Vec::with_capacity(toks.len());
    let mut asides = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let close = toks[i]
            .is_punct('(')
            .then(|| {
                toks[i + 1..]
                    .iter()
                    .position(|t| {
                        t.is_punct('(')
                            || t.is_punct(')')
                            || matches!(t.kind, TokKind::Open(_) | TokKind::Close(_))
                    })
                    .map(|k| i + 1 + k)
                    .filter(|&k| toks[k].is_punct(')'))
            })
            .flatten();
        match close {
            Some(close) => {
                asides.push(toks[i + 1..close].to_vec());
                i = close + 1;
            }
            None => {
                kept.push(toks[i]);
                i += 1;
            }
        }
    }
    (kept, asides)
}

impl<'t, 'a> Frame<'t, 'a> {
    /// A frame over `toks`, read as a sentence in running text; its content
    /// ends before the trailing punctuation, and so do its words. Its list
    /// of words is written into `norms`, whose allocation it takes over.
    fn new(
        text: &'a str,
        toks: Vec<&'t Token<'a>>,
        mut norms: Vec<&'t str>,
        lexicon: &'t Lexicon,
        quotes: &'t [Quote],
        headline: bool,
    ) -> Self {
        norms.clear();
        norms.extend(toks.iter().map(|t| t.norm.as_ref()));
        let mut content_end = toks.len();
        while content_end > 0
            && !toks[content_end - 1].is_word()
            && !matches!(toks[content_end - 1].kind, TokKind::Close(_) | TokKind::Open(_))
        {
            content_end -= 1;
        }
        let words_end = content_end.checked_sub(1).map_or(0, |k| toks[k].span.end());
        Frame {
            text,
            toks,
            norms,
            lexicon,
            quotes,
            content_end,
            words_end,
            opens_paragraph: false,
            headline,
        }
    }
}

/// The tokens of a sentence outside its quotations, quote marks marked, as
/// the frame needs them: all of them, or for a "sentence" longer than any
/// real one, only the tokens at its two ends, so that its length costs time
/// but no memory.
#[derive(Debug, Default)]
struct SentenceEnds<'a> {
    /// The first tokens: one more than the frame keeps, for an opening
    /// bracket the frame drops.
    head: Vec<Token<'a>>,
    /// The last tokens after the head, as many as the frame keeps.
    tail: VecDeque<Token<'a>>,
    /// Whether the tokens after the last word include a closing bracket.
    closes_bracket: bool,
}

impl<'a> SentenceEnds<'a> {
    const HEAD: usize = MAX_FRAME / 2 + 1;
    const TAIL: usize = MAX_FRAME / 2;

    /// Reads `sentence`, which starts at byte `base` of the document, in
    /// place of the sentence read before.
    fn read(&mut self, sentence: &'a str, base: usize, quotes: &[Quote]) {
        self.head.clear();
        self.tail.clear();
        self.closes_bracket = false;
        let ends = self;
        let mut cursor = QuoteCursor::new(quotes, base);
        let mut keep = |mut tok: Token<'a>| {
            if let Some((qi, quote)) = cursor.reaching(tok.span) {
                if tok.span == quote.open {
                    tok.kind = TokKind::Open(qi);
                } else if Some(tok.span) == quote.close {
                    tok.kind = TokKind::Close(qi);
                } else if quote.inner().contains(tok.span) {
                    return;
                }
            }
            ends.closes_bracket = !tok.is_word() && (ends.closes_bracket || tok.is_punct(')'));
            if ends.head.len() < Self::HEAD {
                ends.head.push(tok);
            } else {
                if ends.tail.len() == Self::TAIL {
                    ends.tail.pop_front();
                }
                ends.tail.push_back(tok);
            }
        };
        // The words inside a quotation never reach the frame, so they are
        // never tokenized: the sentence is read in the pieces between the
        // quotations' inner spans, each piece ending on an opening mark or
        // starting on a closing one.
        let end = base + sentence.len();
        let mut from = base;
        let mut inners = QuoteCursor::new(quotes, base);
        while from < end {
            let next_inner = inners
                .reaching(Span::new(from, from))
                .map(|(_, quote)| quote.inner())
                .filter(|inner| inner.start() < end && inner.end() > from);
            let to = next_inner.map_or(end, |inner| inner.start().max(from));
            tokens::for_each_token(&sentence[from - base..to - base], from, &mut keep);
            match next_inner {
                Some(inner) => from = inner.end().min(end),
                None => break,
            }
        }
    }

    /// The frame's tokens, written into `frame`, whose allocation it takes
    /// over.
    fn frame<'t>(&'t self, mut frame: Vec<&'t Token<'a>>) -> Vec<&'t Token<'a>> {
        frame.clear();
        frame.extend(self.head.iter().chain(&self.tail));
        // "(At noon the mayor said she would …)": a sentence set in brackets is
        // read as the sentence inside them.
        if frame.first().is_some_and(|t| t.is_punct('(')) && self.closes_bracket {
            frame.remove(0);
        }
        // Attribution sits at the start or the end of a sentence. A
        // "sentence" longer than any real one (a paragraph with no full
        // stop, a dump of data) is read at both ends only, which keeps the
        // grammar linear.
        if frame.len() > MAX_FRAME {
            frame.drain(MAX_FRAME / 2..frame.len() - MAX_FRAME / 2);
        }
        frame
    }
}

impl<'t, 'a> Frame<'t, 'a> {
    fn len(&self) -> usize {
        self.toks.len()
    }

    fn span(&self, from: usize, to: usize) -> Span {
        if from >= to || to > self.len() {
            return Span::default();
        }
        Span::new(self.toks[from].span.start(), self.toks[to - 1].span.end())
    }

    fn is(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }

    fn close_at(&self, i: usize) -> Option<usize> {
        match self.toks.get(i)?.kind {
            TokKind::Close(q) => Some(q),
            _ => None,
        }
    }

    fn open_at(&self, i: usize) -> Option<usize> {
        match self.toks.get(i)?.kind {
            TokKind::Open(q) => Some(q),
            _ => None,
        }
    }

    /// The quotation that a comma or colon at `k` introduces (`said, “…”`,
    /// `told reporters: “…”`).
    fn introduced_quote(&self, k: usize) -> Option<usize> {
        if self.is(k, ',') || self.is(k, ':') {
            self.open_at(k + 1)
        } else {
            None
        }
    }

    /// Whether a comma token stands anywhere from `from` to `to`.
    fn has_comma(&self, from: usize, to: usize) -> bool {
        (from..to).any(|k| self.is(k, ','))
    }

    /// A comma at frame token `k`, or a quotation closing there on its own
    /// comma (`“…party,” claiming …`).
    fn comma_at(&self, k: usize) -> bool {
        self.is(k, ',') || self.close_at(k).is_some_and(|q| self.quote_ends_with(q, &[',']))
    }

    /// Whether the words of quotation `q` end with one of `marks`, past any
    /// space or closing mark of a quotation inside it (`…,’”`).
    fn quote_ends_with(&self, q: usize, marks: &[char]) -> bool {
        self.quotes[q]
            .inner()
            .slice(self.text)
            .trim_end_matches([' ', '\'', '’', '"', '”'])
            .ends_with(marks)
    }

    /// Whether the words of quotation `q` open in lower case: they go on
    /// with a sentence begun outside it.
    fn quote_opens_lowercase(&self, q: usize) -> bool {
        self.quotes[q]
            .inner()
            .slice(self.text)
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    }

    fn is_dash(&self, k: usize) -> bool {
        self.is(k, '—') || self.is(k, '―') || self.is(k, '–')
    }

    /// Whether the dash at `k` opens a pair after whose closing dash the
    /// clause goes on: its verb ("— a reply to the union — was weak") or
    /// a lower-case word that continues it ("— a word he used twice — and
    /// reassurance"), not a subject of its own ("— the term he used — Lee
    /// fought back", "— he left") nor a clause or a verb joined to the
    /// speaker's ("— and Ruiz fought back", "— and walked out").
    fn clause_goes_on_after_dash_pair(&self, k: usize) -> bool {
        (k + 1..self.content_end)
            .find(|&i| self.is_dash_or_hyphen(i))
            .is_some_and(|close| {
                let next = self.toks.get(close + 1);
                let opens_clause =
                    |t: &Token<'_>| t.is_word() && (t.is_capitalized() || opens_clause_as_subject(&t.norm));
                let joined_clause = self
                    .norms
                    .get(close + 1)
                    .is_some_and(|w| CLAUSE_JOINERS.contains(w))
                    && (self.finite_verb_at(close + 2)
                        || self.toks.get(close + 2).is_some_and(|t| opens_clause(t)));
                next.is_some_and(|t| t.is_word() && !opens_clause(t)) && !joined_clause
            })
    }

    /// A dash, or the hyphen that stands for one between spaces in looser
    /// copy ("a fine start - but he said"); a hyphen inside a word is part of it.
    /// Only where a clause follows it: before a name, a spaced hyphen is as
    /// likely a credit line as an aside.
    fn is_dash_or_hyphen(&self, k: usize) -> bool {
        self.is_dash(k) || self.is(k, '-')
    }

    /// Whether every quotation between frame tokens `from` and `to` belongs
    /// to a description of the source after a comma: a title in an
    /// appositive ("Lee, the author of “Quiet Harbors,”"), read as a title
    /// with its closing comma aside, or anything in a relative clause
    /// ("Lee, who once called the port “a relic,”"). Elsewhere a cue
    /// makes the words a clause ("Lee, the mayor, said on “Sunday Forum”
    /// that …").
    fn quotes_in_description(&self, from: usize, to: usize) -> bool {
        let Some(comma) = (from..to).find(|&k| self.is(k, ',')) else {
            return false;
        };
        // The relative clause must run to the end of the words and close
        // there, on a comma or a quotation's comma, so that the words name
        // the source and nothing after it.
        let relative_clause = (comma + 1..to)
            .find(|&k| self.comma_at(k - 1) && RELATIVE_WORDS.contains(&self.norms[k]))
            .filter(|&r| to > r + 1 && self.comma_at(to - 1) && !(r..to - 1).any(|k| self.comma_at(k)));
        (from..relative_clause.unwrap_or(to)).all(|k| match self.open_at(k) {
            Some(q) => k > comma && self.is_title(q),
            None => {
                let closes_before_comma = self.close_at(k).is_some() && k < comma;
                !closes_before_comma && !self.finite_form_cue_at(k)
            }
        })
    }

    /// Whether every quotation from `from` to `to` is a title an "of"
    /// phrase takes ("the editors of the “Harbor Report”", "a host of “The
    /// Pitch”"): it belongs to the phrase that names the source.
    fn titles_after_of(&self, from: usize, to: usize) -> bool {
        let mut opens = (from..to).filter(|&k| self.open_at(k).is_some()).peekable();
        opens.peek().is_some() && opens.all(|k| self.title_after_of_at(k, from).is_some())
    }

    /// The quotation opening at `k` when it is a title an "of" phrase
    /// starting after `from` takes ("of “The Pitch”", "of the “Harbor
    /// Report”").
    fn title_after_of_at(&self, k: usize, from: usize) -> Option<usize> {
        let of_before = |i: usize| i > from && self.norms[i - 1] == "of";
        let after_of = k > from && (of_before(k) || (self.norms[k - 1] == "the" && of_before(k - 1)));
        self.open_at(k).filter(|&q| after_of && self.is_title(q))
    }

    fn has_quote_marks(&self, from: usize, to: usize) -> bool {
        self.toks[from..to.min(self.len())]
            .iter()
            .any(|t| matches!(t.kind, TokKind::Open(_) | TokKind::Close(_)))
    }

    /// Content from frame token `from` to the end of the sentence: a quote when
    /// it is exactly one, else a paraphrase (mixed when it holds a quote).
    fn content_from(&self, from: usize) -> Option<Content> {
        if from >= self.content_end {
            return None;
        }
        if let Some(q) = self.open_at(from) {
            let quote = &self.quotes[q];
            let rest_is_quote = (from + 1..self.content_end).all(|i| self.close_at(i) == Some(q));
            if rest_is_quote {
                return Some((AttributionKind::Direct, quote.inner(), Some(q)));
            }
            // A quotation followed by the writer's own clause ("…, until
            // shots were heard"): the quotation is the content.
            if let Some(close) = (from + 1..self.content_end).find(|&i| self.close_at(i) == Some(q)) {
                let comma_after = self.is(close + 1, ',');
                let next = if comma_after { close + 2 } else { close + 1 };
                // A conjunction opens the writer's clause when a comma sets
                // it off, or when a verb follows it ("chanted “What
                // curfew?” and kept going"); before a noun phrase or "that"
                // the quotation is a phrase of the reported clause ("said
                // “budget reforms” and the new taxes would pay for it").
                let set_off = comma_after || self.quote_ends_with(q, &[',']);
                let phrase_goes_on = self
                    .norms
                    .get(next + 1)
                    .is_some_and(|w| *w == "that" || CLAUSE_DETERMINERS.contains(w));
                let writer_goes_on = self.norms.get(next).is_some_and(|w| {
                    is_time_word(w)
                        || matches!(*w, "as" | "until" | "then")
                        || (CLAUSE_OPENERS.contains(w) && (set_off || !phrase_goes_on))
                });
                if next < self.content_end && writer_goes_on {
                    return Some((AttributionKind::Direct, quote.inner(), Some(q)));
                }
            }
        }
        let kind = if self.has_quote_marks(from, self.content_end) {
            AttributionKind::Mixed
        } else {
            AttributionKind::Indirect
        };
        Some((kind, self.clause_span(from, self.content_end), None))
    }

    /// The span of a reported clause from token `from` to `to`. A quotation
    /// that opens at its end and runs on into the next sentences belongs to
    /// the clause to its closing mark ("said the tone “was set early. It
    /// stayed.”"), or to the sentence's end when it never closes. In the
    /// same way a clause that opens on the closing mark of a quotation begun
    /// in an earlier sentence starts at its opening mark (“were tired. They
    /// were unpaid” until May, Lee said).
    fn clause_span(&self, from: usize, to: usize) -> Span {
        let mut span = self.span(from, to);
        let opened_before = self
            .close_at(from)
            .filter(|&q| from < to && (from == 0 || self.open_at(from - 1) != Some(q)));
        if let Some(q) = opened_before {
            span = Span::new(self.quotes[q].open.start(), span.end());
        }
        match (to > from && to >= self.content_end)
            .then(|| self.open_at(to - 1))
            .flatten()
        {
            Some(q) => {
                let quote = &self.quotes[q];
                let end = if quote.close.is_some() {
                    quote.inner().end()
                } else {
                    self.words_end
                };
                Span::new(span.start(), end.max(span.end()))
            }
            None => span,
        }
    }

    fn content_until(&self, from: usize, to: usize) -> Option<Content> {
        if from >= to {
            return None;
        }
        if let (Some(q), Some(c)) = (self.open_at(from), self.close_at(to - 1)) {
            if q == c {
                return Some((AttributionKind::Direct, self.quotes[q].inner(), Some(q)));
            }
        }
        let kind = if self.has_quote_marks(from, to) {
            AttributionKind::Mixed
        } else {
            AttributionKind::Indirect
        };
        Some((kind, self.clause_span(from, to), None))
    }

    fn phrase(&self, from: usize, to: usize) -> Option<SourcePhrase> {
        if from >= to || to > self.len() {
            return None;
        }
        source::classify(&self.toks[from..to], self.lexicon, from == 0)
    }

    fn mention(&self, from: usize, to: usize, intro_to: usize) -> Option<Mention> {
        self.mention_as(from, to, intro_to, source::classify)
    }

    /// A mention where only a speaker can stand, between a quotation and its
    /// speech verb (see [`source::classify_speaker`]).
    fn speaker(&self, from: usize, to: usize, intro_to: usize) -> Option<Mention> {
        self.mention_as(from, to, intro_to, source::classify_speaker)
    }

    fn mention_as(&self, from: usize, to: usize, intro_to: usize, classify: Classifier) -> Option<Mention> {
        // Punctuation that closes an appositive ("…, seat of the province,")
        // is not part of the source's words; the closing mark of a title in
        // the phrase is.
        let title_closes = |k: usize| {
            self.close_at(k)
                .is_some_and(|q| (from..k).any(|i| self.open_at(i) == Some(q)))
        };
        let trim = |mut end: usize| {
            while end > from
                && !self.toks[end - 1].is_word()
                && !self.is(end - 1, ')')
                && !title_closes(end - 1)
            {
                end -= 1;
            }
            end
        };
        // The description is judged with the comma that closes it, which
        // lets a relative clause end it ("Lee, a host of “The Pitch,” who
        // went on to …,").
        let titles_after_of = self.titles_after_of(from, to);
        let described = self.quotes_in_description(from, to) || titles_after_of;
        let (to, intro_to) = (trim(to), trim(intro_to.max(to)));
        if from >= to || (self.has_quote_marks(from, to) && !described) {
            return None;
        }
        // Words right after a currency sign are an amount of money ("spent
        // $500 backing Lee"), never people, whatever bounded the phrase there.
        if from > 0 && self.toks[from - 1].is_currency_sign() {
            return None;
        }
        let phrase = match (from..to).find(|&k| self.open_at(k).is_some()) {
            None => classify(&self.toks[from..to], self.lexicon, from == 0)?,
            // A title ending the phrase ends the appositive that holds it
            // ("Lee, the author of “Quiet Harbors,”"), which describes the
            // source; the words before it name them. Without an appositive
            // the words before its "of" do ("the editors of the “Harbor
            // Report”"), as the frame holds no words of a quotation.
            Some(open) if self.close_at(to - 1).is_some() => {
                let head_end = (from + 1..open).rev().find(|&k| self.is(k, ',')).or_else(|| {
                    titles_after_of
                        .then(|| (from + 1..open).rev().find(|&k| self.norms[k] == "of"))
                        .flatten()
                })?;
                classify(&self.toks[from..head_end], self.lexicon, from == 0)?
            }
            // Inside the phrase a title's marks are no words of it ("Lee, a
            // host of “The Pitch,” who …").
            Some(_) => {
                let unmarked: Vec<&Token<'_>> = self.toks[from..to]
                    .iter()
                    .copied()
                    .filter(|t| !matches!(t.kind, TokKind::Open(_) | TokKind::Close(_)))
                    .collect();
                classify(&unmarked, self.lexicon, from == 0)?
            }
        };
        Some(Mention {
            span: self.span(from, to),
            intro: self.span(from, intro_to.max(to)),
            phrase,
        })
    }

    /// Where the subject starts after an introductory phrase that no comma
    /// closes ("On Tuesday the mayor said", "In the letter the senators
    /// said", "In an interview Lee declared"): after the phrase's noun, at
    /// an article, a subject pronoun or a name.
    fn after_intro_phrase(&self, start: usize, end: usize) -> Option<usize> {
        const MAX_INTRO_WORDS: usize = 10;
        let first = *self.norms.get(start)?;
        // "A few days ago in an interview he …": a time counted back.
        let ago = (start..end.min(start + 5)).any(|k| self.norms[k] == "ago");
        // "Saturday at the convention Sen. Lee said …": a day opens one too.
        if !PREPOSITIONS.contains(&first)
            && !TIME_MODIFIERS.contains(&first)
            && !DAYS.contains(&first)
            && !ago
        {
            return None;
        }
        (start + 2..end.min(start + MAX_INTRO_WORDS + 1)).find(|&k| {
            let (before, at) = (self.toks[k - 1], self.toks[k]);
            if !before.is_word() || !at.is_word() {
                return false;
            }
            let noun_before = !CLAUSE_DETERMINERS.contains(&self.norms[k - 1])
                && !PREPOSITIONS.contains(&self.norms[k - 1]);
            // A word in capitals is a run-in headline, not a name.
            let shouted = at.text.chars().filter(|c| c.is_alphabetic()).count() > 1
                && at.text.chars().all(|c| !c.is_lowercase());
            let subject_starts = matches!(self.norms[k], "the" | "a" | "an")
                || opens_clause_as_subject(self.norms[k])
                || (at.is_capitalized()
                    && !shouted
                    && (!before.is_capitalized() || is_time_word(self.norms[k - 1])));
            noun_before && subject_starts
        })
    }

    /// Where the subject ends before a cue at `p`: auxiliaries and adverbs
    /// ("has also said") belong to the cue, and so does a sentence adverb
    /// between commas ("Lee, though, said", "Lee, for example, said").
    fn subject_end(&self, p: usize) -> usize {
        let mut end = match p.checked_sub(1).filter(|&to| self.norms[to] == "to") {
            Some(to) => self
                .control_chain_start(to)
                .or_else(|| self.purpose_verb_before(to))
                .unwrap_or(p),
            None => p,
        };
        if end > 2 && self.is(end - 1, ',') {
            // "He, in a rare interview, said", "Lee, once again, said": a
            // short adverbial of time, place or occasion between commas.
            const MAX_ASIDE_TOKENS: usize = 6;
            if let Some(comma) = (end.saturating_sub(MAX_ASIDE_TOKENS + 1)..end - 1)
                .rev()
                .take_while(|&k| self.toks[k].is_word() || self.is(k, ','))
                .find(|&k| self.is(k, ','))
            {
                let aside = &self.norms[comma + 1..end - 1];
                let adverb = match aside {
                    [word] => LEADING_WORDS.contains(word) || matches!(*word, "though" | "too"),
                    [.., "again"] => true,
                    // A name after the preposition places the subject
                    // instead ("Ana Ruiz, at Harbor Bank, said").
                    [first, _, ..] if ASIDE_PREPOSITIONS.contains(first) => {
                        !self.toks[comma + 2].is_capitalized()
                    }
                    _ => PARENTHETICAL_PHRASES.contains(&aside),
                };
                if adverb {
                    end = comma;
                }
            }
        }
        while end > 0
            && (self.is_auxiliary(end - 1)
                || self.is_manner_adverb(end - 1)
                || self.is_floating_quantifier(end - 1))
        {
            end -= 1;
        }
        // "The mayor has in the past said", "Lee had on occasion argued": a
        // short phrase between an auxiliary and the cue says when, and the
        // subject ends before the auxiliary.
        if let Some(at) = self.phrase_after_auxiliary(end) {
            end = at;
            while end > 0 && self.is_auxiliary(end - 1) {
                end -= 1;
            }
        }
        // "Officials — including the director — have argued": an aside
        // between dashes, or spaced hyphens typed for them, is no part of
        // the subject.
        if end > 1 && self.is_dash_or_hyphen(end - 1) {
            if let Some(open) = (0..end - 1).rev().find(|&k| self.is_dash_or_hyphen(k)) {
                end = open;
            }
        }
        // A time between the subject and its verb ("The mayor last week
        // told", "Officials on Tuesday said") is no part of the subject.
        if let Some(time_start) = self.time_before(end) {
            end = time_start;
            while end > 0 && self.is_auxiliary(end - 1) {
                end -= 1;
            }
        }
        self.participle_phrase_before(end).unwrap_or(end)
    }

    /// Where a participial phrase between commas that ends at `end` starts
    /// ("Lee, speaking to reporters, said", "Lee, asked about the vote,
    /// said"): it describes the subject's circumstances and is no part of
    /// the subject's words.
    fn participle_phrase_before(&self, end: usize) -> Option<usize> {
        const MAX_TOKENS: usize = 20;
        // The closing comma may stand inside a quotation ("Lee, appearing
        // on “The Week Ahead,” said").
        let comma = end.checked_sub(1).filter(|&k| self.comma_at(k))?;
        let open = (comma.saturating_sub(MAX_TOKENS)..comma)
            .rev()
            .find(|&k| self.is(k, ','))?;
        // A subordinator may open the phrase ("Lee, when asked about the
        // vote, said", "Lee, while conceding the point, said").
        let after_subordinator = SUBORDINATORS.contains(self.norms.get(open + 1)?) && open + 2 < comma;
        let first = self.toks.get(open + 1 + usize::from(after_subordinator))?;
        // "including" and "excluding" name members of the subject, not
        // circumstances ("Unions, including the teachers, said"); "ranking"
        // opens a title ("Lee, ranking member of the panel, said").
        let participle = first.is_word()
            && !first.is_capitalized()
            && !matches!(first.norm.as_ref(), "including" | "excluding" | "ranking")
            && (source::is_present_participle(&first.norm) || source::is_participle(&first.norm));
        (participle && open > 0).then_some(open)
    }

    /// Where a short time phrase ending at `end` starts ("on Tuesday",
    /// "last week", "just this month", "Tuesday night", "in July"), when a
    /// subject stands before it: not after a participle ("a report
    /// released on Tuesday said", "voters going to the polls Tuesday"),
    /// whose time belongs to it. A month is a time only after "in" or a
    /// modifier: alone it may end a name ("Theresa May").
    fn time_before(&self, end: usize) -> Option<usize> {
        const MAX_WORDS: usize = 4;
        let head = |word: &str| DAYS.contains(&word) || PERIODS.contains(&word);
        let leads = |word: &str| TIME_MODIFIERS.contains(&word) || matches!(word, "in" | "during");
        let last = end.checked_sub(1)?;
        let dated_month = MONTHS.contains(&self.norms[last]) && last > 0 && leads(self.norms[last - 1]);
        if !(head(self.norms[last]) || dated_month) || !self.toks[last].is_word() {
            return None;
        }
        let start = (last.saturating_sub(MAX_WORDS - 1)..last)
            .rev()
            .take_while(|&k| head(self.norms[k]) || leads(self.norms[k]))
            .last()
            .unwrap_or(last);
        let before = start.checked_sub(1)?;
        let word = self.norms[before];
        // After a subordinator the time is its object ("since early May",
        // "until Monday").
        let subject_word = self.toks[before].is_word()
            && !word.ends_with("ed")
            && !word.ends_with("ing")
            && !TIME_MODIFIERS.contains(&word)
            && !SUBORDINATORS.contains(&word);
        subject_word.then_some(start)
    }

    /// Where a prepositional phrase of up to four lowercase words that ends
    /// at `end` starts, when a verbal auxiliary stands right before it ("has
    /// in the past", "had at one point", "have for years"). After a noun the
    /// phrase would describe it ("Officials in the city said"), and after an
    /// adverb it is a clause of its own ("even after the judge ruled").
    fn phrase_after_auxiliary(&self, end: usize) -> Option<usize> {
        const MAX_WORDS: usize = 4;
        (end.saturating_sub(MAX_WORDS)..end)
            .rev()
            .take_while(|&k| self.toks[k].is_word() && !self.toks[k].is_capitalized())
            .find(|&k| ASIDE_PREPOSITIONS.contains(&self.norms[k]) || matches!(self.norms[k], "for" | "over"))
            .filter(|&k| {
                k > 0 && k + 1 < end && {
                    let verb = self.norms[k - 1];
                    FINITE_BE.contains(&verb)
                        || takes_bare_verb(verb)
                        || matches!(verb, "has" | "have" | "had")
                }
            })
            // "was at the dinner and recalled", "is in what he called": a
            // conjunction, a pronoun or a wh-word opens a clause of its own.
            .filter(|&k| {
                !self.norms[k + 1..end].iter().any(|w| {
                    SUBJECT_PRONOUNS.contains(w)
                        || COMPLEMENTIZERS.contains(w)
                        || RELATIVE_WORDS.contains(w)
                        || matches!(*w, "and" | "or" | "but")
                })
            })
    }

    /// Whether the word at `k` may stand between a source and its cue ("has",
    /// "also", "did not").
    fn is_auxiliary(&self, k: usize) -> bool {
        self.lexicon.auxiliaries.longest_at(&self.norms[k..=k]).is_some() && !self.is_month_may(k)
    }

    /// Whether "May" at `k` names the month, not the modal: capitalised
    /// after a preposition or a word of time ("a report released in May
    /// showed", "since early May"), or before a date ("May 4").
    fn is_month_may(&self, k: usize) -> bool {
        self.norms[k] == "may"
            && self.toks[k].is_capitalized()
            && k > 0
            && (PREPOSITIONS.contains(&self.norms[k - 1])
                || TIME_MODIFIERS.contains(&self.norms[k - 1])
                || self
                    .toks
                    .get(k + 1)
                    .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit())))
    }

    /// Whether a quantifier at `k` floats after the subject it counts ("they
    /// both said", "Lee and Ruiz all argued", "the papers each called"):
    /// the subject is the words before it. Opening the sentence ("Both
    /// said") it is the subject itself, and after a preposition it ends an
    /// adverbial ("above all", "of them all").
    fn is_floating_quantifier(&self, k: usize) -> bool {
        matches!(self.norms[k], "both" | "all" | "each")
            && k > 0
            && self.toks[k - 1].is_word()
            && !PREPOSITIONS.contains(&self.norms[k - 1])
            && !matches!(self.norms[k - 1], "above" | "over" | "and" | "or")
    }

    /// Whether a manner adverb stands at `k` ("openly said", "angrily
    /// told"): a lower-case word in -ly that is no noun ("his family
    /// said", "the assembly voted").
    fn is_manner_adverb(&self, k: usize) -> bool {
        // "only" is the adverb too ("could only quip").
        (self.is_adverb_in_ly(k) || self.norms[k] == "only")
            && !self.toks[k].is_capitalized()
            && !(k > 0 && makes_noun(self.norms[k - 1]))
    }

    /// Whether the word at `k` is an adverb in -ly, capitalised or not
    /// ("Privately", "openly"). Four-letter words in -ly are mostly
    /// adjectives ("ugly", "holy") or nouns ("ally").
    fn is_adverb_in_ly(&self, k: usize) -> bool {
        let word = self.norms[k];
        self.toks[k].is_word() && word.len() > 4 && word.ends_with("ly") && !NOUNS_IN_LY.contains(&word)
    }

    /// Where the clause holding a subject that ends at `end` starts: after
    /// leading conjunctions and an introductory phrase closed by a comma.
    fn clause_start(&self, end: usize) -> usize {
        self.clause_start_from(self.dateline_end().filter(|&d| d < end).unwrap_or(0), end)
    }

    /// Where the leading words of a clause that opens at `i` end, before
    /// `end`: conjunctions and focusing adverbs, each perhaps with a comma
    /// ("But, even so, …").
    fn leading_words_end(&self, mut i: usize, end: usize) -> usize {
        // "Even the mayor said …", "Even now she says …": a focusing adverb
        // before the subject or a leading word leads too. Before a
        // subordinator it belongs to an introductory phrase ("Even as the
        // river rose, …", "But even after Lee, pressed by voters, agreed …").
        let leading = |i: usize| {
            let word = self.norms[i];
            LEADING_WORDS.contains(&word)
                || (word == "even"
                    && self.norms.get(i + 1).is_some_and(|next| {
                        LEADING_WORDS.contains(next) || !(opens_subject(next) || INTRO_WORDS.contains(next))
                    }))
        };
        while i < end && leading(i) {
            i += 1;
            if self.is(i, ',') {
                i += 1;
            }
        }
        i
    }

    /// Where a clause that opens at `i` has its subject, before `end`: after
    /// leading words and an introductory phrase.
    fn clause_start_from(&self, i: usize, end: usize) -> usize {
        let mut i = self.leading_words_end(i, end);
        // "Privately, some officials think …": an adverb in -ly and its
        // comma open the sentence. A name in -ly takes an appositive closed
        // by a second comma instead ("Connolly, a nurse, said").
        if i + 2 < end && self.is(i + 1, ',') && self.is_adverb_in_ly(i) && !self.has_comma(i + 2, end) {
            i += 2;
        }
        // "As Ana Ruiz, a historian, put it": "as" and a name whose
        // appositive a comma opens are the subject of the aside's cue, not
        // an introductory phrase. So is a phrase whose members the comma
        // lists ("As many experts, including Lee, have noted").
        let as_name = i < end
            && self.norms[i] == "as"
            && (i + 1..end).find(|&k| self.comma_at(k)).is_some_and(|comma| {
                comma > i + 1
                    && ((i + 1..comma).all(|k| self.toks[k].is_capitalized())
                        || self.lists_members_at(comma + 1))
            });
        if as_name {
            return i + 1;
        }
        // The comma may close a quotation inside the phrase ("In an
        // interview on “The Week Ahead,” Lee said …").
        if i < end && INTRO_WORDS.contains(&self.norms[i]) {
            if let Some(comma) = (i..end).find(|&k| self.comma_at(k)) {
                i = comma + 1;
                // "In Millbrook, Ore., officials said …": a place and its
                // state or country sit between two commas. A subject with
                // an appositive of its own after them is a name instead
                // ("In Boston, Lee, a nurse, said …").
                // So does the second half of a noun phrase whose adjectives
                // a comma parts ("After a hastily called, tense meeting,").
                if let Some(second) = (i + 1..end.min(i + 4)).find(|&k| self.is(k, ',')) {
                    let place = (i..second).all(|k| self.toks[k].is_capitalized() || self.is(k, '.'))
                        && !self.has_comma(second + 1, end);
                    if place || self.coordinate_adjective_at(comma, second) {
                        i = second + 1;
                    }
                }
            } else if let Some(second) = (i..end).filter(|&k| self.is_dash_or_hyphen(k)).nth(1) {
                // "In the spring - two weeks after the vote - the agency
                // said …": a pair of dashes, or of spaced hyphens, sets off
                // an aside instead of the comma.
                i = second + 1;
            }
        }
        i
    }

    /// Whether the comma at `comma` parts two adjectives of one noun phrase,
    /// whose noun ends before the comma at `second` ("After a hastily
    /// called, tense meeting, the board said …"): the words before the
    /// first comma open a noun phrase with no noun yet, and those between
    /// the commas are lower-case words with no determiner or verb.
    fn coordinate_adjective_at(&self, comma: usize, second: usize) -> bool {
        let adjective_before = comma >= 2
            && self.toks[comma - 1].is_word()
            && !self.toks[comma - 1].is_capitalized()
            && (comma.saturating_sub(4)..comma - 1).any(|k| matches!(self.norms[k], "a" | "an" | "the"));
        second >= comma + 3
            && adjective_before
            && (comma + 1..second).all(|k| {
                let word = self.norms[k];
                self.toks[k].is_word()
                    && !self.toks[k].is_capitalized()
                    && !CLAUSE_DETERMINERS.contains(&word)
                    && !SUBJECT_PRONOUNS.contains(&word)
                    && !self.finite_verb_at(k)
                    && !FINITE_BE.contains(&word)
            })
    }

    /// Where a dateline before the sentence's clause ends: capitalised
    /// words, perhaps with an agency in brackets or an abbreviated region,
    /// and a dash ("WASHINGTON (AP) —", "Paris –", "DECATUR, Ill. —").
    fn dateline_end(&self) -> Option<usize> {
        const MAX_DATELINE_TOKENS: usize = 8;
        let dash = (1..self.len().min(MAX_DATELINE_TOKENS)).find(|&k| self.is_dash(k))?;
        // A full stop ends the region's abbreviation after the city's comma;
        // before any comma it ends a title ("Gov. Ana Ruiz — who …").
        let mut after_comma = false;
        self.toks[..dash]
            .iter()
            .all(|t| {
                after_comma |= t.is_punct(',');
                if t.is_word() {
                    t.is_capitalized()
                } else {
                    t.is_punct('(') || t.is_punct(')') || t.is_punct(',') || (after_comma && t.is_punct('.'))
                }
            })
            .then_some(dash + 1)
    }

    /// After a recipient verb at `q`, the end of its recipient and of any
    /// place or time phrase after it: the reported clause opens at a "that"
    /// close behind ("told customers at a diner in Concord that …").
    fn recipient_end(&self, q: usize) -> usize {
        const MAX_WORDS_BEFORE_THAT: usize = 14;
        const MAX_LISTENER_WORDS: usize = 8;
        let end = self.recipient_phrase_end(q);
        if let Some(that) = self.title_then_that(end) {
            return that;
        }
        // "told his aides that …", "told a morning show host on Monday
        // that …": a verb of telling names its listener first, so
        // the words before a near "that" are the listener, whatever they
        // are. A relative clause on the listener has a verb of its own
        // ("told a woman who suggested that …").
        // So are the words before a pronoun that can only be a subject
        // ("told host Dana Cole she thought …"), and a programme's title
        // among them ("told the “Today” show on Monday that …").
        // "Her" before a noun is a possessive, not the listener itself
        // ("told her aides that …"); before a determiner it is the
        // listener ("told her the plan that …").
        let possessive_her = self.norms.get(q) == Some(&"her")
            && self.toks.get(q + 1).is_some_and(|t| t.is_word())
            && !CLAUSE_DETERMINERS.contains(&self.norms[q + 1]);
        if end == q || possessive_her {
            let clause_opens = |k: usize| self.norms[k] == "that" || opens_clause_as_subject(self.norms[k]);
            if let Some(clause) = (q + 1..(q + MAX_LISTENER_WORDS).min(self.content_end))
                .take_while(|&k| {
                    (self.toks[k].is_word() && !RELATIVE_WORDS.contains(&self.norms[k]))
                        || self.is(k, '.')
                        || self.closed_quote_at(k)
                        || (k > 0 && self.closed_quote_at(k - 1))
                })
                .find(|&k| COMPLEMENTIZERS.contains(&self.norms[k]) || clause_opens(k))
                .filter(|&k| clause_opens(k))
            {
                return clause;
            }
        }
        // Only a phrase that opens with a preposition or a time word; after
        // a noun, "that" may start a relative clause ("told reporters the
        // plan that failed was his").
        if !self.norms.get(end).is_some_and(|w| opens_adverbial(w)) {
            return end;
        }
        // The clause may also open on a subject pronoun without "that"
        // ("told reporters on Monday she …"), unless a subordinator opens
        // it inside the adverbial ("told reporters after he spoke …").
        (end..(end + MAX_WORDS_BEFORE_THAT).min(self.content_end))
            .take_while(|&k| self.toks[k].is_word() || self.is(k, ','))
            .find(|&k| {
                self.norms[k] == "that"
                    || (opens_clause_as_subject(self.norms[k])
                        && !CLAUSE_OPENERS.contains(&self.norms[k - 1]))
            })
            .unwrap_or(end)
    }

    /// After a recipient verb at `q`, the end of its recipient ("AP", "AP’s
    /// Nairobi bureau", "reporters", "him").
    fn recipient_phrase_end(&self, q: usize) -> usize {
        let Some(first) = self.norms.get(q) else { return q };
        let outlet_at = |i: usize| {
            let texts: Vec<&str> = self.toks[i.min(self.len())..(i + 8).min(self.len())]
                .iter()
                .map(|t| t.text)
                .collect();
            self.lexicon.outlets.longest_at(&texts).map(|(n, ())| i + n)
        };
        let after_the = if *first == "the" { q + 1 } else { q };
        if let Some(end) = outlet_at(q).or_else(|| outlet_at(after_the)) {
            return end;
        }
        if OBJECT_PRONOUNS.contains(first) {
            return q + 1;
        }
        // "told his radio audience on Monday, “…”": a short phrase between
        // the cue and a quotation after a comma or colon is the listener.
        const MAX_LISTENER_WORDS: usize = 8;
        let before_quote = (q + 1..(q + MAX_LISTENER_WORDS).min(self.content_end))
            .find(|&k| !self.toks[k].is_word() || COMPLEMENTIZERS.contains(&self.norms[k]))
            .filter(|&k| self.introduced_quote(k).is_some());
        if let Some(k) = before_quote {
            return k;
        }
        let mut i = q;
        if matches!(*first, "the" | "a" | "an") {
            i += 1;
        }
        let start = i;
        let mut possessive = false;
        // After a possessive, up to three lowercase words name the desk or
        // the programme ("the Courier’s regional desk").
        let mut after_possessive = 0;
        while let Some(tok) = self.toks.get(i) {
            let lower_ok = possessive
                && after_possessive < 3
                && tok.is_word()
                && !tok.is_capitalized()
                && !COMPLEMENTIZERS.contains(&tok.norm.as_ref())
                && !TAIL_STARTS.contains(&tok.norm.as_ref())
                && !is_time_word(tok.norm.as_ref());
            if lower_ok {
                after_possessive += 1;
                i += 1;
            } else if tok.is_capitalized() && after_possessive == 0 {
                possessive |= tok.norm.ends_with("'s");
                i += 1;
            } else if possessive && after_possessive == 0 && self.quoted_title_at(i) {
                // "told CBS's “Face the Nation”": the programme's title.
                i += 2;
                break;
            } else {
                break;
            }
        }
        // A paper named for its city: "the Star-Ledger of Newark".
        if i > start && !possessive && self.norms.get(i) == Some(&"of") {
            let place_end = (i + 1..self.len())
                .find(|&k| !self.toks[k].is_capitalized())
                .unwrap_or(self.len());
            if place_end > i + 1 {
                i = place_end;
            }
        }
        // "a Senate panel", "the House committee": a name may qualify the
        // listener's noun.
        let listener_noun = |i: usize| {
            self.norms
                .get(i)
                .is_some_and(|w| self.lexicon.recipients.contains(*w))
        };
        if i > start {
            return if !possessive && listener_noun(i) { i + 1 } else { i };
        }
        if listener_noun(i) {
            return i + 1;
        }
        q
    }

    /// Whether a quotation that closes in this sentence and reads as a
    /// title opens at frame token `k` (the frame holds no words of a
    /// quotation, so it closes at the next token).
    fn quoted_title_at(&self, k: usize) -> bool {
        self.open_at(k)
            .is_some_and(|q| self.close_at(k + 1) == Some(q) && self.is_title(q))
    }

    /// Whether the words of quotation `q` read as a title.
    fn is_title(&self, q: usize) -> bool {
        looks_like_title(self.quotes[q].inner().slice(self.text))
    }

    /// After the cue and its recipient, skips a short adverbial ("in a
    /// statement", "on Tuesday") when a complementizer, colon or quote follows
    /// it, or an adverb of manner before a colon or comma and a quotation.
    fn skip_adverbial(&self, q: usize) -> usize {
        // "replied sharply: “…”": an adverb of manner before the
        // mark that introduces a quotation says how it was said.
        if q < self.len() && self.is_manner_adverb(q) && self.introduced_quote(q + 1).is_some() {
            return q + 1;
        }
        // Only an adverbial is skipped: "said the probe is “ongoing”" reports
        // a clause with a partial quote in it.
        if !self.norms.get(q).is_some_and(|w| opens_adverbial(w)) || self.infinitive_at(q) {
            return q;
        }
        // "this week" is an adverbial, and "tweeted this: “…”" points at
        // what follows; "said this was a “…”" reports a clause that "this"
        // opens.
        if self.norms[q] == "this"
            && !self.is(q + 1, ':')
            && !self
                .norms
                .get(q + 1)
                .is_some_and(|w| PERIODS.contains(w) || DAYS.contains(w))
        {
            return q;
        }
        let limit = (q + 8).min(self.content_end);
        for k in q..limit {
            if let Some(that) = self.title_then_that(k) {
                return that;
            }
            if self.is(k, ',') && self.open_at(k + 1).is_some() {
                return k;
            }
            // A quotation right after the words skipped must open a
            // sentence of its own ("said in an interview “We are done”");
            // one that opens in lower case goes on with a clause the words
            // began ("said as many as 40 were “trapped”").
            if self.is(k, ':')
                || self.open_at(k).is_some_and(|q| !self.quote_opens_lowercase(q))
                || self.norms[k] == "that"
                // A topic after "of" or "about" may take a clause with no
                // "that" of its own ("complained of the imbalance he sees").
                || (k > q + 1 && opens_clause_as_subject(self.norms[k]) && !matches!(self.norms[q], "of" | "about"))
                // "said on Tuesday the plan was …", "said Tuesday he …",
                // "said Monday it would …", "said last week the plan …":
                // after the time, the reported clause; an object would stand
                // before the time, so any subject pronoun opens the clause. A
                // time is a whole adverbial, so it may be the only words
                // skipped.
                || (k > q
                    && self.time_ends_at(q, k - 1)
                    && (CLAUSE_DETERMINERS.contains(&self.norms[k]) || SUBJECT_PRONOUNS.contains(&self.norms[k])))
            {
                return k;
            }
            // "said on the radio, where she is a guest, that …": a relative
            // clause set off by commas describes the adverbial's place or
            // occasion, and the reported clause follows it.
            if let Some(that) = self.relative_aside_then_that(k) {
                return that;
            }
            // "responded to the post by calling it “…”": the participle
            // is a cue of its own, not a way past the adverbial.
            // A comma ends the adverbial, also one inside a quotation
            // ("described as “volatile,” with …").
            if self.comma_at(k) || self.is(k, ';') || self.participle_cue_at(k) {
                break;
            }
        }
        q
    }

    /// Whether a time phrase that starts at or after `from` ends at `k`: a
    /// day ("Tuesday") or a part of one ("Tuesday night", "last week",
    /// "earlier this year").
    fn time_ends_at(&self, from: usize, k: usize) -> bool {
        let modified = |word: &str| DAYS.contains(&word) || TIME_MODIFIERS.contains(&word);
        DAYS.contains(&self.norms[k])
            || (PERIODS.contains(&self.norms[k]) && k > from && modified(self.norms[k - 1]))
    }

    /// The comma right after a short time phrase from `from` on ("on
    /// Tuesday,", "reporters last week,"), which closes a dated speech tag.
    fn comma_after_time(&self, from: usize) -> Option<usize> {
        const MAX_TIME_TOKENS: usize = 3;
        (from..(from + MAX_TIME_TOKENS).min(self.content_end))
            .find(|&k| self.time_ends_at(from, k))
            .map(|k| k + 1)
            .filter(|&comma| self.is(comma, ','))
    }

    /// Whether a present-participle cue stands at `k` ("calling",
    /// "saying").
    fn participle_cue_at(&self, k: usize) -> bool {
        self.cue_form_at(k, |tense| tense == Tense::Ing)
    }

    /// Whether a verb with no subject of its own stands at `k`, after the
    /// cue of a relative clause whose relative word is the reported
    /// clause's subject ("which organizers say will rise", "that insiders
    /// said was missed").
    fn gap_verb_at(&self, k: usize) -> bool {
        self.toks
            .get(k)
            .is_some_and(|t| t.is_word() && !t.is_capitalized())
            && (self.is_auxiliary(k) || FINITE_BE.contains(&self.norms[k]))
    }

    /// Whether the verb of a reported clause whose subject is the relative
    /// word before the cue stands at `k` ("a deadline that insiders said
    /// went unnoticed", "the levy, which officials say will rise", "the
    /// tariff, which shippers say favors large ports"): one that needs a
    /// subject ([`Self::gap_verb_at`]), a past form or a present form in -s.
    fn relative_gap_verb_at(&self, k: usize) -> bool {
        self.gap_verb_at(k)
            || self.toks.get(k).is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalized()
                    && (source::is_past(&t.norm)
                        // A plural noun before "to" is an object with its
                        // infinitive ("urged followers to act").
                        || (t.norm.len() > 3
                            && source::looks_plural(&t.norm)
                            && self.norms.get(k + 1) != Some(&"to")))
            })
    }

    /// Whether the verb of a relative clause with no relative word stands
    /// at `k`, right after its cue ("a levy officials say will rise", "a
    /// decision they say allowed fraud"): a verb that needs a subject or a
    /// past form. A present form in -s is left out, since it cannot be told
    /// from a plural noun that opens a reported clause ("the year analysts
    /// say costs rose"), and so is a past form after "feel", which is an
    /// adjective ("a reason he felt ignored").
    fn contact_gap_verb_at(&self, k: usize) -> bool {
        let after_feel = k > 0 && matches!(self.norms[k - 1], "feel" | "feels" | "felt");
        self.gap_verb_at(k) || (!after_feel && self.finite_verb_at(k))
    }

    /// The determiner that opens the noun phrase before `s` which a
    /// relative clause with no relative word, its subject opening at `s`,
    /// hangs on ("a probe the agency said was closed", "a list of countries
    /// he said had …"), a few words back. A verb there ends no such phrase
    /// ("said the port would").
    fn contact_relative_head(&self, s: usize) -> Option<usize> {
        const MAX_NOUN_WORDS: usize = 3;
        let plain = |k: usize| {
            self.toks[k].is_word()
                && !source::is_determiner(self.norms[k])
                && !self.finite_verb_at(k)
                && !self.is_verb_before_phrase(k)
                // "a former aide said she …": a past cue form is a verb.
                && !self.cue_form_at(k, |tense| tense == Tense::Past)
        };
        // "the hurdle of the House, which …": the subject follows the noun,
        // never a preposition.
        let noun = s
            .checked_sub(1)
            .filter(|&k| plain(k) && !PREPOSITIONS.contains(&self.norms[k]))?;
        (noun.saturating_sub(MAX_NOUN_WORDS)..noun)
            .rev()
            .take_while(|&k| self.toks[k].is_word())
            .find(|&k| !plain(k))
            .filter(|&k| NOUN_DETERMINERS.contains(&self.norms[k]))
    }

    /// Whether an adverb at `k` comes before a participle cue ("recently
    /// telling", "later saying").
    fn adverb_then_participle_cue_at(&self, k: usize) -> bool {
        k < self.len() && (self.is_auxiliary(k) || self.is_manner_adverb(k)) && self.participle_cue_at(k + 1)
    }

    /// Whether the words from `from` to `to`, before a cue whose words end
    /// at `after_cue`, hold an appositive that no comma closes before the
    /// verb: then they are no subject. Either the cue is a tag inside the
    /// sentence ("The buyer, the agency said, “is a victim.”": the words
    /// before the comma are what was said), or the words after the comma
    /// hold a cue or a quotation of their own (a clause, not a
    /// description). A list ("Lee, Ortiz and Kim said"), a relative clause
    /// ("Lee, who'd said") and a title in a description stay subjects.
    fn unclosed_appositive(&self, from: usize, to: usize, after_cue: usize) -> bool {
        if to <= from || self.is(to - 1, ',') {
            return false;
        }
        let Some(comma) = (from..to).rev().find(|&k| self.is(k, ',')) else {
            return false;
        };
        let list_or_relative = (comma..to).any(|k| {
            let word = self.norms[k];
            matches!(word, "and" | "or") || RELATIVE_WORDS.contains(&word) || source::is_who(word)
        });
        if list_or_relative {
            return false;
        }
        // Titles in a description ("Lee, host of “The Pitch”") keep it one.
        let described = self.quotes_in_description(from, to);
        if described && self.has_quote_marks(from, to) {
            return false;
        }
        self.is(after_cue, ',') || !described
    }

    /// Where the relative "who" or "which" that is the subject of the cue
    /// at `p` stands, if one is: right before the cue and its auxiliaries
    /// ("Lee, who said", "the agency, which has found", "who's argued"), or
    /// before a first verb the cue is joined to by "and" or "but" ("Lee,
    /// who endorsed the plan in May and said …").
    fn relative_word(&self, p: usize) -> Option<usize> {
        const MAX_FIRST_PREDICATE: usize = 12;
        let is_relative = |k: usize| source::is_who(self.norms[k]) || self.norms[k] == "which";
        let last = self.subject_end(p).checked_sub(1)?;
        if is_relative(last) {
            return Some(last);
        }
        // "a memo that said …": "that" right before the cue and after a
        // word is a relative word; the antecedent is checked with it.
        if last > 0 && self.norms[last] == "that" && self.toks[last - 1].is_word() {
            return Some(last);
        }
        // "McConnell, who in 2010 said …": a short phrase of time or place
        // may stand between the relative word and its verb.
        const MAX_ADVERBIAL_WORDS: usize = 3;
        let before_adverbial = (last.saturating_sub(MAX_ADVERBIAL_WORDS)..last)
            .rev()
            .take_while(|&k| self.toks[k].is_word())
            .find(|&k| is_relative(k))
            .filter(|&k| ASIDE_PREPOSITIONS.contains(&self.norms[k + 1]));
        if before_adverbial.is_some() {
            return before_adverbial;
        }
        let conjunction = self.norms[last];
        if !matches!(conjunction, "and" | "but") {
            return None;
        }
        // The first predicate is a run of words: a mark or a quotation
        // between it and the cue makes the relative clause end before.
        // After "who" any lowercase word is its verb or an adverb before
        // it; "which" may be a determiner ("asked which plan won and
        // said"), so a finite verb must follow it.
        (last.saturating_sub(MAX_FIRST_PREDICATE)..last)
            .rev()
            .take_while(|&k| self.toks[k].is_word())
            .find(|&k| is_relative(k))
            .filter(|&k| {
                // "She thanked the crews who stayed but said …": after a
                // relative clause no comma sets off, "but" more often joins
                // the main clause's verbs.
                if conjunction == "but" && !(k > 0 && self.comma_at(k - 1)) {
                    return false;
                }
                if self.norms[k] == "which" {
                    self.finite_verb_at(k + 1)
                } else {
                    self.toks[k + 1].is_word() && !self.toks[k + 1].is_capitalized()
                }
            })
    }

    /// Where the auxiliary of a progressive whose participle stands at `p`
    /// starts: a form of "be" ("is telling"), perhaps with adverbs before
    /// the participle ("is now saying", "were not insisting"), or "been"
    /// after a perfect ("has been warning"). Like the auxiliaries of a
    /// finite cue ("has said"), the perfect's "has" stays outside the cue.
    fn progressive_start(&self, p: usize) -> Option<usize> {
        const MAX_ADVERBS: usize = 2;
        let mut k = p;
        while k > 1
            && p - k < MAX_ADVERBS
            && (self.is_manner_adverb(k - 1) || self.is_auxiliary(k - 1))
            && !FINITE_BE.contains(&self.norms[k - 1])
        {
            k -= 1;
        }
        let be = k.checked_sub(1).filter(|&be| be > 0)?;
        let perfect = self.norms[be] == "been" && self.is_auxiliary(be - 1);
        (FINITE_BE.contains(&self.norms[be]) || perfect).then_some(be)
    }

    /// Where the passive of quoting before the participle at `p` starts
    /// ("Lee is quoted as saying", "was often quoted as warning", "has been
    /// quoted as saying"): the one quoted is the subject, and the passive
    /// with its auxiliary is the cue, as a progressive's is.
    fn quoted_as_start(&self, p: usize) -> Option<usize> {
        let quoted = p.checked_sub(2)?;
        (self.norms[p - 1] == "as" && self.norms[quoted] == "quoted")
            .then(|| self.progressive_start(quoted))
            .flatten()
    }

    /// Whether a cue in a finite form, past or third person, stands at `k`
    /// ("said", "argues").
    fn finite_form_cue_at(&self, k: usize) -> bool {
        self.cue_form_at(k, |tense| matches!(tense, Tense::Past | Tense::Third))
    }

    fn cue_form_at(&self, k: usize, tense: impl Fn(Tense) -> bool) -> bool {
        self.cue_at(k, |form| tense(form.tense))
    }

    /// Whether a cue of the lexicon whose form satisfies `accept` starts at `k`.
    fn cue_at(&self, k: usize, accept: impl Fn(&CueForm) -> bool) -> bool {
        self.lexicon
            .cues
            .longest_at(&self.norms[k.min(self.len())..])
            .is_some_and(|(_, form)| accept(form))
    }

    /// Where "that" stands right after a quotation opening at `k`: the
    /// quotation is a title in the phrase before the reported clause
    /// ("said on the network’s “The Week Ahead” that …").
    fn title_then_that(&self, k: usize) -> Option<usize> {
        (self.closed_quote_at(k) && self.norms.get(k + 2) == Some(&"that")).then_some(k + 2)
    }

    /// Whether a quotation opens at frame token `k` and closes in this
    /// sentence, at the next token (the frame does not hold its words).
    fn closed_quote_at(&self, k: usize) -> bool {
        self.open_at(k).is_some_and(|q| self.close_at(k + 1) == Some(q))
    }

    /// Whether the preposition at `k` rounds the number after it ("about
    /// 500 jobs", "over 40 percent"), which opens a noun phrase, not an
    /// adverbial.
    fn approximates_number(&self, k: usize) -> bool {
        matches!(self.norms[k], "about" | "around" | "over" | "under")
            && self.norms.get(k + 1).is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_digit()) || self.lexicon.counts.contains(w)
            })
    }

    /// Whether "for" at `q` opens an infinitive with its own subject ("for
    /// the port to raise fees"), a clause, not an adverbial.
    fn infinitive_with_subject_at(&self, q: usize) -> bool {
        const MAX_SUBJECT_WORDS: usize = 4;
        self.norms.get(q) == Some(&"for")
            && (q + 2..(q + 2 + MAX_SUBJECT_WORDS).min(self.content_end))
                .take_while(|&k| self.toks[k - 1].is_word())
                .any(|k| self.infinitive_at(k))
    }

    /// Whether "to" at `q` marks an infinitive ("vowed to cut taxes by
    /// “a lot”"), not a listener ("said to reporters", "told to the
    /// crowd"): a lowercase word follows that is no determiner, pronoun or
    /// plural noun.
    fn infinitive_at(&self, q: usize) -> bool {
        if self.norms.get(q) != Some(&"to") {
            return false;
        }
        // The verb may open a quotation ("to “shut it down”"), whose words
        // the frame does not hold.
        if let Some(quote) = self.open_at(q + 1) {
            return self.quote_opens_lowercase(quote);
        }
        self.toks.get(q + 1).is_some_and(|t| {
            let w = t.norm.as_ref();
            t.is_word()
                && !t.is_capitalized()
                && !w.starts_with(|c: char| c.is_ascii_digit())
                && !CLAUSE_DETERMINERS.contains(&w)
                && !OBJECT_PRONOUNS.contains(&w)
                && !matches!(
                    w,
                    "my" | "your" | "all" | "some" | "many" | "both" | "each" | "every" | "no" | "any"
                )
                && (!w.ends_with('s') || w.ends_with("ss"))
        })
    }

    /// Whether the bare cue at `p`, after "to", reports a clause: "went on
    /// to say …", not "went on to defend the plan".
    fn infinitive_reports(&self, p: usize, n: usize, form: &CueForm) -> bool {
        let next = self.norms.get(p + n).copied().unwrap_or_default();
        // A subject pronoun opens a clause ("to insist she will"); "it" and
        // "you" may be objects ("to support it").
        let reports_clause = form.class == CueClass::Neutral
            || !matches!(form.content, ContentShape::Any | ContentShape::Object)
            || matches!(
                next,
                "that" | "why" | "how" | "whether" | "what" | "he" | "she" | "they" | "we" | "i"
            )
            || self.open_at(p + n).is_some();
        form.tense == Tense::Base && reports_clause
    }

    /// Where a participle that governs the infinitive cue at `p` stands,
    /// right after a comma: "…, going on to say …", "…, refusing to
    /// concede that …". The participle's subject is the clause's, as with
    /// "…, saying …".
    fn participle_before_infinitive(&self, p: usize, n: usize, form: &CueForm) -> Option<usize> {
        if p < 3 || self.norms[p - 1] != "to" || !self.infinitive_reports(p, n, form) {
            return None;
        }
        let verb = if self.norms[p - 2] == "on" { p - 3 } else { p - 2 };
        let word = self.norms[verb];
        // "going" is shorter than the participle test trusts a word in -ing
        // to be ("thing", "bring").
        let participle = source::is_present_participle(word) || word == "going";
        (verb > 0 && participle && self.comma_at(verb - 1) && !self.toks[verb].is_capitalized())
            .then_some(verb)
    }

    /// Whether a finite cue stands among the tokens from `from` to `to`.
    fn holds_finite_cue(&self, from: usize, to: usize) -> bool {
        (from..to).any(|k| {
            self.lexicon
                .cues
                .longest_at(&self.norms[k..to])
                .is_some_and(|(n, form)| self.finite_cue(k, n, form))
        })
    }

    /// The verb form at `p` can be a finite cue: not an infinitive ("to
    /// report") unless a verb whose subject speaks stands before it ("went
    /// on to say"), not a noun ("the report"), a passive ("was told") or a
    /// participle standing alone.
    fn finite_cue(&self, p: usize, n: usize, form: &CueForm) -> bool {
        if p == 0 || self.noun_before_speech_tag(p + n, form) {
            return false;
        }
        let prev = self.norms[p - 1];
        // "went on to say", "is likely to argue": an infinitive after a verb
        // whose subject is the speaker.
        if prev == "to" {
            // An infinitive of purpose reports a clause; a word or two is a
            // greeting ("went to the market to say hello").
            const MIN_PURPOSE_CONTENT_TOKENS: usize = 3;
            let purpose = || {
                p + n + MIN_PURPOSE_CONTENT_TOKENS <= self.content_end
                    && self.purpose_verb_before(p - 1).is_some()
            };
            return self.infinitive_reports(p, n, form)
                && (self.control_chain_start(p - 1).is_some() || purpose());
        }
        let blocked = makes_noun(prev)
            || matches!(
                prev,
                "her"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "being"
                    | "no"
                    | "any"
                    | "every"
                    | "of"
                    | "whose"
                    | "which"
                    | "who"
            );
        // "five states", "two reports", "two news reports": a number above
        // one takes the plural verb, so an -s form after it, or after it and
        // one lowercase word, is a noun.
        let counts_above_one = |w: &str| tokens::is_numeral(w) || self.lexicon.counts.contains(w);
        let counted_noun = form.tense == Tense::Third
            && (counts_above_one(prev)
                || (p >= 2
                    && self.toks[p - 1].is_word()
                    && !self.toks[p - 1].is_capitalized()
                    && counts_above_one(self.norms[p - 2])));
        // "would find it hard", "could not find a buyer": a hypothetical
        // finding is no evidence anyone reports.
        let hypothetical = form.class == CueClass::Evidential
            && form.tense == Tense::Base
            && (MODALS.contains(&prev) || (prev == "not" && p >= 2 && MODALS.contains(&self.norms[p - 2])));
        // "could not confirm the number", "cannot show that …": what a
        // source was unable to confirm is nothing it vouched for. "could not
        // say when" stays the source's answer, if an empty one.
        let unable = form.tense == Tense::Base
            && matches!(
                form.class,
                CueClass::Formal | CueClass::Evidential | CueClass::Endorsing
            )
            && (matches!(prev, "cannot" | "couldn't" | "can't")
                || (matches!(prev, "not" | "n't")
                    && p >= 2
                    && matches!(self.norms[p - 2], "could" | "can" | "ca")));
        !blocked && !counted_noun && !hypothetical && !unable && !matches!(form.tense, Tense::Ing)
    }

    /// Where the verb before the "to" at `to` starts, when a short run of
    /// lowercase words with a finite verb stands there ("went on", "is
    /// likely", "appeared", "has steadfastly refused"): the run belongs to
    /// the cue, and its subject is the speaker.
    fn control_chain_start(&self, to: usize) -> Option<usize> {
        const MAX_CHAIN_WORDS: usize = 4;
        // A word in -s may be a verb ("seeks to"), but not before a verb
        // already found: there it is the plural subject ("the older hands
        // wanted to").
        let verb_like = |k: usize, verb_after: bool| {
            let w = self.norms[k];
            self.finite_verb_at(k)
                || FINITE_BE.contains(&w)
                || (!verb_after && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
        };
        let mut start = None;
        let mut verb_after = false;
        for k in (to.saturating_sub(MAX_CHAIN_WORDS)..to).rev() {
            let t = &self.toks[k];
            let w = self.norms[k];
            if !t.is_word()
                || t.is_capitalized()
                || CLAUSE_DETERMINERS.contains(&w)
                || SUBJECT_PRONOUNS.contains(&w)
                || OBJECT_PRONOUNS.contains(&w)
                || matches!(w, "that" | "who" | "which" | "and" | "or" | "but" | "not" | "to")
                // "were given no chance to comment": the infinitive after a
                // determiner's noun belongs to that noun, not to a verb.
                || matches!(w, "no" | "any" | "every" | "another")
            {
                break;
            }
            if verb_like(k, verb_after) {
                start = Some(k);
                // An adverb among the auxiliaries ("never to") is no verb.
                verb_after |= !self.is_auxiliary(k);
            }
        }
        start.filter(|&k| k > 0)
    }

    /// Where the verb of a clause stands whose infinitive of purpose is the
    /// "to" at `to`: a past verb with its object or phrase of place between
    /// ("stood at a rally to say", "took to the radio to argue", "rose at a
    /// hearing to say"). Its subject is the speaker. A verb that makes
    /// its object the one who speaks ("asked Lee to say", "led the chair to
    /// declare") or is a cue itself is no such verb.
    fn purpose_verb_before(&self, to: usize) -> Option<usize> {
        const MAX_PHRASE_TOKENS: usize = 6;
        const OBJECT_CONTROL: &[&str] = &[
            "allowed",
            "forced",
            "persuaded",
            "convinced",
            "invited",
            "hired",
            "paid",
            "got",
            "led",
            "prompted",
            "pushed",
            "pressed",
            "required",
            "needed",
            "caused",
            "enabled",
            "inspired",
            "drove",
            "sent",
            "taught",
            "helped",
            "let",
            "made",
            "compelled",
            "dared",
            "begged",
            "called",
            "trusted",
            "appointed",
            "elected",
            "chose",
            "picked",
            "named",
            "tapped",
            "used",
            "gave",
        ];
        (to.saturating_sub(MAX_PHRASE_TOKENS + 1)..to.saturating_sub(1))
            .rev()
            .take_while(|&k| {
                let t = &self.toks[k];
                (t.is_word() || self.is(k, '.'))
                    && !matches!(self.norms[k], "that" | "who" | "which" | "and" | "or" | "but")
            })
            .find(|&k| {
                self.toks[k].is_word() && !self.toks[k].is_capitalized() && source::is_past(self.norms[k])
            })
            .filter(|&verb| {
                verb > 0
                    && !OBJECT_CONTROL.contains(&self.norms[verb])
                    && self.lexicon.cues.longest_at(&self.norms[verb..]).is_none()
                    && !self.is_auxiliary(verb - 1)
                    && !FINITE_BE.contains(&self.norms[verb - 1])
            })
    }

    /// A cue the lexicon has no verb form for (a colon, a dash, "according
    /// to", "reportedly"): its words from `from` to `to`.
    fn plain_cue(&self, from: usize, to: usize, class: CueClass) -> Cue {
        Cue {
            span: self.span(from, to),
            class,
        }
    }

    fn cue(&self, p: usize, n: usize, form: &CueForm) -> Cue {
        self.plain_cue(p, p + n, form.class)
    }

    /// `“Q,” said SOURCE` and `CONTENT, said SOURCE, APPOSITIVE`.
    fn inverted(&self, p: usize, n: usize, form: &CueForm) -> Option<Found> {
        // The bare form inverts after a plural speaker ("…, say analysts").
        let bare = form.tense == Tense::Base;
        if form.recipient || !(bare || matches!(form.tense, Tense::Past | Tense::Third)) || p == 0 {
            return None;
        }
        let (content, quote) = if let Some(q) = self.close_at(p - 1) {
            (self.quotes[q].inner(), Some((q, p - 1)))
        } else if self.is(p - 1, ',') && p >= 2 {
            if let Some(q) = self.close_at(p - 2) {
                (self.quotes[q].inner(), Some((q, p - 2)))
            } else if form.class == CueClass::Question {
                // "Friday, the county, leading a group of towns, asked a judge to
                // …": a question verb after a clause asks something itself.
                return None;
            } else {
                (self.clause_span(0, p - 1), None)
            }
        } else {
            return None;
        };
        let from = p + n;
        // "…,” said the editors of the “Harbor Report,” adding …": a title
        // an "of" phrase takes is part of the phrase, and a comma or full
        // stop typed inside its closing mark ends the phrase there.
        let title_close = |k: usize| {
            let title = self.title_after_of_at(k, from)?;
            let close = (k + 1..self.len()).find(|&i| self.close_at(i) == Some(title))?;
            Some((close, self.quotes[title].inner().slice(self.text)))
        };
        let mut k = from;
        let stop = loop {
            if k >= self.len() {
                break self.len();
            }
            if let Some((close, words)) = title_close(k) {
                if words.ends_with([',', '.']) {
                    break close + 1;
                }
                k = close + 1;
                continue;
            }
            let t = self.toks[k];
            if matches!(t.kind, TokKind::Open(_) | TokKind::Close(_))
                || (matches!(t.text, "," | "." | ";" | ":" | "—" | "–" | "?" | "!")
                    && !self.abbreviation_period(k))
            {
                break k;
            }
            k += 1;
        };
        // "said a former official who described the fee as “…”": a relative
        // clause with a cue of its own attributes its own content, so the
        // speaker's phrase ends before it.
        let stop = (from + 1..stop)
            .find(|&k| source::is_who(self.norms[k]) && self.holds_finite_cue(k + 1, stop))
            .unwrap_or(stop);
        // After a name or a title, a time or an adverbial is the sentence's
        // tail, not part of the speaker ("said Dan Lee when asked …", "said
        // county clerk Dan Lee in an interview", "said the host of “Harbor
        // Hour” on Tuesday"); "of", "for", "from" and "with" still describe
        // ("said Dan Lee of the union").
        let stop = (from + 1..stop)
            .filter(|&k| {
                self.toks[k - 1].is_capitalized()
                    || self.toks[k - 1].is_punct('.')
                    || self.close_at(k - 1).is_some()
            })
            .find(|&k| {
                let word = self.norms[k];
                (is_time_word(word) || TAIL_STARTS.contains(&word))
                    && !matches!(word, "of" | "for" | "from" | "with")
            })
            .unwrap_or(stop);
        // "The trouble, says Lee, a historian, is that …": the sentence the
        // tag interrupts goes on at a comma before a verb, whose subject
        // stands before the tag.
        let goes_on = if quote.is_none() {
            (stop..self.content_end.min(stop + MAX_APPOSITIVE))
                .take_while(|&k| self.open_at(k).is_none())
                .find(|&k| self.comma_at(k) && (self.gap_verb_at(k + 1) || self.finite_verb_at(k + 1)))
        } else {
            None
        };
        // An appositive after the name describes the source: ", a spokesman
        // for …", up to the end of the sentence or the next half of a split quote.
        let appositive_end = goes_on.unwrap_or_else(|| {
            (stop + 1..self.content_end)
                .find(|&k| self.open_at(k).is_some())
                .map_or(self.content_end, |k| if self.is(k - 1, ',') { k - 1 } else { k })
        });
        let intro_to = if self.is(stop, ',')
            && stop + 1 < appositive_end
            && !self.has_quote_marks(stop + 1, appositive_end)
        {
            let word = self.norms[stop + 1];
            let describes = matches!(word, "a" | "an" | "the" | "who" | "one")
                || self.toks[stop + 1].is_capitalized()
                || self.toks[stop + 1].norm.ends_with("'s");
            // "said Hana Fares, who runs a clinic, in a phone interview": an
            // adverbial after the description's last comma is the tag's.
            let tail = (stop + 2..appositive_end.saturating_sub(1)).rev().find(|&k| {
                let word = self.norms[k + 1];
                self.is(k, ',')
                    && (is_time_word(word) || TAIL_STARTS.contains(&word))
                    && !matches!(word, "of" | "for" | "from" | "with")
            });
            if describes {
                tail.unwrap_or(appositive_end)
            } else {
                stop
            }
        } else {
            stop
        };
        let mention = if quote.is_some() {
            self.speaker(from, stop, intro_to)?
        } else {
            self.mention(from, stop, intro_to)?
        };
        // "said the agency's director, Ana Ruiz": a role named in its
        // appositive is the person named.
        let mention = match mention.phrase.kind {
            PhraseKind::Anonymous | PhraseKind::Definite if intro_to > stop + 1 => self
                .speaker(from, intro_to, intro_to)
                .filter(|named| named.phrase.kind == PhraseKind::NamedPerson)
                .unwrap_or(mention),
            _ => mention,
        };
        // Without a quote to vouch for it, "CONTENT, confirmed the arrests"
        // is a verb and its object, not an inverted attribution.
        if quote.is_none() && !mention.phrase.known_head {
            return None;
        }
        // "…, say some economists" agrees with its speaker; "…, say a
        // prayer" has no speaker to agree with. The bare form is also a
        // noun or a modifier ("“radical” protest plans", "On Tuesday, state
        // officials found …"), so it inverts only as a tag set off by a
        // comma whose speaker phrase holds no verb of its own.
        let set_off =
            || self.is(p - 1, ',') || quote.is_some_and(|(q, _)| self.quote_ends_with(q, &[',', '?', '!']));
        if bare && (!mention.phrase.plural || !set_off() || (from..stop).any(|k| self.finite_verb_at(k))) {
            return None;
        }
        // "The worker, who declined to give her name, said …": what precedes
        // the comma is the subject, not reported content. A tag the sentence
        // goes on after ("Most residents, says Lee, wanted …") interrupts a
        // subject with no comma of its own instead; a subject whose
        // description the comma closes still speaks through the verb ("Aides
        // to Lee, who …, said their reports, …, would change").
        if quote.is_none() {
            let subject_start = self.clause_start(p - 1);
            let interrupts = goes_on.is_some() && !self.has_comma(subject_start, p - 1);
            if !interrupts && self.phrase(subject_start, p - 1).is_some() {
                return None;
            }
        }
        if content.is_empty() {
            return None;
        }
        let cue = self.cue(p, n, form);
        match quote {
            Some((q, close)) => self.quoted_with_lead_in(q, close, cue, mention),
            // The whole sentence the tag interrupts is the claim, tag and all.
            None if goes_on.is_some() => Some(Found::claim(
                self.content_until(0, self.content_end)?,
                cue,
                Some(mention),
            )),
            // "But, said Lee, “…”", "Put simply, explained Lee: “…”": the
            // quotation the tag introduces finishes the writer's words, and
            // the claim runs over both, tag and all.
            // The frame holds no words of a quotation, so one that closes in
            // this sentence closes at the token after its opening.
            None => match self.introduced_quote(intro_to) {
                Some(_) => {
                    let end = if self.closed_quote_at(intro_to + 1) {
                        intro_to + 3
                    } else {
                        self.content_end
                    };
                    Some(Found::claim(self.content_until(0, end)?, cue, Some(mention)))
                }
                None => {
                    let kind = if self.has_quote_marks(0, p) {
                        AttributionKind::Mixed
                    } else {
                        AttributionKind::Indirect
                    };
                    Some(Found::new(kind, content, None, cue, Some(mention)))
                }
            },
        }
    }

    /// The words of quotation `q`, as a direct claim of `mention` by `cue`.
    fn quoted(&self, q: usize, cue: Cue, mention: Option<Mention>) -> Found {
        Found::new(
            AttributionKind::Direct,
            self.quotes[q].inner(),
            Some(q),
            cue,
            mention,
        )
    }

    /// `Said SOURCE: “Q”`: the cue opens the sentence, the speaker follows
    /// it, and a colon or comma introduces the quotation.
    fn fronted(&self, p: usize, n: usize, form: &CueForm) -> Option<Found> {
        if p != 0 || form.recipient || !matches!(form.tense, Tense::Past | Tense::Third) {
            return None;
        }
        let from = p + n;
        let stop = (from..self.len()).find(|&k| self.is(k, ':') || self.is(k, ','))?;
        // "Said Lee:" alone at the end of its paragraph introduces the next
        // paragraph's quotation, as "Lee said:" does.
        if self.is(stop, ':') && stop + 1 >= self.content_end {
            let mention = self.speaker(from, stop, stop)?;
            return Some(Found::introducing_next(self.cue(p, n, form), mention));
        }
        let (q, intro_to) = match self.open_at(stop + 1) {
            Some(q) => (q, stop),
            None => {
                // "Said Dana Lee, who grew up nearby, “…”": an appositive
                // stands between the speaker and the quotation.
                let later = (stop + 1..self.len().min(stop + MAX_APPOSITIVE))
                    .find(|&k| self.introduced_quote(k).is_some())?;
                if self.has_quote_marks(stop + 1, later) {
                    return None;
                }
                (self.introduced_quote(later)?, later)
            }
        };
        let mention = self.speaker(from, stop, intro_to)?;
        Some(self.quoted(q, self.cue(p, n, form), Some(mention)))
    }

    /// Whether the full stop at `k` closes an abbreviation inside a noun
    /// phrase: a title before a capitalised word ("Rep. Ann Lee"), or an
    /// initial before any word ("G.K. Osei", "E.P.A. files"; the sentence
    /// goes on, so the stop ends no sentence).
    fn abbreviation_period(&self, k: usize) -> bool {
        let Some(next) = self.toks.get(k + 1).filter(|t| t.is_word()) else {
            return false;
        };
        if !self.is(k, '.') || k == 0 {
            return false;
        }
        let before = self.toks[k - 1];
        let initial = before.is_word()
            && before.text.chars().all(|c| c.is_uppercase() || c == '.')
            && before.text.chars().filter(|c| c.is_alphabetic()).count() <= 3;
        initial || (next.is_capitalized() && self.lexicon.titles.longest_at(&[before.text]).is_some())
    }

    /// `his claim that CONTENT`, `the mayor’s pledge to CONTENT`: a noun of
    /// [`Lexicon::nominal_cues`] after its possessor, perhaps with one or two
    /// describing words between ("her earlier claim", "his most explosive
    /// claim"), and its content in the clause after it, or after "is" or
    /// "was" ("Lee’s argument was that …", "Her pledge is to …").
    fn nominal(&self, p: usize) -> Option<Found> {
        // A possessive word is rarer than the lexicon's nouns, so it is
        // asked for first.
        let possessive = |k: usize| {
            let word = self.norms[k];
            word.ends_with("'s") || source::possessive_subject(word).is_some() || self.plural_possessive_at(k)
        };
        // After a possessive, "most" makes a superlative ("his most
        // damaging claim"); an article would make the pronoun an object
        // ("told her the claim").
        let describing = |k: usize| {
            let word = self.norms[k];
            self.toks[k].is_word()
                && !self.toks[k].is_capitalized()
                && (word == "most" || !source::is_determiner(word))
                && !word.ends_with("'s")
        };
        const MAX_DESCRIBING_WORDS: usize = 2;
        let owner = (p.saturating_sub(MAX_DESCRIBING_WORDS + 1)..p)
            .rev()
            .take_while(|&k| k + 1 == p || describing(k + 1))
            .find(|&k| possessive(k))?;
        // The noun is looked up before the search for its link, which
        // tests each word of an adverbial for a verb.
        let cue = self.lexicon.nominal_cues.get(self.norms[p])?;
        // "Her argument was that …": the noun is a copula's subject,
        // and the clause after it is the whole rest of the sentence.
        let is_copula = |k: usize| matches!(self.norms[k], "is" | "was");
        let (link, copula) = if is_copula(p + 1) {
            (p + 2, true)
        } else {
            match self.link_after_adverbial(p + 1) {
                Some(k) if is_copula(k) => (k + 1, true),
                Some(k) => (k, false),
                None => (p + 1, false),
            }
        };
        let infinitive = self.norms.get(link) == Some(&"to");
        if infinitive && !(cue.infinitive && self.infinitive_at(link)) {
            return None;
        }
        // "Her answer was: “…”": after the copula a colon may introduce
        // the words themselves.
        let quoted = copula && self.is(link, ':') && self.open_at(link + 1).is_some();
        // "her claim that was rejected": a relative clause, no content.
        if !infinitive
            && !quoted
            && (self.norms.get(link) != Some(&"that")
                || link + 1 >= self.content_end
                || self.clause_verb_at(link + 1)
                || self.is_auxiliary(link + 1))
        {
            return None;
        }
        let mention = self.possessor(owner)?;
        let q = if infinitive { link } else { link + 1 };
        let end = if copula {
            None
        } else {
            self.nominal_content_end(&mention, q, infinitive)
        };
        let content = match end {
            Some(end) => self.content_until(q, end)?,
            None => self.reported_content(q)?,
        };
        Some(Found::claim(
            content,
            self.plain_cue(p, p + 1, cue.class),
            Some(mention),
        ))
    }

    /// Where "that", "is" or "was" stands after a short adverbial that
    /// opens at `k` ("her claim during the debate that …", "his argument
    /// at the hearing was that …"): words only, with no other verb, between
    /// them. An "of" phrase is the noun's own and is no adverbial ("her
    /// claim of fraud").
    fn link_after_adverbial(&self, k: usize) -> Option<usize> {
        const MAX_ADVERBIAL_TOKENS: usize = 5;
        let word = *self.norms.get(k)?;
        if matches!(word, "to" | "of") || !opens_adverbial(word) {
            return None;
        }
        let link = |i: usize| matches!(self.norms[i], "that" | "is" | "was");
        (k + 1..(k + 1 + MAX_ADVERBIAL_TOKENS).min(self.content_end))
            .take_while(|&i| self.toks[i].is_word())
            .find(|&i| link(i) || self.clause_verb_at(i))
            .filter(|&i| link(i))
    }

    /// Where the content of a nominal cue from `q` ends when its phrase is
    /// not the sentence's last part: before the main verb when the phrase is
    /// the subject ("Her pledge to cut fares is popular", the clause's own
    /// verb first after "that"), or at the comma that closes a fronted
    /// phrase ("Despite his claim that …, the board …").
    fn nominal_content_end(&self, mention: &Mention, q: usize, infinitive: bool) -> Option<usize> {
        let start = self
            .toks
            .partition_point(|t| t.span.start() < mention.span.start());
        let before = start.checked_sub(1).map(|k| self.norms[k]);
        let subject = before.is_none_or(|w| w == "," || CLAUSE_OPENERS.contains(&w));
        let fronted =
            start == 1 && before.is_some_and(|w| PREPOSITIONS.contains(&w) || INTRO_WORDS.contains(&w));
        if fronted {
            return (q..self.content_end).find(|&k| self.comma_at(k));
        }
        if !subject {
            return None;
        }
        // The infinitive's own verb is no main verb, and after "that" the
        // clause has a verb of its own first. A verb right after a
        // conjunction shares its subject ("that the port is unsafe and would
        // close"); a conjunction with a subject after it opens a second
        // reported clause ("that the dam would fail and the town would
        // flood"), after which no verb is sure to be the main one. A modal
        // is the clause's own verb ("that courts shouldn't weigh … is"); a
        // past form after "be" is that verb's participle ("that more ships
        // are needed"), and a word after a determiner is an adjective ("many
        // undocumented workers").
        let conjunction = |k: usize| matches!(self.norms[k], "and" | "or" | "but");
        let verb = |k: usize| {
            let word = self.norms[k];
            (self.clause_verb_at(k) || MODALS.contains(&word))
                && !self.is_auxiliary(k - 1)
                && !is_be_form(self.norms[k - 1])
                && !source::is_determiner(self.norms[k - 1])
                && !conjunction(k - 1)
        };
        let own_verbs = usize::from(!infinitive);
        let main_verb = (q + 1..self.content_end).filter(|&k| verb(k)).nth(own_verbs)?;
        // A conjunction between two capitalized words joins names ("in Iraq
        // and Syria").
        let joins_names = |k: usize| self.toks[k - 1].is_capitalized() && self.toks[k + 1].is_capitalized();
        let second_clause =
            (q..main_verb).any(|k| conjunction(k) && !self.clause_verb_at(k + 1) && !joins_names(k));
        (!second_clause).then_some(main_verb)
    }

    /// Whether frame token `k` is the apostrophe that makes the plural
    /// before it possessive ("the owners’ complaint").
    fn plural_possessive_at(&self, k: usize) -> bool {
        k > 0
            && (self.is(k, '\'') || self.is(k, '’'))
            && self.toks[k - 1].is_word()
            && self.toks[k - 1].span.end() == self.toks[k].span.start()
            && source::looks_plural(self.norms[k - 1])
    }

    /// The possessor that ends at frame token `owner`: a possessive
    /// determiner ("his") or a phrase in "’s" ("the mayor’s", "Gov. Ana
    /// Ruiz’s") or in a plural's "’" ("the owners’"), the longest that
    /// reads as a source.
    fn possessor(&self, owner: usize) -> Option<Mention> {
        let span = self.toks[owner].span;
        if let Some(phrase) = source::possessive_pronoun(self.norms[owner]) {
            return Some(Mention {
                span,
                intro: span,
                phrase,
            });
        }
        // "the owners’": a plural's apostrophe is a token of its own.
        let (owner_word, owner_at) = if self.plural_possessive_at(owner) {
            (self.norms[owner - 1], owner - 1)
        } else {
            (self.norms[owner].strip_suffix("'s")?, owner)
        };
        // A name with its title ("Gov. Ana Ruiz’s"), or lowercase words
        // ("the harbor board’s"), perhaps after a determiner.
        const MAX_POSSESSOR_TOKENS: usize = 6;
        let first = (owner_at + 1).saturating_sub(MAX_POSSESSOR_TOKENS);
        let name = self.toks[owner_at].is_capitalized();
        let mut start = owner_at;
        // A capital at the sentence's start may only mark the word that
        // opens it ("Despite Lee’s claim …").
        let opens_sentence = |k: usize| k == 0 && INTRO_WORDS.contains(&self.norms[k]);
        while start > first
            && if name {
                (self.toks[start - 1].is_capitalized() && !opens_sentence(start - 1))
                    || self.is(start - 1, '.')
            } else {
                self.toks[start - 1].is_word()
                    && !self.toks[start - 1].is_capitalized()
                    && !source::is_determiner(self.norms[start - 1])
            }
        {
            start -= 1;
        }
        if start > 0 && source::is_determiner(self.norms[start - 1]) {
            start -= 1;
        }
        // The phrase is read as its owner, without the "’s".
        let owner_token = Token {
            norm: Cow::Borrowed(owner_word),
            ..self.toks[owner_at].clone()
        };
        let mut words: Vec<&Token<'_>> = self.toks[start..owner_at].to_vec();
        words.push(&owner_token);
        (0..words.len()).find_map(|i| {
            let from = start + i;
            let phrase = source::classify(&words[i..], self.lexicon, from == 0)?;
            let span = self.span(from, owner + 1);
            Some(Mention {
                span,
                intro: span,
                phrase,
            })
        })
    }

    /// `“Q,” SOURCE said`.
    fn after_quote(&self, p: usize, n: usize, form: &CueForm) -> Option<Found> {
        let end = self.subject_end(p);
        let close = (0..end).rev().find(|&k| self.close_at(k).is_some())?;
        let q = self.close_at(close)?;
        // The quotation ends its words with a comma, a question or an
        // exclamation (`“…,” she said`), or, in looser copy, with nothing
        // before a short speaker whose speech verb ends the sentence (`“…”
        // Lee said`). Otherwise a bare quotation is a name inside a clause
        // (`The “Fair Fares” coalition plans …, the paper reports`).
        let ends_words = self.quote_ends_with(q, &[',', '?', '!', '—', '–', '-', '…', '.']);
        // Whether only a short tail follows the cue and its listener; asked
        // only where it matters, as the listener takes a lookup to find.
        let tail_after_cue = || {
            let after_cue = if form.recipient {
                self.recipient_end(p + n)
            } else {
                p + n
            };
            self.tail_ends(after_cue)
        };
        let mut from = close + 1;
        if self.is(from, ',') {
            from += 1;
        } else if !ends_words
            && (self.has_comma(from, end)
                || matches!(
                    form.class,
                    CueClass::Belief | CueClass::Intention | CueClass::Evidential | CueClass::NonSpeech
                )
                || !tail_after_cue())
        {
            return None;
        }
        // "In an interview on “The Week Ahead,” Lee said the plan …": a
        // quotation inside an introductory phrase names something, and the
        // reported clause after the cue is what was said. The phrase may
        // open with its day ("Wednesday on “The Week Ahead,” …").
        let first = self.dateline_end().unwrap_or(0);
        let in_intro = (first + 1..close).any(|k| self.open_at(k) == Some(q)) && {
            let word = self.norms[first];
            PREPOSITIONS.contains(&word)
                || DAYS.contains(&word)
                || INTRO_WORDS.contains(&word)
                || word == "asked"
                || source::is_present_participle(word)
        };
        if in_intro && !tail_after_cue() {
            return None;
        }
        if from >= end || self.has_quote_marks(from, end) {
            return None;
        }
        let mention = self.speaker(from, end, end)?;
        // "“It was a mistake,” Lee said, that the ferry sailed at all": the
        // tag interrupts one reported clause, which "that" takes up again.
        const MAX_TAG_TAIL_TOKENS: usize = 8;
        let resumed = (p + n..self.content_end.min(p + n + MAX_TAG_TAIL_TOKENS))
            .take_while(|&k| self.toks[k].is_word() || self.is(k, ','))
            .find(|&k| self.is(k, ','))
            .is_some_and(|comma| self.norms.get(comma + 1) == Some(&"that") && comma + 2 < self.content_end);
        // On the frame the opening mark stands right before the closing
        // one; a quotation opened in an earlier sentence has none here.
        let open = close.checked_sub(1).filter(|&k| self.open_at(k) == Some(q));
        if let Some(open) = open.filter(|_| resumed) {
            let start = self.lead_in_before(q, close).unwrap_or(open);
            let (_, span, _) = self.content_until(start, self.content_end)?;
            return Some(Found::claim(
                (AttributionKind::Mixed, span, None),
                self.cue(p, n, form),
                Some(mention),
            ));
        }
        self.quoted_with_lead_in(q, close, self.cue(p, n, form), mention)
    }

    /// Quotation `q`, closing at frame token `close`, as the claim of
    /// `mention`: with the writer's words it finishes, when it finishes any.
    fn quoted_with_lead_in(&self, q: usize, close: usize, cue: Cue, mention: Mention) -> Option<Found> {
        match self.lead_in_before(q, close) {
            Some(start) => {
                let content = self.content_until(start, close + 1)?;
                Some(Found::claim(content, cue, Some(mention)))
            }
            None => Some(self.quoted(q, cue, Some(mention))),
        }
    }

    /// Where the writer's words that a quotation closing at frame token
    /// `close` finishes begin: `The plan is “dead on arrival,” she said`
    /// reports the whole clause, not the quoted words alone. A quotation
    /// that opens in lower case right after a word goes on with the clause
    /// it stands in. One that opens after a comma finishes the sentence the
    /// writer began (`With the vote near, “we are ready,” she said`), so the
    /// lead-in runs from the sentence's start; after a colon or a dash the
    /// writer's words are set apart. Writer's words with a cue of their own
    /// are an attribution of their own. When the speaker's quotation goes on
    /// after the attribution (`… “a waste of time,” he said. “It shows.”`),
    /// the lead-in still opens the claim; `link::claims` joins the rest of
    /// the passage to it.
    fn lead_in_before(&self, q: usize, close: usize) -> Option<usize> {
        let open = close.checked_sub(1).filter(|&k| self.open_at(k) == Some(q))?;
        let no_cue = |from: usize, to: usize| {
            // A bare form ("to defend", "cannot say", "they want") belongs
            // to the clause the speaker's quotation finishes; it reports
            // nothing of its own there.
            !(from..to).any(|k| {
                self.toks[k].is_word()
                    && self.cue_form_at(k, |tense| tense != Tense::Base)
                    && !(k > 0 && makes_noun(self.norms[k - 1]))
                    // A form that is also a noun is a verb only after a
                    // pronoun or an auxiliary ("she reports", "has claimed"),
                    // not after an adjective ("The fresh estimates “can't be
                    // right,” …").
                    && !(self.lexicon.noun_forms.contains(self.norms[k])
                        && !(k > 0
                            && (SUBJECT_PRONOUNS.contains(&self.norms[k - 1]) || self.is_auxiliary(k - 1))))
            })
        };
        let start = if open > 1 && self.comma_at(open - 1) {
            // A lead-in of one word ("Still, “…”") is an aside, not a clause.
            let start = self.dateline_end().filter(|&d| d < open).unwrap_or(0);
            (open - 1 > start + 1 && !self.has_quote_marks(start, open - 1) && no_cue(start, open - 1))
                .then_some(start)?
        } else {
            if open == 0 || !(self.toks[open - 1].is_word() && self.quote_opens_lowercase(q)) {
                return None;
            }
            let start = self.clause_start(open);
            if open > start && no_cue(start, open) {
                start
            } else {
                // "Crews voted on the shifts, and the rota looks “far too
                // thin,” she said": the quotation finishes the last
                // of two joined clauses; a cue in the first one reports
                // that one, not the quotation's.
                let joined = (start + 1..open)
                    .rev()
                    .find(|&k| {
                        (self.is(k - 1, ',') && CLAUSE_JOINERS.contains(&self.norms[k])) || self.is(k, ';')
                    })
                    .map(|k| self.clause_start_from(k + 1, open))?;
                (joined < open && no_cue(joined, open)).then_some(joined)?
            }
        };
        Some(start)
    }

    /// The most words a tail after the cue holds.
    const MAX_TAIL_TOKENS: usize = 12;

    /// Whether everything after `q` up to the end of the sentence is a short
    /// adverbial tail ("on Tuesday", "in a statement", ", adding that …").
    fn tail_ends(&self, q: usize) -> bool {
        if q >= self.content_end {
            return true;
        }
        if self.is(q, ',') {
            // ", adding that …", ", citing …": a second cue hangs off the first.
            return self.participle_cue_at(q + 1);
        }
        // The tail may end on a second cue hanging off the first ("…, Lee
        // said Tuesday in Boston, noting …").
        let end = (q..self.content_end.min(q + Self::MAX_TAIL_TOKENS + 1))
            .find(|&k| self.is(k, ',') && self.participle_cue_at(k + 1))
            .unwrap_or(self.content_end);
        self.adverbial_tail(q, end)
    }

    /// The comma that closes a short adverbial tail at `q` ("Fares rose, Lee
    /// said on Monday, and the port …"): after it, the sentence the tag
    /// interrupts may go on.
    fn tail_comma(&self, q: usize) -> Option<usize> {
        let comma =
            (q + 1..self.content_end.min(q + Self::MAX_TAIL_TOKENS + 1)).find(|&k| self.is(k, ','))?;
        self.adverbial_tail(q, comma).then_some(comma)
    }

    /// Whether the words from `q` to `end` are an adverbial of time, place
    /// or manner and no reported clause.
    fn adverbial_tail(&self, q: usize, end: usize) -> bool {
        // "On Monday, the mayor vowed to close the bridge": an infinitive
        // after the cue is what was vowed, never a tail, so the words
        // before the comma are no content ("said to reporters" still is).
        if self.infinitive_at(q) {
            return false;
        }
        if !(is_time_word(self.norms[q]) || TAIL_STARTS.contains(&self.norms[q])) {
            return false;
        }
        // A programme's title may stand in the tail after a word, with the
        // sentence's full stop typed inside its closing mark ("said Sunday
        // on CBS’s “Harbor Hour.”"); any other quotation is what was said.
        let only_titles = (q..end).all(|k| match self.toks[k].kind {
            TokKind::Open(_) => self.open_at(k).is_some_and(|title| {
                k > q
                    && self.toks[k - 1].is_word()
                    && self.close_at(k + 1) == Some(title)
                    && looks_like_title_at_stop(self.quotes[title].inner().slice(self.text))
            }),
            TokKind::Close(_) => k > q && matches!(self.toks[k - 1].kind, TokKind::Open(_)),
            _ => true,
        });
        // "said this was …", "said Tuesday the deal will …": a finite
        // verb makes the words a reported clause, not a tail. A clause of
        // time is the exception: "…, the mayor said as he left" or "when
        // she was asked" tells when the words were said, unless a modal
        // makes it a question ("said when it would open").
        let clause_of_time = opens_clause_of_time(self.norms[q]);
        end - q <= Self::MAX_TAIL_TOKENS
            && only_titles
            && !self.norms[q + usize::from(clause_of_time)..end].iter().any(|w| {
                COMPLEMENTIZERS.contains(w)
                    || MODALS.contains(w)
                    || (!clause_of_time
                        && (opens_clause_as_subject(w)
                            || FINITE_BE.contains(w)
                            || matches!(*w, "has" | "have" | "had")))
            })
    }

    /// Whether the words from `from` to `to` are only a phrase that opens a
    /// sentence ("In a letter", "Since then", "After the vote", "Six months
    /// ago"): they report nothing, so a speaker named after them has no
    /// content there. A short
    /// clause does: one with a verb ("This will fail", "Earlier talks
    /// failed"), or one whose subject "at least" or "at most" counts ("At
    /// least 12 fell").
    fn introductory_phrase(&self, from: usize, to: usize) -> bool {
        const MAX_PHRASE: usize = 4;
        let Some(first) = self.norms.get(from) else {
            return false;
        };
        // Not `finite_verb_at`: its auxiliaries include "then" and "since".
        let verb = |k: usize| {
            let word = self.norms[k];
            self.toks[k].is_word()
                && !self.toks[k].is_capitalized()
                && (source::is_participle(word)
                    || FINITE_BE.contains(&word)
                    || takes_bare_verb(word)
                    || matches!(word, "has" | "have" | "had"))
        };
        to > from
            && to - from <= MAX_PHRASE
            && (INTRO_WORDS.contains(first) || is_time_word(first) || self.norms[to - 1] == "ago")
            && !source::bounds_a_number(&self.toks[from..to], self.lexicon)
            && !(from..to).any(verb)
    }

    /// `CONTENT, SOURCE told RECIPIENT.`
    fn postposed(&self, p: usize, n: usize, form: &CueForm) -> Option<Found> {
        let q = self.past_recipient(p + n, form);
        if !self.tail_ends(q) {
            return None;
        }
        let end = self.subject_end(p);
        if end == 0 {
            return None;
        }
        // "X, a spokesman for Y, said": the phrase ends with a comma.
        let (name_end, search_to) = if self.is(end - 1, ',') {
            (end - 1, end - 1)
        } else {
            (end, end)
        };
        let mut comma = (0..search_to)
            .rev()
            .find(|&k| self.is(k, ',') || self.close_at(k).is_some())?;
        // "CONTENT, as many experts, including Lee, have noted": the phrase
        // that lists members belongs to the subject before its comma.
        let lists_members = self.lists_members_at(comma + 1);
        if lists_members {
            comma = (0..comma).rev().find(|&k| self.is(k, ','))?;
        }
        // "CONTENT, as one analyst put it.": "as" introduces the source, and
        // a quotation closing on the comma is part of the content.
        let as_source =
            self.norms.get(comma + 1) == Some(&"as") && !self.lexicon.noun_forms.contains(self.norms[p]);
        let quote_closes = self.close_at(comma).is_some();
        if quote_closes && !as_source {
            return None; // That is `after_quote`.
        }
        let mut from = comma + 1 + usize::from(as_source);
        let mut content_to = comma + usize::from(quote_closes);
        if name_end < end && !lists_members {
            // The appositive sits between two commas; the name is before it.
            if let Some(c2) = (0..comma).rev().find(|&k| self.is(k, ',')) {
                if self.phrase(c2 + 1, comma).is_some() {
                    from = c2 + 1;
                    content_to = c2;
                }
            }
        }
        // The whole phrase, appositive included, so "a spokeswoman, Dana
        // Whitfield" is read as the named person it is.
        let mention = self.mention(from, name_end, name_end)?;
        let start = self.clause_start(0).min(content_to);
        if self.introductory_phrase(start, content_to) {
            return None;
        }
        // "Dana Lee, a spokeswoman for the port, said on Friday": a name
        // before the appositive is the subject it describes, not words
        // reported by it.
        let named_subject = name_end < end
            && self.phrase(start, content_to).is_some_and(|phrase| {
                matches!(
                    phrase.kind,
                    PhraseKind::NamedPerson | PhraseKind::NamedOrganization
                )
            });
        if named_subject {
            return None;
        }
        // A clause of time after the tag ("…, as Lee said before he left")
        // is a weaker sign of a tag than a sentence ending on it: where the
        // words before the comma hold a tag of their own ("Fares, Ruiz said,
        // will rise, as Lee said before he left"), they are that tag's.
        let timed = q < self.content_end && opens_clause_of_time(self.norms[q]);
        // "While Lee says the fee is fair, Ruiz disagrees": a subordinate
        // clause alone is no statement, and one with a tag of its own is
        // that tag's.
        let subordinate =
            CLAUSAL_SUBORDINATORS.contains(&self.norms[start]) && !self.has_comma(start, content_to);
        if (timed || subordinate) && self.holds_finite_cue(start, content_to) {
            return None;
        }
        let content = self.content_until(start, content_to)?;
        Some(Found::claim(content, self.cue(p, n, form), Some(mention)))
    }

    /// Whether the "that" at `that` closes a cleft that opens the clause at
    /// `start` and puts a time or place in focus ("It was in May that …",
    /// "It was only three years ago that …"): the clause after it is a main
    /// clause, its subject may speak. A noun in focus ("It was her remark
    /// that …") or an adjective ("It is clear that …") takes a clause of
    /// its own.
    fn cleft_on_time_or_place(&self, start: usize, that: usize) -> bool {
        if self.norms[start] != "it" || !FINITE_BE.contains(&self.norms[start + 1]) {
            return false;
        }
        let mut focus = start + 2;
        while focus < that && matches!(self.norms[focus], "only" | "just" | "precisely" | "not" | "also") {
            focus += 1;
        }
        focus < that
            && that - focus <= 6
            && (focus..that).all(|k| self.toks[k].is_word())
            // "It's about convincing voters that …" names an aim, no time.
            && !self.norms[focus + 1].ends_with("ing")
            && (opens_adverbial(self.norms[focus]) || matches!(self.norms[that - 1], "ago" | "later" | "earlier" | "now" | "then" | "here" | "there"))
    }

    /// Whether `mention`, at `s`, is the role an "as" in the middle of a
    /// clause names ("fired him as campaign manager and said …", "her
    /// record as secretary of state"): one unnamed person with neither
    /// determiner nor count, which English does not make a subject.
    fn role_after_as(&self, s: usize, mention: &Mention) -> bool {
        s >= 2
            && self.norms[s - 1] == "as"
            && self.toks[s - 2].is_word()
            && self.toks[s].is_word()
            && !self.toks[s].is_capitalized()
            && mention.phrase.kind == PhraseKind::Anonymous
            && !mention.phrase.organization_head
            && !CLAUSE_DETERMINERS.contains(&self.norms[s])
            && !NOUN_DETERMINERS.contains(&self.norms[s])
            && !matches!(self.norms[s], "one" | "each" | "every" | "no" | "that")
    }

    /// `SOURCE said (that) CONTENT`, `SOURCE told RECIPIENT, “Q”`, `SOURCE said: “Q”`.
    fn preposed(&self, p: usize, n: usize, form: &CueForm) -> Option<Found> {
        let end = self.subject_end(p);
        if end == 0 || (self.close_at(end - 1).is_some() && !self.quotes_in_description(0, end)) {
            return None;
        }
        let start = self.clause_start(end);
        // The subject starts the clause, or follows a comma, a colon or a
        // word that opens a clause ("when Ana Ruiz said", "and the mayor said").
        let mut candidates = vec![start];
        candidates.extend(
            (start..end)
                .filter(|&k| {
                    // Also after a dateline's dash ("CITY (AP) — The mayor
                    // said") and a dash, or a spaced hyphen typed for one,
                    // before a clause of its own ("The vote drew her anger
                    // - he called the plan …"), and a title's quotation
                    // closing on its comma ("Wednesday on “Harbor Hour,” Lee
                    // said …").
                    self.comma_at(k)
                        || self.is(k, ';')
                        || self.is(k, ':')
                        || self.is_dash_or_hyphen(k)
                        || opens_subject(self.norms[k])
                        || self.norms[k] == "that"
                })
                .map(|k| k + 1),
        );
        let after_intro = self.after_intro_phrase(start, end);
        candidates.extend(after_intro);
        // "The fees, which officials said will rise": a relative word with a
        // subject of its own right before the cue opens the cue's clause, and
        // that subject is the speaker, never a phrase that holds the relative
        // word. Found once, from the cue back to the nearest comma.
        let relative_with_subject = (start + 1..end)
            .rev()
            .take_while(|&k| !self.comma_at(k))
            .find(|&k| self.is(k - 1, ',') && WH_OPENERS.contains(&self.norms[k]))
            .filter(|&k| self.mention(k + 1, end, end).is_some_and(|m| m.names_people()));
        // "…, but even today at 70 he says …": a clause joined to the first
        // has leading words and an introductory phrase of its own, tried
        // last.
        let mut joined_intros = Vec::new();
        for i in 1..candidates.len() {
            let s = candidates[i];
            if s > start && s < end && CLAUSE_JOINERS.contains(&self.norms[s - 1]) {
                let clause = self.clause_start_from(s, end);
                candidates.push(clause);
                joined_intros.extend(self.after_intro_phrase(clause, end));
            }
        }
        candidates.extend(&joined_intros);
        // "The council put off the vote because its chair argued …":
        // after a subordinator that opens only clauses, the verb's subject
        // is the nearest one, not the main clause's. An introductory phrase
        // may come between ("Although in May she said …").
        if let Some(&s) = candidates
            .iter()
            .filter(|&&s| s > start && CLAUSAL_SUBORDINATORS.contains(&self.norms[s - 1]))
            .max()
        {
            candidates.insert(0, s);
            if let Some(after_intro) = self.after_intro_phrase(s, end) {
                candidates.insert(1, after_intro);
            }
        }
        // Where the words of a tag end: after the cue, or after a time
        // before a comma ("The plan, officials said Tuesday, will …").
        let dated_tag_comma = self.comma_after_time(p + n);
        let tag_close = dated_tag_comma.unwrap_or(p + n);
        // After a clause opener or an introductory phrase a common noun must
        // name people: "and U.S. sanctions aimed at …" is no attribution.
        let subject_at = |s: usize| {
            if self.has_quote_marks(s, end) && !self.quotes_in_description(s, end) {
                return None;
            }
            // After "that" only as the subject of a relative clause whose
            // verb follows the cue ("a deadline that insiders said was
            // missed") or as one whose object a quotation names ("a blast
            // that the mayor described as “an act of war”"); a
            // complementizer's clause is the content of a cue of its own.
            let after_that = s > start && self.norms[s - 1] == "that";
            // "… grew so heated that Lee said …": "so" or "such" before
            // "that" opens a clause of result, whose subject speaks.
            let result_clause =
                after_that && (s.saturating_sub(5)..s - 1).any(|k| matches!(self.norms[k], "so" | "such"));
            let cleft = after_that && self.cleft_on_time_or_place(start, s - 1);
            // A past or present form there needs a noun before "that" to be
            // sure the clause is relative ("a levy that she said helped …"),
            // not reported ("noted that both were referring to studies").
            let relative = s >= 2 && !self.is_verb_before_phrase(s - 2);
            let subject_of_clause = form.content != ContentShape::Object
                && (self.gap_verb_at(p + n) || (relative && self.relative_gap_verb_at(p + n)));
            if after_that
                && !result_clause
                && !cleft
                && !subject_of_clause
                && self.named_quotation_at(p + n, form).is_none()
            {
                return None;
            }
            let after_opener = s > start && (opens_subject(self.norms[s - 1]) || after_that)
                || after_intro == Some(s)
                || joined_intros.contains(&s);
            if relative_with_subject.is_some_and(|k| k > s) || self.unclosed_appositive(s, end, tag_close) {
                return None;
            }
            // "whom critics described as …": a relative pronoun is the
            // subject only alone ("who said"); before other words the
            // subject follows it.
            if (source::is_who(self.norms[s]) || self.norms[s] == "whom") && s + 1 < end {
                return None;
            }
            // "In the end, however, Lee said": a sentence adverb set off by
            // commas opens no subject; the one after it does.
            if LEADING_WORDS.contains(&self.norms[s]) && self.is(s + 1, ',') {
                return None;
            }
            self.mention(s, end, end)
                .filter(|m| !after_opener || m.names_people())
                .filter(|m| !self.role_after_as(s, m))
                .map(|m| (s, m))
        };
        // "The mayor thanked the crowd and said …", "… but said …": a second
        // verb shares the subject of the first.
        let shared_subject = |s: usize| {
            // "… nodded, then said …": a comma and "then" join the verbs too.
            let joined = matches!(self.norms[end - 1], "and" | "but")
                || (self.is(end - 1, ',') && self.norms.get(end) == Some(&"then"));
            if end < 2 || !joined {
                return None;
            }
            // A lone capitalised word at the start of a sentence may be a
            // surname the classifier cannot tell from a plural noun ("Fields
            // took a photograph and said …"); the second verb vouches for it.
            let surname = |m: &Mention| {
                s == start
                    && m.span == self.toks[s].span
                    && self.toks[s].is_capitalized()
                    && m.phrase.kind == PhraseKind::AnonymousGroup
                    && !self.norms[s].ends_with("'s")
                    && !ENDS_IN_S.contains(&self.norms[s])
            };
            self.subject_from(s, end - 1, |m| m.names_people() || surname(m))
                .filter(|&(_, verb)| !self.goes_on_in_present(verb + 1, end - 1))
                .map(|(m, _)| (s, m))
        };
        let ((subject_start, mention), contact_head) = candidates
            .iter()
            .filter(|&&s| s < end)
            .find_map(|&s| subject_at(s))
            .or_else(|| {
                candidates
                    .iter()
                    .filter(|&&s| s + 1 < end)
                    .find_map(|&s| shared_subject(s))
            })
            .map(|found| (found, None))
            .or_else(|| {
                Some((
                    (start, self.speaker_of_marked_content(start, end, p + n, form)?),
                    None,
                ))
            })
            .or_else(|| {
                // "a levy officials say will rise": a relative clause with
                // no relative word opens after the noun it hangs on, when the
                // cue's clause has no subject of its own. Tried last, and
                // only the content of such a clause is read after it.
                if form.content == ContentShape::Object || !self.contact_gap_verb_at(p + n) {
                    return None;
                }
                (start + 1..end).find_map(|s| {
                    let head = self.contact_relative_head(s)?;
                    // "the chemical weapons report will …" and "the
                    // California congressman said" are one noun phrase: the
                    // subject must be a known speaker, and a singular noun
                    // needs a determiner of its own.
                    subject_at(s)
                        .filter(|(s, m)| {
                            m.names_people()
                                && (m.phrase.plural
                                    || m.phrase.kind == PhraseKind::Pronoun
                                    || self.toks[*s].is_capitalized()
                                    || source::is_determiner(self.norms[*s]))
                        })
                        .map(|found| (found, Some(head)))
                })
            })?;
        // "the official say" is not English; "officials say" is, and so is
        // "police say" with a collective noun or "he did not say" after an
        // auxiliary that takes the bare verb.
        let takes_bare = self.norms[end..p]
            .iter()
            .any(|w| takes_bare_verb(w) || *w == "to");
        if matches!(form.tense, Tense::Base) && !takes_bare && !self.takes_bare_form(&mention) {
            return None;
        }
        if &*mention.phrase.head == source::BARE_COUNT && form.class != CueClass::Neutral {
            return None;
        }
        let mut q = self.past_recipient(p + n, form);
        q = self.skip_adverbial(q);
        // "Officials agreed, she said, that fares must rise": a speech tag
        // between the verb and its content is the writer's source for the
        // whole, and the content follows it.
        if let Some(tag_end) = self.speech_tag_end(q, &[Tense::Past, Tense::Third]) {
            q = tag_end;
        }
        // "The plan, he said Tuesday, will …": a tag set off inside the
        // clause it reports may be dated before its closing comma.
        if subject_start > start && self.is(subject_start - 1, ',') {
            // A day may have been read as a recipient's name ("said
            // Tuesday"), so the time is looked for from the cue on.
            if let Some(comma) = dated_tag_comma.filter(|&comma| comma >= q) {
                q = comma + 1;
            }
        }
        // "Fares rose, Lee said on Monday, and the port …": a tag set off
        // after a clause may carry a tail of its own, after which the
        // interrupted sentence goes on or ends. After an introductory phrase
        // ("Last month, the board warned of …") the subject opens the
        // sentence's own clause, and the words after its verb are its object.
        let tag_after_clause = subject_start > start + 1
            && self.is(subject_start - 1, ',')
            && (start..subject_start - 1).any(|k| self.finite_verb_at(k));
        if tag_after_clause {
            q = self.tail_comma(q).unwrap_or(q);
        }
        let introduces_next = self.is(q, ':') && q + 1 >= self.content_end;
        if self.is(q, ',') || self.is(q, ':') {
            q += 1;
        }
        q = self.skip_that(q);
        // "Lee responded to the post by calling Kim “careless”": the means
        // is what was said, read at the participle; the verb has no content.
        const MAX_MEANS_TOKENS: usize = 8;
        if self.norms.get(q).is_some_and(|w| opens_adverbial(w))
            && (q..(q + MAX_MEANS_TOKENS).min(self.content_end))
                .take_while(|&k| self.toks[k].is_word())
                .any(|k| self.norms[k] == "by" && self.participle_cue_at(k + 1))
        {
            return None;
        }
        let cue = self.cue(p, n, form);
        if introduces_next {
            return Some(Found::introducing_next(cue, mention));
        }
        // "As the mayor noted on Monday, the port will reopen": "as" makes
        // the attribution an aside before the clause it reports. Set off by
        // commas inside a clause ("The port, as the mayor noted, will
        // reopen"), it reports the whole clause around it.
        let aside_end = self.aside_comma(p + n, form);
        if subject_start > start && self.aside_as(subject_start - 1) && aside_end.is_some() {
            // Inside, the clause's verb comes right after the aside; a
            // subject there opens the reported clause after a fronted phrase
            // ("In the end, as Lee said, the port closed").
            let inside = subject_start >= 2
                && self.is(subject_start - 2, ',')
                && aside_end
                    .is_some_and(|comma| self.finite_verb_at(comma + 1) || self.gap_verb_at(comma + 1));
            let content = if inside {
                // The clause starts after the last complementizer before
                // the aside ("… and that the outcome, as he explained, was …"),
                // or at a "that" that is its whole subject ("that, as Lee
                // noted, is rare").
                let before = subject_start - 2;
                let clause = self.clause_start(before);
                let from = (clause..before)
                    .rev()
                    .find(|&k| self.norms[k] == "that")
                    .map_or(clause, |k| if k + 1 < before { k + 1 } else { k });
                self.content_until(from, self.content_end)?
            } else {
                self.reported_content(aside_end? + 1)?
            };
            return Some(Found::claim(content, cue, Some(mention)));
        }
        // "CONTENT, officials told X, in a move …": a subject after a comma
        // with no reported clause of its own attributes what came before.
        // A quotation that opens in lower case goes on with the fronted part
        // ("The investment, Ruiz said, “is a perfect example”").
        // So it does after an introductory phrase the clause's start set
        // aside ("If she wins, he said, “she might …”").
        // A fronted phrase that reports nothing is not continued ("On
        // Tuesday, Ruiz said “boats …”").
        let fronted = (subject_start > start && !self.introductory_phrase(start, subject_start - 1))
            || (start > 0 && self.is(start - 1, ','));
        let continues_fronted = |quote: usize| fronted && self.quote_opens_lowercase(quote);
        let reported_clause = self.open_at(q).is_some_and(|quote| !continues_fronted(quote))
            || self.norms.get(q.wrapping_sub(1)).is_some_and(|w| *w == "that")
            || self.is(q.wrapping_sub(1), ':')
            || (q < self.content_end && self.toks[q].is_word() && !self.is(q.wrapping_sub(1), ','));
        // "This ferry, he says, is different": the attribution sits inside
        // the reported clause, which goes on after it.
        let after_subordinate_clause = subject_start == start
            && start > 0
            && self.is(start - 1, ',')
            && SUBORDINATORS.contains(&self.norms[0])
            && !self.introductory_phrase(0, start - 1);
        let goes_on = subject_start > 0
            && self.is(subject_start - 1, ',')
            && !reported_clause
            && self.is(q.wrapping_sub(1), ',')
            && (self.open_at(q).is_some()
                || self.toks.get(q).is_some_and(|t| {
                    // "…, officials said, in a move that …" is the writer's tail.
                    // After a fronted subordinate clause the main clause
                    // follows, its subject perhaps a name ("If the rule
                    // clashes, Lee said, Quakers must …").
                    t.is_word()
                        && (!t.is_capitalized() || after_subordinate_clause)
                        // An infinitive of purpose goes on with the clause
                        // ("The port closed, she said, to keep crews safe"),
                        // and so does one with a subject ("It makes sense,
                        // Lee said, for the port to raise fees").
                        && (!opens_adverbial(&t.norm)
                            || self.infinitive_at(q)
                            || self.infinitive_with_subject_at(q)
                            || self.passive_agent_after_tag(subject_start - 1, q))
                        // "…, officials said, citing …" is a second cue's
                        // tail; a finite verb that is also a cue form
                        // ("His brother, he says, plans to …") goes on with
                        // the fronted subject.
                        && !self.participle_cue_at(q)
                }));
        if goes_on && subject_start == start {
            let content = self.content_until(0, self.content_end)?;
            return Some(Found::claim(content, cue, Some(mention)));
        }
        if subject_start > start && !reported_clause && self.is(subject_start - 1, ',') {
            // "Six months ago, the senator said, the media …": a fronted
            // phrase that reports nothing is the writer's setting, and the
            // clause the aside interrupts starts after it.
            if self.introductory_phrase(start, subject_start - 1) {
                if !goes_on {
                    return None;
                }
                let content = self.content_until(q, self.content_end)?;
                return Some(Found::claim(content, cue, Some(mention)));
            }
            let to = if goes_on {
                self.content_end
            } else {
                subject_start - 1
            };
            // "Speaking on the radio, Ana Ruiz said her band, with a friend,
            // wrote …": a fronted part with a cue of its own is no content
            // of a later verb; that cue attributes it.
            if self.holds_finite_cue(start, subject_start - 1) {
                return None;
            }
            let content = self.content_until(start, to)?;
            return Some(Found::claim(content, cue, Some(mention)));
        }
        let (kind, content, quote) = self.cue_content(q, form)?;
        // After a wh-word the verb's object may be the gap the wh-word fills
        // ("the sanctions, which the U.S. proposed in May"): only a reported
        // clause or a quotation is content there.
        let after_wh = subject_start > 0 && WH_OPENERS.contains(&self.norms[subject_start - 1]);
        let after_that = subject_start > 0 && self.norms[subject_start - 1] == "that";
        let clause_follows = self.norms.get(q).is_some_and(|w| {
            SUBJECT_PRONOUNS.contains(w) || COMPLEMENTIZERS.contains(w) || CLAUSE_DETERMINERS.contains(w)
        });
        // "the fee, which organizers say will rise": the wh-word is the
        // subject of the reported clause, whose verb follows the cue. What
        // was said is the whole relative clause, the wh-word first.
        let subject_gap = (after_wh || after_that)
            && form.content != ContentShape::Object
            && !clause_follows
            && !self.is(q.wrapping_sub(1), ',')
            && self.relative_gap_verb_at(q);
        // "a levy officials say will rise": the same with no relative word.
        // The noun phrase the clause hangs on is what was said of, and the
        // claim runs from its determiner. One on the sentence's subject
        // would run on over the main verb, so it is not read.
        if let Some(head) = contact_head {
            let set_off = self.is(head.wrapping_sub(1), ',');
            if !set_off && head <= self.clause_start(head) {
                return None;
            }
            let to = if set_off {
                self.closing_comma_end(q, self.content_end)
                    .unwrap_or(self.content_end)
            } else {
                self.toks.partition_point(|t| t.span.end() <= content.end())
            };
            let content = self.content_until(head, to)?;
            return Some(Found::claim(content, cue, Some(mention)));
        }
        if subject_gap {
            // Set off by commas, it ends at its closing comma, which may
            // stand inside a quotation ("…, which he says is “a fraud,” …").
            let to = if subject_start >= 2 && self.is(subject_start - 2, ',') {
                self.closing_comma_end(q, self.content_end)
                    .unwrap_or(self.content_end)
            } else {
                self.toks.partition_point(|t| t.span.end() <= content.end())
            };
            let content = self.content_until(subject_start - 1, to)?;
            return Some(Found::claim(content, cue, Some(mention)));
        }
        // "in what investigators called an act of arson", "for what critics
        // describe as a giveaway": a free relative whose object the cue
        // names is a noun phrase, and the naming is the claim, from "what"
        // to the end of the name. So it is in a relative clause ("The plan,
        // which Ruiz described as reckless, passed"), the relative word
        // first.
        let relative = after_wh && matches!(self.norms[subject_start - 1], "which" | "whom");
        // "in which Lee called himself …": after a preposition the relative
        // word is no object the cue names.
        let after_preposition = subject_start >= 2 && PREPOSITIONS.contains(&self.norms[subject_start - 2]);
        if after_wh
            && (self.norms[subject_start - 1] == "what" || (relative && !after_preposition))
            && !self.is(q.wrapping_sub(1), ',')
            && self.names_object(p + n, form)
        {
            // A relative clause set off by commas ends at its closing comma,
            // or before a second verb of its subject's ("which Lee called a
            // “disaster” and promised to scrap").
            let set_off = relative && subject_start >= 2 && self.is(subject_start - 2, ',');
            // "what he called her about" strands a preposition: the call
            // named nothing.
            let end = if set_off {
                let closing = self
                    .closing_comma_end(q, self.content_end)
                    .unwrap_or(self.content_end);
                (q + 1..closing)
                    .find(|&k| self.second_verb_at(k))
                    .unwrap_or(closing)
            } else {
                self.name_end(q)
            };
            if end <= q || PREPOSITIONS.contains(&self.norms[end - 1]) {
                return None;
            }
            let content = self.content_until(subject_start - 1, end)?;
            return Some(Found::claim(content, cue, Some(mention)));
        }
        if after_wh && kind == AttributionKind::Indirect && !clause_follows {
            return None;
        }
        // "what he called a “disgusting” deal", "whom she described as
        // “peaceful”": the wh-word is the object the quotation names, so the
        // claim is the whole clause from it ("in what it called “…”" too:
        // the preposition takes the whole clause). After a preposition that
        // takes the relative word alone ("to which she said “…”") or a
        // comma after the cue, the quotation stands alone.
        let wh = subject_start.checked_sub(1).map(|k| self.norms[k]);
        let named = after_that.then(|| self.named_quotation_at(p + n, form)).flatten();
        // "how" and "why" ask about a manner or a reason; no object is gapped.
        let object_gap = ((after_wh && !matches!(wh, Some("how" | "why"))) || named.is_some())
            && kind != AttributionKind::Indirect
            && !self.is(q.wrapping_sub(1), ',')
            && (wh == Some("what")
                || !(subject_start >= 2 && PREPOSITIONS.contains(&self.norms[subject_start - 2])));
        let from = if object_gap { subject_start - 1 } else { q };
        // A relative clause set off by commas ends at its closing comma,
        // which may stand inside a quotation (“…,”).
        if after_wh && subject_start >= 2 && self.is(subject_start - 2, ',') {
            if let Some(to) = self.closing_comma_end(q, self.content_end) {
                let content = self.content_until(from, to)?;
                return Some(Found::claim(content, cue, Some(mention)));
            }
        }
        if object_gap {
            // After "that" the clause ends with the quotation it names.
            let end = quote
                .or(named)
                .map_or(content.end(), |q| self.quotes[q].span.end());
            let content = Span::new(self.toks[from].span.start(), end);
            return Some(Found::new(
                AttributionKind::Mixed,
                content,
                None,
                cue,
                Some(mention),
            ));
        }
        Some(Found::new(kind, content, quote, cue, Some(mention)))
    }

    /// Whether a cue ending before `after_cue` names its object: a verb of
    /// naming ("called", "dubbed") or any verb with "as" after it
    /// ("describe as", "criticized as").
    fn names_object(&self, after_cue: usize, form: &CueForm) -> bool {
        (form.class == CueClass::Stance && form.content == ContentShape::Quote)
            || self.norms.get(after_cue) == Some(&"as")
    }

    /// Where the name a cue gives its object ends, from `q`: before a
    /// comma that sets off no second adjective ("called it the angry,
    /// divisive kind" goes on), after one that closes a quotation, or
    /// before a semicolon, a dash, a bracket, a clause opener, a second
    /// verb ("and cast himself as …") or a finite verb that takes the free
    /// relative up as its subject ("what critics called a “scheme” took a
    /// turn"). Quotations inside are part of the name ("the “brilliant”
    /// decision").
    fn name_end(&self, q: usize) -> usize {
        let mut k = q;
        while k < self.content_end {
            if self.comma_at(k) {
                // The second adjective and the noun: two lower-case words.
                let noun_end = (k + 3).min(self.content_end);
                if !self.coordinate_adjective_at(k, noun_end) {
                    return if self.is(k, ',') { k } else { k + 1 };
                }
            }
            let ends = self.is(k, ';')
                || self.is(k, ')')
                || self.is_dash_or_hyphen(k)
                || (k > q && CLAUSAL_SUBORDINATORS.contains(&self.norms[k]))
                || (k > q && self.second_verb_at(k))
                || (k > q + 1 && self.takes_up_name(k));
            if ends {
                break;
            }
            k += 1;
        }
        k
    }

    /// Whether "and" or "but" at `k` opens a second verb of the subject's
    /// ("called it a “disaster” and promised to scrap it"), not a past form
    /// that modifies a noun ("and classified files").
    fn second_verb_at(&self, k: usize) -> bool {
        matches!(self.norms[k], "and" | "but")
            && self.finite_verb_at(k + 1)
            && !self.adjective_in_past_form(k + 1)
    }

    /// Whether a finite verb at `k` takes up the name before it as its
    /// subject ("… a “scheme” took a turn"): not a past form that modifies
    /// a noun, nor the verb of a relative clause inside the name ("the
    /// vision that emerged", "the decision Lee made").
    fn takes_up_name(&self, k: usize) -> bool {
        let before = &self.toks[k - 1];
        self.finite_verb_at(k)
            && !self.adjective_in_past_form(k)
            // "as the first levy": after a determiner an adverb that may
            // stand before a verb ("first", "also") is the noun's modifier.
            && !makes_noun(self.norms[k - 1])
            && !before.is_capitalized()
            && !(before.is_word()
                && (self.norms[k - 1] == "that" || RELATIVE_WORDS.contains(&self.norms[k - 1])))
    }

    /// The quotation that names the cue's object, opening at `q`: after
    /// "as" ("described as “an act of war”"), or right after a verb of
    /// naming ("called “distasteful”"). After any other verb a quotation is
    /// what the subject said ("that she hopes “someone takes it up”").
    fn named_quotation_at(&self, q: usize, form: &CueForm) -> Option<usize> {
        if self.norms.get(q) == Some(&"as") {
            self.open_at(q + 1)
        } else if form.content == ContentShape::Quote {
            self.open_at(q)
        } else {
            None
        }
    }

    /// The subject of a cue whose content is marked as reported, by "that"
    /// or a quotation right after it ("The ferryman pointed out that …"),
    /// not after an adverbial that may hold a relative clause ("adds to the
    /// confusion that …"): a short noun phrase with an article that
    /// [`source::classify_speaker`] takes, though the lexicon does not know
    /// its head noun. Whatever says "that …" or speaks a quotation is a
    /// source.
    fn speaker_of_marked_content(
        &self,
        start: usize,
        end: usize,
        after_cue: usize,
        form: &CueForm,
    ) -> Option<Mention> {
        if start >= end || self.has_quote_marks(start, end) {
            return None;
        }
        let q = self.past_recipient(after_cue, form);
        // A speech verb's clause that holds a quotation is marked too ("The
        // surveyor said the berth was “beyond repair.”"): a quotation is
        // spoken by someone. The clause needs a subject and a verb before
        // the quotation; "added hits including “…”" has only an object.
        let speaks_quotation = || {
            let opens_clause = self.norms.get(q).is_some_and(|w| {
                opens_clause_as_subject(w) || CLAUSE_DETERMINERS.contains(w) || self.toks[q].is_capitalized()
            });
            let quotation = (q..self.content_end).find(|&k| self.open_at(k).is_some());
            matches!(form.class, CueClass::Neutral | CueClass::Formal)
                && opens_clause
                && quotation.is_some_and(|o| (q + 1..o).any(|k| self.clause_verb_at(k)))
        };
        let marked = self.norms.get(q) == Some(&"that") || self.open_at(q).is_some() || speaks_quotation();
        if !marked {
            return None;
        }
        self.speaker(start, end, end)
    }

    /// Past a short adverbial before the reported clause ("stating on
    /// Sunday that …", "who said on “Sunday Forum” that …", "saying, in the
    /// debate, “…”", "saying on Monday the port …", "remarking from Boston
    /// he …") and past "that".
    fn skip_adverbial_and_that(&self, q: usize) -> usize {
        match self.skip_adverbial(q) {
            end if end == q => self.skip_that(q),
            // "saying, during the debate, “…”", "saying in a statement:
            // “…”": what follows the adverbial's mark.
            end if self.is(end, ',') || self.is(end, ':') => end + 1,
            end => self.skip_that(end),
        }
    }

    /// Past the complementizer "that" at `q`, if there is one, and past a
    /// comma after it that opens an aside ("said that, in the end, …").
    /// Before a finite verb "that" is the reported clause's subject ("said
    /// that was wrong") and stays, and so does a "that" with no clause after
    /// it, which is what the cue reports ("disputed that.", "denied that,
    /// too", "confirmed that account").
    fn skip_that(&self, q: usize) -> usize {
        const MAX_TRAILING_WORDS: usize = 2;
        if self.norms.get(q) != Some(&"that") {
            return q;
        }
        let subject = self.norms.get(q + 1).is_some_and(|next| {
            FINITE_BE.contains(next)
                || MODALS.contains(next)
                || matches!(*next, "has" | "had" | "hasn't" | "hadn't")
        });
        // One word cannot be a clause ("confirmed that account"); the count
        // stops as soon as there are enough words for one.
        let rest = q + 1..self.content_end;
        let quoted = rest.clone().any(|k| self.open_at(k).is_some());
        let words_after = rest
            .filter(|&k| self.toks[k].is_word())
            .take(MAX_TRAILING_WORDS + 1)
            .count();
        let demonstrative =
            !quoted && (words_after <= 1 || (self.is(q + 1, ',') && words_after <= MAX_TRAILING_WORDS));
        if subject || demonstrative {
            q
        } else {
            q + 1 + usize::from(self.is(q + 1, ','))
        }
    }

    /// The content at `q` of a cue of `form`. A cue that reports only
    /// quotations names what it reports ("called the deal “a disaster”"),
    /// and a conjunction after the quotation opens the writer's clause ("…
    /// and his aides hugged her", "… and ranked it last"), unless more of
    /// the naming follows ("… and a cheat", "… and “a liar”").
    fn cue_content(&self, q: usize, form: &CueForm) -> Option<Content> {
        if form.content == ContentShape::Object {
            if let Some(end) = self.named_object_end(q) {
                return self.content_until(q, end);
            }
        }
        let content = self.reported_content(q)?;
        if content.0 != AttributionKind::Mixed {
            return Some(content);
        }
        let to = self.toks.partition_point(|t| t.span.end() <= content.1.end());
        // What the source named something ends with the quotation that names
        // it: "called the plan “a disaster” during a meeting", "described
        // the law as a “crazy system” at a rally". Where and when are the
        // writer's.
        let naming = form.content == ContentShape::Quote
            || (q..to).any(|k| {
                self.norms[k] == "as"
                    && (k == 0 || !matches!(self.norms[k - 1], "well" | "such"))
                    && (self.open_at(k + 1).is_some()
                        || (matches!(self.norms.get(k + 1), Some(&("a" | "an" | "the")))
                            && self.open_at(k + 2).is_some()))
            });
        if !naming {
            return Some(content);
        }
        // "In" and "on" may place the thing named ("“the pearl” on the Silk
        // Road"), so after them only a time is the writer's.
        let adverbial_after_naming = (q + 1..to).find(|&k| {
            let next = self.norms.get(k + 1).filter(|_| self.toks[k + 1].is_word());
            self.close_at(k - 1).is_some()
                && match self.norms[k] {
                    "in" | "on" => next.is_some_and(|w| is_time_word(w)),
                    "at" | "during" | "after" | "before" | "since" | "while" | "when" => {
                        next.is_some_and(|w| {
                            CLAUSE_DETERMINERS.contains(w)
                                || is_time_word(w)
                                || self.toks[k + 1].is_capitalized()
                        })
                    }
                    _ => false,
                }
        });
        if let Some(end) = adverbial_after_naming {
            return self.content_until(q, end);
        }
        if form.content != ContentShape::Quote {
            return Some(content);
        }
        let clause_after = |k: usize| {
            self.toks.get(k + 1).is_some_and(|t| {
                t.is_word()
                    && (t.is_capitalized()
                        || SUBJECT_PRONOUNS.contains(&self.norms[k + 1])
                        || (CLAUSE_DETERMINERS.contains(&self.norms[k + 1])
                            && !matches!(self.norms[k + 1], "a" | "an"))
                        || self.finite_verb_at(k + 1)
                        // "… and describe their acts as crimes": a second
                        // verb of the speaker's.
                        || self.cue_form_at(k + 1, |_| true))
            })
        };
        match (q + 1..to).find(|&k| {
            self.close_at(k - 1).is_some() && matches!(self.norms[k], "and" | "but") && clause_after(k)
        }) {
            Some(end) => self.content_until(q, end),
            None => Some(content),
        }
    }

    /// Where the object of a verb that takes no clause ends when it is a
    /// pronoun ("backed her by a wide margin", "opposed it from
    /// the start") or a person's name, joined
    /// names and "of" inside it included ("supports Ana Ruiz of Ohio in the
    /// race"), a rival after "over" ("over Ruiz"), and an office after
    /// "for" ("for mayor", not "for years").
    /// What follows is an adverbial of the writer's. A name that opens a
    /// longer phrase ("backed Lee's plan", "backs Medicare expansion") is
    /// no person.
    fn named_object_end(&self, q: usize) -> Option<usize> {
        let adverbial_at = |k: usize| {
            k >= self.content_end
                || !self.toks[k].is_word()
                || opens_adverbial(self.norms[k])
                || CLAUSE_OPENERS.contains(&self.norms[k])
        };
        let first = self.toks.get(q).filter(|t| t.is_word())?;
        if matches!(self.norms[q], "him" | "them" | "her" | "it") {
            return adverbial_at(q + 1).then_some(q + 1);
        }
        if !first.is_capitalized() {
            return None;
        }
        let mut k = q;
        while k < self.content_end {
            let joins_names = matches!(self.norms[k], "of" | "and")
                && self
                    .toks
                    .get(k + 1)
                    .is_some_and(|t| t.is_word() && t.is_capitalized());
            if !(self.toks[k].is_capitalized() || self.is(k, '.') || joins_names) {
                break;
            }
            k += 1;
        }
        if !adverbial_at(k) {
            return None;
        }
        // "favored Lee over Ruiz": a rival named after "over" is part of
        // the stance ("over the summer" is the writer's time).
        if self.norms.get(k) == Some(&"over") && self.toks.get(k + 1).is_some_and(|t| t.is_capitalized()) {
            k = self.capitalized_run_end(k + 1);
        }
        // "endorsed Ruiz for mayor", "for the nomination": the office is
        // part of the stance; a time ("for years") is not.
        if self.norms.get(k) == Some(&"for") {
            let mut end = k + 1;
            while !adverbial_at(end) {
                end += 1;
            }
            let counts_time = (k + 1..end).any(|i| {
                DURATIONS.contains(&self.norms[i]) || self.norms[i].starts_with(|c: char| c.is_ascii_digit())
            });
            if !counts_time {
                k = end;
            }
        }
        Some(k)
    }

    /// Where a run of capitalised words and full stops that opens at `from`
    /// ends: a name with its title or initials ("Mr. J.K. Osei").
    fn capitalized_run_end(&self, from: usize) -> usize {
        (from..self.content_end)
            .find(|&i| !(self.toks[i].is_capitalized() || self.is(i, '.')))
            .unwrap_or(self.content_end)
    }

    /// The reported content from `q`: to the end of the sentence, or to the
    /// comma where the writer or a second cue takes over.
    fn reported_content(&self, q: usize) -> Option<Content> {
        // "half said so in May", "72 percent said yes while …": a pro-form
        // is the whole content; what follows is the writer's ("said no to
        // the war" is not a pro-form).
        let pro_form = self
            .norms
            .get(q)
            .is_some_and(|w| matches!(*w, "so" | "yes" | "no"))
            && self.norms.get(q + 1).is_none_or(|w| {
                *w != "to"
                    && (PREPOSITIONS.contains(w)
                        || is_time_word(w)
                        || CLAUSE_OPENERS.contains(w)
                        || !self.toks[q + 1].is_word())
            });
        if pro_form {
            return Some((AttributionKind::Indirect, self.span(q, q + 1), None));
        }
        // "concluded Monday.", "reported Friday morning, as the parade …":
        // a time phrase that ends the clause dates the act, and the verb
        // reports nothing in this sentence.
        if self.act_dated_at(q) || self.act_described_at(q) || self.act_timed_at(q) {
            return None;
        }
        self.content_to_tail(q)
    }

    /// Whether a short clause or phrase of time at `k` ends the sentence
    /// ("said as he left.", "said before he died.", "spoke after the
    /// vote."): it tells when the words were said, and the verb reports
    /// nothing in this sentence. A comma, a quotation, a modal or more
    /// words than a tail holds make it the start of what was said ("said
    /// as mayor she would …", "decided after a long review not to renew
    /// …"). "As" opens a clause of time only before its subject; before a
    /// noun it names a role or a label ("what he saw as a threat"). Unlike
    /// a tag's tail ([`opens_clause_of_time`]), "when" and "while" right
    /// after the cue mostly open what was said ("did not say when the port
    /// opens", "said while the plan is sound it costs too much").
    fn act_timed_at(&self, k: usize) -> bool {
        if k + 1 >= self.content_end || self.content_end - k > Self::MAX_TAIL_TOKENS {
            return false;
        }
        let opens_time = match self.norms[k] {
            "before" | "after" => true,
            "as" => opens_clause_as_subject(self.norms[k + 1]),
            _ => false,
        };
        opens_time
            && (k + 1..self.content_end).all(|i| self.toks[i].is_word() && !MODALS.contains(&self.norms[i]))
    }

    /// The reported clause from `q` up to where the writer takes over
    /// ([`Self::tail_start`]), or to the sentence's end.
    fn content_to_tail(&self, q: usize) -> Option<Content> {
        match self.tail_start(q) {
            Some(end) => self.content_until(q, end),
            None => self.content_from(q),
        }
    }

    /// Whether a short time phrase at `k` ends the clause ("last week",
    /// "on Tuesday", "in November", "Friday night"): nothing but
    /// punctuation or a conjunction follows it. A quotation after it is the
    /// clause going on ("praised it Tuesday “for …”").
    fn act_dated_at(&self, k: usize) -> bool {
        let word = |i: usize| self.norms.get(i).copied().unwrap_or_default();
        let (first, second) = (word(k), word(k + 1));
        let two_words = (matches!(first, "last" | "this" | "next" | "earlier") && PERIODS.contains(&second))
            || (matches!(first, "in" | "on") && (MONTHS.contains(&second) || DAYS.contains(&second)))
            || (DAYS.contains(&first) && PERIODS.contains(&second));
        let len = if two_words {
            2
        } else if DAYS.contains(&first) {
            1
        } else {
            return false;
        };
        let after = k + len;
        after >= self.content_end
            || (!self.toks[after].is_word() && self.open_at(after).is_none())
            || matches!(word(after), "and" | "but")
    }

    /// Whether an adverb of manner at `k` ends the clause ("applauded
    /// loudly.", "agreed quickly and left", "agreed quickly, saying …"):
    /// it says how the act was done, and the verb reports nothing. After
    /// any other comma or a dash the clause mostly goes on ("argued,
    /// ultimately, that …"), as it does after "that" or a quotation.
    fn act_described_at(&self, k: usize) -> bool {
        k < self.content_end
            && self.is_manner_adverb(k)
            && (k + 1 >= self.content_end
                || matches!(self.norms[k + 1], "and" | "but")
                || (self.is(k + 1, ',') && self.participle_cue_at(k + 2)))
    }

    /// Where content from `q` ends before a clause that [`Self::participle_after`]
    /// finds: after a quotation that closes on its comma, which stays whole,
    /// else before the comma ("praised the crews, but said …": the comma
    /// before the conjunction is no part of the content), and before a
    /// dash that stands for it ("will not run — and thinks …").
    fn tail_start(&self, q: usize) -> Option<usize> {
        match self.participle_after(q)? {
            comma if self.close_at(comma).is_some() => Some(comma + 1),
            mut end => {
                while end > q + 1 && (self.is(end - 1, ',') || self.is_dash_or_hyphen(end - 1)) {
                    end -= 1;
                }
                Some(end)
            }
        }
    }

    /// The comma after `from` where reported content ends: before a second
    /// cue hanging off the first (“…, adding that …”, “…, saying …”) or a
    /// contrast the writer draws (“…, compared with …”, “…, while …”).
    fn participle_after(&self, from: usize) -> Option<usize> {
        // Where the first quotation closes and the last quote mark stands,
        // found once, so each word is tested in constant time.
        let first_close = (from + 1..self.content_end).find(|&i| self.close_at(i).is_some());
        let quoted_before = |k: usize| first_close.is_some_and(|c| c < k);
        let last_mark = (from..self.content_end.min(self.len()))
            .rev()
            .find(|&i| self.has_quote_marks(i, i + 1));
        // Whether the content follows a participle cue ("saying …",
        // "telling him that …").
        let after_participle = {
            let mut c = from;
            if c > 0 && self.norms[c - 1] == "that" {
                c -= 1;
            }
            (c.saturating_sub(2)..c).any(|i| self.participle_cue_at(i))
        };
        // "Although officials said the port would reopen, ships stayed
        // away": a clause that a subordinator opens where a clause may
        // start ends at the comma before the main clause. That is the
        // sentence's start or a comma ("However, while …", "…, and while
        // he said …, it is …"), perhaps with a conjunction ("But while
        // officials said …") and "even" ("Even though …") between.
        let clause_may_start = |k: usize| k == 0 || self.is(k - 1, ',');
        let opens_fronted_clause = |sub: usize| {
            if !(self.toks[sub].is_word() && SUBORDINATORS.contains(&self.norms[sub])) {
                return false;
            }
            let mut opener = sub;
            if opener > 0 && self.norms[opener - 1] == "even" {
                opener -= 1;
            }
            if opener > 0 && CLAUSE_JOINERS.contains(&self.norms[opener - 1]) {
                opener -= 1;
            }
            clause_may_start(opener)
        };
        let in_fronted_clause = (0..from)
            .rev()
            .take_while(|&k| !self.comma_at(k))
            .any(|sub| sub + 1 < from && opens_fronted_clause(sub));
        // Where an object that is only a name ends ("endorsed Mr. Osei"),
        // found once.
        let name_end = self.capitalized_run_end(from);
        // Two searches below stop at the first verb of a clause, which is
        // the costliest test of a word: it is run once, over the reach of
        // both. One stops at a comma or opening mark, the other at a quote
        // mark; the verb counts for each only before its own stop.
        let first_comma_or_open =
            (from..self.content_end).find(|&i| self.comma_at(i) || self.open_at(i).is_some());
        let first_quote_mark = (from..self.content_end).find(|&i| self.has_quote_marks(i, i + 1));
        let verb_reach = first_comma_or_open
            .unwrap_or(self.content_end)
            .max(first_quote_mark.unwrap_or(self.content_end));
        let first_clause_verb = (from..verb_reach).find(|&i| self.clause_verb_at(i));
        let first_of = |stop: Option<usize>| match (first_clause_verb, stop) {
            (Some(verb), Some(stop)) => Some(verb.min(stop)),
            (verb, stop) => verb.or(stop),
        };
        // Where an object with no verb of its own first meets a comma
        // ("praised the crews, who …").
        let phrase_comma = first_of(first_comma_or_open).filter(|&i| i > from && self.comma_at(i));
        // "… vowed to repeal the levy, a rule that bars …": with no
        // quotation at all, a phrase after the last comma may gloss the last
        // noun for the reader. Only the last comma can open one, since the
        // gloss runs on to the end with no punctuation, so it is tested once.
        let gloss_comma = last_mark
            .is_none()
            .then(|| (from..self.content_end).rev().find(|&i| self.comma_at(i)))
            .flatten()
            .filter(|&comma| self.gloss_at(comma + 1));
        // "… wanted the fare to “mean” something; she did not …": a lone
        // semicolon outside the quotations joins the writer's next clause.
        // Two or more make a list of what was said ("A was paid $5; B, $7;
        // and C, $9"), found once.
        let lone_semicolon = {
            let mut semicolons = (from..self.content_end).filter(|&i| self.is(i, ';'));
            semicolons
                .next()
                .filter(|_| semicolons.next().is_none())
                .filter(|&k| {
                    self.norms
                        .get(k + 1)
                        .is_none_or(|w| !matches!(*w, "and" | "or" | "but"))
                })
        };
        // Where the first verb or quote mark stands: before it the content
        // is a phrase ("the deal", "him as a threat", "to take the fight to
        // the floor"), which no clause of the writer's can go on. A phrase
        // that opens on a gerund may list more ("backed raising fares,
        // cutting fees and …"), so it has no such end.
        let first_verb = first_of(first_quote_mark).unwrap_or(self.content_end);
        // The first comma: a phrase with one before a later comma is a list.
        let first_comma = (from..self.content_end).find(|&k| self.is(k, ','));
        let phrase_end = if self
            .toks
            .get(from)
            .is_some_and(|t| t.is_word() && source::is_present_participle(&t.norm))
        {
            from
        } else {
            first_verb
        };
        // Where a plain noun phrase ends: at a comma, a quote mark, a
        // participle, "to", "that" or "as", any of which may take a clause
        // of the speaker's own ("to compete while …", "as saying that
        // after …", "that while …"). Whether the content opens on such a
        // phrase, not a reported clause, which may open with its subject
        // ("he won because …") or follow "that", however long its subject.
        // Both are found once, and only when a word that could hand over to
        // the writer turns up.
        let plain_phrase_end = std::cell::OnceCell::new();
        let plain_phrase_end = || {
            *plain_phrase_end.get_or_init(|| {
                (from..self.content_end)
                    .find(|&i| {
                        self.comma_at(i)
                            || self.has_quote_marks(i, i + 1)
                            || matches!(self.norms[i], "to" | "that" | "as" | "being")
                            || (self.toks[i].is_word() && source::is_present_participle(&self.toks[i].norm))
                    })
                    .unwrap_or(self.content_end)
            })
        };
        let plain_phrase = std::cell::OnceCell::new();
        let opens_plain_phrase = || {
            *plain_phrase.get_or_init(|| {
                let after_that = from > 0 && self.norms[from - 1] == "that";
                plain_phrase_end() > from
                    && !(after_that || self.main_clause_at(from) || self.noun_subject_clause_at(from))
            })
        };
        // Where the writer may take over after that phrase: at a
        // subordinator or a preposition inside it, before any verb, with no
        // quotation after.
        let after_plain_phrase = |k: usize| {
            k > from
                && k < phrase_end
                && last_mark.is_none_or(|m| m < k)
                && self.toks[k].is_word()
                && (SUBORDINATORS.contains(&self.norms[k]) || OCCASION_PREPOSITIONS.contains(&self.norms[k]))
                && k <= plain_phrase_end()
                && opens_plain_phrase()
        };
        (from..self.content_end).find(|&k| {
            let after_quote = |k: usize| k > from && self.close_at(k - 1).is_some();
            let conjunction = self.toks[k].is_word() && matches!(self.norms[k], "and" | "but");
            // After a quotation a dash, or a spaced hyphen, may stand where
            // a comma would set off the writer's clause.
            let dash_after_quote = quoted_before(k) && self.is_dash_or_hyphen(k);
            // "…, adding that …", "…, compared with …", and a second verb of
            // the same subject: "… and said …", "… but argues …".
            // "… the race is close: “…,” she said": the quotation after the
            // colon, with a tag of its own or running past the sentence, is
            // a claim of its own. One that ends the sentence goes on with
            // the reported clause it bears out ("… will only make him
            // louder: “They are building a martyr.”").
            (self.is(k, ':') && self.open_at(k + 1).is_some() && !self.quote_ends_sentence(k + 1))
                || Some(k) == lone_semicolon
                // A speech tag there is the main clause too ("When Lee
                // said …, Kim said, “…”"), not one set inside the content.
                // The main clause may open with a phrase of its own ("…,
                // at the town hall this week she said …").
                || (in_fronted_clause
                    && self.comma_at(k)
                    && (self.main_clause_at(k + 1)
                        || self.noun_subject_clause_at(k + 1)
                        || self.subject_and_cue_reporting_at(k + 1, true).is_some()
                        || self
                            .after_intro_phrase(k + 1, self.content_end.min(self.len()))
                            .is_some_and(|subject| self.main_clause_at(subject))))
                // "… as being in the “suburbs” — a metaphor for …": a dash
                // after a quotation opens the writer's aside, unless it
                // closes a pair ("the elites — the “establishment” — are")
                // or opens one after which the clause goes on ("the call to
                // “hold firm” — a reply to the union — was weak"). In looser
                // copy a spaced hyphen stands for the dash.
                || (after_quote(k)
                    && self.is_dash_or_hyphen(k)
                    && !(from..k).any(|i| self.is_dash_or_hyphen(i))
                    && !self.clause_goes_on_after_dash_pair(k))
                // "… as a “disgrace” Wednesday on the radio": a day after a
                // quotation dates the saying, not what was said.
                || (after_quote(k) && self.toks[k].is_word() && DAYS.contains(&self.norms[k]))
                // "… endorsed Osei last week and has campaigned …": a time
                // after an object that is only a name dates the act. Before
                // a verb the name is a clause's subject ("said Osei on
                // Tuesday had lied").
                || (k == name_end && k > from && self.act_dated_at(k))
                // "… praised the crews, who worked all night": a relative
                // clause on an object with no verb before it describes what
                // was praised. One closed by a comma and a verb is inside a
                // reported clause's subject ("said the mayor, who …, would").
                || (Some(k) == phrase_comma
                    && self.norms.get(k + 1).is_some_and(|w| RELATIVE_WORDS.contains(w))
                    && last_mark.is_none_or(|m| m < k)
                    && !(k + 2..self.content_end).any(|i| self.comma_at(i)))
                // "… said the prize went to Osei, who chairs the board", "…
                // “not there yet” on backing Osei, who …": a relative clause
                // on a name that ends the sentence, with no quotation after
                // the name, tells the reader who the person is.
                || (self.comma_at(k)
                    && k > from
                    && self.toks[k - 1].is_capitalized()
                    && self.norms.get(k + 1) == Some(&"who")
                    && last_mark.is_none_or(|m| m <= k)
                    && !(k + 2..self.content_end)
                        .any(|i| self.relative_clause_closes_at(i)))
                // "… the mayor’s “fare holiday”, which would allow …", "… a
                // rule known as the “lookback,” in which a lender …": a
                // relative clause on a quoted phrase is the writer's gloss
                // unless it quotes too ("…,” which led to “…”"), and so is
                // one on the noun the quotation's words lead to ("would
                // “study it closely” at the hearing, which …") when
                // no quotation follows.
                || (self.comma_at(k)
                    && (after_quote(k)
                        || self.close_at(k).is_some()
                        || (quoted_before(k) && last_mark.is_none_or(|m| m < k)))
                    && ((self.norms.get(k + 1) == Some(&"which") && last_mark.is_none_or(|m| m <= k + 1))
                        || (self.norms.get(k + 1).is_some_and(|w| PREPOSITIONS.contains(w))
                            && self.norms.get(k + 2) == Some(&"which"))))
                // "… calling him “a buffoon,” Susan said as …", "While Lee
                // admitted it was hard, his aides argued …": a comma before
                // a subject with a cue of its own. A parenthetical speech
                // tag (", he said, ") stays inside the content.
                // A semicolon or, after a quotation, a dash may stand for the
                // comma ("… the schedule; four in 10 said …"), and
                // "and" or "but" may open the clause before a name ("… of
                // “hiding behind aides” and Kim says …"). Before a pronoun
                // the speaker more often goes on ("is “messy” and he
                // feels …"), and before a common noun the verb may be a
                // participle ("and the rule sometimes called …").
                || ((self.comma_at(k)
                    || self.is(k, ';')
                    || dash_after_quote
                    || (conjunction
                        && quoted_before(k)
                        && self.toks.get(k + 1).is_some_and(|t| t.is_capitalized())))
                    && self
                        .subject_and_cue_at(k + 1)
                        .is_some_and(|end| !self.is(end, ',')))
                || (self.comma_at(k) && self.speaking_absolute_at(k + 1))
                // "… said the mayor had not convinced him, but he stayed
                // hopeful": a contrast opened by a third person singular
                // pronoun outside any quotation mostly turns back to the
                // speaker and is the writer's account of them.
                || (self.comma_at(k)
                    && self.norms.get(k + 1) == Some(&"but")
                    && self.norms.get(k + 2).is_some_and(|w| matches!(*w, "he" | "she"))
                    && last_mark.is_none_or(|m| m < k))
                || ((self.comma_at(k) || dash_after_quote)
                    && (CONTENT_BREAKS.contains(&self.norms.get(k + 1).copied().unwrap_or_default())
                        // "…, without offering evidence": the writer's note
                        // of what the speaker left out.
                        || (self.norms.get(k + 1) == Some(&"without")
                            && self.norms.get(k + 2).is_some_and(|w| source::is_present_participle(w)))
                        || self.participle_cue_at(k + 1)
                        || self.adverb_then_participle_cue_at(k + 1)
                        || self.writers_participle(k + 1)))
                // "…, and three in 10 said …", "… calling it “a fine start” – but
                // he said …": a conjunction opening a clause with a cue.
                || ((self.comma_at(k) || dash_after_quote) && self.new_clause_with_cue(k + 1))
                || (conjunction
                    && !self.goes_on_in_present(from, k)
                    && (self.finite_form_cue_at(self.past_auxiliaries(k + 1))
                        // "saying he had been a mentor and calling him …":
                        // participles of the same subject side by side.
                        || (after_participle && self.participle_cue_at(k + 1))
                        // "… calling it “a giveaway” and asserting …": a
                        // second participle after a quotation, perhaps with
                        // a subject of its own ("… and Kim calling it …").
                        || (quoted_before(k)
                            && (self.participle_cue_at(k + 1) || self.absolute_at(k + 1).is_some()))
                        // "calling them “crooks” and cowards and threatening
                        // …": any participle after a participle's quotation.
                        || (quoted_before(k)
                            && after_participle
                            && self.toks.get(k + 1).is_some_and(|t| {
                                t.is_word() && !t.is_capitalized() && source::is_present_participle(&t.norm)
                            }))))
                // "… said the levy was fair, and has since campaigned …":
                // with no quotation after it, a comma, a conjunction and a
                // verb with no subject give the speaker a second predicate.
                || (self.comma_at(k)
                    && self.norms.get(k + 1).is_some_and(|w| matches!(*w, "and" | "but"))
                    && self.second_predicate_at(k + 2)
                    && last_mark.is_none_or(|m| m < k))
                // "… sent “best wishes” to the crew but did not say …",
                // "… decried “creeping tolls” and praised …": after a
                // quotation, a conjunction and a finite verb with no subject
                // go on with the writer's sentence, not the reported clause.
                // Another quotation after it marks the paraphrase going on
                // ("had waited “a lifetime” and spent “millions of
                // dollars”"), unless a comma sets that quotation apart
                // ("and contrasted the rival, whom he called “reckless”").
                || (quoted_before(k)
                    && conjunction
                    && self.finite_verb_at(k + 1)
                    && last_mark.is_none_or(|m| m < k || (k..m).any(|i| self.is(i, ','))))
                // "… is “happy with the draft” as he faces …", "… “does not
                // add up” before floating …": after a quotation, a
                // clause of the writer's times the saying.
                || (quoted_before(k) && self.writers_time_clause_at(k))
                // "… called him a “moderate,” and his aides have made …":
                // after a quotation, a comma and a clause with a subject of
                // its own are the writer's; one with a quotation of its own
                // goes on with what was said.
                || (((quoted_before(k + 1) && self.comma_at(k)) || dash_after_quote)
                    && self.writers_clause_at(k + 1)
                    && last_mark.is_none_or(|m| m <= k))
                // "… a “moderate,” a subtle dig at …", "… by the plan — a
                // rare note of praise …": after a quotation, a noun phrase set
                // off to the end of the sentence sums up what was said. A
                // dash sets one off after any content ("backed the levy — a
                // move that …"), unless it opens a pair after which the
                // clause goes on; a comma without a quotation before it may
                // set off the clause's own words.
                || (((quoted_before(k + 1) && self.comma_at(k))
                    || (self.is_dash_or_hyphen(k)
                        && !self.clause_goes_on_after_dash_pair(k)))
                    && self.summing_up_at(k + 1))
                || Some(k) == gloss_comma
                // "… endorsed Ruiz for governor and campaigned with her", "…
                // urged residents to stay indoors, raising fears …": after
                // a phrase, a second verb of the speaker, or a participle
                // that runs to the end, goes on with the writer's sentence.
                || (k > from
                    && k < phrase_end
                    && ((conjunction && self.second_predicate_at(k + 1))
                        || (self.comma_at(k) && self.writers_participle_to_end(k + 1))))
                // "… denounced the plan, but the council will vote …": a
                // phrase, a gerund's too, takes no clause with a subject of
                // its own as its second half; that clause is the writer's.
                // After an earlier comma the phrase is a list, whose last
                // item may look like a clause ("meetings, hearings, and
                // other events designed to …").
                || (k > from
                    && k < first_verb
                    && self.comma_at(k)
                    && first_comma.is_none_or(|comma| comma >= k)
                    && self.norms.get(k + 1).is_some_and(|w| matches!(*w, "and" | "but"))
                    && (self.main_clause_at(k + 2) || self.noun_subject_clause_at(k + 2)))
                // "… supported the levy when it came to a vote", "…
                // announced the merger after cutting ties …", "… praised
                // the plan in an interview": after a phrase, a subordinate
                // clause is the writer's account of when or why the speaker
                // acted, and an occasion names where the words were said.
                // An infinitive after the occasion goes on with the object
                // ("urged his aides at a rally to …").
                || (after_plain_phrase(k)
                    && (self.writers_subordinate_clause_at(k)
                        || (self.occasion_at(k) && !(k..self.content_end).any(|i| self.infinitive_at(i)))))
                // "… said yes while 48 percent said no": a contrast with a
                // subject and cue of its own, even without a comma.
                || (k > from && matches!(self.norms[k], "while" | "whereas") && self.new_clause_with_cue(k))
        })
    }

    /// Whether a subject takes the bare verb: a plural ("officials say"), a
    /// collective ("police say"), a vague phrase, the first person singular
    /// ("I think"), or a phrase ending in a capitalised word in -s, which may
    /// be a plural naming a group however the phrase was read ("Now,
    /// Democrats believe …", "the Okafors say …").
    fn takes_bare_form(&self, mention: &Mention) -> bool {
        let phrase = &mention.phrase;
        let last = self.toks.partition_point(|t| t.span.end() < mention.span.end());
        let capitalized_plural = self.toks.get(last).is_some_and(|t| {
            t.is_word() && t.is_capitalized() && source::looks_plural(&t.norm) && !t.norm.ends_with("'s")
        });
        phrase.plural
            || phrase.organization_head
            || phrase.kind == PhraseKind::Vague
            || (phrase.kind == PhraseKind::Pronoun && &*phrase.head == "i")
            || capitalized_plural
    }

    /// Whether a word at `k` is a verb that makes the words around it a
    /// clause, not a noun phrase: a finite verb, a form of "be", or a
    /// word in -s between a word and a determiner ("the deal threatens
    /// the mill").
    fn clause_verb_at(&self, k: usize) -> bool {
        let word = self.norms[k];
        self.finite_verb_at(k)
            || is_be_form(word)
            || (k > 0
                && self.toks[k - 1].is_word()
                && !self.toks[k].is_capitalized()
                && source::looks_plural(word)
                && self
                    .norms
                    .get(k + 1)
                    .is_some_and(|w| CLAUSE_DETERMINERS.contains(w)))
    }

    /// Whether a cue in the present third person after the conjunction at
    /// `conjunction` goes on with the clause reported from `from` rather
    /// than giving the speaker a second predicate: "Lee said she backs the
    /// plan but wants a vote" reports both verbs. A second predicate of the
    /// speaker would take the tense of the past cue before the clause
    /// ("said … but wanted"); the reported clause has a subject and verb of
    /// its own, which the present verb shares. A comma or dash before the
    /// conjunction breaks the clause off ("… a debate — and thinks …").
    fn goes_on_in_present(&self, from: usize, conjunction: usize) -> bool {
        conjunction > from
            && self.toks[conjunction - 1].is_word()
            && self.cue_form_at(self.past_auxiliaries(conjunction + 1), |tense| {
                tense == Tense::Third
            })
            && (from.saturating_sub(3)..from).any(|i| {
                self.cue_at(i, |form| {
                    form.tense == Tense::Past && form.content != ContentShape::Object
                })
            })
            && (from + 1..conjunction).any(|i| self.clause_verb_at(i))
    }

    /// Where the verb stands after the auxiliaries and adverbs that start
    /// at `k` ("but has since said").
    fn past_auxiliaries(&self, mut k: usize) -> usize {
        while k < self.content_end && self.is_auxiliary(k) {
            k += 1;
        }
        k
    }

    /// Whether a clause with a subject and a finite verb of its own opens
    /// at `k`, perhaps after "and" or "but" ("and his administration has
    /// made …", "many in the audience appeared …").
    fn writers_clause_at(&self, k: usize) -> bool {
        self.clause_with_subject_at(k, |i| self.finite_verb_at(i))
    }

    /// Whether a main clause opens at `k`, its verb perhaps a form of "be"
    /// ("…, the mayor is the one they trust"): after a fronted
    /// subordinate clause nothing else can follow a subject. A pronoun that
    /// can only be a subject opens one before any lowercase word ("…, he
    /// appears uneasy"), whose verb may be in the present.
    fn main_clause_at(&self, k: usize) -> bool {
        let pronoun_subject = self.norms.get(k).is_some_and(|w| opens_clause_as_subject(w))
            && self
                .toks
                .get(k + 1)
                .is_some_and(|t| t.is_word() && !t.is_capitalized());
        pronoun_subject
            || self.clause_with_subject_at(k, |i| {
                self.finite_verb_at(i) || self.gap_verb_at(i) || MODALS.contains(&self.norms[i])
            })
    }

    /// Whether a short subject at `k` and a verb after it make a clause
    /// ("the ferry will return", "Okafor runs a network", "members were
    /// paid"), not an object ("the time", "the rise in fares announced
    /// Monday", "the crews better than most do"). The subject is a name,
    /// a determiner and its nouns, or one bare noun before an auxiliary or
    /// "be". Past a preposition the subject has a modifier whose past form
    /// may be a participle, so there only an auxiliary or "be" counts as the
    /// verb ("the cost of fuel has risen").
    fn noun_subject_clause_at(&self, k: usize) -> bool {
        const MAX_SUBJECT_WORDS: usize = 5;
        let strong_verb = |i: usize| self.is_auxiliary(i) || FINITE_BE.contains(&self.norms[i]);
        let Some(first) = self.toks.get(k).filter(|t| t.is_word()) else {
            return false;
        };
        if first.is_capitalized() {
            let after_name = (k + 1..self.content_end)
                .find(|&i| !self.toks[i].is_capitalized())
                .unwrap_or(self.content_end);
            return after_name < self.content_end
                && self.toks[after_name].is_word()
                && self.clause_verb_at(after_name);
        }
        if !CLAUSE_DETERMINERS.contains(&first.norm.as_ref()) {
            // A bare noun, not a pronoun, participle or adverb ("him only
            // recently", "voting Tuesday are").
            let bare_noun = self.plain_word_at(k)
                && !(strong_verb(k)
                    || OBJECT_PRONOUNS.contains(&first.norm.as_ref())
                    || opens_adverbial(&first.norm)
                    || first.norm.ends_with("ly"));
            return bare_noun && k + 1 < self.content_end && strong_verb(k + 1);
        }
        let mut modified = false;
        for i in k + 1..(k + 1 + MAX_SUBJECT_WORDS).min(self.content_end) {
            let word = self.norms[i];
            if !self.toks[i].is_word()
                || RELATIVE_WORDS.contains(&word)
                || SUBORDINATORS.contains(&word)
                || SUBJECT_PRONOUNS.contains(&word)
                || matches!(word, "and" | "or" | "but" | "than" | "that")
            {
                return false;
            }
            if strong_verb(i) || (!modified && self.clause_verb_at(i) && !self.adjective_in_past_form(i)) {
                return i > k + 1;
            }
            modified |= PREPOSITIONS.contains(&word) || CLAUSE_DETERMINERS.contains(&word);
        }
        false
    }

    /// Whether a past form at `k` inside a noun phrase modifies the noun
    /// after it ("a more balanced budget", "a sharply reduced fare"):
    /// a lowercase word follows that is no determiner, preposition, pronoun
    /// (reflexive too: "styled herself") or adverb, which a verb would take.
    fn adjective_in_past_form(&self, k: usize) -> bool {
        source::is_past(self.norms[k])
            && self.toks.get(k + 1).is_some_and(|t| {
                let w = t.norm.as_ref();
                t.is_word()
                    && !t.is_capitalized()
                    && !(CLAUSE_DETERMINERS.contains(&w)
                        || PREPOSITIONS.contains(&w)
                        || OBJECT_PRONOUNS.contains(&w)
                        || source::REFLEXIVES.contains(&w)
                        || w == "that"
                        || w.ends_with("ly"))
            })
    }

    /// Whether a subject phrase opens at `k`, perhaps after "and" or "but",
    /// and a word that `verb` accepts follows it within a few words.
    fn clause_with_subject_at(&self, k: usize, verb: impl Fn(usize) -> bool) -> bool {
        const MAX_SUBJECT_TOKENS: usize = 6;
        if !self.toks.get(k).is_some_and(|t| t.is_word()) {
            return false;
        }
        let subject = if matches!(self.norms[k], "and" | "but") {
            k + 1
        } else {
            k
        };
        (subject + 1..(subject + 1 + MAX_SUBJECT_TOKENS).min(self.content_end))
            .take_while(|&i| self.toks[i].is_word())
            .find(|&i| verb(i))
            .is_some_and(|verb| self.phrase(subject, verb).is_some())
    }

    /// Whether an article at `k` opens a noun phrase that runs to the end
    /// of the sentence with no comma, dash or quotation in it: an
    /// appositive to the whole clause before it ("a move that could …").
    fn summing_up_at(&self, k: usize) -> bool {
        if !(self.toks.get(k).is_some_and(|t| t.is_word()) && matches!(self.norms[k], "a" | "an" | "another"))
        {
            return false;
        }
        // The noun phrase may end on a relative clause of the writer's ("—
        // a rare note of praise since 2019, when …").
        match (k + 1..self.content_end)
            .find(|&i| self.is(i, ',') || self.is_dash(i) || self.has_quote_marks(i, i + 1))
        {
            None => true,
            // Or on a participle of the writer's ("…, a charge the party
            // denies, noting …").
            Some(i) => {
                self.is(i, ',')
                    && (self.norms.get(i + 1).is_some_and(|w| RELATIVE_WORDS.contains(w))
                        || self.participle_cue_at(i + 1)
                        || self.writers_participle(i + 1))
                    && !self.has_quote_marks(i + 1, self.content_end)
            }
        }
    }

    /// Whether an article at `k` opens a noun phrase that goes on until the
    /// sentence stops and glosses the noun before it ("a rule that bars
    /// …", "a plan the mayor has changed"). Not when it is the last item
    /// of a list ("… a crane, a dredger and a tug"), when a verb of its own
    /// makes it a clause ("…, a clerk invited her"), or when a comma sets
    /// it off inside the sentence ("… Ruiz, an aide, asking …").
    fn gloss_at(&self, k: usize) -> bool {
        // "the" glosses only a name ("… repeal the Harbor Act, the law that
        // …"); after a common noun it more often opens a clause of its own.
        let after_name = k >= 2 && self.toks[k - 2].is_capitalized();
        let article = match self.norms.get(k) {
            Some(&"a" | &"an") => true,
            Some(&"the") => after_name,
            _ => false,
        };
        if !(article && self.toks[k].is_word()) {
            return false;
        }
        let mut described = false;
        for i in k + 1..self.content_end {
            let word = self.norms[i];
            if !self.toks[i].is_word() {
                return false;
            }
            if matches!(word, "and" | "or")
                && self
                    .norms
                    .get(i + 1)
                    .is_some_and(|w| NOUN_DETERMINERS.contains(w))
            {
                return false;
            }
            // A relative word, a second determiner or a participle with its
            // preposition opens what describes the noun ("a plan that …",
            // "a plan the mayor has changed", "a view shared by …"); a verb
            // before any of them makes the phrase a subject.
            described |= RELATIVE_WORDS.contains(&word)
                || word == "that"
                || (i > k + 1 && NOUN_DETERMINERS.contains(&word))
                || (source::is_participle(word)
                    && self.norms.get(i + 1).is_some_and(|w| PREPOSITIONS.contains(w)));
            if !described && i > k + 1 && self.finite_verb_at(i) {
                return false;
            }
        }
        true
    }

    /// Whether a time clause opens at `k`: "as", "while", "before" or
    /// "after" with a subject pronoun of its own, "as" with an auxiliary
    /// that its subject follows, "before" or "after" with
    /// a participle ("before claiming"), "while" with either, as long as
    /// the participle is a cue ("while adding"), or "when" with a
    /// participle cue ("when commenting").
    fn writers_time_clause_at(&self, k: usize) -> bool {
        let Some(&link) = self.norms.get(k) else {
            return false;
        };
        let next = self.toks.get(k + 1).filter(|t| t.is_word());
        let subject = next.is_some_and(|t| SUBJECT_PRONOUNS.contains(&t.norm.as_ref()) && t.norm != "there");
        let participle = next.is_some_and(|t| !t.is_capitalized() && source::is_present_participle(&t.norm));
        self.toks[k].is_word()
            && match link {
                // "…, as have her rivals": a comparison of the writer's,
                // its verb before its subject.
                "as" => {
                    subject
                        || next.is_some_and(|t| {
                            let w = t.norm.as_ref();
                            FINITE_BE.contains(&w)
                                || matches!(w, "have" | "has" | "had" | "do" | "does" | "did")
                        })
                }
                // "while volunteering" may be part of what was said; "while
                // adding" is a saying of its own.
                "while" => subject || self.participle_cue_at(k + 1),
                // "when he said …" and "when it comes to …" may go on with
                // what was said.
                "when" => self.participle_cue_at(k + 1),
                "before" | "after" => subject || participle,
                _ => false,
            }
    }

    /// The "that" after a relative clause between commas that opens with
    /// the comma at `comma` (", where she is a guest, that …"). The clause
    /// holds only words, so a quotation or another clause break ends the
    /// search.
    fn relative_aside_then_that(&self, comma: usize) -> Option<usize> {
        const MAX_ASIDE_TOKENS: usize = 16;
        if !self.comma_at(comma)
            || !self
                .norms
                .get(comma + 1)
                .is_some_and(|w| RELATIVE_WORDS.contains(w))
        {
            return None;
        }
        let limit = (comma + 2 + MAX_ASIDE_TOKENS).min(self.content_end);
        let closing = (comma + 2..limit).find(|&i| !self.toks[i].is_word())?;
        let that = closing + 1;
        (self.comma_at(closing) && self.norms.get(that) == Some(&"that")).then_some(that)
    }

    /// Whether a phrase naming where the words were said opens at `k`:
    /// "in", "on", "at" or "during" and, within a few words with no verb
    /// among them, an occasion of the lexicon ("in a recent interview",
    /// "at a news conference", "during her floor speech").
    fn occasion_at(&self, k: usize) -> bool {
        const REACH: usize = 5;
        self.toks[k].is_word()
            && OCCASION_PREPOSITIONS.contains(&self.norms[k])
            && (k + 1..(k + 1 + REACH).min(self.content_end))
                .take_while(|&i| self.toks[i].is_word() && !self.clause_verb_at(i))
                .any(|i| self.lexicon.occasions.contains(self.norms[i]))
    }

    /// Whether a subordinate clause of time or reason opens at `k`: its
    /// subordinator and a clause with a subject of its own ("when it came
    /// to a vote", "because the board said …") or, after "after", "before",
    /// "while" and "since", a participle ("after cutting ties"). A
    /// condition ("if", "unless", "once") may be part of what was said, so
    /// it opens none; nor does "as" before anything but a subject pronoun
    /// or a determiner, or after "such" or "same".
    fn writers_subordinate_clause_at(&self, k: usize) -> bool {
        let Some(&link) = self.norms.get(k).filter(|_| self.toks[k].is_word()) else {
            return false;
        };
        // "when" after a time names it ("the days when …", "the week
        // when …", "back when …").
        let relative_time = link == "when"
            && k.checked_sub(1).is_some_and(|i| {
                let noun = self.norms[i];
                let singular = noun.strip_suffix('s').unwrap_or(noun);
                PERIODS.contains(&singular) || matches!(singular, "day" | "time" | "moment" | "era" | "back")
            });
        // "as" before a bare noun names a role ("her record as mayor
        // didn't …"), before a phrase it is a complement ("described the
        // raid as a disaster"), and after "such" or "same" it compares.
        let role_or_comparison = link == "as"
            && (k
                .checked_sub(1)
                .is_some_and(|i| matches!(self.norms[i], "such" | "same"))
                || self
                    .norms
                    .get(k + 1)
                    .is_none_or(|w| !(SUBJECT_PRONOUNS.contains(w) || CLAUSE_DETERMINERS.contains(w))));
        if !SUBORDINATORS.contains(&link)
            || matches!(link, "if" | "unless" | "once")
            || relative_time
            || role_or_comparison
        {
            return false;
        }
        let participle = || {
            self.toks
                .get(k + 1)
                .is_some_and(|t| t.is_word() && !t.is_capitalized() && source::is_present_participle(&t.norm))
        };
        self.main_clause_at(k + 1)
            || self.noun_subject_clause_at(k + 1)
            || (matches!(link, "after" | "before" | "while" | "since") && participle())
    }

    /// Whether the word at `k` is a lowercase word that opens no phrase or
    /// clause of its own: after the comma that closes a phrase set off after
    /// the subject it is the main clause's verb; opening a clause, a bare
    /// noun.
    fn plain_word_at(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| {
            let word = t.norm.as_ref();
            t.is_word()
                && !t.is_capitalized()
                && !source::is_present_participle(word)
                && !PREPOSITIONS.contains(&word)
                && !CLAUSE_DETERMINERS.contains(&word)
                && !SUBJECT_PRONOUNS.contains(&word)
                && !RELATIVE_WORDS.contains(&word)
                && !COMPLEMENTIZERS.contains(&word)
                && !matches!(word, "and" | "but" | "or" | "nor" | "so" | "yet")
        })
    }

    /// Whether the form at `p` that is also a noun is the object of a
    /// phrasal verb ("drew up plans", "to sketch out plans"): after its
    /// particle, a verb's object, not a verb.
    fn object_of_phrasal_verb(&self, p: usize) -> bool {
        p > 1
            && matches!(self.norms[p - 1], "up" | "out")
            && self.toks[p - 2].is_word()
            && !self.toks[p - 2].is_capitalized()
            && self.lexicon.noun_forms.contains(self.norms[p])
    }

    /// Whether the word at `k`, taken for a verb, is the last word of its
    /// subject: no auxiliary or adverb, and a lowercase past form follows
    /// it ("Former deputy called …").
    fn subject_runs_on(&self, k: usize) -> bool {
        let word = self.norms[k];
        let verb_or_adverb = self.is_auxiliary(k) || FINITE_BE.contains(&word) || word.ends_with("ly");
        !verb_or_adverb
            && self
                .toks
                .get(k + 1)
                .is_some_and(|t| t.is_word() && !t.is_capitalized() && source::is_past(&t.norm))
    }

    /// Whether the word at `k` can only be a finite verb: an auxiliary
    /// ("did not", "has"), or a lowercase past form ("voted", "made").
    fn finite_verb_at(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| {
            t.is_word() && !t.is_capitalized() && (self.is_auxiliary(k) || source::is_past(&t.norm))
        })
    }

    /// Whether a comma at `k` closes a relative clause inside a longer
    /// phrase: a verb, "to" or "of" after it takes the phrase up again
    /// ("said Osei, who chairs the board, would resign", "urged Osei, who
    /// …, to resign", "accused Osei, who …, of lying").
    fn relative_clause_closes_at(&self, k: usize) -> bool {
        self.comma_at(k)
            && k + 1 < self.content_end
            && (self.clause_verb_at(k + 1) || matches!(self.norms[k + 1], "to" | "of"))
    }

    /// Whether "by" at `q`, after a speech tag whose comma is at `comma`,
    /// names the agent of a passive the tag interrupts ("The bid would be
    /// helped, Lee said, by the new calendar"): the clause goes on after the
    /// tag. "By" after any other word is the writer's ("…, Lee said, by
    /// phone").
    fn passive_agent_after_tag(&self, comma: usize, q: usize) -> bool {
        self.norms[q] == "by"
            && comma >= 2
            && source::is_past(self.norms[comma - 1])
            && (comma.saturating_sub(3)..comma - 1).any(|k| is_be_form(self.norms[k]))
    }

    /// Whether a cue's present form that ends at `end` is a noun closing a
    /// subject, because a speech tag in the past set off by commas follows
    /// it ("The new plan, she said, will …"): a verb in the present is not
    /// cut from its content by such a tag. A tag in the present leaves the
    /// verb a verb ("Crews plan, she says, to …").
    fn noun_before_speech_tag(&self, end: usize, form: &CueForm) -> bool {
        matches!(form.tense, Tense::Base | Tense::Third) && self.speech_tag_end(end, &[Tense::Past]).is_some()
    }

    /// Where a speech tag set off by commas from `comma` on ends, at its
    /// closing comma: a short subject and a cue in one of `tenses`, perhaps
    /// dated (", officials said Tuesday,", ", she says,"). The test reads
    /// the lexicon only, never [`Self::finite_cue`], so it cannot chain
    /// through a run of tags.
    fn speech_tag_end(&self, comma: usize, tenses: &[Tense]) -> Option<usize> {
        if !self.comma_at(comma) {
            return None;
        }
        let subject = comma + 1;
        self.cues_after_subject(subject).find_map(|(i, n, tag)| {
            let closing = self.comma_after_time(i + n).unwrap_or(i + n);
            (tenses.contains(&tag.tense)
                && self.comma_at(closing)
                && self.phrase(subject, self.subject_end(i)).is_some())
            .then_some(closing)
        })
    }

    /// Whether a past form at `k`, perhaps after "has", "have" or "had" and
    /// an adverb of sequence, is a verb with no subject of its own ("…, and
    /// has since praised …", "…, but also warned …"), not an adjective
    /// ("and classified files") or a passive ("and fabricated by rivals").
    fn second_predicate_at(&self, mut k: usize) -> bool {
        while self
            .norms
            .get(k)
            .is_some_and(|w| matches!(*w, "has" | "have" | "had" | "also" | "since" | "later" | "then"))
        {
            k += 1;
        }
        self.toks.get(k).is_some_and(|t| t.is_word())
            && source::is_past(self.norms[k])
            && !self.adjective_in_past_form(k)
            && self.norms.get(k + 1) != Some(&"by")
    }

    /// Whether the word at `k` is a verb, which no noun phrase holds ("gave
    /// a voice", "fared poorly", "praised elected officials"): a past form
    /// or an "-ing" form with an object ([`Self::object_at`]) after it, or
    /// with no determiner, adverb or verb before it.
    /// After one of those, or first, it is an adjective ("the elected
    /// officials", "thanked elected officials", "a leading economist").
    fn verb_in_phrase(&self, k: usize) -> bool {
        let verb_form = |k: usize| {
            self.toks[k].is_word()
                && !self.toks[k].is_capitalized()
                && (source::is_past(self.norms[k]) || source::is_present_participle(self.norms[k]))
        };
        if !verb_form(k) {
            return false;
        }
        let modified = k == 0
            || !self.toks[k - 1].is_word()
            || source::is_determiner(self.norms[k - 1])
            || self.norms[k - 1].starts_with(|c: char| c.is_ascii_digit())
            || self.is_adverb_in_ly(k - 1)
            || verb_form(k - 1);
        self.object_at(k + 1) || !modified
    }

    /// Whether a present participle at `k`, after a comma, hangs off the
    /// writer's sentence ("…, comparing him favorably to …", "…, implicitly
    /// putting his name on the line"): the reported content ends before it.
    fn writers_participle(&self, k: usize) -> bool {
        let k = if self.norms.get(k).is_some_and(|w| w.ends_with("ly")) {
            k + 1
        } else {
            k
        };
        // A verb takes an object or a preposition; an adjective in -ing
        // takes a noun ("real, lasting impact").
        self.participle_verb_at(k) && self.object_at(k + 1) && !self.aside_after_be(k)
    }

    /// Whether the word at `k` follows an aside set off by commas right
    /// after a form of "be" ("is, in fact, courting …", "was, by all
    /// accounts, running"): the participle goes on with that verb.
    fn aside_after_be(&self, k: usize) -> bool {
        const MAX_ASIDE_TOKENS: usize = 5;
        k >= 2
            && self.comma_at(k - 1)
            && (k.saturating_sub(MAX_ASIDE_TOKENS + 2)..k - 1)
                .rev()
                .find(|&i| !self.toks[i].is_word())
                .is_some_and(|i| i > 0 && self.comma_at(i) && is_be_form(self.norms[i - 1]))
    }

    /// Whether a participle at `k` opens a phrase that runs to the end of
    /// the sentence, whatever follows it ("…, raising fears that …").
    /// Before a comma the phrase may be a reported clause's subject ("said
    /// the crews, working all night, saved the pier"); before "and" or "or"
    /// the participle is one of a list of adjectives ("a kind, loving and
    /// generous man").
    fn writers_participle_to_end(&self, k: usize) -> bool {
        self.participle_verb_at(k)
            && !self.norms.get(k + 1).is_some_and(|w| matches!(*w, "and" | "or"))
            && !(k + 1..self.content_end).any(|i| self.comma_at(i))
    }

    /// Whether a phrase that lists members of the one before it opens at
    /// `k` ("including Lee", "excluding the chair").
    fn lists_members_at(&self, k: usize) -> bool {
        self.norms
            .get(k)
            .is_some_and(|w| matches!(*w, "including" | "excluding"))
    }

    /// Whether the word at `k` is a lower-case present participle that may
    /// be a verb: "including" and its kind are prepositions in all but form.
    fn participle_verb_at(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| {
            t.is_word()
                && !t.is_capitalized()
                && source::is_present_participle(&t.norm)
                && !matches!(
                    t.norm.as_ref(),
                    "including" | "according" | "regarding" | "concerning"
                )
        })
    }

    /// Whether what stands at `k` is what a verb before it takes, and never
    /// the noun an adjective before it describes: a quotation, a
    /// determiner, an object pronoun or "it", or a preposition.
    fn object_at(&self, k: usize) -> bool {
        self.open_at(k).is_some()
            || self.norms.get(k).is_some_and(|w| {
                CLAUSE_DETERMINERS.contains(w)
                    || OBJECT_PRONOUNS.contains(w)
                    || PREPOSITIONS.contains(w)
                    || *w == "it"
            })
    }

    /// Whether "and" or "but" at `k` opens a clause of its own that has a
    /// cue with its own subject (", and three in 10 said …", ", but he
    /// railed against …"): the reported content ends before it.
    fn new_clause_with_cue(&self, k: usize) -> bool {
        self.norms.get(k).is_some_and(|w| {
            matches!(
                *w,
                "and" | "but" | "while" | "whereas" | "after" | "though" | "although"
            )
        }) && self.subject_and_cue_at(k + 1).is_some()
    }

    /// Where the finite cue ends when a short subject phrase at `k` is
    /// followed by one of its own ("three in 10 said", "Susan told the
    /// crowd"). A cue that reports only a clause, with none after it, is
    /// no cue there ("…, but the crews were hopeful").
    fn subject_and_cue_at(&self, k: usize) -> Option<usize> {
        self.subject_and_cue_reporting_at(k, false)
    }

    /// [`Self::subject_and_cue_at`], where a cue that ends the sentence
    /// reporting nothing counts too when `may_report_nothing`: after a
    /// fronted subordinate clause a subject and its verb are the main clause
    /// ("While Lee says the fee is fair, Ruiz disagrees").
    fn subject_and_cue_reporting_at(&self, k: usize, may_report_nothing: bool) -> Option<usize> {
        self.cues_after_subject(k).find_map(|(i, n, form)| {
            let reports_nothing = form.content == ContentShape::Clause && i + n >= self.content_end;
            (matches!(form.tense, Tense::Past | Tense::Third)
                && (may_report_nothing || !reports_nothing)
                && self.finite_cue(i, n, form)
                && self.phrase(k, self.subject_end(i)).is_some())
            .then_some(i + n)
        })
    }

    /// The cues of the lexicon that may end a short subject opening at
    /// `subject`: each at a word within a few tokens of it, with its length
    /// and form. The callers test the subject's phrase last, as it costs
    /// the most.
    fn cues_after_subject(&self, subject: usize) -> impl Iterator<Item = (usize, usize, &'t CueForm)> + '_ {
        const MAX_SUBJECT_TOKENS: usize = 8;
        (subject + 1..(subject + 1 + MAX_SUBJECT_TOKENS).min(self.content_end))
            .take_while(|&i| self.toks[i].is_word())
            .filter_map(|i| {
                let (n, form) = self.lexicon.cues.longest_at(&self.norms[i..])?;
                Some((i, n, form))
            })
    }

    /// The people named at `k` when a participle cue follows them: the
    /// subject of an absolute phrase ("Kim calling it …").
    fn absolute_at(&self, k: usize) -> Option<Mention> {
        const MAX_SUBJECT_TOKENS: usize = 6;
        (k + 1..(k + 1 + MAX_SUBJECT_TOKENS).min(self.content_end))
            .take_while(|&i| self.toks[i].is_word() || self.is(i, '.'))
            .find(|&i| self.participle_cue_at(i))
            .and_then(|i| self.absolute_subject_between(k, i))
    }

    /// Whether "with" at `k` opens an absolute phrase whose subject speaks
    /// for itself ("…, with Lee calling it “a disaster”"), which ends the
    /// content before it. Shares go on with a poll's finding ("showed Lee
    /// ahead, with 13 percent supporting Kim").
    fn speaking_absolute_at(&self, k: usize) -> bool {
        self.norms.get(k) == Some(&"with") && self.absolute_at(k + 1).is_some_and(|m| !m.phrase.counted)
    }

    /// `SOURCE VERB …, saying (that) CONTENT` · `…, telling RECIPIENT CONTENT`:
    /// a participle after a comma takes the subject of the clause it hangs
    /// off, or the source of that clause's own attribution.
    fn participle(&self, p: usize, n: usize, form: &CueForm, found: &[Found]) -> Option<Found> {
        // "…, saying …", and "… before asking …", "… after saying …" with a
        // preposition in place of the comma.
        const LINKS: &[&str] = &["before", "after", "while", "by", "upon"];
        // "In explaining why …, Ruiz said": "in" links a participle only
        // where it opens the sentence; inside one it mostly opens a phrase
        // of manner ("a say in setting fares", "blunt in denouncing").
        let opens_sentence = p == 0 || (p == 1 && (LINKS.contains(&self.norms[0]) || self.norms[0] == "in"));
        if opens_sentence {
            return self.fronted_participle(p, n, form);
        }
        let at = self.participle_link_end(p);
        // "… calling it “a giveaway” and asserting …": a participle
        // joined to an earlier attribution by "and" shares its source.
        let joined = at >= 2 && self.norms[at - 1] == "and";
        let linked = at >= 2
            && (self.comma_at(at - 1)
                || LINKS.contains(&self.norms[at - 1])
                || joined
                || self.statement_before(at));
        let absolute = if linked {
            None
        } else {
            Some(
                self.absolute_subject(at)
                    .or_else(|| self.reduced_relative_subject(at, p))?,
            )
        };
        let comma = self.span(at - 1, at);
        let clause_attribution = found.iter().rev().find(|f| f.cue.span.end() <= comma.start());
        if clause_attribution.is_none() && joined {
            return None;
        }
        let mut q = p + n;
        if form.recipient {
            q = self.recipient_end(q);
        } else if self.norms.get(q).is_some_and(|w| OBJECT_PRONOUNS.contains(w))
            && self.is(q + 1, ',')
            && self.open_at(q + 2).is_some()
        {
            // The one asked, before the quotation: "asking her, “…”".
            q += 1;
        }
        if self.is(q, ':') || self.is(q, ',') {
            q += 1;
        }
        q = self.skip_adverbial_and_that(q);
        // "speaking on background", "adding to the strain": a
        // preposition opens an adverbial, not reported content; "vowing to
        // cut taxes" reports an infinitive. After "that" it opens the
        // reported clause ("saying that in the end …").
        let opens_adverbial = self.norms.get(q).is_some_and(|w| PREPOSITIONS.contains(w))
            && (q == 0 || self.norms[q - 1] != "that");
        if (opens_adverbial && !self.infinitive_at(q) && !self.approximates_number(q))
            || self.asks_anonymity(q, form)
        {
            return None;
        }
        let mut content = self.cue_content(q, form)?;
        // "Lee, saying the port was “closed,” left early": a participle
        // right after the subject and its comma is set off like an
        // appositive. The subject is the speaker, and the content ends at
        // the comma before the main verb. A subject is a few words with no
        // verb of its own, which bounds the search for one.
        const MAX_SUBJECT_TOKENS: usize = 12;
        let subject_before = (at >= 2 && self.is(at - 1, ','))
            .then(|| self.clause_start(at - 1))
            .filter(|&start| {
                start < at - 1
                    && at - 1 - start <= MAX_SUBJECT_TOKENS
                    && self.subject_from(start, at - 1, |_| true).is_none()
            })
            .and_then(|start| self.mention(start, at - 1, at - 1));
        if subject_before.is_some() {
            let to = self.toks.partition_point(|t| t.span.end() <= content.1.end());
            if let Some(end) = self
                .closing_comma_end(q, to)
                .filter(|&end| self.plain_word_at(end + usize::from(self.is(end, ','))))
            {
                content = self.content_until(q, end)?;
            }
        }
        let mention = match (absolute.or(subject_before), clause_attribution) {
            (Some(subject), _) => subject,
            (None, Some(f)) => f.mention.clone()?,
            // "The prince attacked the plan, calling it “a disgrace”": with a
            // quotation to vouch for it, the clause's subject is the speaker
            // whatever its head noun. Without one, a bare plural still speaks
            // ("Democrats blocked the bill, saying …"); a singular noun of
            // unknown head may be no one ("The storm hit the coast, …").
            (None, None) => match self.clause_subject(p - 1) {
                Some((mention, _)) => mention,
                None => self
                    .speaker_subject(p - 1)
                    .filter(|m| content.0 != AttributionKind::Indirect || m.phrase.plural)?,
            },
        };
        Some(Found::claim(content, self.cue(p, n, form), Some(mention)))
    }

    /// Where the words that link the participle cue at `p` to the clause
    /// before end: an adverb ("…, recently telling …", "with Lee recently
    /// calling …") or, after a comma, a short phrase of time or place ("…,
    /// at times calling …", "…, on the radio saying …") may stand
    /// between.
    fn participle_link_end(&self, p: usize) -> usize {
        const MAX_PHRASE_WORDS: usize = 4;
        let verb = if p >= 2 && self.adverb_then_participle_cue_at(p - 1) {
            p - 1
        } else {
            p
        };
        (verb.saturating_sub(MAX_PHRASE_WORDS)..verb)
            .rev()
            .take_while(|&k| self.toks[k].is_word())
            .find(|&k| k > 0 && self.comma_at(k - 1) && matches!(self.norms[k], "at" | "on" | "in"))
            .unwrap_or(verb)
    }

    /// The subject of an absolute phrase whose participle is at `p`:
    /// people named right after "with", a dash, or "and" after a quotation
    /// (`…, with Sen. Ruiz calling it “…”`, `– Lee saying … and Kim calling
    /// it “…”`).
    fn absolute_subject(&self, p: usize) -> Option<Mention> {
        const MAX_SUBJECT_TOKENS: usize = 7;
        let marker = (p.saturating_sub(MAX_SUBJECT_TOKENS + 1)..p.saturating_sub(1))
            .rev()
            .take_while(|&k| self.toks[k].is_word() || self.is(k, '.') || self.is_dash(k))
            .find(|&k| {
                self.norms[k] == "with"
                    || self.is_dash(k)
                    || (self.norms[k] == "and" && k > 0 && self.close_at(k - 1).is_some())
            })?;
        self.absolute_subject_between(marker + 1, p)
    }

    /// The people an absolute phrase names from `from` to its participle at
    /// `to`, whatever word opens them ("with recent polls showing …", "with
    /// at least 30 percent saying …"). A phrase that is no noun phrase
    /// ("– in a clip of Lee saying …") names no one.
    fn absolute_subject_between(&self, from: usize, to: usize) -> Option<Mention> {
        self.mention(from, to, to).filter(Mention::names_people)
    }

    /// The people or the document that a participle right after a noun
    /// phrase describes ("sent money to a club backing Ruiz", "cited a
    /// survey showing Lee ahead"), when the phrase follows the clause's
    /// subject, so that the participle's content runs to the sentence's
    /// end. The participle's words start `at`, its cue word stands at `cue`,
    /// and the phrase is the nearest noun's, as for a relative "that".
    fn reduced_relative_subject(&self, at: usize, cue: usize) -> Option<Mention> {
        // "a press briefing", "her earlier warning that …": a cue form that
        // is also a common noun, or a noun of saying, is a noun after one.
        // Inside an introductory phrase ("Despite signs at the port
        // suggesting …, officials say …") the participle's words end at the
        // phrase's comma, and the main clause's speaker is the sentence's.
        // Both are settled before any phrase is classified.
        let noun = self.lexicon.noun_forms.contains(self.norms[cue])
            || self.lexicon.nominal_cues.contains_key(self.norms[cue]);
        let introduced = INTRO_WORDS.contains(&self.norms[0]) && self.has_comma(at, self.len());
        if noun || introduced {
            return None;
        }
        let mention = self.phrase_before(at, &|k| self.bounds_nearest_noun(k), &|m| {
            m.names_people() || m.phrase.kind == PhraseKind::Document
        })?;
        // A quantifier alone is an adjective's ("the most promising path",
        // "other telling signs"), and a pronoun no phrase a participle
        // hangs on.
        let lone = (mention.span.start() == self.toks[at - 1].span.start()).then(|| self.norms[at - 1]);
        if mention.phrase.kind == PhraseKind::Pronoun || lone.is_some_and(determines) {
            return None;
        }
        self.after_subject(&mention, at).then_some(mention)
    }

    /// Whether a document its source put out stands right before the
    /// participle at `p`, perhaps with a day ("released a statement
    /// Wednesday saying", "posted a video saying", "placed ads calling").
    fn statement_before(&self, p: usize) -> bool {
        // Narrower than the lexicon's documents: what a person puts out in
        // their own voice. After a poll or a study the participle
        // ("showing") is the document's, not its publisher's.
        const STATEMENTS: &[&str] = &[
            "statement",
            "release",
            "letter",
            "tweet",
            "post",
            "video",
            "message",
            "memo",
            "email",
            "note",
            "ad",
            "remark",
        ];
        let mut k = p;
        while k > 0 && self.toks[k - 1].is_word() && is_time_word(self.norms[k - 1]) {
            k -= 1;
        }
        // One or several ("posted a video", "placed ads calling …").
        k > 0 && {
            let word = self.norms[k - 1];
            STATEMENTS.contains(&word)
                || word
                    .strip_suffix('s')
                    .is_some_and(|one| STATEMENTS.contains(&one))
        }
    }

    /// `(After) SAYING CONTENT, SOURCE VERB …`: a participle that opens the
    /// sentence takes the subject of the clause after its phrase ("After
    /// saying her foot was “so swollen,” she was rushed to hospital").
    fn fronted_participle(&self, p: usize, n: usize, form: &CueForm) -> Option<Found> {
        let mut q = self.past_recipient(p + n, form);
        q = self.skip_that(q);
        // "Speaking on condition of anonymity, …", "Speaking Sunday on
        // …": an adverbial, no content.
        if self
            .norms
            .get(q)
            .is_some_and(|w| PREPOSITIONS.contains(w) || is_time_word(w))
            || self.asks_anonymity(q, form)
        {
            return None;
        }
        // The phrase ends at the first comma that a subject naming people
        // and its verb follow; a comma inside a closing quotation counts
        // (“…,” she said), and the quotation stays whole.
        let (to, mention) = (q + 1..self.content_end)
            .filter(|&k| self.comma_at(k))
            .find_map(|k| {
                let (mention, _) = self.subject_from(k + 1, self.content_end, Mention::names_people)?;
                Some((if self.is(k, ',') { k } else { k + 1 }, mention))
            })?;
        let content = self.content_until(q, to)?;
        Some(Found::claim(content, self.cue(p, n, form), Some(mention)))
    }

    /// The subject of the clause that ends at `to`, when it names people: the
    /// longest source phrase at the start of the clause that a verb follows
    /// ("The governor of the state released …"), and where that verb is. A
    /// common noun must be one that names people ("Prices rose, adding to …"
    /// has no speaker).
    fn clause_subject(&self, to: usize) -> Option<(Mention, usize)> {
        let start = self.clause_start(to);
        let (mention, verb) = self.subject_from(start, to, Mention::names_people)?;
        // "A judge on Friday blocked the map, ruling …": a time between the
        // subject and its verb is no part of the subject.
        let end = self.subject_end(verb);
        let trimmed = (end < verb)
            .then(|| self.mention(start, end, end))
            .flatten()
            .filter(Mention::names_people);
        Some((trimmed.unwrap_or(mention), verb))
    }

    /// The subject of the clause before `to`, read as the speaker of a
    /// quotation: the shortest phrase [`source::classify_speaker`] takes
    /// before a finite verb or a form of "be", when it opens with an
    /// article ("The prince attacked …", "A neighbour complained …") or is
    /// plural ("Democrats attacked …", "Democrats are stalling …"). A
    /// stretch of time ("Hours later …") is no subject.
    fn speaker_subject(&self, to: usize) -> Option<Mention> {
        const MAX_SUBJECT_WORDS: usize = 4;
        let start = self.clause_start(to);
        let first = *self.norms.get(start)?;
        if is_time_word(first) || DURATIONS.contains(&first) {
            return None;
        }
        let article = matches!(first, "the" | "a" | "an");
        (start + 1..to.min(start + MAX_SUBJECT_WORDS + 1))
            .filter(|&k| self.finite_verb_at(k) || FINITE_BE.contains(&self.norms[k]))
            .find_map(|k| self.speaker(start, k, k))
            .filter(|mention| article || mention.phrase.plural)
    }

    /// The longest source phrase that starts at `start`, that `accept`
    /// takes and that a lowercase word (its verb) follows before `to`, and
    /// where that verb is.
    fn subject_from(
        &self,
        start: usize,
        to: usize,
        accept: impl Fn(&Mention) -> bool,
    ) -> Option<(Mention, usize)> {
        // A determiner, a preposition, a pronoun, a number or a place
        // adverb is never the verb ("Watch the video below:" has no subject
        // "Watch").
        let verb_like = |k: usize| {
            let word = self.norms[k];
            !CLAUSE_DETERMINERS.contains(&word)
                && !PREPOSITIONS.contains(&word)
                && !SUBJECT_PRONOUNS.contains(&word)
                && !word.starts_with(|c: char| c.is_ascii_digit())
                && !matches!(
                    word,
                    "my" | "your" | "that" | "some" | "all" | "here" | "there" | "below" | "above"
                )
                // "summed up Lee as “hopeless”": "as" and "than" compare
                // and name; they are never the verb.
                && !matches!(word, "as" | "than")
        };
        (start + 1..to)
            .rev()
            .filter(|&k| self.toks[k].is_word() && !self.toks[k].is_capitalized() && verb_like(k))
            .find_map(|k| self.mention(start, k, k).filter(&accept).map(|m| (m, k)))
    }

    /// `SOURCE VERB … “partial quote” …` with no cue verb of the lexicon
    /// ("Ruiz openly admires the governor as a “strong leader”"): a short
    /// quotation inside a clause whose subject names people gives that
    /// subject's words, and the clause from its verb on is mixed content.
    fn partial_quote(&self) -> Option<Found> {
        const MAX_QUOTE_WORDS: usize = 12;
        let open = (1..self.content_end).find(|&k| self.open_at(k).is_some())?;
        let q = self.open_at(open)?;
        let quote = &self.quotes[q];
        let words = quote.inner().slice(self.text).split_whitespace().count();
        // A quotation that runs on past the sentence is no short phrase of
        // the clause.
        let closes_here = (open + 1..self.len()).any(|k| self.close_at(k) == Some(q));
        if !closes_here || words > MAX_QUOTE_WORDS {
            return None;
        }
        let start = self.clause_start(open);
        let (mut mention, mut verb) = self.subject_from(start, open, Mention::names_people)?;
        // "Lee, who said the pact was “madness”": a finite cue in a
        // relative clause of the subject reports the quotation, so the
        // subject is the relative cue's speaker, not a speaker of its own. A
        // progressive there ("who is challenging the mayor") only describes.
        let cue_in_subject = (start..verb)
            .find(|&k| RELATIVE_WORDS.contains(&self.norms[k]))
            .map(|who| (who + 1..verb).find(|&k| !self.is_auxiliary(k)).unwrap_or(verb))
            .is_some_and(|k| k < verb && self.finite_form_cue_at(k));
        if cue_in_subject
            || !matches!(
            mention.phrase.kind,
            PhraseKind::NamedPerson | PhraseKind::Pronoun | PhraseKind::NamedOrganization
        ) || self.has_quote_marks(0, verb)
            // "Lee, who said on “Sunday Forum” …": a relative word is
            // no verb.
            || RELATIVE_WORDS.contains(&self.norms[verb])
            // "Former deputy called it …": a word before the verb that is
            // no auxiliary or adverb is the subject's, which only a
            // capital at the sentence's start made look like a name.
            || self.subject_runs_on(verb)
            || (verb..open).any(|k| self.is(k, ',') || self.is(k, ';'))
        {
            return None;
        }
        // "Lee, who has cast himself as the dockers' “loudest friend,” won": a
        // quotation inside a relative clause that no comma has closed yet
        // gives that clause's words, the antecedent's, up to its closing
        // comma. Otherwise the subject would run on into the clause.
        let open_relative = (start + 1..verb)
            .find(|&k| source::is_who(self.norms[k]) && self.is(k - 1, ','))
            .filter(|&who| !self.has_comma(who, verb));
        if let Some(who) = open_relative {
            // The title of a work there ("who hosts “The Late Hour,”")
            // describes the antecedent; it is no one's words.
            if self.is_title(q) {
                return None;
            }
            mention = self
                .mention(start, who - 1, who - 1)
                .filter(Mention::names_people)?;
            verb = who + 1;
        }
        // "has gone after", "openly admires": auxiliaries and adverbs belong
        // to the verb.
        let mut main = verb;
        while main + 1 < open && (self.is_auxiliary(main) || self.norms[main].ends_with("ly")) {
            main += 1;
        }
        // "summed up", "singled out": a particle belongs to the verb too.
        if main + 1 < open && matches!(self.norms[main + 1], "up" | "out" | "off" | "down") {
            main += 1;
        }
        let cue = Cue {
            span: self.span(verb, main + 1),
            class: CueClass::Stance,
        };
        // The clause ends where the writer takes over, as a reported one does.
        let end = match self.participle_after(main + 1) {
            _ if open_relative.is_some() => self
                .closing_comma_end(main + 1, self.content_end)
                .unwrap_or(self.content_end),
            Some(k) if self.close_at(k).is_some() => k + 1,
            Some(k) if k > open => k,
            _ => self.content_end,
        };
        let content = self.span(main + 1, end);
        Some(Found::new(
            AttributionKind::Mixed,
            content,
            None,
            cue,
            Some(mention),
        ))
    }

    /// `SOURCE: “Q”` with no verb: a label before the colon names who
    /// speaks ("… - Dana Lee: “…”" after a run-in headline, "From the report:
    /// “…”", "Here is Lee in 1992: “…”"). The label names people, an
    /// organisation or a document; a kicker ("Update:") names no one.
    fn label_quote(&self) -> Option<Found> {
        const MAX_LABEL_TOKENS: usize = 8;
        let colon = (1..self.content_end).find(|&k| self.is(k, ':') && self.open_at(k + 1).is_some())?;
        let q = self.open_at(colon + 1)?;
        let mut start = (colon.saturating_sub(MAX_LABEL_TOKENS)..colon)
            .rev()
            .find(|&k| matches!(self.toks[k].text, "—" | "–" | "-" | "," | ";"))
            .map_or(0, |k| k + 1);
        if colon - start > MAX_LABEL_TOKENS {
            return None;
        }
        // "More from Lee:", "From the report:", "Here's Lee:": the label's
        // lead-in is not part of the source's words.
        let lead = match (self.norms.get(start), self.norms.get(start + 1)) {
            (Some(&"more"), Some(&"from")) | (Some(&"here"), Some(&("is" | "are"))) => 2,
            (Some(&("from" | "via" | "here's")), _) => 1,
            _ => 0,
        };
        start += lead;
        if start >= colon
            || self.has_quote_marks(start, colon)
            || self
                .lexicon
                .headline_kickers
                .longest_at(&self.norms[start..colon])
                .is_some()
        {
            return None;
        }
        let mention = self.mention(start, colon, colon)?;
        if !mention.names_people() && mention.phrase.kind != PhraseKind::Document {
            return None;
        }
        let cue = self.plain_cue(colon, colon + 1, CueClass::Neutral);
        Some(self.quoted(q, cue, Some(mention)))
    }

    /// `To SOURCE, CONTENT`: a view the writer gives as that of the source
    /// whose phrase opens the sentence ("To Ruiz, the vote was a warning",
    /// "But to many voters, he is a hero"). The phrase must name people
    /// ("To this day", "To some extent" do not) and the words after its
    /// comma make a clause; it reports a view, not words.
    fn perspective(&self) -> Option<Found> {
        const MAX_PHRASE_TOKENS: usize = 16;
        const MAX_SUBJECT_TOKENS: usize = 8;
        let p = self.leading_words_end(0, self.len());
        // "To win, the party …" is a purpose, not a view.
        if self.norms.get(p) != Some(&"to") || self.infinitive_at(p) {
            return None;
        }
        // The phrase ends at the comma a clause follows: a subject, then a
        // finite verb within a few words. An appositive or a relative clause
        // on the phrase comes before it ("To Lee, a historian, the …").
        let clause_after = |comma: usize| {
            self.toks.get(comma + 1).is_some_and(|t| t.is_word())
                && !RELATIVE_WORDS.contains(&self.norms[comma + 1])
                && !source::is_who(self.norms[comma + 1])
                && (comma + 2..self.content_end.min(comma + 2 + MAX_SUBJECT_TOKENS))
                    .take_while(|&i| self.toks[i].is_word())
                    .any(|i| self.finite_verb_at(i) || self.gap_verb_at(i))
        };
        let comma = (p + 2..self.content_end.min(p + 2 + MAX_PHRASE_TOKENS))
            .filter(|&k| self.is(k, ','))
            .find(|&k| clause_after(k))?;
        let mention = self
            .mention_as(p + 1, comma, comma, source::classify_cited)
            .filter(|m| {
                // A singular common noun must be a role the lexicon knows:
                // "To some extent" has the shape of an agent noun.
                let phrase = &m.phrase;
                m.names_people()
                    && (phrase.plural || phrase.role.is_some() || phrase.kind != PhraseKind::Anonymous)
            })?;
        let content = self.content_until(comma + 1, self.content_end)?;
        Some(Found::claim(
            content,
            self.plain_cue(p, p + 1, CueClass::Belief),
            Some(mention),
        ))
    }

    /// `CONTENT in a county poll`, `In the latest survey, CONTENT`: "in"
    /// carries a survey's finding with no verb of saying. The survey's
    /// phrase runs to a comma or the sentence's end; fronted, it leads the
    /// clause after its comma, and after a clause it closes that clause.
    fn survey_finding(&self) -> Option<Found> {
        if !self.norms.iter().any(|w| self.lexicon.surveys.contains(w)) {
            return None;
        }
        let (p, clause, stop, mention) = (0..self.content_end).find_map(|p| {
            if self.norms[p] != "in" || !self.toks[p].is_word() {
                return None;
            }
            // The source is the phrase up to the survey's head; what follows
            // dates it or says who was asked ("a county poll released
            // Sunday", "a survey of voters").
            const MAX_PHRASE_WORDS: usize = 8;
            let phrase_mark = |k: usize| self.comma_at(k) || self.open_at(k).is_some();
            let head = (p + 1..(p + 1 + MAX_PHRASE_WORDS).min(self.content_end))
                .take_while(|&k| !phrase_mark(k))
                .find(|&k| self.lexicon.surveys.contains(self.norms[k]))?;
            let stop = (head + 1..self.content_end)
                .find(|&k| phrase_mark(k))
                .unwrap_or(self.content_end);
            // A noun or a verb after the head makes it a modifier ("the
            // census office") or the phrase a subject ("the polls have …").
            let ends_phrase = head + 1 == stop
                || self.norms.get(head + 1).is_some_and(|w| {
                    matches!(*w, "of" | "by" | "from" | "for" | "among")
                        || is_time_word(w)
                        || TIME_MODIFIERS.contains(w)
                        || source::is_past(w)
                });
            if !ends_phrase {
                return None;
            }
            let clause = self.clause_start(p);
            let fronted = p == clause && self.comma_at(stop);
            let closing = p > clause && (stop == self.content_end || self.comma_at(stop));
            if !(fronted || closing) {
                return None;
            }
            // One survey publishes a finding; "in the polls" is a
            // candidate's standing in the race ("is still ahead in the
            // polls").
            let mention = self
                .mention(p + 1, head + 1, head + 1)
                .filter(|m| m.phrase.kind == PhraseKind::Document && !m.phrase.plural)?;
            Some((p, clause, stop, mention))
        })?;
        let cue = self.plain_cue(p, p + 1, CueClass::Evidential);
        let content = if p == clause {
            self.content_from(stop + 1)?
        } else {
            self.content_until(clause, p)?
        };
        Some(Found::claim(content, cue, Some(mention)))
    }

    /// `SOURCE VERB …: “Q”` with no cue verb of the lexicon ("The committee
    /// released the following statement: “…”"): the colon hands the quote to
    /// the clause's subject; the cue runs from the verb to the colon.
    fn colon_intro(&self) -> Option<Found> {
        // The colon may end the sentence, after the content's last word. A
        // comma after a statement put out does its work before a quotation
        // that opens a sentence ("issued a statement, “…”"); a title there
        // names the statement ("One ad, “The Long Road,” stars …").
        let colon = (1..self.len().min(self.content_end + 1)).find(|&k| {
            (self.is(k, ':') && (self.open_at(k + 1).is_some() || k + 1 >= self.content_end))
                || (self.is(k, ',')
                    && self.statement_before(k)
                    && self
                        .open_at(k + 1)
                        .is_some_and(|q| !self.quote_opens_lowercase(q) && !self.is_title(q)))
        })?;
        // A date or a place with commas may close the introduction ("On
        // July 6, 2015, Lee made the following comment:"): the subject may
        // follow one of the first commas after the clause's start.
        const MAX_COMMAS: usize = 3;
        let start = self.clause_start(colon);
        // "The Latest on the strike:" is a kicker that labels a live story.
        if self
            .lexicon
            .headline_kickers
            .longest_at(&self.norms[start..colon])
            .is_some()
        {
            return None;
        }
        // "Transcript as follows:", "The letter reads as follows:": a
        // document may introduce the words it holds, with a verb or none.
        // "The rules are as follows:" lists; it quotes no one.
        let as_follows =
            colon >= start + 3 && self.norms[colon - 2] == "as" && self.norms[colon - 1] == "follows";
        let (mention, verb) = if as_follows {
            let label = colon - 2;
            let found = self
                .mention(start, label, label)
                .map(|label_mention| (label_mention, label))
                .or_else(|| self.subject_from(start, label, |_| true))?;
            if FINITE_BE.contains(&self.norms[found.1]) {
                return None;
            }
            found
        } else {
            std::iter::once(start)
                .chain(
                    (start..colon)
                        .filter(|&k| self.is(k, ','))
                        .take(MAX_COMMAS)
                        .map(|k| k + 1),
                )
                .find_map(|s| self.subject_from(s, colon, Mention::names_people))?
        };
        // "… are:", "… below:", "… the following:": a list or a pointer to
        // something beside the text, not words of the subject.
        let points_elsewhere = matches!(
            self.norms[colon - 1],
            "below" | "above" | "here" | "are" | "is" | "were" | "was" | "include" | "includes" | "following"
        );
        if self.has_quote_marks(0, colon) || points_elsewhere {
            return None;
        }
        let cue = Cue {
            span: self.span(verb, colon + 1),
            class: CueClass::Neutral,
        };
        if colon + 1 >= self.content_end {
            return Some(Found::introducing_next(cue, mention));
        }
        let content = self.content_from(colon + 1)?;
        Some(Found::claim(content, cue, Some(mention)))
    }

    /// Whether `found` has the content shape its cue verb needs to report
    /// words (see `ContentShape`).
    fn reports_words(&self, form: &CueForm, found: &Found) -> bool {
        let quoted = matches!(found.kind, AttributionKind::Direct | AttributionKind::Mixed);
        match form.content {
            ContentShape::Any | ContentShape::Object => {
                !self.strands_preposition(found) && !self.says_where_from(found)
            }
            ContentShape::Quote => quoted || self.names_as(found),
            ContentShape::Clause => {
                let first = self
                    .toks
                    .partition_point(|t| t.span.start() < found.content.start());
                // "went on to say …", "continued to press …": an infinitive
                // after the cue carries a verb of its own, which reports.
                let after_cue = found.content.start() >= found.cue.span.end();
                if after_cue && self.infinitive_at(first) {
                    return false;
                }
                // A clause before the cue, or around it ("The delay, he
                // noted, is on the builders' end"), is what was said.
                if quoted || !after_cue {
                    return true;
                }
                let opens = |w: &str| COMPLEMENTIZERS.contains(&w) || SUBJECT_PRONOUNS.contains(&w);
                // "As the mayor noted, the port …", "In one sense, the
                // sisters noted, the plan …": after an aside's subject, a
                // comma sets the clause apart from the cue.
                let aside = found.mention.as_ref().is_some_and(|m| {
                    let subject = self.toks.partition_point(|t| t.span.start() < m.span.start());
                    subject > 0 && (self.aside_as(subject - 1) || self.is(subject - 1, ','))
                });
                let cue_end = self
                    .toks
                    .partition_point(|t| t.span.end() <= found.cue.span.end());
                let comma_after_cue =
                    aside && first > 0 && self.aside_comma(cue_end, form) == Some(first - 1);
                // "claims the ferry will return": a subject and its finite
                // verb make the object a clause, where "noted the time" has
                // none.
                self.norms.get(first).is_some_and(|w| opens(w))
                    || self.noun_subject_clause_at(first)
                    || comma_after_cue
                    || (first > 0 && (self.norms[first - 1] == "that" || self.is(first - 1, ':')))
                    // "noted that, due to the rules, …".
                    || (first > 1 && self.is(first - 1, ',') && self.norms[first - 2] == "that")
            }
        }
    }

    /// Whether "as" at `k` opens an aside ("as the mayor noted"), not the
    /// end of a comparison ("as well as the letters sent by fans", "such
    /// as").
    fn aside_as(&self, k: usize) -> bool {
        self.norms[k] == "as" && !(k > 0 && matches!(self.norms[k - 1], "well" | "such"))
    }

    /// The comma that closes an aside's cue at `after_cue`, right after it,
    /// after the listener of a verb of telling ("as Lee told reporters, …")
    /// or after a short adverbial ("as the mayor noted on Monday, …").
    fn aside_comma(&self, after_cue: usize, form: &CueForm) -> Option<usize> {
        const MAX_ADVERBIAL_TOKENS: usize = 6;
        let q = if form.recipient {
            self.recipient_phrase_end(after_cue)
        } else {
            after_cue
        };
        // "to" may open an infinitive ("as Lee vowed to cut taxes"), which
        // is no aside's adverbial.
        let adverbial = self
            .norms
            .get(q)
            .is_some_and(|w| opens_adverbial(w) && !(*w == "to" && self.infinitive_at(q)));
        let end = if adverbial {
            (q..(q + MAX_ADVERBIAL_TOKENS).min(self.content_end)).find(|&k| !self.toks[k].is_word())?
        } else {
            q
        };
        self.is(end, ',').then_some(end)
    }

    /// Where the words after a cue at `q` go on past its listener, for a
    /// verb of telling ("told reporters that …").
    fn past_recipient(&self, q: usize, form: &CueForm) -> usize {
        if form.recipient {
            self.recipient_end(q)
        } else {
            q
        }
    }

    /// Whether a cue ending in a preposition is followed by another
    /// preposition ("the funds referred to in the report", "a man referred
    /// to as the chief"): its object stands before it, in a relative clause
    /// or a passive, and what follows is no content of it.
    fn strands_preposition(&self, found: &Found) -> bool {
        let cue_end = self.after_cue(found);
        let first = self
            .toks
            .partition_point(|t| t.span.start() < found.content.start());
        first == cue_end
            && cue_end > 0
            && PREPOSITIONS.contains(&self.norms[cue_end - 1])
            && self
                .norms
                .get(first)
                .is_some_and(|w| *w == "as" || PREPOSITIONS.contains(w))
    }

    /// Whether what follows the cue says where the act came from, not what
    /// was said ("Ruiz reported from the harbor", "wrote from prison",
    /// "attacks from both parties"), or who took the stance ("a plan
    /// backed by the union"; "first reported by the Post" is a report's
    /// own construction).
    fn says_where_from(&self, found: &Found) -> bool {
        let cue_end = self.after_cue(found);
        self.toks
            .get(cue_end)
            .is_some_and(|t| t.span.start() == found.content.start())
            && (self.norms[cue_end] == "from"
                || (self.norms[cue_end] == "by" && found.cue.class == CueClass::Stance))
    }

    /// The frame token right after the cue of `found`.
    fn after_cue(&self, found: &Found) -> usize {
        self.toks
            .partition_point(|t| t.span.start() < found.cue.span.end())
    }

    /// Whether the content is an object and what the source names it: "him
    /// a liar", "Ruiz a fascist", "the plan a disaster", "himself
    /// conservative" — what "called" reports without a quotation, where
    /// "called the police" reports nothing.
    fn names_as(&self, found: &Found) -> bool {
        let first = self
            .toks
            .partition_point(|t| t.span.start() < found.content.start());
        let last = self.toks.partition_point(|t| t.span.end() <= found.content.end());
        let Some(&head) = self.norms.get(first) else {
            return false;
        };
        // An indefinite noun phrase after the object names it. An article
        // after a preposition belongs to the object ("called the police to
        // a meeting"), and one before a time or a count dates or counts the
        // call ("called his lawyer a day later", "a second time").
        let names_from = |k: usize| {
            let object_end = self.norms[k - 1];
            let named = self.norms.get(k + 1).copied().unwrap_or_default();
            matches!(self.norms[k], "a" | "an")
                && !PREPOSITIONS.contains(&object_end)
                && !matches!(object_end, "and" | "or" | "but" | "than")
                // "pushing a cart": the article is the participle's object.
                && !object_end.ends_with("ing")
                && !is_time_word(named)
                && !PERIODS.contains(&named)
                && !matches!(
                    named,
                    "day" | "lot" | "bit" | "little" | "few" | "dozen" | "number" | "couple"
                )
                && !self.lexicon.ordinals.contains_key(named)
        };
        let article_within = |n: usize| (first + 1..(first + 1 + n).min(last)).any(names_from);
        if OBJECT_PRONOUNS.contains(&head) || source::REFLEXIVES.contains(&head) {
            return last > first + 1;
        }
        // "what investigators called an act of arson": the free relative that
        // opens before the cue is the object named.
        if head == "what" && found.content.start() < found.cue.span.start() {
            return true;
        }
        // "The plan, which Ruiz called reckless, …", "whom Lee called a
        // liar": so is a relative word, when a name follows the cue; "which
        // Lee called on Friday", "called off", "called twice" name nothing.
        if matches!(head, "which" | "whom") && found.content.start() < found.cue.span.start() {
            let after = self
                .toks
                .partition_point(|t| t.span.end() <= found.cue.span.end());
            return after < last
                && self.toks[after].is_word()
                && !self.is_manner_adverb(after)
                && self.norms.get(after).is_some_and(|w| {
                    !PREPOSITIONS.contains(w) && !PARTICLES.contains(w) && !FREQUENCY_ADVERBS.contains(w)
                });
        }
        // Only a verb of naming or judging takes a bare predicate after a
        // name ("called Lee unfit", "considers Kim honest"); "spoke Friday
        // night" and "beamed Western news" name nothing.
        let naming_verb = found.content.start() >= found.cue.span.end()
            && matches!(found.cue.class, CueClass::Stance | CueClass::Belief);
        let small_clause = naming_verb && !is_time_word(head) && self.predicate_after_name(first, last);
        // "see the levy as a tax grab": a short object, then "as" and
        // what it is taken for; "as soon as", "as well" compare instead.
        const MAX_OBJECT_TOKENS: usize = 4;
        let taken_as = naming_verb
            && (first + 1..(first + 1 + MAX_OBJECT_TOKENS).min(last))
                .take_while(|&k| self.toks[k].is_word())
                .find(|&k| self.norms[k] == "as")
                .is_some_and(|k| {
                    k + 1 < last
                        && !matches!(
                            self.norms[k + 1],
                            "soon" | "well" | "much" | "long" | "far" | "if" | "though" | "many" | "part"
                        )
                });
        // "called the deal fair", "calls it unfair", "called the charges
        // baseless and politically motivated": a short object and the
        // verdict on it closing the content or joined to another;
        // "called the town council" and "called it quits" name nothing.
        const MAX_VERDICT_TOKENS: usize = 5;
        let verdict_at = (first + 1..last.min(first + MAX_VERDICT_TOKENS))
            .take_while(|&v| self.toks[v].is_word())
            .find(|&v| {
                self.lexicon.verdicts.contains(self.norms[v])
                    && (v + 1 == last || matches!(self.norms[v + 1], "and" | "or" | "but"))
            })
            .filter(|_| naming_verb);
        let verdict = verdict_at.is_some();
        // "called the citation and the demand for a hearing a political
        // ploy", "has called harbor fees a scam": a longer object, with
        // no verb of its own, then the indefinite noun phrase naming it.
        // The object opens with a determiner, a name or a noun, not a
        // particle or a preposition ("called off a deal", "see in her a
        // mirror"), and holds no verb or comparison ("see the pier is a
        // hazard", "less than a day").
        const MAX_NAMED_OBJECT_TOKENS: usize = 12;
        let object_word = |j: usize| {
            let word = self.norms[j];
            self.toks[j].is_word()
                && !self.finite_verb_at(j)
                && !FINITE_BE.contains(&word)
                && !MODALS.contains(&word)
                && word != "than"
        };
        let opens_object = !matches!(head, "a" | "an")
            && !opens_adverbial(head)
            && !PARTICLES.contains(&head)
            && object_word(first);
        let named_after_object = naming_verb
            && opens_object
            && (first + 1..(first + MAX_NAMED_OBJECT_TOKENS).min(last))
                .take_while(|&j| object_word(j))
                .any(names_from);
        let demonstrative = matches!(head, "it" | "this");
        (self.toks[first].is_capitalized() && (article_within(3) || small_clause))
            || (head == "the" && (article_within(4) || verdict_at.is_some_and(|v| v > first + 1)))
            || (demonstrative && (article_within(2) || verdict))
            || named_after_object
            || taken_as
    }

    /// Whether a name from `first` is followed, before `last`, by a word
    /// that can only be what the name is called ("calling Lee unfit",
    /// "called Pfizer unpatriotic"), not an adverbial or a particle of the
    /// verb ("called Lee back", "called Lee on Tuesday", "called Lee and
    /// …").
    fn predicate_after_name(&self, first: usize, last: usize) -> bool {
        const MAX_NAME_TOKENS: usize = 3;
        const NOT_PREDICATES: &[&str] = &[
            "and", "or", "but", "back", "again", "twice", "home", "up", "out", "off", "over", "later",
            "earlier", "then", "now", "to", "that", "who", "which", "as", "is", "was", "has", "had", "will",
            "would",
        ];
        let Some(next) = (first + 1..(first + 1 + MAX_NAME_TOKENS).min(last))
            .find(|&k| !self.toks[k].is_capitalized() && !self.is(k, '.'))
        else {
            return false;
        };
        let word = self.norms[next];
        // "called Kim's office": a possessive name is a determiner (the
        // norm folds the curly apostrophe).
        let possessive = self.norms[next - 1].ends_with("'s");
        // Letters only: "'s" after the name is a possessive too, and a
        // number is no predicate.
        self.toks[next].is_word()
            && !possessive
            && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !NOT_PREDICATES.contains(&word)
            && !opens_adverbial(word)
            && !word.ends_with("ly")
            && !word.ends_with("ing")
    }

    /// A transcript's speaker label, `SMITH: CONTENT` at the start of a
    /// paragraph: the label in capitals or an interview's `Q` and `A`, the
    /// content the rest of the paragraph. A kicker ("UPDATE:") is no label.
    fn speaker_label(&self) -> Option<Found> {
        if !self.opens_paragraph {
            return None;
        }
        // A transcript quoted line by line keeps its opening mark before the
        // label ("“SMITH: …"); the segmenter leaves it unpaired.
        let from = usize::from(self.toks.first().is_some_and(|t| matches!(t.text, "“" | "\"")));
        let colon = (from + 1..self.content_end.min(from + 5)).find(|&k| self.is(k, ':'))?;
        let label = self.span(from, colon).slice(self.text);
        let labelled = crate::segment::quotes::is_speaker_label(label);
        // "UPDATE:", "CORRECTION:", "BYLINE:": a label in capitals that
        // names a part of the page, not a speaker.
        let kicker = self
            .lexicon
            .headline_kickers
            .longest_at(&self.norms[from..colon])
            .is_some_and(|(words, _)| from + words == colon);
        if !labelled || kicker || !self.toks[from].is_word() || colon + 1 >= self.content_end {
            return None;
        }
        let mention = self.mention_as(from, colon, colon, source::classify_label)?;
        let cue = self.plain_cue(colon, colon + 1, CueClass::Neutral);
        let content = self.span(colon + 1, self.content_end);
        let mut found = Found::new(AttributionKind::Direct, content, None, cue, Some(mention));
        found.to_paragraph_end = true;
        Some(found)
    }

    /// A headline that names its speaker before a colon: `Ruiz: Port Will
    /// Reopen`, `Poll: Mayor Leads by Six`, and with the topic after "on",
    /// `Ruiz on Fares: ‘We Will Cut Them’`. The label must classify as a
    /// name, an organisation or a document; a kicker ("Update:", "Analysis:")
    /// labels the story, not a speaker.
    fn headline_speaker(&self) -> Option<Found> {
        const MAX_LABEL_WORDS: usize = 5;
        const MAX_TOPIC_WORDS: usize = 10;
        if !self.headline {
            return None;
        }
        let colon =
            (1..self.content_end.min(MAX_LABEL_WORDS + MAX_TOPIC_WORDS + 2)).find(|&k| self.is(k, ':'))?;
        let label_end = (1..colon.min(MAX_LABEL_WORDS + 1))
            .find(|&k| self.norms[k] == "on" && !self.toks[k].is_capitalized())
            .unwrap_or(colon);
        if label_end == colon && colon > MAX_LABEL_WORDS {
            return None;
        }
        if colon + 1 >= self.content_end
            || self
                .lexicon
                .headline_kickers
                .longest_at(&self.norms[..colon])
                .is_some()
            // "Delegate Update:", "Weekend Live:": a kicker that ends the label.
            || self.lexicon.headline_kickers.longest_at(&self.norms[colon - 1..colon]).is_some()
            || self.toks[..label_end]
                .iter()
                .any(|t| t.is_word() && !t.is_capitalized() && !t.norm.ends_with("'s"))
        {
            return None;
        }
        let mention = self.mention_as(0, label_end, label_end, source::classify_label)?;
        if !matches!(
            mention.phrase.kind,
            PhraseKind::NamedPerson | PhraseKind::NamedOrganization | PhraseKind::Document
        ) {
            return None;
        }
        let content = self.content_from(colon + 1)?;
        let cue = self.plain_cue(colon, colon + 1, CueClass::Neutral);
        Some(Found::claim(content, cue, Some(mention)))
    }

    /// A quotation credited after a dash: `“Q” — SOURCE`.
    fn dash_credit(&self) -> Option<Found> {
        let close = (0..self.content_end).find(|&k| self.close_at(k).is_some())?;
        let q = self.close_at(close)?;
        let dash = close + 1;
        let is_dash = self
            .toks
            .get(dash)
            .is_some_and(|t| matches!(t.text, "—" | "―" | "–"));
        // The quotation opens the sentence, or opened in an earlier one
        // ("“… He is ignorant of our culture.”― Ana Ruiz").
        let whole_quote = self.open_at(0) == Some(q)
            || (close == 0 && self.quotes[q].open.start() < self.toks[0].span.start());
        if !is_dash || dash + 1 >= self.content_end || !whole_quote {
            return None;
        }
        let mention = self.mention(dash + 1, self.content_end, self.content_end)?;
        if !matches!(
            mention.phrase.kind,
            PhraseKind::NamedPerson | PhraseKind::NamedOrganization
        ) {
            return None;
        }
        let cue = self.plain_cue(dash, dash + 1, CueClass::Neutral);
        Some(self.quoted(q, cue, Some(mention)))
    }

    /// Where a phrase at `p` that says why a source is unnamed ends ("who
    /// asked that her name not be used", "spoke anonymously"): its verb
    /// reports nothing the source said.
    fn anonymity_reason_end(&self, p: usize) -> Option<usize> {
        self.lexicon
            .anonymity_reasons
            .longest_at(&self.norms[p..])
            .map(|(n, ())| p + n)
    }

    /// `SOURCE asked not to be named because …`, `SOURCE spoke on condition
    /// of anonymity to discuss …`: the terms a source set for being quoted
    /// are the source's own account, not a claim of the writer's. The rest
    /// of the sentence (the reason, when one is given) is the content, or
    /// the terms themselves when nothing follows.
    fn anonymity_terms(&self) -> Option<Found> {
        let (verb, terms_end) = (1..self.content_end).find_map(|k| {
            let end = self.anonymity_reason_end(k)?;
            // "spoke on condition of anonymity", "agreed to talk on
            // condition that …": the verb of speaking belongs to the terms.
            let verb = (0..k)
                .rev()
                .take_while(|&v| {
                    matches!(
                        self.norms[v],
                        "spoke" | "talked" | "speak" | "talk" | "to" | "agreed"
                    ) || (FINITE_BE.contains(&self.norms[v]) && self.norms[k] == "not")
                })
                .last()
                .unwrap_or(k);
            let predicate = self.toks[verb].is_word()
                && !self.toks[verb].is_capitalized()
                && !PREPOSITIONS.contains(&self.norms[verb])
                && !matches!(self.norms[verb], "to" | "citing" | "requesting" | "asking");
            predicate.then_some((verb, end))
        })?;
        let end = self.subject_end(verb);
        let start = self.clause_start(end);
        if end <= start || self.has_quote_marks(start, self.content_end) {
            return None;
        }
        let mention = self.mention(start, end, end).filter(Mention::names_people)?;
        // "Residents are not permitted to speak to the press" is the
        // writer's claim about a group; only a source met before ("He was
        // not authorized to speak", "The official was …") speaks under terms.
        let refers_back = mention.phrase.kind == PhraseKind::Pronoun
            || matches!(self.norms[start], "the" | "this" | "that" | "these" | "those");
        if FINITE_BE.contains(&self.norms[verb]) && !refers_back {
            return None;
        }
        let cue = self.plain_cue(verb, terms_end, CueClass::Neutral);
        // Only a reason continues the terms ("because …", "for fear of …",
        // "to discuss …"); "…, but said …" goes on to other words.
        let reason = (terms_end..self.content_end)
            .find(|&k| self.toks[k].is_word())
            .filter(|&k| REASON_OPENERS.contains(&self.norms[k]));
        let content = match reason {
            Some(from) => self.span(from, self.content_end),
            None => cue.span,
        };
        Some(Found::new(
            AttributionKind::Indirect,
            content,
            None,
            cue,
            Some(mention),
        ))
    }

    /// `SOURCE, who said CONTENT, …`: a cue in the relative clause of a
    /// source's description attributes that clause's content to the source.
    fn relative_clause(&self, found: &Found) -> Option<Found> {
        let mention = found.mention.as_ref()?;
        let from = self
            .toks
            .partition_point(|t| t.span.start() < mention.intro.start());
        let to = self.toks.partition_point(|t| t.span.end() <= mention.intro.end());
        let who = (from..to).find(|&k| matches!(self.norms[k], "who" | "which"))?;
        let mut p = who + 1;
        while p < to && self.is_auxiliary(p) {
            p += 1;
        }
        if self.anonymity_reason_end(p).is_some() {
            return None;
        }
        let (n, form) = self.lexicon.cues.longest_at(&self.norms[p..to])?;
        if !matches!(form.tense, Tense::Past | Tense::Third | Tense::Base) {
            return None;
        }
        let content = self.relative_content(p + n, form, to)?;
        let relative = Found::claim(content, self.cue(p, n, form), Some(mention.clone()));
        self.reports_words(form, &relative).then_some(relative)
    }

    /// The content of a relative clause whose cue ends at `q`: after the
    /// listener and "that", up to the comma that closes the clause (or `to`,
    /// the end of the source phrase, unless a quotation opens there); none
    /// for a request for anonymity.
    fn relative_content(&self, q: usize, form: &CueForm, to: usize) -> Option<Content> {
        let mut q = q;
        if form.recipient {
            q = self.recipient_end(q).min(to);
        }
        q = self.skip_adverbial_and_that(q);
        if self.asks_anonymity(q, form) {
            return None;
        }
        // "…, who declared at the meeting, “…”": a comma or colon after
        // the cue, or after an adverbial, introduces a quotation, which is
        // the whole content.
        if let Some(quote) = self.introduced_quote(self.skip_adverbial(q)) {
            return Some((AttributionKind::Direct, self.quotes[quote].inner(), Some(quote)));
        }
        // A source phrase stops at a quotation mark, but the clause does not
        // (`…, who added that the mayor seemed “shaken” by the vote`): it
        // runs on through the quotation to its own comma.
        let reach = if self.open_at(to).is_some() {
            self.content_end
        } else {
            to
        };
        let end = self.closing_comma_end(q, reach).unwrap_or(reach);
        // "…, who backed the plan and said …": a second verb of the
        // relative word ends the first's content, as in a main clause.
        let end = self.tail_start(q).map_or(end, |k| k.min(end));
        self.content_until(q, end)
    }

    /// Where a clause from frame token `from` ends at its closing comma
    /// before `to`: before a bare comma, or after a quotation whose words
    /// end with one ("Lee, who called the pact “madness,” left"), the mark
    /// included. A comma between two adjectives of one noun closes nothing
    /// ("Lee, who portrayed the mayor as a generous, modest captain, left").
    fn closing_comma_end(&self, from: usize, to: usize) -> Option<usize> {
        let next_comma = |after: usize| (after..to).find(|&k| self.comma_at(k));
        let mut comma = next_comma(from)?;
        while let Some(second) =
            next_comma(comma + 1).filter(|&second| self.coordinate_adjective_at(comma, second))
        {
            comma = second;
        }
        Some(if self.is(comma, ',') { comma } else { comma + 1 })
    }

    /// Whether the content at `q` of a relative clause or a participle is a
    /// request for anonymity ("who asked not to be named", "asking that his
    /// name not be used", "who did not want to be identified"), not a claim.
    /// Other infinitives report an aim ("vowing to cut taxes").
    fn asks_anonymity(&self, q: usize, form: &CueForm) -> bool {
        let window = &self.norms[q.min(self.len())..(q + 5).min(self.len())];
        let name_withheld = window
            .iter()
            .any(|w| matches!(*w, "name" | "names" | "anonymity"));
        let infinitive = self.norms.get(q).is_some_and(|w| matches!(*w, "not" | "to"));
        let unnamed = window
            .iter()
            .any(|w| matches!(*w, "named" | "identified" | "anonymous" | "anonymously"));
        name_withheld || (infinitive && (form.class == CueClass::Question || unnamed))
    }

    /// The noun phrase a relative clause or a participle at `end` hangs on:
    /// the longest phrase `accept` takes that ends there and starts after
    /// the last mark, clause opener or `boundary` word, a few words back at
    /// most.
    fn phrase_before(
        &self,
        end: usize,
        boundary: &dyn Fn(usize) -> bool,
        accept: &dyn Fn(&Mention) -> bool,
    ) -> Option<Mention> {
        const MAX_PHRASE: usize = 12;
        let start = (0..end)
            .rev()
            .find(|&k| !self.toks[k].is_word() || CLAUSE_OPENERS.contains(&self.norms[k]) || boundary(k))
            .map_or(0, |k| k + 1)
            .max(end.saturating_sub(MAX_PHRASE));
        (start..end).find_map(|s| self.mention(s, end, end).filter(|m| accept(m)))
    }

    /// Whether the word at `k` is a verb that no noun phrase after it
    /// holds: a past or "-ing" verb ([`Self::verb_in_phrase`]), or a bare
    /// verb after a modal ("would shield groups who …").
    fn is_verb_before_phrase(&self, k: usize) -> bool {
        self.verb_in_phrase(k) || (k > 0 && takes_bare_verb(self.norms[k - 1]))
    }

    /// Whether the word at `k` bounds the nearest noun phrase after it, which
    /// a relative "that" or a participle right after a noun hangs on: any
    /// preposition or verb ("a deckhand in a jacket that said …" is about
    /// the jacket).
    fn bounds_nearest_noun(&self, k: usize) -> bool {
        PREPOSITIONS.contains(&self.norms[k]) || self.is_verb_before_phrase(k) || self.particle_after_verb(k)
    }

    /// Whether the word at `k` is the particle of a phrasal verb ("handed
    /// out letters that said …"): it belongs to the verb before it, and the
    /// noun phrase after it starts past it.
    fn particle_after_verb(&self, k: usize) -> bool {
        k > 0 && PARTICLES.contains(&self.norms[k]) && self.is_verb_before_phrase(k - 1)
    }

    /// Whether `mention`, a phrase that ends at `end`, follows the subject
    /// of its clause: words other than its determiners, or than the noun
    /// an "of" phrase hangs on ("The share of voters …"), stand before it.
    /// The phrase is then an object, or a preposition's, and a clause that
    /// hangs on it with no mark to end it runs to the sentence's end; one
    /// on the subject ends before the main verb.
    fn after_subject(&self, mention: &Mention, end: usize) -> bool {
        let mut start = self.toks[..end].partition_point(|t| t.span.start() < mention.span.start());
        while start > 0 && determines(self.norms[start - 1]) {
            start -= 1;
        }
        if start > 0 && self.norms[start - 1] == "of" {
            // Back over the phrase the "of" phrase hangs on ("the latest
            // batch of posts").
            start -= 1;
            while start > 0
                && self.toks[start - 1].is_word()
                && !PREPOSITIONS.contains(&self.norms[start - 1])
                && !self.finite_verb_at(start - 1)
                && !self.is_verb_before_phrase(start - 1)
            {
                start -= 1;
            }
        }
        start > self.clause_start(start)
    }

    /// `… NAME, who said CONTENT, …` anywhere in a sentence: the relative
    /// clause's cue attributes its content to the noun phrase before "who",
    /// before "which" when that names an organisation or a document
    /// ("the harbor police, which logged “412 thefts”"), or before "that"
    /// when that names people, an organisation or a document ("a memo that
    /// said …"). `who`
    /// is where [`Self::relative_word`] found the relative word.
    fn relative_cue(&self, p: usize, n: usize, form: &CueForm, who: usize) -> Option<Found> {
        if who == 0 {
            return None;
        }
        let antecedent = |m: &Mention| match self.norms[who] {
            word if source::is_who(word) => m.names_people(),
            // "that" stands for people, bodies and documents alike, so the
            // head must be one the lexicon knows, not any noun in "-er"
            // ("a corner that could threaten").
            "that" => {
                matches!(
                    m.phrase.kind,
                    PhraseKind::NamedPerson | PhraseKind::NamedOrganization | PhraseKind::Document
                ) || m.phrase.organization_head
                    || source::is_lexicon_head(&m.phrase.head, self.lexicon)
            }
            "which" => {
                m.phrase.organization_head
                    || matches!(
                        m.phrase.kind,
                        PhraseKind::NamedOrganization | PhraseKind::Document
                    )
            }
            _ => false,
        };
        // A relative clause set off by dashes ("Lee — who said … — left")
        // ends at the closing dash, as one set off by commas ends at its comma.
        let dashed = self.is_dash_or_hyphen(who - 1);
        let end = if self.is(who - 1, ',') || dashed {
            who - 1
        } else {
            who
        };
        // "a report in July that showed …", "the memo on Monday, which
        // said …": a time adverbial after the antecedent dates it and is
        // no part of it.
        let end = self.time_before(end).unwrap_or(end);
        // The antecedent: the run of capitalised words before "who" (a
        // name), else the phrase since the last comma or clause opener.
        let mut name_start = end;
        while name_start > 0
            && (self.toks[name_start - 1].is_capitalized() || self.abbreviation_period(name_start - 1))
        {
            name_start -= 1;
        }
        let mention = if name_start < end {
            self.mention(name_start, end, end).filter(antecedent)?
        } else {
            // The longest phrase naming people that ends before "who" and
            // starts after the last comma or clause opener ("the 30 percent
            // of voters who said"), and first after the last verb or
            // preposition that leads to a group ("Lee fared poorly among
            // voters who said" names the voters).
            if self.norms[who] == "that" {
                // "that" takes the nearest noun.
                self.phrase_before(end, &|k| self.bounds_nearest_noun(k), &antecedent)?
            } else {
                self.phrase_before(
                    end,
                    &|k| {
                        matches!(
                            self.norms[k],
                            "among" | "between" | "against" | "to" | "from" | "with"
                        ) || self.is_verb_before_phrase(k)
                            || self.particle_after_verb(k)
                    },
                    &antecedent,
                )
                .or_else(|| self.phrase_before(end, &|_| false, &antecedent))?
            }
        };
        // A "that" clause on the sentence's subject ends, with no comma to
        // say where, before the main verb ("The polls that show Lee ahead
        // have …"), so only one after the subject is read.
        if self.norms[who] == "that" && !self.after_subject(&mention, end) {
            return None;
        }
        let to = if dashed {
            (p + n..self.content_end)
                .find(|&k| self.is_dash_or_hyphen(k))
                .unwrap_or(self.content_end)
        } else {
            self.content_end
        };
        let content = self.relative_content(p + n, form, to)?;
        Some(Found::claim(content, self.cue(p, n, form), Some(mention)))
    }

    /// `According to SOURCE, CONTENT` and `CONTENT, according to SOURCE`.
    fn according(&self, p: usize, n: usize) -> Option<Found> {
        let from = p + n;
        let stop = (from..self.len())
            .find(|&k| {
                (matches!(
                    self.toks[k].text,
                    "," | "." | ";" | ":" | "—" | "–" | "-" | "?" | "!"
                ) && !self.abbreviation_period(k))
                    || self.open_at(k).is_some()
            })
            .unwrap_or(self.len());
        let mention = self.mention_as(from, stop, stop, source::classify_cited)?;
        let cue = self.plain_cue(p, p + n, CueClass::According);
        // After "that" or a colon the phrase leads the reported clause
        // ("said that according to its count, the party has won", "… is
        // busy: according to the agency, ships wait").
        // So does it after a conjunction and its comma when a clause follows
        // ("because, according to his aides, the schedule is full"); a verb
        // there goes on with the subject before ("and, according to aides,
        // adopted a budget").
        let after_opener = p >= 2 && self.is(p - 1, ',') && CLAUSE_OPENERS.contains(&self.norms[p - 2]);
        let verb_follows = self.finite_verb_at(stop + 1) || self.gap_verb_at(stop + 1);
        // A phrase that ends the sentence leads nothing: the words before
        // it, introductory phrase and all, are the clause it attributes ("On
        // Tuesday she lost the vote, according to the returns").
        let leading = stop < self.content_end
            && (p <= self.clause_start(p)
                || (p > 0 && (self.norms[p - 1] == "that" || self.is(p - 1, ':')))
                || (after_opener && !verb_follows));
        let (kind, content, quote) = if leading {
            // The clause the phrase leads ends where a reported one would
            // ("According to aides, Lee was “furious,” sparking rumors").
            self.content_to_tail(if self.is(stop, ',') { stop + 1 } else { stop })?
        } else {
            let to = if p > 0 && self.is(p - 1, ',') { p - 1 } else { p };
            // "Among the cases at risk, according to Ms. Lee, are 16 …": the
            // phrase sits inside the clause it attributes, which goes on.
            // Without a tagger the sure sign is a verb that needs a subject
            // (an auxiliary or a form of "be"); anything else after the comma
            // may be an appositive ("…, according to filings, a huge sum",
            // "according to Lee, head of …"). After a conjunction any finite
            // verb is one ("cut its staff and, according to aides, adopted
            // a budget"), and so it is after a subject with no verb of its
            // own ("Fares, according to the union, rose sharply"). A
            // quotation that opens in lower case there goes on with that
            // subject too ("The plan, according to aides, “is dead”").
            let bare_subject = || !(self.clause_start(to)..to).any(|k| self.clause_verb_at(k));
            let quoted_predicate = self
                .open_at(stop + 1)
                .is_some_and(|quote| self.quote_opens_lowercase(quote));
            let goes_on = matches!(self.toks.get(stop).map(|t| t.text), Some("," | "—" | "–" | "-"))
                && stop + 1 < self.content_end
                && (self.gap_verb_at(stop + 1)
                    || (after_opener && verb_follows)
                    || ((self.finite_verb_at(stop + 1) || quoted_predicate) && bare_subject())
                    // "The next day, according to Lee, the board met": an
                    // introductory phrase before, the main clause after.
                    || (bare_subject() && self.main_clause_at(stop + 1))
                    // "Fares rose, according to the union, because …": the
                    // reason is part of the claim.
                    || self.norms.get(stop + 1) == Some(&"because"));
            let end = if goes_on { self.content_end } else { to };
            self.content_until(self.clause_start(to), end)?
        };
        Some(Found::new(kind, content, quote, cue, Some(mention)))
    }

    /// Where the auxiliary of a passive cue at `p` with an agent after it
    /// stands ("was criticized by", "has been widely praised by", "got
    /// told by"): an auxiliary of being right before the participle, or
    /// before one adverb before it. A verb that reports only quotations
    /// ("was called by his first name") or a question (see
    /// [`Self::asked_passive`]) has no such construction, and neither have
    /// the participles of [`PASSIVE_NON_CUES`].
    fn passive_by_at(&self, p: usize, n: usize, form: &CueForm) -> Option<usize> {
        if !matches!(form.tense, Tense::Past | Tense::Participle)
            || self.norms.get(p + n) != Some(&"by")
            || matches!(form.class, CueClass::NonSpeech | CueClass::Question)
            || form.content == ContentShape::Quote
            || PASSIVE_NON_CUES.contains(&self.norms[p])
        {
            return None;
        }
        let auxiliary = |k: usize| {
            let w = self.norms[k];
            is_be_form(w) || matches!(w, "being" | "get" | "gets" | "got" | "gotten")
        };
        let before = p.checked_sub(1)?;
        let adverb = self.is_manner_adverb(before)
            || (self.toks[before].is_word()
                && !self.toks[before].is_capitalized()
                && PASSIVE_ADVERBS.contains(&self.norms[before]));
        let mut aux = if auxiliary(before) {
            before
        } else if adverb && before > 0 && auxiliary(before - 1) {
            before - 1
        } else {
            return None;
        };
        // "has been", "had been": the tense belongs to the cue. After a
        // modal the act is only possible ("could be rejected by voters"),
        // and nobody has taken the stance yet.
        while aux > 0 && matches!(self.norms[aux - 1], "has" | "have" | "had") {
            aux -= 1;
        }
        let hypothetical = |k: usize| MODALS.contains(&self.norms[k]) || self.norms[k] == "to";
        let modal = aux > 0
            && (hypothetical(aux - 1) || (aux > 1 && self.is_adverb_in_ly(aux - 1) && hypothetical(aux - 2)));
        (!modal).then_some(aux)
    }

    /// `SUBJECT was criticized by SOURCE`, `LISTENER was told by SOURCE
    /// that CONTENT`: a passive cue whose agent is the source. A verb with a
    /// listener reports what follows the agent; any other reports on its
    /// subject, which is the content ("The levy was denounced by traders":
    /// traders denounced the levy). The agent runs to the first word that
    /// opens what follows it ("for cutting pensions", "as a tax grab", "in
    /// a statement") and must name people, a survey's share of them or a
    /// document.
    fn passive_agent(&self, aux: usize, p: usize, n: usize, form: &CueForm) -> Option<Found> {
        let by = p + n;
        let agent_end = (by + 1..self.content_end)
            .find(|&k| {
                !self.toks[k].is_word()
                    || COMPLEMENTIZERS.contains(&self.norms[k])
                    || (k > by + 1 && AGENT_ENDS.contains(&self.norms[k]))
                    // "accused by rivals of leaking them": a gerund after
                    // "of" is the charge, not the agent's description.
                    || (k > by + 1
                        && self.norms[k] == "of"
                        && self.norms.get(k + 1).is_some_and(|w| source::is_present_participle(w)))
            })
            .unwrap_or(self.content_end);
        let mention = self.mention(by + 1, agent_end, agent_end).filter(|m| {
            m.names_people()
                || m.phrase.counted
                || matches!(m.phrase.kind, PhraseKind::Document | PhraseKind::Vague)
        })?;
        let cue = self.plain_cue(aux, by + 1, form.class);
        // A reported clause after the agent is the content ("was warned by
        // engineers that …"), and so is a quotation or an infinitive ("was
        // urged by aides to resign"; "praised by rivals to the skies" has a
        // phrase after "to", no verb).
        let from = self.skip_that(agent_end);
        let infinitive = self.norms.get(from) == Some(&"to")
            && self.toks.get(from + 1).is_some_and(|t| {
                t.is_word() && !t.is_capitalized() && !CLAUSE_DETERMINERS.contains(&t.norm.as_ref())
            });
        let reported = from > agent_end || self.open_at(from).is_some() || infinitive;
        let (kind, content, quote) = if reported {
            self.content_from(from)?
        } else if form.recipient {
            return None;
        } else {
            // The subject is the content: the words before the auxiliary in
            // its clause, after a subordinator ("…, when he was accused by
            // …"). A relative word ("The levy, which was denounced by …") is
            // no content of its own, and a subject that holds a verb (a
            // second predicate: "The ferry sailed late and was denounced by
            // …") is no construction this one reads.
            let mut start = self.clause_start(aux);
            if let Some(k) = (start..aux)
                .rev()
                .find(|&k| SUBORDINATORS.contains(&self.norms[k]))
            {
                start = k + 1;
            }
            if start >= aux
                || RELATIVE_WORDS.contains(&self.norms[aux - 1])
                || self.norms[aux - 1] == "that"
                || (start..aux).any(|k| self.clause_verb_at(k))
            {
                return None;
            }
            self.content_until(start, aux)?
        };
        Some(Found::new(kind, content, quote, cue, Some(mention)))
    }

    /// Whether the question verb at `p` is a passive or a participle whose
    /// subject is the one asked, not the asker: `Asked whether …`, `when
    /// asked about …`, `Lee was asked, “…”`.
    fn asked_passive(&self, p: usize, form: &CueForm) -> bool {
        if form.class != CueClass::Question || self.norms[p] != "asked" {
            return false;
        }
        let prev = p.checked_sub(1).map_or("", |k| self.norms[k]);
        let passive =
            FINITE_BE.contains(&prev) || matches!(prev, "being" | "been" | "be" | "get" | "got" | "gets");
        // "“Is it over?” Ann Lee, a lawmaker, asked.": with nothing after
        // it, "asked" ends a speech tag.
        let ends_tag = p + 1 >= self.content_end;
        // After a comma the participle describes the one asked ("Lee,
        // asked about the plan, said …"); with the people asked after it,
        // the verb is the asker's ("The moderator, Tom Reyes, asked both
        // candidates whether …").
        let asks_someone = self.norms.get(p + 1).is_some_and(|next| {
            CLAUSE_DETERMINERS.contains(next)
                || OBJECT_PRONOUNS.contains(next)
                || matches!(*next, "both" | "each")
        });
        passive
            || (!ends_tag
                && (p == self.clause_start(p)
                    || SUBORDINATORS.contains(&prev)
                    || (prev == "," && !asks_someone)))
    }

    /// `Asked whether CONTENT, …`, `when asked about CONTENT`, `was asked,
    /// “Q”`, `asked by ASKER to CONTENT`: the question put to a source. Its
    /// source is the asker, named only after "by"; the one asked is the
    /// subject of the answer, not of the question.
    fn question_put(&self, p: usize, n: usize, form: &CueForm) -> Option<Found> {
        const MAX_GAP: usize = 6;
        let mut q = p + n;
        let mut mention = None;
        let opens_question = |k: usize| {
            COMPLEMENTIZERS.contains(&self.norms[k])
                || matches!(self.norms[k], "who" | "where" | "which" | "about" | "to")
        };
        if self.norms.get(q) == Some(&"by") {
            let end = (q + 1..self.content_end)
                .find(|&k| self.is(k, ',') || self.open_at(k).is_some() || opens_question(k))
                .unwrap_or(self.content_end);
            mention = Some(self.mention(q + 1, end, end)?);
            q = end;
        }
        // "asked on Fox News who leads", "asked again whether": an adverbial
        // may stand before the question.
        let start = (q..self.content_end.min(q + MAX_GAP)).find(|&k| {
            self.open_at(k).is_some()
                || (self.is(k, ',') && self.open_at(k + 1).is_some())
                || opens_question(k)
        })?;
        let cue = self.cue(p, n, form);
        if let Some(quote) = self.open_at(start).or_else(|| self.open_at(start + 1)) {
            return Some(self.quoted(quote, cue, mention));
        }
        let from = if self.norms[start] == "about" {
            start + 1
        } else {
            start
        };
        // The question ends at a comma, or with a quotation that closes on
        // one ("Asked if the fare is “fair enough,” most riders said yes").
        let to = (from..self.content_end)
            .find(|&k| self.comma_at(k))
            .map_or(self.content_end, |k| if self.is(k, ',') { k } else { k + 1 });
        let (kind, content, quote) = self.content_until(from, to)?;
        Some(Found::new(kind, content, quote, cue, mention))
    }

    /// `SOURCE declined to comment`; `… could not reach SOURCE for comment`.
    fn non_response(&self, p: usize, n: usize) -> Option<Found> {
        if self.norms[p + n - 1] == "reach" {
            return self.not_reached(p, n);
        }
        let end = self.subject_end(p);
        if end == 0 {
            return None;
        }
        let mut start = self.clause_start(end);
        // "Neither Lee nor Ruiz responded to requests for comment", "None of
        // the firms returned calls": a response denied by its subject.
        if self.lexicon.negated_response.is_exactly(&self.norms[p..p + n]) {
            let negative = matches!(self.norms[start], "neither" | "none" | "nobody")
                || (self.norms[start] == "no" && self.norms.get(start + 1) == Some(&"one"));
            if !negative {
                return None;
            }
            // "No one at the ministry": the ministry is who did not answer.
            if self.norms[start] == "no" && matches!(self.norms.get(start + 2), Some(&("at" | "from" | "in")))
            {
                start += 3;
            }
        }
        // "Calls to the ministry went unanswered": the source follows the preposition.
        if matches!(
            self.norms.get(start),
            Some(&("calls" | "messages" | "emails" | "requests" | "inquiries" | "queries"))
        ) {
            if let Some(k) =
                (start + 1..end.min(start + 4)).find(|&k| matches!(self.norms[k], "to" | "with" | "for"))
            {
                start = k + 1;
            }
        }
        let mention = (start..end)
            .filter(|&k| k == start || self.is(k - 1, ','))
            .find_map(|s| {
                if self.has_quote_marks(s, end) {
                    None
                } else {
                    self.mention(s, end, end)
                }
            })?;
        Some(self.no_comment(p, n, mention))
    }

    /// `… was unable to reach SOURCE for comment`, `Attempts to reach
    /// SOURCE were unsuccessful`: the source is the one not reached, and
    /// must name people; "could not reach a deal" reaches no one. Only
    /// "for comment" or an attempt says the reach was for words.
    fn not_reached(&self, p: usize, n: usize) -> Option<Found> {
        let object = p + n;
        let clause_end = (object..self.content_end)
            .find(|&k| self.is(k, ',') || self.is(k, ';'))
            .unwrap_or(self.content_end);
        let for_comment = (object + 1..clause_end)
            .find(|&k| self.norms[k] == "for" && self.norms.get(k + 1) == Some(&"comment"));
        let attempt = matches!(self.norms[p], "attempts" | "efforts" | "attempt" | "effort");
        let end = match for_comment {
            Some(k) => k,
            None if attempt => (object + 1..clause_end)
                .find(|&k| FINITE_BE.contains(&self.norms[k]) || matches!(self.norms[k], "failed" | "by"))
                .unwrap_or(clause_end),
            None => return None,
        };
        let mention = self
            .mention(object, end, end)
            .filter(|m| m.names_people() || m.phrase.kind == PhraseKind::Definite)?;
        Some(self.no_comment(p, n, mention))
    }

    /// The non-response whose phrase is the `n` tokens at `p`: no claim,
    /// the rest of the sentence its span.
    fn no_comment(&self, p: usize, n: usize, mention: Mention) -> Found {
        let cue = self.plain_cue(p, p + n, CueClass::NonResponse);
        let content = self.span(p, self.content_end.max(p + n));
        Found::new(AttributionKind::NoComment, content, None, cue, Some(mention))
    }

    /// Where the agentless cue of a passive of opinion that starts at `p`
    /// ("seen as") starts and how many tokens it has: it runs from the form
    /// of "be" before it, past one adverb ("is widely seen as", "been
    /// regarded as"). Without "be" the participle is no view ("Lee, seen as
    /// the favorite, said …" has its own cue).
    fn opinion_passive_at(&self, p: usize) -> Option<(usize, usize)> {
        let (n, ()) = self.lexicon.opinion_passives.longest_at(&self.norms[p..])?;
        let adverb = p > 1 && self.lexicon.opinion_adverbs.contains(self.norms[p - 1]);
        let be = p.checked_sub(1 + usize::from(adverb))?;
        is_be_form(self.norms[be]).then_some((be, p + n - be))
    }

    /// `it is believed that CONTENT`, `CONTENT reportedly …`.
    fn agentless(&self, p: usize, n: usize) -> Option<Found> {
        let cue = self.plain_cue(p, p + n, CueClass::Agentless);
        let (kind, content, quote) = if matches!(self.norms[p + n - 1], "to" | "as") {
            // "what appears to be fraud", "what is expected to be the
            // final count", "what was seen as a compromise": a free relative
            // names a thing and hedges the name; it frames no clause. "Tried
            // to be seen as fair" is the subject's aim, not a view of it.
            if p > 0 && (self.norms[p - 1] == "what" || (self.norms[p - 1] == "to" && self.norms[p] == "be"))
            {
                return None;
            }
            // "The vote is expected to pass", "The ship is said to have
            // sunk", "Lee is seen as the favorite": a raising verb or a
            // passive of opinion; the subject belongs to the content.
            // The clause ends where a reported one would ("The vote seems to
            // be close, and aides are nervous").
            let end = self.tail_start(p + n).unwrap_or(self.content_end);
            // "The union, which is seen as close to the mayor, met …": in a
            // relative clause the pronoun stands for the subject, and the
            // view ends where the clause does. A clause set off by a comma or
            // a dash ends at the next one; a clause that restricts its noun
            // ("a clerk who is expected to start in May") ends where a
            // reported clause would.
            match self.relative_word(p) {
                Some(pronoun) => {
                    let set_off = pronoun > 0 && (self.comma_at(pronoun - 1) || self.is_dash(pronoun - 1));
                    let closes = (p + n..end)
                        .find(|&k| self.comma_at(k) || self.is_dash(k))
                        .filter(|_| set_off);
                    self.content_until(pronoun, closes.unwrap_or(end))?
                }
                None => self.content_until(self.hedged_clause_start(p), end)?,
            }
        } else if n > 1 {
            let mut q = p + n;
            q = self.skip_that(q);
            self.content_from(q)?
        } else {
            // "Lee reportedly said, “…”": the adverb hedges a finite verb of
            // saying, whose construction reads the sentence.
            if self.finite_form_cue_at(self.past_auxiliaries(p + 1)) {
                return None;
            }
            self.content_from(self.clause_start(0))?
        };
        Some(Found::new(kind, content, quote, cue, None))
    }

    /// `SUBJECT seemed PREDICATE`: a linking verb of [`Lexicon::linking_hedges`]
    /// at `p`, `n` tokens long ("Lee seemed tired", "The bill appears all
    /// but dead"), hedges the writer's inference about the subject as a
    /// raising verb does (see [`Self::agentless`]). "What seems fair" names a
    /// thing, and "tried to appear calm" is an aim, not an inference.
    fn hedge(&self, p: usize, n: usize) -> Option<Found> {
        if (p > 0 && matches!(self.norms[p - 1], "what" | "to"))
            || !self.hedged_predicate_at(p + n, self.norms[p])
        {
            return None;
        }
        let end = self.tail_start(p + n).unwrap_or(self.content_end);
        // "It seems (that) the vote is close", "it now seems likely that
        // …": an empty "it" is no part of what is inferred. Before a
        // likeness or a noun phrase "it" is a thing ("It seemed like a long
        // shot", "it seemed a fair deal", "it seemed that way").
        let start = self.hedged_clause_start(p);
        let empty_it = self.norms[start] == "it"
            && (start + 1..p).all(|k| self.is_auxiliary(k))
            && !matches!(self.norms[p + n], "like" | "as")
            && (!source::is_determiner(self.norms[p + n])
                || (self.norms[p + n] == "that" && (p + n + 1..end).any(|k| self.clause_verb_at(k))));
        let from = if empty_it { self.skip_that(p + n) } else { start };
        let (kind, content, quote) = self.content_until(from, end)?;
        let cue = self.plain_cue(p, p + n, CueClass::Agentless);
        Some(Found::new(kind, content, quote, cue, None))
    }

    /// Where the clause whose subject a hedge at `p` takes starts: after
    /// the last comma or semicolon and conjunction before it, or after a
    /// word opening a clause inside the words that follow them, when no
    /// punctuation parts those words from the hedge ("Fares will rise, and
    /// the mayor is expected to …" hedges only the mayor's part); else
    /// where the sentence's clause starts.
    fn hedged_clause_start(&self, p: usize) -> usize {
        let opens_clause = |i: usize| {
            let word = self.norms[i];
            RELATIVE_WORDS.contains(&word) || WH_OPENERS.contains(&word) || SUBORDINATORS.contains(&word)
        };
        (1..p)
            .rev()
            .find(|&k| {
                (self.comma_at(k - 1) || self.is(k - 1, ';')) && CLAUSE_JOINERS.contains(&self.norms[k])
            })
            .map(|k| {
                // "…, and to remind them why she seemed …": a clause
                // opening after the conjunction holds the subject.
                let start = self.clause_start_from(k, p);
                (start..p)
                    .rev()
                    .find(|&i| opens_clause(i))
                    .map_or(start, |i| i + 1)
            })
            .filter(|&start| start < p && (start..p).all(|i| self.toks[i].is_word()))
            .unwrap_or_else(|| self.clause_start(p))
    }

    /// Whether a predicate the linking verb `verb` hedges starts at `k`
    /// ("seemed tired", "seems like a long shot", "appears all but dead").
    /// "Seem" takes any word or quotation there. "Appear" also means to
    /// show up, and then a place, a time or an occasion follows ("appeared
    /// on the show", "appeared Monday", "appeared briefly at the rally",
    /// "appeared twice"), or nothing at all.
    fn hedged_predicate_at(&self, k: usize, verb: &str) -> bool {
        /// Adverbs of place, which say where one showed up; one in -ly is
        /// skipped as a manner adverb below.
        const PLACE_ADVERBS: &[&str] = &[
            "here",
            "there",
            "together",
            "alongside",
            "onstage",
            "online",
            "live",
            "alone",
            "nowhere",
            "everywhere",
            "elsewhere",
        ];
        let word_at = |k: usize| k < self.content_end && self.toks[k].is_word();
        // A quoted predicate is hedged as a plain one ("seemed “livid”").
        if k < self.content_end && self.open_at(k).is_some() {
            return true;
        }
        if !word_at(k) {
            return false;
        }
        if verb.starts_with("seem") {
            return true;
        }
        let shows_up = |k: usize| {
            !word_at(k)
                || self.norms[k].starts_with(|c: char| c.is_ascii_digit())
                || opens_adverbial(self.norms[k])
                || source::is_determiner(self.norms[k])
                || PLACE_ADVERBS.contains(&self.norms[k])
                || FREQUENCY_ADVERBS.contains(&self.norms[k])
        };
        // A manner adverb may stand before either reading ("appeared
        // visibly shaken", "appeared briefly at the rally").
        let predicate = if self.is_adverb_in_ly(k) { k + 1 } else { k };
        !shows_up(predicate)
    }

    /// Whether the quotation opening at frame token `open` closes the
    /// sentence: its closing mark is the last token before the sentence's
    /// final punctuation.
    fn quote_ends_sentence(&self, open: usize) -> bool {
        self.open_at(open)
            .is_some_and(|q| self.content_end > 0 && self.close_at(self.content_end - 1) == Some(q))
    }

    /// The quotation after a colon that ends `f`'s reported clause ("Lee
    /// said the race is close: “I think …”"): the same speaker's words, a
    /// claim of their own.
    fn quote_after_colon(&self, f: &Found) -> Option<Found> {
        if f.quote.is_some() || f.content.is_empty() {
            return None;
        }
        let colon = self.toks.partition_point(|t| t.span.start() < f.content.end());
        if !self.is(colon, ':') {
            return None;
        }
        let q = self.open_at(colon + 1)?;
        Some(self.quoted(q, f.cue.clone(), f.mention.clone()))
    }

    /// Whether a finite cue at `p` that no construction used still says the
    /// sentence reports someone's words or thoughts: a verb, plainly, after
    /// a word that can end its subject.
    fn reports_unclaimed(&self, p: usize, n: usize, form: &CueForm) -> bool {
        // A smile or a question ("asked for money") reports nothing without
        // a construction around it, and neither does a verb that reports
        // only a quotation ("spoke at the memorial") or only a clause
        // ("hiring continues to grow").
        let reports = !matches!(form.class, CueClass::NonSpeech | CueClass::Question)
            && match form.content {
                ContentShape::Any | ContentShape::Object => true,
                // With nothing but an adverbial after it, such a verb reports
                // only when people are its subject ("Ana Ruiz disagreed on
                // Friday", not "Hiring continues in May").
                ContentShape::Clause => match self.toks.get(p + n) {
                    Some(next) if next.norm == "to" => false,
                    Some(next) if next.is_word() && !opens_adverbial(&next.norm) => true,
                    _ => self.unclaimed_speaker(p).is_some(),
                },
                ContentShape::Quote => false,
            };
        // "the Post", "30 states", "plans to …": a capital, a number before
        // it or a form that is also a noun makes it no plain verb.
        let Some(before) = p.checked_sub(1).map(|k| self.toks[k]) else {
            return false;
        };
        let plural_subject = matches!(before.norm.as_ref(), "i" | "we" | "you" | "they")
            || (before.norm.ends_with('s') && !before.norm.ends_with("'s"));
        let finite = match form.tense {
            // The bare form is finite only after a plural subject ("they
            // say", "voters believe"); elsewhere it is an infinitive ("help
            // inform").
            Tense::Base => plural_subject,
            // A participle reports words before its clause ("calls saying
            // shots …") or after the people it describes ("voters saying …").
            Tense::Ing => {
                plural_subject
                    || self
                        .norms
                        .get(p + n)
                        .is_some_and(|w| *w == "that" || SUBJECT_PRONOUNS.contains(w))
            }
            Tense::Third | Tense::Past | Tense::Participle => true,
        };
        reports
            && finite
            && !self.toks[p].is_capitalized()
            && !self.lexicon.noun_forms.contains(self.norms[p])
            // "Ana Ruiz, a captain at the port, disagreed": a comma may
            // close an appositive on the subject, where a participle and
            // its agent would describe it ("The bill, opposed by …").
            && (before.is_word()
                || (before.is_punct(',')
                    && self.norms.get(p + n) != Some(&"by")
                    && self.unclaimed_speaker(p).is_some()))
            // "as expected", "as reported": a hedge that names no one.
            && before.norm != "as"
            // "Signs point to a thaw": the claim is the writer's own.
            && !self.lexicon.non_sources.contains(before.norm.as_ref())
            && !before.text.starts_with(|c: char| c.is_ascii_digit())
    }

    /// Whether the form at `p`, which may also be a noun, is the head of a
    /// subject whose verb follows it ("Land disputes are common", "Voter
    /// fears have grown"). After a relative word the verb after the form is
    /// the reported clause's ("the figures, which the agency estimates are
    /// too high").
    fn noun_before_its_verb(&self, p: usize) -> bool {
        self.lexicon.noun_forms.contains(self.norms[p])
            && self.norms.get(p + 1).is_some_and(|next| {
                FINITE_BE.contains(next) || MODALS.contains(next) || matches!(*next, "have" | "has" | "had")
            })
            && !self.norms[..p]
                .iter()
                .any(|w| WH_OPENERS.contains(w) || *w == "that")
    }

    fn find(&self) -> Reading {
        let mut found: Vec<Found> = Vec::new();
        let covered = |found: &[Found], span: Span| {
            found.iter().any(|f| {
                f.cue.span.overlaps(span)
                    || f.content.contains(span)
                    || f.mention.as_ref().is_some_and(|m| m.intro.overlaps(span))
            })
        };
        let mut cues = Vec::new();
        let mut participles = Vec::new();
        let mut passives = Vec::new();
        let mut relative_cues = Vec::new();
        let mut questions = Vec::new();
        let mut others = Vec::new();
        // Linking verbs that hedge a predicate ("seemed tired"): the
        // sentence's reading when nothing else reads it.
        let mut hedges = Vec::new();
        // A word inside a phrase already found ("declined to comment") is
        // no cue of its own.
        let mut phrase_end = 0;
        for p in 0..self.len() {
            if !self.toks[p].is_word() || p < phrase_end {
                continue;
            }
            // `the planning` is a noun; `briefed on` describes a source; in
            // running text a capitalised form after a capitalised word is
            // part of a name (`the United States is`), unlike one in a
            // title-case line (`Lee Says Port Will Reopen`).
            let in_name = || {
                p > 0
                    && !self.headline
                    && self.toks[p].is_capitalized()
                    && self.toks[p - 1].is_capitalized()
                    && !self.toks.get(p + 1).is_some_and(|t| t.is_capitalized())
            };
            if !self.lexicon.cue_first_words.contains(self.norms[p])
                || in_name()
                || (p > 0 && makes_noun(self.norms[p - 1]))
                || (p > 0 && self.plural_possessive_at(p - 1))
                || self.object_of_phrasal_verb(p)
                || self.lexicon.knowledge.longest_at(&self.norms[p..]).is_some()
                // "a think tank", "a talk show host".
                || self.lexicon.cue_lookalikes.covers(&self.norms, p)
                // "The Courier has learned that …" is the newsroom citing
                // itself, which newsroom-voice-attribution reports.
                || self.lexicon.newsroom_voice.covers(&self.norms, p)
                || self.noun_before_its_verb(p)
            {
                continue;
            }
            if let Some(end) = self.anonymity_reason_end(p) {
                phrase_end = end;
                continue;
            }
            let words = &self.norms[p..];
            let phrase = [
                (&self.lexicon.non_response, CueClass::NonResponse),
                (&self.lexicon.negated_response, CueClass::NonResponse),
                (&self.lexicon.according, CueClass::According),
                (&self.lexicon.agentless, CueClass::Agentless),
            ]
            .into_iter()
            .find_map(|(phrases, class)| phrases.longest_at(words).map(|(n, ())| (p, n, class)))
            .or_else(|| {
                self.opinion_passive_at(p)
                    .map(|(start, n)| (start, n, CueClass::Agentless))
            });
            if let Some((start, n, class)) = phrase {
                others.push((start, n, class));
                phrase_end = start + n;
            } else if let Some((n, form)) = self.lexicon.cues.longest_at(words) {
                // "expresses hope", "points out": the cue's later words
                // are no cues of their own.
                phrase_end = p + n;
                if self.asked_passive(p, form) {
                    questions.push((p, n, form));
                } else if let Some(aux) = self.passive_by_at(p, n, form) {
                    passives.push((aux, p, n, form));
                } else if p > 1
                    && self.norms[p - 1] == "having"
                    && matches!(form.tense, Tense::Past | Tense::Participle)
                {
                    // A perfect participle ("…, having called it “a
                    // charade”") is a participle; "having" belongs to the cue.
                    participles.push((p - 1, n + 1, form));
                } else if let Some(who) = (p > 1)
                    .then(|| self.relative_word(p))
                    .flatten()
                    .filter(|_| self.finite_cue(p, n, form))
                {
                    // "Lee, who has said …", "who's argued": after an
                    // auxiliary the cue is finite, but its subject is still
                    // the relative word.
                    relative_cues.push((p, n, form, who));
                } else if self.finite_cue(p, n, form)
                    // A finite form may open the sentence before its speaker
                    // (`Said Ellis: “…”`).
                    || (p == 0 && matches!(form.tense, Tense::Past | Tense::Third))
                {
                    cues.push((p, n, form));
                } else if let Some(start) = (form.tense == Tense::Ing)
                    .then(|| self.progressive_start(p).or_else(|| self.quoted_as_start(p)))
                    .flatten()
                {
                    // A progressive ("is telling reporters that …") is finite:
                    // the auxiliary belongs to the cue.
                    cues.push((start, n + p - start, form));
                } else if form.tense == Tense::Ing {
                    participles.push((p, n, form));
                } else if let Some(verb) = self.participle_before_infinitive(p, n, form) {
                    participles.push((verb, n + p - verb, form));
                } else if let Some(who) = (p > 0).then(|| self.relative_word(p)).flatten() {
                    relative_cues.push((p, n, form, who));
                }
            } else if let Some((n, ())) = self.lexicon.linking_hedges.longest_at(words) {
                hedges.push((p, n));
            }
        }
        // A transcript's speaker label frames its whole paragraph, and a
        // headline's speaker before a colon the whole line: the cues inside
        // are the speaker's words ("Ruiz: Lee Wants a Bigger Fleet" is
        // Ruiz's claim).
        found.extend(self.speaker_label().or_else(|| self.headline_speaker()));
        // First the constructions anchored on a quote or on the end of the
        // sentence, which frame the whole sentence; then the others in order.
        for &(p, n, form) in &cues {
            if covered(&found, self.span(p, p + n)) {
                continue;
            }
            if let Some(f) = self
                .inverted(p, n, form)
                .or_else(|| self.fronted(p, n, form))
                .or_else(|| self.after_quote(p, n, form))
                .or_else(|| self.postposed(p, n, form))
                .filter(|f| self.reports_words(form, f))
            {
                found.push(f);
            }
        }
        for &(p, n, class) in &others {
            if covered(&found, self.span(p, p + n)) {
                continue;
            }
            let f = match class {
                CueClass::NonResponse => self.non_response(p, n),
                CueClass::According => self.according(p, n),
                _ => None,
            };
            found.extend(f);
        }
        // Right to left: the main verb claims its whole subject, relative
        // clause and all ("a nurse who asked not to be named because she
        // feared …, said"), before a verb inside that subject is tried.
        for &(p, n, form) in cues.iter().rev() {
            if covered(&found, self.span(p, p + n)) {
                continue;
            }
            if let Some(f) = self.preposed(p, n, form).filter(|f| self.reports_words(form, f)) {
                found.push(f);
            }
        }
        for &(p, n, form) in &participles {
            if covered(&found, self.span(p, p + n)) {
                continue;
            }
            if let Some(f) = self
                .participle(p, n, form, &found)
                .filter(|f| self.reports_words(form, f))
            {
                found.push(f);
            }
        }
        for &(aux, p, n, form) in &passives {
            if covered(&found, self.span(aux, p + n)) {
                continue;
            }
            if let Some(f) = self
                .passive_agent(aux, p, n, form)
                .filter(|f| self.reports_words(form, f))
            {
                found.push(f);
            }
        }
        // "her claim that …": a noun of saying after its possessor reports
        // beside any verb's attribution around it. The noun is asked for
        // first: few words are one, and its filter answers most words with
        // one bit, where the test of the word after it hashes that word.
        for p in 1..self.len().saturating_sub(1) {
            if !self.lexicon.nominal_cues.contains_key(self.norms[p]) {
                continue;
            }
            // `opens_adverbial` takes "to" in as a preposition.
            if (matches!(self.norms[p + 1], "that" | "is" | "was") || opens_adverbial(self.norms[p + 1]))
                && !found.iter().any(|f| f.cue.span.overlaps(self.toks[p].span))
            {
                found.extend(self.nominal(p));
            }
        }
        // "She asked not to be named because she feared …": the terms of
        // anonymity take the sentence, the reason's own verbs with it.
        if found.len() <= 1 {
            if let Some(terms) = self
                .anonymity_terms()
                .filter(|terms| found.iter().all(|f| terms.content.contains(f.cue.span)))
            {
                found = vec![terms];
            }
        }
        if found.is_empty() {
            found.extend(
                self.dash_credit()
                    .or_else(|| self.label_quote())
                    .or_else(|| self.colon_intro())
                    // "Lee was said to be “livid”": the verb before the
                    // quotation opens an agentless cue, which names no
                    // speaker; the subject is not one.
                    .or_else(|| {
                        self.partial_quote().filter(|f| {
                            let hedged = |p: usize, n: usize| self.span(p, p + n).contains(f.cue.span);
                            !others
                                .iter()
                                .any(|&(p, n, class)| class == CueClass::Agentless && hedged(p, n))
                                && !hedges.iter().any(|&(p, n)| hedged(p, n))
                        })
                    })
                    .or_else(|| self.survey_finding())
                    .or_else(|| self.perspective()),
            );
        } else if found
            .iter()
            .all(|f| f.mention.as_ref().is_some_and(|m| m.phrase.counted))
        {
            // "In a county poll, 38 percent said …, while 60 percent said
            // …": shares of those asked answer through the survey that
            // leads their clause, whose finding is the whole clause. A
            // survey named after their verbs ("…, as a third did in May's
            // poll") leaves them those verbs.
            if let Some(survey) = self.survey_finding().filter(|survey| {
                found.iter().all(|f| {
                    survey.cue.span.start() < f.cue.span.start() && survey.content.contains(f.cue.span)
                })
            }) {
                found = vec![survey];
            }
        }
        if found.is_empty() {
            for &(p, n, class) in &others {
                if class == CueClass::Agentless {
                    found.extend(self.agentless(p, n));
                    break;
                }
            }
        }
        // A question put to the source is an attribution of its own beside
        // the answer ("Asked whether …, Lee said …").
        for &(p, n, form) in &questions {
            if !covered(&found, self.span(p, p + n)) {
                found.extend(self.question_put(p, n, form));
            }
        }
        let relatives: Vec<Found> = found.iter().filter_map(|f| self.relative_clause(f)).collect();
        found.extend(relatives);
        // A quotation with a tag of its own is already its speaker's.
        let after_colon: Vec<Found> = found
            .iter()
            .filter_map(|f| self.quote_after_colon(f))
            .filter(|a| !found.iter().any(|f| f.quote == a.quote))
            .collect();
        found.extend(after_colon);
        for &(p, n, form, who) in &relative_cues {
            if covered(&found, self.span(p, p + n)) {
                continue;
            }
            if let Some(f) = self
                .relative_cue(p, n, form, who)
                .filter(|f| self.reports_words(form, f))
            {
                found.push(f);
            }
        }
        if found.is_empty() {
            found.extend(hedges.iter().find_map(|&(p, n)| self.hedge(p, n)));
        }
        found.sort_by_key(|f| f.cue.span.start());
        let unclaimed = found
            .is_empty()
            .then(|| {
                cues.iter()
                    .chain(&participles)
                    .find(|&&(p, n, form)| self.reports_unclaimed(p, n, form))
            })
            .flatten();
        Reading {
            attributions: found,
            unclaimed_cue: unclaimed.map(|&(p, n, _)| self.span(p, p + n)),
            unclaimed_speaker: unclaimed.and_then(|&(p, _, _)| self.unclaimed_speaker(p)),
        }
    }

    /// The people the subject of an unclaimed cue at `p` names: the whole
    /// clause before the cue, when it is one source phrase.
    fn unclaimed_speaker(&self, p: usize) -> Option<Mention> {
        let end = self.subject_end(p);
        let start = self.clause_start(end);
        self.mention(start, end, end).filter(Mention::names_people)
    }
}

#[cfg(test)]
mod tests;
