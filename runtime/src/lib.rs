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
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod client;
pub mod de;
pub mod decode;
mod encode;
mod error;
mod operation;
mod policy;
mod request;
mod response;
mod stream;
mod transport;

pub use client::{Client, ClientBuilder};
pub use encode::QueryStyle;
pub use error::{ApiError, DecodeError, Error, ResponseParts, WebSocketError, WebSocketRejected};
pub use operation::{Operation, StatusMatch};
pub use policy::{ReconnectPolicy, RetryPolicy};
pub use request::Request;
pub use response::{ByteStream, Response, ResponseValue};
pub use stream::{
    AuthMode, FrameMatch, KeepAlive, Pagination, Resume, SigningQuery, WebSocketOperation,
    WebSocketRequest, WebSocketSender, WebSocketStream,
};

pub use bytes::Bytes;
pub use cloudsdk_auth as auth;
pub use futures_util::{Stream, StreamExt};
pub use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
pub use reqwest::multipart;
pub use url::Url;
