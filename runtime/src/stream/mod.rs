//! Streams: paginated lists, server-sent events and websockets. The top layer: streams are
//! built from requests (`request`) and connections (`transport`, tokio-tungstenite), never the
//! other way round.

mod items;
mod pagination;
mod reconnect;
mod resume;
mod sse;
#[cfg(feature = "websocket")]
mod websocket;

pub use items::ItemStream;
pub use pagination::Pagination;
pub use resume::Resume;
#[cfg(feature = "websocket")]
pub use websocket::{
    AuthMode, FrameMatch, KeepAlive, SigningQuery, WebSocketOperation, WebSocketRequest,
    WebSocketSender, WebSocketStream,
};
