//! Repairs of `components`: each section's entries, and security schemes.

use serde_json::{Map, Value, json};

use super::parts;
use crate::diag::Kind;
use crate::pointer;
use crate::upgrade::fixer::Fixer;
use crate::upgrade::schema;

pub(super) fn components(components: &mut Value, fx: &mut Fixer) {
    let Value::Object(map) = components else {
        fx.warn(
            Kind::Dropped,
            "/components",
            "`components` is not an object: dropped",
        );
        *components = json!({});
        return;
    };
    if map.remove("pathItems").is_some() {
        // Inlined where referenced (see `path_item_ref`).
        fx.v31_construct("/components/pathItems", "`components/pathItems`");
    }
    let sections: Vec<String> = map.keys().cloned().collect();
    for section in sections {
        let Some(Value::Object(items)) = map.get_mut(&section) else {
            if !section.starts_with("x-") {
                fx.warn(
                    Kind::Dropped,
                    &format!("/components/{section}"),
                    "a components section must be an object: dropped",
                );
                map.remove(&section);
            }
            continue;
        };
        let sptr = pointer::push("/components", &section);
        self::section(&section, items, &sptr, fx);
    }
}

/// The entries of one components section.
fn section(section: &str, items: &mut Map<String, Value>, sptr: &str, fx: &mut Fixer) {
    match section {
        "schemas" => {
            for (name, s) in items.iter_mut() {
                schema::repair(s, &pointer::push(sptr, name), fx);
            }
        }
        "responses" => {
            for (name, r) in items.iter_mut() {
                parts::response(r, &pointer::push(sptr, name), fx);
            }
        }
        "parameters" => drop_unless(items, |name, p| {
            parts::parameter(p, &pointer::push(sptr, name), fx)
        }),
        "requestBodies" => {
            for (name, b) in items.iter_mut() {
                parts::request_body(b, &pointer::push(sptr, name), fx);
            }
        }
        "headers" => parts::headers(items, sptr, fx),
        "securitySchemes" => drop_unless(items, |name, s| {
            security_scheme(s, &pointer::push(sptr, name), fx)
        }),
        "callbacks" => super::callbacks(items, sptr, fx),
        "examples" => parts::example_map(items, sptr, fx),
        _ => {}
    }
}

/// Repairs each entry with `keep`, then removes those it returned false for (`Map::remove`, so
/// the last entry takes a removed one's place).
fn drop_unless(items: &mut Map<String, Value>, mut keep: impl FnMut(&str, &mut Value) -> bool) {
    let dropped: Vec<String> = items
        .iter_mut()
        .filter_map(|(name, value)| (!keep(name, value)).then(|| name.clone()))
        .collect();
    for name in dropped {
        items.remove(&name);
    }
}

/// Repairs a security scheme; false when it must be dropped.
fn security_scheme(scheme: &mut Value, ptr: &str, fx: &mut Fixer) -> bool {
    let Value::Object(map) = scheme else {
        fx.warn(
            Kind::Omitted,
            ptr,
            "a security scheme must be an object: dropped",
        );
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
    let keep = match kind.as_str() {
        "apiKey" => {
            let ok_in = map
                .get("in")
                .and_then(Value::as_str)
                .is_some_and(|l| ["query", "header", "cookie"].contains(&l));
            let keep = ok_in && map.get("name").is_some_and(Value::is_string);
            if !keep {
                fx.warn(
                    Kind::Omitted,
                    ptr,
                    "apiKey security scheme without a valid `name` and `in`: dropped",
                );
            }
            keep
        }
        "http" => {
            if !map.get("scheme").is_some_and(Value::is_string) {
                fx.warn(
                    Kind::Repaired,
                    ptr,
                    "http security scheme without `scheme`: read as bearer",
                );
                map.insert("scheme".into(), json!("bearer"));
            }
            true
        }
        "oauth2" => oauth2_flows(map, ptr, fx),
        "openIdConnect" => {
            let keep = map.get("openIdConnectUrl").is_some_and(Value::is_string);
            if !keep {
                fx.warn(
                    Kind::Omitted,
                    ptr,
                    "openIdConnect security scheme without `openIdConnectUrl`: dropped",
                );
            }
            keep
        }
        other => {
            fx.warn_hint(
                Kind::Omitted,
                ptr,
                format!("security scheme type `{other}` is not supported by OpenAPI 3.0: dropped"),
                "supported types are apiKey, http, oauth2 and openIdConnect",
            );
            false
        }
    };
    if keep {
        fx.ensure_string(map, "description", ptr);
    }
    keep
}

/// An oauth2 scheme's `flows`: each with the URLs its kind needs and `scopes`; false when the
/// scheme has no flows (it is dropped).
fn oauth2_flows(map: &mut Map<String, Value>, ptr: &str, fx: &mut Fixer) -> bool {
    let Some(Value::Object(flows)) = map.get_mut("flows") else {
        fx.warn(
            Kind::Omitted,
            ptr,
            "oauth2 security scheme without `flows`: dropped",
        );
        return false;
    };
    for (name, flow) in flows.iter_mut() {
        let fptr = format!("{ptr}/flows/{name}");
        let Value::Object(flow) = flow else {
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
                fx.warn(
                    Kind::Repaired,
                    &fptr,
                    format!("OAuth2 flow `{name}` has no `{url}`: read as empty"),
                );
                flow.insert((*url).to_owned(), json!(""));
            }
        }
        if !flow.get("scopes").is_some_and(Value::is_object) {
            fx.warn(
                Kind::Repaired,
                &fptr,
                format!("OAuth2 flow `{name}` has no `scopes`: read as none"),
            );
            flow.insert("scopes".into(), json!({}));
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::upgrade::fixer::cases::{case, check, check_in};

    #[test]
    fn sections() {
        check(
            vec![
                case(
                    json!([]),
                    json!({}),
                    &[("/components", "`components` is not an object: dropped")],
                ),
                case(
                    json!({"schemas": [], "x-tool": 1, "pathItems": {}}),
                    json!({"x-tool": 1}),
                    &[
                        (
                            "/components/pathItems",
                            "`components/pathItems` is OpenAPI 3.1",
                        ),
                        (
                            "/components/schemas",
                            "a components section must be an object: dropped",
                        ),
                    ],
                ),
                case(
                    json!({
                        "schemas": {"S": {"type": "file"}},
                        "parameters": {"A": {"in": "formData", "name": "a"}, "B": {"in": "query", "name": "b", "schema": {}}, "C": {"in": "path", "name": "c", "schema": {}}},
                        "examples": {"E": 1},
                        "callbacks": {"cb": {"{$request.body#/url}": {"post": {"responses": {}}}}}
                    }),
                    json!({
                        "schemas": {"S": {"type": "string", "format": "binary"}},
                        "parameters": {"C": {"in": "path", "name": "c", "schema": {}, "required": true}, "B": {"in": "query", "name": "b", "schema": {}}},
                        "examples": {"E": {"value": 1}},
                        "callbacks": {"cb": {"{$request.body#/url}": {"post": {"responses": {}}}}}
                    }),
                    &[
                        (
                            "/components/parameters/A",
                            "`in: formData` is not valid in OpenAPI 3: dropped",
                        ),
                        (
                            "/components/parameters/C",
                            "path parameter without `required: true`",
                        ),
                        ("/components/examples/E", "wrapped as `value`"),
                    ],
                ),
            ],
            components,
        );
        check_in(
            true,
            vec![case(json!({"pathItems": {}}), json!({}), &[])],
            components,
        );
    }

    #[test]
    fn security_schemes() {
        check(
            vec![case(
                json!({"securitySchemes": {
                    "key": {"type": "apiKey", "in": "body", "name": "k"},
                    "basic": {"type": "http", "description": 1},
                    "none": {"type": "oauth2"},
                    "flows": {"type": "oauth2", "flows": {"implicit": {}, "password": {"tokenUrl": "/t", "scopes": {}}}},
                    "oidc": {"type": "openIdConnect"},
                    "tls": {"type": "mutualTLS"},
                    "odd": 3,
                    "ref": {"$ref": "#/elsewhere"}
                }}),
                json!({"securitySchemes": {
                    "basic": {"type": "http", "scheme": "bearer", "description": "1"},
                    "flows": {"type": "oauth2", "flows": {"implicit": {"authorizationUrl": "", "scopes": {}}, "password": {"tokenUrl": "/t", "scopes": {}}}},
                    "ref": {"$ref": "#/elsewhere"}
                }}),
                &[
                    (
                        "/components/securitySchemes/key",
                        "apiKey security scheme without a valid `name` and `in`: dropped",
                    ),
                    (
                        "/components/securitySchemes/basic",
                        "http security scheme without `scheme`: read as bearer",
                    ),
                    (
                        "/components/securitySchemes/basic/description",
                        "not a string",
                    ),
                    (
                        "/components/securitySchemes/none",
                        "oauth2 security scheme without `flows`: dropped",
                    ),
                    (
                        "/components/securitySchemes/flows/flows/implicit",
                        "OAuth2 flow `implicit` has no `authorizationUrl`: read as empty",
                    ),
                    (
                        "/components/securitySchemes/flows/flows/implicit",
                        "OAuth2 flow `implicit` has no `scopes`: read as none",
                    ),
                    (
                        "/components/securitySchemes/oidc",
                        "openIdConnect security scheme without `openIdConnectUrl`: dropped",
                    ),
                    (
                        "/components/securitySchemes/tls",
                        "security scheme type `mutualTLS` is not supported by OpenAPI 3.0: dropped",
                    ),
                    (
                        "/components/securitySchemes/odd",
                        "a security scheme must be an object: dropped",
                    ),
                ],
            )],
            components,
        );
    }
}
