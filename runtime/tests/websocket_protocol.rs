//! What a websocket operation declares about its server's protocol, each mechanism on its own
//! against loopback servers: which URL is signed, keep-alive frames, the ready frame and the
//! authentication-error frame.

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use cloudsdk_runtime::auth::OAuth1;
use cloudsdk_runtime::{
    AuthMode, Client, Error, KeepAlive, QueryStyle, ReconnectPolicy, Resume, SigningQuery,
    WebSocketOperation,
};
use cloudsdk_testkit::{Request, oauth1};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use support::{WsConn, guard, serve_ws};
use tokio_tungstenite::tungstenite::Message;

const CONSUMER_SECRET: &str = "consumer-secret";
const TOKEN_SECRET: &str = "token-secret";

static LOGS: WebSocketOperation =
    WebSocketOperation::new("appLogs", "wss://logs.example.com/logs-socket/{appId}")
        .signing_url("https://api.example.com/v2/logs/logs-socket/{appId}")
        .auth(AuthMode::FirstMessage)
        .resume(Resume::new("since", "date"));

static LOGS_SIGNING_QUERY: WebSocketOperation = LOGS.signing_query(SigningQuery::Include);

fn oauth_client(base: &str) -> Client {
    let auth = OAuth1::new("consumer-key", CONSUMER_SECRET)
        .and_then(|a| a.with_token("token", TOKEN_SECRET))
        .expect("credentials");
    Client::builder("https://api.example.com/v2")
        .auth(auth)
        .websocket_base_url(base)
        .reconnect(quick(3))
        .build()
        .expect("client")
}

fn quick(reconnects: u32) -> ReconnectPolicy {
    ReconnectPolicy::default()
        .max_reconnects(reconnects)
        .base_delay(Duration::from_millis(10))
}

/// The authorization of the first (OAuth) frame; `None` when it is not one.
async fn oauth_frame(conn: &mut WsConn) -> Option<String> {
    let Some(Ok(Message::Text(first))) = conn.socket.next().await else {
        return None;
    };
    let first: Value = serde_json::from_str(&first).ok()?;
    (first["message_type"] == "oauth")
        .then(|| first["authorization"].as_str().map(str::to_owned))?
}

/// Which URLs the header is a valid signature of, checked by an independent implementation:
/// the declared signing URL as is, and with the connection's query. (It is moved to the
/// loopback origin the stream was redirected to, so the signature is valid only here.)
fn signed_urls(conn: &WsConn, header: &str) -> Value {
    let host = conn.header("host").unwrap_or_default();
    let signed = format!("http://{host}/v2/logs/logs-socket/app_1");
    let probe = Request {
        method: "GET".into(),
        target: conn.target.clone(),
        headers: vec![],
        body: vec![],
    };
    let query = conn.target.split_once('?').map(|(_, q)| q).unwrap_or("");
    let with_query = format!("{signed}?{query}");
    let valid = |url: &str| {
        oauth1::verify_header(&probe, header, CONSUMER_SECRET, TOKEN_SECRET, Some(url)).is_ok()
    };
    json!({"without_query": valid(&signed), "with_query": valid(&with_query)})
}

/// Sends `message`, then closes the first connection (so the stream reconnects) and keeps the
/// later ones until the client leaves.
async fn answer(conn: &mut WsConn, message: Value) {
    let _ = conn.socket.send(Message::text(message.to_string())).await;
    if conn.index == 0 {
        let _ = conn.socket.close(None).await;
    } else {
        while let Some(Ok(_)) = conn.socket.next().await {}
    }
}

/// For each connection, what the first frame's signature is valid for: the server answers
/// with it as a log line, and closes the first connection after it, so the stream resumes.
async fn signatures(op: &'static WebSocketOperation) -> Vec<Value> {
    let server = serve_ws(|mut conn| async move {
        let Some(header) = oauth_frame(&mut conn).await else {
            return;
        };
        let line =
            json!({"date": format!("d{}", conn.index), "signed": signed_urls(&conn, &header)});
        answer(&mut conn, line).await;
    })
    .await;
    let client = oauth_client(&server.base());
    let mut logs = client.websocket(op);
    logs.path_param("appId", &"app_1")
        .query("filter", &"web", QueryStyle::form(true));
    let lines: Vec<Value> = guard(logs.connect::<Value>().take(2).collect::<Vec<_>>())
        .await
        .into_iter()
        .map(|line| line.expect("a line")["signed"].clone())
        .collect();
    assert_eq!(
        server.targets(),
        [
            "/logs-socket/app_1?filter=web",
            "/logs-socket/app_1?filter=web&since=d0"
        ]
    );
    lines
}

#[tokio::test]
async fn the_signing_url_is_signed_without_the_query_unless_declared() {
    let exclude = json!({"without_query": true, "with_query": false});
    assert_eq!(
        signatures(&LOGS).await,
        [exclude.clone(), exclude],
        "the default signs the declared URL as is, resumed or not"
    );
    let include = json!({"without_query": false, "with_query": true});
    assert_eq!(
        signatures(&LOGS_SIGNING_QUERY).await,
        [include.clone(), include],
        "`Include` signs the filter and, after a resume, `since` too"
    );
}

static PINGED: WebSocketOperation = WebSocketOperation::new("pinged", "wss://a.example/pinged")
    .auth(AuthMode::FirstMessage)
    .keepalive(KeepAlive::new(r#"["ping"]"#, Duration::from_secs(40)));

/// The server's patience: a connection without a frame for this long is dropped.
const PATIENCE: Duration = Duration::from_millis(300);

/// Reads frames until `pings` keep-alives arrived (`true`) or the client was silent for longer
/// than [`PATIENCE`] (`false`). Any other frame than a keep-alive is a failure.
async fn pinged(conn: &mut WsConn, pings: usize) -> bool {
    for _ in 0..pings {
        match tokio::time::timeout(PATIENCE, conn.socket.next()).await {
            Ok(Some(Ok(Message::Text(text)))) if text.as_str() == r#"["ping"]"# => {}
            _ => return false,
        }
    }
    true
}

/// An idle stream stays connected as long as the client sends the keep-alive, which it does on
/// every connection, after the authentication message: the server drops a connection that is
/// silent for 300 ms, and only speaks after four keep-alives (0.4 s at a 100 ms interval).
#[tokio::test]
async fn keepalive_frames_keep_an_idle_connection_open_after_each_reconnect() {
    let server = serve_ws(|mut conn| async move {
        if oauth_frame(&mut conn).await.is_none() || !pinged(&mut conn, 4).await {
            return;
        }
        let message = json!({"connection": conn.index});
        answer(&mut conn, message).await;
    })
    .await;
    let client = oauth_client(&server.base());
    let mut request = client.websocket(&PINGED);
    request.keepalive_interval(Duration::from_millis(100));
    let messages: Vec<Value> = guard(request.connect::<Value>().take(2).collect::<Vec<_>>())
        .await
        .into_iter()
        .map(|m| m.expect("a message after the keep-alives"))
        .collect();
    assert_eq!(
        messages,
        [json!({"connection": 0}), json!({"connection": 1})]
    );
    assert_eq!(
        server.targets().len(),
        2,
        "only the server's close reconnected"
    );

    // At the declared 40 s interval, the same server drops the silent connection.
    let mut request = client.websocket(&PINGED);
    request.reconnect(ReconnectPolicy::none());
    let items: Vec<Result<Value, Error>> =
        guard(request.connect::<Value>().collect::<Vec<_>>()).await;
    assert!(
        matches!(&items[..], [Err(Error::WebSocket(_))]),
        "{items:?}"
    );
}

#[tokio::test]
async fn a_zero_keepalive_interval_is_refused() {
    let client = oauth_client("ws://127.0.0.1:9");
    let mut request = client.websocket(&PINGED);
    request.keepalive_interval(Duration::ZERO);
    let items: Vec<Result<Value, Error>> =
        guard(request.connect::<Value>().collect::<Vec<_>>()).await;
    let [Err(Error::InvalidRequest(message))] = &items[..] else {
        panic!("{items:?}");
    };
    assert!(message.contains("keep-alive interval"), "{message}");
}

static EVENTS: WebSocketOperation = WebSocketOperation::new("events", "wss://a.example/events")
    .ready(&[("type", "socket_ready")])
    .auth_error(&[("type", "error"), ("id", "2001")]);

/// A server that sends `frames` on each connection, then waits for the client to leave; it
/// counts connections.
async fn scripted(frames: &'static [&'static str]) -> (support::WsServer, Arc<AtomicUsize>) {
    let connections = Arc::new(AtomicUsize::new(0));
    let counted = Arc::clone(&connections);
    let server = serve_ws(move |mut conn| {
        counted.fetch_add(1, Ordering::SeqCst);
        async move {
            for frame in frames {
                if conn.socket.send(Message::text(*frame)).await.is_err() {
                    return;
                }
            }
            while let Some(Ok(_)) = conn.socket.next().await {}
        }
    })
    .await;
    (server, connections)
}

#[tokio::test]
async fn the_ready_frame_is_consumed_and_never_yielded() {
    let (server, _) = scripted(&[
        r#"{"type": "socket_ready"}"#,
        r#"{"type": "event", "n": 1}"#,
        r#"{"type": "socket_ready", "again": true}"#,
        r#"{"type": "event", "n": 2}"#,
    ])
    .await;
    let client = oauth_client(&server.base());
    let events: Vec<Value> = guard(
        client
            .websocket(&EVENTS)
            .connect::<Value>()
            .take(2)
            .collect::<Vec<_>>(),
    )
    .await
    .into_iter()
    .map(|e| e.expect("an event"))
    .collect();
    assert_eq!(
        events,
        [
            json!({"type": "event", "n": 1}),
            json!({"type": "event", "n": 2})
        ]
    );
}

#[tokio::test]
async fn the_auth_error_frame_ends_the_stream_without_reconnecting() {
    const REJECTED: &str = r#"{"type": "error", "id": 2001, "message": "invalid signature"}"#;
    let (server, connections) = scripted(&[r#"{"type": "event", "n": 1}"#, REJECTED]).await;
    let client = oauth_client(&server.base());
    let items: Vec<Result<Value, Error>> = guard(
        client
            .websocket(&EVENTS)
            .connect::<Value>()
            .collect::<Vec<_>>(),
    )
    .await;
    assert_eq!(items.len(), 2, "{items:?}");
    assert_eq!(
        items[0].as_ref().ok(),
        Some(&json!({"type": "event", "n": 1}))
    );
    let Err(Error::WebSocketRejected(rejected)) = &items[1] else {
        panic!("a rejection: {items:?}");
    };
    assert_eq!(rejected.operation, "events");
    assert_eq!(rejected.text(), REJECTED, "the frame is kept as received");
    let message = items[1].as_ref().unwrap_err().to_string();
    assert!(
        message.contains("rejected the credentials") && message.contains("2001"),
        "{message}"
    );
    assert_eq!(
        connections.load(Ordering::SeqCst),
        1,
        "three reconnects allowed, none made"
    );

    // Another error frame is a message like any other.
    let (server, _) = scripted(&[r#"{"type": "error", "id": 500}"#]).await;
    let client = oauth_client(&server.base());
    let first = guard(client.websocket(&EVENTS).connect::<Value>().next()).await;
    assert_eq!(
        first.and_then(Result::ok),
        Some(json!({"type": "error", "id": 500}))
    );
}
