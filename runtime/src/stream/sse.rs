//! Server-sent events (`text/event-stream`): a response body read as a stream of typed messages,
//! reconnecting and resuming when the connection drops.

use std::collections::VecDeque;
use std::time::Duration;

use bytes::Bytes;
use futures_util::{Stream, StreamExt};
use http::{HeaderMap, HeaderValue, StatusCode};
use serde::de::DeserializeOwned;

use crate::error::{Error, ResponseParts};
use crate::request::Request;
use crate::response::{ByteStream, decode_error};
use crate::stream::resume::{Position, Resume};
use crate::transport::{self, Received};

/// The longest line accepted; a server sending more without a line break is cut off rather
/// than buffered without end.
const MAX_LINE: usize = 16 * 1024 * 1024;

impl<'a> Request<'a> {
    /// Sends the request and reads the response as server-sent events, yielding the `data` of
    /// each event decoded as JSON into `T`, or taken as text when `T` is a string and the data
    /// is not JSON (events without data, comments and keep-alives are skipped; an event that
    /// does not decode is yielded as an [`Error::Decode`] and the stream goes on).
    ///
    /// An error status ends the stream with its error, as [`Request::send`] returns it. When the
    /// connection drops mid-stream, the request is sent again (waiting as the client's
    /// [`ReconnectPolicy`](crate::ReconnectPolicy) says, or as the server's `retry:` asks) with
    /// `Last-Event-ID` set to the last event's `id`, and with `resume.parameter` set to the last
    /// message's `resume.field`, dropping the messages the server repeats; after as many failed
    /// reconnects in a row as the policy allows, the last error ends the stream. A body that
    /// ends cleanly ends the stream. The request has no overall timeout unless one was set on
    /// it: a stream lasts as long as the server keeps it open.
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
    /// let resume = Resume { parameter: "since", field: "date" };
    /// let mut logs = Box::pin(request.events::<serde_json::Value, serde_json::Value>(Some(resume)));
    /// while let Some(line) = logs.next().await {
    ///     println!("{}", line?);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn events<T, E>(
        mut self,
        resume: Option<Resume>,
    ) -> impl Stream<Item = Result<T, Error<E>>> + Send + 'a
    where
        T: DeserializeOwned + Send + 'a,
        E: DeserializeOwned + Send + 'a,
    {
        if self.call.timeout.is_none() {
            self.call.timeout = Some(None);
        }
        self.call
            .headers
            .entry(http::header::ACCEPT)
            .or_insert(HeaderValue::from_static("text/event-stream"));
        let events = Events {
            req: self,
            resume,
            body: None,
            status: StatusCode::OK,
            headers: HeaderMap::new(),
            parser: Parser::default(),
            queue: VecDeque::new(),
            position: Position::default(),
            attempts: 0,
            last_error: None,
            done: false,
            _types: std::marker::PhantomData,
        };
        futures_util::stream::unfold(events, Events::step)
    }
}

struct Events<'a, T, E> {
    req: Request<'a>,
    resume: Option<Resume>,
    body: Option<ByteStream>,
    /// Status and headers of the current response, kept in decode errors.
    status: StatusCode,
    headers: HeaderMap,
    parser: Parser,
    queue: VecDeque<Event>,
    position: Position,
    /// Reconnects made since the body last delivered a byte.
    attempts: u32,
    /// Why the last connection ended, reported if reconnecting gives up.
    last_error: Option<Error<E>>,
    done: bool,
    _types: std::marker::PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned, E: DeserializeOwned> Events<'_, T, E> {
    async fn step(mut self) -> Option<(Result<T, Error<E>>, Self)> {
        loop {
            while let Some(event) = self.queue.pop_front() {
                if let Some(item) = self.message(event) {
                    return Some((item, self));
                }
            }
            if self.done {
                return None;
            }
            let Some(body) = self.body.as_mut() else {
                if let Err(error) = self.connect().await {
                    self.done = true;
                    return Some((Err(error), self));
                }
                continue;
            };
            match body.next().await {
                Some(Ok(chunk)) => {
                    self.attempts = 0;
                    if let Err(message) = self.parser.feed(&chunk, &mut self.queue) {
                        self.done = true;
                        let parts = self.parts(Bytes::new());
                        return Some((Err(decode_error(parts, ".".to_owned(), message)), self));
                    }
                }
                // An event left without its closing blank line is dropped, as the format says.
                None => self.done = true,
                Some(Err(error)) => {
                    tracing::debug!(operation = self.req.call.op.id, %error, "event stream lost");
                    self.body = None;
                    self.last_error = Some(error.cast());
                }
            }
        }
    }

    /// Sends the request (again), after the reconnect delay when it is a reconnect.
    async fn connect(&mut self) -> Result<(), Error<E>> {
        let policy = self.req.call.client.config().reconnect.clone();
        let reconnect = self.last_error.is_some();
        if reconnect {
            if self.attempts >= policy.reconnects() {
                if let Some(error) = self.last_error.take() {
                    return Err(error);
                }
            }
            self.attempts += 1;
            let delay = self
                .parser
                .retry
                .unwrap_or_else(|| policy.delay(self.attempts));
            tracing::debug!(
                operation = self.req.call.op.id,
                ?delay,
                "event stream reconnecting"
            );
            tokio::time::sleep(delay).await;
            if let Some(id) = &self.parser.last_id {
                if let Ok(value) = HeaderValue::from_str(id) {
                    self.req.call.headers.insert("last-event-id", value);
                }
            }
            self.position.apply(self.resume, &mut self.req.call.query);
        }
        self.parser.reset();
        match transport::execute::<E>(&mut self.req.call, None, true).await {
            Ok(received) => {
                let body = match received {
                    Received::Streaming(body) => body,
                    Received::Buffered(response) => ByteStream::from_response(response),
                };
                self.status = body.status();
                self.headers = body.headers().clone();
                self.body = Some(body);
                self.last_error = None;
                self.position.reconnected();
                Ok(())
            }
            // A connection that could not be made is tried again like a dropped one; an
            // answer with an error status is final.
            Err(error @ (Error::Transport(_) | Error::Timeout(_))) if reconnect => {
                self.last_error = Some(error);
                Ok(())
            }
            Err(error) => Err(error),
        }
    }

    /// Decodes one event; `None` when it is skipped (no data, or a repeat after a resume).
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

/// One dispatched event: its `data` lines joined with `\n`.
#[derive(Debug, PartialEq)]
struct Event {
    data: String,
}

/// The `text/event-stream` format, fed chunk by chunk: lines end with `\n`, `\r\n` or `\r`
/// (possibly split across chunks), a blank line dispatches the event, `:` starts a comment,
/// `data`, `id` and `retry` are read, other fields ignored.
#[derive(Debug, Default)]
struct Parser {
    line: Vec<u8>,
    /// The event's `data` lines, each followed by `\n`.
    data: String,
    /// The previous chunk ended with `\r`: a `\n` starting this one belongs to it.
    after_cr: bool,
    /// The first line was read (a byte-order mark starting it is dropped).
    started: bool,
    /// The last `id:` of a dispatched event, sent back as `Last-Event-ID` on reconnect.
    last_id: Option<String>,
    pending_id: Option<String>,
    /// The reconnect delay the server asked for.
    retry: Option<Duration>,
}

impl Parser {
    /// Forgets a partly read event (a new connection starts afresh); keeps `last_id` and `retry`.
    fn reset(&mut self) {
        self.line.clear();
        self.data.clear();
        self.after_cr = false;
        self.started = false;
        self.pending_id = None;
    }

    fn feed(&mut self, mut chunk: &[u8], out: &mut VecDeque<Event>) -> Result<(), String> {
        if self.after_cr && chunk.first() == Some(&b'\n') {
            chunk = &chunk[1..];
        }
        self.after_cr = false;
        while let Some(end) = chunk.iter().position(|&b| b == b'\n' || b == b'\r') {
            if self.line.is_empty() {
                self.line_done(&chunk[..end], out);
            } else {
                self.line.extend_from_slice(&chunk[..end]);
                let line = std::mem::take(&mut self.line);
                self.line_done(&line, out);
            }
            if chunk[end] == b'\r' {
                match chunk.get(end + 1) {
                    Some(b'\n') => chunk = &chunk[end + 2..],
                    Some(_) => chunk = &chunk[end + 1..],
                    None => {
                        self.after_cr = true;
                        chunk = &[];
                    }
                }
            } else {
                chunk = &chunk[end + 1..];
            }
        }
        self.line.extend_from_slice(chunk);
        if self.line.len() > MAX_LINE {
            return Err(format!(
                "an event-stream line longer than {MAX_LINE} bytes without a line break"
            ));
        }
        Ok(())
    }

    fn line_done(&mut self, mut line: &[u8], out: &mut VecDeque<Event>) {
        if !self.started {
            self.started = true;
            line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
        }
        if line.is_empty() {
            if let Some(id) = self.pending_id.take() {
                self.last_id = Some(id);
            }
            // The data buffer less its last line feed; an event with none is not dispatched.
            let mut data = std::mem::take(&mut self.data);
            if data.pop().is_some() && !data.is_empty() {
                out.push_back(Event { data });
            }
            return;
        }
        let line = String::from_utf8_lossy(line);
        let (field, value) = match line.split_once(':') {
            Some(("", _)) => return, // a comment
            Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
            None => (line.as_ref(), ""),
        };
        match field {
            "data" => {
                self.data.push_str(value);
                self.data.push('\n');
            }
            "id" if !value.contains('\0') => self.pending_id = Some(value.to_owned()),
            "retry" => {
                if let Ok(ms) = value.parse::<u64>() {
                    self.retry = Some(Duration::from_millis(ms));
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::stream::sse::*;

    fn parse(chunks: &[&[u8]]) -> (Vec<String>, Parser) {
        let mut parser = Parser::default();
        let mut out = VecDeque::new();
        for chunk in chunks {
            parser.feed(chunk, &mut out).expect("within limits");
        }
        (out.into_iter().map(|e| e.data).collect(), parser)
    }

    #[test]
    fn events_are_split_on_blank_lines_with_every_line_ending() {
        let (events, _) = parse(&[b"data: a\n\ndata: b\r\n\r\ndata: c\r\rdata: unfinished"]);
        assert_eq!(events, ["a", "b", "c"]);
    }

    #[test]
    fn lines_and_crlf_split_across_chunks_are_joined() {
        let (events, _) = parse(&[b"da", b"ta: {\"x\"", b": 1}\r", b"\n\r", b"\n"]);
        assert_eq!(events, [r#"{"x": 1}"#]);
        // A `\r` at a chunk's end followed by a line that is not empty.
        let (events, _) = parse(&[b"data: a\r", b"data: b\n\n"]);
        assert_eq!(events, ["a\nb"]);
    }

    #[test]
    fn data_lines_join_and_comments_and_other_fields_are_skipped() {
        let (events, parser) = parse(&[
            b"\xEF\xBB\xBF: keep-alive\n\nevent: conf\nid: 7\nretry: 250\ndata:one\ndata:  two\nfoo: bar\n\n",
            b"id: 8\n\n",
        ]);
        assert_eq!(events, ["one\n two"]);
        assert_eq!(parser.last_id.as_deref(), Some("8"));
        assert_eq!(parser.retry, Some(Duration::from_millis(250)));
    }

    #[test]
    fn events_without_data_are_not_dispatched() {
        let (events, _) = parse(&[b"data\n\nevent: ping\n\ndata:\ndata\n\ndata: x\n\n"]);
        assert_eq!(events, ["\n", "x"]);
    }

    #[test]
    fn any_split_into_chunks_reads_the_same_events() {
        let stream: &[u8] = b"\xEF\xBB\xBFretry: 5\r\n: c\r\ndata: {\"a\": 1}\r\n\r\nid: 2\rdata: x\rdata: y\r\rdata: \xC3\xA9\n\ndata: tail";
        let (whole, _) = parse(&[stream]);
        assert_eq!(whole, [r#"{"a": 1}"#, "x\ny", "é"]);
        for size in 1..stream.len() {
            let chunks: Vec<&[u8]> = stream.chunks(size).collect();
            let (split, parser) = parse(&chunks);
            assert_eq!(split, whole, "chunks of {size} bytes");
            assert_eq!(parser.last_id.as_deref(), Some("2"));
            assert_eq!(
                parser.retry,
                Some(Duration::from_millis(5)),
                "chunks of {size} bytes"
            );
        }
    }

    #[test]
    fn an_endless_line_is_refused() {
        let mut parser = Parser::default();
        let mut out = VecDeque::new();
        let chunk = vec![b'x'; 1024 * 1024];
        let mut result = Ok(());
        for _ in 0..17 {
            result = parser.feed(&chunk, &mut out);
            if result.is_err() {
                break;
            }
        }
        assert!(result.unwrap_err().contains("without a line break"));
    }
}
