//! The tool's functions against the generated crates' mock servers only: a success, a typed
//! error, pagination, log streams (server-sent events and a websocket) resumed after a drop,
//! and OAuth 1.0a signatures verified.

use std::time::Duration;

use civo::auth::BearerToken;
use clever_cloud::auth::oauth1::OAuth1;
// Nothing of the project but the generated crates: the mock machinery comes through them.
use civo::mock::MockServer as Civo;
use clever_cloud::mock::{Auth, Events, Messages, MockServer as Clever};
use serde_json::json;

const KEY: &str = "civo-key";

fn civo_client(mock: &Civo) -> civo::Client {
    mock.builder()
        .auth(BearerToken::civo(KEY).expect("valid key"))
        .build()
        .expect("client")
}

fn clever_client(mock: &Clever) -> clever_cloud::Client {
    let auth = OAuth1::new("consumer-key", "consumer secret")
        .and_then(|a| a.with_token("user-token", "token secret"))
        .expect("credentials");
    mock.builder()
        .auth(auth)
        .reconnect(
            clever_cloud::ReconnectPolicy::default()
                .max_reconnects(2)
                .base_delay(Duration::from_millis(10)),
        )
        .build()
        .expect("client")
}

fn instance(id: &str) -> serde_json::Value {
    json!({"id": id, "hostname": format!("{id}.example.com"), "size": "g3.small"})
}

#[tokio::test]
async fn hostnames_walk_every_page() {
    let mock = Civo::new().await.expect("mock starts");
    mock.require(civo::mock::Auth::bearer(KEY));
    mock.instances()
        .list()
        .query("region", "LON1")
        .pages(vec![
            vec![instance("a"), instance("b")],
            vec![instance("c")],
        ])
        .expect("pages Civo could send");
    let names = mock_user::hostnames(&civo_client(&mock), "LON1")
        .await
        .expect("listed");
    assert_eq!(names, ["a.example.com", "b.example.com", "c.example.com"]);
    mock.verify()
        .expect("both pages were asked for, with the key");
}

#[tokio::test]
async fn a_refused_delete_says_why() {
    let mock = Civo::new().await.expect("mock starts");
    let refusal = civo::types::Error::new()
        .with_code("forbidden")
        .with_reason("instance is protected");
    mock.instances()
        .delete()
        .path("instance_id", "locked")
        .error(403, refusal)
        .expect("403 is documented");
    mock.instances()
        .delete()
        .path("instance_id", "i-1")
        .json(200, json!({"result": "success"}))
        .expect("a success Civo could send");
    let client = civo_client(&mock);
    assert_eq!(
        mock_user::remove(&client, "locked").await.expect("handled"),
        "refused: instance is protected"
    );
    assert_eq!(
        mock_user::remove(&client, "i-1").await.expect("deleted"),
        "deleted i-1"
    );
    mock.verify().expect("both calls made");
}

#[tokio::test]
async fn whoami_is_signed_with_oauth1() {
    let mock = Clever::new().await.expect("mock starts");
    mock.require(Auth::oauth1("consumer secret", "token secret"));
    mock.self_()
        .get()
        .json(200, json!({"id": "user_1", "email": "ada@example.com"}))
        .expect("a user");
    let email = mock_user::whoami(&clever_client(&mock))
        .await
        .expect("signature accepted");
    assert_eq!(email, "ada@example.com");
    mock.verify().expect("signed as Clever Cloud checks");
}

#[tokio::test]
async fn a_wrong_signature_is_refused_by_the_mock() {
    let mock = Clever::new().await.expect("mock starts");
    mock.require(Auth::oauth1("another secret", "token secret"));
    mock.self_()
        .get()
        .any_times()
        .json(200, json!({"email": "x"}))
        .expect("a user");
    let error = mock_user::whoami(&clever_client(&mock))
        .await
        .expect_err("refused");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    let report = mock.verify().expect_err("the signature is reported");
    assert!(
        report.to_string().contains("signature mismatch"),
        "{report}"
    );
    mock.verify_on_drop(false);
}

#[tokio::test]
async fn the_log_tail_resumes_after_a_drop() {
    let mock = Clever::new().await.expect("mock starts");
    mock.require(Auth::oauth1("consumer secret", "token secret"));
    let line =
        |i: u32| json!({"date": format!("2024-05-01T10:00:0{i}Z"), "message": format!("line {i}")});
    mock.logs()
        .stream_application_v4()
        .path("ownerId", "orga_1")
        .path("applicationId", "app_1")
        .events(vec![
            Events::new()
                .retry(10)
                .message_with_id("1", line(1))
                .message_with_id("2", line(2))
                .then_drop(),
            Events::new().message(line(2)).message(line(3)),
        ])
        .expect("events Clever Cloud could send");
    let lines = tokio::time::timeout(
        Duration::from_secs(20),
        mock_user::tail(&clever_client(&mock), "orga_1", "app_1", 3),
    )
    .await
    .expect("does not hang")
    .expect("three lines");
    assert_eq!(
        lines,
        ["line 1", "line 2", "line 3"],
        "nothing lost, nothing repeated"
    );
    mock.verify()
        .expect("reconnected once, with since and Last-Event-ID");
}

#[tokio::test]
async fn the_log_socket_follower_resumes_after_the_socket_drops() {
    let mock = Clever::new().await.expect("mock starts");
    // Checked in the socket's first frame, signed for the documented signing URL.
    mock.require(Auth::oauth1("consumer secret", "token secret"));
    let line =
        |i: u32| json!({"date": format!("2024-05-01T10:00:0{i}Z"), "message": format!("line {i}")});
    mock.logs()
        .stream_application()
        .path("appId", "app_1")
        .messages(vec![
            Messages::new()
                .message(line(1))
                .message(line(2))
                .then_drop(),
            Messages::new().message(line(3)),
        ])
        .expect("messages Clever Cloud could send");
    let lines = tokio::time::timeout(
        Duration::from_secs(20),
        mock_user::follow(&clever_client(&mock), "app_1", 3),
    )
    .await
    .expect("does not hang")
    .expect("three lines");
    assert_eq!(lines, ["line 1", "line 2", "line 3"]);
    mock.verify()
        .expect("reconnected once, with `since` the last line's date, both signed");
}

#[tokio::test]
async fn the_api_key_is_exchanged_once_for_a_token() {
    use civo::mock::{Credential, TokenEndpoint};
    let mock = Civo::new().await.expect("mock starts");
    mock.serve_token_endpoint(TokenEndpoint {
        path: "/v2/auth/exchange".into(),
        credential: Credential::BearerKey(KEY.into()),
        token: "jwt-1".into(),
    });
    mock.require(civo::mock::Auth::bearer("jwt-1"));
    mock.instances()
        .list()
        .times(2)
        .pages(vec![vec![instance("a")]])
        .expect("a page");
    let auth = civo::auth::TokenExchange::civo(KEY)
        .expect("valid key")
        .with_token_url(&format!("{}/v2/auth/exchange", mock.base_url()))
        .expect("valid URL");
    let client = mock.builder().auth(auth).build().expect("client");
    for _ in 0..2 {
        let names = mock_user::hostnames(&client, "LON1")
            .await
            .expect("listed with the token");
        assert_eq!(names, ["a.example.com"]);
    }
    assert_eq!(mock.token_requests(), 1, "the token is cached");
    mock.verify()
        .expect("every call carried the exchanged token");
}
