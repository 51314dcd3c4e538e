//! Every example in every rule and lexicon file, embedded or not, is checked:
//! rule examples must flag or pass as they say, lexicon examples must produce
//! the reading they expect. A failure names the file and the example.

use whosaid::{analyze, RuleSet};

#[test]
fn rule_examples_flag_or_pass() {
    let rules = RuleSet::embedded();
    let mut failures = Vec::new();
    for def in rules.rules.values() {
        for example in &def.examples {
            let report = whosaid::check("example.txt", &example.text, &rules);
            let flagged = report.diagnostics.iter().any(|d| d.rule == def.id);
            if flagged != example.flags {
                let want = if example.flags { "flag" } else { "pass" };
                failures.push(format!(
                    "{} ({}): must {want}: {:?}",
                    def.id, def.path, example.text
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "rule examples failed:\n{}",
        failures.join("\n")
    );
}

#[test]
fn lexicon_examples_read_as_expected() {
    let rules = RuleSet::embedded();
    assert!(!rules.lexicon_examples.is_empty());
    let mut failures = Vec::new();
    for (path, example) in &rules.lexicon_examples {
        let text = example.text.as_str();
        let analysis = analyze(text, &rules);
        let expect = &example.expect;
        let mut problems = Vec::new();
        if let Some(n) = expect.sentences {
            if analysis.sentences.len() != n {
                problems.push(format!("{} sentences, expected {n}", analysis.sentences.len()));
            }
        }
        if let Some(first) = analysis.sentences.first() {
            if let Some(status) = &expect.status {
                if first.status.name() != status {
                    problems.push(format!("status {}, expected {status}", first.status.name()));
                }
            }
            let attribution = first.attribution().map(|a| &analysis.attributions[a]);
            if let Some(cue) = &expect.cue {
                let got = attribution
                    .and_then(|a| a.cue.as_ref())
                    .map(|c| c.span.slice(text));
                if got != Some(cue.as_str()) {
                    problems.push(format!("cue {got:?}, expected {cue:?}"));
                }
            }
            if let Some(want) = &expect.content {
                let got = attribution.map(|a| a.content.slice(text));
                if got != Some(want.as_str()) {
                    problems.push(format!("content {got:?}, expected {want:?}"));
                }
            }
            let source = first.source().map(|s| &analysis.sources[s]);
            if let Some(want) = &expect.source {
                let got = source.map(|s| s.intro.slice(text));
                if got != Some(want.as_str()) {
                    problems.push(format!("source {got:?}, expected {want:?}"));
                }
            }
            if let Some(kind) = &expect.kind {
                let source_kind = source.map(|s| serde_json::to_value(s.kind).unwrap_or_default());
                let sentence_kind = first.kind.map(|k| serde_json::to_value(k).unwrap_or_default());
                let want = serde_json::Value::String(kind.clone());
                if source_kind.as_ref() != Some(&want) && sentence_kind.as_ref() != Some(&want) {
                    problems.push(format!("kind {source_kind:?}/{sentence_kind:?}, expected {kind}"));
                }
            }
        } else if expect.status.is_some() {
            problems.push("no sentence".to_string());
        }
        if !problems.is_empty() {
            failures.push(format!("{path}: {text:?}: {}", problems.join("; ")));
        }
    }
    assert!(
        failures.is_empty(),
        "lexicon examples failed:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_embedded_file_has_examples() {
    let rules = RuleSet::embedded();
    for (path, _) in whosaid::EMBEDDED {
        let rule_examples = rules
            .rules
            .values()
            .filter(|d| d.path == *path)
            .map(|d| d.examples.len());
        let lexicon_examples = rules.lexicon_examples.iter().filter(|(p, _)| p == path).count();
        assert!(
            rule_examples.sum::<usize>() + lexicon_examples > 0,
            "{path} has no examples"
        );
    }
}

#[test]
fn every_rule_file_is_embedded() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut on_disk = Vec::new();
    for folder in ["rules/lexicon", "rules/rules"] {
        for entry in std::fs::read_dir(root.join(folder)).expect("rule folder") {
            let name = entry.expect("entry").file_name().to_string_lossy().into_owned();
            if name.ends_with(".yaml") {
                on_disk.push(format!("{folder}/{name}"));
            }
        }
    }
    on_disk.sort();
    let mut embedded: Vec<String> = whosaid::EMBEDDED.iter().map(|(p, _)| (*p).to_string()).collect();
    embedded.sort();
    assert_eq!(on_disk, embedded);
}

#[test]
fn superseded_by_must_name_known_rules() {
    let rule = "id: unattributed-claim\nseverity: warning\ndescription: d\nwhy: w\nmessage: m\nsuperseded_by: [no-such-rule]\nexamples:\n  - { text: \"Prices rose sharply.\", flags: true }\n  - { text: \"Prices rose, a trader said.\", flags: false }\n";
    let err = whosaid::RuleSet::load(&[("house/claim.yaml".to_string(), rule.to_string())])
        .expect_err("unknown rule");
    assert_eq!(err.path, "house/claim.yaml");
    assert!(
        err.message
            .contains("superseded_by names unknown rule `no-such-rule`"),
        "{err}"
    );
}
