//! What a generated crate declares about a websocket server's own protocol, beyond messages:
//! which URL query is signed, the keep-alive frame it expects, and the control frames it sends
//! (a ready marker, a rejection of the credentials).

use std::time::Duration;

use serde_json::Value;

/// Whether the authenticator signs the signing URL with the connection's query (the stream's
/// query parameters and the resume parameter) or without it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum SigningQuery {
    /// The signing URL is signed as declared, without a query (Clever Cloud's sockets, as
    /// documented; HTTP operations with a signing URL are signed the same way).
    #[default]
    Exclude,
    /// The connection's query is copied onto the signing URL before signing.
    Include,
}

/// A text frame the client sends at a fixed interval so that the server does not drop an idle
/// connection (Clever Cloud: `["ping"]` every 40 seconds). It is sent on every connection,
/// after the authentication message, while the stream waits for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct KeepAlive {
    /// The frame's text.
    pub message: &'static str,
    /// The time between two frames (the first goes this long after connecting).
    pub interval: Duration,
}

impl KeepAlive {
    /// `message` sent every `interval`.
    pub const fn new(message: &'static str, interval: Duration) -> Self {
        Self { message, interval }
    }
}

/// A kind of frame recognised by the values of top-level fields of a JSON object: it matches
/// when every listed field is present with its value. Values compare as text: a string field
/// matches its content, a number or boolean its JSON text (`id: 2001` matches `"id": 2001`).
/// An empty list matches nothing.
///
/// ```
/// use cloudsdk_runtime::FrameMatch;
///
/// let rejected = FrameMatch::new(&[("type", "error"), ("id", "2001")]);
/// assert!(rejected.matches(&serde_json::json!({"type": "error", "id": 2001, "message": "no"})));
/// assert!(!rejected.matches(&serde_json::json!({"type": "error", "id": 500})));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct FrameMatch {
    /// The `(field, value)` pairs a frame must carry.
    pub fields: &'static [(&'static str, &'static str)],
}

impl FrameMatch {
    /// A match on these `(field, value)` pairs.
    pub const fn new(fields: &'static [(&'static str, &'static str)]) -> Self {
        Self { fields }
    }

    /// True when `frame` is an object carrying every listed field with its value.
    pub fn matches(&self, frame: &Value) -> bool {
        !self.fields.is_empty()
            && self
                .fields
                .iter()
                .all(|(field, expected)| match frame.get(field) {
                    Some(Value::String(text)) => text == expected,
                    Some(Value::Number(number)) => {
                        expected.parse::<serde_json::Number>().ok().as_ref() == Some(number)
                    }
                    Some(Value::Bool(flag)) => expected.parse::<bool>() == Ok(*flag),
                    _ => false,
                })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::stream::websocket::protocol::*;

    #[test]
    fn a_frame_matches_when_every_field_has_its_value_as_text() {
        let ready = FrameMatch::new(&[("type", "socket_ready")]);
        assert!(ready.matches(&json!({"type": "socket_ready"})));
        assert!(!ready.matches(&json!({"type": "socket_readyx"})));
        assert!(!ready.matches(&json!({"kind": "socket_ready"})));
        assert!(!ready.matches(&json!(["socket_ready"])));
        assert!(!ready.matches(&json!("socket_ready")));
        let error = FrameMatch::new(&[("type", "error"), ("id", "2001")]);
        assert!(error.matches(&json!({"type": "error", "id": 2001})));
        assert!(error.matches(&json!({"type": "error", "id": "2001"})));
        assert!(!error.matches(&json!({"type": "error", "id": 2001.5})));
        assert!(!error.matches(&json!({"type": "error"})));
        assert!(!error.matches(&json!({"type": "error", "id": null})));
        let flag = FrameMatch::new(&[("ok", "true")]);
        assert!(flag.matches(&json!({"ok": true})));
        assert!(
            !FrameMatch::new(&[]).matches(&json!({})),
            "empty matches nothing"
        );
    }
}
