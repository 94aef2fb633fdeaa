//! Prism's own copy of a description, when Prism cannot serve the published one as it is.
//!
//! The generated crate always comes from the original file; only the mock reads the copy,
//! written under `target/contract/prism/` (never beside the original). A copy is written only
//! when one of these changes applies, and each change is listed in the copy's `x-contract-prepared`:
//!
//! - examples Prism would have to fetch or resolve are dropped (an `externalValue`, or an example
//!   value holding a `$ref` key that is not internal, such as SCIM's `meta.$ref` URLs in GitHub's description, which
//!   Prism's resolver tries to download): Prism then builds the response from the schema;
//! - a Swagger 2.0 operation that takes a `body` without any `consumes`, or answers a 2xx with a
//!   schema without any `produces`, gets `application/json`, the media type the generated client
//!   sends and accepts for it (Prism otherwise refuses every body, or answers without one);
//! - an internal `$ref` to nothing (Clever Cloud's v4 file names components it does not hold;
//!   Prism refuses to load it) becomes an empty schema, or is dropped from an `examples` map:
//!   the generator types such a value as untyped JSON, with a warning.
//!
//! - a response whose only media type is `*/*` gets `application/json` instead, the media type
//!   the generated client asks for (Prism matches no `Accept` against `*/*` and answers 406);
//!   it is the same promise, and Prism then validates and serves the schema.
//!
//! The copy is the bundled document the generator read (every `$ref` internal), as JSON.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde_json::{Map, Value, json};

/// The file Prism should load for `spec`: `spec` itself, or a prepared copy under `scratch`.
pub(super) fn prepare_for_prism(
    scratch: &Path,
    name: &str,
    spec: &Path,
    ref_root: Option<&Path>,
) -> Result<PathBuf> {
    let document =
        cloudsdk_codegen::load::load_within(spec, ref_root).map_err(|d| anyhow::anyhow!("{d}"))?;
    let mut root = document.root;
    let changes = prepare(&mut root);
    if changes.is_empty() {
        return Ok(spec.to_owned());
    }
    if let Some(obj) = root.as_object_mut() {
        obj.insert("x-contract-prepared".into(), json!(changes));
    }
    let dir = scratch.join("prism");
    std::fs::create_dir_all(&dir)?;
    let copy = dir.join(format!("{name}.json"));
    std::fs::write(&copy, serde_json::to_vec_pretty(&root)?)
        .with_context(|| format!("writing {}", copy.display()))?;
    Ok(copy)
}

/// Applies every change Prism needs to `root`; returns what was changed, with counts.
fn prepare(root: &mut Value) -> Vec<String> {
    let mut changes = Vec::new();
    let dropped = drop_unresolvable_examples(root, None);
    if dropped > 0 {
        changes.push(format!(
            "{dropped} examples dropped (an externalValue, or a value holding a `$ref` that is not internal)"
        ));
    }
    let refs = replace_dangling_refs(root);
    if refs > 0 {
        changes.push(format!(
            "{refs} `$ref`s to nothing replaced by an empty schema (dropped from `examples`)"
        ));
    }
    let any = any_media_type_as_json(root, false);
    if any > 0 {
        changes.push(format!(
            "{any} responses whose only media type was `*/*` given `application/json`"
        ));
    }
    if root.get("swagger").is_some() {
        let (consumes, produces) = swagger_media_types(root);
        if consumes > 0 {
            changes.push(format!(
                "{consumes} operations with a body and no `consumes` given `application/json`"
            ));
        }
        if produces > 0 {
            changes.push(format!(
                "{produces} operations with a 2xx schema and no `produces` given `application/json`"
            ));
        }
    }
    changes
}

/// Whether `v` holds an object with a `$ref` key that is not internal (`#/…`), at any depth:
/// Prism's resolver would try to read it as a file or a URL.
fn holds_ref(v: &Value) -> bool {
    let external = |r: &Value| r.as_str().is_none_or(|r| !r.starts_with('#'));
    match v {
        Value::Object(o) => o.get("$ref").is_some_and(external) || o.values().any(holds_ref),
        Value::Array(a) => a.iter().any(holds_ref),
        _ => false,
    }
}

/// Drops the examples Prism cannot use without the network (see the module's documentation);
/// `parent` is the key `v` is under (a schema's `properties` may name a property `example`).
fn drop_unresolvable_examples(v: &mut Value, parent: Option<&str>) -> usize {
    let mut dropped = 0;
    match v {
        Value::Object(o) => {
            if parent != Some("properties") {
                dropped += drop_in_holder(o);
            }
            for (key, child) in o.iter_mut() {
                dropped += drop_unresolvable_examples(child, Some(key));
            }
        }
        Value::Array(a) => {
            for child in a {
                dropped += drop_unresolvable_examples(child, None);
            }
        }
        _ => {}
    }
    dropped
}

/// In one object that may hold examples: `example`, `examples` (a map of Example objects, or a
/// JSON Schema array of values).
fn drop_in_holder(o: &mut Map<String, Value>) -> usize {
    let mut dropped = 0;
    if o.get("example").is_some_and(holds_ref) {
        o.remove("example");
        dropped += 1;
    }
    match o.get_mut("examples") {
        Some(Value::Object(examples)) => {
            let before = examples.len();
            examples.retain(|_, e| {
                let external = e.get("externalValue").is_some() && e.get("value").is_none();
                !external && !e.get("value").is_some_and(holds_ref)
            });
            dropped += before - examples.len();
            if let Some(e) = o.get_mut("examples").and_then(Value::as_object_mut) {
                for example in e.values_mut().filter_map(Value::as_object_mut) {
                    if example.remove("externalValue").is_some() {
                        dropped += 1;
                    }
                }
            }
        }
        Some(Value::Array(values)) => {
            let before = values.len();
            values.retain(|e| !holds_ref(e));
            dropped += before - values.len();
        }
        _ => {}
    }
    if o.get("examples")
        .is_some_and(|e| e.as_object().is_some_and(Map::is_empty))
    {
        o.remove("examples");
    }
    dropped
}

/// The value `#/a/b` points to in `root`.
fn internal<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
    root.pointer(reference.strip_prefix('#')?)
}

/// Replaces every internal `$ref` that points nowhere (Prism refuses to load the document) by
/// an empty schema, or drops it from an `examples` map; returns how many. The generator reads
/// such a reference as an untyped value, with a warning.
fn replace_dangling_refs(root: &mut Value) -> usize {
    let mut dangling = Vec::new();
    find_dangling_refs(root, root, String::new(), &mut dangling);
    let n = dangling.len();
    for at in dangling.into_iter().rev() {
        let (parent, key) = at.rsplit_once('/').unwrap_or(("", at.as_str()));
        let in_examples = parent.ends_with("/examples");
        match root.pointer_mut(parent) {
            Some(Value::Object(o)) if in_examples => {
                o.remove(&key.replace("~1", "/").replace("~0", "~"));
            }
            _ => {
                if let Some(slot) = root.pointer_mut(&at) {
                    *slot = json!({});
                }
            }
        }
    }
    n
}

fn find_dangling_refs(root: &Value, v: &Value, at: String, found: &mut Vec<String>) {
    match v {
        Value::Object(o) => {
            if let Some(r) = o.get("$ref").and_then(Value::as_str) {
                if r.starts_with('#') && internal(root, r).is_none() {
                    found.push(at);
                    return;
                }
            }
            for (key, child) in o {
                let key = key.replace('~', "~0").replace('/', "~1");
                find_dangling_refs(root, child, format!("{at}/{key}"), found);
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                find_dangling_refs(root, child, format!("{at}/{i}"), found);
            }
        }
        _ => {}
    }
}

/// Renames a response's only media type `*/*` (or a Swagger 2.0 `produces` of only `*/*`) to
/// `application/json`, the media type the generated client asks for: Prism matches no `Accept`
/// against `*/*` and answers 406. Returns how many.
fn any_media_type_as_json(v: &mut Value, in_responses: bool) -> usize {
    let mut renamed = 0;
    match v {
        Value::Object(o) => {
            let only_any = |m: &Map<String, Value>| m.len() == 1 && m.contains_key("*/*");
            if let (true, Some(Value::Object(content))) = (in_responses, o.get_mut("content")) {
                if only_any(content) {
                    if let Some(media) = content.remove("*/*") {
                        content.insert("application/json".into(), media);
                        renamed += 1;
                    }
                }
            }
            if o.get("produces") == Some(&json!(["*/*"])) {
                o.insert("produces".into(), json!(["application/json"]));
                renamed += 1;
            }
            for (key, child) in o.iter_mut() {
                // Responses, not request bodies, parameters, headers or schemas inside them.
                let responses = match key.as_str() {
                    "responses" => true,
                    "requestBody" | "requestBodies" | "parameters" | "headers" | "schema"
                    | "schemas" | "properties" => false,
                    _ => in_responses,
                };
                renamed += any_media_type_as_json(child, responses);
            }
        }
        Value::Array(a) => {
            for child in a {
                renamed += any_media_type_as_json(child, in_responses);
            }
        }
        _ => {}
    }
    renamed
}

/// Whether a Swagger 2.0 operation takes a `body` (its own or its path's parameters) and answers
/// a 2xx with a schema (`$ref`s to shared parameters and responses followed).
fn body_and_success_schema(root: &Value, op: &Value, shared: Option<&Vec<Value>>) -> (bool, bool) {
    let follow = |v: &'_ Value| -> Value {
        let target = v
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| internal(root, r));
        target.unwrap_or(v).clone()
    };
    let own = op.get("parameters").and_then(Value::as_array);
    let body = own
        .into_iter()
        .chain(shared)
        .flatten()
        .map(follow)
        .any(|p| p.get("in").and_then(Value::as_str) == Some("body"));
    let success_schema = op
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(status, _)| status.starts_with('2'))
        .map(|(_, r)| follow(r))
        .any(|r| r.get("schema").is_some());
    (body, success_schema)
}

/// Swagger 2.0 operations without `consumes` for their body or `produces` for their 2xx schema
/// get `application/json`; returns (consumes added, produces added).
fn swagger_media_types(root: &mut Value) -> (usize, usize) {
    let has = |v: &Value, key: &str| {
        v.get(key)
            .and_then(Value::as_array)
            .is_some_and(|a| !a.is_empty())
    };
    let (root_consumes, root_produces) = (has(root, "consumes"), has(root, "produces"));
    let mut edits = Vec::new();
    let paths = root.get("paths").and_then(Value::as_object);
    for (path, item) in paths.into_iter().flatten() {
        let shared = item.get("parameters").and_then(Value::as_array);
        for (method, op) in item.as_object().into_iter().flatten() {
            if !op.is_object() || method == "parameters" || method.starts_with("x-") {
                continue;
            }
            let (body, success_schema) = body_and_success_schema(root, op, shared);
            let consumes = body && !root_consumes && !has(op, "consumes");
            let produces = success_schema && !root_produces && !has(op, "produces");
            if consumes || produces {
                edits.push((path.clone(), method.clone(), consumes, produces));
            }
        }
    }
    let mut counts = (0, 0);
    for (path, method, consumes, produces) in edits {
        let Some(op) = root.pointer_mut(&format!(
            "/paths/{}/{method}",
            path.replace('~', "~0").replace('/', "~1")
        )) else {
            continue;
        };
        if consumes {
            op["consumes"] = json!(["application/json"]);
            counts.0 += 1;
        }
        if produces {
            op["produces"] = json!(["application/json"]);
            counts.1 += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_prism_would_fetch_are_dropped_and_schemas_named_example_kept() {
        let mut doc = json!({
            "openapi": "3.0.0",
            "paths": {"/u": {"get": {"responses": {"200": {"content": {"application/json": {
                "schema": {"type": "object", "properties": {"example": {"$ref": "#/components/schemas/X"}}},
                "examples": {
                    "scim": {"value": {"meta": {"$ref": "https://api.example.com/Users/1"}}},
                    "remote": {"externalValue": "https://example.com/x.json"},
                    "plain": {"value": {"id": 1}}
                }
            }}}}}}},
            "components": {"schemas": {
                "X": {"type": "string", "example": {"$ref": "http://x"}},
                "Y": {"type": "string", "example": {"$ref": "#/components/examples/Y"}}
            }, "examples": {"Y": {"value": "y"}}}
        });
        let changes = prepare(&mut doc);
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert!(changes[0].starts_with("3 examples dropped"), "{changes:?}");
        let media = &doc["paths"]["/u"]["get"]["responses"]["200"]["content"]["application/json"];
        assert_eq!(media["examples"], json!({"plain": {"value": {"id": 1}}}));
        assert_eq!(
            media["schema"]["properties"]["example"],
            json!({"$ref": "#/components/schemas/X"})
        );
        assert!(doc["components"]["schemas"]["X"].get("example").is_none());
        let internal = &doc["components"]["schemas"]["Y"]["example"];
        assert_eq!(internal, &json!({"$ref": "#/components/examples/Y"}));
    }

    #[test]
    fn references_to_nothing_become_empty_schemas_or_are_dropped_from_examples() {
        let mut doc = json!({
            "openapi": "3.0.0",
            "paths": {"/a": {"get": {"parameters": [
                {"name": "id", "in": "query", "schema": {"$ref": "#/components/schemas/Id"}}
            ], "responses": {"200": {"description": "ok", "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Here"},
                "examples": {"gone": {"$ref": "#/components/examples/Gone"}}
            }}}}}}},
            "components": {"schemas": {"Here": {"type": "integer"}}}
        });
        assert_eq!(prepare(&mut doc).len(), 1);
        let get = &doc["paths"]["/a"]["get"];
        assert_eq!(get["parameters"][0]["schema"], json!({}));
        let media = &get["responses"]["200"]["content"]["application/json"];
        assert_eq!(
            media["schema"],
            json!({"$ref": "#/components/schemas/Here"})
        );
        assert_eq!(media["examples"], json!({}));
    }

    #[test]
    fn a_response_of_any_media_type_is_served_as_json() {
        let mut doc = json!({
            "openapi": "3.0.0",
            "paths": {"/a": {"get": {"responses": {
                "default": {"description": "", "content": {"*/*": {"schema": {}}}},
                "201": {"description": "", "content": {"*/*": {}, "text/plain": {}}}
            }, "requestBody": {"content": {"*/*": {"schema": {}}}}}}}
        });
        assert_eq!(prepare(&mut doc).len(), 1);
        let responses = &doc["paths"]["/a"]["get"]["responses"];
        assert_eq!(
            responses["default"]["content"],
            json!({"application/json": {"schema": {}}})
        );
        assert_eq!(
            responses["201"]["content"],
            json!({"*/*": {}, "text/plain": {}})
        );
        let body = &doc["paths"]["/a"]["get"]["requestBody"]["content"];
        assert_eq!(
            body,
            &json!({"*/*": {"schema": {}}}),
            "request bodies are left alone"
        );
    }

    #[test]
    fn swagger_operations_without_media_types_get_json_and_others_are_left_alone() {
        let mut doc = json!({
            "swagger": "2.0",
            "parameters": {"B": {"name": "b", "in": "body", "schema": {"type": "object"}}},
            "paths": {"/a": {
                "post": {"parameters": [{"$ref": "#/parameters/B"}],
                         "responses": {"200": {"description": "ok", "schema": {"type": "object"}}}},
                "put": {"consumes": ["text/plain"], "parameters": [{"name": "b", "in": "body"}],
                        "responses": {"204": {"description": "none"}}}
            }}
        });
        assert_eq!(prepare(&mut doc).len(), 2);
        let post = &doc["paths"]["/a"]["post"];
        assert_eq!(post["consumes"], json!(["application/json"]));
        assert_eq!(post["produces"], json!(["application/json"]));
        let put = &doc["paths"]["/a"]["put"];
        assert_eq!(put["consumes"], json!(["text/plain"]));
        assert!(put.get("produces").is_none());
        // A document that declares them keeps its own.
        let mut declared = json!({"swagger": "2.0", "consumes": ["application/xml"], "produces": ["application/xml"],
            "paths": {"/a": {"post": {"parameters": [{"name": "b", "in": "body"}],
                "responses": {"200": {"description": "ok", "schema": {}}}}}}});
        assert!(prepare(&mut declared).is_empty());
    }
}
