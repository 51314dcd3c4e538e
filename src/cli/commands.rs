//! `whosaid rules`, `whosaid explain` and `whosaid config`.

use std::io::Write;

use whosaid::docs;

use super::args::{ConfigArgs, ExplainArgs, RulesArgs};
use super::setup::Setups;
use super::{Failure, Outcome};

pub fn rules(args: &RulesArgs) -> Result<Outcome, Failure> {
    let setup = Setups::new(&args.rules)
        .for_path(std::path::Path::new("."))
        .map_err(Failure::Message)?;
    let mut stdout = std::io::stdout().lock();
    if args.markdown {
        stdout.write_all(docs::rules_markdown(&setup.rules).as_bytes())?;
    } else {
        for def in setup.rules.rules.values() {
            writeln!(
                stdout,
                "{:<34} {:<8} {}",
                def.id,
                def.severity.name(),
                def.description
            )?;
        }
    }
    Ok(Outcome::Clean)
}

pub fn explain(args: &ExplainArgs) -> Result<Outcome, Failure> {
    let setup = Setups::new(&args.rules)
        .for_path(std::path::Path::new("."))
        .map_err(Failure::Message)?;
    let def = setup
        .rules
        .rules
        .get(&args.rule)
        .ok_or_else(|| Failure::Message(format!("no rule `{}` (see `whosaid rules`)", args.rule)))?;
    std::io::stdout()
        .lock()
        .write_all(docs::rule_markdown(def).as_bytes())?;
    Ok(Outcome::Clean)
}

/// The resolved configuration, as YAML-like text a person can read.
#[derive(serde::Serialize)]
struct Resolved<'a> {
    config_file: Option<String>,
    min_level: &'a str,
    fail_level: &'a str,
    rule_dirs: &'a [String],
    rules: std::collections::BTreeMap<&'a str, &'a str>,
    house: &'a whosaid::config::House,
}

pub fn config(args: &ConfigArgs) -> Result<Outcome, Failure> {
    let setup = Setups::new(&args.rules)
        .for_path(&args.path)
        .map_err(Failure::Message)?;
    let mut rules: std::collections::BTreeMap<&str, &str> =
        whosaid::rules::implemented().map(|id| (id, "off")).collect();
    for def in setup.rules.rules.values() {
        rules.insert(&*def.id, def.severity.name());
    }
    let resolved = Resolved {
        config_file: setup.config_path.as_ref().map(|p| p.display().to_string()),
        min_level: setup.config.min_level.map_or("info", |s| s.name()),
        fail_level: setup.config.fail_level.map_or("error", |s| s.name()),
        rule_dirs: &setup.config.rule_dirs,
        rules,
        house: &setup.config.house,
    };
    let text = whosaid::report::json::to_string(&resolved);
    write!(std::io::stdout().lock(), "{text}")?;
    Ok(Outcome::Clean)
}
