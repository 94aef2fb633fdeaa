//! Pure encoding, no I/O: path templates filled with percent-encoded values in every OpenAPI
//! style ([`path`]), query strings in every OpenAPI style, form bodies, header and cookie text. Everything a request or a
//! websocket URL is built from; errors are messages naming the parameter.

use std::fmt::Write as _;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;
use serde_json::Value;

mod path;

pub use path::PathStyle;
pub(crate) use path::fill_path;

/// Characters left as they are in a query name or value: RFC 3986 unreserved (`,` `|` written
/// literally where a style uses them as separators, as OpenAPI examples show them).
const QUERY: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// How a query parameter is written (OpenAPI `style` and `explode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum QueryStyle {
    /// `form`: arrays as `a=1&a=2` when exploded, `a=1,2` otherwise; objects as `k=v&k2=v2`
    /// when exploded, `a=k,v,k2,v2` otherwise. Built with [`QueryStyle::form`].
    #[non_exhaustive]
    Form {
        /// OpenAPI `explode`.
        explode: bool,
    },
    /// `spaceDelimited`: arrays as `a=1%202`.
    SpaceDelimited,
    /// `pipeDelimited`: arrays as `a=1|2`.
    PipeDelimited,
    /// `deepObject`: objects as `a[k]=v`.
    DeepObject,
}

impl QueryStyle {
    /// The `form` style, exploded or not.
    pub const fn form(explode: bool) -> Self {
        Self::Form { explode }
    }
}

/// Appends the query parameter `name` to an encoded query; `None` values add nothing.
pub(crate) fn add_query(
    out: &mut String,
    name: &str,
    value: &impl Serialize,
    style: QueryStyle,
) -> Result<(), String> {
    let value =
        serde_json::to_value(value).map_err(|e| format!("query parameter `{name}`: {e}"))?;
    encode_query(out, name, &value, style);
    Ok(())
}

fn encode_query(out: &mut String, name: &str, value: &Value, style: QueryStyle) {
    match value {
        Value::Null => {}
        Value::Array(items) => {
            let texts: Vec<String> = items.iter().map(text).collect();
            match style {
                QueryStyle::Form { explode: true } | QueryStyle::DeepObject => {
                    for t in &texts {
                        push_pair(out, name, t, true);
                    }
                }
                QueryStyle::Form { explode: false } => push_joined(out, name, &texts, ","),
                QueryStyle::SpaceDelimited => push_joined(out, name, &texts, " "),
                QueryStyle::PipeDelimited => push_joined(out, name, &texts, "|"),
            }
        }
        Value::Object(map) => {
            let present = map.iter().filter(|(_, v)| !v.is_null());
            match style {
                QueryStyle::DeepObject => {
                    for (k, v) in present {
                        let key = format!(
                            "{}[{}]",
                            utf8_percent_encode(name, QUERY),
                            utf8_percent_encode(k, QUERY)
                        );
                        push_pair(out, &key, &text(v), false);
                    }
                }
                QueryStyle::Form { explode: true } => {
                    for (k, v) in present {
                        push_pair(out, k, &text(v), true);
                    }
                }
                _ => {
                    let parts: Vec<String> =
                        present.flat_map(|(k, v)| [k.clone(), text(v)]).collect();
                    push_joined(out, name, &parts, ",");
                }
            }
        }
        v => push_pair(out, name, &scalar(v).unwrap_or_default(), true),
    }
}

/// An `application/x-www-form-urlencoded` body from an object (arrays as repeated keys, nested
/// values as JSON text, `null` fields left out); `null` is an empty body.
pub(crate) fn form_body(body: &impl Serialize) -> Result<String, String> {
    let value = serde_json::to_value(body).map_err(|e| format!("request body: {e}"))?;
    let mut out = String::new();
    match &value {
        Value::Object(map) => {
            for (k, v) in map {
                match v {
                    Value::Null => {}
                    Value::Array(items) => {
                        for item in items {
                            push_pair(&mut out, k, &text(item), true);
                        }
                    }
                    v => push_pair(&mut out, k, &text(v), true),
                }
            }
        }
        Value::Null => {}
        _ => return Err("a form body must be an object".to_owned()),
    }
    Ok(out)
}

/// A header parameter's text: lists joined with commas; `None` for `null` (left out).
pub(crate) fn header_text(name: &str, value: &impl Serialize) -> Result<Option<String>, String> {
    match serde_json::to_value(value) {
        Ok(Value::Null) => Ok(None),
        Ok(Value::Array(items)) => Ok(Some(
            items
                .iter()
                .filter_map(scalar)
                .collect::<Vec<_>>()
                .join(","),
        )),
        Ok(v) => Ok(Some(text(&v))),
        Err(e) => Err(format!("header `{name}`: {e}")),
    }
}

/// A cookie parameter as `name=value` (the value percent-encoded); `None` for `null`.
pub(crate) fn cookie_pair(name: &str, value: &impl Serialize) -> Result<Option<String>, String> {
    match serde_json::to_value(value) {
        Ok(Value::Null) => Ok(None),
        Ok(v) => Ok(Some(format!(
            "{name}={}",
            utf8_percent_encode(&text(&v), QUERY)
        ))),
        Err(e) => Err(format!("cookie `{name}`: {e}")),
    }
}

/// A request's URL text: the base URL's path, the filled path template, then the base URL's own
/// query (an API key or version some bases carry, `https://h/api?v=2`) and `query`, joined with
/// `&`. The base's fragment is dropped: it is never sent.
pub(crate) fn join_url(base: &str, path: &str, query: &str) -> String {
    let base = base.split_once('#').map_or(base, |(before, _)| before);
    let (base_path, base_query) = base.split_once('?').unwrap_or((base, ""));
    let mut out = String::with_capacity(base.len() + path.len() + query.len() + 2);
    out.push_str(base_path.trim_end_matches('/'));
    out.push_str(path);
    for (i, part) in [base_query, query]
        .into_iter()
        .filter(|q| !q.is_empty())
        .enumerate()
    {
        out.push(if i == 0 { '?' } else { '&' });
        out.push_str(part);
    }
    out
}

/// The raw value of the first `name=` pair in an encoded query.
pub(crate) fn query_value<'q>(query: &'q str, name: &str) -> Option<&'q str> {
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == name).then_some(value)
    })
}

/// Replaces every `name=` pair of an encoded query with one `name=value` at the end, the value
/// percent-encoded (names here are plain ASCII parameter names from the spec).
pub(crate) fn set_query_value(query: &mut String, name: &str, value: &str) {
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some(name))
        .collect();
    let mut out = kept.join("&");
    push_pair(&mut out, name, value, false);
    *query = out;
}

/// A scalar JSON value as text; `None` for arrays, objects and null.
pub(super) fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A scalar as text, anything else as JSON text.
fn text(value: &Value) -> String {
    scalar(value).unwrap_or_else(|| value.to_string())
}

fn push_pair(out: &mut String, name: &str, value: &str, encode_name: bool) {
    if !out.is_empty() {
        out.push('&');
    }
    if encode_name {
        let _ = write!(out, "{}", utf8_percent_encode(name, QUERY));
    } else {
        out.push_str(name);
    }
    out.push('=');
    let _ = write!(out, "{}", utf8_percent_encode(value, QUERY));
}

fn push_joined(out: &mut String, name: &str, parts: &[String], separator: &str) {
    if !out.is_empty() {
        out.push('&');
    }
    let _ = write!(out, "{}=", utf8_percent_encode(name, QUERY));
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            // Separators are written literally except the space, which must be encoded.
            out.push_str(if separator == " " { "%20" } else { separator });
        }
        let _ = write!(out, "{}", utf8_percent_encode(part, QUERY));
    }
}

#[cfg(test)]
mod tests {
    use crate::encode::*;
    use serde_json::json;

    #[test]
    fn urls_keep_the_base_query_after_the_path() {
        let cases = [
            ("https://h/api", "/pets", "", "https://h/api/pets"),
            ("https://h/api", "/pets", "a=1", "https://h/api/pets?a=1"),
            (
                "https://h/api?key=k",
                "/pets",
                "",
                "https://h/api/pets?key=k",
            ),
            (
                "https://h/api/?key=k",
                "/pets",
                "a=1",
                "https://h/api/pets?key=k&a=1",
            ),
            (
                "https://h?v=2#top",
                "/pets",
                "a=1",
                "https://h/pets?v=2&a=1",
            ),
            ("https://h/api?", "/pets", "a=1", "https://h/api/pets?a=1"),
        ];
        for (base, path, query, want) in cases {
            assert_eq!(
                join_url(base, path, query),
                want,
                "{base} + {path} + {query}"
            );
        }
    }

    fn q(value: Value, style: QueryStyle) -> String {
        let mut out = String::new();
        add_query(&mut out, "id", &value, style).expect("encodes");
        out
    }

    #[test]
    fn query_styles() {
        let arr = json!([3, 4, 5]);
        assert_eq!(q(arr.clone(), QueryStyle::form(true)), "id=3&id=4&id=5");
        assert_eq!(q(arr.clone(), QueryStyle::form(false)), "id=3,4,5");
        assert_eq!(q(arr.clone(), QueryStyle::SpaceDelimited), "id=3%204%205");
        assert_eq!(q(arr, QueryStyle::PipeDelimited), "id=3|4|5");
        // Keys in sorted order, so the result is the same with or without serde_json/preserve_order.
        let obj = json!({"first name": "Ålex", "role": "admin", "gone": null});
        assert_eq!(
            q(obj.clone(), QueryStyle::DeepObject),
            "id[first%20name]=%C3%85lex&id[role]=admin"
        );
        assert_eq!(
            q(obj.clone(), QueryStyle::form(true)),
            "first%20name=%C3%85lex&role=admin"
        );
        assert_eq!(
            q(obj, QueryStyle::form(false)),
            "id=first%20name,%C3%85lex,role,admin"
        );
        assert_eq!(q(json!(null), QueryStyle::form(true)), "");
        assert_eq!(q(json!("a&b=c"), QueryStyle::form(true)), "id=a%26b%3Dc");
        assert_eq!(q(json!(true), QueryStyle::form(true)), "id=true");
    }

    #[test]
    fn path_values_lists_and_reserved_slashes() {
        let simple = PathStyle::simple(false);
        let mut path = "/items/{ids}/{name}".to_owned();
        fill_path(&mut path, None, "ids", &[3, 4, 5], false, simple).unwrap();
        fill_path(&mut path, None, "name", &"a/b c", false, simple).unwrap();
        assert_eq!(path, "/items/3,4,5/a%2Fb%20c");
        let mut path = "/repository/{name}/".to_owned();
        fill_path(&mut path, None, "name", &"quay.io/acme/api", true, simple).unwrap();
        assert_eq!(path, "/repository/quay.io/acme/api/");
        let mut path = "/x/{obj}".to_owned();
        let error = fill_path(&mut path, None, "obj", &json!({"a": [1]}), false, simple);
        assert!(error.unwrap_err().contains("`obj`"));
    }

    #[test]
    fn form_header_and_cookie_text() {
        let body = json!({"grant_type": "client credentials", "scope": ["a", "b"], "x": null});
        assert_eq!(
            form_body(&body).unwrap(),
            "grant_type=client%20credentials&scope=a&scope=b"
        );
        assert!(form_body(&json!([1])).unwrap_err().contains("object"));
        assert_eq!(header_text("h", &[1, 2]).unwrap().as_deref(), Some("1,2"));
        assert_eq!(header_text("h", &None::<u8>).unwrap(), None);
        assert_eq!(
            cookie_pair("s", &"a b").unwrap().as_deref(),
            Some("s=a%20b")
        );
    }

    #[test]
    fn query_parameter_is_replaced_and_others_kept() {
        let mut query = "per_page=2&page=1&name=a%20b&pages_x=3".to_owned();
        set_query_value(&mut query, "page", "2");
        assert_eq!(query, "per_page=2&name=a%20b&pages_x=3&page=2");
        assert_eq!(query_value(&query, "page"), Some("2"));
        let mut empty = String::new();
        set_query_value(&mut empty, "page", "5");
        assert_eq!(empty, "page=5");
        set_query_value(&mut empty, "since", "2024-05-01T10:00:01Z");
        assert_eq!(empty, "page=5&since=2024-05-01T10%3A00%3A01Z");
    }
}
