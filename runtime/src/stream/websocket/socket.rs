//! A websocket stream as the reconnect driver sees it: each connection is a handshake to the
//! URL (with the resume parameter once a message arrived), read frame by frame while the
//! senders' queue and the keep-alive frames are written to it. The operation's control frames
//! are acted on here: a ready frame is dropped, an authentication error ends the stream.

use std::time::{Duration, Instant};

use bytes::Bytes;
use futures_util::{SinkExt, StreamExt};
use serde::de::DeserializeOwned;
use tokio_tungstenite::tungstenite::Message;
use tracing::Instrument;
use url::Url;

use crate::client::Client;
use crate::error::{Error, ResponseParts, WebSocketRejected};
use crate::response::decode_error;
use crate::stream::reconnect::{Link, Read, Refused};
use crate::stream::resume::Position;
use crate::stream::websocket::frame::Frame;
use crate::stream::websocket::handle::Outgoing;
use crate::stream::websocket::handshake::{Connection, Failure, handshake};
use crate::stream::websocket::keepalive::KeepAliveTimer;
use crate::stream::websocket::operation::WebSocketOperation;
use crate::stream::websocket::protocol::{KeepAlive, SigningQuery};

pub(super) struct Socket<M> {
    client: Client,
    op: WebSocketOperation,
    /// The URL without the resume parameter.
    url: Url,
    signing_url: Option<Url>,
    /// Messages from [`WebSocketSender`](crate::WebSocketSender)s, sent while the stream waits
    /// for the next message.
    queued: Outgoing,
    keepalive: KeepAliveTimer,
    position: Position,
    _message: std::marker::PhantomData<fn() -> M>,
}

impl<M> Socket<M> {
    /// The stream of `op` to `url` (`signing_url`: what the authenticator signs, with the query
    /// already when the operation includes it), sending `keepalive` frames.
    pub(super) fn new(
        client: Client,
        op: WebSocketOperation,
        (url, signing_url): (Url, Option<Url>),
        keepalive: Option<KeepAlive>,
        queued: Outgoing,
    ) -> Self {
        Self {
            client,
            op,
            url,
            signing_url,
            queued,
            keepalive: KeepAliveTimer::new(keepalive),
            position: Position::default(),
            _message: std::marker::PhantomData,
        }
    }
}

impl<M: DeserializeOwned> Link for Socket<M> {
    type Conn = Connection;
    type Item = Result<M, Error>;
    type Failure = Failure;

    async fn open(&mut self, attempt: u32) -> Result<Connection, Refused<Self::Item, Failure>> {
        let (url, signing) = self.connect_urls();
        let span = tracing::debug_span!(
            "websocket",
            operation = self.op.id,
            url = self.op.url,
            attempt,
            status = tracing::field::Empty,
            latency_ms = tracing::field::Empty,
        );
        let started = Instant::now();
        let result = handshake(&self.client, &self.op, &url, signing.as_ref(), attempt)
            .instrument(span.clone())
            .await;
        let status = match &result {
            Ok((_, status)) => Some(*status),
            Err(Refused::Retry(failure)) => failure.status,
            Err(Refused::Fatal(error)) => error.status(),
        };
        if let Some(status) = status {
            span.record("status", status.as_u16());
        }
        span.record("latency_ms", started.elapsed().as_millis() as u64);
        match result {
            Ok((conn, _)) => {
                self.position.reconnected();
                self.keepalive.restart();
                Ok(conn)
            }
            Err(Refused::Retry(failure)) => Err(Refused::Retry(failure)),
            Err(Refused::Fatal(error)) => Err(Refused::Fatal(Err(error))),
        }
    }

    /// Reads frames until a message or the connection's end, sending queued messages and
    /// keep-alive frames meanwhile (what the wait ends with: `Ok` a frame read, `Err` a message
    /// to send).
    async fn read(&mut self, conn: &mut Connection) -> Read<Self::Item, Failure> {
        loop {
            let next = tokio::select! {
                next = conn.next() => Ok(next),
                Some(message) = self.queued.recv() => Err(message),
                message = self.keepalive.due() => Err(message),
            };
            let next = match next {
                Ok(next) => next,
                Err(outgoing) => match self.send(conn, outgoing).await {
                    Ok(()) => continue,
                    Err(end) => return end,
                },
            };
            match Frame::read(next, &self.op) {
                Frame::Data(bytes) => return Read::Message(self.message(bytes)),
                Frame::Control => {}
                Frame::Ready => {
                    tracing::debug!(operation = self.op.id, "websocket ready");
                }
                Frame::Rejected(frame) => {
                    tracing::debug!(operation = self.op.id, "websocket credentials rejected");
                    let operation = self.op.id;
                    let rejected = WebSocketRejected { operation, frame };
                    return Read::End(Some(Err(Error::WebSocketRejected(Box::new(rejected)))));
                }
                Frame::Closed(frame) => {
                    tracing::debug!(
                        operation = self.op.id,
                        ?frame,
                        "websocket closed by the server"
                    );
                    return Read::Closed(Failure::new("the server closed the connection"));
                }
                Frame::Broken(message) => {
                    tracing::debug!(operation = self.op.id, %message, "websocket connection lost");
                    return Read::Lost(Failure::new(message));
                }
            }
        }
    }

    fn server_delay(&self) -> Option<Duration> {
        None
    }

    fn gave_up(&mut self, failure: Failure, attempts: u32) -> Self::Item {
        Err(failure.into_error(self.op.id, attempts))
    }
}

impl<M: DeserializeOwned> Socket<M> {
    /// Decodes one message; `None` when it repeats one delivered before a resume.
    fn message(&mut self, bytes: Bytes) -> Option<Result<M, Error>> {
        let decoded = self.position.decode(self.op.resume, &bytes)?;
        Some(decoded.map_err(|(path, message)| frame_error(bytes, path, message)))
    }

    /// Sends `message` (queued or a keep-alive); a failure is the connection's end.
    async fn send(
        &self,
        conn: &mut Connection,
        message: Message,
    ) -> Result<(), Read<Result<M, Error>, Failure>> {
        conn.send(message).await.map_err(|e| {
            tracing::debug!(operation = self.op.id, error = %e, "websocket send failed");
            Read::Lost(Failure::new(format!("connection lost while sending: {e}")))
        })
    }

    /// The URLs of the next connection: with the resume parameter once a message was seen (on
    /// the signing URL too when the operation signs the query).
    fn connect_urls(&self) -> (Url, Option<Url>) {
        let mut url = self.url.clone();
        let mut signing = self.signing_url.clone();
        let signed_query = match self.op.signing_query {
            SigningQuery::Include => signing.as_mut(),
            SigningQuery::Exclude => None,
        };
        for url in std::iter::once(&mut url).chain(signed_query) {
            let mut query = url.query().unwrap_or_default().to_owned();
            if self.position.apply(self.op.resume, &mut query) {
                url.set_query(Some(&query));
            }
        }
        (url, signing)
    }
}

/// A message that does not decode, kept whole (`101 Switching Protocols` marks it as a
/// websocket message rather than a response body).
fn frame_error(frame: Bytes, path: String, message: String) -> Error {
    let parts = ResponseParts {
        status: http::StatusCode::SWITCHING_PROTOCOLS,
        headers: http::HeaderMap::new(),
        body: frame,
    };
    decode_error(parts, path, message)
}
