//! The generated Docker Cloud client against a loopback server that answers like Docker Cloud.

use cloudsdk_runtime::uuid::Uuid;
use cloudsdk_testkit::{Request, Response, Server};
use docker_cloud::auth::BasicAuth;
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

fn docker(req: &Request) -> Response {
    if req.header("authorization") != Some(BASIC) {
        return Response::json(401, json!({"error": "Unauthorized"}));
    }
    if req.header("accept") != Some("application/json") {
        return Response::text(406, "Accept: application/json is required");
    }
    match (req.method.as_str(), req.path()) {
        ("GET", "/api/app/v1/service/" | "/api/app/v1/acme/service/") => Response::json(
            200,
            json!({
                "meta": {"limit": 25, "next": null, "offset": 0, "previous": null, "total_count": 1},
                "objects": [service(S1)]
            }),
        ),
        ("GET", "/api/repo/v1/repository/quay.io/acme/api/") => Response::json(
            200,
            json!({"resource_uri": "/api/repo/v1/repository/quay.io/acme/api/", "name": "quay.io/acme/api"}),
        ),
        ("POST", p) if p == format!("/api/app/v1/service/{S1}/start/") => {
            Response::json(202, service(S1))
                .header("X-DockerCloud-Action-URI", "/api/audit/v1/action/a-1/")
        }
        _ => Response::json(404, json!({"error": "Not found"})),
    }
}

fn client(server: &Server, auth: BasicAuth) -> Client {
    Client::builder()
        .base_url(server.url())
        .auth(auth)
        .build()
        .expect("client builds")
}

#[tokio::test]
async fn basic_auth_and_optional_namespace() {
    let server = Server::start(docker).await.expect("server starts");
    let client = client(
        &server,
        BasicAuth::new("alice", "apikey-1").expect("valid credentials"),
    );
    let page = client
        .services()
        .list()
        .send()
        .await
        .expect("list without namespace");
    assert_eq!(page.objects[0].uuid, s1());
    let page = client
        .services()
        .list()
        .namespace("acme")
        .send()
        .await
        .expect("list in a namespace");
    assert_eq!(page.meta.total_count, 1);
    let paths: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.path().to_owned())
        .collect();
    assert_eq!(paths, ["/api/app/v1/service/", "/api/app/v1/acme/service/"]);
}

#[tokio::test]
async fn dockercloud_auth_is_sent_as_is() {
    let server = Server::start(docker).await.expect("server starts");
    let auth =
        BasicAuth::from_lookup(|name| (name == "DOCKERCLOUD_AUTH").then(|| BASIC.to_owned()))
            .expect("env read");
    let started = client(&server, auth)
        .services()
        .start(s1())
        .send()
        .await
        .expect("start succeeds");
    assert_eq!(started.uuid, s1());
}

#[tokio::test]
async fn wrong_key_is_a_documented_401() {
    let server = Server::start(docker).await.expect("server starts");
    let client = client(
        &server,
        BasicAuth::new("alice", "wrong").expect("well-formed credentials"),
    );
    let error = client.services().get(s1()).send().await.expect_err("401");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    assert!(matches!(error, Error::Api(_)), "{error:?}");
    assert!(
        !format!("{error:?}").contains("wrong"),
        "the key must not leak into errors"
    );
}

#[tokio::test]
async fn repository_names_keep_their_slashes() {
    let server = Server::start(docker).await.expect("server starts");
    let client = client(
        &server,
        BasicAuth::new("alice", "apikey-1").expect("valid credentials"),
    );
    let found = client.repositories().get("quay.io/acme/api").send().await;
    assert_eq!(
        server.requests()[0].path(),
        "/api/repo/v1/repository/quay.io/acme/api/"
    );
    let repository = found.expect("found");
    assert_eq!(repository.name.as_deref(), Some("quay.io/acme/api"));
}
