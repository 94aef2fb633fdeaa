//! Repairs of the parts of operations (also found in `components`): parameters, request bodies,
//! media types, responses, headers and examples.

use serde_json::{Map, Value, json};

use crate::diag::Kind;
use crate::pointer;
use crate::upgrade::fixer::{Fixer, kind_name};
use crate::upgrade::{leftovers, schema};

/// A list of parameters: those that must be dropped are, and the pointers of the rest move up.
pub(super) fn parameter_list(params: &mut Value, ptr: &str, fx: &mut Fixer) {
    let Value::Array(list) = params else {
        fx.warn(Kind::Omitted, ptr, "`parameters` is not an array: dropped");
        *params = json!([]);
        return;
    };
    let mut kept = Vec::with_capacity(list.len());
    for (i, mut param) in std::mem::take(list).into_iter().enumerate() {
        let old = format!("{ptr}/{i}");
        if parameter(&mut param, &old, fx) {
            let new = format!("{ptr}/{}", kept.len());
            if new != old {
                fx.moved(new, &old);
            }
            kept.push(param);
        }
    }
    *list = kept;
}

/// Repairs a parameter; false when it must be dropped.
pub(super) fn parameter(param: &mut Value, ptr: &str, fx: &mut Fixer) -> bool {
    let Value::Object(map) = param else {
        fx.warn(
            Kind::Omitted,
            ptr,
            format!(
                "the parameter is {}, not an object: dropped",
                kind_name(param)
            ),
        );
        return false;
    };
    if map.contains_key("$ref") {
        ref_siblings(map, ptr, fx);
        return true;
    }
    let location = map
        .get("in")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    if !["query", "header", "path", "cookie"].contains(&location.as_str()) {
        fx.warn_hint(
            Kind::Omitted,
            ptr,
            format!("parameter with `in: {location}` is not valid in OpenAPI 3: dropped"),
            "OpenAPI 3 parameters are in query, header, path or cookie; bodies go in `requestBody`",
        );
        return false;
    }
    if !map.get("name").is_some_and(Value::is_string) {
        fx.warn(Kind::Omitted, ptr, "the parameter has no name: dropped");
        return false;
    }
    required_flag(map, &location, ptr, fx);
    schema_or_content(map, ptr, fx);
    style(map, &location, ptr, fx);
    for key in ["explode", "allowReserved", "allowEmptyValue", "deprecated"] {
        if map.get(key).is_some_and(|v| !v.is_boolean()) {
            fx.warn(
                Kind::Dropped,
                &format!("{ptr}/{key}"),
                format!("`{key}` is not a boolean: dropped"),
            );
            map.remove(key);
        }
    }
    fx.ensure_string(map, "description", ptr);
    examples(map, ptr, fx);
    true
}

/// A parameter's `required`: a boolean, and `true` for path parameters.
fn required_flag(map: &mut Map<String, Value>, location: &str, ptr: &str, fx: &mut Fixer) {
    match map.get("required") {
        None | Some(Value::Bool(_)) => {}
        Some(other) => {
            let b = matches!(other, Value::String(s) if s == "true");
            fx.warn(
                Kind::Repaired,
                &format!("{ptr}/required"),
                format!("`required` is not a boolean: read as {b}"),
            );
            map.insert("required".into(), json!(b));
        }
    }
    if location == "path" && map.get("required") != Some(&json!(true)) {
        fx.warn(
            Kind::Repaired,
            ptr,
            "path parameter without `required: true`: set (path parameters are always required)",
        );
        map.insert("required".into(), json!(true));
    }
}

/// A parameter's `style` must be one its location allows.
fn style(map: &mut Map<String, Value>, location: &str, ptr: &str, fx: &mut Fixer) {
    let valid_styles: &[&str] = match location {
        "query" => &["form", "spaceDelimited", "pipeDelimited", "deepObject"],
        "path" => &["simple", "label", "matrix"],
        "header" => &["simple"],
        _ => &["form"],
    };
    if let Some(style) = map.get("style")
        && !style.as_str().is_some_and(|s| valid_styles.contains(&s))
    {
        fx.warn(Kind::Dropped,
            &format!("{ptr}/style"),
            format!(
                "style {style} is not valid for a {location} parameter: dropped (the default is used)"
            ),
        );
        map.remove("style");
    }
}

/// A parameter or header needs `schema` or `content`.
fn schema_or_content(map: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    if let Some(content) = map.get_mut("content") {
        self::content(content, &format!("{ptr}/content"), fx);
        if map.contains_key("schema") {
            fx.warn(
                Kind::Dropped,
                ptr,
                "both `schema` and `content`: `content` is dropped",
            );
            map.remove("content");
        } else {
            return;
        }
    }
    if !map.contains_key("schema") {
        let schema = leftovers::value_keywords(map, ptr, fx).unwrap_or_else(|| {
            fx.warn(
                Kind::Untyped,
                ptr,
                "no `schema` nor `content`: read as any value (`schema: {}`)",
            );
            Map::new()
        });
        map.insert("schema".into(), Value::Object(schema));
    }
    if let Some(schema) = map.get_mut("schema") {
        schema::repair(schema, &format!("{ptr}/schema"), fx);
    }
}

/// `examples` of a parameter, header or media type: a map of Example objects.
fn examples(map: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    match map.get_mut("examples") {
        None => {}
        Some(Value::Object(examples)) => example_map(examples, &format!("{ptr}/examples"), fx),
        Some(other) => {
            // A list of values (JSON Schema style): the first becomes `example`.
            let first = other.as_array().and_then(|a| a.first().cloned());
            fx.warn(Kind::Repaired,
                &format!("{ptr}/examples"),
                "`examples` must map names to Example objects: the first value is used as `example`",
            );
            map.remove("examples");
            if let Some(first) = first {
                map.entry("example").or_insert(first);
            }
        }
    }
}

/// A map of examples (`examples` somewhere, or `components/examples`): each an Example object.
pub(super) fn example_map(examples: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    for (name, example) in examples.iter_mut() {
        if !example.is_object() {
            fx.warn(
                Kind::Repaired,
                &pointer::push(ptr, name),
                "an example must be an Example object: wrapped as `value`",
            );
            *example = json!({ "value": example.take() });
        }
    }
}

pub(super) fn request_body(body: &mut Value, ptr: &str, fx: &mut Fixer) {
    let Value::Object(map) = body else {
        fx.warn(
            Kind::Omitted,
            ptr,
            "the request body is not an object: read as empty",
        );
        *body = json!({ "content": {} });
        return;
    };
    if map.contains_key("$ref") {
        ref_siblings(map, ptr, fx);
        return;
    }
    match map.get_mut("content") {
        Some(content) => self::content(content, &format!("{ptr}/content"), fx),
        None => {
            fx.warn(
                Kind::Omitted,
                ptr,
                "the request body has no `content`: read as empty",
            );
            map.insert("content".into(), json!({}));
        }
    }
    if map.get("required").is_some_and(|v| !v.is_boolean()) {
        fx.warn(
            Kind::Dropped,
            &format!("{ptr}/required"),
            "`required` is not a boolean: dropped",
        );
        map.remove("required");
    }
    fx.ensure_string(map, "description", ptr);
}

/// `content`: media types, each an object with a schema, examples and encodings.
fn content(content: &mut Value, ptr: &str, fx: &mut Fixer) {
    let Value::Object(map) = content else {
        fx.warn(
            Kind::Omitted,
            ptr,
            "`content` is not an object: read as empty",
        );
        *content = json!({});
        return;
    };
    for (media, value) in map.iter_mut() {
        let mptr = pointer::push(ptr, media);
        let Value::Object(mt) = value else {
            fx.warn(
                Kind::Untyped,
                &mptr,
                "a media type must be an object: read as empty",
            );
            *value = json!({});
            continue;
        };
        if let Some(schema) = mt.get_mut("schema") {
            schema::repair(schema, &format!("{mptr}/schema"), fx);
        }
        examples(mt, &mptr, fx);
        if let Some(Value::Object(encoding)) = mt.get_mut("encoding") {
            for (prop, enc) in encoding.iter_mut() {
                let eptr = pointer::push(&format!("{mptr}/encoding"), prop);
                if let Some(Value::Object(headers)) = enc.get_mut("headers") {
                    self::headers(headers, &format!("{eptr}/headers"), fx);
                }
            }
        }
    }
}

/// An operation's `responses`: keys are `default`, status codes or ranges (`4XX`).
pub(super) fn responses(responses: &mut Value, ptr: &str, fx: &mut Fixer) {
    let Value::Object(map) = responses else {
        fx.warn(
            Kind::Omitted,
            ptr,
            "`responses` is not an object: read as empty",
        );
        *responses = json!({});
        return;
    };
    let mut out = Map::new();
    for (code, mut response) in std::mem::take(map) {
        let old = pointer::push(ptr, &code);
        if code.starts_with("x-") {
            out.insert(code, response);
            continue;
        }
        let Some(key) = status_key(&code, &old, fx) else {
            continue;
        };
        let new = pointer::push(ptr, &key);
        if new != old {
            fx.moved(new.clone(), &old);
        }
        self::response(&mut response, &new, fx);
        out.insert(key, response);
    }
    *map = out;
}

/// The response key `code` is read as (`4xx` → `4XX`), or `None` when it is dropped.
fn status_key(code: &str, ptr: &str, fx: &mut Fixer) -> Option<String> {
    if code == "default" || is_status_code(code) {
        return Some(code.to_owned());
    }
    if code.len() == 3 && is_status_code(&code.to_ascii_uppercase()) {
        let upper = code.to_ascii_uppercase();
        fx.warn(
            Kind::Repaired,
            ptr,
            format!("response key `{code}` should be upper-case: read as `{upper}`"),
        );
        return Some(upper);
    }
    fx.warn_hint(
        Kind::Omitted,
        ptr,
        format!("response key `{code}` is not a status code: dropped"),
        "response keys are `default`, a status code such as `200`, or a range such as `4XX`",
    );
    None
}

pub(super) fn response(response: &mut Value, ptr: &str, fx: &mut Fixer) {
    let Value::Object(map) = response else {
        fx.warn(
            Kind::Omitted,
            ptr,
            format!(
                "the response is {}, not an object: read as empty",
                kind_name(response)
            ),
        );
        *response = json!({ "description": "" });
        return;
    };
    if map.contains_key("$ref") {
        ref_siblings(map, ptr, fx);
        return;
    }
    fx.ensure_string(map, "description", ptr);
    if !map.contains_key("description") {
        fx.warn_hint(
            Kind::Repaired,
            ptr,
            "the response has no `description` (required): read as empty",
            "add `description:` to the response",
        );
        map.insert("description".into(), json!(""));
    }
    if let Some(Value::Object(headers)) = map.get_mut("headers") {
        self::headers(headers, &format!("{ptr}/headers"), fx);
    }
    if let Some(content) = map.get_mut("content") {
        self::content(content, &format!("{ptr}/content"), fx);
    }
    if let Some(mut content) = leftovers::response_schema(map, ptr, fx) {
        self::content(&mut content, &format!("{ptr}/content"), fx);
        map.insert("content".into(), content);
    }
}

/// A map of headers (of a response, an encoding, or `components/headers`).
pub(super) fn headers(headers: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    for (name, header) in headers.iter_mut() {
        let hptr = pointer::push(ptr, name);
        let Value::Object(map) = header else {
            fx.warn(
                Kind::Repaired,
                &hptr,
                "a header must be an object: read as a string header",
            );
            *header = json!({ "schema": { "type": "string" } });
            continue;
        };
        if map.contains_key("$ref") {
            ref_siblings(map, &hptr, fx);
            continue;
        }
        for key in ["name", "in"] {
            if map.remove(key).is_some() {
                fx.warn(
                    Kind::Dropped,
                    &format!("{hptr}/{key}"),
                    format!("a header has no `{key}`: dropped"),
                );
            }
        }
        if map.get("style").is_some_and(|s| s != "simple") {
            fx.warn(
                Kind::Dropped,
                &format!("{hptr}/style"),
                "headers only have style `simple`: dropped",
            );
            map.remove("style");
        }
        schema_or_content(map, &hptr, fx);
        fx.ensure_string(map, "description", &hptr);
        examples(map, &hptr, fx);
    }
}

/// `$ref` with siblings outside schemas: only `summary` and `description` are allowed (3.1),
/// and `openapiv3` ignores them; a `$ref` that is not a string is dropped.
fn ref_siblings(map: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    if !map.get("$ref").is_some_and(Value::is_string) {
        fx.warn(
            Kind::Dropped,
            &format!("{ptr}/$ref"),
            "`$ref` is not a string: dropped",
        );
        map.remove("$ref");
    }
}

/// `200`, `404`, `4XX`: what `openapiv3` accepts as a response key.
fn is_status_code(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 3
        && (b'1'..=b'9').contains(&b[0])
        && ((b[1].is_ascii_digit() && b[2].is_ascii_digit()) || (b[1] == b'X' && b[2] == b'X'))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::upgrade::fixer::cases::{case, check};

    #[test]
    fn parameters() {
        let string = json!({"type": "string"});
        check(
            vec![
                case(
                    json!({"name": "id", "in": "path", "schema": string}),
                    json!({"name": "id", "in": "path", "schema": string, "required": true}),
                    &[("/x", "path parameter without `required: true`: set")],
                ),
                case(
                    json!({"name": "q", "in": "query", "required": "true", "schema": {}, "style": "simple", "explode": "no"}),
                    json!({"name": "q", "in": "query", "required": true, "schema": {}}),
                    &[
                        ("/x/required", "`required` is not a boolean: read as true"),
                        (
                            "/x/style",
                            "style \"simple\" is not valid for a query parameter: dropped",
                        ),
                        ("/x/explode", "`explode` is not a boolean: dropped"),
                    ],
                ),
                case(
                    json!({"name": "q", "in": "query", "type": "integer"}),
                    json!({"name": "q", "in": "query", "schema": {"type": "integer"}}),
                    &[("/x", "belong under `schema` (Swagger 2 style): moved there")],
                ),
                case(
                    json!({"name": "h", "in": "header"}),
                    json!({"name": "h", "in": "header", "schema": {}}),
                    &[("/x", "no `schema` nor `content`: read as any value")],
                ),
                case(
                    json!({"name": "c", "in": "cookie", "schema": {}, "content": {"a/b": 1}}),
                    json!({"name": "c", "in": "cookie", "schema": {}}),
                    &[
                        ("/x/content/a~1b", "a media type must be an object"),
                        ("/x", "both `schema` and `content`: `content` is dropped"),
                    ],
                ),
                case(
                    json!({"name": "q", "in": "query", "schema": {}, "examples": [1, 2], "description": 3}),
                    json!({"name": "q", "in": "query", "schema": {}, "example": 1, "description": "3"}),
                    &[
                        ("/x/description", "`description` is a number, not a string"),
                        ("/x/examples", "the first value is used as `example`"),
                    ],
                ),
                case(
                    json!({"$ref": 1}),
                    json!({}),
                    &[("/x/$ref", "`$ref` is not a string: dropped")],
                ),
            ],
            |v, fx| assert!(parameter(v, "/x", fx)),
        );
        check(
            vec![
                case(
                    json!("p"),
                    json!("p"),
                    &[("/x", "the parameter is a string, not an object: dropped")],
                ),
                case(
                    json!({"name": "b", "in": "body"}),
                    json!({"name": "b", "in": "body"}),
                    &[(
                        "/x",
                        "parameter with `in: body` is not valid in OpenAPI 3: dropped",
                    )],
                ),
                case(
                    json!({"in": "query"}),
                    json!({"in": "query"}),
                    &[("/x", "the parameter has no name: dropped")],
                ),
            ],
            |v, fx| assert!(!parameter(v, "/x", fx)),
        );
    }

    #[test]
    fn parameter_lists() {
        let q = json!({"name": "q", "in": "query", "schema": {}});
        check(
            vec![
                case(
                    json!({"a": 1}),
                    json!([]),
                    &[("/x", "`parameters` is not an array: dropped")],
                ),
                case(
                    json!([{"in": "body", "name": "b"}, q]),
                    json!([q]),
                    &[("/x/0", "`in: body` is not valid")],
                ),
            ],
            |v, fx| parameter_list(v, "/x", fx),
        );
        // The kept parameter moved from /x/1 to /x/0.
        let mut fx = Fixer::new(false);
        parameter_list(&mut json!([1, q]), "/x", &mut fx);
        let (_, pointers) = fx.finish();
        assert_eq!(pointers.original("/x/0/schema"), "/x/1/schema");
    }

    #[test]
    fn request_bodies() {
        check(
            vec![
                case(
                    json!(5),
                    json!({"content": {}}),
                    &[("/x", "the request body is not an object: read as empty")],
                ),
                case(
                    json!({"required": "yes", "description": 7}),
                    json!({"content": {}, "description": "7"}),
                    &[
                        ("/x", "the request body has no `content`: read as empty"),
                        ("/x/required", "`required` is not a boolean: dropped"),
                        ("/x/description", "not a string: read as \"7\""),
                    ],
                ),
                case(
                    json!({"content": {"application/json": {"schema": {"type": "file"}, "examples": {"e": 1}}}}),
                    json!({"content": {"application/json": {"schema": {"type": "string", "format": "binary"}, "examples": {"e": {"value": 1}}}}}),
                    &[(
                        "/x/content/application~1json/examples/e",
                        "an example must be an Example object: wrapped as `value`",
                    )],
                ),
                case(
                    json!({"content": []}),
                    json!({"content": {}}),
                    &[("/x/content", "`content` is not an object: read as empty")],
                ),
                case(
                    json!({"$ref": "#/r", "x": 1}),
                    json!({"$ref": "#/r", "x": 1}),
                    &[],
                ),
            ],
            |v, fx| request_body(v, "/x", fx),
        );
    }

    #[test]
    fn responses_and_their_keys() {
        check(
            vec![
                case(
                    json!([]),
                    json!({}),
                    &[("/x", "`responses` is not an object: read as empty")],
                ),
                case(
                    json!({"4xx": {"description": "e"}, "bogus": {}, "x-ext": 1, "default": {"description": "d"}}),
                    json!({"4XX": {"description": "e"}, "x-ext": 1, "default": {"description": "d"}}),
                    &[
                        (
                            "/x/4xx",
                            "response key `4xx` should be upper-case: read as `4XX`",
                        ),
                        (
                            "/x/bogus",
                            "response key `bogus` is not a status code: dropped",
                        ),
                    ],
                ),
            ],
            |v, fx| responses(v, "/x", fx),
        );
        check(
            vec![
                case(
                    json!("nope"),
                    json!({"description": ""}),
                    &[("/x", "the response is a string, not an object")],
                ),
                case(
                    json!({"schema": {"type": "string"}, "headers": {"H": {"type": "integer"}}}),
                    json!({
                        "description": "",
                        "headers": {"H": {"schema": {"type": "integer"}}},
                        "content": {"application/json": {"schema": {"type": "string"}}}
                    }),
                    &[
                        (
                            "/x",
                            "the response has no `description` (required): read as empty",
                        ),
                        ("/x/headers/H", "belong under `schema` (Swagger 2 style)"),
                        ("/x", "`schema` directly in a response is Swagger 2 style"),
                    ],
                ),
                case(json!({"$ref": "#/r"}), json!({"$ref": "#/r"}), &[]),
            ],
            |v, fx| response(v, "/x", fx),
        );
    }

    #[test]
    fn header_maps() {
        check(
            vec![case(
                json!({
                    "A": "text",
                    "B": {"name": "B", "in": "header", "style": "form", "schema": {}},
                    "C": {"$ref": "#/components/headers/C"}
                }),
                json!({
                    "A": {"schema": {"type": "string"}},
                    "B": {"schema": {}},
                    "C": {"$ref": "#/components/headers/C"}
                }),
                &[
                    (
                        "/x/A",
                        "a header must be an object: read as a string header",
                    ),
                    ("/x/B/name", "a header has no `name`: dropped"),
                    ("/x/B/in", "a header has no `in`: dropped"),
                    ("/x/B/style", "headers only have style `simple`: dropped"),
                ],
            )],
            |v, fx| match v {
                Value::Object(map) => headers(map, "/x", fx),
                _ => unreachable!(),
            },
        );
    }
}
