//! Rules about quotations: quotes with no speaker, unclosed quotes, inherited
//! speakers, two speakers in one paragraph, speakers named too late.

use super::{label, Emitter};
use crate::classify::Status;
use crate::grammar::AttributionKind;
use crate::lexicon::Lexicon;
use crate::segment::quotes::looks_like_title_at_stop;
use crate::span::Span;
use crate::Analysis;

/// `unattributed-quote`
pub fn unattributed_quote(analysis: &Analysis<'_>, _: &Lexicon, out: &mut Emitter<'_>) {
    // Attributed contents by start, swept once against the quotes (both sorted).
    // Equal spans are indistinguishable, so an unstable sort gives the same
    // order without a buffer the size of the list.
    let mut contents: Vec<Span> = analysis.attributions.iter().map(|a| a.content).collect();
    contents.sort_unstable();
    let mut next = 0;
    let mut reach = 0; // The furthest end of the contents that start before the quote ends.
    for (q, quote) in analysis.segments.quotes.iter().enumerate() {
        let inner = quote.inner();
        while next < contents.len() && contents[next].start() < inner.end() {
            reach = reach.max(contents[next].end());
            next += 1;
        }
        let covered = reach > inner.start() && !inner.is_empty();
        if analysis.quote_speakers[q].is_some() || covered {
            continue;
        }
        // A title (on “Meet the Press”, a “Keep the Harbor Open” sign) names
        // a work or a campaign and quotes nobody. Words no one is credited
        // with are no coined phrase either, so the sentence's full stop
        // inside the marks (on “Meet the Press.”) leaves them a title.
        let words = inner.slice(analysis.text);
        if words.split_whitespace().count() >= 3 && !looks_like_title_at_stop(words) {
            out.emit(quote.span, None, Vec::new());
        }
    }
}

/// `unclosed-quote`
pub fn unclosed_quote(analysis: &Analysis<'_>, _: &Lexicon, out: &mut Emitter<'_>) {
    for quote in analysis.segments.quotes.iter().filter(|q| q.is_unclosed()) {
        let end = analysis.segments.paragraphs[quote.paragraph()].span.end();
        out.emit(
            quote.open,
            None,
            vec![label(Span::new(end, end), "the paragraph ends here")],
        );
    }
}

/// `inherited-attribution`
pub fn inherited_attribution(analysis: &Analysis<'_>, _: &Lexicon, out: &mut Emitter<'_>) {
    let mut seen_paragraph = None;
    for (sentence, info) in analysis.segments.sentences.iter().zip(&analysis.sentences) {
        if info.status != Status::Inherited || seen_paragraph == Some(sentence.paragraph()) {
            continue;
        }
        seen_paragraph = Some(sentence.paragraph());
        let source = info.source().map(|s| &analysis.sources[s]);
        let labels = source
            .map(|s| vec![label(s.intro, "speaker continued from here")])
            .unwrap_or_default();
        let detail = source.map(|s| format!("read as “{}”", s.intro.slice(analysis.text)));
        out.emit(sentence.span, detail, labels);
    }
}

/// `mixed-speakers-in-quote-paragraph`
pub fn mixed_speakers(analysis: &Analysis<'_>, _: &Lexicon, out: &mut Emitter<'_>) {
    let quotes = &analysis.segments.quotes;
    for (p, paragraph) in analysis.segments.paragraphs.iter().enumerate() {
        let mut first: Option<(usize, Span)> = None;
        for q in analysis.segments.quotes_of_paragraph(p) {
            let quote = &quotes[q];
            let Some(source) = analysis.quote_speakers[q].and_then(|a| analysis.attributions[a].source())
            else {
                continue;
            };
            match first {
                None => first = Some((source, quote.span)),
                Some((other, other_span)) if other != source => {
                    let names = |s: usize| analysis.sources[s].intro.slice(analysis.text);
                    let detail = format!("“{}” and “{}” are both quoted here", names(other), names(source));
                    let labels = vec![
                        label(other_span, "first speaker"),
                        label(quote.span, "second speaker"),
                    ];
                    out.emit(paragraph.span, Some(detail), labels);
                    break;
                }
                Some(_) => {}
            }
        }
    }
}

/// `late-quote-attribution`
pub fn late_quote_attribution(analysis: &Analysis<'_>, _: &Lexicon, out: &mut Emitter<'_>) {
    let quotes = &analysis.segments.quotes;
    for a in analysis
        .attributions
        .iter()
        .filter(|a| !a.derived && a.kind == AttributionKind::Direct)
    {
        let (Some(q), Some(cue)) = (a.quote(), &a.cue) else {
            continue;
        };
        // A running quotation starts in an earlier paragraph.
        let mut start = q;
        while start > 0 && quotes[start - 1].runs_on {
            start -= 1;
        }
        let opened = quotes[start].span.start();
        let sentences = &analysis.segments.sentences;
        let first_index = sentences.partition_point(|s| s.span.start() < opened);
        let before_cue = sentences
            .partition_point(|s| s.span.end() <= cue.span.start())
            .saturating_sub(first_index);
        if before_cue >= 2 && opened < cue.span.start() {
            let first = sentences.get(first_index).map_or(quotes[start].open, |s| s.span);
            let detail = format!("{before_cue} quoted sentences come before the speaker is named");
            out.emit(first, Some(detail), vec![label(cue.span, "speaker named here")]);
        }
    }
}
