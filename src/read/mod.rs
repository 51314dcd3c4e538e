//! Reading documents: turns Markdown or HTML into the prose whosaid analyses,
//! with an offset map back to the original file and the blocks the format
//! declares (paragraphs, headings, block quotations, comments). Plain text is
//! its own prose. Owns format knowledge; must not analyse the prose.

pub mod html;
pub mod markdown;
mod selector;

use std::borrow::Cow;

use crate::span::Span;
pub use selector::Selector;

/// The formats whosaid reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// Plain text: paragraphs separated by blank lines, or one per line.
    Text,
    /// CommonMark.
    Markdown,
    /// HTML5.
    Html,
}

impl InputFormat {
    /// The format a file name's extension implies; plain text when unknown.
    pub fn from_path(path: &str) -> InputFormat {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            InputFormat::Markdown
        } else if lower.ends_with(".html") || lower.ends_with(".htm") {
            InputFormat::Html
        } else {
            InputFormat::Text
        }
    }
}

/// What a block of prose is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// An ordinary paragraph.
    Paragraph,
    /// An item of a list.
    ListItem,
    /// A section heading.
    Heading,
    /// A block quotation: quoted material that needs a speaker.
    Quote,
    /// An HTML comment carrying a whosaid directive; not prose.
    Comment,
}

/// A block of the prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// Its bytes in the prose.
    pub span: Span,
    /// Its kind.
    pub kind: BlockKind,
}

/// How prose offsets map to source offsets: pieces of prose copied from the
/// source byte for byte (`exact`), or decoded from a source range as a whole
/// (an entity, an escape), whose inside maps to the range's ends.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    pieces: Vec<(Span, Span, bool)>,
}

impl OffsetMap {
    fn push(&mut self, prose: Span, source: Span, exact: bool) {
        self.pieces.push((prose, source, exact));
    }

    /// The source offset where something starting at prose offset `offset` starts.
    pub fn start(&self, offset: usize) -> usize {
        let i = self.pieces.partition_point(|(p, _, _)| p.end() <= offset);
        match self.pieces.get(i) {
            Some(&(prose, source, exact)) if prose.start() <= offset => {
                if exact {
                    source.start() + (offset - prose.start())
                } else {
                    source.start()
                }
            }
            Some(&(_, source, _)) => source.start(),
            None => self.pieces.last().map_or(0, |(_, source, _)| source.end()),
        }
    }

    /// The source offset where something ending at prose offset `offset` ends.
    pub fn end(&self, offset: usize) -> usize {
        let i = self.pieces.partition_point(|(p, _, _)| p.end() < offset);
        match self.pieces.get(i) {
            Some(&(prose, source, exact)) if prose.start() < offset => {
                if exact {
                    source.start() + (offset - prose.start())
                } else {
                    source.end()
                }
            }
            _ => i
                .checked_sub(1)
                .and_then(|j| self.pieces.get(j))
                .map_or(0, |(_, source, _)| source.end()),
        }
    }

    /// Maps a prose span to the source.
    pub fn span(&self, span: Span) -> Span {
        let start = self.start(span.start());
        Span::new(start, self.end(span.end()).max(start))
    }
}

/// A document ready for analysis.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    /// The prose: the source itself for plain text.
    pub prose: Cow<'a, str>,
    /// Prose → source offsets; `None` when the prose is the source.
    pub map: Option<OffsetMap>,
    /// The blocks, when the format declares them.
    pub blocks: Option<Vec<Block>>,
}

impl Document<'_> {
    /// Each block's kind and text, for tests of the readers.
    #[cfg(test)]
    pub(crate) fn block_texts(&self) -> Vec<(BlockKind, String)> {
        let blocks = self.blocks.as_deref().unwrap_or_default();
        blocks
            .iter()
            .map(|b| (b.kind, b.span.slice(&self.prose).to_string()))
            .collect()
    }

    /// Maps a prose span to the source.
    pub fn source_span(&self, span: Span) -> Span {
        self.map.as_ref().map_or(span, |m| m.span(span))
    }
}

/// Options of the HTML reader.
#[derive(Debug, Clone, Default)]
pub struct HtmlOptions {
    /// Elements whose text is not prose, besides the built-in ones.
    pub skip: Vec<Selector>,
    /// When not empty, only text inside elements matching one of these counts.
    pub only: Vec<Selector>,
}

/// Reads `source` as `format`.
pub fn read<'a>(source: &'a str, format: InputFormat, html: &HtmlOptions) -> Document<'a> {
    match format {
        InputFormat::Text => Document {
            prose: Cow::Borrowed(source),
            map: None,
            blocks: None,
        },
        InputFormat::Markdown => markdown::read(source),
        InputFormat::Html => html::read(source, html),
    }
}

/// Builds prose block by block, recording where each piece came from.
#[derive(Debug, Default)]
struct ProseBuilder {
    text: String,
    map: OffsetMap,
    blocks: Vec<Block>,
    open: Option<(usize, BlockKind)>,
}

impl ProseBuilder {
    fn begin(&mut self, kind: BlockKind) {
        self.end();
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        self.open = Some((self.text.len(), kind));
    }

    fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// Appends text copied byte for byte from `source`.
    fn exact(&mut self, text: &str, source: Span) {
        let start = self.text.len();
        self.text.push_str(text);
        self.map.push(Span::new(start, self.text.len()), source, true);
    }

    /// Appends text decoded from the whole of `source`.
    fn decoded(&mut self, text: &str, source: Span) {
        let start = self.text.len();
        self.text.push_str(text);
        self.map.push(Span::new(start, self.text.len()), source, false);
    }

    /// A line break or other separator inside a block, read as a space.
    fn space(&mut self, source: Span) {
        if !self.text.ends_with([' ', '\n']) {
            self.decoded(" ", source);
        }
    }

    fn end(&mut self) {
        if let Some((start, kind)) = self.open.take() {
            let span = Span::new(start, self.text.len());
            if span.slice(&self.text).trim().is_empty() {
                self.text.truncate(
                    start
                        .saturating_sub(2)
                        .max(self.blocks.last().map_or(0, |b| b.span.end())),
                );
            } else {
                self.blocks.push(Block { span, kind });
            }
        }
    }

    fn finish<'a>(mut self) -> Document<'a> {
        self.end();
        Document {
            prose: Cow::Owned(self.text),
            map: Some(self.map),
            blocks: Some(self.blocks),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_map_exact_and_decoded_pieces() {
        // prose "a’b" from source "a&rsquo;b": 'a' exact, '’' decoded, 'b' exact.
        let mut b = ProseBuilder::default();
        b.begin(BlockKind::Paragraph);
        b.exact("a", Span::new(10, 11));
        b.decoded("’", Span::new(11, 18));
        b.exact("b", Span::new(18, 19));
        let doc = b.finish();
        let map = doc.map.expect("map");
        assert_eq!(doc.prose, "a’b");
        assert_eq!(map.span(Span::new(0, 1)), Span::new(10, 11));
        assert_eq!(map.span(Span::new(1, 4)), Span::new(11, 18));
        assert_eq!(map.span(Span::new(0, 5)), Span::new(10, 19));
        assert_eq!(map.span(Span::new(4, 5)), Span::new(18, 19));
    }

    #[test]
    fn formats_from_paths() {
        assert_eq!(InputFormat::from_path("a/b.MD"), InputFormat::Markdown);
        assert_eq!(InputFormat::from_path("x.htm"), InputFormat::Html);
        assert_eq!(InputFormat::from_path("story"), InputFormat::Text);
    }
}
