//! Markdown drafts, read with a real CommonMark parser (pulldown-cmark) and
//! its source offsets. Prose is paragraphs, list items, headings and block
//! quotations; code (fenced, indented, inline), front matter, link targets,
//! images, tables and raw HTML are not prose. Emphasis and links inside a
//! sentence leave only their text. HTML comments that carry whosaid
//! directives are kept for suppression.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{BlockKind, Document, ProseBuilder};
use crate::span::Span;

/// Reads a Markdown document.
pub fn read(source: &str) -> Document<'_> {
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH;
    let mut prose = ProseBuilder::default();
    // Nesting of things whose text is not prose (code, images, tables, front matter).
    let mut hidden = 0usize;
    let mut quote_depth = 0usize;
    let mut item_depth = 0usize;
    // A byte-order mark is not text: parse after it, and shift offsets back.
    let base = if source.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    for (event, range) in Parser::new_ext(&source[base..], options).into_offset_iter() {
        let span = Span::new(base + range.start, base + range.end);
        match event {
            Event::Start(tag) => match tag {
                Tag::CodeBlock(_)
                | Tag::Image { .. }
                | Tag::Table(_)
                | Tag::MetadataBlock(_)
                | Tag::FootnoteDefinition(_) => {
                    hidden += 1;
                }
                Tag::BlockQuote(_) => quote_depth += 1,
                Tag::Heading { .. } if hidden == 0 => prose.begin(BlockKind::Heading),
                Tag::Paragraph if hidden == 0 => {
                    prose.begin(if quote_depth > 0 {
                        BlockKind::Quote
                    } else if item_depth > 0 {
                        BlockKind::ListItem
                    } else {
                        BlockKind::Paragraph
                    });
                }
                // A tight list item has no paragraph of its own.
                Tag::Item => {
                    item_depth += 1;
                    if hidden == 0 {
                        prose.begin(BlockKind::ListItem);
                    }
                }
                _ => {}
            },
            Event::End(end) => match end {
                TagEnd::CodeBlock
                | TagEnd::Image
                | TagEnd::Table
                | TagEnd::MetadataBlock(_)
                | TagEnd::FootnoteDefinition => {
                    hidden = hidden.saturating_sub(1);
                }
                TagEnd::BlockQuote(_) => quote_depth = quote_depth.saturating_sub(1),
                TagEnd::Item => {
                    item_depth = item_depth.saturating_sub(1);
                    if hidden == 0 {
                        prose.end();
                    }
                }
                TagEnd::Heading(_) | TagEnd::Paragraph if hidden == 0 => prose.end(),
                _ => {}
            },
            Event::Text(text) if hidden == 0 && prose.is_open() => {
                if span.slice(source) == text.as_ref() {
                    prose.exact(&text, span);
                } else {
                    prose.decoded(&text, span);
                }
            }
            Event::SoftBreak | Event::HardBreak if hidden == 0 && prose.is_open() => prose.space(span),
            Event::Html(html) | Event::InlineHtml(html) if hidden == 0 => {
                let trimmed = html.trim();
                if trimmed.starts_with("<!--") && trimmed.contains("whosaid") {
                    let start = span.start() + span.slice(source).find("<!--").unwrap_or(0);
                    let comment = Span::new(start, start + trimmed.len());
                    let reopen = prose.open.map(|(_, kind)| kind);
                    prose.begin(BlockKind::Comment);
                    prose.exact(comment.slice(source), comment);
                    prose.end();
                    if let Some(kind) = reopen {
                        prose.begin(kind);
                    }
                }
            }
            // Inline code, footnote references, rules, task markers: not prose.
            _ => {}
        }
    }
    prose.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(source: &str) -> Vec<(BlockKind, String)> {
        read(source).block_texts()
    }

    #[test]
    fn prose_blocks() {
        use BlockKind::*;
        let source = "---\ntitle: Draft\n---\n\n# Harbor *news*\n\nThe **port** [closed](http://x.test) on `Monday`.\nIt reopened.\n\n```\ncode said nothing\n```\n\n> “We are open,” said the manager.\n\n- one item\n- two\n\n<!-- whosaid off -- wire copy -->\n\n![a photo](p.png)\n";
        assert_eq!(
            blocks(source),
            [
                (Heading, "Harbor news".to_string()),
                (Paragraph, "The port closed on . It reopened.".to_string()),
                (Quote, "“We are open,” said the manager.".to_string()),
                (ListItem, "one item".to_string()),
                (ListItem, "two".to_string()),
                (Comment, "<!-- whosaid off -- wire copy -->".to_string()),
            ]
        );
    }

    #[test]
    fn spans_point_into_the_source() {
        let source = "Intro.\n\nThe **port** closed, the *harbor master* said.\n";
        let doc = read(source);
        let prose = doc.prose.as_ref();
        let find = |needle: &str| {
            let start = prose.find(needle).expect("in prose");
            doc.source_span(Span::new(start, start + needle.len()))
                .slice(source)
        };
        assert_eq!(find("port"), "port");
        assert_eq!(find("harbor master"), "harbor master");
        assert_eq!(find("The port closed"), "The **port** closed");
    }
}
