//! Camunda Cloud clusters (list, get, create, update, delete, creation parameters, upgrade, wake,
//! IP allowlist and its deprecated `ipwhitelist` spelling) and Zeebe clients (list, get, create,
//! delete), each with its success and a typical error, against a console that wants a
//! client-credentials token fetched once for all calls and checks the method, the path and the
//! body (required fields, no unknown ones, CIDR ranges in the allowlist).
//!
//! Errors: documented statuses (cluster 404, upgrade 412, create 400, client 403/404) are
//! `Error::Api` with Camunda's `{"message", "status"}` body decoded; wake and the allowlist
//! document no error status, so their 404, 403 and 400 are `Error::UnexpectedStatus`, body kept.

use std::net::IpAddr;

use camunda_cloud::auth::TokenExchange;
use camunda_cloud::types::{
    ClientPermission, ClusterStage, CreateClusterRequest, CreateZeebeClientRequest,
    IpAllowlistEntry, UpdateClusterRequest, UpdateIpAllowlistRequest, UpdateIpWhitelistRequest,
};
use camunda_cloud::{Client, Error};
use cloudsdk_runtime::uuid::Uuid;
use cloudsdk_testkit::{Request, Response, Server};
use serde_json::{Value, json};

mod common;
use common::{Call, call, run};

const TOKEN: &str = "console-token-7";

// Camunda names clusters by UUID (`format: uuid`), so the client takes and returns `Uuid`s.
/// The cluster that exists.
const C1: &str = "3f2b8c1e-6d4a-4e9b-8c7f-1a2b3c4d5e01";
/// The cluster a creation returns.
const C2: &str = "3f2b8c1e-6d4a-4e9b-8c7f-1a2b3c4d5e02";
/// A cluster still being created.
const C_CREATING: &str = "3f2b8c1e-6d4a-4e9b-8c7f-1a2b3c4d5e03";
/// Another organization's cluster.
const C_OTHER: &str = "3f2b8c1e-6d4a-4e9b-8c7f-1a2b3c4d5e04";
/// A cluster nobody has.
const NOPE: &str = "3f2b8c1e-6d4a-4e9b-8c7f-1a2b3c4d5e05";

fn id(uuid: &str) -> Uuid {
    uuid.parse().expect("a UUID")
}

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

/// Camunda's error body.
fn problem(status: u16, message: &str) -> Response {
    Response::json(status, json!({"message": message, "status": status}))
}

/// The JSON object body of `req`, or the 400 (or 415) the console answers instead.
fn json_object(req: &Request) -> Result<serde_json::Map<String, Value>, Response> {
    if req.header("content-type") != Some("application/json") {
        return Err(problem(415, "Content-Type must be application/json"));
    }
    req.json()
        .as_object()
        .cloned()
        .ok_or_else(|| problem(400, "the body must be a JSON object"))
}

/// `PATCH /clusters/{id}`: only `name`, `numberOfAllocatedHwPackages` and `stageLabel`, typed.
fn update_cluster(req: &Request) -> Response {
    let body = match json_object(req) {
        Ok(body) => body,
        Err(response) => return response,
    };
    for (field, value) in &body {
        let valid = match field.as_str() {
            "name" => value
                .as_str()
                .is_some_and(|n| !n.is_empty() && n.len() <= 50),
            "numberOfAllocatedHwPackages" => value.as_f64().is_some_and(|n| n >= 1.0),
            "stageLabel" => {
                ["dev", "test", "stage", "prod"].contains(&value.as_str().unwrap_or(""))
            }
            _ => false,
        };
        if !valid {
            return problem(400, &format!("{field} is not valid"));
        }
    }
    Response::empty(204)
}

/// `PUT /clusters/{id}/ipallowlist` (or the old `ipwhitelist`): `{key: [{ip, description}]}`,
/// nothing else, each `ip` a comma-separated list of CIDR ranges.
fn update_allowlist(req: &Request, key: &str) -> Response {
    let body = match json_object(req) {
        Ok(body) => body,
        Err(response) => return response,
    };
    let entries = match body.get(key).and_then(Value::as_array) {
        Some(entries) if body.len() == 1 => entries,
        _ => return problem(400, &format!("{key} is required and is the only field")),
    };
    for entry in entries {
        let (Some(ip), Some(_)) = (entry["ip"].as_str(), entry["description"].as_str()) else {
            return problem(400, "every entry needs an ip and a description");
        };
        if let Some(bad) = ip.split(',').map(str::trim).find(|range| !cidr(range)) {
            return problem(400, &format!("{bad} is not a CIDR range"));
        }
    }
    Response::empty(204)
}

/// `address/prefix` with a prefix that fits the address family.
fn cidr(range: &str) -> bool {
    let Some((address, prefix)) = range.split_once('/') else {
        return false;
    };
    match (address.parse::<IpAddr>(), prefix.parse::<u8>()) {
        (Ok(IpAddr::V4(_)), Ok(p)) => p <= 32,
        (Ok(IpAddr::V6(_)), Ok(p)) => p <= 128,
        _ => false,
    }
}

/// The console: bearer token from `/oauth/token`; [`C1`] exists (with client `zc-1`) and can be
/// updated, upgraded, woken and allowlisted, [`C_CREATING`] is not ready for an upgrade (412),
/// [`C_OTHER`] belongs to another organization (403), anything else is unknown (404).
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
        ("GET", ["clusters"]) => Response::json(200, json!([cluster(C1)])),
        ("GET", ["clusters", "parameters"]) => Response::json(
            200,
            json!({
                "channels": [{"uuid": "chan-1", "name": "Stable", "defaultGeneration": named("gen-1", "Camunda 8.5.0"), "allowedGenerations": [named("gen-1", "Camunda 8.5.0")]}],
                "clusterPlanTypes": [named("plan-1", "Trial Cluster")],
                "regions": [{"uuid": "region-1", "name": "Belgium, Europe (europe-west1)", "provider": "gcp"}]
            }),
        ),
        ("POST", ["clusters"]) if body["planTypeId"] == "plan-1" => {
            Response::json(200, json!({"clusterId": C2}))
        }
        ("POST", ["clusters"]) => Response::json(
            400,
            json!({"message": "planTypeId is not valid", "status": 400}),
        ),
        (_, ["clusters", C_OTHER, ..]) => Response::json(
            403,
            json!({"message": "The cluster does not belong to your organization", "status": 403}),
        ),
        ("GET", ["clusters", C1]) => Response::json(200, cluster(C1)),
        ("PATCH", ["clusters", C1]) => update_cluster(req),
        ("PUT", ["clusters", C1, "upgrade"]) => Response::json(
            200,
            json!({
                "cluster": {"id": C1, "name": "payments"},
                "oldGeneration": {"id": "gen-1", "name": "Camunda 8.5.0"},
                "newGeneration": {"id": "gen-2", "name": "Camunda 8.6.1"},
                "orgId": "org-1"
            }),
        ),
        ("PUT", ["clusters", C_CREATING, "upgrade"]) => {
            problem(412, "cluster is not ready for upgrade")
        }
        ("PUT", ["clusters", C1, "wake"]) => Response::empty(204),
        ("PUT", ["clusters", C1, "ipallowlist"]) => update_allowlist(req, "ipallowlist"),
        ("PUT", ["clusters", C1, "ipwhitelist"]) => update_allowlist(req, "ipwhitelist"),
        ("DELETE", ["clusters", C1] | ["clusters", C1, "clients", "zc-1"]) => Response::empty(204),
        ("GET", ["clusters", C1, "clients"]) => Response::json(
            200,
            json!([{"name": "worker", "clientId": "zc-1", "permissions": ["Zeebe", "Operate"]}]),
        ),
        ("POST", ["clusters", C1, "clients"]) if body["clientName"].is_string() => Response::json(
            200,
            json!({"name": body["clientName"], "uuid": "u-2", "clientId": "zc-2", "clientSecret": "only-now", "permissions": body["permissions"]}),
        ),
        ("GET", ["clusters", C1, "clients", "zc-1"]) => Response::json(
            200,
            json!({
                "name": "worker",
                "ZEEBE_ADDRESS": format!("{C1}.bru-2.zeebe.camunda.io:443"),
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
    CreateClusterRequest::new("payments", plan, "chan-1", "gen-1", "region-1")
}

fn new_client() -> CreateZeebeClientRequest {
    CreateZeebeClientRequest::new("billing-worker").with_permissions(vec![ClientPermission::Zeebe])
}

#[tokio::test]
async fn clusters_and_zeebe_clients_succeed_with_one_token() {
    let (server, c) = setup().await;
    let zeebe_address = format!("{C1}.bru-2.zeebe.camunda.io:443");
    let calls = vec![
        (
            call!(c.clusters().get_parameters()),
            "GET /clusters/parameters".to_owned(),
            "gcp",
        ),
        (
            call!(c.clusters().list()),
            "GET /clusters".to_owned(),
            "Trial Cluster",
        ),
        (
            call!(c.clusters().get(id(C1))),
            format!("GET /clusters/{C1}"),
            &zeebe_address,
        ),
        (
            call!(c.clusters().create(new_cluster("plan-1"))),
            "POST /clusters".to_owned(),
            C2,
        ),
        (
            call!(c.clusters().delete(id(C1))),
            format!("DELETE /clusters/{C1}"),
            "()",
        ),
        (
            call!(c.zeebe_clients().list(id(C1))),
            format!("GET /clusters/{C1}/clients"),
            "Operate",
        ),
        (
            call!(c.zeebe_clients().get(id(C1), "zc-1")),
            format!("GET /clusters/{C1}/clients/zc-1"),
            "login.cloud.camunda.io",
        ),
        (
            call!(c.zeebe_clients().create(id(C1), new_client())),
            format!("POST /clusters/{C1}/clients"),
            // The secret is decoded but not shown: `Debug` redacts credentials.
            "client_id: \"zc-2\"|client_secret: [redacted]",
        ),
        (
            call!(c.zeebe_clients().delete(id(C1), "zc-1")),
            format!("DELETE /clusters/{C1}/clients/zc-1"),
            "()",
        ),
    ];
    run(&server, calls).await;
    assert_eq!(server.hits("/oauth/token"), 1, "one token for every call");
    let posted = server
        .requests()
        .into_iter()
        .find(|r| r.method == "POST" && r.path() == format!("/clusters/{C1}/clients"))
        .expect("client created");
    assert_eq!(
        posted.json(),
        json!({"clientName": "billing-worker", "permissions": ["Zeebe"]})
    );
}

#[tokio::test]
async fn typical_errors_keep_status_and_body() {
    let (server, c) = setup().await;
    let calls: Vec<(Call, u16, &str)> = vec![
        (call!(c.clusters().get(id(NOPE))), 404, "Not found"),
        (call!(c.clusters().delete(id(NOPE))), 404, "Not found"),
        (
            call!(c.clusters().create(new_cluster("plan-x"))),
            400,
            "planTypeId",
        ),
        (
            call!(c.zeebe_clients().list(id(C_OTHER))),
            403,
            "your organization",
        ),
        (call!(c.zeebe_clients().get(id(C1), "zc-9")), 404, "zc-9"),
        (
            call!(c.zeebe_clients().create(id(C_OTHER), new_client())),
            403,
            "organization",
        ),
        (call!(c.zeebe_clients().delete(id(C1), "zc-9")), 404, "zc-9"),
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

fn allowlist() -> Vec<IpAllowlistEntry> {
    vec![
        IpAllowlistEntry::new("203.0.113.0/24,198.51.100.7/32", "Office network"),
        IpAllowlistEntry::new("2001:db8::/48", "VPN"),
    ]
}

#[tokio::test]
#[allow(deprecated)] // `update_ip_whitelist` is deprecated by the API, and still served.
async fn cluster_update_upgrade_wake_and_allowlist_succeed_with_one_token() {
    let (server, c) = setup().await;
    let update = UpdateClusterRequest::new()
        .with_name("payments-eu")
        .with_stage_label(ClusterStage::Prod);
    let calls = vec![
        (
            call!(c.clusters().update(id(C1), update)),
            format!("PATCH /clusters/{C1}"),
            "()",
        ),
        (
            call!(c.clusters().upgrade(id(C1))),
            format!("PUT /clusters/{C1}/upgrade"),
            "Camunda 8.6.1",
        ),
        (
            call!(c.clusters().wake(id(C1))),
            format!("PUT /clusters/{C1}/wake"),
            "()",
        ),
        (
            call!(
                c.clusters()
                    .update_ip_allowlist(id(C1), UpdateIpAllowlistRequest::new(allowlist()))
            ),
            format!("PUT /clusters/{C1}/ipallowlist"),
            "()",
        ),
        (
            call!(
                c.clusters()
                    .update_ip_whitelist(id(C1), UpdateIpWhitelistRequest::new(allowlist()))
            ),
            format!("PUT /clusters/{C1}/ipwhitelist"),
            "()",
        ),
    ];
    run(&server, calls).await;
    assert_eq!(server.hits("/oauth/token"), 1, "one token for every call");
    let sent = server.requests();
    let body = |path: &str| {
        sent.iter()
            .find(|r| r.path() == path)
            .map(|r| r.json())
            .expect("sent")
    };
    assert_eq!(
        body(&format!("/clusters/{C1}")),
        json!({"name": "payments-eu", "stageLabel": "prod"}),
        "unset fields are left out"
    );
    let entries = json!([
        {"ip": "203.0.113.0/24,198.51.100.7/32", "description": "Office network"},
        {"ip": "2001:db8::/48", "description": "VPN"}
    ]);
    assert_eq!(
        body(&format!("/clusters/{C1}/ipallowlist")),
        json!({"ipallowlist": entries})
    );
    assert_eq!(
        body(&format!("/clusters/{C1}/ipwhitelist")),
        json!({"ipwhitelist": entries})
    );
    let upgrade = c.clusters().upgrade(id(C1)).send().await.expect("upgrade");
    assert_eq!(
        (
            upgrade.old_generation.id.as_str(),
            upgrade.new_generation.id.as_str()
        ),
        ("gen-1", "gen-2")
    );
}

#[tokio::test]
#[allow(deprecated)]
async fn cluster_action_errors_keep_status_and_body() {
    let (server, c) = setup().await;
    // Documented statuses (the spec gives them no schema): `Error::Api`, body kept as JSON.
    let documented: Vec<(Call, u16, String)> = vec![
        (
            call!(c.clusters().update(id(NOPE), UpdateClusterRequest::new())),
            404,
            format!("Not found: /clusters/{NOPE}"),
        ),
        (
            call!(c.clusters().upgrade(id(NOPE))),
            404,
            format!("Not found: /clusters/{NOPE}/upgrade"),
        ),
        (
            call!(c.clusters().upgrade(id(C_CREATING))),
            412,
            "not ready for upgrade".to_owned(),
        ),
    ];
    for (call, status, message) in documented {
        let error = call.await.expect_err("an error status");
        let Error::Api(api) = &error else {
            panic!("{status} is documented: {error:?}")
        };
        assert_eq!(api.response.status.as_u16(), status);
        let decoded = api.error.as_ref().expect("the JSON body is kept as JSON");
        let text = decoded["message"].as_str().expect("a message");
        assert!(text.contains(&message), "{text}");
    }
    // Wake and the allowlist document no error at all: `Error::UnexpectedStatus`, body kept.
    let bad_range = UpdateIpAllowlistRequest::new(vec![IpAllowlistEntry::new(
        "203.0.113.0/24, 10.0.0.0/33",
        "typo",
    )]);
    let undocumented: Vec<(Call, u16, String)> = vec![
        (
            call!(c.clusters().wake(id(NOPE))),
            404,
            format!("Not found: /clusters/{NOPE}/wake"),
        ),
        (
            call!(c.clusters().wake(id(C_OTHER))),
            403,
            "your organization".to_owned(),
        ),
        (
            call!(c.clusters().update_ip_allowlist(id(C1), bad_range)),
            400,
            "10.0.0.0/33 is not a CIDR range".to_owned(),
        ),
        (
            call!(
                c.clusters()
                    .update_ip_whitelist(id(NOPE), UpdateIpWhitelistRequest::new(allowlist()))
            ),
            404,
            format!("Not found: /clusters/{NOPE}/ipwhitelist"),
        ),
    ];
    for (call, status, message) in undocumented {
        let error = call.await.expect_err("an error status");
        let Error::UnexpectedStatus(response) = &error else {
            panic!("{status} is not documented: {error:?}")
        };
        assert_eq!(response.status.as_u16(), status);
        let kept: Value = serde_json::from_slice(&response.body).expect("JSON body kept");
        assert_eq!(kept["status"], status);
        assert!(
            kept["message"]
                .as_str()
                .is_some_and(|m| m.contains(&message)),
            "{kept}"
        );
        assert!(error.to_string().contains(&message), "{error}");
    }
    assert_eq!(server.hits("/oauth/token"), 1);
}
