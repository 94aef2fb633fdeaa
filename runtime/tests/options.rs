//! Per-call options ([`CallOptions`] on a client handle) and requests that own what they need:
//! futures and streams that can be spawned and stored, against loopback servers.

use std::time::Duration;

use cloudsdk_runtime::{
    CallOptions, Client, Error, ItemStream, Method, Operation, Pagination, RetryPolicy, StreamExt,
    decode,
};
use cloudsdk_testkit::{Response, Server};
use serde_json::{Value, json};

static GET_THING: Operation = Operation::new("getThing", Method::GET, "/things/{id}", true);
static LIST_THINGS: Operation = Operation::new("listThings", Method::GET, "/things", true);
static THINGS: Pagination = Pagination::meta_next("objects");

fn client(server: &Server) -> Client {
    Client::builder(server.url())
        .default_header("x-team", "red")
        .timeout(Some(Duration::from_secs(15)))
        .retry(
            RetryPolicy::default()
                .max_attempts(3)
                .base_delay(Duration::from_millis(5)),
        )
        .build()
        .expect("client")
}

async fn thing(client: &Client, id: &str) -> Result<Value, Error> {
    let mut request = client.request(&GET_THING);
    request.path_param("id", &id);
    request.send_value(decode::json).await
}

/// Headers of the options reach the server, replacing a default header of the same name; the
/// client itself and its other handles are unchanged.
#[tokio::test]
async fn option_headers_go_with_the_calls_of_the_handle_only() {
    let server = Server::start(|_| Response::json(200, json!({})))
        .await
        .expect("server");
    let client = client(&server);
    let traced = client.with_options(
        CallOptions::new()
            .header("x-trace", "on")
            .header("x-team", "blue"),
    );
    thing(&traced, "a").await.expect("traced call");
    thing(&client, "b").await.expect("plain call");
    let requests = server.requests();
    assert_eq!(requests[0].header("x-trace"), Some("on"));
    assert_eq!(
        requests[0].header("x-team"),
        Some("blue"),
        "the option replaces the default"
    );
    assert_eq!(requests[1].header("x-trace"), None);
    assert_eq!(requests[1].header("x-team"), Some("red"));
}

/// A timeout in the options ends a slow call that the client's timeout would have waited for.
#[tokio::test]
async fn an_option_timeout_replaces_the_clients() {
    let server = Server::start(|_| Response::json(200, json!({})).delayed(Duration::from_secs(2)))
        .await
        .expect("server");
    let hurried =
        client(&server).with_options(CallOptions::new().timeout(Some(Duration::from_millis(200))));
    let error = thing(&hurried, "slow").await.expect_err("times out");
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    assert!(error.is_retryable());
}

/// The retry policy of the options replaces the client's: with retries off, a 503 is answered
/// once; the client itself retries it.
#[tokio::test]
async fn an_option_retry_policy_replaces_the_clients() {
    let server = Server::start(|_| Response::json(503, json!({"reason": "busy"})))
        .await
        .expect("server");
    let client = client(&server);
    let once = client.with_options(CallOptions::new().retry(RetryPolicy::none()));
    thing(&once, "a").await.expect_err("503");
    assert_eq!(server.hits("/things/a"), 1);
    thing(&client, "b").await.expect_err("503 after retries");
    assert_eq!(server.hits("/things/b"), 3);
}

/// Options added to a handle that has some are joined, the later ones winning; a header that
/// cannot be sent fails the call with a message naming it, before anything is sent.
#[tokio::test]
async fn options_add_up_and_a_bad_header_is_named() {
    let server = Server::start(|_| Response::json(200, json!({})))
        .await
        .expect("server");
    let client = client(&server);
    let both = client
        .with_options(CallOptions::new().header("x-a", "1").header("x-b", "1"))
        .with_options(CallOptions::new().header("x-b", "2"));
    thing(&both, "a").await.expect("call");
    let seen = &server.requests()[0];
    assert_eq!(
        (seen.header("x-a"), seen.header("x-b")),
        (Some("1"), Some("2"))
    );

    let bad = client.with_options(CallOptions::new().header("x bad", "1"));
    let error = thing(&bad, "b").await.expect_err("refused");
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    assert!(error.to_string().contains("`x bad`"), "{error}");
    assert_eq!(server.requests().len(), 1, "nothing sent");
}

/// A credential given as an option is hidden in `Debug`, of the options and of the handle.
#[test]
fn a_sensitive_option_header_is_not_shown() {
    let options = CallOptions::new()
        .header("authorization", "Bearer s3cret")
        .sensitive_header("x-api-key", "k3y");
    let client = Client::builder("https://api.example.com")
        .build()
        .expect("client");
    let handle = client.with_options(options.clone());
    for shown in [format!("{options:?}"), format!("{handle:?}")] {
        assert!(
            !shown.contains("s3cret") && !shown.contains("k3y"),
            "{shown}"
        );
    }
}

/// A request owns its client: its future can be spawned after the client handle is gone, and a
/// page stream kept in a struct and read later (it is `Unpin`: no pinning needed).
#[tokio::test]
async fn futures_and_streams_own_what_they_need() {
    let server = Server::start(|req| match req.query() {
        "" => Response::json(
            200,
            json!({"meta": {"next": "/things?offset=1"}, "objects": [1]}),
        ),
        _ => Response::json(200, json!({"meta": {"next": null}, "objects": [2]})),
    })
    .await
    .expect("server");
    let call = {
        let client = client(&server);
        client
            .request(&LIST_THINGS)
            .send_value::<Value, Value>(decode::json)
    };
    let first = tokio::spawn(call).await.expect("task").expect("page");
    assert_eq!(first["objects"], json!([1]));

    struct Lister {
        things: ItemStream<u32>,
    }
    fn assert_owned<T: Send + Unpin + 'static>(_: &T) {}
    let mut lister = Lister {
        things: client(&server).request(&LIST_THINGS).paginate(&THINGS),
    };
    assert_owned(&lister.things);
    let mut seen = Vec::new();
    while let Some(item) = lister.things.next().await {
        seen.push(item.expect("item"));
    }
    assert_eq!(seen, [1, 2]);
}
