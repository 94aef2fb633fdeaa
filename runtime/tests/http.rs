//! End-to-end behaviour of HTTP calls against loopback servers.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use cloudsdk_runtime::auth::{
    AuthError, Authenticator, BoxFuture, RequestParts, Url, WebSocketAuth,
};
use cloudsdk_runtime::{
    Client, Error, Method, Operation, QueryStyle, RetryPolicy, StatusCode, StatusMatch,
};
use futures_util::StreamExt;
use serde::Deserialize;
use serde_json::json;
use support::{Reply, guard, serve, serve_raw};
use tokio::io::AsyncWriteExt;

static GET_THING: Operation = Operation::new("getThing", Method::GET, "/things/{id}", true);
static CREATE_THING: Operation = Operation::new("createThing", Method::POST, "/things", false);
static GET_DOCUMENTED: Operation =
    Operation::new("getDocumented", Method::GET, "/things/{id}", true)
        .errors(&[StatusMatch::Code(404), StatusMatch::Class(4)]);

/// Counts calls and stamps each request with its number; can ask for one retry after 401.
#[derive(Debug, Default)]
struct Counting {
    calls: AtomicUsize,
    unauthorized: AtomicUsize,
    refreshes: bool,
    form_bodies: Mutex<Vec<Option<Vec<u8>>>>,
}

impl Authenticator for Counting {
    fn authenticate<'a>(
        &'a self,
        request: RequestParts<'a>,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
        if let Ok(mut bodies) = self.form_bodies.lock() {
            bodies.push(request.form_body.map(<[u8]>::to_vec));
        }
        request
            .headers
            .insert("x-attempt", n.to_string().parse().expect("digits"));
        Box::pin(async { Ok(()) })
    }

    fn unauthorized(&self) -> bool {
        self.unauthorized.fetch_add(1, Ordering::SeqCst);
        self.refreshes
    }

    fn websocket<'a>(
        &'a self,
        _connect_url: &'a Url,
        _signing_url: Option<&'a Url>,
    ) -> BoxFuture<'a, Result<WebSocketAuth, AuthError>> {
        Box::pin(async { Ok(WebSocketAuth::default()) })
    }
}

fn quick_retries() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(3)
        .base_delay(Duration::from_millis(5))
        .max_delay(Duration::from_secs(5))
}

fn client(base: &str) -> Client {
    Client::builder(base)
        .retry(quick_retries())
        .timeout(Some(Duration::from_secs(15)))
        .build()
        .expect("client")
}

async fn get(client: &Client, id: &str) -> Result<cloudsdk_runtime::Response, Error> {
    let mut request = client.request(&GET_THING);
    request.path_param("id", &id);
    guard(request.send::<serde_json::Value>()).await
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let server = serve(|_, i| async move {
        match i {
            0 => Reply::new(503, "text/plain", "busy").header("retry-after", "1"),
            1 => {
                let later = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(1));
                Reply::new(429, "text/plain", "slow down").header("retry-after", later)
            }
            _ => Reply::json(200, json!({"id": "a"})),
        }
    })
    .await;
    let client = client(&server.url(""));
    let started = Instant::now();
    let value: serde_json::Value = get(&client, "a")
        .await
        .expect("retried")
        .json::<_, serde_json::Value>()
        .expect("json");
    assert_eq!(value, json!({"id": "a"}));
    assert_eq!(server.hits(), 3, "503 and 429 were both retried");
    // A lower bound the sleeps guarantee (backoff alone would be a few milliseconds): the
    // one-second `Retry-After` was waited for.
    assert!(started.elapsed() >= Duration::from_secs(1));
}

#[tokio::test]
async fn post_is_not_retried_by_default() {
    let server = serve(|_, _| async { Reply::new(503, "text/plain", "busy") }).await;
    let client = client(&server.url(""));
    let mut request = client.request(&CREATE_THING);
    request.json(&json!({"name": "x"}));
    let error = guard(request.send::<serde_json::Value>())
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(server.hits(), 1);

    // Asked for, a POST is retried too.
    let eager = Client::builder(server.url(""))
        .retry(quick_retries().retry_non_idempotent(true))
        .build()
        .expect("client");
    let mut request = eager.request(&CREATE_THING);
    request.json(&json!({"name": "x"}));
    let _ = guard(request.send::<serde_json::Value>())
        .await
        .unwrap_err();
    assert_eq!(server.hits(), 1 + 3);
}

#[tokio::test]
async fn retries_can_be_turned_off() {
    let server = serve(|_, _| async { Reply::new(503, "text/plain", "busy") }).await;
    let client = Client::builder(server.url(""))
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    let error = get(&client, "a").await.unwrap_err();
    assert!(matches!(error, Error::UnexpectedStatus(_)), "{error:?}");
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn each_attempt_is_authenticated_again() {
    let server = serve(|req, i| async move {
        if i == 0 {
            Reply::new(503, "text/plain", "busy").header("retry-after", "0")
        } else {
            Reply::json(200, json!({"attempt": req.header("x-attempt")}))
        }
    })
    .await;
    let auth = Arc::new(Counting::default());
    let client = Client::builder(server.url(""))
        .auth_shared(auth.clone())
        .retry(quick_retries())
        .build()
        .expect("client");
    let value: serde_json::Value = get(&client, "a")
        .await
        .expect("ok")
        .json::<_, serde_json::Value>()
        .expect("json");
    assert_eq!(auth.calls.load(Ordering::SeqCst), 2);
    let stamps: Vec<_> = server
        .requests()
        .iter()
        .map(|r| r.header("x-attempt").map(str::to_owned))
        .collect();
    assert_eq!(stamps, [Some("1".to_owned()), Some("2".to_owned())]);
    assert_eq!(value, json!({"attempt": "2"}));
}

#[tokio::test]
async fn unauthorized_refreshes_once() {
    // Always 401: one refresh, one more try, then the error.
    let server = serve(|_, _| async { Reply::new(401, "text/plain", "expired") }).await;
    let auth = Arc::new(Counting {
        refreshes: true,
        ..Counting::default()
    });
    let client = Client::builder(server.url(""))
        .auth_shared(auth.clone())
        .build()
        .expect("client");
    let error = get(&client, "a").await.unwrap_err();
    assert_eq!(error.status(), Some(StatusCode::UNAUTHORIZED));
    assert_eq!(server.hits(), 2);
    assert_eq!(auth.unauthorized.load(Ordering::SeqCst), 1);
    assert_eq!(auth.calls.load(Ordering::SeqCst), 2);

    // 401 then 200: the refreshed credentials succeed.
    let server = serve(|_, i| async move {
        if i == 0 {
            Reply::new(401, "text/plain", "expired")
        } else {
            Reply::json(200, json!({}))
        }
    })
    .await;
    let client = Client::builder(server.url(""))
        .auth_shared(auth.clone())
        .build()
        .expect("client");
    get(&client, "a").await.expect("refreshed");
    assert_eq!(server.hits(), 2);

    // An authenticator that cannot refresh does not retry.
    let server = serve(|_, _| async { Reply::new(401, "text/plain", "no") }).await;
    let client = Client::builder(server.url(""))
        .auth_shared(Arc::new(Counting::default()))
        .build()
        .expect("client");
    get(&client, "a").await.unwrap_err();
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn timeout_is_reported_as_timeout() {
    let addr = serve_raw(|mut stream| async move {
        let _ = support::read_request(&mut stream).await;
        tokio::time::sleep(Duration::from_secs(10)).await;
        let _ = stream.shutdown().await;
    })
    .await;
    let client = Client::builder(format!("http://{addr}"))
        .timeout(Some(Duration::from_millis(300)))
        .build()
        .expect("client");
    let error = get(&client, "a").await.unwrap_err();
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    assert!(error.to_string().contains("timed out"), "{error}");
}

#[tokio::test]
async fn non_json_error_body_is_kept() {
    let server = serve(|_, _| async {
        Reply::new(
            400,
            "text/plain",
            "Invalid region 'xx-1'. Valid: LON1, NYC1",
        )
    })
    .await;
    let client = client(&server.url(""));
    // Undocumented status: the raw text is kept.
    let error = get(&client, "a").await.unwrap_err();
    let Error::UnexpectedStatus(parts) = &error else {
        panic!("expected UnexpectedStatus, got {error:?}");
    };
    assert_eq!(parts.status, StatusCode::BAD_REQUEST);
    assert_eq!(parts.text(), "Invalid region 'xx-1'. Valid: LON1, NYC1");
    assert!(
        error.to_string().contains("Invalid region 'xx-1'"),
        "{error}"
    );
    assert!(error.to_string().contains("400"), "{error}");

    // Documented status whose body is not JSON: still an API error, body kept.
    let mut request = client.request(&GET_DOCUMENTED);
    request.path_param("id", &"a");
    let error = guard(request.send::<serde_json::Value>())
        .await
        .unwrap_err();
    let Error::Api(api) = &error else {
        panic!("expected Api, got {error:?}");
    };
    assert!(api.error.is_none());
    assert_eq!(
        api.response.text(),
        "Invalid region 'xx-1'. Valid: LON1, NYC1"
    );
}

#[derive(Debug, Deserialize, PartialEq)]
struct ApiProblem {
    code: String,
    message: String,
}

#[tokio::test]
async fn documented_error_is_decoded() {
    let server = serve(|_, _| async {
        Reply::json(
            404,
            json!({"code": "not_found", "message": "no such thing"}),
        )
    })
    .await;
    let client = client(&server.url(""));
    let mut request = client.request(&GET_DOCUMENTED);
    request.path_param("id", &"missing");
    let error = guard(request.send::<ApiProblem>()).await.unwrap_err();
    assert_eq!(error.status(), Some(StatusCode::NOT_FOUND));
    assert_eq!(
        error.api_error(),
        Some(&ApiProblem {
            code: "not_found".into(),
            message: "no such thing".into()
        })
    );
    let text = error.to_string();
    assert!(
        text.contains("404") && text.contains("no such thing"),
        "{text}"
    );
    assert_eq!(server.requests()[0].target, "/things/missing");
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Listing {
    items: Vec<Item>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Item {
    name: String,
    size: u64,
}

#[tokio::test]
async fn truncated_json_body_is_a_decode_error_with_path() {
    let server = serve(|_, i| async move {
        let body = if i == 0 {
            r#"{"items":[{"name":"a","size":1},{"name":"b","size":"#
        } else {
            r#"{"items":[{"name":"a","size":1},{"name":"b","size":"big"}]}"#
        };
        Reply::new(200, "application/json", body)
    })
    .await;
    let client = client(&server.url(""));

    let error = get(&client, "a")
        .await
        .expect("200")
        .json::<Listing, serde_json::Value>();
    let Err(Error::Decode(decode)) = &error else {
        panic!("expected a decode error, got {error:?}");
    };
    assert!(decode.path.starts_with("items[1]"), "{}", decode.path);
    assert!(decode.message.contains("EOF"), "{}", decode.message);
    assert!(decode.response.text().ends_with(r#"{"name":"b","size":"#));
    let text = error.unwrap_err().to_string();
    assert!(
        text.contains("items[1]") && text.contains(r#""name":"b""#),
        "{text}"
    );

    let error = get(&client, "a")
        .await
        .expect("200")
        .json::<Listing, serde_json::Value>();
    let Err(Error::Decode(decode)) = &error else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(decode.path, "items[1].size");
}

#[tokio::test]
async fn query_styles_reach_the_server() {
    static SEARCH: Operation =
        Operation::new("search", Method::GET, "/orgs/{org}/search/{extra}", true);
    let server = serve(|_, _| async { Reply::json(200, json!([])) }).await;
    let client = client(&server.url("/v2"));
    let mut request = client.request(&SEARCH);
    request
        .path_param("org", &"a b/c")
        .path_param("extra", &None::<String>)
        .query("tag", &["x", "y"], QueryStyle::form(true))
        .query("ids", &[1, 2], QueryStyle::form(false))
        .query("words", &["p", "q"], QueryStyle::SpaceDelimited)
        .query("alts", &["r", "s"], QueryStyle::PipeDelimited)
        .query(
            "filter",
            &json!({"state": "running"}),
            QueryStyle::DeepObject,
        )
        .query("missing", &None::<u32>, QueryStyle::form(true))
        .query("q", &"a&b=c", QueryStyle::form(true));
    guard(request.send::<serde_json::Value>())
        .await
        .expect("ok");
    assert_eq!(
        server.requests()[0].target,
        "/v2/orgs/a%20b%2Fc/search?tag=x&tag=y&ids=1,2&words=p%20q&alts=r|s\
         &filter[state]=running&q=a%26b%3Dc"
    );
}

#[tokio::test]
async fn form_body_is_signed_input() {
    static TOKEN: Operation = Operation::new("token", Method::POST, "/oauth/token", false);
    let server = serve(|_, _| async { Reply::json(200, json!({})) }).await;
    let auth = Arc::new(Counting::default());
    let client = Client::builder(server.url(""))
        .auth_shared(auth.clone())
        .build()
        .expect("client");
    let mut request = client.request(&TOKEN);
    request.form(&json!({"grant_type": "client_credentials", "scope": "a b"}));
    guard(request.send::<serde_json::Value>())
        .await
        .expect("ok");
    let sent = server.requests()[0].clone();
    assert_eq!(
        sent.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    let seen = auth.form_bodies.lock().expect("lock").clone();
    assert_eq!(seen, [Some(sent.body.clone())]);
    assert_eq!(sent.body, b"grant_type=client_credentials&scope=a%20b");

    // A JSON body is not a form: the authenticator is told there is none.
    let mut request = client.request(&TOKEN);
    request.json(&json!({"a": 1}));
    guard(request.send::<serde_json::Value>())
        .await
        .expect("ok");
    assert_eq!(auth.form_bodies.lock().expect("lock")[1], None);
}

#[tokio::test]
async fn default_headers_and_user_agent_are_sent() {
    let server = serve(|_, _| async { Reply::json(200, json!({})) }).await;
    let plain = client(&server.url(""));
    get(&plain, "a").await.expect("ok");
    let configured = Client::builder(server.url(""))
        .user_agent("civo-sdk/1.2.3")
        .default_header("x-api-version", "2024-01-01")
        .build()
        .expect("client");
    get(&configured, "a").await.expect("ok");
    let requests = server.requests();
    assert_eq!(requests[0].header("accept"), Some("application/json"));
    assert_eq!(
        requests[0].header("user-agent"),
        Some(concat!("cloudsdk-runtime/", env!("CARGO_PKG_VERSION")))
    );
    assert_eq!(requests[0].header("x-api-version"), None);
    assert_eq!(requests[1].header("accept"), Some("application/json"));
    assert_eq!(requests[1].header("user-agent"), Some("civo-sdk/1.2.3"));
    assert_eq!(requests[1].header("x-api-version"), Some("2024-01-01"));

    let bad = Client::builder(server.url(""))
        .default_header("bad header", "x")
        .build();
    assert!(matches!(bad, Err(Error::InvalidRequest(_))));
}

#[tokio::test]
async fn base_url_override_is_used() {
    let server = serve(|_, _| async { Reply::json(200, json!({})) }).await;
    let client = Client::builder("https://api.example.invalid/v1")
        .base_url(server.url("/bridge/v1/"))
        .build()
        .expect("client");
    assert_eq!(client.base_url(), server.url("/bridge/v1"));
    get(&client, "42").await.expect("ok");
    assert_eq!(server.requests()[0].target, "/bridge/v1/things/42");
    assert!(Client::builder("ftp://example.com").build().is_err());
}

#[tokio::test]
async fn custom_reqwest_client_is_used() {
    let server = serve(|_, _| async { Reply::json(200, json!({})) }).await;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-from-custom-client", "yes".parse().expect("ascii"));
    let http = cloudsdk_runtime::auth::tls::client_builder()
        .expect("the TLS configuration")
        .no_proxy()
        .default_headers(headers)
        .build()
        .expect("reqwest client");
    let client = Client::builder(server.url(""))
        .http_client(http)
        .build()
        .expect("client");
    get(&client, "a").await.expect("ok");
    assert_eq!(
        server.requests()[0].header("x-from-custom-client"),
        Some("yes")
    );
}

#[tokio::test]
async fn per_request_timeout_overrides_the_clients() {
    let addr = serve_raw(|mut stream| async move {
        let _ = support::read_request(&mut stream).await;
        tokio::time::sleep(Duration::from_secs(10)).await;
    })
    .await;
    let client = Client::builder(format!("http://{addr}"))
        .timeout(Some(Duration::from_secs(60)))
        .build()
        .expect("client");
    let mut request = client.request(&GET_THING);
    request
        .path_param("id", &"a")
        .timeout(Some(Duration::from_millis(200)));
    let error = guard(request.send::<serde_json::Value>())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
}

#[tokio::test]
async fn response_value_keeps_status_and_headers() {
    let server =
        serve(|_, _| async { Reply::json(201, json!({"id": "n"})).header("etag", "\"v7\"") }).await;
    let client = client(&server.url(""));
    let value = get(&client, "n")
        .await
        .expect("ok")
        .value::<serde_json::Value, serde_json::Value>()
        .expect("json");
    assert_eq!(value.status, StatusCode::CREATED);
    assert_eq!(
        value.headers.get("etag").map(|v| v.as_bytes()),
        Some(&b"\"v7\""[..])
    );
    assert_eq!(value.into_inner(), json!({"id": "n"}));
}

#[tokio::test]
async fn download_streams_in_chunks() {
    // The server sends the second chunk only after the client has received the first, so a
    // client that buffered the whole body would never finish (the guard fails the test).
    let (got_first, first_seen) = tokio::sync::mpsc::channel::<()>(1);
    let first_seen = Arc::new(tokio::sync::Mutex::new(first_seen));
    let addr = serve_raw(move |mut stream| {
        let first_seen = Arc::clone(&first_seen);
        async move {
            let Some(request) = support::read_request(&mut stream).await else {
                return;
            };
            if request.target.ends_with("/missing.pdf") {
                let body = r#"{"code":"not_found","message":"no invoice"}"#;
                let head = format!(
                    "HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\n\
                     content-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes()).await;
                return;
            }
            let head = "HTTP/1.1 200 OK\r\ncontent-type: application/pdf\r\n\
                        transfer-encoding: chunked\r\nconnection: close\r\n\r\n";
            let _ = stream.write_all(head.as_bytes()).await;
            let _ = stream.write_all(b"8\r\n%PDF-1.7\r\n").await;
            let _ = stream.flush().await;
            if first_seen.lock().await.recv().await.is_none() {
                return;
            }
            let _ = stream.write_all(b"5\r\n%%EOF\r\n0\r\n\r\n").await;
            let _ = stream.shutdown().await;
        }
    })
    .await;
    static INVOICE: Operation =
        Operation::new("getInvoicePdf", Method::GET, "/invoices/{id}", true)
            .errors(&[StatusMatch::Code(404)]);
    let client = client(&format!("http://{addr}"));
    let mut request = client.request(&INVOICE);
    request.path_param("id", &"inv.pdf");
    let mut body = guard(request.send_streaming::<ApiProblem>())
        .await
        .expect("200");
    assert_eq!(body.status(), StatusCode::OK);
    assert_eq!(
        body.headers().get("content-type").map(|v| v.as_bytes()),
        Some(&b"application/pdf"[..])
    );
    let first = guard(body.next()).await.expect("a chunk").expect("bytes");
    assert_eq!(&first[..], b"%PDF-1.7");
    got_first.send(()).await.expect("server waiting");
    let mut rest = Vec::new();
    while let Some(chunk) = guard(body.next()).await {
        rest.extend_from_slice(&chunk.expect("bytes"));
    }
    assert_eq!(rest, b"%%EOF");

    // Error statuses are read and decoded as with `send`.
    let mut request = client.request(&INVOICE);
    request.path_param("id", &"missing.pdf");
    let error = guard(request.send_streaming::<ApiProblem>())
        .await
        .unwrap_err();
    assert_eq!(
        error.api_error().map(|e| e.code.as_str()),
        Some("not_found")
    );
}

#[tokio::test]
async fn connection_refused_is_a_transport_error() {
    // Bind then drop a listener to get a port nobody listens on.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    let client = Client::builder(format!("http://127.0.0.1:{port}"))
        .retry(quick_retries())
        .build()
        .expect("client");
    let error = get(&client, "a").await.unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    let text = error.to_string();
    assert!(text.contains("check the base URL"), "{text}");
}
