//! Scripted websocket connections, built from typed messages and checked the way the client
//! will read them: each message must decode into the operation's message type, and each
//! reconnect must resume where the previous connection stopped.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::MockError;
use crate::reply::{Check, CheckKind, Reply, SocketScript};
use crate::route::Stream;
use crate::stream::resume_text;
use crate::when::{Mocked, When};

/// The messages of one websocket connection.
#[derive(Debug, Clone)]
pub struct Messages<M> {
    messages: Vec<M>,
    dropped: bool,
}

impl<M> Default for Messages<M> {
    fn default() -> Self {
        Self {
            messages: Vec::new(),
            dropped: false,
        }
    }
}

impl<M> Messages<M> {
    /// No messages yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// A message, sent as one JSON text frame.
    pub fn message(mut self, message: M) -> Self {
        self.messages.push(message);
        self
    }

    /// Ends this connection by cutting it without a close frame: the client reconnects.
    /// (Without it, the connection stays open until the client leaves.)
    pub fn then_drop(mut self) -> Self {
        self.dropped = true;
        self
    }
}

impl<B, S, E, I> When<'_, B, S, E, I> {
    /// Answers a websocket operation with one connection per script, in order: the upgrade is
    /// accepted (credentials checked as the provider checks them, on the upgrade request or in
    /// the first frame), the messages are sent, then the connection drops or stays open. Each
    /// connection after one that sent a message must carry the resume parameter (the last
    /// message's resume field), or it gets 400 and [`crate::MockServer::verify`] reports it.
    /// Messages are the operation's message type, or JSON values that must decode into it.
    /// Expects exactly one connection per script unless `times` says otherwise.
    pub fn messages<M: Serialize>(self, connections: Vec<Messages<M>>) -> Result<Mocked, MockError>
    where
        I: DeserializeOwned,
    {
        let route = self.route();
        let Stream::WebSocket { resume, .. } = route.stream else {
            return Err(MockError::Registration {
                operation: route.op.id,
                message: "the operation is not a websocket".to_owned(),
            });
        };
        let total = connections.len();
        let mut replies = Vec::new();
        let mut last: Option<Value> = None;
        for (i, connection) in connections.into_iter().enumerate() {
            let checks = resume_check(resume, last.as_ref(), i);
            let mut script = SocketScript {
                dropped: connection.dropped,
                control: route.frames,
                ..SocketScript::default()
            };
            for (j, message) in connection.messages.iter().enumerate() {
                let value = typed::<I>(route.op.id, message, i, j)?;
                script.frames.push(value.to_string());
                last = Some(value);
            }
            replies.push((Reply::Socket(script), checks));
        }
        self.default_times(total).finish(replies)
    }
}

/// What connection `index` must carry: the resume parameter taken from the last message sent.
fn resume_check(
    resume: Option<(&'static str, &'static str)>,
    last: Option<&Value>,
    index: usize,
) -> Vec<Check> {
    let Some((param, field)) = resume else {
        return Vec::new();
    };
    let Some(value) = last.and_then(|m| m.get(field)).and_then(resume_text) else {
        return Vec::new();
    };
    vec![Check {
        kind: CheckKind::Query,
        name: param.to_owned(),
        value: Some(value),
        why: format!("after reconnect {index}"),
    }]
}

/// `message` as JSON that decodes into the message type `I`.
fn typed<I: DeserializeOwned>(
    operation: &'static str,
    message: &impl Serialize,
    connection: usize,
    index: usize,
) -> Result<Value, MockError> {
    let value = serde_json::to_value(message).map_err(|e| MockError::Registration {
        operation,
        message: format!("a message does not serialise: {e}"),
    })?;
    crate::text::decodes::<I>(&value).map_err(|(path, message)| MockError::Schema {
        operation,
        status: 200,
        path: format!(
            "connection {} message {}: {path}",
            connection + 1,
            index + 1
        ),
        message,
    })?;
    Ok(value)
}
