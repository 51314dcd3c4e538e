//! Source phrases: decides whether a run of words can name a speaker, and what
//! kind of speaker (a pronoun, “the second source”, “a trader in the port”,
//! “Gov. Ana Ruiz”, “the Harbor Authority”, “experts”, “the orders”). Owns the
//! shape of a source noun phrase; must not look outside the words it is given or
//! decide which earlier source a reference points to (that is `link`).

use crate::lexicon::{Gender, Lexicon};

use super::tokens::{is_numeral, Token};

/// What a source phrase is, before linking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseKind {
    /// he, she, they, it.
    Pronoun,
    /// “the source”, “the second source”, “the trader”, “the company”.
    Definite,
    /// “another source”, “a third official”: a new source like earlier ones.
    Another,
    /// “a trader in the port”.
    Anonymous,
    /// “traders familiar with the orders”, “two people close to the talks”.
    AnonymousGroup,
    /// “experts”, “sources”, “some”.
    Vague,
    /// “the orders”, “a new report”.
    Document,
    /// A capitalised name of a person, possibly with a title.
    NamedPerson,
    /// A capitalised name of an organisation.
    NamedOrganization,
}

/// A source phrase, classified. Its strings are boxed, not `String`s and
/// vectors, and its ordinal is 32-bit: the registry keeps the phrase of every
/// source, and a long text has a source every few sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourcePhrase {
    /// The kind.
    pub kind: PhraseKind,
    /// Singular lemma of the head noun ("trader", "committee").
    pub head: Box<str>,
    /// Plural head or plural pronoun.
    pub plural: bool,
    /// “the second source” → 2.
    pub ordinal: Option<u32>,
    /// “two people …” → true: a counted group whose members can be picked out.
    pub counted: bool,
    /// Gender from a title or pronoun.
    pub gender: Option<Gender>,
    /// Role a later definite mention may use (from a title or an appositive).
    pub role: Option<Box<str>>,
    /// Name words without the title, for named people and organisations.
    pub name: Box<[String]>,
    /// Has a description beyond the bare head (a modifier, a place, an affiliation, a clause).
    pub described: bool,
    /// Uses an organisation head word ("the ministry").
    pub organization_head: bool,
    /// The head is one the lexicon knows, a name, a pronoun, or an agent noun:
    /// a phrase that can name a speaker even where no quote vouches for it.
    pub known_head: bool,
}

impl SourcePhrase {
    /// Whether the phrase is a quantifier standing alone that sums up people
    /// named before it ("Both", "Neither"): see [`summing_quantifier`].
    pub fn sums_up(&self) -> bool {
        self.kind == PhraseKind::Definite && summing_quantifier(&self.head).is_some()
    }

    /// A phrase of `kind` with head `head` and nothing else known yet: no
    /// number, ordinal, gender, role, name or description; a known head.
    fn of(kind: PhraseKind, head: &str) -> SourcePhrase {
        SourcePhrase {
            kind,
            head: head.into(),
            plural: false,
            ordinal: None,
            counted: false,
            gender: None,
            role: None,
            name: Box::default(),
            described: false,
            organization_head: false,
            known_head: true,
        }
    }
}

// The three word tests below run on every word of every candidate source
// phrase, so they are `matches!` rather than lists: the compiler switches on
// the word's length and compares a few bytes, where a list compares the word
// with every entry (5% of a check's instructions, by callgrind).

/// Articles, quantifiers, possessives and demonstratives before a noun.
#[rustfmt::skip]
/// Possessive determiners: whose the people of the phrase are.
const POSSESSIVE_DETERMINERS: &[&str] = &["his", "her", "its", "their", "our", "my", "your"];

pub(crate) fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "one"
            | "some"
            | "many"
            | "several"
            | "most"
            | "other"
            | "another"
            | "both"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
            | "these"
            | "those"
            | "multiple"
            | "various"
            | "few"
    )
}

/// Words that show a clause, not a noun phrase: auxiliaries, conjunctions,
/// first- and second-person pronouns, speech verbs.
#[rustfmt::skip]
fn is_clause_word(word: &str) -> bool {
    matches!(word,
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "has" | "have" | "had" | "will" |
        "would" | "can" | "could" | "should" | "may" | "might" | "must" | "do" | "does" | "did" |
        "not" | "that" | "which" | "if" | "because" | "when" | "while" | "although" | "though" |
        "so" | "than" | "what" | "where" | "why" | "how" | "but" | "and" | "or" | "as" | "'s" |
        "'re" | "'m" | "'ve" | "'d" | "'ll" | "i" | "we" | "you" | "me" | "us" | "said" | "says"
    )
}

/// Words that end the core of a noun phrase and start its description.
#[rustfmt::skip]
fn is_descriptor_start(word: &str) -> bool {
    matches!(word,
        "of" | "in" | "at" | "on" | "from" | "with" | "for" | "near" | "inside" | "outside" |
        "across" | "familiar" | "close" | "involved" | "who" | "whose" | "who's" | "based" |
        "working" | "living" | "within" | "along" | "under" | "over" | "around" | "by" |
        "representing" | "to" | "there" | "here" | "like" | "including" | "excluding"
    )
}

/// Whether a relative clause with no relative word opens at `i`: a subject
/// pronoun after a common noun, then its verb ("the pilots I interviewed",
/// "traders we spoke to"). It describes the people before it.
/// The noun may open the sentence ("Residents we interviewed"), and only
/// a determiner, a quantifier, a name or one adjective may stand before it
/// ("most of the local traders we …"), so a clause that ends in a noun is
/// no phrase ("used her column to praise the candidate she …").
fn contact_clause_at(words: &[&Token<'_>], i: usize, lexicon: &Lexicon) -> bool {
    let before_noun = |k: usize| {
        let word = words[k].norm.as_ref();
        is_determiner(word)
            || is_count_word(words[k], lexicon)
            || matches!(word, "of" | "all" | "most" | "many" | "some" | "few" | "several")
            || words[k].is_capitalized()
            || (k + 2 == i && words[k].is_word() && !word.ends_with("ed") && !word.ends_with("ing"))
    };
    // The pronoun first: callers try every word of a phrase, and only a
    // pronoun makes the look back over the words before it worth taking.
    i > 0
        && matches!(words[i].norm.as_ref(), "i" | "we" | "he" | "she" | "they" | "you")
        && words[i - 1].is_word()
        && (!words[i - 1].is_capitalized() || (i == 1 && is_common_head(&words[0].norm, lexicon)))
        && !is_determiner(words[i - 1].norm.as_ref())
        && words
            .get(i + 1)
            .is_some_and(|verb| verb.is_word() && !verb.is_capitalized())
        && (0..i - 1).all(before_noun)
}

/// Whether "that" at `i` is the subject of a relative clause describing
/// the noun before it: a common source head before it and, after it, a
/// word that only a verb with a subject can be (an auxiliary, a form of
/// "be" or "have", or a past form). Past its verbs the clause holds no
/// word that opens or joins another clause, a subject pronoun among them:
/// "groups that have endorsed him say they believe …" and "an agency that
/// hired Lee and that is …" run on past the subject.
fn subject_relative_at(words: &[&Token<'_>], i: usize, lexicon: &Lexicon) -> bool {
    let head = &words[i - 1];
    if !head.is_word() || !is_common_head(&head.norm, lexicon) {
        return false;
    }
    let is_verb = |t: &&Token<'_>| {
        let word = t.norm.as_ref();
        t.is_word()
            && !t.is_capitalized()
            && (is_past(word)
                || super::takes_bare_verb(word)
                || super::FINITE_BE.contains(&word)
                || matches!(word, "has" | "have" | "had"))
    };
    let verbs_end = (i + 1..words.len())
        .find(|&k| !is_verb(&words[k]))
        .unwrap_or(words.len());
    verbs_end > i + 1
        && !words[verbs_end..].iter().any(|t| {
            is_clause_word(t.norm.as_ref())
                || is_who(&t.norm)
                || matches!(t.norm.as_ref(), "he" | "she" | "they")
        })
}

/// Past participles that say a group was asked ("the voters surveyed").
/// "asked" and "questioned" are left out: as cues of their own they are
/// more often the verb ("reporters asked questions").
const ASKED_PARTICIPLES: &[&str] = &["surveyed", "polled", "interviewed", "sampled", "contacted"];

/// Whether `word` determines a whole group after a quantifier ("all the
/// experts", "half his aides").
fn determines_group(word: &str) -> bool {
    matches!(word, "the" | "these" | "those") || POSSESSIVE_DETERMINERS.contains(&word)
}

/// Fractions of the people asked ("half", "a third of voters").
const FRACTIONS: &[&str] = &[
    "half",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fifth",
    "fifths",
    "two-thirds",
    "three-quarters",
    "three-fourths",
];

/// Words that hedge a number or fraction ("nearly half", "about 40 percent").
const APPROXIMATORS: &[&str] = &[
    "nearly", "about", "almost", "roughly", "around", "over", "under", "just", "only", "fully", "some",
    "more", "less", "than",
];

/// Nouns that count a plural after "of" ("a number of", "a host of").
const COLLECTIVES: &[&str] = &[
    "number", "host", "lot", "range", "series", "variety", "couple", "bunch", "handful", "slew", "raft",
    "pair", "dozen", "string", "flurry", "wave", "crowd", "chorus", "litany", "array", "group",
];

/// The head of a subject that is only a count ("43 said …"): two words, so
/// no word's head ("the count", a tally) is taken for it.
pub(crate) const BARE_COUNT: &str = "bare count";

/// Numbers written as words, which a bare count may be ("only two said …").
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];

/// Tens that make a number word alone or with a unit ("forty",
/// "sixty-seven").
const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Whether a word is a number: a numeral, a count of the lexicon, or a
/// number word ("seven", "sixty-seven").
fn is_count_word(word: &Token<'_>, lexicon: &Lexicon) -> bool {
    let norm = word.norm.as_ref();
    is_numeral(word.text)
        || lexicon.counts.contains(norm)
        || NUMBER_WORDS.contains(&norm)
        || TENS.contains(&norm)
        || norm
            .split_once('-')
            .is_some_and(|(tens, unit)| TENS.contains(&tens) && NUMBER_WORDS.contains(&unit))
}

/// Nouns for a copy or a part of a document ("a copy of the memo").
const DOCUMENT_PARTS: &[&str] = &[
    "copy",
    "draft",
    "version",
    "excerpt",
    "section",
    "passage",
    "page",
    // What puts several documents together speaks for them ("an average
    // of recent polls shows …").
    "average",
    "batch",
    "trove",
    "cache",
    "collection",
    "series",
    "set",
    "compilation",
    "summary",
    "review",
    "analysis",
];

/// Words a noun phrase never ends with: articles, possessives and
/// prepositions all wait for a noun after them.
const NEVER_LAST: &[&str] = &[
    "a", "an", "the", "his", "its", "their", "our", "my", "your", "of", "in", "at", "on", "from", "with",
    "for", "by", "to", "about", "he", "she", "we", "they",
];

/// Reflexive pronouns. After a subject they stress it rather than stand
/// for anyone ("the president himself said"); after a naming verb they are
/// its object ("called himself conservative").
pub(crate) const REFLEXIVES: &[&str] = &[
    "himself",
    "herself",
    "themselves",
    "itself",
    "myself",
    "ourselves",
];

const QUANTIFIERS: &[&str] = &[
    "some", "many", "most", "several", "other", "various", "few", "multiple",
];

/// Whether `word` standing alone as a subject sums up people named before
/// it ("Both said", "Neither would comment", "Each argued"), and if so
/// whether it is plural. It introduces a source of its own: it refers to
/// several sources at once, and a registry source is one.
fn summing_quantifier(word: &str) -> Option<bool> {
    match word {
        "both" | "all" => Some(true),
        "each" | "neither" | "none" => Some(false),
        _ => None,
    }
}

fn pronoun(word: &str) -> Option<(Option<Gender>, bool)> {
    match word {
        "he" => Some((Some(Gender::Male), false)),
        "she" => Some((Some(Gender::Female), false)),
        "they" => Some((None, true)),
        "it" => Some((None, false)),
        // The writer in the first person.
        "i" => Some((None, false)),
        "we" => Some((None, true)),
        _ => None,
    }
}

/// Whether "inside" or "outside" at `i` is an adjective before its noun:
/// opening the phrase or after a determiner, with a plain lowercase word
/// next ("Outside experts", "an inside source"), where "outside the hall"
/// and "officials inside government" open a description.
fn side_adjective(words: &[&Token<'_>], i: usize) -> bool {
    matches!(words[i].norm.as_ref(), "inside" | "outside")
        && (i == 0 || is_determiner(words[i - 1].norm.as_ref()))
        && words.get(i + 1).is_some_and(|t| {
            t.is_word()
                && !t.is_capitalized()
                && !is_determiner(t.norm.as_ref())
                && pronoun(&t.norm).is_none()
        })
}

/// The subject pronoun of a possessive determiner ("his" → "he").
pub(crate) fn possessive_subject(word: &str) -> Option<&'static str> {
    match word {
        "his" => Some("he"),
        "her" => Some("she"),
        "their" => Some("they"),
        "its" => Some("it"),
        "my" => Some("i"),
        "our" => Some("we"),
        _ => None,
    }
}

/// The phrase a possessive determiner stands for: "his claim" is what he
/// claims.
pub(crate) fn possessive_pronoun(word: &str) -> Option<SourcePhrase> {
    let subject = possessive_subject(word)?;
    let (gender, plural) = pronoun(subject)?;
    Some(SourcePhrase {
        plural,
        gender,
        ..SourcePhrase::of(PhraseKind::Pronoun, subject)
    })
}

/// Classifies `words` that stand where only a speaker can stand: between a
/// quotation and its speech verb ("“…,” the baron told reporters", "“…,” said
/// the 46-year-old"). There the position vouches for a person, so a short
/// determiner phrase with any lowercase head is accepted when [`classify`]
/// does not know the head; it stays `known_head: false`.
pub fn classify_speaker(
    words: &[&Token<'_>],
    lexicon: &Lexicon,
    sentence_initial: bool,
) -> Option<SourcePhrase> {
    if let Some(phrase) = classify(words, lexicon, sentence_initial) {
        return Some(phrase);
    }
    let (first, head) = (words.first()?, words.last()?);
    let definite = match first.norm.as_ref() {
        "the" => true,
        "a" | "an" | "another" => false,
        _ => return None,
    };
    let plain = |t: &&Token<'_>| {
        t.is_word()
            && !t.is_capitalized()
            && !is_clause_word(t.norm.as_ref())
            && !is_descriptor_start(t.norm.as_ref())
            && pronoun(&t.norm).is_none()
            && lexicon.cues.longest_at(&[t.norm.as_ref()]).is_none()
    };
    if !(2..=4).contains(&words.len()) || !words[1..].iter().all(plain) {
        return None;
    }
    let kind = if definite {
        PhraseKind::Definite
    } else {
        PhraseKind::Anonymous
    };
    Some(SourcePhrase {
        described: words.len() > 2,
        known_head: false,
        ..SourcePhrase::of(kind, &head.norm)
    })
}

/// Classifies the label before a headline's colon (`Sanders: …`). A
/// headline capitalises every word, so a lone capital word the lexicon does
/// not know as a head ("officials", "experts") is a name, even one that
/// ends in "s" like a plural noun would.
pub fn classify_label(
    words: &[&Token<'_>],
    lexicon: &Lexicon,
    sentence_initial: bool,
) -> Option<SourcePhrase> {
    match words {
        // An interview's "Q:" and "A:" name the questioner and the one who
        // answers, as a name would.
        [only] if matches!(only.text, "Q" | "A") => {
            Some(SourcePhrase::of(PhraseKind::NamedPerson, &only.norm))
        }
        [only] if only.is_capitalized() && !is_lexicon_head(&only.norm, lexicon) => {
            classify(words, lexicon, false)
        }
        _ => classify(words, lexicon, sentence_initial),
    }
}

/// Classifies the object of "according to": the preposition vouches for a
/// source, so any noun phrase is one ("the polling average", "his Facebook
/// profile", "him"); one [`classify`] does not know is a document when its
/// head is lower case and an organisation when it is a name.
pub fn classify_cited(
    words: &[&Token<'_>],
    lexicon: &Lexicon,
    sentence_initial: bool,
) -> Option<SourcePhrase> {
    const MAX_WORDS: usize = 15;
    if let Some(phrase) = classify(words, lexicon, sentence_initial) {
        return Some(phrase);
    }
    let first = words.first()?;
    // "according to him": an object pronoun stands for its subject form.
    if let [only] = words {
        let (head, gender, plural) = match only.norm.as_ref() {
            "him" => ("he", Some(Gender::Male), false),
            "her" => ("she", Some(Gender::Female), false),
            "them" => ("they", None, true),
            _ => ("", None, false),
        };
        if !head.is_empty() {
            return Some(SourcePhrase {
                gender,
                plural,
                ..SourcePhrase::of(PhraseKind::Pronoun, head)
            });
        }
    }
    if !first.is_word() || words.len() > MAX_WORDS || is_clause_word(first.norm.as_ref()) {
        return None;
    }
    let head = words.iter().rev().find(|t| t.is_word())?;
    let (kind, name) = if head.is_capitalized() {
        let name = words
            .iter()
            .filter(|t| t.is_capitalized())
            .map(|t| t.text.to_string())
            .collect();
        (PhraseKind::NamedOrganization, name)
    } else {
        (PhraseKind::Document, Vec::new())
    };
    Some(SourcePhrase {
        name: name.into_boxed_slice(),
        described: words.len() > 2,
        known_head: false,
        ..SourcePhrase::of(kind, &head.norm)
    })
}

/// Lowercase words inside an organisation's name ("Bank of America",
/// "Friends of the Earth").
const ORG_NAME_JOINERS: &[&str] = &[
    "of", "the", "and", "for", "de", "du", "la", "del", "on", "in", "at",
];

/// Classifies `words` (the frame tokens of a candidate source phrase) or
/// rejects them when they cannot name a speaker. `sentence_initial` says the
/// first word opens the sentence, so its capital letter means nothing.
pub fn classify(words: &[&Token<'_>], lexicon: &Lexicon, sentence_initial: bool) -> Option<SourcePhrase> {
    let first = words.first()?;
    if !first.is_word() || words.len() > 40 {
        return None;
    }
    // "Ruiz himself", "the board itself": an intensive reflexive stresses
    // the phrase before it.
    if let [phrase @ .., before, last] = words {
        if before.is_word() && REFLEXIVES.contains(&last.norm.as_ref()) {
            return classify(&words[..=phrase.len()], lexicon, sentence_initial);
        }
    }
    if bounds_a_number(words, lexicon) {
        return classify(&words[2..], lexicon, false);
    }
    // "All but two said …": everyone asked save a count, a bare count.
    if let [all, but, count] = words {
        if all.norm == "all" && but.norm == "but" && is_count_word(count, lexicon) {
            return Some(SourcePhrase {
                plural: true,
                counted: true,
                ..SourcePhrase::of(PhraseKind::AnonymousGroup, BARE_COUNT)
            });
        }
    }
    // "All the experts", "both the unions": a quantifier before a
    // determined group takes in the whole of it.
    if matches!(first.norm.as_ref(), "all" | "both")
        && words.len() > 2
        && determines_group(words[1].norm.as_ref())
    {
        return classify(&words[1..], lexicon, false).filter(|p| p.plural);
    }
    // A noun phrase ends in its head, never in an article, a possessive or
    // a preposition ("The mayor seized on the" is a clause cut short), nor
    // in a pronoun that only a subject can be ("access to documents she"
    // ends where her clause starts; "I" may be a numeral in a name).
    // A relative clause with no relative word may strand its preposition
    // ("traders we spoke to"). "Other" stands for a noun only after "the"
    // ("the other said"); "in other" is cut short before its noun.
    let stranded = |last: &str| {
        matches!(last, "to" | "with")
            && words.len() > 3
            && (1..words.len() - 2).any(|i| contact_clause_at(words, i, lexicon))
    };
    if let [.., before, last] = words {
        let last = last.norm.as_ref();
        if (NEVER_LAST.contains(&last) && !stranded(last)) || (last == "other" && before.norm != "the") {
            return None;
        }
    }
    // A lone pronoun, the writer's "I" and "we" among them.
    if words.len() == 1 {
        if let Some((gender, plural)) = pronoun(&first.norm) {
            return Some(SourcePhrase {
                plural,
                gender,
                ..SourcePhrase::of(PhraseKind::Pronoun, &first.norm)
            });
        }
        if let Some(plural) = summing_quantifier(&first.norm) {
            return Some(SourcePhrase {
                plural,
                ..SourcePhrase::of(PhraseKind::Definite, &first.norm)
            });
        }
    }
    // A currency sign before its number is part of the phrase ("Ruiz, who
    // earned $2 million, said …"), as a per cent sign is.
    let currency_before_number = |k: usize| {
        words[k].is_currency_sign()
            && words
                .get(k + 1)
                .is_some_and(|next| next.is_word() && next.text.starts_with(|c: char| c.is_ascii_digit()))
    };
    if (0..words.len()).any(|k| {
        !words[k].is_word()
            && !matches!(words[k].text, "," | "." | "-" | "’" | "'" | "&" | "(" | ")" | "/")
            && !currency_before_number(k)
    }) {
        return None;
    }
    // "Many of the closures, he": a pronoun after a comma starts a clause.
    if words.len() > 2
        && words[words.len() - 2].is_punct(',')
        && pronoun(&words[words.len() - 1].norm).is_some()
    {
        return None;
    }
    // Everything after a relative pronoun belongs to the description.
    // "which" opens one only after a comma ("the campaign, which has …");
    // "that" inside an appositive ("the agency, the body that runs …") or as
    // the subject of its clause, right before a verb that needs one, after
    // a noun that can name a source ("officials that spoke to reporters",
    // "groups that have endorsed the mayor"). Before a subject of its own
    // "that" opens what was said ("reports that aides had quit").
    let relative = words
        .iter()
        .enumerate()
        .position(|(i, t)| {
            is_who(&t.norm)
                || contact_clause_at(words, i, lexicon)
                || t.norm == "whose"
                // "Lee, whom the mayor fired as manager, …"; "many of whom"
                // is a subject of its own.
                || (t.norm == "whom" && !(i > 0 && words[i - 1].norm == "of"))
                || (t.norm == "which" && i > 0 && words[i - 1].is_punct(','))
                || (t.norm == "that"
                    && i > 1
                    && words[i - 1].is_word()
                    && words[..i - 1].iter().any(|w| w.is_punct(',')))
                || (t.norm == "that" && i > 0 && subject_relative_at(words, i, lexicon))
        })
        .unwrap_or(words.len());
    // "Experts on trade and farm policy": a conjunction after the description
    // has started coordinates inside the description, not two sources.
    let description = words[..relative]
        .iter()
        .skip(1)
        .position(|t| is_descriptor_start(t.norm.as_ref()))
        .map_or(relative, |i| i + 1);
    // "Ed Lee, a pollster and strategist for the party": a conjunction in
    // an appositive that a determiner or a possessive opens after a noun
    // coordinates two descriptions of one source. An appositive closed by
    // its comma ("Ed Lee, a pollster, and Ana Ruiz") leaves the conjunction
    // to the sources, and so does a list of names ("Harbor Radio, The Night
    // Desk and …"). After a name, one that opens with a role and no article
    // coordinates two descriptions too ("Ed Lee, vice president and general
    // counsel of the firm"): lower-case words from the comma up to a role
    // noun right before the conjunction.
    let in_appositive = |i: usize| {
        (1..i).rev().find(|&c| words[c].is_punct(',')).is_some_and(|c| {
            let opened_by_determiner = super::makes_noun(words[c + 1].norm.as_ref())
                && words[c + 2..=(i + 1).min(words.len() - 1)]
                    .iter()
                    .any(|t| t.is_word() && !t.is_capitalized() && !matches!(t.norm.as_ref(), "and" | "or"));
            let role_before = || {
                words[c + 1..i].iter().all(|t| t.is_word() && !t.is_capitalized())
                    && (lexicon.roles.contains(words[i - 1].norm.as_ref())
                        || names_a_person(&words[i - 1].norm))
            };
            // After a common noun only one that opens with a determiner or
            // a possessive describes it ("the union, an ally and its
            // lifeline"); a bare role there would be a list ("the mayor,
            // staff and …").
            (words[c - 1].is_capitalized() && role_before())
                || (words[c - 1].is_word() && opened_by_determiner)
        })
    };
    let coordinates =
        |i: usize| i < description && matches!(words[i].norm.as_ref(), "and" | "or") && !in_appositive(i);
    // "The mine, which Ms. Lee", "the sanctions, which the mayor": a
    // relative clause that is only a name, or a determiner and its noun, has
    // no verb; it is the subject of a new clause ("…, which Ms. Lee says …"),
    // not a description.
    if relative < words.len() {
        let clause = &words[relative + 1..];
        let names_only =
            |t: &&Token<'_>| !t.is_word() || t.is_capitalized() || is_determiner(t.norm.as_ref());
        let determiner_and_noun = clause.len() == 2 && is_determiner(clause[0].norm.as_ref());
        if clause.iter().all(names_only) || determiner_and_noun {
            return None;
        }
    }
    // Coordinated sources ("two residents and a local official"): both
    // conjuncts must be source phrases; the first gives the kind, plural.
    if let Some(and) = (0..relative).find(|&i| coordinates(i)) {
        if and == 0 || and + 1 >= words.len() {
            return None;
        }
        let (left, right) = (&words[..and], &words[and + 1..]);
        let right = classify(right, lexicon, false).filter(|p| p.kind != PhraseKind::Pronoun)?;
        let left = classify(left, lexicon, sentence_initial)?;
        // "he and Ms. Ruiz": a pronoun may lead, taking the kind of what it
        // is joined to.
        let mut phrase = match left.kind {
            PhraseKind::Pronoun if &*left.head == "it" => return None,
            PhraseKind::Pronoun => right,
            _ => left,
        };
        phrase.plural = true;
        if phrase.kind == PhraseKind::Anonymous {
            phrase.kind = PhraseKind::AnonymousGroup;
        }
        phrase.described = true;
        return Some(phrase);
    }
    // "more than one in four" is a number, not a comparison clause.
    let comparison = |i: usize| {
        words[i].norm == "than" && i > 0 && matches!(words[i - 1].norm.as_ref(), "more" | "less" | "fewer")
    };
    let inner_and =
        |i: usize| matches!(words[i].norm.as_ref(), "and" | "or") && (i > description || in_appositive(i));
    // "That person said": a demonstrative opening the sentence before a
    // common noun is its determiner, not a complementiser.
    let demonstrative = first.norm == "that"
        && first.is_capitalized()
        && words
            .get(1)
            .is_some_and(|t| t.is_word() && !t.is_capitalized() && !is_determiner(t.norm.as_ref()));
    // Inside the phrase a capitalised clause word is a name ("Chairman Will
    // Okafor", "Sen. May Ruiz"); first, only a modal that is also a given
    // name is one, before a surname ("Will Okafor said", not "When Lee said").
    // An initialism in capitals is a name too ("US officials": the country,
    // not the pronoun).
    let initialism =
        |i: usize| words[i].text.len() > 1 && words[i].text.bytes().all(|b| b.is_ascii_uppercase());
    let in_name = |i: usize| {
        initialism(i)
            || words[i].is_capitalized()
                && (i > 0
                    || (matches!(words[i].norm.as_ref(), "will" | "may")
                        && words.get(1).is_some_and(|t| t.is_capitalized())))
    };
    // "a clerk known as Bob" names the clerk, as "a clerk named Bob" does.
    let known_as = |i: usize| words[i].norm == "as" && i > 1 && words[i - 1].norm == "known";
    if (usize::from(demonstrative)..relative).any(|i| {
        is_clause_word(words[i].norm.as_ref())
            && !comparison(i)
            && !inner_and(i)
            && !in_name(i)
            && !known_as(i)
    }) {
        return None;
    }
    // A cue verb before any relative clause means the words are a clause,
    // not a noun phrase ("sources say the directive").
    let verb_at = |i: usize| {
        let word = words[i].norm.as_ref();
        if lexicon.cues.longest_at(&[word]).is_none() {
            return false;
        }
        // "a senior writing professor", "policy planning director Ana
        // Ruiz": an -ing form before the head noun that ends the phrase, or
        // the title before a name, describes it; it is no verb.
        let modifier = is_present_participle(word)
            && (i > 0 || i + 2 < relative)
            && i + 2 <= relative
            && words[i + 2..relative].iter().all(|t| t.is_capitalized())
            && words[i + 1].is_word()
            && !words[i + 1].is_capitalized()
            && pronoun(&words[i + 1].norm).is_none()
            && !is_descriptor_start(words[i + 1].norm.as_ref())
            && !is_determiner(words[i + 1].norm.as_ref());
        // "Ed Lee, a delegate supporting the mayor": an -ing form after the
        // noun of an appositive describes that noun.
        let appositive_modifier = is_present_participle(word)
            && i > 0
            && words[i - 1].is_word()
            && !words[i - 1].is_capitalized()
            && in_appositive(i);
        // "an aide speaking on background", "officials speaking to
        // reporters": an -ing form with a preposition after it, right after
        // the head noun, is a reduced relative clause describing the noun.
        let reduced_relative = is_present_participle(word)
            && i > 0
            && words[i - 1].is_word()
            && pronoun(&words[i - 1].norm).is_none()
            && !is_determiner(words[i - 1].norm.as_ref())
            && !is_clause_word(words[i - 1].norm.as_ref())
            // "by responding to …" is a means, not a description.
            && !super::PREPOSITIONS.contains(&words[i - 1].norm.as_ref())
            && !matches!(words[i - 1].norm.as_ref(), "and" | "or")
            && words
                .get(i + 1)
                .is_some_and(|n| n.is_word() && follows_participle(&n.norm));
        // "a think tank", "a radio show host": a word of a noun compound
        // that holds a cue form is no verb.
        // "Tom Read said", "…, Read said": a capitalised head after the
        // phrase's first word, or first but not opening the sentence, is a
        // name; one in capitals may be a shouted heading.
        let name = i + 1 == relative
            && words[i].is_capitalized()
            && words[i].text.bytes().any(|b| b.is_ascii_lowercase())
            && (i > 0 || !sentence_initial);
        let noun = name
            || reduced_relative
            || modifier
            || appositive_modifier
            || lexicon.noun_forms.contains(word)
            || (i > 0 && super::makes_noun(&words[i - 1].norm))
            || lexicon.cue_lookalikes.covers(words, i);
        // "briefed on", "familiar with": a description of how a source knows.
        let describes =
            lexicon.knowledge.starts_with_word(word) && lexicon.knowledge.longest_at(&words[i..]).is_some();
        // "A statement posted on its website": a participle after a
        // document's head noun, with its own phrase after it, says where
        // the document appeared; after a person it would be their verb.
        let postmodifier = i > 0
            && is_participle(word)
            && lexicon.documents.contains(words[i - 1].norm.as_ref())
            && words.get(i + 1).is_some_and(|n| follows_participle(&n.norm));
        !noun && !describes && !postmodifier
    };
    if (0..relative).any(verb_at) {
        return None;
    }
    if pronoun(&first.norm).is_some() {
        return None;
    }
    // "in a statement", "on Tuesday": a prepositional phrase names no one;
    // a time with a possessive determines a noun ("last week's report").
    let time_possessive = words.get(1).is_some_and(|t| t.norm.ends_with("'s"));
    if (is_descriptor_start(first.norm.as_ref()) && !side_adjective(words, 0))
        || (super::is_time_word(&first.norm) && !time_possessive)
    {
        return None;
    }
    // "Six in 10 voters", "more than one in four", "nine out of 10": a
    // share of the people asked.
    let number = |t: &Token<'_>| is_count_word(t, lexicon);
    let share = words
        .windows(3)
        .take(4)
        .any(|w| number(w[0]) && matches!(w[1].norm.as_ref(), "in" | "of") && number(w[2]))
        || words
            .windows(4)
            .take(4)
            .any(|w| number(w[0]) && w[1].norm == "out" && w[2].norm == "of" && number(w[3]))
        || words.iter().take(4).any(|t| {
            // "three-in-five", without allocating in this hot path.
            let mut parts = t.norm.split('-');
            parts.next().is_some()
                && parts.next() == Some("in")
                && parts.next().is_some()
                && parts.next().is_none()
        });
    // "Nearly half", "a third of voters", "two-thirds of Democrats", and
    // "half" before a determiner ("half the riders", "half his aides").
    let fraction = |i: usize| {
        let word = words[i].norm.as_ref();
        FRACTIONS.contains(&word)
            && words.get(i + 1).is_none_or(|t| {
                let next = t.norm.as_ref();
                next == "of" || (word == "half" && determines_group(next))
            })
            && words[..i]
                .iter()
                .all(|t| APPROXIMATORS.contains(&t.norm.as_ref()) || number(t) || t.norm == "a")
    };
    // "43 said the same", "only two said so": a bare count of the people
    // asked. A number of four digits is more often a year. The
    // grammar takes it only before a plain verb of saying, since before
    // other verbs a count is more often a noun's ("60 pledged delegates").
    let (last, before) = words.split_last()?;
    let count = (last.text.len() != 4 && is_numeral(last.text)) || NUMBER_WORDS.contains(&last.norm.as_ref());
    if count && before.iter().all(|t| APPROXIMATORS.contains(&t.norm.as_ref())) {
        return Some(SourcePhrase {
            plural: last.norm != "one",
            counted: true,
            ..SourcePhrase::of(PhraseKind::AnonymousGroup, BARE_COUNT)
        });
    }
    // The fraction comes at most fourth: two approximators and "a" may
    // lead it ("just under a third").
    if share || (0..words.len().min(4)).any(fraction) {
        return Some(SourcePhrase {
            plural: true,
            counted: true,
            described: true,
            ..SourcePhrase::of(PhraseKind::AnonymousGroup, "share")
        });
    }
    // "Those close to him", "those familiar with the plan": people described,
    // and so are "those surveyed", "those questioned": a past participle
    // says what was done to them.
    if first.norm == "those"
        && words.get(1).is_some_and(|t| {
            is_descriptor_start(t.norm.as_ref()) || (t.is_word() && !t.is_capitalized() && is_past(&t.norm))
        })
    {
        return Some(SourcePhrase {
            plural: true,
            described: true,
            ..SourcePhrase::of(PhraseKind::AnonymousGroup, "people")
        });
    }
    // "a number of lawmakers", "a wide array of economists", "a host of new
    // songs": a collective noun counts what follows "of", which is the
    // phrase's real head.
    let collective = matches!(first.norm.as_ref(), "a" | "an")
        .then(|| {
            (1..=2).find(|&i| {
                words.len() > i + 2
                    && COLLECTIVES.contains(&words[i].norm.as_ref())
                    && words[i + 1].norm == "of"
            })
        })
        .flatten();
    if let Some(i) = collective {
        let mut phrase = classify(&words[i + 2..], lexicon, false)?;
        phrase.plural = true;
        phrase.counted = true;
        return Some(phrase);
    }
    // "a copy of the memo", "a draft of the report": a part or a copy of a
    // document speaks for it. A name or a modifier may say whose or which it
    // is ("the Harbor Gazette average of surveys", "a leaked copy of …").
    const MAX_MODIFIER_WORDS: usize = 3;
    let part = is_determiner(first.norm.as_ref())
        .then(|| {
            (1..=MAX_MODIFIER_WORDS + 1)
                .take_while(|&i| i + 2 < words.len() && words[i].is_word() && words[i].norm != "of")
                .find(|&i| DOCUMENT_PARTS.contains(&words[i].norm.as_ref()) && words[i + 1].norm == "of")
        })
        .flatten();
    if let Some(i) = part {
        let phrase = classify(&words[i + 2..], lexicon, false)?;
        if phrase.kind == PhraseKind::Document {
            return Some(phrase);
        }
    }
    // "one of them", "one of the traders": a member of a group named before.
    // A group anchored on its owner ("one of his aides", "one of the
    // mayor's lawyers") is met here: the member is a new anonymous source,
    // described by whose they are.
    if first.norm == "one" && words.get(1).is_some_and(|t| t.norm == "of") {
        let group = &words[2..];
        let owned = group
            .first()
            .is_some_and(|t| POSSESSIVE_DETERMINERS.contains(&t.norm.as_ref()))
            || group.iter().take(4).any(|t| t.norm.ends_with("'s"));
        if let Some(mut phrase) = owned.then(|| classify(group, lexicon, false)).flatten() {
            if matches!(
                phrase.kind,
                PhraseKind::Anonymous | PhraseKind::AnonymousGroup | PhraseKind::Definite
            ) {
                phrase.kind = PhraseKind::Anonymous;
                phrase.plural = false;
                phrase.described = true;
                return Some(phrase);
            }
        }
        return Some(SourcePhrase::of(PhraseKind::Definite, "one-of"));
    }
    // "the voters surveyed", "senators polled": a participle of asking
    // that closes the phrase after a common noun says the noun's people
    // were asked; the noun is the head.
    let asked_at = |i: usize| {
        i > 0
            && i + 1 == relative
            && ASKED_PARTICIPLES.contains(&words[i].norm.as_ref())
            && words[i - 1].is_word()
            && !is_determiner(words[i - 1].norm.as_ref())
            && (!words[i - 1].is_capitalized()
                || (i == 1 && sentence_initial && is_common_head(&words[0].norm, lexicon)))
    };
    // The core ends where the description starts: a comma, a preposition, a
    // relative pronoun (a relative "that" among them), a passive participle
    // with its agent ("released by") or a participle of asking.
    let core_end = words
        .iter()
        .enumerate()
        .skip(1)
        .find(|&(i, t)| {
            t.is_punct(',')
                || asked_at(i)
                || (is_descriptor_start(t.norm.as_ref()) && !side_adjective(words, i))
                || contact_clause_at(words, i, lexicon)
                || ((is_participle(&t.norm) || is_present_participle(&t.norm))
                    && !t.is_capitalized()
                    && !is_determiner(words[i - 1].norm.as_ref())
                    // After a name the form is its verb ("Lee waved to …");
                    // after a common noun, a description ("protesters marching
                    // through …", "a report released by …").
                    && (!words[i - 1].is_capitalized()
                        || (i == 1 && sentence_initial && is_common_head(&words[0].norm, lexicon)))
                    && words
                        .get(i + 1)
                        .is_some_and(|n| follows_participle(&n.norm)))
        })
        .map_or(words.len(), |(i, _)| i)
        .min(relative);
    let core = &words[..core_end];
    // Words, not tokens: the full stop of "U.K." adds no length.
    let core_words = core.iter().filter(|t| t.is_word()).count();
    // An article inside the core starts a second phrase: "Ruiz admires the
    // governor" is a clause, not a name. So does a verb in the past after a
    // noun and before a determiner or a number ("the checker rated many
    // growers", "voters backed 32 …"); "a retired general" and "senior
    // elected officials" have an adjective there.
    let past_verb_with_object = |w: &[&Token<'_>]| {
        let [noun, verb, object] = w else { return false };
        noun.is_word()
            && !is_determiner(noun.norm.as_ref())
            && !verb.is_capitalized()
            && is_past(&verb.norm)
            && (is_determiner(object.norm.as_ref()) || object.text.starts_with(|c: char| c.is_ascii_digit()))
            // "a poll released this week": a time after a participle dates it.
            && !follows_participle(&object.norm)
    };
    if core
        .iter()
        .skip(1)
        .any(|t| !t.is_capitalized() && matches!(t.norm.as_ref(), "the" | "a" | "an"))
        // The description counts too: "A judge on Friday blocked a map" is
        // a clause whose subject ends at its time.
        || words[..relative].windows(3).any(past_verb_with_object)
        // "A judge on Friday struck down …": a verb in the past right after
        // a day is the clause's.
        || words[..relative].windows(2).any(|w| {
            super::is_time_word(&w[0].norm) && !w[1].is_capitalized() && is_past(&w[1].norm)
        })
    {
        return None;
    }
    let last_word = core.iter().rposition(|t| t.is_word())?;
    // A number after a name is part of the name ("Channel 4", "Local
    // 1199"), whose last word is the head. At a sentence's start only an
    // acronym vouches for a name ("ABC 7"): "Nearly 40" and "About 200"
    // are counts, and neither is a date ("May 2012").
    let numbered_name = last_word > 0 && {
        let (name, number) = (core[last_word - 1], core[last_word]);
        let acronym = name.text.len() > 1 && name.text.bytes().all(|b| b.is_ascii_uppercase());
        number.text.bytes().all(|b| b.is_ascii_digit())
            && name.is_word()
            && name.is_capitalized()
            && !super::is_time_word(&name.norm)
            && (last_word > 1 || !sentence_initial || acronym)
    };
    let head_index = if numbered_name { last_word - 1 } else { last_word };
    let head = core[head_index];
    // "Signs point to a thaw": evidence with nobody behind it to ask, so the
    // claim stays the writer's.
    if (!head.is_capitalized() || (sentence_initial && head_index == 0))
        && lexicon.non_sources.contains(head.norm.as_ref())
    {
        return None;
    }
    let lowercase_head = !head.is_capitalized()
        || (sentence_initial && head_index == 0 && is_common_head(&head.norm, lexicon));
    let det = first.norm.as_ref();
    // A possessive ("Ohio's tax commissioner") determines the phrase too.
    let has_det = is_determiner(det) || (det.ends_with("'s") && core.len() > 1);
    let ordinal = core
        .iter()
        .find_map(|t| lexicon.ordinals.get(t.norm.as_ref()))
        .and_then(|&n| u32::try_from(n).ok());
    let another = lexicon.new_referent.longest_at(core).is_some()
        || (matches!(det, "a" | "an") && ordinal.is_some_and(|n| n > 1));
    // "67 percent of voters", "Sixty-seven percent", "just 28 percent".
    let counted = is_count_word(first, lexicon)
        || (APPROXIMATORS.contains(&det) && core.get(1).is_some_and(|t| is_count_word(t, lexicon)));
    // A description is anything beyond the determiner, number words and head:
    // a modifier ("a senior official"), a place, an affiliation, a clause.
    let bare_word = |t: &&Token<'_>| {
        let w = t.norm.as_ref();
        is_determiner(w)
            || lexicon.ordinals.contains_key(w)
            || lexicon.counts.contains(w)
            || lexicon.new_referent.longest_at(&[w]).is_some()
    };
    let modifiers = core[..head_index].iter().filter(|t| !bare_word(t)).count();
    let described = words.len() > core_end || modifiers > 0;
    let mut phrase = SourcePhrase {
        ordinal,
        counted,
        described,
        ..SourcePhrase::of(PhraseKind::Anonymous, &head.norm)
    };

    // "Its director, Helen Marsh": a role followed by the name of the person.
    // "The head of the union, Ana Diaz", "a spokesman for the ministry,
    // Tom Lee": a role with its organisation before the name. Only a
    // determiner after the preposition marks an organisation; "of
    // Springfield, Illinois" is a place, and so is a name of one word.
    let organisation_comma = || {
        let preposition = words.get(core_end)?;
        let organisation = matches!(preposition.norm.as_ref(), "for" | "of" | "at" | "with")
            && words
                .get(core_end + 1)
                .is_some_and(|t| is_determiner(t.norm.as_ref()));
        let comma = organisation.then(|| words[core_end..].iter().position(|t| t.is_punct(',')))??;
        let name_words = words[core_end + comma + 1..]
            .iter()
            .take_while(|t| t.is_capitalized())
            .count();
        (name_words >= 2).then_some(core_end + comma)
    };
    let name_comma = if words.get(core_end).is_some_and(|t| t.is_punct(',')) {
        Some(core_end)
    } else {
        organisation_comma()
    };
    // An initial's full stop is part of the name ("James B. Cole").
    let name_tokens = name_comma.map_or(&words[..0], |comma| {
        let rest = &words[comma + 1..];
        let len = rest
            .iter()
            .enumerate()
            .take_while(|&(i, t)| {
                t.is_capitalized() || (t.is_punct('.') && i > 0 && rest[i - 1].text.len() == 1)
            })
            .count();
        &rest[..len]
    });
    let appositive_name: Vec<String> = name_tokens
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.text.to_string())
        .collect();
    let name_ends_phrase = name_comma.is_some_and(|comma| {
        words
            .get(comma + 1 + name_tokens.len())
            .is_none_or(|t| t.is_punct(','))
    });
    let person_head = lexicon.roles.contains(head.norm.as_ref())
        || lexicon.anonymous_heads.contains_key(head.norm.as_ref())
        || names_a_person(&head.norm);
    if lowercase_head && !appositive_name.is_empty() && name_ends_phrase && person_head {
        phrase.kind = PhraseKind::NamedPerson;
        phrase.role = Some(head.norm.as_ref().into());
        phrase.name = appositive_name.into_boxed_slice();
        return Some(phrase);
    }
    if lowercase_head {
        let head_norm = head.norm.as_ref();
        let stripped: Vec<&str> = core
            .iter()
            .map(|t| t.norm.as_ref())
            .skip_while(|w| QUANTIFIERS.contains(w) || *w == "the")
            .collect();
        let vague_phrase = !stripped.is_empty() && lexicon.vague.is_exactly(&stripped);
        if let Some((lemma, plural)) = lexicon.anonymous_heads.get(head_norm) {
            phrase.head = lemma.as_str().into();
            phrase.plural = *plural;
            phrase.gender = phrase.gender.or_else(|| lexicon.head_genders.get(lemma).copied());
            // "the source", and "both sources" for two introduced before.
            phrase.kind = if matches!(det, "the" | "both") && !another {
                PhraseKind::Definite
            } else if another {
                PhraseKind::Another
            } else if *plural {
                if vague_phrase && words.len() == core_end {
                    PhraseKind::Vague
                } else {
                    PhraseKind::AnonymousGroup
                }
            } else {
                PhraseKind::Anonymous
            };
            if lexicon.roles.contains(lemma.as_str()) {
                phrase.role = Some(lemma.as_str().into());
            }
            return Some(phrase);
        }
        if vague_phrase || (core.len() == 1 && lexicon.vague.is_exactly(&[head_norm])) {
            phrase.kind = PhraseKind::Vague;
            phrase.plural = true;
            return Some(phrase);
        }
        if lexicon.documents.contains(head_norm) {
            phrase.kind = PhraseKind::Document;
            phrase.plural = head_norm.ends_with('s') && head_norm != "data";
            phrase.head = singular(head_norm).into();
            return Some(phrase);
        }
        if lexicon.organization_heads.contains(head_norm) {
            // "Rights groups", "some unions": organisations of a kind, unnamed.
            let plural = singular(head_norm) != head_norm;
            phrase.kind = if det == "the" {
                PhraseKind::Definite
            } else if plural {
                PhraseKind::AnonymousGroup
            } else {
                PhraseKind::NamedOrganization
            };
            phrase.plural = plural;
            phrase.organization_head = true;
            phrase.head = singular(head_norm).into();
            return Some(phrase);
        }
        if lexicon.roles.contains(head_norm) {
            phrase.role = Some(head_norm.into());
            phrase.kind = if det == "the" {
                PhraseKind::Definite
            } else {
                PhraseKind::Anonymous
            };
            return Some(phrase);
        }
        // An unknown common noun: a plural names a group ("fishing crews");
        // a singular must name a person by its agent suffix ("the physician").
        let plural = looks_plural(head_norm);
        if core_words > 4 || (!has_det && !plural) || (!plural && !names_a_person(head_norm)) {
            return None;
        }
        phrase.plural = plural;
        phrase.known_head = names_a_person(&singular(head_norm));
        phrase.head = if phrase.plural {
            singular(head_norm).into()
        } else {
            head_norm.into()
        };
        phrase.kind = if det == "the" {
            PhraseKind::Definite
        } else if phrase.plural {
            PhraseKind::AnonymousGroup
        } else {
            PhraseKind::Anonymous
        };
        return Some(phrase);
    }

    // "many Democrats", "two Republicans": members of a named group.
    let quantified = QUANTIFIERS.contains(&det) || counted;
    if quantified && looks_plural(&head.norm) && core_words <= 3 {
        phrase.kind = PhraseKind::AnonymousGroup;
        phrase.plural = true;
        phrase.head = singular(&head.norm).into();
        return Some(phrase);
    }
    // A capitalised head: a name.
    let core_texts: Vec<&str> = core.iter().map(|t| t.text).collect();
    // An acronym ("NATO", "the U.N.") names an organisation far more often
    // than a person; dotted capitals before a name are initials ("J.K. Osei").
    let acronym = |i: usize| {
        let text = core[i].text;
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        let all_caps = text.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
        let last_word = core[i + 1..].iter().all(|t| !t.is_word());
        letters >= 2 && all_caps && (!text.contains('.') || last_word)
    };
    // A common noun before the name describes the person the name ends with
    // ("Union steward Carla Mendes", "Hospital spokesman Dan Lee"): only the
    // words after it can make the name an organisation's. A function word
    // ("Bank of America") is part of the name.
    let name_start = core
        .iter()
        .rposition(|t| t.is_word() && !t.is_capitalized() && !ORG_NAME_JOINERS.contains(&t.norm.as_ref()))
        .map_or(0, |i| i + 1);
    let is_org = (name_start..core_texts.len())
        .any(|i| lexicon.organization_word_at(&core_texts[i..]).is_some())
        || (det == "the" && core.len() > 1)
        || (name_start..core.len()).any(acronym);
    if is_org {
        phrase.kind = PhraseKind::NamedOrganization;
        phrase.name = core
            .iter()
            .filter(|t| t.is_capitalized())
            .map(|t| t.text.to_string())
            .collect();
        return Some(phrase);
    }
    phrase.kind = PhraseKind::NamedPerson;
    let mut rest = core;
    if has_det {
        rest = &rest[1..];
    }
    // Titles ("Gov.", "Prime Minister") precede the name.
    let rest_texts: Vec<&str> = rest.iter().map(|t| t.text).collect();
    if let Some((n, title)) = lexicon.titles.longest_at(&rest_texts) {
        phrase.role = title.role.as_deref().map(Box::from);
        phrase.gender = title.gender;
        rest = &rest[n..];
        if rest.first().is_some_and(|t| t.is_punct('.')) {
            rest = &rest[1..];
        }
    } else if let Some(role) = rest
        .iter()
        .take_while(|t| !t.is_capitalized())
        .map(|t| t.norm.as_ref())
        .find(|w| lexicon.roles.contains(*w))
    {
        // "longtime pollster Ana Ruiz", "party leader Ana Ruiz".
        phrase.role = Some(role.into());
    }
    phrase.name = rest
        .iter()
        .filter(|t| t.is_capitalized())
        .map(|t| t.text.to_string())
        .collect();
    if phrase.name.is_empty() {
        return None;
    }
    Some(phrase)
}

/// Whether `word` after a passive participle shows it starts a description
/// ("a report released by", "a complaint filed with", "documents filed last
/// month", "a report released Monday"), where "the newly elected mayor"
/// goes on with its noun.
fn follows_participle(word: &str) -> bool {
    PARTICIPLE_FOLLOWERS.contains(&word) || super::is_time_word(word)
}

/// Besides time words, the words of [`follows_participle`].
const PARTICIPLE_FOLLOWERS: &[&str] = &[
    "by",
    "with",
    "in",
    "at",
    "to",
    "on",
    "under",
    "against",
    "from",
    "last",
    "this",
    "earlier",
    "yesterday",
    "today",
    "through",
    "for",
    "across",
    "outside",
    "before",
    "after",
    "during",
    "since",
    "as",
    "over",
    "between",
    "among",
    ",",
];

/// "marching", "living": with a preposition after it, a description
/// ("protesters marching through the streets", "people living nearby").
pub(crate) fn is_present_participle(word: &str) -> bool {
    word.len() > 5 && word.ends_with("ing")
}

/// Whether `words` open with a bound on a number ("At least half of
/// voters", "at most two officials"): "at" is then no preposition.
pub(crate) fn bounds_a_number(words: &[&Token<'_>], lexicon: &Lexicon) -> bool {
    let [at, bound, first, ..] = words else {
        return false;
    };
    at.norm == "at"
        && matches!(bound.norm.as_ref(), "least" | "most")
        && (first.text.starts_with(|c: char| c.is_ascii_digit())
            || lexicon.counts.contains(first.norm.as_ref())
            || FRACTIONS.contains(&first.norm.as_ref())
            || matches!(first.norm.as_ref(), "one" | "a"))
}

/// Whether `word` is the relative "who" or a contraction of it ("who's",
/// "who'd"; apostrophes are folded to ASCII in the normal form).
pub(crate) fn is_who(word: &str) -> bool {
    word == "who" || word.starts_with("who'")
}

/// Whether `word` is a past form: a regular one in -ed, long enough to be
/// no short word that merely ends so ("red", "bed", "shed"), or a common
/// irregular one that news copy mostly uses as a verb ("made", "drew").
pub(crate) fn is_past(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed"))
        || matches!(
            word,
            "made"
                | "took"
                | "gave"
                | "went"
                | "came"
                | "brought"
                | "thought"
                | "sought"
                | "began"
                | "became"
                | "wrote"
                | "spoke"
                | "stood"
                | "drew"
                | "threw"
                | "won"
                | "ran"
                | "kept"
                | "cast"
                | "struck"
                | "chose"
                | "rose"
                | "fell"
                | "grew"
                | "knew"
                | "saw"
                | "sent"
        )
}

pub(crate) fn is_participle(word: &str) -> bool {
    word.ends_with("ed")
        || matches!(
            word,
            "seen"
                | "written"
                | "given"
                | "taken"
                | "shown"
                | "known"
                | "held"
                | "made"
                | "sent"
                | "done"
                | "led"
                | "run"
        )
}

/// Agent-noun suffixes: a head with one of them names a person or a role,
/// and so does a compound in "-man" ("councilman", "policewoman").
fn names_a_person(word: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "er", "or", "ist", "ian", "ant", "ent", "eur", "ee", "ive", "iff", "ess",
    ];
    // "-ment" nouns name things ("investment", "statement", "government").
    let agent = SUFFIXES.iter().any(|s| word.ends_with(s)) && word.len() > 4 && !word.ends_with("ment");
    // Longer than "human", which names no role.
    agent || (word.len() > 5 && word.ends_with("man"))
}

/// Whether an unknown word has the shape of a plural noun ("fishing
/// crews"), or of a verb in -s ("threatens"): "-ss" ends singular nouns
/// ("witness"), "-ous" adjectives ("numerous", "serious").
pub(crate) fn looks_plural(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("ous")
}

fn is_common_head(word: &str, lexicon: &Lexicon) -> bool {
    is_lexicon_head(word, lexicon) || looks_plural(word)
}

/// Whether the lexicon knows `word` as the head of a source phrase.
pub(crate) fn is_lexicon_head(word: &str, lexicon: &Lexicon) -> bool {
    lexicon.anonymous_heads.contains_key(word)
        || lexicon.vague.is_exactly(&[word])
        || lexicon.documents.contains(word)
        || lexicon.organization_heads.contains(word)
        || lexicon.roles.contains(word)
}

fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        format!("{stem}y")
    } else if word.ends_with("ss") {
        word.to_string()
    } else if let Some(stem) = word.strip_suffix('s') {
        stem.to_string()
    } else {
        word.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::tokens::tokenize;
    use crate::RuleSet;

    fn check(input: &str, expect: Option<PhraseKind>) {
        let rules = RuleSet::embedded();
        let tokens = tokenize(input, 0);
        let refs: Vec<&Token<'_>> = tokens.iter().collect();
        let got = classify(&refs, &rules.lexicon, true).map(|p| p.kind);
        assert_eq!(got, expect, "{input}");
    }

    /// A bare count is plural, but for "one".
    #[test]
    fn a_bare_count_takes_the_number_of_its_word() {
        let rules = RuleSet::embedded();
        let plural = |input: &str| {
            let tokens = tokenize(input, 0);
            let refs: Vec<&Token<'_>> = tokens.iter().collect();
            classify(&refs, &rules.lexicon, true).map(|p| p.plural)
        };
        assert_eq!(plural("only 12"), Some(true));
        assert_eq!(plural("two"), Some(true));
        assert_eq!(plural("One"), Some(false));
    }

    /// A relative clause with no relative word opens at the pronoun after a
    /// short noun phrase, not after a clause that ends in a noun.
    #[test]
    fn contact_clauses() {
        let rules = RuleSet::embedded();
        let opens_at = |input: &str| {
            let tokens = tokenize(input, 0);
            let refs: Vec<&Token<'_>> = tokens.iter().collect();
            (0..refs.len()).find(|&i| contact_clause_at(&refs, i, &rules.lexicon))
        };
        assert_eq!(opens_at("the pilots I interviewed"), Some(2));
        assert_eq!(opens_at("Residents we reached"), Some(1));
        assert_eq!(opens_at("most of the local traders we met"), Some(5));
        assert_eq!(
            opens_at("used her column to praise the candidate she regards"),
            None
        );
        assert_eq!(opens_at("Ruiz we"), None);
        assert_eq!(opens_at("the experts I"), None);
    }

    #[test]
    fn kinds_of_source_phrases() {
        use PhraseKind::*;
        // A bare count of people; a number of four digits is a year.
        check("Nearly 40", Some(AnonymousGroup));
        check("only two", Some(AnonymousGroup));
        check("2015", None);
        // After "whom" everything describes, "as" too; "many of whom" is a
        // subject of its own, with no description.
        check("Ana Ruiz, whom the mayor fired as manager", Some(NamedPerson));
        check("many of whom", Some(Vague));
        // A name given after "known as" describes, as after "named".
        check("a clerk known as Bob", Some(Anonymous));
        // A participle of asking after the head says its people were asked.
        check("the voters surveyed", Some(Definite));
        check("Senators polled", Some(AnonymousGroup));
        check("Senators questioned", None);
        check("the voters", Some(Definite));
        check("Lee surveyed", None);
        check("the dock chief known as the Fixer", Some(Definite));
        // A copy or part of a document is the document.
        check("A copy of the memo", Some(Document));
        // A time with a possessive determines its noun.
        check("Last week's report", Some(Document));
        check("Monday night's results", Some(Document));
        check("last month's audit", Some(Document));
        check("a draft of the report", Some(Document));
        check("A leaked copy of the memo", Some(Document));
        check("the final draft of the report", Some(Document));
        check("a leaked copy of the port official", None);
        check("An average of recent surveys", Some(Document));
        check("The Harbor Gazette average of surveys", Some(Document));
        check("The average of surveys conducted over the summer", Some(Document));
        check("the average of the workers", None);
        // A copy of anything else is no source.
        check("a copy of the port official", None);
        check("he", Some(Pronoun));
        check("the pilots I interviewed", Some(Definite));
        check("All the pilots I interviewed", Some(Definite));
        check("all his aides", Some(AnonymousGroup));
        check("Half the riders", Some(AnonymousGroup));
        check("All but two", Some(AnonymousGroup));
        check("all but Lee", None);
        check("half his aides", Some(AnonymousGroup));
        check("a third the riders", None);
        check("All the mayor", None);
        check("traders we spoke to", Some(AnonymousGroup));
        check("Residents we interviewed", Some(AnonymousGroup));
        check("the local traders we spoke with", Some(Definite));
        // A pronoun after a name is its own clause's subject.
        check("Ruiz we", None);
        // A member of a group met before; of a group its owner anchors, a
        // new source.
        check("one of the traders", Some(Definite));
        check("One of his aides", Some(Anonymous));
        check("one of the mayor's lawyers", Some(Anonymous));
        check("The source", Some(Definite));
        check("the second source", Some(Definite));
        check("another source", Some(Another));
        // The full stop of an initialism is no word of the phrase.
        check("A veteran U.K. lobbyist", Some(Anonymous));
        check("US officials", Some(AnonymousGroup));
        check("us", None);
        // An adjective in "-ous" is no plural head: this is a clause cut
        // short, not a group of people.
        check("Mr. Okafor raised serious", None);
        check(
            "A trader in Mombasa, on the northern side of the harbor",
            Some(Anonymous),
        );
        check("traders familiar with the orders", Some(AnonymousGroup));
        check("an inside source", Some(Anonymous));
        check("the outside experts", Some(Definite));
        check("Inside sources", Some(AnonymousGroup));
        // Before a determiner or a name, the word opens a description.
        check("outside the hall", None);
        check("a trader outside the hall", Some(Anonymous));
        // Mid-phrase with no determiner before it, the word opens the
        // description that says who the people are.
        let rules = RuleSet::embedded();
        let tokens = tokenize("workers outside headquarters", 0);
        let refs: Vec<&Token<'_>> = tokens.iter().collect();
        let phrase = classify(&refs, &rules.lexicon, true).expect("a source phrase");
        assert_eq!((&*phrase.head, phrase.described), ("worker", true));
        // An -ing form and its preposition after the head describe it; after
        // a preposition the -ing form is a means, and the words a clause.
        check("An aide speaking on background", Some(Anonymous));
        check("the board’s latest moves by replying to critics", None);
        check("Two people close to the talks", Some(AnonymousGroup));
        check("Experts", Some(Vague));
        check("sources", Some(Vague));
        check("some officials", Some(Vague));
        check("The orders", Some(Document));
        // A quantifier standing for the people just counted names no one.
        check("Several", Some(Vague));
        check("most", Some(Vague));
        // A quantifier standing alone for people named before it refers
        // back to them; it is no name and no vague source.
        check("Both", Some(Definite));
        check("Neither", Some(Definite));
        check("All", Some(Definite));
        // An intensive reflexive stresses the phrase; it does not change it.
        check("Ruiz herself", Some(NamedPerson));
        check("the agency itself", Some(Definite));
        check("the Harbor Authority", Some(NamedOrganization));
        check(
            "the Senate Select Committee on Intelligence",
            Some(NamedOrganization),
        );
        check("Gov. Ana Ruiz", Some(NamedPerson));
        // A common noun before a name describes the person it names, even
        // after an organisation's word; inside a name it is a joiner.
        check("Union steward Carla Mendes", Some(NamedPerson));
        check("Harbor Authority spokesman Dan Lee", Some(NamedPerson));
        check("Union Bank of Kenya", Some(NamedOrganization));
        // A number after a name is part of it; at a sentence's start only
        // after an acronym, since "Nearly 40" is a count (of people, above).
        check("the station KTV 7", Some(NamedOrganization));
        check("Channel 4", None);
        check("city Water Board", Some(NamedOrganization));
        check("Ruiz", Some(NamedPerson));
        // A surname in "-ss" is no plural noun opening the sentence.
        check("Ross", Some(NamedPerson));
        check("NATO", Some(NamedOrganization));
        check("the U.N.", Some(NamedOrganization));
        check("J.K. Osei", Some(NamedPerson));
        check("Its director, Helen Marsh", Some(NamedPerson));
        check("The mine's safety officer, Leonard Pike", Some(NamedPerson));
        check("Brazilian authorities", Some(AnonymousGroup));
        check("Rights groups", Some(AnonymousGroup));
        check("a rights group", Some(NamedOrganization));
        check("the company", Some(Definite));
        check("the decision is", None);
        check("That person", Some(Anonymous));
        check("A statement posted on the website", Some(Document));
        check("the unsigned opinion", Some(Document));
        // After a person's head noun the participle is their verb.
        check("The residents complained to the council", None);
        // A phrase ends in its head: a clause cut before its object is none.
        check("The mayor seized on the", None);
        check("Officials there", Some(AnonymousGroup));
        check("smuggling will once again be", None);
        check("fishing crews", Some(AnonymousGroup));
        check("A report released by the port authority", Some(Document));
        check("a complaint filed with the labor board", Some(Document));
        check("court documents filed last month", Some(Document));
        // A role with its organisation before the name names the person.
        check(
            "the chief negotiator for the ministry, Ada Brenn",
            Some(NamedPerson),
        );
        check("A nurse at the clinic, Rosa Diaz", Some(NamedPerson));
        // A place after the comma is no name, nor is one word after it.
        check("The mayor of Harlow, New Avon", Some(Definite));
        check("A nurse at the clinic, Diaz", Some(Anonymous));
        // A day after the participle dates the document; it names no one.
        check("A study published Tuesday", Some(Document));
        // A clause with its object is no source, its time or not.
        check("An inspector on Monday closed the", None);
        check("An inspector on Monday closed", None);
        check("documents obtained by the paper", Some(Document));
        check("a retired teacher", Some(Anonymous));
        check("the office closed", None);
        check("the newly elected mayor", Some(Definite));
        check("a retired teacher", Some(Anonymous));
        check("the utility", Some(Definite));
        check("farmers", Some(AnonymousGroup));
        check("the plaintiffs", Some(Definite));
        check("The decision", None);
        check("that", None);
        check("in a statement", None);
        check("two residents and a local official", Some(AnonymousGroup));
        check("prices rose and officials", None);
        // A person's pronoun may lead a coordination, which then names what
        // it is joined to; "it" names no one.
        check("he and Ms. Ruiz", Some(NamedPerson));
        check("she and two aides", Some(AnonymousGroup));
        check("it and the mayor", None);
        check("the mayor and he", None);
        // A pronoun that only a subject can be opens a clause of its own.
        check("the access to files she", None);
        // A conjunction inside an appositive joins two descriptions of one
        // person; one after the appositive's comma joins two sources.
        check("Ed Lee, a governor and lobbyist", Some(NamedPerson));
        check("Ed Lee, a Democrat and retired pilot", Some(NamedPerson));
        check("Ed Lee, a governor, and Ana Ruiz, a pilot", Some(NamedPerson));
        // So does one in an appositive that opens with a role and no article.
        check(
            "Ed Lee, vice president and counsel of the mill",
            Some(NamedPerson),
        );
        check("Ed Lee, treasurer and chief counsel", Some(NamedPerson));
        // After a common noun, or with a possessive opening it, too.
        check("the union, an ally and its lifeline", Some(Definite));
        check(
            "Harbor Bank, the city's lender and its lifeline",
            Some(NamedOrganization),
        );
        let plural = |input: &str| {
            let rules = RuleSet::embedded();
            let tokens = tokenize(input, 0);
            let refs: Vec<&Token<'_>> = tokens.iter().collect();
            classify(&refs, &rules.lexicon, true).map(|p| p.plural)
        };
        assert_eq!(
            plural("Ed Lee, a pollster and strategist for the party"),
            Some(false)
        );
        assert_eq!(plural("Ed Lee, a governor, and Ana Ruiz, a pilot"), Some(true));
        assert_eq!(
            plural("Ed Lee, vice president and counsel of the mill"),
            Some(false)
        );
        assert_eq!(plural("Ed Lee, two aides and a driver"), Some(true));
        assert_eq!(plural("the union, an ally and its lifeline"), Some(false));
        assert_eq!(
            plural("Harbor Radio, The Night Desk and Morning Tide"),
            Some(true)
        );
        check("Both sources", Some(Definite));
        check("many Democrats", Some(AnonymousGroup));
        check("Ruiz admires the governor", None);
        check("The latest Reuters/Ipsos poll", Some(Document));
        check("Exit polling", Some(Document));
        check("The port agency, the body that runs the docks", Some(Definite));
        check("Nearly half", Some(AnonymousGroup));
        check("A third", Some(AnonymousGroup));
        check("about two-thirds of voters", Some(AnonymousGroup));
        check("a third source", Some(Another));
        check("Ohio's tax commissioner", Some(Anonymous));
        check("Those close to him", Some(AnonymousGroup));
        check("Nearly eight of 10 voters", Some(AnonymousGroup));
        check("Experts on trade and farm policy", Some(AnonymousGroup));
        check(
            "Political observers in the state and around the country",
            Some(AnonymousGroup),
        );
        check("Police", Some(NamedOrganization));
        check("on Tuesday", None);
        // An -ing form before the head noun describes it; before a pronoun
        // or with more words after it, it is a verb.
        check("A senior writing professor", Some(Anonymous));
        // So does it before a title and the name it gives, also first.
        check("former policy planning director Ana Ruiz", Some(NamedPerson));
        check("planning director Ana Ruiz", Some(NamedPerson));
        check("officials now saying they", None);
        check("officials planning the strike", None);
        check("a senior official writing the rules", None);
    }

    #[test]
    fn names_titles_and_roles() {
        let rules = RuleSet::embedded();
        let tokens = tokenize("Gov. Ana Ruiz", 0);
        let refs: Vec<&Token<'_>> = tokens.iter().collect();
        let phrase = classify(&refs, &rules.lexicon, true).expect("a name");
        assert_eq!(*phrase.name, ["Ana", "Ruiz"]);
        assert_eq!(phrase.role.as_deref(), Some("governor"));
        let tokens = tokenize("the second source", 0);
        let refs: Vec<&Token<'_>> = tokens.iter().collect();
        let phrase = classify(&refs, &rules.lexicon, false).expect("a reference");
        assert_eq!((&*phrase.head, phrase.ordinal), ("source", Some(2)));
    }
}
