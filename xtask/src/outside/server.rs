//! The loopback server `cargo xtask outside` runs its program against: it answers the calls the
//! program makes to each provider, each route checking the credentials that provider's
//! variables carry, and records which requests it answered. It listens on 127.0.0.1 only and
//! stops when told, or with xtask.

use std::time::Duration;

use anyhow::{Context, Result};
use cloudsdk_testkit::{Request, Response, Server};
use serde_json::{Value, json};

/// The credentials the program reads from its environment, as each route expects them.
pub(super) const CIVO_TOKEN: &str = "outside-civo";
pub(super) const CLEVER_API_TOKEN: &str = "outside-clever";
pub(super) const DOCKER_USER: &str = "alice";
pub(super) const DOCKER_APIKEY: &str = "outside-docker";
/// `base64("alice:outside-docker")`.
const DOCKER_BASIC: &str = "Basic YWxpY2U6b3V0c2lkZS1kb2NrZXI=";
pub(super) const CAMUNDA_CLIENT_ID: &str = "outside-camunda";
pub(super) const CAMUNDA_CLIENT_SECRET: &str = "outside-camunda-secret";
const CAMUNDA_TOKEN: &str = "camunda-token-1";

/// The Docker Cloud service the program asks for, and the Camunda cluster it lists.
const WEB: &str = "0c5a9d3e-7b21-4f6a-9e8d-3c2b1a0f9e01";
const WORKER: &str = "0c5a9d3e-7b21-4f6a-9e8d-3c2b1a0f9e02";
const CLUSTER: &str = "9b6e2d4a-1c3f-4a5b-8d7e-0f1a2b3c4d01";

/// What the program prints when every call got its answer.
pub(super) const EXPECTED_LINES: [&str; 4] = [
    "civo: regions 1; key key-1; instances i-1.example.com i-2.example.com",
    "clever-cloud: me ada@example.com; access / /cart",
    "docker-cloud: got 0c5a9d3e-7b21-4f6a-9e8d-3c2b1a0f9e01; services web worker",
    "camunda-cloud: clients order-processing=zc-1",
];

/// The requests the program must make, each with the right credentials.
pub(super) const EXPECTED_REQUESTS: [&str; 12] = [
    "GET /v2/regions",
    "GET /v2/instances",
    "GET /v2/instances?page=2",
    "POST /v2/sshkeys",
    "GET /v2/self",
    "GET /v4/logs/organisations/orga_1/applications/app_1/accesslogs",
    "GET /api/app/v1/service/",
    "GET /api/app/v1/service/?offset=1",
    "GET /api/app/v1/service/0c5a9d3e-7b21-4f6a-9e8d-3c2b1a0f9e01/",
    "POST /oauth/token",
    "GET /clusters",
    "POST /clusters/9b6e2d4a-1c3f-4a5b-8d7e-0f1a2b3c4d01/clients",
];

/// The server, on a runtime of its own (xtask is otherwise synchronous): the project's test
/// server from `cloudsdk-testkit`, which reads the requests and records them, answering each
/// with [`route`].
pub(super) struct Loopback {
    runtime: tokio::runtime::Runtime,
    server: Server,
}

impl Loopback {
    /// Binds 127.0.0.1 on a free port; serves until [`stop`](Self::stop), or until xtask
    /// exits (each connection is bounded in time by the test server).
    pub(super) fn start() -> Result<Self> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .context("starting the server's runtime")?;
        let server = runtime
            .block_on(Server::start(|request| {
                let (status, content_type, body, _) = route(request);
                Response::new(status, content_type, body)
            }))
            .context("binding 127.0.0.1")?;
        Ok(Self { runtime, server })
    }

    pub(super) fn url(&self) -> String {
        self.server.url()
    }

    /// Stops the server; the requests it answered, as `METHOD target` plus `(refused)` when the
    /// credentials were wrong.
    pub(super) fn stop(self) -> Vec<String> {
        let seen = self.server.requests().iter().map(seen_line).collect();
        drop(self.server);
        self.runtime.shutdown_timeout(Duration::from_secs(1));
        seen
    }
}

/// A request as the report lists it.
fn seen_line(request: &Request) -> String {
    let mut line = format!("{} {}", request.method, request.target);
    if !route(request).3 {
        line.push_str(" (refused)");
    }
    line
}

const JSON: &str = "application/json";

/// The answer to `request`: status, content type, body, and whether its credentials were right.
fn route(request: &Request) -> (u16, &'static str, String, bool) {
    let (provider, expected) = match request.target.split('/').nth(1).unwrap_or_default() {
        "v2" if request.target.starts_with("/v2/self") => ("clever", bearer(CLEVER_API_TOKEN)),
        "v2" => ("civo", bearer(CIVO_TOKEN)),
        "v4" => ("clever", bearer(CLEVER_API_TOKEN)),
        "api" => ("docker", DOCKER_BASIC.to_owned()),
        "oauth" => ("token", String::new()),
        _ => ("camunda", bearer(CAMUNDA_TOKEN)),
    };
    if provider != "token" && request.header("authorization").unwrap_or_default() != expected {
        return (
            401,
            JSON,
            json!({"message": "bad credentials"}).to_string(),
            false,
        );
    }
    let answer = match provider {
        "civo" => civo(request),
        "clever" => clever(request),
        "docker" => docker(request),
        "token" => token(request),
        _ => camunda(request),
    };
    match answer {
        Some((content_type, body)) => (200, content_type, body, true),
        None => (
            404,
            JSON,
            json!({"message": "no such route"}).to_string(),
            true,
        ),
    }
}

fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

type Answer = Option<(&'static str, String)>;

fn civo(request: &Request) -> Answer {
    let instance = |id: &str| json!({"id": id, "hostname": format!("{id}.example.com")});
    let page =
        |n: u32, id: &str| json!({"page": n, "per_page": 1, "pages": 2, "items": [instance(id)]});
    let body = match (request.method.as_str(), request.target.as_str()) {
        ("GET", "/v2/regions") => json!([{"code": "LON1", "name": "London 1", "default": true}]),
        ("GET", "/v2/instances") => page(1, "i-1"),
        ("GET", "/v2/instances?page=2") => page(2, "i-2"),
        ("POST", "/v2/sshkeys") if request.json()["name"] == "laptop" => {
            json!({"result": "success", "id": "key-1"})
        }
        _ => return None,
    };
    Some((JSON, body.to_string()))
}

fn clever(request: &Request) -> Answer {
    match request.target.as_str() {
        "/v2/self" => Some((
            JSON,
            json!({"id": "user_1", "email": "ada@example.com", "name": "Ada"}).to_string(),
        )),
        "/v4/logs/organisations/orga_1/applications/app_1/accesslogs" => Some((
            "text/event-stream",
            "data: {\"path\":\"/\"}\n\ndata: {\"path\":\"/cart\"}\n\n".to_owned(),
        )),
        _ => None,
    }
}

fn docker(request: &Request) -> Answer {
    let service = |uuid: &str, name: &str| json!({"uuid": uuid, "resource_uri": format!("/api/app/v1/service/{uuid}/"), "name": name});
    let meta = |next: Value| json!({"limit": 1, "next": next, "offset": 0, "previous": null, "total_count": 2});
    let body = match request.target.as_str() {
        "/api/app/v1/service/" => json!({
            "meta": meta(json!("/api/app/v1/service/?offset=1")),
            "objects": [service(WEB, "web")]
        }),
        "/api/app/v1/service/?offset=1" => {
            json!({"meta": meta(Value::Null), "objects": [service(WORKER, "worker")]})
        }
        target if target == format!("/api/app/v1/service/{WEB}/") => service(WEB, "web"),
        _ => return None,
    };
    Some((JSON, body.to_string()))
}

/// Camunda's token endpoint: client credentials, as a form or as JSON.
fn token(request: &Request) -> Answer {
    let form = request.text();
    let id = format!("client_id={CAMUNDA_CLIENT_ID}");
    let json_id = request.json()["client_id"] == CAMUNDA_CLIENT_ID;
    (request.target == "/oauth/token" && (form.contains(&id) || json_id)).then(|| {
        let body =
            json!({"access_token": CAMUNDA_TOKEN, "expires_in": 3600, "token_type": "Bearer"});
        (JSON, body.to_string())
    })
}

fn camunda(request: &Request) -> Answer {
    let cluster = json!({
        "uuid": CLUSTER, "name": "order-processing", "ownerId": "owner-1",
        "created": "2024-05-01T10:00:00Z",
        "planType": {"uuid": "plan-1", "name": "Basic"}, "region": {"uuid": "region-1", "name": "Belgium"},
        "generation": {"uuid": "gen-1", "name": "Camunda 8.5"}, "channel": {"uuid": "chan-1", "name": "Stable"},
        "autoUpdate": true, "status": {"ready": "Healthy"}, "links": {"zeebe": "x.bru-2.zeebe.camunda.io:443"}
    });
    let clients = format!("/clusters/{CLUSTER}/clients");
    let body = match (request.method.as_str(), request.target.as_str()) {
        ("GET", "/clusters") => json!([cluster]),
        ("POST", target) if target == clients && request.json()["clientName"] == "worker" => {
            json!({
                "name": "worker", "uuid": "u-1", "clientId": "zc-1", "clientSecret": "s3cr3t",
                "permissions": ["Zeebe"]
            })
        }
        _ => return None,
    };
    Some((JSON, body.to_string()))
}

#[cfg(test)]
mod tests {
    use super::{CAMUNDA_CLIENT_ID, CIVO_TOKEN, DOCKER_BASIC, Request, route};

    fn request(method: &str, target: &str, authorization: &str, body: &str) -> Request {
        Request {
            method: method.into(),
            target: target.into(),
            headers: vec![("Authorization".into(), authorization.into())],
            body: body.into(),
        }
    }

    #[test]
    fn each_provider_route_checks_its_own_credentials() {
        let civo = format!("Bearer {CIVO_TOKEN}");
        let (status, _, _, accepted) = route(&request("GET", "/v2/regions", &civo, ""));
        assert_eq!((status, accepted), (200, true));
        // Civo's token is not Clever Cloud's, nor Docker Cloud's.
        let (status, _, _, accepted) = route(&request("GET", "/v2/self", &civo, ""));
        assert_eq!((status, accepted), (401, false));
        let (status, _, _, _) = route(&request("GET", "/api/app/v1/service/", &civo, ""));
        assert_eq!(status, 401);
        let (status, _, _, _) = route(&request("GET", "/api/app/v1/service/", DOCKER_BASIC, ""));
        assert_eq!(status, 200);
    }

    #[test]
    fn bodies_and_token_grants_are_checked() {
        let civo = format!("Bearer {CIVO_TOKEN}");
        let key = r#"{"name":"laptop","public_key":"ssh-ed25519 AAAA"}"#;
        assert_eq!(route(&request("POST", "/v2/sshkeys", &civo, key)).0, 200);
        assert_eq!(route(&request("POST", "/v2/sshkeys", &civo, "{}")).0, 404);
        let grant = format!("grant_type=client_credentials&client_id={CAMUNDA_CLIENT_ID}");
        assert_eq!(route(&request("POST", "/oauth/token", "", &grant)).0, 200);
        let stranger = "grant_type=client_credentials&client_id=someone-else";
        assert_eq!(route(&request("POST", "/oauth/token", "", stranger)).0, 404);
    }
}
