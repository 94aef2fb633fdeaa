//! The generated Clever Cloud client's log and event websockets against a loopback server that
//! speaks Clever's protocol: the first frame must be an OAuth header signed for the documented
//! signing URL (no query), the client must send `["ping"]` within the server's patience or the
//! connection is dropped, and the event socket sends `socket_ready` once the credentials are
//! accepted and rejects bad ones with an error frame (id 2001) instead of closing.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use clever_cloud::auth::oauth1::OAuth1;
use cloudsdk_runtime::{ReconnectPolicy, StreamExt};
use cloudsdk_testkit::serve::{WsConn, WsServer, guard, serve_ws};
use cloudsdk_testkit::{Request, oauth1};
use futures_util::SinkExt;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

const CONSUMER_SECRET: &str = "consumer-secret";
const TOKEN_SECRET: &str = "token-secret";
/// How long the server waits for a frame from the client before dropping the connection (40 s
/// and a margin at Clever Cloud; shortened here, as the client's interval is).
const PATIENCE: Duration = Duration::from_millis(300);
/// The client's keep-alive interval in these tests.
const INTERVAL: Duration = Duration::from_millis(100);

/// What the server does on a connection, after checking the credentials.
#[derive(Debug, Clone)]
enum Step {
    /// Sends a message.
    Send(Value),
    /// Waits for this many keep-alives (each within the patience).
    Pings(usize),
    /// Drops the connection without a close frame.
    Drop,
}

/// The loopback Clever Cloud socket server: it plays `script(connection index)` on each
/// connection whose credentials it accepts, then serves keep-alives until the client leaves.
struct CleverSockets {
    server: WsServer,
    connections: Arc<AtomicUsize>,
    /// Every frame the server sent, in order.
    sent: Arc<Mutex<Vec<Value>>>,
}

impl CleverSockets {
    async fn start(script: fn(usize) -> Vec<Step>) -> Self {
        let connections = Arc::new(AtomicUsize::new(0));
        let sent = Arc::new(Mutex::new(Vec::new()));
        let (counted, log) = (Arc::clone(&connections), Arc::clone(&sent));
        let server = serve_ws(move |conn| {
            counted.fetch_add(1, Ordering::SeqCst);
            serve_connection(conn, script, Arc::clone(&log))
        })
        .await;
        Self {
            server,
            connections,
            sent,
        }
    }

    fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }

    fn sent(&self) -> Vec<Value> {
        self.sent.lock().expect("lock").clone()
    }
}

async fn serve_connection(
    mut conn: WsConn,
    script: fn(usize) -> Vec<Step>,
    sent: Arc<Mutex<Vec<Value>>>,
) {
    let events = conn.target.starts_with("/event-socket/");
    let send = |frame: Value| {
        sent.lock().expect("lock").push(frame.clone());
        Message::text(frame.to_string())
    };
    if let Err(why) = check_credentials(&mut conn).await {
        if events {
            let rejected = json!({"type": "error", "id": 2001, "message": why});
            let _ = conn.socket.send(send(rejected)).await;
            let _ = keep_alive(&mut conn, usize::MAX).await;
        }
        return;
    }
    if events
        && conn
            .socket
            .send(send(json!({"type": "socket_ready"})))
            .await
            .is_err()
    {
        return;
    }
    for step in script(conn.index) {
        let served = match step {
            Step::Send(message) => conn.socket.send(send(message)).await.is_ok(),
            Step::Pings(n) => keep_alive(&mut conn, n).await,
            Step::Drop => return,
        };
        if !served {
            return;
        }
    }
    keep_alive(&mut conn, usize::MAX).await;
}

/// The first frame's OAuth header, verified by an independent implementation against the URL
/// Clever Cloud documents for this socket, without the connection's query. (The runtime moves
/// a signing URL to the origin a test redirects the stream to, so a signature is valid only
/// where it is sent: here, the documented path on the loopback host.)
async fn check_credentials(conn: &mut WsConn) -> Result<(), String> {
    let first = match tokio::time::timeout(PATIENCE, conn.socket.next()).await {
        Ok(Some(Ok(Message::Text(first)))) => first,
        other => return Err(format!("no authentication frame: {other:?}")),
    };
    let first: Value = serde_json::from_str(&first).map_err(|e| e.to_string())?;
    if first["message_type"] != "oauth" {
        return Err(format!("not an OAuth frame: {first}"));
    }
    let header = first["authorization"].as_str().unwrap_or_default();
    let path = conn.target.split('?').next().unwrap_or_default();
    let host = conn.header("host").unwrap_or_default();
    let signed = match path.strip_prefix("/logs-socket/") {
        Some(app) => format!("http://{host}/v2/logs/logs-socket/{app}"),
        None => format!("http://{host}/v2/events/event-socket"),
    };
    let probe = Request {
        method: "GET".into(),
        target: conn.target.clone(),
        headers: vec![],
        body: vec![],
    };
    oauth1::verify_header(&probe, header, CONSUMER_SECRET, TOKEN_SECRET, Some(&signed))
}

/// Reads `count` keep-alives, each within the patience; `false` when the client went away or
/// was silent too long (the connection is then dropped). Other frames are ignored.
async fn keep_alive(conn: &mut WsConn, count: usize) -> bool {
    let mut pings = 0;
    while pings < count {
        match tokio::time::timeout(PATIENCE, conn.socket.next()).await {
            Ok(Some(Ok(Message::Text(text)))) if text.as_str() == r#"["ping"]"# => pings += 1,
            Ok(Some(Ok(_))) => {}
            _ => return false,
        }
    }
    true
}

fn clever_client(sockets: &CleverSockets, token_secret: &str) -> clever_cloud::Client {
    let auth = OAuth1::new("consumer-key", CONSUMER_SECRET)
        .and_then(|a| a.with_token("user-token", token_secret))
        .expect("valid credentials");
    clever_cloud::Client::builder()
        .websocket_base_url(sockets.server.base())
        .reconnect(
            ReconnectPolicy::default()
                .max_reconnects(3)
                .base_delay(Duration::from_millis(10)),
        )
        .auth(auth)
        .build()
        .expect("client builds")
}

fn log_line(i: u32) -> Value {
    json!({"date": format!("2024-05-01T10:00:0{i}Z"), "message": format!("line {i}")})
}

/// The log socket: two lines, a drop, then from `since` on (inclusive, as the real one does);
/// each connection is signed for the documented URL, `since` or not.
#[tokio::test]
async fn logs_resume_after_a_drop_without_loss_or_repeat() {
    let sockets = CleverSockets::start(|connection| match connection {
        0 => vec![Step::Send(log_line(0)), Step::Send(log_line(1)), Step::Drop],
        _ => (1..4).map(|i| Step::Send(log_line(i))).collect(),
    })
    .await;
    let client = clever_client(&sockets, TOKEN_SECRET);
    let lines: Vec<String> = guard(
        client
            .logs()
            .stream_application("app_1")
            .keepalive_interval(INTERVAL)
            .connect()
            .take(4)
            .map(|line| line.expect("typed log line").message)
            .collect::<Vec<_>>(),
    )
    .await;
    assert_eq!(
        lines,
        ["line 0", "line 1", "line 2", "line 3"],
        "nothing lost, nothing repeated"
    );
    let targets = sockets.server.targets();
    assert_eq!(
        targets,
        [
            "/logs-socket/app_1",
            "/logs-socket/app_1?since=2024-05-01T10%3A00%3A01Z"
        ],
        "one reconnect, resumed from the last line"
    );
}

/// An idle log stream stays on one connection for several intervals because the client sends
/// `["ping"]`; at the declared 40 s interval the same server drops every connection.
#[tokio::test]
async fn logs_stay_connected_while_idle_thanks_to_the_keepalive() {
    let sockets = CleverSockets::start(|_| vec![Step::Pings(5), Step::Send(log_line(0))]).await;
    let client = clever_client(&sockets, TOKEN_SECRET);
    let mut logs = client
        .logs()
        .stream_application("app_1")
        .keepalive_interval(INTERVAL)
        .connect();
    let line = guard(logs.next()).await.expect("a line").expect("typed");
    assert_eq!(line.message, "line 0", "after five keep-alives, 0.5 s idle");
    assert_eq!(sockets.connections(), 1, "never dropped");

    let sockets = CleverSockets::start(|_| vec![Step::Pings(1), Step::Send(log_line(0))]).await;
    let client = clever_client(&sockets, TOKEN_SECRET);
    let mut logs = client.logs().stream_application("app_1").connect();
    let first = guard(logs.next()).await.expect("an item");
    assert!(
        matches!(first, Err(clever_cloud::Error::WebSocket(_))),
        "without a ping in time, no line arrives: {first:?}"
    );
    assert_eq!(
        sockets.connections(),
        4,
        "the server dropped each silent connection; the client gave up after three reconnects"
    );
}

/// The event socket's `socket_ready` is consumed; the events after it arrive typed.
#[tokio::test]
async fn events_start_after_socket_ready_which_is_never_yielded() {
    let sockets = CleverSockets::start(|_| {
        vec![
            Step::Send(json!({"event": "DEPLOYMENT_SUCCESS", "data": {"appId": "app_1"}})),
            Step::Pings(2),
            Step::Send(json!({"event": "ACCOUNT_UPDATE"})),
        ]
    })
    .await;
    let client = clever_client(&sockets, TOKEN_SECRET);
    let events: Vec<String> = guard(
        client
            .events()
            .stream()
            .keepalive_interval(INTERVAL)
            .connect()
            .take(2)
            .map(|event| event.expect("a typed event").event.unwrap_or_default())
            .collect::<Vec<_>>(),
    )
    .await;
    assert_eq!(events, ["DEPLOYMENT_SUCCESS", "ACCOUNT_UPDATE"]);
    assert_eq!(sockets.sent()[0], json!({"type": "socket_ready"}));
    assert_eq!(sockets.connections(), 1);
}

/// Bad credentials: the server answers with error 2001 and keeps the connection open; the
/// stream ends with the rejection, keeping the frame, after one connection although three
/// reconnects were allowed.
#[tokio::test]
async fn events_with_bad_credentials_end_after_one_connection() {
    let sockets = CleverSockets::start(|_| vec![Step::Send(json!({"event": "never"}))]).await;
    let client = clever_client(&sockets, "wrong-secret");
    let items: Vec<_> = guard(
        client
            .events()
            .stream()
            .keepalive_interval(INTERVAL)
            .connect()
            .collect::<Vec<_>>(),
    )
    .await;
    assert_eq!(items.len(), 1, "{items:?}");
    let Err(clever_cloud::Error::WebSocketRejected(rejected)) = &items[0] else {
        panic!("a rejection: {items:?}");
    };
    assert_eq!(rejected.operation, "streamEvents");
    let frame: Value = serde_json::from_slice(&rejected.frame).expect("the frame, as sent");
    assert_eq!(frame["id"], 2001);
    assert!(
        frame["message"]
            .as_str()
            .is_some_and(|m| m.contains("signature mismatch")),
        "{frame}"
    );
    assert_eq!(sockets.connections(), 1, "not retried");
}
