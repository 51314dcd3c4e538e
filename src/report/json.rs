//! Pretty JSON with serde_json's exact layout (two-space indentation), but
//! each line break and its indentation written in one call. Owns the byte
//! layout of every JSON document whosaid writes; must not decide content.
//!
//! serde_json's `PrettyFormatter` writes indentation two bytes at a time,
//! once per nesting level and key; on a large report that was a tenth of the
//! run.

use std::io::{self, Write};

use serde::Serialize;

/// A comma, a line break and enough spaces for the deepest nesting the
/// reports use; deeper levels write the rest in further calls.
const BREAK: &[u8] = b",\n                                                                ";

/// Nesting levels covered by one slice of [`BREAK`].
const LEVELS_IN_BREAK: usize = (BREAK.len() - 2) / 2;

#[derive(Default)]
struct Indented {
    depth: usize,
    has_value: bool,
}

impl Indented {
    /// A line break (after a comma unless `first`) and the current indentation.
    fn line<W: ?Sized + Write>(&self, out: &mut W, first: bool) -> io::Result<()> {
        let from = usize::from(first);
        let levels = self.depth.min(LEVELS_IN_BREAK);
        out.write_all(&BREAK[from..2 + 2 * levels])?;
        for _ in levels..self.depth {
            out.write_all(b"  ")?;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, out: &mut W, mark: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        out.write_all(mark)
    }

    fn close<W: ?Sized + Write>(&mut self, out: &mut W, mark: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.line(out, true)?;
        }
        out.write_all(mark)
    }
}

impl serde_json::ser::Formatter for Indented {
    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.line(out, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.line(out, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Writes `value` as pretty JSON, without a final line break.
pub fn write<T: Serialize + ?Sized, W: Write>(value: &T, out: W) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(out, Indented::default());
    value.serialize(&mut serializer).map_err(io::Error::from)
}

/// `value` as pretty JSON, ending with a line break.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> String {
    let mut out = Vec::new();
    // Writing into memory fails only if `value` cannot be serialised, and
    // the crate's types are plain data of strings, numbers and sequences.
    if write(value, &mut out).is_err() {
        out.clear();
    }
    out.push(b'\n');
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The layout is serde_json's own, byte for byte, at any depth.
    #[test]
    fn same_bytes_as_serde_json_pretty() {
        let mut deep = serde_json::json!({"leaf": [1, {}, [], "x\n\"y\""]});
        for level in 0..40 {
            deep = serde_json::json!({ "level": level, "empty": [], "list": [deep] });
        }
        for value in [
            serde_json::json!(null),
            serde_json::json!([]),
            serde_json::json!({}),
            deep,
        ] {
            let expected = serde_json::to_string_pretty(&value).expect("serialise") + "\n";
            assert_eq!(to_string(&value), expected);
        }
    }
}
