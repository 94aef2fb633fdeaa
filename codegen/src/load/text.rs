//! One file's text → a JSON value: reading within [`MAX_FILE_BYTES`], JSON and YAML parsing
//! (YAML converted to JSON), and the nesting bound [`MAX_DEPTH`] every document keeps to.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use serde_json::Value;

use super::position::PositionIndex;
use super::{MAX_DEPTH, MAX_FILE_BYTES};
use crate::diag::{Diagnostic, Location};
use crate::pointer;

/// Reads and parses one file; `shown` is the path used in diagnostics.
pub(super) fn read_file(shown: &Path, real: &Path) -> Result<(String, Value, bool), Diagnostic> {
    let text = read_text(shown, real)?;
    let ext = real
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let (value, json) = match ext.as_str() {
        "json" => (parse_json(shown, &text)?, true),
        "yaml" | "yml" => (parse_yaml(shown, &text)?, false),
        _ => match serde_json::from_str::<Value>(&text) {
            Ok(v) => (v, true),
            Err(_) => (parse_yaml(shown, &text)?, false),
        },
    };
    check_depth(&value, shown).map_err(|e| located_in_text(e, shown, &text, json))?;
    Ok((text, value, json))
}

/// The text of a file, refused past [`MAX_FILE_BYTES`]: no more than that is read, whatever the
/// file system says of the file's size (a pipe or a device says nothing).
fn read_text(shown: &Path, real: &Path) -> Result<String, Diagnostic> {
    let cannot = |e: std::io::Error| {
        Diagnostic::error(format!("cannot read {}: {e}", shown.display()))
            .hint("check that the file exists and is UTF-8 text")
    };
    let file = File::open(real).map_err(cannot)?;
    if file.metadata().is_ok_and(|m| m.len() > MAX_FILE_BYTES) {
        return Err(too_big(shown));
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if u64::try_from(bytes.len()).map_or(true, |n| n > MAX_FILE_BYTES) {
        return Err(too_big(shown));
    }
    String::from_utf8(bytes)
        .map_err(|e| cannot(std::io::Error::new(std::io::ErrorKind::InvalidData, e)))
}

/// The error for a file (or text) over [`MAX_FILE_BYTES`].
pub(super) fn too_big(shown: &Path) -> Diagnostic {
    Diagnostic::error(format!(
        "{} is larger than {} MiB, the budget for one file",
        shown.display(),
        MAX_FILE_BYTES >> 20
    ))
    .hint(
        "split the description into files that refer to each other with `$ref`; the budget \
         bounds what one description can make the generator read",
    )
}

/// Adds the place of a diagnostic's pointer (into the document `text`, shown as `shown`) to it.
pub(super) fn located_in_text(
    diagnostic: Diagnostic,
    shown: &Path,
    text: &str,
    json: bool,
) -> Diagnostic {
    let location = diagnostic.pointer.as_deref().and_then(|p| {
        let (line, column) = PositionIndex::build(text, json).find(p)?;
        Some(Location {
            file: shown.to_path_buf(),
            line,
            column,
        })
    });
    diagnostic.located(location)
}

/// Rejects a document that nests objects and arrays more than [`MAX_DEPTH`] levels deep, naming
/// the first place that does. The walk is iterative: it is the guard, so it must not recurse.
pub(super) fn check_depth(value: &Value, shown: &Path) -> Result<(), Diagnostic> {
    enum Children<'a> {
        Object(serde_json::map::Iter<'a>),
        Array(std::iter::Enumerate<std::slice::Iter<'a, Value>>),
    }
    enum Token<'a> {
        Key(&'a str),
        Index(usize),
    }
    fn children(value: &Value) -> Option<Children<'_>> {
        match value {
            Value::Object(map) => Some(Children::Object(map.iter())),
            Value::Array(items) => Some(Children::Array(items.iter().enumerate())),
            _ => None,
        }
    }
    let Some(first) = children(value) else {
        return Ok(());
    };
    // One entry per open container: the token that leads to it and its remaining children.
    let mut stack: Vec<(Option<Token<'_>>, Children<'_>)> = vec![(None, first)];
    while let Some((_, open)) = stack.last_mut() {
        let next = match open {
            Children::Object(it) => it.next().map(|(k, v)| (Token::Key(k), v)),
            Children::Array(it) => it.next().map(|(i, v)| (Token::Index(i), v)),
        };
        let Some((token, child)) = next else {
            stack.pop();
            continue;
        };
        let Some(grandchildren) = children(child) else {
            continue;
        };
        if stack.len() >= MAX_DEPTH {
            let mut pointer = String::new();
            for token in stack.iter().filter_map(|(t, _)| t.as_ref()).chain([&token]) {
                match token {
                    Token::Key(k) => pointer = pointer::push(&pointer, k),
                    Token::Index(i) => pointer = pointer::push(&pointer, &i.to_string()),
                }
            }
            return Err(Diagnostic::error(format!(
                "{} nests objects and arrays more than {MAX_DEPTH} levels deep",
                shown.display()
            ))
            .at(pointer)
            .hint(
                "flatten the nesting: move inner schemas to `components/schemas` and refer to \
                 them with `$ref`",
            ));
        }
        stack.push((Some(token), grandchildren));
    }
    Ok(())
}

pub(super) fn parse_json(shown: &Path, text: &str) -> Result<Value, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str(text).map_err(|e| {
        let location =
            Location { file: shown.to_path_buf(), line: e.line().max(1), column: e.column().max(1) };
        let cause = without_position(&e.to_string(), e.line(), e.column());
        Diagnostic::error(format!("{} is not valid JSON: {cause}", shown.display()))
            .located(Some(location))
            .hint("fix the JSON syntax at the given line and column (a `.json` file is read as JSON only)")
    })
}

/// A parser's message without its " at line L column C" (the diagnostic's location says it);
/// other positions it mentions (e.g. where an enclosing mapping started) are kept.
fn without_position(message: &str, line: usize, column: usize) -> String {
    message.replacen(&format!(" at line {line} column {column}"), "", 1)
}

/// YAML flow collections (`[`, `{`) open at once beyond which a text is rejected before parsing:
/// libyaml's scanner revisits every open flow level at each token, so deep flow nesting takes
/// quadratic time (a minute for 10,000 levels) although it is an error past 128 levels anyway.
/// Counted on the raw text (quoted scalars and comments skipped), so stray brackets in plain
/// text count too: hence a bound well above [`MAX_DEPTH`].
const MAX_FLOW_DEPTH: usize = 4 * MAX_DEPTH;

/// The line and column where `text` first opens more than `limit` YAML flow collections.
fn flow_too_deep(text: &str, limit: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let (mut depth, mut line, mut line_start, mut i) = (0usize, 1usize, 0usize, 0usize);
    // A quote or `#` starts a scalar or comment only at the start of a token.
    let token_start = |i: usize| {
        i == 0
            || matches!(
                bytes.get(i - 1),
                Some(b' ' | b'\t' | b'\n' | b'\r' | b'[' | b'{' | b',' | b':')
            )
    };
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    let column = text.get(line_start..i).map_or(1, |s| s.chars().count() + 1);
                    return Some((line, column));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'#' if token_start(i) => {
                while bytes.get(i + 1).is_some_and(|&c| c != b'\n') {
                    i += 1;
                }
            }
            b'"' | b'\'' if token_start(i) => {
                // Skip to the closing quote: `\"` escapes in double quotes, `''` in single.
                i += 1;
                while let Some(&c) = bytes.get(i) {
                    if c == b'\n' {
                        line += 1;
                        line_start = i + 1;
                    } else if b == b'"' && c == b'\\' {
                        i += 1;
                    } else if c == b {
                        if b == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                            i += 1;
                        } else {
                            break;
                        }
                    }
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

pub(super) fn parse_yaml(shown: &Path, text: &str) -> Result<Value, Diagnostic> {
    if let Some((line, column)) = flow_too_deep(text, MAX_FLOW_DEPTH) {
        return Err(Diagnostic::error(format!(
            "{} nests flow collections (`[`, `{{`) more than {MAX_FLOW_DEPTH} levels deep",
            shown.display()
        ))
        .located(Some(Location { file: shown.to_path_buf(), line, column }))
        .hint("flatten the nesting: move inner schemas to `components/schemas` and refer to them with `$ref`"));
    }
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
        let location = e.location().map(|l| Location {
            file: shown.to_path_buf(),
            line: l.line().max(1),
            column: l.column().max(1),
        });
        let cause = match e.location() {
            Some(l) => without_position(&e.to_string(), l.line(), l.column()),
            None => e.to_string(),
        };
        Diagnostic::error(format!("{} is not valid YAML: {cause}", shown.display()))
            .located(location)
            .hint(
                "fix the YAML syntax at the given line and column (check indentation and quoting)",
            )
    })?;
    Ok(yaml_to_json(yaml))
}

/// Converts a YAML value to JSON: non-string keys become their text, tags are dropped, merge
/// keys (`<<`) are applied.
fn yaml_to_json(mut yaml: serde_yaml::Value) -> Value {
    // Merge keys: errors (e.g. a merge of a scalar) leave the mapping as it is.
    let _ = yaml.apply_merge();
    convert_yaml(yaml)
}

fn convert_yaml(yaml: serde_yaml::Value) -> Value {
    use serde_yaml::Value as Y;
    match yaml {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                n.as_f64()
                    .and_then(serde_json::Number::from_f64)
                    .map_or_else(|| Value::String(n.to_string()), Value::Number)
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(items.into_iter().map(convert_yaml).collect()),
        Y::Mapping(map) => {
            let mut out = serde_json::Map::with_capacity(map.len());
            for (k, v) in map {
                out.insert(yaml_key(k), convert_yaml(v));
            }
            Value::Object(out)
        }
        Y::Tagged(tagged) => convert_yaml(tagged.value),
    }
}

fn yaml_key(key: serde_yaml::Value) -> String {
    use serde_yaml::Value as Y;
    match key {
        Y::String(s) => s,
        Y::Null => "null".to_owned(),
        Y::Bool(b) => b.to_string(),
        Y::Number(n) => n.to_string(),
        Y::Tagged(t) => yaml_key(t.value),
        other => serde_json::to_string(&convert_yaml(other)).unwrap_or_default(),
    }
}
