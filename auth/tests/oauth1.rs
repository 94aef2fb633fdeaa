//! OAuth 1.0a: RFC 5849 vectors, edge cases, and interoperability with the independent
//! `oauth1-request` crate over loopback.

mod support;

use cloudsdk_auth::oauth1::{OAuth1, SignatureMethod, signature_base_string};
use cloudsdk_auth::{AuthError, Authenticator, HeaderMap, Method, OAuth1Flow, RequestParts, Url};
use percent_encoding::percent_decode_str;
use support::{Request, Response, serve};

fn url(s: &str) -> Url {
    Url::parse(s).unwrap()
}

fn fixed(auth: OAuth1, nonce: &'static str, timestamp: u64) -> OAuth1 {
    auth.with_nonce_source(move || nonce.to_owned())
        .with_timestamp_source(move || timestamp)
}

/// The `name="value"` pairs of an OAuth `Authorization` header, values percent-decoded.
fn header_params(header: &str) -> Vec<(String, String)> {
    let rest = header.strip_prefix("OAuth ").expect("OAuth scheme");
    rest.split(',')
        .map(|part| {
            let (k, v) = part.trim().split_once('=').expect("name=value");
            let v = v.trim_matches('"');
            (
                k.to_owned(),
                percent_decode_str(v).decode_utf8().unwrap().into_owned(),
            )
        })
        .collect()
}

fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

async fn authenticate(
    auth: &dyn Authenticator,
    method: &Method,
    url: &Url,
    signing_url: Option<&Url>,
    form_body: Option<&[u8]>,
) -> Result<String, AuthError> {
    let mut headers = HeaderMap::new();
    auth.authenticate(RequestParts {
        method,
        url,
        signing_url,
        form_body,
        headers: &mut headers,
    })
    .await?;
    let value = headers
        .get(http::header::AUTHORIZATION)
        .expect("header set");
    assert!(
        value.is_sensitive(),
        "Authorization must be marked sensitive"
    );
    Ok(value.to_str().unwrap().to_owned())
}

// ---------------------------------------------------------------- RFC 5849 vectors

#[test]
fn rfc5849_section_3_4_1_1_base_string() {
    let url = url("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b");
    let base = signature_base_string(
        "POST",
        &url,
        Some(b"c2&a3=2+q"),
        &[
            ("realm", "Example"),
            ("oauth_consumer_key", "9djdj82h48djs9d2"),
            ("oauth_token", "kkk9d7dh3k39sjv7"),
            ("oauth_signature_method", "HMAC-SHA1"),
            ("oauth_timestamp", "137131201"),
            ("oauth_nonce", "7d8f3e4a"),
            ("oauth_signature", "bYT5CMsGcbgUdFHObYMEfcx6bsw%3D"),
        ],
    )
    .unwrap();
    let expected = "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q\
        %26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_\
        key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_m\
        ethod%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk\
        9d7dh3k39sjv7";
    assert_eq!(base, expected);
}

#[test]
fn rfc5849_section_1_2_temporary_credentials_signature() {
    let base = signature_base_string(
        "POST",
        &url("https://photos.example.net/initiate"),
        None,
        &[
            ("oauth_consumer_key", "dpf43f3p2l4k3l03"),
            ("oauth_signature_method", "HMAC-SHA1"),
            ("oauth_timestamp", "137131200"),
            ("oauth_nonce", "wIjqoS"),
            ("oauth_callback", "http://printer.example.com/ready"),
        ],
    )
    .unwrap();
    let signature = SignatureMethod::HmacSha1.sign(&base, "kd94hf93k423kf44", "");
    assert_eq!(signature, "74KNZJeDHnMBp0EMJ9ZHt/XKycU=");
}

#[test]
fn rfc5849_section_1_2_token_credentials_signature() {
    let base = signature_base_string(
        "POST",
        &url("https://photos.example.net/token"),
        None,
        &[
            ("oauth_consumer_key", "dpf43f3p2l4k3l03"),
            ("oauth_token", "hh5s93j4hdidpola"),
            ("oauth_signature_method", "HMAC-SHA1"),
            ("oauth_timestamp", "137131201"),
            ("oauth_nonce", "walatlh"),
            ("oauth_verifier", "hfdp7dh39dks9884"),
        ],
    )
    .unwrap();
    let signature = SignatureMethod::HmacSha1.sign(&base, "kd94hf93k423kf44", "hdhd0244k9j7ao03");
    assert_eq!(signature, "gKgrFCywp7rO0OXSjdot/IHF7IU=");
}

#[test]
fn rfc5849_section_1_2_resource_request_header() {
    let auth = fixed(
        OAuth1::new("dpf43f3p2l4k3l03", "kd94hf93k423kf44")
            .unwrap()
            .with_token("nnch734d00sl2jdk", "pfkkdhi9sl3r4s00")
            .unwrap()
            .with_signature_method(SignatureMethod::HmacSha1)
            .with_realm("Photos")
            .unwrap(),
        "chapoH",
        137131202,
    );
    let header = auth
        .authorization(
            &Method::GET,
            &url("http://photos.example.net/photos?file=vacation.jpg&size=original"),
            None,
        )
        .unwrap();
    assert_eq!(
        header,
        "OAuth realm=\"Photos\", oauth_consumer_key=\"dpf43f3p2l4k3l03\", \
         oauth_token=\"nnch734d00sl2jdk\", oauth_signature_method=\"HMAC-SHA1\", \
         oauth_timestamp=\"137131202\", oauth_nonce=\"chapoH\", \
         oauth_signature=\"MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D\""
    );
}

#[test]
fn oauth_core_1_0_appendix_a_signature_with_version() {
    let auth = fixed(
        OAuth1::new("dpf43f3p2l4k3l03", "kd94hf93k423kf44")
            .unwrap()
            .with_token("nnch734d00sl2jdk", "pfkkdhi9sl3r4s00")
            .unwrap()
            .with_signature_method(SignatureMethod::HmacSha1)
            .with_version(true),
        "kllo9940pd9333jh",
        1191242096,
    );
    let header = auth
        .authorization(
            &Method::GET,
            &url("http://photos.example.net/photos?size=original&file=vacation.jpg"),
            None,
        )
        .unwrap();
    let params = header_params(&header);
    assert_eq!(param(&params, "oauth_version"), Some("1.0"));
    assert_eq!(
        param(&params, "oauth_signature"),
        Some("tR3+Ty81lMeYAr/Fid0kMTYa/WM=")
    );
}

/// Pinned from an independent computation with python3's `hmac`/`hashlib`/`urllib.parse`.
#[test]
fn hmac_sha512_vector() {
    let auth = fixed(
        OAuth1::new("ck", "consumer secret/é")
            .unwrap()
            .with_token("tk", "token&secret")
            .unwrap(),
        "nonce-123",
        1700000000,
    );
    assert_eq!(auth.signature_method(), SignatureMethod::HmacSha512);
    let header = auth
        .authorization(
            &Method::POST,
            &url("https://api.clever-cloud.com/v2/organisations/orga_x/applications"),
            Some("name=my+app+%E2%98%83&tag=a%26b%3Dc&tag=".as_bytes()),
        )
        .unwrap();
    let params = header_params(&header);
    assert_eq!(
        param(&params, "oauth_signature_method"),
        Some("HMAC-SHA512")
    );
    assert_eq!(
        param(&params, "oauth_signature"),
        Some(
            "JSdOSKgTLUWbVioLC4kSaJi0h5beFnTW1t+lC8iTVvEhsUfMjWCSRxcrLOHPxCMxsehvc9TN41NLOU6sKM9JMQ=="
        )
    );
}

/// Unicode, spaces, reserved characters, repeated and empty parameters, a parameter without
/// `=`, `+` as space, encoded path segments, a default port and an upper-case host: pinned from
/// python3's `urllib.parse.parse_qsl` + `quote(safe="-._~")`.
#[test]
fn base_string_kitchen_sink() {
    let url = url(
        "HTTPS://API.Example.COM:443/v2/a%20b/c%2Fd;x?k=z&k=%C3%A9&empty=&flag&plus=1+2&sp=a%20b\
         &res=%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C%2F%3F%23%5B%5D&k=a&a%20b=1&a-b=2",
    );
    let auth = fixed(
        OAuth1::new("ck", "cs")
            .unwrap()
            .with_token("tk", "ts")
            .unwrap()
            .with_signature_method(SignatureMethod::HmacSha1),
        "abc",
        1700000000,
    );
    let base = signature_base_string(
        "put",
        &url,
        Some(b"f=%E2%9C%93+ok&k=form"),
        &[
            ("oauth_consumer_key", "ck"),
            ("oauth_token", "tk"),
            ("oauth_signature_method", "HMAC-SHA1"),
            ("oauth_timestamp", "1700000000"),
            ("oauth_nonce", "abc"),
        ],
    )
    .unwrap();
    assert_eq!(
        base,
        "PUT&https%3A%2F%2Fapi.example.com%2Fv2%2Fa%2520b%2Fc%252Fd%3Bx&a%2520b%3D1%26a-b%3D2%26\
         empty%3D%26f%3D%25E2%259C%2593%2520ok%26flag%3D%26k%3D%25C3%25A9%26k%3Da%26k%3Dform%26\
         k%3Dz%26oauth_consumer_key%3Dck%26oauth_nonce%3Dabc%26oauth_signature_method%3DHMAC-SHA1\
         %26oauth_timestamp%3D1700000000%26oauth_token%3Dtk%26plus%3D1%25202%26res%3D%2521%252A\
         %2527%2528%2529%253B%253A%2540%2526%253D%252B%2524%252C%252F%253F%2523%255B%255D%26sp%3D\
         a%2520b"
    );
    let header = auth
        .authorization(&Method::PUT, &url, Some(b"f=%E2%9C%93+ok&k=form"))
        .unwrap();
    assert_eq!(
        param(&header_params(&header), "oauth_signature"),
        Some("sAaA7TIpOFRGqTAdWS40QNqDoS4=")
    );
}

#[test]
fn ports_default_dropped_non_default_kept() {
    let base = |u: &str| signature_base_string("GET", &url(u), None, &[]).unwrap();
    assert_eq!(
        base("https://example.com:443/x"),
        base("https://example.com/x")
    );
    assert_eq!(
        base("http://example.com:80/x"),
        base("http://example.com/x")
    );
    assert_eq!(base("wss://example.com:443/x"), base("wss://example.com/x"));
    assert_eq!(
        base("https://example.com:8443/x"),
        "GET&https%3A%2F%2Fexample.com%3A8443%2Fx&"
    );
    assert_eq!(
        base("http://example.com:443/x"),
        "GET&http%3A%2F%2Fexample.com%3A443%2Fx&"
    );
    // An empty path is "/".
    assert_eq!(
        base("http://example.com"),
        "GET&http%3A%2F%2Fexample.com%2F&"
    );
}

#[test]
fn signature_methods_parse_and_plaintext_signs_with_the_key() {
    for (name, method) in [
        ("HMAC-SHA1", SignatureMethod::HmacSha1),
        ("hmac-sha512", SignatureMethod::HmacSha512),
        ("PLAINTEXT", SignatureMethod::Plaintext),
    ] {
        assert_eq!(name.parse::<SignatureMethod>().unwrap(), method);
    }
    assert!("RSA-SHA1".parse::<SignatureMethod>().is_err());
    assert_eq!(
        SignatureMethod::Plaintext.sign("x", "kd94hf93k423kf44", ""),
        "kd94hf93k423kf44&"
    );
    assert_eq!(
        SignatureMethod::Plaintext.sign("x", "a&b", "c d"),
        "a%26b&c%20d"
    );
}

#[test]
fn standard_plaintext_keeps_nonce_and_timestamp() {
    let auth = fixed(
        OAuth1::new("ck", "cs")
            .unwrap()
            .with_token("tk", "t s")
            .unwrap()
            .with_signature_method(SignatureMethod::Plaintext),
        "n1",
        42,
    );
    let header = auth
        .authorization(&Method::GET, &url("https://example.com/"), None)
        .unwrap();
    assert_eq!(
        header,
        "OAuth oauth_consumer_key=\"ck\", oauth_token=\"tk\", oauth_signature_method=\"PLAINTEXT\", \
         oauth_timestamp=\"42\", oauth_nonce=\"n1\", oauth_signature=\"cs%26t%2520s\""
    );
}

#[test]
fn compact_plaintext_like_clever_tools() {
    let auth = OAuth1::new("ck", "cs")
        .unwrap()
        .with_token("tk", "ts")
        .unwrap()
        .with_compact_plaintext();
    let header = auth
        .authorization(
            &Method::DELETE,
            &url("https://api.clever-cloud.com/v2/self?x=1"),
            None,
        )
        .unwrap();
    assert_eq!(
        header,
        "OAuth oauth_consumer_key=\"ck\", oauth_token=\"tk\", oauth_signature_method=\"PLAINTEXT\", \
         oauth_signature=\"cs%26ts\""
    );
    // Choosing a method afterwards turns the compact form off.
    let full = auth.with_signature_method(SignatureMethod::Plaintext);
    let header = full
        .authorization(&Method::GET, &url("https://example.com/"), None)
        .unwrap();
    assert!(header.contains("oauth_nonce="));
}

#[tokio::test]
async fn each_authenticate_call_signs_with_a_fresh_nonce() {
    let auth = OAuth1::new("ck", "cs").unwrap();
    let u = url("https://api.clever-cloud.com/v2/self");
    let a = authenticate(&auth, &Method::GET, &u, None, None)
        .await
        .unwrap();
    let b = authenticate(&auth, &Method::GET, &u, None, None)
        .await
        .unwrap();
    let nonce = |h: &str| param(&header_params(h), "oauth_nonce").unwrap().to_owned();
    assert_ne!(nonce(&a), nonce(&b));
    assert_eq!(nonce(&a).len(), 32);
    let ts: u64 = param(&header_params(&a), "oauth_timestamp")
        .unwrap()
        .parse()
        .unwrap();
    assert!(ts > 1_600_000_000, "timestamp from the system clock");
}

#[tokio::test]
async fn json_bodies_are_not_signed_form_bodies_are() {
    let auth = fixed(OAuth1::new("ck", "cs").unwrap(), "n", 1);
    let u = url("https://api.example.com/v2/apps");
    // The runtime passes `form_body: None` for a JSON body: same signature as no body.
    let json = authenticate(&auth, &Method::POST, &u, None, None)
        .await
        .unwrap();
    let direct = auth.authorization(&Method::POST, &u, None).unwrap();
    assert_eq!(json, direct);
    let form = authenticate(&auth, &Method::POST, &u, None, Some(b"a=1"))
        .await
        .unwrap();
    assert_ne!(form, json);
    assert_eq!(
        form,
        auth.authorization(&Method::POST, &u, Some(b"a=1")).unwrap()
    );
}

#[tokio::test]
async fn signing_url_overrides_the_requested_url() {
    let auth = fixed(OAuth1::new("ck", "cs").unwrap(), "n", 1);
    let requested = url("https://logs.example.com/v2/logs/app_1?since=2024-01-01T00%3A00%3A00Z");
    let signing = url("https://api.clever-cloud.com/v2/logs/app_1");
    let header = authenticate(&auth, &Method::GET, &requested, Some(&signing), None)
        .await
        .unwrap();
    assert_eq!(
        header,
        auth.authorization(&Method::GET, &signing, None).unwrap()
    );
    assert_ne!(
        header,
        auth.authorization(&Method::GET, &requested, None).unwrap()
    );
}

#[tokio::test]
async fn websocket_first_message_is_signed_get_of_the_signing_url() {
    let auth = fixed(
        OAuth1::new("ck", "cs")
            .unwrap()
            .with_token("tk", "ts")
            .unwrap(),
        "n",
        7,
    );
    let connect = url("wss://logs.example.com/logs-socket/app_1?since=x");
    let signing = url("https://api.clever-cloud.com/v2/logs/logs-socket/app_1");
    let ws = auth.websocket(&connect, Some(&signing)).await.unwrap();
    assert!(ws.headers.is_empty());
    let message: serde_json::Value =
        serde_json::from_str(ws.first_message.as_deref().unwrap()).unwrap();
    assert_eq!(message["message_type"], "oauth");
    assert_eq!(
        message["authorization"],
        auth.authorization(&Method::GET, &signing, None).unwrap()
    );
    // Without a signing URL the connect URL is signed.
    let ws = auth.websocket(&connect, None).await.unwrap();
    let message: serde_json::Value =
        serde_json::from_str(ws.first_message.as_deref().unwrap()).unwrap();
    assert_eq!(
        message["authorization"],
        auth.authorization(&Method::GET, &connect, None).unwrap()
    );
}

#[test]
fn malformed_credentials_are_typed_errors_without_secrets() {
    let err = OAuth1::new("", "cs").unwrap_err();
    assert!(matches!(err, AuthError::InvalidCredentials(_)), "{err}");
    let err = OAuth1::new("ck\n", "cs").unwrap_err();
    assert!(err.to_string().contains("control characters"), "{err}");
    let err = OAuth1::new("ck", "super-secret\r\n").unwrap_err();
    assert!(!err.to_string().contains("super-secret"), "{err}");
    let err = OAuth1::new("ck", "cs")
        .unwrap()
        .with_token("tk", "tok-secret\u{0}")
        .unwrap_err();
    assert!(!err.to_string().contains("tok-secret"), "{err}");
    assert!(
        OAuth1::new("ck", "cs")
            .unwrap()
            .with_token("", "x")
            .is_err()
    );
    assert!(OAuth1::new("ck", "cs").unwrap().with_realm("a\"b").is_err());
    let err = OAuth1::new("ck", "cs")
        .unwrap()
        .authorization(&Method::GET, &url("data:text/plain,hello"), None)
        .unwrap_err();
    assert!(matches!(err, AuthError::InvalidRequest(_)), "{err}");
}

#[test]
fn debug_never_shows_secrets() {
    let auth = OAuth1::new("ck", "consumer-SECRET")
        .unwrap()
        .with_token("tk", "token-SECRET")
        .unwrap();
    let debug = format!("{auth:?} {auth:#?}");
    assert!(!debug.contains("SECRET"), "{debug}");
    assert!(debug.contains("[redacted]"));
    assert!(debug.contains("ck"));
}

// ------------------------------------------- interoperability with oauth1-request over loopback

const CONSUMER_SECRET: &str = "kd94hf93k423kf44 &é";
const TOKEN_SECRET: &str = "pfkkdhi9sl3r4s00/+";

/// Verifies a received request with an independent implementation (`oauth1-request`, through
/// the project's test kit): it rebuilds the signature from what the server saw (Host, target,
/// form body) and the received nonce and timestamp.
fn verify(request: &Request) -> Result<(), String> {
    let request = cloudsdk_testkit::Request {
        method: request.method.clone(),
        target: request.target.clone(),
        headers: request.headers.clone(),
        body: request.body.clone(),
    };
    cloudsdk_testkit::oauth1::verify(&request, CONSUMER_SECRET, TOKEN_SECRET, None)
}

async fn verifying_server() -> support::Server {
    serve(|request: Request| async move {
        match verify(&request) {
            Ok(()) => Response::new(200, "text/plain", "verified"),
            Err(reason) => Response::new(401, "text/plain", reason),
        }
    })
    .await
}

/// Signs with our code, sends over loopback, and returns the server's verdict.
async fn send_signed(
    auth: &OAuth1,
    server: &support::Server,
    method: Method,
    path_and_query: &str,
    body: Option<(&str, &[u8])>,
) -> (u16, String) {
    let u = url(&server.url(path_and_query));
    let form = body
        .filter(|(ct, _)| *ct == "application/x-www-form-urlencoded")
        .map(|(_, b)| b);
    let mut headers = HeaderMap::new();
    auth.authenticate(RequestParts {
        method: &method,
        url: &u,
        signing_url: None,
        form_body: form,
        headers: &mut headers,
    })
    .await
    .unwrap();
    let mut request = support::client().request(method, u).headers(headers);
    if let Some((content_type, bytes)) = body {
        request = request
            .header(http::header::CONTENT_TYPE, content_type)
            .body(bytes.to_vec());
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

/// An optional `(content type, bytes)` request body.
type Body<'a> = Option<(&'a str, &'a [u8])>;

async fn interop_suite(auth: OAuth1) {
    let server = verifying_server().await;
    let cases: Vec<(Method, &str, Body)> = vec![
        (Method::GET, "/v2/self", None),
        (
            Method::GET,
            "/v2/search?q=caf%C3%A9%20cr%C3%A8me&page=2&empty=",
            None,
        ),
        (
            Method::GET,
            "/v2/items?tag=b&tag=a&tag=a&sep=%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C%2F%3F%23",
            None,
        ),
        (Method::GET, "/v2/a%20b/c%2Fd/%E2%98%83", None),
        (
            Method::POST,
            "/v2/apps?dry_run=true",
            Some((
                "application/x-www-form-urlencoded",
                b"name=my+app+%E2%98%83&desc=a%26b%3Dc&flag=",
            )),
        ),
        (
            Method::PUT,
            "/v2/apps/app_1",
            Some(("application/json", br#"{"name":"not signed","x":"a=b&c"}"#)),
        ),
        (Method::DELETE, "/v2/apps/app_1?force=1", None),
    ];
    for (method, path, body) in cases {
        let (status, text) = send_signed(&auth, &server, method.clone(), path, body).await;
        assert_eq!(
            (status, text.as_str()),
            (200, "verified"),
            "{method} {path}"
        );
    }
    assert_eq!(server.hits(), 7);
}

fn interop_credentials(method: SignatureMethod) -> OAuth1 {
    OAuth1::new("dpf43f3p2l4k3l03", CONSUMER_SECRET)
        .unwrap()
        .with_token("nnch734d00sl2jdk", TOKEN_SECRET)
        .unwrap()
        .with_signature_method(method)
}

#[tokio::test]
async fn interop_hmac_sha1_verified_by_oauth1_request() {
    interop_suite(interop_credentials(SignatureMethod::HmacSha1)).await;
}

#[tokio::test]
async fn interop_hmac_sha512_verified_by_oauth1_request_base_string() {
    interop_suite(interop_credentials(SignatureMethod::HmacSha512)).await;
}

#[tokio::test]
async fn interop_plaintext_verified_by_oauth1_request() {
    interop_suite(interop_credentials(SignatureMethod::Plaintext)).await;
}

#[tokio::test]
async fn interop_with_version_and_without_token() {
    let auth = OAuth1::new("consumer", CONSUMER_SECRET)
        .unwrap()
        .with_signature_method(SignatureMethod::HmacSha1)
        .with_version(true);
    let server = verifying_server().await;
    let (status, text) = send_signed(&auth, &server, Method::GET, "/x?a=1", None).await;
    assert_eq!((status, text.as_str()), (200, "verified"));
}

/// The verifier does reject bad signatures (so the suites above can fail).
#[tokio::test]
async fn interop_verifier_rejects_wrong_secret_and_tampering() {
    let server = verifying_server().await;
    let wrong = OAuth1::new("dpf43f3p2l4k3l03", "not the secret")
        .unwrap()
        .with_token("nnch734d00sl2jdk", TOKEN_SECRET)
        .unwrap();
    let (status, text) = send_signed(&wrong, &server, Method::GET, "/v2/self", None).await;
    assert_eq!(status, 401, "{text}");

    // Signed for one query, sent with another.
    let auth = interop_credentials(SignatureMethod::HmacSha512);
    let signed_for = url(&server.url("/v2/self?a=1"));
    let header = auth.authorization(&Method::GET, &signed_for, None).unwrap();
    let response = support::client()
        .get(server.url("/v2/self?a=2"))
        .header(http::header::AUTHORIZATION, header)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 401);
}

// ------------------------------------------------------------- three-legged flow over loopback

#[tokio::test]
async fn three_legged_flow_against_a_verifying_server() {
    let server = serve(|request: Request| async move {
        if let Err(reason) = verify(&request) {
            return Response::new(401, "text/plain", reason);
        }
        let params = header_params(request.header("authorization").unwrap());
        match request.target.as_str() {
            "/v2/oauth/request_token" => {
                assert_eq!(param(&params, "oauth_callback"), Some("https://app.example/cb?x=1"));
                assert_eq!(param(&params, "oauth_token"), None);
                Response::new(
                    200,
                    "application/x-www-form-urlencoded",
                    "oauth_token=hh5s93j4hdidpola&oauth_token_secret=pfkkdhi9sl3r4s00%2F%2B&oauth_callback_confirmed=true",
                )
            }
            "/v2/oauth/access_token" => {
                assert_eq!(param(&params, "oauth_verifier"), Some("hfdp7dh39dks9884"));
                assert_eq!(param(&params, "oauth_token"), Some("hh5s93j4hdidpola"));
                Response::new(
                    200,
                    "application/x-www-form-urlencoded",
                    "oauth_token=nnch734d00sl2jdk&oauth_token_secret=final+secret",
                )
            }
            _ => Response::new(404, "text/plain", "no"),
        }
    })
    .await;
    let consumer = OAuth1::new("dpf43f3p2l4k3l03", CONSUMER_SECRET)
        .unwrap()
        .with_signature_method(SignatureMethod::HmacSha1);
    let flow = OAuth1Flow::new(
        consumer,
        &server.url("/v2/oauth/request_token"),
        &server.url("/v2/oauth/authorize"),
        &server.url("/v2/oauth/access_token"),
    )
    .unwrap()
    .with_client_builder(support::client_builder())
    .unwrap();

    let temporary = flow
        .request_token("https://app.example/cb?x=1")
        .await
        .unwrap();
    assert_eq!(temporary.token, "hh5s93j4hdidpola");
    assert_eq!(temporary.secret.expose(), TOKEN_SECRET);
    assert!(temporary.callback_confirmed);
    assert_eq!(
        flow.authorize_url(&temporary).as_str(),
        server.url("/v2/oauth/authorize?oauth_token=hh5s93j4hdidpola")
    );
    let token = flow
        .access_token(&temporary, "hfdp7dh39dks9884")
        .await
        .unwrap();
    assert_eq!(token.token, "nnch734d00sl2jdk");
    assert_eq!(token.secret.expose(), "final secret");
    let debug = format!("{token:?} {temporary:?}");
    assert!(
        !debug.contains("final secret") && !debug.contains(TOKEN_SECRET),
        "{debug}"
    );
    assert_eq!(server.hits(), 2);
}

#[tokio::test]
async fn three_legged_flow_failures_are_typed_errors() {
    let server = serve(|request: Request| async move {
        match request.target.as_str() {
            "/denied" => Response::new(401, "text/plain", "oauth_problem=signature_invalid"),
            "/broken" => Response::new(500, "text/html", "<h1>oops</h1>"),
            "/garbage" => Response::new(200, "text/html", "<html>login</html>"),
            _ => Response::new(200, "application/x-www-form-urlencoded", "oauth_token=only"),
        }
    })
    .await;
    let flow = |request: &str| {
        OAuth1Flow::new(
            OAuth1::new("ck", "cs").unwrap(),
            &server.url(request),
            &server.url("/authorize"),
            &server.url(request),
        )
        .unwrap()
        .with_client_builder(support::client_builder())
        .unwrap()
    };
    let err = flow("/denied").request_token("oob").await.unwrap_err();
    assert!(
        matches!(err, AuthError::Rejected { status: 401, .. }),
        "{err}"
    );
    let err = flow("/broken").request_token("oob").await.unwrap_err();
    assert!(
        matches!(err, AuthError::EndpointStatus { status: 500, .. }),
        "{err}"
    );
    let err = flow("/garbage").request_token("oob").await.unwrap_err();
    assert!(matches!(err, AuthError::InvalidResponse { .. }), "{err}");
    let err = flow("/partial").request_token("oob").await.unwrap_err();
    assert!(matches!(err, AuthError::InvalidResponse { .. }), "{err}");
    let temporary = cloudsdk_auth::TemporaryCredentials {
        token: "t".into(),
        secret: cloudsdk_auth::Secret::new("s"),
        callback_confirmed: true,
    };
    let err = flow("/denied")
        .access_token(&temporary, "")
        .await
        .unwrap_err();
    assert!(matches!(err, AuthError::InvalidRequest(_)), "{err}");
    assert_eq!(server.hits(), 4);
}

/// `OAuth1` keys its HMAC once and clones the keyed state for every signature: signing
/// several times gives what a freshly keyed `SignatureMethod::sign` gives, for every method,
/// whichever order the credentials were set in.
#[test]
fn cached_keyed_state_signs_like_a_fresh_key() {
    let target = url("https://api.clever-cloud.com/v2/self?b=2&a=1&name=x+y");
    let body: &[u8] = b"f=%E2%98%83&g=";
    let long = "s".repeat(300);
    for method in [
        SignatureMethod::HmacSha1,
        SignatureMethod::HmacSha512,
        SignatureMethod::Plaintext,
    ] {
        for (consumer_secret, token_secret) in [
            ("consumer-secret", Some("token-secret")),
            ("a&b c/é", Some("")),
            ("kd94hf93k423kf44", None),
            (long.as_str(), Some(long.as_str())),
        ] {
            // Method first, then the token, and the other way round.
            let mut ways = vec![
                OAuth1::new("ck", consumer_secret)
                    .unwrap()
                    .with_signature_method(method),
            ];
            if let Some(secret) = token_secret {
                ways[0] = ways[0].clone().with_token("tk", secret).unwrap();
                ways.push(
                    OAuth1::new("ck", consumer_secret)
                        .unwrap()
                        .with_token("tk", secret)
                        .unwrap()
                        .with_signature_method(method),
                );
            }
            for auth in ways {
                let auth = fixed(auth, "nonce", 1_700_000_000);
                let mut protocol = vec![("oauth_consumer_key", "ck")];
                if token_secret.is_some() {
                    protocol.push(("oauth_token", "tk"));
                }
                protocol.extend([
                    ("oauth_signature_method", method.as_str()),
                    ("oauth_timestamp", "1700000000"),
                    ("oauth_nonce", "nonce"),
                ]);
                let base = signature_base_string("POST", &target, Some(body), &protocol).unwrap();
                let expected =
                    method.sign(&base, consumer_secret, token_secret.unwrap_or_default());
                for _ in 0..3 {
                    let header = auth
                        .authorization(&Method::POST, &target, Some(body))
                        .unwrap();
                    let params = header_params(&header);
                    assert_eq!(
                        param(&params, "oauth_signature"),
                        Some(expected.as_str()),
                        "{method} {consumer_secret:?} {token_secret:?}"
                    );
                }
            }
        }
    }
}
