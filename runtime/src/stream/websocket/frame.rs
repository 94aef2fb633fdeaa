//! What one read from a websocket connection means to the stream. Frames that carry meaning
//! beyond "a message" (a keep-alive, a ready or an authentication-error frame some servers
//! send) get their own variant here, and the socket decides what each does.

use bytes::Bytes;
use serde_json::Value;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::{Error as WsError, Message};

use crate::stream::websocket::operation::WebSocketOperation;

#[derive(Debug)]
pub(super) enum Frame {
    /// A message's payload (a text or binary frame).
    Data(Bytes),
    /// The operation's ready frame: the server accepted the credentials.
    Ready,
    /// The operation's authentication-error frame, as received.
    Rejected(Bytes),
    /// Protocol traffic that is not a message: pings (tungstenite answers them on the next
    /// read), pongs, raw frames.
    Control,
    /// The server closed the connection with a close frame.
    Closed(Option<CloseFrame>),
    /// The connection broke, or ended without a close frame.
    Broken(String),
}

impl Frame {
    /// Sorts what the connection of `op` gave on one read.
    pub(super) fn read(next: Option<Result<Message, WsError>>, op: &WebSocketOperation) -> Self {
        match next {
            Some(Ok(Message::Text(text))) => Frame::data(Bytes::from(text), op),
            Some(Ok(Message::Binary(bytes))) => Frame::data(bytes, op),
            Some(Ok(Message::Ping(_) | Message::Pong(_) | Message::Frame(_))) => Frame::Control,
            Some(Ok(Message::Close(frame))) => Frame::Closed(frame),
            Some(Err(e)) => Frame::Broken(format!("connection lost: {e}")),
            None => Frame::Broken("the server closed the connection".to_owned()),
        }
    }

    /// A payload: one of the operation's control frames, or a message. Payloads are only
    /// parsed here when the operation declares control frames.
    fn data(bytes: Bytes, op: &WebSocketOperation) -> Self {
        if op.ready.is_none() && op.auth_error.is_none() {
            return Frame::Data(bytes);
        }
        let Ok(value) = serde_json::from_slice::<Value>(&bytes) else {
            return Frame::Data(bytes);
        };
        if op.auth_error.is_some_and(|shape| shape.matches(&value)) {
            Frame::Rejected(bytes)
        } else if op.ready.is_some_and(|shape| shape.matches(&value)) {
            Frame::Ready
        } else {
            Frame::Data(bytes)
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::stream::websocket::frame::*;

    static PLAIN: WebSocketOperation = WebSocketOperation::new("plain", "wss://a.example/");
    static CONTROLLED: WebSocketOperation = WebSocketOperation::new("events", "wss://a.example/")
        .ready(&[("type", "socket_ready")])
        .auth_error(&[("type", "error"), ("id", "2001")]);

    fn text(text: &str, op: &WebSocketOperation) -> Frame {
        Frame::read(Some(Ok(Message::text(text))), op)
    }

    #[test]
    fn frames_are_sorted_into_messages_control_and_endings() {
        assert!(matches!(text("{}", &PLAIN), Frame::Data(b) if &b[..] == b"{}"));
        let binary = Frame::read(Some(Ok(Message::binary(vec![1u8]))), &PLAIN);
        assert!(matches!(binary, Frame::Data(b) if b[..] == [1]));
        let ping = Frame::read(Some(Ok(Message::Ping(Bytes::new()))), &PLAIN);
        assert!(matches!(ping, Frame::Control));
        assert!(matches!(
            Frame::read(Some(Ok(Message::Close(None))), &PLAIN),
            Frame::Closed(None)
        ));
        let broken = Frame::read(Some(Err(WsError::ConnectionClosed)), &PLAIN);
        assert!(matches!(broken, Frame::Broken(m) if m.starts_with("connection lost")));
        assert!(matches!(Frame::read(None, &PLAIN), Frame::Broken(_)));
    }

    #[test]
    fn declared_control_frames_are_told_from_messages() {
        let ready = r#"{"type": "socket_ready"}"#;
        let rejected = r#"{"type": "error", "id": 2001, "message": "bad signature"}"#;
        assert!(matches!(text(ready, &CONTROLLED), Frame::Ready));
        assert!(matches!(text(rejected, &CONTROLLED), Frame::Rejected(b) if b == rejected));
        let other_error = r#"{"type": "error", "id": 500}"#;
        assert!(matches!(text(other_error, &CONTROLLED), Frame::Data(_)));
        assert!(matches!(text("not json", &CONTROLLED), Frame::Data(_)));
        assert!(
            matches!(text(ready, &PLAIN), Frame::Data(_)),
            "undeclared, a ready frame is a message"
        );
    }
}
