//! The rule set: rule definitions and lexicons, from the files embedded in the
//! binary and from user directories that extend or override them. Owns loading
//! and merging; must not analyse text. Reading files from disk is the caller's
//! job: this module takes (path, text) pairs, so it stays free of I/O.

use std::collections::BTreeMap;

use crate::config::{Config, RuleSetting};
use crate::error::LoadError;
use crate::lexicon::{Lexicon, LexiconExample, RawLexicon};
use crate::rules::{implemented, RawRule, RuleDef};
use crate::yaml;

/// One embedded file: its path in the package and its text.
macro_rules! embed {
    ($path:literal) => {
        (
            concat!("rules/", $path),
            include_str!(concat!("../rules/", $path)),
        )
    };
}

/// The files compiled into the binary: the default rules. Adding a rule file
/// means adding its line here.
pub const EMBEDDED: &[(&str, &str)] = &[
    embed!("lexicon/credits.yaml"),
    embed!("lexicon/cues.yaml"),
    embed!("lexicon/editorial.yaml"),
    embed!("lexicon/segment.yaml"),
    embed!("lexicon/sources.yaml"),
    embed!("rules/anonymity-reason-missing.yaml"),
    embed!("rules/anonymous-only-story.yaml"),
    embed!("rules/cognition-attribution-verb.yaml"),
    embed!("rules/inherited-attribution.yaml"),
    embed!("rules/late-quote-attribution.yaml"),
    embed!("rules/loaded-attribution-verb.yaml"),
    embed!("rules/mixed-speakers-in-quote-paragraph.yaml"),
    embed!("rules/newsroom-voice-attribution.yaml"),
    embed!("rules/no-response-sought.yaml"),
    embed!("rules/non-speech-attribution-verb.yaml"),
    embed!("rules/refused-to-comment.yaml"),
    embed!("rules/single-source-story.yaml"),
    embed!("rules/source-number-mismatch.yaml"),
    embed!("rules/suppression-without-reason.yaml"),
    embed!("rules/unattributed-claim.yaml"),
    embed!("rules/unattributed-opinion.yaml"),
    embed!("rules/unattributed-quote.yaml"),
    embed!("rules/unattributed-statistic.yaml"),
    embed!("rules/unclosed-quote.yaml"),
    embed!("rules/undescribed-anonymous-source.yaml"),
    embed!("rules/unresolved-source-reference.yaml"),
    embed!("rules/unused-suppression.yaml"),
    embed!("rules/vague-attribution.yaml"),
];

/// The largest rule or lexicon file loaded: far above any real one, small
/// enough that a hostile file cannot make loading slow.
pub const MAX_RULE_FILE_BYTES: usize = 4 << 20;

/// Rules and lexicons, ready to check articles.
#[derive(Debug, Clone)]
pub struct RuleSet {
    /// The compiled lexicon.
    pub lexicon: Lexicon,
    /// Rule definitions by id.
    pub rules: BTreeMap<String, RuleDef>,
    /// Lexicon examples with the file they come from.
    pub lexicon_examples: Vec<(String, LexiconExample)>,
}

impl RuleSet {
    /// The embedded default rules.
    pub fn embedded() -> RuleSet {
        // The embedded files are tested on every build (tests/rule_examples.rs),
        // so failing here means a broken build, not bad user input.
        Self::load(&[]).unwrap_or_else(|err| panic!("embedded rules are invalid: {err}"))
    }

    /// The embedded rules extended by `extra` files, given as (path, text).
    /// A file whose top level has an `id` is a rule definition and replaces
    /// the embedded rule of that id; any other file extends the lexicon.
    /// Fails on the first bad file; see [`RuleSet::load_lenient`].
    pub fn load(extra: &[(String, String)]) -> Result<RuleSet, LoadError> {
        let (rules, mut errors) = Self::load_lenient(extra);
        match errors.is_empty() {
            true => Ok(rules),
            false => Err(errors.remove(0)),
        }
    }

    /// Like [`RuleSet::load`], but a bad file is skipped and reported, so
    /// the other files are still used.
    pub fn load_lenient(extra: &[(String, String)]) -> (RuleSet, Vec<LoadError>) {
        let mut set = RuleSet {
            lexicon: Lexicon::default(),
            rules: BTreeMap::new(),
            lexicon_examples: Vec::new(),
        };
        let embedded = EMBEDDED.iter().map(|(path, text)| (*path, *text));
        let extra = extra.iter().map(|(path, text)| (path.as_str(), text.as_str()));
        let mut errors = set.add_files(embedded.chain(extra));
        if let Some(missing) = implemented().find(|id| !set.rules.contains_key(*id)) {
            errors.push(LoadError::file(
                "rules",
                format!("rule `{missing}` has no definition file"),
            ));
        }
        (set, errors)
    }

    /// Adds rule and lexicon files, given as (path, text), to a loaded set:
    /// a rule file replaces the rule of its id, any other file extends the
    /// lexicon. A bad file is skipped and reported; the others still count.
    pub fn add_files<'f>(&mut self, files: impl IntoIterator<Item = (&'f str, &'f str)>) -> Vec<LoadError> {
        files
            .into_iter()
            .filter_map(|(path, text)| self.add_file(path, text).err())
            .collect()
    }

    fn add_file(&mut self, path: &str, text: &str) -> Result<(), LoadError> {
        if text.len() > MAX_RULE_FILE_BYTES {
            return Err(LoadError::file(
                path,
                format!("larger than {MAX_RULE_FILE_BYTES} bytes; split it"),
            ));
        }
        let document = yaml::document(path, text)?;
        if document.has_top_level_key("id") {
            let raw: RawRule = document.into_typed()?;
            let def = RuleDef::from_raw(raw, path)?;
            self.rules.insert(def.id.to_string(), def);
        } else {
            let raw: RawLexicon = document.into_typed()?;
            self.lexicon.extend(&raw);
            self.lexicon_examples
                .extend(raw.examples.into_iter().map(|e| (path.to_string(), e)));
        }
        Ok(())
    }

    /// Applies a configuration: rule severities, rules turned off, house lists.
    pub fn configure(&mut self, config: &Config) {
        for (id, setting) in &config.rules {
            match setting {
                RuleSetting::Off => {
                    self.rules.remove(&id.0);
                }
                RuleSetting::Level(severity) => {
                    if let Some(def) = self.rules.get_mut(&id.0) {
                        def.severity = *severity;
                        def.severities.clear();
                    }
                }
            }
        }
        self.lexicon.extend(&config.house_lexicon());
    }
}
