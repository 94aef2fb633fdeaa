//! Credentials travel encrypted or to this machine: over plain `http://` and `ws://` only to
//! loopback hosts, unless the user opted in with `allow_insecure_http()`.

mod support;

use std::sync::Arc;

use cloudsdk_auth::oauth1::SignatureMethod;
use cloudsdk_auth::{
    AuthError, Authenticator, BasicAuth, BearerToken, HeaderMap, Method, OAuth1, OAuth1Flow,
    RequestParts, TokenExchange, Url,
};
use serde_json::json;
use support::{Request, Response, authenticate, serve};

async fn websocket(auth: &dyn Authenticator, url: &str) -> Result<(), AuthError> {
    auth.websocket(&Url::parse(url).unwrap(), None)
        .await
        .map(drop)
}

fn assert_refused(result: Result<impl std::fmt::Debug, AuthError>, url: &str, opt_in: &str) {
    let error = result.unwrap_err();
    assert!(
        matches!(&error, AuthError::InsecureTransport { url: u, opt_in: o, .. } if u == url && *o == opt_in),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(
        message.contains(url) && message.contains(opt_in),
        "{message}"
    );
}

/// A token exchange whose token is already cached (the token server is on loopback).
async fn exchange_with_token() -> TokenExchange {
    let server = serve(|_request: Request| async move {
        Response::json(200, json!({"access_token": "tok", "expires_in": 3600}))
    })
    .await;
    let auth = TokenExchange::civo("civo-key")
        .unwrap()
        .with_token_url(&server.url("/v2/auth/exchange"))
        .unwrap()
        .with_client_builder(support::client_builder())
        .unwrap();
    auth.access_token().await.unwrap();
    auth
}

fn plaintext() -> OAuth1 {
    OAuth1::new("ck", "cs")
        .unwrap()
        .with_token("tk", "ts")
        .unwrap()
        .with_signature_method(SignatureMethod::Plaintext)
}

#[tokio::test]
async fn header_schemes_refuse_plain_http_to_other_hosts() {
    let schemes: Vec<(Arc<dyn Authenticator>, &str)> = vec![
        (
            Arc::new(BasicAuth::new("u", "p").unwrap()),
            "BasicAuth::allow_insecure_http()",
        ),
        (
            Arc::new(BearerToken::new("tok").unwrap()),
            "BearerToken::allow_insecure_http()",
        ),
        (Arc::new(plaintext()), "OAuth1::allow_insecure_http()"),
        (
            Arc::new(exchange_with_token().await),
            "TokenExchange::allow_insecure_http()",
        ),
    ];
    for (auth, opt_in) in &schemes {
        assert_refused(
            authenticate(&**auth, "http://api.example.com/v2/x?key=1").await,
            "http://api.example.com/v2/x",
            opt_in,
        );
        assert_refused(
            websocket(&**auth, "ws://api.example.com/logs").await,
            "ws://api.example.com/logs",
            opt_in,
        );
        for url in [
            "https://api.example.com/v2/x",
            "http://127.0.0.1:8080/x",
            "http://127.0.0.2/x",
            "http://[::1]:8080/x",
            "http://localhost:8080/x",
        ] {
            let headers = authenticate(&**auth, url).await.unwrap();
            assert!(headers.contains_key("authorization"), "{opt_in} {url}");
        }
        websocket(&**auth, "wss://api.example.com/logs")
            .await
            .unwrap();
        websocket(&**auth, "ws://127.0.0.1:9/logs").await.unwrap();
    }
}

#[tokio::test]
async fn the_url_checked_is_the_one_requested_not_the_signed_one() {
    let auth = BearerToken::new("tok").unwrap();
    let requested = Url::parse("http://api.example.com/x").unwrap();
    let signed = Url::parse("https://api.example.com/x").unwrap();
    let mut headers = HeaderMap::new();
    let result = auth
        .authenticate(RequestParts {
            method: &Method::GET,
            url: &requested,
            signing_url: Some(&signed),
            form_body: None,
            headers: &mut headers,
        })
        .await;
    assert!(matches!(result, Err(AuthError::InsecureTransport { .. })));
    assert!(headers.is_empty(), "nothing added to a refused request");
}

#[tokio::test]
async fn opting_in_allows_plain_http() {
    let schemes: Vec<Arc<dyn Authenticator>> = vec![
        Arc::new(BasicAuth::new("u", "p").unwrap().allow_insecure_http()),
        Arc::new(BearerToken::new("tok").unwrap().allow_insecure_http()),
        Arc::new(plaintext().allow_insecure_http()),
        Arc::new(exchange_with_token().await.allow_insecure_http()),
    ];
    for auth in schemes {
        let headers = authenticate(&*auth, "http://api.example.com/x").await;
        assert!(headers.unwrap().contains_key("authorization"), "{auth:?}");
    }
}

#[tokio::test]
async fn hmac_signatures_reveal_no_secret_and_go_anywhere() {
    for method in [SignatureMethod::HmacSha1, SignatureMethod::HmacSha512] {
        let auth = plaintext().with_signature_method(method);
        let headers = authenticate(&auth, "http://api.example.com/x")
            .await
            .unwrap();
        assert!(headers.contains_key("authorization"));
        websocket(&auth, "ws://api.example.com/logs").await.unwrap();
    }
}

/// `0.0.0.0` is not a loopback address, yet Linux connects it to this machine: the token
/// server sees whether the key was sent.
#[tokio::test]
async fn token_endpoints_over_plain_http_are_refused_before_any_request() {
    let server =
        serve(
            |_request: Request| async move { Response::json(200, json!({"access_token": "tok"})) },
        )
        .await;
    let token_url = format!("http://0.0.0.0:{}/token", server.addr.port());
    let exchanges = [
        TokenExchange::civo("civo-key").unwrap(),
        TokenExchange::camunda("id", "camunda-secret").unwrap(),
        TokenExchange::client_credentials("https://x.example/", "id", "secret").unwrap(),
    ];
    for auth in exchanges {
        let auth = auth
            .with_token_url(&token_url)
            .unwrap()
            .with_client_builder(support::client_builder())
            .unwrap();
        for _ in 0..2 {
            // Refused each time, not turned into a back-off.
            assert_refused(
                authenticate(&auth, "https://api.example.com/x").await,
                &token_url,
                "TokenExchange::allow_insecure_http()",
            );
        }
    }
    let flow = OAuth1Flow::new(
        OAuth1::new("ck", "cs").unwrap(),
        &token_url,
        &token_url,
        &token_url,
    )
    .unwrap();
    assert_refused(
        flow.request_token("oob").await,
        &token_url,
        "OAuth1Flow::allow_insecure_http()",
    );
    assert_eq!(server.hits(), 0, "a credential went over plain http");

    let allowed = TokenExchange::civo("civo-key")
        .unwrap()
        .with_token_url(&token_url)
        .unwrap()
        .with_client_builder(support::client_builder())
        .unwrap()
        .allow_insecure_http();
    // Linux reaches the loopback server through 0.0.0.0; elsewhere the connection fails, but
    // it is attempted either way.
    match allowed.access_token().await {
        Ok(_) => assert_eq!(server.hits(), 1),
        Err(error) => assert!(matches!(error, AuthError::Http { .. }), "{error:?}"),
    }
}
