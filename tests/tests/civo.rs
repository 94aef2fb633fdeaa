//! The generated Civo client against its generated mock (`civo::mock`), which checks the bearer
//! key, serves the key-for-JWT exchange and answers with canned, spec-checked bodies.

use civo::auth::{BearerToken, TokenExchange};
use civo::mock::{Auth, Credential, MockServer, TokenEndpoint};
use civo::types::CreateInstanceRequest;
use civo::{Client, Error};
use serde_json::json;

const KEY: &str = "civo-api-key-123";

fn instance(id: &str) -> serde_json::Value {
    json!({"id": id, "hostname": format!("{id}.example.com"), "size": "g3.small", "region": "LON1", "status": "ACTIVE"})
}

fn page(items: serde_json::Value) -> serde_json::Value {
    json!({"page": 1, "per_page": 20, "pages": 1, "items": items})
}

/// A mock that requires Civo's `Authorization: bearer <key>`, and a client holding that key.
async fn civo() -> (MockServer, Client) {
    let mock = MockServer::new().await.expect("mock starts");
    mock.require(Auth::bearer(KEY));
    let client = mock
        .builder()
        .auth(BearerToken::civo(KEY).expect("valid key"))
        .build()
        .expect("client builds");
    (mock, client)
}

#[tokio::test]
async fn list_instances_in_a_region() {
    let (mock, client) = civo().await;
    let items = json!([instance("i-1"), instance("i-2")]);
    let list = mock
        .instances()
        .list()
        .query("region", "LON1")
        .times(1)
        .json(200, page(items));
    list.expect("a page Civo could send");
    let page = client.instances().list().region("LON1").send().await;
    assert_eq!(page.expect("list succeeds").items.len(), 2);
    mock.verify().expect("one call, with the key");
    // Civo's own spelling of the scheme, on the wire.
    let sent = &mock.requests()[0];
    assert_eq!(
        sent.header("authorization"),
        Some("bearer civo-api-key-123")
    );
}

#[tokio::test]
async fn create_instance_with_a_form_body() {
    let (mock, client) = civo().await;
    let body = CreateInstanceRequest::new()
        .with_hostname("test.example.com")
        .with_size("g3.small");
    let create = mock
        .instances()
        .create()
        .body(&body)
        .times(1)
        .json(200, instance("i-new"));
    create.expect("an instance");
    let created = client.instances().create(body).as_form().send().await;
    assert_eq!(created.expect("create succeeds").id, "i-new");
    mock.verify().expect("the form carried both fields");
    let sent = &mock.requests()[0];
    let form = Some("application/x-www-form-urlencoded");
    assert_eq!(sent.header("content-type"), form);
}

#[tokio::test]
async fn plain_text_404_is_kept_verbatim() {
    let (mock, client) = civo().await;
    let page = "The page you were looking for doesn't exist.";
    let plain = [("content-type", "text/plain")];
    let get = mock
        .instances()
        .get()
        .path("instance_id", "missing")
        .raw_unchecked(404, &plain, page);
    get.expect("registered");
    let error = client.instances().get("missing").send().await;
    let error = error.expect_err("404");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    let body = error.response().expect("response kept").text().into_owned();
    assert_eq!(body, page);
    assert!(error.to_string().contains("doesn't exist"), "{error}");
}

#[tokio::test]
async fn forbidden_reason_is_decoded() {
    let (mock, client) = civo().await;
    let reason = json!({"code": "forbidden", "reason": "instance is protected"});
    let delete = mock
        .instances()
        .delete()
        .path("instance_id", "locked")
        .json(403, reason);
    delete.expect("a documented 403");
    let error = client.instances().delete("locked").send().await;
    let error = error.expect_err("403");
    let Error::Api(api) = &error else {
        panic!("403 is documented: {error:?}")
    };
    let decoded = api.error.as_ref().expect("403 body decodes");
    assert_eq!(decoded.reason.as_deref(), Some("instance is protected"));
}

#[tokio::test]
async fn api_key_exchanged_for_a_jwt() {
    let mock = MockServer::new().await.expect("mock starts");
    mock.serve_token_endpoint(TokenEndpoint {
        path: "/v2/auth/exchange".into(),
        credential: Credential::BearerKey(KEY.into()),
        token: "jwt-1".into(),
    });
    mock.require(Auth::bearer("jwt-1"));
    let list = mock.instances().list().times(2).json(200, page(json!([])));
    list.expect("an empty page");
    let token_url = format!("{}/v2/auth/exchange", mock.base_url());
    let auth = TokenExchange::civo(KEY).expect("valid key");
    let auth = auth.with_token_url(&token_url).expect("valid URL");
    let client = mock.builder().auth(auth).build().expect("client builds");
    client.instances().list().send().await.expect("first call");
    client.instances().list().send().await.expect("second call");
    assert_eq!(mock.token_requests(), 1, "the JWT is cached");
    mock.verify().expect("both calls carried the JWT");
}

#[tokio::test]
async fn body_that_breaks_the_schema_is_a_decode_error_naming_where() {
    let (mock, client) = civo().await;
    // Bodies the spec forbids, so the mock is told not to check them: the second item lacks
    // the required `id`, or has a number where a string belongs.
    let mut bad_size = instance("i-2");
    bad_size["size"] = json!(5);
    let no_id = json!({"hostname": "x", "extra": {"nested": [1]}});
    let json = [("content-type", "application/json")];
    for (region, second) in [("NO-ID", no_id), ("BAD-SIZE", bad_size)] {
        let body = page(json!([instance("i-1"), second])).to_string();
        let instances = mock.instances();
        let list = instances.list().query("region", region);
        list.raw_unchecked(200, &json, body).expect("registered");
    }
    let list = |region| client.instances().list().region(region).send();
    let cases = [
        ("NO-ID", "items[1]", "missing field `id`"),
        (
            "BAD-SIZE",
            "items[1].size",
            "invalid type: integer `5`, expected a string",
        ),
    ];
    for (region, path, message) in cases {
        let error = list(region).await.expect_err(region);
        let Error::Decode(decode) = &error else {
            panic!("expected a decode error, got {error:?}");
        };
        assert_eq!(decode.path, path);
        assert!(decode.message.starts_with(message), "{}", decode.message);
        assert_eq!(decode.response.status.as_u16(), 200);
        assert!(error.to_string().contains(message), "{error}");
    }
}
