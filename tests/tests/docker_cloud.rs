//! The generated Docker Cloud client against its generated mock (`docker_cloud::mock`), which
//! checks HTTP Basic and answers with canned, spec-checked bodies.

use cloudsdk_runtime::uuid::Uuid;
use docker_cloud::auth::BasicAuth;
use docker_cloud::mock::{Auth, MockServer};
use docker_cloud::{Client, Error};
use serde_json::json;

// base64("alice:apikey-1")
const BASIC: &str = "Basic YWxpY2U6YXBpa2V5LTE=";
/// The service (Docker Cloud names objects by UUID).
const S1: &str = "0c5a9d3e-7b21-4f6a-9e8d-3c2b1a0f9e01";

fn s1() -> Uuid {
    S1.parse().expect("a UUID")
}

fn service(uuid: &str) -> serde_json::Value {
    json!({"uuid": uuid, "resource_uri": format!("/api/app/v1/service/{uuid}/"), "name": "web", "state": "Running"})
}

/// A mock requiring alice's key, and a client signed in with `auth`.
async fn docker(auth: BasicAuth) -> (MockServer, Client) {
    let mock = MockServer::new().await.expect("mock starts");
    mock.require(Auth::basic("alice", "apikey-1"));
    let client = mock.builder().auth(auth).build().expect("client builds");
    (mock, client)
}

fn alice() -> BasicAuth {
    BasicAuth::new("alice", "apikey-1").expect("valid credentials")
}

#[tokio::test]
async fn basic_auth_and_optional_namespace() {
    let (mock, client) = docker(alice()).await;
    let page = json!({
        "meta": {"limit": 25, "next": null, "offset": 0, "previous": null, "total_count": 1},
        "objects": [service(S1)]
    });
    let services = mock.services();
    let all = services.list().times(1).json(200, page.clone());
    all.expect("a page without namespace");
    let acme = services.list().path("namespace", "acme").times(1);
    acme.json(200, page).expect("a page in a namespace");
    let listed = client.services().list().send().await;
    assert_eq!(
        listed.expect("list without namespace").objects[0].uuid,
        s1()
    );
    let listed = client.services().list().namespace("acme").send().await;
    assert_eq!(listed.expect("list in a namespace").meta.total_count, 1);
    mock.verify().expect("each list once, signed in");
    let requests = mock.requests();
    let paths: Vec<&str> = requests.iter().map(|r| r.path()).collect();
    assert_eq!(paths, ["/api/app/v1/service/", "/api/app/v1/acme/service/"]);
    // Docker Cloud answers 406 without this header.
    let accept = requests.iter().map(|r| r.header("accept"));
    assert!(accept.into_iter().all(|a| a == Some("application/json")));
}

#[tokio::test]
async fn dockercloud_auth_is_sent_as_is() {
    let auth =
        BasicAuth::from_lookup(|name| (name == "DOCKERCLOUD_AUTH").then(|| BASIC.to_owned()))
            .expect("env read");
    let (mock, client) = docker(auth).await;
    let start = mock
        .services()
        .start()
        .path("uuid", S1)
        .times(1)
        .json(202, service(S1));
    start.expect("a started service");
    let started = client.services().start(s1()).send().await;
    assert_eq!(started.expect("start succeeds").uuid, s1());
    mock.verify().expect("the header was accepted");
    assert_eq!(mock.requests()[0].header("authorization"), Some(BASIC));
}

#[tokio::test]
async fn wrong_key_is_a_documented_401() {
    let wrong = BasicAuth::new("alice", "not-apikey-9").expect("well-formed credentials");
    let (mock, client) = docker(wrong).await;
    let get = mock
        .services()
        .get()
        .path("uuid", S1)
        .any_times()
        .json(200, service(S1));
    get.expect("a service, for the right key only");
    let error = client.services().get(s1()).send().await.expect_err("401");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    assert!(matches!(error, Error::Api(_)), "{error:?}");
    assert!(
        !format!("{error:?}").contains("not-apikey-9"),
        "the key must not leak into errors"
    );
    let report = mock
        .verify()
        .expect_err("the refusal is reported")
        .to_string();
    assert!(
        report.contains("Basic: wrong or missing credentials"),
        "{report}"
    );
    mock.verify_on_drop(false);
}

/// A repository name keeps its slashes in the path (`x-allow-reserved`): the mock lets the
/// parameter span those segments, with or without the optional namespace before it.
#[tokio::test]
async fn repository_names_keep_their_slashes() {
    let (mock, client) = docker(alice()).await;
    let name = "quay.io/acme/api";
    let body = json!({"resource_uri": "/api/repo/v1/repository/quay.io/acme/api/", "name": name});
    let repositories = mock.repositories();
    let plain = repositories.get().path("name", name).times(1);
    plain.json(200, body.clone()).expect("a repository");
    let in_acme = repositories
        .get()
        .path("namespace", "acme")
        .path("name", name);
    in_acme
        .times(1)
        .json(200, body)
        .expect("a repository in a namespace");
    let found = client.repositories().get(name).send().await;
    assert_eq!(found.expect("found").name.as_deref(), Some(name));
    let found = client
        .repositories()
        .get(name)
        .namespace("acme")
        .send()
        .await;
    assert_eq!(found.expect("found in acme").name.as_deref(), Some(name));
    mock.verify().expect("each call matched its expectation");
    let requests = mock.requests();
    let paths: Vec<&str> = requests.iter().map(|r| r.path()).collect();
    assert_eq!(
        paths,
        [
            "/api/repo/v1/repository/quay.io/acme/api/",
            "/api/repo/v1/acme/repository/quay.io/acme/api/"
        ]
    );
}
