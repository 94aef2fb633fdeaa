//! The generated Civo client against a loopback server that answers like Civo's API.

use civo::auth::{BearerToken, TokenExchange};
use civo::types::CreateInstanceRequest;
use civo::{Client, Error};
use cloudsdk_testkit::{Request, Response, Server};
use serde_json::json;

const KEY: &str = "civo-api-key-123";

fn instance(id: &str) -> serde_json::Value {
    json!({"id": id, "hostname": format!("{id}.example.com"), "size": "g3.small", "region": "LON1", "status": "ACTIVE"})
}

/// Civo: `Authorization: bearer <key>`, JSON for 2xx, plain-text 404 pages, a JSON `reason` on 403.
fn civo(req: &Request) -> Response {
    if req.path() == "/v2/auth/exchange" {
        return if req
            .header("authorization")
            .is_some_and(|a| a.eq_ignore_ascii_case(&format!("bearer {KEY}")))
        {
            Response::json(
                200,
                json!({"access_token": "jwt-1", "token_type": "Bearer", "expires_in": 3600}),
            )
        } else {
            Response::json(401, json!({"code": "authentication_failed"}))
        };
    }
    let auth = req
        .header("authorization")
        .unwrap_or_default()
        .to_ascii_lowercase();
    if auth != format!("bearer {}", KEY.to_ascii_lowercase()) && auth != "bearer jwt-1" {
        return Response::json(
            401,
            json!({"code": "authentication_failed", "reason": "no valid key"}),
        );
    }
    match (req.method.as_str(), req.path()) {
        // 200s whose items break the schema: the second lacks the required `id`, or has a number
        // where a string belongs.
        ("GET", "/v2/instances") if req.query() == "region=NO-ID" => Response::json(
            200,
            json!({"page": 1, "per_page": 20, "pages": 1,
                   "items": [instance("i-1"), {"hostname": "x", "extra": {"nested": [1]}}]}),
        ),
        ("GET", "/v2/instances") if req.query() == "region=BAD-SIZE" => {
            let mut bad = instance("i-2");
            bad["size"] = json!(5);
            Response::json(
                200,
                json!({"page": 1, "per_page": 20, "pages": 1, "items": [instance("i-1"), bad]}),
            )
        }
        ("GET", "/v2/instances") => Response::json(
            200,
            json!({"page": 1, "per_page": 20, "pages": 1, "items": [instance("i-1"), instance("i-2")]}),
        ),
        ("POST", "/v2/instances") => {
            let form = req.text();
            let is_form = req.header("content-type") == Some("application/x-www-form-urlencoded");
            if is_form
                && form.contains("hostname=test.example.com")
                && form.contains("size=g3.small")
            {
                Response::json(200, instance("i-new"))
            } else {
                Response::json(
                    400,
                    json!({"code": "parameter_missing", "reason": format!("got {form}")}),
                )
            }
        }
        ("DELETE", "/v2/instances/locked") => Response::json(
            403,
            json!({"code": "forbidden", "reason": "instance is protected"}),
        ),
        _ => Response::text(404, "The page you were looking for doesn't exist."),
    }
}

async fn client(server: &Server) -> Client {
    Client::builder()
        .base_url(server.url())
        .auth(BearerToken::civo(KEY).expect("valid key"))
        .build()
        .expect("client builds")
}

#[tokio::test]
async fn list_instances_in_a_region() {
    let server = Server::start(civo).await.expect("server starts");
    let page = client(&server)
        .await
        .instances()
        .list()
        .region("LON1")
        .send()
        .await
        .expect("list succeeds");
    assert_eq!(page.items.len(), 2);
    let sent = &server.requests()[0];
    assert_eq!(sent.query(), "region=LON1");
    assert_eq!(
        sent.header("authorization"),
        Some("bearer civo-api-key-123")
    );
}

#[tokio::test]
async fn create_instance_with_a_form_body() {
    let server = Server::start(civo).await.expect("server starts");
    let body = CreateInstanceRequest::new()
        .with_hostname("test.example.com")
        .with_size("g3.small");
    let created = client(&server)
        .await
        .instances()
        .create(body)
        .as_form()
        .send()
        .await
        .expect("create succeeds");
    assert_eq!(created.id, "i-new");
}

#[tokio::test]
async fn plain_text_404_is_kept_verbatim() {
    let server = Server::start(civo).await.expect("server starts");
    let error = client(&server)
        .await
        .instances()
        .get("missing")
        .send()
        .await
        .expect_err("404");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    let body = error.response().expect("response kept").text().into_owned();
    assert_eq!(body, "The page you were looking for doesn't exist.");
    assert!(error.to_string().contains("doesn't exist"), "{error}");
}

#[tokio::test]
async fn forbidden_reason_is_decoded() {
    let server = Server::start(civo).await.expect("server starts");
    let error = client(&server)
        .await
        .instances()
        .delete("locked")
        .send()
        .await
        .expect_err("403");
    let Error::Api(api) = &error else {
        panic!("403 is documented: {error:?}")
    };
    let decoded = api
        .error
        .as_ref()
        .expect("403 body decodes into the error schema");
    assert_eq!(decoded.reason.as_deref(), Some("instance is protected"));
}

#[tokio::test]
async fn api_key_exchanged_for_a_jwt() {
    let server = Server::start(civo).await.expect("server starts");
    let auth = TokenExchange::civo(KEY)
        .expect("valid key")
        .with_token_url(&format!("{}/v2/auth/exchange", server.url()))
        .expect("valid URL");
    let client = Client::builder()
        .base_url(server.url())
        .auth(auth)
        .build()
        .expect("client builds");
    client.instances().list().send().await.expect("first call");
    client.instances().list().send().await.expect("second call");
    assert_eq!(server.hits("/v2/auth/exchange"), 1, "the JWT is cached");
    let api_calls: Vec<Request> = server
        .requests()
        .into_iter()
        .filter(|r| r.path() == "/v2/instances")
        .collect();
    assert!(
        api_calls
            .iter()
            .all(|r| r.header("authorization") == Some("Bearer jwt-1"))
    );
}

#[tokio::test]
async fn body_that_breaks_the_schema_is_a_decode_error_naming_where() {
    let server = Server::start(civo).await.expect("server starts");
    let client = client(&server).await;
    let list = |region| client.instances().list().region(region).send();

    let error = list("NO-ID").await.expect_err("no id");
    let Error::Decode(decode) = &error else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(decode.path, "items[1]");
    assert!(
        decode.message.starts_with("missing field `id`"),
        "{}",
        decode.message
    );
    assert_eq!(decode.response.status.as_u16(), 200);
    assert!(error.to_string().contains("missing field `id`"), "{error}");

    let error = list("BAD-SIZE").await.expect_err("number for a string");
    let Error::Decode(decode) = &error else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(decode.path, "items[1].size");
    assert!(
        decode
            .message
            .starts_with("invalid type: integer `5`, expected a string"),
        "{}",
        decode.message
    );
}
