//! OpenAPI 3.1 → 3.0 and lenient repairs, over a document already in the OpenAPI 3 layout.
//!
//! Walks the document by structure (paths, operations, parameters, bodies, responses,
//! components, schemas) and rewrites what `openapiv3` would reject. 3.1 constructs are converted
//! silently when the document says 3.1 (they are expected there) and with a warning otherwise;
//! repairs of invalid documents always warn.

use std::collections::HashSet;

use serde_json::{Map, Value, json};

use super::{PointerMap, SpecVersion};
use crate::diag::Diagnostic;
use crate::pointer;

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];
const TYPES: [&str; 6] = ["string", "number", "integer", "boolean", "array", "object"];
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

/// How deeply schemas may nest in schemas (`items`, `properties`, `allOf`…). `openapiv3`
/// deserializes schemas through untagged enums that buffer and re-read each level, so deep nesting
/// costs tens of KiB of stack per level in a debug build; beyond this bound (twice the deepest
/// nesting in the reference corpus, and within a 2 MiB thread stack) a schema is read as any value.
pub(crate) const MAX_SCHEMA_DEPTH: usize = 24;

pub(super) fn normalize(
    doc: &mut Value,
    version: SpecVersion,
    pointers: &mut PointerMap,
    warnings: &mut Vec<Diagnostic>,
) {
    let Value::Object(root) = doc else { return };
    let path_items = match root.get("components").and_then(|c| c.get("pathItems")) {
        Some(Value::Object(m)) => m.clone(),
        _ => Map::new(),
    };
    let mut n = Normalizer {
        warnings,
        pointers,
        v31: version == SpecVersion::OpenApi31,
        path_items,
        schema_depth: 0,
    };
    n.root(root);
}

struct Normalizer<'a> {
    warnings: &'a mut Vec<Diagnostic>,
    pointers: &'a mut PointerMap,
    v31: bool,
    /// `components/pathItems` of a 3.1 document, inlined where referenced.
    path_items: Map<String, Value>,
    /// Schemas being normalized right now, the outermost first (see [`MAX_SCHEMA_DEPTH`]).
    schema_depth: usize,
}

fn kind_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

impl Normalizer<'_> {
    fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.warnings.push(Diagnostic::warning(message).at(pointer));
    }

    fn warn_hint(&mut self, pointer: &str, message: impl Into<String>, hint: &str) {
        self.warnings
            .push(Diagnostic::warning(message).at(pointer).hint(hint));
    }

    /// A 3.1 construct: silent in a 3.1 document, a warning in a 3.0 one.
    fn v31_construct(&mut self, pointer: &str, what: &str) {
        if !self.v31 {
            self.warn(
                pointer,
                format!("{what} is OpenAPI 3.1 (JSON Schema 2020-12): converted to its 3.0 form"),
            );
        }
    }

    fn root(&mut self, root: &mut Map<String, Value>) {
        root.insert("openapi".into(), json!("3.0.3"));
        self.info(root);
        if root.remove("jsonSchemaDialect").is_some() && !self.v31 {
            self.warn(
                "/jsonSchemaDialect",
                "`jsonSchemaDialect` is OpenAPI 3.1: dropped",
            );
        }
        if let Some(servers) = root.get_mut("servers") {
            self.servers(servers, "/servers");
        }
        match root.get_mut("paths") {
            Some(Value::Object(paths)) => self.paths(paths, "/paths"),
            Some(other) => {
                self.warn(
                    "/paths",
                    format!(
                        "`paths` is {}, not an object: read as empty",
                        kind_name(other)
                    ),
                );
                *other = json!({});
            }
            None => {
                if !root.contains_key("webhooks") {
                    self.warn("", "the document has no `paths`: read as empty");
                }
                root.insert("paths".into(), json!({}));
            }
        }
        if let Some(mut webhooks) = root.remove("webhooks") {
            if let Value::Object(hooks) = &mut webhooks {
                self.paths(hooks, "/x-webhooks");
            }
            self.pointers.record("/x-webhooks", "/webhooks");
            root.insert("x-webhooks".into(), webhooks);
        }
        if let Some(components) = root.get_mut("components") {
            self.components(components);
        }
        if let Some(security) = root.get_mut("security") {
            self.security(security, "/security");
        }
        if let Some(tags) = root.get_mut("tags") {
            self.tags(tags);
        }
        if let Some(docs) = root.get_mut("externalDocs") {
            self.external_docs(docs, "/externalDocs");
        }
    }

    fn info(&mut self, root: &mut Map<String, Value>) {
        let info = root.entry("info").or_insert_with(|| json!({}));
        if !info.is_object() {
            self.warn("/info", "`info` is not an object: replaced");
            *info = json!({});
        }
        let Value::Object(info) = info else { return };
        for (key, fallback) in [("title", "API"), ("version", "0.0.0")] {
            match info.get(key) {
                Some(Value::String(_)) => {}
                Some(Value::Number(n)) => {
                    let text = n.to_string();
                    self.warn(
                        &format!("/info/{key}"),
                        format!("`info.{key}` is a number: read as the string \"{text}\""),
                    );
                    info.insert(key.into(), Value::String(text));
                }
                other => {
                    let what = other.map_or("missing", kind_name);
                    self.warn(
                        &format!("/info/{key}"),
                        format!("`info.{key}` is {what}: read as \"{fallback}\""),
                    );
                    info.insert(key.into(), json!(fallback));
                }
            }
        }
        if let Some(summary) = info.remove("summary") {
            self.v31_construct("/info/summary", "`info.summary`");
            info.insert("x-summary".into(), summary);
        }
        for key in ["description", "termsOfService"] {
            self.ensure_string(info, key, "/info");
        }
        if let Some(Value::Object(license)) = info.get_mut("license") {
            if let Some(identifier) = license.remove("identifier") {
                self.v31_construct("/info/license/identifier", "`license.identifier`");
                if !license.get("name").is_some_and(Value::is_string) {
                    license.insert("name".into(), identifier.clone());
                }
                license.insert("x-identifier".into(), identifier);
            }
            if !license.get("name").is_some_and(Value::is_string) {
                self.warn(
                    "/info/license",
                    "the license has no name: read as \"unknown\"",
                );
                license.insert("name".into(), json!("unknown"));
            }
        } else if let Some(other) = info.get("license") {
            let what = kind_name(other);
            self.warn(
                "/info/license",
                format!("`info.license` is {what}: dropped"),
            );
            info.remove("license");
        }
        if let Some(contact) = info.get("contact")
            && !contact.is_object()
        {
            self.warn("/info/contact", "`info.contact` is not an object: dropped");
            info.remove("contact");
        }
    }

    /// Replaces a non-string value at `key` (e.g. a `$ref` object where a string belongs).
    fn ensure_string(&mut self, obj: &mut Map<String, Value>, key: &str, ptr: &str) {
        let Some(value) = obj.get(key) else { return };
        let text = match value {
            Value::String(_) => return,
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        };
        let p = pointer::push(ptr, key);
        let what = if value.get("$ref").is_some() {
            "a `$ref`"
        } else {
            kind_name(value)
        };
        match text {
            Some(t) => {
                self.warn(
                    &p,
                    format!("`{key}` is {what}, not a string: read as \"{t}\""),
                );
                obj.insert(key.into(), Value::String(t));
            }
            None => {
                self.warn_hint(
                    &p,
                    format!("`{key}` is {what}, not a string: dropped"),
                    "write the text itself here; `$ref` is not allowed in this place",
                );
                obj.remove(key);
            }
        }
    }

    fn servers(&mut self, servers: &mut Value, ptr: &str) {
        let Value::Array(list) = servers else {
            self.warn(ptr, "`servers` is not an array: dropped");
            *servers = json!([]);
            return;
        };
        list.retain(|s| s.get("url").is_some_and(Value::is_string));
        for (i, server) in list.iter_mut().enumerate() {
            let Some(Value::Object(vars)) = server.get_mut("variables") else {
                continue;
            };
            for (name, var) in vars.iter_mut() {
                let vptr = pointer::push(&format!("{ptr}/{i}/variables"), name);
                let Value::Object(var) = var else { continue };
                if let Some(Value::Number(n)) = var.get("default") {
                    let t = n.to_string();
                    var.insert("default".into(), Value::String(t));
                }
                if !var.get("default").is_some_and(Value::is_string) {
                    let first = var
                        .get("enum")
                        .and_then(|e| e.get(0))
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned();
                    self.warn(
                        &vptr,
                        format!("server variable `{name}` has no default: read as \"{first}\""),
                    );
                    var.insert("default".into(), Value::String(first));
                }
                if let Some(Value::Array(values)) = var.get_mut("enum") {
                    for v in values.iter_mut() {
                        if let Value::Number(n) = v {
                            *v = Value::String(n.to_string());
                        }
                    }
                    values.retain(Value::is_string);
                }
            }
        }
    }

    fn paths(&mut self, paths: &mut Map<String, Value>, ptr: &str) {
        for (path, item) in paths.iter_mut() {
            if path.starts_with("x-") {
                continue;
            }
            let p = pointer::push(ptr, path);
            self.path_item(item, &p);
        }
    }

    fn path_item(&mut self, item: &mut Value, ptr: &str) {
        // A path item may refer to `components/pathItems` (3.1): inline it.
        if let Some(reference) = item.get("$ref").and_then(Value::as_str).map(str::to_owned) {
            if let Some(name) = reference.strip_prefix("#/components/pathItems/")
                && let Some(target) = self.path_items.get(&pointer::unescape(name)).cloned()
            {
                let target_ptr = format!("/components/pathItems/{name}");
                self.pointers.record(ptr.to_owned(), &target_ptr);
                if let Value::Object(map) = item {
                    map.remove("$ref");
                    if let Value::Object(t) = target {
                        for (k, v) in t {
                            map.entry(k).or_insert(v);
                        }
                    }
                }
            } else {
                self.warn_hint(
                    ptr,
                    format!("path item `$ref: {reference}` cannot be resolved: read as an empty path item"),
                    "path items may only refer to `#/components/pathItems/...` or other files",
                );
                *item = json!({});
            }
        }
        let Value::Object(map) = item else {
            self.warn(
                ptr,
                format!(
                    "the path item is {}, not an object: read as empty",
                    kind_name(item)
                ),
            );
            *item = json!({});
            return;
        };
        if let Some(params) = map.get_mut("parameters") {
            self.parameter_list(params, &format!("{ptr}/parameters"));
        }
        if let Some(servers) = map.get_mut("servers") {
            self.servers(servers, &format!("{ptr}/servers"));
        }
        for method in METHODS {
            if let Some(op) = map.get_mut(method) {
                self.operation(op, &format!("{ptr}/{method}"));
            }
        }
        for key in ["summary", "description"] {
            self.ensure_string(map, key, ptr);
        }
    }

    fn operation(&mut self, op: &mut Value, ptr: &str) {
        let Value::Object(map) = op else {
            self.warn(ptr, "the operation is not an object: read as empty");
            *op = json!({ "responses": {} });
            return;
        };
        for key in ["summary", "description", "operationId"] {
            self.ensure_string(map, key, ptr);
        }
        if let Some(Value::Array(tags)) = map.get_mut("tags") {
            tags.retain(Value::is_string);
        }
        if let Some(params) = map.get_mut("parameters") {
            self.parameter_list(params, &format!("{ptr}/parameters"));
        }
        if let Some(body) = map.get_mut("requestBody") {
            self.request_body(body, &format!("{ptr}/requestBody"));
        }
        match map.get_mut("responses") {
            Some(responses) => self.responses(responses, &format!("{ptr}/responses")),
            None => {
                self.warn(ptr, "the operation has no `responses`: read as having none");
                map.insert("responses".into(), json!({}));
            }
        }
        if let Some(Value::Object(callbacks)) = map.get_mut("callbacks") {
            for (name, callback) in callbacks.iter_mut() {
                let cptr = pointer::push(&format!("{ptr}/callbacks"), name);
                if let Value::Object(exprs) = callback
                    && !exprs.contains_key("$ref")
                {
                    self.paths(exprs, &cptr);
                }
            }
        }
        if let Some(security) = map.get_mut("security") {
            self.security(security, &format!("{ptr}/security"));
        }
        if let Some(servers) = map.get_mut("servers") {
            self.servers(servers, &format!("{ptr}/servers"));
        }
        if let Some(docs) = map.get_mut("externalDocs") {
            self.external_docs(docs, &format!("{ptr}/externalDocs"));
        }
        if let Some(d) = map.get("deprecated")
            && !d.is_boolean()
        {
            self.warn(
                &format!("{ptr}/deprecated"),
                "`deprecated` is not a boolean: dropped",
            );
            map.remove("deprecated");
        }
    }

    fn parameter_list(&mut self, params: &mut Value, ptr: &str) {
        let Value::Array(list) = params else {
            self.warn(ptr, "`parameters` is not an array: dropped");
            *params = json!([]);
            return;
        };
        let mut kept = Vec::with_capacity(list.len());
        for (i, mut param) in std::mem::take(list).into_iter().enumerate() {
            let old = format!("{ptr}/{i}");
            if self.parameter(&mut param, &old) {
                let new = format!("{ptr}/{}", kept.len());
                if new != old {
                    self.pointers.record(new, &old);
                }
                kept.push(param);
            }
        }
        *list = kept;
    }

    /// Repairs a parameter; false when it must be dropped.
    fn parameter(&mut self, param: &mut Value, ptr: &str) -> bool {
        let Value::Object(map) = param else {
            self.warn(
                ptr,
                format!(
                    "the parameter is {}, not an object: dropped",
                    kind_name(param)
                ),
            );
            return false;
        };
        if map.contains_key("$ref") {
            self.ref_siblings(map, ptr);
            return true;
        }
        let location = map
            .get("in")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        if !["query", "header", "path", "cookie"].contains(&location.as_str()) {
            self.warn_hint(
                ptr,
                format!("parameter with `in: {location}` is not valid in OpenAPI 3: dropped"),
                "OpenAPI 3 parameters are in query, header, path or cookie; bodies go in `requestBody`",
            );
            return false;
        }
        if !map.get("name").is_some_and(Value::is_string) {
            self.warn(ptr, "the parameter has no name: dropped");
            return false;
        }
        match map.get("required") {
            None | Some(Value::Bool(_)) => {}
            Some(other) => {
                let b = matches!(other, Value::String(s) if s == "true");
                self.warn(
                    &format!("{ptr}/required"),
                    format!("`required` is not a boolean: read as {b}"),
                );
                map.insert("required".into(), json!(b));
            }
        }
        if location == "path" && map.get("required") != Some(&json!(true)) {
            self.warn(ptr, "path parameter without `required: true`: set (path parameters are always required)");
            map.insert("required".into(), json!(true));
        }
        self.schema_or_content(map, ptr);
        let valid_styles: &[&str] = match location.as_str() {
            "query" => &["form", "spaceDelimited", "pipeDelimited", "deepObject"],
            "path" => &["simple", "label", "matrix"],
            "header" => &["simple"],
            _ => &["form"],
        };
        if let Some(style) = map.get("style") {
            if !style.as_str().is_some_and(|s| valid_styles.contains(&s)) {
                self.warn(
                    &format!("{ptr}/style"),
                    format!("style {style} is not valid for a {location} parameter: dropped (the default is used)"),
                );
                map.remove("style");
            }
        }
        for key in ["explode", "allowReserved", "allowEmptyValue", "deprecated"] {
            if map.get(key).is_some_and(|v| !v.is_boolean()) {
                self.warn(
                    &format!("{ptr}/{key}"),
                    format!("`{key}` is not a boolean: dropped"),
                );
                map.remove(key);
            }
        }
        self.ensure_string(map, "description", ptr);
        self.examples(map, ptr);
        true
    }

    /// A parameter or header needs `schema` or `content`; Swagger-style value keywords are moved
    /// into a schema.
    fn schema_or_content(&mut self, map: &mut Map<String, Value>, ptr: &str) {
        if let Some(content) = map.get_mut("content") {
            self.content(content, &format!("{ptr}/content"));
            if map.contains_key("schema") {
                self.warn(ptr, "both `schema` and `content`: `content` is dropped");
                map.remove("content");
            } else {
                return;
            }
        }
        if !map.contains_key("schema") {
            let mut schema = Map::new();
            for key in [
                "type", "format", "items", "enum", "default", "minimum", "maximum", "pattern",
            ] {
                if let Some(v) = map.remove(key) {
                    schema.insert(key.into(), v);
                }
            }
            if schema.is_empty() {
                self.warn(
                    ptr,
                    "no `schema` nor `content`: read as any value (`schema: {}`)",
                );
            } else {
                self.warn(ptr, "`type` and other value keywords belong under `schema` (Swagger 2 style): moved there");
                self.pointers.record(format!("{ptr}/schema"), ptr);
            }
            map.insert("schema".into(), Value::Object(schema));
        }
        if let Some(schema) = map.get_mut("schema") {
            self.schema(schema, &format!("{ptr}/schema"));
        }
    }

    fn examples(&mut self, map: &mut Map<String, Value>, ptr: &str) {
        match map.get_mut("examples") {
            None => {}
            Some(Value::Object(examples)) => {
                for (name, example) in examples.iter_mut() {
                    if !example.is_object() {
                        let eptr = pointer::push(&format!("{ptr}/examples"), name);
                        self.warn(
                            &eptr,
                            "an example must be an Example object: wrapped as `value`",
                        );
                        *example = json!({ "value": example.take() });
                    }
                }
            }
            Some(other) => {
                // A list of values (JSON Schema style): the first becomes `example`.
                let first = other.as_array().and_then(|a| a.first().cloned());
                self.warn(
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

    fn request_body(&mut self, body: &mut Value, ptr: &str) {
        let Value::Object(map) = body else {
            self.warn(ptr, "the request body is not an object: read as empty");
            *body = json!({ "content": {} });
            return;
        };
        if map.contains_key("$ref") {
            self.ref_siblings(map, ptr);
            return;
        }
        match map.get_mut("content") {
            Some(content) => self.content(content, &format!("{ptr}/content")),
            None => {
                self.warn(ptr, "the request body has no `content`: read as empty");
                map.insert("content".into(), json!({}));
            }
        }
        if map.get("required").is_some_and(|v| !v.is_boolean()) {
            self.warn(
                &format!("{ptr}/required"),
                "`required` is not a boolean: dropped",
            );
            map.remove("required");
        }
        self.ensure_string(map, "description", ptr);
    }

    fn content(&mut self, content: &mut Value, ptr: &str) {
        let Value::Object(map) = content else {
            self.warn(ptr, "`content` is not an object: read as empty");
            *content = json!({});
            return;
        };
        for (media, value) in map.iter_mut() {
            let mptr = pointer::push(ptr, media);
            let Value::Object(mt) = value else {
                self.warn(&mptr, "a media type must be an object: read as empty");
                *value = json!({});
                continue;
            };
            if let Some(schema) = mt.get_mut("schema") {
                self.schema(schema, &format!("{mptr}/schema"));
            }
            self.examples(mt, &mptr);
            if let Some(Value::Object(encoding)) = mt.get_mut("encoding") {
                for (prop, enc) in encoding.iter_mut() {
                    let eptr = pointer::push(&format!("{mptr}/encoding"), prop);
                    if let Some(Value::Object(headers)) = enc.get_mut("headers") {
                        self.headers(headers, &format!("{eptr}/headers"));
                    }
                }
            }
        }
    }

    fn responses(&mut self, responses: &mut Value, ptr: &str) {
        let Value::Object(map) = responses else {
            self.warn(ptr, "`responses` is not an object: read as empty");
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
            let key = if code == "default" || is_status_code(&code) {
                code.clone()
            } else if code.len() == 3 && is_status_code(&code.to_ascii_uppercase()) {
                let upper = code.to_ascii_uppercase();
                self.warn(
                    &old,
                    format!("response key `{code}` should be upper-case: read as `{upper}`"),
                );
                upper
            } else {
                self.warn_hint(
                    &old,
                    format!("response key `{code}` is not a status code: dropped"),
                    "response keys are `default`, a status code such as `200`, or a range such as `4XX`",
                );
                continue;
            };
            let new = pointer::push(ptr, &key);
            if new != old {
                self.pointers.record(new.clone(), &old);
            }
            self.response(&mut response, &new);
            out.insert(key, response);
        }
        *map = out;
    }

    fn response(&mut self, response: &mut Value, ptr: &str) {
        let Value::Object(map) = response else {
            self.warn(
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
            self.ref_siblings(map, ptr);
            return;
        }
        self.ensure_string(map, "description", ptr);
        if !map.contains_key("description") {
            self.warn_hint(
                ptr,
                "the response has no `description` (required): read as empty",
                "add `description:` to the response",
            );
            map.insert("description".into(), json!(""));
        }
        if let Some(Value::Object(headers)) = map.get_mut("headers") {
            self.headers(headers, &format!("{ptr}/headers"));
        }
        if let Some(content) = map.get_mut("content") {
            self.content(content, &format!("{ptr}/content"));
        }
        // Swagger-style `schema` in an OpenAPI 3 response.
        if let Some(schema) = map.remove("schema") {
            self.warn(ptr, "`schema` directly in a response is Swagger 2 style: moved to `content/application~1json`");
            if !map.contains_key("content") {
                let mut content = json!({ "application/json": { "schema": schema } });
                self.pointers.record(
                    format!("{ptr}/content/application~1json/schema"),
                    &format!("{ptr}/schema"),
                );
                self.content(&mut content, &format!("{ptr}/content"));
                map.insert("content".into(), content);
            }
        }
    }

    fn headers(&mut self, headers: &mut Map<String, Value>, ptr: &str) {
        for (name, header) in headers.iter_mut() {
            let hptr = pointer::push(ptr, name);
            let Value::Object(map) = header else {
                self.warn(&hptr, "a header must be an object: read as a string header");
                *header = json!({ "schema": { "type": "string" } });
                continue;
            };
            if map.contains_key("$ref") {
                self.ref_siblings(map, &hptr);
                continue;
            }
            for key in ["name", "in"] {
                if map.remove(key).is_some() {
                    self.warn(
                        &format!("{hptr}/{key}"),
                        format!("a header has no `{key}`: dropped"),
                    );
                }
            }
            if map.get("style").is_some_and(|s| s != "simple") {
                self.warn(
                    &format!("{hptr}/style"),
                    "headers only have style `simple`: dropped",
                );
                map.remove("style");
            }
            self.schema_or_content(map, &hptr);
            self.ensure_string(map, "description", &hptr);
            self.examples(map, &hptr);
        }
    }

    fn components(&mut self, components: &mut Value) {
        let Value::Object(map) = components else {
            self.warn("/components", "`components` is not an object: dropped");
            *components = json!({});
            return;
        };
        if map.remove("pathItems").is_some() {
            // Inlined where referenced (see `path_item`).
            self.v31_construct("/components/pathItems", "`components/pathItems`");
        }
        let sections: Vec<String> = map.keys().cloned().collect();
        for section in sections {
            let Some(Value::Object(items)) = map.get_mut(&section) else {
                if !section.starts_with("x-") {
                    self.warn(
                        &format!("/components/{section}"),
                        "a components section must be an object: dropped",
                    );
                    map.remove(&section);
                }
                continue;
            };
            let sptr = pointer::push("/components", &section);
            match section.as_str() {
                "schemas" => {
                    for (name, schema) in items.iter_mut() {
                        self.schema(schema, &pointer::push(&sptr, name));
                    }
                }
                "responses" => {
                    for (name, r) in items.iter_mut() {
                        self.response(r, &pointer::push(&sptr, name));
                    }
                }
                "parameters" => {
                    let mut dropped = Vec::new();
                    for (name, p) in items.iter_mut() {
                        if !self.parameter(p, &pointer::push(&sptr, name)) {
                            dropped.push(name.clone());
                        }
                    }
                    for name in dropped {
                        items.remove(&name);
                    }
                }
                "requestBodies" => {
                    for (name, b) in items.iter_mut() {
                        self.request_body(b, &pointer::push(&sptr, name));
                    }
                }
                "headers" => self.headers(items, &sptr),
                "securitySchemes" => {
                    let mut dropped = Vec::new();
                    for (name, s) in items.iter_mut() {
                        if !self.security_scheme(s, &pointer::push(&sptr, name)) {
                            dropped.push(name.clone());
                        }
                    }
                    for name in dropped {
                        items.remove(&name);
                    }
                }
                "callbacks" => {
                    for (name, callback) in items.iter_mut() {
                        let cptr = pointer::push(&sptr, name);
                        if let Value::Object(exprs) = callback
                            && !exprs.contains_key("$ref")
                        {
                            self.paths(exprs, &cptr);
                        }
                    }
                }
                "examples" => {
                    for (name, example) in items.iter_mut() {
                        if !example.is_object() {
                            self.warn(
                                &pointer::push(&sptr, name),
                                "an example must be an Example object: wrapped as `value`",
                            );
                            *example = json!({ "value": example.take() });
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Repairs a security scheme; false when it must be dropped.
    fn security_scheme(&mut self, scheme: &mut Value, ptr: &str) -> bool {
        let Value::Object(map) = scheme else {
            self.warn(ptr, "a security scheme must be an object: dropped");
            return false;
        };
        if map.contains_key("$ref") {
            return true;
        }
        let kind = map
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        match kind.as_str() {
            "apiKey" => {
                let ok_in = map
                    .get("in")
                    .and_then(Value::as_str)
                    .is_some_and(|l| ["query", "header", "cookie"].contains(&l));
                if !ok_in || !map.get("name").is_some_and(Value::is_string) {
                    self.warn(
                        ptr,
                        "apiKey security scheme without a valid `name` and `in`: dropped",
                    );
                    return false;
                }
            }
            "http" => {
                if !map.get("scheme").is_some_and(Value::is_string) {
                    self.warn(ptr, "http security scheme without `scheme`: read as bearer");
                    map.insert("scheme".into(), json!("bearer"));
                }
            }
            "oauth2" => {
                let Some(Value::Object(flows)) = map.get_mut("flows") else {
                    self.warn(ptr, "oauth2 security scheme without `flows`: dropped");
                    return false;
                };
                let names: Vec<String> = flows.keys().cloned().collect();
                for name in names {
                    let fptr = format!("{ptr}/flows/{name}");
                    let Some(Value::Object(flow)) = flows.get_mut(&name) else {
                        continue;
                    };
                    let urls: &[&str] = match name.as_str() {
                        "implicit" => &["authorizationUrl"],
                        "password" | "clientCredentials" => &["tokenUrl"],
                        "authorizationCode" => &["authorizationUrl", "tokenUrl"],
                        _ => &[],
                    };
                    for url in urls {
                        if !flow.get(*url).is_some_and(Value::is_string) {
                            self.warn(
                                &fptr,
                                format!("OAuth2 flow `{name}` has no `{url}`: read as empty"),
                            );
                            flow.insert((*url).to_owned(), json!(""));
                        }
                    }
                    if !flow.get("scopes").is_some_and(Value::is_object) {
                        self.warn(
                            &fptr,
                            format!("OAuth2 flow `{name}` has no `scopes`: read as none"),
                        );
                        flow.insert("scopes".into(), json!({}));
                    }
                }
            }
            "openIdConnect" => {
                if !map.get("openIdConnectUrl").is_some_and(Value::is_string) {
                    self.warn(
                        ptr,
                        "openIdConnect security scheme without `openIdConnectUrl`: dropped",
                    );
                    return false;
                }
            }
            other => {
                self.warn_hint(
                    ptr,
                    format!(
                        "security scheme type `{other}` is not supported by OpenAPI 3.0: dropped"
                    ),
                    "supported types are apiKey, http, oauth2 and openIdConnect",
                );
                return false;
            }
        }
        self.ensure_string(map, "description", ptr);
        true
    }

    fn security(&mut self, security: &mut Value, ptr: &str) {
        let Value::Array(list) = security else {
            self.warn(ptr, "`security` is not an array: dropped");
            *security = json!([]);
            return;
        };
        for requirement in list.iter_mut() {
            let Value::Object(map) = requirement else {
                *requirement = json!({});
                continue;
            };
            for scopes in map.values_mut() {
                if !scopes
                    .as_array()
                    .is_some_and(|a| a.iter().all(Value::is_string))
                {
                    *scopes = json!([]);
                }
            }
        }
    }

    fn tags(&mut self, tags: &mut Value) {
        let Value::Array(list) = tags else {
            self.warn("/tags", "`tags` is not an array: dropped");
            *tags = json!([]);
            return;
        };
        let before = list.len();
        list.retain(|t| t.get("name").is_some_and(Value::is_string));
        if list.len() != before {
            self.warn("/tags", "tags without a name: dropped");
        }
    }

    fn external_docs(&mut self, docs: &mut Value, ptr: &str) {
        if !docs.get("url").is_some_and(Value::is_string) {
            self.warn(ptr, "`externalDocs` without `url`: read with an empty url");
            if let Value::Object(map) = docs {
                map.insert("url".into(), json!(""));
            } else {
                *docs = json!({ "url": "" });
            }
        }
    }

    /// `$ref` with siblings outside schemas: only `summary` and `description` are allowed (3.1),
    /// and `openapiv3` ignores them; the rest is dropped.
    fn ref_siblings(&mut self, map: &mut Map<String, Value>, ptr: &str) {
        if !map.get("$ref").is_some_and(Value::is_string) {
            self.warn(&format!("{ptr}/$ref"), "`$ref` is not a string: dropped");
            map.remove("$ref");
        }
    }

    // ---------------------------------------------------------------- schemas

    fn schema(&mut self, schema: &mut Value, ptr: &str) {
        if self.schema_depth >= MAX_SCHEMA_DEPTH {
            self.warn_hint(
                ptr,
                format!(
                    "schemas nest more than {MAX_SCHEMA_DEPTH} levels deep here: read as any value"
                ),
                "move inner schemas to `components/schemas` and refer to them with `$ref`",
            );
            *schema = json!({});
            return;
        }
        self.schema_depth += 1;
        self.schema_inner(schema, ptr);
        self.schema_depth -= 1;
    }

    fn schema_inner(&mut self, schema: &mut Value, ptr: &str) {
        match &*schema {
            Value::Object(_) => {}
            Value::Bool(true) => {
                self.v31_construct(ptr, "the boolean schema `true`");
                *schema = json!({});
                return;
            }
            Value::Bool(false) => {
                self.v31_construct(ptr, "the boolean schema `false`");
                *schema = json!({ "not": {} });
                return;
            }
            other => {
                let what = kind_name(other);
                self.warn(
                    ptr,
                    format!("a schema must be an object, not {what}: read as any value"),
                );
                *schema = json!({});
                return;
            }
        }
        let Value::Object(map) = schema else { return };
        if map.contains_key("$ref") {
            self.schema_ref(schema, ptr);
            return;
        }
        self.schema_object(map, ptr);
    }

    /// `$ref` in a schema: siblings that matter are kept by wrapping the ref in `allOf`.
    fn schema_ref(&mut self, schema: &mut Value, ptr: &str) {
        let Value::Object(map) = schema else { return };
        if !map.get("$ref").is_some_and(Value::is_string) {
            self.warn(&format!("{ptr}/$ref"), "`$ref` is not a string: dropped");
            map.remove("$ref");
            self.schema_object(map, ptr);
            return;
        }
        if map.len() == 1 {
            return;
        }
        if let Some(Value::Bool(true)) = map.get("x-nullable") {
            map.remove("x-nullable");
            map.insert("nullable".into(), json!(true));
        }
        let meaningful = map
            .keys()
            .any(|k| k != "$ref" && !ANNOTATIONS.contains(&k.as_str()) && !k.starts_with("x-"));
        if !meaningful {
            // Harmless annotations: `openapiv3` reads the reference and ignores them.
            return;
        }
        if !self.v31 {
            let keys: Vec<&str> = map
                .keys()
                .filter(|k| *k != "$ref")
                .map(String::as_str)
                .collect();
            let keys = keys.join(", ");
            self.warn(ptr, format!("`$ref` with sibling keywords ({keys}): wrapped as `allOf: [$ref]` so they apply"));
        }
        let reference = map.remove("$ref").unwrap_or(Value::Null);
        let mut wrapped = std::mem::take(map);
        wrapped.insert("allOf".into(), json!([{ "$ref": reference }]));
        self.pointers.record(format!("{ptr}/allOf/0"), ptr);
        *map = wrapped;
        self.schema_object(map, ptr);
    }

    fn schema_object(&mut self, map: &mut Map<String, Value>, ptr: &str) {
        // Extensions and Swagger-isms.
        if let Some(nullable) = map.remove("x-nullable") {
            if nullable == json!(true) {
                map.insert("nullable".into(), json!(true));
            }
        }
        if let Some(Value::String(property)) = map.get("discriminator") {
            let property = property.clone();
            map.insert("discriminator".into(), json!({ "propertyName": property }));
        }
        self.discriminator(map, ptr);
        if map.get("type").and_then(Value::as_str) == Some("file") {
            map.insert("type".into(), json!("string"));
            map.insert("format".into(), json!("binary"));
        }

        self.null_variant(map, ptr);
        self.schema_type(map, ptr);
        if let Some(value) = map.remove("const") {
            self.v31_construct(&format!("{ptr}/const"), "`const`");
            if !map.contains_key("enum") {
                map.insert("enum".into(), json!([value]));
            }
        }
        self.exclusive_bounds(map, ptr);
        self.schema_examples(map, ptr);
        self.content_keywords(map, ptr);
        self.keyword_types(map, ptr);
        self.enumeration(map, ptr);
        self.required_list(map, ptr);
        self.tuple_items(map, ptr);

        // Sub-schemas.
        if let Some(properties) = map.get_mut("properties") {
            match properties {
                Value::Object(props) => {
                    let mut newly_required = Vec::new();
                    for (name, prop) in props.iter_mut() {
                        let pptr = pointer::push(&format!("{ptr}/properties"), name);
                        // Draft 3 style `required: true` on a property.
                        if let Value::Object(p) = prop
                            && let Some(Value::Bool(required)) = p.get("required").cloned()
                        {
                            p.remove("required");
                            self.warn(
                                &format!("{pptr}/required"),
                                "`required: true|false` on a property is not valid: moved to the object's `required` list",
                            );
                            if required {
                                newly_required.push(json!(name));
                            }
                        }
                        self.schema(prop, &pptr);
                    }
                    if !newly_required.is_empty() {
                        let list = map.entry("required").or_insert_with(|| json!([]));
                        if let Value::Array(list) = list {
                            for name in newly_required {
                                if !list.contains(&name) {
                                    list.push(name);
                                }
                            }
                        }
                    }
                }
                other => {
                    self.warn(
                        &format!("{ptr}/properties"),
                        format!(
                            "`properties` is {}, not an object: dropped",
                            kind_name(other)
                        ),
                    );
                    map.remove("properties");
                }
            }
        }
        if let Some(items) = map.get_mut("items") {
            self.schema(items, &format!("{ptr}/items"));
        }
        match map.get_mut("additionalProperties") {
            None | Some(Value::Bool(_)) => {}
            Some(Value::Object(_)) => {
                if let Some(ap) = map.get_mut("additionalProperties") {
                    self.schema(ap, &format!("{ptr}/additionalProperties"));
                }
            }
            Some(other) => {
                self.warn(
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
                        self.schema(sub, &format!("{ptr}/{key}/{i}"));
                    }
                }
                Some(other) => {
                    self.warn(
                        &format!("{ptr}/{key}"),
                        format!("`{key}` is {}, not an array: dropped", kind_name(other)),
                    );
                    map.remove(key);
                }
            }
        }
        if let Some(not) = map.get_mut("not") {
            self.schema(not, &format!("{ptr}/not"));
        }
        if let Some(Value::Object(pattern)) = map.get_mut("patternProperties") {
            for (name, sub) in pattern.iter_mut() {
                self.schema(
                    sub,
                    &pointer::push(&format!("{ptr}/patternProperties"), name),
                );
            }
        }
        self.default_value(map, ptr);
        if let Some(docs) = map.get_mut("externalDocs") {
            self.external_docs(docs, &format!("{ptr}/externalDocs"));
        }
    }

    fn discriminator(&mut self, map: &mut Map<String, Value>, ptr: &str) {
        let Some(d) = map.get_mut("discriminator") else {
            return;
        };
        let valid = d.get("propertyName").is_some_and(Value::is_string);
        if !valid {
            self.warn(
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

    /// `anyOf`/`oneOf` with a `{type: null}` variant → the rest, nullable.
    fn null_variant(&mut self, map: &mut Map<String, Value>, ptr: &str) {
        for key in ["anyOf", "oneOf"] {
            let Some(Value::Array(list)) = map.get(key) else {
                continue;
            };
            let is_null = |v: &Value| {
                v.get("type") == Some(&json!("null"))
                    || v.get("type") == Some(&json!(["null"]))
                    || v.get("enum") == Some(&json!([null]))
                    || (v.get("const") == Some(&Value::Null)
                        && v.as_object().is_some_and(|o| o.len() == 1))
            };
            let Some(null_at) = list.iter().position(is_null) else {
                continue;
            };
            let mut rest = list.clone();
            rest.remove(null_at);
            self.v31_construct(
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
                        self.pointers.record(format!("{ptr}/allOf/0"), &from);
                        map.insert("allOf".into(), json!([other]));
                    }
                }
            } else {
                for i in null_at..rest.len() {
                    self.pointers.record(
                        format!("{ptr}/{key}/{i}"),
                        &format!("{ptr}/{key}/{}", i + 1),
                    );
                }
                map.insert(key.into(), Value::Array(rest));
            }
        }
    }

    /// `type`: arrays (3.1), `null`, unknown names.
    fn schema_type(&mut self, map: &mut Map<String, Value>, ptr: &str) {
        let tptr = format!("{ptr}/type");
        let Some(t) = map.get("type").cloned() else {
            return;
        };
        let mut names: Vec<String> = match &t {
            Value::String(s) => vec![s.clone()],
            Value::Array(list) => {
                self.v31_construct(&tptr, "a list of types");
                list.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            }
            other => {
                self.warn(
                    &tptr,
                    format!("`type` is {}, not a string: dropped", kind_name(other)),
                );
                map.remove("type");
                return;
            }
        };
        if names.iter().any(|n| n == "null") {
            names.retain(|n| n != "null");
            map.insert("nullable".into(), json!(true));
            if names.is_empty() {
                self.v31_construct(&tptr, "`type: null`");
                map.remove("type");
                if !map.contains_key("enum") {
                    map.insert("enum".into(), json!([null]));
                }
                return;
            }
        }
        let unknown: Vec<String> = names
            .iter()
            .filter(|n| !TYPES.contains(&n.as_str()))
            .cloned()
            .collect();
        if !unknown.is_empty() {
            self.warn_hint(
                &tptr,
                format!("unknown type {}: dropped", unknown.join(", ")),
                "types are string, number, integer, boolean, array, object (and null in 3.1)",
            );
            names.retain(|n| TYPES.contains(&n.as_str()));
        }
        names.dedup();
        match names.len() {
            0 => {
                map.remove("type");
            }
            1 => {
                map.insert("type".into(), Value::String(names.remove(0)));
            }
            _ => {
                // Several types: one variant per type, each with the keywords that apply to it.
                map.remove("type");
                if map.contains_key("anyOf") || map.contains_key("oneOf") {
                    return;
                }
                let mut variants = Vec::new();
                for name in &names {
                    let keys: &[&str] = match name.as_str() {
                        "string" => &["format", "pattern", "minLength", "maxLength"],
                        "number" | "integer" => &[
                            "format",
                            "minimum",
                            "maximum",
                            "exclusiveMinimum",
                            "exclusiveMaximum",
                            "multipleOf",
                        ],
                        "array" => &[
                            "items",
                            "minItems",
                            "maxItems",
                            "uniqueItems",
                            "prefixItems",
                        ],
                        "object" => &[
                            "properties",
                            "required",
                            "additionalProperties",
                            "minProperties",
                            "maxProperties",
                        ],
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
                for key in [
                    "format",
                    "pattern",
                    "minLength",
                    "maxLength",
                    "minimum",
                    "maximum",
                    "exclusiveMinimum",
                    "exclusiveMaximum",
                    "multipleOf",
                    "items",
                    "minItems",
                    "maxItems",
                    "uniqueItems",
                    "prefixItems",
                    "properties",
                    "required",
                    "additionalProperties",
                    "minProperties",
                    "maxProperties",
                ] {
                    map.remove(key);
                }
                map.insert("anyOf".into(), Value::Array(variants));
                for i in 0..names.len() {
                    self.pointers.record(format!("{ptr}/anyOf/{i}"), ptr);
                }
            }
        }
    }

    /// Numeric `exclusiveMinimum`/`exclusiveMaximum` (3.1) → bound + boolean flag; booleans
    /// without a bound are dropped.
    fn exclusive_bounds(&mut self, map: &mut Map<String, Value>, ptr: &str) {
        for (exclusive, bound) in [
            ("exclusiveMinimum", "minimum"),
            ("exclusiveMaximum", "maximum"),
        ] {
            let eptr = format!("{ptr}/{exclusive}");
            match map.get(exclusive).cloned() {
                None => {}
                Some(Value::Number(n)) => {
                    self.v31_construct(&eptr, &format!("a numeric `{exclusive}`"));
                    map.insert(bound.into(), Value::Number(n));
                    map.insert(exclusive.into(), json!(true));
                }
                Some(Value::Bool(flag)) if !map.contains_key(bound) => {
                    self.warn(
                        &eptr,
                        format!("`{exclusive}: {flag}` without `{bound}`: dropped"),
                    );
                    map.remove(exclusive);
                }
                Some(Value::Bool(_)) => {}
                Some(other) => {
                    self.warn(
                        &eptr,
                        format!("`{exclusive}` is {}: dropped", kind_name(&other)),
                    );
                    map.remove(exclusive);
                }
            }
        }
    }

    /// `examples` (a list, JSON Schema) → `example`.
    fn schema_examples(&mut self, map: &mut Map<String, Value>, ptr: &str) {
        let Some(examples) = map.remove("examples") else {
            return;
        };
        self.v31_construct(&format!("{ptr}/examples"), "`examples` in a schema");
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
    fn content_keywords(&mut self, map: &mut Map<String, Value>, ptr: &str) {
        let encoding = map.remove("contentEncoding");
        let media = map.remove("contentMediaType");
        if encoding.is_none() && media.is_none() {
            return;
        }
        self.v31_construct(ptr, "`contentEncoding`/`contentMediaType`");
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
    fn keyword_types(&mut self, map: &mut Map<String, Value>, ptr: &str) {
        for key in STRING_KEYWORDS {
            self.ensure_string(map, key, ptr);
        }
        for key in COUNT_KEYWORDS {
            let Some(v) = map.get(key) else { continue };
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
                    self.warn(
                        &kptr,
                        format!("`{key}` is {v}, not a non-negative integer: read as {c}"),
                    );
                    map.insert(key.into(), json!(c));
                }
                None => {
                    self.warn(
                        &kptr,
                        format!("`{key}` is {v}, not a non-negative integer: dropped"),
                    );
                    map.remove(key);
                }
            }
        }
        for key in NUMBER_KEYWORDS {
            let Some(v) = map.get(key) else { continue };
            if v.is_number() {
                continue;
            }
            let kptr = format!("{ptr}/{key}");
            let parsed = v
                .as_str()
                .and_then(|s| s.trim().parse::<f64>().ok())
                .and_then(serde_json::Number::from_f64);
            match parsed {
                Some(n) => {
                    self.warn(
                        &kptr,
                        format!("`{key}` is a string: read as the number {n}"),
                    );
                    map.insert(key.into(), Value::Number(n));
                }
                None => {
                    self.warn(
                        &kptr,
                        format!("`{key}` is {}, not a number: dropped", kind_name(v)),
                    );
                    map.remove(key);
                }
            }
        }
        for key in BOOL_KEYWORDS {
            let Some(v) = map.get(key) else { continue };
            if v.is_boolean() {
                continue;
            }
            let b = matches!(v, Value::String(s) if s == "true");
            self.warn(
                &format!("{ptr}/{key}"),
                format!("`{key}` is {}, not a boolean: read as {b}", kind_name(v)),
            );
            map.insert(key.into(), json!(b));
        }
    }

    /// `enum`: must be a list; duplicates removed.
    fn enumeration(&mut self, map: &mut Map<String, Value>, ptr: &str) {
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
                    self.warn(
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
                self.warn(&eptr, format!("`enum` is {what}, not a list: dropped"));
                map.remove("enum");
            }
        }
    }

    /// `required` on an object schema: a list of names.
    fn required_list(&mut self, map: &mut Map<String, Value>, ptr: &str) {
        let rptr = format!("{ptr}/required");
        match map.get_mut("required") {
            None => {}
            Some(Value::Array(names)) => {
                let before = names.len();
                names.retain(Value::is_string);
                if names.len() != before {
                    self.warn(&rptr, "`required` lists non-string entries: dropped");
                }
                let mut seen = HashSet::new();
                names.retain(|n| seen.insert(n.to_string()));
            }
            Some(other) => {
                let what = kind_name(other);
                self.warn(
                    &rptr,
                    format!("`required` is {what}, not a list of property names: dropped"),
                );
                map.remove("required");
            }
        }
    }

    /// `prefixItems` (3.1) and `items: [..]` (tuples) → one `items` schema.
    fn tuple_items(&mut self, map: &mut Map<String, Value>, ptr: &str) {
        let (key, tuple) = match (map.remove("prefixItems"), map.get("items")) {
            (Some(prefix), _) => ("prefixItems", prefix),
            (None, Some(Value::Array(_))) => ("items", map.remove("items").unwrap_or(Value::Null)),
            _ => return,
        };
        let Value::Array(mut list) = tuple else {
            self.warn(
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
        self.warn_hint(
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
    fn default_value(&mut self, map: &Map<String, Value>, ptr: &str) {
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
            self.warn(
                &format!("{ptr}/default"),
                format!("the default {default} does not match `type: {t}`: kept as it is"),
            );
        }
    }
}

/// `200`, `404`, `4XX`: what `openapiv3` accepts as a response key.
fn is_status_code(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 3
        && (b'1'..=b'9').contains(&b[0])
        && ((b[1].is_ascii_digit() && b[2].is_ascii_digit()) || (b[1] == b'X' && b[2] == b'X'))
}
