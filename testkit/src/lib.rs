//! A small HTTP/1.1 server on 127.0.0.1 for tests: it answers each request with what a handler
//! returns, records every request, bounds every connection in time, and stops when dropped.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod serve;

/// The OAuth 1.0a verifier, promoted to `cloudsdk-mock` (a supported module there).
pub use cloudsdk_mock::oauth1;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

pub use cloudsdk_mock::Request;

/// What the handler answers: the mock's answer (status, headers, body and a delay), so the
/// two servers write answers one way.
pub use cloudsdk_mock::wire::Answer as Response;

type Handler = dyn Fn(&Request) -> Response + Send + Sync;

/// A running server. Dropping it stops it.
pub struct Server {
    addr: SocketAddr,
    requests: Arc<Mutex<Vec<Request>>>,
    task: JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    /// Starts a server on 127.0.0.1 (a free port) answering with `handler`. Must be called
    /// inside a tokio runtime.
    pub async fn start(
        handler: impl Fn(&Request) -> Response + Send + Sync + 'static,
    ) -> std::io::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let requests = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let recorded = requests.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let handler = handler.clone();
                let recorded = recorded.clone();
                tokio::spawn(async move {
                    // A connection that stalls is dropped after ten seconds.
                    let _ = tokio::time::timeout(
                        Duration::from_secs(10),
                        serve(stream, handler, recorded),
                    )
                    .await;
                });
            }
        });
        Ok(Self {
            addr,
            requests,
            task,
        })
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<Request> {
        self.requests
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// How many requests went to `path` (query ignored).
    pub fn hits(&self, path: &str) -> usize {
        self.requests().iter().filter(|r| r.path() == path).count()
    }
}

async fn serve(mut stream: TcpStream, handler: Arc<Handler>, recorded: Arc<Mutex<Vec<Request>>>) {
    let mut buf = Vec::new();
    loop {
        let Some(request) = read_one(&mut stream, &mut buf).await else {
            return;
        };
        recorded
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(request.clone());
        let response = handler(&request);
        if !response.delay.is_zero() {
            tokio::time::sleep(response.delay).await;
        }
        if !cloudsdk_mock::wire::write_answer(&mut stream, &response).await {
            return;
        }
    }
}

async fn read_one(stream: &mut TcpStream, buf: &mut Vec<u8>) -> Option<Request> {
    cloudsdk_mock::wire::read_request(stream, buf).await
}
