//! What one read from a websocket connection means to the stream. Frames that carry meaning
//! beyond "a message" (a keep-alive, a ready or an authentication-error frame some servers
//! send) get their own variant here, and the socket decides what each does.

use bytes::Bytes;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::{Error as WsError, Message};

#[derive(Debug)]
pub(super) enum Frame {
    /// A message's payload (a text or binary frame).
    Data(Bytes),
    /// Protocol traffic that is not a message: pings (tungstenite answers them on the next
    /// read), pongs, raw frames.
    Control,
    /// The server closed the connection with a close frame.
    Closed(Option<CloseFrame>),
    /// The connection broke, or ended without a close frame.
    Broken(String),
}

impl Frame {
    /// Sorts what the connection gave on one read.
    pub(super) fn read(next: Option<Result<Message, WsError>>) -> Self {
        match next {
            Some(Ok(Message::Text(text))) => Frame::Data(Bytes::from(text)),
            Some(Ok(Message::Binary(bytes))) => Frame::Data(bytes),
            Some(Ok(Message::Ping(_) | Message::Pong(_) | Message::Frame(_))) => Frame::Control,
            Some(Ok(Message::Close(frame))) => Frame::Closed(frame),
            Some(Err(e)) => Frame::Broken(format!("connection lost: {e}")),
            None => Frame::Broken("the server closed the connection".to_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::stream::websocket::frame::*;

    #[test]
    fn frames_are_sorted_into_messages_control_and_endings() {
        let text = Frame::read(Some(Ok(Message::text("{}"))));
        assert!(matches!(text, Frame::Data(b) if &b[..] == b"{}"));
        let binary = Frame::read(Some(Ok(Message::binary(vec![1u8]))));
        assert!(matches!(binary, Frame::Data(b) if b[..] == [1]));
        let ping = Frame::read(Some(Ok(Message::Ping(Bytes::new()))));
        assert!(matches!(ping, Frame::Control));
        assert!(matches!(
            Frame::read(Some(Ok(Message::Close(None)))),
            Frame::Closed(None)
        ));
        let broken = Frame::read(Some(Err(WsError::ConnectionClosed)));
        assert!(matches!(broken, Frame::Broken(m) if m.starts_with("connection lost")));
        assert!(matches!(Frame::read(None), Frame::Broken(_)));
    }
}
