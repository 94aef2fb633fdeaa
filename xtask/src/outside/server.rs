//! The loopback server `cargo xtask outside` runs its program against: it answers the calls the
//! program makes to each provider, each route checking the credentials that provider's
//! variables carry, and records which requests it answered. It listens on 127.0.0.1 only, one
//! connection at a time (every answer closes its connection), and stops when told or after
//! `wait`, whichever comes first.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
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

pub(super) struct Loopback {
    url: String,
    stop: Arc<AtomicBool>,
    seen: Arc<Mutex<Vec<String>>>,
    thread: JoinHandle<Result<()>>,
}

impl Loopback {
    /// Binds 127.0.0.1 on a free port and serves until [`stop`](Self::stop) or `wait`.
    pub(super) fn start(wait: Duration) -> Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0").context("binding 127.0.0.1")?;
        listener.set_nonblocking(true)?;
        let url = format!("http://{}", listener.local_addr()?);
        let stop = Arc::new(AtomicBool::new(false));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let (flag, log) = (stop.clone(), seen.clone());
        let thread = std::thread::spawn(move || serve(&listener, &flag, &log, wait));
        Ok(Self {
            url,
            stop,
            seen,
            thread,
        })
    }

    pub(super) fn url(&self) -> &str {
        &self.url
    }

    /// Stops the server; the requests it answered, as `METHOD target` plus `(refused)` when the
    /// credentials were wrong.
    pub(super) fn stop(self) -> Result<Vec<String>> {
        self.stop.store(true, Ordering::SeqCst);
        self.thread
            .join()
            .map_err(|_| anyhow::anyhow!("the server thread panicked"))??;
        let seen = self.seen.lock().map_err(|_| anyhow::anyhow!("poisoned"))?;
        Ok(seen.clone())
    }
}

fn serve(
    listener: &TcpListener,
    stop: &AtomicBool,
    seen: &Mutex<Vec<String>>,
    wait: Duration,
) -> Result<()> {
    let deadline = Instant::now() + wait;
    while !stop.load(Ordering::SeqCst) && Instant::now() < deadline {
        match listener.accept() {
            Ok((stream, _)) => {
                // A connection that breaks off is the program's failure, seen in what it printed.
                if let Ok(line) = answer(stream)
                    && let Ok(mut seen) = seen.lock()
                {
                    seen.push(line);
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

/// One request read and answered; returns its `METHOD target` line as recorded.
fn answer(mut stream: TcpStream) -> Result<String> {
    stream.set_nonblocking(false)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let request = read_request(&mut stream)?;
    let (status, content_type, body, accepted) = route(&request);
    let reason = if status < 300 { "OK" } else { "Refused" };
    let reply = format!(
        "HTTP/1.1 {status} {reason}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\n\
         connection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(reply.as_bytes())?;
    let mut line = format!("{} {}", request.method, request.target);
    if !accepted {
        line.push_str(" (refused)");
    }
    Ok(line)
}

struct Request {
    method: String,
    target: String,
    authorization: String,
    body: String,
}

fn read_request(stream: &mut TcpStream) -> Result<Request> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut first = String::new();
    reader.read_line(&mut first)?;
    let mut parts = first.split_whitespace();
    let method = parts.next().unwrap_or_default().to_owned();
    let target = parts.next().unwrap_or_default().to_owned();
    let (mut authorization, mut length) = (String::new(), 0usize);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" {
            break;
        }
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        match name.trim().to_ascii_lowercase().as_str() {
            "authorization" => authorization = value.trim().to_owned(),
            "content-length" => length = value.trim().parse().unwrap_or(0),
            _ => {}
        }
    }
    let mut body = vec![0; length.min(1 << 20)];
    reader.read_exact(&mut body)?;
    let body = String::from_utf8_lossy(&body).into_owned();
    Ok(Request {
        method,
        target,
        authorization,
        body,
    })
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
    if provider != "token" && request.authorization != expected {
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
        ("POST", "/v2/sshkeys") if sent(request)["name"] == "laptop" => {
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
    let form = &request.body;
    let id = format!("client_id={CAMUNDA_CLIENT_ID}");
    let json_id = sent(request)["client_id"] == CAMUNDA_CLIENT_ID;
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
        ("POST", target) if target == clients && sent(request)["clientName"] == "worker" => json!({
            "name": "worker", "uuid": "u-1", "clientId": "zc-1", "clientSecret": "s3cr3t",
            "permissions": ["Zeebe"]
        }),
        _ => return None,
    };
    Some((JSON, body.to_string()))
}

/// The request's JSON body, or `null`.
fn sent(request: &Request) -> Value {
    serde_json::from_str(&request.body).unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::{CAMUNDA_CLIENT_ID, CIVO_TOKEN, DOCKER_BASIC, Request, route};

    fn request(method: &str, target: &str, authorization: &str, body: &str) -> Request {
        Request {
            method: method.into(),
            target: target.into(),
            authorization: authorization.into(),
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
