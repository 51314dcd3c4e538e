//! Throughput of each pipeline stage, in bytes of article text per second, on
//! the project's own fixture articles repeated into a larger corpus, so a
//! regression points at its stage. Run with `cargo bench`.

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use whosaid::{analyze, grammar, segment, RuleSet};

fn main() {
    divan::main();
}

/// The fixture articles, repeated until the corpus is about `size` bytes.
fn corpus(size: usize) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    let articles: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let mut text = String::with_capacity(size + 4096);
    while text.len() < size {
        for article in &articles {
            text.push_str(article);
            text.push_str("\n\n");
        }
    }
    text
}

const SIZES: &[usize] = &[64 << 10, 1 << 20];

#[divan::bench(args = SIZES)]
fn segment_stage(bencher: Bencher, size: usize) {
    let rules = RuleSet::embedded();
    let text = corpus(size);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| segment::segment(black_box(&text), &rules.lexicon, None));
}

#[divan::bench(args = SIZES)]
fn grammar_stage(bencher: Bencher, size: usize) {
    let rules = RuleSet::embedded();
    let text = corpus(size);
    let segments = segment::segment(&text, &rules.lexicon, None);
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        let mut found = 0;
        let mut reader = grammar::SentenceReader::default();
        for sentence in &segments.sentences {
            found += reader
                .attributions(
                    black_box(&text),
                    sentence.span,
                    &segments.quotes,
                    &rules.lexicon,
                    segments.paragraphs[sentence.paragraph()].heading,
                )
                .attributions
                .len();
        }
        found
    });
}

#[divan::bench(args = SIZES)]
fn analysis_through_link_and_classify(bencher: Bencher, size: usize) {
    let rules = RuleSet::embedded();
    let text = corpus(size);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| analyze(black_box(&text), &rules).sentences.len());
}

#[divan::bench(args = SIZES)]
fn rules_stage(bencher: Bencher, size: usize) {
    let rules = RuleSet::embedded();
    let text = corpus(size);
    let analysis = analyze(&text, &rules);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| whosaid::rules::check(black_box(&analysis), &rules).len());
}

/// The report of one file made and written as JSON. Making it counts the
/// claims, which the analysis does not hold (no rule reads them).
#[divan::bench(args = SIZES)]
fn report_stage_json(bencher: Bencher, size: usize) {
    let rules = RuleSet::embedded();
    let text = corpus(size);
    let analysis = analyze(&text, &rules);
    let diagnostics = whosaid::rules::check(&analysis, &rules);
    // The report takes the analysis and the diagnostics over; each run gets
    // its own copies, made outside the timing.
    bencher
        .counter(BytesCount::of_str(&text))
        .with_inputs(|| (analysis.clone(), diagnostics.clone()))
        .bench_local_values(|(analysis, diagnostics)| {
            let file = whosaid::FileReport::new("corpus.txt", black_box(analysis), diagnostics, &text, None);
            whosaid::Report::new(vec![file], Vec::new()).to_json().len()
        });
}

/// The whole run on one file as the command does it: check, then the JSON
/// report written (to a sink), since entries are made as they are written.
#[divan::bench(args = SIZES)]
fn whole_check(bencher: Bencher, size: usize) {
    let rules = RuleSet::embedded();
    let text = corpus(size);
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        let file = whosaid::check("corpus.txt", black_box(&text), &rules);
        whosaid::Report::new(vec![file], Vec::new()).write_json(&mut std::io::sink())
    });
}

#[divan::bench]
fn load_embedded_rules() -> RuleSet {
    RuleSet::embedded()
}
