//! Properties that hold for any text (proptest; `PROPTEST_CASES=10000` for a
//! long run): spans inside the text on character boundaries, sentences in
//! order and covering the prose, sources that exist, the same report twice,
//! and earlier sentences unchanged by an appended paragraph.

use proptest::prelude::*;
use whosaid::{RuleSet, Status};

/// Text built from the pieces news copy is made of, so the grammar is exercised.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "said",
        "says",
        "told",
        "the source",
        "a trader in the port",
        "he",
        "she",
        "Gov. Ana Ruiz",
        "Ruiz",
        "according to",
        "declined to comment",
        "experts believe",
        "sources say",
        "“",
        "”",
        "\"",
        "‘",
        "’",
        ",",
        ".",
        "?",
        "!",
        ":",
        "—",
        "(",
        ")",
        "[",
        "]",
        "\n",
        "\n\n",
        " ",
        " ",
        " ",
        "prices",
        "rose",
        "40 percent",
        "U.S.",
        "Dr.",
        "Jan.",
        "$4.5",
        "é",
        "e\u{301}",
        "\u{200b}",
        "🙂",
        "שלום",
        "\r\n",
        "\r",
        "<!-- whosaid off -->",
        "<!-- whosaid-disable-next unattributed-claim -- why -->",
        "# Heading",
        "that",
        "the second source",
    ]);
    prop::collection::vec(piece, 0..120).prop_map(|pieces| pieces.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![newsy_text(), ".{0,400}"]
}

proptest! {
    #[test]
    fn reports_are_well_formed(text in any_text()) {
        let rules = RuleSet::embedded();
        let analysis = whosaid::analyze(&text, &rules);
        let mut previous_end = 0;
        for sentence in &analysis.segments.sentences {
            let span = sentence.span;
            prop_assert!(text.get(span.start()..span.end()).is_some());
            prop_assert!(span.start() >= previous_end, "sentences in order, not overlapping");
            prop_assert!(!span.slice(&text).trim().is_empty());
            previous_end = span.end();
        }
        // Every word of every paragraph is in some sentence.
        for (p, paragraph) in analysis.segments.paragraphs.iter().enumerate() {
            let covered: usize = analysis.segments.sentences.iter().filter(|s| s.paragraph() == p).map(|s| s.span.slice(&text).split_whitespace().count()).sum();
            prop_assert_eq!(covered, paragraph.span.slice(&text).split_whitespace().count());
        }
        for a in &analysis.attributions {
            prop_assert!(text.get(a.content.start()..a.content.end()).is_some());
            if let Some(source) = a.source() {
                prop_assert!(source < analysis.sources.len());
            }
        }
        let file = whosaid::check("t.txt", &text, &rules);
        for d in &file.diagnostics {
            prop_assert!(text.get(d.start..d.end).is_some());
        }
        let again = whosaid::check("t.txt", &text, &rules);
        prop_assert_eq!(serde_json::to_string(&file).ok(), serde_json::to_string(&again).ok());
    }

    #[test]
    fn an_appended_paragraph_leaves_earlier_sentences_alone(text in newsy_text(), tail in newsy_text()) {
        let rules = RuleSet::embedded();
        // The appended paragraph does not open with a quotation mark: that
        // would legitimately turn an unclosed quote into a running one.
        let tail = tail.trim_start_matches(['“', '"', '‘', '\'', ' ', '\n', '\r', '\u{200b}']).to_string();
        let before = whosaid::analyze(&text, &rules);
        let combined = format!("{text}\n\nThe market closed. {tail}");
        let after = whosaid::analyze(&combined, &rules);
        let statuses = |a: &whosaid::Analysis<'_>, n: usize| -> Vec<(usize, usize, Status)> {
            a.segments.sentences.iter().zip(&a.sentences).take(n).map(|(s, i)| (s.span.start(), s.span.end(), i.status)).collect()
        };
        let n = before.segments.sentences.len();
        prop_assert_eq!(statuses(&before, n), statuses(&after, n));
    }
}
