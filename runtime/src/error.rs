use std::borrow::Cow;
use std::fmt;

use bytes::Bytes;
use http::{HeaderMap, StatusCode};

/// Status, headers and raw body of a response that did not turn into the expected value.
#[derive(Clone)]
#[non_exhaustive]
pub struct ResponseParts {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The raw body, as received.
    pub body: Bytes,
}

impl ResponseParts {
    /// A response's status, headers and body.
    pub fn new(status: StatusCode, headers: HeaderMap, body: Bytes) -> Self {
        Self {
            status,
            headers,
            body,
        }
    }

    /// The body as text (lossy UTF-8).
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }

    /// The first bytes of the body, for messages.
    pub fn excerpt(&self) -> String {
        excerpt(&self.body)
    }
}

/// Shows the status, the headers (credential values such as `Set-Cookie` as `[redacted]`) and
/// the start of the body.
impl fmt::Debug for ResponseParts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseParts")
            .field("status", &self.status)
            .field("headers", &crate::redact::Headers(&self.headers))
            .field("body", &self.excerpt())
            .finish()
    }
}

pub(crate) fn excerpt(body: &[u8]) -> String {
    const MAX: usize = 512;
    let text = String::from_utf8_lossy(&body[..body.len().min(MAX)]);
    if body.len() > MAX {
        format!("{text}…")
    } else {
        text.into_owned()
    }
}

/// A documented error response: the operation's spec says what this status carries.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ApiError<E> {
    /// Status, headers and raw body.
    pub response: ResponseParts,
    /// The body decoded into the documented error schema; `None` when it did not decode (the raw
    /// body is still in `response.body`).
    pub error: Option<E>,
}

impl<E> ApiError<E> {
    /// A documented error response and its decoded body (`None`: it did not decode).
    pub fn new(response: ResponseParts, error: Option<E>) -> Self {
        Self { response, error }
    }
}

/// A response body that could not be decoded into the expected type.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct DecodeError {
    /// Status, headers and raw body.
    pub response: ResponseParts,
    /// Where in the body decoding failed, as a path (`items[3].name`).
    pub path: String,
    /// What serde said.
    pub message: String,
}

impl DecodeError {
    /// A body that did not decode: the response, where decoding failed and why.
    pub fn new(response: ResponseParts, path: String, message: String) -> Self {
        Self {
            response,
            path,
            message,
        }
    }
}

/// A response whose body was larger than the client reads into memory
/// ([`ClientBuilder::max_body_bytes`](crate::ClientBuilder::max_body_bytes)).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct BodyTooLarge {
    /// Status, headers and the first bytes of the body (at most 1 KiB).
    pub response: ResponseParts,
    /// The limit the body went over, in bytes.
    pub limit: usize,
}

impl BodyTooLarge {
    /// The most of a refused body kept in the error.
    const KEPT: usize = 1024;

    /// The error for an answer with `status` and `headers` whose body goes over `limit`;
    /// `start` is what was read of it.
    pub(crate) fn error<E>(
        status: StatusCode,
        headers: HeaderMap,
        start: &[u8],
        limit: usize,
    ) -> Error<E> {
        let body = Bytes::copy_from_slice(&start[..start.len().min(Self::KEPT)]);
        let response = ResponseParts {
            status,
            headers,
            body,
        };
        Error::BodyTooLarge(Box::new(BodyTooLarge { response, limit }))
    }
}

/// A websocket stream that failed: the handshake was refused or the connection dropped, and
/// reconnecting did not help.
#[derive(Debug)]
#[non_exhaustive]
pub struct WebSocketError {
    /// The stream's operation name.
    pub operation: &'static str,
    /// Connections tried since the last message was received, counting the one that
    /// delivered it (or the first).
    pub attempts: u32,
    /// The HTTP status of a refused handshake.
    pub status: Option<StatusCode>,
    /// What went wrong last.
    pub message: String,
}

/// A websocket server rejected the credentials with a frame (rather than by refusing the
/// upgrade or closing); the stream ended without reconnecting, since new connections would be
/// rejected the same way.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct WebSocketRejected {
    /// The stream's operation name.
    pub operation: &'static str,
    /// The frame the server rejected the credentials with, as received.
    pub frame: Bytes,
}

impl WebSocketRejected {
    /// The frame as text (lossy UTF-8).
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.frame)
    }
}

/// Everything that can go wrong with a call. `E` is the operation's documented error body.
///
/// What callers usually branch on has an accessor: [`Error::status`], the provider's error
/// [`code`](Error::code) and [`message`](Error::message) (when its error body has them),
/// [`Error::request_id`], [`Error::is_not_found`] and [`Error::is_retryable`].
///
/// A wrapped error (authentication, transport, timeout) is the
/// [`source`](std::error::Error::source) and is not repeated in the message: print the chain
/// (e.g. `anyhow`'s `{:#}`) to see it. The other variants carry no source; their message says
/// everything, a response's status and the start of its body included.
///
/// `?` converts between the error of an operation with a typed error body and
/// `Error<serde_json::Value>` (both ways), so a crate whose operations document different error
/// bodies still has one error type to return.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E = serde_json::Value> {
    /// The request could not be built (a parameter that cannot be encoded, a bad base URL).
    InvalidRequest(String),
    /// Authentication failed before the request was sent (bad credentials, token endpoint down);
    /// the reason is the [`source`](std::error::Error::source).
    Auth(Box<cloudsdk_auth::AuthError>),
    /// The request did not complete: connection refused, reset, TLS failure… (the
    /// [`source`](std::error::Error::source) says which).
    Transport(TransportError),
    /// The request or the response took longer than the configured timeout.
    Timeout(TransportError),
    /// The server answered with an error status the operation documents.
    Api(Box<ApiError<E>>),
    /// The server answered with a status the operation does not document. A redirect to
    /// another origin is one: redirects are followed only within the origin a request was sent
    /// to, so credentials and default headers never go elsewhere.
    UnexpectedStatus(Box<ResponseParts>),
    /// The response body was larger than the client reads into memory.
    BodyTooLarge(Box<BodyTooLarge>),
    /// A websocket stream could not be opened, or broke and could not be re-opened.
    WebSocket(Box<WebSocketError>),
    /// A websocket server rejected the credentials with a frame its operation declares
    /// (Clever Cloud's error 2001); the stream ended at once.
    WebSocketRejected(Box<WebSocketRejected>),
    /// The body of a successful response did not match the documented schema.
    Decode(Box<DecodeError>),
}

impl fmt::Display for WebSocketError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (operation, attempts, message) = (self.operation, self.attempts, &self.message);
        write!(
            f,
            "websocket stream {operation} failed after {attempts} connection attempt(s): \
             {message}; check the URL (ClientBuilder::websocket_base_url) and credentials, or \
             raise ReconnectPolicy::max_reconnects"
        )
    }
}

impl std::error::Error for WebSocketError {}

impl fmt::Display for WebSocketRejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "websocket stream {}: the server rejected the credentials; check them (the stream \
             was not reconnected); frame: {}",
            self.operation,
            excerpt(&self.frame)
        )
    }
}

impl std::error::Error for WebSocketRejected {}

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest(why) => {
                write!(
                    f,
                    "invalid request: {why}; check the arguments and the base URL"
                )
            }
            Error::Auth(_) => f.write_str("authentication failed"),
            Error::Transport(_) => {
                f.write_str("request failed; check the base URL and your network, or retry later")
            }
            Error::Timeout(_) => f.write_str(
                "request timed out; raise the timeout (ClientBuilder::timeout, \
                 CallOptions::timeout) or retry later",
            ),
            Error::Api(api) => write!(
                f,
                "the API answered {}: {}",
                status_text(&api.response),
                body_text(&api.response)
            ),
            Error::UnexpectedStatus(parts) => write!(
                f,
                "the API answered {}, a status this operation does not document: {}",
                status_text(parts),
                body_text(parts)
            ),
            Error::BodyTooLarge(large) => write!(
                f,
                "the API answered {} with a body larger than {} bytes, the most this client \
                 reads into memory; raise it with ClientBuilder::max_body_bytes, or stream the \
                 body",
                large.response.status, large.limit
            ),
            Error::WebSocket(ws) => fmt::Display::fmt(ws, f),
            Error::WebSocketRejected(rejected) => fmt::Display::fmt(rejected, f),
            Error::Decode(decode) => f.write_str(&decode_message(decode)),
        }
    }
}

/// The wrapped error of `Auth`, `Transport` and `Timeout`; the other variants say all in their
/// message.
impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Auth(auth) => Some(&**auth),
            Error::Transport(transport) | Error::Timeout(transport) => Some(transport),
            _ => None,
        }
    }
}

/// A request that did not complete (connection refused or reset, TLS failure, timeout). Its
/// message is the HTTP library's; the cause behind that is its
/// [`source`](std::error::Error::source).
pub struct TransportError(reqwest::Error);

impl TransportError {
    /// Whether the connection could not be made (refused, DNS, TLS handshake).
    pub fn is_connect(&self) -> bool {
        self.0.is_connect()
    }

    /// Whether the request or the response took too long.
    pub fn is_timeout(&self) -> bool {
        self.0.is_timeout()
    }
}

impl fmt::Debug for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0.source()
    }
}

/// What the accessors [`Error::code`] and [`Error::message`] read from a decoded error body.
/// Generated crates implement it for their error schemas, reading the fields their model chose
/// (e.g. Civo's `code` and `reason`); both default to `None`.
///
/// `serde_json::Value` does not implement it: an untyped body has its own accessors, and
/// `?` converts typed errors into `Error<serde_json::Value>` through this trait.
pub trait ErrorBody {
    /// The provider's machine-readable error code (`"not_found"`, `"4004"`), when the body has
    /// one; a number is written out in decimal.
    fn code(&self) -> Option<Cow<'_, str>> {
        None
    }

    /// The provider's human-readable explanation, when the body has one.
    fn message(&self) -> Option<&str> {
        None
    }
}

/// The keys an untyped (JSON) error body is searched for, in order.
const CODE_KEYS: &[&str] = &["code", "error_code", "errorCode"];
const MESSAGE_KEYS: &[&str] = &[
    "message",
    "reason",
    "detail",
    "error_description",
    "error_message",
    "errorMessage",
    "error",
    "description",
];

/// The first of `keys` whose value in `body` is a string.
fn string_field<'a>(body: &'a serde_json::Value, keys: &[&str]) -> Option<&'a str> {
    keys.iter().find_map(|k| body.get(k)?.as_str())
}

/// The first of `keys` whose value in `body` is a string or an integer, as text.
fn code_field<'a>(body: &'a serde_json::Value, keys: &[&str]) -> Option<Cow<'a, str>> {
    keys.iter().find_map(|k| match body.get(k)? {
        serde_json::Value::String(s) => Some(Cow::Borrowed(s.as_str())),
        serde_json::Value::Number(n) if n.is_i64() || n.is_u64() => Some(n.to_string().into()),
        _ => None,
    })
}

/// Response headers that carry a request id, in the order they are looked for.
const REQUEST_ID_HEADERS: &[&str] = &[
    "x-request-id",
    "request-id",
    "x-amzn-requestid",
    "x-amz-request-id",
    "x-correlation-id",
    "x-ms-request-id",
    "x-github-request-id",
    "x-trace-id",
];

impl<E> From<cloudsdk_auth::AuthError> for Error<E> {
    fn from(error: cloudsdk_auth::AuthError) -> Self {
        Error::Auth(Box::new(error))
    }
}

/// The status, and for a redirect that was not followed, where it pointed (its origin only:
/// the rest may carry a token) and why it was not followed.
fn status_text(parts: &ResponseParts) -> String {
    if !parts.status.is_redirection() {
        return parts.status.to_string();
    }
    let location = parts
        .headers
        .get(http::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| url::Url::parse(v).ok());
    let to = match location {
        Some(url) => format!(" to {}", url.origin().ascii_serialization()),
        None => String::new(),
    };
    format!(
        "{}, a redirect{to} that was not followed (redirects are followed only within the \
         origin the request was sent to, so credentials stay there; the Location header is in \
         Error::response)",
        parts.status
    )
}

fn body_text(parts: &ResponseParts) -> String {
    if parts.body.is_empty() {
        "(empty)".to_owned()
    } else {
        parts.excerpt()
    }
}

fn decode_message(error: &DecodeError) -> String {
    let what = if error.response.status == StatusCode::SWITCHING_PROTOCOLS {
        "a websocket message".to_owned()
    } else {
        format!("the {} response", error.response.status)
    };
    format!(
        "could not decode {what} at `{}`: {}; the API may have changed or send something its \
         description does not say (the raw body is in Error::response); body starts with: {}",
        error.path,
        error.message,
        body_text(&error.response)
    )
}

impl<E> Error<E> {
    /// The response status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::WebSocket(w) => w.status,
            _ => self.response().map(|r| r.status),
        }
    }

    /// Status, headers and body, when the server answered.
    pub fn response(&self) -> Option<&ResponseParts> {
        match self {
            Error::Api(e) => Some(&e.response),
            Error::UnexpectedStatus(r) => Some(r),
            Error::Decode(e) => Some(&e.response),
            Error::BodyTooLarge(e) => Some(&e.response),
            _ => None,
        }
    }

    /// The decoded documented error, if any.
    pub fn api_error(&self) -> Option<&E> {
        match self {
            Error::Api(e) => e.error.as_ref(),
            _ => None,
        }
    }

    /// The request id the server gave in its answer (`x-request-id`, `request-id`,
    /// `x-amzn-requestid`, `x-correlation-id`…): quote it when asking the provider about a
    /// failed call.
    pub fn request_id(&self) -> Option<&str> {
        let headers = &self.response()?.headers;
        REQUEST_ID_HEADERS
            .iter()
            .find_map(|name| headers.get(*name)?.to_str().ok())
    }

    /// Whether the server said the resource does not exist (404 Not Found or 410 Gone).
    pub fn is_not_found(&self) -> bool {
        matches!(self.status(), Some(s) if s == StatusCode::NOT_FOUND || s == StatusCode::GONE)
    }

    /// Whether the same call may succeed later: a connection failure, a timeout, or a status
    /// saying the server is busy or failing (408, 429, 500, 502, 503, 504), including from a
    /// token endpoint. The client already retried idempotent operations as its
    /// [`RetryPolicy`](crate::RetryPolicy) says; this is for the caller's own retries.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport(_) | Error::Timeout(_) => true,
            Error::Auth(e) => match e.as_ref() {
                cloudsdk_auth::AuthError::Http { .. }
                | cloudsdk_auth::AuthError::Timeout { .. } => true,
                cloudsdk_auth::AuthError::EndpointStatus { status, .. } => {
                    StatusCode::from_u16(*status).is_ok_and(retryable_status)
                }
                _ => false,
            },
            Error::WebSocket(w) => w.status.is_none_or(retryable_status),
            Error::Api(_) | Error::UnexpectedStatus(_) => {
                self.status().is_some_and(retryable_status)
            }
            Error::InvalidRequest(_)
            | Error::BodyTooLarge(_)
            | Error::Decode(_)
            | Error::WebSocketRejected(_) => false,
        }
    }

    pub(crate) fn from_reqwest(mut error: reqwest::Error) -> Self {
        if let Some(url) = error.url_mut() {
            crate::redact::query_values(url);
        }
        if error.is_timeout() {
            Error::Timeout(TransportError(error))
        } else {
            Error::Transport(TransportError(error))
        }
    }

    /// The same error with the documented error body decoded again, from the raw body, into
    /// `F` (`None` when it does not decode).
    fn redecode<F: serde::de::DeserializeOwned>(self) -> Error<F> {
        match self {
            Error::Api(api) => {
                let error = serde_json::from_slice(&api.response.body).ok();
                Error::Api(Box::new(ApiError {
                    response: api.response,
                    error,
                }))
            }
            other => other.cast(),
        }
    }

    /// Changes the documented error type of an error that carries none (transport, timeout,
    /// decoding…); a decoded documented error, which cannot be converted, is dropped (its raw
    /// body stays in the response).
    pub(crate) fn cast<F>(self) -> Error<F> {
        match self {
            Error::Api(api) => {
                let ApiError { response, .. } = *api;
                Error::Api(Box::new(ApiError {
                    response,
                    error: None,
                }))
            }
            Error::InvalidRequest(m) => Error::InvalidRequest(m),
            Error::Auth(e) => Error::Auth(e),
            Error::Transport(e) => Error::Transport(e),
            Error::Timeout(e) => Error::Timeout(e),
            Error::UnexpectedStatus(r) => Error::UnexpectedStatus(r),
            Error::Decode(d) => Error::Decode(d),
            Error::WebSocket(w) => Error::WebSocket(w),
            Error::WebSocketRejected(r) => Error::WebSocketRejected(r),
            Error::BodyTooLarge(b) => Error::BodyTooLarge(b),
        }
    }

    /// Changes the documented error type (used where a status documents no body).
    pub fn map_api<F>(self, f: impl FnOnce(E) -> F) -> Error<F> {
        match self {
            Error::InvalidRequest(m) => Error::InvalidRequest(m),
            Error::Auth(e) => Error::Auth(e),
            Error::Transport(e) => Error::Transport(e),
            Error::Timeout(e) => Error::Timeout(e),
            Error::Api(api) => {
                let ApiError { response, error } = *api;
                Error::Api(Box::new(ApiError {
                    response,
                    error: error.map(f),
                }))
            }
            Error::UnexpectedStatus(r) => Error::UnexpectedStatus(r),
            Error::Decode(d) => Error::Decode(d),
            Error::WebSocket(w) => Error::WebSocket(w),
            Error::WebSocketRejected(r) => Error::WebSocketRejected(r),
            Error::BodyTooLarge(b) => Error::BodyTooLarge(b),
        }
    }
}

/// Statuses that say "busy or failing, try again later".
fn retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 408 | 429 | 500 | 502 | 503 | 504)
}

impl<E: ErrorBody> Error<E> {
    /// The provider's error code from the decoded error body (the field the generated crate's
    /// error schema names for it), when the server answered with one.
    pub fn code(&self) -> Option<Cow<'_, str>> {
        self.api_error()?.code()
    }

    /// The provider's explanation from the decoded error body, when it has one.
    pub fn message(&self) -> Option<&str> {
        self.api_error()?.message()
    }
}

impl Error<serde_json::Value> {
    /// The error code of an untyped JSON error body: its first string or integer field among
    /// `code`, `error_code` and `errorCode`.
    pub fn code(&self) -> Option<Cow<'_, str>> {
        code_field(self.api_error()?, CODE_KEYS)
    }

    /// The explanation in an untyped JSON error body: its first string field among `message`,
    /// `reason`, `detail`, `error_description`, `error_message`, `errorMessage`, `error` and
    /// `description`.
    pub fn message(&self) -> Option<&str> {
        string_field(self.api_error()?, MESSAGE_KEYS)
    }
}

/// A typed error becomes an untyped one: what `?` does in a function returning
/// `Error<serde_json::Value>`. The body is decoded again as JSON.
impl<E: ErrorBody> From<Error<E>> for Error<serde_json::Value> {
    fn from(error: Error<E>) -> Self {
        error.redecode()
    }
}

/// An untyped error becomes a typed one (building a client, a call whose errors document no
/// body): the body is decoded again into `E`.
impl<E: ErrorBody + serde::de::DeserializeOwned> From<Error<serde_json::Value>> for Error<E> {
    fn from(error: Error<serde_json::Value>) -> Self {
        error.redecode()
    }
}

#[cfg(test)]
mod tests {
    use std::error::Error as _;

    use crate::error::*;

    fn reqwest_error() -> reqwest::Error {
        cloudsdk_auth::tls::client_builder()
            .expect("the TLS configuration")
            .build()
            .expect("a client")
            .get("http://exa mple.com/")
            .build()
            .expect_err("a host with a space is refused")
    }

    fn parts() -> ResponseParts {
        ResponseParts {
            status: StatusCode::BAD_GATEWAY,
            headers: HeaderMap::new(),
            body: Bytes::from_static(b"upstream down"),
        }
    }

    #[test]
    fn a_cause_is_in_the_message_or_the_source_never_both() {
        let auth = cloudsdk_auth::AuthError::InvalidCredentials("the key is empty".to_owned());
        let errors: Vec<Error> = vec![
            Error::InvalidRequest("path parameter `id`: bad".to_owned()),
            Error::from(auth),
            Error::Transport(TransportError(reqwest_error())),
            Error::Timeout(TransportError(reqwest_error())),
            Error::Api(Box::new(ApiError {
                response: parts(),
                error: None,
            })),
            Error::UnexpectedStatus(Box::new(parts())),
            Error::WebSocket(Box::new(WebSocketError {
                operation: "events",
                attempts: 2,
                status: None,
                message: "connection lost: reset".to_owned(),
            })),
            Error::Decode(Box::new(DecodeError {
                response: parts(),
                path: "items[0]".to_owned(),
                message: "expected a string".to_owned(),
            })),
            BodyTooLarge::error(StatusCode::OK, HeaderMap::new(), b"{\"items\": [", 1024),
            Error::WebSocketRejected(Box::new(WebSocketRejected {
                operation: "events",
                frame: Bytes::from_static(br#"{"type":"error","id":2001}"#),
            })),
        ];
        for error in &errors {
            let message = error.to_string();
            assert!(
                message.starts_with(|c: char| !c.is_uppercase()),
                "lowercase: {message}"
            );
            if let Some(source) = error.source() {
                let cause = source.to_string();
                assert!(!message.contains(&cause), "`{cause}` twice: {message}");
            }
        }
        let wrapped = errors.iter().filter(|e| e.source().is_some()).count();
        assert_eq!(
            wrapped, 3,
            "auth, transport and timeout keep their cause as the source"
        );
        assert!(errors[0].to_string().contains("path parameter `id`"));
        assert!(errors[5].to_string().contains("upstream down"));
        assert!(errors[8].to_string().contains("1024 bytes"));
        assert_eq!(errors[8].status(), Some(StatusCode::OK));
        assert!(
            errors[9].to_string().contains(r#""id":2001"#),
            "the frame is shown"
        );
    }

    #[test]
    fn a_redirect_that_was_not_followed_says_where_to_without_path_or_query() {
        let mut headers = HeaderMap::new();
        let location = "https://other.example:8443/steal?token=t0k";
        headers.insert(http::header::LOCATION, location.parse().expect("value"));
        let parts = ResponseParts {
            status: StatusCode::FOUND,
            headers,
            body: Bytes::new(),
        };
        let message = Error::<()>::UnexpectedStatus(Box::new(parts.clone())).to_string();
        assert!(
            message.contains("302 Found, a redirect to https://other.example:8443 that was not")
                && !message.contains("t0k"),
            "{message}"
        );
        let api = Error::Api(Box::new(ApiError::<()> {
            response: parts,
            error: None,
        }));
        assert!(api.to_string().contains("not followed"), "{api}");
    }

    /// An error body with a code and a message, as a generated crate's would be.
    #[derive(Debug, serde::Deserialize)]
    struct Problem {
        kind: String,
        text: Option<String>,
    }

    impl ErrorBody for Problem {
        fn code(&self) -> Option<Cow<'_, str>> {
            Some(Cow::Borrowed(&self.kind))
        }
        fn message(&self) -> Option<&str> {
            self.text.as_deref()
        }
    }

    fn answered<E: serde::de::DeserializeOwned>(
        status: u16,
        headers: &[(&str, &str)],
        body: &str,
    ) -> Error<E> {
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.insert(
                http::HeaderName::from_bytes(name.as_bytes()).expect("name"),
                value.parse().expect("value"),
            );
        }
        Error::Api(Box::new(ApiError {
            error: serde_json::from_str(body).ok(),
            response: ResponseParts {
                status: StatusCode::from_u16(status).expect("status"),
                headers: map,
                body: Bytes::copy_from_slice(body.as_bytes()),
            },
        }))
    }

    #[test]
    fn accessors_read_status_body_and_headers() {
        let body = r#"{"kind": "no_such_app", "text": "app a1 does not exist"}"#;
        let typed: Error<Problem> = answered(404, &[("x-amzn-requestid", "req-7")], body);
        assert_eq!(typed.code().as_deref(), Some("no_such_app"));
        assert_eq!(typed.message(), Some("app a1 does not exist"));
        assert_eq!(typed.request_id(), Some("req-7"));
        assert!(typed.is_not_found() && !typed.is_retryable());
        assert_eq!(
            typed.to_string(),
            format!("the API answered 404 Not Found: {body}"),
            "status and body, nothing else"
        );

        let untyped: Error = answered(
            503,
            &[("x-request-id", "r1"), ("request-id", "r2")],
            r#"{"code": 4503, "reason": "try later"}"#,
        );
        assert_eq!(untyped.code().as_deref(), Some("4503"));
        assert_eq!(untyped.message(), Some("try later"));
        assert_eq!(untyped.request_id(), Some("r1"), "x-request-id comes first");
        assert!(untyped.is_retryable() && !untyped.is_not_found());

        let plain: Error<Problem> = answered(410, &[], "gone for good");
        assert!(plain.is_not_found());
        assert_eq!(
            (plain.code(), plain.message(), plain.request_id()),
            (None, None, None)
        );
    }

    #[test]
    fn what_may_succeed_later_is_retryable() {
        let retryable = |status: u16| answered::<Problem>(status, &[], "").is_retryable();
        assert!([408, 429, 500, 502, 503, 504].into_iter().all(retryable));
        assert!(
            ![400, 401, 403, 404, 409, 422, 501]
                .into_iter()
                .any(retryable)
        );
        assert!(Error::<()>::Transport(TransportError(reqwest_error())).is_retryable());
        assert!(!Error::<()>::InvalidRequest("bad".into()).is_retryable());
        let refused = cloudsdk_auth::AuthError::InvalidCredentials("empty".into());
        assert!(!Error::<()>::from(refused).is_retryable());
        let dropped = WebSocketError {
            operation: "events",
            attempts: 3,
            status: None,
            message: "connection lost".to_owned(),
        };
        assert!(Error::<()>::WebSocket(Box::new(dropped)).is_retryable());
    }

    /// `?` goes from a typed error to `Error<Value>` and back, decoding the raw body again.
    #[test]
    fn question_mark_converts_between_typed_and_untyped_errors() {
        fn typed() -> Result<(), Error<Problem>> {
            Err(answered(
                409,
                &[],
                r#"{"kind": "conflict", "text": "taken"}"#,
            ))
        }
        fn untyped() -> Result<(), Error> {
            typed()?;
            Ok(())
        }
        fn typed_again() -> Result<(), Error<Problem>> {
            untyped()?;
            Ok(())
        }
        let error = untyped().unwrap_err();
        assert_eq!(
            error.api_error().and_then(|v| v["kind"].as_str()),
            Some("conflict")
        );
        let back = typed_again().unwrap_err();
        assert_eq!(back.code().as_deref(), Some("conflict"));
        assert_eq!(back.status(), Some(StatusCode::CONFLICT));
        let other: Error = Error::InvalidRequest("x".into());
        assert!(matches!(Error::<Problem>::from(other), Error::InvalidRequest(m) if m == "x"));
    }
}
