//! `docs/rules.md` is generated from the rule files and must be current.

use whosaid::{docs, RuleSet};

#[test]
fn rules_doc_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    let generated = docs::rules_markdown(&RuleSet::embedded());
    assert!(
        on_disk == generated,
        "docs/rules.md is stale: run `cargo run -- rules --markdown > docs/rules.md`"
    );
}

#[test]
fn every_rule_has_a_section() {
    let rules = RuleSet::embedded();
    let doc = docs::rules_markdown(&rules);
    for id in whosaid::rules::implemented() {
        assert!(doc.contains(&format!("\n## `{id}`\n")), "no section for {id}");
    }
}
