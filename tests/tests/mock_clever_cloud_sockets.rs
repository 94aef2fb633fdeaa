//! Clever Cloud's event socket on the generated mock, with the provider's protocol frames: the
//! mock sends `socket_ready` once the first frame's OAuth 1.0a signature checks out, and refuses
//! a bad one with error 2001 on a connection it keeps open, so the real client ends the stream
//! with the provider's rejection at once instead of reconnecting.

use std::time::Duration;

use clever_cloud::auth::oauth1::OAuth1;
use clever_cloud::mock::{Auth, Messages, MockServer};
use futures_util::StreamExt;
use serde_json::{Value, json};

fn client(mock: &MockServer, token_secret: &str) -> clever_cloud::Client {
    let auth = OAuth1::new("consumer-key", "consumer secret")
        .and_then(|a| a.with_token("user-token", token_secret))
        .expect("credentials");
    let reconnect = clever_cloud::ReconnectPolicy::default()
        .max_reconnects(3)
        .base_delay(Duration::from_millis(200));
    let builder = mock.builder().websocket_base_url(mock.ws_url());
    builder
        .auth(auth)
        .reconnect(reconnect)
        .build()
        .expect("client")
}

async fn events(
    mock: &MockServer,
    token_secret: &str,
) -> Vec<Result<String, cloudsdk_runtime::Error>> {
    let client = client(mock, token_secret);
    let stream = client.events().stream().connect().take(2);
    let items = stream.map(|e| e.map(|e| e.event.unwrap_or_default()));
    let items = tokio::time::timeout(Duration::from_secs(2), items.collect());
    items.await.expect("promptly, without reconnecting")
}

async fn mock_with_events() -> MockServer {
    let mock = MockServer::new().await.expect("mock starts");
    mock.require(Auth::oauth1("consumer secret", "token secret"));
    let script = Messages::new()
        .message(json!({"event": "DEPLOYMENT_SUCCESS"}))
        .message(json!({"event": "ACCOUNT_UPDATE"}));
    let events = mock.events().stream().messages(vec![script]);
    events.expect("events Clever Cloud could send");
    mock
}

#[tokio::test]
async fn the_ready_frame_is_consumed_and_events_arrive_typed() {
    let mock = mock_with_events().await;
    let items = events(&mock, "token secret").await;
    let events: Vec<String> = items.into_iter().map(|e| e.expect("an event")).collect();
    assert_eq!(events, ["DEPLOYMENT_SUCCESS", "ACCOUNT_UPDATE"]);
    mock.verify().expect("one signed connection");
}

#[tokio::test]
async fn bad_credentials_are_the_providers_rejection_after_one_connection() {
    let mock = mock_with_events().await;
    let items = events(&mock, "wrong secret").await;
    assert_eq!(items.len(), 1, "{items:?}");
    let Err(cloudsdk_runtime::Error::WebSocketRejected(rejected)) = &items[0] else {
        panic!("the provider's rejection: {items:?}");
    };
    assert_eq!(rejected.operation, "streamEvents");
    let frame: Value = serde_json::from_slice(&rejected.frame).expect("the frame, as sent");
    assert_eq!(
        (frame["type"].as_str(), frame["id"].as_u64()),
        (Some("error"), Some(2001))
    );
    assert!(!frame.to_string().contains("wrong secret"), "{frame}");
    let report = mock.verify().expect_err("the refusal is reported");
    assert_eq!(report.problems.len(), 1, "{report}");
    assert!(report.problems[0].contains("first frame: OAuth 1.0a: signature mismatch"));
    mock.verify_on_drop(false);
}
