//! Rule documentation generated from the rule files: the page `whosaid explain
//! ID` prints, the SARIF help text, and `docs/rules.md`. Owns the wording of
//! those pages; must not hold any fact that is not in a rule file.

use crate::rules::RuleDef;
use crate::RuleSet;

/// The Markdown page of one rule.
pub fn rule_markdown(def: &RuleDef) -> String {
    let mut page = format!(
        "## `{}`\n\n{}\n\n- Default severity: **{}**\n",
        def.id,
        def.description,
        def.severity.name()
    );
    for (kind, severity) in &def.severities {
        page.push_str(&format!("- For {kind} findings: **{}**\n", severity.name()));
    }
    if !def.superseded_by.is_empty() {
        let names: Vec<String> = def.superseded_by.iter().map(|id| format!("`{id}`")).collect();
        page.push_str(&format!(
            "- Not reported where {} flags the same sentence\n",
            names.join(", ")
        ));
    }
    page.push_str(&format!(
        "- Message: “{}”\n- Defined in: `{}`\n\n",
        def.message, def.path
    ));
    page.push_str(&format!("**Why.** {}\n", def.why.trim()));
    for (title, flags) in [("Flags", true), ("Passes", false)] {
        let examples: Vec<_> = def.examples.iter().filter(|e| e.flags == flags).collect();
        if examples.is_empty() {
            continue;
        }
        page.push_str(&format!("\n**{title}:**\n\n"));
        for example in examples {
            page.push_str("```text\n");
            page.push_str(example.text.trim_end());
            page.push_str("\n```\n");
        }
    }
    page
}

/// `docs/rules.md`: every rule of the set, in id order.
pub fn rules_markdown(rules: &RuleSet) -> String {
    let mut doc = String::from(
        "# whosaid rules\n\n<!-- Generated from rules/rules/*.yaml by `whosaid rules --markdown`; do not edit. -->\n\n",
    );
    doc.push_str("| rule | severity | what it flags |\n|---|---|---|\n");
    for def in rules.rules.values() {
        doc.push_str(&format!(
            "| [`{}`](#{}) | {} | {} |\n",
            def.id,
            def.id,
            def.severity.name(),
            def.description
        ));
    }
    for def in rules.rules.values() {
        doc.push('\n');
        doc.push_str(&rule_markdown(def));
    }
    doc
}
