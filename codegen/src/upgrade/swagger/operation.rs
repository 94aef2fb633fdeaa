//! Swagger 2.0 path items and operations: body and formData parameters (the operation's own and
//! those of its path item) become one request body; the rest become OpenAPI 3 parameters.

use std::collections::HashSet;

use serde_json::{Map, Value, json};

use super::parts;
use crate::diag::Kind;
use crate::pointer;
use crate::upgrade::fixer::Fixer;

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// A parameter as found (perhaps a `$ref`), with its pointer in the source.
type Found = (Value, String);

/// What operations need from the top of the document.
pub(super) struct Operations {
    /// Top-level parameters (to see whether a `$ref` names a body or formData parameter).
    global_params: Map<String, Value>,
    consumes: Vec<String>,
    produces: Vec<String>,
}

impl Operations {
    pub(super) fn new(
        global_params: Map<String, Value>,
        consumes: Vec<String>,
        produces: Vec<String>,
    ) -> Self {
        Self {
            global_params,
            consumes,
            produces,
        }
    }

    /// The top-level parameters, `consumes` and `produces`, for the components.
    pub(super) fn into_parts(self) -> (Map<String, Value>, Vec<String>, Vec<String>) {
        (self.global_params, self.consumes, self.produces)
    }

    /// `paths`, converted (anything but an object is read as none).
    pub(super) fn paths(&mut self, src_paths: Option<Value>, fx: &mut Fixer) -> Value {
        let mut paths = Map::new();
        if let Some(Value::Object(src_paths)) = src_paths {
            for (path, item) in src_paths {
                let ptr = pointer::push("/paths", &path);
                let item = match item {
                    Value::Object(item) => Value::Object(self.path_item(item, &ptr, fx)),
                    other => other,
                };
                paths.insert(path, item);
            }
        }
        Value::Object(paths)
    }

    fn path_item(
        &mut self,
        item: Map<String, Value>,
        ptr: &str,
        fx: &mut Fixer,
    ) -> Map<String, Value> {
        let mut out = Map::new();
        // Path-level body and formData parameters apply to every operation.
        let mut inherited: Vec<Found> = Vec::new();
        let mut kept = Vec::new();
        if let Some(Value::Array(params)) = item.get("parameters") {
            for (i, param) in params.iter().enumerate() {
                let old = format!("{ptr}/parameters/{i}");
                if self.is_body_like(param) {
                    inherited.push((param.clone(), old));
                } else {
                    let new = format!("{ptr}/parameters/{}", kept.len());
                    fx.moved(new.clone(), &old);
                    kept.push(parts::param_value(param, &new, &old, fx));
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
                    Value::Object(op) => Value::Object(self.operation(op, &op_ptr, &inherited, fx)),
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

    /// The `name` and `in` of a parameter, which identify it.
    fn key_of(&self, param: &Value) -> (String, String) {
        let p = self.resolve_param(param);
        let text = |key| {
            p.get(key)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        (text("name"), text("in"))
    }

    fn operation(
        &mut self,
        op: Map<String, Value>,
        ptr: &str,
        inherited: &[Found],
        fx: &mut Fixer,
    ) -> Map<String, Value> {
        let consumes = own_media_types(&op, "consumes").unwrap_or_else(|| self.consumes.clone());
        let produces = own_media_types(&op, "produces").unwrap_or_else(|| self.produces.clone());
        let own: Vec<Found> = match op.get("parameters") {
            Some(Value::Array(list)) => list
                .iter()
                .enumerate()
                .map(|(i, p)| (p.clone(), format!("{ptr}/parameters/{i}")))
                .collect(),
            _ => Vec::new(),
        };
        // Inherited body-like parameters not overridden by the operation come first.
        let own_keys: HashSet<(String, String)> = own.iter().map(|(p, _)| self.key_of(p)).collect();
        let all: Vec<Found> = inherited
            .iter()
            .filter(|(p, _)| !own_keys.contains(&self.key_of(p)))
            .cloned()
            .chain(own)
            .collect();
        let (params, body) = self.inputs(all, ptr, &consumes, fx);
        rebuild(op, params, body, ptr, &produces, fx)
    }

    /// The OpenAPI 3 parameters and request body of an operation's Swagger parameters.
    fn inputs(
        &self,
        all: Vec<Found>,
        ptr: &str,
        consumes: &[String],
        fx: &mut Fixer,
    ) -> (Vec<Value>, Option<Value>) {
        let mut params = Vec::new();
        let mut body: Option<Value> = None;
        let mut form: Vec<(Map<String, Value>, String)> = Vec::new();
        for (param, old) in all {
            let resolved = self.resolve_param(&param).clone();
            match resolved.get("in").and_then(Value::as_str) {
                Some("body") => {
                    let new = format!("{ptr}/requestBody");
                    fx.moved(new.clone(), &old);
                    if body.is_some() {
                        fx.warn(
                            Kind::Omitted,
                            &old,
                            "more than one body parameter: only the first is used",
                        );
                        continue;
                    }
                    if let Some(r) = param.get("$ref").and_then(Value::as_str) {
                        let name = r.trim_start_matches("#/parameters/");
                        body =
                            Some(json!({ "$ref": format!("#/components/requestBodies/{name}") }));
                    } else if let Value::Object(p) = &resolved {
                        body = Some(parts::body(p, consumes, &new, &old, fx));
                    }
                }
                Some("formData") => {
                    if let Value::Object(p) = resolved {
                        form.push((p, old));
                    }
                }
                _ => {
                    let new = format!("{ptr}/parameters/{}", params.len());
                    fx.moved(new.clone(), &old);
                    params.push(parts::param_value(&param, &new, &old, fx));
                }
            }
        }
        if !form.is_empty() {
            let new = format!("{ptr}/requestBody");
            if body.is_some() {
                fx.warn(
                    Kind::Omitted,
                    ptr,
                    "both body and formData parameters: the formData ones are ignored",
                );
            } else {
                if let Some((_, first)) = form.first() {
                    fx.moved(new.clone(), first);
                }
                body = Some(parts::form(&form, consumes, &new, fx));
            }
        }
        (params, body)
    }
}

/// An operation's own `consumes` or `produces` list, if it has one.
fn own_media_types(op: &Map<String, Value>, key: &str) -> Option<Vec<String>> {
    match op.get(key) {
        Some(Value::Array(items)) => Some(
            items
                .iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect(),
        ),
        _ => None,
    }
}

/// The operation with its converted parameters, request body (where `parameters` was) and
/// responses; `consumes`, `produces` and `schemes` dropped.
fn rebuild(
    op: Map<String, Value>,
    mut params: Vec<Value>,
    mut body: Option<Value>,
    ptr: &str,
    produces: &[String],
    fx: &mut Fixer,
) -> Map<String, Value> {
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
                    let resp = parts::response(resp, produces, &rptr, &rptr, fx);
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
