//! The CSS selector subset the HTML reader's `skip` and `only` settings
//! accept: type, `#id` and `.class` compounds joined by descendant
//! combinators, in comma-separated lists (`article .body`, `div.byline, .related`).

use std::fmt;

/// One compound: `div.byline#top`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Compound {
    tag: Option<String>,
    id: Option<String>,
    classes: Vec<String>,
}

/// An element as the selector sees it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Element {
    /// Lower-case tag name.
    pub tag: String,
    /// `id` attribute.
    pub id: Option<String>,
    /// `class` attribute, split.
    pub classes: Vec<String>,
}

impl Compound {
    fn matches(&self, element: &Element) -> bool {
        self.tag.as_ref().is_none_or(|t| *t == element.tag)
            && self.id.as_ref().is_none_or(|id| element.id.as_ref() == Some(id))
            && self.classes.iter().all(|c| element.classes.contains(c))
    }
}

/// A selector list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selector {
    text: String,
    alternatives: Vec<Vec<Compound>>,
}

impl fmt::Display for Selector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

impl Selector {
    /// Parses a selector list; the error says what is not supported.
    pub fn parse(text: &str) -> Result<Selector, String> {
        let mut alternatives = Vec::new();
        for alternative in text.split(',') {
            let mut chain = Vec::new();
            for part in alternative.split_whitespace() {
                let mut compound = Compound::default();
                let mut rest = part;
                while !rest.is_empty() {
                    let (sigil, body) = match rest.chars().next() {
                        Some(c @ ('.' | '#')) => (Some(c), &rest[1..]),
                        _ => (None, rest),
                    };
                    let len = body.find(|c: char| !is_name_char(c)).unwrap_or(body.len());
                    if len == 0 {
                        return Err(format!(
                            "`{text}`: only tag, .class and #id selectors joined by spaces are supported"
                        ));
                    }
                    let name = body[..len].to_string();
                    match sigil {
                        Some('.') => compound.classes.push(name),
                        Some(_) => compound.id = Some(name),
                        None if compound.tag.is_none()
                            && compound.id.is_none()
                            && compound.classes.is_empty() =>
                        {
                            compound.tag = Some(name.to_ascii_lowercase());
                        }
                        None => return Err(format!("`{text}`: a tag name must come first in a compound")),
                    }
                    rest = &body[len..];
                }
                chain.push(compound);
            }
            if chain.is_empty() {
                return Err(format!("`{text}`: empty selector"));
            }
            alternatives.push(chain);
        }
        Ok(Selector {
            text: text.to_string(),
            alternatives,
        })
    }

    /// Whether the last element of `path` (its ancestors before it) matches.
    pub fn matches(&self, path: &[Element]) -> bool {
        let Some((subject, ancestors)) = path.split_last() else {
            return false;
        };
        self.alternatives.iter().any(|chain| {
            let Some((last, before)) = chain.split_last() else {
                return false;
            };
            if !last.matches(subject) {
                return false;
            }
            // Match the rest right to left against ancestors, greedily.
            let mut remaining = before.iter().rev().peekable();
            for ancestor in ancestors.iter().rev() {
                if remaining.peek().is_some_and(|c| c.matches(ancestor)) {
                    remaining.next();
                }
            }
            remaining.peek().is_none()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn element(tag: &str, classes: &[&str]) -> Element {
        Element {
            tag: tag.into(),
            id: None,
            classes: classes.iter().map(|c| (*c).to_string()).collect(),
        }
    }

    #[test]
    fn matching() {
        let path = [
            element("article", &[]),
            element("div", &["body", "wide"]),
            element("p", &[]),
        ];
        let check = |selector: &str, upto: usize, expect: bool| {
            let s = Selector::parse(selector).expect("valid selector");
            assert_eq!(s.matches(&path[..upto]), expect, "{selector} on {upto}");
        };
        check("article .body", 2, true);
        check("article .body", 3, false);
        check(".body p", 3, true);
        check("div.body.wide", 2, true);
        check("section .body", 2, false);
        check(".byline, .body", 2, true);
    }

    #[test]
    fn unsupported_selectors_are_errors() {
        assert!(Selector::parse("div > p").is_err());
        assert!(Selector::parse("a[href]").is_err());
        assert!(Selector::parse("").is_err());
    }
}
