//! Linking: the registry of the article's sources and the coreference that ties
//! each mention (“the source”, “the second source”, “Kim”, “the governor”,
//! “he”, “one of them”) to the source first introduced. Owns source identity;
//! must not parse text (mentions arrive classified from `grammar`).

pub mod claims;

use serde::Serialize;

use crate::grammar::{Mention, PhraseKind, SourcePhrase};
use crate::lexicon::Gender;
use crate::span::Span;

/// What kind of source a reader is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// A person named.
    NamedPerson,
    /// An organisation named.
    NamedOrganization,
    /// One unnamed person.
    Anonymous,
    /// Unnamed people, described.
    AnonymousGroup,
    /// Nobody a reader can check.
    Vague,
    /// A document or data.
    Document,
}

/// A source of the article.
#[derive(Debug, Clone)]
pub struct Source {
    /// Stable id within the report: `s1`, `s2`, … in order of introduction.
    pub id: String,
    /// The words that introduce it.
    pub intro: Span,
    /// Its kind.
    pub kind: SourceKind,
    /// Every mention, the introduction first.
    pub mentions: Vec<Span>,
    /// The phrase that introduced it.
    pub phrase: SourcePhrase,
    /// A definite reference ("the source", "he") with nothing before it to refer to.
    pub unresolved: bool,
    /// Singular mentions ("the source") of a source introduced as plural ("sources").
    pub number_mismatches: Vec<Span>,
}

/// The sources of one article, in order of introduction.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    /// Sources in order of introduction.
    pub sources: Vec<Source>,
    /// Source indexes in the order they were cited, latest last.
    history: Vec<usize>,
}

fn kind_of(phrase: &SourcePhrase) -> SourceKind {
    match phrase.kind {
        PhraseKind::NamedPerson => SourceKind::NamedPerson,
        PhraseKind::NamedOrganization => SourceKind::NamedOrganization,
        PhraseKind::Vague => SourceKind::Vague,
        PhraseKind::Document => SourceKind::Document,
        PhraseKind::AnonymousGroup => SourceKind::AnonymousGroup,
        PhraseKind::Definite if phrase.organization_head => SourceKind::NamedOrganization,
        PhraseKind::Definite | PhraseKind::Another | PhraseKind::Anonymous | PhraseKind::Pronoun => {
            if phrase.plural {
                SourceKind::AnonymousGroup
            } else {
                SourceKind::Anonymous
            }
        }
    }
}

fn is_individual(source: &Source) -> bool {
    matches!(source.kind, SourceKind::NamedPerson | SourceKind::Anonymous)
}

impl Registry {
    /// The source `mention` refers to, registering a new one when it
    /// introduces one. `text` is the document.
    pub fn resolve(&mut self, mention: &Mention, text: &str) -> usize {
        let found = self.find_existing(mention, text);
        let index = match found {
            Some(index) => {
                let source = &mut self.sources[index];
                source.mentions.push(mention.span);
                let singular_reference = mention.phrase.kind == PhraseKind::Definite
                    && !mention.phrase.plural
                    && mention.phrase.head != "one-of";
                if singular_reference && matches!(source.kind, SourceKind::Vague | SourceKind::AnonymousGroup)
                {
                    source.number_mismatches.push(mention.span);
                }
                index
            }
            None => {
                let unresolved = matches!(mention.phrase.kind, PhraseKind::Pronoun)
                    || (mention.phrase.kind == PhraseKind::Definite
                        && !mention.phrase.organization_head
                        && mention.phrase.role.is_none());
                self.sources.push(Source {
                    id: format!("s{}", self.sources.len() + 1),
                    intro: mention.intro,
                    kind: kind_of(&mention.phrase),
                    mentions: vec![mention.span],
                    phrase: mention.phrase.clone(),
                    unresolved,
                    number_mismatches: Vec::new(),
                });
                self.sources.len() - 1
            }
        };
        self.history.push(index);
        index
    }

    fn recent(&self, accept: impl Fn(&Source) -> bool) -> Option<usize> {
        self.history
            .iter()
            .rev()
            .copied()
            .find(|&i| accept(&self.sources[i]))
    }

    fn find_existing(&self, mention: &Mention, text: &str) -> Option<usize> {
        let phrase = &mention.phrase;
        match phrase.kind {
            PhraseKind::Pronoun => match phrase.head.as_str() {
                "he" | "she" => {
                    let want = if phrase.head == "he" {
                        Gender::Male
                    } else {
                        Gender::Female
                    };
                    self.recent(|s| is_individual(s) && s.phrase.gender.is_none_or(|g| g == want))
                }
                "they" => self.recent(|s| {
                    matches!(
                        s.kind,
                        SourceKind::AnonymousGroup | SourceKind::Vague | SourceKind::NamedOrganization
                    )
                }),
                _ => self.recent(|s| matches!(s.kind, SourceKind::NamedOrganization | SourceKind::Document)),
            },
            PhraseKind::Definite => self.definite(phrase),
            PhraseKind::NamedPerson => self.named_person(phrase),
            PhraseKind::NamedOrganization => {
                let words = normalize_words(&phrase.name);
                self.sources.iter().position(|s| {
                    s.kind == SourceKind::NamedOrganization && {
                        let other = normalize_words(&s.phrase.name);
                        !words.is_empty() && (contains_run(&other, &words) || contains_run(&words, &other))
                    }
                })
            }
            PhraseKind::Document
                if phrase.described || !mention.intro.slice(text).to_lowercase().starts_with("the ") =>
            {
                None
            }
            PhraseKind::Document => {
                self.recent(|s| s.kind == SourceKind::Document && s.phrase.head == phrase.head)
            }
            PhraseKind::Vague => {
                let words = mention.span.slice(text).to_lowercase();
                self.sources
                    .iter()
                    .position(|s| s.kind == SourceKind::Vague && s.intro.slice(text).to_lowercase() == words)
            }
            PhraseKind::Another | PhraseKind::Anonymous | PhraseKind::AnonymousGroup => None,
        }
    }

    fn definite(&self, phrase: &SourcePhrase) -> Option<usize> {
        if phrase.head == "one-of" {
            return self.recent(|s| s.kind == SourceKind::AnonymousGroup || s.phrase.counted);
        }
        if phrase.organization_head {
            return self.recent(|s| {
                s.kind == SourceKind::NamedOrganization
                    && (s.phrase.head.eq_ignore_ascii_case(&phrase.head)
                        || s.phrase.name.iter().any(|w| w.eq_ignore_ascii_case(&phrase.head)))
            });
        }
        if let Some(role) = &phrase.role {
            let named =
                self.recent(|s| s.kind == SourceKind::NamedPerson && s.phrase.role.as_ref() == Some(role));
            if named.is_some() {
                return named;
            }
        }
        if phrase.plural {
            return self.recent(|s| {
                matches!(s.kind, SourceKind::AnonymousGroup | SourceKind::Vague)
                    && (s.phrase.head == phrase.head || phrase.head == "source")
            });
        }
        let generic = matches!(phrase.head.as_str(), "source" | "person" | "individual");
        // A pronoun with nothing before it is no antecedent for "the source".
        let introduced = |s: &Source| s.kind == SourceKind::Anonymous && s.phrase.kind != PhraseKind::Pronoun;
        let anonymous: Vec<usize> = (0..self.sources.len())
            .filter(|&i| introduced(&self.sources[i]))
            .filter(|&i| generic || self.sources[i].phrase.head == phrase.head)
            .collect();
        if let Some(n) = phrase.ordinal {
            return anonymous.get(n - 1).copied();
        }
        self.recent(|s| introduced(s) && (generic || s.phrase.head == phrase.head))
            .or_else(|| self.recent(|s| s.phrase.head == phrase.head && s.kind != SourceKind::Vague))
            // "Sources said …" then "the source added": the same source, in
            // the wrong number (reported by `source-number-mismatch`).
            .or_else(|| {
                self.recent(|s| {
                    matches!(s.kind, SourceKind::Vague | SourceKind::AnonymousGroup)
                        && s.phrase.head == phrase.head
                })
            })
    }

    fn named_person(&self, phrase: &SourcePhrase) -> Option<usize> {
        let words = normalize_words(&phrase.name);
        self.sources.iter().position(|s| {
            if s.kind != SourceKind::NamedPerson {
                return false;
            }
            let other = normalize_words(&s.phrase.name);
            if other == words {
                return true;
            }
            // A surname or a first name alone refers back to the full name.
            words.len() == 1 && (other.last() == words.first() || other.first() == words.first())
        })
    }
}

fn normalize_words(words: &[String]) -> Vec<String> {
    words
        .iter()
        .map(|w| crate::lexicon::normalize(w.trim_end_matches(['’', '\'', 's'])))
        .collect()
}

fn contains_run(haystack: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use crate::{analyze, RuleSet};

    /// The source introduction each attributed sentence resolves to.
    fn sources_of(text: &str) -> Vec<String> {
        let rules = RuleSet::embedded();
        let analysis = analyze(text, &rules);
        analysis
            .sentences
            .iter()
            .filter_map(|s| s.source)
            .map(|i| analysis.registry.sources[i].intro.slice(text).to_string())
            .collect()
    }

    #[test]
    fn ordinals_and_definites() {
        let text = "A trader in the port told the paper prices rose.\n\nA farmer in the valley said rice was scarce.\n\n“It is bad,” the second source said.\n\nThe source said more.\n\nThe trader said less.";
        assert_eq!(
            sources_of(text),
            [
                "A trader in the port",
                "A farmer in the valley",
                "A farmer in the valley",
                "A farmer in the valley",
                "A trader in the port"
            ]
        );
    }

    #[test]
    fn surnames_titles_and_pronouns() {
        let text = "Gov. Ana Ruiz said the bridge would close.\n\nRuiz said it would reopen.\n\nThe governor said tolls would rise.\n\nShe said nothing else.\n\nMr. Omar Haddad said otherwise.\n\nHe said so twice.";
        assert_eq!(
            sources_of(text),
            [
                "Gov. Ana Ruiz",
                "Gov. Ana Ruiz",
                "Gov. Ana Ruiz",
                "Gov. Ana Ruiz",
                "Mr. Omar Haddad",
                "Mr. Omar Haddad"
            ]
        );
    }

    #[test]
    fn another_is_new_and_groups_resolve() {
        let text = "A source said the plant closed.\n\nAnother source said it reopened.\n\nTwo people familiar with the plan said it was late.\n\nOne of them said it was over budget.";
        assert_eq!(
            sources_of(text),
            [
                "A source",
                "Another source",
                "Two people familiar with the plan",
                "Two people familiar with the plan"
            ]
        );
    }
}
