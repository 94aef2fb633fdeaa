//! Shared runtime for generated cloud API clients.
//!
//! A generated crate is types plus one small method per operation; everything else a request
//! needs lives here once: building URLs, encoding query strings and bodies, authenticating
//! through [`cloudsdk_auth`], sending with retries, decoding responses and mapping errors.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use cloudsdk_runtime::{Client, Operation, Method};
//!
//! static GET_THING: Operation = Operation::new("getThing", Method::GET, "/things/{id}", true);
//!
//! let client = Client::builder("https://api.example.com")
//!     .auth(cloudsdk_auth::NoAuth)
//!     .build()?;
//! let mut request = client.request(&GET_THING);
//! request.path_param("id", &42);
//! let response = request.send::<serde_json::Value>().await?;
//! let thing: serde_json::Value = response.json::<_, serde_json::Value>()?;
//! # let _ = thing;
//! # Ok(())
//! # }
//! ```
//!
//! # What a server or a parameter cannot do
//!
//! * Send a request elsewhere: every URL is on the base URL's origin and under its path; a
//!   path value that would make an empty, `.` or `..` segment is an [`Error::InvalidRequest`]
//!   naming the parameter; a next-page link to another origin is refused.
//! * Get a signature for another host: a signing URL is moved to the origin the request goes
//!   to (for websockets, to an overridden [`ClientBuilder::websocket_base_url`]).
//! * Redirect credentials: redirects are followed only within the origin a request was sent
//!   to; another is the 3xx error, status, `Location` and body kept. (A client given through
//!   [`ClientBuilder::http_client`] keeps its own redirect policy.)
//! * Read credentials on the wire: authenticators refuse plain `http://`/`ws://` to hosts that
//!   are not loopback unless their `allow_insecure_http()` is called; so do sensitive default
//!   headers ([`ClientBuilder::sensitive_header`]) and query credentials
//!   ([`ClientBuilder::sensitive_query`]) unless [`ClientBuilder::allow_insecure_http`].
//! * Exhaust memory or stall a stream: bodies read whole and single server-sent events are
//!   capped by [`ClientBuilder::max_body_bytes`] ([`Error::BodyTooLarge`]); a server's `retry:`
//!   waits at most [`ReconnectPolicy::max_delay`].
//! * See secrets in `Debug`: credential header and query values and request bodies are hidden
//!   (a transport error's URL shows no query value); [`Redacted`] does the same for a type's
//!   own fields.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod client;
mod confine;
mod contract;
pub mod de;
pub mod decode;
mod encode;
mod error;
mod operation;
mod policy;
mod redact;
mod request;
mod response;
mod sending;
pub mod ser;
mod stream;
mod tls;
mod transport;
mod with_body;

pub use client::{
    CallOptions, Client, ClientBuilder, DEFAULT_MAX_BODY_BYTES, EnvCredentials, EnvScheme,
};
pub use contract::CONTRACT;
pub use encode::{PathStyle, QueryStyle};
pub use error::{
    ApiError, BodyTooLarge, DecodeError, Error, ErrorBody, ResponseParts, TransportError,
    WebSocketError, WebSocketRejected,
};
pub use operation::{Operation, StatusMatch};
pub use policy::{ReconnectPolicy, RetryPolicy};
pub use redact::Redacted;
pub use request::Request;
pub use response::{ByteStream, Response, ResponseValue};
pub use sending::Sending;
#[cfg(feature = "websocket")]
pub use stream::{
    AuthMode, FrameMatch, KeepAlive, SigningQuery, WebSocketOperation, WebSocketRequest,
    WebSocketSender, WebSocketStream,
};
pub use stream::{ItemStream, Pagination, Resume};
pub use with_body::WithBody;

pub use bytes::Bytes;
/// The date and time types of `format: date-time` (`DateTime<Utc>`) and `format: date`
/// (`NaiveDate`) in generated crates.
pub use chrono;
pub use cloudsdk_auth as auth;
pub use futures_util::{Stream, StreamExt, TryStreamExt};
pub use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
#[cfg(feature = "multipart")]
pub use reqwest::multipart;
pub use url::Url;
/// The type of `format: uuid` (`Uuid`) in generated crates.
#[cfg(feature = "uuid")]
pub use uuid;
