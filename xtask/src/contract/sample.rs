//! Synthesizing values from JSON schemas: examples and defaults first, else values that satisfy
//! the schema's constraints.

use serde_json::{Map, Value, json};

/// Follows local `$ref`s.
pub(super) fn resolve<'a>(raw: &'a Value, mut v: &'a Value) -> &'a Value {
    for _ in 0..32 {
        match v.get("$ref").and_then(Value::as_str) {
            Some(r) if r.starts_with('#') => match raw.pointer(&r[1..]) {
                Some(target) => v = target,
                None => return v,
            },
            _ => return v,
        }
    }
    v
}

/// Values for schemas of one spec (`raw`, where `$ref`s lead).
pub(super) struct Sampler<'a> {
    raw: &'a Value,
    /// Include optional properties of the top-level object.
    pub(super) optional_at_top: bool,
}

const MAX_DEPTH: usize = 12;

impl<'a> Sampler<'a> {
    pub(super) fn new(raw: &'a Value) -> Self {
        Sampler {
            raw,
            optional_at_top: false,
        }
    }

    /// `allOf` folded into one schema: properties merged, `required` united.
    fn flatten(&self, schema: &Value, depth: usize) -> Value {
        let schema = resolve(self.raw, schema);
        let Some(parts) = schema.get("allOf").and_then(Value::as_array) else {
            return schema.clone();
        };
        let mut merged = Map::new();
        let mut properties = Map::new();
        let mut required: Vec<Value> = Vec::new();
        let mut own = schema.clone();
        if let Some(o) = own.as_object_mut() {
            o.remove("allOf");
        }
        let flattened: Vec<Value> = parts
            .iter()
            .map(|p| {
                if depth > MAX_DEPTH {
                    resolve(self.raw, p).clone()
                } else {
                    self.flatten(p, depth + 1)
                }
            })
            .chain(std::iter::once(own))
            .collect();
        for part in flattened {
            let Some(o) = part.as_object() else {
                continue;
            };
            for (k, v) in o {
                match k.as_str() {
                    "properties" => {
                        if let Some(ps) = v.as_object() {
                            for (pk, pv) in ps {
                                properties.insert(pk.clone(), pv.clone());
                            }
                        }
                    }
                    "required" => {
                        for r in v.as_array().into_iter().flatten() {
                            if !required.contains(r) {
                                required.push(r.clone());
                            }
                        }
                    }
                    _ => {
                        merged.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        if !properties.is_empty() {
            merged.insert("properties".into(), Value::Object(properties));
            merged
                .entry("type")
                .or_insert_with(|| Value::String("object".into()));
        }
        if !required.is_empty() {
            merged.insert("required".into(), Value::Array(required));
        }
        Value::Object(merged)
    }

    pub(super) fn sample(&self, schema: &Value, depth: usize) -> Value {
        let original = resolve(self.raw, schema);
        let schema = self.flatten(original, depth);
        if let Some(example) = schema.get("example") {
            return example.clone();
        }
        if let Some(default) = schema.get("default") {
            return default.clone();
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            if let Some(v) = values.iter().find(|v| !v.is_null()).or(values.first()) {
                return v.clone();
            }
        }
        if let Some(value) = self.first_variant(&schema, depth) {
            return value;
        }
        let ty = schema
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or_else(|| {
                if schema.get("properties").is_some()
                    || schema.get("additionalProperties").is_some()
                {
                    "object"
                } else if schema.get("items").is_some() {
                    "array"
                } else {
                    ""
                }
            });
        match ty {
            "object" => self.object(&schema, depth),
            "array" => self.array(&schema, depth),
            "integer" => json!(self.number(&schema, true) as i64),
            // `type: number` with an integer format (Swagger 2.0 documents do this): Prism checks
            // the format, so the value must be whole.
            "number" if is_integer_format(&schema) => json!(self.number(&schema, true) as i64),
            "number" => json!(self.number(&schema, false)),
            "boolean" => json!(true),
            "string" => Value::String(self.string(&schema)),
            _ => {
                if schema.get("nullable").and_then(Value::as_bool) == Some(true) {
                    Value::Null
                } else {
                    json!("contract")
                }
            }
        }
    }

    /// A `oneOf`/`anyOf`: its first variant, tagged with the discriminator value when it has one.
    fn first_variant(&self, schema: &Value, depth: usize) -> Option<Value> {
        let first = ["oneOf", "anyOf"]
            .into_iter()
            .find_map(|key| schema.get(key)?.as_array()?.first())?;
        let mut value = self.sample(first, depth + 1);
        if let (Some(property), Some(o)) = (
            schema
                .pointer("/discriminator/propertyName")
                .and_then(Value::as_str),
            value.as_object_mut(),
        ) {
            if let Some(tag) = self.discriminator_value(schema, first) {
                o.insert(property.to_owned(), Value::String(tag));
            }
        }
        Some(value)
    }

    /// An object with its required properties (every property at the top when
    /// `optional_at_top`), leaving out read-only ones.
    fn object(&self, schema: &Value, depth: usize) -> Value {
        let mut out = Map::new();
        if depth > MAX_DEPTH {
            return Value::Object(out);
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        let mut names: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        if depth == 0 && self.optional_at_top {
            for k in properties.into_iter().flat_map(|p| p.keys()) {
                if !names.contains(&k.as_str()) {
                    names.push(k);
                }
            }
        }
        for r in names {
            let prop = properties.and_then(|p| p.get(r));
            let read_only = prop
                .map(|p| resolve(self.raw, p))
                .and_then(|p| p.get("readOnly"))
                .and_then(Value::as_bool);
            if read_only == Some(true) {
                continue;
            }
            let v = match prop {
                Some(p) => self.sample(p, depth + 1),
                None => json!("contract"),
            };
            out.insert(r.to_owned(), v);
        }
        Value::Object(out)
    }

    /// An array of `minItems` (at least one) items.
    fn array(&self, schema: &Value, depth: usize) -> Value {
        if depth > MAX_DEPTH {
            return json!([]);
        }
        let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(1);
        let item = match schema.get("items") {
            Some(items) => self.sample(items, depth + 1),
            None => json!("contract"),
        };
        Value::Array(vec![item; min.max(1) as usize])
    }

    fn discriminator_value(&self, schema: &Value, variant: &Value) -> Option<String> {
        let target = variant.get("$ref").and_then(Value::as_str)?;
        if let Some(mapping) = schema
            .pointer("/discriminator/mapping")
            .and_then(Value::as_object)
        {
            for (k, v) in mapping {
                if v.as_str() == Some(target) {
                    return Some(k.clone());
                }
            }
        }
        target
            .rsplit('/')
            .next()
            .map(cloudsdk_codegen::pointer::unescape)
    }

    fn number(&self, schema: &Value, integer: bool) -> f64 {
        let min = schema.get("minimum").and_then(Value::as_f64);
        let max = schema.get("maximum").and_then(Value::as_f64);
        let exclusive_min = schema.get("exclusiveMinimum").and_then(Value::as_bool) == Some(true);
        let exclusive_max = schema.get("exclusiveMaximum").and_then(Value::as_bool) == Some(true);
        let step = if integer { 1.0 } else { 0.5 };
        let mut v: f64 = if integer { 1.0 } else { 1.5 };
        if let Some(m) = schema.get("multipleOf").and_then(Value::as_f64) {
            if m > 0.0 {
                v = m;
            }
        }
        if let Some(min) = min {
            let lo = if exclusive_min { min + step } else { min };
            if v < lo {
                v = lo;
            }
        }
        if let Some(max) = max {
            let hi = if exclusive_max { max - step } else { max };
            if v > hi {
                v = hi;
            }
        }
        if integer { v.ceil() } else { v }
    }

    fn string(&self, schema: &Value) -> String {
        let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
        let mut s = match format_sample(format) {
            Some(sample) => sample.to_owned(),
            None => match schema.get("pattern").and_then(Value::as_str) {
                Some(p) => pattern_sample(p).unwrap_or_else(|| "contract".to_owned()),
                None => "contract".to_owned(),
            },
        };
        if let Some(min) = schema.get("minLength").and_then(Value::as_u64) {
            while (s.chars().count() as u64) < min {
                s.push('a');
            }
        }
        if let Some(max) = schema.get("maxLength").and_then(Value::as_u64) {
            s = s.chars().take(max as usize).collect();
        }
        s
    }
}

/// A string of each `format` with a sample: every string format Prism validates (ajv-formats'
/// full set; Prism's own `date-time` check is RFC 3339's), each value checked against them,
/// and the formats the corpus uses that Prism lets through (`ip`, `rfc2822`) in the shape the
/// generated client types them.
const FORMAT_SAMPLES: &[(&str, &str)] = &[
    ("date-time", "2024-01-01T00:00:00Z"),
    ("date", "2024-01-01"),
    ("time", "00:00:00Z"),
    ("duration", "P1D"),
    ("uuid", "3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    ("email", "ada@example.com"),
    ("uri", "https://example.com"),
    ("url", "https://example.com"),
    ("uri-reference", "https://example.com"),
    ("uri-template", "https://example.com/contract"),
    ("hostname", "example.com"),
    ("ipv4", "192.0.2.1"),
    ("ip", "192.0.2.1"),
    ("ipv6", "2001:db8::1"),
    ("byte", "Y29udHJhY3Q="),
    ("regex", "^contract$"),
    ("json-pointer", "/contract"),
    ("json-pointer-uri-fragment", "#/contract"),
    ("relative-json-pointer", "0/contract"),
    ("rfc2822", "Mon, 01 Jan 2024 00:00:00 +0000"),
];

/// The sample for a string `format`, if it has one ([`FORMAT_SAMPLES`]).
fn format_sample(format: &str) -> Option<&'static str> {
    FORMAT_SAMPLES
        .iter()
        .find(|(name, _)| *name == format)
        .map(|(_, sample)| *sample)
}

fn is_integer_format(schema: &Value) -> bool {
    matches!(
        schema.get("format").and_then(Value::as_str),
        Some("int32" | "int64")
    )
}

/// A string matching a simple regular expression: literals, `.`, character classes and escapes
/// with `?`, `*`, `+` and `{n}`/`{n,m}` quantifiers, anchored. `None` for anything else.
fn pattern_sample(pattern: &str) -> Option<String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    let mut out = String::new();
    while i < chars.len() {
        let atom: char = match chars[i] {
            '^' if i == 0 => {
                i += 1;
                continue;
            }
            '$' if i + 1 == chars.len() => break,
            '.' => {
                i += 1;
                'a'
            }
            '\\' => {
                let c = *chars.get(i + 1)?;
                i += 2;
                match c {
                    'd' => '0',
                    'w' => 'a',
                    's' => ' ',
                    c if c.is_ascii_alphanumeric() => return None,
                    c => c,
                }
            }
            '[' => {
                let close = chars[i..].iter().position(|&c| c == ']')? + i;
                let class = &chars[i + 1..close];
                if class.first() == Some(&'^') || class.is_empty() {
                    return None;
                }
                i = close + 1;
                class[0]
            }
            '(' | ')' | '|' | '*' | '+' | '?' | '{' => return None,
            c => {
                i += 1;
                c
            }
        };
        let count = match chars.get(i) {
            Some('*') | Some('?') => {
                i += 1;
                0
            }
            Some('+') => {
                i += 1;
                1
            }
            Some('{') => {
                let close = chars[i..].iter().position(|&c| c == '}')? + i;
                let inner: String = chars[i + 1..close].iter().collect();
                i = close + 1;
                inner.split(',').next()?.trim().parse().ok()?
            }
            _ => 1,
        };
        for _ in 0..count {
            out.push(atom);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_from_the_specs() {
        assert_eq!(
            pattern_sample("^app_[0-9a-f]{8}-[0-9a-f]{4}$").as_deref(),
            Some("app_00000000-0000")
        );
        assert_eq!(pattern_sample("^tardis_.*$").as_deref(), Some("tardis_"));
        assert_eq!(
            pattern_sample("^[a-zA-Z0-9+/]{43}=$").map(|s| s.len()),
            Some(44)
        );
        assert_eq!(pattern_sample("^(app|mysql)_.*$"), None);
    }

    #[test]
    fn samples_respect_the_schema() {
        let raw = json!({"components": {"schemas": {"Base": {
            "type": "object", "required": ["id"], "properties": {"id": {"type": "string", "format": "uuid"}}
        }}}});
        let s = Sampler::new(&raw);
        let schema = json!({"allOf": [{"$ref": "#/components/schemas/Base"}, {
            "required": ["n", "when"],
            "properties": {
                "n": {"type": "integer", "minimum": 5, "maximum": 9},
                "when": {"type": "string", "format": "date-time"},
                "skip": {"type": "string"}
            }
        }]});
        assert_eq!(
            s.sample(&schema, 0),
            json!({"id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "n": 5, "when": "2024-01-01T00:00:00Z"})
        );
        assert_eq!(
            s.sample(&json!({"type": "string", "minLength": 10}), 0),
            json!("contractaa")
        );
        assert_eq!(
            s.sample(&json!({"type": "number", "format": "int64"}), 0),
            json!(1)
        );
        assert_eq!(s.sample(&json!({"type": "number"}), 0), json!(1.5));
        // Oxide's `format: ip` fields are typed `IpAddr`.
        assert_eq!(
            s.sample(&json!({"type": "string", "format": "ip"}), 0),
            json!("192.0.2.1")
        );
    }

    /// The string formats ajv-formats validates in its full mode, as Prism 5 loads it; the
    /// number formats (`int32`, `int64`, `float`, `double`) apply to numbers only, and
    /// `password` and `binary` accept any string.
    const PRISM_STRING_FORMATS: &[&str] = &[
        "date",
        "time",
        "date-time",
        "duration",
        "uri",
        "uri-reference",
        "uri-template",
        "url",
        "email",
        "hostname",
        "ipv4",
        "ipv6",
        "regex",
        "uuid",
        "json-pointer",
        "json-pointer-uri-fragment",
        "relative-json-pointer",
        "byte",
    ];

    #[test]
    fn every_format_prism_validates_has_a_sample_of_its_own() {
        let s = Sampler::new(&Value::Null);
        for format in PRISM_STRING_FORMATS {
            let sample = s.sample(&json!({"type": "string", "format": format}), 0);
            assert_ne!(
                sample,
                json!("contract"),
                "no sample for `format: {format}`"
            );
            assert_eq!(sample.as_str(), format_sample(format), "{format}");
        }
        assert_eq!(
            s.sample(&json!({"type": "string", "format": "duration"}), 0),
            json!("P1D")
        );
    }

    #[test]
    fn format_samples_have_their_formats_shape() {
        let sample = |format: &str| format_sample(format).unwrap_or_default();
        for format in ["ipv4", "ip"] {
            assert!(
                sample(format).parse::<std::net::Ipv4Addr>().is_ok(),
                "{format}"
            );
        }
        assert!(sample("ipv6").parse::<std::net::Ipv6Addr>().is_ok());
        let uuid: Vec<usize> = sample("uuid").split('-').map(str::len).collect();
        assert_eq!(uuid, [8, 4, 4, 4, 12]);
        assert!(
            sample("uuid")
                .chars()
                .all(|c| c == '-' || c.is_ascii_hexdigit())
        );
        assert!(sample("date-time").starts_with(sample("date")));
        assert!(sample("date-time").ends_with(sample("time")));
        // ISO 8601 durations: `P`, then at least one number with its unit.
        let duration = sample("duration");
        assert!(
            duration.starts_with('P') && duration[1..].starts_with(|c: char| c.is_ascii_digit())
        );
        for format in ["json-pointer", "relative-json-pointer"] {
            assert!(
                sample(format).contains('/') && !sample(format).contains('~'),
                "{format}"
            );
        }
        assert!(sample("json-pointer").starts_with('/'));
        assert!(sample("json-pointer-uri-fragment").starts_with("#/"));
        assert!(sample("relative-json-pointer").starts_with(|c: char| c.is_ascii_digit()));
        let byte = sample("byte");
        assert!(
            byte.len() % 4 == 0
                && byte
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(&b))
        );
    }
}
