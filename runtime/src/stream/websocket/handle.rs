//! What a caller holds: the stream of messages and the senders that write to its connection.

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_util::Stream;
use serde::Serialize;
use serde_json::Value;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message;

use crate::error::Error;

/// A stream of typed messages from a websocket, reconnecting and resuming as its operation
/// says (see [`WebSocketRequest::connect`](crate::WebSocketRequest::connect)). Dropping it
/// closes the connection.
pub struct WebSocketStream<M> {
    inner: Pin<Box<dyn Stream<Item = Result<M, Error>> + Send>>,
    operation: &'static str,
    outgoing: mpsc::UnboundedSender<Message>,
}

/// Where the messages [`WebSocketSender`]s queue are read from, to be sent on the connection.
pub(super) type Outgoing = mpsc::UnboundedReceiver<Message>;

impl<M> WebSocketStream<M> {
    /// A stream of `messages`, and the receiving end of its senders' queue.
    pub(super) fn new(
        operation: &'static str,
        messages: impl FnOnce(Outgoing) -> Pin<Box<dyn Stream<Item = Result<M, Error>> + Send>>,
    ) -> Self {
        let (outgoing, queued) = mpsc::unbounded_channel();
        Self {
            inner: messages(queued),
            operation,
            outgoing,
        }
    }

    /// A handle that sends messages of type `S` to the server over this stream's connection
    /// (queued while it reconnects), for streams that take input, like an interactive command.
    /// Sending needs the stream to be polled: messages go out while it waits for the next one.
    ///
    /// ```no_run
    /// # use cloudsdk_runtime::{Client, WebSocketOperation};
    /// use futures_util::StreamExt;
    /// # static EXEC: WebSocketOperation = WebSocketOperation::new("exec", "wss://a.example/exec");
    /// # async fn run(client: Client) -> Result<(), cloudsdk_runtime::Error> {
    /// let mut session = client.websocket(&EXEC).connect::<serde_json::Value>();
    /// let input = session.sender::<String>();
    /// input.send("ls -l /\n")?;
    /// while let Some(output) = session.next().await {
    ///     println!("{}", output?);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn sender<S: Serialize>(&self) -> WebSocketSender<S> {
        WebSocketSender {
            operation: self.operation,
            outgoing: self.outgoing.clone(),
            _message: std::marker::PhantomData,
        }
    }
}

/// Sends messages over a [`WebSocketStream`]'s connection (see [`WebSocketStream::sender`]).
pub struct WebSocketSender<S> {
    operation: &'static str,
    outgoing: mpsc::UnboundedSender<Message>,
    _message: std::marker::PhantomData<fn(S)>,
}

impl<S: Serialize> WebSocketSender<S> {
    /// Queues one message as a text frame: a message that is a string goes as that text (an
    /// interactive command's input), anything else as JSON. Fails once the stream has ended or
    /// been dropped.
    pub fn send(&self, message: impl Into<S>) -> Result<(), Error> {
        let text = match serde_json::to_value(message.into()) {
            Ok(Value::String(text)) => text,
            Ok(value) => value.to_string(),
            Err(e) => {
                return Err(Error::InvalidRequest(format!(
                    "{}: the message does not serialize: {e}",
                    self.operation
                )));
            }
        };
        self.outgoing.send(Message::text(text)).map_err(|_| {
            Error::InvalidRequest(format!(
                "{}: the websocket stream has ended; nothing more can be sent",
                self.operation
            ))
        })
    }
}

impl<S> Clone for WebSocketSender<S> {
    fn clone(&self) -> Self {
        Self {
            operation: self.operation,
            outgoing: self.outgoing.clone(),
            _message: std::marker::PhantomData,
        }
    }
}

impl<S> fmt::Debug for WebSocketSender<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebSocketSender")
            .field("operation", &self.operation)
            .finish_non_exhaustive()
    }
}

impl<M> Stream for WebSocketStream<M> {
    type Item = Result<M, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl<M> fmt::Debug for WebSocketStream<M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebSocketStream").finish_non_exhaustive()
    }
}
