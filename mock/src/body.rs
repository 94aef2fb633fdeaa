//! Comparing a request body with the expected one, field by field, so a report can say which
//! field differed. JSON bodies are compared as JSON; form bodies as text fields (the expected
//! value's scalars written as the client writes them).

use serde_json::{Map, Value};

use crate::wire::Request;

/// The differences between `want` and the body of `request`, each naming its field path
/// (`body field `spec.size``), or the whole body.
pub(crate) fn differences(want: &Value, request: &Request) -> Vec<String> {
    let form = request
        .header("content-type")
        .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));
    let (want, got) = if form {
        (as_text(want), form_value(&request.body))
    } else {
        match serde_json::from_slice::<Value>(&request.body) {
            Ok(got) => (want.clone(), got),
            Err(_) if request.body.is_empty() => {
                return vec!["body: expected a JSON body, got none".to_owned()];
            }
            Err(e) => {
                return vec![format!(
                    "body: expected JSON, got {} bytes that are not JSON ({e})",
                    request.body.len()
                )];
            }
        }
    };
    let mut out = Vec::new();
    compare("", &want, &got, &mut out);
    out
}

fn compare(path: &str, want: &Value, got: &Value, out: &mut Vec<String>) {
    match (want, got) {
        (Value::Object(w), Value::Object(g)) => compare_objects(path, w, g, out),
        _ if want == got => {}
        _ => out.push(format!("{}: expected {want}, got {got}", name(path))),
    }
}

fn compare_objects(
    path: &str,
    want: &Map<String, Value>,
    got: &Map<String, Value>,
    out: &mut Vec<String>,
) {
    for (key, w) in want {
        let at = join(path, key);
        match got.get(key) {
            Some(g) => compare(&at, w, g, out),
            None => out.push(format!("{}: expected {w}, got nothing", name(&at))),
        }
    }
    for (key, g) in got {
        if !want.contains_key(key) {
            out.push(format!("{}: not expected, got {g}", name(&join(path, key))));
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn name(path: &str) -> String {
    if path.is_empty() {
        "body".to_owned()
    } else {
        format!("body field `{path}`")
    }
}

/// A form body as an object of text fields (a repeated key becomes an array).
fn form_value(body: &[u8]) -> Value {
    let mut map = Map::new();
    for (k, v) in url::form_urlencoded::parse(body) {
        let v = Value::String(v.into_owned());
        match map.get_mut(k.as_ref()) {
            Some(Value::Array(items)) => items.push(v),
            Some(first) => *first = Value::Array(vec![first.take(), v]),
            None => {
                map.insert(k.into_owned(), v);
            }
        }
    }
    Value::Object(map)
}

/// Scalars as the text a form carries; `null` fields dropped (a form cannot send them).
fn as_text(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), as_text(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(as_text).collect()),
        Value::String(s) => Value::String(s.clone()),
        other => Value::String(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn request(content_type: &str, body: &str) -> Request {
        Request {
            method: "POST".into(),
            target: "/".into(),
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn json_fields_are_compared_by_path() {
        let want = json!({"name": "web", "spec": {"size": "small", "count": 2}});
        let got = request(
            "application/json",
            r#"{"name":"web","spec":{"size":"large"},"x":1}"#,
        );
        assert_eq!(
            differences(&want, &got),
            [
                r#"body field `spec.size`: expected "small", got "large""#,
                "body field `spec.count`: expected 2, got nothing",
                "body field `x`: not expected, got 1",
            ]
        );
    }

    #[test]
    fn form_fields_are_compared_as_text() {
        let want = json!({"hostname": "a.example", "count": 2, "public": null});
        let same = request(
            "application/x-www-form-urlencoded",
            "hostname=a.example&count=2",
        );
        assert!(differences(&want, &same).is_empty());
        let other = request("application/x-www-form-urlencoded", "hostname=b&count=2");
        assert_eq!(
            differences(&want, &other),
            [r#"body field `hostname`: expected "a.example", got "b""#]
        );
    }
}
