//! Typed values to wire text, and typed checks of JSON bodies.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::route::BodyKind;
use crate::wire::Answer;

/// A parameter value as the client writes it: a string as it is, a number or boolean in JSON
/// notation, each item of a list; `None` (null) is no value. Objects have no one spelling.
pub(crate) fn wire_values(value: &impl Serialize) -> Result<Vec<String>, String> {
    let value = serde_json::to_value(value).map_err(|e| format!("does not serialise: {e}"))?;
    match value {
        Value::Null => Ok(Vec::new()),
        Value::Array(items) => items.iter().map(scalar).collect(),
        other => Ok(vec![scalar(&other)?]),
    }
}

fn scalar(value: &Value) -> Result<String, String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        Value::Number(n) => Ok(n.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        other => Err(format!("{other} is not a single value")),
    }
}

/// The success answer for `value`, written as the operation's success kind says.
pub(crate) fn success_answer(
    status: u16,
    kind: BodyKind,
    value: &impl Serialize,
) -> Result<Answer, String> {
    let value =
        serde_json::to_value(value).map_err(|e| format!("the value does not serialise: {e}"))?;
    Ok(match (kind, value) {
        (BodyKind::Empty, _) => Answer::empty(status),
        (BodyKind::Json, value) => Answer::json(status, &value),
        (BodyKind::Text, Value::String(text)) => Answer::text(status, &text),
        (BodyKind::Binary, Value::Array(items)) => {
            let bytes = items
                .iter()
                .map(|b| b.as_u64().and_then(|b| u8::try_from(b).ok()))
                .collect::<Option<Vec<u8>>>()
                .ok_or("the bytes of a binary body must be numbers up to 255")?;
            Answer::new(status, "application/octet-stream", bytes)
        }
        (kind, value) => return Err(format!("a {kind:?} success cannot be written from {value}")),
    })
}

/// Whether `body` decodes into `T`; otherwise the JSON path where it failed and why.
pub(crate) fn decodes<T: DeserializeOwned>(body: &Value) -> Result<(), (String, String)> {
    serde_path_to_error::deserialize::<_, T>(body)
        .map(|_| ())
        .map_err(|e| (e.path().to_string(), e.into_inner().to_string()))
}
