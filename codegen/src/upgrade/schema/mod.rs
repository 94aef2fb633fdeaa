//! Repairs of schemas: the walk through nested schemas (bounded by [`MAX_SCHEMA_DEPTH`]), boolean
//! schemas, `$ref` with siblings and sub-schemas here; one schema object's keywords in
//! [`keywords`], its `type` and null variants in [`types`].

mod keywords;
mod types;

use serde_json::{Map, Value, json};

use super::fixer::{Fixer, kind_name};
use super::leftovers;
use crate::diag::Kind;
use crate::pointer;

/// How deeply schemas may nest in schemas (`items`, `properties`, `allOf`…). `openapiv3`
/// deserializes schemas through untagged enums that buffer and re-read each level, so deep nesting
/// costs tens of KiB of stack per level in a debug build; beyond this bound (twice the deepest
/// nesting in the reference corpus, and within a 2 MiB thread stack) a schema is read as any value.
pub(crate) const MAX_SCHEMA_DEPTH: usize = 24;

/// Siblings of `$ref` that can be dropped without changing what the schema accepts.
const ANNOTATIONS: [&str; 8] = [
    "description",
    "title",
    "example",
    "examples",
    "$comment",
    "summary",
    "deprecated",
    "default",
];

/// Repairs the schema at `ptr` and every schema in it.
pub(super) fn repair(schema: &mut Value, ptr: &str, fx: &mut Fixer) {
    walk(schema, ptr, 0, fx);
}

/// A schema inside `depth` others.
fn walk(schema: &mut Value, ptr: &str, depth: usize, fx: &mut Fixer) {
    if depth >= MAX_SCHEMA_DEPTH {
        fx.warn_hint(
            Kind::Untyped,
            ptr,
            format!(
                "schemas nest more than {MAX_SCHEMA_DEPTH} levels deep here: read as any value"
            ),
            "move inner schemas to `components/schemas` and refer to them with `$ref`",
        );
        *schema = json!({});
        return;
    }
    match &*schema {
        Value::Object(_) => {}
        Value::Bool(true) => {
            fx.v31_construct(ptr, "the boolean schema `true`");
            *schema = json!({});
            return;
        }
        Value::Bool(false) => {
            fx.v31_construct(ptr, "the boolean schema `false`");
            *schema = json!({ "not": {} });
            return;
        }
        other => {
            let what = kind_name(other);
            fx.warn(
                Kind::Untyped,
                ptr,
                format!("a schema must be an object, not {what}: read as any value"),
            );
            *schema = json!({});
            return;
        }
    }
    let Value::Object(map) = schema else { return };
    leftovers::schema_keywords(map);
    if map.contains_key("$ref") {
        with_ref(map, ptr, depth, fx);
    } else {
        object(map, ptr, depth, fx);
    }
}

/// `$ref` in a schema: siblings that matter are kept by wrapping the ref in `allOf`.
fn with_ref(map: &mut Map<String, Value>, ptr: &str, depth: usize, fx: &mut Fixer) {
    if !map.get("$ref").is_some_and(Value::is_string) {
        fx.warn(
            Kind::Dropped,
            &format!("{ptr}/$ref"),
            "`$ref` is not a string: dropped",
        );
        map.remove("$ref");
        object(map, ptr, depth, fx);
        return;
    }
    if map.get("type") == Some(&json!("array")) && !map.contains_key("items") {
        array_of_ref(map, ptr, fx);
        object(map, ptr, depth, fx);
        return;
    }
    let meaningful = map
        .keys()
        .any(|k| k != "$ref" && !ANNOTATIONS.contains(&k.as_str()) && !k.starts_with("x-"));
    if !meaningful {
        // Harmless annotations: `openapiv3` reads the reference and ignores them.
        return;
    }
    if !fx.v31() {
        let keys: Vec<&str> = map
            .keys()
            .filter(|k| *k != "$ref")
            .map(String::as_str)
            .collect();
        let keys = keys.join(", ");
        fx.warn(
            Kind::Converted,
            ptr,
            format!(
                "`$ref` with sibling keywords ({keys}): wrapped as `allOf: [$ref]` so they apply"
            ),
        );
    }
    let reference = map.remove("$ref").unwrap_or(Value::Null);
    let mut wrapped = std::mem::take(map);
    wrapped.insert("allOf".into(), json!([{ "$ref": reference }]));
    fx.moved(format!("{ptr}/allOf/0"), ptr);
    *map = wrapped;
    object(map, ptr, depth, fx);
}

/// `$ref` beside `type: array` and no `items` (Swagger 2.0 descriptions written by hand: figshare's
/// `CurationComment`, learnifier's `TeamRole`): the ref cannot apply to the array itself (the
/// referenced object schema would contradict `type: array`), so it is read as the items' schema,
/// which is what servers send.
fn array_of_ref(map: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    let reference = map.remove("$ref").unwrap_or(Value::Null);
    fx.warn_hint(
        Kind::Guessed,
        ptr,
        format!(
            "`$ref` ({}) beside `type: array` without `items`: read as an array of it",
            reference.as_str().unwrap_or_default()
        ),
        "move the `$ref` under `items`",
    );
    map.insert("items".into(), json!({ "$ref": reference }));
    fx.moved(format!("{ptr}/items"), ptr);
}

/// A schema object without `$ref`: its keywords, then its sub-schemas.
fn object(map: &mut Map<String, Value>, ptr: &str, depth: usize, fx: &mut Fixer) {
    keywords::discriminator(map, ptr, fx);
    types::null_variant(map, ptr, fx);
    types::schema_type(map, ptr, fx);
    keywords::constant(map, ptr, fx);
    keywords::exclusive_bounds(map, ptr, fx);
    keywords::examples(map, ptr, fx);
    keywords::content_keywords(map, ptr, fx);
    keywords::keyword_types(map, ptr, fx);
    keywords::enumeration(map, ptr, fx);
    keywords::required_list(map, ptr, fx);
    keywords::tuple_items(map, ptr, fx);
    sub_schemas(map, ptr, depth + 1, fx);
    keywords::default_value(map, ptr, fx);
    if let Some(docs) = map.get_mut("externalDocs") {
        fx.external_docs(docs, &format!("{ptr}/externalDocs"));
    }
}

/// The schemas in a schema object (at `depth`): properties, items, additional properties,
/// compositions, `not`, pattern properties.
fn sub_schemas(map: &mut Map<String, Value>, ptr: &str, depth: usize, fx: &mut Fixer) {
    properties(map, ptr, depth, fx);
    if let Some(items) = map.get_mut("items") {
        walk(items, &format!("{ptr}/items"), depth, fx);
    }
    match map.get_mut("additionalProperties") {
        None | Some(Value::Bool(_)) => {}
        Some(ap @ Value::Object(_)) => walk(ap, &format!("{ptr}/additionalProperties"), depth, fx),
        Some(other) => {
            fx.warn(
                Kind::Repaired,
                &format!("{ptr}/additionalProperties"),
                format!(
                    "`additionalProperties` is {}: read as `true`",
                    kind_name(other)
                ),
            );
            map.insert("additionalProperties".into(), json!(true));
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        match map.get_mut(key) {
            None => {}
            Some(Value::Array(list)) => {
                for (i, sub) in list.iter_mut().enumerate() {
                    walk(sub, &format!("{ptr}/{key}/{i}"), depth, fx);
                }
            }
            Some(other) => {
                fx.warn(
                    Kind::Dropped,
                    &format!("{ptr}/{key}"),
                    format!("`{key}` is {}, not an array: dropped", kind_name(other)),
                );
                map.remove(key);
            }
        }
    }
    if let Some(not) = map.get_mut("not") {
        walk(not, &format!("{ptr}/not"), depth, fx);
    }
    if let Some(Value::Object(pattern)) = map.get_mut("patternProperties") {
        for (name, sub) in pattern.iter_mut() {
            let sptr = pointer::push(&format!("{ptr}/patternProperties"), name);
            walk(sub, &sptr, depth, fx);
        }
    }
}

/// `properties`: each a schema; a draft 3 `required: true|false` on a property moves to the
/// object's `required` list.
fn properties(map: &mut Map<String, Value>, ptr: &str, depth: usize, fx: &mut Fixer) {
    let Some(properties) = map.get_mut("properties") else {
        return;
    };
    let Value::Object(props) = properties else {
        let what = kind_name(properties);
        fx.warn(
            Kind::Dropped,
            &format!("{ptr}/properties"),
            format!("`properties` is {what}, not an object: dropped"),
        );
        map.remove("properties");
        return;
    };
    let mut newly_required = Vec::new();
    for (name, prop) in props.iter_mut() {
        let pptr = pointer::push(&format!("{ptr}/properties"), name);
        if let Value::Object(p) = prop
            && let Some(Value::Bool(required)) = p.get("required").cloned()
        {
            p.remove("required");
            fx.warn(Kind::Repaired,
                &format!("{pptr}/required"),
                "`required: true|false` on a property is not valid: moved to the object's `required` list",
            );
            if required {
                newly_required.push(json!(name));
            }
        }
        walk(prop, &pptr, depth, fx);
    }
    if newly_required.is_empty() {
        return;
    }
    if let Value::Array(list) = map.entry("required").or_insert_with(|| json!([])) {
        for name in newly_required {
            if !list.contains(&name) {
                list.push(name);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::upgrade::fixer::cases::{case, check, check_in};

    #[test]
    fn schemas_that_are_not_objects() {
        let cases = || {
            vec![
                case(
                    json!(true),
                    json!({}),
                    &[("/x", "the boolean schema `true` is OpenAPI 3.1")],
                ),
                case(
                    json!(false),
                    json!({"not": {}}),
                    &[("/x", "the boolean schema `false`")],
                ),
                case(
                    json!("string"),
                    json!({}),
                    &[(
                        "/x",
                        "a schema must be an object, not a string: read as any value",
                    )],
                ),
            ]
        };
        check(cases(), |v, fx| repair(v, "/x", fx));
        check_in(true, vec![case(json!(true), json!({}), &[])], |v, fx| {
            repair(v, "/x", fx)
        });
    }

    #[test]
    fn refs_with_siblings() {
        let wrapped = json!({"nullable": true, "allOf": [{"$ref": "#/A"}]});
        check(
            vec![
                case(
                    json!({"$ref": "#/A", "description": "d", "x-y": 1}),
                    json!({"$ref": "#/A", "description": "d", "x-y": 1}),
                    &[],
                ),
                case(
                    json!({"$ref": "#/A", "x-nullable": true}),
                    wrapped.clone(),
                    &[(
                        "/x",
                        "`$ref` with sibling keywords (nullable): wrapped as `allOf: [$ref]`",
                    )],
                ),
                case(
                    json!({"$ref": "#/A", "type": "array", "description": "d"}),
                    json!({"type": "array", "items": {"$ref": "#/A"}, "description": "d"}),
                    &[(
                        "/x",
                        "`$ref` (#/A) beside `type: array` without `items`: read as an array of it",
                    )],
                ),
                case(
                    json!({"$ref": 5, "type": "string"}),
                    json!({"type": "string"}),
                    &[("/x/$ref", "`$ref` is not a string: dropped")],
                ),
            ],
            |v, fx| repair(v, "/x", fx),
        );
        // Siblings are allowed in 3.1: wrapped without a warning.
        check_in(
            true,
            vec![case(json!({"$ref": "#/A", "nullable": true}), wrapped, &[])],
            |v, fx| repair(v, "/x", fx),
        );
    }

    #[test]
    fn sub_schemas_are_repaired_and_checked() {
        check(
            vec![
                case(
                    json!({"type": "object", "properties": {"a": {"type": "string", "required": true}, "b": {"required": false}}}),
                    json!({"type": "object", "properties": {"a": {"type": "string"}, "b": {}}, "required": ["a"]}),
                    &[
                        (
                            "/x/properties/a/required",
                            "`required: true|false` on a property is not valid",
                        ),
                        (
                            "/x/properties/b/required",
                            "moved to the object's `required` list",
                        ),
                    ],
                ),
                case(
                    json!({"properties": 5, "allOf": {}, "additionalProperties": "no"}),
                    json!({"additionalProperties": true}),
                    &[
                        (
                            "/x/properties",
                            "`properties` is a number, not an object: dropped",
                        ),
                        (
                            "/x/additionalProperties",
                            "`additionalProperties` is a string: read as `true`",
                        ),
                        ("/x/allOf", "`allOf` is an object, not an array: dropped"),
                    ],
                ),
                case(
                    json!({"items": {"type": "file"}, "not": {"x-nullable": true}, "patternProperties": {"^a/b$": 3}}),
                    json!({"items": {"type": "string", "format": "binary"}, "not": {"nullable": true}, "patternProperties": {"^a/b$": {}}}),
                    &[(
                        "/x/patternProperties/^a~1b$",
                        "a schema must be an object, not a number",
                    )],
                ),
                case(
                    json!({"externalDocs": {}}),
                    json!({"externalDocs": {"url": ""}}),
                    &[("/x/externalDocs", "`externalDocs` without `url`")],
                ),
            ],
            |v, fx| repair(v, "/x", fx),
        );
    }

    #[test]
    fn nesting_is_bounded() {
        let mut deep = json!({"type": "string"});
        for _ in 0..MAX_SCHEMA_DEPTH {
            deep = json!({"type": "array", "items": deep});
        }
        let mut cut = json!({});
        for _ in 0..MAX_SCHEMA_DEPTH {
            cut = json!({"type": "array", "items": cut});
        }
        let pointer = format!("/x{}", "/items".repeat(MAX_SCHEMA_DEPTH));
        let mut fx = Fixer::new(false);
        repair(&mut deep, "/x", &mut fx);
        assert_eq!(deep, cut);
        let (warnings, _) = fx.finish();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].pointer.as_deref(), Some(pointer.as_str()));
        assert!(
            warnings[0]
                .message
                .contains("levels deep here: read as any value")
        );
    }
}
