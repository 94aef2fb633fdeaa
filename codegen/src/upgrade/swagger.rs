//! Swagger 2.0 → OpenAPI 3.0.3.
//!
//! Builds a new document; schemas are moved as they are (the normaliser that runs next handles
//! `type: file`, `x-nullable`, string discriminators and the rest).

use std::collections::HashSet;

use serde_json::{Map, Value, json};

use super::PointerMap;
use crate::diag::Diagnostic;
use crate::pointer;

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];
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

struct Converter<'a> {
    pointers: &'a mut PointerMap,
    warnings: &'a mut Vec<Diagnostic>,
    /// Top-level parameters (to see whether a `$ref` names a body or formData parameter).
    global_params: Map<String, Value>,
    /// Names of top-level parameters that become request bodies.
    body_params: HashSet<String>,
    consumes: Vec<String>,
    produces: Vec<String>,
}

/// Converts a Swagger 2.0 document.
pub(super) fn convert(
    doc: Value,
    pointers: &mut PointerMap,
    warnings: &mut Vec<Diagnostic>,
) -> Value {
    let Value::Object(mut src) = doc else {
        return doc;
    };
    let strings = |v: Option<Value>| -> Vec<String> {
        match v {
            Some(Value::Array(items)) => items
                .into_iter()
                .filter_map(|i| i.as_str().map(str::to_owned))
                .collect(),
            Some(Value::String(s)) => vec![s],
            _ => Vec::new(),
        }
    };
    let consumes = strings(src.remove("consumes"));
    let produces = strings(src.remove("produces"));
    let global_params = match src.remove("parameters") {
        Some(Value::Object(m)) => m,
        _ => Map::new(),
    };
    let body_params = global_params
        .iter()
        .filter(|(_, p)| {
            matches!(
                p.get("in").and_then(Value::as_str),
                Some("body" | "formData")
            )
        })
        .map(|(k, _)| k.clone())
        .collect();
    let mut conv = Converter {
        pointers,
        warnings,
        global_params,
        body_params,
        consumes,
        produces,
    };

    let mut out = Map::new();
    out.insert("openapi".into(), json!("3.0.3"));
    if let Some(info) = src.remove("info") {
        out.insert("info".into(), info);
    }
    out.insert("servers".into(), conv.servers(&mut src));

    // Paths.
    let mut paths = Map::new();
    if let Some(Value::Object(src_paths)) = src.remove("paths") {
        for (path, item) in src_paths {
            let ptr = pointer::push("/paths", &path);
            let item = match item {
                Value::Object(item) => Value::Object(conv.path_item(item, &ptr)),
                other => other,
            };
            paths.insert(path, item);
        }
    }
    out.insert("paths".into(), Value::Object(paths));

    // Components.
    let mut components = Map::new();
    if let Some(defs) = src.remove("definitions") {
        conv.pointers.record("/components/schemas", "/definitions");
        components.insert("schemas".into(), defs);
    }
    let mut parameters = Map::new();
    let mut request_bodies = Map::new();
    for (name, param) in std::mem::take(&mut conv.global_params).iter() {
        let new_ptr;
        let old_ptr = pointer::push("/parameters", name);
        let Value::Object(p) = param else { continue };
        match p.get("in").and_then(Value::as_str) {
            Some("body") => {
                new_ptr = pointer::push("/components/requestBodies", name);
                let consumes = conv.consumes.clone();
                request_bodies.insert(name.clone(), conv.body(p, &consumes, &new_ptr, &old_ptr));
            }
            Some("formData") => {
                new_ptr = pointer::push("/components/requestBodies", name);
                let consumes = conv.consumes.clone();
                let form = conv.form(&[(p.clone(), old_ptr.clone())], &consumes, &new_ptr);
                request_bodies.insert(name.clone(), form);
            }
            _ => {
                new_ptr = pointer::push("/components/parameters", name);
                parameters.insert(
                    name.clone(),
                    Value::Object(conv.param(p, &new_ptr, &old_ptr)),
                );
            }
        }
        conv.pointers.record(new_ptr, &old_ptr);
    }
    conv.global_params = Map::new();
    if !parameters.is_empty() {
        components.insert("parameters".into(), Value::Object(parameters));
    }
    if !request_bodies.is_empty() {
        components.insert("requestBodies".into(), Value::Object(request_bodies));
    }
    if let Some(Value::Object(responses)) = src.remove("responses") {
        let mut out_responses = Map::new();
        for (name, resp) in responses {
            let new_ptr = pointer::push("/components/responses", &name);
            let old_ptr = pointer::push("/responses", &name);
            conv.pointers.record(new_ptr.clone(), &old_ptr);
            let produces = conv.produces.clone();
            out_responses.insert(name, conv.response(resp, &produces, &new_ptr, &old_ptr));
        }
        components.insert("responses".into(), Value::Object(out_responses));
    }
    if let Some(Value::Object(schemes)) = src.remove("securityDefinitions") {
        conv.pointers
            .record("/components/securitySchemes", "/securityDefinitions");
        let mut out_schemes = Map::new();
        for (name, scheme) in schemes {
            let ptr = pointer::push("/components/securitySchemes", &name);
            out_schemes.insert(name, conv.security_scheme(scheme, &ptr));
        }
        components.insert("securitySchemes".into(), Value::Object(out_schemes));
    }
    if !components.is_empty() {
        out.insert("components".into(), Value::Object(components));
    }

    // The rest: security, tags, externalDocs, extensions.
    for (key, value) in src {
        match key.as_str() {
            "swagger" | "host" | "basePath" | "schemes" => {}
            _ => {
                out.insert(key, value);
            }
        }
    }
    let mut out = Value::Object(out);
    rewrite_refs(&mut out, &conv.body_params);
    out
}

impl Converter<'_> {
    fn warn(&mut self, pointer: &str, message: String) {
        self.warnings.push(Diagnostic::warning(message).at(pointer));
    }

    /// `host`, `basePath` and `schemes` → `servers`.
    fn servers(&mut self, src: &mut Map<String, Value>) -> Value {
        let host = src.get("host").and_then(Value::as_str).map(str::to_owned);
        let base = src
            .get("basePath")
            .and_then(Value::as_str)
            .unwrap_or("/")
            .to_owned();
        let base = if base.starts_with('/') {
            base
        } else {
            format!("/{base}")
        };
        let schemes: Vec<String> = match src.get("schemes") {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        };
        let from = if src.contains_key("host") {
            "/host"
        } else {
            "/basePath"
        };
        self.pointers.record("/servers", from);
        let Some(host) = host else {
            return json!([{ "url": base }]);
        };
        let path = base.trim_end_matches('/');
        let schemes = if schemes.is_empty() {
            vec!["https".to_owned()]
        } else {
            schemes
        };
        Value::Array(
            schemes
                .iter()
                .map(|s| json!({ "url": format!("{s}://{host}{path}") }))
                .collect(),
        )
    }

    fn path_item(&mut self, item: Map<String, Value>, ptr: &str) -> Map<String, Value> {
        let mut out = Map::new();
        // Path-level body and formData parameters apply to every operation.
        let mut inherited: Vec<(Value, String)> = Vec::new();
        let mut kept = Vec::new();
        if let Some(Value::Array(params)) = item.get("parameters") {
            for (i, param) in params.iter().enumerate() {
                let old = format!("{ptr}/parameters/{i}");
                if self.is_body_like(param) {
                    inherited.push((param.clone(), old));
                } else {
                    let new = format!("{ptr}/parameters/{}", kept.len());
                    self.pointers.record(new.clone(), &old);
                    kept.push(self.param_value(param, &new, &old));
                }
            }
        }
        for (key, value) in item {
            if key == "parameters" {
                if !kept.is_empty() {
                    out.insert(key, Value::Array(std::mem::take(&mut kept)));
                }
            } else if METHODS.contains(&key.as_str()) {
                let op_ptr = pointer::push(ptr, &key);
                let op = match value {
                    Value::Object(op) => Value::Object(self.operation(op, &op_ptr, &inherited)),
                    other => other,
                };
                out.insert(key, op);
            } else {
                out.insert(key, value);
            }
        }
        out
    }

    /// The parameter a value stands for (following a `#/parameters/X` ref).
    fn resolve_param<'v>(&'v self, param: &'v Value) -> &'v Value {
        if let Some(name) = param
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/parameters/"))
            && let Some(p) = self.global_params.get(&pointer::unescape(name))
        {
            return p;
        }
        param
    }

    fn is_body_like(&self, param: &Value) -> bool {
        matches!(
            self.resolve_param(param).get("in").and_then(Value::as_str),
            Some("body" | "formData")
        )
    }

    fn operation(
        &mut self,
        op: Map<String, Value>,
        ptr: &str,
        inherited: &[(Value, String)],
    ) -> Map<String, Value> {
        let consumes = match op.get("consumes") {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect(),
            _ => self.consumes.clone(),
        };
        let produces = match op.get("produces") {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect(),
            _ => self.produces.clone(),
        };
        let mut params = Vec::new();
        let mut body: Option<Value> = None;
        let mut form: Vec<(Map<String, Value>, String)> = Vec::new();
        let own: Vec<(Value, String)> = match op.get("parameters") {
            Some(Value::Array(list)) => list
                .iter()
                .enumerate()
                .map(|(i, p)| (p.clone(), format!("{ptr}/parameters/{i}")))
                .collect(),
            _ => Vec::new(),
        };
        // Inherited body-like parameters not overridden by the operation come first.
        let key_of = |this: &Self, p: &Value| {
            let p = this.resolve_param(p);
            (
                p.get("name")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
                p.get("in")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
            )
        };
        let own_keys: HashSet<(String, String)> =
            own.iter().map(|(p, _)| key_of(self, p)).collect();
        let all: Vec<(Value, String)> = inherited
            .iter()
            .filter(|(p, _)| !own_keys.contains(&key_of(self, p)))
            .cloned()
            .chain(own)
            .collect();
        for (param, old) in all {
            let resolved = self.resolve_param(&param).clone();
            match resolved.get("in").and_then(Value::as_str) {
                Some("body") => {
                    let new = format!("{ptr}/requestBody");
                    self.pointers.record(new.clone(), &old);
                    if body.is_some() {
                        self.warn(
                            &old,
                            "more than one body parameter: only the first is used".into(),
                        );
                        continue;
                    }
                    if let Some(r) = param.get("$ref").and_then(Value::as_str) {
                        let name = r.trim_start_matches("#/parameters/");
                        body =
                            Some(json!({ "$ref": format!("#/components/requestBodies/{name}") }));
                    } else if let Value::Object(p) = &resolved {
                        body = Some(self.body(p, &consumes, &new, &old));
                    }
                }
                Some("formData") => {
                    if let Value::Object(p) = resolved {
                        form.push((p, old));
                    }
                }
                _ => {
                    let new = format!("{ptr}/parameters/{}", params.len());
                    self.pointers.record(new.clone(), &old);
                    params.push(self.param_value(&param, &new, &old));
                }
            }
        }
        if !form.is_empty() {
            let new = format!("{ptr}/requestBody");
            if body.is_some() {
                self.warn(
                    ptr,
                    "both body and formData parameters: the formData ones are ignored".into(),
                );
            } else {
                if let Some((_, first)) = form.first() {
                    self.pointers.record(new.clone(), first);
                }
                body = Some(self.form(&form, &consumes, &new));
            }
        }

        let mut out = Map::new();
        for (key, value) in op {
            match key.as_str() {
                "consumes" | "produces" | "schemes" => {}
                "parameters" => {
                    if !params.is_empty() {
                        out.insert(key, Value::Array(std::mem::take(&mut params)));
                    }
                    if let Some(b) = body.take() {
                        out.insert("requestBody".into(), b);
                    }
                }
                "responses" => {
                    let Value::Object(responses) = value else {
                        out.insert(key, value);
                        continue;
                    };
                    let mut converted = Map::new();
                    for (code, resp) in responses {
                        let rptr = pointer::push(&format!("{ptr}/responses"), &code);
                        let resp = self.response(resp, &produces, &rptr, &rptr);
                        converted.insert(code, resp);
                    }
                    out.insert(key, Value::Object(converted));
                }
                _ => {
                    out.insert(key, value);
                }
            }
        }
        if !params.is_empty() {
            out.insert("parameters".into(), Value::Array(params));
        }
        if let Some(b) = body {
            out.insert("requestBody".into(), b);
        }
        out
    }

    fn param_value(&mut self, param: &Value, new: &str, old: &str) -> Value {
        match param {
            Value::Object(p) if !p.contains_key("$ref") => Value::Object(self.param(p, new, old)),
            other => other.clone(),
        }
    }

    /// A non-body parameter: the value keywords move into `schema`, `collectionFormat` becomes
    /// `style`/`explode`.
    fn param(&mut self, p: &Map<String, Value>, new: &str, old: &str) -> Map<String, Value> {
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
        self.pointers.record(format!("{new}/schema"), old);
        let is_array = p.get("type").and_then(Value::as_str) == Some("array");
        if is_array {
            let format = p
                .get("collectionFormat")
                .and_then(Value::as_str)
                .unwrap_or("csv");
            let query_like = location == "query" || location == "cookie";
            let (style, explode) = match (format, query_like) {
                ("csv", true) => ("form", false),
                ("csv", false) => ("simple", false),
                ("multi", true) => ("form", true),
                ("ssv", true) => ("spaceDelimited", false),
                ("pipes", true) => ("pipeDelimited", false),
                (other, _) => {
                    self.warn(
                        &format!("{old}/collectionFormat"),
                        format!(
                            "collectionFormat `{other}` has no OpenAPI 3 equivalent for a {location} \
                             parameter: it is read as comma-separated (kept as `x-collectionFormat`)"
                        ),
                    );
                    out.insert("x-collectionFormat".into(), json!(other));
                    (if query_like { "form" } else { "simple" }, false)
                }
            };
            out.insert("style".into(), json!(style));
            out.insert("explode".into(), json!(explode));
        }
        out
    }

    /// A `body` parameter → request body.
    fn body(&mut self, p: &Map<String, Value>, consumes: &[String], new: &str, old: &str) -> Value {
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
            self.pointers
                .record(format!("{mt_ptr}/schema"), &format!("{old}/schema"));
            self.pointers.record(mt_ptr, old);
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
    fn form(
        &mut self,
        params: &[(Map<String, Value>, String)],
        consumes: &[String],
        new: &str,
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
            self.pointers.record(
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
    fn response(&mut self, resp: Value, produces: &[String], new: &str, old: &str) -> Value {
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
                        self.pointers
                            .record(format!("{mt_ptr}/schema"), &format!("{old}/schema"));
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
                    let Value::Object(headers) = value else {
                        continue;
                    };
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
                        self.pointers.record(format!("{h_new}/schema"), &h_old);
                        converted.insert(name, Value::Object(out_h));
                    }
                    out.insert(key, Value::Object(converted));
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

    fn security_scheme(&mut self, scheme: Value, ptr: &str) -> Value {
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
                        self.warn(
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
                out.insert("type".into(), json!("oauth2"));
                out.insert("flows".into(), json!({ name: flow_obj }));
            }
            _ => {
                // Left as it is: the normaliser reports unknown scheme types.
                return Value::Object(s);
            }
        }
        Value::Object(out)
    }
}

/// The schema of a non-body parameter, header or `items`: its value keywords.
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
    if schema.get("type").and_then(Value::as_str) == Some("file") {
        schema.insert("type".into(), json!("string"));
        schema.insert("format".into(), json!("binary"));
    }
    Value::Object(schema)
}

/// `#/definitions/X` → `#/components/schemas/X`, `#/parameters/X` → parameters or request
/// bodies, `#/responses/X` → `#/components/responses/X`.
fn rewrite_refs(value: &mut Value, body_params: &HashSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get_mut("$ref") {
                if let Some(rest) = r.strip_prefix("#/definitions/") {
                    *r = format!("#/components/schemas/{rest}");
                } else if let Some(rest) = r.strip_prefix("#/parameters/") {
                    let name = pointer::unescape(rest.split('/').next().unwrap_or_default());
                    let section = if body_params.contains(&name) {
                        "requestBodies"
                    } else {
                        "parameters"
                    };
                    *r = format!("#/components/{section}/{rest}");
                } else if let Some(rest) = r.strip_prefix("#/responses/") {
                    *r = format!("#/components/responses/{rest}");
                }
            }
            for (key, child) in map.iter_mut() {
                if key != "example" && key != "examples" && key != "x-example" {
                    rewrite_refs(child, body_params);
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                rewrite_refs(item, body_params);
            }
        }
        _ => {}
    }
}
