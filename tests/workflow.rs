//! End to end: output formats, configuration discovery, suppression comments,
//! baselines, and GitHub annotations, as a newsroom's CI would use them.

mod common;

use std::path::Path;
use std::process::{Command, Output};

fn run_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_whosaid"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY");
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("run whosaid")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("JSON report: {e}\n{}", text(&out.stdout)))
}

const STORY: &str = "The mill will close in June, a worker there told the paper.\n\nThe company claimed it paid every worker.\n\nWages fell 40 percent last year.\n\n“Nobody told us anything.”\n";

#[test]
fn every_format_renders_the_same_findings() {
    let dir = common::scratch("formats");
    common::write(&dir.join("story.txt"), STORY);
    let _guard = common::snapshot_settings().bind_to_scope();
    for format in ["text", "line", "json", "yaml", "sarif", "github", "rdjsonl"] {
        let out = run_in(
            &dir,
            &["check", "--no-config", "--format", format, "story.txt"],
            &[],
        );
        assert_eq!(
            out.status.code(),
            Some(1),
            "{format}: an unattributed quote is an error"
        );
        insta::assert_snapshot!(format!("cli-format-{format}"), text(&out.stdout));
    }
}

#[test]
fn sarif_is_valid_for_code_scanning() {
    let dir = common::scratch("sarif");
    common::write(&dir.join("story.txt"), STORY);
    let out = run_in(
        &dir,
        &["check", "--no-config", "--format", "sarif", "story.txt"],
        &[],
    );
    let log = json(&out);
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    for result in run["results"].as_array().expect("results") {
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        assert!(rules[index]["help"]["markdown"]
            .as_str()
            .is_some_and(|h| !h.is_empty()));
        assert!(result["partialFingerprints"]["whosaidSentence/v1"]
            .as_str()
            .is_some_and(|f| f.len() == 16));
    }
    // Fingerprints follow the sentence, not its line: a new first paragraph leaves them unchanged.
    common::write(
        &dir.join("story.txt"),
        format!("Schools reopened on Monday.\n\n{STORY}"),
    );
    let moved = json(&run_in(
        &dir,
        &["check", "--no-config", "--format", "sarif", "story.txt"],
        &[],
    ));
    let prints = |log: &serde_json::Value| -> Vec<String> {
        log["runs"][0]["results"]
            .as_array()
            .expect("results")
            .iter()
            .filter(|r| r["ruleId"] != "unattributed-claim")
            .map(|r| r["partialFingerprints"]["whosaidSentence/v1"].to_string())
            .collect()
    };
    assert_eq!(prints(&log), prints(&moved));
}

#[test]
fn configuration_is_found_walking_up_and_applies_per_file() {
    let dir = common::scratch("config");
    common::write(
        &dir.join(".whosaid.yml"),
        "rules:\n  unattributed-quote: warning\n  loaded-attribution-verb: off\nfail_level: warning\nhouse:\n  boilerplate:\n    - \"The Courier is funded by its readers\"\n",
    );
    common::write(
        &dir.join("desk/drafts/story.txt"),
        format!("The Courier is funded by its readers and by nobody else.\n\n{STORY}"),
    );
    common::write(
        &dir.join("other/.whosaid.yaml"),
        "rules:\n  unattributed-statistic: off\n",
    );
    common::write(&dir.join("other/story.txt"), STORY);
    let out = run_in(
        &dir,
        &[
            "check",
            "--format",
            "json",
            "desk/drafts/story.txt",
            "other/story.txt",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let report = json(&out);
    let rules_of = |i: usize| -> Vec<String> {
        report["files"][i]["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .map(|d| d["rule"].as_str().unwrap_or("").to_string())
            .collect()
    };
    let desk = rules_of(0);
    assert!(!desk.contains(&"loaded-attribution-verb".to_string()), "{desk:?}");
    assert!(desk.contains(&"unattributed-statistic".to_string()), "{desk:?}");
    assert_eq!(report["files"][0]["sentences"][0]["status"], "boilerplate");
    let quote = report["files"][0]["diagnostics"]
        .as_array()
        .and_then(|d| d.iter().find(|d| d["rule"] == "unattributed-quote").cloned());
    assert_eq!(quote.expect("quote finding")["severity"], "warning");
    let other = rules_of(1);
    assert!(
        other.contains(&"loaded-attribution-verb".to_string()),
        "{other:?}"
    );
    assert!(
        !other.contains(&"unattributed-statistic".to_string()),
        "{other:?}"
    );

    // `whosaid config` shows what applies, `--config` and `--no-config` override discovery.
    let shown = text(&run_in(&dir, &["config", "desk/drafts/story.txt"], &[]).stdout);
    assert!(shown.contains("\"loaded-attribution-verb\": \"off\""), "{shown}");
    assert!(shown.contains("\"fail_level\": \"warning\""), "{shown}");
    let plain = json(&run_in(
        &dir,
        &["check", "--no-config", "--format", "json", "other/story.txt"],
        &[],
    ));
    assert!(plain["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .any(|d| d["rule"] == "unattributed-statistic"));
}

#[test]
fn bad_configuration_names_file_and_line_and_other_files_are_checked() {
    let dir = common::scratch("bad-config");
    common::write(
        &dir.join("broken/.whosaid.yml"),
        "rules:\n  unattributed-claim: loud\n",
    );
    common::write(&dir.join("broken/story.txt"), STORY);
    common::write(&dir.join("fine/story.txt"), STORY);
    let out = run_in(
        &dir,
        &["check", "--format", "json", "broken/story.txt", "fine/story.txt"],
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains(".whosaid.yml:2:"), "{err}");
    assert!(err.contains("`loud` is not a rule setting"), "{err}");
    let report = json(&out);
    assert_eq!(report["files"][0]["path"], "fine/story.txt");
    assert_eq!(report["errors"][0]["path"], "broken/story.txt");
}

#[test]
fn suppression_comments_with_reasons() {
    let dir = common::scratch("suppress");
    let story = "<!-- whosaid-disable-next unattributed-statistic -- figure from the annual report, linked below -->\nWages fell 40 percent last year.\n\n<!-- whosaid off -- wire copy, checked by the wire -->\nRice costs more than it did.\n\nFuel is scarce.\n<!-- whosaid on -->\n\nThe company claimed it paid every worker.\n\n<!-- whosaid-disable-next vague-attribution -->\nThe mayor said the bridge will close.\n";
    common::write(&dir.join("story.txt"), story);
    let out = run_in(
        &dir,
        &["check", "--no-config", "--format", "json", "story.txt"],
        &[],
    );
    let report = json(&out);
    let diagnostics = report["files"][0]["diagnostics"].as_array().expect("diagnostics");
    let find = |rule: &str| {
        diagnostics
            .iter()
            .filter(|d| d["rule"] == rule)
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(
        find("unattributed-statistic")[0]["suppressed"],
        "figure from the annual report, linked below"
    );
    let claims = find("unattributed-claim");
    assert_eq!(claims.len(), 2);
    assert!(claims
        .iter()
        .all(|d| d["suppressed"] == "wire copy, checked by the wire"));
    assert!(find("loaded-attribution-verb")[0]["suppressed"].is_null());
    assert_eq!(
        find("unused-suppression").len(),
        1,
        "the vague-attribution suppression matched nothing"
    );
    assert_eq!(find("suppression-without-reason").len(), 1);
    assert_eq!(report["summary"]["suppressed"], 3);
    // The comment lines are not sentences.
    let sentences = report["files"][0]["sentences"].as_array().expect("sentences");
    assert!(sentences
        .iter()
        .all(|s| !s["text"].as_str().unwrap_or("").contains("<!--")));
    let human = text(&run_in(&dir, &["check", "--no-config", "story.txt"], &[]).stdout);
    assert!(!human.contains("unattributed-statistic"), "{human}");
    assert!(human.contains("(3 suppressed)"), "{human}");
}

#[test]
fn baseline_fails_only_on_new_findings() {
    let dir = common::scratch("baseline");
    common::write(&dir.join("story.txt"), STORY);
    let out = run_in(
        &dir,
        &[
            "check",
            "--no-config",
            "--write-baseline",
            "baseline.json",
            "story.txt",
        ],
        &[],
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "writing a baseline still reports today's findings"
    );
    let recorded = std::fs::read_to_string(dir.join("baseline.json")).expect("baseline written");
    assert!(
        recorded.contains("\"rule\": \"unattributed-quote\""),
        "{recorded}"
    );
    let out = run_in(
        &dir,
        &["check", "--no-config", "--baseline", "baseline.json", "story.txt"],
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    // Editing elsewhere keeps old findings matched; a new problem fails.
    common::write(
        &dir.join("story.txt"),
        format!("Officials said schools would reopen.\n\n{STORY}\n“Prices will double again.”\n"),
    );
    let out = run_in(
        &dir,
        &[
            "check",
            "--no-config",
            "--format",
            "json",
            "--baseline",
            "baseline.json",
            "story.txt",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    let report = json(&out);
    let active: Vec<&str> = report["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["suppressed"].is_null())
        .filter_map(|d| d["rule"].as_str())
        .collect();
    assert_eq!(active, ["vague-attribution", "unattributed-quote"]);
    // A broken baseline is an error naming the file and line.
    common::write(&dir.join("bad.json"), "{\"version\": 1,\n \"findings\": [}\n");
    let out = run_in(
        &dir,
        &["check", "--no-config", "--baseline", "bad.json", "story.txt"],
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("bad.json:2:"), "{}", text(&out.stderr));
}

#[test]
fn github_annotations_overflow_into_the_step_summary() {
    let dir = common::scratch("github");
    let story: String = (1..=13)
        .map(|i| format!("Output at plant number {i} fell sharply this year.\n\n"))
        .collect();
    common::write(&dir.join("story.txt"), &story);
    let summary = dir.join("summary.md");
    let summary_path = summary.display().to_string();
    let out = run_in(
        &dir,
        &["check", "--no-config", "--format", "github", "story.txt"],
        &[("GITHUB_STEP_SUMMARY", &summary_path)],
    );
    let commands = text(&out.stdout);
    assert_eq!(
        commands.matches("::warning file=story.txt,line=").count(),
        10,
        "{commands}"
    );
    assert!(
        commands.contains("whosaid: 3 more findings were not annotated"),
        "{commands}"
    );
    let table = std::fs::read_to_string(&summary).expect("summary written");
    assert_eq!(table.matches("| story.txt |").count(), 3, "{table}");
}
