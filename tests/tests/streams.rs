//! Generated clients' streams: paginated lists (Civo's page numbers, Docker Cloud's `meta.next`),
//! Clever Cloud's server-sent log events (reconnect with `since` and `Last-Event-ID`, bad events
//! reported, error statuses) and Docker Cloud's exec socket. Clever Cloud's websockets have
//! their own protocol and suite (`clever_cloud_sockets.rs`).

use std::sync::{Arc, Mutex};

use cloudsdk_runtime::StreamExt;
use cloudsdk_testkit::{Request, oauth1, serve};
use futures_util::SinkExt;
use serde_json::json;
use tokio_tungstenite::tungstenite::Message;

/// On Civo's mock: each page after the first must ask for its number and keep the filters.
/// (Docker Cloud's `meta.next` pages are walked on its mock in `mock_docker_cloud.rs`.)
#[tokio::test]
async fn civo_pages_are_walked_in_order() {
    let mock = civo::mock::MockServer::new().await.expect("mock starts");
    mock.require(civo::mock::Auth::bearer("key"));
    let item = |page: u32, i: u32| json!({"id": format!("i-{page}-{i}")});
    let pages = (1..=3).map(|p| vec![item(p, 0), item(p, 1)]).collect();
    let list = mock.instances().list().query("region", "LON1").pages(pages);
    list.expect("pages Civo could send");
    let auth = civo::auth::BearerToken::civo("key").expect("valid key");
    let client = mock.builder().auth(auth).build().expect("client builds");
    let ids: Vec<String> = client
        .instances()
        .list()
        .region("LON1")
        .stream()
        .map(|item| item.expect("every page decodes").id)
        .collect()
        .await;
    assert_eq!(ids, ["i-1-0", "i-1-1", "i-2-0", "i-2-1", "i-3-0", "i-3-1"]);
    mock.verify()
        .expect("three pages, each with `region` and its number");
}

const CONSUMER_SECRET: &str = "consumer-secret";
const TOKEN_SECRET: &str = "token-secret";

/// A loopback server answering its n-th connection with `replies[n]`, written as is (the test
/// writes status line, headers and chunked body itself, so it can cut a body short), then
/// closing it; every request is kept.
async fn raw_server(replies: Vec<Vec<u8>>) -> (String, Arc<Mutex<Vec<Request>>>) {
    use tokio::io::AsyncWriteExt;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let requests = seen.clone();
    let replies = Arc::new(Mutex::new(replies.into_iter()));
    let addr = serve::serve_raw(move |mut socket| {
        let (requests, replies) = (requests.clone(), replies.clone());
        async move {
            let Some(request) = serve::read_request(&mut socket).await else {
                return;
            };
            requests.lock().expect("lock").push(request);
            let Some(reply) = replies.lock().expect("lock").next() else {
                return;
            };
            if socket.write_all(&reply).await.is_ok() {
                let _ = socket.shutdown().await;
            }
        }
    })
    .await;
    (format!("http://{addr}"), seen)
}

/// An HTTP/1.1 response head followed by `chunks` in chunked encoding; `end` adds the last
/// chunk, otherwise a chunk that promises more than it sends cuts the body short.
fn chunked(status: &str, content_type: &str, chunks: &[&str], end: bool) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\ntransfer-encoding: chunked\r\n\r\n"
    );
    for chunk in chunks {
        out.push_str(&format!("{:x}\r\n{chunk}\r\n", chunk.len()));
    }
    out.push_str(if end {
        "0\r\n\r\n"
    } else {
        "64\r\ndata: {\"mess"
    });
    out.into_bytes()
}

fn log_line(i: u32) -> String {
    json!({"date": format!("2024-05-01T10:00:0{i}Z"), "message": format!("line {i}"), "pid": i})
        .to_string()
}

fn clever_client(base_url: &str) -> clever_cloud::Client {
    let auth = clever_cloud::auth::oauth1::OAuth1::new("consumer-key", CONSUMER_SECRET)
        .and_then(|a| a.with_token("user-token", TOKEN_SECRET))
        .expect("valid credentials");
    clever_cloud::Client::builder()
        .base_url(base_url)
        .auth(auth)
        .build()
        .expect("client builds")
}

/// Clever Cloud's v4 application logs are server-sent events: the connection drops mid-event,
/// the client reconnects after the `retry:` the server asked for, with `since` set to the last
/// line's date and `Last-Event-ID` to the last id; the line the server sends again is dropped
/// and the stream ends when the second response does.
#[tokio::test]
async fn clever_cloud_log_events_resume_after_a_drop_without_loss_or_repeat() {
    let first = chunked(
        "200 OK",
        "text/event-stream",
        &[
            ": connected\n\nretry: 10\n\n",
            &format!("id: 0\ndata: {}\n\n", log_line(0)),
            &format!("id: 1\nevent: log\ndata: {}", log_line(1)),
            "\r\n\r\n",
        ],
        false,
    );
    let second = chunked(
        "200 OK",
        "text/event-stream",
        &[
            &format!("data: {}\n\n", log_line(1)),
            &format!("data: {}\n\ndata: {}\n\n", log_line(2), log_line(3)),
        ],
        true,
    );
    let (url, requests) = raw_server(vec![first, second]).await;
    let client = clever_client(&url);
    let stream = client
        .logs()
        .stream_application_v4("orga_1", "app_1")
        .service(vec!["web".into()])
        .stream();
    let lines: Vec<String> = tokio::time::timeout(
        std::time::Duration::from_secs(20),
        stream
            .map(|line| line.expect("typed log line").message.unwrap_or_default())
            .collect::<Vec<_>>(),
    )
    .await
    .expect("the stream ends with the second response");
    assert_eq!(
        lines,
        ["line 0", "line 1", "line 2", "line 3"],
        "nothing lost, nothing repeated"
    );
    let requests = requests.lock().expect("lock").clone();
    assert_eq!(requests.len(), 2, "one reconnect");
    for request in &requests {
        assert!(
            request
                .target
                .starts_with("/v4/logs/organisations/orga_1/applications/app_1/logs?service=web"),
            "{}",
            request.target
        );
        assert_eq!(request.header("accept"), Some("text/event-stream"));
        oauth1::verify(request, CONSUMER_SECRET, TOKEN_SECRET, None)
            .unwrap_or_else(|e| panic!("each request is signed afresh: {e}"));
    }
    assert!(!requests[0].target.contains("since="));
    assert!(
        requests[1]
            .target
            .ends_with("&since=2024-05-01T10%3A00%3A01Z"),
        "resumed from the last line: {}",
        requests[1].target
    );
    assert_eq!(requests[0].header("last-event-id"), None);
    assert_eq!(requests[1].header("last-event-id"), Some("1"));
}

/// An event whose data breaks the schema is a decode error naming the field, and the events
/// after it still arrive; an error status ends the stream at once with the documented error.
#[tokio::test]
async fn clever_cloud_log_events_report_bad_events_and_error_statuses() {
    let events = chunked(
        "200 OK",
        "text/event-stream",
        &[&format!(
            "data: {}\n\ndata: {{\"pid\": \"nine\"}}\n\ndata: not json\n\ndata: {}\n\n",
            log_line(0),
            log_line(1)
        )],
        true,
    );
    let body = r#"{"id": 4004, "message": "Application not found", "type": "error"}"#;
    let not_found = format!(
        "HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes();
    let (url, _) = raw_server(vec![events, not_found]).await;
    let client = clever_client(&url);

    let items: Vec<_> = client
        .logs()
        .stream_application_v4("orga_1", "app_1")
        .stream()
        .collect()
        .await;
    assert_eq!(items.len(), 4, "{items:?}");
    assert_eq!(
        items[0].as_ref().expect("first line").message.as_deref(),
        Some("line 0")
    );
    let Err(clever_cloud::Error::Decode(decode)) = &items[1] else {
        panic!("a decode error: {:?}", items[1]);
    };
    assert_eq!(decode.path, "pid");
    assert_eq!(decode.response.text(), r#"{"pid": "nine"}"#);
    let Err(clever_cloud::Error::Decode(decode)) = &items[2] else {
        panic!("a decode error: {:?}", items[2]);
    };
    assert!(
        decode.message.starts_with("expected ident"),
        "{}",
        decode.message
    );
    assert_eq!(
        items[3].as_ref().expect("last line").message.as_deref(),
        Some("line 1")
    );

    let items: Vec<_> = client
        .logs()
        .stream_application_v4("orga_1", "app_missing")
        .stream()
        .collect()
        .await;
    assert_eq!(items.len(), 1, "{items:?}");
    let Err(clever_cloud::Error::Api(api)) = &items[0] else {
        panic!("a documented error: {:?}", items[0]);
    };
    assert_eq!(api.response.status.as_u16(), 404);
    let error = api.error.as_ref().expect("decoded");
    assert_eq!(error.message.as_deref(), Some("Application not found"));
}

/// Docker Cloud's exec socket: Basic auth on the upgrade, the command in the query, stdin as
/// plain text frames, output as JSON frames, `EOF` and a close when the command ends; the
/// session is not reconnected.
#[tokio::test]
async fn docker_cloud_exec_sends_input_and_ends_with_the_command() {
    let server = serve::serve_ws(|mut conn| async move {
        let authorized = conn.header("authorization") == Some("Basic YWxpY2U6YXBpa2V5LTE=");
        if !authorized || !conn.target.ends_with("/exec/?command=sh") {
            let _ = conn.socket.close(None).await;
            return;
        }
        let frame = |output: &str| {
            Message::text(
                json!({"type": "output", "output": output, "streamType": "stdout"}).to_string(),
            )
        };
        while let Some(Ok(Message::Text(input))) = conn.socket.next().await {
            let line = input.as_str().trim_end();
            if line == "exit" {
                let _ = conn.socket.send(frame("EOF")).await;
                let _ = conn.socket.close(None).await;
                return;
            }
            let output = line.strip_prefix("echo ").unwrap_or(line);
            if conn
                .socket
                .send(frame(&format!("{output}\n")))
                .await
                .is_err()
            {
                return;
            }
        }
    })
    .await;
    let client = docker_cloud::Client::builder()
        .websocket_base_url(server.base())
        .auth(docker_cloud::auth::BasicAuth::new("alice", "apikey-1").expect("valid credentials"))
        .build()
        .expect("client builds");
    let (output, input) = client
        .containers()
        .exec_in(
            "c0ffee00-1d2e-4f3a-8b4c-5d6e7f8a9b0c"
                .parse()
                .expect("a UUID"),
        )
        .namespace("acme")
        .command("sh")
        .connect();
    input.send("echo hello\n").expect("queued");
    input.send("exit\n").expect("queued");
    let lines: Vec<String> = serve::guard(
        output
            .map(|frame| frame.expect("an output frame").output.unwrap_or_default())
            .collect::<Vec<_>>(),
    )
    .await;
    assert_eq!(
        lines,
        ["hello\n", "EOF"],
        "the stream ends when the server closes"
    );
    assert_eq!(
        server.targets().len(),
        1,
        "an interactive session is not reconnected"
    );
    assert!(
        server.targets()[0]
            .starts_with("/api/app/v1/acme/container/c0ffee00-1d2e-4f3a-8b4c-5d6e7f8a9b0c/exec/"),
        "{:?}",
        server.targets()
    );
    assert!(
        input.send("late\n").is_err(),
        "nothing is sent after the end"
    );
}
