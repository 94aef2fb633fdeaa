//! The generated Clever Cloud client against a loopback API that checks OAuth 1.0a signatures
//! the way Clever Cloud does, recomputing them with an implementation that is not ours.

use clever_cloud::auth::BearerToken;
use clever_cloud::auth::oauth1::{OAuth1, SignatureMethod};
use clever_cloud::{Client, Error};
use cloudsdk_testkit::{Request, Response, Server, oauth1};
use serde_json::json;

const CONSUMER_SECRET: &str = "consumer secret/+&é";
const TOKEN_SECRET: &str = "token-secret";

fn auth(method: SignatureMethod) -> OAuth1 {
    OAuth1::new("consumer-key", CONSUMER_SECRET)
        .and_then(|a| a.with_token("user-token", TOKEN_SECRET))
        .map(|a| a.with_signature_method(method))
        .expect("valid credentials")
}

/// Clever Cloud: every v2/v4 call is OAuth-signed; logs are signed for the URL without the
/// query, on the origin the request was sent to (the client moves the signing URL to the base
/// URL it was given, so a signature never goes to a host it is not valid for); invoices come
/// as PDF; API tokens go to the bridge as bearer tokens.
fn clever(req: &Request) -> Response {
    if let Some(token) = req
        .header("authorization")
        .and_then(|a| a.strip_prefix("Bearer "))
    {
        return if token == "api_tokens_abc" && req.path() == "/v2/self" {
            Response::json(200, json!({"id": "user_1", "email": "ada@example.com"}))
        } else {
            Response::json(
                401,
                json!({"id": 401, "message": "bad token", "type": "error"}),
            )
        };
    }
    let signed_url = match req.path() {
        p if p.starts_with("/v2/logs/") => Some(format!(
            "http://{}{p}",
            req.header("host").unwrap_or_default()
        )),
        _ => None,
    };
    if let Err(why) = oauth1::verify(req, CONSUMER_SECRET, TOKEN_SECRET, signed_url.as_deref()) {
        return Response::json(401, json!({"id": 401, "message": why, "type": "error"}));
    }
    match (req.method.as_str(), req.path()) {
        ("GET", "/v2/self") => Response::json(
            200,
            json!({"id": "user_1", "email": "ada@example.com", "name": "Ada"}),
        ),
        ("GET", "/v2/logs/app_1") => Response::json(
            200,
            json!([
                {"date": "2024-05-01T10:00:00Z", "message": "started", "severity": "info"},
                {"date": "2024-05-01T10:00:01Z", "message": "listening on 8080"}
            ]),
        ),
        ("GET", "/v4/billing/organisations/orga_1/INV-42.pdf") => {
            Response::new(200, "application/pdf", b"%PDF-1.7 fake invoice".to_vec())
        }
        ("GET", "/v2/organisations/missing") => Response::json(
            404,
            json!({"id": 4004, "message": "Organisation not found", "type": "error"}),
        ),
        _ => Response::json(
            404,
            json!({"id": 404, "message": "Not Found", "type": "error"}),
        ),
    }
}

fn client(server: &Server, auth: OAuth1) -> Client {
    Client::builder()
        .base_url(server.url())
        .auth(auth)
        .build()
        .expect("client builds")
}

#[tokio::test]
async fn every_signature_method_is_accepted() {
    let server = Server::start(clever).await.expect("server starts");
    for method in [
        SignatureMethod::HmacSha512,
        SignatureMethod::HmacSha1,
        SignatureMethod::Plaintext,
    ] {
        let me = client(&server, auth(method)).self_().get().send().await;
        let me = me.unwrap_or_else(|e| panic!("{method:?}: {e}"));
        assert_eq!(me.email.as_deref(), Some("ada@example.com"));
    }
}

#[tokio::test]
async fn a_wrong_secret_is_rejected_by_the_verifier() {
    let server = Server::start(clever).await.expect("server starts");
    let wrong = OAuth1::new("consumer-key", "not the secret")
        .and_then(|a| a.with_token("user-token", TOKEN_SECRET))
        .expect("valid credentials");
    let error = client(&server, wrong)
        .self_()
        .get()
        .send()
        .await
        .expect_err("rejected");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
}

#[tokio::test]
async fn logs_are_signed_for_the_url_without_the_query() {
    let server = Server::start(clever).await.expect("server starts");
    let lines = client(&server, auth(SignatureMethod::HmacSha512))
        .logs()
        .list_application("app_1")
        .limit(2)
        .send()
        .await
        .expect("the server accepts the signature of the URL without the query");
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1].message, "listening on 8080");
    assert_eq!(
        server.requests()[0].query(),
        "limit=2",
        "the query is still sent"
    );
}

#[tokio::test]
async fn invoice_pdf_downloads_as_bytes() {
    let server = Server::start(clever).await.expect("server starts");
    let pdf = client(&server, auth(SignatureMethod::HmacSha512))
        .billing()
        .download_invoice_pdf("orga_1", "INV-42")
        .send()
        .await
        .expect("download succeeds");
    assert!(pdf.starts_with(b"%PDF"));
}

#[tokio::test]
async fn documented_errors_are_decoded() {
    let server = Server::start(clever).await.expect("server starts");
    let error = client(&server, auth(SignatureMethod::HmacSha512))
        .organisations()
        .get("missing")
        .send()
        .await
        .expect_err("404");
    let Error::Api(api) = &error else {
        panic!("documented: {error:?}")
    };
    let decoded = api.error.as_ref().expect("decoded into the Error schema");
    assert_eq!(decoded.message.as_deref(), Some("Organisation not found"));
}

#[tokio::test]
async fn api_tokens_go_to_the_bridge_as_bearer() {
    assert_eq!(
        Client::API_TOKEN_BASE_URL,
        "https://api-bridge.clever-cloud.com"
    );
    let server = Server::start(clever).await.expect("server starts");
    let client = Client::builder()
        .base_url(server.url())
        .auth(BearerToken::new("api_tokens_abc").expect("valid token"))
        .build()
        .expect("client builds");
    let me = client
        .self_()
        .get()
        .send()
        .await
        .expect("bridge accepts the token");
    assert_eq!(me.id.as_deref(), Some("user_1"));
}
