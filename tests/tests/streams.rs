//! Generated clients' streams: paginated lists (Civo's page numbers, Docker Cloud's `meta.next`)
//! and Clever Cloud's log websocket (OAuth first frame, resume with `since`).
// tungstenite's handshake callback type fixes its (large) error type.
#![allow(clippy::result_large_err)]

use std::sync::{Arc, Mutex};

use cloudsdk_runtime::StreamExt;
use cloudsdk_testkit::{Request, Response, Server, oauth1};
use futures_util::SinkExt;
use serde_json::json;
use tokio::net::TcpListener;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::server::{
    Request as WsRequest, Response as WsResponse,
};

#[tokio::test]
async fn civo_pages_are_walked_in_order() {
    let server = Server::start(|req: &Request| {
        let page: u32 = req
            .query()
            .split('&')
            .find_map(|kv| kv.strip_prefix("page="))
            .and_then(|p| p.parse().ok())
            .unwrap_or(1);
        let items: Vec<_> = (0..2)
            .map(|i| json!({"id": format!("i-{page}-{i}")}))
            .collect();
        Response::json(
            200,
            json!({"page": page, "per_page": 2, "pages": 3, "items": items}),
        )
    })
    .await
    .expect("server starts");
    let client = civo::Client::builder()
        .base_url(server.url())
        .auth(civo::auth::BearerToken::civo("key").expect("valid key"))
        .build()
        .expect("client builds");
    let ids: Vec<String> = client
        .instances()
        .list()
        .region("LON1")
        .stream()
        .map(|item| item.expect("every page decodes").id)
        .collect()
        .await;
    assert_eq!(ids, ["i-1-0", "i-1-1", "i-2-0", "i-2-1", "i-3-0", "i-3-1"]);
    let queries: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.query().to_owned())
        .collect();
    assert_eq!(queries.len(), 3);
    assert!(
        queries.iter().all(|q| q.contains("region=LON1")),
        "every page keeps the filters: {queries:?}"
    );
}

#[tokio::test]
async fn docker_cloud_follows_meta_next() {
    let server = Server::start(|req: &Request| {
        let offset: usize = req
            .query()
            .split('&')
            .find_map(|kv| kv.strip_prefix("offset="))
            .and_then(|p| p.parse().ok())
            .unwrap_or(0);
        let next = (offset < 2).then(|| format!("/api/app/v1/service/?limit=1&offset={}", offset + 1));
        Response::json(
            200,
            json!({
                "meta": {"limit": 1, "next": next, "offset": offset, "previous": null, "total_count": 3},
                "objects": [{"uuid": format!("s-{offset}"), "resource_uri": "/api/app/v1/service/x/"}]
            }),
        )
    })
    .await
    .expect("server starts");
    let client = docker_cloud::Client::builder()
        .base_url(server.url())
        .auth(docker_cloud::auth::BasicAuth::new("alice", "key").expect("valid credentials"))
        .build()
        .expect("client builds");
    let uuids: Vec<String> = client
        .services()
        .list()
        .stream()
        .map(|service| service.expect("decodes").uuid)
        .collect()
        .await;
    assert_eq!(uuids, ["s-0", "s-1", "s-2"]);
}

const CONSUMER_SECRET: &str = "consumer-secret";
const TOKEN_SECRET: &str = "token-secret";

/// Clever Cloud's log socket: the first frame must carry a valid OAuth header signed for the
/// public `api.clever-cloud.com` URL; the server sends two lines, drops the connection once,
/// then serves from `since` (inclusive, as the real one does).
#[tokio::test]
async fn clever_cloud_logs_resume_after_a_drop_without_loss_or_repeat() {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let addr = listener.local_addr().expect("addr");
    let lines: Vec<serde_json::Value> = (0..4)
        .map(|i| json!({"date": format!("2024-05-01T10:00:0{i}Z"), "message": format!("line {i}")}))
        .collect();
    let seen_targets = Arc::new(Mutex::new(Vec::<String>::new()));
    let targets = seen_targets.clone();
    let server = tokio::spawn(async move {
        for connection in 0..2 {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let target = Arc::new(Mutex::new(String::new()));
            let record = target.clone();
            let callback = move |req: &WsRequest, resp: WsResponse| {
                if let Ok(mut t) = record.lock() {
                    *t = req.uri().to_string();
                }
                Ok(resp)
            };
            let Ok(mut socket) = tokio_tungstenite::accept_hdr_async(stream, callback).await else {
                return;
            };
            let target = target.lock().map(|t| t.clone()).unwrap_or_default();
            targets.lock().expect("lock").push(target.clone());
            // The first frame is the OAuth handshake; verify it like the provider would.
            let Some(Ok(Message::Text(first))) = socket.next().await else {
                return;
            };
            let frame: serde_json::Value = serde_json::from_str(first.as_str()).unwrap_or_default();
            assert_eq!(frame["message_type"], "oauth");
            let header = frame["authorization"]
                .as_str()
                .unwrap_or_default()
                .to_owned();
            let query = target
                .split_once('?')
                .map(|(_, q)| format!("?{q}"))
                .unwrap_or_default();
            let signed = format!("https://api.clever-cloud.com/v2/logs/logs-socket/app_1{query}");
            let probe = Request {
                method: "GET".into(),
                target: target.clone(),
                headers: vec![],
                body: vec![],
            };
            oauth1::verify_header(
                &probe,
                &header,
                CONSUMER_SECRET,
                TOKEN_SECRET,
                Some(&signed),
            )
            .unwrap_or_else(|e| panic!("first frame signature: {e}"));
            let from = if connection == 0 { 0 } else { 1 };
            let until = if connection == 0 { 2 } else { 4 };
            for line in &lines[from..until] {
                if socket.send(Message::text(line.to_string())).await.is_err() {
                    return;
                }
            }
            if connection == 1 {
                // Keep the socket open until the client has read everything and hangs up.
                while let Some(Ok(_)) = socket.next().await {}
            }
            // Connection 0: dropped without a close frame, mid-stream.
        }
    });

    let auth = clever_cloud::auth::oauth1::OAuth1::new("consumer-key", CONSUMER_SECRET)
        .and_then(|a| a.with_token("user-token", TOKEN_SECRET))
        .expect("valid credentials");
    let client = clever_cloud::Client::builder()
        .websocket_base_url(format!("ws://{addr}"))
        .auth(auth)
        .build()
        .expect("client builds");
    let stream = client.logs().stream_application("app_1").connect();
    let messages: Vec<String> = tokio::time::timeout(
        std::time::Duration::from_secs(20),
        stream
            .take(4)
            .map(|line| line.expect("typed log line").message)
            .collect::<Vec<_>>(),
    )
    .await
    .expect("the stream delivers four lines");
    assert_eq!(
        messages,
        ["line 0", "line 1", "line 2", "line 3"],
        "nothing lost, nothing repeated"
    );
    let targets = seen_targets.lock().expect("lock").clone();
    assert_eq!(targets.len(), 2, "one reconnect");
    assert!(targets[0].starts_with("/logs-socket/app_1"), "{targets:?}");
    assert!(
        targets[1].contains("since=2024-05-01T10%3A00%3A01Z"),
        "resumed from the last line: {targets:?}"
    );
    server.abort();
}
