//! The TLS configuration the runtime builds (rustls with the `ring` provider by default, the
//! platform verifier, ALPN) against a loopback TLS server: an HTTPS call and a `wss://` upgrade
//! succeed when the server's root is added through the builder, and fail without it.
//!
//! The certificates in `tests/tls/` are a test root and a leaf for `localhost` and
//! `127.0.0.1` it signed (P-256, valid until 2126); their private key is for this test only.

use std::sync::Arc;
use std::time::Duration;

use cloudsdk_runtime::{Client, Method, Operation, WebSocketOperation};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::{self, pki_types};
use tokio_tungstenite::tungstenite::Message;

const ROOT: &[u8] = include_bytes!("tls/root.der");
const LEAF: &[u8] = include_bytes!("tls/leaf.der");
const LEAF_KEY: &[u8] = include_bytes!("tls/leaf.key.der");

static GET_THING: Operation = Operation::new("getThing", Method::GET, "/things/{id}", true);
static EVENTS: WebSocketOperation = WebSocketOperation::new("events", "wss://localhost/events");

/// What the server saw of one connection: the ALPN protocol agreed and the request line.
#[derive(Debug)]
struct Seen {
    alpn: Option<Vec<u8>>,
    request_line: String,
}

/// A loopback TLS server (ring provider, ALPN `http/1.1` only) that serves connections in
/// turn while the test runs: a websocket upgrade is echoed back as text, any other request
/// answers `{"id": "t1"}`. Returns its port and what it saw, connection by connection.
async fn serve_tls() -> (u16, mpsc::UnboundedReceiver<Seen>) {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let key = pki_types::PrivateKeyDer::Pkcs8(LEAF_KEY.to_vec().into());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("TLS versions")
        .with_no_client_auth()
        .with_single_cert(vec![LEAF.to_vec().into()], key)
        .expect("the test certificate and key");
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    let acceptor = TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("address").port();
    let (seen, receiver) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let (acceptor, seen) = (acceptor.clone(), seen.clone());
            tokio::spawn(async move {
                if let Ok(stream) = acceptor.accept(tcp).await {
                    serve_one(stream, &seen).await;
                }
            });
        }
    });
    (port, receiver)
}

async fn serve_one(
    mut stream: tokio_rustls::server::TlsStream<tokio::net::TcpStream>,
    seen: &mpsc::UnboundedSender<Seen>,
) {
    let alpn = stream.get_ref().1.alpn_protocol().map(<[u8]>::to_vec);
    let mut head = [0u8; 4096];
    let Ok(n) = stream.peek_head(&mut head).await else {
        return;
    };
    let text = String::from_utf8_lossy(&head[..n]).into_owned();
    let request_line = text.lines().next().unwrap_or_default().to_owned();
    let _ = seen.send(Seen { alpn, request_line });
    if text.to_ascii_lowercase().contains("upgrade: websocket") {
        let prefixed = Prefixed {
            head: head[..n].to_vec(),
            stream,
        };
        if let Ok(mut ws) = tokio_tungstenite::accept_async(prefixed).await {
            let _ = ws.send(Message::text(r#"{"echo":"hello"}"#)).await;
            let _ = ws.next().await;
        }
        return;
    }
    let body = json!({"id": "t1"}).to_string();
    let reply = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
         connection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(reply.as_bytes()).await;
    let _ = stream.shutdown().await;
}

/// Reading a request head: bytes up to the blank line (the test requests have no body).
trait PeekHead {
    async fn peek_head(&mut self, buf: &mut [u8]) -> std::io::Result<usize>;
}

impl<S: AsyncReadExt + Unpin> PeekHead for S {
    async fn peek_head(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let mut n = 0;
        while !buf[..n].windows(4).any(|w| w == b"\r\n\r\n") {
            if n == buf.len() {
                return Err(std::io::ErrorKind::InvalidData.into());
            }
            let read = self.read(&mut buf[n..]).await?;
            if read == 0 {
                return Err(std::io::ErrorKind::UnexpectedEof.into());
            }
            n += read;
        }
        Ok(n)
    }
}

/// A stream that first yields bytes already read (the request head), then the stream's own.
struct Prefixed<S> {
    head: Vec<u8>,
    stream: S,
}

impl<S: tokio::io::AsyncRead + Unpin> tokio::io::AsyncRead for Prefixed<S> {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        if !self.head.is_empty() {
            let n = self.head.len().min(buf.remaining());
            buf.put_slice(&self.head[..n]);
            self.head.drain(..n);
            return std::task::Poll::Ready(Ok(()));
        }
        std::pin::Pin::new(&mut self.stream).poll_read(cx, buf)
    }
}

impl<S: tokio::io::AsyncWrite + Unpin> tokio::io::AsyncWrite for Prefixed<S> {
    fn poll_write(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        std::pin::Pin::new(&mut self.stream).poll_write(cx, buf)
    }

    fn poll_flush(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

fn client(port: u16, trust: bool) -> Client {
    let mut builder = Client::builder(format!("https://127.0.0.1:{port}"))
        .websocket_base_url(format!("wss://127.0.0.1:{port}"))
        .retry(cloudsdk_runtime::RetryPolicy::none())
        .timeout(Some(Duration::from_secs(10)));
    if trust {
        builder = builder.tls_root_certificate(ROOT);
    }
    builder.build().expect("client")
}

async fn get_thing(client: &Client) -> Result<Value, cloudsdk_runtime::Error> {
    let mut request = client.request(&GET_THING);
    request.path_param("id", &"t1");
    let call = request.send::<Value>();
    let sent = tokio::time::timeout(Duration::from_secs(20), call).await;
    sent.expect("the call ends in time")?.json()
}

#[tokio::test]
async fn an_https_call_trusts_a_root_added_through_the_builder() {
    let (port, mut seen) = serve_tls().await;
    let thing = get_thing(&client(port, true)).await.expect("the call");
    assert_eq!(thing, json!({"id": "t1"}));
    let first = seen.recv().await.expect("the server saw the call");
    assert_eq!(first.request_line, "GET /things/t1 HTTP/1.1");
    assert_eq!(first.alpn.as_deref(), Some(&b"http/1.1"[..]));
}

#[tokio::test]
async fn an_https_call_to_an_unknown_root_fails_the_handshake() {
    let (port, mut seen) = serve_tls().await;
    let error = get_thing(&client(port, false)).await.unwrap_err();
    let chain = std::iter::successors(Some(&error as &dyn std::error::Error), |e| e.source())
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join(": ");
    assert!(chain.contains("certificate"), "{chain}");
    let nothing = tokio::time::timeout(Duration::from_millis(200), seen.recv()).await;
    assert!(nothing.is_err(), "no request got through: {nothing:?}");
}

#[tokio::test]
async fn a_wss_upgrade_trusts_a_root_added_through_the_builder() {
    let (port, mut seen) = serve_tls().await;
    let client = client(port, true);
    let mut events = client.websocket(&EVENTS).connect::<Value>();
    let first = tokio::time::timeout(Duration::from_secs(20), events.next()).await;
    let first = first.expect("a message in time").expect("a message");
    assert_eq!(first.expect("decoded"), json!({"echo": "hello"}));
    let upgrade = seen.recv().await.expect("the server saw the upgrade");
    assert_eq!(upgrade.request_line, "GET /events HTTP/1.1");
    assert_eq!(upgrade.alpn.as_deref(), Some(&b"http/1.1"[..]));
}

#[test]
fn a_root_that_is_not_a_certificate_fails_the_build() {
    let error = Client::builder("https://localhost")
        .tls_root_certificate(b"not a certificate".to_vec())
        .build()
        .unwrap_err();
    assert!(error.to_string().contains("TLS configuration"), "{error}");
}
