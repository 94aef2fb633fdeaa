//! Repairs of the document around the schemas: the top level, `info`, servers, paths, path items
//! and operations here; parameters, bodies, responses and headers in [`parts`]; the components
//! sections in [`components`]. Each repair makes what `openapiv3` would reject readable, with a
//! warning at the pointer of what it changed.

mod components;
mod parts;
mod query_keys;

use serde_json::{Map, Value, json};

use super::fixer::{Fixer, kind_name};
use crate::diag::Kind;
use crate::pointer;

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Repairs a document in the OpenAPI 3 layout (3.1 constructs included) into the 3.0.3 shape.
pub(super) fn repair(doc: &mut Value, fx: &mut Fixer) {
    let Value::Object(root) = doc else { return };
    fx.path_items = match root.get("components").and_then(|c| c.get("pathItems")) {
        Some(Value::Object(m)) => m.clone(),
        _ => Map::new(),
    };
    top_level(root, fx);
}

fn top_level(root: &mut Map<String, Value>, fx: &mut Fixer) {
    root.insert("openapi".into(), json!("3.0.3"));
    info(root, fx);
    if root.remove("jsonSchemaDialect").is_some() && !fx.v31() {
        fx.warn(
            Kind::Dropped,
            "/jsonSchemaDialect",
            "`jsonSchemaDialect` is OpenAPI 3.1: dropped",
        );
    }
    if let Some(servers) = root.get_mut("servers") {
        self::servers(servers, "/servers", fx);
    }
    match root.get_mut("paths") {
        Some(Value::Object(paths)) => {
            path_keys(paths, fx);
            query_keys::split_query_strings(paths, fx);
            self::paths(paths, "/paths", fx);
        }
        Some(other) => {
            fx.warn(
                Kind::Omitted,
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
                fx.warn(
                    Kind::Guessed,
                    "",
                    "the document has no `paths`: read as empty",
                );
            }
            root.insert("paths".into(), json!({}));
        }
    }
    if let Some(mut webhooks) = root.remove("webhooks") {
        if let Value::Object(hooks) = &mut webhooks {
            self::paths(hooks, "/x-webhooks", fx);
        }
        fx.moved("/x-webhooks", "/webhooks");
        root.insert("x-webhooks".into(), webhooks);
    }
    if let Some(components) = root.get_mut("components") {
        components::components(components, fx);
    }
    if let Some(security) = root.get_mut("security") {
        self::security(security, "/security", fx);
    }
    if let Some(tags) = root.get_mut("tags") {
        self::tags(tags, fx);
    }
    if let Some(docs) = root.get_mut("externalDocs") {
        fx.external_docs(docs, "/externalDocs");
    }
}

/// A document without `info` (one [`detect`](super::detect) accepts: it has paths) is named
/// after its file, `name`, at version `0.0.0`.
pub(super) fn missing_info(doc: &mut Value, name: &str, fx: &mut Fixer) {
    let Value::Object(root) = doc else { return };
    if root.contains_key("info") {
        return;
    }
    let title = if name.is_empty() { "API" } else { name };
    fx.warn_hint(
        Kind::Guessed,
        "",
        format!(
            "the document has no `info`: title `{title}` taken from the file name, version \
             `0.0.0`"
        ),
        "add `info: {title: ..., version: ...}` at the top of the description",
    );
    root.insert("info".into(), json!({"title": title, "version": "0.0.0"}));
}

/// `info`: an object with string `title` and `version`; 3.1's `summary` kept as `x-summary`.
fn info(root: &mut Map<String, Value>, fx: &mut Fixer) {
    let info = root.entry("info").or_insert_with(|| json!({}));
    if !info.is_object() {
        fx.warn(Kind::Repaired, "/info", "`info` is not an object: replaced");
        *info = json!({});
    }
    let Value::Object(info) = info else { return };
    for (key, fallback) in [("title", "API"), ("version", "0.0.0")] {
        match info.get(key) {
            Some(Value::String(_)) => {}
            Some(Value::Number(n)) => {
                let text = n.to_string();
                fx.warn(
                    Kind::Repaired,
                    &format!("/info/{key}"),
                    format!("`info.{key}` is a number: read as the string \"{text}\""),
                );
                info.insert(key.into(), Value::String(text));
            }
            other => {
                let what = other.map_or("missing", kind_name);
                fx.warn(
                    Kind::Repaired,
                    &format!("/info/{key}"),
                    format!("`info.{key}` is {what}: read as \"{fallback}\""),
                );
                info.insert(key.into(), json!(fallback));
            }
        }
    }
    if let Some(summary) = info.remove("summary") {
        fx.v31_construct("/info/summary", "`info.summary`");
        info.insert("x-summary".into(), summary);
    }
    for key in ["description", "termsOfService"] {
        fx.ensure_string(info, key, "/info");
    }
    license(info, fx);
    if let Some(contact) = info.get("contact")
        && !contact.is_object()
    {
        fx.warn(
            Kind::Dropped,
            "/info/contact",
            "`info.contact` is not an object: dropped",
        );
        info.remove("contact");
    }
}

/// `info.license`: an object with a `name`; 3.1's `identifier` kept as `x-identifier`.
fn license(info: &mut Map<String, Value>, fx: &mut Fixer) {
    if let Some(Value::Object(license)) = info.get_mut("license") {
        if let Some(identifier) = license.remove("identifier") {
            fx.v31_construct("/info/license/identifier", "`license.identifier`");
            if !license.get("name").is_some_and(Value::is_string) {
                license.insert("name".into(), identifier.clone());
            }
            license.insert("x-identifier".into(), identifier);
        }
        if !license.get("name").is_some_and(Value::is_string) {
            fx.warn(
                Kind::Repaired,
                "/info/license",
                "the license has no name: read as \"unknown\"",
            );
            license.insert("name".into(), json!("unknown"));
        }
    } else if let Some(other) = info.get("license") {
        let what = kind_name(other);
        fx.warn(
            Kind::Dropped,
            "/info/license",
            format!("`info.license` is {what}: dropped"),
        );
        info.remove("license");
    }
}

/// `servers`: a list of objects with a `url`; variables with a string default and string enums.
fn servers(servers: &mut Value, ptr: &str, fx: &mut Fixer) {
    let Value::Array(list) = servers else {
        fx.warn(Kind::Dropped, ptr, "`servers` is not an array: dropped");
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
                fx.warn(
                    Kind::Guessed,
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

/// Keys of `paths` start with `/` (or `x-`): any other is skipped with a warning (`openapiv3`
/// would drop it without a word).
fn path_keys(paths: &mut Map<String, Value>, fx: &mut Fixer) {
    let odd: Vec<String> = paths
        .keys()
        .filter(|k| !k.starts_with('/') && !k.starts_with("x-"))
        .cloned()
        .collect();
    for key in odd {
        fx.warn_hint(
            Kind::Omitted,
            &pointer::push("/paths", &key),
            format!("path `{key}` does not start with `/`: skipped"),
            "write paths from the server URL on, starting with `/` (e.g. `/pets/{id}`)",
        );
        paths.shift_remove(&key);
    }
}

/// A map of path items (`paths`, webhooks, a callback's expressions).
fn paths(paths: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    for (path, item) in paths.iter_mut() {
        if path.starts_with("x-") {
            continue;
        }
        let p = pointer::push(ptr, path);
        path_item(item, &p, fx);
    }
}

fn path_item(item: &mut Value, ptr: &str, fx: &mut Fixer) {
    if let Some(reference) = item.get("$ref").and_then(Value::as_str).map(str::to_owned) {
        path_item_ref(item, &reference, ptr, fx);
    }
    let Value::Object(map) = item else {
        fx.warn(
            Kind::Omitted,
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
        parts::parameter_list(params, &format!("{ptr}/parameters"), fx);
    }
    if let Some(servers) = map.get_mut("servers") {
        self::servers(servers, &format!("{ptr}/servers"), fx);
    }
    for method in METHODS {
        if let Some(op) = map.get_mut(method) {
            operation(op, &format!("{ptr}/{method}"), fx);
        }
    }
    for key in ["summary", "description"] {
        fx.ensure_string(map, key, ptr);
    }
}

/// A path item that refers to `components/pathItems` (3.1) is inlined; any other `$ref` is
/// unresolvable here and read as an empty path item.
fn path_item_ref(item: &mut Value, reference: &str, ptr: &str, fx: &mut Fixer) {
    if let Some(name) = reference.strip_prefix("#/components/pathItems/")
        && let Some(target) = fx.path_items.get(&pointer::unescape(name)).cloned()
    {
        let target_ptr = format!("/components/pathItems/{name}");
        fx.moved(ptr.to_owned(), &target_ptr);
        if let Value::Object(map) = item {
            map.remove("$ref");
            if let Value::Object(t) = target {
                for (k, v) in t {
                    map.entry(k).or_insert(v);
                }
            }
        }
    } else {
        fx.warn_hint(
            Kind::Omitted,
            ptr,
            format!("path item `$ref: {reference}` cannot be resolved: read as an empty path item"),
            "path items may only refer to `#/components/pathItems/...` or other files",
        );
        *item = json!({});
    }
}

fn operation(op: &mut Value, ptr: &str, fx: &mut Fixer) {
    let Value::Object(map) = op else {
        fx.warn(
            Kind::Omitted,
            ptr,
            "the operation is not an object: read as empty",
        );
        *op = json!({ "responses": {} });
        return;
    };
    for key in ["summary", "description", "operationId"] {
        fx.ensure_string(map, key, ptr);
    }
    if let Some(Value::Array(tags)) = map.get_mut("tags") {
        tags.retain(Value::is_string);
    }
    if let Some(params) = map.get_mut("parameters") {
        parts::parameter_list(params, &format!("{ptr}/parameters"), fx);
    }
    if let Some(body) = map.get_mut("requestBody") {
        parts::request_body(body, &format!("{ptr}/requestBody"), fx);
    }
    match map.get_mut("responses") {
        Some(responses) => parts::responses(responses, &format!("{ptr}/responses"), fx),
        None => {
            fx.warn(
                Kind::Guessed,
                ptr,
                "the operation has no `responses`: read as having none",
            );
            map.insert("responses".into(), json!({}));
        }
    }
    if let Some(Value::Object(callbacks)) = map.get_mut("callbacks") {
        self::callbacks(callbacks, &format!("{ptr}/callbacks"), fx);
    }
    if let Some(security) = map.get_mut("security") {
        self::security(security, &format!("{ptr}/security"), fx);
    }
    if let Some(servers) = map.get_mut("servers") {
        self::servers(servers, &format!("{ptr}/servers"), fx);
    }
    if let Some(docs) = map.get_mut("externalDocs") {
        fx.external_docs(docs, &format!("{ptr}/externalDocs"));
    }
    if let Some(d) = map.get("deprecated")
        && !d.is_boolean()
    {
        fx.warn(
            Kind::Dropped,
            &format!("{ptr}/deprecated"),
            "`deprecated` is not a boolean: dropped",
        );
        map.remove("deprecated");
    }
}

/// Callbacks (of an operation, or `components/callbacks`): each maps expressions to path items.
fn callbacks(callbacks: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) {
    for (name, callback) in callbacks.iter_mut() {
        let cptr = pointer::push(ptr, name);
        if let Value::Object(exprs) = callback
            && !exprs.contains_key("$ref")
        {
            self::paths(exprs, &cptr, fx);
        }
    }
}

/// Security requirements: a list of objects mapping scheme names to lists of scopes.
fn security(security: &mut Value, ptr: &str, fx: &mut Fixer) {
    let Value::Array(list) = security else {
        fx.warn(Kind::Dropped, ptr, "`security` is not an array: dropped");
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

fn tags(tags: &mut Value, fx: &mut Fixer) {
    let Value::Array(list) = tags else {
        fx.warn(Kind::Dropped, "/tags", "`tags` is not an array: dropped");
        *tags = json!([]);
        return;
    };
    let before = list.len();
    list.retain(|t| t.get("name").is_some_and(Value::is_string));
    if list.len() != before {
        fx.warn(Kind::Dropped, "/tags", "tags without a name: dropped");
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::upgrade::fixer::cases::{case, check, check_in};

    const INFO: &str = r#"{"title": "t", "version": "1"}"#;

    fn info_ok() -> Value {
        serde_json::from_str(INFO).unwrap_or_default()
    }

    #[test]
    fn top_level() {
        check(
            vec![
                case(
                    json!({"openapi": "3.0.0", "info": info_ok(), "paths": [], "jsonSchemaDialect": "x"}),
                    json!({"openapi": "3.0.3", "info": info_ok(), "paths": {}}),
                    &[
                        (
                            "/jsonSchemaDialect",
                            "`jsonSchemaDialect` is OpenAPI 3.1: dropped",
                        ),
                        (
                            "/paths",
                            "`paths` is an array, not an object: read as empty",
                        ),
                    ],
                ),
                case(
                    json!({"openapi": "3.0.0", "info": info_ok()}),
                    json!({"openapi": "3.0.3", "info": info_ok(), "paths": {}}),
                    &[("", "the document has no `paths`: read as empty")],
                ),
                case(
                    json!({"openapi": "3.1.0", "info": info_ok(), "webhooks": {"w": {"post": {"responses": {"200": {}}}}}, "externalDocs": 1}),
                    json!({
                        "openapi": "3.0.3", "info": info_ok(), "paths": {},
                        "x-webhooks": {"w": {"post": {"responses": {"200": {"description": ""}}}}},
                        "externalDocs": {"url": ""}
                    }),
                    &[
                        (
                            "/x-webhooks/w/post/responses/200",
                            "the response has no `description`",
                        ),
                        ("/externalDocs", "`externalDocs` without `url`"),
                    ],
                ),
                case(
                    json!({"openapi": "3.0.0", "info": info_ok(), "paths": {}, "security": [{"a": "x"}, 1], "tags": [{"name": "a"}, {}]}),
                    json!({"openapi": "3.0.3", "info": info_ok(), "paths": {}, "security": [{"a": []}, {}], "tags": [{"name": "a"}]}),
                    &[("/tags", "tags without a name: dropped")],
                ),
                case(
                    json!({"openapi": "3.0.0", "info": info_ok(), "paths": {}, "security": {}, "tags": {}}),
                    json!({"openapi": "3.0.3", "info": info_ok(), "paths": {}, "security": [], "tags": []}),
                    &[
                        ("/security", "`security` is not an array: dropped"),
                        ("/tags", "`tags` is not an array: dropped"),
                    ],
                ),
            ],
            repair,
        );
    }

    #[test]
    fn path_keys_start_with_a_slash() {
        let item = json!({"get": {"responses": {}}});
        check(
            vec![case(
                json!({"openapi": "3.0.0", "info": info_ok(), "paths": {"a": item, "/b": item, "": item, "x-y": 1}}),
                json!({"openapi": "3.0.3", "info": info_ok(), "paths": {"/b": item, "x-y": 1}}),
                &[
                    ("/paths/a", "path `a` does not start with `/`: skipped"),
                    ("/paths/", "path `` does not start with `/`: skipped"),
                ],
            )],
            repair,
        );
    }

    #[test]
    fn missing_info_is_named_after_the_file() {
        let named = json!({"openapi": "3.0.0", "info": {"title": "clever-v4", "version": "0.0.0"}});
        check(
            vec![
                case(
                    json!({"openapi": "3.0.0"}),
                    named,
                    &[(
                        "",
                        "the document has no `info`: title `clever-v4` taken from the file name",
                    )],
                ),
                case(json!({"info": {}}), json!({"info": {}}), &[]),
                case(json!([]), json!([]), &[]),
            ],
            |v, fx| missing_info(v, "clever-v4", fx),
        );
        check(
            vec![case(
                json!({}),
                json!({"info": {"title": "API", "version": "0.0.0"}}),
                &[("", "title `API`")],
            )],
            |v, fx| missing_info(v, "", fx),
        );
    }

    #[test]
    fn info_and_license() {
        check(
            vec![
                case(
                    json!({"info": "x"}),
                    json!({"info": {"title": "API", "version": "0.0.0"}}),
                    &[
                        ("/info", "`info` is not an object: replaced"),
                        ("/info/title", "`info.title` is missing: read as \"API\""),
                        (
                            "/info/version",
                            "`info.version` is missing: read as \"0.0.0\"",
                        ),
                    ],
                ),
                case(
                    json!({"info": {"title": ["x"], "version": 1.5, "summary": "s", "termsOfService": true, "contact": "c", "license": "MIT"}}),
                    json!({"info": {"title": "API", "version": "1.5", "x-summary": "s", "termsOfService": "true"}}),
                    &[
                        ("/info/title", "`info.title` is an array: read as \"API\""),
                        (
                            "/info/version",
                            "`info.version` is a number: read as the string \"1.5\"",
                        ),
                        ("/info/summary", "`info.summary` is OpenAPI 3.1"),
                        ("/info/termsOfService", "not a string: read as \"true\""),
                        ("/info/license", "`info.license` is a string: dropped"),
                        ("/info/contact", "`info.contact` is not an object: dropped"),
                    ],
                ),
                case(
                    json!({"info": {"title": "t", "version": "1", "license": {"identifier": "MIT"}}}),
                    json!({"info": {"title": "t", "version": "1", "license": {"name": "MIT", "x-identifier": "MIT"}}}),
                    &[(
                        "/info/license/identifier",
                        "`license.identifier` is OpenAPI 3.1",
                    )],
                ),
                case(
                    json!({"info": {"title": "t", "version": "1", "license": {}}}),
                    json!({"info": {"title": "t", "version": "1", "license": {"name": "unknown"}}}),
                    &[(
                        "/info/license",
                        "the license has no name: read as \"unknown\"",
                    )],
                ),
            ],
            |v, fx| match v {
                Value::Object(root) => info(root, fx),
                _ => unreachable!(),
            },
        );
    }

    #[test]
    fn servers_and_their_variables() {
        check(
            vec![
                case(
                    json!({"url": "x"}),
                    json!([]),
                    &[("/x", "`servers` is not an array: dropped")],
                ),
                case(
                    json!([{"description": "no url"}, {"url": "https://{v}/{w}", "variables": {"v": {"enum": [1, "b", null]}, "w": {"default": 2}}}]),
                    json!([{"url": "https://{v}/{w}", "variables": {"v": {"enum": ["1", "b"], "default": ""}, "w": {"default": "2"}}}]),
                    &[(
                        "/x/0/variables/v",
                        "server variable `v` has no default: read as \"\"",
                    )],
                ),
                case(
                    json!([{"url": "/", "variables": {"a/b": {"enum": ["e"]}}}]),
                    json!([{"url": "/", "variables": {"a/b": {"enum": ["e"], "default": "e"}}}]),
                    &[("/x/0/variables/a~1b", "has no default: read as \"e\"")],
                ),
            ],
            |v, fx| servers(v, "/x", fx),
        );
    }

    #[test]
    fn path_items_and_operations() {
        let ok = json!({"responses": {}});
        check(
            vec![
                case(
                    json!(3),
                    json!({}),
                    &[(
                        "/x",
                        "the path item is a number, not an object: read as empty",
                    )],
                ),
                case(
                    json!({"$ref": "#/paths/~1other"}),
                    json!({}),
                    &[("/x", "path item `$ref: #/paths/~1other` cannot be resolved")],
                ),
                case(
                    json!({"get": 5, "post": {}, "summary": 1, "x-y": 2}),
                    json!({"get": ok, "post": ok, "summary": "1", "x-y": 2}),
                    &[
                        ("/x/get", "the operation is not an object: read as empty"),
                        (
                            "/x/post",
                            "the operation has no `responses`: read as having none",
                        ),
                        ("/x/summary", "not a string: read as \"1\""),
                    ],
                ),
                case(
                    json!({"put": {"responses": {}, "tags": ["a", 1], "deprecated": "no", "operationId": {"$ref": "#/x"}}}),
                    json!({"put": {"responses": {}, "tags": ["a"]}}),
                    &[
                        (
                            "/x/put/operationId",
                            "`operationId` is a `$ref`, not a string: dropped",
                        ),
                        (
                            "/x/put/deprecated",
                            "`deprecated` is not a boolean: dropped",
                        ),
                    ],
                ),
            ],
            |v, fx| path_item(v, "/x", fx),
        );
        // A 3.1 path item refers to `components/pathItems`: inlined, its own keys kept.
        let items = json!({"P": {"get": {"responses": {}}, "summary": "from P"}});
        check_in(
            true,
            vec![case(
                json!({"$ref": "#/components/pathItems/P", "summary": "own"}),
                json!({"summary": "own", "get": {"responses": {}}}),
                &[],
            )],
            move |v, fx| {
                if let Value::Object(m) = &items {
                    fx.path_items = m.clone();
                }
                path_item(v, "/x", fx)
            },
        );
    }
}
