//! Camunda Cloud clusters (list, get, create, delete, creation parameters) and Zeebe clients
//! (list, get, create, delete), each with its success and a typical error, against a console
//! that wants a client-credentials token fetched once for all calls.

use std::future::Future;
use std::pin::Pin;

use camunda_cloud::auth::TokenExchange;
use camunda_cloud::types::{ClientPermission, CreateClusterRequest, CreateZeebeClientRequest};
use camunda_cloud::{Client, Error};
use cloudsdk_testkit::{Request, Response, Server};
use serde_json::{Value, json};

const TOKEN: &str = "console-token-7";

fn named(uuid: &str, name: &str) -> Value {
    json!({"uuid": uuid, "name": name})
}

fn cluster(uuid: &str) -> Value {
    json!({
        "uuid": uuid, "name": "payments", "ownerId": "owner-1", "created": "2024-05-01T10:00:00Z",
        "planType": named("plan-1", "Trial Cluster"), "region": named("region-1", "Belgium, Europe (europe-west1)"),
        "generation": named("gen-1", "Camunda 8.5.0"), "channel": named("chan-1", "Stable"),
        "autoUpdate": false, "status": {"ready": "Healthy", "zeebeStatus": "Healthy"},
        "links": {"zeebe": format!("{uuid}.bru-2.zeebe.camunda.io:443")}
    })
}

/// The console: bearer token from `/oauth/token`; `c-1` exists (with client `zc-1`), `c-other`
/// belongs to another organization (403), anything else is unknown (404).
fn console(req: &Request) -> Response {
    if req.path() == "/oauth/token" {
        let body = req.json();
        return if body["grant_type"] == "client_credentials" && body["client_secret"] == "s" {
            Response::json(
                200,
                json!({"access_token": TOKEN, "expires_in": 3600, "token_type": "Bearer"}),
            )
        } else {
            Response::json(401, json!({"error": "access_denied"}))
        };
    }
    if req.header("authorization") != Some(&format!("Bearer {TOKEN}")) {
        return Response::text(401, "Unauthorized");
    }
    let segments: Vec<&str> = req.path().trim_start_matches('/').split('/').collect();
    let body = req.json();
    match (req.method.as_str(), segments.as_slice()) {
        ("GET", ["clusters"]) => Response::json(200, json!([cluster("c-1")])),
        ("GET", ["clusters", "parameters"]) => Response::json(
            200,
            json!({
                "channels": [{"uuid": "chan-1", "name": "Stable", "defaultGeneration": named("gen-1", "Camunda 8.5.0"), "allowedGenerations": [named("gen-1", "Camunda 8.5.0")]}],
                "clusterPlanTypes": [named("plan-1", "Trial Cluster")],
                "regions": [{"uuid": "region-1", "name": "Belgium, Europe (europe-west1)", "provider": "gcp"}]
            }),
        ),
        ("POST", ["clusters"]) if body["planTypeId"] == "plan-1" => {
            Response::json(200, json!({"clusterId": "c-2"}))
        }
        ("POST", ["clusters"]) => Response::json(
            400,
            json!({"message": "planTypeId is not valid", "status": 400}),
        ),
        (_, ["clusters", "c-other", ..]) => Response::json(
            403,
            json!({"message": "The cluster does not belong to your organization", "status": 403}),
        ),
        ("GET", ["clusters", "c-1"]) => Response::json(200, cluster("c-1")),
        ("DELETE", ["clusters", "c-1"] | ["clusters", "c-1", "clients", "zc-1"]) => {
            Response::empty(204)
        }
        ("GET", ["clusters", "c-1", "clients"]) => Response::json(
            200,
            json!([{"name": "worker", "clientId": "zc-1", "permissions": ["Zeebe", "Operate"]}]),
        ),
        ("POST", ["clusters", "c-1", "clients"]) if body["clientName"].is_string() => {
            Response::json(
                200,
                json!({"name": body["clientName"], "uuid": "u-2", "clientId": "zc-2", "clientSecret": "only-now", "permissions": body["permissions"]}),
            )
        }
        ("GET", ["clusters", "c-1", "clients", "zc-1"]) => Response::json(
            200,
            json!({
                "name": "worker",
                "ZEEBE_ADDRESS": "c-1.bru-2.zeebe.camunda.io:443",
                "ZEEBE_CLIENT_ID": "zc-1",
                "ZEEBE_AUTHORIZATION_SERVER_URL": "https://login.cloud.camunda.io/oauth/token"
            }),
        ),
        _ => Response::json(
            404,
            json!({"message": format!("Not found: {}", req.path()), "status": 404}),
        ),
    }
}

async fn setup() -> (Server, Client) {
    let server = Server::start(console).await.expect("server starts");
    let auth = TokenExchange::camunda("my-client", "s")
        .expect("valid credentials")
        .with_token_url(&format!("{}/oauth/token", server.url()))
        .expect("valid token URL");
    let client = Client::builder()
        .base_url(server.url())
        .auth(auth)
        .build()
        .expect("client builds");
    (server, client)
}

fn new_cluster(plan: &str) -> CreateClusterRequest {
    serde_json::from_value(json!({
        "name": "payments", "planTypeId": plan, "channelId": "chan-1",
        "generationId": "gen-1", "regionId": "region-1"
    }))
    .expect("a creation request")
}

fn new_client() -> CreateZeebeClientRequest {
    CreateZeebeClientRequest {
        client_name: "billing-worker".into(),
        permissions: Some(vec![ClientPermission::Zeebe]),
    }
}

type Call<'a> = Pin<Box<dyn Future<Output = Result<String, Error>> + 'a>>;

macro_rules! call {
    ($builder:expr) => {
        Box::pin(async { $builder.send().await.map(|v| format!("{v:?}")) }) as Call<'_>
    };
}

#[tokio::test]
async fn clusters_and_zeebe_clients_succeed_with_one_token() {
    let (server, c) = setup().await;
    let calls = vec![
        (
            call!(c.clusters().get_parameters()),
            "GET /clusters/parameters",
            "gcp",
        ),
        (call!(c.clusters().list()), "GET /clusters", "Trial Cluster"),
        (
            call!(c.clusters().get("c-1")),
            "GET /clusters/c-1",
            "c-1.bru-2.zeebe.camunda.io:443",
        ),
        (
            call!(c.clusters().create(new_cluster("plan-1"))),
            "POST /clusters",
            "\"c-2\"",
        ),
        (
            call!(c.clusters().delete("c-1")),
            "DELETE /clusters/c-1",
            "()",
        ),
        (
            call!(c.zeebe_clients().list("c-1")),
            "GET /clusters/c-1/clients",
            "Operate",
        ),
        (
            call!(c.zeebe_clients().get("c-1", "zc-1")),
            "GET /clusters/c-1/clients/zc-1",
            "login.cloud.camunda.io",
        ),
        (
            call!(c.zeebe_clients().create("c-1", new_client())),
            "POST /clusters/c-1/clients",
            "only-now",
        ),
        (
            call!(c.zeebe_clients().delete("c-1", "zc-1")),
            "DELETE /clusters/c-1/clients/zc-1",
            "()",
        ),
    ];
    for (call, route, expected) in calls {
        let decoded = call.await.unwrap_or_else(|e| panic!("{route}: {e:?}"));
        assert!(
            decoded.contains(expected),
            "{route}: {expected} not in {decoded}"
        );
        let sent = server.requests().pop().expect("sent");
        assert_eq!(format!("{} {}", sent.method, sent.path()), route);
    }
    assert_eq!(server.hits("/oauth/token"), 1, "one token for every call");
    let posted = server
        .requests()
        .into_iter()
        .find(|r| r.method == "POST" && r.path() == "/clusters/c-1/clients")
        .expect("client created");
    assert_eq!(
        posted.json(),
        json!({"clientName": "billing-worker", "permissions": ["Zeebe"]})
    );
}

#[tokio::test]
async fn typical_errors_keep_status_and_body() {
    let (server, c) = setup().await;
    let calls = vec![
        (call!(c.clusters().get("nope")), 404, "Not found"),
        (call!(c.clusters().delete("nope")), 404, "Not found"),
        (
            call!(c.clusters().create(new_cluster("plan-x"))),
            400,
            "planTypeId",
        ),
        (
            call!(c.zeebe_clients().list("c-other")),
            403,
            "your organization",
        ),
        (call!(c.zeebe_clients().get("c-1", "zc-9")), 404, "zc-9"),
        (
            call!(c.zeebe_clients().create("c-other", new_client())),
            403,
            "organization",
        ),
        (call!(c.zeebe_clients().delete("c-1", "zc-9")), 404, "zc-9"),
    ];
    for (call, status, message) in calls {
        let error = call.await.expect_err("an error status");
        let Error::Api(api) = &error else {
            panic!("{status} is documented: {error:?}")
        };
        assert_eq!(api.response.status.as_u16(), status);
        let decoded = api.error.as_ref().expect("the JSON body is kept as JSON");
        let text = decoded["message"].as_str().expect("a message");
        assert!(text.contains(message), "{text}");
    }
    assert_eq!(server.hits("/oauth/token"), 1);
}
