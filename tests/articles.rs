//! Every fixture article: its YAML report and its human report are snapshots
//! (reviewed line by line), and every span in the report slices the file to
//! the text the report claims.

mod common;

use whosaid::report::human;
use whosaid::{Report, RuleSet};

fn relative(path: &std::path::Path) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    path.strip_prefix(root).unwrap_or(path).display().to_string()
}

#[test]
fn fixture_reports() {
    let rules = RuleSet::embedded();
    let _guard = common::snapshot_settings().bind_to_scope();
    let articles = common::fixture_articles();
    assert!(articles.len() >= 15, "at least 15 fixture articles");
    for path in articles {
        let text = std::fs::read_to_string(&path).expect("fixture is UTF-8");
        let shown = relative(&path);
        let file = whosaid::check(&shown, &text, &rules);
        check_spans(&text, &file);
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("file name")
            .to_string();
        let human_text = human::render_file(&file, false);
        let report = Report::new(vec![file], Vec::new());
        insta::assert_snapshot!(
            format!("{name}.human"),
            format!("{human_text}{}", human::summary_line(&report))
        );
        insta::assert_snapshot!(format!("{name}.yaml"), report.to_yaml());
    }
}

/// Every span of the report is inside the text, on character boundaries, and
/// its text is what the report says.
fn check_spans(text: &str, file: &whosaid::FileReport) {
    let slice = |start: usize, end: usize| {
        assert!(
            start <= end && end <= text.len(),
            "span {start}..{end} outside the text"
        );
        text.get(start..end)
            .unwrap_or_else(|| panic!("span {start}..{end} not on char boundaries"))
    };
    let mut previous_end = 0;
    let sources: Vec<_> = file.sources().collect();
    let attributions: Vec<_> = file.attributions().collect();
    for s in file.sentences() {
        assert_eq!(slice(s.start, s.end), s.text);
        assert!(s.start >= previous_end, "sentences overlap at {}", s.start);
        previous_end = s.end;
        if let Some(cue) = &s.cue {
            assert_eq!(slice(cue.start, cue.end), cue.text);
        }
    }
    for source in &sources {
        for m in &source.mentions {
            assert_eq!(slice(m.start, m.end), m.text);
        }
        let cited = attributions.iter().any(|a| a.source == Some(source.id));
        assert!(cited, "source {} is cited by no attribution", source.id);
    }
    for a in &attributions {
        slice(a.content.start, a.content.end);
        for part in [&a.cue, &a.mention].into_iter().flatten() {
            assert_eq!(slice(part.start, part.end), part.text);
        }
        if let Some(id) = &a.source {
            assert!(
                sources.iter().any(|s| &s.id == id),
                "attribution names unknown source {id}"
            );
        }
    }
    for d in &file.diagnostics {
        slice(d.start, d.end);
    }
}
