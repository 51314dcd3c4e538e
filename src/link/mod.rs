//! Linking: the registry of the article's sources and the coreference that ties
//! each mention (“the source”, “the second source”, “Kim”, “the governor”,
//! “he”, “one of them”) to the source first introduced. Owns source identity;
//! must not parse text (mentions arrive classified from `grammar`).

pub mod claims;

// The registry's keys are the article's own words, so its maps need a hash
// seeded per process, as std's SipHash is, that is also fast on short
// strings, as SipHash is not.
use std::collections::hash_map::Entry;
use std::hash::{BuildHasher, Hasher};

use foldhash::HashMap;

use serde::Serialize;

use crate::grammar::{Mention, PhraseKind, SourcePhrase};
use crate::lexicon::Gender;
use crate::span::Span;

/// What kind of source a reader is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// A person named.
    NamedPerson,
    /// An organisation named.
    NamedOrganization,
    /// One unnamed person.
    Anonymous,
    /// Unnamed people, described.
    AnonymousGroup,
    /// Nobody a reader can check.
    Vague,
    /// A document or data.
    Document,
    /// The writer, speaking in the first person ("I said", "we asked"): named
    /// by the byline.
    Writer,
}

impl SourceKind {
    /// The kebab-case name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            SourceKind::NamedPerson => "named-person",
            SourceKind::NamedOrganization => "named-organization",
            SourceKind::Anonymous => "anonymous",
            SourceKind::AnonymousGroup => "anonymous-group",
            SourceKind::Vague => "vague",
            SourceKind::Document => "document",
            SourceKind::Writer => "writer",
        }
    }
}

/// A source of the article. Its place in the registry is its id
/// (`report::SourceId`).
#[derive(Debug, Clone)]
pub struct Source {
    /// The words that introduce it.
    pub intro: Span,
    /// Its kind.
    pub kind: SourceKind,
    /// Every mention, the introduction first.
    pub mentions: Vec<Span>,
    /// The phrase that introduced it.
    pub phrase: SourcePhrase,
    /// A definite reference ("the source", "he") with nothing before it to refer to.
    pub unresolved: bool,
    /// Singular mentions ("the source") of a source introduced as plural
    /// ("sources"). A boxed slice, not a vector: nearly every source has
    /// none, and a long text holds a source every few sentences.
    pub number_mismatches: Box<[Span]>,
}

/// The sources of one article, in order of introduction.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    /// Sources in order of introduction; [`Registry::into_sources`] hands
    /// them on once linking is done.
    sources: Vec<Source>,
    /// Source indexes in the order they were cited, latest last.
    history: Vec<usize>,
    /// Named people and organisations by their whole normalised name.
    by_name: NameIndex,
    /// Named people by a single name word (first or last), the earliest first.
    by_name_word: NameIndex,
    /// Named organisations by each name word.
    organizations_by_word: HashMap<String, Vec<usize>>,
    /// Vague sources by their lower-cased words.
    vague_by_text: HashMap<String, usize>,
    /// Individual anonymous sources, in order of introduction, for ordinals.
    anonymous: Vec<usize>,
    /// The same, by head noun.
    anonymous_by_head: HashMap<String, Vec<usize>>,
    /// Where each word of the text first occurs, once a phrase asks.
    first_occurrences: Option<FirstOccurrences>,
}

/// How far back a reference ("the source", "he") looks for its antecedent,
/// in citations. Far more than any story needs, and it keeps resolution
/// linear on hostile input.
const RECENT_REACH: usize = 500;

/// How many candidate organisations a partial name is compared with.
const CANDIDATE_REACH: usize = 1000;

fn kind_of(phrase: &SourcePhrase) -> SourceKind {
    match phrase.kind {
        PhraseKind::NamedPerson => SourceKind::NamedPerson,
        PhraseKind::NamedOrganization => SourceKind::NamedOrganization,
        PhraseKind::Vague => SourceKind::Vague,
        PhraseKind::Document => SourceKind::Document,
        PhraseKind::AnonymousGroup => SourceKind::AnonymousGroup,
        PhraseKind::Definite if phrase.organization_head => SourceKind::NamedOrganization,
        PhraseKind::Pronoun if is_first_person(&phrase.head) => SourceKind::Writer,
        PhraseKind::Definite | PhraseKind::Another | PhraseKind::Anonymous | PhraseKind::Pronoun => {
            if phrase.plural {
                SourceKind::AnonymousGroup
            } else {
                SourceKind::Anonymous
            }
        }
    }
}

/// Where each word of the text first occurs, lower-cased: built once, when
/// a definite phrase first needs it, so looking back stays linear however
/// many phrases look. Plural endings are tried when a phrase asks
/// ([`FirstOccurrences::of_lemma`]), so each word of the text costs one
/// lookup.
///
/// A word is kept as a 64-bit hash, not as a string: the pass then
/// allocates nothing and compares no strings, which took a third of its
/// time on news. Two of 100,000 distinct words share a hash with odds of
/// about one in four billion, and even then a word would only look met
/// before that was not (a definite phrase not reported as unresolved); the
/// hash has fixed constants, so every run reads a text alike.
#[derive(Debug, Clone)]
struct FirstOccurrences(HashMap<u64, usize>);

/// The hasher of the keys that must come out alike every run: the words
/// of [`FirstOccurrences`] and the names of a [`NameIndex`].
const FIXED_HASH: foldhash::quality::FixedState = foldhash::quality::FixedState::with_seed(0);

/// The hash a word of the text is kept under in [`FirstOccurrences`]: the
/// [`lowered_key`] of its lower-cased form. An ASCII word, nearly every
/// word of English news, is folded to lower case as it is hashed, so a
/// capitalised word is never copied; a word beyond ASCII takes the full
/// Unicode rules first.
#[inline]
fn word_key(written: &str) -> u64 {
    ascii_word_key(written.as_bytes()).unwrap_or_else(|| lowered_key(&written.to_lowercase()))
}

/// The hash of a word already lower-cased: [`ascii_word_key`] for ASCII,
/// a general hash beyond it.
fn lowered_key(lower: &str) -> u64 {
    ascii_word_key(lower.as_bytes()).unwrap_or_else(|| FIXED_HASH.hash_one(lower))
}

/// The hash of an ASCII word's lower-cased form, folded to lower case
/// eight bytes at a time; `None` beyond ASCII. Each chunk is mixed in by a
/// folded 128-bit multiplication (foldhash's mixer), and the length last,
/// so that words a zero byte would pad alike stay apart.
fn ascii_word_key(bytes: &[u8]) -> Option<u64> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Odd constants from the digits of pi, as foldhash uses.
    const CHUNK: u64 = 0x243f_6a88_85a3_08d3;
    const LENGTH: u64 = 0x1319_8a2e_0370_7345;
    let fold = |a: u64, b: u64| {
        let product = u128::from(a) * u128::from(b);
        (product as u64) ^ ((product >> 64) as u64)
    };
    let mut hash = 0u64;
    let mut mix = |chunk: u64| {
        if chunk & HIGH != 0 {
            return false;
        }
        // A byte from 'A' to 'Z' has its top bit set after adding 0x3f
        // and not after adding 0x25; no ASCII byte carries into the next.
        let capitals = (chunk + 0x3f3f_3f3f_3f3f_3f3f) & !(chunk + 0x2525_2525_2525_2525) & HIGH;
        hash = fold(hash ^ (chunk | (capitals >> 2)), CHUNK);
        true
    };
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        if !mix(u64::from_le_bytes(chunk.try_into().ok()?)) {
            return None;
        }
    }
    // The last bytes, packed by hand: copying a slice of unknown length
    // into a buffer calls `memcpy`, which cost more than the hash.
    let rest = chunks.remainder();
    if !rest.is_empty() && !mix(rest.iter().rev().fold(0, |chunk, &b| chunk << 8 | u64::from(b))) {
        return None;
    }
    Some(fold(hash ^ bytes.len() as u64, LENGTH))
}

impl FirstOccurrences {
    fn new(text: &str) -> FirstOccurrences {
        let mut first: HashMap<u64, usize> = HashMap::default();
        // Every word is visited: the closure never stops the walk.
        crate::lexicon::any_word(text, &crate::lexicon::ALPHANUMERIC, |word, at| {
            first.entry(word_key(word)).or_insert(at);
            false
        });
        FirstOccurrences(first)
    }

    /// Where `word` (lower-cased) first occurs as written or with a plural
    /// ending ("villager" in "villagers", "box" in "boxes").
    fn of_lemma(&self, word: &str) -> Option<usize> {
        // Every key is a lower-cased form's, and no lower-cased form has a
        // capital A to Z; the hash would fold one away and match.
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            return None;
        }
        let at = |form: &str| self.0.get(&lowered_key(form)).copied();
        [at(word), at(&format!("{word}s")), at(&format!("{word}es"))]
            .into_iter()
            .flatten()
            .min()
    }
}

fn is_first_person(head: &str) -> bool {
    matches!(head, "i" | "we")
}

fn is_individual(source: &Source) -> bool {
    matches!(source.kind, SourceKind::NamedPerson | SourceKind::Anonymous)
}

/// Sources by a name, as normalised words, each name with the earliest
/// source that has it. A name is kept as a 64-bit hash, not as a copy of its
/// words: the words are the source's own, and a hit is checked against them
/// (`has` in [`NameIndex::insert`] and [`NameIndex::get`]). A text as long
/// as a whole archive registers a name for nearly every source, and copies
/// of the words, a string each, cost about as much as the source itself.
/// A name whose hash an earlier name already holds, which 64-bit hashes
/// make all but impossible, is kept with its words in `clashes`, so the
/// index answers exactly as a map of the words would.
#[derive(Debug, Clone)]
struct NameIndex {
    by_key: HashMap<u64, usize>,
    clashes: HashMap<Vec<String>, usize>,
    /// The hash of a name; a test passes one that makes every name clash.
    key: fn(&[String]) -> u64,
}

impl Default for NameIndex {
    fn default() -> Self {
        NameIndex {
            by_key: HashMap::default(),
            clashes: HashMap::default(),
            key: name_key,
        }
    }
}

impl NameIndex {
    /// Keeps source `index` for `name` unless an earlier source has it;
    /// `has(i)` says whether source `i` has `name`. Sources are inserted in
    /// order of introduction, so the source under a hash is the earliest
    /// with any name of that hash: when it has `name`, it is the earliest
    /// with `name`.
    fn insert(&mut self, name: &[String], index: usize, has: impl Fn(usize) -> bool) {
        match self.by_key.entry((self.key)(name)) {
            Entry::Vacant(entry) => {
                entry.insert(index);
            }
            Entry::Occupied(entry) if has(*entry.get()) => {}
            Entry::Occupied(_) => {
                self.clashes.entry(name.to_vec()).or_insert(index);
            }
        }
    }

    /// The earliest source with `name`; `has` as for [`NameIndex::insert`].
    fn get(&self, name: &[String], has: impl Fn(usize) -> bool) -> Option<usize> {
        self.by_key
            .get(&(self.key)(name))
            .copied()
            .filter(|&i| has(i))
            .or_else(|| self.clashes.get(name).copied())
    }
}

/// The hash a name is kept under in a [`NameIndex`]. Each word is followed
/// by a byte that no UTF-8 text holds, so words that join alike ("van
/// dam", "vand am") stay apart. The seed is fixed: the index answers the
/// same whatever the hash, and the same text then fills it alike each run.
fn name_key(name: &[String]) -> u64 {
    let mut hasher = FIXED_HASH.build_hasher();
    for word in name {
        hasher.write(word.as_bytes());
        hasher.write_u8(0xff);
    }
    hasher.finish()
}

impl Registry {
    /// The source `mention` refers to, registering a new one when it
    /// introduces one. `text` is the document.
    pub fn resolve(&mut self, mention: &Mention, text: &str) -> usize {
        let summing = mention.phrase.sums_up();
        let found = if summing {
            None
        } else {
            self.find_existing(mention, text)
        };
        let index = match found {
            Some(index) => {
                let source = &mut self.sources[index];
                source.mentions.push(mention.span);
                // "One of them … The other person": a member of a group, as
                // "one of them" is, not the group in the wrong number.
                let member = &*mention.phrase.head == "one-of" || opens_with(mention, text, "the other ");
                let singular_reference =
                    mention.phrase.kind == PhraseKind::Definite && !mention.phrase.plural && !member;
                if singular_reference && matches!(source.kind, SourceKind::Vague | SourceKind::AnonymousGroup)
                {
                    let mut mismatches = std::mem::take(&mut source.number_mismatches).into_vec();
                    mismatches.push(mention.span);
                    source.number_mismatches = mismatches.into_boxed_slice();
                }
                index
            }
            None => {
                // "Both sources" may sum up two sources; it is no dangling reference.
                let both = opens_with(mention, text, "both ");
                let unresolved = (mention.phrase.kind == PhraseKind::Pronoun
                    && !is_first_person(&mention.phrase.head))
                    || (mention.phrase.kind == PhraseKind::Definite
                        && !both
                        && !summing
                        && !mention.phrase.described
                        && !mention.phrase.organization_head
                        && mention.phrase.role.is_none()
                        && (mention.phrase.ordinal.is_some() || !self.head_met_before(mention, text)));
                let index = self.sources.len();
                self.sources.push(Source {
                    intro: mention.intro,
                    kind: kind_of(&mention.phrase),
                    mentions: vec![mention.span],
                    phrase: mention.phrase.clone(),
                    unresolved,
                    number_mismatches: Box::default(),
                });
                self.index(index, mention, text);
                index
            }
        };
        self.history.push(index);
        index
    }

    /// Whether `mention` refers to a source met before.
    pub fn knows(&self, mention: &Mention, text: &str) -> bool {
        self.find_existing(mention, text).is_some()
    }

    /// The sources, without the lookup tables that only linking needs.
    /// Their lists of mentions are held through the rules and into the
    /// report, so what their growth left unused goes back: a source cited
    /// all through a long text has thousands of mentions.
    pub fn into_sources(self) -> Vec<Source> {
        let mut sources = self.sources;
        for source in &mut sources {
            source.mentions.shrink_to_fit();
        }
        sources
    }

    /// Whether the article names what the head of `mention` names before
    /// it ("Police detained 14 villagers. … The villagers say …"): the
    /// definite phrase then points back to people the reader has met, if
    /// not as a source. The head is looked for as its lemma and as written
    /// ("women"). An ordinal counts sources instead ("the third source").
    fn head_met_before(&mut self, mention: &Mention, text: &str) -> bool {
        let first = self
            .first_occurrences
            .get_or_insert_with(|| FirstOccurrences::new(text));
        let written = mention
            .span
            .slice(text)
            .rsplit(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .map(str::to_lowercase);
        let met = |word: &str| first.of_lemma(word).is_some_and(|at| at < mention.span.start());
        met(&mention.phrase.head) || written.is_some_and(|word| met(&word))
    }

    /// Adds a new source to the lookup tables.
    fn index(&mut self, index: usize, mention: &Mention, text: &str) {
        let sources = &self.sources;
        let source = &sources[index];
        let words = normalize_words(&source.phrase.name);
        match source.kind {
            SourceKind::NamedPerson => {
                self.by_name
                    .insert(&words, index, |i| has_name(&sources[i], &words));
                for word in [words.first(), words.last()].into_iter().flatten() {
                    let word = std::slice::from_ref(word);
                    self.by_name_word
                        .insert(word, index, |i| has_name_word(&sources[i], &word[0]));
                }
            }
            SourceKind::NamedOrganization => {
                self.by_name
                    .insert(&words, index, |i| has_name(&sources[i], &words));
                for word in words {
                    self.organizations_by_word.entry(word).or_default().push(index);
                }
            }
            SourceKind::Vague => {
                self.vague_by_text
                    .entry(mention.span.slice(text).to_lowercase())
                    .or_insert(index);
            }
            SourceKind::Anonymous if source.phrase.kind != PhraseKind::Pronoun => {
                self.anonymous.push(index);
                self.anonymous_by_head
                    .entry(source.phrase.head.to_string())
                    .or_default()
                    .push(index);
            }
            _ => {}
        }
    }

    fn recent(&self, accept: impl Fn(&Source) -> bool) -> Option<usize> {
        self.history
            .iter()
            .rev()
            .take(RECENT_REACH)
            .copied()
            .find(|&i| accept(&self.sources[i]))
    }

    fn find_existing(&self, mention: &Mention, text: &str) -> Option<usize> {
        let phrase = &mention.phrase;
        match phrase.kind {
            PhraseKind::Pronoun => match &*phrase.head {
                // The writer is one source however often "I" speaks.
                "i" | "we" => self.recent(|s| s.kind == SourceKind::Writer && s.phrase.head == phrase.head),
                "he" | "she" => {
                    let want = if &*phrase.head == "he" {
                        Gender::Male
                    } else {
                        Gender::Female
                    };
                    self.recent(|s| is_individual(s) && s.phrase.gender.is_none_or(|g| g == want))
                }
                "they" => self.recent(|s| {
                    matches!(
                        s.kind,
                        SourceKind::AnonymousGroup | SourceKind::Vague | SourceKind::NamedOrganization
                    )
                }),
                _ => self.recent(|s| matches!(s.kind, SourceKind::NamedOrganization | SourceKind::Document)),
            },
            PhraseKind::Definite => self.definite(phrase),
            PhraseKind::NamedPerson => self.named_person(phrase),
            PhraseKind::NamedOrganization => {
                let words = normalize_words(&phrase.name);
                if words.is_empty() {
                    return None;
                }
                if let Some(exact) = self.by_name.get(&words, |i| has_name(&self.sources[i], &words)) {
                    return (self.sources[exact].kind == SourceKind::NamedOrganization).then_some(exact);
                }
                // A shorter or longer form of a name met before ("the Harbor Authority" … "the Authority").
                let rarest = words
                    .iter()
                    .filter_map(|w| self.organizations_by_word.get(w))
                    .min_by_key(|c| c.len())?;
                rarest.iter().take(CANDIDATE_REACH).copied().find(|&i| {
                    let other = normalize_words(&self.sources[i].phrase.name);
                    contains_run(&other, &words) || contains_run(&words, &other)
                })
            }
            PhraseKind::Document
                if phrase.described || !mention.intro.slice(text).to_lowercase().starts_with("the ") =>
            {
                None
            }
            PhraseKind::Document => {
                self.recent(|s| s.kind == SourceKind::Document && s.phrase.head == phrase.head)
            }
            PhraseKind::Vague => self
                .vague_by_text
                .get(&mention.span.slice(text).to_lowercase())
                .copied(),
            PhraseKind::Another | PhraseKind::Anonymous | PhraseKind::AnonymousGroup => None,
        }
    }

    fn definite(&self, phrase: &SourcePhrase) -> Option<usize> {
        if &*phrase.head == "one-of" {
            return self.recent(|s| s.kind == SourceKind::AnonymousGroup || s.phrase.counted);
        }
        if phrase.organization_head {
            return self.recent(|s| {
                s.kind == SourceKind::NamedOrganization
                    && (s.phrase.head.eq_ignore_ascii_case(&phrase.head)
                        || s.phrase.name.iter().any(|w| w.eq_ignore_ascii_case(&phrase.head)))
            });
        }
        if let Some(role) = &phrase.role {
            let named =
                self.recent(|s| s.kind == SourceKind::NamedPerson && s.phrase.role.as_ref() == Some(role));
            if named.is_some() {
                return named;
            }
        }
        if phrase.plural {
            return self.recent(|s| {
                matches!(s.kind, SourceKind::AnonymousGroup | SourceKind::Vague)
                    && (s.phrase.head == phrase.head || &*phrase.head == "source")
            });
        }
        let generic = matches!(&*phrase.head, "source" | "person" | "individual");
        // A pronoun with nothing before it is no antecedent for "the source".
        let introduced = |s: &Source| s.kind == SourceKind::Anonymous && s.phrase.kind != PhraseKind::Pronoun;
        if let Some(n) = phrase.ordinal {
            let list = if generic {
                Some(&self.anonymous)
            } else {
                self.anonymous_by_head.get(&*phrase.head)
            };
            return list.and_then(|l| l.get((n as usize).checked_sub(1)?)).copied();
        }
        self.recent(|s| introduced(s) && (generic || s.phrase.head == phrase.head))
            .or_else(|| self.recent(|s| s.phrase.head == phrase.head && s.kind != SourceKind::Vague))
            // "Sources said …" then "the source added": the same source, in
            // the wrong number (reported by `source-number-mismatch`).
            .or_else(|| {
                self.recent(|s| {
                    matches!(s.kind, SourceKind::Vague | SourceKind::AnonymousGroup)
                        && s.phrase.head == phrase.head
                })
            })
    }

    fn named_person(&self, phrase: &SourcePhrase) -> Option<usize> {
        let words = normalize_words(&phrase.name);
        let person = |i: &usize| self.sources[*i].kind == SourceKind::NamedPerson;
        let exact = self
            .by_name
            .get(&words, |i| has_name(&self.sources[i], &words))
            .filter(person);
        // A surname or a first name alone refers back to the full name.
        let single = || match words.as_slice() {
            [only] => self
                .by_name_word
                .get(&words, |i| has_name_word(&self.sources[i], only))
                .filter(person),
            _ => None,
        };
        exact.or_else(single)
    }
}

/// Name words, lower-cased, without a possessive ending ("Ruiz’s" → "ruiz").
fn normalize_words(words: &[String]) -> Vec<String> {
    words.iter().map(|w| normalize_name_word(w)).collect()
}

/// One name word, normalised as [`normalize_words`] normalises each.
fn normalize_name_word(word: &str) -> String {
    let mut word = crate::lexicon::normalize(word);
    if word.ends_with("'s") {
        word.truncate(word.len() - "'s".len());
    }
    word
}

/// Whether `source`'s name, normalised, is `name`.
fn has_name(source: &Source, name: &[String]) -> bool {
    source.phrase.name.len() == name.len()
        && source
            .phrase
            .name
            .iter()
            .zip(name)
            .all(|(raw, word)| normalizes_to(raw, word))
}

/// Whether `word` is the first or the last word of `source`'s name,
/// normalised: the words [`Registry`]'s `by_name_word` keeps.
fn has_name_word(source: &Source, word: &str) -> bool {
    let name = &source.phrase.name;
    name.first().is_some_and(|raw| normalizes_to(raw, word))
        || name.last().is_some_and(|raw| normalizes_to(raw, word))
}

/// Whether the name word `raw` normalises to `normalized`, as
/// [`normalize_words`] normalises it. An ASCII word, as nearly every name
/// is, is compared in place: a lookup that hits checks the name it found.
fn normalizes_to(raw: &str, normalized: &str) -> bool {
    if !raw.is_ascii() {
        return normalize_name_word(raw) == normalized;
    }
    let bytes = raw.as_bytes();
    let possessive =
        bytes.len() >= 2 && bytes[bytes.len() - 2] == b'\'' && bytes[bytes.len() - 1] | 0x20 == b's';
    let stem = if possessive {
        &bytes[..bytes.len() - 2]
    } else {
        bytes
    };
    // `normalized` is lower-case, so equal but for ASCII case is equal to
    // the stem lower-cased.
    stem.eq_ignore_ascii_case(normalized.as_bytes())
}

fn contains_run(haystack: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Whether the words of `mention` open with `prefix` (lowercase), in any case.
fn opens_with(mention: &Mention, text: &str, prefix: &str) -> bool {
    mention
        .span
        .slice(text)
        .get(..prefix.len())
        .is_some_and(|w| w.eq_ignore_ascii_case(prefix))
}

#[cfg(test)]
mod tests {
    use crate::{analyze, RuleSet};

    /// The source introduction each attributed sentence resolves to.
    fn sources_of(text: &str) -> Vec<String> {
        let rules = RuleSet::embedded();
        let analysis = analyze(text, &rules);
        analysis
            .sentences
            .iter()
            .filter_map(|s| s.source())
            .map(|i| analysis.sources[i].intro.slice(text).to_string())
            .collect()
    }

    #[test]
    fn ordinals_and_definites() {
        let text = "A trader in the port told the paper prices rose.\n\nA farmer in the valley said rice was scarce.\n\n“It is bad,” the second source said.\n\nThe source said more.\n\nThe trader said less.";
        assert_eq!(
            sources_of(text),
            [
                "A trader in the port",
                "A farmer in the valley",
                "A farmer in the valley",
                "A farmer in the valley",
                "A trader in the port"
            ]
        );
    }

    #[test]
    fn surnames_titles_and_pronouns() {
        let text = "Gov. Ana Ruiz said the bridge would close.\n\nRuiz said it would reopen.\n\nThe governor said tolls would rise.\n\nShe said nothing else.\n\nMr. Omar Haddad said otherwise.\n\nHe said so twice.";
        assert_eq!(
            sources_of(text),
            [
                "Gov. Ana Ruiz",
                "Gov. Ana Ruiz",
                "Gov. Ana Ruiz",
                "Gov. Ana Ruiz",
                "Mr. Omar Haddad",
                "Mr. Omar Haddad"
            ]
        );
    }

    /// A pronoun agrees with the sex a head noun says, and means a person
    /// who is the subject of the sentence before when that sentence reports
    /// no one's words.
    #[test]
    fn pronouns_agree_and_follow_the_last_subject() {
        let text = "A mother of two said the school would close.\n\nA teacher said it would not.\n\nShe said the board had voted.";
        assert_eq!(
            sources_of(text),
            ["A mother of two", "A teacher", "A teacher"],
            "a teacher may be a woman"
        );
        let text = "A mother of two said the school would close.\n\nA father of three said it would not.\n\nShe said the board had voted.";
        assert_eq!(
            sources_of(text),
            ["A mother of two", "A father of three", "A mother of two"]
        );
        let text = "A trader said the market shut.\n\nA second trader, who runs a stall nearby, gave a similar account. He said the police came at dawn.";
        assert_eq!(
            sources_of(text),
            ["A trader", "A second trader, who runs a stall nearby"]
        );
        // A name the story has not cited may be a place; words inside
        // quotation marks are the speaker's.
        let text = "Ana Ruiz said the port would close.\n\nLee Park said it would not.\n\nRuiz was in a hurry. She said it was a mistake.";
        assert_eq!(sources_of(text), ["Ana Ruiz", "Lee Park", "Ana Ruiz"]);
        let text =
            "Ana Ruiz said the port would close.\n\nSandy Hook is a small town. She said it was a mistake.";
        assert_eq!(sources_of(text), ["Ana Ruiz", "Ana Ruiz"]);
        let text = "“The port will close,” Ana Ruiz said. “The mayor is a fool.” She said it was a mistake.";
        assert_eq!(sources_of(text), ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"]);
        // An opening phrase before the subject is no part of it.
        let text = "Ana Ruiz said the port would close.\n\nSeen outside the hall on Monday, Mr. Lee was in a hurry. He said the talks were going on.";
        assert_eq!(sources_of(text), ["Ana Ruiz", "Mr. Lee"]);
        // A subject the pronoun cannot mean leaves it to the last source.
        let text = "Ana Ruiz said the port would close.\n\nThe boy was hurt. She said it was a mistake.";
        assert_eq!(sources_of(text), ["Ana Ruiz", "Ana Ruiz"]);
        let text =
            "Ana Ruiz said the port would close.\n\nThe decision surprised many. She said it was a mistake.";
        assert_eq!(sources_of(text), ["Ana Ruiz", "Ana Ruiz"]);
        let text = "Ana Ruiz said the port would close.\n\nThe danger she sees is a strike. She said it was a mistake.";
        assert_eq!(sources_of(text), ["Ana Ruiz", "Ana Ruiz"]);
    }

    #[test]
    fn first_occurrences_fold_case_and_plurals() {
        // Byte offsets of the first time each word (lower-cased, as written
        // or with "s" or "es") occurs; the last word ends the text.
        let text = "Police held 14 Villagers; the villagers’ NIÑAS and Ölwerk boxes, a box";
        let first = super::FirstOccurrences::new(text);
        let at = |word: &str| first.of_lemma(word);
        assert_eq!(at("police"), Some(0));
        assert_eq!(at("14"), Some(12));
        assert_eq!(at("villagers"), Some(15));
        assert_eq!(at("villager"), Some(15));
        assert_eq!(at("niñas"), Some(43));
        assert_eq!(at("niña"), Some(43));
        assert_eq!(at("ölwerk"), Some(54));
        assert_eq!(at("boxes"), Some(62));
        // The plural comes first: its offset, not the later singular's.
        assert_eq!(at("box"), Some(62));
        assert_eq!(at("boxe"), Some(62));
        assert_eq!(at("Villagers"), None);
        assert_eq!(at("NIÑAS"), None);
        assert_eq!(at("held "), None);
        assert_eq!(at("polic"), None);
    }

    /// A name index answers as a map of the words would: each name with
    /// the earliest source that has it, and nothing for a name never
    /// inserted. It is checked with the real hash and with one under which
    /// every name clashes, so the clash path is read too.
    #[test]
    fn name_index_keeps_the_earliest_source_of_each_name() {
        let name = |words: &str| -> Vec<String> { words.split(' ').map(String::from).collect() };
        let names = [
            name("ana ruiz"),
            name("ruiz"),
            name("ana ruiz"),
            name("lee"),
            name("ana"),
            name("ruiz"),
        ];
        for key in [super::name_key as fn(&[String]) -> u64, |_: &[String]| 0] {
            let mut index = super::NameIndex {
                key,
                ..super::NameIndex::default()
            };
            for (i, n) in names.iter().enumerate() {
                index.insert(n, i, |j| names[j] == *n);
            }
            let get = |words: &str| {
                let n = name(words);
                index.get(&n, |j| names[j] == n)
            };
            assert_eq!(get("ana ruiz"), Some(0));
            assert_eq!(get("ruiz"), Some(1));
            assert_eq!(get("lee"), Some(3));
            assert_eq!(get("ana"), Some(4));
            assert_eq!(get("kim"), None);
            assert_eq!(get("ruiz ana"), None);
        }
        // Words that join alike stay apart.
        assert_ne!(
            super::name_key(&name("van dam")),
            super::name_key(&name("vand am"))
        );
        assert_ne!(super::name_key(&name("ana")), super::name_key(&name("ana ")));
    }

    /// A name word found by its hash is checked against the source's own
    /// word, normalised in place as `normalize_words` would.
    #[test]
    fn name_words_normalise_in_place_as_in_a_copy() {
        for (raw, normalized) in [
            ("Ruiz", "ruiz"),
            ("RUIZ'S", "ruiz"),
            ("Ruiz's", "ruiz"),
            ("Ruiz’s", "ruiz"),
            ("Núñez", "núñez"),
            ("'s", ""),
            ("O'Shea", "o'shea"),
        ] {
            assert_eq!(super::normalize_name_word(raw), normalized, "{raw}");
            assert!(super::normalizes_to(raw, normalized), "{raw}");
            assert!(!super::normalizes_to(raw, "ruizs"), "{raw}");
        }
        assert!(!super::normalizes_to("Ruiz", "ruiz's"));
        assert!(!super::normalizes_to("Ruizes", "ruiz"));
    }

    /// The ASCII hash folds case at every length, the tail of a word
    /// included, agrees with the hash of the lower-cased word, answers
    /// nothing beyond ASCII, and keeps 12,000 short words and long ones
    /// apart. Breaking the fold (a wrong constant or shift) or the
    /// packing of the last bytes fails it.
    #[test]
    fn ascii_word_keys_fold_case_and_keep_words_apart() {
        let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for word in [
            "a",
            "Said",
            "POLICE",
            "Villagers",
            "SPOKESWOMAN",
            "Inter-Agency's",
            "x1Y2z3W4v5",
            alphabet,
        ] {
            let lower = word.to_ascii_lowercase();
            let key = super::ascii_word_key(word.as_bytes());
            assert_eq!(key, super::ascii_word_key(lower.as_bytes()), "{word}");
            assert_eq!(key, Some(super::word_key(word)), "{word}");
            assert_eq!(super::word_key(word), super::lowered_key(&lower), "{word}");
        }
        // The bytes beside the capitals, '@' and '[', are not folded.
        assert_ne!(super::ascii_word_key(b"@"), super::ascii_word_key(b"`"));
        assert_ne!(super::ascii_word_key(b"["), super::ascii_word_key(b"{"));
        assert_eq!(super::ascii_word_key("niña".as_bytes()), None);
        assert_eq!(super::word_key("NIÑA"), super::lowered_key("niña"));
        // The Kelvin sign lower-cases to an ASCII "k".
        assert_eq!(super::word_key("\u{212a}"), super::lowered_key("k"));
        let letters = "abcdefghijklmnopqrstuvwxyz0123456789".chars();
        let mut words: Vec<String> = letters.clone().map(String::from).collect();
        for a in letters.clone() {
            for b in letters.clone().take(26) {
                words.push(format!("{a}{b}"));
                for c in "aeiou".chars() {
                    words.extend([format!("{a}{b}{c}"), format!("{a}{b}{c}{a}{b}{c}{a}{b}{c}")]);
                }
            }
        }
        words.extend((0..2000).map(|n| format!("word{n:012}")));
        let keys: std::collections::HashSet<u64> = words.iter().map(|w| super::word_key(w)).collect();
        assert_eq!(keys.len(), words.len());
    }

    #[test]
    fn another_is_new_and_groups_resolve() {
        let text = "A source said the plant closed.\n\nAnother source said it reopened.\n\nTwo people familiar with the plan said it was late.\n\nOne of them said it was over budget.";
        assert_eq!(
            sources_of(text),
            [
                "A source",
                "Another source",
                "Two people familiar with the plan",
                "Two people familiar with the plan"
            ]
        );
    }
}
