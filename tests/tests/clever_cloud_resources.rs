//! The Clever Cloud families named in the tracker (v2: self, summary, organisations, members,
//! applications with instances, deployments, environment, domains, scalability and branches,
//! add-ons and their providers; v4: zones, billing, deployments, load balancers, logs, network
//! groups, IAM tokens; the API bridge's tokens; the three-legged OAuth endpoints) against a
//! loopback API that refuses unknown consumers, verifies every OAuth 1.0a signature with
//! `oauth1-request` (not our signer), checks the method, path and required body fields, and
//! answers Clever Cloud's payloads or its `{"id", "message", "type"}` errors (401 unknown consumer
//! or bad signature, 403 missing right or foreign organisation, 404, 400), which the client must
//! return as `Error::Api` with the status and the raw body kept.

use clever_cloud::auth::BearerToken;
use clever_cloud::auth::oauth1::OAuth1;
use clever_cloud::types::{self, OauthParametersForm};
use clever_cloud::{Client, Error};
use cloudsdk_testkit::{Request, Response, Server, oauth1};
use serde_json::{Value, json};

mod common;
use common::{Call, call, run};

const CONSUMER_KEY: &str = "consumer-key";
const CONSUMER_SECRET: &str = "consumer secret/+&é";
/// A user token whose grant leaves out the personal-information right.
const LIMITED_TOKEN: &str = "limited-token";
const TOKEN_SECRET: &str = "token-secret";
const REQUEST_TOKEN_SECRET: &str = "request-secret";
const API_TOKEN: &str = "api_tokens_abc";
const ORG: &str = "/v2/organisations/orga_1";
const APP: &str = "/v2/organisations/orga_1/applications/app_1";

fn org() -> Value {
    json!({"id": "orga_1", "name": "Acme", "description": "Acme's apps", "billingEmail": "billing@acme.example", "country": "FRANCE", "canPay": true})
}

fn app() -> Value {
    json!({
        "id": "app_1", "name": "shop", "description": "front", "zone": "par", "zoneId": "par",
        "instance": {"type": "node", "version": "20240508", "minInstances": 1, "maxInstances": 4,
                     "minFlavor": {"name": "S", "mem": 2048, "cpus": 1}, "maxFlavor": {"name": "M", "mem": 4096, "cpus": 2}},
        "deployment": {"type": "GIT", "url": "git+ssh://git@push-par-clevercloud-customers.services.clever-cloud.com/app_1.git"},
        "vhosts": [{"fqdn": "shop.cleverapps.io"}], "creationDate": 1714550400000_i64, "archived": false,
        "state": "SHOULD_BE_UP", "branch": "main"
    })
}

fn addon() -> Value {
    json!({"id": "addon_1", "name": "shop-db", "realId": "postgresql_1", "region": "par",
           "provider": {"id": "postgresql-addon", "name": "PostgreSQL"},
           "plan": {"id": "plan_1", "name": "DEV", "slug": "dev", "price": 0.0}})
}

fn message(text: &str) -> Value {
    json!({"id": 200, "message": text, "type": "success"})
}

fn iam_token(id: &str) -> Value {
    json!({"id": id, "name": "ci", "description": "CI deploys", "creation_date": "2024-05-01T10:00:00Z",
           "update_date": "2024-05-01T10:00:00Z", "labels": {"creator": "user_1", "region": "par"},
           "redacted_start": "cc_", "redacted_end": "x9", "revocation_id": "rev_1",
           "status": {"kind": "active"}, "tags": ["ci"], "type": {"kind": "materia-kv"}})
}

fn network_group() -> Value {
    json!({"id": "ng_1", "label": "backend", "ownerId": "orga_1", "networkIp": "10.105.0.0/16",
           "lastAllocatedIp": "10.105.0.5", "version": 3, "members": [], "peers": []})
}

/// The routes that replace all of an application's variables: Clever Cloud wants a JSON object
/// of variables (`{"NAME": "value"}`) and refuses anything else.
const ENV_REPLACEMENTS: [&str; 5] = [
    "/v2/organisations/orga_1/applications/app_1/env",
    "/v2/organisations/orga_1/applications/app_1/exposed_env",
    "/v2/self/applications/app_1/env",
    "/v2/self/applications/app_1/exposed_env",
    "/v2/application/app_1/environment",
];

fn is_variables(body: &Value) -> bool {
    body.as_object()
        .is_some_and(|vars| vars.values().all(Value::is_string))
}

/// The answer for each route of the API (not the bridge, not OAuth's token endpoints).
fn route(method: &str, path: &str, body: &Value) -> Response {
    let missing = |field: &str| {
        Response::json(
            400,
            json!({"id": 4000, "message": format!("{field} is required"), "type": "error"}),
        )
    };
    let ok = |value: Value| Response::json(200, value);
    let org_path = path.strip_prefix(ORG);
    let app_path = path.strip_prefix(APP);
    match (method, path, org_path, app_path) {
        ("GET", "/v2/self", ..) => ok(
            json!({"id": "user_1", "email": "ada@example.com", "name": "Ada", "emailValidated": true}),
        ),
        ("GET", "/v2/summary", ..) => ok(
            json!({"user": {"id": "user_1", "email": "ada@example.com", "name": "Ada"}, "organisations": [{"id": "orga_1", "name": "Acme", "applications": [], "addons": []}]}),
        ),
        ("GET", "/v2/organisations", ..) => ok(json!([org()])),
        ("POST", "/v2/organisations", ..) if !body["name"].is_string() => missing("name"),
        ("POST", "/v2/organisations", ..) | ("GET" | "PUT", _, Some(""), _) => ok(org()),
        ("DELETE", _, Some(""), _) => ok(message("Organisation deleted")),
        ("GET", _, Some("/members"), _) => ok(
            json!([{"member": {"id": "user_2", "email": "bob@example.com", "name": "Bob"}, "role": "DEVELOPER", "job": "dev"}]),
        ),
        ("POST", _, Some("/members"), _) if !body["email"].is_string() => missing("email"),
        ("POST" | "PUT" | "DELETE", _, Some("/members" | "/members/user_2"), _) => {
            ok(message("Member updated"))
        }
        ("GET", _, Some("/applications"), _) => ok(json!([app()])),
        ("POST", _, Some("/applications"), _) if !body["name"].is_string() => missing("name"),
        ("POST", _, Some("/applications"), _) | ("GET" | "PUT", .., Some("")) => ok(app()),
        ("DELETE", .., Some("")) => ok(message("Application deleted")),
        ("GET", .., Some("/instances")) => ok(
            json!([{"id": "inst_1", "appId": "app_1", "ip": "10.2.3.4", "appPort": 8080, "state": "UP", "deployNumber": 12, "displayName": "Happy Hippo"}]),
        ),
        ("POST", .., Some("/instances")) => ok(
            json!({"id": 200, "message": "The application has been redeployed", "type": "success", "deploymentId": "deployment_7"}),
        ),
        ("DELETE", .., Some("/instances" | "/deployments/deployment_7/instances")) => {
            ok(message("Stopped"))
        }
        ("GET", .., Some("/deployments")) => ok(
            json!([{"id": 7, "uuid": "deployment_7", "date": 1714550400000_i64, "state": "OK", "action": "DEPLOY", "commit": "4f2c1d", "cause": "git push", "instances": 1}]),
        ),
        ("GET", .., Some("/env")) => ok(
            json!([{"name": "NODE_ENV", "value": "production"}, {"name": "PORT", "value": "8080"}]),
        ),
        ("PUT", p, ..) if ENV_REPLACEMENTS.contains(&p) && !is_variables(body) => {
            missing("an object of variables")
        }
        ("PUT", p, ..) if ENV_REPLACEMENTS.contains(&p) && p.ends_with("/env") => ok(app()),
        ("PUT", p, ..) if ENV_REPLACEMENTS.contains(&p) => ok(message("Environment updated")),
        ("PUT", .., Some("/env/NODE_ENV")) if !body["value"].is_string() => missing("value"),
        ("PUT" | "DELETE", .., Some("/env/NODE_ENV")) => ok(app()),
        ("GET", .., Some("/vhosts")) => {
            ok(json!([{"fqdn": "shop.cleverapps.io"}, {"fqdn": "www.acme.example"}]))
        }
        ("GET", .., Some("/vhosts/favourite")) => ok(json!({"fqdn": "www.acme.example"})),
        ("PUT" | "DELETE", .., Some("/vhosts/www.acme.example")) => ok(message("Domain updated")),
        ("PUT", .., Some("/buildflavor")) if !body["flavorName"].is_string() => {
            missing("flavorName")
        }
        ("PUT", .., Some("/buildflavor" | "/branch")) => Response::empty(204),
        ("GET", .., Some("/branches")) => ok(json!(["main", "staging"])),
        ("GET", _, Some("/addons"), _) => ok(json!([addon()])),
        ("POST", _, Some("/addons"), _) if !body["providerId"].is_string() => missing("providerId"),
        ("POST", _, Some("/addons"), _) | ("GET" | "PUT", _, Some("/addons/addon_1"), _) => {
            ok(addon())
        }
        ("DELETE", _, Some("/addons/addon_1"), _) => ok(message("Add-on deleted")),
        ("GET", "/v2/products/addonproviders", ..) => ok(
            json!([{"id": "postgresql-addon", "name": "PostgreSQL", "website": "https://www.postgresql.org", "plans": [{"id": "plan_1", "name": "DEV", "slug": "dev"}]}]),
        ),
        ("GET", "/v2/products/addonproviders/postgresql-addon", ..) => ok(
            json!({"id": "postgresql-addon", "name": "PostgreSQL", "shortDesc": "The world's most advanced open source database"}),
        ),
        ("GET", "/v4/products/zones", ..) => ok(json!([zone("par")])),
        ("GET", "/v4/products/zones/par", ..) => ok(zone("par")),
        ("GET", "/v4/billing/organisations/orga_1/invoices", ..) => ok(
            json!([{"number": "INV-42", "status": "PAID", "total": {"amount": 12.5, "currency": "EUR"}}]),
        ),
        ("GET", "/v4/billing/organisations/orga_1/INV-42.pdf", ..) => {
            Response::new(200, "application/pdf", b"%PDF-1.7 invoice".to_vec())
        }
        ("GET", "/v4/orchestration/organisations/orga_1/applications/app_1/deployments", ..) => {
            ok(json!([{"id": "deployment_7", "state": "SUCCEEDED"}]))
        }
        (
            "GET",
            "/v4/load-balancers/organisations/orga_1/applications/app_1/load-balancers/default",
            ..,
        ) => {
            ok(json!([{"dns": {"a": ["91.208.207.214"], "cname": "domain.par.clever-cloud.com"}}]))
        }
        ("GET", p, ..) if p.starts_with("/v4/logs/organisations/orga_2/") => Response::json(
            403,
            json!({"id": 403, "message": "You are not a member of orga_2", "type": "error"}),
        ),
        ("GET", "/v4/logs/organisations/orga_1/applications/app_1/logs", ..) => Response::new(
            200,
            "text/event-stream",
            "event: APPLICATION_LOG\ndata: {\"message\":\"started\"}\n\n",
        ),
        ("GET", "/v4/networkgroups/organisations/orga_1/networkgroups", ..) => {
            ok(json!([network_group()]))
        }
        ("POST", "/v4/networkgroups/organisations/orga_1/networkgroups", ..)
            if !body["label"].is_string() =>
        {
            missing("label")
        }
        ("POST", "/v4/networkgroups/organisations/orga_1/networkgroups", ..) => {
            Response::json(201, network_group())
        }
        ("GET", "/v4/networkgroups/organisations/orga_1/networkgroups/ng_1", ..) => {
            ok(network_group())
        }
        ("DELETE", "/v4/networkgroups/organisations/orga_1/networkgroups/ng_1", ..) => {
            Response::empty(204)
        }
        ("GET", "/v4/networkgroups/organisations/orga_1/networkgroups/ng_1/members", ..) => ok(
            json!([{"id": "app_1", "label": "shop", "domainName": "app_1.m.ng_1.cc-ng.cloud", "type": "application"}]),
        ),
        ("GET", "/v4/iam/organisations/orga_1/iam/tokens", ..) => ok(json!([iam_token("tok_1")])),
        ("GET", "/v4/iam/organisations/orga_1/iam/tokens/tok_1", ..) => ok(iam_token("tok_1")),
        ("DELETE", "/v4/iam/organisations/orga_1/iam/tokens/tok_1", ..) => Response::empty(204),
        _ => Response::json(
            404,
            json!({"id": 4004, "message": format!("Not found: {path}"), "type": "error"}),
        ),
    }
}

/// A zone; Clever Cloud names zones by UUID (`format: uuid`).
fn zone(name: &str) -> Value {
    json!({"id": "2f6e0b0c-3c5d-4e8f-9a1b-7c2d3e4f5a60", "name": name, "city": "Paris", "country": "France", "countryCode": "FR",
           "lat": 48.8566, "lon": 2.3522, "outboundIPs": ["91.208.207.214"], "tags": ["region:eu", "infra:clever-cloud"],
           "status": {"state": "up"}})
}

/// The API bridge: bearer API tokens, and token creation from the account's credentials.
fn bridge(req: &Request) -> Response {
    let body = req.json();
    match (req.method.as_str(), req.path()) {
        ("POST", "/api-tokens")
            if body["email"] == "ada@example.com" && body["password"] == "pw" =>
        {
            Response::json(
                200,
                json!({"apiToken": "api_tokens_new", "apiTokenId": "at_2", "name": body["name"], "creationDate": "2024-05-01T10:00:00Z", "expirationDate": body["expirationDate"]}),
            )
        }
        ("POST", "/api-tokens") => Response::json(
            401,
            json!({"id": 401, "message": "Invalid credentials", "type": "error"}),
        ),
        _ if req.header("authorization") != Some(&format!("Bearer {API_TOKEN}")) => Response::json(
            401,
            json!({"id": 401, "message": "bad token", "type": "error"}),
        ),
        ("GET", "/api-tokens") => Response::json(
            200,
            json!([{"apiTokenId": "at_1", "userId": "user_1", "name": "laptop", "ip": "203.0.113.7", "creationDate": "2024-05-01T10:00:00Z", "expirationDate": "2024-08-01T10:00:00Z"}]),
        ),
        ("PUT" | "DELETE", "/api-tokens/at_1") => Response::empty(204),
        ("PUT" | "DELETE", _) => Response::json(
            404,
            json!({"id": 4004, "message": "API token not found", "type": "error"}),
        ),
        _ => route(&req.method, req.path(), &body),
    }
}

/// Clever Cloud: the bridge for `/api-tokens` and bearer tokens; OAuth 1.0a everywhere else,
/// consumer-only for the request token, the request token's secret for the access token.
fn clever(req: &Request) -> Response {
    if req.path().starts_with("/api-tokens")
        || req
            .header("authorization")
            .is_some_and(|a| a.starts_with("Bearer "))
    {
        return bridge(req);
    }
    let oauth = oauth1::header_params(req.header("authorization").unwrap_or_default(), false);
    let oauth_param = |name: &str| {
        oauth
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    // The consumer is looked up before any signature is checked: an unknown key has no secret.
    if oauth_param("oauth_consumer_key").is_some_and(|key| key != CONSUMER_KEY) {
        return Response::json(
            401,
            json!({"id": 401, "message": "Unknown OAuth consumer", "type": "error"}),
        );
    }
    let token_secret = match req.path() {
        "/v2/oauth/request_token" => "",
        "/v2/oauth/access_token" => REQUEST_TOKEN_SECRET,
        _ => TOKEN_SECRET,
    };
    if let Err(why) = oauth1::verify(req, CONSUMER_SECRET, token_secret, None) {
        return Response::json(401, json!({"id": 401, "message": why, "type": "error"}));
    }
    if oauth_param("oauth_token") == Some(LIMITED_TOKEN)
        && matches!(req.path(), "/v2/self" | "/v2/summary")
    {
        return Response::json(
            403,
            json!({"id": 403, "message": "This token was not granted access_personal_information", "type": "error"}),
        );
    }
    let form = |text: &str| Response::new(200, "application/x-www-form-urlencoded", text);
    match (req.method.as_str(), req.path()) {
        ("POST", "/v2/oauth/request_token") if req.text().contains("oauth_callback=") => form(
            "oauth_token=req_1&oauth_token_secret=request-secret&oauth_callback_confirmed=true",
        ),
        ("GET", "/v2/oauth/authorize") => Response::new(
            200,
            "text/html",
            "<html><form action=\"/v2/oauth/authorize\">Authorize my-app?</form></html>",
        ),
        ("POST", "/v2/oauth/access_token") if req.text().contains("oauth_verifier=v_1") => {
            form("oauth_token=user-token&oauth_token_secret=token-secret")
        }
        ("POST", "/v2/oauth/request_token" | "/v2/oauth/access_token") => Response::json(
            400,
            json!({"id": 400, "message": "oauth_callback or oauth_verifier missing", "type": "error"}),
        ),
        (method, path) => {
            let body = if req.body.is_empty() {
                Value::Null
            } else {
                req.json()
            };
            route(method, path, &body)
        }
    }
}

fn signed(token: Option<(&str, &str)>) -> OAuth1 {
    let auth = OAuth1::new(CONSUMER_KEY, CONSUMER_SECRET).expect("valid consumer");
    match token {
        Some((key, secret)) => auth.with_token(key, secret).expect("valid token"),
        None => auth,
    }
}

fn client(server: &Server, auth: impl clever_cloud::auth::Authenticator + 'static) -> Client {
    Client::builder()
        .base_url(server.url())
        .auth(auth)
        .build()
        .expect("client builds")
}

#[tokio::test]
async fn v2_account_organisations_members_and_addons() {
    let server = Server::start(clever).await.expect("server starts");
    let c = client(&server, signed(Some(("user-token", TOKEN_SECRET))));
    let addon = || {
        types::AddonProvisionRequest::new("postgresql-addon", "plan_1", "par").with_name("shop-db")
    };
    let calls = vec![
        (
            call!(c.self_().get()),
            "GET /v2/self".to_owned(),
            "ada@example.com",
        ),
        (call!(c.summary().get()), "GET /v2/summary".into(), "Acme"),
        (
            call!(c.organisations().list()),
            "GET /v2/organisations".to_owned(),
            "billing@acme.example",
        ),
        (
            call!(
                c.organisations().create(
                    types::OrganisationInput::new()
                        .with_name("Acme")
                        .with_description("Acme's apps")
                )
            ),
            "POST /v2/organisations".to_owned(),
            "\"orga_1\"",
        ),
        (
            call!(c.organisations().get("orga_1")),
            format!("GET {ORG}"),
            "can_pay: Some(true)",
        ),
        (
            call!(
                c.organisations()
                    .update("orga_1", types::OrganisationInput::new().with_name("Acme"))
            ),
            format!("PUT {ORG}"),
            "\"Acme\"",
        ),
        (
            call!(c.organisations().delete("orga_1")),
            format!("DELETE {ORG}"),
            "Organisation deleted",
        ),
        (
            call!(c.members().list_organisation("orga_1")),
            format!("GET {ORG}/members"),
            "Developer",
        ),
        (
            call!(
                c.members().invite_organisation(
                    "orga_1",
                    types::MemberInvitation::new()
                        .with_role("DEVELOPER")
                        .with_email("bob@example.com")
                )
            ),
            format!("POST {ORG}/members"),
            "Member updated",
        ),
        (
            call!(c.members().update_organisation(
                "orga_1",
                "user_2",
                types::MemberInvitation::new().with_role("ADMIN")
            )),
            format!("PUT {ORG}/members/user_2"),
            "Success",
        ),
        (
            call!(c.members().remove_organisation("orga_1", "user_2")),
            format!("DELETE {ORG}/members/user_2"),
            "Success",
        ),
        (
            call!(c.addons().list_organisation("orga_1")),
            format!("GET {ORG}/addons"),
            "PostgreSQL",
        ),
        (
            call!(c.addons().create_organisation("orga_1", addon())),
            format!("POST {ORG}/addons"),
            "postgresql_1",
        ),
        (
            call!(c.addons().get_organisation("orga_1", "addon_1")),
            format!("GET {ORG}/addons/addon_1"),
            "\"dev\"",
        ),
        (
            call!(c.addons().update_organisation("orga_1", "addon_1", addon())),
            format!("PUT {ORG}/addons/addon_1"),
            "addon_1",
        ),
        (
            call!(c.addons().delete_organisation("orga_1", "addon_1")),
            format!("DELETE {ORG}/addons/addon_1"),
            "Add-on deleted",
        ),
        (
            call!(c.products().list_addon_providers()),
            "GET /v2/products/addonproviders".to_owned(),
            "postgresql.org",
        ),
        (
            call!(c.products().get_addon_provider("postgresql-addon")),
            "GET /v2/products/addonproviders/postgresql-addon".to_owned(),
            "open source database",
        ),
    ];
    run(&server, calls).await;
}

#[tokio::test]
async fn v2_applications_and_their_parts() {
    let server = Server::start(clever).await.expect("server starts");
    let c = client(&server, signed(Some(("user-token", TOKEN_SECRET))));
    let scaled = types::ApplicationInput::new()
        .with_name("shop")
        .with_min_instances(2)
        .with_max_instances(6)
        .with_min_flavor("S")
        .with_max_flavor("L");
    let calls = vec![
        (
            call!(c.applications().list_organisation("orga_1")),
            format!("GET {ORG}/applications"),
            "shop.cleverapps.io",
        ),
        (
            call!(
                c.applications().create_organisation(
                    "orga_1",
                    types::ApplicationInput::new()
                        .with_name("shop")
                        .with_zone("par")
                        .with_deploy("git")
                        .with_instance_type("node")
                )
            ),
            format!("POST {ORG}/applications"),
            "\"app_1\"",
        ),
        (
            call!(c.applications().get_organisation("orga_1", "app_1")),
            format!("GET {APP}"),
            "push-par-clevercloud",
        ),
        (
            call!(
                c.applications()
                    .update_organisation("orga_1", "app_1", scaled)
            ),
            format!("PUT {APP}"),
            "\"app_1\"",
        ),
        (
            call!(c.applications().delete_organisation("orga_1", "app_1")),
            format!("DELETE {APP}"),
            "Application deleted",
        ),
        (
            call!(
                c.instances()
                    .list_organisation_application("orga_1", "app_1")
            ),
            format!("GET {APP}/instances"),
            "Happy Hippo",
        ),
        (
            call!(
                c.deployments()
                    .redeploy_organisation_application("orga_1", "app_1")
            ),
            format!("POST {APP}/instances"),
            "deployment_7",
        ),
        (
            call!(
                c.deployments()
                    .stop_organisation_application("orga_1", "app_1")
            ),
            format!("DELETE {APP}/instances"),
            "Stopped",
        ),
        (
            call!(
                c.deployments()
                    .list_organisation_application("orga_1", "app_1")
            ),
            format!("GET {APP}/deployments"),
            "4f2c1d",
        ),
        (
            call!(c.deployments().cancel_organisation_application(
                "orga_1",
                "app_1",
                "deployment_7"
            )),
            format!("DELETE {APP}/deployments/deployment_7/instances"),
            "Stopped",
        ),
        (
            call!(
                c.environment()
                    .list_organisation_application_env("orga_1", "app_1")
            ),
            format!("GET {APP}/env"),
            "NODE_ENV",
        ),
        (
            call!(c.environment().set_organisation_application_env_var(
                "orga_1",
                "app_1",
                "NODE_ENV",
                types::ValueInput::new().with_value("staging")
            )),
            format!("PUT {APP}/env/NODE_ENV"),
            "\"app_1\"",
        ),
        (
            call!(
                c.environment()
                    .delete_organisation_application_env_var("orga_1", "app_1", "NODE_ENV")
            ),
            format!("DELETE {APP}/env/NODE_ENV"),
            "\"app_1\"",
        ),
        (
            call!(c.domains().list_organisation_application("orga_1", "app_1")),
            format!("GET {APP}/vhosts"),
            "www.acme.example",
        ),
        (
            call!(
                c.domains()
                    .get_organisation_application_favourite("orga_1", "app_1")
            ),
            format!("GET {APP}/vhosts/favourite"),
            "www.acme.example",
        ),
        (
            call!(
                c.domains()
                    .add_organisation_application("orga_1", "app_1", "www.acme.example")
            ),
            format!("PUT {APP}/vhosts/www.acme.example"),
            "Domain updated",
        ),
        (
            call!(c.domains().remove_organisation_application(
                "orga_1",
                "app_1",
                "www.acme.example"
            )),
            format!("DELETE {APP}/vhosts/www.acme.example"),
            "Domain updated",
        ),
        (
            call!(c.scalability().set_organisation_application_build_flavor(
                "orga_1",
                "app_1",
                types::BuildFlavorInput::new().with_flavor_name("XL")
            )),
            format!("PUT {APP}/buildflavor"),
            "",
        ),
        (
            call!(
                c.branches()
                    .list_organisation_application("orga_1", "app_1")
            ),
            format!("GET {APP}/branches"),
            "staging",
        ),
        (
            call!(c.branches().set_organisation_application_branch(
                "orga_1",
                "app_1",
                types::BranchInput::new().with_branch("staging")
            )),
            format!("PUT {APP}/branch"),
            "",
        ),
    ];
    run(&server, calls).await;
    let sent = server.requests();
    let update = sent
        .iter()
        .find(|r| r.method == "PUT" && r.path() == APP)
        .expect("sent");
    assert_eq!(
        update.json()["maxFlavor"],
        "L",
        "scalability goes through the application update"
    );
    assert_eq!(update.header("content-type"), Some("application/json"));
}

#[tokio::test]
async fn v4_zones_billing_deployments_load_balancers_logs_network_groups_and_iam() {
    let server = Server::start(clever).await.expect("server starts");
    let c = client(&server, signed(Some(("user-token", TOKEN_SECRET))));
    let (ng, iam) = (
        "/v4/networkgroups/organisations/orga_1/networkgroups",
        "/v4/iam/organisations/orga_1/iam/tokens",
    );
    let calls = vec![
        (
            call!(c.products().list_zones()),
            "GET /v4/products/zones".to_owned(),
            "91.208.207.214",
        ),
        (
            call!(c.products().get_zone("par")),
            "GET /v4/products/zones/par".to_owned(),
            "country_code: \"FR\"",
        ),
        (
            call!(c.billing().list_invoices("orga_1")),
            "GET /v4/billing/organisations/orga_1/invoices".to_owned(),
            "INV-42",
        ),
        (
            call!(c.billing().download_invoice_pdf("orga_1", "INV-42")),
            "GET /v4/billing/organisations/orga_1/INV-42.pdf".to_owned(),
            "b\"%PDF",
        ),
        (
            call!(c.deployments().list_application_v4("orga_1", "app_1")),
            "GET /v4/orchestration/organisations/orga_1/applications/app_1/deployments".to_owned(),
            "SUCCEEDED",
        ),
        (
            call!(c.load_balancers().get_default_dns("orga_1", "app_1")),
            "GET /v4/load-balancers/organisations/orga_1/applications/app_1/load-balancers/default"
                .into(),
            "domain.par.clever-cloud.com",
        ),
        (
            call!(c.logs().stream_application_v4("orga_1", "app_1")),
            "GET /v4/logs/organisations/orga_1/applications/app_1/logs".to_owned(),
            "APPLICATION_LOG",
        ),
        (
            call!(c.iam_tokens().list("orga_1")),
            format!("GET {iam}"),
            "redacted_start: \"cc_\"",
        ),
        (
            call!(c.iam_tokens().get("orga_1", "tok_1")),
            format!("GET {iam}/tok_1"),
            "rev_1",
        ),
        (
            call!(c.iam_tokens().revoke("orga_1", "tok_1")),
            format!("DELETE {iam}/tok_1"),
            "()",
        ),
    ];
    run(&server, calls).await;
    let calls = vec![
        (
            call!(c.network_groups().list("orga_1")),
            format!("GET {ng}"),
            "10.105.0.0/16",
        ),
        (
            call!(
                c.network_groups().create(
                    "orga_1",
                    types::NetworkGroupInput::new()
                        .with_description("private network")
                        .with_label("backend")
                )
            ),
            format!("POST {ng}"),
            "\"backend\"",
        ),
        (
            call!(c.network_groups().get("orga_1", "ng_1")),
            format!("GET {ng}/ng_1"),
            "last_allocated_ip: \"10.105.0.5\"",
        ),
        (
            call!(c.network_groups().list_members("orga_1", "ng_1")),
            format!("GET {ng}/ng_1/members"),
            "cc-ng.cloud",
        ),
        (
            call!(c.network_groups().delete("orga_1", "ng_1")),
            format!("DELETE {ng}/ng_1"),
            "()",
        ),
    ];
    run(&server, calls).await;
}

#[tokio::test]
async fn api_tokens_on_the_bridge() {
    let server = Server::start(clever).await.expect("server starts");
    let c = client(&server, BearerToken::new(API_TOKEN).expect("valid token"));
    let expires = "2024-08-01T10:00:00Z"
        .parse()
        .expect("an RFC 3339 date-time");
    let created = types::ApiTokenCreateRequest::new("ada@example.com", "pw", "ci", expires);
    let calls = vec![
        (
            call!(c.api_tokens().list()),
            "GET /api-tokens".to_owned(),
            "203.0.113.7",
        ),
        (
            call!(c.api_tokens().create(created)),
            "POST /api-tokens".to_owned(),
            // The token is decoded but not shown: `Debug` redacts credentials.
            "api_token_id: \"at_2\"|api_token: [redacted]",
        ),
        (
            call!(
                c.api_tokens()
                    .update("at_1", types::ApiTokenUpdateRequest::new("laptop-2"))
            ),
            "PUT /api-tokens/at_1".to_owned(),
            "()",
        ),
        (
            call!(c.api_tokens().revoke("at_1")),
            "DELETE /api-tokens/at_1".to_owned(),
            "()",
        ),
    ];
    run(&server, calls).await;
    let wrong = types::ApiTokenCreateRequest::new("ada@example.com", "nope", "ci", expires);
    let error = c.api_tokens().create(wrong).send().await.expect_err("401");
    expect_clever_error(&error, 401, "Invalid credentials");
}

#[tokio::test]
async fn three_legged_oauth_endpoints() {
    let server = Server::start(clever).await.expect("server starts");
    let consumer = client(&server, signed(None));
    let request = OauthParametersForm::new().with_oauth_callback("http://127.0.0.1/callback");
    let token = consumer
        .oauth()
        .create_request_token(request)
        .send()
        .await
        .expect("request token");
    assert_eq!(
        &token[..],
        b"oauth_token=req_1&oauth_token_secret=request-secret&oauth_callback_confirmed=true"
    );
    let exchange = client(&server, signed(Some(("req_1", REQUEST_TOKEN_SECRET))));
    let verifier = OauthParametersForm::new().with_oauth_verifier("v_1");
    let access = exchange
        .oauth()
        .create_access_token(verifier)
        .send()
        .await
        .expect("access token");
    assert_eq!(
        &access[..],
        b"oauth_token=user-token&oauth_token_secret=token-secret"
    );
    let missing = exchange
        .oauth()
        .create_access_token(OauthParametersForm::new())
        .send()
        .await
        .expect_err("400");
    expect_clever_error(&missing, 400, "oauth_verifier missing");
    for sent in server.requests() {
        assert!(
            sent.header("authorization")
                .is_some_and(|a| a.starts_with("OAuth ")),
            "{}",
            sent.target
        );
    }
}

fn expect_clever_error(error: &Error<types::Error>, status: u16, message: &str) {
    let Error::Api(api) = error else {
        panic!("{status} is documented: {error:?}")
    };
    assert_eq!(api.response.status.as_u16(), status);
    let decoded = api.error.as_ref().expect("decoded into the Error schema");
    assert!(
        decoded
            .message
            .as_deref()
            .is_some_and(|m| m.contains(message)),
        "{decoded:?}"
    );
}

#[tokio::test]
async fn typical_errors_are_decoded() {
    let server = Server::start(clever).await.expect("server starts");
    let c = client(&server, signed(Some(("user-token", TOKEN_SECRET))));
    let not_found: Vec<Call<'_, types::Error>> = vec![
        call!(c.organisations().get("orga_missing")),
        call!(c.members().remove_organisation("orga_1", "user_missing")),
        call!(c.applications().get_organisation("orga_1", "app_missing")),
        call!(
            c.instances()
                .list_organisation_application("orga_1", "app_missing")
        ),
        call!(
            c.deployments()
                .list_organisation_application("orga_1", "app_missing")
        ),
        call!(
            c.environment()
                .list_organisation_application_env("orga_1", "app_missing")
        ),
        call!(
            c.domains()
                .list_organisation_application("orga_1", "app_missing")
        ),
        call!(
            c.branches()
                .list_organisation_application("orga_1", "app_missing")
        ),
        call!(c.addons().get_organisation("orga_1", "addon_missing")),
        call!(c.products().get_addon_provider("missing-addon")),
        call!(c.products().get_zone("nowhere")),
        call!(c.billing().download_invoice_pdf("orga_1", "INV-0")),
        call!(c.deployments().list_application_v4("orga_1", "app_missing")),
        call!(c.load_balancers().get_default_dns("orga_1", "app_missing")),
        call!(c.iam_tokens().get("orga_1", "tok_missing")),
    ];
    for call in not_found {
        expect_clever_error(&call.await.expect_err("404"), 404, "Not found");
    }
    let invalid: Vec<Call<'_, types::Error>> = vec![
        call!(
            c.organisations()
                .create(types::OrganisationInput::new().with_description("no name"))
        ),
        call!(
            c.applications()
                .create_organisation("orga_1", types::ApplicationInput::new().with_zone("par"))
        ),
        call!(c.scalability().set_organisation_application_build_flavor(
            "orga_1",
            "app_1",
            types::BuildFlavorInput::new()
        )),
    ];
    for call in invalid {
        expect_clever_error(&call.await.expect_err("400"), 400, "is required");
    }
    let error = c
        .network_groups()
        .get("orga_1", "ng_missing")
        .send()
        .await
        .expect_err("404");
    // Network groups document no error body: their errors read as Clever's usual one, like
    // every other operation's.
    assert!(matches!(error, Error::Api(_)), "documented: {error:?}");
    assert!(error.is_not_found());
    assert_eq!(
        error.message(),
        Some("Not found: /v4/networkgroups/organisations/orga_1/networkgroups/ng_missing")
    );
    let forged = client(&server, signed(Some(("user-token", "stolen"))));
    let error = forged.self_().get().send().await.expect_err("401");
    expect_clever_error(&error, 401, "signature mismatch");
}

/// `GET /v2/oauth/authorize` is the HTML page the user approves the consumer on: the client asks
/// for `text/html` and hands the page back as text (declared as a JSON string, it asked for JSON
/// and failed to decode the page).
#[tokio::test]
async fn authorize_form_is_an_html_page() {
    let server = Server::start(clever).await.expect("server starts");
    let page = client(&server, signed(Some(("user-token", TOKEN_SECRET))))
        .oauth()
        .get_authorize_form()
        .oauth_token("req_1")
        .send()
        .await
        .expect("authorize form");
    assert_eq!(
        page,
        "<html><form action=\"/v2/oauth/authorize\">Authorize my-app?</form></html>"
    );
    let sent = server.requests().pop().expect("sent");
    assert_eq!(sent.target, "/v2/oauth/authorize?oauth_token=req_1");
    assert_eq!(sent.header("accept"), Some("text/html"));
}

/// Clever Cloud replaces an application's variables from a JSON object (`{"NAME": "value"}`);
/// every operation that replaces a whole environment sends one (with a string body, the client
/// sent a quoted JSON string literal, which the API refuses).
#[tokio::test]
async fn replacing_the_environment_sends_an_object() {
    let server = Server::start(clever).await.expect("server starts");
    let c = client(&server, signed(Some(("user-token", TOKEN_SECRET))));
    let variables = || {
        types::EnvironmentMap::from([
            ("NODE_ENV".to_owned(), "production".to_owned()),
            ("PORT".to_owned(), "8080".to_owned()),
        ])
    };
    let replaced = c
        .environment()
        .replace_organisation_application_env("orga_1", "app_1", variables())
        .send()
        .await
        .expect("the API accepts an object of variables");
    assert_eq!(replaced.id.as_deref(), Some("app_1"));
    let calls = vec![
        (
            call!(
                c.environment()
                    .replace_organisation_application_exposed_env("orga_1", "app_1", variables())
            ),
            format!("PUT {APP}/exposed_env"),
            "Environment updated",
        ),
        (
            call!(
                c.environment()
                    .replace_self_application_env("app_1", variables())
            ),
            "PUT /v2/self/applications/app_1/env".to_owned(),
            "\"app_1\"",
        ),
        (
            call!(
                c.environment()
                    .replace_self_application_exposed_env("app_1", variables())
            ),
            "PUT /v2/self/applications/app_1/exposed_env".to_owned(),
            "Environment updated",
        ),
        (
            call!(
                c.environment()
                    .update_application_env_with_token("app_1", variables())
                    .token("deploy-token")
            ),
            "PUT /v2/application/app_1/environment".to_owned(),
            "Environment updated",
        ),
    ];
    run(&server, calls).await;
    let sent = server.requests();
    assert_eq!(sent.len(), ENV_REPLACEMENTS.len());
    for request in sent {
        assert!(
            ENV_REPLACEMENTS.contains(&request.path()),
            "{}",
            request.target
        );
        assert_eq!(request.header("content-type"), Some("application/json"));
        assert_eq!(
            request.json(),
            json!({"NODE_ENV": "production", "PORT": "8080"}),
            "{}",
            request.target
        );
    }
}

/// [`expect_clever_error`], and the response is kept whole: status, JSON content type, and the
/// raw body, which holds exactly what was decoded (`id`, `message` and `type: "error"`).
fn expect_kept_clever_error(error: &Error<types::Error>, status: u16, message: &str) {
    expect_clever_error(error, status, message);
    assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
    let kept = error.response().expect("the response is kept");
    assert_eq!(
        kept.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/json")
    );
    let raw: Value = serde_json::from_slice(&kept.body).expect("the raw body is kept");
    assert_eq!(raw["type"], "error", "{raw}");
    assert!(raw["id"].is_i64(), "{raw}");
    let decoded = error.api_error().expect("decoded");
    assert_eq!(decoded.type_, Some(types::ErrorType::Error));
    assert_eq!(
        serde_json::to_value(decoded).expect("serialises"),
        raw,
        "the decoded error is the whole body"
    );
}

#[tokio::test]
async fn summary_errors() {
    let server = Server::start(clever).await.expect("server starts");
    let forged = client(&server, signed(Some(("user-token", "stolen"))));
    let error = forged.summary().get().send().await.expect_err("401");
    expect_kept_clever_error(&error, 401, "signature mismatch");
    let limited = client(&server, signed(Some((LIMITED_TOKEN, TOKEN_SECRET))));
    let error = limited
        .summary()
        .get()
        .full("true")
        .send()
        .await
        .expect_err("403");
    expect_kept_clever_error(&error, 403, "access_personal_information");
    // OAuth 1.0a has nothing to refresh: each refusal is one request, not retried.
    assert_eq!(server.hits("/v2/summary"), 2);
    assert_eq!(server.requests()[1].query(), "full=true");
}

#[tokio::test]
async fn v4_log_stream_errors() {
    let server = Server::start(clever).await.expect("server starts");
    let c = client(&server, signed(Some(("user-token", TOKEN_SECRET))));
    let logs = "/v4/logs/organisations";
    let calls: Vec<(Call<'_, types::Error>, u16, String)> = vec![
        (
            call!(c.logs().stream_application_v4("orga_1", "app_missing")),
            404,
            format!("Not found: {logs}/orga_1/applications/app_missing/logs"),
        ),
        (
            call!(c.logs().stream_application_access("orga_1", "app_missing")),
            404,
            format!("Not found: {logs}/orga_1/applications/app_missing/accesslogs"),
        ),
        (
            call!(
                c.logs()
                    .stream_application_v4("orga_2", "app_1")
                    .since("2024-05-01T10:00:00Z")
            ),
            403,
            "not a member of orga_2".into(),
        ),
        (
            call!(c.logs().stream_application_access("orga_2", "app_1")),
            403,
            "not a member of orga_2".into(),
        ),
    ];
    for (call, status, message) in calls {
        let error = call.await.expect_err("an error, not events");
        expect_kept_clever_error(&error, status, &message);
    }
    let forged = client(&server, signed(Some(("user-token", "stolen"))));
    let error = forged
        .logs()
        .stream_application_v4("orga_1", "app_1")
        .send()
        .await
        .expect_err("401");
    expect_kept_clever_error(&error, 401, "signature mismatch");
    // The client asked for events each time and still decoded the JSON error.
    let sent = server.requests();
    assert_eq!(sent.len(), 5);
    for request in sent {
        assert!(request.path().starts_with(logs), "{}", request.target);
        assert_eq!(
            request.header("accept"),
            Some("text/event-stream"),
            "{}",
            request.target
        );
    }
}

#[tokio::test]
async fn request_token_errors() {
    let server = Server::start(clever).await.expect("server starts");
    let request = || OauthParametersForm::new().with_oauth_callback("http://127.0.0.1/callback");
    let stranger = OAuth1::new("unknown-consumer", CONSUMER_SECRET).expect("valid consumer");
    let error = client(&server, stranger)
        .oauth()
        .create_request_token(request())
        .send()
        .await
        .expect_err("401");
    expect_kept_clever_error(&error, 401, "Unknown OAuth consumer");
    let wrong_secret = OAuth1::new(CONSUMER_KEY, "not the secret").expect("valid consumer");
    let error = client(&server, wrong_secret)
        .oauth()
        .create_request_token(request())
        .send()
        .await
        .expect_err("401");
    expect_kept_clever_error(&error, 401, "signature mismatch");
    // Success would have been form-encoded; the client asked for that and decoded the JSON error.
    let sent = server.requests();
    assert_eq!(sent.len(), 2, "a refused request token is not retried");
    for request in sent {
        assert_eq!(
            format!("{} {}", request.method, request.path()),
            "POST /v2/oauth/request_token"
        );
        assert_eq!(
            request.header("accept"),
            Some("application/x-www-form-urlencoded")
        );
        assert!(
            request.text().contains("oauth_callback="),
            "{}",
            request.text()
        );
    }
}
