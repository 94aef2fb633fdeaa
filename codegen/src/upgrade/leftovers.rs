//! Swagger 2.0 leftovers in a document in the OpenAPI 3 layout, each handled here and only here:
//! in documents that say OpenAPI 3 but were written the Swagger way, and in what
//! [`swagger::convert`](super::swagger) moves over as it is (schemas keep their Swagger keywords
//! until the repairs reach them).

use serde_json::{Map, Value, json};

use super::fixer::Fixer;
use crate::diag::Kind;

/// Keywords of a Swagger non-body parameter or header that describe its value (OpenAPI 3 puts
/// them under `schema`).
const VALUE_KEYWORDS: [&str; 8] = [
    "type", "format", "items", "enum", "default", "minimum", "maximum", "pattern",
];

/// Swagger schema keywords → OpenAPI 3, silently (each has one meaning): `x-nullable: true` →
/// `nullable: true`, a string `discriminator` → `{propertyName: ...}`, `type: file` →
/// `type: string, format: binary`.
pub(super) fn schema_keywords(map: &mut Map<String, Value>) {
    if let Some(nullable) = map.remove("x-nullable")
        && nullable == json!(true)
    {
        map.insert("nullable".into(), json!(true));
    }
    if let Some(Value::String(property)) = map.get("discriminator") {
        let property = property.clone();
        map.insert("discriminator".into(), json!({ "propertyName": property }));
    }
    if map.get("type").and_then(Value::as_str) == Some("file") {
        map.insert("type".into(), json!("string"));
        map.insert("format".into(), json!("binary"));
    }
}

/// Value keywords (`type`, `format`, `items`…) beside a parameter or header that has no `schema`
/// → the schema they make, with a warning at the parameter; `None` when there are none.
pub(super) fn value_keywords(
    map: &mut Map<String, Value>,
    ptr: &str,
    fx: &mut Fixer,
) -> Option<Map<String, Value>> {
    let mut schema = Map::new();
    for key in VALUE_KEYWORDS {
        if let Some(v) = map.remove(key) {
            schema.insert(key.into(), v);
        }
    }
    if schema.is_empty() {
        return None;
    }
    fx.warn(
        Kind::Converted,
        ptr,
        "`type` and other value keywords belong under `schema` (Swagger 2 style): moved there",
    );
    fx.moved(format!("{ptr}/schema"), ptr);
    Some(schema)
}

/// `schema` directly in a response → the `content` (`application/json`) to give it, with a
/// warning; `None` when there is no such `schema`, or the response has `content` already (the
/// `schema` is then dropped).
pub(super) fn response_schema(
    map: &mut Map<String, Value>,
    ptr: &str,
    fx: &mut Fixer,
) -> Option<Value> {
    let schema = map.remove("schema")?;
    fx.warn(
        Kind::Converted,
        ptr,
        "`schema` directly in a response is Swagger 2 style: moved to `content/application~1json`",
    );
    if map.contains_key("content") {
        return None;
    }
    fx.moved(
        format!("{ptr}/content/application~1json/schema"),
        &format!("{ptr}/schema"),
    );
    Some(json!({ "application/json": { "schema": schema } }))
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::upgrade::fixer::cases::{case, check, object};

    #[test]
    fn schema_keywords_become_openapi_3() {
        check(
            vec![
                case(
                    json!({"type": "string", "x-nullable": true}),
                    json!({"type": "string", "nullable": true}),
                    &[],
                ),
                case(
                    json!({"type": "string", "x-nullable": false}),
                    json!({"type": "string"}),
                    &[],
                ),
                case(
                    json!({"discriminator": "kind"}),
                    json!({"discriminator": {"propertyName": "kind"}}),
                    &[],
                ),
                case(
                    json!({"type": "file"}),
                    json!({"type": "string", "format": "binary"}),
                    &[],
                ),
                case(json!({"type": "integer"}), json!({"type": "integer"}), &[]),
            ],
            |v, _| schema_keywords(object(v)),
        );
    }

    #[test]
    fn value_keywords_move_under_schema() {
        check(
            vec![
                case(
                    json!({"name": "q", "in": "query", "type": "array", "items": {"type": "string"}}),
                    json!({"name": "q", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}}),
                    &[("/x", "belong under `schema` (Swagger 2 style)")],
                ),
                case(
                    json!({"name": "q", "in": "query"}),
                    json!({"name": "q", "in": "query"}),
                    &[],
                ),
            ],
            |v, fx| {
                let map = object(v);
                if let Some(schema) = value_keywords(map, "/x", fx) {
                    map.insert("schema".into(), Value::Object(schema));
                }
            },
        );
    }

    #[test]
    fn a_response_schema_moves_to_content() {
        check(
            vec![
                case(
                    json!({"description": "d", "schema": {"type": "string"}}),
                    json!({"description": "d", "content": {"application/json": {"schema": {"type": "string"}}}}),
                    &[(
                        "/x",
                        "Swagger 2 style: moved to `content/application~1json`",
                    )],
                ),
                case(
                    json!({"description": "d", "schema": {}, "content": {}}),
                    json!({"description": "d", "content": {}}),
                    &[("/x", "Swagger 2 style")],
                ),
                case(
                    json!({"description": "d"}),
                    json!({"description": "d"}),
                    &[],
                ),
            ],
            |v, fx| {
                let map = object(v);
                if let Some(content) = response_schema(map, "/x", fx) {
                    map.insert("content".into(), content);
                }
            },
        );
    }
}
