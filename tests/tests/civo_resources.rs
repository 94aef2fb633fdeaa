//! Every Civo resource family named in the tracker (regions, quota, charges, sizes, disk images,
//! instances and their actions, SSH keys, volumes, networks, firewalls and rules, load balancers,
//! reserved IPs, DNS domains and records, Kubernetes clusters and pools, object stores,
//! databases) against a loopback server that checks the bearer key, the method, the path, the
//! `region` query and the required fields of JSON or form bodies, and answers like Civo: JSON on
//! success, a plain-text page on 404 and a JSON `code` and `reason` on 403 and 400.
//!
//! Covered, each with its success and a typical error:
//! - regions (list, create, connect, disconnect): 403 for a suspended account; connecting or
//!   disconnecting an unknown code is a documented 400 `region_unavailable` (JSON or form body);
//! - quota and sizes: 403 for a suspended account; an unknown `region` is Civo's plain-text 404,
//!   which these operations do not document, so it is `Error::UnexpectedStatus` with the page kept;
//! - charges: 403 for a suspended account; a range over 31 days is a documented 400
//!   `parameter_date_range_too_long`;
//! - every other family: a plain-text 404 for a missing id, a JSON 403 for a protected one, and a
//!   400 for an instance created without its required fields.
//!
//! Errors are checked for their variant (`Error::Api` when the status is documented), status,
//! decoded `code`/`reason` and the raw body kept as sent.

use civo::auth::BearerToken;
use civo::types::{self, CreateInstanceRequest};
use civo::{Client, Error};
use cloudsdk_runtime::chrono::{DateTime, Utc};
use cloudsdk_testkit::{Request, Response, Server};
use serde_json::{Map, Value, json};

mod common;
use common::{Call, call, run};

const KEY: &str = "civo-api-key-123";
/// The key of a suspended account: valid, but every call is refused with a JSON 403.
const SUSPENDED_KEY: &str = "civo-api-key-suspended";
const NOT_FOUND: &str = "The page you were looking for doesn't exist.";
/// Regions the account may use; any other `region` (query or connect body) is unknown.
const REGIONS: [&str; 4] = ["LON1", "NYC1", "FRA1", "PHX1"];
/// The longest charges range the loopback accepts, in days (Civo's exact limit is not published).
const MAX_CHARGE_DAYS: i64 = 31;

/// An RFC 3339 instant (`format: date-time`), as charges take their range.
fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("an RFC 3339 date-time")
}

/// Path segments that name a collection; whatever follows one is an id, then an action.
const COLLECTIONS: [&str; 23] = [
    "regions",
    "quota",
    "charges",
    "sizes",
    "disk_images",
    "instances",
    "sshkeys",
    "volumes",
    "volumetypes",
    "networks",
    "subnets",
    "firewalls",
    "rules",
    "loadbalancers",
    "ips",
    "dns",
    "records",
    "clusters",
    "pools",
    "objectstores",
    "databases",
    "versions",
    "stats",
];

/// Fields the spec requires in each creation body.
fn required(kind: &str) -> &'static [&'static str] {
    match kind {
        "sshkeys" => &["name", "public_key"],
        "volumes" => &["name", "size_gb"],
        "networks" => &["label"],
        "subnets" | "firewalls" | "loadbalancers" | "dns" | "clusters" => &["name"],
        "records" => &["type", "name", "value"],
        "pools" => &["count", "size"],
        "objectstores" => &["max_size_gb"],
        "databases" => &["name", "size", "software"],
        "instances" => &["hostname", "size"],
        "regions" => &["code"],
        _ => &[],
    }
}

/// A realistic Civo object of `kind` with id `id`.
fn resource(kind: &str, id: &str) -> Value {
    match kind {
        "regions" => {
            json!({"code": "LON1", "name": "London 1", "type": "civostack", "default": true})
        }
        "sizes" => {
            json!({"name": "g3.small", "nice_name": "Small", "cpu_cores": 1, "ram_mb": 2048, "disk_gb": 25, "selectable": true})
        }
        "charges" => {
            json!({"code": "instance-g3.small", "label": "web-1", "from": "2024-05-01T00:00:00Z", "to": "2024-05-31T23:59:59Z", "num_hours": 744})
        }
        "disk_images" => {
            json!({"id": id, "name": "ubuntu-jammy", "version": "22.04", "distribution": "ubuntu", "state": "available", "region": "LON1", "status": "available"})
        }
        "instances" => {
            json!({"id": id, "hostname": "web-1.example.com", "size": "g3.small", "region": "LON1", "status": "ACTIVE", "public_ip": "74.220.21.10"})
        }
        "sshkeys" => json!({"id": id, "name": "laptop", "fingerprint": "SHA256:abc"}),
        "volumetypes" => {
            json!({"name": "ms-xfs-2-replicas", "description": "2 replicas", "enabled": true})
        }
        "volumes" => {
            json!({"id": id, "name": "data", "size_gb": 20, "status": "available", "bootable": false, "result": "success"})
        }
        "networks" => {
            json!({"id": id, "name": "cust-default", "label": "default", "default": true, "cidr": "192.168.1.0/24", "status": "Active", "result": "success"})
        }
        "subnets" => {
            json!({"id": id, "name": "sub-a", "network_id": "n-1", "subnet_size": "/24", "status": "Active"})
        }
        "firewalls" => {
            json!({"id": id, "name": "web", "rules_count": 2, "instance_count": 1, "network_id": "n-1", "result": "success"})
        }
        "rules" => {
            json!({"id": id, "firewall_id": "f-1", "protocol": "tcp", "start_port": "443", "end_port": "443", "cidr": ["0.0.0.0/0"], "direction": "ingress", "action": "allow"})
        }
        "loadbalancers" => {
            json!({"id": id, "name": "lb-web", "algorithm": "round_robin", "public_ip": "74.220.21.11", "state": "available"})
        }
        "ips" => json!({"id": id, "name": "front", "ip": "74.220.21.12"}),
        "dns" => json!({"id": id, "account_id": "acc-1", "name": "example.com"}),
        "records" => {
            json!({"id": id, "domain_id": "d-1", "name": "www", "value": "74.220.21.10", "type": "A", "ttl": 600})
        }
        "clusters" => {
            json!({"id": id, "name": "k8s-prod", "version": "1.28.7-k3s1", "status": "ACTIVE", "ready": true, "num_target_nodes": 3, "target_nodes_size": "g4s.kube.medium"})
        }
        "pools" => {
            json!({"id": id, "count": 3, "size": "g4s.kube.medium", "instance_names": ["k3s-node-1"]})
        }
        "objectstores" => {
            json!({"id": id, "name": "backups", "max_size": 500, "objectstore_endpoint": "objectstore.lon1.civo.com", "status": "ready"})
        }
        "databases" => {
            json!({"id": id, "name": "orders", "nodes": 1, "size": "g3.db.small", "software": "PostgreSQL", "software_version": "14", "port": 5432, "status": "Ready"})
        }
        _ => json!({"id": id}),
    }
}

/// The keys of a JSON or form body.
fn fields(req: &Request) -> Map<String, Value> {
    if req.header("content-type") == Some("application/x-www-form-urlencoded") {
        let text = req.text();
        let pairs = text.split('&').filter_map(|p| p.split_once('='));
        pairs.map(|(k, v)| (k.to_owned(), Value::from(v))).collect()
    } else {
        req.json().as_object().cloned().unwrap_or_default()
    }
}

/// The value of query parameter `name`, as sent (not decoded).
fn query_param<'r>(req: &'r Request, name: &str) -> Option<&'r str> {
    let mut pairs = req.query().split('&').filter_map(|p| p.split_once('='));
    pairs.find(|(k, _)| *k == name).map(|(_, v)| v)
}

/// Days since 1970-01-01 of the `YYYY-MM-DD` that starts an RFC 3339 timestamp.
fn day_number(timestamp: &str) -> Option<i64> {
    let date = timestamp.get(..10)?;
    let mut parts = date.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// `GET /v2/charges`: `from` and `to` are required RFC 3339 timestamps and the range is bounded.
fn charges(req: &Request) -> Response {
    let bad =
        |code: &str, reason: &str| Response::json(400, json!({"code": code, "reason": reason}));
    let (Some(from), Some(to)) = (query_param(req, "from"), query_param(req, "to")) else {
        return bad("parameter_missing", "from and to are required");
    };
    let (Some(from), Some(to)) = (day_number(from), day_number(to)) else {
        return bad(
            "parameter_date_invalid",
            "from and to must be RFC 3339 dates",
        );
    };
    if to < from {
        return bad("parameter_date_invalid", "from must not be after to");
    }
    if to - from > MAX_CHARGE_DAYS {
        return bad(
            "parameter_date_range_too_long",
            "the date range must not exceed 31 days",
        );
    }
    Response::json(200, json!([resource("charges", "charges-1")]))
}

/// A region code Civo knows (case-insensitive).
fn known_region(code: &str) -> bool {
    REGIONS.iter().any(|r| r.eq_ignore_ascii_case(code))
}

/// Civo: `Authorization: bearer <key>`; ids starting with `missing` and unknown `region`s are a
/// plain-text 404 page, `locked` ones a JSON 403, and a suspended account gets a JSON 403 for
/// every call.
fn civo(req: &Request) -> Response {
    let auth = req.header("authorization").unwrap_or_default();
    if auth.eq_ignore_ascii_case(&format!("bearer {SUSPENDED_KEY}")) {
        return Response::json(
            403,
            json!({"code": "authentication_access_denied", "reason": "the account is suspended"}),
        );
    }
    if !auth.eq_ignore_ascii_case(&format!("bearer {KEY}")) {
        return Response::json(
            401,
            json!({"code": "authentication_failed", "reason": "no valid key"}),
        );
    }
    if query_param(req, "region").is_some_and(|r| !known_region(r)) {
        return Response::new(404, "text/plain", NOT_FOUND);
    }
    let path = req.path().trim_start_matches("/v2/");
    let segments: Vec<&str> = path.split('/').collect();
    if segments.iter().any(|s| s.starts_with("missing")) {
        return Response::new(404, "text/plain", NOT_FOUND);
    }
    if segments.contains(&"locked") {
        return Response::json(
            403,
            json!({"code": "forbidden", "reason": "resource is protected"}),
        );
    }
    let Some(at) = segments.iter().rposition(|s| COLLECTIONS.contains(s)) else {
        return Response::new(404, "text/plain", NOT_FOUND);
    };
    let (kind, tail) = (segments[at], &segments[at + 1..]);
    let success = || Response::json(200, json!({"result": "success", "id": tail.first()}));
    match (req.method.as_str(), tail) {
        ("GET", []) if kind == "quota" => Response::json(
            200,
            json!({"id": "acc-1", "default_user_email_address": "ada@example.com", "instance_count_limit": 16, "instance_count_usage": 2}),
        ),
        ("GET", []) if kind == "charges" => charges(req),
        ("POST", [action @ ("connect" | "disconnect")]) if kind == "regions" => {
            match fields(req).get("code").and_then(Value::as_str) {
                None | Some("") => Response::json(
                    400,
                    json!({"code": "parameter_code_missing", "reason": "code is required"}),
                ),
                Some(code) if !known_region(code) => Response::json(
                    400,
                    json!({"code": "region_unavailable", "reason": format!("cannot {action} {code}")}),
                ),
                Some(_) => success(),
            }
        }
        ("GET", []) if kind == "stats" => Response::json(
            200,
            json!({"size_kb_utilised": 2048, "max_size_kb": 524288000, "num_objects": 12}),
        ),
        ("GET", []) if kind == "versions" => Response::json(
            200,
            json!({"PostgreSQL": [{"software_version": "14", "default": true}]}),
        ),
        ("GET", []) => {
            let items = json!([resource(kind, &format!("{kind}-1"))]);
            let paged = (at == 0
                && ["instances", "objectstores", "ips", "databases"].contains(&kind))
                || kind == "clusters";
            let body = if paged {
                json!({"page": 1, "per_page": 20, "pages": 1, "items": items})
            } else {
                items
            };
            Response::json(200, body)
        }
        ("POST", []) => {
            let body = fields(req);
            if let Some(field) = required(kind).iter().find(|f| !body.contains_key(**f)) {
                return Response::json(
                    400,
                    json!({"code": "parameter_missing", "reason": format!("{field} is required")}),
                );
            }
            if kind == "sshkeys" || kind == "pools" {
                return Response::json(
                    200,
                    json!({"result": "success", "id": format!("{kind}-new")}),
                );
            }
            Response::json(200, resource(kind, &format!("{kind}-new")))
        }
        ("DELETE", _) => success(),
        ("PUT", [_]) if kind == "instances" || kind == "firewalls" => success(),
        ("GET" | "PUT", [id]) => Response::json(200, resource(kind, id)),
        ("PUT" | "POST", [_, _]) => success(),
        _ => Response::new(404, "text/plain", NOT_FOUND),
    }
}

fn client(server: &Server) -> Client {
    Client::builder()
        .base_url(server.url())
        .auth(BearerToken::civo(KEY).expect("valid key"))
        .build()
        .expect("client builds")
}

#[tokio::test]
async fn account_catalogue_and_instances() {
    let server = Server::start(civo).await.expect("server starts");
    let c = client(&server);
    let instance = CreateInstanceRequest::new()
        .with_hostname("web-1.example.com")
        .with_size("g3.small");
    let calls = vec![
        (call!(c.regions().list()), "GET /v2/regions", "London 1"),
        (
            call!(c.quota().get()),
            "GET /v2/quota",
            "instance_count_limit: Some(16)",
        ),
        (
            call!(
                c.charges()
                    .list(at("2024-05-01T00:00:00Z"), at("2024-05-31T00:00:00Z"))
            ),
            "GET /v2/charges",
            "num_hours: Some(744)",
        ),
        (call!(c.sizes().list()), "GET /v2/sizes", "g3.small"),
        (
            call!(c.disk_images().list()),
            "GET /v2/disk_images",
            "ubuntu-jammy",
        ),
        (
            call!(c.disk_images().get("img-1")),
            "GET /v2/disk_images/img-1",
            "\"img-1\"",
        ),
        (
            call!(c.instances().list()),
            "GET /v2/instances",
            "InstancePage",
        ),
        (
            call!(c.instances().create(instance)),
            "POST /v2/instances",
            "instances-new",
        ),
        (
            call!(c.instances().get("i-1")),
            "GET /v2/instances/i-1",
            "74.220.21.10",
        ),
        (
            call!(c.instances().update(
                "i-1",
                types::UpdateInstanceRequest::new().with_hostname("web-2")
            )),
            "PUT /v2/instances/i-1",
            "success",
        ),
        (
            call!(
                c.instances()
                    .set_tags("i-1", types::SetInstanceTagsRequest::new("web prod"))
            ),
            "PUT /v2/instances/i-1/tags",
            "success",
        ),
        (
            call!(c.instances().hard_reboot("i-1")),
            "POST /v2/instances/i-1/hard_reboots",
            "success",
        ),
        (
            call!(c.instances().soft_reboot("i-1")),
            "POST /v2/instances/i-1/soft_reboots",
            "success",
        ),
        (
            call!(c.instances().stop("i-1")),
            "PUT /v2/instances/i-1/stop",
            "success",
        ),
        (
            call!(c.instances().start("i-1")),
            "PUT /v2/instances/i-1/start",
            "success",
        ),
        (
            call!(
                c.instances()
                    .resize("i-1", types::ResizeInstanceRequest::new("g3.medium"))
            ),
            "PUT /v2/instances/i-1/resize",
            "success",
        ),
        (
            call!(
                c.instances()
                    .set_firewall("i-1", types::SetInstanceFirewallRequest::new("f-1"))
            ),
            "PUT /v2/instances/i-1/firewall",
            "success",
        ),
        (
            call!(c.instances().delete("i-1")),
            "DELETE /v2/instances/i-1",
            "success",
        ),
    ];
    run(&server, calls).await;
    let charges = server
        .requests()
        .into_iter()
        .find(|r| r.path() == "/v2/charges")
        .expect("sent");
    // `format: date-time` parameters go out as RFC 3339.
    assert_eq!(
        charges.query(),
        "from=2024-05-01T00%3A00%3A00Z&to=2024-05-31T00%3A00%3A00Z"
    );
}

#[tokio::test]
async fn keys_volumes_networks_firewalls_and_load_balancers() {
    let server = Server::start(civo).await.expect("server starts");
    let c = client(&server);
    let calls = vec![
        (call!(c.ssh_keys().list()), "GET /v2/sshkeys", "SHA256:abc"),
        (
            call!(c.ssh_keys().create(types::CreateSshKeyRequest::new(
                "laptop",
                "ssh-ed25519 AAAA"
            ))),
            "POST /v2/sshkeys",
            "sshkeys-new",
        ),
        (
            call!(
                c.ssh_keys()
                    .rename("k-1", types::UpdateSshKeyRequest::new("desk"))
            ),
            "PUT /v2/sshkeys/k-1",
            "\"k-1\"",
        ),
        (
            call!(c.ssh_keys().delete("k-1")),
            "DELETE /v2/sshkeys/k-1",
            "success",
        ),
        (
            call!(c.volumes().list_types()),
            "GET /v2/volumetypes",
            "ms-xfs-2-replicas",
        ),
        (
            call!(c.volumes().list()),
            "GET /v2/volumes",
            "size_gb: Some(20)",
        ),
        (
            call!(
                c.volumes()
                    .create(types::CreateVolumeRequest::new("data", 20))
            ),
            "POST /v2/volumes",
            "volumes-new",
        ),
        (
            call!(c.volumes().get("v-1")),
            "GET /v2/volumes/v-1",
            "\"v-1\"",
        ),
        (
            call!(
                c.volumes()
                    .attach("v-1", types::AttachVolumeRequest::new("i-1"))
            ),
            "PUT /v2/volumes/v-1/attach",
            "success",
        ),
        (
            call!(c.volumes().detach("v-1")),
            "PUT /v2/volumes/v-1/detach",
            "success",
        ),
        (
            call!(
                c.volumes()
                    .resize("v-1", types::ResizeVolumeRequest::new(40))
            ),
            "PUT /v2/volumes/v-1/resize",
            "success",
        ),
        (
            call!(c.volumes().delete("v-1")),
            "DELETE /v2/volumes/v-1",
            "success",
        ),
        (
            call!(c.networks().list()),
            "GET /v2/networks",
            "192.168.1.0/24",
        ),
        (
            call!(c.networks().create(types::NetworkRequest::new("backend"))),
            "POST /v2/networks",
            "networks-new",
        ),
        (
            call!(c.networks().get("n-1")),
            "GET /v2/networks/n-1",
            "\"n-1\"",
        ),
        (
            call!(
                c.networks()
                    .update("n-1", types::NetworkRequest::new("renamed"))
            ),
            "PUT /v2/networks/n-1",
            "\"n-1\"",
        ),
        (
            call!(c.networks().list_subnets("n-1")),
            "GET /v2/networks/n-1/subnets",
            "sub-a",
        ),
        (
            call!(
                c.networks()
                    .create_subnet("n-1", types::CreateSubnetRequest::new("sub-a"))
            ),
            "POST /v2/networks/n-1/subnets",
            "subnets-new",
        ),
        (
            call!(c.networks().delete("n-1")),
            "DELETE /v2/networks/n-1",
            "success",
        ),
        (
            call!(c.firewalls().list()),
            "GET /v2/firewalls",
            "rules_count: Some(2)",
        ),
        (
            call!(
                c.firewalls()
                    .create(types::CreateFirewallRequest::new("web").with_network_id("n-1"))
            ),
            "POST /v2/firewalls",
            "firewalls-new",
        ),
        (
            call!(
                c.firewalls()
                    .rename("f-1", types::UpdateFirewallRequest::new("web2"))
            ),
            "PUT /v2/firewalls/f-1",
            "success",
        ),
        (
            call!(c.firewalls().list_rules("f-1")),
            "GET /v2/firewalls/f-1/rules",
            "ingress",
        ),
        (
            call!(
                c.firewalls().create_rule(
                    "f-1",
                    types::CreateFirewallRuleRequest::new()
                        .with_protocol("tcp")
                        .with_start_port("443")
                        .with_cidr(vec!["0.0.0.0/0".to_owned()])
                )
            ),
            "POST /v2/firewalls/f-1/rules",
            "rules-new",
        ),
        (
            call!(c.firewalls().delete_rule("f-1", "r-1")),
            "DELETE /v2/firewalls/f-1/rules/r-1",
            "success",
        ),
        (
            call!(c.firewalls().delete("f-1")),
            "DELETE /v2/firewalls/f-1",
            "success",
        ),
        (
            call!(c.load_balancers().list()),
            "GET /v2/loadbalancers",
            "round_robin",
        ),
        (
            call!(
                c.load_balancers()
                    .create(types::CreateLoadBalancerRequest::new("lb-web"))
            ),
            "POST /v2/loadbalancers",
            "loadbalancers-new",
        ),
        (
            call!(c.load_balancers().get("lb-1")),
            "GET /v2/loadbalancers/lb-1",
            "\"lb-1\"",
        ),
        (
            call!(c.load_balancers().update(
                "lb-1",
                types::UpdateLoadBalancerRequest::new().with_name("lb-2")
            )),
            "PUT /v2/loadbalancers/lb-1",
            "\"lb-1\"",
        ),
        (
            call!(c.load_balancers().delete("lb-1")),
            "DELETE /v2/loadbalancers/lb-1",
            "success",
        ),
    ];
    run(&server, calls).await;
}

#[tokio::test]
async fn ips_dns_kubernetes_object_stores_and_databases() {
    let server = Server::start(civo).await.expect("server starts");
    let c = client(&server);
    let calls = vec![
        (
            call!(c.reserved_ips().list()),
            "GET /v2/ips",
            "ReservedIpPage",
        ),
        (call!(c.reserved_ips().create()), "POST /v2/ips", "ips-new"),
        (
            call!(c.reserved_ips().get("ip-1")),
            "GET /v2/ips/ip-1",
            "74.220.21.12",
        ),
        (
            call!(
                c.reserved_ips()
                    .rename("ip-1", types::UpdateReservedIpRequest::new("edge"))
            ),
            "PUT /v2/ips/ip-1",
            "\"ip-1\"",
        ),
        (
            call!(
                c.reserved_ips().act(
                    "ip-1",
                    types::ReservedIpActionRequest::new(
                        types::ReservedIpActionRequestAction::Assign
                    )
                    .with_assign_to_id("i-1")
                )
            ),
            "POST /v2/ips/ip-1/actions",
            "success",
        ),
        (
            call!(c.reserved_ips().delete("ip-1")),
            "DELETE /v2/ips/ip-1",
            "success",
        ),
        (call!(c.dns().list_domains()), "GET /v2/dns", "example.com"),
        (
            call!(
                c.dns()
                    .create_domain(types::DnsDomainRequest::new("example.org"))
            ),
            "POST /v2/dns",
            "dns-new",
        ),
        (
            call!(
                c.dns()
                    .rename_domain("d-1", types::DnsDomainRequest::new("example.net"))
            ),
            "PUT /v2/dns/d-1",
            "\"d-1\"",
        ),
        (
            call!(c.dns().list_records("d-1")),
            "GET /v2/dns/d-1/records",
            "ttl: Some(600)",
        ),
        (
            call!(c.dns().create_record(
                "d-1",
                types::DnsRecordRequest::new("A", "www", "74.220.21.10")
            )),
            "POST /v2/dns/d-1/records",
            "records-new",
        ),
        (
            call!(c.dns().update_record(
                "d-1",
                "r-1",
                types::DnsRecordRequest::new("A", "www", "74.220.21.11")
            )),
            "PUT /v2/dns/d-1/records/r-1",
            "\"r-1\"",
        ),
        (
            call!(c.dns().delete_record("d-1", "r-1")),
            "DELETE /v2/dns/d-1/records/r-1",
            "success",
        ),
        (
            call!(c.dns().delete_domain("d-1")),
            "DELETE /v2/dns/d-1",
            "success",
        ),
        (
            call!(c.kubernetes().list_clusters()),
            "GET /v2/kubernetes/clusters",
            "KubernetesClusterPage",
        ),
        (
            call!(
                c.kubernetes()
                    .create_cluster(types::CreateKubernetesClusterRequest::new("k8s-prod"))
            ),
            "POST /v2/kubernetes/clusters",
            "clusters-new",
        ),
        (
            call!(c.kubernetes().get_cluster("k-1")),
            "GET /v2/kubernetes/clusters/k-1",
            "1.28.7-k3s1",
        ),
        (
            call!(c.kubernetes().update_cluster(
                "k-1",
                types::UpdateKubernetesClusterRequest::new().with_name("k8s-2")
            )),
            "PUT /v2/kubernetes/clusters/k-1",
            "\"k-1\"",
        ),
        (
            call!(c.kubernetes().list_cluster_instances("k-1")),
            "GET /v2/kubernetes/clusters/k-1/instances",
            "web-1.example.com",
        ),
        (
            call!(c.kubernetes_pools().list("k-1")),
            "GET /v2/kubernetes/clusters/k-1/pools",
            "k3s-node-1",
        ),
        (
            call!(c.kubernetes_pools().create(
                "k-1",
                types::CreateKubernetesPoolRequest::new(2, "g4s.kube.small")
            )),
            "POST /v2/kubernetes/clusters/k-1/pools",
            "pools-new",
        ),
        (
            call!(c.kubernetes_pools().get("k-1", "p-1")),
            "GET /v2/kubernetes/clusters/k-1/pools/p-1",
            "\"p-1\"",
        ),
        (
            call!(c.kubernetes_pools().update(
                "k-1",
                "p-1",
                types::UpdateKubernetesPoolRequest::new().with_count(4)
            )),
            "PUT /v2/kubernetes/clusters/k-1/pools/p-1",
            "\"p-1\"",
        ),
        (
            call!(c.kubernetes_pools().delete("k-1", "p-1")),
            "DELETE /v2/kubernetes/clusters/k-1/pools/p-1",
            "success",
        ),
        (
            call!(c.kubernetes().delete_cluster("k-1")),
            "DELETE /v2/kubernetes/clusters/k-1",
            "success",
        ),
        (
            call!(c.object_stores().list()),
            "GET /v2/objectstores",
            "ObjectStorePage",
        ),
        (
            call!(
                c.object_stores()
                    .create(types::CreateObjectStoreRequest::new(500))
            ),
            "POST /v2/objectstores",
            "objectstores-new",
        ),
        (
            call!(c.object_stores().get("os-1")),
            "GET /v2/objectstores/os-1",
            "objectstore.lon1.civo.com",
        ),
        (
            call!(
                c.object_stores()
                    .update("os-1", types::UpdateObjectStoreRequest::new(1000))
            ),
            "PUT /v2/objectstores/os-1",
            "\"os-1\"",
        ),
        (
            call!(c.object_stores().get_stats("os-1")),
            "GET /v2/objectstores/os-1/stats",
            "num_objects: Some(12)",
        ),
        (
            call!(c.object_stores().delete("os-1")),
            "DELETE /v2/objectstores/os-1",
            "success",
        ),
        (
            call!(c.databases().list_versions()),
            "GET /v2/databases/versions",
            "PostgreSQL",
        ),
        (
            call!(c.databases().list()),
            "GET /v2/databases",
            "DatabasePage",
        ),
        (
            call!(c.databases().create(types::CreateDatabaseRequest::new(
                "orders",
                "g3.db.small",
                "PostgreSQL"
            ))),
            "POST /v2/databases",
            "databases-new",
        ),
        (
            call!(c.databases().get("db-1")),
            "GET /v2/databases/db-1",
            "port: Some(5432)",
        ),
        (
            call!(
                c.databases()
                    .update("db-1", types::UpdateDatabaseRequest::new().with_nodes(3))
            ),
            "PUT /v2/databases/db-1",
            "\"db-1\"",
        ),
        (
            call!(
                c.databases()
                    .restore("db-1", types::RestoreDatabaseRequest::new("nightly"))
            ),
            "POST /v2/databases/db-1/restore",
            "success",
        ),
        (
            call!(c.databases().delete("db-1")),
            "DELETE /v2/databases/db-1",
            "success",
        ),
    ];
    run(&server, calls).await;
}

#[tokio::test]
async fn region_query_and_form_bodies_reach_the_server() {
    let server = Server::start(civo).await.expect("server starts");
    let c = client(&server);
    let calls = vec![
        (
            call!(c.instances().list().region("NYC1")),
            "GET /v2/instances",
            "InstancePage",
        ),
        (
            call!(
                c.volumes()
                    .create(types::CreateVolumeRequest::new("data", 20))
                    .region("NYC1")
                    .as_form()
            ),
            "POST /v2/volumes",
            "volumes-new",
        ),
        (
            call!(
                c.ssh_keys()
                    .create(types::CreateSshKeyRequest::new("k", "ssh-ed25519 AAAA"))
                    .as_form()
            ),
            "POST /v2/sshkeys",
            "sshkeys-new",
        ),
        (
            call!(c.networks().list().region("NYC1")),
            "GET /v2/networks",
            "cust-default",
        ),
        (
            call!(c.kubernetes().list_clusters().region("NYC1")),
            "GET /v2/kubernetes/clusters",
            "k8s-prod",
        ),
    ];
    run(&server, calls).await;
    let sent = server.requests();
    for request in sent.iter().filter(|r| r.path() != "/v2/sshkeys") {
        assert!(
            request.query().split('&').any(|p| p == "region=NYC1"),
            "{}",
            request.target
        );
    }
    for request in sent.iter().filter(|r| r.method == "POST") {
        assert_eq!(
            request.header("content-type"),
            Some("application/x-www-form-urlencoded")
        );
    }
    assert_eq!(sent[1].text(), "name=data&size_gb=20");
}

/// Checks an error's status and kept body, and the decoded `reason` when the status is documented.
fn check(error: &Error<types::Error>, status: u16, reason: Option<&str>) {
    let response = error.response().expect("response kept");
    assert_eq!(response.status.as_u16(), status, "{error:?}");
    match (error, reason) {
        (Error::Api(api), Some(reason)) => {
            let decoded = api.error.as_ref().expect("JSON error decodes");
            assert_eq!(decoded.reason.as_deref(), Some(reason));
        }
        (_, None) => assert_eq!(response.text(), NOT_FOUND),
        _ => panic!("{status} with a JSON reason should be documented: {error:?}"),
    }
}

#[tokio::test]
async fn typical_errors_keep_civo_bodies() {
    let server = Server::start(civo).await.expect("server starts");
    let c = client(&server);
    let not_found: Vec<Call<'_, types::Error>> = vec![
        call!(c.disk_images().get("missing")),
        call!(c.instances().get("missing")),
        call!(c.volumes().get("missing")),
        call!(c.networks().get("missing")),
        call!(c.firewalls().list_rules("missing")),
        call!(c.load_balancers().get("missing")),
        call!(c.reserved_ips().get("missing")),
        call!(c.dns().list_records("missing")),
        call!(c.kubernetes().get_cluster("missing")),
        call!(c.kubernetes_pools().get("k-1", "missing")),
        call!(c.object_stores().get("missing")),
        call!(c.databases().get("missing")),
    ];
    for call in not_found {
        check(&call.await.expect_err("404"), 404, None);
    }
    let forbidden: Vec<Call<'_, types::Error>> = vec![
        call!(c.instances().delete("locked")),
        call!(c.ssh_keys().delete("locked")),
        call!(c.volumes().delete("locked")),
        call!(c.networks().delete("locked")),
        call!(c.firewalls().delete("locked")),
        call!(c.load_balancers().delete("locked")),
        call!(c.reserved_ips().delete("locked")),
        call!(c.dns().delete_domain("locked")),
        call!(c.kubernetes().delete_cluster("locked")),
        call!(c.object_stores().delete("locked")),
        call!(c.databases().delete("locked")),
    ];
    for call in forbidden {
        check(
            &call.await.expect_err("403"),
            403,
            Some("resource is protected"),
        );
    }
    let error = c
        .instances()
        .create(CreateInstanceRequest::new())
        .send()
        .await
        .expect_err("400");
    check(&error, 400, Some("hostname is required"));
}

/// A documented error status: `Error::Api` with the JSON body decoded (`code`, `reason`) and kept
/// verbatim.
fn documented(error: &Error<types::Error>, status: u16, code: &str, reason: &str) {
    let Error::Api(api) = error else {
        panic!("{status} is documented: {error:?}")
    };
    assert_eq!(api.response.status.as_u16(), status, "{error:?}");
    let decoded = api.error.as_ref().expect("the JSON error decodes");
    assert_eq!(decoded.code.as_deref(), Some(code));
    assert!(
        decoded
            .reason
            .as_deref()
            .is_some_and(|r| r.contains(reason)),
        "{decoded:?}"
    );
    let kept: Value = serde_json::from_slice(&api.response.body).expect("the body is kept");
    assert_eq!(kept["code"], code);
}

/// A status the operation does not document: `Error::UnexpectedStatus` keeping Civo's plain-text
/// page and its content type.
fn undocumented_404(error: &Error<types::Error>) {
    let Error::UnexpectedStatus(response) = error else {
        panic!("404 is not documented here: {error:?}")
    };
    assert_eq!(response.status.as_u16(), 404);
    assert_eq!(response.text(), NOT_FOUND);
    assert_eq!(
        response.headers.get("content-type").map(|v| v.as_bytes()),
        Some(&b"text/plain"[..])
    );
    assert!(error.to_string().contains("doesn't exist"), "{error}");
}

#[tokio::test]
async fn a_suspended_account_gets_documented_403s_for_regions_quota_sizes_and_charges() {
    let server = Server::start(civo).await.expect("server starts");
    let c = Client::builder()
        .base_url(server.url())
        .auth(BearerToken::civo(SUSPENDED_KEY).expect("valid key"))
        .build()
        .expect("client builds");
    let calls = vec![
        (call!(c.regions().list()), "GET /v2/regions"),
        (call!(c.quota().get()), "GET /v2/quota"),
        (call!(c.sizes().list()), "GET /v2/sizes"),
        (
            call!(
                c.charges()
                    .list(at("2024-05-01T00:00:00Z"), at("2024-05-31T00:00:00Z"))
            ),
            "GET /v2/charges",
        ),
    ];
    for (call, route) in calls {
        let error = call.await.expect_err(route);
        documented(&error, 403, "authentication_access_denied", "suspended");
        let sent = server.requests().pop().expect("sent");
        assert_eq!(format!("{} {}", sent.method, sent.path()), route);
        assert_eq!(
            sent.header("authorization"),
            Some("bearer civo-api-key-suspended")
        );
    }
}

#[tokio::test]
async fn an_unknown_region_is_an_undocumented_plain_text_404_for_quota_and_sizes() {
    let server = Server::start(civo).await.expect("server starts");
    let c = client(&server);
    // The same calls succeed in a region the account has.
    let calls = vec![
        (
            call!(c.quota().get().region("FRA1")),
            "GET /v2/quota",
            "acc-1",
        ),
        (
            call!(c.sizes().list().region("FRA1")),
            "GET /v2/sizes",
            "g3.small",
        ),
    ];
    run(&server, calls).await;
    let calls: Vec<(Call<'_, types::Error>, &str)> = vec![
        (call!(c.quota().get().region("XYZ9")), "/v2/quota"),
        (call!(c.sizes().list().region("XYZ9")), "/v2/sizes"),
    ];
    for (call, path) in calls {
        undocumented_404(&call.await.expect_err("404"));
        let sent = server.requests().pop().expect("sent");
        assert_eq!((sent.path(), sent.query()), (path, "region=XYZ9"));
    }
}

#[tokio::test]
async fn charges_over_too_long_a_range_are_a_documented_400() {
    let server = Server::start(civo).await.expect("server starts");
    let c = client(&server);
    let charges = c
        .charges()
        .list(at("2024-02-01T00:00:00Z"), at("2024-03-01T00:00:00Z"))
        .send()
        .await
        .expect("29 days are fine");
    assert_eq!(charges[0].num_hours, Some(744));
    let error = c
        .charges()
        .list(at("2024-01-01T00:00:00+02:00"), at("2024-12-31T23:59:59Z"))
        .send()
        .await
        .expect_err("a year is too long");
    documented(&error, 400, "parameter_date_range_too_long", "31 days");
    assert!(error.to_string().contains("400"), "{error}");
    let sent = server.requests().pop().expect("sent");
    // RFC 3339 in UTC, percent-encoded as every query value is.
    assert_eq!(
        sent.query(),
        "from=2023-12-31T22%3A00%3A00Z&to=2024-12-31T23%3A59%3A59Z"
    );
}

#[tokio::test]
async fn regions_are_created_and_connected_and_an_unknown_code_is_a_documented_400() {
    let server = Server::start(civo).await.expect("server starts");
    let c = client(&server);
    let calls = vec![
        (
            call!(
                c.regions()
                    .create(types::CreateRegionRequest::new("PRIV1").with_private(true))
            ),
            "POST /v2/regions",
            "London 1",
        ),
        (
            call!(c.regions().connect(types::RegionCodeRequest::new("PHX1"))),
            "POST /v2/regions/connect",
            "()",
        ),
        (
            call!(
                c.regions()
                    .disconnect(types::RegionCodeRequest::new("PHX1"))
            ),
            "POST /v2/regions/disconnect",
            "()",
        ),
    ];
    run(&server, calls).await;
    assert_eq!(server.requests()[1].json(), json!({"code": "PHX1"}));
    let error = c
        .regions()
        .connect(types::RegionCodeRequest::new("XYZ9"))
        .send()
        .await
        .expect_err("unknown region");
    documented(&error, 400, "region_unavailable", "XYZ9");
    let error = c
        .regions()
        .disconnect(types::RegionCodeRequest::new("XYZ9"))
        .as_form()
        .send()
        .await
        .expect_err("unknown region, form body");
    documented(&error, 400, "region_unavailable", "disconnect XYZ9");
    assert_eq!(server.requests().pop().expect("sent").text(), "code=XYZ9");
}
