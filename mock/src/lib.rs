//! Test doubles for generated cloud API clients: a real HTTP server on 127.0.0.1 that the code
//! under test reaches through its real client (retries, auth and all), with expectations per
//! operation.
//!
//! Generated crates build on this behind their `mock` feature: `<crate>::mock::MockServer` has
//! one method per operation returning a [`When`] in the API's own types. This crate holds the
//! machinery: matching ([`Route`] data, path and query parameters, JSON bodies), replies (typed
//! values, documented errors, raw answers, delays, dropped connections, pages, event streams,
//! websocket messages), call counts checked by [`MockServer::verify`] (or when the server is
//! dropped), a report of unmatched requests naming the closest expectation and what differed,
//! and credentials checked the way providers check them ([`Auth`], [`TokenEndpoint`],
//! [`oauth1`]).
//!
//! What is checked when an expectation is registered: parameter names against the operation's,
//! error statuses against the documented ones, and JSON bodies given as values (`json`,
//! `pages`) by decoding them into the operation's success or error type, so a canned answer the
//! API could not send is refused with the JSON path that failed.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod auth;
mod body;
mod check;
mod error;
mod expect;
mod messages;
pub mod oauth1;
mod reply;
mod report;
mod route;
mod server;
mod socket;
mod state;
mod stream;
mod style;
mod text;
mod when;
pub mod wire;

pub use auth::{Auth, Credential, TokenEndpoint};
pub use cloudsdk_runtime::StatusMatch;
pub use error::MockError;
pub use messages::Messages;
pub use report::Report;
pub use route::{BodyKind, Captured, Route, SocketFrames, Stream};
pub use server::MockServer;
pub use stream::Events;
pub use when::{Mocked, When};
pub use wire::Request;
