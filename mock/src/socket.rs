//! A scripted websocket connection on the wire: the upgrade answered by hand (the request was
//! already read as HTTP), the credentials of the first frame checked when the operation sends
//! them that way (refused with the server's authentication-error frame when it declares one),
//! the server's ready frame, the script's text frames, then a drop or a connection held open
//! until the client leaves.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Map, Value};
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_tungstenite::tungstenite::protocol::Role;
use tokio_tungstenite::tungstenite::protocol::frame::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

use crate::reply::SocketScript;
use crate::state::State;
use crate::wire::{self, Answer, Request};

/// How long the mock waits for the first frame of a stream that authenticates with it.
const FIRST_FRAME_LIMIT: Duration = Duration::from_secs(5);

/// Upgrades `request`'s connection and plays `script` on it; the connection ends here.
pub(crate) async fn play<S: AsyncRead + AsyncWrite + Unpin>(
    mut stream: S,
    request: &Request,
    script: &SocketScript,
    state: &Arc<Mutex<State>>,
) {
    let Some(key) = request.header("sec-websocket-key") else {
        let text = format!(
            "{} {}: a websocket operation, but the request is not a websocket upgrade",
            request.method,
            request.path()
        );
        problem(state, text.clone());
        let _ = wire::write_answer(&mut stream, &Answer::text(400, &text)).await;
        return;
    };
    let head = format!(
        "HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: Upgrade\r\n\
         sec-websocket-accept: {}\r\n\r\n",
        derive_accept_key(key.as_bytes())
    );
    if stream.write_all(head.as_bytes()).await.is_err() {
        return;
    }
    let mut socket = WebSocketStream::from_raw_socket(stream, Role::Server, None).await;
    if let Some((route, upgrade)) = &script.first_message {
        let first = tokio::time::timeout(FIRST_FRAME_LIMIT, first_text(&mut socket)).await;
        let first = first.ok().flatten().unwrap_or_default();
        let why = {
            let state = state.lock().unwrap_or_else(PoisonError::into_inner);
            crate::check::first_frame_problem(&state, route, upgrade, &first)
        };
        if let Some(why) = why {
            problem(state, format!("{}: {why}", route.describe()));
            refuse(socket, script.control.auth_error).await;
            return;
        }
    }
    if let Some(ready) = script.control.ready {
        let frame = Value::Object(control_frame(ready)).to_string();
        if socket.send(Message::text(frame)).await.is_err() {
            return;
        }
    }
    for frame in &script.frames {
        if socket.send(Message::text(frame.as_str())).await.is_err() {
            return;
        }
    }
    if script.dropped {
        // No close frame: the client sees a broken connection and reconnects.
        let _ = socket.get_mut().shutdown().await;
        return;
    }
    // Held open (pings answered, keep-alives and other frames ignored) until the client leaves.
    while let Some(Ok(_)) = socket.next().await {}
}

/// Refuses the credentials as the server does: its authentication-error frame on a connection
/// left open (the client ends the stream at once), or, when it declares none, a close with
/// code 1008 (the client treats it as a lost connection and reconnects).
async fn refuse<S: AsyncRead + AsyncWrite + Unpin>(
    mut socket: WebSocketStream<S>,
    auth_error: Option<&'static [(&'static str, &'static str)]>,
) {
    let Some(fields) = auth_error else {
        let close = CloseFrame {
            code: CloseCode::Policy,
            reason: "credentials refused".into(),
        };
        let _ = socket.close(Some(close)).await;
        return;
    };
    let mut frame = control_frame(fields);
    // The provider says why in words; never the credentials themselves.
    frame
        .entry("message")
        .or_insert_with(|| "credentials refused".into());
    let text = Value::Object(frame).to_string();
    if socket.send(Message::text(text)).await.is_ok() {
        while let Some(Ok(_)) = socket.next().await {}
    }
}

/// A control frame: an object of `fields`, numbers and booleans written as such.
fn control_frame(fields: &[(&str, &str)]) -> Map<String, Value> {
    let mut frame = Map::new();
    for (field, text) in fields {
        let value = match serde_json::from_str::<Value>(text) {
            Ok(v @ (Value::Number(_) | Value::Bool(_))) => v,
            _ => Value::String((*text).to_owned()),
        };
        frame.insert((*field).to_owned(), value);
    }
    frame
}

/// The first text frame the client sends, if any.
async fn first_text<S: AsyncRead + AsyncWrite + Unpin>(
    socket: &mut WebSocketStream<S>,
) -> Option<String> {
    while let Some(Ok(message)) = socket.next().await {
        if let Message::Text(text) = message {
            return Some(text.as_str().to_owned());
        }
    }
    None
}

fn problem(state: &Arc<Mutex<State>>, text: String) {
    let mut state = state.lock().unwrap_or_else(PoisonError::into_inner);
    state.problems.push(text);
}
