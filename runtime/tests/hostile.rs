//! A hostile parameter or server cannot move credentials (#13, the runtime's part): request,
//! signing and websocket URLs stay on the configured origin, redirects stay on it too,
//! credentials refuse plain HTTP to other machines, a retry after a 401 resends the same body
//! and tells the authenticator which credentials were refused, and no secret shows in `Debug`.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use cloudsdk_runtime::auth::oauth1::{OAuth1, SignatureMethod};
use cloudsdk_runtime::auth::{
    AuthError, Authenticator, BearerToken, BoxFuture, HeaderMap, RequestParts, TokenExchange, Url,
    WebSocketAuth,
};
use cloudsdk_runtime::{
    AuthMode, Client, ClientBuilder, Error, Method, Operation, QueryStyle, Redacted,
    WebSocketOperation,
};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use support::{Reply, Server, guard, serve, serve_ws};
use tokio_tungstenite::tungstenite::Message;

static GET_THING: Operation = Operation::new("getThing", Method::GET, "/things/{id}", true);
static GET_REPO: Operation = Operation::new("getRepo", Method::GET, "/repository/{name}/", true);
static CREATE_THING: Operation = Operation::new("createThing", Method::POST, "/things", false);
static SIGNED: Operation = Operation::new("signed", Method::GET, "/v2/logs/{appId}", true)
    .signing_url("https://api.example.com/v2/logs/{appId}");
static LOGS: WebSocketOperation =
    WebSocketOperation::new("appLogs", "wss://logs.example.com/logs-socket/{appId}")
        .signing_url("https://api.example.com/v2/logs/logs-socket/{appId}")
        .auth(AuthMode::FirstMessage);
static EVENTS: WebSocketOperation =
    WebSocketOperation::new("events", "wss://events.example.com/events/");

const SECRET: &str = "s3cr3t-value";

/// Stamps `authorization: Bearer <n>` on attempt `n` and records what the runtime told it.
#[derive(Debug, Default)]
struct Recorder {
    calls: AtomicUsize,
    /// Whether a 401 asks for a retry.
    refreshes: bool,
    /// The signing URL of each request.
    signing: Mutex<Vec<Option<String>>>,
    /// Connect and signing URL of each websocket connection.
    websocket: Mutex<Vec<(String, Option<String>)>>,
    /// The `authorization` each 401 answered, as `unauthorized_with` saw it.
    refused: Mutex<Vec<Option<String>>>,
}

impl Authenticator for Recorder {
    fn authenticate<'a>(
        &'a self,
        request: RequestParts<'a>,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
        let signing = request.signing_url.map(Url::to_string);
        self.signing.lock().expect("lock").push(signing);
        let value = format!("Bearer {n}").parse().expect("header value");
        request.headers.insert("authorization", value);
        Box::pin(async { Ok(()) })
    }

    fn unauthorized_with(&self, sent: &HeaderMap) -> bool {
        let refused = sent
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        self.refused.lock().expect("lock").push(refused);
        self.refreshes
    }

    fn websocket<'a>(
        &'a self,
        connect_url: &'a Url,
        signing_url: Option<&'a Url>,
    ) -> BoxFuture<'a, Result<WebSocketAuth, AuthError>> {
        let seen = (connect_url.to_string(), signing_url.map(Url::to_string));
        self.websocket.lock().expect("lock").push(seen);
        Box::pin(async {
            Ok(WebSocketAuth {
                first_message: Some(format!("{{\"authorization\":\"{SECRET}\"}}")),
                ..WebSocketAuth::default()
            })
        })
    }
}

async fn ok_server() -> Server {
    serve(|_, _| async { Reply::json(200, json!({})) }).await
}

fn client(base: &str, auth: Arc<Recorder>) -> Client {
    Client::builder(base)
        .auth_shared(auth)
        .timeout(Some(Duration::from_secs(10)))
        .build()
        .expect("client")
}

async fn get(
    client: &Client,
    op: &'static Operation,
    name: &str,
    value: &Value,
    reserved: bool,
) -> Error {
    let mut request = client.request(op);
    if reserved {
        request.path_param_reserved(name, value);
    } else {
        request.path_param(name, value);
    }
    match guard(request.send::<Value>()).await {
        Ok(_) => Error::InvalidRequest("(sent)".to_owned()),
        Err(e) => e,
    }
}

fn is_refusal_naming(error: &Error, what: &str) -> bool {
    matches!(error, Error::InvalidRequest(m) if m.contains(what))
}

#[tokio::test]
async fn path_values_stay_inside_their_segment() {
    let server = ok_server().await;
    let client = client(&server.url(""), Arc::default());
    let values = [
        "@evil.invalid",
        ".evil.invalid",
        "//evil.invalid/x",
        "\\\\evil.invalid\\x",
        "evil.invalid:80",
        "%2e%2e",
        "%2F..%2F",
        "a?x=1#frag",
        "...",
    ];
    for value in values {
        let mut request = client.request(&GET_THING);
        request.path_param("id", &value);
        guard(request.send::<Value>())
            .await
            .unwrap_or_else(|e| panic!("{value}: {e}"));
    }
    let paths: Vec<String> = server.requests().iter().map(|r| r.target.clone()).collect();
    assert_eq!(paths.len(), values.len());
    for path in &paths {
        assert!(
            path.starts_with("/things/") && path.matches('/').count() == 2 && !path.contains('?'),
            "one segment under /things/: {paths:?}"
        );
    }
}

#[tokio::test]
async fn dot_segments_and_empty_values_from_parameters_are_refused() {
    let server = ok_server().await;
    let client = client(&server.url("/api"), Arc::default());
    for value in [json!("."), json!(".."), json!(""), json!([".."])] {
        let error = get(&client, &GET_THING, "id", &value, false).await;
        assert!(is_refusal_naming(&error, "`id`"), "{value}: {error:?}");
    }
    for value in ["..", "a/../../admin", "./x", "x/.", "a/..", "a//b"] {
        let error = get(&client, &GET_REPO, "name", &json!(value), true).await;
        assert!(is_refusal_naming(&error, "`name`"), "{value}: {error:?}");
    }
    assert_eq!(server.hits(), 0, "{:?}", server.requests());
    // Dots inside a segment are ordinary names.
    let error = get(&client, &GET_REPO, "name", &json!("quay.io/a..b/.x"), true).await;
    assert!(is_refusal_naming(&error, "(sent)"), "{error:?}");
    assert_eq!(
        server.requests()[0].target,
        "/api/repository/quay.io/a..b/.x/"
    );
}

/// A proxy on loopback: requests for any host arrive here, so tests can use hosts that do not
/// exist without a DNS lookup, and see what would have left the machine.
fn via_proxy(builder: ClientBuilder, proxy: &Server) -> ClientBuilder {
    let proxy = reqwest::Proxy::all(proxy.url("")).expect("proxy");
    let http = cloudsdk_runtime::auth::tls::client_builder()
        .expect("the TLS configuration")
        .proxy(proxy)
        .build()
        .expect("http");
    builder.http_client(http)
}

#[tokio::test]
async fn a_value_cannot_move_the_host_even_through_an_odd_template() {
    static ODD: Operation = Operation::new("odd", Method::GET, "{suffix}/x", false);
    let proxy = ok_server().await;
    let client = via_proxy(Client::builder("http://api.example.invalid"), &proxy)
        .build()
        .expect("client");
    let error = get(&client, &ODD, "suffix", &json!(".evil.invalid"), false).await;
    assert!(
        is_refusal_naming(&error, "api.example.invalid"),
        "{error:?}"
    );
    assert_eq!(proxy.hits(), 0, "{:?}", proxy.requests());
}

#[tokio::test]
async fn a_signing_url_is_moved_to_the_base_urls_origin() {
    let server = ok_server().await;
    let auth = Arc::new(Recorder::default());
    let client = client(&server.url(""), auth.clone());
    let mut request = client.request(&SIGNED);
    request
        .path_param("appId", &"app_1")
        .query("limit", &2, QueryStyle::form(true));
    guard(request.send::<Value>()).await.expect("sent");
    let signed = auth.signing.lock().expect("lock").clone();
    assert_eq!(signed, [Some(server.url("/v2/logs/app_1"))]);
    // The signing URL's parameters are checked like the request's.
    let error = get(&client, &SIGNED, "appId", &json!(".."), false).await;
    assert!(is_refusal_naming(&error, "`appId`"), "{error:?}");
}

/// A websocket server that reads the first frame and answers with a line.
async fn first_frame_server() -> support::WsServer {
    serve_ws(|mut conn| async move {
        let _ = conn.socket.next().await;
        let line = json!({"date": "d1", "message": "hello"}).to_string();
        let _ = conn.socket.send(Message::text(line)).await;
        let _ = conn.socket.next().await;
    })
    .await
}

#[tokio::test]
async fn a_websocket_signing_url_follows_an_overridden_base() {
    let server = first_frame_server().await;
    let auth = Arc::new(Recorder::default());
    let on_client = Client::builder("https://api.example.com")
        .auth_shared(auth.clone())
        .websocket_base_url(server.base())
        .build()
        .expect("client");
    let mut logs = on_client.websocket(&LOGS);
    logs.path_param("appId", &"app_1");
    guard(logs.connect::<Value>().next())
        .await
        .expect("a message")
        .expect("decoded");
    let per_stream = client("https://api.example.com", auth.clone());
    let mut logs = per_stream.websocket(&LOGS);
    logs.path_param("appId", &"app_2")
        .base_url(format!("{}/prefix", server.base()));
    guard(logs.connect::<Value>().next())
        .await
        .expect("a message")
        .expect("decoded");
    let http = format!("http://{}", server.addr);
    let seen = auth.websocket.lock().expect("lock").clone();
    assert_eq!(
        seen,
        [
            (
                format!("{}/logs-socket/app_1", server.base()),
                Some(format!("{http}/v2/logs/logs-socket/app_1"))
            ),
            (
                format!("{}/prefix/logs-socket/app_2", server.base()),
                Some(format!("{http}/v2/logs/logs-socket/app_2"))
            ),
        ]
    );
}

#[tokio::test]
async fn websocket_dot_segments_are_refused() {
    let server = first_frame_server().await;
    let client = Client::builder("https://api.example.com")
        .websocket_base_url(server.base())
        .build()
        .expect("client");
    let mut logs = client.websocket(&LOGS);
    logs.path_param("appId", &"..");
    let items: Vec<Result<Value, Error>> = guard(logs.connect().collect()).await;
    assert_eq!(items.len(), 1, "{items:?}");
    let error = items[0].as_ref().expect_err("refused");
    assert!(is_refusal_naming(error, "`appId`"), "{error:?}");
    assert!(server.targets().is_empty(), "{:?}", server.targets());
}

#[tokio::test]
async fn a_redirect_to_another_origin_is_not_followed() {
    let elsewhere = ok_server().await;
    let target = elsewhere.url("/landing");
    let origin = serve(move |req, _| {
        let target = target.clone();
        async move {
            let status = if req.method == "GET" { 302 } else { 307 };
            Reply::new(status, "text/plain", "moved").header("location", target)
        }
    })
    .await;
    let client = Client::builder(origin.url(""))
        .auth(BearerToken::new(SECRET).expect("token"))
        .default_header("x-tenant", "tenant-1")
        .sensitive_header("x-api-key", SECRET)
        .build()
        .expect("client");
    let error = get(&client, &GET_THING, "id", &json!("a"), false).await;
    assert_eq!(error.status().map(|s| s.as_u16()), Some(302), "{error:?}");
    let response = error.response().expect("the redirect is kept");
    assert_eq!(
        response
            .headers
            .get("location")
            .and_then(|v| v.to_str().ok()),
        Some(elsewhere.url("/landing").as_str())
    );
    let message = error.to_string();
    assert!(
        message.contains("redirect") && message.contains(&elsewhere.url("")),
        "{message}"
    );
    let mut request = client.request(&CREATE_THING);
    request.json(&json!({"password": SECRET}));
    let error = guard(request.send::<Value>()).await.expect_err("307");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(307));
    assert_eq!(origin.hits(), 2);
    assert_eq!(elsewhere.hits(), 0, "{:?}", elsewhere.requests());
}

#[tokio::test]
async fn a_redirect_on_the_same_origin_is_followed() {
    let server = serve(|req, _| async move {
        if req.path() == "/things/old" {
            Reply::new(301, "text/plain", "moved").header("location", "/things/new")
        } else {
            let seen = req.header("authorization").map(str::to_owned);
            Reply::json(200, json!({"path": req.path(), "authorization": seen}))
        }
    })
    .await;
    let client = Client::builder(server.url(""))
        .auth(BearerToken::new(SECRET).expect("token"))
        .build()
        .expect("client");
    let mut request = client.request(&GET_THING);
    request.path_param("id", &"old");
    let value: Value = guard(request.send::<Value>())
        .await
        .expect("followed")
        .json::<_, Value>()
        .expect("json");
    let bearer = format!("Bearer {SECRET}");
    assert_eq!(
        value,
        json!({"path": "/things/new", "authorization": bearer})
    );
}

#[tokio::test]
async fn credentials_refuse_plain_http_to_other_hosts() {
    let proxy = ok_server().await;
    let remote = "http://api.example.invalid";
    let send = |builder: ClientBuilder| {
        let client = via_proxy(builder, &proxy).build().expect("client");
        async move { get(&client, &GET_THING, "id", &json!("a"), false).await }
    };
    // The authenticator's own rule, through the runtime.
    let bearer = || BearerToken::new(SECRET).expect("token");
    let error = send(Client::builder(remote).auth(bearer())).await;
    assert!(
        matches!(&error, Error::Auth(e) if matches!(**e, AuthError::InsecureTransport { .. })),
        "{error:?}"
    );
    // Credentials the client holds itself: default headers that carry them.
    let error = send(Client::builder(remote).default_header("authorization", SECRET)).await;
    assert!(
        is_refusal_naming(&error, "allow_insecure_http"),
        "{error:?}"
    );
    let error = send(Client::builder(remote).sensitive_header("x-api-key", SECRET)).await;
    assert!(is_refusal_naming(&error, "`x-api-key`"), "{error:?}");
    assert_eq!(proxy.hits(), 0, "nothing left: {:?}", proxy.requests());

    // Each opt-in lets its own credentials through.
    let opted = send(Client::builder(remote).auth(bearer().allow_insecure_http())).await;
    let cookie = Client::builder(remote).default_header("cookie", "session=1");
    let opted_runtime = send(cookie.allow_insecure_http()).await;
    for sent in [opted, opted_runtime] {
        assert!(is_refusal_naming(&sent, "(sent)"), "{sent:?}");
    }
    let requests = proxy.requests();
    assert_eq!(requests[0].target, format!("{remote}/things/a"));
    let bearer = format!("Bearer {SECRET}");
    assert_eq!(requests[0].header("authorization"), Some(bearer.as_str()));
    assert_eq!(requests[1].header("cookie"), Some("session=1"));
    // Loopback needs no opt-in, and other default headers are not credentials.
    let local = ok_server().await;
    let client = Client::builder(local.url(""))
        .default_header("authorization", SECRET)
        .build()
        .expect("client");
    let sent = get(&client, &GET_THING, "id", &json!("a"), false).await;
    assert!(is_refusal_naming(&sent, "(sent)"), "{sent:?}");
    let plain = send(Client::builder(remote).default_header("x-tenant", "t")).await;
    assert!(is_refusal_naming(&plain, "(sent)"), "{plain:?}");
}

/// The first item of `op`'s stream on a client built by `builder` for `base`.
async fn first_item(builder: ClientBuilder, base: &str, op: &WebSocketOperation) -> Error {
    let client = builder.websocket_base_url(base).build().expect("client");
    let mut stream = client.websocket(op);
    stream.path_param("appId", &"app_1");
    match guard(stream.connect::<Value>().next()).await {
        Some(Err(error)) => error,
        other => panic!("an error, not {other:?}"),
    }
}

#[tokio::test]
async fn websocket_credentials_refuse_plain_ws_to_other_hosts() {
    let server = first_frame_server().await;
    // 0.0.0.0 is not loopback by the rule, yet reaches this machine: whatever is refused is
    // seen by the server if it is not.
    let remote = format!("ws://0.0.0.0:{}", server.addr.port());
    let api = || Client::builder("https://api.example.com");
    let bearer = BearerToken::new(SECRET).expect("token");
    let error = first_item(api().auth(bearer), &remote, &EVENTS).await;
    assert!(matches!(error, Error::Auth(_)), "{error:?}");
    let plaintext = OAuth1::new("key", SECRET)
        .expect("oauth")
        .with_signature_method(SignatureMethod::Plaintext);
    let error = first_item(api().auth(plaintext), &remote, &LOGS).await;
    assert!(matches!(error, Error::Auth(_)), "{error:?}");
    let with_header = api().default_header("authorization", SECRET);
    let error = first_item(with_header, &remote, &EVENTS).await;
    assert!(
        is_refusal_naming(&error, "allow_insecure_http"),
        "{error:?}"
    );
    assert!(server.targets().is_empty(), "{:?}", server.targets());
}

/// A server answering 401 to every other request (the first included), and a client whose
/// authenticator asks for a retry after a 401.
async fn every_other_refused() -> (Server, Arc<Recorder>, Client) {
    let server = serve(|_, i| async move {
        if i % 2 == 0 {
            Reply::new(401, "text/plain", "expired")
        } else {
            Reply::json(200, json!({}))
        }
    })
    .await;
    let auth = Arc::new(Recorder {
        refreshes: true,
        ..Recorder::default()
    });
    let client = client(&server.url(""), auth.clone());
    (server, auth, client)
}

#[tokio::test]
async fn a_multipart_body_is_not_resent_empty_after_a_401() {
    let (server, auth, client) = every_other_refused().await;
    let mut request = client.request(&CREATE_THING);
    let form = cloudsdk_runtime::multipart::Form::new().text("name", "web");
    request.multipart(form);
    let error = guard(request.send::<Value>())
        .await
        .expect_err("not retried");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "sent once: {requests:?}");
    assert!(requests[0].text().contains("name=\"name\""));
    let refused = auth.refused.lock().expect("lock").clone();
    assert_eq!(
        refused,
        [Some("Bearer 1".to_owned())],
        "the token is dropped"
    );
}

#[tokio::test]
async fn a_retry_after_a_401_resends_the_same_body_and_names_the_refused_credentials() {
    let (server, auth, client) = every_other_refused().await;
    let mut request = client.request(&CREATE_THING);
    request.json(&json!({"name": "web", "size": 3}));
    guard(request.send::<Value>()).await.expect("retried");
    let mut request = client.request(&CREATE_THING);
    request.form(&json!({"name": "web"}));
    guard(request.send::<Value>()).await.expect("retried");
    let requests = server.requests();
    assert_eq!(requests.len(), 4);
    for pair in requests.chunks(2) {
        assert_eq!(pair[0].body, pair[1].body);
        assert!(!pair[0].body.is_empty());
        assert_eq!(
            pair[0].header("content-type"),
            pair[1].header("content-type")
        );
    }
    let refused = auth.refused.lock().expect("lock").clone();
    let sent = |n: usize| Some(format!("Bearer {n}"));
    assert_eq!(refused, [sent(1), sent(3)]);
}

/// A token endpoint handing out `t1`, `t2`, … in order.
async fn token_server() -> Server {
    serve(|_, i| async move {
        Reply::json(
            200,
            json!({"access_token": format!("t{}", i + 1), "expires_in": 3600}),
        )
    })
    .await
}

#[tokio::test]
async fn a_late_401_for_a_replaced_token_keeps_the_new_one() {
    let tokens = token_server().await;
    // `t1` is refused, `/things/slow` only after a while; any other token is accepted.
    let api = serve(|req, _| async move {
        if req.header("authorization") != Some("Bearer t1") {
            return Reply::json(200, json!({}));
        }
        if req.path() == "/things/slow" {
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        Reply::new(401, "text/plain", "expired")
    })
    .await;
    let auth = TokenExchange::client_credentials(&tokens.url("/token"), "id", SECRET)
        .expect("credentials");
    let client = Client::builder(api.url(""))
        .auth(auth)
        .build()
        .expect("client");
    let slow = {
        let client = client.clone();
        tokio::spawn(async move { get(&client, &GET_THING, "id", &json!("slow"), false).await })
    };
    guard(async {
        while api.hits() == 0 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await;
    let fast = get(&client, &GET_THING, "id", &json!("fast"), false).await;
    assert!(is_refusal_naming(&fast, "(sent)"), "{fast:?}");
    let slow = guard(slow).await.expect("joined");
    assert!(is_refusal_naming(&slow, "(sent)"), "{slow:?}");
    assert_eq!(tokens.hits(), 2, "t2 replaced t1 once and was kept");
}

#[tokio::test]
async fn no_secret_in_debug_output() {
    let builder = Client::builder("https://api.example.com")
        .default_header("authorization", SECRET)
        .default_header("x-auth-token", SECRET)
        .sensitive_header("x-custom", SECRET);
    let shown_builder = format!("{builder:?}");
    let client = builder.build().expect("client");
    for shown in [shown_builder, format!("{client:?}")] {
        assert!(!shown.contains(SECRET), "{shown}");
        assert!(shown.contains("x-custom"), "header names stay: {shown}");
    }

    let mut request = client.request(&CREATE_THING);
    request
        .header("x-session-token", &SECRET)
        .cookie("session", &SECRET)
        .query("api_key", &SECRET, QueryStyle::form(true))
        .json(&json!({"password": SECRET}));
    let shown = format!("{request:?}");
    assert!(!shown.contains(SECRET), "{shown}");

    let server = serve(|_, _| async {
        Reply::new(500, "text/plain", "oops").header("set-cookie", format!("id={SECRET}"))
    })
    .await;
    let client = Client::builder(server.url("")).build().expect("client");
    let error = get(&client, &CREATE_THING, "x", &json!("x"), false).await;
    for shown in [format!("{error:?}"), error.to_string()] {
        assert!(!shown.contains(SECRET), "{shown}");
        assert!(shown.contains("oops"), "{shown}");
    }
    assert_eq!(format!("{:?}", Redacted(&SECRET)), "[redacted]");
    assert_eq!(format!("{:?}", Redacted(&Some(SECRET))), "[redacted]");
}
