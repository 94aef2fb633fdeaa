//! Swagger 2.0 → the OpenAPI 3.0 layout.
//!
//! Builds a new document: `host`/`basePath`/`schemes` become `servers`, parameters and responses
//! move under `components`, body and form parameters become request bodies ([`operation`]), and
//! non-body parameters, headers and responses get schemas and content ([`parts`]). Schemas are
//! moved as they are: their Swagger keywords (`x-nullable`, `type: file`…) are converted by
//! [`leftovers`](super::leftovers) when the repairs reach them.

mod operation;
mod parts;

use std::collections::HashSet;

use serde_json::{Map, Value, json};

use super::fixer::Fixer;
use crate::pointer;
use operation::Operations;

/// Converts a Swagger 2.0 document.
pub(super) fn convert(doc: Value, fx: &mut Fixer) -> Value {
    let Value::Object(mut src) = doc else {
        return doc;
    };
    let consumes = media_types(src.remove("consumes"));
    let produces = media_types(src.remove("produces"));
    let global_params = match src.remove("parameters") {
        Some(Value::Object(m)) => m,
        _ => Map::new(),
    };
    let body_params: HashSet<String> = global_params
        .iter()
        .filter(|(_, p)| {
            matches!(
                p.get("in").and_then(Value::as_str),
                Some("body" | "formData")
            )
        })
        .map(|(k, _)| k.clone())
        .collect();
    let mut out = Map::new();
    out.insert("openapi".into(), json!("3.0.3"));
    if let Some(info) = src.remove("info") {
        out.insert("info".into(), info);
    }
    out.insert("servers".into(), servers(&src, fx));
    let mut operations = Operations::new(global_params, consumes, produces);
    let paths = operations.paths(src.remove("paths"), fx);
    out.insert("paths".into(), paths);
    let components = components(&mut src, operations, fx);
    if !components.is_empty() {
        out.insert("components".into(), Value::Object(components));
    }
    // The rest: security, tags, externalDocs, extensions.
    for (key, value) in src {
        if !matches!(key.as_str(), "swagger" | "host" | "basePath" | "schemes") {
            out.insert(key, value);
        }
    }
    let mut out = Value::Object(out);
    rewrite_refs(&mut out, &body_params);
    out
}

/// `consumes`/`produces` at the top: a list of media types (or one).
fn media_types(value: Option<Value>) -> Vec<String> {
    match value {
        Some(Value::Array(items)) => items
            .into_iter()
            .filter_map(|i| i.as_str().map(str::to_owned))
            .collect(),
        Some(Value::String(s)) => vec![s],
        _ => Vec::new(),
    }
}

/// `host`, `basePath` and `schemes` → `servers`.
fn servers(src: &Map<String, Value>, fx: &mut Fixer) -> Value {
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
    fx.moved("/servers", from);
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

/// `definitions`, top-level `parameters` and `responses`, `securityDefinitions` → `components`.
fn components(
    src: &mut Map<String, Value>,
    operations: Operations,
    fx: &mut Fixer,
) -> Map<String, Value> {
    let mut components = Map::new();
    if let Some(defs) = src.remove("definitions") {
        fx.moved("/components/schemas", "/definitions");
        components.insert("schemas".into(), defs);
    }
    let (global_params, consumes, produces) = operations.into_parts();
    let (parameters, request_bodies) = global_parameters(&global_params, &consumes, fx);
    if !parameters.is_empty() {
        components.insert("parameters".into(), Value::Object(parameters));
    }
    if !request_bodies.is_empty() {
        components.insert("requestBodies".into(), Value::Object(request_bodies));
    }
    if let Some(Value::Object(responses)) = src.remove("responses") {
        let mut out = Map::new();
        for (name, resp) in responses {
            let new_ptr = pointer::push("/components/responses", &name);
            let old_ptr = pointer::push("/responses", &name);
            fx.moved(new_ptr.clone(), &old_ptr);
            out.insert(
                name,
                parts::response(resp, &produces, &new_ptr, &old_ptr, fx),
            );
        }
        components.insert("responses".into(), Value::Object(out));
    }
    if let Some(Value::Object(schemes)) = src.remove("securityDefinitions") {
        fx.moved("/components/securitySchemes", "/securityDefinitions");
        let mut out = Map::new();
        for (name, scheme) in schemes {
            let ptr = pointer::push("/components/securitySchemes", &name);
            out.insert(name, parts::security_scheme(scheme, &ptr, fx));
        }
        components.insert("securitySchemes".into(), Value::Object(out));
    }
    components
}

/// Top-level parameters → `components/parameters`, or `components/requestBodies` for body and
/// formData ones.
fn global_parameters(
    global_params: &Map<String, Value>,
    consumes: &[String],
    fx: &mut Fixer,
) -> (Map<String, Value>, Map<String, Value>) {
    let mut parameters = Map::new();
    let mut request_bodies = Map::new();
    for (name, param) in global_params {
        let old_ptr = pointer::push("/parameters", name);
        let Value::Object(p) = param else { continue };
        let new_ptr = match p.get("in").and_then(Value::as_str) {
            Some("body") => {
                let new_ptr = pointer::push("/components/requestBodies", name);
                let body = parts::body(p, consumes, &new_ptr, &old_ptr, fx);
                request_bodies.insert(name.clone(), body);
                new_ptr
            }
            Some("formData") => {
                let new_ptr = pointer::push("/components/requestBodies", name);
                let form = parts::form(&[(p.clone(), old_ptr.clone())], consumes, &new_ptr, fx);
                request_bodies.insert(name.clone(), form);
                new_ptr
            }
            _ => {
                let new_ptr = pointer::push("/components/parameters", name);
                let param = parts::param(p, &new_ptr, &old_ptr, fx);
                parameters.insert(name.clone(), Value::Object(param));
                new_ptr
            }
        };
        fx.moved(new_ptr, &old_ptr);
    }
    (parameters, request_bodies)
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
