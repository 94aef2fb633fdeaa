//! What the mock answers a matched request with, and how that goes on the wire: a complete
//! answer, a dropped connection, or a scripted event stream (chunked, so that a drop is a cut
//! body the client notices, not a clean end).

use std::time::Duration;

use tokio::io::{AsyncWrite, AsyncWriteExt};

use crate::route::{Route, SocketFrames};
use crate::wire::{self, Answer};

/// One reply.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A complete answer.
    Answer(Answer),
    /// Closes the connection without answering, after the delay.
    Drop(Duration),
    /// A `text/event-stream` answer written event by event.
    Events(EventScript),
    /// A websocket upgrade, then scripted messages (played by the socket module, which needs
    /// the server's state: `write` never sees this variant).
    Socket(SocketScript),
    /// The mock's own answer when an expectation has no reply (never registered that way).
    NotFound,
}

/// What a call must carry for its reply: checked when the reply is taken (the resume
/// parameter after a reconnect, the page asked for).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// `query` or `header`.
    pub kind: CheckKind,
    /// The parameter or header name.
    pub name: String,
    /// The value it must have (`None`: it must be absent).
    pub value: Option<String>,
    /// Why, for the report (`the resume parameter after reconnect 1`).
    pub why: String,
}

/// Where a [`Check`] looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckKind {
    /// A query parameter.
    Query,
    /// A header.
    Header,
}

impl Check {
    /// The problem with `request`, if any.
    pub fn problem(&self, request: &wire::Request) -> Option<String> {
        let got = match self.kind {
            CheckKind::Query => request
                .query_pairs()
                .into_iter()
                .find(|(k, _)| *k == self.name)
                .map(|(_, v)| v),
            CheckKind::Header => request.header(&self.name).map(str::to_owned),
        };
        (got != self.value).then(|| {
            let place = match self.kind {
                CheckKind::Query => "query parameter",
                CheckKind::Header => "header",
            };
            let show =
                |v: &Option<String>| v.as_ref().map_or("nothing".into(), |v| format!("{v:?}"));
            format!(
                "{place} `{}` ({}): expected {}, got {}",
                self.name,
                self.why,
                show(&self.value),
                show(&got)
            )
        })
    }
}

/// A scripted event stream on one connection.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventScript {
    /// Wire text of each event (`id: 1\ndata: {…}\n\n`), written as one chunk each.
    pub chunks: Vec<String>,
    /// End by cutting the body mid-event (the client reconnects) rather than cleanly.
    pub dropped: bool,
}

/// A scripted websocket connection.
#[derive(Debug, Clone, Default)]
pub struct SocketScript {
    /// The text frames sent, in order (serialised messages).
    pub frames: Vec<String>,
    /// End by cutting the connection without a close frame (the client reconnects) rather
    /// than staying open until the client leaves.
    pub dropped: bool,
    /// The operation whose credentials the first frame must carry, and the upgrade request
    /// they are checked against (set when the request is matched).
    pub first_message: Option<(&'static Route, wire::Request)>,
    /// The operation's control frames: ready after accepted credentials, the authentication
    /// error for refused ones.
    pub control: SocketFrames,
}

/// Writes `reply`; `false` when the connection cannot be kept.
pub(crate) async fn write<S: AsyncWrite + Unpin>(stream: &mut S, reply: &Reply) -> bool {
    match reply {
        Reply::Answer(answer) => {
            if !answer.delay.is_zero() {
                tokio::time::sleep(answer.delay).await;
            }
            wire::write_answer(stream, answer).await
        }
        Reply::Drop(delay) => {
            tokio::time::sleep(*delay).await;
            let _ = stream.shutdown().await;
            false
        }
        Reply::Events(script) => {
            write_events(stream, script).await;
            false
        }
        Reply::Socket(_) | Reply::NotFound => {
            let answer = Answer::text(501, "the mock has no reply for this expectation");
            wire::write_answer(stream, &answer).await
        }
    }
}

async fn write_events<S: AsyncWrite + Unpin>(stream: &mut S, script: &EventScript) {
    let headers = [
        ("content-type".to_owned(), "text/event-stream".to_owned()),
        ("transfer-encoding".to_owned(), "chunked".to_owned()),
        ("cache-control".to_owned(), "no-cache".to_owned()),
    ];
    let mut out = wire::head(200, &headers, None);
    for chunk in &script.chunks {
        out.extend_from_slice(format!("{:x}\r\n{chunk}\r\n", chunk.len()).as_bytes());
    }
    // A drop promises a chunk it never finishes; a clean end sends the last chunk.
    out.extend_from_slice(if script.dropped {
        b"40\r\ndata: {\"cut"
    } else {
        b"0\r\n\r\n"
    });
    let _ = stream.write_all(&out).await;
    let _ = stream.flush().await;
    let _ = stream.shutdown().await;
}
