use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Instant;

use futures_util::{SinkExt, Stream, StreamExt};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tracing::Instrument;
use url::Url;

use crate::client::{Client, websocket_base};
use crate::encode::{QueryStyle, add_query, fill_path};
use crate::error::{Error, ResponseParts, WebSocketError};
use crate::policy::ReconnectPolicy;
use crate::response::decode_error;
use crate::stream::resume::{Position, Resume};

/// How a websocket stream authenticates; what is sent comes from
/// [`Authenticator::websocket`](cloudsdk_auth::Authenticator::websocket).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthMode {
    /// The authenticator's `first_message` is sent as the first text frame once connected
    /// (Clever Cloud's logs).
    FirstMessage,
    /// The authenticator's headers are added to the HTTP upgrade request.
    Header,
    /// The stream is public: the authenticator is not asked.
    None,
}

/// The facts about one websocket stream that the runtime needs; generated crates declare one
/// `static` per stream.
///
/// ```
/// use cloudsdk_runtime::{AuthMode, Resume, WebSocketOperation};
///
/// static APP_LOGS: WebSocketOperation =
///     WebSocketOperation::new("appLogs", "wss://logs-api.clever-cloud.com/logs-socket/{appId}")
///         .signing_url("https://api.clever-cloud.com/v2/logs/logs-socket/{appId}")
///         .auth(AuthMode::FirstMessage)
///         .resume(Resume { parameter: "since", field: "date" });
/// assert_eq!(APP_LOGS.id, "appLogs");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WebSocketOperation {
    /// The stream's name, used in traces and errors.
    pub id: &'static str,
    /// The URL template (`wss://…/{appId}`).
    pub url: &'static str,
    /// The URL template the authenticator signs instead, when they differ.
    pub signing_url: Option<&'static str>,
    /// How credentials are sent.
    pub auth: AuthMode,
    /// How to resume after a reconnect, when the server supports it.
    pub resume: Option<Resume>,
}

impl WebSocketOperation {
    /// A stream authenticated with headers on the upgrade request, without signing URL or
    /// resume.
    ///
    /// ```
    /// use cloudsdk_runtime::{AuthMode, WebSocketOperation};
    ///
    /// static EVENTS: WebSocketOperation =
    ///     WebSocketOperation::new("events", "wss://ws.cloud.docker.com/api/audit/v1/events/");
    /// assert_eq!(EVENTS.auth, AuthMode::Header);
    /// ```
    pub const fn new(id: &'static str, url: &'static str) -> Self {
        Self {
            id,
            url,
            signing_url: None,
            auth: AuthMode::Header,
            resume: None,
        }
    }

    /// Sets the URL template the authenticator signs.
    ///
    /// ```
    /// # use cloudsdk_runtime::WebSocketOperation;
    /// static LOGS: WebSocketOperation = WebSocketOperation::new("logs", "wss://a.example/{id}")
    ///     .signing_url("https://b.example/{id}");
    /// # let _ = &LOGS;
    /// ```
    pub const fn signing_url(mut self, template: &'static str) -> Self {
        self.signing_url = Some(template);
        self
    }

    /// Sets how credentials are sent.
    ///
    /// ```
    /// # use cloudsdk_runtime::{AuthMode, WebSocketOperation};
    /// static LOGS: WebSocketOperation =
    ///     WebSocketOperation::new("logs", "wss://a.example/{id}").auth(AuthMode::FirstMessage);
    /// # let _ = &LOGS;
    /// ```
    pub const fn auth(mut self, auth: AuthMode) -> Self {
        self.auth = auth;
        self
    }

    /// Sets how the stream resumes after a reconnect.
    ///
    /// ```
    /// # use cloudsdk_runtime::{Resume, WebSocketOperation};
    /// static LOGS: WebSocketOperation = WebSocketOperation::new("logs", "wss://a.example/{id}")
    ///     .resume(Resume { parameter: "since", field: "date" });
    /// # let _ = &LOGS;
    /// ```
    pub const fn resume(mut self, resume: Resume) -> Self {
        self.resume = Some(resume);
        self
    }
}

impl Client {
    /// Starts a websocket stream for `op` (fill its parameters, then
    /// [`connect`](WebSocketRequest::connect)).
    ///
    /// ```no_run
    /// use cloudsdk_runtime::{AuthMode, Client, Resume, WebSocketOperation};
    /// use futures_util::StreamExt;
    ///
    /// static APP_LOGS: WebSocketOperation =
    ///     WebSocketOperation::new("appLogs", "wss://logs-api.clever-cloud.com/logs-socket/{appId}")
    ///         .signing_url("https://api.clever-cloud.com/v2/logs/logs-socket/{appId}")
    ///         .auth(AuthMode::FirstMessage)
    ///         .resume(Resume { parameter: "since", field: "date" });
    ///
    /// # async fn run(client: Client) -> Result<(), cloudsdk_runtime::Error> {
    /// let mut logs = client.websocket(&APP_LOGS);
    /// logs.path_param("appId", &"app_1");
    /// let mut logs = logs.connect::<serde_json::Value>();
    /// while let Some(line) = logs.next().await {
    ///     println!("{}", line?);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn websocket<'a>(&'a self, op: &'a WebSocketOperation) -> WebSocketRequest<'a> {
        WebSocketRequest::new(self, op)
    }
}

/// A websocket stream being set up: fill its path and query parameters, then
/// [`connect`](WebSocketRequest::connect).
#[derive(Debug)]
pub struct WebSocketRequest<'a> {
    client: &'a Client,
    op: &'a WebSocketOperation,
    url: String,
    signing_url: Option<String>,
    query: String,
    base: Option<String>,
    reconnect: Option<ReconnectPolicy>,
    error: Option<String>,
}

impl<'a> WebSocketRequest<'a> {
    fn new(client: &'a Client, op: &'a WebSocketOperation) -> Self {
        Self {
            client,
            op,
            url: op.url.to_owned(),
            signing_url: op.signing_url.map(str::to_owned),
            query: String::new(),
            base: None,
            reconnect: None,
            error: None,
        }
    }

    fn fail(&mut self, message: String) {
        if self.error.is_none() {
            self.error = Some(message);
        }
    }

    /// Fills the path parameter `{name}` of the URL (and signing URL) templates.
    ///
    /// ```no_run
    /// # use cloudsdk_runtime::{Client, WebSocketOperation};
    /// # static LOGS: WebSocketOperation = WebSocketOperation::new("logs", "wss://a.example/{appId}");
    /// # fn run(client: Client) {
    /// let mut logs = client.websocket(&LOGS);
    /// logs.path_param("appId", &"app_1");
    /// # }
    /// ```
    pub fn path_param(&mut self, name: &str, value: &impl Serialize) -> &mut Self {
        if let Err(message) =
            fill_path(&mut self.url, self.signing_url.as_mut(), name, value, false)
        {
            self.fail(message);
        }
        self
    }

    /// Adds a query parameter (sent on every connection); `None` values are left out.
    ///
    /// ```no_run
    /// # use cloudsdk_runtime::{Client, QueryStyle, WebSocketOperation};
    /// # static LOGS: WebSocketOperation = WebSocketOperation::new("logs", "wss://a.example/logs");
    /// # fn run(client: Client) {
    /// let mut logs = client.websocket(&LOGS);
    /// logs.query("filter", &Some("error"), QueryStyle::Form { explode: true });
    /// # }
    /// ```
    pub fn query(&mut self, name: &str, value: &impl Serialize, style: QueryStyle) -> &mut Self {
        if let Err(message) = add_query(&mut self.query, name, value, style) {
            self.fail(message);
        }
        self
    }

    /// Connects to another origin for this stream only (see
    /// [`ClientBuilder::websocket_base_url`](crate::ClientBuilder::websocket_base_url)).
    ///
    /// ```no_run
    /// # use cloudsdk_runtime::{Client, WebSocketOperation};
    /// # static LOGS: WebSocketOperation = WebSocketOperation::new("logs", "wss://a.example/logs");
    /// # fn run(client: Client) {
    /// let mut logs = client.websocket(&LOGS);
    /// logs.base_url("ws://127.0.0.1:8080");
    /// # }
    /// ```
    pub fn base_url(&mut self, base_url: impl Into<String>) -> &mut Self {
        self.base = Some(base_url.into());
        self
    }

    /// Sets how this stream reconnects, replacing the client's policy
    /// ([`ClientBuilder::reconnect`](crate::ClientBuilder::reconnect)).
    ///
    /// ```no_run
    /// # use cloudsdk_runtime::{Client, ReconnectPolicy, WebSocketOperation};
    /// # static LOGS: WebSocketOperation = WebSocketOperation::new("logs", "wss://a.example/logs");
    /// # fn run(client: Client) {
    /// let mut logs = client.websocket(&LOGS);
    /// logs.reconnect(ReconnectPolicy::none());
    /// # }
    /// ```
    pub fn reconnect(&mut self, policy: ReconnectPolicy) -> &mut Self {
        self.reconnect = Some(policy);
        self
    }

    /// Opens the stream: each JSON message (text or binary frame) is decoded into `M`. A frame
    /// that does not decode is an [`Error::Decode`] item and the stream goes on. When the server
    /// closes the stream or the connection drops, it reconnects (re-authenticating, resuming
    /// from the last message when the operation supports it, without delivering a message
    /// twice) until the [`ReconnectPolicy`] gives up, which is an [`Error::WebSocket`] item
    /// ending the stream. Nothing happens until the stream is polled; dropping it closes the
    /// connection.
    ///
    /// ```no_run
    /// # use cloudsdk_runtime::{Client, WebSocketOperation};
    /// use futures_util::StreamExt;
    /// # static LOGS: WebSocketOperation = WebSocketOperation::new("logs", "wss://a.example/{appId}");
    /// # async fn run(client: Client) -> Result<(), cloudsdk_runtime::Error> {
    /// let mut logs = client.websocket(&LOGS);
    /// logs.path_param("appId", &"app_1");
    /// let mut logs = logs.connect::<serde_json::Value>();
    /// while let Some(line) = logs.next().await {
    ///     println!("{}", line?);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn connect<M: DeserializeOwned + Send + 'static>(self) -> WebSocketStream<M> {
        let (outgoing, queued) = tokio::sync::mpsc::unbounded_channel();
        let operation = self.op.id;
        let inner: Pin<Box<dyn Stream<Item = Result<M, Error>> + Send>> = match self.prepare(queued)
        {
            Ok(state) => Box::pin(futures_util::stream::unfold(state, Socket::step)),
            Err(message) => {
                let error = Error::InvalidRequest(format!("{operation}: {message}"));
                Box::pin(futures_util::stream::iter([Err(error)]))
            }
        };
        WebSocketStream {
            inner,
            operation,
            outgoing,
        }
    }

    fn prepare<M>(&self, queued: Outgoing) -> Result<Socket<M>, String> {
        if let Some(message) = &self.error {
            return Err(message.clone());
        }
        let inner = &self.client.config();
        let mut url =
            Url::parse(&self.url).map_err(|e| format!("websocket URL `{}`: {e}", self.url))?;
        let base = match &self.base {
            Some(text) => Some(websocket_base(text)?),
            None => inner.websocket_base.clone(),
        };
        if let Some(base) = base {
            let path = format!("{}{}", base.path().trim_end_matches('/'), url.path());
            let mut rebased = base;
            rebased.set_path(&path);
            url = rebased;
        }
        if !matches!(url.scheme(), "ws" | "wss") {
            return Err(format!(
                "websocket URL `{url}` must start with ws:// or wss://"
            ));
        }
        url.set_query((!self.query.is_empty()).then_some(self.query.as_str()));
        let signing_url = match &self.signing_url {
            Some(text) => {
                let mut signing =
                    Url::parse(text).map_err(|e| format!("signing URL `{text}`: {e}"))?;
                signing.set_query(url.query());
                Some(signing)
            }
            None => None,
        };
        Ok(Socket {
            client: self.client.clone(),
            op: *self.op,
            url,
            signing_url,
            policy: self
                .reconnect
                .clone()
                .unwrap_or_else(|| inner.reconnect.clone()),
            conn: None,
            queued,
            attempts: 0,
            position: Position::default(),
            done: false,
            _message: std::marker::PhantomData,
        })
    }
}

/// A stream of typed messages from a websocket, reconnecting and resuming as its operation
/// says (see [`WebSocketRequest::connect`]). Dropping it closes the connection.
pub struct WebSocketStream<M> {
    inner: Pin<Box<dyn Stream<Item = Result<M, Error>> + Send>>,
    operation: &'static str,
    outgoing: tokio::sync::mpsc::UnboundedSender<Message>,
}

type Outgoing = tokio::sync::mpsc::UnboundedReceiver<Message>;

impl<M> WebSocketStream<M> {
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
    outgoing: tokio::sync::mpsc::UnboundedSender<Message>,
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

type Connection =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

struct Socket<M> {
    client: Client,
    op: WebSocketOperation,
    /// The URL without the resume parameter.
    url: Url,
    signing_url: Option<Url>,
    policy: ReconnectPolicy,
    conn: Option<Connection>,
    /// Messages from [`WebSocketSender`]s, sent while the stream waits for the next message.
    queued: Outgoing,
    /// Connection attempts since the last message arrived.
    attempts: u32,
    position: Position,
    done: bool,
    _message: std::marker::PhantomData<fn() -> M>,
}

/// Why a connection attempt failed.
struct Failure {
    status: Option<http::StatusCode>,
    message: String,
    /// Failures that reconnecting cannot fix (credentials, a bad URL) end the stream at once.
    fatal: Option<Error>,
}

impl<M: DeserializeOwned> Socket<M> {
    async fn step(mut self) -> Option<(Result<M, Error>, Self)> {
        let mut last_failure: Option<Failure> = None;
        loop {
            if self.done {
                return None;
            }
            let Some(conn) = self.conn.as_mut() else {
                if self.attempts > self.policy.reconnects() {
                    self.done = true;
                    let failure = last_failure.unwrap_or(Failure {
                        status: None,
                        message: "the server closed the connection".to_owned(),
                        fatal: None,
                    });
                    return Some((Err(self.gave_up(failure)), self));
                }
                if self.attempts > 0 {
                    let delay = self.policy.delay(self.attempts);
                    tracing::debug!(operation = self.op.id, ?delay, "websocket reconnecting");
                    tokio::time::sleep(delay).await;
                }
                self.attempts += 1;
                match self.open().await {
                    Ok(conn) => self.conn = Some(conn),
                    Err(failure) => {
                        if let Some(error) = failure.fatal {
                            self.done = true;
                            return Some((Err(error), self));
                        }
                        last_failure = Some(failure);
                    }
                }
                continue;
            };
            let frame = tokio::select! {
                frame = conn.next() => frame,
                Some(message) = self.queued.recv() => {
                    if let Err(e) = conn.send(message).await {
                        tracing::debug!(operation = self.op.id, error = %e, "websocket send failed");
                        self.conn = None;
                        last_failure = Some(Failure {
                            status: None,
                            message: format!("connection lost while sending: {e}"),
                            fatal: None,
                        });
                    }
                    continue;
                }
            };
            let bytes = match frame {
                Some(Ok(Message::Text(text))) => bytes::Bytes::from(text),
                Some(Ok(Message::Binary(bytes))) => bytes,
                // Pings are answered by tungstenite on the next read.
                Some(Ok(Message::Ping(_) | Message::Pong(_) | Message::Frame(_))) => continue,
                Some(Ok(Message::Close(frame))) => {
                    tracing::debug!(
                        operation = self.op.id,
                        ?frame,
                        "websocket closed by the server"
                    );
                    self.conn = None;
                    // Without reconnects, the server closing is the end of the stream.
                    if self.policy.reconnects() == 0 {
                        self.done = true;
                        continue;
                    }
                    last_failure = Some(Failure {
                        status: None,
                        message: "the server closed the connection".to_owned(),
                        fatal: None,
                    });
                    continue;
                }
                Some(Err(e)) => {
                    tracing::debug!(operation = self.op.id, error = %e, "websocket connection lost");
                    self.conn = None;
                    last_failure = Some(Failure {
                        status: None,
                        message: format!("connection lost: {e}"),
                        fatal: None,
                    });
                    continue;
                }
                None => {
                    self.conn = None;
                    continue;
                }
            };
            // The connection that delivered counts as the first attempt of the next run, so a
            // drop after progress gets the same number of reconnects as a failed start.
            self.attempts = 1;
            if let Some(item) = self.message(bytes) {
                return Some((item, self));
            }
        }
    }

    /// Decodes one frame; `None` when it repeats a message delivered before a resume.
    fn message(&mut self, bytes: bytes::Bytes) -> Option<Result<M, Error>> {
        let decoded = self.position.decode(self.op.resume, &bytes)?;
        Some(decoded.map_err(|(path, message)| frame_error(bytes, path, message)))
    }

    /// The URL of the next connection: with the resume parameter once a message was seen.
    fn connect_urls(&self) -> (Url, Option<Url>) {
        let mut url = self.url.clone();
        let mut signing = self.signing_url.clone();
        for url in std::iter::once(&mut url).chain(signing.as_mut()) {
            let mut query = url.query().unwrap_or_default().to_owned();
            if self.position.apply(self.op.resume, &mut query) {
                url.set_query(Some(&query));
            }
        }
        (url, signing)
    }

    async fn open(&mut self) -> Result<Connection, Failure> {
        let (url, signing) = self.connect_urls();
        let span = tracing::debug_span!(
            "websocket",
            operation = self.op.id,
            url = self.op.url,
            attempt = self.attempts,
            status = tracing::field::Empty,
            latency_ms = tracing::field::Empty,
        );
        let started = Instant::now();
        let result = self
            .handshake(url, signing.as_ref())
            .instrument(span.clone())
            .await;
        if let Ok(response_status) = &result {
            span.record("status", response_status.1.as_u16());
        } else if let Err(Failure {
            status: Some(status),
            ..
        }) = &result
        {
            span.record("status", status.as_u16());
        }
        span.record("latency_ms", started.elapsed().as_millis() as u64);
        if result.is_ok() {
            self.position.reconnected();
        }
        result.map(|(conn, _)| conn)
    }

    async fn handshake(
        &self,
        url: Url,
        signing: Option<&Url>,
    ) -> Result<(Connection, http::StatusCode), Failure> {
        let inner = &self.client.config();
        let fatal = |error: Error| Failure {
            status: None,
            message: String::new(),
            fatal: Some(error),
        };
        let auth = match self.op.auth {
            AuthMode::None => cloudsdk_auth::WebSocketAuth::default(),
            AuthMode::FirstMessage | AuthMode::Header => self
                .client
                .auth()
                .websocket(&url, signing)
                .await
                .map_err(|e| fatal(e.into()))?,
        };
        let mut request = url
            .as_str()
            .into_client_request()
            .map_err(|e| fatal(Error::InvalidRequest(format!("{}: {e}", self.op.id))))?;
        let headers = request.headers_mut();
        for (name, value) in &inner.headers {
            if !headers.contains_key(name) {
                headers.insert(name.clone(), value.clone());
            }
        }
        if self.op.auth == AuthMode::Header {
            for (name, value) in auth.headers {
                if let Some(name) = name {
                    headers.insert(name, value);
                }
            }
        }
        let connect = tokio_tungstenite::connect_async(request);
        let limit = inner.connect_timeout.or(inner.timeout);
        let connected = match limit {
            Some(limit) => match tokio::time::timeout(limit, connect).await {
                Ok(result) => result,
                Err(_) => {
                    return Err(Failure {
                        status: None,
                        message: format!("the handshake took longer than {limit:?}"),
                        fatal: None,
                    });
                }
            },
            None => connect.await,
        };
        let (mut conn, response) = connected.map_err(|e| {
            use tokio_tungstenite::tungstenite::Error as WsError;
            let status = match &e {
                WsError::Http(response) => Some(response.status()),
                _ => None,
            };
            let message = match status {
                Some(status) => format!("the server refused the upgrade with {status}"),
                None => e.to_string(),
            };
            // Refused credentials will not get better by reconnecting.
            let fatal = matches!(
                status,
                Some(http::StatusCode::UNAUTHORIZED | http::StatusCode::FORBIDDEN)
            )
            .then(|| {
                Error::WebSocket(Box::new(WebSocketError {
                    operation: self.op.id,
                    attempts: self.attempts,
                    status,
                    message: message.clone(),
                }))
            });
            Failure {
                status,
                message,
                fatal,
            }
        })?;
        if self.op.auth == AuthMode::FirstMessage {
            if let Some(first) = auth.first_message {
                conn.send(Message::text(first)).await.map_err(|e| Failure {
                    status: None,
                    message: format!("sending the authentication message failed: {e}"),
                    fatal: None,
                })?;
            }
        }
        Ok((conn, response.status()))
    }

    fn gave_up(&self, failure: Failure) -> Error {
        Error::WebSocket(Box::new(WebSocketError {
            operation: self.op.id,
            attempts: self.attempts,
            status: failure.status,
            message: failure.message,
        }))
    }
}

fn frame_error(frame: bytes::Bytes, path: String, message: String) -> Error {
    decode_error(
        ResponseParts {
            status: http::StatusCode::SWITCHING_PROTOCOLS,
            headers: http::HeaderMap::new(),
            body: frame,
        },
        path,
        message,
    )
}
