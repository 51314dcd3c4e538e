//! Rules: each editorial check is a YAML definition (id, severity, message,
//! examples) in `rules/rules/` plus the smallest function that decides it here.
//! Owns diagnostics; must not change the analysis or render anything.

use serde::{Deserialize, Serialize};

use crate::classify::Status;
use crate::error::LoadError;
use crate::grammar::AttributionKind;
use crate::lexicon::CueClass;
use crate::link::SourceKind;
use crate::span::Span;
use crate::Analysis;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look.
    Info,
    /// Should be fixed.
    Warning,
    /// Must be fixed.
    Error,
}

impl Severity {
    /// The lowercase name.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A rule example as written in YAML.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleExample {
    /// The text to check.
    pub text: String,
    /// Whether the rule must flag it.
    pub flags: bool,
}

/// A rule file as written in YAML.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    id: String,
    severity: Severity,
    description: String,
    why: String,
    message: String,
    #[serde(default)]
    examples: Vec<RuleExample>,
}

/// A rule definition.
#[derive(Debug, Clone)]
pub struct RuleDef {
    /// Stable kebab-case id.
    pub id: String,
    /// Default severity.
    pub severity: Severity,
    /// One line: what it flags.
    pub description: String,
    /// The newsroom policy behind it.
    pub why: String,
    /// The message of its diagnostics.
    pub message: String,
    /// Texts it must flag or pass.
    pub examples: Vec<RuleExample>,
    /// The file it came from.
    pub path: String,
}

/// Ids of the rules that have a function here.
pub const IMPLEMENTED: &[&str] = &[
    "unattributed-claim",
    "unattributed-quote",
    "unclosed-quote",
    "vague-attribution",
    "inherited-attribution",
];

impl RuleDef {
    /// Checks a parsed rule file: a known id and at least one example each way.
    pub fn from_raw(raw: RawRule, path: &str) -> Result<RuleDef, LoadError> {
        if !IMPLEMENTED.contains(&raw.id.as_str()) {
            return Err(LoadError::file(
                path,
                format!("unknown rule id `{}` (known: {})", raw.id, IMPLEMENTED.join(", ")),
            ));
        }
        if !raw.examples.iter().any(|e| e.flags) || !raw.examples.iter().any(|e| !e.flags) {
            return Err(LoadError::file(
                path,
                "a rule needs at least one example that flags and one that passes",
            ));
        }
        Ok(RuleDef {
            id: raw.id,
            severity: raw.severity,
            description: raw.description,
            why: raw.why,
            message: raw.message,
            examples: raw.examples,
            path: path.to_string(),
        })
    }
}

/// A secondary place a diagnostic points at (the cue, the source).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What it is.
    pub text: String,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// Where (first for sorting).
    pub span: Span,
    /// Rule id.
    pub rule: String,
    /// Severity.
    pub severity: Severity,
    /// Message.
    pub message: String,
    /// Secondary labels.
    pub labels: Vec<Label>,
}

/// Runs every rule on the analysis; diagnostics come out sorted by position.
pub fn check(analysis: &Analysis<'_>, rules: &crate::RuleSet) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for def in rules.rules.values() {
        let mut emit = |span: Span, detail: Option<String>, labels: Vec<Label>| {
            let message = match detail {
                Some(d) => format!("{}: {d}", def.message),
                None => def.message.clone(),
            };
            out.push(Diagnostic {
                span,
                rule: def.id.clone(),
                severity: def.severity,
                message,
                labels,
            });
        };
        match def.id.as_str() {
            "unattributed-claim" => unattributed_claim(analysis, &mut emit),
            "unattributed-quote" => unattributed_quote(analysis, &mut emit),
            "unclosed-quote" => unclosed_quote(analysis, &mut emit),
            "vague-attribution" => vague_attribution(analysis, &mut emit),
            "inherited-attribution" => inherited_attribution(analysis, &mut emit),
            _ => {}
        }
    }
    out.sort();
    out
}

type Emit<'e> = dyn FnMut(Span, Option<String>, Vec<Label>) + 'e;

fn unattributed_claim(analysis: &Analysis<'_>, emit: &mut Emit<'_>) {
    for (sentence, info) in analysis.segments.sentences.iter().zip(&analysis.sentences) {
        let words = sentence.span.slice(analysis.text).split_whitespace().count();
        if info.status == Status::Unattributed && info.kind.is_none() && words >= 3 {
            emit(sentence.span, None, Vec::new());
        }
    }
}

fn unattributed_quote(analysis: &Analysis<'_>, emit: &mut Emit<'_>) {
    for (q, quote) in analysis.segments.quotes.iter().enumerate() {
        let words = quote.inner().slice(analysis.text).split_whitespace().count();
        let covered = analysis
            .attributions
            .iter()
            .any(|a| a.content.overlaps(quote.inner()));
        if analysis.quote_speakers[q].is_none() && !covered && words >= 3 {
            emit(quote.span, None, Vec::new());
        }
    }
}

fn unclosed_quote(analysis: &Analysis<'_>, emit: &mut Emit<'_>) {
    for quote in analysis.segments.quotes.iter().filter(|q| q.is_unclosed()) {
        let paragraph_end = analysis.segments.paragraphs[quote.paragraph].span.end;
        let labels = vec![Label {
            span: Span::new(paragraph_end, paragraph_end),
            text: "the paragraph ends here".into(),
        }];
        emit(quote.open, None, labels);
    }
}

fn vague_attribution(analysis: &Analysis<'_>, emit: &mut Emit<'_>) {
    for a in analysis.attributions.iter().filter(|a| !a.derived) {
        let Some(cue) = &a.cue else { continue };
        let label = Label {
            span: cue.span,
            text: "cue".into(),
        };
        if cue.class == CueClass::Agentless {
            emit(
                cue.span,
                Some(format!("“{}” names no one", cue.span.slice(analysis.text))),
                Vec::new(),
            );
        } else if let (Some(source), Some(mention)) = (a.source, &a.mention) {
            if analysis.registry.sources[source].kind == SourceKind::Vague {
                let words = mention.span.slice(analysis.text);
                emit(
                    mention.span,
                    Some(format!("“{words}” could be anyone")),
                    vec![label],
                );
            }
        }
    }
}

fn inherited_attribution(analysis: &Analysis<'_>, emit: &mut Emit<'_>) {
    let mut seen_paragraph = None;
    for (sentence, info) in analysis.segments.sentences.iter().zip(&analysis.sentences) {
        if info.status != Status::Inherited || seen_paragraph == Some(sentence.paragraph) {
            continue;
        }
        seen_paragraph = Some(sentence.paragraph);
        let labels = info
            .source
            .map(|s| {
                let source = &analysis.registry.sources[s];
                vec![Label {
                    span: source.intro,
                    text: "speaker continued from here".into(),
                }]
            })
            .unwrap_or_default();
        let detail = info.source.map(|s| {
            format!(
                "read as “{}”",
                analysis.registry.sources[s].intro.slice(analysis.text)
            )
        });
        let kind_ok = info.kind == Some(AttributionKind::Direct);
        if kind_ok {
            emit(sentence.span, detail, labels);
        }
    }
}
