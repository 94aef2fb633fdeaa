//! Token exchange against loopback servers: caching, single flight, expiry, 401, failures,
//! back-off and timeouts. Time is moved by hand through a manual clock.

mod support;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine as _;
use cloudsdk_auth::token::{ClientAuthentication, Clock};
use cloudsdk_auth::{AuthError, Authenticator, HeaderMap, RequestParts, TokenExchange, Url};
use serde_json::json;
use support::{Request, Response, serve};

/// A clock that only moves when the test says so.
#[derive(Clone)]
struct ManualClock {
    start: Instant,
    offset: Arc<Mutex<Duration>>,
    unix_start: u64,
}

impl ManualClock {
    fn new() -> Self {
        ManualClock {
            start: Instant::now(),
            offset: Arc::new(Mutex::new(Duration::ZERO)),
            unix_start: 1_700_000_000,
        }
    }

    fn advance(&self, by: Duration) {
        *self.offset.lock().unwrap() += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Instant {
        self.start + *self.offset.lock().unwrap()
    }

    fn unix_time(&self) -> u64 {
        self.unix_start + self.offset.lock().unwrap().as_secs()
    }
}

async fn authorization(auth: &dyn Authenticator) -> Result<String, AuthError> {
    let headers = support::authenticate(auth, "http://127.0.0.1:9/api").await?;
    let value = headers.get(http::header::AUTHORIZATION).expect("header");
    assert!(value.is_sensitive());
    Ok(value.to_str().unwrap().to_owned())
}

/// A token server that hands out `token-1`, `token-2`, ... with the given `expires_in`.
async fn numbered_tokens(expires_in: u64) -> support::Server {
    numbered_tokens_after(expires_in, |_| Duration::ZERO).await
}

/// The same, answering token `n` after `delay(n)`.
async fn numbered_tokens_after(expires_in: u64, delay: fn(usize) -> Duration) -> support::Server {
    let n = Arc::new(AtomicUsize::new(0));
    serve(move |_request: Request| {
        let n = n.fetch_add(1, Ordering::SeqCst) + 1;
        async move {
            // Bounded by the test server's connection limit.
            tokio::time::sleep(delay(n)).await;
            Response::json(
                200,
                json!({"access_token": format!("token-{n}"), "token_type": "Bearer", "expires_in": expires_in}),
            )
        }
    })
    .await
}

fn civo(server: &support::Server, clock: &ManualClock) -> TokenExchange {
    TokenExchange::civo("civo-key")
        .unwrap()
        .with_token_url(&server.url("/v2/auth/exchange"))
        .unwrap()
        .with_client_builder(support::client_builder())
        .unwrap()
        .with_clock(clock.clone())
}

fn jwt(claims: serde_json::Value) -> String {
    let enc = |b: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
    format!(
        "{}.{}.{}",
        enc(br#"{"alg":"HS256","typ":"JWT"}"#),
        enc(claims.to_string().as_bytes()),
        enc(b"not-verified")
    )
}

#[tokio::test]
async fn civo_exchanges_the_api_key_and_caches_the_token() {
    let server = serve(|request: Request| async move {
        assert_eq!(request.method, "POST");
        assert_eq!(request.target, "/v2/auth/exchange");
        assert_eq!(request.header("authorization"), Some("Bearer civo-key"));
        Response::json(
            200,
            json!({
                "access_token": "jwt-abc", "token_type": "bearer", "refresh_token": "r",
                "expires_in": 3600, "id_token": "i", "account_id": "acc-42"
            }),
        )
    })
    .await;
    let clock = ManualClock::new();
    let auth = civo(&server, &clock);
    assert_eq!(authorization(&auth).await.unwrap(), "Bearer jwt-abc");
    assert_eq!(authorization(&auth).await.unwrap(), "Bearer jwt-abc");
    let clone = auth.clone();
    assert_eq!(authorization(&clone).await.unwrap(), "Bearer jwt-abc");
    let token = auth.access_token().await.unwrap();
    assert_eq!(token.account_id(), Some("acc-42"));
    assert_eq!(token.secret().expose(), "jwt-abc");
    assert_eq!(auth.cached_authorization().unwrap(), "Bearer jwt-abc");
    assert_eq!(server.hits(), 1);
}

/// The fields of a form body, in order.
fn form(body: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(body).into_owned().collect()
}

/// The client id and secret of an RFC 6749 section 2.3.1 Basic header: base64 of the
/// form-encoded id, a colon, the form-encoded secret.
fn basic_client(header: &str) -> (String, String) {
    let encoded = header.strip_prefix("Basic ").expect("Basic");
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .unwrap();
    let decoded = String::from_utf8(decoded).unwrap();
    let (id, secret) = decoded.split_once(':').expect("one colon");
    let decode = |s: &str| form(format!("x={s}").as_bytes()).remove(0).1;
    (decode(id), decode(secret))
}

#[tokio::test]
async fn client_credentials_are_a_form_with_basic_client_authentication() {
    let server = serve(|request: Request| async move {
        Response::json(200, json!({"access_token": "cc-1", "expires_in": 300}))
            .header("x-seen", request.target.clone())
    })
    .await;
    // A colon in the id and non-ASCII in the secret: both are form-encoded before base64.
    let plain = TokenExchange::client_credentials(&server.url("/token"), "id:odd", "sécret x")
        .unwrap()
        .with_client_builder(support::client_builder())
        .unwrap();
    assert_eq!(authorization(&plain).await.unwrap(), "Bearer cc-1");
    let with = plain
        .clone()
        .with_audience("api.example.com")
        .with_scope("read write");
    assert_eq!(authorization(&with).await.unwrap(), "Bearer cc-1");

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for request in &requests {
        assert_eq!(request.method, "POST");
        assert_eq!(
            request.header("content-type"),
            Some("application/x-www-form-urlencoded")
        );
        let (id, secret) = basic_client(request.header("authorization").unwrap());
        assert_eq!((id.as_str(), secret.as_str()), ("id:odd", "sécret x"));
        assert!(!request.text().contains("cret"), "no secret in the body");
    }
    let pairs = |fields: &[(&str, &str)]| -> Vec<(String, String)> {
        fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    assert_eq!(
        form(&requests[0].body),
        pairs(&[("grant_type", "client_credentials")])
    );
    assert_eq!(
        form(&requests[1].body),
        pairs(&[
            ("grant_type", "client_credentials"),
            ("audience", "api.example.com"),
            ("scope", "read write"),
        ])
    );
}

#[tokio::test]
async fn client_credentials_can_go_in_the_form_body() {
    let server =
        serve(
            |_request: Request| async move { Response::json(200, json!({"access_token": "cc-2"})) },
        )
        .await;
    let auth = TokenExchange::client_credentials(&server.url("/token"), "my id", "a&b=c")
        .unwrap()
        .with_client_authentication(ClientAuthentication::RequestBody)
        .with_client_builder(support::client_builder())
        .unwrap();
    assert_eq!(authorization(&auth).await.unwrap(), "Bearer cc-2");
    let request = &server.requests()[0];
    assert_eq!(request.header("authorization"), None);
    assert_eq!(
        form(&request.body),
        [
            ("grant_type", "client_credentials"),
            ("client_id", "my id"),
            ("client_secret", "a&b=c"),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
    );
}

#[tokio::test]
async fn camunda_sends_client_credentials_as_json() {
    let server = serve(|request: Request| async move {
        assert_eq!(request.method, "POST");
        assert!(
            request
                .header("content-type")
                .unwrap()
                .starts_with("application/json")
        );
        let body: serde_json::Value = serde_json::from_slice(&request.body).unwrap();
        assert_eq!(
            body,
            json!({
                "grant_type": "client_credentials",
                "audience": "api.cloud.camunda.io",
                "client_id": "my-client",
                "client_secret": "my-secret"
            })
        );
        Response::json(
            200,
            json!({"access_token": "cam-1", "expires_in": "300", "token_type": "Bearer"}),
        )
    })
    .await;
    let auth = TokenExchange::camunda("my-client", "my-secret")
        .unwrap()
        .with_token_url(&server.url("/oauth/token"))
        .unwrap()
        .with_client_builder(support::client_builder())
        .unwrap();
    assert_eq!(authorization(&auth).await.unwrap(), "Bearer cam-1");
    assert_eq!(server.hits(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_concurrent_callers_make_one_token_request() {
    // Slow enough that callers pile up; correctness does not depend on it.
    let server = numbered_tokens_after(3600, |_| Duration::from_millis(100)).await;
    let auth = civo(&server, &ManualClock::new());
    let barrier = Arc::new(tokio::sync::Barrier::new(50));
    let tasks: Vec<_> = (0..50)
        .map(|_| {
            let auth = auth.clone();
            let barrier = Arc::clone(&barrier);
            tokio::spawn(async move {
                barrier.wait().await;
                authorization(&auth).await.unwrap()
            })
        })
        .collect();
    for task in tasks {
        assert_eq!(task.await.unwrap(), "Bearer token-1");
    }
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn token_is_reused_until_shortly_before_expiry() {
    let server = numbered_tokens(100).await;
    let clock = ManualClock::new();
    // Default margin 60 s, capped at half the lifetime: refresh after 50 s.
    let auth = civo(&server, &clock);
    assert_eq!(authorization(&auth).await.unwrap(), "Bearer token-1");
    clock.advance(Duration::from_secs(49));
    assert_eq!(authorization(&auth).await.unwrap(), "Bearer token-1");
    assert_eq!(server.hits(), 1);
    clock.advance(Duration::from_secs(2));
    assert!(auth.cached_authorization().is_none());
    assert_eq!(authorization(&auth).await.unwrap(), "Bearer token-2");
    assert_eq!(server.hits(), 2);
}

#[tokio::test]
async fn jwt_exp_wins_when_it_ends_before_expires_in() {
    let clock = ManualClock::new();
    let token = jwt(json!({"sub": "u", "exp": clock.unix_time() + 120}));
    let hits_token = token.clone();
    let server = serve(move |_request: Request| {
        let token = hits_token.clone();
        async move { Response::json(200, json!({"access_token": token, "expires_in": 3600})) }
    })
    .await;
    let auth = civo(&server, &clock).with_refresh_margin(Duration::from_secs(10));
    assert_eq!(
        authorization(&auth).await.unwrap(),
        format!("Bearer {token}")
    );
    clock.advance(Duration::from_secs(109));
    authorization(&auth).await.unwrap();
    assert_eq!(server.hits(), 1);
    clock.advance(Duration::from_secs(2));
    authorization(&auth).await.unwrap();
    assert_eq!(server.hits(), 2);
}

#[tokio::test]
async fn jwt_exp_alone_sets_the_lifetime() {
    let clock = ManualClock::new();
    let token = jwt(json!({"exp": clock.unix_time() + 1000}));
    let server = serve(move |_request: Request| {
        let token = token.clone();
        async move { Response::json(200, json!({"access_token": token})) }
    })
    .await;
    let auth = civo(&server, &clock);
    authorization(&auth).await.unwrap();
    // 1000 s lifetime, 60 s margin: still cached at 939 s (the 300 s default would have expired).
    clock.advance(Duration::from_secs(939));
    authorization(&auth).await.unwrap();
    assert_eq!(server.hits(), 1);
    clock.advance(Duration::from_secs(2));
    authorization(&auth).await.unwrap();
    assert_eq!(server.hits(), 2);
}

#[tokio::test]
async fn unauthorized_drops_the_token_and_the_next_call_fetches_a_new_one() {
    let server = numbered_tokens(3600).await;
    let auth = civo(&server, &ManualClock::new());
    assert_eq!(authorization(&auth).await.unwrap(), "Bearer token-1");
    let shared: Arc<dyn Authenticator> = Arc::new(auth.clone());
    assert!(shared.unauthorized());
    assert!(auth.cached_authorization().is_none());
    assert_eq!(authorization(&auth).await.unwrap(), "Bearer token-2");
    assert_eq!(server.hits(), 2);
}

/// The headers `authenticate` leaves on a request.
async fn sent_headers(auth: &dyn Authenticator) -> HeaderMap {
    support::authenticate(auth, "http://127.0.0.1:9/api")
        .await
        .unwrap()
}

#[tokio::test]
async fn a_401_drops_only_the_token_it_refused() {
    let server = numbered_tokens(3600).await;
    let auth: Arc<dyn Authenticator> = Arc::new(civo(&server, &ManualClock::new()));
    // Two requests leave with token-1; the first 401 drops it and a retry fetches token-2.
    let first = sent_headers(&*auth).await;
    let second = sent_headers(&*auth).await;
    assert_eq!(first["authorization"], "Bearer token-1");
    assert!(auth.unauthorized_with(&first));
    assert_eq!(authorization(&*auth).await.unwrap(), "Bearer token-2");
    // The second request's 401 arrives late: token-1 is no longer cached, token-2 stays.
    assert!(auth.unauthorized_with(&second), "the retry carries token-2");
    assert_eq!(authorization(&*auth).await.unwrap(), "Bearer token-2");
    assert_eq!(server.hits(), 2);
    // A 401 for token-2 itself drops it.
    let third = sent_headers(&*auth).await;
    assert!(auth.unauthorized_with(&third));
    assert_eq!(authorization(&*auth).await.unwrap(), "Bearer token-3");
    // Without an Authorization header nothing says which token was refused: drop it.
    assert!(auth.unauthorized_with(&HeaderMap::new()));
    assert_eq!(authorization(&*auth).await.unwrap(), "Bearer token-4");
    assert_eq!(server.hits(), 4);
}

#[tokio::test]
async fn unauthorized_with_defaults_to_unauthorized() {
    #[derive(Debug)]
    struct Legacy(AtomicUsize);
    impl Authenticator for Legacy {
        fn authenticate<'a>(
            &'a self,
            _request: RequestParts<'a>,
        ) -> cloudsdk_auth::BoxFuture<'a, Result<(), AuthError>> {
            Box::pin(async { Ok(()) })
        }
        fn unauthorized(&self) -> bool {
            self.0.fetch_add(1, Ordering::SeqCst);
            true
        }
        fn websocket<'a>(
            &'a self,
            _connect_url: &'a Url,
            _signing_url: Option<&'a Url>,
        ) -> cloudsdk_auth::BoxFuture<'a, Result<cloudsdk_auth::WebSocketAuth, AuthError>> {
            Box::pin(async { Ok(Default::default()) })
        }
    }
    let legacy = Legacy(AtomicUsize::new(0));
    assert!(legacy.unauthorized_with(&HeaderMap::new()));
    assert_eq!(legacy.0.load(Ordering::SeqCst), 1);
}

/// A token endpoint refusing the credentials with `status` and `Retry-After: retry_after`.
async fn refusing(status: u16, retry_after: String) -> support::Server {
    serve(move |_request: Request| {
        let retry_after = retry_after.clone();
        async move {
            Response::json(status, json!({"error": "invalid_client"}))
                .header("retry-after", retry_after)
        }
    })
    .await
}

#[tokio::test]
async fn refused_credentials_back_off_as_long_as_retry_after_says() {
    let in_90s = httpdate::fmt_http_date(
        std::time::UNIX_EPOCH + Duration::from_secs(ManualClock::new().unix_time() + 90),
    );
    for (status, retry_after, wait) in [(401, "120".to_owned(), 120), (400, in_90s, 90)] {
        let clock = ManualClock::new();
        let server = refusing(status, retry_after).await;
        // The back-off alone would be 5 s, at most 60 s.
        let auth =
            civo(&server, &clock).with_backoff(Duration::from_secs(5), Duration::from_secs(60));
        let err = authorization(&auth).await.unwrap_err();
        assert!(
            matches!(&err, AuthError::Rejected { status: s, .. } if *s == status),
            "{err}"
        );
        clock.advance(Duration::from_secs(61));
        let err = authorization(&auth).await.unwrap_err();
        assert!(
            matches!(&err, AuthError::Backoff { retry_in, .. } if retry_in.as_secs() == wait - 61),
            "{err:?}"
        );
        assert_eq!(server.hits(), 1, "asked again before Retry-After");
        clock.advance(Duration::from_secs(wait - 61));
        authorization(&auth).await.unwrap_err();
        assert_eq!(server.hits(), 2);
    }
}

#[tokio::test]
async fn far_future_and_negative_expiries_do_not_panic() {
    let clock = ManualClock::new();
    let exp = |exp: &str| {
        let claims: serde_json::Value =
            serde_json::from_str(&format!("{{\"exp\":{exp}}}")).unwrap();
        json!({"access_token": jwt(claims)})
    };
    let answers = [
        exp("9223372036854775807"),
        exp("18446744073709551615"),
        exp("1e300"),
        exp("-5"),
        exp("-1e300"),
        json!({"access_token": "t", "expires_in": 1e300}),
        json!({"access_token": "t", "expires_in": "1e308"}),
        json!({"access_token": "t", "expires_in": u64::MAX}),
    ];
    for answer in answers {
        let body = answer.clone();
        let server = serve(move |_request: Request| {
            let body = body.clone();
            async move { Response::json(200, &body) }
        })
        .await;
        let auth = civo(&server, &clock).with_refresh_margin(Duration::MAX);
        authorization(&auth).await.unwrap();
        // Cached: a negative `exp` is ignored (the 300 s default), the others are far ahead.
        clock.advance(Duration::from_secs(100));
        authorization(&auth).await.unwrap();
        assert_eq!(server.hits(), 1, "{answer}");
    }
}

#[tokio::test]
async fn an_unbounded_backoff_does_not_panic() {
    let server =
        serve(|_request: Request| async move { Response::new(500, "text/plain", "x") }).await;
    let auth = civo(&server, &ManualClock::new()).with_backoff(Duration::MAX, Duration::MAX);
    authorization(&auth).await.unwrap_err();
    let err = authorization(&auth).await.unwrap_err();
    assert!(matches!(err, AuthError::Backoff { .. }), "{err}");
    assert_eq!(server.hits(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancelled_refresh_leaves_no_waiter_hanging() {
    // The first refresh is the one that gets cancelled.
    let server = numbered_tokens_after(3600, |n| match n {
        1 => Duration::from_secs(10),
        _ => Duration::ZERO,
    })
    .await;
    let auth = civo(&server, &ManualClock::new());
    let mut refreshing = Box::pin(authorization(&auth));
    tokio::select! {
        result = &mut refreshing => panic!("the slow refresh finished: {result:?}"),
        () = async { while server.hits() == 0 { tokio::task::yield_now().await } } => {}
    }
    // Waiters queue behind the refresh in progress...
    let waiters: Vec<_> = (0..5)
        .map(|_| {
            let auth = auth.clone();
            tokio::spawn(async move { authorization(&auth).await })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(server.hits(), 1, "the waiters wait for the refresh");
    // ...and the caller refreshing gives up.
    drop(refreshing);
    for waiter in waiters {
        let answer = tokio::time::timeout(Duration::from_secs(5), waiter)
            .await
            .expect("a waiter hangs after the refresh was cancelled")
            .unwrap();
        assert_eq!(answer.unwrap(), "Bearer token-2");
    }
    assert_eq!(server.hits(), 2, "one waiter refreshed for all");
}

#[tokio::test]
async fn failing_endpoint_is_a_typed_error_and_backs_off() {
    let server = serve(|_request: Request| async move {
        Response::json(503, json!({"error": "temporarily_unavailable"}))
    })
    .await;
    let clock = ManualClock::new();
    let auth = civo(&server, &clock).with_backoff(Duration::from_secs(5), Duration::from_secs(60));
    let err = authorization(&auth).await.unwrap_err();
    assert!(
        matches!(&err, AuthError::EndpointStatus { status: 503, detail: Some(d), .. } if d == "temporarily_unavailable"),
        "{err}"
    );
    // An immediate second call does not reach the endpoint.
    let err = authorization(&auth).await.unwrap_err();
    assert!(
        matches!(&err, AuthError::Backoff { retry_in, .. } if *retry_in == Duration::from_secs(5)),
        "{err}"
    );
    assert!(err.to_string().contains("503"), "{err}");
    assert_eq!(server.hits(), 1);
    // After the back-off it tries again, then waits twice as long.
    clock.advance(Duration::from_secs(5));
    assert!(matches!(
        authorization(&auth).await.unwrap_err(),
        AuthError::EndpointStatus { .. }
    ));
    assert_eq!(server.hits(), 2);
    clock.advance(Duration::from_secs(5));
    assert!(matches!(
        authorization(&auth).await.unwrap_err(),
        AuthError::Backoff { .. }
    ));
    assert_eq!(server.hits(), 2);
    clock.advance(Duration::from_secs(5));
    authorization(&auth).await.unwrap_err();
    assert_eq!(server.hits(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_callers_during_a_failure_make_one_request() {
    let server = serve(|_request: Request| async move {
        tokio::time::sleep(Duration::from_millis(50)).await;
        Response::new(500, "text/plain", "boom")
    })
    .await;
    let auth = civo(&server, &ManualClock::new());
    let tasks: Vec<_> = (0..20)
        .map(|_| {
            let auth = auth.clone();
            tokio::spawn(async move { authorization(&auth).await.unwrap_err() })
        })
        .collect();
    for task in tasks {
        let err = task.await.unwrap();
        assert!(
            matches!(
                err,
                AuthError::EndpointStatus { status: 500, .. } | AuthError::Backoff { .. }
            ),
            "{err}"
        );
    }
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn garbage_and_non_json_answers_are_typed_errors() {
    let kind = Arc::new(AtomicUsize::new(0));
    let selected = Arc::clone(&kind);
    let server = serve(move |_request: Request| {
        let k = selected.load(Ordering::SeqCst);
        async move {
            match k {
                0 => Response::new(200, "text/html", "<html>captive portal</html>"),
                1 => Response::json(200, json!({"token": "x"})),
                2 => Response::json(200, json!({"access_token": 12345})),
                3 => Response::json(200, json!(["access_token"])),
                4 => Response::json(200, json!({"access_token": "has space"})),
                _ => Response::json(200, json!({"access_token": "ok", "expires_in": "soon"})),
            }
        }
    })
    .await;
    for k in 0..6 {
        kind.store(k, Ordering::SeqCst);
        // A fresh exchange each time, so no back-off carries over.
        let auth = civo(&server, &ManualClock::new());
        let err = authorization(&auth).await.unwrap_err();
        assert!(
            matches!(err, AuthError::InvalidResponse { .. }),
            "case {k}: {err}"
        );
        assert!(
            !err.to_string().contains("captive"),
            "the body is not echoed: {err}"
        );
    }
}

#[tokio::test]
async fn rejected_credentials_say_what_to_do_without_the_secret() {
    let server = serve(|_request: Request| async move {
        Response::json(
            401,
            json!({"error": "invalid_client", "error_description": "Unauthorized"}),
        )
    })
    .await;
    let auth = TokenExchange::camunda("client", "TOP-SECRET-VALUE")
        .unwrap()
        .with_token_url(&server.url("/oauth/token"))
        .unwrap()
        .with_client_builder(support::client_builder())
        .unwrap();
    let err = authorization(&auth).await.unwrap_err();
    let message = err.to_string();
    assert!(
        matches!(err, AuthError::Rejected { status: 401, .. }),
        "{message}"
    );
    assert!(
        message.contains("invalid_client") && message.contains("client secret"),
        "{message}"
    );
    assert!(!message.contains("TOP-SECRET-VALUE"), "{message}");
    let debug = format!("{auth:?} {err:?}");
    assert!(!debug.contains("TOP-SECRET-VALUE"), "{debug}");
}

#[tokio::test]
async fn an_already_expired_token_is_a_typed_error() {
    let clock = ManualClock::new();
    let expired_jwt = jwt(json!({"exp": clock.unix_time() - 10}));
    let use_jwt = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&use_jwt);
    let server = serve(move |_request: Request| {
        let body = if flag.load(Ordering::SeqCst) {
            json!({"access_token": expired_jwt.clone(), "expires_in": 3600})
        } else {
            json!({"access_token": "t", "expires_in": 0})
        };
        async move { Response::json(200, &body) }
    })
    .await;
    let err = authorization(&civo(&server, &clock)).await.unwrap_err();
    assert!(matches!(err, AuthError::TokenExpired { .. }), "{err}");
    assert!(err.to_string().contains("clock"), "{err}");
    use_jwt.store(true, Ordering::SeqCst);
    let err = authorization(&civo(&server, &clock)).await.unwrap_err();
    assert!(matches!(err, AuthError::TokenExpired { .. }), "{err}");
}

#[tokio::test]
async fn a_valid_token_is_kept_while_the_endpoint_fails() {
    let failing = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&failing);
    let server = serve(move |_request: Request| {
        let fail = flag.load(Ordering::SeqCst);
        async move {
            if fail {
                Response::new(502, "text/plain", "bad gateway")
            } else {
                Response::json(200, json!({"access_token": "t1", "expires_in": 100}))
            }
        }
    })
    .await;
    let clock = ManualClock::new();
    let auth = civo(&server, &clock);
    assert_eq!(authorization(&auth).await.unwrap(), "Bearer t1");
    failing.store(true, Ordering::SeqCst);
    clock.advance(Duration::from_secs(60)); // past the refresh point (50 s), before expiry
    assert_eq!(authorization(&auth).await.unwrap(), "Bearer t1");
    assert_eq!(server.hits(), 2);
    clock.advance(Duration::from_secs(1)); // in back-off: no request, old token
    assert_eq!(authorization(&auth).await.unwrap(), "Bearer t1");
    assert_eq!(server.hits(), 2);
    clock.advance(Duration::from_secs(40)); // expired and the endpoint still fails
    assert!(matches!(
        authorization(&auth).await.unwrap_err(),
        AuthError::EndpointStatus { status: 502, .. }
    ));
    assert_eq!(server.hits(), 3);
}

#[tokio::test]
async fn an_oversized_answer_is_refused_without_reading_it_all() {
    let server = serve(|_request: Request| async move {
        Response::new(200, "application/json", vec![b' '; 300 * 1024])
    })
    .await;
    let auth = civo(&server, &ManualClock::new());
    let err = authorization(&auth).await.unwrap_err();
    assert!(
        matches!(&err, AuthError::InvalidResponse { reason, .. } if reason.contains("larger than 262144 bytes")),
        "{err}"
    );
}

#[tokio::test]
async fn a_slow_endpoint_times_out() {
    let server = serve(|_request: Request| async move {
        // Bounded: the test gives up long before, and the runtime ends this task.
        tokio::time::sleep(Duration::from_secs(15)).await;
        Response::json(200, json!({"access_token": "late"}))
    })
    .await;
    let auth = civo(&server, &ManualClock::new()).with_timeout(Duration::from_millis(200));
    let err = authorization(&auth).await.unwrap_err();
    assert!(matches!(err, AuthError::Timeout { .. }), "{err}");
    // And the failure starts a back-off.
    assert!(matches!(
        authorization(&auth).await.unwrap_err(),
        AuthError::Backoff { .. }
    ));
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn an_unreachable_endpoint_is_an_http_error() {
    // Bind then drop a listener to get a loopback port nobody listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let auth = TokenExchange::civo("k")
        .unwrap()
        .with_token_url(&format!("http://127.0.0.1:{port}/v2/auth/exchange"))
        .unwrap()
        .with_client_builder(support::client_builder())
        .unwrap();
    let err = authorization(&auth).await.unwrap_err();
    assert!(matches!(err, AuthError::Http { .. }), "{err}");
}

#[tokio::test]
async fn websocket_gets_the_token_as_a_header() {
    let server = numbered_tokens(3600).await;
    let auth = civo(&server, &ManualClock::new());
    let url = Url::parse("wss://example.com/events").unwrap();
    let ws = auth.websocket(&url, None).await.unwrap();
    assert_eq!(ws.headers[http::header::AUTHORIZATION], "Bearer token-1");
    assert!(ws.first_message.is_none());
}

#[test]
fn bad_credentials_and_redaction() {
    assert!(matches!(
        TokenExchange::civo(""),
        Err(AuthError::InvalidCredentials(_))
    ));
    let err = TokenExchange::civo("key with\nnewline").unwrap_err();
    assert!(!err.to_string().contains("newline\n"), "{err}");
    assert!(TokenExchange::camunda("", "s").is_err());
    assert!(TokenExchange::camunda("id", "").is_err());
    assert!(TokenExchange::camunda("id", "s\r\n").is_err());
    assert!(
        TokenExchange::civo("k")
            .unwrap()
            .with_token_url("not a url")
            .is_err()
    );
    let auth = TokenExchange::camunda("visible-id", "HIDDEN").unwrap();
    let debug = format!("{auth:?}");
    assert!(
        debug.contains("visible-id") && !debug.contains("HIDDEN"),
        "{debug}"
    );
    let civo = TokenExchange::civo("CIVO-KEY").unwrap();
    assert!(!format!("{civo:?}").contains("CIVO-KEY"));
}

#[tokio::test]
async fn access_token_debug_is_redacted() {
    let server = numbered_tokens(3600).await;
    let auth = civo(&server, &ManualClock::new());
    let token = auth.access_token().await.unwrap();
    let debug = format!("{token:?}");
    assert!(
        !debug.contains("token-1") && debug.contains("[redacted]"),
        "{debug}"
    );
}
