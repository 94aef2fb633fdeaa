//! Swagger 2.0 parameters, bodies, forms, responses and security schemes → their OpenAPI 3
//! forms. Each records where its new pointers came from.

use serde_json::{Map, Value, json};

use crate::diag::Kind;
use crate::pointer;
use crate::upgrade::fixer::Fixer;

const FORM: &str = "application/x-www-form-urlencoded";
const MULTIPART: &str = "multipart/form-data";
const JSON: &str = "application/json";

/// Keys of a Swagger non-body parameter (or header, or items) that describe its value.
const SCHEMA_KEYS: [&str; 17] = [
    "type",
    "format",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
    "x-nullable",
    "example",
];

/// A parameter as found: converted when it is one, left as it is when it is a `$ref` (or not an
/// object: the repairs report it).
pub(super) fn param_value(param: &Value, new: &str, old: &str, fx: &mut Fixer) -> Value {
    match param {
        Value::Object(p) if !p.contains_key("$ref") => Value::Object(self::param(p, new, old, fx)),
        other => other.clone(),
    }
}

/// A non-body parameter: the value keywords move into `schema`, `collectionFormat` becomes
/// `style`/`explode`.
pub(super) fn param(
    p: &Map<String, Value>,
    new: &str,
    old: &str,
    fx: &mut Fixer,
) -> Map<String, Value> {
    let location = p
        .get("in")
        .and_then(Value::as_str)
        .unwrap_or("query")
        .to_owned();
    let mut out = Map::new();
    for (key, value) in p {
        match key.as_str() {
            "name" | "in" | "description" | "required" | "deprecated" | "allowEmptyValue" => {
                out.insert(key.clone(), value.clone());
            }
            k if k.starts_with("x-") && k != "x-nullable" => {
                out.insert(key.clone(), value.clone());
            }
            _ => {}
        }
    }
    out.insert("schema".into(), value_schema(p));
    fx.moved(format!("{new}/schema"), old);
    if p.get("type").and_then(Value::as_str) == Some("array") {
        let format = p
            .get("collectionFormat")
            .and_then(Value::as_str)
            .unwrap_or("csv");
        let (style, explode) = collection_format(format, &location, old, &mut out, fx);
        out.insert("style".into(), json!(style));
        out.insert("explode".into(), json!(explode));
    }
    out
}

/// `collectionFormat` → `style` and `explode`; one without an OpenAPI 3 equivalent is kept as
/// `x-collectionFormat` (in `out`) with a warning, and read as comma-separated.
fn collection_format(
    format: &str,
    location: &str,
    old: &str,
    out: &mut Map<String, Value>,
    fx: &mut Fixer,
) -> (&'static str, bool) {
    let query_like = location == "query" || location == "cookie";
    match (format, query_like) {
        ("csv", true) => ("form", false),
        ("csv", false) => ("simple", false),
        ("multi", true) => ("form", true),
        ("ssv", true) => ("spaceDelimited", false),
        ("pipes", true) => ("pipeDelimited", false),
        (other, _) => {
            fx.warn(
                Kind::Converted,
                &format!("{old}/collectionFormat"),
                format!(
                    "collectionFormat `{other}` has no OpenAPI 3 equivalent for a {location} \
                     parameter: it is read as comma-separated (kept as `x-collectionFormat`)"
                ),
            );
            out.insert("x-collectionFormat".into(), json!(other));
            (if query_like { "form" } else { "simple" }, false)
        }
    }
}

/// A `body` parameter → request body.
pub(super) fn body(
    p: &Map<String, Value>,
    consumes: &[String],
    new: &str,
    old: &str,
    fx: &mut Fixer,
) -> Value {
    let types: Vec<&str> = consumes
        .iter()
        .map(String::as_str)
        .filter(|t| *t != FORM && *t != MULTIPART)
        .collect();
    let types = if types.is_empty() { vec![JSON] } else { types };
    let schema = p.get("schema").cloned().unwrap_or_else(|| json!({}));
    let mut content = Map::new();
    for t in types {
        let mt_ptr = format!("{new}/content/{}", pointer::escape(t));
        fx.moved(format!("{mt_ptr}/schema"), &format!("{old}/schema"));
        fx.moved(mt_ptr, old);
        content.insert(t.to_owned(), json!({ "schema": schema.clone() }));
    }
    let mut out = Map::new();
    if let Some(d) = p.get("description") {
        out.insert("description".into(), d.clone());
    }
    out.insert("content".into(), Value::Object(content));
    if p.get("required").and_then(Value::as_bool) == Some(true) {
        out.insert("required".into(), json!(true));
    }
    for (k, v) in p {
        if k.starts_with("x-") {
            out.insert(k.clone(), v.clone());
        }
    }
    Value::Object(out)
}

/// `formData` parameters → one request body with an object schema.
pub(super) fn form(
    params: &[(Map<String, Value>, String)],
    consumes: &[String],
    new: &str,
    fx: &mut Fixer,
) -> Value {
    let has_file = params
        .iter()
        .any(|(p, _)| p.get("type").and_then(Value::as_str) == Some("file"));
    let media = if has_file {
        MULTIPART
    } else {
        consumes
            .iter()
            .map(String::as_str)
            .find(|t| *t == FORM || *t == MULTIPART)
            .unwrap_or(FORM)
    };
    let schema_ptr = format!("{new}/content/{}/schema", pointer::escape(media));
    let mut properties = Map::new();
    let mut required = Vec::new();
    for (p, old) in params {
        let Some(name) = p.get("name").and_then(Value::as_str) else {
            continue;
        };
        let mut schema = value_schema(p);
        if let (Value::Object(s), Some(d)) = (&mut schema, p.get("description")) {
            s.insert("description".into(), d.clone());
        }
        if p.get("required").and_then(Value::as_bool) == Some(true) {
            required.push(json!(name));
        }
        fx.moved(
            pointer::push(&format!("{schema_ptr}/properties"), name),
            old,
        );
        properties.insert(name.to_owned(), schema);
    }
    let mut schema = json!({ "type": "object", "properties": properties });
    if !required.is_empty() {
        schema["required"] = Value::Array(required);
    }
    let mut out = json!({ "content": { media: { "schema": schema } } });
    if params
        .iter()
        .any(|(p, _)| p.get("required").and_then(Value::as_bool) == Some(true))
    {
        out["required"] = json!(true);
    }
    out
}

/// A response: `schema` → `content` per produced media type, headers get schemas,
/// `examples` by media type go into the content.
pub(super) fn response(
    resp: Value,
    produces: &[String],
    new: &str,
    old: &str,
    fx: &mut Fixer,
) -> Value {
    let Value::Object(resp) = resp else {
        return resp;
    };
    if resp.contains_key("$ref") {
        return Value::Object(resp);
    }
    let mut out = Map::new();
    let mut content = Map::new();
    let types: Vec<&str> = if produces.is_empty() {
        vec![JSON]
    } else {
        produces.iter().map(String::as_str).collect()
    };
    for (key, value) in resp {
        match key.as_str() {
            "schema" => {
                for t in &types {
                    let mt_ptr = format!("{new}/content/{}", pointer::escape(t));
                    fx.moved(format!("{mt_ptr}/schema"), &format!("{old}/schema"));
                    let media = content.entry((*t).to_owned()).or_insert_with(|| json!({}));
                    media["schema"] = value.clone();
                }
            }
            "examples" => {
                if let Value::Object(examples) = value {
                    for (t, example) in examples {
                        let media = content.entry(t).or_insert_with(|| json!({}));
                        media["example"] = example;
                    }
                }
            }
            "headers" => {
                if let Value::Object(headers) = value {
                    let headers = response_headers(headers, new, old, fx);
                    out.insert(key, Value::Object(headers));
                }
            }
            _ => {
                out.insert(key, value);
            }
        }
    }
    if !content.is_empty() {
        out.insert("content".into(), Value::Object(content));
    }
    Value::Object(out)
}

/// A response's headers: their value keywords move into `schema`.
fn response_headers(
    headers: Map<String, Value>,
    new: &str,
    old: &str,
    fx: &mut Fixer,
) -> Map<String, Value> {
    let mut converted = Map::new();
    for (name, header) in headers {
        let h_new = pointer::push(&format!("{new}/headers"), &name);
        let h_old = pointer::push(&format!("{old}/headers"), &name);
        let Value::Object(h) = header else {
            converted.insert(name, header);
            continue;
        };
        let mut out_h = Map::new();
        for (k, v) in &h {
            if k == "description" || (k.starts_with("x-") && k != "x-nullable") {
                out_h.insert(k.clone(), v.clone());
            }
        }
        out_h.insert("schema".into(), value_schema(&h));
        fx.moved(format!("{h_new}/schema"), &h_old);
        converted.insert(name, Value::Object(out_h));
    }
    converted
}

/// `basic` → `http`/`basic`; `apiKey` as it is; `oauth2` with `flow` → `flows`. Other types are
/// left as they are: the repairs report them.
pub(super) fn security_scheme(scheme: Value, ptr: &str, fx: &mut Fixer) -> Value {
    let Value::Object(s) = scheme else {
        return scheme;
    };
    let mut out = Map::new();
    for (k, v) in &s {
        if k == "description" || k.starts_with("x-") {
            out.insert(k.clone(), v.clone());
        }
    }
    let get = |k: &str| s.get(k).cloned().unwrap_or(Value::Null);
    match s.get("type").and_then(Value::as_str) {
        Some("basic") => {
            out.insert("type".into(), json!("http"));
            out.insert("scheme".into(), json!("basic"));
        }
        Some("apiKey") => {
            out.insert("type".into(), json!("apiKey"));
            out.insert("name".into(), get("name"));
            out.insert("in".into(), get("in"));
        }
        Some("oauth2") => {
            out.insert("type".into(), json!("oauth2"));
            out.insert("flows".into(), oauth2_flows(&s, ptr, fx));
        }
        _ => return Value::Object(s),
    }
    Value::Object(out)
}

/// A Swagger oauth2 scheme's one `flow`, its URLs and scopes → OpenAPI 3 `flows`.
fn oauth2_flows(s: &Map<String, Value>, ptr: &str, fx: &mut Fixer) -> Value {
    let scopes = match s.get("scopes") {
        Some(Value::Object(m)) => Value::Object(m.clone()),
        _ => json!({}),
    };
    let flow = s.get("flow").and_then(Value::as_str).unwrap_or_default();
    let (name, urls): (&str, &[&str]) = match flow {
        "implicit" => ("implicit", &["authorizationUrl"]),
        "password" => ("password", &["tokenUrl"]),
        "application" => ("clientCredentials", &["tokenUrl"]),
        "accessCode" => ("authorizationCode", &["authorizationUrl", "tokenUrl"]),
        other => {
            fx.warn(
                Kind::Repaired,
                &format!("{ptr}/flow"),
                format!("unknown OAuth2 flow `{other}`: read as authorizationCode"),
            );
            ("authorizationCode", &["authorizationUrl", "tokenUrl"])
        }
    };
    let mut flow_obj = Map::new();
    for url in urls {
        flow_obj.insert((*url).to_owned(), s.get(*url).cloned().unwrap_or(json!("")));
    }
    flow_obj.insert("scopes".into(), scopes);
    json!({ name: flow_obj })
}

/// The schema of a non-body parameter, header or `items`: its value keywords (Swagger schema
/// keywords such as `type: file` are converted by the repairs, as in any schema).
fn value_schema(p: &Map<String, Value>) -> Value {
    let mut schema = Map::new();
    for key in SCHEMA_KEYS {
        if let Some(v) = p.get(key) {
            schema.insert(key.to_owned(), v.clone());
        }
    }
    if let Some(Value::Object(items)) = p.get("items") {
        schema.insert("items".into(), value_schema(items));
    } else if let Some(items) = p.get("items") {
        schema.insert("items".into(), items.clone());
    }
    Value::Object(schema)
}
