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
            // was a warning") cannot be quoted back as one.
            let detail = if lexicon.cues.longest_at(&words).is_some() {
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
