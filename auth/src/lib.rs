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
//! | cached token exchange | [`TokenExchange`] | Civo (API key to JWT), Camunda (client credentials) |
//! | nothing | [`NoAuth`] | public endpoints |
//!
//! Every type is `Clone + Send + Sync`; clones share their configuration and caches. Secrets
//! are held in [`Secret`], whose `Debug` is `[redacted]`, and never appear in errors or logs.
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
mod encode;
pub mod oauth1;
mod oauth1_flow;
mod secret;
pub mod token;

pub use basic::BasicAuth;
pub use bearer::BearerToken;
pub use oauth1::{OAuth1, SignatureMethod};
pub use oauth1_flow::{OAuth1Flow, TemporaryCredentials, TokenCredentials};
pub use secret::Secret;
pub use token::TokenExchange;

pub use http::{HeaderMap, HeaderValue, Method};
pub use url::Url;

/// A boxed future, as returned by [`Authenticator`] methods (the trait stays object-safe).
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// The parts of an outgoing request an [`Authenticator`] may read and change.
#[derive(Debug)]
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

/// What a websocket connection needs to authenticate: headers for the upgrade request and/or a
/// first text frame to send once connected.
#[derive(Debug, Default, Clone)]
pub struct WebSocketAuth {
    /// Headers to add to the HTTP upgrade request.
    pub headers: HeaderMap,
    /// A text message to send as the first frame after the handshake.
    pub first_message: Option<String>,
}

/// Errors raised while authenticating a request.
///
/// Messages say what went wrong and what to do; they never contain a secret.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AuthError {
    /// Credentials are missing or malformed.
    #[error("invalid credentials: {0}")]
    InvalidCredentials(String),
    /// No credentials were found where they were looked for (environment variables).
    #[error("missing credentials: {0}")]
    MissingCredentials(String),
    /// The request cannot be signed as given (a URL without a host, a bad realm, ...).
    #[error("cannot authenticate the request: {0}")]
    InvalidRequest(String),
    /// The request to an authentication endpoint could not be sent or its answer not read.
    #[error("request to {endpoint} failed: {source}; check the URL and the network")]
    Http {
        /// The endpoint (URL without query).
        endpoint: String,
        /// The underlying error.
        #[source]
        source: reqwest::Error,
    },
    /// An authentication endpoint did not answer in time.
    #[error(
        "{endpoint} did not answer within {timeout:?}; the service may be overloaded, try again later"
    )]
    Timeout {
        /// The endpoint (URL without query).
        endpoint: String,
        /// The time allowed.
        timeout: std::time::Duration,
    },
    /// An authentication endpoint refused the credentials (HTTP 400, 401 or 403).
    #[error("{endpoint} rejected the credentials (HTTP {status}{}); {hint}", fmt_detail(.detail))]
    Rejected {
        /// The endpoint (URL without query).
        endpoint: String,
        /// The HTTP status.
        status: u16,
        /// The OAuth error code/description the endpoint gave, if any.
        detail: Option<String>,
        /// What to do about it.
        hint: &'static str,
    },
    /// An authentication endpoint answered with another unexpected HTTP status.
    #[error("{endpoint} answered HTTP {status}{}; the service may be failing, try again later", fmt_detail(.detail))]
    EndpointStatus {
        /// The endpoint (URL without query).
        endpoint: String,
        /// The HTTP status.
        status: u16,
        /// The OAuth error code/description the endpoint gave, if any.
        detail: Option<String>,
    },
    /// An authentication endpoint answered 2xx with a body that is not what the scheme expects.
    #[error("{endpoint} answered with an unexpected body: {reason}; check the endpoint URL")]
    InvalidResponse {
        /// The endpoint (URL without query).
        endpoint: String,
        /// What was wrong (never the body itself).
        reason: String,
    },
    /// The token endpoint issued a token that has already expired.
    #[error("{endpoint} issued a token that has already expired; check this machine's clock")]
    TokenExpired {
        /// The endpoint (URL without query).
        endpoint: String,
    },
    /// The token endpoint failed recently; it is not asked again until the back-off ends.
    #[error(
        "not asking {endpoint} for a token for another {retry_in:?} after it failed: {last_error}"
    )]
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

/// The URL without query, fragment or user info: safe to put in an error message.
pub(crate) fn endpoint_name(url: &Url) -> String {
    let mut url = url.clone();
    url.set_query(None);
    url.set_fragment(None);
    let _ = url.set_username("");
    let _ = url.set_password(None);
    url.to_string()
}

/// Sends a request to a credentials endpoint and reads its answer, at most `max_body` bytes,
/// within `timeout`; a transport failure, a larger answer or the time running out is an
/// [`AuthError`] naming `endpoint`.
pub(crate) async fn exchange(
    request: reqwest::RequestBuilder,
    endpoint: &str,
    max_body: usize,
    timeout: std::time::Duration,
) -> Result<(http::StatusCode, Vec<u8>), AuthError> {
    let http_error = |source: reqwest::Error| AuthError::Http {
        endpoint: endpoint.to_owned(),
        source: source.without_url(),
    };
    let read = async {
        let mut response = request.send().await.map_err(http_error)?;
        let status = response.status();
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(http_error)? {
            if body.len() + chunk.len() > max_body {
                return Err(AuthError::InvalidResponse {
                    endpoint: endpoint.to_owned(),
                    reason: format!("the answer is larger than {max_body} bytes"),
                });
            }
            body.extend_from_slice(&chunk);
        }
        Ok((status, body))
    };
    tokio::time::timeout(timeout, read)
        .await
        .map_err(|_| AuthError::Timeout {
            endpoint: endpoint.to_owned(),
            timeout,
        })?
}

/// Prepares outgoing requests for one authentication scheme.
pub trait Authenticator: Send + Sync + fmt::Debug + 'static {
    /// Adds authentication to a request (headers, a signature), fetching a token first if needed.
    fn authenticate<'a>(
        &'a self,
        request: RequestParts<'a>,
    ) -> BoxFuture<'a, Result<(), AuthError>>;

    /// Called when the server answered 401 to a request this authenticator prepared. Returns
    /// `true` when retrying once may succeed (a cached token was dropped and will be fetched anew).
    fn unauthorized(&self) -> bool {
        false
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
