//! The word lists the grammar and the segmenter consult, compiled from the YAML
//! lexicon files in `rules/lexicon/` into lookup tables keyed by lower-case word.
//! Owns the lexicon schema and its compilation; must not parse text or read files.

use std::collections::{HashMap as StdHashMap, HashSet as StdHashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The Fx hash (rustc's): lexicon keys are short words we control, so a fast
/// non-cryptographic hash is safe, and lookups happen once per word of text.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.hash = (self.hash.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(SEED);
        }
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A hash map with the Fx hash.
pub type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A hash set with the Fx hash.
pub type HashSet<K> = StdHashSet<K, BuildHasherDefault<FxHasher>>;

use serde::Deserialize;

/// How a cue verb colours what it attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CueClass {
    /// said, told, added.
    Neutral,
    /// stated, announced, wrote.
    Formal,
    /// argued, warned, urged.
    Stance,
    /// noted, pointed out, revealed.
    Endorsing,
    /// claimed, insisted.
    Doubting,
    /// admitted, confessed.
    GuiltImplying,
    /// boasted, complained.
    Manner,
    /// believes, thinks, hopes.
    Belief,
    /// show, found: data and documents.
    Evidential,
    /// smiled, laughed.
    NonSpeech,
    /// asked, wondered.
    Question,
    /// wants, plans, seeks: an aim the source has stated.
    Intention,
    /// declined to comment, did not respond.
    NonResponse,
    /// according to.
    According,
    /// it is believed, reportedly.
    Agentless,
}

/// The grammatical form of a cue verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// say
    Base,
    /// says
    Third,
    /// said
    Past,
    /// written (differs from the past only for irregular verbs)
    Participle,
    /// saying
    Ing,
}

/// One inflected form of a cue verb.
#[derive(Debug, Clone)]
pub struct CueForm {
    /// Its class.
    pub class: CueClass,
    /// Which form this is.
    pub tense: Tense,
    /// Takes the listener as object ("told Reuters").
    pub recipient: bool,
    /// What its content may be.
    pub content: ContentShape,
}

/// What a cue verb's content may be: a verb that also takes a plain object
/// reports words only with the shape given ("noted that …", not "noted the
/// time"; "called the plan “a step forward”", not "called the police").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContentShape {
    /// A clause, a quotation or a noun phrase ("endorsed the mayor").
    #[default]
    Any,
    /// A reported clause or a quotation, not a bare noun phrase.
    Clause,
    /// A quotation, whole or partial.
    Quote,
    /// A noun phrase or a gerund, never a reported clause ("backed the
    /// mayor", "opposes raising fares"): in "the plan that the board
    /// backed was dropped" the relative word is the verb's object, not the
    /// subject of a clause the board reported.
    Object,
}

/// A filter in front of a set of words: one bit read rejects most words of
/// a text before any hashing. A word sets the bit its sketch picks: its
/// first two bytes, its last byte and its length, with ASCII case folded,
/// mixed by one multiplication. Two words that share a sketch share a bit,
/// and other words share one by chance; both only let a word through to
/// the exact lookup. An earlier filter kept (first byte, length) and (last
/// byte, length) pairs, which let three words of news in five through to
/// the cue verbs' set, where one word in seven is in it; this one lets
/// about a quarter through.
#[derive(Debug, Clone)]
pub struct WordFilter {
    bits: Box<[u64; WordFilter::WORDS]>,
}

impl Default for WordFilter {
    fn default() -> Self {
        WordFilter {
            bits: Box::new([0; WordFilter::WORDS]),
        }
    }
}

impl WordFilter {
    /// The filter has 2^14 bits, 2 KiB, as the two tables before it had:
    /// the first words of the cue verbs, nearly a thousand, set one bit in
    /// twenty-three.
    const BITS_LOG2: u32 = 14;
    const WORDS: usize = 1 << (WordFilter::BITS_LOG2 - 6);

    /// The bit of `word`. Setting bit 5 of each byte of the sketch folds
    /// ASCII case, which is the identity on a normalised word and lets an
    /// ASCII word as written be tested before it is lower-cased. It changes
    /// a byte that is no letter too, alike in the word kept and the word
    /// tested.
    fn bit(word: &str) -> Option<usize> {
        let bytes = word.as_bytes();
        let (&first, &last) = (bytes.first()?, bytes.last()?);
        let second = bytes.get(1).copied().unwrap_or(0);
        // The length is kept modulo 256: a hash input, not a measure.
        let sketch = u32::from_le_bytes([first, second, last, bytes.len() as u8]) | 0x0020_2020;
        // Fibonacci hashing: the top bits of the product mix every byte.
        Some((sketch.wrapping_mul(0x9E37_79B9) >> (32 - WordFilter::BITS_LOG2)) as usize)
    }

    fn insert(&mut self, word: &str) {
        if let Some(bit) = WordFilter::bit(word) {
            self.bits[bit / 64] |= 1 << (bit % 64);
        }
    }

    /// False means `word` is surely not in the set.
    fn may_contain(&self, word: &str) -> bool {
        WordFilter::bit(word).is_some_and(|bit| self.bits[bit / 64] & (1 << (bit % 64)) != 0)
    }
}

/// A map from words behind a `WordFilter`.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    words: HashMap<String, V>,
    filter: WordFilter,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            words: HashMap::default(),
            filter: WordFilter::default(),
        }
    }
}

impl<V> WordMap<V> {
    /// Adds a (normalised) word, replacing its value.
    pub fn insert(&mut self, word: String, value: V) {
        self.filter.insert(&word);
        self.words.insert(word, value);
    }

    /// The value of `word`. Inlined: it is the per-token prefilter of the
    /// grammar's loops.
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        if self.filter.may_contain(word) {
            self.words.get(word)
        } else {
            None
        }
    }

    /// Whether the map has `word`.
    #[inline]
    pub fn contains_key(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}

/// A set of words behind a `WordFilter`.
#[derive(Debug, Clone, Default)]
pub struct WordSet(WordMap<()>);

impl WordSet {
    /// Adds a (normalised) word.
    pub fn insert(&mut self, word: String) {
        self.0.insert(word, ());
    }

    /// Whether the set has `word`.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.0.contains_key(word)
    }
}

impl Extend<String> for WordSet {
    fn extend<I: IntoIterator<Item = String>>(&mut self, words: I) {
        for word in words {
            self.insert(word);
        }
    }
}

/// A set of multi-word phrases, indexed by their first word for a cheap prefilter.
#[derive(Debug, Clone)]
pub struct Phrases<T> {
    by_first: HashMap<String, Vec<(Vec<String>, T)>>,
    first_words: WordFilter,
    /// The most words a phrase has.
    max_words: usize,
    /// Phrases were added since the lists were last ordered and deduplicated.
    unfinished: bool,
}

impl<T> Default for Phrases<T> {
    fn default() -> Self {
        Phrases {
            by_first: HashMap::default(),
            first_words: WordFilter::default(),
            max_words: 0,
            unfinished: false,
        }
    }
}

impl<T: Clone> Phrases<T> {
    /// Adds `phrase` (words separated by spaces; case and curly apostrophes folded).
    pub fn insert(&mut self, phrase: &str, value: T) {
        let words: Vec<String> = phrase.split_whitespace().map(normalize).collect();
        let Some(first) = words.first().cloned() else {
            return;
        };
        self.first_words.insert(&first);
        self.unfinished = true;
        self.max_words = self.max_words.max(words.len());
        let entry = self.by_first.entry(first).or_default();
        entry.push((words[1..].to_vec(), value));
    }

    /// The most words a phrase has: how far ahead a search must see.
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    /// Adds `phrase` matched as written: capitalisation is the signal
    /// ("AP" is an outlet, "ap" is not).
    pub fn insert_as_written(&mut self, phrase: &str, value: T) {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        if let Some((first, rest)) = words.split_first() {
            self.first_words.insert(first);
            self.unfinished = true;
            self.max_words = self.max_words.max(words.len());
            let entry = self.by_first.entry((*first).to_string()).or_default();
            entry.push((rest.iter().map(|w| (*w).to_string()).collect(), value));
        }
    }

    /// Orders each list longest first (so "did not respond to a request" beats
    /// "did not respond") and drops repeats, keeping the first. Done once per
    /// file loaded. A table the file did not add to is left alone, and a list
    /// of one phrase needs nothing, so loading several files does not order
    /// and compare every list again.
    fn finish(&mut self) {
        if !std::mem::take(&mut self.unfinished) {
            return;
        }
        for list in self.by_first.values_mut().filter(|list| list.len() > 1) {
            let keep: Vec<bool> = {
                let mut seen = HashSet::default();
                list.iter()
                    .map(|(rest, _)| seen.insert(rest.as_slice()))
                    .collect()
            };
            let mut kept = keep.iter();
            list.retain(|_| kept.next().copied().unwrap_or(true));
            list.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }
    }

    /// The longest phrase that starts at `words[0]`: how many words it covers
    /// and its value. `words` are already normalised.
    ///
    /// Inlined up to the filter, which answers most words: the grammar asks
    /// every table about nearly every word, and the call itself, with room
    /// made for the lookup, had cost more than the filter's test.
    #[inline]
    pub fn longest_at<S: AsRef<str>>(&self, words: &[S]) -> Option<(usize, &T)> {
        let first = words.first()?.as_ref();
        if !self.first_words.may_contain(first) {
            return None;
        }
        self.longest_past_filter(first, words)
    }

    /// [`Phrases::longest_at`] once `first`, the first of `words`, has
    /// passed the filter.
    #[inline(never)]
    fn longest_past_filter<S: AsRef<str>>(&self, first: &str, words: &[S]) -> Option<(usize, &T)> {
        let candidates = self.by_first.get(first)?;
        candidates.iter().find_map(|(rest, value)| {
            let matches =
                words.len() > rest.len() && rest.iter().zip(&words[1..]).all(|(a, b)| a == b.as_ref());
            matches.then_some((rest.len() + 1, value))
        })
    }

    /// Whether a phrase of two words at most that starts at `words[k]` or
    /// just before it covers `words[k]` ("show" in "a talk show host").
    pub fn covers<S: AsRef<str>>(&self, words: &[S], k: usize) -> bool {
        (k.saturating_sub(1)..=k.min(words.len())).any(|start| {
            self.longest_at(&words[start..])
                .is_some_and(|(n, _)| start + n > k)
        })
    }

    /// Whether `word` (normalised) begins some phrase.
    pub fn starts_with_word(&self, word: &str) -> bool {
        self.first_words.may_contain(word) && self.by_first.contains_key(word)
    }

    /// Whether the phrase covers exactly `words`.
    pub fn is_exactly<S: AsRef<str>>(&self, words: &[S]) -> bool {
        self.longest_at(words).is_some_and(|(n, _)| n == words.len())
    }
}

/// The first words of several phrase tables, each word with the tables
/// whose phrases it begins (bit `i` for `tables[i]`), so that one filter
/// test and at most one lookup a word answer every table at once
/// ([`FirstWords::tables_in`]).
#[derive(Debug, Clone, Default)]
pub struct FirstWords {
    filter: WordFilter,
    tables: HashMap<String, u32>,
    /// The bits of the tables that have a phrase at all.
    any: u32,
}

impl FirstWords {
    /// The first words of `tables` (at most 32).
    pub fn new<T>(tables: &[&Phrases<T>]) -> Self {
        debug_assert!(tables.len() <= 32, "one bit a table");
        let mut first = FirstWords::default();
        for (bit, table) in tables.iter().enumerate().take(32) {
            for word in table.by_first.keys() {
                first.filter.insert(word);
                *first.tables.entry(word.clone()).or_default() |= 1 << bit;
                first.any |= 1 << bit;
            }
        }
        first
    }

    /// A cheap test before tokenizing: which tables may have a phrase in
    /// `text`. A table's bit is set when some word of `text` begins one of
    /// its phrases, and clear when none can be there. A word is a run of
    /// letters, digits, apostrophes and hyphens ([`any_word`]), and an
    /// ASCII word meets the filter before it is lower-cased or looked up:
    /// most words end there. The walk stops once every table is found.
    pub fn tables_in(&self, text: &str) -> u32 {
        let mut found = 0;
        self.walk(text, |tables, _| {
            found |= tables;
            found == self.any
        });
        found
    }

    /// Where in `text` the first word that begins a phrase of one of the
    /// tables of `mask` starts, read as [`FirstWords::tables_in`] reads.
    pub fn first_in(&self, text: &str, mask: u32) -> Option<usize> {
        let mut first = None;
        self.walk(text, |tables, at| {
            let found = tables & mask != 0;
            if found {
                first = Some(at);
            }
            found
        });
        first
    }

    /// Hands each word of `text` that begins some phrase to `found`, with
    /// the bits of its tables and its offset, until `found` holds.
    fn walk(&self, text: &str, mut found: impl FnMut(u32, usize) -> bool) {
        let mut buffer = String::new();
        any_word(text, &PHRASE_WORD, |word, at| {
            let ascii = word.is_ascii();
            if ascii && !self.filter.may_contain(word) {
                return false;
            }
            let normalized = if ascii && !word.bytes().any(|b| b.is_ascii_uppercase()) {
                word
            } else {
                buffer.clear();
                normalize_into(word, &mut buffer);
                if !self.filter.may_contain(&buffer) {
                    return false;
                }
                &buffer
            };
            self.tables
                .get(normalized)
                .is_some_and(|&tables| found(tables, at))
        });
    }
}

/// Lower-cases a word and folds the curly apostrophe, the form every lexicon
/// lookup uses.
pub fn normalize(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    normalize_into(word, &mut out);
    out
}

/// What a word is made of, for [`any_word`] and the tokenizer: an ASCII
/// character is looked up in a table made at compile time, and only a
/// character beyond ASCII is tested, so a walk over news, which is mostly
/// ASCII, costs a few instructions a byte.
pub struct WordChars {
    /// Indexed by any byte: [`WordChars::IN_WORD`], with
    /// [`WordChars::CAPITAL`] for a capital, or 0; a byte beyond ASCII, part
    /// of a longer character, is never in a word.
    ascii: [u8; 256],
    beyond_ascii: fn(char) -> bool,
}

impl WordChars {
    /// The class of an ASCII character of a word.
    pub const IN_WORD: u8 = 1;
    /// The class bit of a capital A to Z, which a scan that folds case
    /// collects with one `|` a byte.
    pub const CAPITAL: u8 = 2;

    /// ASCII letters and digits and the ASCII marks of `joiners`; beyond
    /// ASCII, the characters `beyond_ascii` accepts.
    pub const fn new(joiners: &[u8], beyond_ascii: fn(char) -> bool) -> Self {
        let mut ascii = [0; 256];
        let mut byte = 0;
        while byte < 128 {
            if (byte as u8).is_ascii_alphanumeric() {
                ascii[byte] = Self::IN_WORD;
            }
            if (byte as u8).is_ascii_uppercase() {
                ascii[byte] |= Self::CAPITAL;
            }
            byte += 1;
        }
        let mut k = 0;
        while k < joiners.len() {
            ascii[(joiners[k] & 0x7f) as usize] = Self::IN_WORD;
            k += 1;
        }
        WordChars { ascii, beyond_ascii }
    }

    /// Whether `byte` is an ASCII character of a word: one table read,
    /// false for every byte beyond ASCII.
    #[inline]
    pub fn has_ascii(&self, byte: u8) -> bool {
        self.ascii[usize::from(byte)] != 0
    }

    /// The class of `byte`: 0 when it is no ASCII character of a word.
    #[inline]
    pub fn ascii_class(&self, byte: u8) -> u8 {
        self.ascii[usize::from(byte)]
    }
}

/// Letters and digits, as `char::is_alphanumeric` says.
pub const ALPHANUMERIC: WordChars = WordChars::new(b"", is_alphanumeric);

/// Letters, digits, apostrophes (straight and curly) and hyphens: the words
/// a phrase table's first words are looked for among.
const PHRASE_WORD: WordChars = WordChars::new(b"'-", |c| c == '’' || is_alphanumeric(c));

/// `char::is_alphanumeric`, with the curly quotation marks and dashes of
/// news, which are General Punctuation and hold no letter or digit,
/// answered before the Unicode table search. The tokenizer's word
/// characters start from it too.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    !matches!(c, '\u{2010}'..='\u{205f}') && c.is_alphanumeric()
}

/// Whether `found` holds for some word of `text`, a word being a run of
/// characters of `chars`; `found` is given each word and its byte offset,
/// in order, until it holds. The walk is over bytes, runs over the ASCII
/// bytes of a word in a tight loop, and decodes a character only beyond
/// ASCII; a word's bounds come from the walk, not a search: the whole-text
/// passes (phrase prefilters, the linker's first occurrences) share it.
pub fn any_word(text: &str, chars: &WordChars, mut found: impl FnMut(&str, usize) -> bool) -> bool {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut at = 0;
    loop {
        while bytes.get(at).is_some_and(|&byte| chars.has_ascii(byte)) {
            at += 1;
        }
        let Some(&byte) = bytes.get(at) else {
            break;
        };
        let (inside, len) = if byte.is_ascii() {
            (false, 1)
        } else {
            let c = text[at..].chars().next().unwrap_or(' ');
            ((chars.beyond_ascii)(c), c.len_utf8())
        };
        if !inside {
            if start < at && found(&text[start..at], start) {
                return true;
            }
            start = at + len;
        }
        at += len;
    }
    start < text.len() && found(&text[start..], start)
}

/// Calls `f` with `word` normalised, on the stack for a short ASCII word
/// (most words), so a caller that looks one word up allocates nothing.
pub fn with_normalized<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const SHORT: usize = 32;
    if word.len() <= SHORT && word.is_ascii() {
        let mut buffer = [0u8; SHORT];
        let lower = &mut buffer[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(lower) {
            return f(lower);
        }
    }
    f(&normalize(word))
}

/// [`normalize`], appended to `out`: a caller with a buffer to reuse
/// allocates nothing per word.
pub fn normalize_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    out.extend(
        word.chars()
            .filter(|c| !matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}'))
            .map(|c| if c == '’' { '\'' } else { c })
            .flat_map(char::to_lowercase),
    );
}

/// Lower-cases `text` and folds runs of white space into one space, for
/// comparing paragraphs regardless of wrapping.
pub fn fold_text(text: &str) -> String {
    text.split_whitespace()
        .map(normalize)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A title before a name ("Gov.", "Prime Minister").
#[derive(Debug, Clone)]
pub struct TitleDef {
    /// The role a later definite mention may use ("the governor").
    pub role: Option<String>,
    /// Gender the title implies, for pronoun agreement.
    pub gender: Option<Gender>,
}

/// Grammatical gender a title or pronoun carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// he, Mr.
    Male,
    /// she, Ms.
    Female,
}

/// Everything the grammar and the segmenter look up, compiled.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Cue verbs by form.
    pub cues: Phrases<CueForm>,
    /// Words allowed between a source and its cue.
    pub auxiliaries: Phrases<()>,
    /// "according to" and kin.
    pub according: Phrases<()>,
    /// "it is believed", "reportedly".
    pub agentless: Phrases<()>,
    /// "seems", "appeared": linking verbs whose predicate the writer
    /// infers ("Lee seemed tired").
    pub linking_hedges: Phrases<()>,
    /// "seen as", "viewed as": passives of opinion, agentless after a form
    /// of "be" ("is seen as").
    pub opinion_passives: Phrases<()>,
    /// "widely", "long": the adverbs allowed between "be" and a passive of
    /// opinion ("is widely seen as").
    pub opinion_adverbs: HashSet<String>,
    /// "declined to comment"; the flag marks "refused".
    pub non_response: Phrases<()>,
    /// "responded to requests for comment": a non-response only after a
    /// negative subject ("Neither firm responded …").
    pub negated_response: Phrases<()>,
    /// Labels before a headline's colon that name the kind of story, not a
    /// speaker ("Update:", "Analysis:").
    pub headline_kickers: Phrases<()>,
    /// Anonymous head nouns: form → (singular lemma, is plural).
    pub anonymous_heads: HashMap<String, (String, bool)>,
    /// The gender a head noun's lemma says ("mother", "son"), for pronoun
    /// agreement.
    pub head_genders: HashMap<String, Gender>,
    /// Bare collectives.
    pub vague: Phrases<()>,
    /// Document heads (singular and plural).
    pub documents: HashSet<String>,
    /// Heads that point at evidence but name nobody who could be asked
    /// ("signs", "indications").
    pub non_sources: HashSet<String>,
    /// Heads of surveys whose findings "in" carries with no verb ("41
    /// percent in a county poll"), singular and plural.
    pub surveys: WordSet,
    /// Capitalised organisation words, as written.
    pub organization_words: Phrases<()>,
    /// Lower-case organisation heads (singular and plural).
    pub organization_heads: HashSet<String>,
    /// Titles, keyed by their words without the trailing period.
    pub titles: Phrases<TitleDef>,
    /// Role nouns.
    pub roles: HashSet<String>,
    /// Knowledge clauses.
    pub knowledge: Phrases<()>,
    /// Ordinal word → number.
    pub ordinals: HashMap<String, usize>,
    /// "another", "a new".
    pub new_referent: Phrases<()>,
    /// Count words of groups.
    pub counts: WordSet,
    /// Segmenter: abbreviations that never end a sentence.
    pub seg_titles: HashSet<String>,
    /// Segmenter: abbreviations that do not end a sentence before a number.
    pub seg_before_numbers: HashSet<String>,
    /// Segmenter: abbreviations that end a sentence only before an opener.
    pub seg_ambiguous: HashSet<String>,
    /// Segmenter: words that usually open a sentence.
    pub seg_openers: HashSet<String>,
    /// Words that may follow the verb of a speech tag after a quoted question
    /// or exclamation ("“Why?” she asked in an interview.").
    pub seg_tag_tails: HashSet<String>,
    /// Times that may end such a speech tag ("“Why?” she asked last week.").
    pub seg_tag_times: Vec<Vec<String>>,
    /// Credit-line openings.
    pub credits: Phrases<()>,
    /// Credit-line endings.
    pub credit_endings: Vec<Vec<String>>,
    /// Why a source was granted anonymity.
    pub anonymity_reasons: Phrases<()>,
    /// Hedges and predictions.
    pub hedges: Phrases<()>,
    /// Evaluative words.
    pub evaluative: Phrases<()>,
    /// Words of accusation.
    pub accusations: Phrases<()>,
    /// "has learned", "it is understood".
    pub newsroom_voice: Phrases<()>,
    /// "percent", "million", "doubled".
    pub statistic_words: Phrases<()>,
    /// News outlets, as written ("Reuters", "the Associated Press").
    pub outlets: Phrases<()>,
    /// Openings of stock boilerplate paragraphs, lower-case, spaces folded.
    pub boilerplate: Vec<String>,
    /// Nouns that name a listener after "told" ("told reporters").
    pub recipients: HashSet<String>,
    /// Adjectives that pass a verdict after a verb of naming ("called the
    /// deal fair").
    pub verdicts: HashSet<String>,
    /// Cue forms that are also common nouns ("a report", "the post"), allowed in source phrases.
    pub noun_forms: HashSet<String>,
    /// Occasions and channels of saying ("interview", "rally"): a phrase
    /// naming one after an object is the writer's.
    pub occasions: HashSet<String>,
    /// Nouns that report their possessor's words, belief or aim ("her
    /// claim that …"), singular and plural: their class, and whether an
    /// infinitive may be their content ("his pledge to …").
    pub nominal_cues: WordMap<NominalCue>,
    /// Phrases that hold a cue form but are no cue: noun compounds ("think
    /// tank", "radio show") and phrasal verbs of another meaning ("showed up").
    pub cue_lookalikes: Phrases<()>,
    /// First words of every cue phrase of any kind: one lookup rules out most words.
    pub cue_first_words: WordSet,
    /// First words of the phrase tables that rules look for in a sentence
    /// before they read its tokens, with bits in the order of [`RuleTable`].
    pub rule_table_starts: FirstWords,
}

/// The phrase tables rules look for in a sentence before reading its tokens
/// ([`Lexicon::rule_table_starts`]); each is the bit of its place here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleTable {
    /// [`Lexicon::statistic_words`].
    Statistic,
    /// [`Lexicon::hedges`].
    Hedge,
    /// [`Lexicon::evaluative`].
    Evaluative,
    /// [`Lexicon::newsroom_voice`].
    NewsroomVoice,
    /// [`Lexicon::accusations`].
    Accusation,
}

impl RuleTable {
    /// Every table, each at the place of its bit.
    pub const ALL: [RuleTable; 5] = [
        RuleTable::Statistic,
        RuleTable::Hedge,
        RuleTable::Evaluative,
        RuleTable::NewsroomVoice,
        RuleTable::Accusation,
    ];

    /// Its bit in the answer of [`FirstWords::tables_in`].
    pub fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// What a noun of [`Lexicon::nominal_cues`] reports.
#[derive(Debug, Clone, Copy)]
pub struct NominalCue {
    /// The class of the verb it names.
    pub class: CueClass,
    /// Whether an infinitive may be its content ("his pledge to cut fares").
    pub infinitive: bool,
}

/// A group of nominal cues as written in YAML.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNominalCues {
    class: CueClass,
    #[serde(default)]
    infinitive: bool,
    nouns: Vec<String>,
}

/// A cue entry as written in YAML.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCue {
    lemma: String,
    class: CueClass,
    #[serde(default)]
    recipient: bool,
    #[serde(default)]
    content: ContentShape,
    #[serde(default)]
    forms: RawForms,
}

/// Irregular forms of a cue verb.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawForms {
    third: Option<String>,
    past: Option<String>,
    participle: Option<String>,
    ing: Option<String>,
}

/// A head noun: a plain word (plural derived), an explicit pair, or a
/// gathering of people read as a plural in both numbers.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawHead {
    /// "trader"
    Word(String),
    /// { singular: person, plural: people }
    Pair {
        /// Singular form.
        singular: String,
        /// Plural form.
        plural: String,
    },
    /// { collective: crowd }: a body of people, read as a plural in both
    /// numbers ("the crowd chanted", "crowds gathered").
    Collective {
        /// The singular; the plural is derived.
        collective: String,
    },
}

/// Head nouns that say their referent's gender, as written in YAML.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGenderedHeads {
    /// "mother", "girl".
    #[serde(default)]
    pub female: Vec<String>,
    /// "father", "boy".
    #[serde(default)]
    pub male: Vec<String>,
}

/// A title entry as written in YAML.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTitle {
    title: String,
    role: Option<String>,
    gender: Option<Gender>,
}

/// What an example expects of the analysis.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    /// Status of the first sentence.
    pub status: Option<String>,
    /// Text of its cue.
    pub cue: Option<String>,
    /// Introduction text of its source.
    pub source: Option<String>,
    /// Text of what its attribution reports.
    pub content: Option<String>,
    /// Source kind, or sentence kind for direct/indirect.
    pub kind: Option<String>,
    /// Number of sentences.
    pub sentences: Option<usize>,
}

/// An example sentence of a lexicon file, run by the test suite.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconExample {
    /// The text to analyse.
    pub text: String,
    /// What must come out.
    pub expect: Expectation,
}

/// One lexicon file; every section optional, so a user file can extend one list.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RawLexicon {
    #[serde(default)]
    pub cues: Vec<RawCue>,
    #[serde(default)]
    pub belief_adjectives: Vec<String>,
    #[serde(default)]
    pub auxiliaries: Vec<String>,
    #[serde(default)]
    pub according: Vec<String>,
    #[serde(default)]
    pub agentless: Vec<String>,
    #[serde(default)]
    pub linking_hedges: Vec<String>,
    #[serde(default)]
    pub opinion_passives: Vec<String>,
    #[serde(default)]
    pub opinion_adverbs: Vec<String>,
    #[serde(default)]
    pub non_response: Vec<String>,
    #[serde(default)]
    pub negated_response: Vec<String>,
    #[serde(default)]
    pub headline_kickers: Vec<String>,
    #[serde(default)]
    pub anonymous_heads: Vec<RawHead>,
    #[serde(default)]
    pub gendered_heads: RawGenderedHeads,
    #[serde(default)]
    pub vague: Vec<String>,
    #[serde(default)]
    pub documents: Vec<RawHead>,
    #[serde(default)]
    pub non_sources: Vec<String>,
    #[serde(default)]
    pub surveys: Vec<RawHead>,
    #[serde(default)]
    pub organization_words: Vec<String>,
    #[serde(default)]
    pub organization_heads: Vec<RawHead>,
    #[serde(default)]
    pub titles: Vec<RawTitleOrWord>,
    #[serde(default)]
    pub roles: Vec<String>,
    #[serde(default)]
    pub knowledge: Vec<String>,
    #[serde(default)]
    pub ordinals: Vec<String>,
    #[serde(default)]
    pub new_referent: Vec<String>,
    #[serde(default)]
    pub counts: Vec<String>,
    #[serde(default)]
    pub before_numbers: Vec<String>,
    #[serde(default)]
    pub ambiguous: Vec<String>,
    #[serde(default)]
    pub sentence_openers: Vec<String>,
    #[serde(default)]
    pub speech_tag_tails: Vec<String>,
    #[serde(default)]
    pub speech_tag_times: Vec<String>,
    #[serde(default)]
    pub credits: Vec<String>,
    #[serde(default)]
    pub credit_endings: Vec<String>,
    #[serde(default)]
    pub anonymity_reasons: Vec<String>,
    #[serde(default)]
    pub hedges: Vec<String>,
    #[serde(default)]
    pub evaluative: Vec<String>,
    #[serde(default)]
    pub accusations: Vec<String>,
    #[serde(default)]
    pub newsroom_voice: Vec<String>,
    #[serde(default)]
    pub statistic_words: Vec<String>,
    #[serde(default)]
    pub outlets: Vec<String>,
    #[serde(default)]
    pub recipients: Vec<String>,
    #[serde(default)]
    pub verdicts: Vec<String>,
    #[serde(default)]
    pub noun_forms: Vec<String>,
    #[serde(default)]
    pub occasions: Vec<String>,
    #[serde(default)]
    pub nominal_cues: Vec<RawNominalCues>,
    #[serde(default)]
    pub noun_compounds: Vec<String>,
    #[serde(default)]
    pub phrasal_verbs: Vec<String>,
    #[serde(default)]
    pub find_idioms: Vec<String>,
    #[serde(default)]
    pub boilerplate: Vec<String>,
    #[serde(default)]
    pub examples: Vec<LexiconExample>,
}

/// `titles` holds name titles in sources.yaml and bare abbreviations in segment.yaml.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawTitleOrWord {
    /// An abbreviation for the segmenter ("Mr").
    Word(String),
    /// A name title for the grammar.
    Title(RawTitle),
}

fn plural_of(word: &str) -> String {
    if let Some(stem) = word.strip_suffix('y') {
        if !stem.ends_with(['a', 'e', 'o', 'u']) {
            return format!("{stem}ies");
        }
    }
    if word.ends_with(['s', 'x']) || word.ends_with("ch") || word.ends_with("sh") {
        return format!("{word}es");
    }
    format!("{word}s")
}

/// The regular inflections of a verb lemma: third person, past, -ing.
fn regular_forms(lemma: &str) -> (String, String, String) {
    let third = plural_of(lemma);
    let (past, ing) = if let Some(stem) = lemma.strip_suffix("ie") {
        (format!("{lemma}d"), format!("{stem}ying"))
    } else if let Some(stem) = lemma.strip_suffix('e') {
        (format!("{lemma}d"), format!("{stem}ing"))
    } else if let Some(stem) = lemma
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        (format!("{stem}ied"), format!("{lemma}ing"))
    } else {
        (format!("{lemma}ed"), format!("{lemma}ing"))
    };
    (third, past, ing)
}

fn heads(raw: &[RawHead], into: &mut HashMap<String, (String, bool)>) {
    for head in raw {
        let derived = |word: &str| {
            let singular = normalize(word);
            let plural = plural_of(&singular);
            (singular, plural)
        };
        let ((singular, plural), collective) = match head {
            RawHead::Word(w) => (derived(w), false),
            RawHead::Pair { singular, plural } => ((normalize(singular), normalize(plural)), false),
            RawHead::Collective { collective } => (derived(collective), true),
        };
        let last = |s: &str| s.split_whitespace().last().unwrap_or_default().to_string();
        // A head with one form for both numbers ("percent") and a body of
        // people ("crowd") are read as plurals, so "47 percent say" agrees.
        let singular_reads_plural = collective || singular == plural;
        into.entry(last(&singular))
            .or_insert((singular.clone(), singular_reads_plural));
        into.entry(last(&plural)).or_insert((singular, true));
    }
}

impl Lexicon {
    /// The phrase table `table` names.
    pub fn rule_table(&self, table: RuleTable) -> &Phrases<()> {
        match table {
            RuleTable::Statistic => &self.statistic_words,
            RuleTable::Hedge => &self.hedges,
            RuleTable::Evaluative => &self.evaluative,
            RuleTable::NewsroomVoice => &self.newsroom_voice,
            RuleTable::Accusation => &self.accusations,
        }
    }

    /// Adds one lexicon file's lists to the tables.
    pub fn extend(&mut self, raw: &RawLexicon) {
        for cue in &raw.cues {
            let lemma = normalize(&cue.lemma);
            // Multi-word lemmas ("point out") inflect their first word.
            let (verb, particle) = match lemma.split_once(' ') {
                Some((v, p)) => (v.to_string(), format!(" {p}")),
                None => (lemma.clone(), String::new()),
            };
            let (third, past, ing) = regular_forms(&verb);
            let with = |s: String| format!("{s}{particle}");
            let forms = &cue.forms;
            let past = forms.past.clone().unwrap_or_else(|| with(past));
            let participle = forms.participle.clone().unwrap_or_else(|| past.clone());
            // A past form that is also the lemma ("put it", "read") is read
            // as the past: the first entry for a form wins, and news reports
            // speech in the past ("as one analyst put it", "the sign read"),
            // where a bare form would need a plural subject.
            let base = if past == lemma { Tense::Past } else { Tense::Base };
            let entries = [
                (lemma.clone(), base),
                (forms.third.clone().unwrap_or_else(|| with(third)), Tense::Third),
                (past, Tense::Past),
                (participle, Tense::Participle),
                (forms.ing.clone().unwrap_or_else(|| with(ing)), Tense::Ing),
            ];
            for (form, tense) in entries {
                let value = CueForm {
                    class: cue.class,
                    tense,
                    recipient: cue.recipient,
                    content: cue.content,
                };
                self.cues.insert(&form, value);
            }
        }
        // "is confident that …", "were convinced …", "remains hopeful that
        // …": a belief named by an adjective after a linking verb, whose
        // form gives the cue's tense. Only a clause is its content, so "is
        // sure of it" and "was aware of the risk" report nothing.
        const LINKING_FORMS: &[(&str, Tense)] = &[
            ("are", Tense::Base),
            ("am", Tense::Base),
            ("remain", Tense::Base),
            ("seem", Tense::Base),
            ("feel", Tense::Base),
            ("is", Tense::Third),
            ("remains", Tense::Third),
            ("seems", Tense::Third),
            ("feels", Tense::Third),
            ("was", Tense::Past),
            ("were", Tense::Past),
            ("remained", Tense::Past),
            ("seemed", Tense::Past),
            ("felt", Tense::Past),
            ("been", Tense::Participle),
        ];
        for adjective in &raw.belief_adjectives {
            let adjective = normalize(adjective);
            for &(verb, tense) in LINKING_FORMS {
                let value = CueForm {
                    class: CueClass::Belief,
                    tense,
                    recipient: false,
                    content: ContentShape::Clause,
                };
                self.cues.insert(&format!("{verb} {adjective}"), value);
            }
        }
        let phrase_lists: [(&Vec<String>, &mut Phrases<()>); 18] = [
            (&raw.anonymity_reasons, &mut self.anonymity_reasons),
            (&raw.hedges, &mut self.hedges),
            (&raw.evaluative, &mut self.evaluative),
            (&raw.accusations, &mut self.accusations),
            (&raw.newsroom_voice, &mut self.newsroom_voice),
            (&raw.statistic_words, &mut self.statistic_words),
            (&raw.auxiliaries, &mut self.auxiliaries),
            (&raw.according, &mut self.according),
            (&raw.agentless, &mut self.agentless),
            (&raw.opinion_passives, &mut self.opinion_passives),
            (&raw.linking_hedges, &mut self.linking_hedges),
            (&raw.non_response, &mut self.non_response),
            (&raw.negated_response, &mut self.negated_response),
            (&raw.headline_kickers, &mut self.headline_kickers),
            (&raw.vague, &mut self.vague),
            (&raw.knowledge, &mut self.knowledge),
            (&raw.new_referent, &mut self.new_referent),
            (&raw.noun_compounds, &mut self.cue_lookalikes),
        ];
        for (list, phrases) in phrase_lists {
            for phrase in list {
                phrases.insert(phrase, ());
            }
        }
        self.opinion_adverbs
            .extend(raw.opinion_adverbs.iter().map(|w| normalize(w)));
        for phrase in raw.phrasal_verbs.iter().chain(&raw.find_idioms) {
            self.cue_lookalikes.insert(phrase, ());
        }
        for outlet in &raw.outlets {
            self.outlets.insert_as_written(outlet, ());
        }
        self.boilerplate
            .extend(raw.boilerplate.iter().map(|b| fold_text(b)));
        for phrase in &raw.credits {
            self.credits.insert(phrase, ());
        }
        for word in &raw.organization_words {
            self.organization_words.insert_as_written(word, ());
        }
        heads(&raw.anonymous_heads, &mut self.anonymous_heads);
        for (words, gender) in [
            (&raw.gendered_heads.female, Gender::Female),
            (&raw.gendered_heads.male, Gender::Male),
        ] {
            self.head_genders
                .extend(words.iter().map(|w| (normalize(w), gender)));
        }
        let mut plain = HashMap::default();
        heads(&raw.documents, &mut plain);
        self.documents.extend(plain.into_keys());
        let mut plain = HashMap::default();
        heads(&raw.surveys, &mut plain);
        self.surveys.extend(plain.into_keys());
        let mut plain = HashMap::default();
        heads(&raw.organization_heads, &mut plain);
        self.organization_heads.extend(plain.into_keys());
        for title in &raw.titles {
            match title {
                RawTitleOrWord::Word(w) => {
                    self.seg_titles.insert(w.trim_end_matches('.').to_string());
                }
                RawTitleOrWord::Title(t) => {
                    // A title's role is a role noun of its own ("a captain
                    // said", "the colonel added").
                    if let Some(role) = &t.role {
                        self.roles.insert(normalize(role));
                    }
                    let def = TitleDef {
                        role: t.role.clone(),
                        gender: t.gender,
                    };
                    self.titles.insert_as_written(t.title.trim_end_matches('.'), def);
                }
            }
        }
        self.roles.extend(raw.roles.iter().map(|r| normalize(r)));
        self.non_sources
            .extend(raw.non_sources.iter().map(|w| normalize(w)));
        let start = self.ordinals.len();
        for (i, word) in raw.ordinals.iter().enumerate() {
            self.ordinals.entry(normalize(word)).or_insert(start + i + 1);
        }
        self.counts.extend(raw.counts.iter().map(|w| normalize(w)));
        self.recipients
            .extend(raw.recipients.iter().map(|w| normalize(w)));
        self.verdicts.extend(raw.verdicts.iter().map(|w| normalize(w)));
        self.noun_forms
            .extend(raw.noun_forms.iter().map(|w| normalize(w)));
        self.occasions.extend(raw.occasions.iter().map(|w| normalize(w)));
        for group in &raw.nominal_cues {
            let cue = NominalCue {
                class: group.class,
                infinitive: group.infinitive,
            };
            for noun in &group.nouns {
                let noun = normalize(noun);
                self.nominal_cues.insert(plural_of(&noun), cue);
                self.nominal_cues.insert(noun, cue);
            }
        }
        self.seg_before_numbers.extend(raw.before_numbers.iter().cloned());
        self.seg_ambiguous.extend(raw.ambiguous.iter().cloned());
        self.seg_openers
            .extend(raw.sentence_openers.iter().map(|w| normalize(w)));
        self.seg_tag_tails
            .extend(raw.speech_tag_tails.iter().map(|w| normalize(w)));
        for time in &raw.speech_tag_times {
            self.seg_tag_times
                .push(time.split_whitespace().map(normalize).collect());
        }
        for ending in &raw.credit_endings {
            self.credit_endings
                .push(ending.split_whitespace().map(normalize).collect());
        }
        self.cues.finish();
        self.titles.finish();
        let mut cue_first_words = WordSet::default();
        for word in [
            &self.non_response,
            &self.negated_response,
            &self.according,
            &self.agentless,
            &self.opinion_passives,
            &self.linking_hedges,
        ]
        .iter()
        .flat_map(|p| p.by_first.keys())
        .chain(self.cues.by_first.keys())
        {
            cue_first_words.insert(word.clone());
        }
        self.cue_first_words = cue_first_words;
        self.rule_table_starts = FirstWords::new(&RuleTable::ALL.map(|table| self.rule_table(table)));
        for phrases in [
            &mut self.auxiliaries,
            &mut self.according,
            &mut self.agentless,
            &mut self.opinion_passives,
            &mut self.linking_hedges,
            &mut self.non_response,
            &mut self.negated_response,
            &mut self.headline_kickers,
            &mut self.vague,
            &mut self.knowledge,
            &mut self.new_referent,
            &mut self.cue_lookalikes,
            &mut self.credits,
            &mut self.organization_words,
            &mut self.anonymity_reasons,
            &mut self.hedges,
            &mut self.evaluative,
            &mut self.accusations,
            &mut self.newsroom_voice,
            &mut self.statistic_words,
            &mut self.outlets,
        ] {
            phrases.finish();
        }
    }

    /// Whether `word` (as written) is a capitalised organisation word starting a
    /// phrase of `words`.
    pub fn organization_word_at(&self, words: &[&str]) -> Option<usize> {
        self.organization_words.longest_at(words).map(|(n, _)| n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A head's sex is read only where the head is known as a person's
    /// ("the mother"), so a gendered head the lexicon does not know for one
    /// would be a word that does nothing.
    #[test]
    fn every_gendered_head_is_a_person_head() {
        let rules = crate::RuleSet::embedded();
        let lexicon = &rules.lexicon;
        assert!(!lexicon.head_genders.is_empty());
        for head in lexicon.head_genders.keys() {
            assert!(
                lexicon.anonymous_heads.contains_key(head),
                "{head} is no anonymous head"
            );
        }
    }

    #[test]
    fn regular_inflections() {
        let check = |lemma: &str, expect: (&str, &str, &str)| {
            let (a, b, c) = regular_forms(lemma);
            assert_eq!((a.as_str(), b.as_str(), c.as_str()), expect, "{lemma}");
        };
        check("add", ("adds", "added", "adding"));
        check("note", ("notes", "noted", "noting"));
        check("testify", ("testifies", "testified", "testifying"));
        check("say", ("says", "sayed", "saying"));
        check("confess", ("confesses", "confessed", "confessing"));
    }

    /// A phrase table of `phrases`.
    fn table(phrases: &[&str]) -> Phrases<()> {
        let mut table = Phrases::default();
        for phrase in phrases {
            table.insert(phrase, ());
        }
        table.finish();
        table
    }

    #[test]
    fn any_word_walks_words_of_either_kind() {
        let words = |text: &str, chars: &WordChars| {
            let mut seen = Vec::new();
            any_word(text, chars, |word, at| {
                seen.push((word.to_string(), at));
                false
            });
            seen
        };
        let text = "Ölwerk’s well-known (2,000) naïve-ish it's";
        let owned = |list: &[(&str, usize)]| {
            list.iter()
                .map(|&(w, at)| (w.to_string(), at))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            words(text, &ALPHANUMERIC),
            owned(&[
                ("Ölwerk", 0),
                ("s", 10),
                ("well", 12),
                ("known", 17),
                ("2", 24),
                ("000", 26),
                ("naïve", 31),
                ("ish", 38),
                ("it", 42),
                ("s", 45)
            ])
        );
        assert_eq!(
            words(text, &PHRASE_WORD),
            owned(&[
                ("Ölwerk’s", 0),
                ("well-known", 12),
                ("2", 24),
                ("000", 26),
                ("naïve-ish", 31),
                ("it's", 42)
            ])
        );
        // The walk stops at the first word `found` accepts.
        assert!(any_word("a bb ccc", &ALPHANUMERIC, |word, _| word.len() == 2));
        assert!(!any_word("", &ALPHANUMERIC, |_, _| true));
    }

    #[test]
    fn first_words_answer_each_table_in_one_walk() {
        let hedges = table(&["may well", "likely"]);
        let judgements = table(&["disastrous", "naïve", "likely"]);
        let empty = table(&[]);
        let first = FirstWords::new(&[&hedges, &judgements, &empty]);
        let check = |text: &str, expect: u32| assert_eq!(first.tables_in(text), expect, "{text}");
        check("", 0b000);
        check("The vote is Tuesday.", 0b000);
        check("It may rain.", 0b001);
        check("A disastrous vote.", 0b010);
        // A word that begins phrases of two tables.
        check("Likely so.", 0b011);
        // Both, whatever the case, and a word beyond ASCII lower-cased.
        check("MAY a NAÏVE plan", 0b011);
        assert_eq!(FirstWords::new::<()>(&[]).tables_in("It may rain."), 0);
    }

    #[test]
    fn first_words_find_a_word_however_it_is_written() {
        let phrases = table(&["experts believe", "it's clear", "well-known", "naïve"]);
        let first = FirstWords::new(&[&phrases]);
        let check = |text: &str, expect: bool| assert_eq!(first.tables_in(text) != 0, expect, "{text}");
        check("", false);
        check("Experts believe it.", true);
        check("EXPERTS say so", true);
        check("Some expert believes it.", false);
        // A word inside other punctuation, and quotation marks that are
        // not ASCII around it.
        check("(experts)", true);
        check("“Experts,” she said.", true);
        check("expertsbelieve", false);
        // Apostrophes, straight or curly, and hyphens keep a word whole.
        check("It's clear.", true);
        check("It’s clear.", true);
        check("Its clear.", false);
        check("A well-known case.", true);
        check("A well known case.", false);
        // A non-ASCII word is lower-cased as characters.
        check("Naïve, it was.", true);
        check("NAÏVE", true);
        check("naive", false);
        // The word ending the text.
        check("ask the experts", true);
    }

    /// A filter never rejects a word it holds, in any ASCII case, and
    /// rejects nearly every other word: its bits are spread, not piled up.
    #[test]
    fn word_filter_keeps_its_words_and_rejects_others() {
        let long = "x".repeat(300);
        let held = [
            "said",
            "a",
            "i",
            "told",
            "well-known",
            "naïve",
            "o'brien",
            "20,000",
            long.as_str(),
        ];
        let mut filter = WordFilter::default();
        for word in held {
            filter.insert(word);
        }
        for word in held {
            // Each word held starts with an ASCII byte.
            let capitalized = word[..1].to_ascii_uppercase() + &word[1..];
            for written in [word.to_string(), word.to_ascii_uppercase(), capitalized] {
                assert!(filter.may_contain(&written), "{written}");
            }
        }
        assert!(!filter.may_contain(""));
        // Words of 2 to 12 letters from a fixed linear congruential sequence.
        let mut state: u32 = 1;
        let mut letter = || {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            char::from(b'a' + u8::try_from((state >> 16) % 26).unwrap_or(0))
        };
        let others: Vec<String> = (0..2000)
            .map(|i| (0..2 + i % 11).map(|_| letter()).collect())
            .collect();
        let passed = others.iter().filter(|w| filter.may_contain(w)).count();
        assert!(passed < 20, "{passed} of {} other words passed", others.len());
    }

    /// The shortcut past General Punctuation answers as the Unicode tables
    /// do, for every character.
    #[test]
    fn alphanumeric_shortcut_matches_the_unicode_tables() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{:#x}", u32::from(c));
        }
    }

    #[test]
    fn rule_tables_have_the_bits_of_their_places() {
        let lexicon = &crate::RuleSet::embedded().lexicon;
        for (place, table) in RuleTable::ALL.into_iter().enumerate() {
            assert_eq!(table.bit(), 1 << place, "{table:?}");
            let word = lexicon
                .rule_table(table)
                .by_first
                .keys()
                .min()
                .expect("every rule table has phrases");
            let found = lexicon.rule_table_starts.tables_in(word);
            assert_ne!(found & table.bit(), 0, "{table:?}: {word}");
        }
    }

    #[test]
    fn longest_phrase_wins() {
        let mut phrases = Phrases::default();
        phrases.insert("did not respond", 1);
        phrases.insert("did not respond to a request for comment", 2);
        phrases.insert("did not respond", 3);
        phrases.finish();
        let words = [
            "did", "not", "respond", "to", "a", "request", "for", "comment", "on",
        ];
        assert_eq!(phrases.longest_at(&words), Some((8, &2)));
        assert_eq!(phrases.longest_at(&words[..4]), Some((3, &1)));
        assert_eq!(phrases.longest_at(&["did", "not"]), None);
        // A second file's phrases are ordered among the first file's.
        let mut phrases = Phrases::default();
        phrases.insert("would not say", 1);
        phrases.finish();
        phrases.insert("would not say who paid", 2);
        phrases.insert("would not say", 3);
        phrases.finish();
        let words = ["would", "not", "say", "who", "paid", "for", "it"];
        assert_eq!(phrases.longest_at(&words), Some((5, &2)));
        assert_eq!(phrases.longest_at(&words[..3]), Some((3, &1)));
    }

    #[test]
    fn normalize_folds_case_and_apostrophe() {
        assert_eq!(normalize("AP’s"), "ap's");
        for word in ["AP’s", "Said", "SAID", "said", "", "Ünal", &"Long".repeat(9)] {
            assert_eq!(with_normalized(word, str::to_string), normalize(word), "{word}");
        }
    }
}
