//! Signing and cached-token lookup costs. Run with `cargo bench -p cloudsdk-auth --bench sign`.

use std::hint::black_box;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::num::NonZeroU64;
use std::time::Duration;

use cloudsdk_auth::oauth1::{OAuth1, SignatureMethod};
use cloudsdk_auth::{Authenticator, HeaderMap, Method, RequestParts, TokenExchange, Url};
use criterion::{Criterion, criterion_group, criterion_main};

const URL: &str =
    "https://api.clever-cloud.com/v2/organisations/orga_123/applications?limit=50&order=desc";

fn ours(method: SignatureMethod) -> OAuth1 {
    OAuth1::new("consumer-key", "consumer-secret")
        .and_then(|a| a.with_token("token", "token-secret"))
        .map(|a| {
            a.with_signature_method(method)
                .with_nonce_source(|| "Dk-OGluFEQ4f".to_owned())
                .with_timestamp_source(|| 1_234_567_890)
        })
        .expect("valid credentials")
}

fn signing(c: &mut Criterion) {
    let url = Url::parse(URL).expect("url");
    let sha512 = ours(SignatureMethod::HmacSha512);
    let sha1 = ours(SignatureMethod::HmacSha1);
    c.bench_function("oauth1 HMAC-SHA512 sign (ours)", |b| {
        b.iter(|| sha512.authorization(black_box(&Method::GET), black_box(&url), None))
    });
    c.bench_function("oauth1 HMAC-SHA1 sign (ours)", |b| {
        b.iter(|| sha1.authorization(black_box(&Method::GET), black_box(&url), None))
    });

    let token = oauth1_request::Token::from_parts(
        "consumer-key",
        "consumer-secret",
        "token",
        "token-secret",
    );
    let uri = "https://api.clever-cloud.com/v2/organisations/orga_123/applications";
    c.bench_function("oauth1 HMAC-SHA1 sign (oauth1-request)", |b| {
        b.iter(|| {
            let query = oauth1_request::ParameterList::new([("limit", "50"), ("order", "desc")]);
            let mut builder =
                oauth1_request::Builder::with_token(token.as_ref(), oauth1_request::HMAC_SHA1);
            builder
                .nonce("Dk-OGluFEQ4f")
                .timestamp(NonZeroU64::new(1_234_567_890));
            builder.get(black_box(uri), black_box(&query))
        })
    });
}

/// Answers one token request on loopback, then stops.
fn one_shot_token_server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let addr = listener.local_addr().expect("addr");
    std::thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
            let mut buf = Vec::new();
            let mut chunk = [0u8; 1024];
            while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                match stream.read(&mut chunk) {
                    Ok(0) | Err(_) => return,
                    Ok(n) => buf.extend_from_slice(&chunk[..n]),
                }
            }
            let body = r#"{"access_token":"bench-token","expires_in":86400}"#;
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    format!("http://{addr}/v2/auth/exchange")
}

fn cached_token(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let client = reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("client");
    let auth = TokenExchange::civo("bench-key")
        .and_then(|a| a.with_token_url(&one_shot_token_server()))
        .expect("exchange")
        .with_client(client);
    runtime
        .block_on(auth.access_token())
        .expect("token from the loopback server");

    c.bench_function("token cached lookup", |b| {
        b.iter(|| black_box(&auth).cached_authorization())
    });
    let url = Url::parse("https://api.civo.com/v2/instances").expect("url");
    c.bench_function("token authenticate (cached, incl. block_on)", |b| {
        b.iter(|| {
            let mut headers = HeaderMap::new();
            runtime.block_on(auth.authenticate(RequestParts {
                method: &Method::GET,
                url: &url,
                signing_url: None,
                form_body: None,
                headers: &mut headers,
            }))
        })
    });
}

criterion_group!(benches, signing, cached_token);
criterion_main!(benches);
