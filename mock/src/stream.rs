//! Scripted streams: the pages of a paginated list and the connections of an event stream,
//! built from typed items and checked the way the client will read them.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use crate::error::MockError;
use crate::reply::{Check, CheckKind, EventScript, Reply};
use crate::route::Stream;
use crate::when::{Mocked, When};
use crate::wire::Answer;

/// The events of one connection of a server-sent event stream.
#[derive(Debug, Clone)]
pub struct Events<M> {
    steps: Vec<Step<M>>,
    dropped: bool,
}

#[derive(Debug, Clone)]
enum Step<M> {
    Message { id: Option<String>, data: M },
    Retry(u64),
    Comment(String),
}

impl<M> Default for Events<M> {
    fn default() -> Self {
        Self {
            steps: Vec::new(),
            dropped: false,
        }
    }
}

impl<M> Events<M> {
    /// No events yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// A message event.
    pub fn message(mut self, data: M) -> Self {
        self.steps.push(Step::Message { id: None, data });
        self
    }

    /// A message event with an `id:` (sent back as `Last-Event-ID` after a reconnect).
    pub fn message_with_id(mut self, id: impl Into<String>, data: M) -> Self {
        self.steps.push(Step::Message {
            id: Some(id.into()),
            data,
        });
        self
    }

    /// `retry: <ms>`: how long the client waits before reconnecting.
    pub fn retry(mut self, millis: u64) -> Self {
        self.steps.push(Step::Retry(millis));
        self
    }

    /// A comment line (a keep-alive).
    pub fn comment(mut self, text: impl Into<String>) -> Self {
        self.steps.push(Step::Comment(text.into()));
        self
    }

    /// Ends this connection by cutting it mid-event: the client reconnects.
    pub fn then_drop(mut self) -> Self {
        self.dropped = true;
        self
    }
}

impl<B, S, E, I> When<'_, B, S, E, I> {
    /// Answers a paginated operation's requests with these pages of items, in order: the page
    /// envelope is the operation's (Civo's `page`/`pages`, Docker Cloud's `meta.next`), each
    /// page after the first must be asked for as the client should (the page number, or the
    /// `offset` the previous page's `next` link carries), and every page must decode into the
    /// success type. Items are the operation's item type, or JSON values checked against it
    /// with the page. Expects exactly one call per page unless `times` says otherwise (the last
    /// page repeats).
    pub fn pages<M: Serialize>(self, pages: Vec<Vec<M>>) -> Result<Mocked, MockError>
    where
        S: DeserializeOwned,
        E: DeserializeOwned,
    {
        let route = self.route();
        let total = pages.len();
        let items_total: usize = pages.iter().map(Vec::len).sum();
        let mut replies = Vec::new();
        let mut offset = 0;
        for (i, items) in pages.iter().enumerate() {
            let items = serde_json::to_value(items).map_err(|e| MockError::Registration {
                operation: route.op.id,
                message: format!("page {}: the items do not serialise: {e}", i + 1),
            })?;
            let count = items.as_array().map_or(0, Vec::len);
            let (body, checks) = match route.stream {
                Stream::PageNumber {
                    items: field,
                    page,
                    per_page,
                    pages,
                } => {
                    let mut body = json!({ page: i + 1, per_page: count.max(1), pages: total });
                    body[field] = items;
                    (body, page_check(page, i, (i + 1).to_string()))
                }
                Stream::MetaNext { items: field } => {
                    let path = self
                        .filled_path()
                        .map_err(|missing| MockError::Registration {
                            operation: route.op.id,
                            message: format!(
                                "pages link to each other by path: set the path parameters \
                             {missing} with `.path(…)`"
                            ),
                        })?;
                    let next = (i + 1 < total).then(|| format!("{path}?offset={}", offset + count));
                    let mut body = json!({"meta": {"limit": count, "next": next, "offset": offset,
                        "previous": null, "total_count": items_total}});
                    body[field] = items;
                    (body, page_check("offset", i, offset.to_string()))
                }
                Stream::None | Stream::Events { .. } | Stream::WebSocket { .. } => {
                    return Err(MockError::Registration {
                        operation: route.op.id,
                        message: "the operation is not paginated".to_owned(),
                    });
                }
            };
            offset += count;
            self.check::<S, E>(200, &body)?;
            replies.push((Reply::Answer(Answer::json(200, &body)), checks));
        }
        self.default_times(total).finish(replies)
    }

    /// Answers an event-stream operation with one connection per script, in order: each
    /// connection after the first must carry the resume parameter (the last message's resume
    /// field) and `Last-Event-ID` (the last id sent) the client owes the server, or it gets 400
    /// and [`crate::MockServer::verify`] reports it. Messages are the operation's message type,
    /// or JSON values that must decode into it. Expects exactly one call per connection unless
    /// `times` says otherwise.
    pub fn events<M: Serialize>(self, connections: Vec<Events<M>>) -> Result<Mocked, MockError>
    where
        I: DeserializeOwned,
    {
        let route = self.route();
        let Stream::Events { resume } = route.stream else {
            return Err(MockError::Registration {
                operation: route.op.id,
                message: "the operation is not an event stream".to_owned(),
            });
        };
        let total = connections.len();
        let mut replies = Vec::new();
        let (mut last_id, mut last_data): (Option<String>, Option<Value>) = (None, None);
        for (i, connection) in connections.into_iter().enumerate() {
            let mut checks = Vec::new();
            if i > 0 {
                let why = format!("after reconnect {i}");
                checks.push(Check {
                    kind: CheckKind::Header,
                    name: "last-event-id".into(),
                    value: last_id.clone(),
                    why: why.clone(),
                });
                if let Some((param, field)) = resume {
                    let value = last_data
                        .as_ref()
                        .and_then(|d| d.get(field))
                        .and_then(resume_text);
                    checks.push(Check {
                        kind: CheckKind::Query,
                        name: param.into(),
                        value,
                        why,
                    });
                }
            }
            let mut script = EventScript {
                chunks: Vec::new(),
                dropped: connection.dropped,
            };
            for step in connection.steps {
                script.chunks.push(match step {
                    Step::Message { id, data } => {
                        let data =
                            serde_json::to_value(&data).map_err(|e| MockError::Registration {
                                operation: route.op.id,
                                message: format!("an event does not serialise: {e}"),
                            })?;
                        crate::text::decodes::<I>(&data).map_err(|(path, message)| {
                            MockError::Schema {
                                operation: route.op.id,
                                status: 200,
                                path: format!(
                                    "connection {} event {}: {path}",
                                    i + 1,
                                    script.chunks.len() + 1
                                ),
                                message,
                            }
                        })?;
                        let mut text = String::new();
                        if let Some(id) = &id {
                            text.push_str(&format!("id: {}\n", one_line(id)));
                            last_id = Some(id.clone());
                        }
                        text.push_str(&format!("data: {data}\n\n"));
                        last_data = Some(data);
                        text
                    }
                    Step::Retry(ms) => format!("retry: {ms}\n\n"),
                    Step::Comment(c) => format!(": {}\n\n", one_line(&c)),
                });
            }
            replies.push((Reply::Events(script), checks));
        }
        self.default_times(total).finish(replies)
    }
}

fn page_check(name: &str, index: usize, value: String) -> Vec<Check> {
    // The first page is whatever the caller asked for.
    if index == 0 {
        return Vec::new();
    }
    vec![Check {
        kind: CheckKind::Query,
        name: name.to_owned(),
        value: Some(value),
        why: format!("page {}", index + 1),
    }]
}

/// A resume field's value as the client sends it: a string as it is, a number as written.
pub(crate) fn resume_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Line breaks would end a field early; they are dropped.
fn one_line(text: &str) -> String {
    text.chars().filter(|c| *c != '\r' && *c != '\n').collect()
}
