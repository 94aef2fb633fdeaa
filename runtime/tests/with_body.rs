//! Bodies serialized when the request is sent (`Request::json_later`, `form_later`): what
//! reaches the server is what `Request::json` and `Request::form` send.

mod support;

use std::collections::BTreeMap;
use std::time::Duration;

use cloudsdk_runtime::{Client, Error, Method, Operation, decode};
use serde_json::{Value, json};
use support::{Reply, Server, guard, serve};

static CREATE: Operation = Operation::new("create", Method::POST, "/things", false);

async fn server() -> (Server, Client) {
    let server = serve(|_, _| async { Reply::json(201, json!({"id": 7})) }).await;
    let client = Client::builder(server.url(""))
        .timeout(Some(Duration::from_secs(15)))
        .build()
        .expect("client");
    (server, client)
}

#[tokio::test]
async fn json_later_sends_json_and_decodes_the_reply() {
    let (server, client) = server().await;
    let body = Some(json!({"name": "web", "size": 2}));
    let request = client.request(&CREATE).json_later(body);
    let reply: Value = guard(request.send_value::<Value, Value>(decode::json))
        .await
        .expect("ok");
    assert_eq!(reply, json!({"id": 7}));
    let sent = server.requests()[0].clone();
    assert_eq!(sent.header("content-type"), Some("application/json"));
    assert_eq!(sent.body, br#"{"name":"web","size":2}"#);
}

#[tokio::test]
async fn form_later_and_form_if_send_a_form() {
    let (server, client) = server().await;
    let body = || Some(json!({"grant_type": "client_credentials", "scope": "a b"}));
    let form = client.request(&CREATE).form_later(body());
    guard(form.send::<Value>()).await.expect("ok");
    let chosen = client.request(&CREATE).json_later(body()).form_if(true);
    guard(chosen.send_decoded::<Value, Value>(decode::json))
        .await
        .expect("ok");
    let kept = client.request(&CREATE).json_later(body()).form_if(false);
    guard(kept.send::<Value>()).await.expect("ok");
    let sent = server.requests();
    for form in &sent[..2] {
        assert_eq!(
            form.header("content-type"),
            Some("application/x-www-form-urlencoded")
        );
        assert_eq!(form.body, b"grant_type=client_credentials&scope=a%20b");
    }
    assert_eq!(sent[2].header("content-type"), Some("application/json"));
}

#[tokio::test]
async fn no_body_sends_nothing() {
    let (server, client) = server().await;
    let request = client.request(&CREATE).json_later(None::<Value>);
    guard(request.send::<Value>()).await.expect("ok");
    let sent = server.requests()[0].clone();
    assert_eq!(sent.header("content-type"), None);
    assert!(sent.body.is_empty());
}

#[tokio::test]
async fn a_body_that_cannot_be_serialized_is_reported_and_not_sent() {
    let (server, client) = server().await;
    // JSON object keys must be strings: a map keyed by lists cannot be written as JSON.
    let body = BTreeMap::from([(vec![1u8], 1u8)]);
    let request = client.request(&CREATE).json_later(Some(body));
    let err = guard(request.send::<Value>()).await.expect_err("not sent");
    assert!(
        matches!(&err, Error::InvalidRequest(m) if m.contains("request body: key must be a string")),
        "{err:?}"
    );
    assert_eq!(server.hits(), 0);
}

#[tokio::test]
async fn into_request_serializes_at_once() {
    let (server, client) = server().await;
    let request = client
        .request(&CREATE)
        .json_later(Some(json!([1, 2])))
        .into_request();
    guard(request.send::<Value>()).await.expect("ok");
    assert_eq!(server.requests()[0].body, b"[1,2]");
}
