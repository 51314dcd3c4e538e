//! Claims to speakers: gives every quotation its attribution — its own cue, the
//! cue of the other half of a split quote, the paragraph before for a running
//! quotation or an inherited quote paragraph — and gathers the pieces of one
//! quotation passage into one claim. Owns quote-to-speaker links and claims;
//! must not find cues (grammar) or set sentence status (classify).

use crate::grammar::AttributionKind;
use crate::lexicon::CueClass;
use crate::segment::quotes::looks_like_title;
use crate::segment::Segments;
use crate::span::{self, Span};
use crate::Attribution;

/// Whether everything of `span` outside the quotations is punctuation or space.
pub fn only_quoted(text: &str, span: Span, segments: &Segments) -> bool {
    let mut pos = span.start();
    let quotes = &segments.quotes;
    let first = quotes.partition_point(|q| q.span.end() <= span.start());
    let bare = |from: usize, to: usize| wordless(text, Span::new(from, to));
    for quote in &quotes[first..] {
        if quote.span.start() >= span.end() {
            break;
        }
        if !bare(pos, quote.span.start().max(pos).min(span.end())) {
            return false;
        }
        pos = pos.max(quote.span.end());
    }
    pos >= span.end() || bare(pos, span.end())
}

/// Links quotations to attributions and returns, for each quote, the index of
/// the attribution that gives its speaker. New attributions are appended for
/// quotes whose speaker comes from elsewhere (split, running and inherited quotes).
pub fn link_quotes(
    text: &str,
    segments: &Segments,
    attributions: &mut Vec<Attribution>,
) -> Vec<Option<usize>> {
    let quotes = &segments.quotes;
    let mut speaker: Vec<Option<usize>> = vec![None; quotes.len()];

    // "X said:" at the end of a paragraph introduces the next paragraph's quote.
    for attribution in attributions.iter_mut() {
        if !attribution.introduces_next {
            continue;
        }
        let paragraph = segments.sentences[attribution.sentence()].paragraph();
        let Some(next_paragraph) = segments.paragraphs.get(paragraph + 1) else {
            continue;
        };
        let next = segments
            .quotes_of_paragraph(paragraph + 1)
            .next()
            .filter(|&q| quotes[q].span.start() == next_paragraph.span.start());
        if let Some(q) = next {
            attribution.content = quotes[q].inner();
            attribution.set_quote(q);
        } else if segments.quotes_of_paragraph(paragraph + 1).next().is_none() {
            // A block quotation whose marks were lost with its layout (a
            // CMS export, plain text): the whole next paragraph is the words.
            // A list the introduction opens is its words item by item, up to
            // the list's end or a quotation.
            let last = if next_paragraph.list_item {
                let items = segments.paragraphs[paragraph + 1..]
                    .iter()
                    .enumerate()
                    .take_while(|&(i, p)| {
                        p.list_item && segments.quotes_of_paragraph(paragraph + 1 + i).next().is_none()
                    })
                    .count();
                &segments.paragraphs[paragraph + items]
            } else {
                next_paragraph
            };
            let words = Span::new(next_paragraph.span.start(), last.span.end()).slice(text);
            let end = next_paragraph.span.start() + words.trim_end_matches(['.', ';', ',']).len();
            attribution.content = Span::new(next_paragraph.span.start(), end);
        }
    }
    for (i, attribution) in attributions.iter().enumerate() {
        if let Some(q) = attribution.quote() {
            speaker[q].get_or_insert(i);
        }
    }
    // A partial quote inside attributed content belongs to that attribution.
    for (a, attribution) in attributions
        .iter()
        .enumerate()
        .filter(|(_, a)| a.kind == AttributionKind::Mixed)
    {
        let first = quotes.partition_point(|q| q.span.end() <= attribution.content.start());
        for q in first..quotes.len() {
            if quotes[q].span.start() >= attribution.content.end() {
                break;
            }
            // The quotation may run on past the content's sentence ("Lee said
            // the vote “was fair. Nobody doubts it.”").
            let opens_inside = attribution.content.start() <= quotes[q].span.start();
            if speaker[q].is_none() && opens_inside {
                speaker[q] = Some(a);
            }
        }
    }

    let derive = |attributions: &mut Vec<Attribution>, from: usize, q: usize, inherited: bool| {
        let mut derived = attributions[from].clone();
        derived.kind = AttributionKind::Direct;
        derived.content = quotes[q].inner();
        derived.set_quote(q);
        derived.derived = true;
        derived.inherited = inherited;
        derived.introduces_next = false;
        if inherited {
            derived.cue = None;
            derived.mention = None;
        }
        derived.set_sentence(segments.sentence_from(quotes[q].span.start()));
        attributions.push(derived);
        attributions.len() - 1
    };

    let first_derived = attributions.len();
    // Running quotations carry their speaker across paragraphs, both ways.
    for q in 1..quotes.len() {
        if quotes[q].continues && speaker[q].is_none() {
            if let Some(a) = speaker[q - 1] {
                speaker[q] = Some(derive(attributions, a, q, false));
            }
        }
    }
    for q in (0..quotes.len().saturating_sub(1)).rev() {
        if quotes[q].runs_on && speaker[q].is_none() {
            if let Some(a) = speaker[q + 1] {
                speaker[q] = Some(derive(attributions, a, q, false));
            }
        }
    }

    // Cues by position, to ask what stands between two quotes.
    // Each with its source and its attribution, 32-bit like the
    // attribution's own fields, and counted first: on a long text this is
    // the largest table alive while quotes are linked.
    let mut cues: Vec<(Span, span::OptIndex32, u32)> =
        Vec::with_capacity(attributions.iter().filter(|a| a.cue.is_some()).count());
    cues.extend(
        attributions
            .iter()
            .enumerate()
            .filter_map(|(i, a)| a.cue.as_ref().map(|c| (c.span, a.source32, span::index32(i)))),
    );
    cues.sort_by_key(|(span, ..)| span.start());

    // A quotation inside the words naming a source is a title in its
    // description ("Lee, the author of “Quiet Harbors,” said …"), nobody's speech.
    // Mentions do not nest, so only the last one to start before a quote
    // can hold it.
    let mut mentions: Vec<Span> = attributions
        .iter()
        .filter_map(|a| a.mention.map(|m| m.span))
        .collect();
    mentions.sort_by_key(|span| (span.start(), span.end()));
    mentions.dedup();
    let in_mention = |quote: Span| {
        let before = mentions.partition_point(|m| m.start() <= quote.start());
        mentions[..before].last().is_some_and(|m| m.contains(quote))
    };

    // Whether only quotations stand between each quote and the start of its
    // sentence (“…” “…,” Lee said.): worked out from the quote before it in
    // the sentence, so a sentence of many quotations is read once.
    let mut opens_quoted_run = vec![false; quotes.len()];
    for q in 0..quotes.len() {
        let start = quotes[q].span.start();
        let sentence_start = segments
            .sentences
            .get(segments.sentence_from(start))
            .map_or(start, |s| s.span.start());
        opens_quoted_run[q] = match q.checked_sub(1) {
            Some(p) if quotes[p].span.start() >= sentence_start => {
                opens_quoted_run[p] && wordless(text, Span::new(quotes[p].span.end(), start))
            }
            _ => only_quoted(text, Span::new(sentence_start, start), segments),
        };
    }
    // The next quote of the same paragraph with a speaker, for each quote.
    // The loop below gives a speaker only to the quote it is at, so what it
    // finds after that quote is as it was before the loop.
    let mut next_spoken: Vec<Option<usize>> = vec![None; quotes.len()];
    for q in (0..quotes.len().saturating_sub(1)).rev() {
        if quotes[q + 1].paragraph() == quotes[q].paragraph() {
            next_spoken[q] = if speaker[q + 1].is_some() {
                Some(q + 1)
            } else {
                next_spoken[q + 1]
            };
        }
    }
    // The quotes before the current one in its paragraph that have a
    // speaker, in order: kept as the loop goes, so no quote looks back over
    // all the quotes of its paragraph.
    let mut spoken_before: Vec<usize> = Vec::new();

    // Split quotes: a quote with no cue of its own takes the speaker of the
    // nearest attributed quote of its paragraph, unless another speaker's
    // attribution stands between them.
    for q in 0..quotes.len() {
        if let Some(previous) = q.checked_sub(1) {
            if quotes[previous].paragraph() != quotes[q].paragraph() {
                spoken_before.clear();
            } else if speaker[previous].is_some() {
                spoken_before.push(previous);
            }
        }
        if speaker[q].is_some()
            || looks_like_title(quotes[q].inner().slice(text))
            || in_mention(quotes[q].span)
        {
            continue;
        }
        // A partial quote inside a paraphrase is no passage to go on from
        // when it stands in the tag of a quotation of the speaker's own (“…,”
        // Lee said after hinting that “changes” could come. “…”); a
        // paraphrase with a tag of its own is (`The vote was “a farce,” he
        // added. “…”`). A piece joins at most `JOIN_REACH` claims back, so no
        // more are passed over.
        let mut spoken = spoken_before.iter().rev().copied();
        let nearest = spoken.next();
        let partial = |k: usize| speaker[k].is_some_and(|a| attributions[a].kind == AttributionKind::Mixed);
        let before = match nearest {
            Some(k) if partial(k) && in_a_tag(&attributions[..first_derived], segments, quotes[k].span) => {
                spoken.take(JOIN_REACH).find(|&k| !partial(k)).or(nearest)
            }
            _ => nearest,
        };
        // A later speaker's words go back only to a quotation that stands
        // on its own at the start of its sentence (“…” “…,” Lee said.), not
        // to a partial quote inside the writer's clause (`… had “no
        // substance.” She added that “…”`).
        let after = || next_spoken[q].filter(|_| opens_quoted_run[q]);
        let Some(k) = before.or_else(after) else { continue };
        let Some(a) = speaker[k] else { continue };
        let between = if k < q {
            Span::new(quotes[k].span.end(), quotes[q].span.start())
        } else {
            Span::new(quotes[q].span.end(), quotes[k].span.start())
        };
        let source = attributions[a].source32;
        // Another speaker's cue in the tag's own sentence is the writer's
        // aside (`“…,” Lee said, hours after networks declared him the
        // winner. “…”`); the passage goes on past it.
        let tag_sentence = segments.sentences[attributions[a].sentence()].span;
        let aside = |span: Span| k < q && tag_sentence.contains(span);
        let cue = attributions[a].cue.as_ref().map(|c| c.span);
        let from = cues.partition_point(|(span, ..)| span.start() < between.start());
        let interrupted = cues[from..]
            .iter()
            .take_while(|(span, ..)| span.start() < between.end())
            .any(|(span, other, _)| between.contains(*span) && *other != source && !aside(*span));
        if !interrupted && !cue.is_some_and(|cue| object_in_tag(text, tag_sentence, cue, quotes[q].span)) {
            speaker[q] = Some(derive(attributions, a, q, false));
        }
    }

    // A quotation that opens a sentence after its speaker's paraphrase in the
    // same paragraph ("Lee said the port would close. “We have no choice.”")
    // goes on in that speaker's voice: the last cue before it names a source.
    // Not after "according to", whose source reports what others said.
    for q in 0..quotes.len() {
        let opens_sentence = segments
            .sentences
            .binary_search_by_key(&quotes[q].span.start(), |s| s.span.start())
            .is_ok();
        if speaker[q].is_some() || !opens_sentence {
            continue;
        }
        let paragraph_start = segments.paragraphs[quotes[q].paragraph()].span.start();
        let before = &cues[..cues.partition_point(|(span, ..)| span.start() < quotes[q].span.start())];
        let Some(&(cue, ..)) = before
            .last()
            .filter(|(span, source, _)| span.start() >= paragraph_start && source.get().is_some())
        else {
            continue;
        };
        // Of the attributions made with that cue, the first the grammar found.
        let speaking = before
            .iter()
            .rev()
            .take_while(|(span, ..)| *span == cue)
            .map(|&(.., a)| a as usize)
            .filter(|&a| {
                let a = &attributions[a];
                !a.derived
                    && a.kind != AttributionKind::NoComment
                    && a.cue.as_ref().is_some_and(|c| c.class != CueClass::According)
            })
            .min();
        if let Some(a) = speaking {
            speaker[q] = Some(derive(attributions, a, q, false));
        }
    }

    // Inherited quote paragraphs: only quotes, no speaker, right after a
    // paragraph whose last attribution names one.
    // The last attribution with a source in each paragraph, kept current as
    // inherited paragraphs chain on.
    let mut last_of: Vec<Option<usize>> = vec![None; segments.paragraphs.len()];
    for (i, a) in attributions.iter().enumerate() {
        if a.source().is_none() || a.kind == AttributionKind::NoComment {
            continue;
        }
        let p = segments.sentences[a.sentence()].paragraph();
        let later = last_of[p].is_none_or(|j| {
            let b = &attributions[j];
            (a.sentence(), a.content.start()) > (b.sentence(), b.content.start())
        });
        if later {
            last_of[p] = Some(i);
        }
    }
    for (p, paragraph) in segments.paragraphs.iter().enumerate() {
        if p == 0 || paragraph.heading || segments.paragraphs[p - 1].heading {
            continue;
        }
        let para_quotes: Vec<usize> = segments.quotes_of_paragraph(p).collect();
        if para_quotes.is_empty() || para_quotes.iter().any(|&q| speaker[q].is_some()) {
            continue;
        }
        if !only_quoted(text, paragraph.span, segments)
            || para_quotes.iter().any(|&q| quotes[q].is_unclosed())
        {
            continue;
        }
        if let Some(a) = last_of[p - 1] {
            for q in para_quotes {
                let derived = derive(attributions, a, q, true);
                speaker[q] = Some(derived);
                last_of[p] = Some(derived);
            }
        }
    }
    speaker
}

/// Whether `quote` stands in a speech tag: after the cue of an attribution
/// of its sentence whose content comes before the cue (`“…,” Lee said after
/// hinting that “…”`). `found` holds the grammar's attributions, in sentence
/// order.
fn in_a_tag(found: &[Attribution], segments: &Segments, quote: Span) -> bool {
    let sentence = segments.sentence_from(quote.start());
    let from = found.partition_point(|a| a.sentence() < sentence);
    found[from..]
        .iter()
        .take_while(|a| a.sentence() == sentence)
        .filter_map(|a| a.cue.as_ref().map(|cue| (a.content, cue.span)))
        .any(|(content, cue)| content.end() <= cue.start() && cue.end() <= quote.start())
}

/// Whether `quote` is the object of a word in the speech tag whose cue is
/// `cue`, in `sentence` (`“…,” Lee said, alluding to his role in “The Long
/// Winter.”`): it opens after the cue, in the cue's sentence, straight after a
/// word. The speaker's words resume after a mark (`“…,” she said, “…”`) or a
/// conjunction (`she said, and “…`, `because “…`).
fn object_in_tag(text: &str, sentence: Span, cue: Span, quote: Span) -> bool {
    if quote.start() < cue.end() || !sentence.contains(quote) {
        return false;
    }
    let before = Span::new(cue.end(), quote.start()).slice(text).trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    !word.is_empty() && !matches!(word, "and" | "but" | "or" | "then" | "because")
}

/// One claim as a reader counts it: an attribution, and for a quotation
/// passage that its attribution splits (“A,” she said, “B.”) or that runs on
/// over paragraphs, every quoted piece of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// The attribution that gives the claim's kind, cue, mention and source:
    /// the one the grammar found when the claim has it among its pieces.
    /// 32-bit, like spans: a long text has a claim a sentence.
    attribution32: u32,
    /// The attribution's kind, or mixed for a paraphrase that a quotation
    /// goes on from.
    pub kind: AttributionKind,
    /// From the start of the first piece to the end of the last.
    pub content: Span,
    /// The pieces of a split claim, in order; empty for a claim of one
    /// piece, which most are, so they cost no allocation (see [`Claim::parts`]).
    split: Box<[Span]>,
}

impl Claim {
    /// Index of the attribution that gives the claim's kind, cue, mention
    /// and source.
    pub fn attribution(&self) -> usize {
        self.attribution32 as usize
    }

    /// The pieces, in order; the content alone for a claim that is not split.
    pub fn parts(&self) -> &[Span] {
        if self.split.is_empty() {
            std::slice::from_ref(&self.content)
        } else {
            &self.split
        }
    }

    /// Adds `piece` after the pieces so far. Pieces join rarely and a claim
    /// has few, so the exact-size slice is rebuilt each time.
    fn join(&mut self, piece: Span) {
        let mut parts = std::mem::take(&mut self.split).into_vec();
        if parts.is_empty() {
            parts.push(self.content);
        }
        parts.push(piece);
        self.split = parts.into_boxed_slice();
        self.content = Span::new(self.content.start(), piece.end());
    }
}

/// How many claims back a piece may join. The speech tag between two pieces
/// may hold attributions of its own, each a claim (“…,” she said, referring
/// to the levy. “…”), and the pieces join across them.
const JOIN_REACH: usize = 3;

/// Gathers attributions into claims. Direct pieces copied from one
/// attribution are one claim when nothing but the attribution's own sentence
/// and punctuation stands between them (what that sentence reports is a
/// claim of its own, inside the passage's span); every other attribution is
/// a claim of its own. Claims are in the order their contents start.
pub fn claims(text: &str, segments: &Segments, attributions: &[Attribution]) -> Vec<Claim> {
    // 32-bit, like the attributions' own indexes: on a long text this is
    // the largest table alive beside the claims.
    let mut order: Vec<u32> = (0..attributions.len()).map(crate::span::index32).collect();
    order.sort_by_key(|&i| {
        let content = attributions[i as usize].content;
        (content.start(), content.end(), i)
    });
    let mut claims: Vec<Claim> = Vec::with_capacity(order.len());
    // The last piece of each claim a piece may still join, at its claim's
    // index modulo the reach: the claims in reach have distinct slots.
    let mut last_pieces = [0; JOIN_REACH];
    for i in order {
        let i = i as usize;
        let piece = &attributions[i];
        let joins = |l: usize| {
            let before = &attributions[l];
            // A quotation that goes on from its speaker's paraphrase joins
            // it ("Lee said the port would close. “We have no choice.”"),
            // also when the paraphrase quotes a few words (`Lee said the
            // port was “finished.” “We have no choice.”`). A later sentence
            // of the writer's that holds a quotation (`“We have no choice”
            // now.`) is an attribution of its own.
            // Its tests read the text, so they run after the cheap ones.
            let goes_on = || {
                matches!(before.kind, AttributionKind::Indirect | AttributionKind::Mixed)
                    && !before.derived
                    && piece.derived
                    && ends_its_sentence(text, segments, before)
                    && (piece.sentence() == before.sentence()
                        || only_quoted(text, segments.sentences[piece.sentence()].span, segments))
            };
            piece.kind == AttributionKind::Direct
                && piece.origin() == before.origin()
                && before.content.end() <= piece.content.start()
                && (before.kind == AttributionKind::Direct || goes_on())
                && only_attribution_between(text, segments, attributions, before.content.end(), piece)
        };
        let joined = (claims.len().saturating_sub(JOIN_REACH)..claims.len())
            .rev()
            .find(|&c| joins(last_pieces[c % JOIN_REACH]));
        match joined {
            Some(c) => {
                let claim = &mut claims[c];
                if !piece.derived {
                    claim.attribution32 = crate::span::index32(i);
                }
                if claim.kind != piece.kind {
                    claim.kind = AttributionKind::Mixed;
                }
                claim.join(piece.content);
                last_pieces[c % JOIN_REACH] = i;
            }
            None => {
                last_pieces[claims.len() % JOIN_REACH] = i;
                claims.push(Claim {
                    attribution32: crate::span::index32(i),
                    kind: piece.kind,
                    content: piece.content,
                    split: Box::default(),
                });
            }
        }
    }
    // The reservation counted every attribution; pieces that joined a claim
    // left their slots unused, and the report keeps the claims.
    claims.shrink_to_fit();
    claims
}

/// Whether nothing but the speech tag follows the content of `paraphrase` in
/// its sentence, so a quotation after it goes on with it (`Lee said the
/// port was “finished.” “…”`), not after a clause of the writer's (`Though
/// Lee called the port “finished,” the mayor kept it open.`).
fn ends_its_sentence(text: &str, segments: &Segments, paraphrase: &Attribution) -> bool {
    let sentence = segments.sentences[paraphrase.sentence()].span;
    let tag_follows = paraphrase
        .cue
        .as_ref()
        .is_some_and(|cue| cue.span.start() >= paraphrase.content.end());
    tag_follows || wordless(text, Span::new(paraphrase.content.end(), sentence.end()))
}

/// Whether `span` holds no word, only spaces and punctuation.
fn wordless(text: &str, span: Span) -> bool {
    span.slice(text).chars().all(|c| !c.is_alphanumeric())
}

/// Whether every word between `from` and `piece` belongs to the sentence of
/// the attribution `piece` was copied from (“,” she said, “), so joining the
/// two pieces swallows no other statement.
fn only_attribution_between(
    text: &str,
    segments: &Segments,
    attributions: &[Attribution],
    from: usize,
    piece: &Attribution,
) -> bool {
    let cue_sentence = segments.sentences[attributions[piece.origin()].sentence()].span;
    let to = piece.content.start();
    // What lies before the cue's sentence and what lies after it, where a
    // sentence adverb may lead the next piece in (`… Lee said. Instead, “…”`).
    wordless(text, Span::new(from, to.min(cue_sentence.start())))
        && one_word_aside(text, Span::new(from.max(cue_sentence.end()), to))
}

/// Whether `span` holds no word, or one word set off by a comma (`Still, `).
fn one_word_aside(text: &str, span: Span) -> bool {
    let words = span.slice(text);
    let Some(comma) = words.rfind(',') else {
        return wordless(text, span);
    };
    let (word, after) = words.split_at(comma);
    let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    !word.is_empty() && word.chars().all(char::is_alphanumeric) && !after.chars().any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use crate::segment::quotes::looks_like_title;
    use crate::{analyze, RuleSet, Status};

    /// The claims of `input`: the text of each piece.
    fn check(input: &str, expect: &[&[&str]]) {
        let rules = RuleSet::embedded();
        let analysis = analyze(input, &rules);
        let claims = analysis.claims();
        let got: Vec<Vec<&str>> = claims
            .iter()
            .map(|c| c.parts().iter().map(|p| p.slice(input)).collect())
            .collect();
        assert_eq!(got, expect, "{input}");
        for claim in &claims {
            let parts = claim.parts();
            assert_eq!(claim.content.start(), parts[0].start());
            assert_eq!(claim.content.end(), parts[parts.len() - 1].end());
        }
    }

    #[test]
    fn titles_are_told_from_speech() {
        // The sentence's comma inside the marks is not the title's.
        for title in [
            "The Week Ahead",
            "Keep the Harbor Open",
            "The 2016 Race",
            "Harbor Hour,",
        ] {
            assert!(looks_like_title(title), "{title}");
        }
        for speech in [
            "a con man",
            "we will win",
            "Stop.",
            "Yes, We Can",
            "dangerous and reckless",
            "We won,",
            "Harbor Hour, Dock Nine",
        ] {
            assert!(!looks_like_title(speech), "{speech}");
        }
    }

    #[test]
    fn a_title_beside_a_quotation_takes_no_speaker() {
        let text = "The senator said on “Face the Nation” that the plan was “doomed.”";
        let rules = RuleSet::embedded();
        let analysis = analyze(text, &rules);
        let quoted: Vec<&str> = analysis
            .attributions
            .iter()
            .filter(|a| a.derived)
            .map(|a| a.content.slice(text))
            .collect();
        assert!(!quoted.contains(&"Face the Nation"), "{quoted:?}");
        // Nor with the comma of the sentence inside its marks, in a phrase
        // before the speaker.
        let text = "Sunday on the network’s “Harbor Hour,” the senator said the plan was “doomed.”";
        let analysis = analyze(text, &rules);
        let quoted: Vec<&str> = analysis
            .attributions
            .iter()
            .map(|a| a.content.slice(text))
            .collect();
        assert_eq!(quoted, ["the plan was “doomed.”"]);
    }

    #[test]
    fn one_passage_is_one_claim() {
        // Split by its attribution, and running on into a quote paragraph.
        check(
            "“The dam held,” the engineer said, “for now.”\n\n“We will know more tomorrow.”",
            &[&["The dam held,", "for now.", "We will know more tomorrow."]],
        );
        // A second sentence of the same quotation.
        check(
            "“The dam held,” the engineer said. “We will know more tomorrow.”",
            &[&["The dam held,", "We will know more tomorrow."]],
        );
        // After a sentence adverb that leads the next piece in; not after
        // a clause of the writer's.
        check(
            "“The dam held,” the engineer said. Still, “we will know more tomorrow.”",
            &[&["The dam held,", "we will know more tomorrow."]],
        );
        check(
            "“The dam held,” the engineer said. Rain fell, “we will know more tomorrow.”",
            &[&["The dam held,"], &["we will know more tomorrow."]],
        );
        // Across an attribution the tag holds: the passage is one claim, and
        // what the tag reports another.
        check(
            "“The dam held,” the engineer said, adding that the spillway was clear. “We will know more tomorrow.”",
            &[
                &["The dam held,", "We will know more tomorrow."],
                &["the spillway was clear"],
            ],
        );
    }

    #[test]
    fn a_quotation_goes_on_from_its_speakers_paraphrase() {
        let input = "The engineer said the dam would hold. “We will know more tomorrow.”";
        check(input, &[&["the dam would hold", "We will know more tomorrow."]]);
        let rules = RuleSet::embedded();
        let analysis = analyze(input, &rules);
        assert_eq!(analysis.claims()[0].kind, crate::AttributionKind::Mixed);
        assert_eq!(
            analysis.sentences.iter().map(|s| s.status).collect::<Vec<_>>(),
            [Status::Attributed, Status::Attributed]
        );
        // Not across the writer's own sentence with a cue of another
        // source, nor into the next paragraph, nor after "according to".
        check(
            "The engineer said the dam would hold. A farmer said it would not. “We will see.”",
            &[&["the dam would hold"], &["it would not", "We will see."]],
        );
        check(
            "The engineer said the dam would hold.\n\nRain fell. “We will see.”",
            &[&["the dam would hold"]],
        );
        check(
            "The dam will hold, according to the engineer. “We will see.”",
            &[&["The dam will hold"]],
        );
        // A paraphrase with a partial quote goes on the same way, whether
        // its tag follows the quote or not, and into a paragraph of quotes.
        check(
            "The dam is “in fine shape,” the engineer said. “We will know more tomorrow.”",
            &[&["The dam is “in fine shape,”", "We will know more tomorrow."]],
        );
        check(
            "The engineer said the dam was “in fine shape.”\n\n“We will know more tomorrow.”",
            &[&["the dam was “in fine shape.”", "We will know more tomorrow."]],
        );
        // After a quotation of its speaker's own, the paraphrase is still
        // where the next quotation goes on from.
        check(
            "“We are not done,” the engineer said. The dam is “in fine shape,” he added. “We will know more tomorrow.”",
            &[
                &["We are not done,"],
                &["The dam is “in fine shape,”", "We will know more tomorrow."],
            ],
        );
        // A later sentence of the writer's that holds a quotation is no
        // piece of the passage.
        check(
            "The dam is “in fine shape,” the engineer said. “We will know more” by Friday.",
            &[&["The dam is “in fine shape,”"], &["We will know more"]],
        );
        // Not when a clause of the writer's follows the paraphrase: the
        // quotation is a claim of its own.
        check(
            "Though the engineer called the dam “sound,” the mayor closed the road.\n\n“We will know more tomorrow.”",
            &[&["the dam “sound,”"], &["We will know more tomorrow."]],
        );
    }

    #[test]
    fn a_passage_goes_on_past_an_aside_in_its_tag() {
        // Another source's cue in the tag's sentence is the writer's aside.
        check(
            "“The dam held,” the engineer said, hours after the mayor declared it safe. “We will know more tomorrow.”",
            &[
                &["The dam held,", "We will know more tomorrow."],
                &["it safe"],
            ],
        );
        // A partial quote in the tag's own paraphrase is passed over too.
        check(
            "“The dam held,” the engineer said after hinting that “repairs” were due. “We will know more tomorrow.”",
            &[
                &["The dam held,", "We will know more tomorrow."],
                &["“repairs” were due"],
            ],
        );
        // In a sentence of its own, that source takes the quotation.
        check(
            "“The dam held,” the engineer said. A farmer disagreed, saying it leaked. “It will not last.”",
            &[&["The dam held,"], &["it leaked", "It will not last."]],
        );
    }

    #[test]
    fn other_words_between_pieces_keep_claims_apart() {
        // The writer's own sentence stands between two quotes of one speaker.
        check(
            "“The dam held,” the engineer said. Rain fell all night. “We will know more tomorrow,” she added.",
            &[&["The dam held,"], &["We will know more tomorrow,"]],
        );
        // Two speakers in one paragraph.
        check(
            "“The dam held,” the engineer said. “It did not,” a farmer said.",
            &[&["The dam held,"], &["It did not,"]],
        );
    }

    #[test]
    fn a_quotation_in_the_tags_own_phrase_is_no_split_quote() {
        // After a word of the tag's phrase, a quotation is that phrase's
        // object, not the speaker's words going on.
        check(
            "“We may yet see him act,” Lee said, alluding to his role as a trapper in “Cold River.”",
            &[&["We may yet see him act,"]],
        );
        check(
            "“We need someone tested,” he said, introducing Lee as a “steady hand on the tiller.”",
            &[&["We need someone tested,"]],
        );
        // After a mark or a conjunction the speaker's words go on.
        check(
            "“The dam held,” the engineer said, and “the spillway is clear.”",
            &[&["The dam held,", "the spillway is clear."]],
        );
        check(
            "“The dam held,” the engineer said, because “the spillway was clear.”",
            &[&["The dam held,", "the spillway was clear."]],
        );
    }

    #[test]
    fn a_passage_goes_back_only_to_a_quotation_that_opens_its_sentence() {
        check(
            "“The dam held.” “We will know more tomorrow,” the engineer said.",
            &[&["The dam held.", "We will know more tomorrow,"]],
        );
        // A partial quote in the writer's clause before a speaker's quotation
        // is no piece of it.
        check(
            "The report gave the levee a “passing grade.” The engineer added that “the dam held.”",
            &[&["the dam held."]],
        );
        check(
            "After a “lost decade” for the port, the mayor said “the tide has turned.”",
            &[&["the tide has turned."]],
        );
    }

    #[test]
    fn a_title_in_a_source_s_description_is_no_split_quote() {
        check(
            "Lee, the author of “Quiet Harbors,” said “the days of one story are gone.”",
            &[&["the days of one story are gone."]],
        );
    }

    #[test]
    fn an_introduction_with_a_colon_takes_the_next_paragraph() {
        // Quoted, the next paragraph's quotation.
        check("The engineer added:\n\n“The dam held.”", &[&["The dam held."]]);
        // Unquoted, a block quotation that lost its layout: the whole paragraph,
        // and every sentence in it is attributed.
        let input =
            "The engineer added:\n\nThe dam held. It will hold. Rain is no threat.\n\nThe town slept.";
        check(input, &[&["The dam held. It will hold. Rain is no threat"]]);
        let rules = RuleSet::embedded();
        let statuses: Vec<Status> = analyze(input, &rules)
            .sentences
            .iter()
            .map(|s| s.status)
            .collect();
        assert_eq!(
            statuses,
            [
                Status::Attributed,
                Status::Attributed,
                Status::Attributed,
                Status::Attributed,
                Status::Unattributed
            ]
        );
    }
}
