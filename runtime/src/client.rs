use std::convert::Infallible;
use std::sync::Arc;
use std::time::{Duration, Instant};

use cloudsdk_auth::{Authenticator, NoAuth, RequestParts};
use http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use tracing::Instrument;
use url::Url;

use crate::error::{ApiError, Error, ResponseParts};
use crate::operation::Operation;
use crate::policy::{ReconnectPolicy, RetryPolicy};
use crate::request::{Body, Request};
use crate::response::{ByteStream, Response};
use crate::websocket::{WebSocketOperation, WebSocketRequest};

/// A configured connection to one API: base URL, authentication, HTTP client, default headers,
/// timeouts and retry policy. Cheap to clone (one `Arc`), `Send + Sync`.
#[derive(Clone, Debug)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

#[derive(Debug)]
pub(crate) struct Inner {
    http: reqwest::Client,
    base: String,
    auth: Arc<dyn Authenticator>,
    pub(crate) headers: HeaderMap,
    retry: RetryPolicy,
    pub(crate) timeout: Option<Duration>,
    pub(crate) connect_timeout: Option<Duration>,
    pub(crate) websocket_base: Option<Url>,
    pub(crate) reconnect: ReconnectPolicy,
}

/// Builds a [`Client`], or a generated crate's client `C` wrapping one.
#[derive(Debug)]
pub struct ClientBuilder<C = Client> {
    base_url: String,
    auth: Arc<dyn Authenticator>,
    http: Option<reqwest::Client>,
    headers: HeaderMap,
    retry: RetryPolicy,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    websocket_base: Option<String>,
    reconnect: ReconnectPolicy,
    error: Option<String>,
    into: std::marker::PhantomData<fn() -> C>,
}

impl Client {
    /// Starts building a client for the API at `base_url` (e.g. `https://api.example.com/v1`).
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com/v1").build()?;
    /// # Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
        ClientBuilder::new(base_url)
    }

    /// Starts a request for `op`.
    ///
    /// ```
    /// use cloudsdk_runtime::{Client, Method, Operation};
    ///
    /// static GET_THING: Operation = Operation::new("getThing", Method::GET, "/things/{id}", true);
    /// let client = Client::builder("https://api.example.com").build()?;
    /// let mut request = client.request(&GET_THING);
    /// request.path_param("id", &42);
    /// # Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn request<'a>(&'a self, op: &'a Operation) -> Request<'a> {
        Request::new(self, op)
    }

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

    /// The base URL requests are sent to.
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com/v1/").build()?;
    /// assert_eq!(client.base_url(), "https://api.example.com/v1");
    /// # Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn base_url(&self) -> &str {
        &self.inner.base
    }

    /// The authenticator in use.
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com").build()?;
    /// let auth = std::sync::Arc::clone(client.auth());
    /// # let _ = auth; Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn auth(&self) -> &Arc<dyn Authenticator> {
        &self.inner.auth
    }
}

impl<C: From<Client>> ClientBuilder<C> {
    /// A builder for the API at `base_url` (e.g. `https://api.example.com/v1`) that produces a
    /// `C` (a generated client) on [`ClientBuilder::build`].
    ///
    /// ```
    /// use cloudsdk_runtime::{Client, ClientBuilder};
    ///
    /// let client: Client = ClientBuilder::new("https://api.example.com").build()?;
    /// # let _ = client; Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn new(base_url: impl Into<String>) -> Self {
        let mut headers = HeaderMap::new();
        headers.insert(
            http::header::ACCEPT,
            HeaderValue::from_static("application/json"),
        );
        headers.insert(
            http::header::USER_AGENT,
            HeaderValue::from_static(concat!(
                env!("CARGO_PKG_NAME"),
                "/",
                env!("CARGO_PKG_VERSION")
            )),
        );
        ClientBuilder {
            base_url: base_url.into(),
            auth: Arc::new(NoAuth),
            http: None,
            headers,
            retry: RetryPolicy::default(),
            timeout: Some(Duration::from_secs(60)),
            connect_timeout: Some(Duration::from_secs(10)),
            websocket_base: None,
            reconnect: ReconnectPolicy::default(),
            error: None,
            into: std::marker::PhantomData,
        }
    }

    /// Overrides the base URL (tests, regions, another host such as an API bridge).
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .base_url("http://127.0.0.1:8080")
    ///     .build()?;
    /// assert_eq!(client.base_url(), "http://127.0.0.1:8080");
    /// # Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// Sets how requests are authenticated.
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .auth(cloudsdk_runtime::auth::BearerToken::new("token")?)
    ///     .build()?;
    /// # let _ = client; Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn auth(mut self, auth: impl Authenticator) -> Self {
        self.auth = Arc::new(auth);
        self
    }

    /// Sets how requests are authenticated, from a shared authenticator.
    ///
    /// ```
    /// use std::sync::Arc;
    /// use cloudsdk_runtime::auth::{Authenticator, NoAuth};
    ///
    /// let shared: Arc<dyn Authenticator> = Arc::new(NoAuth);
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .auth_shared(shared)
    ///     .build()?;
    /// # let _ = client; Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn auth_shared(mut self, auth: Arc<dyn Authenticator>) -> Self {
        self.auth = auth;
        self
    }

    /// Uses the caller's own `reqwest::Client` (its timeouts and proxies apply; the connect
    /// timeout set here does not).
    ///
    /// ```
    /// let http = reqwest::Client::builder().no_proxy().build()?;
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .http_client(http)
    ///     .build()?;
    /// # let _ = client; Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Adds a header sent with every request (replacing one of the same name).
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .default_header("x-api-version", "2024-01-01")
    ///     .build()?;
    /// # let _ = client; Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn default_header(mut self, name: &str, value: &str) -> Self {
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            (Ok(n), Ok(v)) => {
                self.headers.insert(n, v);
            }
            _ => self.error = Some(format!("default header `{name}` is not a valid header")),
        }
        self
    }

    /// Sets the `User-Agent` header (default `cloudsdk-runtime/<version>`; generated clients
    /// name their own crate and version).
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .user_agent("my-tool/1.0")
    ///     .build()?;
    /// # let _ = client; Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn user_agent(self, user_agent: &str) -> Self {
        self.default_header("user-agent", user_agent)
    }

    /// The whole-request timeout (default 60 s); `None` waits forever.
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .timeout(Some(std::time::Duration::from_secs(30)))
    ///     .build()?;
    /// # let _ = client; Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = timeout;
        self
    }

    /// The connection timeout (default 10 s).
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .connect_timeout(Some(std::time::Duration::from_secs(3)))
    ///     .build()?;
    /// # let _ = client; Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn connect_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Sets the retry policy ([`RetryPolicy::none`] turns retries off).
    ///
    /// ```
    /// use cloudsdk_runtime::{Client, RetryPolicy};
    ///
    /// let client = Client::builder("https://api.example.com").retry(RetryPolicy::none()).build()?;
    /// # let _ = client; Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Sends websocket streams to another origin than the one in their URL template, e.g.
    /// `ws://127.0.0.1:8080` in tests or a proxy: scheme, host and port are replaced, and a
    /// path given here is put before the template's path. Must start with `ws://` or `wss://`.
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .websocket_base_url("ws://127.0.0.1:8080")
    ///     .build()?;
    /// # Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn websocket_base_url(mut self, base_url: impl Into<String>) -> Self {
        self.websocket_base = Some(base_url.into());
        self
    }

    /// How streams reconnect when the connection drops: websockets (also when the server closes
    /// them) and server-sent events.
    ///
    /// ```
    /// use cloudsdk_runtime::{Client, ReconnectPolicy};
    ///
    /// let client = Client::builder("https://api.example.com")
    ///     .reconnect(ReconnectPolicy::default().max_reconnects(10))
    ///     .build()?;
    /// # Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn reconnect(mut self, policy: ReconnectPolicy) -> Self {
        self.reconnect = policy;
        self
    }

    /// Builds the client; fails on a base URL that is not an absolute http(s) URL or on a bad
    /// header.
    ///
    /// ```
    /// assert!(cloudsdk_runtime::Client::builder("ftp://example.com").build().is_err());
    /// ```
    pub fn build(self) -> Result<C, Error> {
        if let Some(e) = self.error {
            return Err(Error::InvalidRequest(e));
        }
        let parsed = Url::parse(&self.base_url)
            .map_err(|e| Error::InvalidRequest(format!("base URL `{}`: {e}", self.base_url)))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(Error::InvalidRequest(format!(
                "base URL `{}` must start with http:// or https://",
                self.base_url
            )));
        }
        let websocket_base = match &self.websocket_base {
            None => None,
            Some(text) => {
                let url = Url::parse(text).map_err(|e| {
                    Error::InvalidRequest(format!("websocket base URL `{text}`: {e}"))
                })?;
                if !matches!(url.scheme(), "ws" | "wss") {
                    return Err(Error::InvalidRequest(format!(
                        "websocket base URL `{text}` must start with ws:// or wss://"
                    )));
                }
                Some(url)
            }
        };
        let http = match self.http {
            Some(http) => http,
            None => {
                let mut builder = reqwest::Client::builder();
                if let Some(t) = self.connect_timeout {
                    builder = builder.connect_timeout(t);
                }
                builder.build().map_err(Error::from_reqwest)?
            }
        };
        Ok(C::from(Client {
            inner: Arc::new(Inner {
                http,
                base: self.base_url.trim_end_matches('/').to_owned(),
                auth: self.auth,
                headers: self.headers,
                retry: self.retry,
                timeout: self.timeout,
                connect_timeout: self.connect_timeout,
                websocket_base,
                reconnect: self.reconnect,
            }),
        }))
    }
}

/// What [`execute`] hands back on a success status.
pub(crate) enum Received {
    /// The whole body was read.
    Buffered(Response),
    /// The body is still to be read, chunk by chunk.
    Streaming(ByteStream),
}

/// The outcome of [`dispatch`]: a success, or an error status with its body read.
enum Dispatched {
    Success(Received),
    Failure(ResponseParts),
}

/// Sends `req` (to `url` when given, else to the URL it was built for) with authentication and
/// retries, and sorts the final answer into a success or an [`Error`].
///
/// Only the decoding of a documented error body depends on `E`; everything else lives in the
/// non-generic [`dispatch`], so each error type a generated crate uses adds little code.
pub(crate) async fn execute<E: serde::de::DeserializeOwned>(
    req: &mut Request<'_>,
    url: Option<Url>,
    streaming: bool,
) -> Result<Received, Error<E>> {
    let op = req.op;
    match dispatch(req, url, streaming).await {
        Ok(Dispatched::Success(received)) => Ok(received),
        Ok(Dispatched::Failure(parts)) => {
            if op.documents_error(parts.status.as_u16()) {
                let error = serde_json::from_slice::<E>(&parts.body).ok();
                Err(Error::Api(Box::new(ApiError {
                    response: parts,
                    error,
                })))
            } else {
                Err(Error::UnexpectedStatus(Box::new(parts)))
            }
        }
        Err(e) => Err(e.map_api(|never| match never {})),
    }
}

/// [`execute`] with the whole body read.
pub(crate) async fn execute_buffered<E: serde::de::DeserializeOwned>(
    req: &mut Request<'_>,
    url: Option<Url>,
) -> Result<Response, Error<E>> {
    match execute(req, url, false).await? {
        Received::Buffered(response) => Ok(response),
        Received::Streaming(stream) => stream.into_response().await.map_err(Error::cast),
    }
}

/// The URL a request was built for: base URL, filled path template, query.
pub(crate) fn request_url(req: &Request<'_>) -> Result<Url, Error<Infallible>> {
    let inner = &req.client.inner;
    let mut url_text =
        String::with_capacity(inner.base.len() + req.path.len() + req.query.len() + 1);
    url_text.push_str(&inner.base);
    url_text.push_str(&req.path);
    if !req.query.is_empty() {
        url_text.push(if url_text.contains('?') { '&' } else { '?' });
        url_text.push_str(&req.query);
    }
    Url::parse(&url_text)
        .map_err(|e| Error::InvalidRequest(format!("{}: URL `{url_text}`: {e}", req.op.id)))
}

async fn dispatch(
    req: &mut Request<'_>,
    url: Option<Url>,
    streaming: bool,
) -> Result<Dispatched, Error<Infallible>> {
    if let Some(message) = req.error.take() {
        return Err(Error::InvalidRequest(format!("{}: {message}", req.op.id)));
    }
    let client = req.client;
    let inner = &client.inner;
    let op = req.op;
    let url = match url {
        Some(url) => url,
        None => request_url(req)?,
    };
    let signing_url = match &req.signing_url {
        Some(s) => Some(
            Url::parse(s)
                .map_err(|e| Error::InvalidRequest(format!("{}: signing URL `{s}`: {e}", op.id)))?,
        ),
        None => None,
    };
    let timeout = req.timeout.unwrap_or(inner.timeout);
    let span = tracing::debug_span!(
        "request",
        operation = op.id,
        method = %op.method,
        path = op.path,
        status = tracing::field::Empty,
        attempt = tracing::field::Empty,
        latency_ms = tracing::field::Empty,
    );
    let recorder = span.clone();
    async move {
        let span = recorder;
        let started = Instant::now();
        let mut waited = Duration::ZERO;
        let mut attempt = 0u32;
        let mut reauthenticated = false;
        let retry_allowed =
            inner.retry.allows(op.idempotent) && !matches!(req.body, Body::Multipart(_));
        let resp = loop {
            attempt += 1;
            span.record("attempt", attempt);
            let mut headers = inner.headers.clone();
            for (name, value) in &req.headers {
                headers.insert(name.clone(), value.clone());
            }
            let mut builder = inner
                .http
                .request(op.method.clone(), url.clone())
                .headers(headers);
            if let Some(t) = timeout {
                builder = builder.timeout(t);
            }
            let mut form_body = None;
            match &mut req.body {
                Body::None => {}
                Body::Bytes {
                    content_type,
                    bytes,
                    form,
                } => {
                    builder = builder
                        .header(http::header::CONTENT_TYPE, content_type.clone())
                        .body(bytes.clone());
                    if *form {
                        form_body = Some(bytes.clone());
                    }
                }
                Body::Multipart(form) => {
                    if let Some(form) = form.take() {
                        builder = builder.multipart(form);
                    }
                }
            }
            let mut request = builder
                .build()
                .map_err(|e| Error::InvalidRequest(format!("{}: {e}", op.id)))?;
            if op.authenticated {
                let method = request.method().clone();
                inner
                    .auth
                    .authenticate(RequestParts {
                        method: &method,
                        url: &url,
                        signing_url: signing_url.as_ref(),
                        form_body: form_body.as_deref(),
                        headers: request.headers_mut(),
                    })
                    .await?;
            }
            let outcome = inner.http.execute(request).await;
            let (status, retryable) = match &outcome {
                Ok(resp) => (
                    Some(resp.status()),
                    RetryPolicy::retryable_status(resp.status()),
                ),
                Err(e) => (
                    None,
                    e.is_connect() || (e.is_request() && !e.is_timeout() && !e.is_body()),
                ),
            };
            if status == Some(StatusCode::UNAUTHORIZED)
                && op.authenticated
                && !reauthenticated
                && inner.auth.unauthorized()
            {
                reauthenticated = true;
                tracing::debug!("401: credentials refreshed, trying once more");
                continue;
            }
            if retryable && retry_allowed {
                let headers = outcome.as_ref().ok().map(reqwest::Response::headers);
                if let Some(delay) = inner.retry.delay(attempt, waited, headers) {
                    tracing::debug!(?delay, ?status, "retrying");
                    drop(outcome);
                    tokio::time::sleep(delay).await;
                    waited += delay;
                    continue;
                }
            }
            break outcome.map_err(Error::from_reqwest)?;
        };
        let status = resp.status();
        span.record("status", status.as_u16());
        if status.is_success() && streaming {
            span.record("latency_ms", started.elapsed().as_millis() as u64);
            return Ok(Dispatched::Success(Received::Streaming(ByteStream::new(
                resp,
            ))));
        }
        let headers = resp.headers().clone();
        let body = resp.bytes().await.map_err(Error::from_reqwest)?;
        span.record("latency_ms", started.elapsed().as_millis() as u64);
        let parts = ResponseParts {
            status,
            headers,
            body,
        };
        if status.is_success() {
            Ok(Dispatched::Success(Received::Buffered(Response { parts })))
        } else {
            Ok(Dispatched::Failure(parts))
        }
    }
    .instrument(span)
    .await
}
