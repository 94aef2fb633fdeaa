//! Every Docker Cloud resource family (actions, providers, regions, availability zones, node
//! types, node clusters, nodes, registries, repositories, stacks, services, containers, triggers,
//! swarms): lists, gets, creates, updates, deletes and actions against a loopback server that
//! checks Basic auth, `Accept`, the method, the path (with or without a namespace) and the required
//! body fields with their JSON types, and answers like Docker Cloud: `201` on creation, `202` with
//! an `X-DockerCloud-Action-URI` for asynchronous work, `{"error": "..."}` on failure.
//!
//! Typical errors: a missing object of every family is a documented 404 whose `{"error": ...}`
//! body is decoded and kept. Swarms (list, create on a provider and region, get, update, remove,
//! with and without a namespace; the spec defines no swarm actions) get the same 404 from each of
//! their operations, the list's through the spec's `default` response.

use cloudsdk_runtime::uuid::Uuid;
use cloudsdk_testkit::{Request, Response, Server};
use docker_cloud::auth::BasicAuth;
use docker_cloud::types::{
    self, DeleteSwarmResponse, NodeClusterCreate, RepositoryCreate, ServiceCreate, StackCreate,
    SwarmCreate, SwarmUpdate, TriggerCreate,
};
use docker_cloud::{Client, Error};
use serde_json::{Value, json};

mod common;
use common::{Call, call};

// base64("alice:apikey-1")
const BASIC: &str = "Basic YWxpY2U6YXBpa2V5LTE=";

// Docker Cloud names actions, node clusters, nodes, stacks, services, triggers and containers
// by UUID (`format: uuid`): the client takes and returns `Uuid`s, and the server echoes them.
const A1: &str = "6f1e2d3c-4b5a-4968-8776-000000000a01";
const NC1: &str = "6f1e2d3c-4b5a-4968-8776-00000000c101";
const N1: &str = "6f1e2d3c-4b5a-4968-8776-00000000d001";
const ST1: &str = "6f1e2d3c-4b5a-4968-8776-000000005701";
const S1: &str = "6f1e2d3c-4b5a-4968-8776-000000005e01";
const T1: &str = "6f1e2d3c-4b5a-4968-8776-000000007101";
const C1: &str = "6f1e2d3c-4b5a-4968-8776-00000000cc01";
/// What every list holds.
const X1: &str = "6f1e2d3c-4b5a-4968-8776-000000000001";
/// What a creation returns.
const NEW: &str = "6f1e2d3c-4b5a-4968-8776-000000000002";
/// An object nobody has: the server answers 404, as for any segment starting with `missing`.
const MISSING: &str = "6f1e2d3c-4b5a-4968-8776-000000000404";

fn id(uuid: &str) -> Uuid {
    uuid.parse().expect("a UUID")
}

/// Kinds whose objects Docker Cloud names by `uuid`.
fn by_uuid(kind: &str) -> bool {
    matches!(
        kind,
        "action" | "nodecluster" | "node" | "stack" | "service" | "trigger" | "container"
    )
}

/// Resource kinds as they appear in Docker Cloud paths.
const KINDS: [&str; 15] = [
    "action",
    "provider",
    "region",
    "az",
    "nodetype",
    "nodecluster",
    "node",
    "registry",
    "repository",
    "stack",
    "service",
    "trigger",
    "container",
    "tag",
    "swarm",
];

/// Fields each creation must carry (the spec's `required`).
fn required_fields(kind: &str) -> &'static [&'static str] {
    match kind {
        "nodecluster" => &["name", "node_type", "region"],
        "repository" => &["name"],
        "stack" => &["name"],
        "service" => &["image"],
        _ => &[],
    }
}

/// A realistic object of `kind` named `id`, with its `resource_uri`.
fn object(kind: &str, id: &str, uri: &str) -> Value {
    let mut o = match kind {
        "action" => {
            json!({"uuid": id, "action": "Service Start", "method": "POST", "state": "Success", "object": "/api/app/v1/service/s-1/"})
        }
        "provider" => {
            json!({"name": id, "label": "Amazon Web Services", "regions": ["/api/infra/v1/region/aws/us-east-1/"], "available": true})
        }
        "region" | "nodetype" => {
            json!({"name": id.rsplit('/').next(), "label": "N. Virginia", "provider": "/api/infra/v1/provider/aws/", "available": true})
        }
        "az" => {
            json!({"name": id.rsplit('/').next(), "region": "/api/infra/v1/region/aws/us-east-1/", "available": true})
        }
        "registry" => {
            json!({"name": "Docker Hub", "host": id, "is_ssl": true, "is_docker_registry": true})
        }
        "repository" => {
            json!({"name": id, "in_use": false, "registry": "/api/repo/v1/registry/registry-1.docker.io/"})
        }
        "tag" => json!({"name": id}),
        "trigger" => {
            json!({"uuid": id, "name": "deploy-hook", "operation": "REDEPLOY", "url": "/api/app/v1/service/s-1/trigger/t-1/call/"})
        }
        "node" => {
            json!({"uuid": id, "state": "Deployed", "external_fqdn": "n-1.node.dockerapp.io"})
        }
        "container" => json!({"uuid": id, "name": "web-1", "state": "Running", "exit_code": 0}),
        "swarm" => json!({
            "swarm_id": id, "name": "myswarm", "nickname": "myswarm", "namespace": "acme",
            "state": "Deployed", "version": "1.25", "internal_endpoint": "192.168.99.100",
            "public_endpoint": format!("{id}.acme.docker.cloud"),
            "client_id": "1234abcd-1234-5678-9123-abcd1234", "client_secret": "1234abcd-1234-5678-9123-abcd1234"
        }),
        _ => json!({"uuid": id, "name": "web", "state": "Running"}),
    };
    o["resource_uri"] = uri.into();
    o
}

/// Docker Cloud: Basic auth, `Accept: application/json`, `{"error": ...}` on failure, `202` with
/// an action URI for asynchronous operations.
/// Calling a trigger needs no credentials: its URL is the secret.
fn docker(req: &Request) -> Response {
    let public = req.path().contains("/trigger/") && req.path().contains("/call/");
    if !public && req.header("authorization") != Some(BASIC) {
        return Response::json(401, json!({"error": "Unauthorized"}));
    }
    if req.header("accept") != Some("application/json") {
        return Response::text(406, "Accept: application/json is required");
    }
    let path = req.path();
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let Some(at) = segments.iter().rposition(|s| KINDS.contains(s)) else {
        return Response::json(404, json!({"error": "Not found"}));
    };
    let (kind, tail) = (segments[at], &segments[at + 1..]);
    let not_found = Response::json(404, json!({"error": format!("Object not found: {path}")}));
    if segments
        .iter()
        .any(|s| s.starts_with("missing") || *s == MISSING)
    {
        return not_found;
    }
    let accepted = |o: Value| {
        Response::json(202, o).header("X-DockerCloud-Action-URI", "/api/audit/v1/action/a-9/")
    };
    match (req.method.as_str(), tail) {
        ("POST", [_provider, _region]) if kind == "swarm" => create_swarm(req, path),
        ("PATCH", [id]) if kind == "swarm" => update_swarm(req, id, path),
        ("GET", []) => {
            let id = match kind {
                "registry" => "registry-1.docker.io",
                _ if by_uuid(kind) => X1,
                _ => "x-1",
            };
            Response::json(
                200,
                json!({
                    "meta": {"limit": 25, "next": null, "offset": 0, "previous": null, "total_count": 1},
                    "objects": [object(kind, id, &format!("{path}{id}/"))]
                }),
            )
        }
        ("POST", []) => {
            let body = req.json();
            match required_fields(kind)
                .iter()
                .find(|f| !body[**f].is_string())
            {
                Some(field) => {
                    Response::json(400, json!({"error": format!("{field} is required")}))
                }
                None => {
                    let name = body["name"].as_str().unwrap_or("new-1");
                    let id = if by_uuid(kind) { NEW } else { name };
                    let mut created = object(kind, id, &format!("{path}{id}/"));
                    if body["name"].is_string() {
                        created["name"] = body["name"].clone();
                    }
                    Response::json(201, created)
                }
            }
        }
        ("GET" | "PATCH", ids) if ids.last() != Some(&"export") => {
            Response::json(200, object(kind, &ids.join("/"), path))
        }
        ("GET", [_, "export"]) => Response::json(
            200,
            json!({"web": {"image": "nginx:1.25", "target_num_containers": 2, "autorestart": "ALWAYS"}}),
        ),
        ("DELETE", [_]) if kind == "repository" || kind == "trigger" => Response::empty(204),
        ("DELETE", [id]) => accepted(object(kind, id, path)),
        ("POST", [_, "call", ..]) => Response::empty(202),
        ("POST", [id, _action]) => accepted(object(kind, id, path)),
        _ => not_found,
    }
}

/// `POST .../swarm/{provider}/{region}/`: name, manager and worker counts and an SSH key are
/// required, with their JSON types; the new swarm comes back with its action URI.
fn create_swarm(req: &Request, path: &str) -> Response {
    if req.header("content-type") != Some("application/json") {
        return Response::json(
            415,
            json!({"error": "Content-Type must be application/json"}),
        );
    }
    let body = req.json();
    let strings = ["name", "ssh_key"]
        .into_iter()
        .filter(|f| !body[*f].is_string());
    let counts = ["number_of_managers", "number_of_workers"]
        .into_iter()
        .filter(|f| !body[*f].is_u64());
    if let Some(field) = strings.chain(counts).next() {
        return Response::json(400, json!({"error": format!("{field} is required")}));
    }
    let id = "swarm-new";
    let owner = path.split_once("/swarm/").map_or("", |(owner, _)| owner);
    let mut swarm = object("swarm", id, &format!("{owner}/swarm/{id}/"));
    swarm["name"] = body["name"].clone();
    Response::json(201, swarm).header("X-DockerCloud-Action-URI", "/api/audit/v1/action/a-9/")
}

/// `PATCH .../swarm/{id}/`: a JSON object of the fields that may change, nothing else.
fn update_swarm(req: &Request, id: &str, path: &str) -> Response {
    if req.header("content-type") != Some("application/json") {
        return Response::json(
            415,
            json!({"error": "Content-Type must be application/json"}),
        );
    }
    let Some(body) = req.json().as_object().cloned() else {
        return Response::json(400, json!({"error": "the body must be a JSON object"}));
    };
    if let Some(field) = body
        .iter()
        .find(|(k, v)| !["nickname", "internal_endpoint"].contains(&k.as_str()) || !v.is_string())
    {
        return Response::json(
            400,
            json!({"error": format!("{} cannot be changed", field.0)}),
        );
    }
    let mut swarm = object("swarm", id, path);
    for (k, v) in body {
        swarm[k] = v;
    }
    Response::json(200, swarm)
}

fn client(server: &Server) -> Client {
    Client::builder()
        .base_url(server.url())
        .auth(BasicAuth::new("alice", "apikey-1").expect("valid credentials"))
        .build()
        .expect("client builds")
}

/// Runs each call, checks the request the server saw and that the decoded value is the expected
/// type carrying the expected identifier.
async fn run(server: &Server, calls: Vec<(Call<'_, types::Error>, &str, String, &str)>) {
    let calls = calls
        .into_iter()
        .map(|(call, method, path, expected)| (call, format!("{method} {path}"), expected))
        .collect();
    common::run(server, calls).await;
}

#[tokio::test]
async fn infrastructure_catalogue_lists_and_gets() {
    let server = Server::start(docker).await.expect("server starts");
    let c = client(&server);
    let calls = vec![
        (
            call!(c.actions().list()),
            "GET",
            "/api/audit/v1/action/".into(),
            "ActionList|Success",
        ),
        (
            call!(c.actions().get(id(A1))),
            "GET",
            format!("/api/audit/v1/action/{A1}/"),
            "Action {|Success",
        ),
        (
            call!(c.actions().cancel(id(A1))),
            "POST",
            format!("/api/audit/v1/action/{A1}/cancel/"),
            A1,
        ),
        (
            call!(c.actions().retry(id(A1))),
            "POST",
            format!("/api/audit/v1/action/{A1}/retry/"),
            A1,
        ),
        (
            call!(c.providers().list()),
            "GET",
            "/api/infra/v1/provider/".into(),
            "ProviderList|Amazon",
        ),
        (
            call!(c.providers().get("aws")),
            "GET",
            "/api/infra/v1/provider/aws/".into(),
            "Provider {|\"aws\"",
        ),
        (
            call!(c.regions().list()),
            "GET",
            "/api/infra/v1/region/".into(),
            "RegionList",
        ),
        (
            call!(c.regions().get("aws", "us-east-1")),
            "GET",
            "/api/infra/v1/region/aws/us-east-1/".into(),
            "Region {|\"us-east-1\"",
        ),
        (
            call!(c.availability_zones().list()),
            "GET",
            "/api/infra/v1/az/".into(),
            "AvailabilityZoneList",
        ),
        (
            call!(c.availability_zones().get("aws", "us-east-1", "us-east-1a")),
            "GET",
            "/api/infra/v1/az/aws/us-east-1/us-east-1a/".into(),
            "AvailabilityZone {|\"us-east-1a\"",
        ),
        (
            call!(c.node_types().list()),
            "GET",
            "/api/infra/v1/nodetype/".into(),
            "NodeTypeList",
        ),
        (
            call!(c.node_types().get("aws", "t2.micro")),
            "GET",
            "/api/infra/v1/nodetype/aws/t2.micro/".into(),
            "NodeType {|\"t2.micro\"",
        ),
        (
            call!(c.node_tags().list()),
            "GET",
            "/api/infra/v1/tag/".into(),
            "NodeTagList",
        ),
        (
            call!(c.registries().list()),
            "GET",
            "/api/repo/v1/registry/".into(),
            "RegistryList|registry-1.docker.io",
        ),
        (
            call!(c.registries().get("quay.io").namespace("acme")),
            "GET",
            "/api/repo/v1/acme/registry/quay.io/".into(),
            "Registry {|\"quay.io\"",
        ),
    ];
    run(&server, calls).await;
}

#[tokio::test]
async fn node_clusters_nodes_and_repositories() {
    let server = Server::start(docker).await.expect("server starts");
    let c = client(&server);
    let cluster = NodeClusterCreate::new(
        "prod",
        "/api/infra/v1/nodetype/aws/t2.micro/",
        "/api/infra/v1/region/aws/us-east-1/",
    )
    .with_target_num_nodes(3);
    let nc = format!("/api/infra/v1/nodecluster/{NC1}");
    let repository = RepositoryCreate::new("registry.example.com/acme/web")
        .with_username("bot")
        .with_password("pw");
    let calls = vec![
        (
            call!(c.node_clusters().list()),
            "GET",
            "/api/infra/v1/nodecluster/".into(),
            "NodeClusterList",
        ),
        (
            call!(c.node_clusters().create(cluster)),
            "POST",
            "/api/infra/v1/nodecluster/".into(),
            "NodeCluster {|\"prod\"",
        ),
        (
            call!(c.node_clusters().get(id(NC1))),
            "GET",
            format!("{nc}/"),
            NC1,
        ),
        (
            call!(
                c.node_clusters()
                    .update(id(NC1), types::NodeClusterUpdate::new())
            ),
            "PATCH",
            format!("{nc}/"),
            NC1,
        ),
        (
            call!(c.node_clusters().deploy(id(NC1))),
            "POST",
            format!("{nc}/deploy/"),
            NC1,
        ),
        (
            call!(c.node_clusters().upgrade_docker(id(NC1))),
            "POST",
            format!("{nc}/docker-upgrade/"),
            NC1,
        ),
        (
            call!(c.node_clusters().terminate(id(NC1))),
            "DELETE",
            format!("{nc}/"),
            "Status202(NodeCluster {",
        ),
        (
            call!(c.nodes().list()),
            "GET",
            "/api/infra/v1/node/".into(),
            "NodeList",
        ),
        (
            call!(c.nodes().get(id(N1))),
            "GET",
            format!("/api/infra/v1/node/{N1}/"),
            "Node {|Deployed",
        ),
        (
            call!(c.nodes().update(id(N1), types::NodeUpdate::new())),
            "PATCH",
            format!("/api/infra/v1/node/{N1}/"),
            N1,
        ),
        (
            call!(c.nodes().upgrade_docker(id(N1))),
            "POST",
            format!("/api/infra/v1/node/{N1}/docker-upgrade/"),
            N1,
        ),
        (
            call!(c.nodes().check_health(id(N1))),
            "POST",
            format!("/api/infra/v1/node/{N1}/health-check/"),
            N1,
        ),
        (
            call!(c.nodes().terminate(id(N1))),
            "DELETE",
            format!("/api/infra/v1/node/{N1}/"),
            "Status202(Node {",
        ),
        (
            call!(c.repositories().list()),
            "GET",
            "/api/repo/v1/repository/".into(),
            "RepositoryList",
        ),
        (
            call!(c.repositories().create(repository)),
            "POST",
            "/api/repo/v1/repository/".into(),
            "Repository {|acme/web",
        ),
        (
            call!(c.repositories().get("acme/web")),
            "GET",
            // Repository names span segments (`x-allow-reserved`): the slash is sent as is.
            "/api/repo/v1/repository/acme/web/".into(),
            "Repository {",
        ),
        (
            call!(
                c.repositories()
                    .update("web", types::RepositoryUpdate::new())
            ),
            "PATCH",
            "/api/repo/v1/repository/web/".into(),
            "\"web\"",
        ),
        (
            call!(c.repositories().delete("web")),
            "DELETE",
            "/api/repo/v1/repository/web/".into(),
            "()",
        ),
    ];
    run(&server, calls).await;
    let created = server
        .requests()
        .into_iter()
        .find(|r| r.method == "POST" && r.path() == "/api/infra/v1/nodecluster/")
        .expect("cluster created");
    assert_eq!(created.json()["target_num_nodes"], 3);
    assert!(
        created.json().get("disk").is_none(),
        "unset fields are left out"
    );
}

#[tokio::test]
async fn stacks_services_containers_and_triggers() {
    let server = Server::start(docker).await.expect("server starts");
    let c = client(&server);
    let service = |image: &str| {
        ServiceCreate::new(image)
            .with_name("web")
            .with_target_num_containers(2)
    };
    let stack = StackCreate::new("shop").with_services(vec![service("nginx:1.25")]);
    let trigger = TriggerCreate::new().with_name("deploy-hook");
    let (st, sv, ct) = (
        format!("/api/app/v1/acme/stack/{ST1}"),
        format!("/api/app/v1/service/{S1}"),
        format!("/api/app/v1/container/{C1}"),
    );
    let calls = vec![
        (
            call!(c.stacks().list().namespace("acme")),
            "GET",
            "/api/app/v1/acme/stack/".into(),
            "StackList",
        ),
        (
            call!(c.stacks().create(stack).namespace("acme")),
            "POST",
            "/api/app/v1/acme/stack/".into(),
            "Stack {|\"shop\"",
        ),
        (
            call!(c.stacks().get(id(ST1)).namespace("acme")),
            "GET",
            format!("{st}/"),
            ST1,
        ),
        (
            call!(
                c.stacks()
                    .update(id(ST1), types::StackUpdate::new())
                    .namespace("acme")
            ),
            "PATCH",
            format!("{st}/"),
            ST1,
        ),
        (
            call!(c.stacks().export(id(ST1)).namespace("acme")),
            "GET",
            format!("{st}/export/"),
            "nginx:1.25",
        ),
        (
            call!(c.stacks().start(id(ST1)).namespace("acme")),
            "POST",
            format!("{st}/start/"),
            ST1,
        ),
        (
            call!(c.stacks().stop(id(ST1)).namespace("acme")),
            "POST",
            format!("{st}/stop/"),
            ST1,
        ),
        (
            call!(c.stacks().redeploy(id(ST1)).namespace("acme")),
            "POST",
            format!("{st}/redeploy/"),
            ST1,
        ),
        (
            call!(c.stacks().terminate(id(ST1)).namespace("acme")),
            "DELETE",
            format!("{st}/"),
            "Status202(Stack {",
        ),
        (
            call!(c.services().create(service("nginx:1.25"))),
            "POST",
            "/api/app/v1/service/".into(),
            "Service {|\"web\"",
        ),
        (
            call!(c.services().get(id(S1))),
            "GET",
            format!("{sv}/"),
            "Service {|Running",
        ),
        (
            call!(c.services().update(id(S1), types::ServiceUpdate::new())),
            "PATCH",
            format!("{sv}/"),
            S1,
        ),
        (
            call!(c.services().list()),
            "GET",
            "/api/app/v1/service/".into(),
            "ServiceList",
        ),
        (
            call!(c.services().start(id(S1))),
            "POST",
            format!("{sv}/start/"),
            S1,
        ),
        (
            call!(c.services().stop(id(S1))),
            "POST",
            format!("{sv}/stop/"),
            S1,
        ),
        (
            call!(c.services().scale(id(S1))),
            "POST",
            format!("{sv}/scale/"),
            S1,
        ),
        (
            call!(c.services().redeploy(id(S1))),
            "POST",
            format!("{sv}/redeploy/"),
            S1,
        ),
        (
            call!(c.services().terminate(id(S1))),
            "DELETE",
            format!("{sv}/"),
            "Status202(Service {",
        ),
        (
            call!(c.triggers().list(id(S1))),
            "GET",
            format!("{sv}/trigger/"),
            "TriggerList",
        ),
        (
            call!(c.triggers().create(id(S1), trigger)),
            "POST",
            format!("{sv}/trigger/"),
            "Trigger {",
        ),
        (
            call!(c.triggers().get(id(S1), id(T1))),
            "GET",
            format!("{sv}/trigger/{T1}/"),
            "Trigger {|Some(Redeploy)",
        ),
        (
            call!(c.triggers().call(id(S1), id(T1))),
            "POST",
            format!("{sv}/trigger/{T1}/call/"),
            "()",
        ),
        (
            call!(c.triggers().call_with_count(id(S1), id(T1), 3)),
            "POST",
            format!("{sv}/trigger/{T1}/call/3/"),
            "()",
        ),
        (
            call!(c.triggers().delete(id(S1), id(T1))),
            "DELETE",
            format!("{sv}/trigger/{T1}/"),
            "()",
        ),
        (
            call!(c.containers().list()),
            "GET",
            "/api/app/v1/container/".into(),
            "ContainerList",
        ),
        (
            call!(c.containers().get(id(C1))),
            "GET",
            format!("{ct}/"),
            "Container {|web-1",
        ),
        (
            call!(c.containers().start(id(C1))),
            "POST",
            format!("{ct}/start/"),
            C1,
        ),
        (
            call!(c.containers().stop(id(C1))),
            "POST",
            format!("{ct}/stop/"),
            C1,
        ),
        (
            call!(c.containers().redeploy(id(C1))),
            "POST",
            format!("{ct}/redeploy/"),
            C1,
        ),
        (
            call!(c.containers().terminate(id(C1))),
            "DELETE",
            format!("{ct}/"),
            "Status202(Container {",
        ),
    ];
    run(&server, calls).await;
    for call in server
        .requests()
        .iter()
        .filter(|r| r.path().contains("/call/"))
    {
        assert_eq!(
            call.header("authorization"),
            None,
            "no credentials on a public trigger"
        );
    }
    let posted = server
        .requests()
        .into_iter()
        .find(|r| r.path() == "/api/app/v1/acme/stack/" && r.method == "POST");
    assert_eq!(
        posted.expect("stack posted").json()["services"][0]["image"],
        "nginx:1.25"
    );
}

#[tokio::test]
async fn missing_objects_are_documented_404s_with_the_error_kept() {
    let server = Server::start(docker).await.expect("server starts");
    let c = client(&server);
    let calls: Vec<Call<'_, types::Error>> = vec![
        call!(c.actions().get(id(MISSING))),
        call!(c.providers().get("missing")),
        call!(c.regions().get("missing", "x")),
        call!(c.availability_zones().get("missing", "x", "y")),
        call!(c.node_types().get("missing", "x")),
        call!(c.node_clusters().terminate(id(MISSING))),
        call!(c.nodes().get(id(MISSING))),
        call!(c.registries().get("missing.example.com")),
        call!(c.repositories().delete("missing")),
        call!(c.stacks().start(id(MISSING))),
        call!(c.services().start(id(MISSING))),
        call!(c.triggers().get(id(MISSING), id(T1))),
        call!(c.containers().stop(id(MISSING))),
    ];
    for call in calls {
        let error = call.await.expect_err("404");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(404), "{error:?}");
        let Error::Api(api) = &error else {
            panic!("404 is documented: {error:?}")
        };
        let decoded = api.error.as_ref().expect("decoded into the Error schema");
        assert!(decoded.error.starts_with("Object not found"), "{decoded:?}");
        assert!(api.response.text().contains("Object not found"));
    }
}

#[tokio::test]
async fn swarms_list_create_get_update_and_remove() {
    let server = Server::start(docker).await.expect("server starts");
    let c = client(&server);
    let swarm = SwarmCreate::new("myswarm", 3, 2, "ssh-ed25519 AAAA alice@laptop")
        .with_worker_instance_type("t2.small");
    let rename = SwarmUpdate::new().with_nickname("prod");
    let sw = "/api/infra/v1/acme/swarm/sw-1/";
    let calls = vec![
        (
            call!(c.swarms().list()),
            "GET",
            "/api/infra/v1/swarm/".into(),
            "SwarmList|swarm_id: \"x-1\"",
        ),
        (
            call!(c.swarms().list().namespace("acme")),
            "GET",
            "/api/infra/v1/acme/swarm/".into(),
            "SwarmList|1.25",
        ),
        (
            call!(
                c.swarms()
                    .create("aws", "us-east-1", swarm)
                    .namespace("acme")
            ),
            "POST",
            "/api/infra/v1/acme/swarm/aws/us-east-1/".into(),
            "Swarm {|\"swarm-new\"|/api/infra/v1/acme/swarm/swarm-new/",
        ),
        (
            call!(c.swarms().get("sw-1").namespace("acme")),
            "GET",
            sw.into(),
            "Swarm {|\"sw-1\"|Deployed|sw-1.acme.docker.cloud",
        ),
        (
            call!(c.swarms().update("sw-1", rename).namespace("acme")),
            "PATCH",
            sw.into(),
            "nickname: Some(\"prod\")",
        ),
        (
            call!(c.swarms().delete("sw-1").namespace("acme")),
            "DELETE",
            sw.into(),
            "Status202(Swarm {|\"sw-1\"",
        ),
        (
            call!(c.swarms().get("sw-2")),
            "GET",
            "/api/infra/v1/swarm/sw-2/".into(),
            "\"sw-2\"",
        ),
    ];
    run(&server, calls).await;
    let sent = server.requests();
    assert_eq!(
        sent[2].json(),
        json!({
            "name": "myswarm", "number_of_managers": 3, "number_of_workers": 2,
            "worker_instance_type": "t2.small", "ssh_key": "ssh-ed25519 AAAA alice@laptop"
        }),
        "unset fields are left out, counts are numbers"
    );
    assert_eq!(sent[4].json(), json!({"nickname": "prod"}));
    let created = c
        .swarms()
        .create(
            "aws",
            "eu-west-1",
            SwarmCreate::new("edge", 1, 0, "ssh-ed25519 BBBB"),
        )
        .send_with_response()
        .await
        .expect("create succeeds");
    assert_eq!(created.status.as_u16(), 201);
    assert_eq!(
        created.headers["x-dockercloud-action-uri"],
        "/api/audit/v1/action/a-9/"
    );
    assert_eq!(created.value.name.as_deref(), Some("edge"));
    let removed = c.swarms().delete("sw-1").send().await.expect("delete");
    let DeleteSwarmResponse::Status202(swarm) = removed else {
        panic!("202 carries the swarm: {removed:?}")
    };
    assert_eq!(swarm.resource_uri, "/api/infra/v1/swarm/sw-1/");
}

#[tokio::test]
async fn swarm_errors_are_documented_with_docker_cloud_bodies() {
    let server = Server::start(docker).await.expect("server starts");
    let c = client(&server);
    let new_swarm = || SwarmCreate::new("myswarm", 3, 2, "ssh-ed25519 AAAA");
    // The list documents no 404: the spec's `default` response covers it.
    let calls: Vec<(Call<'_, types::Error>, &str)> = vec![
        (
            call!(c.swarms().list().namespace("missing-org")),
            "GET /api/infra/v1/missing-org/swarm/",
        ),
        (
            call!(c.swarms().get("missing-1")),
            "GET /api/infra/v1/swarm/missing-1/",
        ),
        (
            call!(c.swarms().update("missing-1", SwarmUpdate::new())),
            "PATCH /api/infra/v1/swarm/missing-1/",
        ),
        (
            call!(c.swarms().delete("missing-1").namespace("acme")),
            "DELETE /api/infra/v1/acme/swarm/missing-1/",
        ),
        (
            call!(c.swarms().create("aws", "missing-region", new_swarm())),
            "POST /api/infra/v1/swarm/aws/missing-region/",
        ),
    ];
    for (call, route) in calls {
        let error = call.await.expect_err(route);
        let Error::Api(api) = &error else {
            panic!("{route}: 404 is documented: {error:?}")
        };
        assert_eq!(api.response.status.as_u16(), 404, "{route}");
        let decoded = api.error.as_ref().expect("decoded into the Error schema");
        let path = route.split_once(' ').map(|(_, p)| p).unwrap_or_default();
        assert_eq!(decoded.error, format!("Object not found: {path}"));
        let kept: Value = serde_json::from_slice(&api.response.body).expect("JSON body kept");
        assert_eq!(kept, json!({"error": decoded.error}));
        let sent = server.requests().pop().expect("sent");
        assert_eq!(format!("{} {}", sent.method, sent.path()), route);
    }
}
