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

/// One embedded file: the path of its YAML source in the package, and the
/// JSON that build.rs made of it.
macro_rules! embed {
    ($folder:literal, $name:literal) => {
        (
            concat!("rules/", $folder, "/", $name, ".yaml"),
            include_str!(concat!(env!("OUT_DIR"), "/rules/", $folder, "/", $name, ".json")),
        )
    };
}

/// The files compiled into the binary, the default rules, as (path of the
/// YAML source, its JSON form). Adding a rule file means adding its line here.
pub const EMBEDDED: &[(&str, &str)] = &[
    embed!("lexicon", "credits"),
    embed!("lexicon", "cues"),
    embed!("lexicon", "editorial"),
    embed!("lexicon", "segment"),
    embed!("lexicon", "sources"),
    embed!("rules", "anonymity-reason-missing"),
    embed!("rules", "anonymous-only-story"),
    embed!("rules", "cognition-attribution-verb"),
    embed!("rules", "inherited-attribution"),
    embed!("rules", "late-quote-attribution"),
    embed!("rules", "loaded-attribution-verb"),
    embed!("rules", "mixed-speakers-in-quote-paragraph"),
    embed!("rules", "newsroom-voice-attribution"),
    embed!("rules", "no-response-sought"),
    embed!("rules", "non-speech-attribution-verb"),
    embed!("rules", "refused-to-comment"),
    embed!("rules", "single-source-story"),
    embed!("rules", "source-number-mismatch"),
    embed!("rules", "suppression-without-reason"),
    embed!("rules", "unattributed-claim"),
    embed!("rules", "unattributed-opinion"),
    embed!("rules", "unattributed-quote"),
    embed!("rules", "unattributed-statistic"),
    embed!("rules", "unclosed-quote"),
    embed!("rules", "undescribed-anonymous-source"),
    embed!("rules", "unresolved-source-reference"),
    embed!("rules", "unused-suppression"),
    embed!("rules", "vague-attribution"),
];

/// The largest rule or lexicon file loaded: far above any real one, small
/// enough that a hostile file cannot make loading slow.
pub const MAX_RULE_FILE_BYTES: usize = 4 << 20;

/// Rules and lexicons, ready to check articles.
#[derive(Debug, Clone, Default)]
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
        let mut set = RuleSet::default();
        let mut errors: Vec<LoadError> = EMBEDDED
            .iter()
            .filter_map(|(path, json)| set.add_embedded(path, json).err())
            .collect();
        let extra = extra.iter().map(|(path, text)| (path.as_str(), text.as_str()));
        errors.extend(set.add_files(extra));
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
            self.add_rule(document.into_typed()?, path)
        } else {
            self.add_lexicon(document.into_typed()?, path);
            Ok(())
        }
    }

    /// Adds one embedded file from the JSON build.rs made of it. Its folder
    /// says what it is; the build has parsed the YAML already, so an error
    /// here is a file that does not fit its type, which every test run shows.
    fn add_embedded(&mut self, path: &str, json: &str) -> Result<(), LoadError> {
        let misfit = |e: serde_json::Error| LoadError::file(path, e.to_string());
        if path.starts_with("rules/rules/") {
            self.add_rule(serde_json::from_str(json).map_err(misfit)?, path)
        } else {
            self.add_lexicon(serde_json::from_str(json).map_err(misfit)?, path);
            Ok(())
        }
    }

    fn add_rule(&mut self, raw: RawRule, path: &str) -> Result<(), LoadError> {
        let def = RuleDef::from_raw(raw, path)?;
        self.rules.insert(def.id.to_string(), def);
        Ok(())
    }

    fn add_lexicon(&mut self, raw: RawLexicon, path: &str) {
        self.lexicon.extend(&raw);
        self.lexicon_examples
            .extend(raw.examples.into_iter().map(|e| (path.to_string(), e)));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The JSON build.rs compiles in must read back to exactly the rules and
    /// lexicon its YAML source gives: a field the conversion lost or changed
    /// shows up as a difference here.
    #[test]
    fn embedded_json_reads_as_its_yaml_source() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let sources: Vec<(&str, String)> = EMBEDDED
            .iter()
            .map(|(path, _)| {
                let text = std::fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
                (*path, text)
            })
            .collect();
        let mut from_yaml = RuleSet::default();
        let errors = from_yaml.add_files(sources.iter().map(|(path, text)| (*path, text.as_str())));
        assert!(errors.is_empty(), "{errors:?}");
        let mut from_json = RuleSet::default();
        for (path, json) in EMBEDDED {
            from_json
                .add_embedded(path, json)
                .unwrap_or_else(|e| panic!("{e}"));
        }
        assert!(!from_json.rules.is_empty() && !from_json.lexicon_examples.is_empty());
        assert_eq!(format!("{from_yaml:?}"), format!("{from_json:?}"));
    }
}
