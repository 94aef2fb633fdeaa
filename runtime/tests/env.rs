//! Clients configured from environment variables ([`ClientBuilder::auth_from_env`]) against a
//! loopback server: each kind of credentials, the scheme order, base URLs, and what the error
//! says when variables are missing.

use std::collections::HashMap;

use cloudsdk_runtime::{Client, EnvCredentials, EnvScheme, Method, Operation, decode};
use cloudsdk_testkit::{Request, Response, Server};
use serde_json::{Value, json};

static WHOAMI: Operation = Operation::new("whoami", Method::GET, "/whoami", true);

const OAUTH1: EnvScheme = EnvScheme::new(
    "oauth1",
    EnvCredentials::oauth1("T_CONSUMER_KEY", "T_CONSUMER_SECRET", "T_TOKEN", "T_SECRET"),
);

/// An API token whose requests go to another host (as Clever Cloud's go to its API bridge).
const BRIDGED: EnvScheme = EnvScheme::new("apiToken", EnvCredentials::bearer("T_API_TOKEN"))
    .base_url("https://bridge.example.com");

const BASIC: EnvScheme = EnvScheme::new(
    "basic",
    EnvCredentials::basic("T_USER", "T_APIKEY").authorization("T_AUTH"),
);

/// Answers `/token` (client id and secret in the form body) with a token naming the audience
/// asked for, and echoes the credentials a call carried.
fn answer(req: &Request) -> Response {
    if req.path() == "/token" {
        let body = req.text();
        let form: HashMap<String, String> = url::form_urlencoded::parse(body.as_bytes())
            .into_owned()
            .collect();
        // The credentials in the body, as the scheme says, not in a Basic header.
        if form.get("client_id").map(String::as_str) != Some("id")
            || req.header("authorization").is_some()
        {
            return Response::json(401, json!({"error": "invalid_client"}));
        }
        let audience = form.get("audience").cloned().unwrap_or_default();
        return Response::json(
            200,
            json!({"access_token": format!("for-{audience}"), "expires_in": 600}),
        );
    }
    let header = |name| req.header(name).unwrap_or_default().to_owned();
    Response::json(
        200,
        json!({
            "authorization": header("authorization"),
            "key": header("x-key"),
            "query": req.query(),
        }),
    )
}

async fn call(
    schemes: &[EnvScheme],
    vars: &[(&str, &str)],
) -> Result<Value, cloudsdk_runtime::Error> {
    let vars: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    let lookup = move |name: &str| vars.get(name).cloned();
    let client = Client::builder("https://unused.example.com")
        .auth_from_env(schemes, "T_BASE_URL", &lookup)?
        .build()?;
    client.request(&WHOAMI).send_value(decode::json).await
}

fn seen(answer: &Value) -> &str {
    answer["authorization"].as_str().unwrap_or_default()
}

#[tokio::test]
async fn the_first_complete_scheme_is_used_and_the_base_url_variable_wins() {
    let server = Server::start(answer).await.expect("server");
    let url = server.url();
    let oauth = [
        ("T_CONSUMER_KEY", "ck"),
        ("T_CONSUMER_SECRET", "cs"),
        ("T_TOKEN", "tok"),
        ("T_SECRET", "ts"),
        ("T_API_TOKEN", "api-token"),
        ("T_BASE_URL", url.as_str()),
    ];
    let signed = call(&[OAUTH1, BRIDGED], &oauth).await.expect("oauth1 call");
    assert!(seen(&signed).starts_with("OAuth ") && seen(&signed).contains("oauth_token=\"tok\""));
    // Only the API token: that scheme, whose own host the base URL variable overrides here.
    let token = call(
        &[OAUTH1, BRIDGED],
        &[
            ("T_TOKEN", "tok"),
            ("T_API_TOKEN", "api-token"),
            ("T_BASE_URL", &url),
        ],
    )
    .await
    .expect("bearer call");
    assert_eq!(seen(&token), "Bearer api-token");
}

#[tokio::test]
async fn a_scheme_base_url_applies_when_no_variable_overrides_it() {
    let lookup = |name: &str| (name == "T_API_TOKEN").then(|| "api-token".to_owned());
    let client = Client::builder("https://api.example.com")
        .auth_from_env(&[OAUTH1, BRIDGED], "T_BASE_URL", &lookup)
        .expect("bridged")
        .build()
        .expect("client");
    assert_eq!(client.base_url(), "https://bridge.example.com");
}

#[tokio::test]
async fn basic_prefers_a_ready_made_authorization_value() {
    let server = Server::start(answer).await.expect("server");
    let url = server.url();
    let both = [
        ("T_USER", "ada"),
        ("T_APIKEY", "k"),
        ("T_AUTH", "Basic cmVhZHk6bWFkZQ=="),
        ("T_BASE_URL", url.as_str()),
    ];
    assert_eq!(
        seen(&call(&[BASIC], &both).await.expect("call")),
        "Basic cmVhZHk6bWFkZQ=="
    );
    let pair = [
        ("T_USER", "ada"),
        ("T_APIKEY", "k"),
        ("T_BASE_URL", url.as_str()),
    ];
    assert_eq!(
        seen(&call(&[BASIC], &pair).await.expect("call")),
        "Basic YWRhOms="
    );
}

#[tokio::test]
async fn client_credentials_take_their_token_url_and_audience_from_variables() {
    let server = Server::start(answer).await.expect("server");
    let url = server.url();
    let token_url = format!("{url}/token");
    let exchange = EnvScheme::new(
        "oauth2",
        EnvCredentials::client_credentials(
            "T_CLIENT_ID",
            "T_CLIENT_SECRET",
            "https://login.example.com/oauth/token",
        )
        .token_url_var("T_OAUTH_URL")
        .audience("api.example.com")
        .audience_var("T_AUDIENCE")
        .credentials_in_body(true),
    );
    let mut vars = vec![
        ("T_CLIENT_ID", "id"),
        ("T_CLIENT_SECRET", "secret"),
        ("T_OAUTH_URL", token_url.as_str()),
        ("T_BASE_URL", url.as_str()),
    ];
    let answer = call(&[exchange], &vars).await.expect("call");
    assert_eq!(
        seen(&answer),
        "Bearer for-api.example.com",
        "the declared audience"
    );
    vars.push(("T_AUDIENCE", "other.example.com"));
    let answer = call(&[exchange], &vars).await.expect("call");
    assert_eq!(seen(&answer), "Bearer for-other.example.com");
}

#[tokio::test]
async fn a_header_key_is_sent_as_a_sensitive_header() {
    let server = Server::start(answer).await.expect("server");
    let key = EnvScheme::new("apiKey", EnvCredentials::header_key("x-key", "T_KEY"));
    let answer = call(&[key], &[("T_KEY", "k3y"), ("T_BASE_URL", &server.url())])
        .await
        .expect("call");
    assert_eq!(answer["key"], "k3y");
}

#[tokio::test]
async fn a_query_key_is_sent_in_the_query_string() {
    let server = Server::start(answer).await.expect("server");
    let key = EnvScheme::new("apiKey", EnvCredentials::query_key("api_key", "T_KEY"));
    let answer = call(&[key], &[("T_KEY", "k3y"), ("T_BASE_URL", &server.url())])
        .await
        .expect("call");
    assert_eq!(answer["query"], "api_key=k3y");
    assert_eq!(answer["key"], "");
}

/// Nothing set: every way is named. Half of one set: what is missing of it. Values never show.
#[tokio::test]
async fn missing_variables_are_named_never_values() {
    let error = call(&[OAUTH1, BRIDGED, BASIC], &[])
        .await
        .expect_err("nothing set");
    let text = format!(
        "{error:?} {}",
        std::error::Error::source(&error)
            .map(ToString::to_string)
            .unwrap_or_default()
    );
    assert!(
        text.contains("set T_CONSUMER_KEY, T_CONSUMER_SECRET, T_TOKEN and T_SECRET (`oauth1`); or T_API_TOKEN (`apiToken`); or T_USER and T_APIKEY, or T_AUTH (`basic`)"),
        "{text}"
    );
    let half = [
        ("T_CONSUMER_KEY", "visible-key"),
        ("T_TOKEN", "s3cret-token"),
    ];
    let error = call(&[OAUTH1], &half).await.expect_err("half set");
    let text = format!("{error:?}");
    assert!(
        text.contains("(`oauth1`: T_CONSUMER_SECRET and T_SECRET not set)"),
        "{text}"
    );
    assert!(
        !text.contains("s3cret-token") && !text.contains("visible-key"),
        "{text}"
    );
}
