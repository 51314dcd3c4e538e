//! Hostile and odd input: each case has its expected report or error, and
//! none may panic or hang. Long runs (a 1 GB file) are ignored by default,
//! so `cargo test` reports them as such; run them with `--ignored`, best in
//! a release build.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use whosaid::{RuleSet, Status};

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run whosaid")
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("JSON: {e}: {}", String::from_utf8_lossy(&out.stderr)))
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Every span of the report is inside `text` on character boundaries.
fn assert_spans(text: &str, file: &whosaid::FileReport) {
    for s in file.sentences() {
        assert!(
            text.get(s.start..s.end).is_some(),
            "sentence {}..{}",
            s.start,
            s.end
        );
    }
    for a in file.attributions() {
        assert!(text.get(a.content.start..a.content.end).is_some());
    }
    for d in &file.diagnostics {
        assert!(text.get(d.start..d.end).is_some());
    }
}

#[test]
fn invalid_utf8_is_an_error_unless_lossy() {
    let dir = common::scratch("utf8");
    std::fs::write(
        dir.join("story.txt"),
        b"Prices rose, a trader said.\n\nCaf\xe9 owners said so.\n",
    )
    .expect("write");
    let out = run(&dir, &["check", "--no-config", "story.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("story.txt: invalid UTF-8 at line 3 (byte 32)"),
        "{}",
        stderr(&out)
    );
    let out = run(
        &dir,
        &["check", "--no-config", "--lossy", "--format", "json", "story.txt"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("replaced with U+FFFD (--lossy)"));
    assert_eq!(
        json(&out)["files"][0]["sentences"][1]["text"],
        "Caf\u{fffd} owners said so."
    );
}

#[test]
fn binary_files_are_skipped_with_a_message() {
    let dir = common::scratch("binary");
    common::write(&dir.join("photo.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    common::write(&dir.join("story.txt"), b"Prices rose, a trader said.\n");
    let out = run(
        &dir,
        &[
            "check",
            "--no-config",
            "--format",
            "json",
            "photo.txt",
            "story.txt",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("photo.txt: binary file (NUL byte at 8), skipped"),
        "{}",
        stderr(&out)
    );
    assert_eq!(json(&out)["files"].as_array().map(Vec::len), Some(1));
}

#[test]
fn line_endings_and_byte_order_marks() {
    let rules = RuleSet::embedded();
    for text in [
        "\u{feff}Prices rose.\rWages fell, a clerk said.\r",
        "Prices rose.\r\n\r\nWages fell, a clerk said.\r\n",
    ] {
        let file = whosaid::check("t.txt", text, &rules);
        assert_spans(text, &file);
        let lines: Vec<usize> = file.sentences().map(|s| s.line).collect();
        assert_eq!(
            lines,
            if text.contains("\r\n") {
                vec![1, 3]
            } else {
                vec![1, 2]
            },
            "{text:?}"
        );
        assert_eq!(
            file.sentences().nth(1).map(|s| s.status),
            Some(Status::Attributed)
        );
    }
}

#[test]
fn a_long_paragraph_with_no_full_stop() {
    let rules = RuleSet::embedded();
    let text = "the trader said prices rose and ".repeat(160_000); // about 5 MB, one line
    let started = std::time::Instant::now();
    let file = whosaid::check("t.txt", &text, &rules);
    assert_spans(&text, &file);
    assert_eq!(file.sentence_count(), 1);
    // Not a timing test: a generous bound only catches a quadratic regression.
    assert!(started.elapsed().as_secs() < 120, "took {:?}", started.elapsed());
}

#[test]
fn a_long_unattributed_paragraph_with_its_figure_at_the_end() {
    let rules = RuleSet::embedded();
    // About 1 MB, one sentence the reporter says, with no cue: the rules
    // about the reporter's claims read all of it to find the figure.
    let text = format!("{}then 42 apples.", "the mill will close and ".repeat(40_000));
    let started = std::time::Instant::now();
    let file = whosaid::check("t.txt", &text, &rules);
    assert_spans(&text, &file);
    let rules_flagged: Vec<&str> = file.diagnostics.iter().map(|d| &*d.rule).collect();
    assert!(
        rules_flagged.contains(&"unattributed-statistic"),
        "{rules_flagged:?}"
    );
    // Not a timing test: a generous bound only catches a quadratic regression.
    assert!(started.elapsed().as_secs() < 120, "took {:?}", started.elapsed());
}

#[test]
fn a_hundred_thousand_unmatched_quote_marks() {
    let rules = RuleSet::embedded();
    let text = format!(
        "Prices rose {} and fell.\n\nA clerk said: “Nobody knows.”",
        "“ ".repeat(100_000)
    );
    let file = whosaid::check("t.txt", &text, &rules);
    assert_spans(&text, &file);
    let unclosed = file
        .diagnostics
        .iter()
        .filter(|d| &*d.rule == "unclosed-quote")
        .count();
    assert_eq!(unclosed, 1, "one quote left open, the rest too deep to count");
    assert_eq!(
        file.sentences().last().map(|s| s.status),
        Some(Status::Attributed)
    );
}

#[test]
fn a_hundred_thousand_quotations_in_one_sentence() {
    // Closed quotations with no speaker until the last: each looks for the
    // nearest quotation of its paragraph that has one, which must not mean
    // looking back or ahead over all the others (67 s in a release build
    // before it was linear).
    let rules = RuleSet::embedded();
    let text = format!("{}“The end,” a clerk said.", "“a” ".repeat(100_000));
    let started = std::time::Instant::now();
    let file = whosaid::check("t.txt", &text, &rules);
    assert_spans(&text, &file);
    // Not a timing test: a generous bound only catches a quadratic regression.
    assert!(started.elapsed().as_secs() < 120, "took {:?}", started.elapsed());
    assert_eq!(file.sentence_count(), 1);
    assert_eq!(
        file.sentences().next().map(|s| s.status),
        Some(Status::Attributed)
    );
}

#[test]
fn deeply_nested_brackets_and_quotes() {
    let rules = RuleSet::embedded();
    let (open, close) = ("([".repeat(10_000), "])".repeat(10_000));
    let brackets = format!("Prices {open}x{close} rose. Wages fell.");
    let quotes = format!(
        "“{}deep{},” said a clerk.",
        "‘“".repeat(5_000),
        "”’".repeat(5_000)
    );
    for text in [brackets, quotes] {
        let file = whosaid::check("t.txt", &text, &rules);
        assert_spans(&text, &file);
        assert!(file.sentence_count() > 0);
    }
}

#[test]
fn scripts_combining_marks_invisible_characters_and_emoji() {
    let rules = RuleSet::embedded();
    let cases = [
        (
            "“الأسعار ارتفعت،” said a trader in the market.",
            Status::Attributed,
        ),
        ("Café\u{301} owners said the rent doubled.", Status::Attributed),
        ("A tra\u{200b}der said prices rose.", Status::Attributed),
        (
            "“Prices 📈 again 🙃,” said a trader in the port.",
            Status::Attributed,
        ),
        ("שלום prices rose 🚀 sharply.", Status::Unattributed),
    ];
    for (text, status) in cases {
        let file = whosaid::check("t.txt", text, &rules);
        assert_spans(text, &file);
        assert_eq!(file.sentences().next().map(|s| s.status), Some(status), "{text}");
        for s in file.sentences() {
            assert_eq!(s.column, text[..s.start].chars().count() + 1);
        }
    }
}

/// How many temporary files (`.tmp`) `dir` holds.
fn temporary_files(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .expect("dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .count()
}

#[test]
fn output_file_is_written_atomically_and_checked_files_are_never_touched() {
    let dir = common::scratch("output");
    let story = b"Prices rose 40 percent.\n";
    common::write(&dir.join("story.txt"), story);
    let out = run(
        &dir,
        &[
            "check",
            "--no-config",
            "--format",
            "json",
            "--output",
            "report.json",
            "story.txt",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stdout.is_empty(),
        "the report goes to the file, not to stdout"
    );
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("report.json")).expect("report"))
            .expect("JSON");
    assert_eq!(report["files"][0]["path"], "story.txt");
    assert_eq!(std::fs::read(dir.join("story.txt")).expect("story"), story);
    assert_eq!(temporary_files(&dir), 0, "no temporary file left behind");
}

#[test]
fn an_output_file_that_cannot_be_written_is_an_error_and_leaves_nothing_behind() {
    let dir = common::scratch("output-fails");
    common::write(&dir.join("story.txt"), b"Prices rose 40 percent.\n");
    // The report streams into a temporary file; renaming it onto a folder fails.
    std::fs::create_dir_all(dir.join("taken")).expect("folder");
    let out = run(&dir, &["check", "--no-config", "--output", "taken", "story.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("taken: cannot write"));
    assert_eq!(temporary_files(&dir), 0, "no temporary file left behind");
    // A folder that does not exist: the error names the path.
    let out = run(
        &dir,
        &[
            "check",
            "--no-config",
            "--output",
            "missing/report.json",
            "story.txt",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing/report.json: cannot write"));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = common::scratch("pipe");
    let story = "Prices rose 40 percent.\n\n".repeat(20_000);
    common::write(&dir.join("story.txt"), story);
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["check", "--no-config", "--format", "line", "story.txt"])
        .current_dir(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 64];
    std::io::Read::read_exact(&mut stdout, &mut first).expect("some output");
    drop(stdout); // the reader goes away, like `| head`
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(0), "a closed pipe is not an error");
    assert!(
        out.stderr.is_empty(),
        "nothing printed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn rule_directories_cannot_reach_outside_their_configuration() {
    let dir = common::scratch("containment");
    std::fs::create_dir_all(dir.join("elsewhere")).expect("folder");
    common::write(&dir.join("elsewhere/cues.yaml"), "cues: []\n");
    common::write(&dir.join("desk/.whosaid.yml"), "rule_dirs: [\"../elsewhere\"]\n");
    common::write(&dir.join("desk/story.txt"), "Prices rose.\n");
    let out = run(&dir, &["check", "--format", "json", "desk/story.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("outside the configuration's folder"),
        "{}",
        stderr(&out)
    );
    let mut huge = std::fs::File::create(dir.join("elsewhere/huge.yaml")).expect("create");
    huge.write_all(&vec![b'#'; 5 << 20]).expect("write");
    let out = run(
        &dir,
        &["check", "--no-config", "--rules", "elsewhere", "desk/story.txt"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("huge.yaml: larger than"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn each_configuration_gets_its_own_rule_directories() {
    let dir = common::scratch("rule-dirs");
    // One desk adds a cue verb; the other desk's rule directory is broken.
    common::write(&dir.join("desk/.whosaid.yml"), "rule_dirs: [\"house\"]\n");
    common::write(
        &dir.join("desk/house/cues.yaml"),
        "cues:\n  - { lemma: harrumph, class: manner }\n",
    );
    common::write(&dir.join("other/.whosaid.yml"), "rule_dirs: [\"house\"]\n");
    common::write(&dir.join("other/house/bad.yaml"), "cues: [\n");
    let story = "Prices will rise, the minister harrumphed.\n";
    common::write(&dir.join("desk/story.txt"), story);
    common::write(&dir.join("other/story.txt"), story);
    common::write(&dir.join("plain/story.txt"), story);
    let out = run(
        &dir,
        &[
            "check",
            "--format",
            "json",
            "desk/story.txt",
            "other/story.txt",
            "plain/story.txt",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    let status = |n: usize| report["files"][n]["sentences"][0]["status"].clone();
    assert_eq!(report["files"][0]["path"], "desk/story.txt");
    assert_eq!(status(0), "attributed", "the desk's own cue counts");
    assert_eq!(report["files"][1]["path"], "plain/story.txt");
    assert_eq!(status(1), "unattributed", "another desk's cue does not leak");
    assert_eq!(report["errors"][0]["path"], "other/story.txt");
    assert!(stderr(&out).contains("bad.yaml"), "{}", stderr(&out));
}

#[test]
#[ignore = "long run: writes a 1 GiB file (cargo test --release --test hostile -- --ignored)"]
fn a_one_gigabyte_file() {
    let dir = common::scratch("gigabyte");
    let path = dir.join("archive.txt");
    let paragraph = "Rice prices rose sharply last month, a trader in the port told reporters. “Nobody can pay,” she said.\n\n";
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).expect("create"));
    for _ in 0..(1 << 30) / paragraph.len() {
        file.write_all(paragraph.as_bytes()).expect("write");
    }
    file.flush().expect("flush");
    drop(file);
    let out = run(&dir, &["check", "--no-config", "--format", "line", "archive.txt"]);
    assert!(out.status.code().is_some_and(|c| c <= 1), "{}", stderr(&out));
}
