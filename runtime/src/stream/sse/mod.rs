//! Server-sent events (`text/event-stream`): a response body read as a stream of typed messages,
//! reconnecting and resuming when the connection drops.

use std::collections::VecDeque;
use std::time::Duration;

use bytes::Bytes;
use futures_util::StreamExt;
use http::{HeaderMap, HeaderValue, StatusCode};
use serde::de::DeserializeOwned;

mod parser;

use crate::error::{BodyTooLarge, Error, ResponseParts};
use crate::request::Request;
use crate::response::{ByteStream, decode_error};
use crate::stream::items::ItemStream;
use crate::stream::reconnect::{Driver, Link, Read, Refused};
use crate::stream::resume::{Position, Resume};
use crate::transport::{self, Received};
use parser::{Event, Parser};

impl Request {
    /// Sends the request and reads the response as server-sent events, yielding the `data` of
    /// each event decoded as JSON into `T`, or taken as text when `T` is a string and the data
    /// is not JSON (events without data, comments and keep-alives are skipped; an event that
    /// does not decode is yielded as an [`Error::Decode`] and the stream goes on).
    ///
    /// An error status ends the stream with its error, as [`Request::send`] returns it. When the
    /// connection cannot be made or drops, the request is sent again (waiting as the client's
    /// [`ReconnectPolicy`](crate::ReconnectPolicy) says, or as the server's `retry:` asks) with
    /// `Last-Event-ID` set to the last event's `id`, and with `resume.parameter` set to the last
    /// message's `resume.field`, dropping the messages the server repeats. The budget is the
    /// websockets' one: after as many reconnects in a row without an event as the policy
    /// allows, the last error ends the stream (comments and keep-alives are not events). A body
    /// that ends cleanly ends the stream. The request has no overall timeout unless one was set
    /// on it: a stream lasts as long as the server keeps it open.
    ///
    /// ```no_run
    /// use cloudsdk_runtime::{Client, Method, Operation, Resume};
    /// use futures_util::StreamExt;
    ///
    /// static APP_LOGS: Operation =
    ///     Operation::new("appLogs", Method::GET, "/v4/logs/applications/{appId}/logs", true);
    ///
    /// # async fn run(client: Client) -> Result<(), cloudsdk_runtime::Error> {
    /// let mut request = client.request(&APP_LOGS);
    /// request.path_param("appId", &"app_1");
    /// let resume = Resume::new("since", "date");
    /// let mut logs = request.events::<serde_json::Value, serde_json::Value>(Some(resume));
    /// while let Some(line) = logs.next().await {
    ///     println!("{}", line?);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn events<T, E>(mut self, resume: Option<Resume>) -> ItemStream<T, E>
    where
        T: DeserializeOwned + Send + 'static,
        E: DeserializeOwned + Send + 'static,
    {
        if self.call.timeout.is_none() {
            self.call.timeout = Some(None);
        }
        self.call
            .headers
            .entry(http::header::ACCEPT)
            .or_insert(HeaderValue::from_static("text/event-stream"));
        let config = self.call.client.config();
        let policy = config.reconnect.clone();
        let parser = Parser::new(config.max_body);
        let operation = self.call.op.id;
        let events = Events {
            req: self,
            resume,
            status: StatusCode::OK,
            headers: HeaderMap::new(),
            parser,
            queue: VecDeque::new(),
            position: Position::default(),
            _types: std::marker::PhantomData,
        };
        ItemStream::new(Driver::new(events, policy, operation).into_stream())
    }
}

/// An event stream as the reconnect driver sees it: each connection is the request sent
/// (again), its body read as events.
struct Events<T, E> {
    req: Request,
    resume: Option<Resume>,
    /// Status and headers of the current response, kept in decode errors.
    status: StatusCode,
    headers: HeaderMap,
    parser: Parser,
    /// Events read from the body and not yet delivered.
    queue: VecDeque<Event>,
    position: Position,
    _types: std::marker::PhantomData<fn() -> (T, E)>,
}

impl<T: DeserializeOwned, E: DeserializeOwned> Link for Events<T, E> {
    type Conn = ByteStream;
    type Item = Result<T, Error<E>>;
    type Failure = Error<E>;

    /// Sends the request, resuming from the last event when there was one. A connection that
    /// could not be made is tried again; an answer with an error status is final.
    async fn open(&mut self, _attempt: u32) -> Result<ByteStream, Refused<Self::Item, Error<E>>> {
        if let Some(id) = &self.parser.last_id {
            if let Ok(value) = HeaderValue::from_str(id) {
                self.req.call.headers.insert("last-event-id", value);
            }
        }
        self.position.apply(self.resume, &mut self.req.call.query);
        self.parser.reset();
        let body = match transport::execute::<E>(&mut self.req.call, None, true).await {
            Ok(Received::Streaming(body)) => body,
            Ok(Received::Buffered(response)) => ByteStream::from_response(response),
            Err(error @ (Error::Transport(_) | Error::Timeout(_))) => {
                return Err(Refused::Retry(error));
            }
            Err(error) => return Err(Refused::Fatal(Err(error))),
        };
        self.status = body.status();
        self.headers = body.headers().clone();
        self.position.reconnected();
        Ok(body)
    }

    async fn read(&mut self, body: &mut ByteStream) -> Read<Self::Item, Error<E>> {
        loop {
            if let Some(event) = self.queue.pop_front() {
                return Read::Message(self.message(event));
            }
            match body.next().await {
                Some(Ok(chunk)) => {
                    if self.parser.feed(&chunk, &mut self.queue).is_err() {
                        let limit = self.req.call.client.config().max_body;
                        let headers = self.headers.clone();
                        let error = BodyTooLarge::error(self.status, headers, &[], limit);
                        return Read::End(Some(Err(error)));
                    }
                }
                // An event left without its closing blank line is dropped, as the format says.
                None => return Read::End(None),
                Some(Err(error)) => {
                    tracing::debug!(operation = self.req.call.op.id, %error, "event stream lost");
                    return Read::Lost(error.cast());
                }
            }
        }
    }

    fn server_delay(&self) -> Option<Duration> {
        self.parser.retry
    }

    fn gave_up(&mut self, failure: Error<E>, _attempts: u32) -> Self::Item {
        Err(failure)
    }
}

impl<T: DeserializeOwned, E> Events<T, E> {
    /// Decodes one event; `None` when it repeats one delivered before a resume.
    fn message(&mut self, event: Event) -> Option<Result<T, Error<E>>> {
        let data = Bytes::from(event.data);
        let decoded = self.position.decode(self.resume, &data)?;
        Some(decoded.map_err(|(path, message)| decode_error(self.parts(data), path, message)))
    }

    fn parts(&self, body: Bytes) -> ResponseParts {
        ResponseParts {
            status: self.status,
            headers: self.headers.clone(),
            body,
        }
    }
}
