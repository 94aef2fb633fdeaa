//! Path keys that carry a query string (`/orders?customerName={customerName}&page={page}`, as
//! in ShipStation's description): the query string is not part of a path template, so it is
//! split off, and the parameters it names are sent in the query. When the path left over already
//! has the same operation (ShipStation lists `/orders` "without parameters" beside it), the two
//! are one endpoint: the query parameters join that operation, optional.

use serde_json::{Map, Value, json};

use super::METHODS;
use crate::diag::Kind;
use crate::pointer;
use crate::upgrade::fixer::Fixer;

/// A path key split at its `?`.
struct Split {
    /// The key as written.
    key: String,
    /// The path before the `?`.
    path: String,
    /// The names in `{…}` of the query string, in order.
    names: Vec<String>,
    /// The `name=value` pairs without a `{…}`, which no parameter sends.
    fixed: Vec<String>,
}

impl Split {
    fn of(key: &str) -> Option<Split> {
        let (path, query) = key.split_once('?')?;
        let mut names = Vec::new();
        let mut fixed = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            match pair
                .split_once('{')
                .and_then(|(_, rest)| rest.split_once('}'))
            {
                Some((name, _)) if !name.is_empty() => names.push(name.to_owned()),
                _ => fixed.push(pair.to_owned()),
            }
        }
        Some(Split {
            key: key.to_owned(),
            path: path.to_owned(),
            names,
            fixed,
        })
    }

    fn pointer(&self) -> String {
        pointer::push("/paths", &self.key)
    }

    fn listed(&self) -> String {
        let names: Vec<String> = self.names.iter().map(|n| format!("`{n}`")).collect();
        names.join(", ")
    }
}

/// Splits the query string off every path key that has one (keys of `paths` that start with `/`).
pub(super) fn split_query_strings(paths: &mut Map<String, Value>, fx: &mut Fixer) {
    if !paths.keys().any(|k| k.starts_with('/') && k.contains('?')) {
        return;
    }
    let bare: Vec<String> = paths.keys().filter(|k| !k.contains('?')).cloned().collect();
    let mut out = Map::with_capacity(paths.len());
    let mut joining = Vec::new();
    for (key, item) in std::mem::take(paths) {
        match Split::of(&key).filter(|_| key.starts_with('/')) {
            // The bare path comes later, or came earlier: the item joins it once all are placed.
            Some(split) if bare.contains(&split.path) || out.contains_key(&split.path) => {
                joining.push((split, item));
            }
            Some(split) => {
                let mut item = item;
                to_query(&mut item, &split, false);
                warn_split(&split, fx);
                fx.moved(pointer::push("/paths", &split.path), &split.pointer());
                out.insert(split.path, item);
            }
            None => {
                out.insert(key, item);
            }
        }
    }
    for (split, item) in joining {
        if let Some(target) = out.get_mut(&split.path) {
            join(target, item, &split, fx);
        }
    }
    *paths = out;
}

fn warn_split(split: &Split, fx: &mut Fixer) {
    let mut message = format!(
        "path key `{}` carries a query string: the path is `{}`",
        split.key, split.path
    );
    if !split.names.is_empty() {
        message.push_str(&format!(
            "; {} are sent as query parameters",
            split.listed()
        ));
    }
    if !split.fixed.is_empty() {
        message.push_str(&format!("; `{}` is not sent", split.fixed.join("&")));
    }
    fx.warn_hint(
        Kind::Guessed,
        &split.pointer(),
        message,
        "write the path alone as the key and declare its query parameters `in: query`",
    );
}

/// The parameters of `item` (path level and each operation's) that the query string names are
/// made query parameters (optional ones when `optional`); names it declares nowhere are added,
/// as strings, to every operation.
fn to_query(item: &mut Value, split: &Split, optional: bool) {
    let Value::Object(item) = item else { return };
    let mut declared: Vec<String> = Vec::new();
    let lists = item
        .iter_mut()
        .filter_map(|(key, value)| match key.as_str() {
            "parameters" => Some(value),
            k if METHODS.contains(&k) => value.get_mut("parameters"),
            _ => None,
        });
    let mut all: Vec<&mut Value> = Vec::new();
    for list in lists {
        if let Value::Array(params) = list {
            all.extend(params.iter_mut());
        }
    }
    for param in all {
        let Value::Object(p) = param else { continue };
        let Some(name) = p.get("name").and_then(Value::as_str).map(str::to_owned) else {
            continue;
        };
        if split.names.contains(&name) && p.get("in").and_then(Value::as_str) == Some("path") {
            p.insert("in".into(), json!("query"));
            if optional {
                p.insert("required".into(), json!(false));
            }
            declared.push(name);
        }
    }
    let missing: Vec<&String> = split
        .names
        .iter()
        .filter(|n| !declared.contains(n))
        .collect();
    if missing.is_empty() {
        return;
    }
    for method in METHODS {
        if let Some(Value::Object(op)) = item.get_mut(method) {
            let params = op.entry("parameters").or_insert_with(|| json!([]));
            if let Value::Array(params) = params {
                for name in &missing {
                    params.push(json!({"name": name, "in": "query", "schema": {"type": "string"}}));
                }
            }
        }
    }
}

/// Joins the path item of a key with a query string into the item of its bare path: an
/// operation the bare path lacks moves there; one it has gains the query parameters, optional.
fn join(target: &mut Value, mut item: Value, split: &Split, fx: &mut Fixer) {
    let (Value::Object(target), Value::Object(from)) = (target, &mut item) else {
        return;
    };
    let shared = from.remove("parameters");
    let mut moved = false;
    for method in METHODS {
        let Some(mut op) = from.remove(method) else {
            continue;
        };
        if let (Some(Value::Array(shared)), Value::Object(o)) = (&shared, &mut op) {
            let own = o.entry("parameters").or_insert_with(|| json!([]));
            if let Value::Array(own) = own {
                own.extend(shared.iter().cloned());
            }
        }
        let old = pointer::push(&split.pointer(), method);
        let new = pointer::push(&pointer::push("/paths", &split.path), method);
        match target.get_mut(method) {
            Some(existing) => {
                let mut op = json!({ method: op });
                to_query(&mut op, split, true);
                add_parameters(existing, op[method].get("parameters"), split);
                fx.warn(
                    Kind::Guessed,
                    &old,
                    format!(
                        "path key `{}` carries a query string, and `{method} {}` exists: this \
                         operation is read as that one, with {} added to it as optional query \
                         parameters",
                        split.key,
                        split.path,
                        split.listed()
                    ),
                );
            }
            None => {
                let mut wrapped = json!({ method: op });
                to_query(&mut wrapped, split, false);
                fx.moved(new, &old);
                target.insert(method.to_owned(), wrapped[method].take());
                moved = true;
            }
        }
    }
    if moved {
        warn_split(split, fx);
    }
}

/// Adds the query parameters the query string names, from `params`, to the operation `op`
/// unless it has them already.
fn add_parameters(op: &mut Value, params: Option<&Value>, split: &Split) {
    let Some(Value::Array(params)) = params else {
        return;
    };
    let Value::Object(op) = op else { return };
    let own = op.entry("parameters").or_insert_with(|| json!([]));
    let Value::Array(own) = own else { return };
    for param in params {
        let name = param.get("name").and_then(Value::as_str);
        let named = name.is_some_and(|n| split.names.iter().any(|s| s == n));
        let is_query = param.get("in").and_then(Value::as_str) == Some("query");
        let known = own.iter().any(|p| {
            p.get("name").and_then(Value::as_str) == name && p.get("in") == param.get("in")
        });
        if named && is_query && !known {
            own.push(param.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::upgrade::fixer::cases::{case, check, object};

    fn path_param(name: &str) -> Value {
        json!({"name": name, "in": "path", "required": true, "schema": {"type": "string"}})
    }

    fn query_param(name: &str, required: bool) -> Value {
        json!({"name": name, "in": "query", "required": required, "schema": {"type": "string"}})
    }

    #[test]
    fn query_strings_are_split_off_path_keys() {
        let ok = json!({"200": {"description": "ok"}});
        check(
            vec![
                // Split, its parameters sent in the query; the key keeps its place.
                case(
                    json!({
                        "/a": {},
                        "/b?x={x}&y={y}&fmt=json": {
                            "parameters": [path_param("x")],
                            "get": {"parameters": [path_param("y")], "responses": ok}
                        },
                        "/c": {}
                    }),
                    json!({
                        "/a": {},
                        "/b": {
                            "parameters": [query_param("x", true)],
                            "get": {"parameters": [query_param("y", true)], "responses": ok}
                        },
                        "/c": {}
                    }),
                    &[(
                        "/paths/~1b?x={x}&y={y}&fmt=json",
                        "the path is `/b`; `x`, `y` are sent as query parameters; `fmt=json` is \
                         not sent",
                    )],
                ),
                // A name no parameter declares is added as a string.
                case(
                    json!({"/b?x={x}": {"get": {"responses": ok}}}),
                    json!({"/b": {"get": {"responses": ok, "parameters": [
                        {"name": "x", "in": "query", "schema": {"type": "string"}}
                    ]}}}),
                    &[("/paths/~1b?x={x}", "`x` are sent as query parameters")],
                ),
                // The bare path has the method: its operation gains optional parameters; a
                // method it lacks moves over.
                case(
                    json!({
                        "/b?x={x}": {
                            "parameters": [path_param("x")],
                            "get": {"responses": {}},
                            "put": {"responses": ok}
                        },
                        "/b": {"get": {"parameters": [query_param("x", false)], "responses": ok}},
                        "/c?z={z}": {"get": {"parameters": [path_param("z")], "responses": ok}},
                        "/c": {"get": {"responses": ok}}
                    }),
                    json!({
                        "/b": {
                            "get": {"parameters": [query_param("x", false)], "responses": ok},
                            "put": {"parameters": [query_param("x", true)], "responses": ok}
                        },
                        "/c": {"get": {"responses": ok, "parameters": [query_param("z", false)]}}
                    }),
                    &[
                        (
                            "/paths/~1b?x={x}/get",
                            "and `get /b` exists: this operation is read as that one",
                        ),
                        ("/paths/~1b?x={x}", "the path is `/b`"),
                        (
                            "/paths/~1c?z={z}/get",
                            "with `z` added to it as optional query parameters",
                        ),
                    ],
                ),
                case(
                    json!({"/a": {}, "x-y?": 1}),
                    json!({"/a": {}, "x-y?": 1}),
                    &[],
                ),
            ],
            |v, fx| split_query_strings(object(v), fx),
        );
    }
}
