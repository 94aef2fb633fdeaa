//! Sending a request: its URL, one authenticated HTTP exchange per attempt, retries, a
//! `tracing` span, and the answer sorted into a success or an [`Error`] that keeps status,
//! headers and body.
//!
//! The steps are separate functions (`dispatch` → `send_with_retries` → `attempt` →
//! `receive`), so a check on what goes out or comes back has one obvious place.

use std::convert::Infallible;
use std::time::{Duration, Instant};

use bytes::Bytes;
use cloudsdk_auth::RequestParts;
use http::{HeaderMap, HeaderValue, StatusCode};
use tracing::{Instrument, Span};
use url::Url;

use crate::client::{Client, Config};
use crate::confine;
use crate::encode;
use crate::error::{ApiError, BodyTooLarge, Error, ResponseParts};
use crate::operation::Operation;
use crate::policy::RetryPolicy;
use crate::redact;
use crate::response::{ByteStream, Response};

/// Body of a request. Its `Debug` shows the kind and size, never the content.
pub(crate) enum Body {
    None,
    /// Bytes with their content type; `form` marks `application/x-www-form-urlencoded`.
    Bytes {
        content_type: HeaderValue,
        bytes: Bytes,
        form: bool,
    },
    /// Taken by the first attempt: a multipart form is sent once.
    #[cfg(feature = "multipart")]
    Multipart(Option<reqwest::multipart::Form>),
}

impl Body {
    /// Whether the body can be sent again: all but a multipart form.
    fn resendable(&self) -> bool {
        match self {
            Body::None | Body::Bytes { .. } => true,
            #[cfg(feature = "multipart")]
            Body::Multipart(_) => false,
        }
    }
}

impl std::fmt::Debug for Body {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Body::None => f.write_str("None"),
            Body::Bytes {
                content_type,
                bytes,
                ..
            } => write!(f, "{content_type:?} ({} bytes)", bytes.len()),
            #[cfg(feature = "multipart")]
            Body::Multipart(_) => f.write_str("multipart"),
        }
    }
}

/// Everything one request sends, as [`Request`](crate::Request)'s builder methods filled it.
/// Its `Debug` hides credential-bearing header and query values and the body.
pub(crate) struct Call {
    pub(crate) client: Client,
    pub(crate) op: &'static Operation,
    /// The filled path template, percent-encoded.
    pub(crate) path: String,
    pub(crate) signing_url: Option<String>,
    /// The encoded query, without `?`.
    pub(crate) query: String,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Body,
    /// The first parameter that could not be encoded: sending fails with it.
    pub(crate) error: Option<String>,
    /// A timeout for this request only (`Some(None)`: none), else the client's; the client
    /// handle's [`CallOptions`](crate::CallOptions) set it first.
    pub(crate) timeout: Option<Option<Duration>>,
}

impl std::fmt::Debug for Call {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Call")
            .field("client", &self.client)
            .field("operation", &self.op.id)
            .field("path", &self.path)
            .field("query", &redact::Query(&self.query))
            .field("headers", &redact::Headers(&self.headers))
            .field("body", &self.body)
            .field("error", &self.error)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl Call {
    pub(crate) fn new(client: Client, op: &'static Operation) -> Self {
        let options = client.options();
        let timeout = options.and_then(|o| o.timeout);
        let error = options.and_then(|o| o.error.clone());
        Self {
            client,
            op,
            path: op.path.to_owned(),
            signing_url: op.signing_url.map(str::to_owned),
            query: String::new(),
            headers: HeaderMap::new(),
            body: Body::None,
            error,
            timeout,
        }
    }

    /// Records why the request cannot be sent (the first reason wins).
    pub(crate) fn fail(&mut self, message: String) {
        if self.error.is_none() {
            self.error = Some(message);
        }
    }

    /// The URL the request was built for: base URL, filled path template, query. It is on the
    /// base URL's origin and under its path, or an error.
    pub(crate) fn url(&self) -> Result<Url, Error<Infallible>> {
        let text = encode::join_url(self.client.base_url(), &self.path, &self.query);
        let url = Url::parse(&text).map_err(|e| self.invalid(format!("URL `{text}`: {e}")))?;
        confine::within_base(&self.client.config().base_url, &url).map_err(|e| self.invalid(e))?;
        Ok(url)
    }

    fn invalid(&self, message: impl std::fmt::Display) -> Error<Infallible> {
        Error::InvalidRequest(format!("{}: {message}", self.op.id))
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

/// Sends `call` (to `url` when given, else to the URL it was built for) with authentication
/// and retries, and sorts the final answer into a success or an [`Error`].
///
/// Only the decoding of a documented error body depends on `E`; everything else lives in the
/// non-generic [`dispatch`], so each error type a generated crate uses adds little code.
pub(crate) async fn execute<E: serde::de::DeserializeOwned>(
    call: &mut Call,
    url: Option<Url>,
    streaming: bool,
) -> Result<Received, Error<E>> {
    let op = call.op;
    match dispatch(call, url, streaming).await {
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
    call: &mut Call,
    url: Option<Url>,
) -> Result<Response, Error<E>> {
    match execute(call, url, false).await? {
        Received::Buffered(response) => Ok(response),
        Received::Streaming(stream) => stream.into_response().await.map_err(Error::cast),
    }
}

/// Where one request goes: its URL and the URL its authenticator signs.
struct Target {
    url: Url,
    signing_url: Option<Url>,
}

async fn dispatch(
    call: &mut Call,
    url: Option<Url>,
    streaming: bool,
) -> Result<Dispatched, Error<Infallible>> {
    if let Some(message) = call.error.take() {
        return Err(call.invalid(message));
    }
    let url = match url {
        Some(url) => {
            let base = &call.client.config().base_url;
            confine::within_base(base, &url).map_err(|e| call.invalid(e))?;
            url
        }
        None => call.url()?,
    };
    let signing_url = match &call.signing_url {
        Some(s) => {
            let mut signing =
                Url::parse(s).map_err(|e| call.invalid(format!("signing URL `{s}`: {e}")))?;
            confine::rebase(&mut signing, &url).map_err(|e| call.invalid(e))?;
            Some(signing)
        }
        None => None,
    };
    let target = Target { url, signing_url };
    let op = call.op;
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
        let started = Instant::now();
        let response = send_with_retries(call, &target, &recorder).await?;
        let limit = call.client.config().max_body;
        receive(response, streaming, limit, &recorder, started).await
    }
    .instrument(span)
    .await
}

/// Sends attempts until one is final: a success, an error that is not retried, or the retry
/// policy's attempts or budget used up. After a 401 the authenticator is told which
/// credentials were refused (the headers that attempt carried) and, when it asks for it, the
/// request is sent once more with the same body; a multipart body, which cannot be sent twice,
/// ends the request with the 401 instead.
async fn send_with_retries(
    call: &mut Call,
    target: &Target,
    span: &Span,
) -> Result<reqwest::Response, Error<Infallible>> {
    let client = call.client.clone();
    let (config, retry) = (client.config(), client.retry_policy());
    let op = call.op;
    let resendable = call.body.resendable();
    let retry_allowed = retry.allows(op.idempotent) && resendable;
    let mut waited = Duration::ZERO;
    let mut attempt = 0u32;
    let mut reauthenticated = false;
    loop {
        attempt += 1;
        span.record("attempt", attempt);
        let request = build_attempt(call, target).await?;
        let sent = op.authenticated.then(|| request.headers().clone());
        let outcome = config.http.execute(request).await;
        let status = outcome.as_ref().ok().map(reqwest::Response::status);
        if let (Some(StatusCode::UNAUTHORIZED), Some(sent)) = (status, &sent) {
            if !reauthenticated && config.auth.unauthorized_with(sent) && resendable {
                reauthenticated = true;
                tracing::debug!("401: credentials refreshed, trying once more");
                continue;
            }
        }
        if retry_allowed && retryable(&outcome) {
            let headers = outcome.as_ref().ok().map(reqwest::Response::headers);
            if let Some(delay) = retry.delay(attempt, waited, headers) {
                tracing::debug!(?delay, ?status, "retrying");
                drop(outcome);
                tokio::time::sleep(delay).await;
                waited += delay;
                continue;
            }
        }
        return outcome.map_err(Error::from_reqwest);
    }
}

/// Whether an attempt's outcome is worth another: 429 and 503, and failures to connect or to
/// send (a timeout or a broken body is not retried).
fn retryable(outcome: &Result<reqwest::Response, reqwest::Error>) -> bool {
    match outcome {
        Ok(response) => RetryPolicy::retryable_status(response.status()),
        Err(e) => e.is_connect() || (e.is_request() && !e.is_timeout() && !e.is_body()),
    }
}

/// One attempt's HTTP request: default headers, the call options' and the request's own (each
/// replacing the one before), timeout, body, then the authenticator's headers.
async fn build_attempt(
    call: &mut Call,
    target: &Target,
) -> Result<reqwest::Request, Error<Infallible>> {
    let config: &Config = call.client.config();
    let op = call.op;
    let mut headers = config.headers.clone();
    if let Some(options) = call.client.options() {
        for (name, value) in &options.headers {
            headers.insert(name.clone(), value.clone());
        }
    }
    confine::credentials_allowed(&target.url, &headers, config.allow_insecure)
        .and_then(|()| {
            let name = config.query.first_name();
            confine::query_credential_allowed(&target.url, name, config.allow_insecure)
        })
        .map_err(|e| call.invalid(e))?;
    let mut url = target.url.clone();
    config.query.apply(&mut url);
    for (name, value) in &call.headers {
        headers.insert(name.clone(), value.clone());
    }
    let mut builder = config.http.request(op.method.clone(), url).headers(headers);
    if let Some(t) = call.timeout.unwrap_or(config.timeout) {
        builder = builder.timeout(t);
    }
    let mut form_body = None;
    match &mut call.body {
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
        #[cfg(feature = "multipart")]
        Body::Multipart(form) => {
            if let Some(form) = form.take() {
                builder = builder.multipart(form);
            }
        }
    }
    let mut request = builder.build().map_err(|e| call.invalid(e))?;
    if op.authenticated {
        let method = request.method().clone();
        config
            .auth
            .authenticate(RequestParts {
                method: &method,
                url: &target.url,
                signing_url: target.signing_url.as_ref(),
                form_body: form_body.as_deref(),
                headers: request.headers_mut(),
            })
            .await?;
    }
    Ok(request)
}

/// The final answer: a success streamed or read whole, or an error status with its body read.
async fn receive(
    response: reqwest::Response,
    streaming: bool,
    limit: usize,
    span: &Span,
    started: Instant,
) -> Result<Dispatched, Error<Infallible>> {
    let status = response.status();
    span.record("status", status.as_u16());
    if status.is_success() && streaming {
        span.record("latency_ms", started.elapsed().as_millis() as u64);
        let stream = ByteStream::new(response, limit);
        return Ok(Dispatched::Success(Received::Streaming(stream)));
    }
    let headers = response.headers().clone();
    let body = read_capped(response, limit).await?;
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

/// Reads a whole body, at most `limit` bytes: one announced or found larger is
/// [`Error::BodyTooLarge`], refused before reading when its `Content-Length` says so.
async fn read_capped(
    mut response: reqwest::Response,
    limit: usize,
) -> Result<Bytes, Error<Infallible>> {
    let too_large = |response: &reqwest::Response, start: &[u8]| {
        let headers = response.headers().clone();
        BodyTooLarge::error(response.status(), headers, start, limit)
    };
    let announced = response.content_length().unwrap_or(0);
    if announced > limit as u64 {
        return Err(too_large(&response, &[]));
    }
    // Room for what was announced, but not more than a MiB before it arrives.
    let mut body = Vec::with_capacity(announced.min(1 << 20) as usize);
    while let Some(chunk) = response.chunk().await.map_err(Error::from_reqwest)? {
        if body.len() + chunk.len() > limit {
            return Err(too_large(&response, &body));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.into())
}
