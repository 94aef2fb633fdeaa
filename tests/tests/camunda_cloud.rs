//! The generated Camunda Cloud client against a loopback console API and token endpoint.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use camunda_cloud::auth::TokenExchange;
use camunda_cloud::types::{CreateClusterRequest, CreateZeebeClientRequest};
use camunda_cloud::{Client, Error};
use cloudsdk_runtime::uuid::Uuid;
use cloudsdk_testkit::{Request, Response, Server};
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

/// A console that checks the bearer token the way Camunda's does, plus its token endpoint.
fn console(
    token_requests: Arc<AtomicUsize>,
) -> impl Fn(&Request) -> Response + Send + Sync + 'static {
    move |req: &Request| {
        if req.path() == "/oauth/token" {
            token_requests.fetch_add(1, Ordering::SeqCst);
            let body = req.json();
            if body["grant_type"] != "client_credentials"
                || body["audience"] != "api.cloud.camunda.io"
                || body["client_id"] != "my-client"
                || body["client_secret"] != "my-secret"
            {
                return Response::json(401, json!({"error": "access_denied"}));
            }
            return Response::json(
                200,
                json!({"access_token": TOKEN, "expires_in": 3600, "token_type": "Bearer"}),
            );
        }
        if req.header("authorization") != Some(&format!("Bearer {TOKEN}")) {
            return Response::text(401, "Unauthorized");
        }
        let c1 = format!("/clusters/{C1}");
        let c1_clients = format!("{c1}/clients");
        match (req.method.as_str(), req.path()) {
            ("GET", "/clusters") => Response::json(200, json!([cluster(C1), cluster(C2)])),
            ("GET", p) if p == c1 => Response::json(200, cluster(C1)),
            ("GET", p) if p.starts_with("/clusters/") && !p.contains("/clients") => {
                Response::json(404, json!({"message": "cluster not found"}))
            }
            ("POST", "/clusters") => {
                let body = req.json();
                if body["name"].is_string()
                    && body["planTypeId"].is_string()
                    && body["regionId"].is_string()
                {
                    Response::json(200, json!({"clusterId": C_NEW}))
                } else {
                    Response::json(400, json!({"message": "missing field"}))
                }
            }
            ("POST", p) if p == c1_clients => Response::json(
                200,
                json!({"name": req.json()["clientName"], "uuid": "u-1", "clientId": "zc-1", "clientSecret": "s3cr3t", "permissions": ["Zeebe"]}),
            ),
            ("GET", p) if p == c1_clients => Response::json(
                200,
                json!([{"name": "worker", "clientId": "zc-1", "permissions": ["Zeebe"]}]),
            ),
            ("DELETE", p) if p == c1 => Response::empty(204),
            _ => Response::text(404, "no such route"),
        }
    }
}

/// Camunda's client credentials, exchanged at `server`'s token endpoint.
fn auth(server: &Server) -> TokenExchange {
    TokenExchange::camunda("my-client", "my-secret")
        .expect("valid credentials")
        .with_token_url(&format!("{}/oauth/token", server.url()))
        .expect("valid token URL")
}

async fn setup() -> (Server, Client, Arc<AtomicUsize>) {
    let token_requests = Arc::new(AtomicUsize::new(0));
    let server = Server::start(console(token_requests.clone()))
        .await
        .expect("server starts");
    let auth = auth(&server);
    let client = Client::builder()
        .base_url(server.url())
        .auth(auth)
        .build()
        .expect("client builds");
    (server, client, token_requests)
}

#[tokio::test]
async fn many_concurrent_calls_fetch_one_token() {
    let (server, client, token_requests) = setup().await;
    let calls = (0..20).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.clusters().list().send().await })
    });
    for call in calls {
        let clusters = call.await.expect("task").expect("list succeeds");
        assert_eq!(clusters.len(), 2);
        assert_eq!(clusters[0].uuid, id(C1));
    }
    assert_eq!(
        token_requests.load(Ordering::SeqCst),
        1,
        "one token for all calls"
    );
    assert_eq!(server.hits("/clusters"), 20);
    for request in server.requests().iter().filter(|r| r.path() == "/clusters") {
        assert_eq!(request.header("accept"), Some("application/json"));
        assert!(
            request
                .header("user-agent")
                .is_some_and(|ua| ua.starts_with("camunda-cloud/"))
        );
    }
}

#[tokio::test]
async fn get_create_and_delete_clusters() {
    let (server, client, _) = setup().await;
    let cluster = client
        .clusters()
        .get(id(C1))
        .send()
        .await
        .expect("get succeeds");
    assert_eq!(cluster.name, "order-processing");
    assert_eq!(cluster.plan_type.name, "Basic");

    let created = client
        .clusters()
        .create(CreateClusterRequest::new(
            "new", "plan-1", "chan-1", "gen-1", "region-1",
        ))
        .send()
        .await
        .expect("create succeeds");
    assert_eq!(created.cluster_id, id(C_NEW));
    let sent = server
        .requests()
        .into_iter()
        .find(|r| r.method == "POST" && r.path() == "/clusters")
        .expect("a POST was sent");
    assert_eq!(sent.header("content-type"), Some("application/json"));
    assert_eq!(sent.json()["planTypeId"], "plan-1");
    assert!(
        sent.json().get("backupRegionId").is_none(),
        "unset optional fields are left out"
    );

    client
        .clusters()
        .delete(id(C1))
        .send()
        .await
        .expect("delete succeeds");
}

#[tokio::test]
async fn unknown_cluster_keeps_status_and_body() {
    let (_server, client, _) = setup().await;
    let error = client
        .clusters()
        .get(Uuid::nil())
        .send()
        .await
        .expect_err("404");
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
    let (_server, client, _) = setup().await;
    let created = client
        .zeebe_clients()
        .create(id(C1), CreateZeebeClientRequest::new("worker"))
        .send()
        .await
        .expect("create succeeds");
    // The creation type carries the secret; the listing type has no such field at all.
    assert_eq!(created.client_secret, "s3cr3t");
    let listed = client
        .zeebe_clients()
        .list(id(C1))
        .send()
        .await
        .expect("list succeeds");
    assert_eq!(listed[0].client_id, "zc-1");
}

#[tokio::test]
async fn rejected_credentials_are_an_auth_error_without_the_secret() {
    let token_requests = Arc::new(AtomicUsize::new(0));
    let server = Server::start(console(token_requests))
        .await
        .expect("server starts");
    let auth = TokenExchange::camunda("my-client", "wrong-secret")
        .expect("well-formed credentials")
        .with_token_url(&format!("{}/oauth/token", server.url()))
        .expect("valid token URL");
    let client = Client::builder()
        .base_url(server.url())
        .auth(auth)
        .build()
        .expect("client builds");
    let error = client
        .clusters()
        .list()
        .send()
        .await
        .expect_err("token refused");
    assert!(matches!(error, Error::Auth(_)), "{error:?}");
    let text = format!("{error} {error:?}");
    assert!(!text.contains("wrong-secret"), "secret leaked: {text}");
    assert_eq!(server.hits("/clusters"), 0, "no API call without a token");
}

#[tokio::test]
async fn a_request_builder_outlives_the_sub_client_it_came_from() {
    let (_server, client, _) = setup().await;
    // `client.clusters()` is a temporary; the builder borrows the client, not that temporary.
    let request = client.clusters().get(id(C1));
    let cluster = request.send().await.expect("get succeeds");
    assert_eq!(cluster.uuid, id(C1));
}

#[tokio::test]
async fn a_date_or_uuid_that_does_not_parse_is_a_decode_error_naming_where() {
    // A console whose second cluster breaks a format; the `x-break` header picks how.
    let server = Server::start(|req: &Request| {
        if req.path() == "/oauth/token" {
            return Response::json(200, json!({"access_token": TOKEN, "expires_in": 3600}));
        }
        let mut broken = cluster(C2);
        match req.header("x-break") {
            // Epoch milliseconds, as some APIs send dates: not what `date-time` means.
            Some("created") => broken["created"] = json!(1714557600000_i64),
            _ => broken["uuid"] = json!("c-2"),
        }
        Response::json(200, json!([cluster(C1), broken]))
    })
    .await
    .expect("server starts");
    let auth = auth(&server);
    let cases = [
        (
            "created",
            "[1].created",
            "invalid type: integer `1714557600000`",
        ),
        ("uuid", "[1].uuid", "UUID parsing failed"),
    ];
    for (field, path, message) in cases {
        let client = Client::builder()
            .base_url(server.url())
            .auth(auth.clone())
            .default_header("x-break", field)
            .build()
            .expect("client builds");
        let error = client.clusters().list().send().await.expect_err(field);
        let Error::Decode(decode) = &error else {
            panic!("expected a decode error, got {error:?}");
        };
        assert_eq!(decode.path, path);
        assert!(decode.message.starts_with(message), "{}", decode.message);
        assert_eq!(decode.response.status.as_u16(), 200);
        assert!(decode.response.text().contains(C1), "the body is kept");
    }
}
