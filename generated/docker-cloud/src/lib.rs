#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Prose from API descriptions is sanitised, but not every description can be made perfect
// Markdown; these lints must not fail a build over a description.
#![allow(
    rustdoc::bare_urls,
    rustdoc::broken_intra_doc_links,
    rustdoc::invalid_html_tags,
    rustdoc::invalid_rust_codeblocks,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::tabs_in_doc_comments,
    clippy::empty_docs,
    clippy::doc_nested_refdefs
)]
// String enums derive `Ord` and write `PartialOrd` as `Some(Ord::cmp(..))`, which checks faster
// than deriving both; allowed here once, as an attribute on each enum costs more than it saves.
#![allow(clippy::derive_ord_xor_partial_ord)]

// A cloudsdk-runtime older than this code needs stops the build here, with a message saying so.
cloudsdk_runtime::require_contract!(1);

#[rustfmt::skip]
pub mod builders;
#[rustfmt::skip]
mod client;
#[cfg(feature = "mock")]
#[rustfmt::skip]
pub mod mock;
#[rustfmt::skip]
pub mod types;

pub use client::{Client, Error, ItemStream};
/// The runtime the client is built on, for what is not re-exported by name (`Client::raw()`).
pub use cloudsdk_runtime as runtime;
// What callers name besides: the client's builder and options, responses, streams, policies,
// the error's parts, the authentication types and the crates of field and body types (dates,
// UUIDs and multipart forms when the crate has them), so this crate is the only one they need.
pub use cloudsdk_runtime::{
    ApiError, ByteStream, Bytes, CallOptions, ClientBuilder, ErrorBody, ReconnectPolicy,
    ResponseParts, ResponseValue, RetryPolicy, StatusCode, StreamExt, TransportError, TryStreamExt,
    WebSocketError, auth, chrono, uuid,
};
#[cfg(feature = "websocket")]
pub use cloudsdk_runtime::{WebSocketSender, WebSocketStream};
