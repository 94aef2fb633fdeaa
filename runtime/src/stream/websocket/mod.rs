//! Websocket streams: typed messages from a connection that reconnects and resumes through the
//! shared driver, and senders writing to it.
//!
//! `operation` is what generated code declares, `request` fills it in and connects, `socket`
//! is the driver's view of one stream (`handshake` opens a connection, `frame` sorts what it
//! reads), `handle` what the caller holds.

mod frame;
mod handle;
mod handshake;
mod operation;
mod request;
mod socket;

pub use handle::{WebSocketSender, WebSocketStream};
pub use operation::{AuthMode, WebSocketOperation};
pub use request::WebSocketRequest;
