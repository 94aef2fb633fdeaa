//! Loopback servers with async handlers, for tests that need to hold a request (barriers,
//! counters across tasks) or speak websocket: HTTP/1.1 (one request per connection) and
//! websockets, on 127.0.0.1 port 0. Every connection is bounded in time and the servers stop
//! with the test's runtime. The auth and runtime tests use these.
#![allow(missing_docs, clippy::result_large_err)]

use std::future::Future;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use cloudsdk_mock::wire::write_answer;
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::handshake::server::{
    Request as WsRequest, Response as WsResponse,
};

/// The longest a connection may stay open, whatever the handler does.
pub const CONNECTION_LIMIT: Duration = Duration::from_secs(20);
/// A guard against hangs: a test step that takes longer than this has failed.
pub const GUARD: Duration = Duration::from_secs(15);

pub use crate::Request;

/// What the handler answers: the mock's answer, as for [`crate::Server`] (its delay is
/// waited out before answering).
pub use cloudsdk_mock::wire::Answer as Reply;

/// A running HTTP server: its address and the requests it received, in order.
#[derive(Clone)]
pub struct Server {
    pub addr: SocketAddr,
    requests: Arc<Mutex<Vec<Request>>>,
}

impl Server {
    pub fn requests(&self) -> Vec<Request> {
        self.requests.lock().map(|r| r.clone()).unwrap_or_default()
    }

    pub fn hits(&self) -> usize {
        self.requests().len()
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }
}

/// Serves `handler(request, index)`, `index` counting requests from 0.
pub async fn serve<F, Fut>(handler: F) -> Server
where
    F: Fn(Request, usize) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Reply> + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let addr = listener.local_addr().expect("local addr");
    let requests = Arc::new(Mutex::new(Vec::new()));
    let handler = Arc::new(handler);
    let log = Arc::clone(&requests);
    tokio::spawn(async move {
        loop {
            let Ok((mut stream, _)) = listener.accept().await else {
                return;
            };
            let handler = Arc::clone(&handler);
            let log = Arc::clone(&log);
            tokio::spawn(tokio::time::timeout(CONNECTION_LIMIT, async move {
                let Some(request) = read_request(&mut stream).await else {
                    return;
                };
                let index = {
                    let Ok(mut log) = log.lock() else { return };
                    log.push(request.clone());
                    log.len() - 1
                };
                let mut reply = handler(request, index).await;
                if !reply.delay.is_zero() {
                    tokio::time::sleep(reply.delay).await;
                }
                reply.headers.push(("connection".into(), "close".into()));
                if write_answer(&mut stream, &reply).await {
                    let _ = stream.shutdown().await;
                }
            }));
        }
    });
    Server { addr, requests }
}

/// Serves each connection with `handler`, which reads and writes the socket itself.
pub async fn serve_raw<F, Fut>(handler: F) -> SocketAddr
where
    F: Fn(TcpStream) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let addr = listener.local_addr().expect("local addr");
    let handler = Arc::new(handler);
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(tokio::time::timeout(CONNECTION_LIMIT, handler(stream)));
        }
    });
    addr
}

/// Reads one request (head and `Content-Length` body) from a fresh connection.
pub async fn read_request(stream: &mut TcpStream) -> Option<Request> {
    crate::read_one(stream, &mut Vec::new()).await
}

/// One accepted websocket connection with its upgrade request.
pub struct WsConn {
    /// Which connection this is, from 0.
    pub index: usize,
    /// Path and query of the upgrade request.
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub socket: WebSocketStream<TcpStream>,
}

impl WsConn {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A running websocket server: `ws://` base URL and the upgrade targets it received.
pub struct WsServer {
    pub addr: SocketAddr,
    targets: Arc<Mutex<Vec<String>>>,
}

impl WsServer {
    pub fn base(&self) -> String {
        format!("ws://{}", self.addr)
    }

    pub fn targets(&self) -> Vec<String> {
        self.targets.lock().map(|t| t.clone()).unwrap_or_default()
    }
}

pub async fn serve_ws<F, Fut>(handler: F) -> WsServer
where
    F: Fn(WsConn) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let addr = listener.local_addr().expect("local addr");
    let targets = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&targets);
    let handler = Arc::new(handler);
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let handler = Arc::clone(&handler);
            let log = Arc::clone(&log);
            tokio::spawn(tokio::time::timeout(CONNECTION_LIMIT, async move {
                let seen = Arc::new(Mutex::new((String::new(), Vec::new())));
                let record = Arc::clone(&seen);
                let callback = move |req: &WsRequest, resp: WsResponse| {
                    let headers = req
                        .headers()
                        .iter()
                        .map(|(k, v)| {
                            (
                                k.to_string(),
                                String::from_utf8_lossy(v.as_bytes()).into_owned(),
                            )
                        })
                        .collect();
                    if let Ok(mut r) = record.lock() {
                        *r = (req.uri().to_string(), headers);
                    }
                    Ok(resp)
                };
                let Ok(socket) = tokio_tungstenite::accept_hdr_async(stream, callback).await else {
                    return;
                };
                let (target, headers) = seen.lock().map(|s| s.clone()).unwrap_or_default();
                let index = {
                    let Ok(mut log) = log.lock() else { return };
                    log.push(target.clone());
                    log.len() - 1
                };
                handler(WsConn {
                    index,
                    target,
                    headers,
                    socket,
                })
                .await;
            }));
        }
    });
    WsServer { addr, targets }
}

/// Runs `future`, failing the test if it hangs.
pub async fn guard<T>(future: impl Future<Output = T>) -> T {
    tokio::time::timeout(GUARD, future)
        .await
        .expect("the test step hung")
}
