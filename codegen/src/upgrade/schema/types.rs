//! A schema's `type`: lists of types and `null` (3.1) → one type, `nullable`, or `anyOf` with
//! one variant per type; unknown names dropped; `{type: null}` variants of `anyOf`/`oneOf` →
//! `nullable`.

use serde_json::{Map, Value, json};

use crate::diag::Kind;
use crate::upgrade::fixer::{Fixer, kind_name};

const TYPES: [&str; 6] = ["string", "number", "integer", "boolean", "array", "object"];

/// Keywords that apply to one type only: they follow it into its variant when a list of types
/// becomes `anyOf`.
const STRING_ONLY: [&str; 4] = ["format", "pattern", "minLength", "maxLength"];
const NUMBER_ONLY: [&str; 6] = [
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
];
const ARRAY_ONLY: [&str; 5] = [
    "items",
    "minItems",
    "maxItems",
    "uniqueItems",
    "prefixItems",
];
const OBJECT_ONLY: [&str; 5] = [
    "properties",
    "required",
    "additionalProperties",
    "minProperties",
    "maxProperties",
];

/// `anyOf`/`oneOf` with a `{type: null}` variant → the rest, nullable.
pub(super) fn null_variant(map: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(list)) = map.get(key) else {
            continue;
        };
        let Some(null_at) = list.iter().position(is_null) else {
            continue;
        };
        let mut rest = list.clone();
        rest.remove(null_at);
        fx.v31_construct(
            &format!("{ptr}/{key}/{null_at}"),
            "a `{type: null}` variant",
        );
        map.insert("nullable".into(), json!(true));
        if rest.len() == 1 && !map.contains_key("allOf") {
            // Pointers of the remaining variant move: ptr/allOf/0 or ptr itself.
            let single = rest.remove(0);
            map.remove(key);
            let from = format!("{ptr}/{key}/{}", usize::from(null_at == 0));
            match single {
                Value::Object(inner)
                    if !inner.contains_key("$ref")
                        && inner.keys().all(|k| !map.contains_key(k)) =>
                {
                    for (k, v) in inner {
                        map.insert(k, v);
                    }
                }
                other => {
                    fx.moved(format!("{ptr}/allOf/0"), &from);
                    map.insert("allOf".into(), json!([other]));
                }
            }
        } else {
            for i in null_at..rest.len() {
                fx.moved(
                    format!("{ptr}/{key}/{i}"),
                    &format!("{ptr}/{key}/{}", i + 1),
                );
            }
            map.insert(key.into(), Value::Array(rest));
        }
    }
}

/// The variant that only admits `null`.
fn is_null(v: &Value) -> bool {
    v.get("type") == Some(&json!("null"))
        || v.get("type") == Some(&json!(["null"]))
        || v.get("enum") == Some(&json!([null]))
        || (v.get("const") == Some(&Value::Null) && v.as_object().is_some_and(|o| o.len() == 1))
}

/// `type`: arrays (3.1), `null`, unknown names.
pub(super) fn schema_type(map: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    let Some(mut names) = type_names(map, ptr, fx) else {
        return;
    };
    names.dedup();
    match names.len() {
        0 => {
            map.remove("type");
        }
        1 => {
            map.insert("type".into(), Value::String(names.remove(0)));
        }
        _ => {
            map.remove("type");
            if !map.contains_key("anyOf") && !map.contains_key("oneOf") {
                one_variant_per_type(map, &names, ptr, fx);
            }
        }
    }
}

/// The known type names `type` lists, with `null` taken out (as `nullable`); `None` when nothing
/// is left to do (no `type`, or it was dropped or became `enum: [null]`).
fn type_names(map: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) -> Option<Vec<String>> {
    let tptr = format!("{ptr}/type");
    let t = map.get("type").cloned()?;
    let mut names: Vec<String> = match &t {
        Value::String(s) => vec![s.clone()],
        Value::Array(list) => {
            fx.v31_construct(&tptr, "a list of types");
            list.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        }
        other => {
            fx.warn(
                Kind::Dropped,
                &tptr,
                format!("`type` is {}, not a string: dropped", kind_name(other)),
            );
            map.remove("type");
            return None;
        }
    };
    if names.iter().any(|n| n == "null") {
        names.retain(|n| n != "null");
        map.insert("nullable".into(), json!(true));
        if names.is_empty() {
            fx.v31_construct(&tptr, "`type: null`");
            map.remove("type");
            if !map.contains_key("enum") {
                map.insert("enum".into(), json!([null]));
            }
            return None;
        }
    }
    let unknown: Vec<String> = names
        .iter()
        .filter(|n| !TYPES.contains(&n.as_str()))
        .cloned()
        .collect();
    if !unknown.is_empty() {
        fx.warn_hint(
            Kind::Dropped,
            &tptr,
            format!("unknown type {}: dropped", unknown.join(", ")),
            "types are string, number, integer, boolean, array, object (and null in 3.1)",
        );
        names.retain(|n| TYPES.contains(&n.as_str()));
    }
    Some(names)
}

/// Several types → `anyOf` with one variant per type, each with the keywords that apply to it.
fn one_variant_per_type(map: &mut Map<String, Value>, names: &[String], ptr: &str, fx: &mut Fixer) {
    let mut variants = Vec::new();
    for name in names {
        let keys: &[&str] = match name.as_str() {
            "string" => &STRING_ONLY,
            "number" | "integer" => &NUMBER_ONLY,
            "array" => &ARRAY_ONLY,
            "object" => &OBJECT_ONLY,
            _ => &[],
        };
        let mut variant = Map::new();
        variant.insert("type".into(), json!(name));
        for key in keys {
            if let Some(v) = map.get(*key) {
                variant.insert((*key).to_owned(), v.clone());
            }
        }
        variants.push(Value::Object(variant));
    }
    let moved = STRING_ONLY
        .iter()
        .chain(&NUMBER_ONLY[1..])
        .chain(&ARRAY_ONLY)
        .chain(&OBJECT_ONLY);
    for key in moved {
        map.remove(*key);
    }
    map.insert("anyOf".into(), Value::Array(variants));
    for i in 0..names.len() {
        fx.moved(format!("{ptr}/anyOf/{i}"), ptr);
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::upgrade::fixer::cases::{case, check, check_in, object};

    #[test]
    fn null_variants_become_nullable() {
        check(
            vec![
                case(
                    json!({"anyOf": [{"type": "string", "format": "uuid"}, {"type": "null"}]}),
                    json!({"nullable": true, "type": "string", "format": "uuid"}),
                    &[("/x/anyOf/1", "a `{type: null}` variant is OpenAPI 3.1")],
                ),
                case(
                    json!({"oneOf": [{"enum": [null]}, {"$ref": "#/components/schemas/A"}]}),
                    json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/A"}]}),
                    &[("/x/oneOf/0", "OpenAPI 3.1")],
                ),
                case(
                    json!({"anyOf": [{"type": "string"}, {"const": null}, {"type": "integer"}]}),
                    json!({"nullable": true, "anyOf": [{"type": "string"}, {"type": "integer"}]}),
                    &[("/x/anyOf/1", "OpenAPI 3.1")],
                ),
                case(
                    json!({"anyOf": [{"type": "string"}, {"type": "integer"}]}),
                    json!({"anyOf": [{"type": "string"}, {"type": "integer"}]}),
                    &[],
                ),
            ],
            |v, fx| null_variant(object(v), "/x", fx),
        );
    }

    #[test]
    fn types() {
        check(
            vec![
                case(
                    json!({"type": ["string", "null"]}),
                    json!({"type": "string", "nullable": true}),
                    &[("/x/type", "a list of types is OpenAPI 3.1")],
                ),
                case(
                    json!({"type": "null"}),
                    json!({"nullable": true, "enum": [null]}),
                    &[("/x/type", "`type: null` is OpenAPI 3.1")],
                ),
                case(
                    json!({"type": "datetime"}),
                    json!({}),
                    &[("/x/type", "unknown type datetime: dropped")],
                ),
                case(
                    json!({"type": 5}),
                    json!({}),
                    &[("/x/type", "`type` is a number, not a string: dropped")],
                ),
                case(
                    json!({"type": ["integer", "string"], "format": "int64", "minLength": 1, "maximum": 9}),
                    json!({"anyOf": [
                        {"type": "integer", "format": "int64", "maximum": 9},
                        {"type": "string", "format": "int64", "minLength": 1}
                    ]}),
                    &[("/x/type", "a list of types")],
                ),
                case(
                    json!({"type": ["string", "integer"], "oneOf": [{}]}),
                    json!({"oneOf": [{}]}),
                    &[("/x/type", "a list of types")],
                ),
                case(json!({"type": "object"}), json!({"type": "object"}), &[]),
            ],
            |v, fx| schema_type(object(v), "/x", fx),
        );
        // In a 3.1 document, lists of types are expected; unknown names still warn.
        check_in(
            true,
            vec![
                case(
                    json!({"type": ["string", "null"]}),
                    json!({"type": "string", "nullable": true}),
                    &[],
                ),
                case(
                    json!({"type": ["file"]}),
                    json!({}),
                    &[("/x/type", "unknown type file")],
                ),
            ],
            |v, fx| schema_type(object(v), "/x", fx),
        );
    }
}
