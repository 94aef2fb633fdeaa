//! The typed expectation builder a generated crate's `mock` module hands out, one per
//! operation: `B` is the request body type, `S` the success type, `E` the error body type and
//! `I` the item of a paginated list or the message of an event stream. Matching and replies
//! are written in those types; raw replies are checked against them when registered.

use std::marker::PhantomData;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::MockError;
use crate::expect::{Expectation, Times};
use crate::reply::{Check, Reply};
use crate::route::{BodyKind, Route};
use crate::server::MockServer;
use crate::wire::Answer;

/// An expectation being built for one operation; finish it with a reply (`ok`, `error`,
/// `json`, `raw`, `drop_connection`, `pages`, `events`), which registers it.
#[must_use = "an expectation is registered by its reply (`ok`, `error`, …)"]
pub struct When<'a, B = (), S = Value, E = Value, I = ()> {
    server: &'a MockServer,
    route: &'static Route,
    path: Vec<(String, String)>,
    query: Vec<(String, Vec<String>)>,
    body: Option<Value>,
    /// `None` until the caller says: then at least once (one call per page or connection for
    /// scripted streams).
    times: Option<Times>,
    delay: Duration,
    problem: Option<MockError>,
    types: PhantomData<Types<B, S, E, I>>,
}

/// The operation's types, held without owning values of them.
type Types<B, S, E, I> = fn() -> (B, S, E, I);

/// A registered expectation: how often it was matched.
#[derive(Debug, Clone)]
pub struct Mocked {
    hits: Arc<AtomicUsize>,
}

impl Mocked {
    /// How many requests matched it so far.
    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }
}

impl<'a, B, S, E, I> When<'a, B, S, E, I> {
    /// An expectation for `route` on `server` (what generated code calls).
    pub fn new(server: &'a MockServer, route: &'static Route) -> Self {
        Self {
            server,
            route,
            path: Vec::new(),
            query: Vec::new(),
            body: None,
            times: None,
            delay: Duration::ZERO,
            problem: None,
            types: PhantomData,
        }
    }

    /// Matches requests whose path parameter `name` is `value`, written as the client writes it
    /// (strings as they are, numbers and booleans in JSON notation, dates in RFC 3339), read
    /// in the style the spec declares for it (`5` matches `.5` for a label parameter, `;id=5`
    /// for a matrix one), or, on a route declaring no style, whatever style it is sent in.
    pub fn path(mut self, name: &str, value: impl Serialize) -> Self {
        if !self.route.path_params().contains(&name) {
            let message = format!(
                "{} has no path parameter `{name}` (it has: {})",
                self.route.describe(),
                names(&self.route.path_params())
            );
            return self.fail(message);
        }
        match crate::text::wire_values(&value) {
            Ok(mut values) if values.len() == 1 => {
                self.path.push((name.to_owned(), values.remove(0)));
                self
            }
            Ok(_) => self.fail(format!("path parameter `{name}` must be one value")),
            Err(why) => self.fail(format!("path parameter `{name}`: {why}")),
        }
    }

    /// Matches requests whose query parameter `name` has `value` (a list: every item, in
    /// order; `None`: the parameter is absent). Other query parameters are not compared.
    pub fn query(mut self, name: &str, value: impl Serialize) -> Self {
        if !self.route.query.contains(&name) {
            let message = format!(
                "{} has no query parameter `{name}` (it has: {})",
                self.route.describe(),
                names(self.route.query)
            );
            return self.fail(message);
        }
        match crate::text::wire_values(&value) {
            Ok(values) => {
                self.query.push((name.to_owned(), values));
                self
            }
            Err(why) => self.fail(format!("query parameter `{name}`: {why}")),
        }
    }

    /// Matches requests whose body is this JSON value (field by field; form bodies as text).
    pub fn body_json(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }

    /// Expects exactly `n` matching calls ([`MockServer::verify`] reports otherwise); once
    /// `n` are made, a later expectation for the same request takes over.
    pub fn times(mut self, n: usize) -> Self {
        self.times = Some(Times::Exactly(n));
        self
    }

    /// Expects at most `n` calls (none included).
    pub fn at_most(mut self, n: usize) -> Self {
        self.times = Some(Times::AtMost(n));
        self
    }

    /// Expects any number of calls, none included.
    pub fn any_times(mut self) -> Self {
        self.times = Some(Times::AtLeast(0));
        self
    }

    /// Answers after `delay` (a slow server, for timeouts).
    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    /// Closes the connection without answering (a transport failure for the client).
    pub fn drop_connection(self) -> Result<Mocked, MockError> {
        let delay = self.delay;
        self.finish(vec![(Reply::Drop(delay), Vec::new())])
    }

    /// Answers with a status, headers and body exactly as given, unchecked: for what the
    /// spec does not describe (a proxy's HTML page, a 502).
    pub fn raw_unchecked(
        self,
        status: u16,
        headers: &[(&str, &str)],
        body: impl Into<Vec<u8>>,
    ) -> Result<Mocked, MockError> {
        let mut answer = Answer::empty(status);
        answer.headers = headers
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        answer.body = body.into();
        self.answer(answer)
    }

    fn fail(mut self, message: String) -> Self {
        if self.problem.is_none() {
            self.problem = Some(MockError::Registration {
                operation: self.route.op.id,
                message,
            });
        }
        self
    }

    pub(crate) fn answer(self, mut answer: Answer) -> Result<Mocked, MockError> {
        answer.delay = self.delay;
        self.finish(vec![(Reply::Answer(answer), Vec::new())])
    }

    /// Scripted streams expect one call per page or connection unless the caller said otherwise.
    pub(crate) fn default_times(mut self, n: usize) -> Self {
        self.times.get_or_insert(Times::Exactly(n));
        self
    }

    /// The path with every parameter set by [`When::path`], each written in its declared style
    /// (for links the mock writes), or the names of those missing.
    pub(crate) fn filled_path(&self) -> Result<String, String> {
        let mut path = self.route.op.path.to_owned();
        let mut missing = Vec::new();
        for name in self.route.path_params() {
            match self.path.iter().find(|(n, _)| n == name) {
                Some((_, value)) => {
                    let value = crate::style::write(name, value, self.route.style_of(name));
                    path = path.replace(&format!("{{{name}}}"), &value);
                }
                None => missing.push(format!("`{name}`")),
            }
        }
        if missing.is_empty() {
            Ok(path)
        } else {
            Err(missing.join(", "))
        }
    }

    pub(crate) fn route(&self) -> &'static Route {
        self.route
    }

    pub(crate) fn finish(self, replies: Vec<(Reply, Vec<Check>)>) -> Result<Mocked, MockError> {
        if let Some(problem) = self.problem {
            return Err(problem);
        }
        let hits = Arc::new(AtomicUsize::new(0));
        self.server.register(Expectation {
            route: self.route,
            path: self.path,
            query: self.query,
            body: self.body,
            replies,
            times: self.times.unwrap_or(Times::AtLeast(1)),
            hits: Arc::clone(&hits),
        });
        Ok(Mocked { hits })
    }
}

impl<B: Serialize, S, E, I> When<'_, B, S, E, I> {
    /// Matches requests whose body is `body` (compared as JSON, field by field).
    pub fn body(self, body: &B) -> Self {
        match serde_json::to_value(body) {
            Ok(value) => self.body_json(value),
            Err(e) => {
                let message = format!("the body does not serialise: {e}");
                self.fail(message)
            }
        }
    }
}

impl<B, S: Serialize, E, I> When<'_, B, S, E, I> {
    /// Answers with the operation's success status and `value`.
    pub fn ok(self, value: S) -> Result<Mocked, MockError> {
        let status = self.route.success.0;
        self.ok_status(status, value)
    }

    /// Answers with another success status and `value`.
    pub fn ok_status(self, status: u16, value: S) -> Result<Mocked, MockError> {
        let kind = self.route.success.1;
        match crate::text::success_answer(status, kind, &value) {
            Ok(answer) => self.answer(answer),
            Err(message) => Err(MockError::Registration {
                operation: self.route.op.id,
                message,
            }),
        }
    }
}

impl<B, S, E: Serialize, I> When<'_, B, S, E, I> {
    /// Answers with a documented error status and its typed body; an undocumented status is
    /// refused (use [`When::raw_unchecked`] for what the API does not document).
    pub fn error(self, status: u16, body: E) -> Result<Mocked, MockError> {
        if !self.route.documents_error(status) {
            let message = format!("status {status} is not a documented error of this operation");
            return Err(MockError::Registration {
                operation: self.route.op.id,
                message,
            });
        }
        match serde_json::to_value(&body) {
            Ok(value) => self.answer(Answer::json(status, &value)),
            Err(e) => Err(MockError::Registration {
                operation: self.route.op.id,
                message: format!("the error body does not serialise: {e}"),
            }),
        }
    }
}

impl<B, S: DeserializeOwned, E: DeserializeOwned, I> When<'_, B, S, E, I> {
    /// Answers with `status` and a JSON body, checked first: a success body must decode into
    /// the operation's success type and a documented error's into its error type, or the
    /// expectation is refused with the JSON path that failed. Other statuses are not checked.
    pub fn json(self, status: u16, body: Value) -> Result<Mocked, MockError> {
        self.check::<S, E>(status, &body)?;
        self.answer(Answer::json(status, &body))
    }

    /// Answers with the spec's example body for `status` (a success or a documented error),
    /// checked like any canned JSON: an example the operation's types cannot hold is refused
    /// with its path, as is a status the spec gives no example for.
    pub fn example(self, status: u16) -> Result<Mocked, MockError> {
        let route = self.route;
        let found = route.examples.iter().find(|(s, _)| *s == status);
        let Some((_, text)) = found else {
            let have: Vec<String> = route.examples.iter().map(|(s, _)| s.to_string()).collect();
            let have = if have.is_empty() {
                "none".to_owned()
            } else {
                have.join(", ")
            };
            return Err(MockError::Registration {
                operation: route.op.id,
                message: format!("the spec gives no example for {status} (examples: {have})"),
            });
        };
        match serde_json::from_str(text) {
            Ok(body) => self.json(status, body),
            Err(e) => Err(MockError::Registration {
                operation: route.op.id,
                message: format!("the spec's example for {status} is not JSON: {e}"),
            }),
        }
    }

    /// [`example`](Self::example) for the operation's success status.
    pub fn ok_example(self) -> Result<Mocked, MockError> {
        let status = self.route.success.0;
        self.example(status)
    }

    pub(crate) fn check<T: DeserializeOwned, U: DeserializeOwned>(
        &self,
        status: u16,
        body: &Value,
    ) -> Result<(), MockError> {
        let route = self.route;
        let result = if (200..300).contains(&status) && route.success.1 == BodyKind::Json {
            crate::text::decodes::<T>(body)
        } else if route.documents_error(status) {
            crate::text::decodes::<U>(body)
        } else {
            Ok(())
        };
        result.map_err(|(path, message)| MockError::Schema {
            operation: route.op.id,
            status,
            path,
            message,
        })
    }
}

fn names(list: &[&str]) -> String {
    if list.is_empty() {
        "none".to_owned()
    } else {
        list.iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
