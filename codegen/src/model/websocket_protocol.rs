//! What an `x-websocket` says about its server's protocol beyond messages: whether the signing
//! URL is signed with the connection's query (`signing-query`), the keep-alive frame the server
//! expects (`keepalive`), and the control frames it sends (`ready`, `auth-error`). Each property
//! is validated here; a malformed one is left out with a warning at its pointer.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::diag::{Diagnostic, Kind};
use crate::pointer;

/// The protocol properties of one websocket stream; the default is a server with none.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct WebSocketProtocol {
    /// Whether the signing URL is signed with the connection's query.
    pub signing_query: SigningQuery,
    /// The frame the client sends periodically.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keepalive: Option<KeepAlive>,
    /// The `(field, value)` pairs of the frame by which the server says it is ready.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ready: Option<Vec<(String, String)>>,
    /// The `(field, value)` pairs of the frame by which the server rejects the credentials.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth_error: Option<Vec<(String, String)>>,
}

impl WebSocketProtocol {
    /// True for a server without any of these properties (the model leaves it out).
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// `signing-query`.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub enum SigningQuery {
    /// The signing URL as declared (the default, as Clever Cloud documents it).
    #[default]
    Exclude,
    /// The signing URL with the connection's query.
    Include,
}

/// `keepalive: {message, interval-seconds}`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct KeepAlive {
    /// The text frame.
    pub message: String,
    /// Seconds between two frames, at least one.
    pub interval_seconds: u64,
}

/// The protocol properties of the `x-websocket` value `ext` at `ext_ptr` (of the stream
/// `stream`), and the warnings about the malformed ones (left out).
pub(super) fn protocol(
    ext: &Value,
    ext_ptr: &str,
    stream: &str,
) -> (WebSocketProtocol, Vec<Diagnostic>) {
    let mut warnings = Vec::new();
    let at = |key: &str| pointer::push(ext_ptr, key);
    let signing_query = match ext.get("signing-query") {
        None => SigningQuery::Exclude,
        Some(value) => match signing_query(value, ext.get("signing-url").is_some()) {
            Ok(rule) => rule,
            Err(why) => {
                warnings.push(Diagnostic::warning(Kind::Extension, why).at(at("signing-query")));
                SigningQuery::Exclude
            }
        },
    };
    let keepalive = ext.get("keepalive").and_then(|value| {
        let read = keepalive(value, &at("keepalive"));
        kept("keepalive", read, &mut warnings)
    });
    let mut frame = |key: &str| {
        let read = frame_match(ext.get(key)?, &at(key));
        kept(key, read, &mut warnings)
    };
    let (ready, auth_error) = (frame("ready"), frame("auth-error"));
    let protocol = WebSocketProtocol {
        signing_query,
        keepalive,
        ready,
        auth_error,
    };
    for warning in &mut warnings {
        warning.message = format!("websocket stream `{stream}`: {}", warning.message);
    }
    (protocol, warnings)
}

/// The value of property `key`, or `None` with a warning saying why it is ignored, and where.
fn kept<T>(
    key: &str,
    read: Result<T, (String, String)>,
    warnings: &mut Vec<Diagnostic>,
) -> Option<T> {
    read.map_err(|(why, ptr)| {
        let message = format!("`{key}`: {why}; it is ignored");
        warnings.push(Diagnostic::warning(Kind::Extension, message).at(ptr));
    })
    .ok()
}

/// `signing-query: exclude | include`; `Err` says why not, or that it has no effect.
fn signing_query(value: &Value, has_signing_url: bool) -> Result<SigningQuery, String> {
    let rule = match value.as_str() {
        Some("exclude") => SigningQuery::Exclude,
        Some("include") => SigningQuery::Include,
        _ => {
            return Err(format!(
                "`signing-query` is `{value}`; expected `exclude` or `include`, so the signing \
                 URL is signed as declared (exclude)"
            ));
        }
    };
    if !has_signing_url {
        return Err(
            "`signing-query` has no effect without `signing-url`: the connection URL is \
             signed as requested"
                .to_owned(),
        );
    }
    Ok(rule)
}

/// `keepalive: {message, interval-seconds}`; `Err` says why not, and where.
fn keepalive(value: &Value, ptr: &str) -> Result<KeepAlive, (String, String)> {
    let object = known_keys(value, ptr, &["message", "interval-seconds"])?;
    let message = match object.get("message") {
        Some(Value::String(text)) if !text.is_empty() => text.clone(),
        other => {
            let why = format!("`message` must be a non-empty string, not {}", shown(other));
            return Err((why, pointer::push(ptr, "message")));
        }
    };
    let interval = object.get("interval-seconds");
    match interval.and_then(Value::as_u64) {
        Some(seconds) if seconds > 0 => Ok(KeepAlive {
            message,
            interval_seconds: seconds,
        }),
        _ => Err((
            format!(
                "`interval-seconds` must be a whole number of seconds, at least 1, not {}",
                shown(interval)
            ),
            pointer::push(ptr, "interval-seconds"),
        )),
    }
}

/// `{fields: {name: value, …}}`, at least one field, values strings, numbers or booleans (kept
/// as their text); `Err` says why not, and where.
fn frame_match(value: &Value, ptr: &str) -> Result<Vec<(String, String)>, (String, String)> {
    let object = known_keys(value, ptr, &["fields"])?;
    let fields_ptr = pointer::push(ptr, "fields");
    let Some(Value::Object(fields)) = object.get("fields") else {
        return Err(("expected `fields: {name: value, …}`".to_owned(), fields_ptr));
    };
    if fields.is_empty() {
        let why = "`fields` lists no field, so it would match every frame".to_owned();
        return Err((why, fields_ptr));
    }
    fields
        .iter()
        .map(|(name, value)| match value {
            Value::String(text) => Ok((name.clone(), text.clone())),
            Value::Number(_) | Value::Bool(_) => Ok((name.clone(), value.to_string())),
            _ => Err((
                format!("field `{name}` must have a string, number or boolean value, not {value}"),
                pointer::push(&fields_ptr, name),
            )),
        })
        .collect()
}

/// A property's value for a message: its JSON text, or "nothing" when it is missing.
fn shown(value: Option<&Value>) -> String {
    value.map_or_else(|| "nothing".to_owned(), Value::to_string)
}

/// `value` as an object with no other keys than `known`; `Err` names the first other one.
fn known_keys<'v>(
    value: &'v Value,
    ptr: &str,
    known: &[&str],
) -> Result<&'v Map<String, Value>, (String, String)> {
    let Value::Object(object) = value else {
        return Err((format!("expected an object, not {value}"), ptr.to_owned()));
    };
    match object.keys().find(|key| !known.contains(&key.as_str())) {
        Some(key) => Err((
            format!("unknown property `{key}` (expected {})", known.join(", ")),
            pointer::push(ptr, key),
        )),
        None => Ok(object),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    const EXT: &str = "/paths/~1events/get/x-websocket";

    /// The protocol and each warning as `pointer: message`.
    fn read(ext: Value) -> (WebSocketProtocol, Vec<String>) {
        let (protocol, warnings) = protocol(&ext, EXT, "events");
        let warnings = warnings
            .into_iter()
            .map(|w| {
                let message = w.message.strip_prefix("websocket stream `events`: ");
                let message = message.expect("the warning names the stream");
                format!("{}: {message}", w.pointer.unwrap_or_default())
            })
            .collect();
        (protocol, warnings)
    }

    /// Each warning starts with the extension's pointer and the expected text.
    fn assert_starts(warnings: &[String], expected: &[&str]) {
        assert_eq!(warnings.len(), expected.len(), "{warnings:#?}");
        for (warning, start) in warnings.iter().zip(expected) {
            assert!(warning.starts_with(&format!("{EXT}{start}")), "{warning}");
        }
    }

    #[test]
    fn every_property_is_read() {
        let (protocol, warnings) = read(json!({
            "signing-url": "https://api.example.com/events",
            "signing-query": "include",
            "keepalive": {"message": "[\"ping\"]", "interval-seconds": 40},
            "ready": {"fields": {"type": "socket_ready"}},
            "auth-error": {"fields": {"type": "error", "id": 2001, "fatal": true}},
        }));
        assert_eq!(warnings, Vec::<String>::new());
        let pairs = |p: &[(&str, &str)]| {
            p.iter()
                .map(|(f, v)| (f.to_string(), v.to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            protocol,
            WebSocketProtocol {
                signing_query: SigningQuery::Include,
                keepalive: Some(KeepAlive {
                    message: r#"["ping"]"#.to_owned(),
                    interval_seconds: 40
                }),
                ready: Some(pairs(&[("type", "socket_ready")])),
                auth_error: Some(pairs(&[
                    ("type", "error"),
                    ("id", "2001"),
                    ("fatal", "true")
                ])),
            }
        );
        let (protocol, warnings) = read(json!({"auth": "header"}));
        assert!(protocol.is_default() && warnings.is_empty());
    }

    #[test]
    fn malformed_properties_are_left_out_with_a_warning_where_they_are() {
        let (protocol, warnings) = read(json!({
            "signing-query": "sometimes",
            "keepalive": {"message": "ping", "interval-seconds": 0},
            "ready": {"fields": {}},
            "auth-error": {"fields": {"type": "error", "id": [2001]}},
        }));
        assert!(protocol.is_default(), "{protocol:?}");
        let expected = [
            "/signing-query: `signing-query` is `\"sometimes\"`; expected",
            "/keepalive/interval-seconds: `keepalive`: `interval-seconds` must be a whole number of seconds, at least 1, not 0; it is ignored",
            "/ready/fields: `ready`: `fields` lists no field",
            "/auth-error/fields/id: `auth-error`: field `id` must have a string, number",
        ];
        assert_starts(&warnings, &expected);
    }

    #[test]
    fn unknown_keys_wrong_shapes_and_a_useless_signing_query_are_reported() {
        let (protocol, warnings) = read(json!({
            "signing-query": "include",
            "keepalive": {"message": "ping", "interval": 40},
            "ready": {"type": "socket_ready"},
            "auth-error": "2001",
        }));
        assert!(protocol.is_default(), "{protocol:?}");
        let expected = [
            "/signing-query: `signing-query` has no effect without `signing-url`",
            "/keepalive/interval: `keepalive`: unknown property `interval` (expected message, interval-seconds); it is ignored",
            "/ready/type: `ready`: unknown property `type` (expected fields)",
            "/auth-error: `auth-error`: expected an object, not \"2001\"",
        ];
        assert_starts(&warnings, &expected);
        let (_, warnings) = read(json!({"keepalive": {"interval-seconds": 5}}));
        let missing = "/keepalive/message: `keepalive`: `message` must be a non-empty string, \
                       not nothing; it is ignored";
        assert_starts(&warnings, &[missing]);
    }
}
