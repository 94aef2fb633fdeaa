//! YAML text → a JSON value: YAML is read into `serde_yaml`'s value (merge keys applied) and
//! converted to JSON, with the integers JSON readers take as floating point (beyond 64 bits) read
//! the same way and reported, and a hint that fits the cause of a rejection.

use std::fmt;
use std::path::Path;

use serde::de::{
    self, Deserialize, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};
use serde_json::Value;
use serde_yaml::value::{Tag, TaggedValue};
use serde_yaml::{Mapping, Value as Yaml};

use super::MAX_DEPTH;
use super::position::{PositionIndex, without_position};
use super::wide;
use crate::diag::{Diagnostic, Location};
use crate::pointer;

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

/// Parses a YAML text (shown as `shown` in diagnostics) into JSON. The warnings name each
/// integer beyond 64 bits, read as the nearest floating-point number.
pub(super) fn parse_yaml(shown: &Path, text: &str) -> Result<(Value, Vec<Diagnostic>), Diagnostic> {
    if let Some((line, column)) = flow_too_deep(text, MAX_FLOW_DEPTH) {
        return Err(Diagnostic::error(format!(
            "{} nests flow collections (`[`, `{{`) more than {MAX_FLOW_DEPTH} levels deep",
            shown.display()
        ))
        .located(Some(Location { file: shown.to_path_buf(), line, column }))
        .hint("flatten the nesting: move inner schemas to `components/schemas` and refer to them with `$ref`"));
    }
    let Wide(mut yaml) = serde_yaml::from_str(text).map_err(|e| {
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
            .hint(hint_for(&cause))
    })?;
    // Merge keys: errors (e.g. a merge of a scalar) leave the mapping as it is.
    let _ = yaml.apply_merge();
    let mut converter = Converter::default();
    let value = converter.convert(yaml);
    let index = (!converter.wide.is_empty()).then(|| PositionIndex::build(text, false));
    let warnings = converter
        .wide
        .into_iter()
        .map(|(at, written, read)| {
            let location = index
                .as_ref()
                .and_then(|i| i.find(&at))
                .map(|(line, column)| Location {
                    file: shown.to_path_buf(),
                    line,
                    column,
                });
            wide::warning(shown, at, &written, read, location)
        })
        .collect();
    Ok((value, warnings))
}

/// What to do about a text the YAML reader refused, from its message: most refusals are syntax
/// errors, a few are about the document's structure.
fn hint_for(cause: &str) -> &'static str {
    if cause.contains("duplicate entry") {
        "a mapping holds the same key twice at the given line: remove or rename one of them \
         (a key indented at the wrong level is a common cause)"
    } else if cause.contains("recursion limit exceeded") {
        "flatten the nesting: move inner schemas to `components/schemas` and refer to them with \
         `$ref`"
    } else if cause.contains("repetition limit exceeded") {
        "the anchors and aliases (`&a`, `*a`) expand too much: write the repeated parts out, or \
         refer to them with `$ref`"
    } else if cause.contains("unknown anchor") {
        "define the anchor (`&name`) before the alias (`*name`) that uses it"
    } else {
        "fix the YAML syntax at the given line and column (check indentation and quoting)"
    }
}

/// Marks an integer beyond 64 bits (its decimal text) between reading and converting. No YAML
/// text can carry this tag (tags hold no spaces), so only [`WideVisitor`] makes it.
const WIDE_INTEGER: &str = "cloudsdk: integer beyond 64 bits";

/// A YAML value read as `serde_yaml::Value` is, except that integers beyond 64 bits (which
/// `serde_yaml::Value` refuses) are kept, marked with [`WIDE_INTEGER`].
struct Wide(Yaml);

impl<'de> Deserialize<'de> for Wide {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(WideVisitor).map(Wide)
    }
}

struct WideVisitor;

fn wide_integer(text: String) -> Yaml {
    Yaml::Tagged(Box::new(TaggedValue {
        tag: Tag::new(WIDE_INTEGER),
        value: Yaml::String(text),
    }))
}

impl<'de> Visitor<'de> for WideVisitor {
    type Value = Yaml;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Yaml, E> {
        Ok(Yaml::Bool(b))
    }

    fn visit_i64<E: de::Error>(self, i: i64) -> Result<Yaml, E> {
        Ok(Yaml::Number(i.into()))
    }

    fn visit_u64<E: de::Error>(self, u: u64) -> Result<Yaml, E> {
        Ok(Yaml::Number(u.into()))
    }

    fn visit_i128<E: de::Error>(self, i: i128) -> Result<Yaml, E> {
        Ok(wide_integer(i.to_string()))
    }

    fn visit_u128<E: de::Error>(self, u: u128) -> Result<Yaml, E> {
        Ok(wide_integer(u.to_string()))
    }

    fn visit_f64<E: de::Error>(self, f: f64) -> Result<Yaml, E> {
        Ok(Yaml::Number(f.into()))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Yaml, E> {
        Ok(Yaml::String(s.to_owned()))
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<Yaml, E> {
        Ok(Yaml::String(s))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Yaml, E> {
        Ok(Yaml::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Yaml, E> {
        Ok(Yaml::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Yaml, D::Error> {
        Wide::deserialize(deserializer).map(|w| w.0)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Yaml, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(Wide(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Yaml::Sequence(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Yaml, A::Error> {
        let mut mapping = Mapping::new();
        while let Some(Wide(key)) = map.next_key()? {
            if mapping.contains_key(&key) {
                return Err(de::Error::custom(format_args!(
                    "duplicate entry with key {}",
                    key_text(&key)
                )));
            }
            let Wide(value) = map.next_value()?;
            mapping.insert(key, value);
        }
        Ok(Yaml::Mapping(mapping))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Yaml, A::Error> {
        let (tag, contents): (String, _) = data.variant()?;
        let Wide(value) = contents.newtype_variant()?;
        Ok(Yaml::Tagged(Box::new(TaggedValue {
            tag: Tag::new(tag),
            value,
        })))
    }
}

/// A mapping key as the duplicate-key message shows it.
fn key_text(key: &Yaml) -> String {
    match key {
        Yaml::String(s) => format!("{s:?}"),
        Yaml::Null => "null".to_owned(),
        Yaml::Bool(b) => format!("`{b}`"),
        Yaml::Number(n) => n.to_string(),
        Yaml::Tagged(t) => key_text(&t.value),
        Yaml::Sequence(_) | Yaml::Mapping(_) => "of a list or mapping".to_owned(),
    }
}

/// Converts a YAML value to JSON: non-string keys become their text, tags are dropped, integers
/// beyond 64 bits become floating-point numbers (each recorded, with its pointer).
#[derive(Default)]
struct Converter {
    /// Where the value being converted is.
    at: String,
    /// Pointer, text as written and value read of each integer beyond 64 bits.
    wide: Vec<(String, String, f64)>,
}

impl Converter {
    fn convert(&mut self, yaml: Yaml) -> Value {
        match yaml {
            Yaml::Null => Value::Null,
            Yaml::Bool(b) => Value::Bool(b),
            Yaml::Number(n) => {
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
            Yaml::String(s) => Value::String(s),
            Yaml::Sequence(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.into_iter().enumerate() {
                    out.push(self.child(&i.to_string(), item));
                }
                Value::Array(out)
            }
            Yaml::Mapping(map) => {
                let mut out = serde_json::Map::with_capacity(map.len());
                for (k, v) in map {
                    let key = yaml_key(k);
                    let value = self.child(&key, v);
                    out.insert(key, value);
                }
                Value::Object(out)
            }
            Yaml::Tagged(tagged) => match (tagged.tag == WIDE_INTEGER, tagged.value) {
                (true, Yaml::String(text)) => self.wide_integer(text),
                (_, value) => self.convert(value),
            },
        }
    }

    /// The conversion of `yaml`, found under `token` of the value being converted.
    fn child(&mut self, token: &str, yaml: Yaml) -> Value {
        let len = self.at.len();
        self.at.push('/');
        self.at.push_str(&pointer::escape(token));
        let value = self.convert(yaml);
        self.at.truncate(len);
        value
    }

    fn wide_integer(&mut self, text: String) -> Value {
        // Decimal digits with an optional sign always parse, and finite ones below 2^128 always
        // make a JSON number; the text is kept otherwise.
        let read = text.parse::<f64>().ok().filter(|f| f.is_finite());
        match read.and_then(serde_json::Number::from_f64) {
            Some(number) => {
                self.wide
                    .push((self.at.clone(), text, number.as_f64().unwrap_or_default()));
                Value::Number(number)
            }
            None => Value::String(text),
        }
    }
}

fn yaml_key(key: Yaml) -> String {
    match key {
        Yaml::String(s) => s,
        Yaml::Null => "null".to_owned(),
        Yaml::Bool(b) => b.to_string(),
        Yaml::Number(n) => n.to_string(),
        Yaml::Tagged(t) => yaml_key(t.value),
        other => serde_json::to_string(&Converter::default().convert(other)).unwrap_or_default(),
    }
}
