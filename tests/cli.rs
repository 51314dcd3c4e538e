//! The command line: exit codes, output formats, bad input and rule files.

mod common;

use std::process::{Command, Output};

fn whosaid(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run whosaid")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

const CLEAN: &str = "tests/fixtures/articles/01-named-sources.txt";
const WARNINGS_ONLY: &str = "tests/fixtures/articles/04-according-to.txt";
const ERRORS: &str = "tests/fixtures/articles/09-unclosed-quote.txt";

#[test]
fn exit_codes_follow_the_fail_level() {
    assert_eq!(whosaid(&["check", CLEAN]).status.code(), Some(0));
    assert_eq!(whosaid(&["check", WARNINGS_ONLY]).status.code(), Some(0));
    assert_eq!(
        whosaid(&["check", "--fail-level", "warning", WARNINGS_ONLY])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(whosaid(&["check", ERRORS]).status.code(), Some(1));
    assert_eq!(
        whosaid(&["check", "--fail-level", "info", CLEAN]).status.code(),
        Some(0)
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(whosaid(&[]).status.code(), Some(2));
    assert_eq!(whosaid(&["check"]).status.code(), Some(2));
    assert_eq!(
        whosaid(&["check", "--format", "xml", CLEAN]).status.code(),
        Some(2)
    );
}

#[test]
fn json_and_yaml_are_the_same_model_and_deterministic() {
    let first = whosaid(&["check", "--format", "json", CLEAN, ERRORS]);
    let second = whosaid(&["check", "--format", "json", CLEAN, ERRORS]);
    assert_eq!(first.stdout, second.stdout);
    let json: serde_json::Value = serde_json::from_slice(&first.stdout).expect("JSON report");
    assert_eq!(json["version"], 3);
    assert_eq!(json["files"][0]["path"], CLEAN);
    assert_eq!(json["files"][1]["path"], ERRORS);
    assert_eq!(json["summary"]["files"], 2);
    let yaml = stdout(&whosaid(&["check", "--format", "yaml", CLEAN]));
    assert!(
        yaml.starts_with("version: 3\nfiles:\n- path: tests/fixtures/articles/01-named-sources.txt\n"),
        "{yaml}"
    );
    assert!(
        !stdout(&first).contains(env!("CARGO_MANIFEST_DIR")),
        "no absolute paths"
    );
}

#[test]
fn missing_and_invalid_files_are_reported_and_others_still_checked() {
    let dir = common::scratch("bad-input");
    let invalid = common::write(
        &dir.join("latin1.txt"),
        b"Prices rose, a trader said.\n\nCaf\xe9 owners said so.\n",
    );
    let empty = common::write(&dir.join("empty.txt"), b"");
    let missing = dir.join("missing.txt").display().to_string();
    let out = whosaid(&["check", "--format", "json", &missing, CLEAN, &invalid, &empty]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains(&format!("whosaid: {missing}: cannot read")), "{err}");
    assert!(
        err.contains(&format!("whosaid: {invalid}: invalid UTF-8 at line 3 (byte 32)")),
        "{err}"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    let paths: Vec<&str> = json["files"]
        .as_array()
        .expect("files")
        .iter()
        .filter_map(|f| f["path"].as_str())
        .collect();
    assert_eq!(paths, [CLEAN, empty.as_str()]);
    assert_eq!(json["files"][1]["sentences"].as_array().map(Vec::len), Some(0));
    assert_eq!(json["summary"]["file_errors"], 2);
    assert_eq!(json["errors"][0]["path"], missing.as_str());
}

#[test]
fn human_report_has_snippets_and_a_summary() {
    let out = whosaid(&["check", "--color", "never", ERRORS]);
    let text = stdout(&out);
    assert!(
        text.contains("error[unclosed-quote]: this quotation is never closed"),
        "{text}"
    );
    assert!(
        text.contains(" --> tests/fixtures/articles/09-unclosed-quote.txt:3:1"),
        "{text}"
    );
    assert!(
        text.ends_with("1 file checked: 4 sentences (1 attributed, 3 unattributed), 1 source; 2 errors, 2 warnings, 1 info\n"),
        "{text}"
    );
}

#[test]
fn rule_directory_extends_the_lexicon_and_overrides_rules() {
    let dir = common::scratch("rules");
    common::write(
        &dir.join("lexicon/house-cues.yaml"),
        b"cues:\n  - { lemma: opine, class: stance }\nexamples:\n  - text: \"The mayor opined that taxes would rise.\"\n    expect: { cue: opined }\n",
    );
    common::write(
        &dir.join("strict-claims.yml"),
        b"id: unattributed-claim\nseverity: error\ndescription: d\nwhy: w\nmessage: m\nexamples:\n  - { text: \"Prices rose sharply.\", flags: true }\n  - { text: \"Prices rose, a trader said.\", flags: false }\n",
    );
    let article = common::write(
        &dir.join("story.txt"),
        b"The mayor opined that taxes would rise.\n\nPrices rose sharply.\n",
    );
    let rules = dir.display().to_string();
    let out = whosaid(&["check", "--format", "json", "--rules", &rules, &article]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(json["files"][0]["sentences"][0]["cue"]["text"], "opined");
    let claim = json["files"][0]["diagnostics"]
        .as_array()
        .and_then(|d| d.iter().find(|d| d["rule"] == "unattributed-claim"))
        .expect("an unattributed-claim finding");
    assert_eq!(claim["severity"], "error");
    let listed = stdout(&whosaid(&["rules", "--rules", &rules]));
    assert!(
        listed.contains("unattributed-claim                 error    d\n"),
        "{listed}"
    );
}

#[test]
fn bad_rule_files_name_file_line_and_column() {
    let dir = common::scratch("bad-rules");
    let bad = common::write(
        &dir.join("broken.yaml"),
        b"cues:\n  - { lemma: opine, clas: stance }\n",
    );
    let out = whosaid(&[
        "check",
        "--format",
        "json",
        "--rules",
        &dir.display().to_string(),
        CLEAN,
    ]);
    assert_eq!(out.status.code(), Some(2));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(report["files"][0]["path"], CLEAN, "the article is still checked");
    assert_eq!(report["errors"][0]["line"], 2);
    let err = stderr(&out);
    assert!(err.starts_with(&format!("whosaid: {bad}:2:")), "{err}");
    assert!(err.contains("unknown field `clas`"), "{err}");

    let dir = common::scratch("unknown-rule");
    let unknown = common::write(
        &dir.join("mystery.yaml"),
        b"id: mystery-rule\nseverity: error\ndescription: d\nwhy: w\nmessage: m\nexamples: []\n",
    );
    let out = whosaid(&["check", "--rules", &dir.display().to_string(), CLEAN]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(&format!("{unknown}: unknown rule id `mystery-rule`")),
        "{}",
        stderr(&out)
    );
}
