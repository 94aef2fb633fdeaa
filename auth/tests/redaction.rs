//! Secrets never show in `Debug` or `Display` output, of the schemes or of any error they
//! produce; errors show their cause in their message or through `source()`, never both.

mod support;

use std::error::Error as _;
use std::time::Duration;

use base64::Engine as _;
use cloudsdk_auth::oauth1::SignatureMethod;
use cloudsdk_auth::{
    AuthError, Authenticator, BasicAuth, BearerToken, HeaderMap, Method, OAuth1, OAuth1Flow,
    RequestParts, Secret, TemporaryCredentials, TokenCredentials, TokenExchange, Url,
};
use serde_json::json;
use support::{Request, Response, serve};

const SECRET: &str = "KNOWN-SECRET-4711";

/// `text` holds neither the secret nor its base64 (as in a Basic header).
#[track_caller]
fn assert_hidden(text: &str) {
    let base64 = base64::engine::general_purpose::STANDARD.encode(format!("user:{SECRET}"));
    assert!(
        !text.contains(SECRET) && !text.contains(&base64[..16]),
        "the secret leaked: {text}"
    );
}

/// The error's message, its `Debug`, and each cause's: none holds the secret, and no message
/// repeats its cause's.
#[track_caller]
fn check_error(error: &AuthError) {
    assert_hidden(&format!("{error} {error:?} {error:#?}"));
    let mut current: &dyn std::error::Error = error;
    while let Some(source) = current.source() {
        let (message, cause) = (current.to_string(), source.to_string());
        assert!(
            !message.contains(&cause),
            "the cause is both in the message and the source: {message:?} / {cause:?}"
        );
        assert_hidden(&format!("{source} {source:?}"));
        current = source;
    }
}

fn oauth1(method: SignatureMethod) -> OAuth1 {
    OAuth1::new("ck", SECRET)
        .unwrap()
        .with_token("tk", SECRET)
        .unwrap()
        .with_signature_method(method)
}

async fn authenticate(auth: &dyn Authenticator, url: &str) -> Result<HeaderMap, AuthError> {
    let url = Url::parse(url).unwrap();
    let mut headers = HeaderMap::new();
    let form = format!("password={SECRET}");
    let parts = RequestParts {
        method: &Method::POST,
        url: &url,
        signing_url: None,
        form_body: Some(form.as_bytes()),
        headers: &mut headers,
    };
    let result = auth.authenticate(parts).await;
    let parts = RequestParts {
        method: &Method::POST,
        url: &url,
        signing_url: Some(&url),
        form_body: Some(form.as_bytes()),
        headers: &mut headers,
    };
    assert_hidden(&format!("{parts:?} {parts:#?}"));
    result.map(|()| headers)
}

fn schemes() -> Vec<Box<dyn Authenticator>> {
    vec![
        Box::new(oauth1(SignatureMethod::Plaintext)),
        Box::new(oauth1(SignatureMethod::Plaintext).with_compact_plaintext()),
        Box::new(oauth1(SignatureMethod::HmacSha512)),
        Box::new(BasicAuth::new("user", SECRET).unwrap()),
        Box::new(BasicAuth::from_authorization(format!("Basic {SECRET}")).unwrap()),
        Box::new(BearerToken::new(SECRET).unwrap()),
        Box::new(BearerToken::civo(SECRET).unwrap()),
    ]
}

#[tokio::test]
async fn schemes_their_requests_and_websocket_auth_hide_secrets() {
    for auth in schemes() {
        assert_hidden(&format!("{auth:?} {auth:#?}"));
        let headers = authenticate(&*auth, &format!("https://api.example.com/x?key={SECRET}"))
            .await
            .unwrap();
        assert!(headers.contains_key("authorization"));
        let ws = auth
            .websocket(&Url::parse("wss://api.example.com/logs").unwrap(), None)
            .await
            .unwrap();
        assert!(!ws.headers.is_empty() || ws.first_message.is_some());
        assert_hidden(&format!("{ws:?} {ws:#?}"));
        // Plain http to another host is refused, and the refusal names no secret.
        let url = format!("http://user:{SECRET}@api.example.com/x?key={SECRET}");
        if let Err(error) = authenticate(&*auth, &url).await {
            assert!(matches!(error, AuthError::InsecureTransport { .. }));
            check_error(&error);
        }
    }
}

#[test]
fn malformed_secrets_are_refused_without_showing_them() {
    let bad = format!("{SECRET}\nmore");
    let errors = [
        OAuth1::new("ck", bad.as_str()).unwrap_err(),
        OAuth1::new("ck", "cs")
            .unwrap()
            .with_token("tk", bad.as_str())
            .unwrap_err(),
        BasicAuth::new("user", bad.as_str()).unwrap_err(),
        BasicAuth::from_authorization(bad.as_str()).unwrap_err(),
        BearerToken::new(bad.as_str()).unwrap_err(),
        TokenExchange::civo(bad.as_str()).unwrap_err(),
        TokenExchange::camunda("id", bad.as_str()).unwrap_err(),
        TokenExchange::client_credentials("https://x.example/", "id", bad.as_str()).unwrap_err(),
        BearerToken::new(format!("{SECRET} é")).unwrap_err(),
    ];
    for error in &errors {
        check_error(error);
    }
}

#[tokio::test]
async fn token_exchanges_tokens_and_their_errors_hide_secrets() {
    let server = serve(|request: Request| async move {
        match request.path() {
            "/token" => Response::json(200, json!({"access_token": SECRET, "expires_in": 60})),
            _ => Response::json(401, json!({"error": "invalid_client"})),
        }
    })
    .await;
    let make = |url: &str| {
        [
            TokenExchange::civo(SECRET).unwrap(),
            TokenExchange::camunda("id", SECRET).unwrap(),
            TokenExchange::client_credentials("https://x.example/", "id", SECRET).unwrap(),
        ]
        .map(|auth| {
            auth.with_token_url(url)
                .unwrap()
                .with_client_builder(support::client_builder())
                .unwrap()
        })
    };
    let token_url = format!("http://user:{SECRET}@{}/token", server.addr);
    for auth in make(&token_url) {
        assert_hidden(&format!("{auth:?} {auth:#?}"));
        let token = auth.access_token().await.unwrap();
        assert_eq!(token.secret().expose(), SECRET);
        assert_hidden(&format!("{token:?} {auth:?}"));
        let ws = auth
            .websocket(&Url::parse("wss://api.example.com/").unwrap(), None)
            .await
            .unwrap();
        assert_hidden(&format!("{ws:?}"));
    }
    for auth in make(&server.url("/refuse")) {
        check_error(&auth.access_token().await.unwrap_err());
        check_error(&auth.access_token().await.unwrap_err()); // the back-off
    }
}

#[tokio::test]
async fn transport_failures_keep_their_cause_in_the_source() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let unreachable = TokenExchange::civo(SECRET)
        .unwrap()
        .with_token_url(&format!("http://127.0.0.1:{port}/token?key={SECRET}"))
        .unwrap()
        .with_client_builder(support::client_builder())
        .unwrap();
    let error = unreachable.access_token().await.unwrap_err();
    assert!(matches!(error, AuthError::Http { .. }), "{error:?}");
    assert!(error.source().is_some(), "the transport error is reachable");
    check_error(&error);

    let slow = serve(|_request: Request| async move {
        tokio::time::sleep(Duration::from_secs(5)).await;
        Response::json(200, json!({}))
    })
    .await;
    let timing_out = TokenExchange::civo(SECRET)
        .unwrap()
        .with_token_url(&slow.url("/token"))
        .unwrap()
        .with_timeout(Duration::from_millis(50));
    check_error(&timing_out.access_token().await.unwrap_err());
}

#[tokio::test]
async fn the_three_legged_flow_hides_secrets() {
    let server = serve(|request: Request| async move {
        match request.path() {
            "/refuse" => Response::new(401, "text/plain", "oauth_problem=signature_invalid"),
            _ => Response::new(
                200,
                "application/x-www-form-urlencoded",
                format!("oauth_token=t&oauth_token_secret={SECRET}"),
            ),
        }
    })
    .await;
    let with_password = format!("http://user:{SECRET}@{}/ok", server.addr);
    let flow = OAuth1Flow::new(
        oauth1(SignatureMethod::Plaintext),
        &with_password,
        &with_password,
        &with_password,
    )
    .unwrap();
    assert_hidden(&format!("{flow:?} {flow:#?}"));
    let temporary = flow.request_token("oob").await.unwrap();
    assert_eq!(temporary.secret.expose(), SECRET);
    let token = flow.access_token(&temporary, "v").await.unwrap();
    assert_hidden(&format!("{temporary:?} {token:?}"));
    let built = TokenCredentials {
        token: "t".into(),
        secret: Secret::new(SECRET),
    };
    let temporary = TemporaryCredentials {
        token: "t".into(),
        secret: Secret::new(SECRET),
        callback_confirmed: false,
    };
    assert_hidden(&format!("{built:?} {temporary:?}"));

    let refusing = OAuth1Flow::new(
        oauth1(SignatureMethod::Plaintext),
        &server.url("/refuse"),
        &server.url("/authorize"),
        &server.url("/refuse"),
    )
    .unwrap();
    check_error(&refusing.request_token("oob").await.unwrap_err());
    check_error(&refusing.access_token(&temporary, "v").await.unwrap_err());
}
