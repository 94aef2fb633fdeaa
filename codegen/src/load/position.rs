//! Positions of values in a source text, computed on demand.
//!
//! An index maps every JSON pointer of a file (`""` for the document itself) to the 1-based line
//! and column where its value starts. JSON files are walked by a small hand-written scanner
//! (fast on multi-megabyte files); YAML files by `yaml-rust2`'s marked event parser. Both walkers
//! are iterative or bounded, and neither panics on malformed input: they index what they can.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

use crate::pointer;

/// Line and column (1-based) of each value of one file, by JSON pointer.
#[derive(Debug, Default)]
pub(crate) struct PositionIndex {
    positions: HashMap<String, (usize, usize)>,
}

impl PositionIndex {
    /// Builds the index of `text`; `json` selects the JSON scanner, which falls back to the YAML
    /// walker when the text turns out not to be plain JSON.
    pub(crate) fn build(text: &str, json: bool) -> Self {
        if json && let Some(index) = JsonScanner::index(text) {
            return index;
        }
        YamlWalker::index(text)
    }

    /// The position of `pointer`, or of its nearest ancestor that has one.
    pub(crate) fn find(&self, pointer: &str) -> Option<(usize, usize)> {
        let mut current = pointer;
        loop {
            if let Some(pos) = self.positions.get(current) {
                return Some(*pos);
            }
            let cut = current.rfind('/')?;
            current = &current[..cut];
        }
    }

    /// The position of exactly `pointer`.
    #[cfg(test)]
    pub(crate) fn exact(&self, pointer: &str) -> Option<(usize, usize)> {
        self.positions.get(pointer).copied()
    }
}

/// A hand-written JSON walker: records where each value starts.
struct JsonScanner<'a> {
    bytes: &'a [u8],
    pos: usize,
    line: usize,
    line_start: usize,
    text: &'a str,
    positions: HashMap<String, (usize, usize)>,
}

/// One open container while scanning JSON.
enum JsonFrame {
    /// An object; `len` is the pointer length of the object itself.
    Object { len: usize },
    /// An array and the index of the next element.
    Array { len: usize, next: usize },
}

impl<'a> JsonScanner<'a> {
    fn index(text: &'a str) -> Option<PositionIndex> {
        let mut scanner = JsonScanner {
            bytes: text.as_bytes(),
            pos: 0,
            line: 1,
            line_start: 0,
            text,
            positions: HashMap::new(),
        };
        scanner.run()?;
        Some(PositionIndex {
            positions: scanner.positions,
        })
    }

    fn column(&self) -> usize {
        // Columns count characters, not bytes.
        self.text
            .get(self.line_start..self.pos)
            .map_or(1, |s| s.chars().count() + 1)
    }

    fn skip_ws(&mut self) {
        while let Some(&b) = self.bytes.get(self.pos) {
            match b {
                b'\n' => {
                    self.pos += 1;
                    self.line += 1;
                    self.line_start = self.pos;
                }
                b' ' | b'\t' | b'\r' => self.pos += 1,
                0xEF if self.pos == 0 => self.pos += 3, // UTF-8 byte order mark
                _ => break,
            }
        }
    }

    /// Reads a string starting at the opening quote; returns its decoded content.
    fn string(&mut self) -> Option<String> {
        let start = self.pos;
        self.pos += 1;
        let mut escaped = false;
        loop {
            let b = *self.bytes.get(self.pos)?;
            self.pos += 1;
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                break;
            } else if b == b'\n' {
                return None;
            }
        }
        let raw = self.text.get(start..self.pos)?;
        serde_json::from_str::<String>(raw).ok()
    }

    /// Skips a scalar (number, true, false, null).
    fn scalar(&mut self) -> Option<()> {
        let start = self.pos;
        while let Some(&b) = self.bytes.get(self.pos) {
            if matches!(b, b',' | b']' | b'}' | b' ' | b'\t' | b'\r' | b'\n' | b':') {
                break;
            }
            self.pos += 1;
        }
        (self.pos > start).then_some(())
    }

    fn run(&mut self) -> Option<()> {
        let mut pointer = String::new();
        let mut stack: Vec<JsonFrame> = Vec::new();
        // Whether a value is expected next (true) or a separator/closer (false).
        let mut expect_value = true;
        loop {
            self.skip_ws();
            if expect_value {
                let position = (self.line, self.column());
                self.positions.insert(pointer.clone(), position);
                match *self.bytes.get(self.pos)? {
                    b'{' => {
                        self.pos += 1;
                        stack.push(JsonFrame::Object { len: pointer.len() });
                        self.skip_ws();
                        if self.bytes.get(self.pos) == Some(&b'}') {
                            self.pos += 1;
                            stack.pop();
                            expect_value = false;
                        } else {
                            self.key(&mut pointer)?;
                        }
                    }
                    b'[' => {
                        self.pos += 1;
                        let len = pointer.len();
                        self.skip_ws();
                        if self.bytes.get(self.pos) == Some(&b']') {
                            self.pos += 1;
                            expect_value = false;
                        } else {
                            stack.push(JsonFrame::Array { len, next: 1 });
                            pointer.push_str("/0");
                        }
                    }
                    b'"' => {
                        self.string()?;
                        expect_value = false;
                    }
                    _ => {
                        self.scalar()?;
                        expect_value = false;
                    }
                }
            } else {
                let Some(frame) = stack.last_mut() else {
                    // Plain JSON ends here; anything else is YAML.
                    return (self.pos >= self.bytes.len()).then_some(());
                };
                let b = *self.bytes.get(self.pos)?;
                self.pos += 1;
                match (frame, b) {
                    (JsonFrame::Object { len }, b',') => {
                        pointer.truncate(*len);
                        self.skip_ws();
                        self.key(&mut pointer)?;
                        expect_value = true;
                    }
                    (JsonFrame::Array { len, next }, b',') => {
                        pointer.truncate(*len);
                        pointer.push('/');
                        pointer.push_str(&next.to_string());
                        *next += 1;
                        expect_value = true;
                    }
                    (JsonFrame::Object { len }, b'}') | (JsonFrame::Array { len, .. }, b']') => {
                        pointer.truncate(*len);
                        stack.pop();
                    }
                    _ => return None,
                }
            }
            if expect_value && self.bytes.get(self.pos).is_none() {
                return None;
            }
        }
    }

    /// Reads `"key":` and appends the key to the pointer; leaves the scanner before the value.
    fn key(&mut self, pointer: &mut String) -> Option<()> {
        if self.bytes.get(self.pos) != Some(&b'"') {
            return None;
        }
        let key = self.string()?;
        self.skip_ws();
        if self.bytes.get(self.pos) != Some(&b':') {
            return None;
        }
        self.pos += 1;
        pointer.push('/');
        pointer.push_str(&pointer::escape(&key));
        // The caller records the value position after skipping whitespace; make sure the loop
        // treats what follows as a value.
        Some(())
    }
}

/// One open collection while walking YAML events.
struct YamlFrame {
    /// The pointer of the collection; `None` inside a complex (non-scalar) key.
    pointer: Option<String>,
    kind: YamlFrameKind,
    /// Where the collection was said to start, until its first key is seen: a block mapping's
    /// start event is marked at its first `:`, so the first key's marker replaces it.
    start: Option<usize>,
}

enum YamlFrameKind {
    /// A mapping: the key read and waiting for its value, if any.
    Map { key: Option<String> },
    /// A sequence and the index of the next element.
    Seq { next: usize },
}

/// Walks `yaml-rust2` events and records the marker of every value.
struct YamlWalker {
    stack: Vec<YamlFrame>,
    positions: HashMap<String, (usize, usize)>,
    done: bool,
}

impl YamlWalker {
    fn index(text: &str) -> PositionIndex {
        let mut walker = YamlWalker {
            stack: Vec::new(),
            positions: HashMap::new(),
            done: false,
        };
        let mut parser = Parser::new_from_str(text);
        // A scan error leaves the positions found so far: they are still right.
        let _ = parser.load(&mut walker, false);
        PositionIndex {
            positions: walker.positions,
        }
    }

    /// The pointer of the node that starts now, or `None` when the node is a mapping key.
    /// `Err(())` means "inside a complex key": not recorded.
    fn node_pointer(&mut self) -> Result<Option<String>, ()> {
        match self.stack.last_mut() {
            None => Ok(Some(String::new())),
            Some(frame) => {
                let Some(base) = &frame.pointer else {
                    return Err(());
                };
                match &mut frame.kind {
                    YamlFrameKind::Map { key: None } => Ok(None),
                    YamlFrameKind::Map { key: Some(k) } => {
                        Ok(Some(format!("{base}/{}", pointer::escape(k))))
                    }
                    YamlFrameKind::Seq { next } => Ok(Some(format!("{base}/{next}"))),
                }
            }
        }
    }

    /// A node (scalar or whole collection) has ended: advance the parent.
    fn finish_node(&mut self, scalar_key: Option<String>) {
        if let Some(frame) = self.stack.last_mut() {
            match &mut frame.kind {
                YamlFrameKind::Map { key } => {
                    if key.is_some() {
                        *key = None;
                    } else {
                        *key = Some(scalar_key.unwrap_or_else(|| "?".to_owned()));
                    }
                }
                YamlFrameKind::Seq { next } => *next += 1,
            }
        } else {
            self.done = true;
        }
    }

    /// The first key of a mapping: if it comes before the mapping's recorded start, the mapping
    /// starts there.
    fn first_key(&mut self, mark: Marker) {
        let Some(frame) = self.stack.last_mut() else {
            return;
        };
        let Some(start) = frame.start.take() else {
            return;
        };
        if mark.index() < start
            && let Some(pointer) = &frame.pointer
        {
            self.positions
                .insert(pointer.clone(), (mark.line(), mark.col() + 1));
        }
    }

    fn record(&mut self, pointer: &str, mark: Marker) {
        self.positions
            .entry(pointer.to_owned())
            .or_insert((mark.line(), mark.col() + 1));
    }
}

impl MarkedEventReceiver for YamlWalker {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        if self.done {
            return;
        }
        match ev {
            Event::Scalar(value, ..) => match self.node_pointer() {
                Ok(Some(p)) => {
                    self.record(&p, mark);
                    self.finish_node(None);
                }
                Ok(None) => {
                    self.first_key(mark);
                    self.finish_node(Some(value));
                }
                Err(()) => self.finish_node(None),
            },
            Event::Alias(_) => {
                if let Ok(Some(p)) = self.node_pointer() {
                    self.record(&p, mark);
                }
                self.finish_node(None);
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let pointer = match self.node_pointer() {
                    Ok(Some(p)) => {
                        self.record(&p, mark);
                        Some(p)
                    }
                    Ok(None) | Err(()) => None,
                };
                let kind = if matches!(ev, Event::MappingStart(..)) {
                    YamlFrameKind::Map { key: None }
                } else {
                    YamlFrameKind::Seq { next: 0 }
                };
                let start = matches!(ev, Event::MappingStart(..)).then_some(mark.index());
                self.stack.push(YamlFrame {
                    pointer,
                    kind,
                    start,
                });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
                self.finish_node(None);
            }
            _ => {}
        }
    }
}

/// A parser's message without its " at line L column C" (the diagnostic's location says it);
/// other positions it mentions (e.g. where an enclosing mapping started) are kept.
pub(super) fn without_position(message: &str, line: usize, column: usize) -> String {
    message.replacen(&format!(" at line {line} column {column}"), "", 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_positions() {
        let text = "{\n  \"a\": {\"b\": [1, \"x\", {\"c\": true}]},\n  \"d/e\": null\n}";
        let index = PositionIndex::build(text, true);
        assert_eq!(index.exact(""), Some((1, 1)));
        assert_eq!(index.exact("/a"), Some((2, 8)));
        assert_eq!(index.exact("/a/b"), Some((2, 14)));
        assert_eq!(index.exact("/a/b/1"), Some((2, 18)));
        assert_eq!(index.exact("/a/b/2/c"), Some((2, 29)));
        assert_eq!(index.exact("/d~1e"), Some((3, 10)));
        assert_eq!(index.find("/a/b/2/c/zzz"), Some((2, 29)));
    }

    #[test]
    fn yaml_positions() {
        let text = "a:\n  b:\n    - 1\n    - x: y\n  'c/d': [1, 2]\n200: ok\n";
        let index = PositionIndex::build(text, false);
        assert_eq!(index.exact("/a/b/0"), Some((3, 7)));
        assert_eq!(index.exact("/a/b/1/x"), Some((4, 10)));
        assert_eq!(index.exact("/a/c~1d/1"), Some((5, 14)));
        assert_eq!(index.exact("/200"), Some((6, 6)));
        // Block mappings start at their first key, flow mappings at `{`.
        assert_eq!(index.exact(""), Some((1, 1)));
        assert_eq!(index.exact("/a"), Some((2, 3)));
        assert_eq!(index.exact("/a/b/1"), Some((4, 7)));
        assert_eq!(
            PositionIndex::build("a: {b: 1}", false).exact("/a"),
            Some((1, 4))
        );
    }

    #[test]
    fn json_that_is_yaml_falls_back() {
        let index = PositionIndex::build("a: 1\nb: [2]\n", true);
        assert_eq!(index.exact("/b/0"), Some((2, 5)));
    }

    #[test]
    fn malformed_input_does_not_panic() {
        for text in [
            "{",
            "[1,",
            "{\"a\" 1}",
            "\"abc",
            "a: [",
            "{\"\\u12\": 1}",
            "\u{feff}{}",
        ] {
            let _ = PositionIndex::build(text, true);
            let _ = PositionIndex::build(text, false);
        }
    }
}
