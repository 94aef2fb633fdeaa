//! Streams: paginated lists, server-sent events and websockets. The top layer: streams are
//! built from requests (`request`) and connections (`transport`, tokio-tungstenite), never the
//! other way round.

mod pagination;
mod reconnect;
mod resume;
mod sse;
mod websocket;

pub use pagination::Pagination;
pub use resume::Resume;
pub use websocket::{
    AuthMode, FrameMatch, KeepAlive, SigningQuery, WebSocketOperation, WebSocketRequest,
    WebSocketSender, WebSocketStream,
};
