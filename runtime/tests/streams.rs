//! Pagination, websocket and server-sent event streams against loopback servers.

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use cloudsdk_runtime::auth::{BearerToken, OAuth1};
use cloudsdk_runtime::{
    AuthMode, Client, Error, Method, Operation, Pagination, QueryStyle, ReconnectPolicy, Resume,
    RetryPolicy, StatusCode, WebSocketOperation,
};
use futures_util::{SinkExt, StreamExt, TryStreamExt};
use serde::Deserialize;
use serde_json::{Value, json};
use support::{Reply, guard, serve, serve_ws};
use tokio_tungstenite::tungstenite::Message;

static LIST_SERVICES: Operation = Operation::new("listServices", Method::GET, "/service/", true);
static SERVICES: Pagination = Pagination::meta_next("objects");
static LIST_INSTANCES: Operation = Operation::new("listInstances", Method::GET, "/instances", true);
static INSTANCES: Pagination = Pagination::page_number("items", "page", "per_page", "pages");

#[derive(Debug, Deserialize, PartialEq)]
struct Named {
    id: u32,
}

fn client(base: &str) -> Client {
    Client::builder(base)
        .timeout(Some(Duration::from_secs(15)))
        .build()
        .expect("client")
}

/// Docker Cloud's answer for `offset` with `limit` 2 over 5 objects.
fn docker_page(target: &str) -> Reply {
    let offset: u32 = target
        .split(['?', '&'])
        .find_map(|p| p.strip_prefix("offset="))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let objects: Vec<Value> = (offset..(offset + 2).min(5))
        .map(|i| json!({"id": i + 1}))
        .collect();
    let next =
        (offset + 2 < 5).then(|| format!("/api/app/v1/service/?limit=2&offset={}", offset + 2));
    Reply::json(
        200,
        json!({
            "meta": {"limit": 2, "next": next, "offset": offset, "previous": null, "total_count": 5},
            "objects": objects,
        }),
    )
}

#[tokio::test]
async fn meta_next_pagination_walks_all_pages() {
    let server = serve(|req, _| async move { docker_page(&req.target) }).await;
    let client = client(&server.url("/api/app/v1"));
    let mut request = client.request(&LIST_SERVICES);
    request.query("limit", &2, QueryStyle::form(true));
    let items: Vec<Named> = guard(
        request
            .paginate::<Named, Value>(&SERVICES)
            .try_collect::<Vec<_>>(),
    )
    .await
    .expect("all pages");
    assert_eq!(
        items.iter().map(|n| n.id).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5]
    );
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/api/app/v1/service/?limit=2",
            "/api/app/v1/service/?limit=2&offset=2",
            "/api/app/v1/service/?limit=2&offset=4",
        ]
    );
}

#[tokio::test]
async fn page_number_pagination_walks_all_pages() {
    let server = serve(|req, _| async move {
        let page: u64 = req
            .target
            .split(['?', '&'])
            .find_map(|p| p.strip_prefix("page="))
            .and_then(|v| v.parse().ok())
            .unwrap_or(1);
        let items: Vec<Value> = (0..2)
            .map(|i| json!({"id": (page - 1) * 2 + i + 1}))
            .collect();
        Reply::json(
            200,
            json!({"page": page, "per_page": 2, "pages": 3, "items": items}),
        )
    })
    .await;
    let client = client(&server.url(""));
    let mut request = client.request(&LIST_INSTANCES);
    request.query("per_page", &2, QueryStyle::form(true)).query(
        "region",
        &"LON1",
        QueryStyle::form(true),
    );
    let items: Vec<Named> = guard(
        request
            .paginate::<Named, Value>(&INSTANCES)
            .try_collect::<Vec<_>>(),
    )
    .await
    .expect("all pages");
    assert_eq!(
        items.iter().map(|n| n.id).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5, 6]
    );
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/instances?per_page=2&region=LON1",
            "/instances?per_page=2&region=LON1&page=2",
            "/instances?per_page=2&region=LON1&page=3",
        ]
    );
}

#[tokio::test]
async fn pagination_stops_on_empty_page() {
    // The server claims 10 pages but the second is empty: the list ends there.
    let server = serve(|_, i| async move {
        let items = if i == 0 {
            json!([{"id": 1}])
        } else {
            json!([])
        };
        Reply::json(
            200,
            json!({"page": i + 1, "per_page": 1, "pages": 10, "items": items}),
        )
    })
    .await;
    let client = client(&server.url(""));
    let items: Vec<Named> = guard(
        client
            .request(&LIST_INSTANCES)
            .paginate::<Named, Value>(&INSTANCES)
            .try_collect::<Vec<_>>(),
    )
    .await
    .expect("pages");
    assert_eq!(items, [Named { id: 1 }]);
    assert_eq!(server.hits(), 2);
}

#[tokio::test]
async fn pagination_stops_on_error() {
    // Page 2 fails: page 1's items, then the error, then the end.
    let server = serve(|req, i| async move {
        if i == 0 {
            docker_page(&req.target)
        } else {
            Reply::new(500, "text/plain", "database on fire")
        }
    })
    .await;
    let first = client(&server.url(""));
    let results: Vec<Result<Named, Error>> = guard(
        first
            .request(&LIST_SERVICES)
            .paginate::<Named, Value>(&SERVICES)
            .collect::<Vec<_>>(),
    )
    .await;
    assert_eq!(results.len(), 3, "{results:?}");
    assert_eq!(results[0].as_ref().expect("item"), &Named { id: 1 });
    assert_eq!(results[1].as_ref().expect("item"), &Named { id: 2 });
    let error = results[2].as_ref().unwrap_err();
    assert_eq!(error.status(), Some(StatusCode::INTERNAL_SERVER_ERROR));
    assert_eq!(
        error.response().map(|r| r.text().into_owned()).as_deref(),
        Some("database on fire")
    );
    assert_eq!(server.hits(), 2);

    // An item that does not decode: the items before it, then a decode error with its path.
    let server = serve(|_, _| async {
        Reply::json(
            200,
            json!({"meta": {"next": "/service/?offset=9"}, "objects": [{"id": 1}, {"id": "x"}]}),
        )
    })
    .await;
    let other = client(&server.url(""));
    let results: Vec<Result<Named, Error>> = guard(
        other
            .request(&LIST_SERVICES)
            .paginate::<Named, Value>(&SERVICES)
            .collect::<Vec<_>>(),
    )
    .await;
    assert_eq!(results.len(), 2, "{results:?}");
    let Err(Error::Decode(decode)) = &results[1] else {
        panic!("expected a decode error: {results:?}");
    };
    assert_eq!(decode.path, "objects[1].id");
    assert_eq!(
        server.hits(),
        1,
        "the next page is not fetched after an error"
    );
}

#[tokio::test]
async fn meta_next_to_another_host_is_refused() {
    let server = serve(|_, _| async {
        Reply::json(
            200,
            json!({"meta": {"next": "https://evil.example/steal"}, "objects": [{"id": 1}]}),
        )
    })
    .await;
    let client = client(&server.url(""));
    let results: Vec<Result<Named, Error>> = guard(
        client
            .request(&LIST_SERVICES)
            .paginate::<Named, Value>(&SERVICES)
            .collect::<Vec<_>>(),
    )
    .await;
    assert!(results[0].is_ok());
    assert!(
        matches!(results[1], Err(Error::InvalidRequest(_))),
        "{results:?}"
    );
    assert_eq!(results.len(), 2);
}

static LOGS: WebSocketOperation = WebSocketOperation::new(
    "appLogs",
    "wss://logs-api.clever-cloud.com/logs-socket/{appId}",
)
.signing_url("https://api.clever-cloud.com/v2/logs/logs-socket/{appId}")
.auth(AuthMode::FirstMessage)
.resume(Resume::new("since", "date"));

static EVENTS: WebSocketOperation =
    WebSocketOperation::new("events", "wss://ws.cloud.docker.com/api/audit/v1/events/");

#[derive(Debug, Deserialize, PartialEq, Clone)]
struct Line {
    date: String,
    message: String,
}

#[tokio::test]
async fn websocket_reconnect_budget_is_the_same_after_progress() {
    // The first connection delivers a message and closes; every later one closes at once.
    let server = serve_ws(|mut conn| async move {
        if conn.index == 0 {
            let _ = conn.socket.send(Message::text(r#"{"n": 1}"#)).await;
        }
        let _ = conn.socket.close(None).await;
    })
    .await;
    let client = ws_client(&server.base());
    let results = every_event(&client).await;
    assert_eq!(results.len(), 2, "{results:?}");
    assert_eq!(results[0].as_ref().ok(), Some(&json!({"n": 1})));
    let Err(Error::WebSocket(error)) = &results[1] else {
        panic!("expected a websocket error: {results:?}");
    };
    assert_eq!(
        error.attempts, 4,
        "the delivering connection and three reconnects"
    );
    assert_eq!(server.targets().len(), 4);
}

/// Everything the `EVENTS` websocket stream yields until it ends.
async fn every_event(client: &Client) -> Vec<Result<Value, Error>> {
    guard(
        client
            .websocket(&EVENTS)
            .connect::<Value>()
            .collect::<Vec<_>>(),
    )
    .await
}

fn line(date: &str, message: &str) -> Value {
    json!({"date": date, "message": message})
}

fn ws_client(base: &str) -> Client {
    Client::builder("https://api.clever-cloud.com/v2")
        .websocket_base_url(base)
        .reconnect(
            ReconnectPolicy::default()
                .max_reconnects(3)
                .base_delay(Duration::from_millis(10)),
        )
        .build()
        .expect("client")
}

#[tokio::test]
async fn websocket_first_message_auth() {
    let server = serve_ws(|mut conn| async move {
        let Some(Ok(Message::Text(first))) = conn.socket.next().await else {
            return;
        };
        let first: Value = serde_json::from_str(&first).unwrap_or_default();
        let authorized = first["message_type"] == "oauth"
            && first["authorization"]
                .as_str()
                .is_some_and(|a| a.starts_with("OAuth ") && a.contains("oauth_signature="));
        let reply = if authorized {
            line("2024-05-01T10:00:00Z", "authenticated")
        } else {
            line("2024-05-01T10:00:00Z", "refused")
        };
        let _ = conn.socket.send(Message::text(reply.to_string())).await;
        let _ = conn.socket.next().await;
    })
    .await;
    let client = Client::builder("https://api.clever-cloud.com/v2")
        .auth(
            OAuth1::new("consumer-key", "consumer-secret")
                .expect("oauth")
                .with_token("token", "token-secret")
                .expect("token"),
        )
        .websocket_base_url(server.base())
        .build()
        .expect("client");
    let mut logs = client.websocket(&LOGS);
    logs.path_param("appId", &"app_123");
    let mut logs = logs.connect::<Line>();
    let first = guard(logs.next())
        .await
        .expect("a message")
        .expect("decoded");
    assert_eq!(first.message, "authenticated");
    assert_eq!(server.targets(), ["/logs-socket/app_123"]);
}

#[tokio::test]
async fn websocket_header_auth() {
    let server = serve_ws(|mut conn| async move {
        let authorization = conn.header("authorization").unwrap_or_default().to_owned();
        let _ = conn
            .socket
            .send(Message::text(
                json!({"authorization": authorization}).to_string(),
            ))
            .await;
        let _ = conn.socket.next().await;
    })
    .await;
    let client = Client::builder("https://cloud.docker.com")
        .auth(BearerToken::new("t0ken").expect("token"))
        .websocket_base_url(format!("{}/prefix", server.base()))
        .build()
        .expect("client");
    let mut events = client.websocket(&EVENTS).connect::<Value>();
    let first = guard(events.next())
        .await
        .expect("a message")
        .expect("decoded");
    assert_eq!(first, json!({"authorization": "Bearer t0ken"}));
    assert_eq!(server.targets(), ["/prefix/api/audit/v1/events/"]);
}

#[tokio::test]
async fn websocket_resumes_without_losing_or_repeating() {
    let (closed_tx, closed_rx) = tokio::sync::oneshot::channel::<()>();
    let closed_tx = Arc::new(std::sync::Mutex::new(Some(closed_tx)));
    let server = serve_ws(move |mut conn| {
        let closed_tx = Arc::clone(&closed_tx);
        async move {
            // Skip the authentication frame (NoAuth sends none, so nothing to skip).
            let script: Vec<Value> = match conn.index {
                // Two lines share a date; the server drops the connection after the third.
                0 => vec![line("d1", "one"), line("d2", "two"), line("d2", "three")],
                // Resumed with since=d2: d2 inclusive is sent again, then new lines.
                1 => vec![
                    line("d2", "two"),
                    line("d2", "three"),
                    line("d2", "three-b"),
                    line("d3", "four"),
                ],
                _ => vec![line("d3", "four"), line("d4", "five")],
            };
            for message in script {
                if conn
                    .socket
                    .send(Message::text(message.to_string()))
                    .await
                    .is_err()
                {
                    return;
                }
            }
            match conn.index {
                0 => {
                    let _ = conn.socket.close(None).await;
                }
                // Drop without a close frame: a broken connection.
                1 => drop(conn.socket),
                _ => {
                    // Wait until the client goes away: dropping the stream closes the socket.
                    while let Some(Ok(_)) = conn.socket.next().await {}
                    if let Some(tx) = closed_tx.lock().ok().and_then(|mut t| t.take()) {
                        let _ = tx.send(());
                    }
                }
            }
        }
    })
    .await;
    let client = ws_client(&server.base());
    let mut logs = client.websocket(&LOGS);
    logs.path_param("appId", &"app_1")
        .query("filter", &"web", QueryStyle::form(true));
    let mut logs = logs.connect::<Line>();
    let mut received = Vec::new();
    for _ in 0..6 {
        let item = guard(logs.next())
            .await
            .expect("a message")
            .expect("decoded");
        received.push(item.message);
    }
    assert_eq!(received, ["one", "two", "three", "three-b", "four", "five"]);
    assert_eq!(
        server.targets(),
        [
            "/logs-socket/app_1?filter=web",
            "/logs-socket/app_1?filter=web&since=d2",
            "/logs-socket/app_1?filter=web&since=d3",
        ]
    );
    drop(logs);
    guard(closed_rx)
        .await
        .expect("the server saw the socket close");
}

#[tokio::test]
async fn websocket_gives_up_after_max_reconnects() {
    let connections = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&connections);
    let server = serve_ws(move |mut conn| {
        seen.fetch_add(1, Ordering::SeqCst);
        async move {
            let _ = conn.socket.close(None).await;
        }
    })
    .await;
    let client = ws_client(&server.base());
    let results = every_event(&client).await;
    assert_eq!(results.len(), 1, "{results:?}");
    let Err(Error::WebSocket(error)) = &results[0] else {
        panic!("expected a websocket error: {results:?}");
    };
    assert_eq!(error.attempts, 4, "one connection and three reconnects");
    assert_eq!(connections.load(Ordering::SeqCst), 4);
    let text = results[0].as_ref().unwrap_err().to_string();
    assert!(
        text.contains("events") && text.contains("max_reconnects"),
        "{text}"
    );

    // Nobody listening: the same, without any connection.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    let client = ws_client(&format!("ws://127.0.0.1:{port}"));
    let mut events = client.websocket(&EVENTS);
    events.reconnect(ReconnectPolicy::none());
    let results: Vec<Result<Value, Error>> =
        guard(events.connect::<Value>().collect::<Vec<_>>()).await;
    assert!(
        matches!(&results[..], [Err(Error::WebSocket(e))] if e.attempts == 1),
        "{results:?}"
    );
}

#[tokio::test]
async fn websocket_non_json_frame_is_a_decode_error() {
    let server = serve_ws(|mut conn| async move {
        let _ = conn.socket.send(Message::text("hello, not JSON")).await;
        let _ = conn.socket.send(Message::Ping(vec![1, 2].into())).await;
        let _ = conn
            .socket
            .send(Message::text(r#"{"date":"d","message":7}"#))
            .await;
        let _ = conn
            .socket
            .send(Message::text(line("d", "fine").to_string()))
            .await;
        let _ = conn.socket.next().await;
    })
    .await;
    let client = ws_client(&server.base());
    let mut events = client.websocket(&EVENTS).connect::<Line>();
    let first = guard(events.next()).await.expect("an item");
    let Err(Error::Decode(decode)) = &first else {
        panic!("expected a decode error: {first:?}");
    };
    assert_eq!(decode.response.text(), "hello, not JSON");
    assert!(first.unwrap_err().to_string().contains("websocket message"));
    let second = guard(events.next()).await.expect("an item");
    let Err(Error::Decode(decode)) = &second else {
        panic!("expected a decode error: {second:?}");
    };
    assert_eq!(decode.path, "message");
    let third = guard(events.next())
        .await
        .expect("an item")
        .expect("decoded");
    assert_eq!(third.message, "fine");
}

#[tokio::test]
async fn websocket_refused_credentials_end_the_stream() {
    // A 401 on the upgrade is not retried: reconnecting cannot fix credentials.
    let addr = support::serve_raw(|mut stream| async move {
        use tokio::io::AsyncWriteExt;
        let _ = support::read_request(&mut stream).await;
        let _ = stream
            .write_all(
                b"HTTP/1.1 401 Unauthorized\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
            )
            .await;
    })
    .await;
    let client = ws_client(&format!("ws://{addr}"));
    let results = every_event(&client).await;
    assert_eq!(results.len(), 1, "{results:?}");
    assert_eq!(
        results[0].as_ref().unwrap_err().status(),
        Some(StatusCode::UNAUTHORIZED)
    );
}

static TAIL: Operation = Operation::new("tail", Method::GET, "/tail", true);

/// A response head for server-sent events followed by chunks (chunked encoding).
fn event_head() -> &'static [u8] {
    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
}

fn event_chunk(text: &str) -> Vec<u8> {
    format!("{:x}\r\n{text}\r\n", text.len()).into_bytes()
}

/// Two reconnects, with hardly a wait.
fn two_quick_reconnects() -> ReconnectPolicy {
    ReconnectPolicy::default()
        .max_reconnects(2)
        .base_delay(Duration::from_millis(5))
}

#[tokio::test]
async fn event_stream_gives_up_after_the_reconnect_budget() {
    let connections = Arc::new(AtomicUsize::new(0));
    let counted = connections.clone();
    // The first connection sends one event and breaks off; the later ones break off before
    // sending any. An event starts a new run of reconnects, so a stream that keeps making
    // progress never gives up.
    let addr = support::serve_raw(move |mut stream| {
        let counted = counted.clone();
        async move {
            use tokio::io::AsyncWriteExt;
            let _ = support::read_request(&mut stream).await;
            let mut reply = event_head().to_vec();
            if counted.fetch_add(1, Ordering::SeqCst) == 0 {
                reply.extend(event_chunk("data: {\"id\": 7}\n\n"));
                reply.extend_from_slice(b"40\r\ndata: {\"id\"");
            }
            let _ = stream.write_all(&reply).await;
            let _ = stream.shutdown().await;
        }
    })
    .await;
    let client = Client::builder(format!("http://{addr}"))
        .reconnect(two_quick_reconnects())
        .build()
        .expect("client");
    let results: Vec<Result<Named, Error>> =
        guard(client.request(&TAIL).events(None).collect::<Vec<_>>()).await;
    assert_eq!(results.len(), 2, "{results:?}");
    assert_eq!(results[0].as_ref().map(|n| n.id).ok(), Some(7));
    assert!(
        matches!(results[1], Err(Error::Transport(_))),
        "the last drop ends the stream: {:?}",
        results[1]
    );
    assert_eq!(
        connections.load(Ordering::SeqCst),
        3,
        "the first connection and two reconnects"
    );
}

#[tokio::test]
async fn event_stream_outlives_the_clients_request_timeout() {
    let addr = support::serve_raw(|mut stream| async move {
        use tokio::io::AsyncWriteExt;
        let _ = support::read_request(&mut stream).await;
        let mut first = event_head().to_vec();
        first.extend(event_chunk("data: {\"id\": 1}\n\n"));
        let _ = stream.write_all(&first).await;
        tokio::time::sleep(Duration::from_millis(400)).await;
        let mut rest = event_chunk("data: {\"id\": 2}\n\n");
        rest.extend_from_slice(b"0\r\n\r\n");
        let _ = stream.write_all(&rest).await;
        let _ = stream.shutdown().await;
    })
    .await;
    let client = Client::builder(format!("http://{addr}"))
        .timeout(Some(Duration::from_millis(100)))
        .reconnect(ReconnectPolicy::none())
        .build()
        .expect("client");
    let ids: Vec<u32> = guard(
        client
            .request(&TAIL)
            .events::<Named, Value>(None)
            .map(|r| r.expect("no timeout cuts the stream").id)
            .collect::<Vec<_>>(),
    )
    .await;
    assert_eq!(ids, [1, 2]);
}

#[tokio::test]
async fn websocket_sends_text_and_json_and_ends_when_the_server_closes() {
    // Echoes each text frame back inside JSON; closes after `exit`.
    let server = serve_ws(|mut conn| async move {
        while let Some(Ok(Message::Text(text))) = conn.socket.next().await {
            let reply = json!({ "echo": text.as_str() }).to_string();
            if conn.socket.send(Message::text(reply)).await.is_err() {
                return;
            }
            if text.as_str() == "exit" {
                let _ = conn.socket.close(None).await;
                return;
            }
        }
    })
    .await;
    let client = ws_client(&server.base());
    let mut request = client.websocket(&EVENTS);
    request.reconnect(ReconnectPolicy::none());
    let mut session = request.connect::<Value>();
    let input = session.sender::<Value>();
    input.send(json!("ls -l /\n")).expect("queued");
    input.send(json!({"resize": [80, 24]})).expect("queued");
    input.clone().send(json!("exit")).expect("queued");
    let echoes: Vec<Value> = guard(session.by_ref().collect::<Vec<_>>())
        .await
        .into_iter()
        .map(|m| m.expect("an echo")["echo"].clone())
        .collect();
    assert_eq!(
        echoes,
        [
            json!("ls -l /\n"),
            json!(r#"{"resize":[80,24]}"#),
            json!("exit")
        ],
        "strings go as their text, other messages as JSON, in order; the close ends the stream"
    );
    assert_eq!(server.targets().len(), 1, "no reconnect");
    drop(session);
    let error = input.send(json!("late")).expect_err("the stream is gone");
    assert!(error.to_string().contains("has ended"), "{error}");
}

#[tokio::test]
async fn plain_text_events_are_read_as_strings_when_the_message_is_one() {
    let addr = support::serve_raw(|mut stream| async move {
        use tokio::io::AsyncWriteExt;
        let _ = support::read_request(&mut stream).await;
        let mut reply = event_head().to_vec();
        reply.extend(event_chunk(
            "data: build started\n\ndata: \"quoted\"\n\ndata: {\"id\": 3}\n\n",
        ));
        reply.extend_from_slice(b"0\r\n\r\n");
        let _ = stream.write_all(&reply).await;
        let _ = stream.shutdown().await;
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let texts: Vec<Result<String, Error>> =
        guard(client.request(&TAIL).events(None).collect::<Vec<_>>()).await;
    let texts: Vec<String> = texts.into_iter().map(|t| t.unwrap_or_default()).collect();
    assert_eq!(
        texts,
        ["build started", "quoted", ""],
        "JSON text decodes as JSON"
    );

    // A structured message keeps the JSON error for text that is not JSON.
    let named: Vec<Result<Named, Error>> =
        guard(client.request(&TAIL).events(None).collect::<Vec<_>>()).await;
    let Err(Error::Decode(decode)) = &named[0] else {
        panic!("a decode error: {named:?}");
    };
    assert!(
        decode.message.starts_with("expected value"),
        "{}",
        decode.message
    );
    assert_eq!(named[2].as_ref().map(|n| n.id).ok(), Some(3));
}

/// What the test server does with one connection, for either stream kind.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Connection {
    /// Reads the request and hangs up without an answer.
    Refuse,
    /// Accepts (a 200 event stream, an upgraded websocket), then breaks off at once.
    Break,
    /// Accepts, sends a keep-alive (an event-stream comment, a ping), then breaks off.
    KeepAlive,
    /// Accepts, sends one message, then breaks off.
    Message,
}

#[derive(Clone, Copy, Debug)]
enum Kind {
    WebSocket,
    EventStream,
}

/// How a stream that an error ended went: messages delivered, connections made.
#[derive(Debug, PartialEq)]
struct Outcome {
    messages: usize,
    connections: usize,
}

/// One `kind` stream against a server playing `plan` (connection by connection, the last entry
/// repeating) with two reconnects allowed.
async fn reconnect_run(kind: Kind, plan: &'static [Connection]) -> Outcome {
    let connections = Arc::new(AtomicUsize::new(0));
    let counted = Arc::clone(&connections);
    let addr = support::serve_raw(move |stream| {
        let index = counted.fetch_add(1, Ordering::SeqCst);
        let step = plan[index.min(plan.len() - 1)];
        serve_connection(kind, step, stream)
    })
    .await;
    let client = Client::builder(format!("http://{addr}"))
        .websocket_base_url(format!("ws://{addr}"))
        .retry(RetryPolicy::none())
        .reconnect(two_quick_reconnects())
        .build()
        .expect("client");
    let items: Vec<Result<Value, Error>> = match kind {
        Kind::WebSocket => every_event(&client).await,
        Kind::EventStream => guard(client.request(&TAIL).events(None).collect::<Vec<_>>()).await,
    };
    let Some((Err(_), messages)) = items.split_last() else {
        panic!("{kind:?} {plan:?}: an error ends the stream: {items:?}");
    };
    assert!(
        messages.iter().all(Result::is_ok),
        "{kind:?} {plan:?}: {items:?}"
    );
    Outcome {
        messages: messages.len(),
        connections: connections.load(Ordering::SeqCst),
    }
}

async fn serve_connection(kind: Kind, step: Connection, mut stream: tokio::net::TcpStream) {
    use tokio::io::AsyncWriteExt;
    if step == Connection::Refuse {
        let _ = support::read_request(&mut stream).await;
        return;
    }
    match kind {
        Kind::WebSocket => {
            let Ok(mut socket) = tokio_tungstenite::accept_async(stream).await else {
                return;
            };
            let frame = match step {
                Connection::KeepAlive => Some(Message::Ping(vec![1].into())),
                Connection::Message => Some(Message::text(r#"{"n": 1}"#)),
                _ => None,
            };
            if let Some(frame) = frame {
                let _ = socket.send(frame).await;
            }
            let _ = socket.close(None).await;
        }
        Kind::EventStream => {
            let _ = support::read_request(&mut stream).await;
            let mut reply = event_head().to_vec();
            match step {
                Connection::KeepAlive => reply.extend(event_chunk(": keep-alive\n\n")),
                Connection::Message => reply.extend(event_chunk("data: {\"n\": 1}\n\n")),
                _ => {}
            }
            // A chunk cut short: the body breaks off.
            reply.extend_from_slice(b"40\r\ndata: {\"n\"");
            let _ = stream.write_all(&reply).await;
            let _ = stream.shutdown().await;
        }
    }
}

/// Both stream kinds reconnect through one driver, by one rule: a stream gets one connection
/// and `max_reconnects` more in a row without a message, counted the same from the start (a
/// first connection that fails is retried) and after progress (the connection that delivered
/// is the first of the run); keep-alives are not progress.
#[tokio::test]
async fn both_stream_kinds_count_reconnects_by_one_rule() {
    use Connection::*;
    let gave_up = |messages, connections| Outcome {
        messages,
        connections,
    };
    let cases: [(&'static [Connection], Outcome); 4] = [
        (&[Refuse], gave_up(0, 3)),
        (&[Break], gave_up(0, 3)),
        (&[Break, KeepAlive, Break], gave_up(0, 3)),
        // The message on the second connection starts a new run: it and two reconnects.
        (&[Break, Message, Break], gave_up(1, 4)),
    ];
    for kind in [Kind::WebSocket, Kind::EventStream] {
        for (plan, expected) in &cases {
            let seen = reconnect_run(kind, plan).await;
            assert_eq!(&seen, expected, "{kind:?} with {plan:?}");
        }
    }
}
