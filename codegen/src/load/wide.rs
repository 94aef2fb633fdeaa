//! Integers beyond 64 bits: JSON and YAML readers keep them as the nearest floating-point number
//! (serde_json does so silently); this module finds them in JSON text and words the warning both
//! readers give, located at the value.

use std::path::Path;

use serde_json::Value;

use super::position::PositionIndex;
use crate::diag::{Diagnostic, Kind, Location};
use crate::pointer;

/// The warning for the value at pointer `at` of `shown`, written as the integer `written` and
/// read as the floating-point number `read`.
pub(super) fn warning(
    shown: &Path,
    at: String,
    written: &str,
    read: f64,
    location: Option<Location>,
) -> Diagnostic {
    let key = at
        .rsplit('/')
        .next()
        .map(pointer::unescape)
        .unwrap_or_default();
    Diagnostic::warning(
        Kind::Inexact,
        format!(
            "in {}: `{key}` is {written}, an integer beyond 64 bits: read as the number {read:e}",
            shown.display()
        ),
    )
    .at(at)
    .located(location)
    .hint(
        "the value is kept as a floating-point number, as JSON readers do; write one that fits \
         64 bits (e.g. 9223372036854775807) to keep it exact",
    )
}

/// Warnings for the integers beyond 64 bits in the JSON `text` (parsed as `value`), which
/// serde_json reads as floating-point numbers without a word.
pub(super) fn in_json(shown: &Path, text: &str, value: &Value) -> Vec<Diagnostic> {
    let candidates = wide_floats(value);
    if candidates.is_empty() {
        return Vec::new();
    }
    let index = PositionIndex::build(text, true);
    let lines: Vec<&str> = text.split('\n').collect();
    let mut warnings = Vec::new();
    for (at, read) in candidates {
        let Some((line, column)) = index.find(&at) else {
            continue;
        };
        let Some(written) = lines.get(line - 1).and_then(|l| literal_at(l, column)) else {
            continue;
        };
        if written.bytes().any(|b| matches!(b, b'.' | b'e' | b'E')) {
            continue; // written as a floating-point number: read as written
        }
        let location = Location {
            file: shown.to_path_buf(),
            line,
            column,
        };
        warnings.push(warning(shown, at, written, read, Some(location)));
    }
    warnings
}

/// Pointers and values of the floating-point numbers in `value` that may have been written as
/// integers beyond 64 bits: whole, and beyond `i64::MIN..=u64::MAX`.
fn wide_floats(value: &Value) -> Vec<(String, f64)> {
    // 2^64 and -2^63, exactly representable.
    const ABOVE: f64 = 18_446_744_073_709_551_616.0;
    const BELOW: f64 = -9_223_372_036_854_775_808.0;
    let mut found = Vec::new();
    let mut stack = vec![(String::new(), value)];
    while let Some((at, value)) = stack.pop() {
        match value {
            Value::Number(n) if n.is_f64() => {
                if let Some(f) = n.as_f64().filter(|f| f.fract() == 0.0) {
                    // Integers in range are read as integers, so a whole f64 out here was written
                    // as a wider integer or in floating-point notation.
                    if f >= ABOVE || f <= BELOW {
                        found.push((at, f));
                    }
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate().rev() {
                    stack.push((pointer::push(&at, &i.to_string()), item));
                }
            }
            Value::Object(map) => {
                for (k, v) in map.iter().rev() {
                    stack.push((pointer::push(&at, k), v));
                }
            }
            _ => {}
        }
    }
    found
}

/// The number literal starting at 1-based character `column` of `line`.
fn literal_at(line: &str, column: usize) -> Option<&str> {
    let start = line.char_indices().nth(column - 1)?.0;
    let rest = line.get(start..)?;
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E')))
        .unwrap_or(rest.len());
    let literal = rest.get(..end)?;
    (!literal.is_empty()).then_some(literal)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn warnings(text: &str) -> Vec<Diagnostic> {
        let value: Value = serde_json::from_str(text).unwrap();
        in_json(Path::new("api.json"), text, &value)
    }

    #[test]
    fn integers_beyond_64_bits_are_located_and_the_rest_is_quiet() {
        let text = "{\n  \"a\": {\"maximum\": 18446744073709552000,\n  \"minimum\": -9223372036854775809},\n  \"b\": [1e30, 18446744073709551615, -9223372036854775808, 1.0E20, 3]\n}";
        let found = warnings(text);
        let shown: Vec<(Option<&str>, usize, usize)> = found
            .iter()
            .map(|w| {
                let l = w.location.as_ref().unwrap();
                (w.pointer.as_deref(), l.line, l.column)
            })
            .collect();
        assert_eq!(
            shown,
            [(Some("/a/maximum"), 2, 20), (Some("/a/minimum"), 3, 14)]
        );
        assert_eq!(
            found[0].message,
            "in api.json: `maximum` is 18446744073709552000, an integer beyond 64 bits: read \
             as the number 1.8446744073709552e19"
        );
        assert!(found[1].message.contains("-9223372036854775809"));
    }

    #[test]
    fn a_document_without_wide_integers_has_no_warning() {
        assert!(warnings("{\"n\": 9223372036854775807, \"f\": 2.5}").is_empty());
    }
}
