//! Real drafts: Markdown and HTML readers (every span checked against the
//! original file), folders, standard input, BOM and CRLF, and JSONL streams.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn whosaid_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run whosaid")
}

fn package() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn report(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("JSON report: {e}\n{}", String::from_utf8_lossy(&out.stderr)))
}

/// Letters and digits, word by word.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The prose words of a report field appear, in order, in the source bytes
/// its span covers (markup and entities may add words, never remove them).
fn assert_span_matches(source: &str, start: u64, end: u64, text: &str) {
    let slice = source
        .get(start as usize..end as usize)
        .unwrap_or_else(|| panic!("span {start}..{end} off the file or off a char boundary"));
    let mut source_words = words(slice).into_iter();
    for word in words(text) {
        assert!(
            source_words.any(|w| w == word),
            "{word:?} of {text:?} not found in source {slice:?}"
        );
    }
}

fn check_all_spans(source: &str, file: &serde_json::Value) {
    let items = |key: &str| file[key].as_array().cloned().unwrap_or_default();
    for s in items("sentences") {
        assert_span_matches(
            source,
            s["start"].as_u64().unwrap_or(0),
            s["end"].as_u64().unwrap_or(0),
            s["text"].as_str().unwrap_or(""),
        );
        let (line, column) = (
            s["line"].as_u64().unwrap_or(0) as usize,
            s["column"].as_u64().unwrap_or(0) as usize,
        );
        let before = &source[..s["start"].as_u64().unwrap_or(0) as usize];
        assert_eq!(line, before.matches('\n').count() + 1, "line of {:?}", s["text"]);
        assert_eq!(
            column,
            before.rsplit('\n').next().unwrap_or("").chars().count() + 1,
            "column of {:?}",
            s["text"]
        );
    }
    for a in items("attributions") {
        for part in [&a["cue"], &a["mention"]] {
            if part.is_object() {
                assert_span_matches(
                    source,
                    part["start"].as_u64().unwrap_or(0),
                    part["end"].as_u64().unwrap_or(0),
                    part["text"].as_str().unwrap_or(""),
                );
            }
        }
    }
    for d in items("diagnostics") {
        assert!(source
            .get(d["start"].as_u64().unwrap_or(0) as usize..d["end"].as_u64().unwrap_or(0) as usize)
            .is_some());
    }
}

#[test]
fn markdown_and_html_drafts() {
    let _guard = common::snapshot_settings().bind_to_scope();
    let drafts = package().join("tests/fixtures/drafts");
    for (name, config) in [
        ("harbor-draft.md", None),
        ("cms-page.html", Some("html:\n  skip: [\".byline\"]\n")),
    ] {
        let dir = common::scratch(name);
        let source = std::fs::read_to_string(drafts.join(name)).expect("draft");
        common::write(&dir.join(name), source.as_bytes());
        if let Some(config) = config {
            common::write(&dir.join(".whosaid.yml"), config.as_bytes());
        }
        let json = whosaid_in(&dir, &["check", "--format", "json", name]);
        let value = report(&json);
        check_all_spans(&source, &value["files"][0]);
        let yaml = whosaid_in(&dir, &["check", "--format", "yaml", name]);
        insta::assert_snapshot!(
            format!("draft-{name}.yaml"),
            String::from_utf8_lossy(&yaml.stdout)
        );
        let text = whosaid_in(&dir, &["check", "--color", "never", name]);
        insta::assert_snapshot!(
            format!("draft-{name}.text"),
            String::from_utf8_lossy(&text.stdout)
        );
    }
}

#[test]
fn bom_and_crlf_keep_positions_right() {
    let dir = common::scratch("bom");
    let source =
        "\u{feff}# Port news\r\n\r\nThe port closed, a clerk there said.\r\n\r\nPrices rose 40 percent.\r\n";
    for name in ["story.md", "story.txt"] {
        common::write(&dir.join(name), source.as_bytes());
        let value = report(&whosaid_in(&dir, &["check", "--format", "json", name]));
        let file = &value["files"][0];
        check_all_spans(source, file);
        let statuses: Vec<&str> = file["sentences"]
            .as_array()
            .expect("sentences")
            .iter()
            .filter_map(|s| s["status"].as_str())
            .collect();
        assert_eq!(statuses, ["heading", "attributed", "unattributed"], "{name}");
        assert_eq!(file["sentences"][1]["line"], 3);
        assert_eq!(
            file["sentences"][0]["column"],
            if name.ends_with(".md") { 4 } else { 2 },
            "{name}: the BOM is a character"
        );
    }
}

#[test]
fn folders_respect_ignore_files_in_a_deterministic_order() {
    let dir = common::scratch("folder");
    let story = b"Prices rose, a trader in the port said.\n";
    common::write(&dir.join("drafts/b.txt"), story);
    common::write(
        &dir.join("drafts/a.md"),
        b"# Port\n\nPrices rose, a trader in the port said.\n",
    );
    common::write(
        &dir.join("drafts/sub/c.html"),
        b"<p>Prices rose, a trader in the port said.</p>",
    );
    common::write(&dir.join("drafts/notes.json"), b"{}");
    common::write(&dir.join("drafts/old.txt"), story);
    common::write(&dir.join("drafts/.whosaidignore"), b"old.txt\n");
    common::write(&dir.join("drafts/tmp/scratch.txt"), story);
    common::write(&dir.join("drafts/.gitignore"), b"tmp/\n");
    common::write(&dir.join("drafts/broken.txt"), b"Caf\xe9 prices rose.\n");
    let paths = |out: &Output| -> Vec<String> {
        report(out)["files"]
            .as_array()
            .expect("files")
            .iter()
            .filter_map(|f| f["path"].as_str().map(str::to_string))
            .collect()
    };
    let one = whosaid_in(&dir, &["check", "--format", "json", "--threads", "1", "drafts"]);
    let two = whosaid_in(&dir, &["check", "--format", "json", "--threads", "2", "drafts"]);
    assert_eq!(one.stdout, two.stdout, "the same report on one core and on two");
    assert_eq!(paths(&one), ["drafts/a.md", "drafts/b.txt", "drafts/sub/c.html"]);
    assert_eq!(one.status.code(), Some(2), "the broken file is an error");
    let value = report(&one);
    assert_eq!(value["errors"][0]["path"], "drafts/broken.txt");
    assert!(
        String::from_utf8_lossy(&one.stderr).contains("drafts/broken.txt: invalid UTF-8 at line 1 (byte 3)")
    );
    let txt = whosaid_in(&dir, &["check", "--format", "json", "--ext", "txt", "drafts"]);
    assert_eq!(paths(&txt), ["drafts/b.txt"]);
    let md = whosaid_in(&dir, &["check", "--format", "json", "--glob", "*.md", "drafts"]);
    assert_eq!(paths(&md), ["drafts/a.md"]);
}

/// The JSON report of `text` read from standard input as the file `name`.
fn check_stdin(name: &str, text: &str) -> serde_json::Value {
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["check", "--format", "json", "--stdin-filename", name, "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("write");
    report(&child.wait_with_output().expect("wait"))
}

#[test]
fn standard_input_with_a_name_and_a_format() {
    let value = check_stdin(
        "desk/story.md",
        "# Port news\n\nThe **port** closed, a clerk there said.\n",
    );
    assert_eq!(value["files"][0]["path"], "desk/story.md");
    assert_eq!(value["files"][0]["sentences"][0]["status"], "heading");
    assert_eq!(
        value["files"][0]["sentences"][1]["text"],
        "The port closed, a clerk there said."
    );
}

#[test]
fn jsonl_stream_reports_malformed_lines_and_goes_on() {
    let dir = common::scratch("jsonl");
    let lines = "{\"id\": \"a\", \"text\": \"Prices rose, a trader in the port said.\"}\n{\"id\": \"b\", \"text\": 12}\nnot json\n\n{\"id\": 7, \"text\": \"“Nobody can pay,” said a farmer in the valley.\"}\n";
    common::write(&dir.join("archive.jsonl"), lines.as_bytes());
    let out = whosaid_in(
        &dir,
        &[
            "check",
            "--input-format",
            "jsonl",
            "--format",
            "jsonl",
            "archive.jsonl",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "malformed lines make the exit code 2");
    let records: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect();
    assert_eq!(records.len(), 4);
    assert_eq!(records[0]["id"], "a");
    assert_eq!(records[0]["sentences"][0]["status"], "attributed");
    assert_eq!(
        (records[1]["line"].as_u64(), records[1]["id"].as_str()),
        (Some(2), Some("b"))
    );
    assert!(records[1]["error"]
        .as_str()
        .is_some_and(|e| e.contains("invalid type")));
    assert_eq!(records[2]["line"], 3);
    assert_eq!(records[3]["id"], 7);
    assert_eq!(records[3]["sentences"][0]["kind"], "direct");
}

/// Peak resident memory of a running process, from `/proc`.
fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn a_long_jsonl_stream_runs_in_bounded_memory() {
    const LINES: usize = 100_000;
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args([
            "check",
            "--no-config",
            "--input-format",
            "jsonl",
            "--format",
            "jsonl",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    let stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut count = 0usize;
        let mut last = String::new();
        for line in BufReader::new(stdout).lines() {
            last = line.expect("output line");
            count += 1;
        }
        (count, last)
    });
    for i in 0..LINES {
        writeln!(stdin, "{{\"id\": {i}, \"text\": \"Rice rose, a trader said.\"}}").expect("write line");
    }
    stdin.flush().expect("flush");
    // Every line has been written; the peak so far covers all the work but the last batch.
    let peak = peak_rss_kib(child.id());
    drop(stdin);
    let (count, last) = reader.join().expect("reader");
    let mut rest = String::new();
    let _ = child.stderr.take().map(|mut e| e.read_to_string(&mut rest));
    assert!(child.wait().expect("wait").success() || count == LINES);
    assert_eq!(count, LINES, "one report per input line, in order");
    assert!(last.starts_with(&format!("{{\"id\":{}", LINES - 1)), "{last}");
    if let Some(peak) = peak {
        assert!(
            peak < 64 * 1024,
            "peak memory {peak} KiB for a {LINES}-line stream"
        );
    }
}

/// The status of every sentence of a report, with its text.
fn statuses(value: &serde_json::Value) -> Vec<(String, String)> {
    value["files"][0]["sentences"]
        .as_array()
        .expect("sentences")
        .iter()
        .map(|s| {
            (
                s["status"].as_str().unwrap_or("").to_string(),
                s["text"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn a_list_an_introduction_opens_is_its_speakers_words_item_by_item() {
    let draft =
        "By Ana Ruiz\n\nThe inspectors listed three faults:\n\n- The gate sticks.\n- The lights fail.\n\
                 - The pumps leak.\n\nThe dock closed on Monday.\n\n- A later list stands alone.\n";
    for (name, text) in [
        ("draft.md", draft.to_string()),
        ("draft.html", markdown_as_html(draft)),
    ] {
        let got = statuses(&check_stdin(name, &text));
        let want = [
            ("credit", "By Ana Ruiz"),
            ("attributed", "The inspectors listed three faults:"),
            ("attributed", "The gate sticks."),
            ("attributed", "The lights fail."),
            ("attributed", "The pumps leak."),
            ("unattributed", "The dock closed on Monday."),
            ("unattributed", "A later list stands alone."),
        ];
        let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(got, want, "{name}");
    }
}

/// The same draft in the HTML a CMS exports.
fn markdown_as_html(draft: &str) -> String {
    let mut html = String::new();
    let mut in_list = false;
    for block in draft.split("\n\n") {
        for line in block.lines() {
            if let Some(item) = line.strip_prefix("- ") {
                if !in_list {
                    html.push_str("<ul>");
                    in_list = true;
                }
                html.push_str(&format!("<li>{item}</li>"));
            } else {
                if in_list {
                    html.push_str("</ul>");
                    in_list = false;
                }
                html.push_str(&format!("<p>{line}</p>"));
            }
        }
    }
    if in_list {
        html.push_str("</ul>");
    }
    html
}
