//! Project configuration (`.whosaid.yml` / `.whosaid.yaml`): per-rule severity
//! or `off`, the levels shown and failed on, extra rule directories, and house
//! lists (outlets, credit lines, stock boilerplate). Owns the schema and its
//! validation; finding the file on disk is the caller's job.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use crate::error::LoadError;
use crate::lexicon::RawLexicon;
use crate::read::{HtmlOptions, Selector};
use crate::rules::{is_implemented, Severity};

/// Names of the configuration file, in the order they are looked for.
pub const CONFIG_NAMES: &[&str] = &[".whosaid.yml", ".whosaid.yaml"];

/// What a rule is set to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleSetting {
    /// Not run.
    Off,
    /// Run at this severity.
    #[serde(untagged)]
    Level(Severity),
}

impl<'de> Deserialize<'de> for RuleSetting {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        match text.as_str() {
            "off" => Ok(RuleSetting::Off),
            "info" => Ok(RuleSetting::Level(Severity::Info)),
            "warning" => Ok(RuleSetting::Level(Severity::Warning)),
            "error" => Ok(RuleSetting::Level(Severity::Error)),
            other => Err(serde::de::Error::custom(format!(
                "`{other}` is not a rule setting: use off, info, warning or error"
            ))),
        }
    }
}

/// A rule id that names an implemented rule, checked while parsing so the
/// error points at the line.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct RuleId(pub String);

impl<'de> Deserialize<'de> for RuleId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let id = String::deserialize(deserializer)?;
        if is_implemented(&id) {
            Ok(RuleId(id))
        } else {
            Err(serde::de::Error::custom(format!(
                "unknown rule `{id}` (see `whosaid rules`)"
            )))
        }
    }
}

/// A CSS selector, checked while parsing so the error points at the line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct SelectorText(pub String);

impl<'de> Deserialize<'de> for SelectorText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Selector::parse(&text).map_err(serde::de::Error::custom)?;
        Ok(SelectorText(text))
    }
}

/// Which parts of an HTML page are prose.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HtmlConfig {
    /// Elements whose text is not prose (`.byline`, `.related`).
    #[serde(default)]
    pub skip: Vec<SelectorText>,
    /// When set, only text inside these elements is prose (`article .body`).
    #[serde(default)]
    pub only: Vec<SelectorText>,
}

/// House lists that extend the lexicon.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct House {
    /// Outlet names used as recipients ("told Reuters") and as the newsroom.
    #[serde(default)]
    pub outlets: Vec<String>,
    /// Credit-line openings ("photo courtesy of").
    #[serde(default)]
    pub credits: Vec<String>,
    /// Stock boilerplate paragraphs, by their opening words.
    #[serde(default)]
    pub boilerplate: Vec<String>,
}

/// A parsed configuration file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Per-rule severity or `off`.
    #[serde(default)]
    pub rules: BTreeMap<RuleId, RuleSetting>,
    /// Findings below this level are not reported.
    #[serde(default)]
    pub min_level: Option<Severity>,
    /// Findings at or above this level make the exit code 1.
    #[serde(default)]
    pub fail_level: Option<Severity>,
    /// Extra rule directories, relative to the configuration file.
    #[serde(default)]
    pub rule_dirs: Vec<String>,
    /// House lists.
    #[serde(default)]
    pub house: House,
    /// HTML reading.
    #[serde(default)]
    pub html: HtmlConfig,
}

impl Config {
    /// Parses the configuration file at `path` (for messages) with `text`.
    pub fn parse(path: &str, text: &str) -> Result<Config, LoadError> {
        if text.trim().is_empty() {
            return Ok(Config::default());
        }
        crate::yaml::parse(path, text)
    }

    /// The HTML reader's options.
    pub fn html_options(&self) -> HtmlOptions {
        let parse = |list: &[SelectorText]| list.iter().filter_map(|s| Selector::parse(&s.0).ok()).collect();
        HtmlOptions {
            skip: parse(&self.html.skip),
            only: parse(&self.html.only),
        }
    }

    /// The house lists as a lexicon fragment.
    pub fn house_lexicon(&self) -> RawLexicon {
        RawLexicon {
            outlets: self.house.outlets.clone(),
            credits: self.house.credits.clone(),
            boilerplate: self.house.boilerplate.clone(),
            ..RawLexicon::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_settings_and_house_lists() {
        let text = "rules:\n  unattributed-claim: error\n  anonymous-only-story: off\nmin_level: warning\nhouse:\n  outlets: [The Courier]\n";
        let config = Config::parse(".whosaid.yml", text).expect("valid config");
        assert_eq!(
            config.rules.get(&RuleId("unattributed-claim".into())),
            Some(&RuleSetting::Level(Severity::Error))
        );
        assert_eq!(
            config.rules.get(&RuleId("anonymous-only-story".into())),
            Some(&RuleSetting::Off)
        );
        assert_eq!(config.min_level, Some(Severity::Warning));
        assert_eq!(config.house.outlets, ["The Courier"]);
    }

    #[test]
    fn errors_name_the_line() {
        let check = |text: &str, line: usize, needle: &str| {
            let err = Config::parse("cfg.yml", text).expect_err("invalid config");
            assert_eq!(err.line, line, "{err}");
            assert!(err.message.contains(needle), "{err}");
        };
        check(
            "rules:\n  no-such-rule: error\n",
            2,
            "unknown rule `no-such-rule`",
        );
        check(
            "rules:\n  unattributed-claim: loud\n",
            2,
            "`loud` is not a rule setting",
        );
        check(
            "min_level: warning\nfail_lvl: error\n",
            2,
            "unknown field `fail_lvl`",
        );
        check("min_level: severe\n", 1, "unknown variant `severe`");
        check(
            "html:\n  skip: [\".byline\", \"div > p\"]\n",
            2,
            "only tag, .class and #id",
        );
    }
}
