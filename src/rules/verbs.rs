//! Rules about attribution verbs: loaded, non-speech, cognition, and
//! "refused to comment".

use super::{label, Emitter};
use crate::lexicon::{CueClass, Lexicon};
use crate::Analysis;

fn judgement(class: CueClass) -> Option<(&'static str, &'static str)> {
    match class {
        CueClass::Doubting => Some(("doubting", "casts doubt on what the source said")),
        CueClass::GuiltImplying => Some(("guilt-implying", "implies culpability")),
        CueClass::Manner => Some(("manner", "judges how the source spoke")),
        CueClass::Endorsing => Some(("endorsing", "presents what the source said as established fact")),
        _ => None,
    }
}

/// `loaded-attribution-verb`
pub fn loaded_attribution_verb(analysis: &Analysis<'_>, _: &Lexicon, out: &mut Emitter<'_>) {
    for cue in analysis
        .attributions
        .iter()
        .filter(|a| !a.derived)
        .filter_map(|a| a.cue.as_ref())
    {
        if let Some((class, meaning)) = judgement(cue.class) {
            let detail = format!("“{}” {meaning}; “said” does not", cue.span.slice(analysis.text));
            out.emit_as(Some(class), cue.span, Some(detail), Vec::new());
        }
    }
}

/// `non-speech-attribution-verb`
pub fn non_speech_attribution_verb(analysis: &Analysis<'_>, _: &Lexicon, out: &mut Emitter<'_>) {
    for cue in analysis
        .attributions
        .iter()
        .filter(|a| !a.derived)
        .filter_map(|a| a.cue.as_ref())
    {
        if cue.class == CueClass::NonSpeech {
            let detail = format!(
                "nobody can “{}” words; write “said”",
                cue.span.slice(analysis.text)
            );
            out.emit(cue.span, Some(detail), Vec::new());
        }
    }
}

/// `cognition-attribution-verb`
pub fn cognition_attribution_verb(analysis: &Analysis<'_>, lexicon: &Lexicon, out: &mut Emitter<'_>) {
    for a in analysis.attributions.iter().filter(|a| !a.derived) {
        let (Some(cue), Some(mention)) = (&a.cue, &a.mention) else {
            continue;
        };
        if cue.class == CueClass::Belief {
            let source = mention.span.slice(analysis.text);
            let words: Vec<String> = cue
                .span
                .slice(analysis.text)
                .split_whitespace()
                .map(str::to_lowercase)
                .collect();
            // A view given as the source's with no verb ("To Ruiz, the vote
            // was a warning", "Their fear is that …") cannot be quoted back
            // as one.
            let detail = if possessive(source) {
                format!(
                    "a reporter can know what a source said, not “{source} {}”",
                    cue.span.slice(analysis.text)
                )
            } else if lexicon.cues.longest_at(&words).is_some() {
                format!(
                    "a reporter can know what a source said, not what “{source}” {}",
                    cue.span.slice(analysis.text)
                )
            } else {
                format!("a reporter can know what a source said, not how things seem to “{source}”")
            };
            out.emit(cue.span, Some(detail), vec![label(mention.span, "source")]);
        }
    }
}

/// Whether a source phrase owns the noun after it: "Their", "the owners’",
/// "Ruiz’s".
fn possessive(phrase: &str) -> bool {
    // The lexicon's normal form folds the curly apostrophe into the straight one.
    let norm = crate::lexicon::normalize(phrase);
    crate::grammar::source::possessive_subject(&norm).is_some()
        || norm.ends_with("'s")
        || norm.ends_with("s'")
}

/// `refused-to-comment`
pub fn refused_to_comment(analysis: &Analysis<'_>, _: &Lexicon, out: &mut Emitter<'_>) {
    for cue in analysis
        .attributions
        .iter()
        .filter(|a| !a.derived)
        .filter_map(|a| a.cue.as_ref())
    {
        // Every non-response the lexicon spells with "refused" ("refused
        // comment", "refused to comment") starts with it.
        let words = cue.span.slice(analysis.text);
        if cue.class == CueClass::NonResponse
            && words.get(..7).is_some_and(|w| w.eq_ignore_ascii_case("refused"))
        {
            out.emit(
                cue.span,
                Some("“refused” implies a duty to answer".to_string()),
                Vec::new(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::RuleSet;

    /// The message `cognition-attribution-verb` gives `input`'s first finding.
    fn check(input: &str, expect: Option<&str>) {
        let rules = RuleSet::embedded();
        let analysis = crate::analyze(input, &rules);
        let got = super::super::check(&analysis, &rules)
            .into_iter()
            .find(|d| &*d.rule == "cognition-attribution-verb")
            .map(|d| d.message.to_string());
        let expect = expect.map(|detail| format!("attribution through a mental state: {detail}"));
        assert_eq!(got, expect, "{input}");
    }

    /// A verb is quoted back with its subject, a noun with its owner, and a
    /// view with "to" as how things seem to its holder.
    #[test]
    fn cognition_messages_quote_the_cue_as_it_stands() {
        check(
            "The clerk believes the tax will pass.",
            Some("a reporter can know what a source said, not what “The clerk” believes"),
        );
        check(
            "The clerk’s fear is that the tax will pass.",
            Some("a reporter can know what a source said, not “The clerk’s fear”"),
        );
        check(
            "The clerks' view is that the tax will pass.",
            Some("a reporter can know what a source said, not “The clerks' view”"),
        );
        check(
            "To the clerk, the tax was a mistake.",
            Some("a reporter can know what a source said, not how things seem to “the clerk”"),
        );
        check("The clerk said the tax will pass.", None);
    }
}
