//! A server cannot make the client buffer without end or wait without end (#13): response
//! bodies and server-sent events are capped by `ClientBuilder::max_body_bytes`, and an event
//! stream's `retry:` is clamped to the reconnect policy.

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use cloudsdk_runtime::{Client, Error, Method, Operation, ReconnectPolicy, StatusCode};
use futures_util::StreamExt;
use serde_json::Value;
use support::{Reply, guard, serve, serve_raw};
use tokio::io::AsyncWriteExt;

static GET_BLOB: Operation = Operation::new("getBlob", Method::GET, "/blob", true);
static TAIL: Operation = Operation::new("tail", Method::GET, "/tail", true);

const DEFAULT_CAP: usize = 64 * 1024 * 1024;

fn client(base: &str, cap: Option<usize>) -> Client {
    let builder = Client::builder(base).timeout(Some(Duration::from_secs(10)));
    match cap {
        Some(cap) => builder.max_body_bytes(cap),
        None => builder,
    }
    .build()
    .expect("client")
}

async fn get(client: &Client) -> Result<cloudsdk_runtime::Response, Error> {
    guard(client.request(&GET_BLOB).send::<Value>()).await
}

/// The error is the cap's, names it and how to raise it, and keeps the status.
fn assert_too_large(error: &Error, cap: usize, status: u16) {
    assert!(matches!(error, Error::BodyTooLarge(_)), "{error:?}");
    assert_eq!(
        error.status(),
        StatusCode::from_u16(status).ok(),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(
        message.contains(&format!("{cap} bytes")) && message.contains("max_body_bytes"),
        "{message}"
    );
}

#[tokio::test]
async fn a_buffered_body_is_capped_whatever_the_status() {
    let server = serve(|req, _| async move {
        let status = if req.query() == "fail=1" { 500 } else { 200 };
        Reply::new(status, "text/plain", vec![b'x'; 4096])
    })
    .await;
    let capped = client(&server.url(""), Some(1024));
    assert_too_large(&get(&capped).await.unwrap_err(), 1024, 200);
    let mut request = capped.request(&GET_BLOB);
    request.query("fail", &1, cloudsdk_runtime::QueryStyle::form(true));
    let error = guard(request.send::<Value>()).await.unwrap_err();
    assert_too_large(&error, 1024, 500);
    let roomy = client(&server.url(""), Some(4096));
    assert_eq!(get(&roomy).await.expect("at the cap").bytes().len(), 4096);
}

/// A chunked body of `chunks` chunks of 1 KiB, with no `Content-Length`.
async fn chunked_server(chunks: usize) -> String {
    let addr = serve_raw(move |mut stream| async move {
        let _ = support::read_request(&mut stream).await;
        let head = "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n";
        let _ = stream.write_all(head.as_bytes()).await;
        for _ in 0..chunks {
            let mut chunk = b"400\r\n".to_vec();
            chunk.extend(vec![b'y'; 1024]);
            chunk.extend_from_slice(b"\r\n");
            if stream.write_all(&chunk).await.is_err() {
                return;
            }
        }
        let _ = stream.write_all(b"0\r\n\r\n").await;
        let _ = stream.shutdown().await;
    })
    .await;
    format!("http://{addr}")
}

#[tokio::test]
async fn a_body_without_a_length_is_capped_as_it_is_read() {
    let base = chunked_server(64).await;
    let capped = client(&base, Some(8 * 1024));
    assert_too_large(&get(&capped).await.unwrap_err(), 8 * 1024, 200);
    // A download streams past the cap; collecting it into memory does not.
    let download = guard(capped.request(&GET_BLOB).send_streaming::<Value>())
        .await
        .expect("streams");
    let error = guard(download.collect()).await.unwrap_err();
    assert_too_large(&error, 8 * 1024, 200);
    let download = guard(capped.request(&GET_BLOB).send_streaming::<Value>())
        .await
        .expect("streams");
    let read: usize = guard(
        download
            .map(|c| c.expect("chunk").len())
            .collect::<Vec<_>>(),
    )
    .await
    .iter()
    .sum();
    assert_eq!(read, 64 * 1024);
}

#[tokio::test]
async fn the_default_cap_refuses_an_announced_huge_body_before_reading_it() {
    let addr = serve_raw(|mut stream| async move {
        let _ = support::read_request(&mut stream).await;
        let head = format!(
            "HTTP/1.1 200 OK\r\ncontent-length: {}\r\n\r\nstart",
            100 * 1024 * 1024
        );
        let _ = stream.write_all(head.as_bytes()).await;
        // Never sends the rest: a client that waits for it hangs until the guard.
        tokio::time::sleep(Duration::from_secs(30)).await;
    })
    .await;
    let client = client(&format!("http://{addr}"), None);
    assert_too_large(&get(&client).await.unwrap_err(), DEFAULT_CAP, 200);
}

/// An event stream server: connection `n` gets `script(n)` and is then cut off (without the
/// final chunk), or ended cleanly when `script` says so.
async fn event_server(script: fn(usize) -> (String, bool)) -> (String, Arc<AtomicUsize>) {
    let connections = Arc::new(AtomicUsize::new(0));
    let counted = connections.clone();
    let addr = serve_raw(move |mut stream| {
        let n = counted.fetch_add(1, Ordering::SeqCst);
        async move {
            let _ = support::read_request(&mut stream).await;
            let (text, clean_end) = script(n);
            let mut reply = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n\
                transfer-encoding: chunked\r\n\r\n"
                .to_vec();
            reply.extend(format!("{:x}\r\n{text}\r\n", text.len()).into_bytes());
            if clean_end {
                reply.extend_from_slice(b"0\r\n\r\n");
            }
            let _ = stream.write_all(&reply).await;
            let _ = stream.shutdown().await;
        }
    })
    .await;
    (format!("http://{addr}"), connections)
}

#[tokio::test]
async fn one_event_is_capped_like_a_body() {
    let (base, _) = event_server(|_| {
        let line = format!("data: \"{}\"\n", "z".repeat(200));
        (line.repeat(20), true)
    })
    .await;
    let client = client(&base, Some(1024));
    let items: Vec<Result<String, Error>> = guard(
        client
            .request(&TAIL)
            .events::<String, Value>(None)
            .collect(),
    )
    .await;
    assert_eq!(items.len(), 1, "{items:?}");
    assert_too_large(items[0].as_ref().unwrap_err(), 1024, 200);
}

#[tokio::test]
async fn a_servers_retry_is_clamped_to_the_reconnect_policy() {
    let (base, connections) = event_server(|n| match n {
        0 => ("retry: 3600000\ndata: 1\n\n".to_owned(), false),
        _ => ("data: 2\n\n".to_owned(), true),
    })
    .await;
    let client = Client::builder(base)
        .reconnect(
            ReconnectPolicy::default()
                .base_delay(Duration::from_millis(10))
                .max_delay(Duration::from_millis(50)),
        )
        .build()
        .expect("client");
    let items: Vec<u32> = guard(
        client
            .request(&TAIL)
            .events::<u32, Value>(None)
            .map(|item| item.expect("an event"))
            .collect(),
    )
    .await;
    assert_eq!(items, [1, 2]);
    assert_eq!(connections.load(Ordering::SeqCst), 2);
}
