//! HTTP Basic (Docker Cloud), static bearer tokens and `NoAuth`.

mod support;

use std::collections::HashMap;

use cloudsdk_auth::{AuthError, Authenticator, BasicAuth, BearerToken, NoAuth, Url};

async fn authorization(auth: &dyn Authenticator) -> Option<String> {
    let url = "https://cloud.docker.com/api/app/v1/service/";
    let headers = support::authenticate(auth, url).await.unwrap();
    headers.get(http::header::AUTHORIZATION).map(|v| {
        assert!(v.is_sensitive());
        v.to_str().unwrap().to_owned()
    })
}

fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let map: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    move |name| map.get(name).cloned()
}

#[tokio::test]
async fn basic_user_and_api_key() {
    let auth = BasicAuth::new("Aladdin", "open sesame").unwrap();
    assert_eq!(
        authorization(&auth).await.as_deref(),
        Some("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")
    );
    let auth = BasicAuth::new("josé", "clé").unwrap();
    assert_eq!(
        authorization(&auth).await.as_deref(),
        Some("Basic am9zw6k6Y2zDqQ==")
    );
}

#[test]
fn env_precedence_dockercloud_auth_wins() {
    let auth = BasicAuth::from_lookup(env(&[
        ("DOCKERCLOUD_AUTH", "Basic ZnJvbTphdXRo"),
        ("DOCKERCLOUD_USER", "alice"),
        ("DOCKERCLOUD_APIKEY", "key"),
    ]))
    .unwrap();
    assert_eq!(auth.authorization().expose(), "Basic ZnJvbTphdXRo");
    assert_eq!(auth.user(), None);
}

#[test]
fn env_user_and_apikey_when_auth_is_unset_or_empty() {
    for vars in [
        vec![("DOCKERCLOUD_USER", "alice"), ("DOCKERCLOUD_APIKEY", "key")],
        vec![
            ("DOCKERCLOUD_AUTH", ""),
            ("DOCKERCLOUD_USER", "alice"),
            ("DOCKERCLOUD_APIKEY", "key"),
        ],
    ] {
        let auth = BasicAuth::from_lookup(env(&vars)).unwrap();
        assert_eq!(auth.authorization().expose(), "Basic YWxpY2U6a2V5");
        assert_eq!(auth.user(), Some("alice"));
    }
}

#[test]
fn env_missing_variables_are_named_and_values_never_shown() {
    let err = BasicAuth::from_lookup(env(&[])).unwrap_err();
    assert!(matches!(err, AuthError::MissingCredentials(_)));
    assert!(err.to_string().contains("DOCKERCLOUD_USER"), "{err}");
    let err = BasicAuth::from_lookup(env(&[("DOCKERCLOUD_USER", "alice")])).unwrap_err();
    assert!(
        err.to_string().contains("DOCKERCLOUD_APIKEY is not"),
        "{err}"
    );
    let err = BasicAuth::from_lookup(env(&[
        ("DOCKERCLOUD_APIKEY", "SECRETKEY"),
        ("DOCKERCLOUD_USER", ""),
    ]))
    .unwrap_err();
    assert!(err.to_string().contains("DOCKERCLOUD_USER is not"), "{err}");
    assert!(!err.to_string().contains("SECRETKEY"));
    let err =
        BasicAuth::from_lookup(env(&[("DOCKERCLOUD_AUTH", "Basic abc\r\nX-Evil: 1")])).unwrap_err();
    assert!(matches!(err, AuthError::InvalidCredentials(_)), "{err}");
    assert!(!err.to_string().contains("Evil"), "{err}");
}

#[test]
fn basic_rejects_header_unsafe_input() {
    assert!(BasicAuth::new("", "k").is_err());
    assert!(BasicAuth::new("a:b", "k").is_err());
    let err = BasicAuth::new("alice", "key\nwith newline").unwrap_err();
    assert!(!err.to_string().contains("with newline"), "{err}");
    assert!(BasicAuth::from_authorization("   ").is_err());
    assert!(BasicAuth::from_authorization("Basic é").is_err());
}

#[tokio::test]
async fn basic_websocket_uses_the_upgrade_header() {
    let auth = BasicAuth::new("alice", "key").unwrap();
    let url = Url::parse("wss://ws.cloud.docker.com/api/audit/v1/events").unwrap();
    let ws = auth.websocket(&url, None).await.unwrap();
    assert_eq!(
        ws.headers[http::header::AUTHORIZATION],
        "Basic YWxpY2U6a2V5"
    );
    assert!(ws.first_message.is_none());
}

#[tokio::test]
async fn bearer_tokens() {
    let auth = BearerToken::new("clever-api-token").unwrap();
    assert_eq!(
        authorization(&auth).await.as_deref(),
        Some("Bearer clever-api-token")
    );
    let auth = BearerToken::civo("civo-key").unwrap();
    assert_eq!(
        authorization(&auth).await.as_deref(),
        Some("bearer civo-key")
    );
    let ws = auth
        .websocket(&Url::parse("wss://example.com/").unwrap(), None)
        .await
        .unwrap();
    assert_eq!(ws.headers[http::header::AUTHORIZATION], "bearer civo-key");
    assert!(!auth.unauthorized(), "a static token cannot be refreshed");
}

#[test]
fn bearer_rejects_bad_tokens() {
    assert!(matches!(
        BearerToken::new(""),
        Err(AuthError::InvalidCredentials(_))
    ));
    assert!(BearerToken::new("abc\n").is_err());
    assert!(BearerToken::new("two words").is_err());
    assert!(BearerToken::civo("é").is_err());
}

#[test]
fn debug_output_is_redacted() {
    let basic = BasicAuth::new("alice", "APIKEY-SECRET").unwrap();
    let from_env = BasicAuth::from_authorization("Basic QVVUSC1TRUNSRVQ=").unwrap();
    let bearer = BearerToken::new("BEARER-SECRET").unwrap();
    let debug = format!("{basic:?} {from_env:?} {bearer:?} {basic:#?}");
    for secret in [
        "APIKEY-SECRET",
        "QVVUSC1TRUNSRVQ",
        "BEARER-SECRET",
        "YWxpY2U6",
    ] {
        assert!(!debug.contains(secret), "{debug}");
    }
    assert!(debug.contains("alice"));
}

#[tokio::test]
async fn no_auth_adds_nothing() {
    assert_eq!(authorization(&NoAuth).await, None);
    let ws = NoAuth
        .websocket(&Url::parse("wss://example.com/").unwrap(), None)
        .await
        .unwrap();
    assert!(ws.headers.is_empty() && ws.first_message.is_none());
}

#[test]
fn every_scheme_is_clone_send_sync() {
    fn check<T: Clone + Send + Sync + 'static>() {}
    check::<BasicAuth>();
    check::<BearerToken>();
    check::<cloudsdk_auth::OAuth1>();
    check::<cloudsdk_auth::TokenExchange>();
    check::<cloudsdk_auth::OAuth1Flow>();
    check::<NoAuth>();
}
