//! Websocket streams: typed messages from a connection that reconnects and resumes through the
//! shared driver, and senders writing to it.
//!
//! `operation` is what generated code declares (`protocol`: the server's keep-alive, control
//! frames and signing rule), `request` fills it in and connects, `socket` is the driver's view
//! of one stream (`handshake` opens a connection, `frame` sorts what it reads, `keepalive`
//! times the keep-alive frames), `handle` what the caller holds.

mod frame;
mod handle;
mod handshake;
mod keepalive;
mod operation;
mod protocol;
mod request;
mod socket;

pub use handle::{WebSocketSender, WebSocketStream};
pub use operation::{AuthMode, WebSocketOperation};
pub use protocol::{FrameMatch, KeepAlive, SigningQuery};
pub use request::WebSocketRequest;
