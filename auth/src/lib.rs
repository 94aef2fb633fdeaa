//! Authentication for cloud API clients.
//!
//! Every scheme implements [`Authenticator`]: it sees an outgoing request (method, URL, the URL to
//! sign when that differs, a form body when there is one) and adds what the scheme needs to its
//! headers, fetching or refreshing a token first when the scheme exchanges one.
//!
//! | scheme | type | used by |
//! | --- | --- | --- |
//! | OAuth 1.0a (`HMAC-SHA1`, `HMAC-SHA512`, `PLAINTEXT`) | [`OAuth1`], [`OAuth1Flow`] | Clever Cloud |
//! | HTTP Basic | [`BasicAuth`] | Docker Cloud |
//! | static bearer token | [`BearerToken`] | Civo API keys, Clever Cloud API tokens |
//! | cached token exchange | [`TokenExchange`] | Civo (API key to JWT), Camunda and OAuth 2 (client credentials) |
//! | nothing | [`NoAuth`] | public endpoints |
//!
//! Every type is `Clone + Send + Sync`; clones share their configuration and caches. Secrets
//! are held in [`Secret`], whose `Debug` is `[redacted]`, and never appear in `Debug` output,
//! errors or logs.
//!
//! Credentials only go where they were meant to:
//!
//! * over `https://` or `wss://`, or to a loopback host (`127.0.0.0/8`, `::1`, `localhost`);
//!   plain `http://` and `ws://` elsewhere is [`AuthError::InsecureTransport`] unless the
//!   scheme's `allow_insecure_http()` was called (HMAC-signed OAuth 1.0a reveals no secret and
//!   is exempt; PLAINTEXT is not);
//! * token and OAuth 1.0a flow endpoints are called by a client that never follows a redirect:
//!   a 3xx answer is [`AuthError::Redirected`].
//!
//! ```
//! use std::sync::Arc;
//! use cloudsdk_auth::{Authenticator, HeaderMap, Method, OAuth1, RequestParts, Url};
//!
//! # async fn demo() -> Result<(), cloudsdk_auth::AuthError> {
//! let auth: Arc<dyn Authenticator> =
//!     Arc::new(OAuth1::new("consumer-key", "consumer-secret")?.with_token("token", "token-secret")?);
//! let url = Url::parse("https://api.clever-cloud.com/v2/self").unwrap();
//! let mut headers = HeaderMap::new();
//! auth.authenticate(RequestParts {
//!     method: &Method::GET,
//!     url: &url,
//!     signing_url: None,
//!     form_body: None,
//!     headers: &mut headers,
//! })
//! .await?;
//! assert!(headers.contains_key("authorization"));
//! # Ok(()) }
//! # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(demo()).unwrap();
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

use std::fmt;
use std::future::Future;
use std::pin::Pin;

mod basic;
mod bearer;
#[cfg(feature = "oauth1")]
mod encode;
mod endpoint;
mod fixed;
#[doc(hidden)]
pub mod http_date;
#[cfg(feature = "oauth1")]
pub mod oauth1;
#[cfg(feature = "oauth1")]
mod oauth1_flow;
mod secret;
pub mod tls;
pub mod token;
mod transport;

pub use basic::BasicAuth;
pub use bearer::BearerToken;
#[cfg(feature = "oauth1")]
pub use oauth1::{OAuth1, SignatureMethod};
#[cfg(feature = "oauth1")]
pub use oauth1_flow::{OAuth1Flow, TemporaryCredentials, TokenCredentials};
pub use secret::Secret;
pub use token::TokenExchange;
pub use transport::credentials_may_travel;

pub use http::{HeaderMap, HeaderValue, Method};
pub use url::Url;

/// A boxed future, as returned by [`Authenticator`] methods (the trait stays object-safe).
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// The parts of an outgoing request an [`Authenticator`] may read and change.
///
/// Its `Debug` shows the method, the URLs without query or user info, the size of the form body
/// and the header names: values may be credentials.
pub struct RequestParts<'a> {
    /// The HTTP method.
    pub method: &'a Method,
    /// The URL that will be requested, query included.
    pub url: &'a Url,
    /// The URL to sign instead of `url`, for APIs that sign a different URL than the one they
    /// serve (Clever Cloud's logs). `None` signs `url`.
    pub signing_url: Option<&'a Url>,
    /// The body when it is `application/x-www-form-urlencoded` (OAuth 1.0a signs its parameters).
    pub form_body: Option<&'a [u8]>,
    /// The request headers; the authenticator adds its own here.
    pub headers: &'a mut HeaderMap,
}

impl fmt::Debug for RequestParts<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestParts")
            .field("method", self.method)
            .field("url", &endpoint::name(self.url))
            .field("signing_url", &self.signing_url.map(endpoint::name))
            .field("form_body_len", &self.form_body.map(<[u8]>::len))
            .field("headers", &HeaderNames(self.headers))
            .finish()
    }
}

/// What a websocket connection needs to authenticate: headers for the upgrade request and/or a
/// first text frame to send once connected.
///
/// Its `Debug` shows the header names only and `[redacted]` for the first message: both may
/// carry credentials.
///
/// ```
/// let auth = cloudsdk_auth::WebSocketAuth {
///     first_message: Some("{\"authorization\":\"s3cr3t\"}".into()),
///     ..Default::default()
/// };
/// assert!(!format!("{auth:?}").contains("s3cr3t"));
/// ```
#[derive(Default, Clone)]
pub struct WebSocketAuth {
    /// Headers to add to the HTTP upgrade request.
    pub headers: HeaderMap,
    /// A text message to send as the first frame after the handshake.
    pub first_message: Option<String>,
}

impl fmt::Debug for WebSocketAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebSocketAuth")
            .field("headers", &HeaderNames(&self.headers))
            .field(
                "first_message",
                &self.first_message.as_ref().map(|_| Secret::new("")),
            )
            .finish()
    }
}

/// Debugs a header map as its names, each with a `[redacted]` value.
struct HeaderNames<'a>(&'a HeaderMap);

impl fmt::Debug for HeaderNames<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.0.keys().map(|name| (name, Secret::new(""))))
            .finish()
    }
}

/// Errors raised while authenticating a request.
///
/// Messages say what went wrong and what to do; they never contain a secret. An underlying
/// error is reached through [`std::error::Error::source`], never repeated in the message.
#[derive(Debug)]
#[non_exhaustive]
pub enum AuthError {
    /// Credentials are missing or malformed.
    InvalidCredentials(String),
    /// No credentials were found where they were looked for (environment variables).
    MissingCredentials(String),
    /// The request cannot be signed as given (a URL without a host, a bad realm, ...).
    InvalidRequest(String),
    /// The request to an authentication endpoint could not be sent or its answer not read; the
    /// transport error is the [`source`](std::error::Error::source).
    Http {
        /// The endpoint (URL without query).
        endpoint: String,
        /// The underlying error.
        source: reqwest::Error,
    },
    /// An authentication endpoint did not answer in time.
    Timeout {
        /// The endpoint (URL without query).
        endpoint: String,
        /// The time allowed.
        timeout: std::time::Duration,
    },
    /// An authentication endpoint refused the credentials (HTTP 400, 401 or 403).
    #[non_exhaustive]
    Rejected {
        /// The endpoint (URL without query).
        endpoint: String,
        /// The HTTP status.
        status: u16,
        /// The OAuth error code/description the endpoint gave, if any.
        detail: Option<String>,
        /// What to do about it.
        hint: &'static str,
        /// The start of the answer's body (1 KiB at most, control characters dropped).
        body: String,
    },
    /// An authentication endpoint answered with another unexpected HTTP status.
    #[non_exhaustive]
    EndpointStatus {
        /// The endpoint (URL without query).
        endpoint: String,
        /// The HTTP status.
        status: u16,
        /// The OAuth error code/description the endpoint gave, if any.
        detail: Option<String>,
        /// The start of the answer's body (1 KiB at most, control characters dropped).
        body: String,
    },
    /// An authentication endpoint answered with a redirect (HTTP 3xx). Redirects are never
    /// followed, so credentials only go to the URL that was configured.
    #[non_exhaustive]
    Redirected {
        /// The endpoint (URL without query).
        endpoint: String,
        /// The HTTP status.
        status: u16,
        /// Where the redirect pointed (URL without query), when it said.
        location: Option<String>,
        /// The start of the answer's body (1 KiB at most, control characters dropped).
        body: String,
    },
    /// Credentials would travel unencrypted: over `http://` or `ws://` to a host that is not
    /// loopback, without the scheme's `allow_insecure_http()`.
    #[non_exhaustive]
    InsecureTransport {
        /// The URL (without query or user info).
        url: String,
        /// The method that allows plain HTTP, e.g. `BearerToken::allow_insecure_http()`.
        opt_in: &'static str,
    },
    /// An authentication endpoint answered 2xx with a body that is not what the scheme expects.
    InvalidResponse {
        /// The endpoint (URL without query).
        endpoint: String,
        /// What was wrong (never the body itself).
        reason: String,
    },
    /// The token endpoint issued a token that has already expired.
    TokenExpired {
        /// The endpoint (URL without query).
        endpoint: String,
    },
    /// The token endpoint failed recently; it is not asked again until the back-off ends.
    Backoff {
        /// The endpoint (URL without query).
        endpoint: String,
        /// Time left until the next attempt is allowed.
        retry_in: std::time::Duration,
        /// The message of the failure that started the back-off.
        last_error: String,
    },
}

fn fmt_detail(detail: &Option<String>) -> String {
    match detail {
        Some(d) => format!(": {d}"),
        None => String::new(),
    }
}

fn fmt_location(location: &Option<String>) -> String {
    match location {
        Some(l) => format!(" to {l}"),
        None => String::new(),
    }
}

impl fmt::Display for AuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AuthError::InvalidCredentials(why) => write!(f, "invalid credentials: {why}"),
            AuthError::MissingCredentials(why) => write!(f, "missing credentials: {why}"),
            AuthError::InvalidRequest(why) => write!(f, "cannot authenticate the request: {why}"),
            AuthError::Http { endpoint, .. } => {
                write!(
                    f,
                    "request to {endpoint} failed; check the URL and the network"
                )
            }
            AuthError::Timeout { endpoint, timeout } => write!(
                f,
                "{endpoint} did not answer within {timeout:?}; the service may be overloaded, \
                 try again later"
            ),
            AuthError::Rejected {
                endpoint,
                status,
                detail,
                hint,
                ..
            } => write!(
                f,
                "{endpoint} rejected the credentials (HTTP {status}{}); {hint}",
                fmt_detail(detail)
            ),
            AuthError::EndpointStatus {
                endpoint,
                status,
                detail,
                ..
            } => write!(
                f,
                "{endpoint} answered HTTP {status}{}; the service may be failing, try again later",
                fmt_detail(detail)
            ),
            AuthError::Redirected {
                endpoint,
                status,
                location,
                ..
            } => write!(
                f,
                "{endpoint} answered HTTP {status}, a redirect{}; it was not followed, so the \
                 credentials went nowhere else: if the new address is right, configure it as the \
                 endpoint URL",
                fmt_location(location)
            ),
            AuthError::InsecureTransport { url, opt_in } => write!(
                f,
                "refusing to send credentials to {url} unencrypted: only loopback hosts \
                 (127.0.0.0/8, ::1, localhost) may be reached over http:// or ws://; use https:// \
                 or wss://, or call {opt_in} to allow it"
            ),
            AuthError::InvalidResponse { endpoint, reason } => write!(
                f,
                "{endpoint} answered with an unexpected body: {reason}; check the endpoint URL"
            ),
            AuthError::TokenExpired { endpoint } => write!(
                f,
                "{endpoint} issued a token that has already expired; check this machine's clock"
            ),
            AuthError::Backoff {
                endpoint,
                retry_in,
                last_error,
            } => write!(
                f,
                "not asking {endpoint} for a token for another {retry_in:?} after it failed: \
                 {last_error}"
            ),
        }
    }
}

/// The transport error of [`AuthError::Http`]; every other variant says all in its message.
impl std::error::Error for AuthError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            AuthError::Http { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Makes a sensitive header value, refusing characters a header cannot carry.
pub(crate) fn header_value(value: &str) -> Result<HeaderValue, AuthError> {
    // `HeaderValue` would accept bytes above 0x7F (obs-text); servers and proxies treat them
    // inconsistently, so credentials must be visible ASCII.
    let visible_ascii = value.bytes().all(|b| (0x20..0x7f).contains(&b));
    let checked = if visible_ascii {
        HeaderValue::from_str(value).ok()
    } else {
        None
    };
    let mut value = checked.ok_or_else(|| {
        AuthError::InvalidCredentials(
            "the credentials contain characters an HTTP header cannot carry (control characters \
             such as a newline, or non-ASCII); check for stray whitespace"
                .into(),
        )
    })?;
    value.set_sensitive(true);
    Ok(value)
}

/// Prepares outgoing requests for one authentication scheme.
pub trait Authenticator: Send + Sync + fmt::Debug + 'static {
    /// Adds authentication to a request (headers, a signature), fetching a token first if needed.
    fn authenticate<'a>(
        &'a self,
        request: RequestParts<'a>,
    ) -> BoxFuture<'a, Result<(), AuthError>>;

    /// Called when the server answered 401 to a request this authenticator prepared, without
    /// saying which credentials were refused. Returns `true` when retrying once may succeed (a
    /// cached token was dropped and will be fetched anew). Callers that kept the request's
    /// headers call [`Authenticator::unauthorized_with`] instead.
    fn unauthorized(&self) -> bool {
        false
    }

    /// Called when the server answered 401 to a request this authenticator prepared; `sent`
    /// holds the headers that request carried (what [`Authenticator::authenticate`] left
    /// there). A token cache drops its token only when it is the one `sent` carried, since a
    /// concurrent refresh may already have replaced it. Returns `true` when retrying once may
    /// succeed.
    ///
    /// The default calls [`Authenticator::unauthorized`], so implementations written before
    /// this method existed keep working.
    fn unauthorized_with(&self, sent: &HeaderMap) -> bool {
        let _ = sent;
        self.unauthorized()
    }

    /// What a websocket connection to `connect_url` needs; `signing_url` is the URL to sign
    /// when the provider signs a different one.
    fn websocket<'a>(
        &'a self,
        connect_url: &'a Url,
        signing_url: Option<&'a Url>,
    ) -> BoxFuture<'a, Result<WebSocketAuth, AuthError>>;
}

/// No authentication at all.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoAuth;

impl Authenticator for NoAuth {
    fn authenticate<'a>(
        &'a self,
        _request: RequestParts<'a>,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        Box::pin(async { Ok(()) })
    }

    fn websocket<'a>(
        &'a self,
        _connect_url: &'a Url,
        _signing_url: Option<&'a Url>,
    ) -> BoxFuture<'a, Result<WebSocketAuth, AuthError>> {
        Box::pin(async { Ok(WebSocketAuth::default()) })
    }
}
