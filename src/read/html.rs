//! HTML pages (CMS exports), read with a WHATWG HTML5 tokenizer (html5gum)
//! that gives source spans. Prose is the text of `p`, `blockquote`, `li` and
//! heading elements; `script`, `style`, `nav`, `aside`, `figure`,
//! `figcaption`, `footer` and the configured `skip` selectors are not, and
//! when `only` selectors are configured nothing outside them is. Character
//! references are decoded, and every piece of prose maps back to its bytes.

use std::convert::Infallible;

use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};
use html5gum::{Span as GumSpan, Tokenizer};

use super::selector::Element;
use super::{BlockKind, Document, HtmlOptions, ProseBuilder};
use crate::span::Span;

const SKIPPED: &[&str] = &[
    "script",
    "style",
    "nav",
    "aside",
    "figure",
    "figcaption",
    "footer",
    "head",
    "noscript",
    "template",
    "svg",
    "form",
    "button",
    "select",
    "table",
];
const BLOCKS: &[&str] = &["p", "blockquote", "li", "h1", "h2", "h3", "h4", "h5", "h6"];
const VOID: &[&str] = &[
    "br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr",
];

/// Events we need, with owned data, in source order.
enum Item {
    Start { element: Element, span: Span },
    End { tag: String },
    Text { value: String, span: Span },
    Comment { span: Span },
}

/// Tokens of `source[base..]`, with spans into `source`.
fn tokens(source: &str, base: usize) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    let mut pending: Option<(Element, usize)> = None;
    let mut attribute = String::new();
    let emitter = CallbackEmitter::new(
        |event: CallbackEvent<'_>, span: GumSpan<usize>| -> Option<Infallible> {
            let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
            match event {
                CallbackEvent::OpenStartTag { name } => {
                    pending = Some((
                        Element {
                            tag: text(name).to_ascii_lowercase(),
                            ..Element::default()
                        },
                        base + span.start,
                    ));
                }
                CallbackEvent::AttributeName { name } => attribute = text(name).to_ascii_lowercase(),
                CallbackEvent::AttributeValue { value } => {
                    if let Some((element, _)) = pending.as_mut() {
                        match attribute.as_str() {
                            "id" => element.id = Some(text(value)),
                            "class" => {
                                element.classes = text(value).split_whitespace().map(str::to_string).collect()
                            }
                            _ => {}
                        }
                    }
                }
                CallbackEvent::CloseStartTag { .. } => {
                    if let Some((element, start)) = pending.take() {
                        items.push(Item::Start {
                            element,
                            span: Span::new(start, base + span.end),
                        });
                    }
                }
                CallbackEvent::EndTag { name } => items.push(Item::End {
                    tag: text(name).to_ascii_lowercase(),
                }),
                CallbackEvent::String { value } => {
                    items.push(Item::Text {
                        value: text(value),
                        span: Span::new(base + span.start, base + span.end),
                    });
                }
                CallbackEvent::Comment { .. } => {
                    items.push(Item::Comment {
                        span: Span::new(base + span.start, base + span.end),
                    });
                }
                _ => {}
            }
            None
        },
    );
    // The tokenizer cannot fail on a string; an error would only end the text early.
    let _ = Tokenizer::new_with_emitter(&source[base..], emitter).finish();
    items
}

/// Decodes the character references of `raw` (at `base` in the source),
/// appending exact and decoded pieces to `prose`. Returns false when the
/// result differs from `expected` (what the tokenizer decoded), so the caller
/// can fall back to mapping the whole chunk.
fn decode_into(raw: &str, base: usize, expected: &str, prose: &mut ProseBuilder) -> bool {
    let mut pieces: Vec<(String, Span, bool)> = Vec::new();
    let mut decoded = String::new();
    let mut i = 0;
    while i < raw.len() {
        let rest = &raw[i..];
        if let Some(amp) = rest.find('&') {
            if amp > 0 {
                pieces.push((rest[..amp].to_string(), Span::new(base + i, base + i + amp), true));
                decoded.push_str(&rest[..amp]);
                i += amp;
                continue;
            }
            let semi = rest[1..].find(';').filter(|&s| s <= 32).map(|s| s + 1);
            if let Some(value) = semi.and_then(|s| reference(&rest[1..s])) {
                let end = i + semi.unwrap_or(0) + 1;
                pieces.push((value.clone(), Span::new(base + i, base + end), false));
                decoded.push_str(&value);
                i = end;
            } else {
                pieces.push(("&".to_string(), Span::new(base + i, base + i + 1), true));
                decoded.push('&');
                i += 1;
            }
        } else {
            pieces.push((rest.to_string(), Span::new(base + i, base + raw.len()), true));
            decoded.push_str(rest);
            i = raw.len();
        }
    }
    if decoded != expected {
        return false;
    }
    for (text, span, exact) in pieces {
        if exact {
            prose.exact(&text, span);
        } else {
            prose.decoded(&text, span);
        }
    }
    true
}

/// The text of a character reference body (`rsquo`, `#8217`, `#x2019`).
fn reference(body: &str) -> Option<String> {
    if let Some(number) = body.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0').map(String::from);
    }
    let text = match body {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "nbsp" => "\u{a0}",
        "rsquo" => "’",
        "lsquo" => "‘",
        "rdquo" => "”",
        "ldquo" => "“",
        "mdash" => "—",
        "ndash" => "–",
        "hellip" => "…",
        "laquo" => "«",
        "raquo" => "»",
        "bdquo" => "„",
        "sbquo" => "‚",
        "prime" => "′",
        "Prime" => "″",
        "copy" => "©",
        "reg" => "®",
        "trade" => "™",
        "deg" => "°",
        "euro" => "€",
        "pound" => "£",
        "yen" => "¥",
        "cent" => "¢",
        "sect" => "§",
        "middot" => "·",
        "bull" => "•",
        "times" => "×",
        "shy" => "\u{ad}",
        "thinsp" => "\u{2009}",
        "ensp" => "\u{2002}",
        "emsp" => "\u{2003}",
        "zwj" => "\u{200d}",
        "zwnj" => "\u{200c}",
        _ => return None,
    };
    Some(text.to_string())
}

/// Reads an HTML document.
pub fn read<'a>(source: &'a str, options: &HtmlOptions) -> Document<'a> {
    let mut prose = ProseBuilder::default();
    let mut path: Vec<Element> = Vec::new();
    // Index in `path` of the element whose block is open.
    let mut block_at: Option<usize> = None;
    let excluded = |path: &[Element]| {
        (1..=path.len()).any(|n| {
            SKIPPED.contains(&path[n - 1].tag.as_str()) || options.skip.iter().any(|s| s.matches(&path[..n]))
        }) || (!options.only.is_empty()
            && !(1..=path.len()).any(|n| options.only.iter().any(|s| s.matches(&path[..n]))))
    };
    let base = if source.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    for item in tokens(source, base) {
        match item {
            Item::Start { element, span } => {
                let tag = element.tag.clone();
                if tag == "br" {
                    if block_at.is_some() {
                        prose.space(span);
                    }
                    continue;
                }
                if VOID.contains(&tag.as_str()) {
                    continue;
                }
                // A new block element ends an open paragraph (HTML's implied `</p>`).
                if BLOCKS.contains(&tag.as_str()) {
                    if let Some(at) =
                        block_at.filter(|&at| path[at].tag == "p" || tag != "p" && path[at].tag == tag)
                    {
                        prose.end();
                        path.truncate(at);
                        block_at = None;
                    }
                }
                path.push(element);
                if BLOCKS.contains(&tag.as_str()) && tag != "blockquote" && !excluded(&path) {
                    let in_quote = path.iter().any(|e| e.tag == "blockquote");
                    let kind = if tag.starts_with('h') {
                        BlockKind::Heading
                    } else if in_quote {
                        BlockKind::Quote
                    } else if path.iter().any(|e| e.tag == "li") {
                        BlockKind::ListItem
                    } else {
                        BlockKind::Paragraph
                    };
                    if block_at.is_some() {
                        prose.end();
                    }
                    prose.begin(kind);
                    block_at = Some(path.len() - 1);
                }
            }
            Item::End { tag } => {
                if let Some(at) = path.iter().rposition(|e| e.tag == tag) {
                    if block_at.is_some_and(|b| b >= at) {
                        prose.end();
                        block_at = None;
                    }
                    path.truncate(at);
                }
            }
            Item::Text { value, span } => {
                if block_at.is_none() || excluded(&path) {
                    continue;
                }
                let raw = span.slice(source);
                if !decode_into(raw, span.start(), &value, &mut prose) {
                    prose.decoded(&value, span);
                }
            }
            Item::Comment { span } => {
                let raw = span.slice(source);
                if raw.contains("whosaid") {
                    let reopen = prose.open.map(|(_, kind)| kind);
                    prose.begin(BlockKind::Comment);
                    prose.exact(raw, span);
                    prose.end();
                    if let Some(kind) = reopen {
                        prose.begin(kind);
                    }
                }
            }
        }
    }
    prose.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::Selector;

    fn blocks(source: &str, options: &HtmlOptions) -> Vec<(BlockKind, String)> {
        read(source, options).block_texts()
    }

    #[test]
    fn prose_of_a_cms_page() {
        use BlockKind::*;
        let page = "<html><head><title>x</title><script>var said = 1;</script></head><body>\n<nav><p>Home</p></nav>\n<article><h1>Port &amp; harbor</h1>\n<div class=\"byline\"><p>By Ana Ruiz</p></div>\n<p>The port&rsquo;s manager said it&nbsp;closed.<p>Second para<br>continues.</p>\n<blockquote><p>&ldquo;We are open,&rdquo; he said.</p></blockquote>\n<aside><p>Related</p></aside><ul><li>One <em>item</em></li></ul></article>\n<footer><p>Copyright</p></footer></body></html>";
        let options = HtmlOptions {
            skip: vec![Selector::parse(".byline").expect("selector")],
            only: Vec::new(),
        };
        assert_eq!(
            blocks(page, &options),
            [
                (Heading, "Port & harbor".to_string()),
                (Paragraph, "The port’s manager said it\u{a0}closed.".to_string()),
                (Paragraph, "Second para continues.".to_string()),
                (Quote, "“We are open,” he said.".to_string()),
                (ListItem, "One item".to_string()),
            ]
        );
    }

    #[test]
    fn only_selectors_and_spans() {
        let page = "<div class=\"promo\"><p>Buy now.</p></div><article><div class=\"body\"><p>Prices rose &mdash; sharply.</p></div></article>";
        let options = HtmlOptions {
            skip: Vec::new(),
            only: vec![Selector::parse("article .body").expect("selector")],
        };
        let doc = read(page, &options);
        assert_eq!(doc.prose, "Prices rose — sharply.");
        let prose = doc.prose.as_ref();
        let dash = prose.find('—').expect("dash");
        assert_eq!(
            doc.source_span(Span::new(dash, dash + '—'.len_utf8()))
                .slice(page),
            "&mdash;"
        );
        assert_eq!(
            doc.source_span(Span::new(0, prose.len())).slice(page),
            "Prices rose &mdash; sharply."
        );
    }
}
