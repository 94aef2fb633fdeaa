//! Credential endpoints that answer with a redirect: the redirect is never followed (the
//! credentials reach no other URL) and the answer becomes an error keeping status, target
//! and body.

mod support;

use cloudsdk_auth::{AuthError, OAuth1, OAuth1Flow, TemporaryCredentials, TokenExchange};
use serde_json::json;
use support::{Request, Response, Server, serve};

/// A server that would hand out credentials to whoever the redirect brings, recording them.
async fn thief() -> Server {
    serve(|_request: Request| async move {
        Response::new(
            200,
            "application/json",
            json!({"access_token": "stolen", "oauth_token": "t", "oauth_token_secret": "s"})
                .to_string(),
        )
    })
    .await
}

/// A server answering every request with `status` and `Location: to`.
async fn redirecting(status: u16, to: String) -> Server {
    serve(move |_request: Request| {
        let to = to.clone();
        async move { Response::new(status, "text/plain", "moved, see there").header("location", &to) }
    })
    .await
}

fn assert_redirected(error: &AuthError, status: u16, to: &Server) {
    let expected = to.url("/steal");
    assert!(
        matches!(
            error,
            AuthError::Redirected { status: s, location: Some(l), body, .. }
                if *s == status && *l == expected && body == "moved, see there"
        ),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(
        message.contains(&format!("HTTP {status}")) && message.contains(&expected),
        "{message}"
    );
}

fn exchanges(token_url: &str) -> Vec<TokenExchange> {
    let with = |auth: TokenExchange| {
        auth.with_token_url(token_url)
            .unwrap()
            .with_client_builder(support::client_builder())
            .unwrap()
    };
    vec![
        with(TokenExchange::civo("civo-key").unwrap()),
        with(TokenExchange::camunda("id", "camunda-secret").unwrap()),
        with(TokenExchange::client_credentials(token_url, "id", "oauth2-secret").unwrap()),
    ]
}

#[tokio::test]
async fn token_exchanges_follow_no_redirect() {
    for status in [301, 302, 303, 307, 308] {
        let target = thief().await;
        let origin = redirecting(status, target.url("/steal?code=1")).await;
        for auth in exchanges(&origin.url("/token")) {
            let error = auth.access_token().await.unwrap_err();
            assert_redirected(&error, status, &target);
        }
        assert_eq!(origin.hits(), 3);
        assert_eq!(target.hits(), 0, "HTTP {status}: the redirect was followed");
    }
}

#[tokio::test]
async fn a_client_builder_that_follows_redirects_is_overruled() {
    let target = thief().await;
    let origin = redirecting(307, target.url("/steal")).await;
    let follows = support::client_builder().redirect(reqwest::redirect::Policy::limited(10));
    let auth = TokenExchange::camunda("id", "camunda-secret")
        .unwrap()
        .with_token_url(&origin.url("/token"))
        .unwrap()
        .with_client_builder(follows)
        .unwrap();
    let error = auth.access_token().await.unwrap_err();
    assert_redirected(&error, 307, &target);
    assert_eq!(target.hits(), 0);
}

#[tokio::test]
async fn the_three_legged_flow_follows_no_redirect() {
    let target = thief().await;
    let origin = redirecting(307, target.url("/steal")).await;
    let flow = OAuth1Flow::new(
        OAuth1::new("ck", "consumer-secret").unwrap(),
        &origin.url("/request_token"),
        &origin.url("/authorize"),
        &origin.url("/access_token"),
    )
    .unwrap();
    let error = flow.request_token("oob").await.unwrap_err();
    assert_redirected(&error, 307, &target);
    let temporary = TemporaryCredentials {
        token: "rt".into(),
        secret: "rt-secret".into(),
        callback_confirmed: true,
    };
    let error = flow.access_token(&temporary, "verifier").await.unwrap_err();
    assert_redirected(&error, 307, &target);
    assert_eq!(origin.hits(), 2);
    assert_eq!(target.hits(), 0);
}
