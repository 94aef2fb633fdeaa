//! The generated Camunda Cloud client against its generated mock (`camunda_cloud::mock`), which
//! serves the client-credentials token endpoint, requires the token it hands out and answers
//! with canned, spec-checked bodies.

use camunda_cloud::auth::TokenExchange;
use camunda_cloud::mock::{Auth, Credential, MockServer, TokenEndpoint};
use camunda_cloud::types::{CreateClusterRequest, CreateZeebeClientRequest};
use camunda_cloud::{Client, Error};
use cloudsdk_runtime::uuid::Uuid;
use serde_json::json;

const TOKEN: &str = "console-token-1";

// Camunda names clusters by UUID (`format: uuid`), so the client takes and returns `Uuid`s.
/// The cluster that exists.
const C1: &str = "9b6e2d4a-1c3f-4a5b-8d7e-0f1a2b3c4d01";
/// The other listed cluster.
const C2: &str = "9b6e2d4a-1c3f-4a5b-8d7e-0f1a2b3c4d02";
/// The cluster a creation returns.
const C_NEW: &str = "9b6e2d4a-1c3f-4a5b-8d7e-0f1a2b3c4d03";

fn id(uuid: &str) -> Uuid {
    uuid.parse().expect("a UUID")
}

fn cluster(uuid: &str) -> serde_json::Value {
    json!({
        "uuid": uuid,
        "name": "order-processing",
        "ownerId": "owner-1",
        "created": "2024-05-01T10:00:00Z",
        "planType": {"uuid": "plan-1", "name": "Basic"},
        "region": {"uuid": "region-1", "name": "Belgium"},
        "generation": {"uuid": "gen-1", "name": "Camunda 8.5"},
        "channel": {"uuid": "chan-1", "name": "Stable"},
        "autoUpdate": true,
        "status": {"ready": "Healthy"},
        "links": {"zeebe": "x.bru-2.zeebe.camunda.io:443"}
    })
}

/// A console mock with Camunda's token endpoint, and a client holding `secret`.
async fn setup_with(secret: &str) -> (MockServer, Client) {
    let mock = MockServer::new().await.expect("mock starts");
    mock.serve_token_endpoint(TokenEndpoint {
        path: "/oauth/token".into(),
        credential: Credential::ClientCredentials {
            id: "my-client".into(),
            secret: "my-secret".into(),
        },
        token: TOKEN.into(),
    });
    mock.require(Auth::bearer(TOKEN));
    let token_url = format!("{}/oauth/token", mock.base_url());
    let auth = TokenExchange::camunda("my-client", secret).expect("well-formed credentials");
    let auth = auth.with_token_url(&token_url).expect("valid token URL");
    let client = mock.builder().auth(auth).build().expect("client builds");
    (mock, client)
}

async fn setup() -> (MockServer, Client) {
    setup_with("my-secret").await
}

#[tokio::test]
async fn many_concurrent_calls_fetch_one_token() {
    let (mock, client) = setup().await;
    let both = json!([cluster(C1), cluster(C2)]);
    let list = mock.clusters().list().times(20).json(200, both);
    list.expect("clusters");
    let calls = (0..20).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.clusters().list().send().await })
    });
    for call in calls {
        let clusters = call.await.expect("task").expect("list succeeds");
        assert_eq!(clusters.len(), 2);
        assert_eq!(clusters[0].uuid, id(C1));
    }
    assert_eq!(mock.token_requests(), 1, "one token for all calls");
    mock.verify().expect("20 calls with the token");
    let requests = mock.requests();
    // What Camunda's token endpoint needs beyond the client credentials the mock checks.
    let token = requests.iter().find(|r| r.path() == "/oauth/token");
    let token = token.expect("a token request").json();
    assert_eq!(token["grant_type"], "client_credentials");
    assert_eq!(token["audience"], "api.cloud.camunda.io");
    for request in requests.iter().filter(|r| r.path() == "/clusters") {
        assert_eq!(request.header("accept"), Some("application/json"));
        let agent = request.header("user-agent").unwrap_or_default();
        assert!(agent.starts_with("camunda-cloud/"), "{agent}");
    }
}

#[tokio::test]
async fn get_create_and_delete_clusters() {
    let (mock, client) = setup().await;
    let clusters = mock.clusters();
    let get = clusters.get().path("clusterUuid", C1).times(1);
    get.json(200, cluster(C1)).expect("a cluster");
    let body = CreateClusterRequest::new("new", "plan-1", "chan-1", "gen-1", "region-1");
    // Field by field: an unset optional field sent (as `null`) would not match.
    let create = clusters.create().body(&body).times(1);
    create
        .json(200, json!({"clusterId": C_NEW}))
        .expect("an id");
    let delete = clusters.delete().path("clusterUuid", C1).times(1);
    delete.ok(()).expect("deleted");

    let cluster = client.clusters().get(id(C1)).send().await;
    let cluster = cluster.expect("get succeeds");
    assert_eq!(cluster.name, "order-processing");
    assert_eq!(cluster.plan_type.name, "Basic");
    let created = client.clusters().create(body).send().await;
    assert_eq!(created.expect("create succeeds").cluster_id, id(C_NEW));
    let deleted = client.clusters().delete(id(C1)).send().await;
    deleted.expect("delete succeeds");
    mock.verify().expect("each call once");
    let requests = mock.requests();
    let sent = requests
        .iter()
        .find(|r| r.method == "POST" && r.path() == "/clusters");
    let sent = sent.expect("a POST was sent");
    assert_eq!(sent.header("content-type"), Some("application/json"));
    assert!(
        sent.json().get("backupRegionId").is_none(),
        "unset fields are left out"
    );
}

#[tokio::test]
async fn unknown_cluster_keeps_status_and_body() {
    let (mock, client) = setup().await;
    let nil = Uuid::nil().to_string();
    let missing = json!({"message": "cluster not found"});
    let get = mock
        .clusters()
        .get()
        .path("clusterUuid", nil.as_str())
        .json(404, missing);
    get.expect("a documented 404");
    let error = client.clusters().get(Uuid::nil()).send().await;
    let error = error.expect_err("404");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    assert!(
        matches!(error, Error::Api(_)),
        "404 is documented: {error:?}"
    );
    let body = error.response().expect("response kept").text().into_owned();
    assert!(body.contains("cluster not found"), "{body}");
}

#[tokio::test]
async fn zeebe_client_secret_comes_only_with_creation() {
    let (mock, client) = setup().await;
    let zeebe = mock.zeebe_clients();
    let created = json!({"name": "worker", "uuid": "u-1", "clientId": "zc-1", "clientSecret": "s3cr3t", "permissions": ["Zeebe"]});
    let create = zeebe.create().path("clusterUuid", C1).json(200, created);
    create.expect("a created client");
    let listed = json!([{"name": "worker", "clientId": "zc-1", "permissions": ["Zeebe"]}]);
    let list = zeebe.list().path("clusterUuid", C1).json(200, listed);
    list.expect("listed clients");
    let created = client
        .zeebe_clients()
        .create(id(C1), CreateZeebeClientRequest::new("worker"));
    // The creation type carries the secret; the listing type has no such field at all.
    assert_eq!(
        created.send().await.expect("create succeeds").client_secret,
        "s3cr3t"
    );
    let listed = client.zeebe_clients().list(id(C1)).send().await;
    assert_eq!(listed.expect("list succeeds")[0].client_id, "zc-1");
}

#[tokio::test]
async fn rejected_credentials_are_an_auth_error_without_the_secret() {
    let (mock, client) = setup_with("wrong-secret").await;
    let list = mock.clusters().list().any_times().json(200, json!([]));
    list.expect("clusters, for a token only");
    let error = client.clusters().list().send().await;
    let error = error.expect_err("token refused");
    assert!(matches!(error, Error::Auth(_)), "{error:?}");
    let text = format!("{error} {error:?}");
    assert!(!text.contains("wrong-secret"), "secret leaked: {text}");
    let api_calls = mock
        .requests()
        .iter()
        .filter(|r| r.path() == "/clusters")
        .count();
    assert_eq!(api_calls, 0, "no API call without a token");
    assert_eq!(mock.token_requests(), 0);
    mock.verify_on_drop(false);
}

#[tokio::test]
async fn a_request_builder_outlives_the_sub_client_it_came_from() {
    let (mock, client) = setup().await;
    let get = mock
        .clusters()
        .get()
        .path("clusterUuid", C1)
        .json(200, cluster(C1));
    get.expect("a cluster");
    // `client.clusters()` is a temporary; the builder borrows the client, not that temporary.
    let request = client.clusters().get(id(C1));
    let cluster = request.send().await.expect("get succeeds");
    assert_eq!(cluster.uuid, id(C1));
}

#[tokio::test]
async fn a_date_or_uuid_that_does_not_parse_is_a_decode_error_naming_where() {
    let (mock, client) = setup().await;
    // Bodies the spec forbids, served once each in turn, so the mock is told not to check them.
    let mut epoch = cluster(C2);
    // Epoch milliseconds, as some APIs send dates: not what `date-time` means.
    epoch["created"] = json!(1714557600000_i64);
    let mut short = cluster(C2);
    short["uuid"] = json!("c-2");
    let json = [("content-type", "application/json")];
    for broken in [epoch, short] {
        let body = json!([cluster(C1), broken]).to_string();
        let clusters = mock.clusters();
        let list = clusters.list().times(1).raw_unchecked(200, &json, body);
        list.expect("registered");
    }
    let cases = [
        ("[1].created", "invalid type: integer `1714557600000`"),
        ("[1].uuid", "UUID parsing failed"),
    ];
    for (path, message) in cases {
        let error = client.clusters().list().send().await.expect_err(path);
        let Error::Decode(decode) = &error else {
            panic!("expected a decode error, got {error:?}");
        };
        assert_eq!(decode.path, path);
        assert!(decode.message.starts_with(message), "{}", decode.message);
        assert_eq!(decode.response.status.as_u16(), 200);
        assert!(decode.response.text().contains(C1), "the body is kept");
    }
}
