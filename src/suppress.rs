//! Suppression comments: `<!-- whosaid off -- reason -->` … `<!-- whosaid on -->`
//! and `<!-- whosaid-disable-next RULE[, RULE] -- reason -->` for the next
//! sentence. Owns parsing the directives and marking the diagnostics they
//! cover; a suppression that covers nothing, or gives no reason, is reported.
//! In plain text a directive is a comment alone on its line, which the
//! segmenter treats as a blank line.

use std::sync::Arc;

use crate::rules::{Diagnostic, Severity};
use crate::segment::Sentence;
use crate::span::Span;
use crate::RuleSet;

/// What a directive does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DirectiveKind {
    /// `whosaid off`: suppress everything until `whosaid on`.
    Off,
    /// `whosaid on`.
    On,
    /// `whosaid-disable-next RULE, …`: suppress those rules in the next sentence.
    DisableNext(Vec<String>),
}

/// One suppression comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// The whole comment.
    pub span: Span,
    /// What it does.
    pub kind: DirectiveKind,
    /// The text after `--`.
    pub reason: Option<String>,
}

/// Whether a line is an HTML comment and nothing else.
pub fn is_comment_line(line: &str) -> bool {
    let line = line.trim();
    line.starts_with("<!--") && line.ends_with("-->") && line[4..].find("-->") == Some(line.len() - 7)
}

/// Finds the whosaid directives among the HTML comments of `text`.
pub fn directives(text: &str) -> Vec<Directive> {
    let mut found = Vec::new();
    let mut from = 0;
    // Every checked text is searched, most of them without a comment:
    // memchr's vectorised search reads a megabyte of news in about a tenth
    // of the instructions of `str::find` (0.3M against 3.4M).
    let find = |pattern: &[u8], from: usize| {
        memchr::memmem::find(&text.as_bytes()[from..], pattern).map(|i| from + i)
    };
    while let Some(open) = find(b"<!--", from) {
        let Some(close) = find(b"-->", open + 4) else {
            break;
        };
        let body = text[open + 4..close].trim();
        from = close + 3;
        let (command, reason) = match body.split_once(" -- ") {
            Some((c, r)) => (c.trim(), Some(r.trim().to_string()).filter(|r| !r.is_empty())),
            None => (body.trim_end_matches("--").trim(), None),
        };
        let kind = if command == "whosaid off" {
            DirectiveKind::Off
        } else if command == "whosaid on" {
            DirectiveKind::On
        } else if let Some(rules) = command.strip_prefix("whosaid-disable-next") {
            let rules = rules
                .split([',', ' '])
                .filter(|r| !r.is_empty())
                .map(str::to_string)
                .collect();
            DirectiveKind::DisableNext(rules)
        } else {
            continue;
        };
        found.push(Directive {
            span: Span::new(open, close + 3),
            kind,
            reason,
        });
    }
    found
}

/// Marks the diagnostics that directives cover and reports directives that
/// cover nothing or give no reason. `sentences` are the document's sentences;
/// `diagnostics` are sorted and without duplicates, as `rules::check` gives
/// them, and stay so.
pub fn apply(text: &str, sentences: &[Sentence], diagnostics: &mut Vec<Diagnostic>, rules: &RuleSet) {
    let directives = directives(text);
    let mut reports = Vec::new();
    let mut seen_off = false;
    for (i, directive) in directives.iter().enumerate() {
        seen_off |= directive.kind == DirectiveKind::Off;
        let reason = directive
            .reason
            .clone()
            .unwrap_or_else(|| "suppressed by a comment".to_string());
        let mut used = false;
        match &directive.kind {
            DirectiveKind::Off => {
                let end = directives[i + 1..]
                    .iter()
                    .find(|d| d.kind == DirectiveKind::On)
                    .map_or(text.len(), |d| d.span.start());
                let region = Span::new(directive.span.end(), end);
                for d in in_range(diagnostics, region)
                    .iter_mut()
                    .filter(|d| d.suppressed().is_none())
                {
                    d.suppress(&reason);
                    used = true;
                }
            }
            DirectiveKind::On => {
                used = seen_off;
            }
            DirectiveKind::DisableNext(names) => {
                let next =
                    sentences.get(sentences.partition_point(|s| s.span.start() < directive.span.end()));
                if let Some(sentence) = next {
                    let covered = Span::new(sentence.span.start(), sentence.span.end() + 1);
                    let names = names.as_slice();
                    for d in in_range(diagnostics, covered)
                        .iter_mut()
                        .filter(|d| d.suppressed().is_none() && names.iter().any(|name| **name == *d.rule))
                    {
                        d.suppress(&reason);
                        used = true;
                    }
                }
            }
        }
        if !used {
            reports.push(("unused-suppression", directive.span, describe(text, directive)));
        }
        if directive.reason.is_none() && directive.kind != DirectiveKind::On {
            reports.push((
                "suppression-without-reason",
                directive.span,
                describe(text, directive),
            ));
        }
    }
    // Marking a finding suppressed changes only its last field, and no two
    // findings agree on the fields before it: the order holds until a
    // report is added.
    let sorted = diagnostics.len();
    for (rule, span, detail) in reports {
        if let Some(def) = rules.rules.get(rule) {
            let message = format!("{}: {detail}", def.message).into();
            diagnostics.push(Diagnostic::new(
                span,
                Arc::clone(&def.id),
                def.severity,
                message,
                Vec::new(),
            ));
        }
    }
    // Diagnostics order by every field, so equal ones are identical and an
    // unstable sort gives the stable order without a buffer the size of the
    // list.
    if diagnostics.len() > sorted {
        diagnostics.sort_unstable();
    }
}

/// The diagnostics (sorted by position) that start inside `region`.
fn in_range(diagnostics: &mut [Diagnostic], region: Span) -> &mut [Diagnostic] {
    let first = diagnostics.partition_point(|d| d.span.start() < region.start());
    let last = first + diagnostics[first..].partition_point(|d| d.span.start() < region.end());
    &mut diagnostics[first..last]
}

fn describe(text: &str, directive: &Directive) -> String {
    format!("“{}”", directive.span.slice(text))
}

/// Whether a diagnostic counts: not suppressed and at or above `level`.
pub fn counts(d: &Diagnostic, level: Severity) -> bool {
    d.suppressed().is_none() && d.severity >= level
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_directives() {
        let text = "a\n<!-- whosaid off -- quoting a press release -->\nb\n<!-- whosaid on -->\n<!-- whosaid-disable-next unattributed-claim, unattributed-statistic -- checked with the desk -->\n<!-- an ordinary comment -->";
        let found = directives(text);
        let kinds: Vec<&DirectiveKind> = found.iter().map(|d| &d.kind).collect();
        assert_eq!(
            kinds,
            [
                &DirectiveKind::Off,
                &DirectiveKind::On,
                &DirectiveKind::DisableNext(vec![
                    "unattributed-claim".into(),
                    "unattributed-statistic".into()
                ])
            ]
        );
        assert_eq!(found[0].reason.as_deref(), Some("quoting a press release"));
        assert_eq!(found[1].reason, None);
        assert_eq!(
            found[0].span.slice(text),
            "<!-- whosaid off -- quoting a press release -->"
        );
    }

    /// Comments are found at their bytes after text beyond ASCII, an empty
    /// comment ends where it closes, and an unclosed one ends the search.
    #[test]
    fn directives_are_found_at_their_bytes() {
        let spans = |text: &str| -> Vec<String> {
            directives(text)
                .iter()
                .map(|d| d.span.slice(text).to_string())
                .collect()
        };
        assert_eq!(
            spans("“Naïve” — <!----><!-- whosaid on -->x<!--whosaid off-->"),
            ["<!-- whosaid on -->", "<!--whosaid off-->"]
        );
        assert_eq!(
            spans("<!-- whosaid on --><!-- whosaid off"),
            ["<!-- whosaid on -->"]
        );
        assert_eq!(spans("text <!--"), Vec::<String>::new());
        assert_eq!(spans("<!-- whosaid on --"), Vec::<String>::new());
        // A close is looked for after the opening mark's four bytes, so
        // "<!--->" does not close on its own dashes.
        assert_eq!(spans("<!---> <!-- whosaid on -->"), Vec::<String>::new());
    }

    #[test]
    fn comment_lines() {
        assert!(is_comment_line("  <!-- whosaid off -->  "));
        assert!(!is_comment_line("<!-- a --> text"));
        assert!(!is_comment_line("<!-- a --> <!-- b -->"));
        assert!(!is_comment_line("text <!-- a -->"));
    }
}
