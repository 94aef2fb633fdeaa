//! Repairs of one schema object's keywords (not its sub-schemas): each reads the keyword, fixes
//! or drops what `openapiv3` would reject, and converts the 3.1 forms to their 3.0 equivalents.

use std::collections::HashSet;

use serde_json::{Map, Value, json};

use crate::diag::Kind;
use crate::upgrade::fixer::{Fixer, kind_name};

/// Schema keywords that must hold a string.
const STRING_KEYWORDS: [&str; 4] = ["title", "description", "pattern", "format"];
/// Schema keywords that must hold a non-negative integer.
const COUNT_KEYWORDS: [&str; 6] = [
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
];
/// Schema keywords that must hold a number.
const NUMBER_KEYWORDS: [&str; 3] = ["minimum", "maximum", "multipleOf"];
/// Schema keywords that must hold a boolean.
const BOOL_KEYWORDS: [&str; 5] = [
    "nullable",
    "readOnly",
    "writeOnly",
    "deprecated",
    "uniqueItems",
];

/// `discriminator`: an object with a string `propertyName`, and a `mapping` of strings.
pub(super) fn discriminator(map: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    let Some(d) = map.get_mut("discriminator") else {
        return;
    };
    let valid = d.get("propertyName").is_some_and(Value::is_string);
    if !valid {
        fx.warn(
            Kind::Dropped,
            &format!("{ptr}/discriminator"),
            "`discriminator` without `propertyName`: dropped",
        );
        map.remove("discriminator");
        return;
    }
    if let Some(Value::Object(mapping)) = d.get_mut("mapping") {
        mapping.retain(|_, v| v.is_string());
    } else if let Some(mapping) = d.get("mapping")
        && !mapping.is_object()
        && let Value::Object(d) = d
    {
        d.remove("mapping");
    }
}

/// `const` (3.1) → a one-value `enum`.
pub(super) fn constant(map: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    if let Some(value) = map.remove("const") {
        fx.v31_construct(&format!("{ptr}/const"), "`const`");
        if !map.contains_key("enum") {
            map.insert("enum".into(), json!([value]));
        }
    }
}

/// Numeric `exclusiveMinimum`/`exclusiveMaximum` (3.1) → bound + boolean flag; booleans
/// without a bound are dropped.
pub(super) fn exclusive_bounds(map: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        let eptr = format!("{ptr}/{exclusive}");
        match map.get(exclusive).cloned() {
            None => {}
            Some(Value::Number(n)) => {
                fx.v31_construct(&eptr, &format!("a numeric `{exclusive}`"));
                map.insert(bound.into(), Value::Number(n));
                map.insert(exclusive.into(), json!(true));
            }
            Some(Value::Bool(flag)) if !map.contains_key(bound) => {
                fx.warn(
                    Kind::Dropped,
                    &eptr,
                    format!("`{exclusive}: {flag}` without `{bound}`: dropped"),
                );
                map.remove(exclusive);
            }
            Some(Value::Bool(_)) => {}
            Some(other) => {
                fx.warn(
                    Kind::Dropped,
                    &eptr,
                    format!("`{exclusive}` is {}: dropped", kind_name(&other)),
                );
                map.remove(exclusive);
            }
        }
    }
}

/// `examples` (a list, JSON Schema) → `example`.
pub(super) fn examples(map: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    let Some(examples) = map.remove("examples") else {
        return;
    };
    fx.v31_construct(&format!("{ptr}/examples"), "`examples` in a schema");
    if !map.contains_key("example") {
        let first = match examples {
            Value::Array(list) => list.into_iter().next(),
            Value::Object(m) => m
                .into_iter()
                .next()
                .map(|(_, v)| v.get("value").cloned().unwrap_or(v)),
            other => Some(other),
        };
        if let Some(first) = first {
            map.insert("example".into(), first);
        }
    }
}

/// `contentEncoding`/`contentMediaType` → `format: byte|binary`.
pub(super) fn content_keywords(map: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    let encoding = map.remove("contentEncoding");
    let media = map.remove("contentMediaType");
    if encoding.is_none() && media.is_none() {
        return;
    }
    fx.v31_construct(ptr, "`contentEncoding`/`contentMediaType`");
    if map.contains_key("format") {
        return;
    }
    let encoding = encoding
        .as_ref()
        .and_then(Value::as_str)
        .unwrap_or_default();
    let media = media.as_ref().and_then(Value::as_str).unwrap_or_default();
    let textual = media.starts_with("text/") || media.contains("json") || media.contains("xml");
    if encoding.starts_with("base64") {
        map.insert("format".into(), json!("byte"));
    } else if !media.is_empty() && !textual {
        map.insert("format".into(), json!("binary"));
    }
    if !map.contains_key("type") && !map.contains_key("allOf") {
        map.insert("type".into(), json!("string"));
    }
}

/// Keywords whose value has the wrong JSON type.
pub(super) fn keyword_types(map: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    for key in STRING_KEYWORDS {
        fx.ensure_string(map, key, ptr);
    }
    for key in COUNT_KEYWORDS {
        count(map, key, ptr, fx);
    }
    for key in NUMBER_KEYWORDS {
        number(map, key, ptr, fx);
    }
    for key in BOOL_KEYWORDS {
        let Some(v) = map.get(key) else { continue };
        if v.is_boolean() {
            continue;
        }
        let b = matches!(v, Value::String(s) if s == "true");
        fx.warn(
            Kind::Repaired,
            &format!("{ptr}/{key}"),
            format!("`{key}` is {}, not a boolean: read as {b}", kind_name(v)),
        );
        map.insert(key.into(), json!(b));
    }
}

/// A keyword that holds a non-negative integer (`minLength`…): whole numbers and numeric strings
/// are read as one, anything else is dropped.
fn count(map: &mut Map<String, Value>, key: &str, ptr: &str, fx: &mut Fixer) {
    let Some(v) = map.get(key) else { return };
    let count = match v {
        Value::Number(n) => n.as_u64().or_else(|| {
            n.as_f64()
                .filter(|f| *f >= 0.0 && f.fract() == 0.0)
                .map(|f| f as u64)
        }),
        Value::String(s) => s.trim().parse::<u64>().ok(),
        _ => None,
    };
    let kptr = format!("{ptr}/{key}");
    match count {
        Some(c) if v.as_u64() == Some(c) => {}
        Some(c) => {
            fx.warn(
                Kind::Repaired,
                &kptr,
                format!("`{key}` is {v}, not a non-negative integer: read as {c}"),
            );
            map.insert(key.into(), json!(c));
        }
        None => {
            fx.warn(
                Kind::Dropped,
                &kptr,
                format!("`{key}` is {v}, not a non-negative integer: dropped"),
            );
            map.remove(key);
        }
    }
}

/// A keyword that holds a number (`minimum`…): numeric strings are read as one, anything else is
/// dropped.
fn number(map: &mut Map<String, Value>, key: &str, ptr: &str, fx: &mut Fixer) {
    let Some(v) = map.get(key) else { return };
    if v.is_number() {
        return;
    }
    let kptr = format!("{ptr}/{key}");
    let parsed = v
        .as_str()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .and_then(serde_json::Number::from_f64);
    match parsed {
        Some(n) => {
            fx.warn(
                Kind::Repaired,
                &kptr,
                format!("`{key}` is a string: read as the number {n}"),
            );
            map.insert(key.into(), Value::Number(n));
        }
        None => {
            fx.warn(
                Kind::Dropped,
                &kptr,
                format!("`{key}` is {}, not a number: dropped", kind_name(v)),
            );
            map.remove(key);
        }
    }
}

/// `enum`: must be a list; duplicates removed.
pub(super) fn enumeration(map: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    let eptr = format!("{ptr}/enum");
    match map.get_mut("enum") {
        None => {}
        Some(Value::Array(values)) => {
            let mut seen = HashSet::new();
            let mut duplicates = Vec::new();
            values.retain(|v| {
                let key = v.to_string();
                if seen.insert(key.clone()) {
                    true
                } else {
                    duplicates.push(key);
                    false
                }
            });
            if !duplicates.is_empty() {
                fx.warn(
                    Kind::Repaired,
                    &eptr,
                    format!(
                        "`enum` lists {} more than once: duplicates removed",
                        duplicates.join(", ")
                    ),
                );
            }
        }
        Some(other) => {
            let what = kind_name(other);
            fx.warn(
                Kind::Dropped,
                &eptr,
                format!("`enum` is {what}, not a list: dropped"),
            );
            map.remove("enum");
        }
    }
}

/// `required` on an object schema: a list of names.
pub(super) fn required_list(map: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    let rptr = format!("{ptr}/required");
    match map.get_mut("required") {
        None => {}
        Some(Value::Array(names)) => {
            let before = names.len();
            names.retain(Value::is_string);
            if names.len() != before {
                fx.warn(
                    Kind::Dropped,
                    &rptr,
                    "`required` lists non-string entries: dropped",
                );
            }
            let mut seen = HashSet::new();
            names.retain(|n| seen.insert(n.to_string()));
        }
        Some(other) => {
            let what = kind_name(other);
            fx.warn(
                Kind::Dropped,
                &rptr,
                format!("`required` is {what}, not a list of property names: dropped"),
            );
            map.remove("required");
        }
    }
}

/// `prefixItems` (3.1) and `items: [..]` (tuples) → one `items` schema.
pub(super) fn tuple_items(map: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    let (key, tuple) = match (map.remove("prefixItems"), map.get("items")) {
        (Some(prefix), _) => ("prefixItems", prefix),
        (None, Some(Value::Array(_))) => ("items", map.remove("items").unwrap_or(Value::Null)),
        _ => return,
    };
    let Value::Array(mut list) = tuple else {
        fx.warn(
            Kind::Dropped,
            &format!("{ptr}/{key}"),
            format!("`{key}` is not a list: dropped"),
        );
        return;
    };
    let rest = if key == "prefixItems" {
        map.remove("items")
    } else {
        None
    };
    fx.warn_hint(Kind::Converted,
        &format!("{ptr}/{key}"),
        format!("tuple `{key}` cannot be expressed in OpenAPI 3.0: read as an array whose items are any of the listed schemas"),
        "positions of the tuple are not checked; describe the array with a single `items` schema",
    );
    if let Some(rest) = rest.filter(|r| r.is_object()) {
        list.push(rest);
    }
    let mut distinct: Vec<Value> = Vec::new();
    for item in list {
        if !distinct.contains(&item) {
            distinct.push(item);
        }
    }
    let items = match distinct.len() {
        0 => json!({}),
        1 => distinct.remove(0),
        _ => json!({ "anyOf": distinct }),
    };
    if !map.contains_key("type") {
        map.insert("type".into(), json!("array"));
    }
    map.insert("items".into(), items);
}

/// A default that does not match the schema's type is kept, with a warning.
pub(super) fn default_value(map: &Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    let (Some(default), Some(Value::String(t))) = (map.get("default"), map.get("type")) else {
        return;
    };
    let nullable = map.get("nullable") == Some(&json!(true));
    let ok = match (t.as_str(), default) {
        (_, Value::Null) => nullable,
        ("string", v) => v.is_string(),
        ("integer", Value::Number(n)) => {
            n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0)
        }
        ("number", v) => v.is_number(),
        ("boolean", v) => v.is_boolean(),
        ("array", v) => v.is_array(),
        ("object", v) => v.is_object(),
        _ => false,
    };
    if !ok {
        fx.warn(
            Kind::Repaired,
            &format!("{ptr}/default"),
            format!("the default {default} does not match `type: {t}`: kept as it is"),
        );
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::upgrade::fixer::cases::{case, check, check_in, object};

    #[test]
    fn discriminators() {
        check(
            vec![
                case(
                    json!({"discriminator": {"mapping": {}}}),
                    json!({}),
                    &[("/x/discriminator", "without `propertyName`: dropped")],
                ),
                case(
                    json!({"discriminator": {"propertyName": "t", "mapping": {"a": "#/A", "b": 1}}}),
                    json!({"discriminator": {"propertyName": "t", "mapping": {"a": "#/A"}}}),
                    &[],
                ),
                case(
                    json!({"discriminator": {"propertyName": "t", "mapping": [1]}}),
                    json!({"discriminator": {"propertyName": "t"}}),
                    &[],
                ),
            ],
            |v, fx| discriminator(object(v), "/x", fx),
        );
    }

    #[test]
    fn constants_become_one_value_enums() {
        let cases = || {
            vec![
                case(
                    json!({"const": 3}),
                    json!({"enum": [3]}),
                    &[("/x/const", "`const` is OpenAPI 3.1")],
                ),
                case(
                    json!({"const": 3, "enum": [3, 4]}),
                    json!({"enum": [3, 4]}),
                    &[("/x/const", "`const` is OpenAPI 3.1")],
                ),
            ]
        };
        check(cases(), |v, fx| constant(object(v), "/x", fx));
        // Expected in a 3.1 document: converted silently.
        check_in(
            true,
            vec![case(json!({"const": "a"}), json!({"enum": ["a"]}), &[])],
            |v, fx| constant(object(v), "/x", fx),
        );
    }

    #[test]
    fn exclusive_bounds_take_the_3_0_form() {
        check(
            vec![
                case(
                    json!({"exclusiveMinimum": 1}),
                    json!({"exclusiveMinimum": true, "minimum": 1}),
                    &[(
                        "/x/exclusiveMinimum",
                        "a numeric `exclusiveMinimum` is OpenAPI 3.1",
                    )],
                ),
                case(
                    json!({"exclusiveMaximum": true}),
                    json!({}),
                    &[(
                        "/x/exclusiveMaximum",
                        "`exclusiveMaximum: true` without `maximum`: dropped",
                    )],
                ),
                case(
                    json!({"maximum": 3, "exclusiveMaximum": true}),
                    json!({"maximum": 3, "exclusiveMaximum": true}),
                    &[],
                ),
                case(
                    json!({"exclusiveMinimum": "1"}),
                    json!({}),
                    &[(
                        "/x/exclusiveMinimum",
                        "`exclusiveMinimum` is a string: dropped",
                    )],
                ),
            ],
            |v, fx| exclusive_bounds(object(v), "/x", fx),
        );
    }

    #[test]
    fn schema_examples_become_one_example() {
        check(
            vec![
                case(
                    json!({"examples": [1, 2]}),
                    json!({"example": 1}),
                    &[("/x/examples", "`examples` in a schema is OpenAPI 3.1")],
                ),
                case(
                    json!({"examples": {"a": {"value": 5}}}),
                    json!({"example": 5}),
                    &[("/x/examples", "OpenAPI 3.1")],
                ),
                case(
                    json!({"example": 0, "examples": [1]}),
                    json!({"example": 0}),
                    &[("/x/examples", "OpenAPI 3.1")],
                ),
                case(
                    json!({"examples": []}),
                    json!({}),
                    &[("/x/examples", "OpenAPI 3.1")],
                ),
            ],
            |v, fx| examples(object(v), "/x", fx),
        );
    }

    #[test]
    fn content_keywords_become_formats() {
        check(
            vec![
                case(
                    json!({"contentEncoding": "base64"}),
                    json!({"format": "byte", "type": "string"}),
                    &[("/x", "`contentEncoding`/`contentMediaType` is OpenAPI 3.1")],
                ),
                case(
                    json!({"type": "string", "contentMediaType": "image/png"}),
                    json!({"type": "string", "format": "binary"}),
                    &[("/x", "OpenAPI 3.1")],
                ),
                case(
                    json!({"contentMediaType": "application/json"}),
                    json!({"type": "string"}),
                    &[("/x", "OpenAPI 3.1")],
                ),
                case(
                    json!({"format": "uuid", "contentEncoding": "base64"}),
                    json!({"format": "uuid"}),
                    &[("/x", "OpenAPI 3.1")],
                ),
            ],
            |v, fx| content_keywords(object(v), "/x", fx),
        );
    }

    #[test]
    fn keywords_of_the_wrong_type() {
        check(
            vec![
                case(
                    json!({"title": 5, "description": {"$ref": "#/d"}}),
                    json!({"title": "5"}),
                    &[
                        (
                            "/x/title",
                            "`title` is a number, not a string: read as \"5\"",
                        ),
                        (
                            "/x/description",
                            "`description` is a `$ref`, not a string: dropped",
                        ),
                    ],
                ),
                case(
                    json!({"minLength": -1, "maxLength": 2.0, "minItems": "3", "maxItems": 4}),
                    json!({"maxLength": 2, "minItems": 3, "maxItems": 4}),
                    &[
                        (
                            "/x/minLength",
                            "`minLength` is -1, not a non-negative integer: dropped",
                        ),
                        (
                            "/x/maxLength",
                            "`maxLength` is 2.0, not a non-negative integer: read as 2",
                        ),
                        (
                            "/x/minItems",
                            "`minItems` is \"3\", not a non-negative integer: read as 3",
                        ),
                    ],
                ),
                case(
                    json!({"minimum": "1.5", "maximum": [], "multipleOf": 2}),
                    json!({"minimum": 1.5, "multipleOf": 2}),
                    &[
                        (
                            "/x/minimum",
                            "`minimum` is a string: read as the number 1.5",
                        ),
                        ("/x/maximum", "`maximum` is an array, not a number: dropped"),
                    ],
                ),
                case(
                    json!({"nullable": "true", "readOnly": 1, "uniqueItems": false}),
                    json!({"nullable": true, "readOnly": false, "uniqueItems": false}),
                    &[
                        (
                            "/x/nullable",
                            "`nullable` is a string, not a boolean: read as true",
                        ),
                        (
                            "/x/readOnly",
                            "`readOnly` is a number, not a boolean: read as false",
                        ),
                    ],
                ),
            ],
            |v, fx| keyword_types(object(v), "/x", fx),
        );
    }

    #[test]
    fn enums_are_lists_without_duplicates() {
        check(
            vec![
                case(
                    json!({"enum": ["on", "off", "on", 1, 1]}),
                    json!({"enum": ["on", "off", 1]}),
                    &[(
                        "/x/enum",
                        "`enum` lists \"on\", 1 more than once: duplicates removed",
                    )],
                ),
                case(
                    json!({"enum": "x"}),
                    json!({}),
                    &[("/x/enum", "`enum` is a string, not a list: dropped")],
                ),
                case(json!({"enum": [null]}), json!({"enum": [null]}), &[]),
            ],
            |v, fx| enumeration(object(v), "/x", fx),
        );
    }

    #[test]
    fn required_lists_hold_distinct_names() {
        check(
            vec![
                case(
                    json!({"required": ["a", 1, "a"]}),
                    json!({"required": ["a"]}),
                    &[(
                        "/x/required",
                        "`required` lists non-string entries: dropped",
                    )],
                ),
                case(
                    json!({"required": ["b", "b"]}),
                    json!({"required": ["b"]}),
                    &[],
                ),
                case(
                    json!({"required": "yes"}),
                    json!({}),
                    &[(
                        "/x/required",
                        "`required` is a string, not a list of property names: dropped",
                    )],
                ),
            ],
            |v, fx| required_list(object(v), "/x", fx),
        );
    }

    #[test]
    fn tuples_become_one_items_schema() {
        check(
            vec![
                case(
                    json!({"items": [{"type": "string"}, {"type": "integer"}, {"type": "string"}]}),
                    json!({"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}),
                    &[(
                        "/x/items",
                        "tuple `items` cannot be expressed in OpenAPI 3.0",
                    )],
                ),
                case(
                    json!({"type": "array", "prefixItems": [{"type": "string"}], "items": {"type": "number"}}),
                    json!({"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "number"}]}}),
                    &[("/x/prefixItems", "tuple `prefixItems` cannot be expressed")],
                ),
                case(
                    json!({"prefixItems": [{"type": "string"}]}),
                    json!({"type": "array", "items": {"type": "string"}}),
                    &[("/x/prefixItems", "tuple")],
                ),
                case(
                    json!({"items": []}),
                    json!({"type": "array", "items": {}}),
                    &[("/x/items", "tuple")],
                ),
                case(
                    json!({"prefixItems": 3}),
                    json!({}),
                    &[("/x/prefixItems", "`prefixItems` is not a list: dropped")],
                ),
            ],
            |v, fx| tuple_items(object(v), "/x", fx),
        );
    }

    #[test]
    fn defaults_that_do_not_match_are_kept_with_a_warning() {
        check(
            vec![
                case(
                    json!({"type": "integer", "default": "many"}),
                    json!({"type": "integer", "default": "many"}),
                    &[(
                        "/x/default",
                        "the default \"many\" does not match `type: integer`: kept",
                    )],
                ),
                case(
                    json!({"type": "string", "default": null}),
                    json!({"type": "string", "default": null}),
                    &[("/x/default", "does not match")],
                ),
                case(
                    json!({"type": "string", "nullable": true, "default": null}),
                    json!({"type": "string", "nullable": true, "default": null}),
                    &[],
                ),
                case(
                    json!({"type": "integer", "default": 2.0}),
                    json!({"type": "integer", "default": 2.0}),
                    &[],
                ),
                case(
                    json!({"type": "object", "default": {}}),
                    json!({"type": "object", "default": {}}),
                    &[],
                ),
            ],
            |v, fx| default_value(object(v), "/x", fx),
        );
    }
}
