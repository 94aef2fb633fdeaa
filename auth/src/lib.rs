//! Authentication for cloud API clients.
//!
//! Every scheme implements [`Authenticator`]: it sees an outgoing request (method, URL, the URL to
//! sign when that differs, a form body when there is one) and adds what the scheme needs to its
//! headers, fetching or refreshing a token first when the scheme exchanges one.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

use std::fmt;
use std::future::Future;
use std::pin::Pin;

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
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AuthError {
    /// Credentials are missing or malformed.
    #[error("invalid credentials: {0}")]
    InvalidCredentials(String),
}

/// Prepares outgoing requests for one authentication scheme.
pub trait Authenticator: Send + Sync + fmt::Debug + 'static {
    /// Adds authentication to a request (headers, a signature), fetching a token first if needed.
    fn authenticate<'a>(&'a self, request: RequestParts<'a>) -> BoxFuture<'a, Result<(), AuthError>>;

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
    fn authenticate<'a>(&'a self, _request: RequestParts<'a>) -> BoxFuture<'a, Result<(), AuthError>> {
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
