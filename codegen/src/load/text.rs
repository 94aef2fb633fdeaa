//! One file's text → a JSON value: reading within [`MAX_FILE_BYTES`], JSON parsing (YAML in
//! [`yaml`](super::yaml)), and the nesting bound [`MAX_DEPTH`] every document keeps to.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use serde_json::Value;

use super::position::{PositionIndex, without_position};
use super::wide;
use super::yaml::parse_yaml;
use super::{MAX_DEPTH, MAX_FILE_BYTES};
use crate::diag::{Diagnostic, Location};
use crate::pointer;

/// One file, read and parsed.
pub(super) struct Parsed {
    pub(super) text: String,
    pub(super) value: Value,
    /// Read as JSON (else as YAML).
    pub(super) json: bool,
    /// What reading noticed (integers beyond 64 bits), located in the file.
    pub(super) warnings: Vec<Diagnostic>,
}

/// Reads and parses one file; `shown` is the path used in diagnostics.
pub(super) fn read_file(shown: &Path, real: &Path) -> Result<Parsed, Diagnostic> {
    let text = read_text(shown, real)?;
    let ext = real
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let ((value, warnings), json) = match ext.as_str() {
        "json" => (parse_json(shown, &text)?, true),
        "yaml" | "yml" => (parse_yaml(shown, &text)?, false),
        _ => match serde_json::from_str::<Value>(&text) {
            Ok(v) => {
                let warnings = wide::in_json(shown, &text, &v);
                ((v, warnings), true)
            }
            Err(_) => (parse_yaml(shown, &text)?, false),
        },
    };
    check_depth(&value, shown).map_err(|e| located_in_text(e, shown, &text, json))?;
    Ok(Parsed {
        text,
        value,
        json,
        warnings,
    })
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

/// Parses a JSON text; the warnings name each integer beyond 64 bits, read as the nearest
/// floating-point number.
pub(super) fn parse_json(shown: &Path, text: &str) -> Result<(Value, Vec<Diagnostic>), Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value = serde_json::from_str(text).map_err(|e| {
        let location =
            Location { file: shown.to_path_buf(), line: e.line().max(1), column: e.column().max(1) };
        let cause = without_position(&e.to_string(), e.line(), e.column());
        Diagnostic::error(format!("{} is not valid JSON: {cause}", shown.display()))
            .located(Some(location))
            .hint("fix the JSON syntax at the given line and column (a `.json` file is read as JSON only)")
    })?;
    let warnings = wide::in_json(shown, text, &value);
    Ok((value, warnings))
}
