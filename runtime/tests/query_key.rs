//! A client-wide query credential (`ClientBuilder::sensitive_query`, OpenAPI's `apiKey`
//! scheme `in: query`): sent on every attempt, refused over plain HTTP to other machines, and
//! never shown in `Debug` or in an error, even one that names the URL.

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use cloudsdk_runtime::{
    Client, ClientBuilder, Error, Method, Operation, Pagination, QueryStyle, RetryPolicy,
};
use futures_util::TryStreamExt;
use serde_json::{Value, json};
use support::{Reply, guard, serve};

static LIST: Operation = Operation::new("list", Method::GET, "/things", true);
static PAGES: Pagination = Pagination::meta_next("objects");

const SECRET: &str = "qu3ry-s3cret";

async fn list(client: &Client) -> Result<Value, Error> {
    let mut request = client.request(&LIST);
    request.query("page", &json!(2), QueryStyle::form(true));
    guard(request.send::<Value>())
        .await
        .and_then(|response| response.json::<_, Value>())
}

#[tokio::test]
async fn the_key_goes_on_every_attempt_next_to_the_request_query() {
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&calls);
    let server = serve(move |_, _| {
        let n = seen.fetch_add(1, Ordering::SeqCst);
        async move {
            if n == 0 {
                Reply::json(503, json!({}))
            } else {
                Reply::json(200, json!({"ok": true}))
            }
        }
    })
    .await;
    let client = Client::builder(server.url(""))
        .sensitive_query("api_key", SECRET)
        .retry(RetryPolicy::default().base_delay(std::time::Duration::from_millis(1)))
        .build()
        .expect("client");
    let value = list(&client).await.expect("second attempt succeeds");
    assert_eq!(value, json!({"ok": true}));
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    let expected = format!("/things?page=2&api_key={SECRET}");
    assert_eq!(targets, vec![expected.clone(), expected]);
}

#[tokio::test]
async fn the_key_is_refused_over_plain_http_to_another_host() {
    let proxy = serve(|_, _| async { Reply::json(200, json!({})) }).await;
    let http = cloudsdk_runtime::auth::tls::client_builder()
        .expect("the TLS configuration")
        .proxy(reqwest::Proxy::all(proxy.url("")).expect("proxy"))
        .build()
        .expect("http");
    let remote = || {
        Client::builder("http://api.example.invalid")
            .http_client(http.clone())
            .sensitive_query("key", SECRET)
    };
    let client = remote().build().expect("client");
    let error = list(&client).await.expect_err("refused");
    let message = error.to_string();
    assert!(
        matches!(&error, Error::InvalidRequest(m) if m.contains("query parameter `key`")),
        "{error:?}"
    );
    assert!(!message.contains(SECRET) && !format!("{error:?}").contains(SECRET));
    assert_eq!(proxy.hits(), 0);
    let opted = remote().allow_insecure_http().build().expect("client");
    list(&opted).await.expect("sent once allowed");
    let sent = &proxy.requests()[0].target;
    assert_eq!(
        sent,
        &format!("http://api.example.invalid/things?page=2&key={SECRET}")
    );
}

#[tokio::test]
async fn the_key_shows_neither_in_debug_nor_in_a_transport_error() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let base = format!("http://{}", closed.local_addr().expect("addr"));
    drop(closed);
    let builder: ClientBuilder = Client::builder(base)
        .sensitive_query("apiKey", SECRET)
        .retry(RetryPolicy::none());
    assert!(!format!("{builder:?}").contains(SECRET));
    let client = builder.build().expect("client");
    assert!(!format!("{client:?}").contains(SECRET));
    let error = list(&client).await.expect_err("nothing listens");
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    let mut shown = format!("{error} / {error:?}");
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        shown.push_str(&format!(" / {cause} / {cause:?}"));
        source = cause.source();
    }
    assert!(shown.contains("apiKey"), "the URL is still named: {shown}");
    assert!(!shown.contains(SECRET), "{shown}");
}

#[tokio::test]
async fn an_empty_name_is_refused_when_building() {
    let built = Client::builder("https://api.example.com")
        .sensitive_query("", SECRET)
        .build();
    let error = built.expect_err("no name");
    assert!(!format!("{error:?}").contains(SECRET), "{error:?}");
}

/// A next-page link that echoes the key back (as Docker Cloud's `meta.next` echoes the query)
/// is followed with the key once, not twice.
#[tokio::test]
async fn an_echoed_key_in_a_next_page_link_is_not_doubled() {
    let server = serve(|req, _| async move {
        let first = !req.target.contains("offset=");
        let next = first.then(|| format!("/things?api_key={SECRET}&offset=1"));
        Reply::json(
            200,
            json!({"meta": {"next": next}, "objects": [{"first": first}]}),
        )
    })
    .await;
    let client = Client::builder(server.url(""))
        .sensitive_query("api_key", SECRET)
        .build()
        .expect("client");
    let items: Vec<Value> = guard(
        client
            .request(&LIST)
            .paginate::<Value, Value>(&PAGES)
            .try_collect::<Vec<_>>(),
    )
    .await
    .expect("both pages");
    assert_eq!(items, [json!({"first": true}), json!({"first": false})]);
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    let expected = [
        format!("/things?api_key={SECRET}"),
        format!("/things?offset=1&api_key={SECRET}"),
    ];
    assert_eq!(targets, expected);
}
