use std::fmt;

use bytes::Bytes;
use http::{HeaderMap, StatusCode};

/// Status, headers and raw body of a response that did not turn into the expected value.
#[derive(Clone)]
pub struct ResponseParts {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The raw body, as received.
    pub body: Bytes,
}

impl ResponseParts {
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
pub struct ApiError<E> {
    /// Status, headers and raw body.
    pub response: ResponseParts,
    /// The body decoded into the documented error schema; `None` when it did not decode (the raw
    /// body is still in `response.body`).
    pub error: Option<E>,
}

/// A response body that could not be decoded into the expected type.
#[derive(Debug, Clone)]
pub struct DecodeError {
    /// Status, headers and raw body.
    pub response: ResponseParts,
    /// Where in the body decoding failed, as a path (`items[3].name`).
    pub path: String,
    /// What serde said.
    pub message: String,
}

/// A response whose body was larger than the client reads into memory
/// ([`ClientBuilder::max_body_bytes`](crate::ClientBuilder::max_body_bytes)).
#[derive(Debug, Clone)]
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
#[derive(Debug, thiserror::Error)]
#[error(
    "websocket stream {operation} failed after {attempts} connection attempt(s): {message}; check \
     the URL (ClientBuilder::websocket_base_url) and credentials, or raise \
     ReconnectPolicy::max_reconnects"
)]
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
#[derive(Debug, Clone, thiserror::Error)]
#[error(
    "websocket stream {operation}: the server rejected the credentials; check them (the stream \
     was not reconnected); frame: {}",
    excerpt(.frame)
)]
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

/// Everything that can go wrong with a call. `E` is the operation's documented error type.
///
/// A wrapped error (authentication, transport, timeout) is the
/// [`source`](std::error::Error::source) and is not repeated in the message: print the chain
/// (e.g. `anyhow`'s `{:#}`) to see it. The other variants carry no source; their message says
/// everything, a response's status and the start of its body included.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error<E = serde_json::Value> {
    /// The request could not be built (a parameter that cannot be encoded, a bad base URL).
    #[error("invalid request: {0}; check the arguments and the base URL")]
    InvalidRequest(String),
    /// Authentication failed before the request was sent (bad credentials, token endpoint down);
    /// the reason is the [`source`](std::error::Error::source).
    #[error("authentication failed")]
    Auth(#[source] Box<cloudsdk_auth::AuthError>),
    /// The request did not complete: connection refused, reset, TLS failure… (the
    /// [`source`](std::error::Error::source) says which).
    #[error("request failed; check the base URL and your network, or retry later")]
    Transport(#[source] reqwest::Error),
    /// The request or the response took longer than the configured timeout.
    #[error("request timed out; raise the timeout with ClientBuilder::timeout or retry later")]
    Timeout(#[source] reqwest::Error),
    /// The server answered with an error status the operation documents.
    #[error("{}", api_message(.0))]
    Api(Box<ApiError<E>>),
    /// The server answered with a status the operation does not document. A redirect to
    /// another origin is one: redirects are followed only within the origin a request was sent
    /// to, so credentials and default headers never go elsewhere.
    #[error("the API answered {}, a status this operation does not document; body: {}", status_text(.0), body_text(.0))]
    UnexpectedStatus(Box<ResponseParts>),
    /// The response body was larger than the client reads into memory.
    #[error(
        "the API answered {} with a body larger than {} bytes, the most this client reads into \
         memory; raise it with ClientBuilder::max_body_bytes, or stream the body",
        .0.response.status, .0.limit
    )]
    BodyTooLarge(Box<BodyTooLarge>),
    /// A websocket stream could not be opened, or broke and could not be re-opened.
    #[error("{0}")]
    WebSocket(Box<WebSocketError>),
    /// A websocket server rejected the credentials with a frame its operation declares
    /// (Clever Cloud's error 2001); the stream ended at once.
    #[error("{0}")]
    WebSocketRejected(Box<WebSocketRejected>),
    /// The body of a successful response did not match the documented schema.
    #[error("{}", decode_message(.0))]
    Decode(Box<DecodeError>),
}

impl<E> From<cloudsdk_auth::AuthError> for Error<E> {
    fn from(error: cloudsdk_auth::AuthError) -> Self {
        Error::Auth(Box::new(error))
    }
}

fn api_message<E>(error: &ApiError<E>) -> String {
    let decoded = if error.error.is_some() {
        "see Error::api_error for the decoded error"
    } else {
        "its body did not match the documented error schema"
    };
    format!(
        "the API answered {} ({decoded}); body: {}",
        status_text(&error.response),
        body_text(&error.response)
    )
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

    pub(crate) fn from_reqwest(error: reqwest::Error) -> Self {
        if error.is_timeout() {
            Error::Timeout(error)
        } else {
            Error::Transport(error)
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

#[cfg(test)]
mod tests {
    use std::error::Error as _;

    use crate::error::*;

    fn reqwest_error() -> reqwest::Error {
        reqwest::Client::new()
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
            Error::Transport(reqwest_error()),
            Error::Timeout(reqwest_error()),
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
}
