//! Signing and cached-token lookup costs. Run with `cargo bench -p cloudsdk-auth --bench sign`.
//!
//! * `oauth1 … sign (ours)` / `(oauth1-request)`: a whole `Authorization` header for the same
//!   GET request (fixed nonce and timestamp), ours against the `oauth1-request` crate.
//! * `raw HMAC-… of the base string`: the hash alone on the same base string, from a keyed
//!   state built once and cloned, which is the floor the signing time cannot go under.
//! * `token cached lookup`: one warm-cache lookup, uncontended and contended. The contended
//!   runs report CPU time per lookup: wall time × busy cores / lookups, the cores all hammering
//!   the same cache at once.

use std::hint::black_box;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::num::NonZeroU64;
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use cloudsdk_auth::oauth1::{OAuth1, SignatureMethod, signature_base_string};
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

/// The hash alone: HMAC of the exact base string the signing benches sign, from a keyed state
/// built once (what signing cannot go under), next to the keyed-state setup it saves.
fn raw_hash(c: &mut Criterion) {
    use hmac::{Hmac, KeyInit, Mac};

    let url = Url::parse(URL).expect("url");
    let base = |method: SignatureMethod| {
        let params = [
            ("oauth_consumer_key", "consumer-key"),
            ("oauth_token", "token"),
            ("oauth_signature_method", method.as_str()),
            ("oauth_timestamp", "1234567890"),
            ("oauth_nonce", "Dk-OGluFEQ4f"),
        ];
        signature_base_string("GET", &url, None, &params).expect("base string")
    };
    let key = b"consumer-secret&token-secret";

    let base512 = base(SignatureMethod::HmacSha512);
    let keyed512 = <Hmac<sha2::Sha512> as KeyInit>::new_from_slice(key).expect("any key length");
    c.bench_function(
        &format!(
            "raw HMAC-SHA512 of the base string ({} bytes)",
            base512.len()
        ),
        |b| {
            b.iter(|| {
                let mut mac = keyed512.clone();
                mac.update(black_box(base512.as_bytes()));
                mac.finalize().into_bytes()
            })
        },
    );
    let base1 = base(SignatureMethod::HmacSha1);
    let keyed1 = <Hmac<sha1::Sha1> as KeyInit>::new_from_slice(key).expect("any key length");
    c.bench_function(
        &format!("raw HMAC-SHA1 of the base string ({} bytes)", base1.len()),
        |b| {
            b.iter(|| {
                let mut mac = keyed1.clone();
                mac.update(black_box(base1.as_bytes()));
                mac.finalize().into_bytes()
            })
        },
    );
    c.bench_function("raw HMAC-SHA512 keyed-state setup", |b| {
        b.iter(|| <Hmac<sha2::Sha512> as KeyInit>::new_from_slice(black_box(key)))
    });
    c.bench_function("raw HMAC-SHA1 keyed-state setup", |b| {
        b.iter(|| <Hmac<sha1::Sha1> as KeyInit>::new_from_slice(black_box(key)))
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
    let auth = TokenExchange::civo("bench-key")
        .and_then(|a| a.with_token_url(&one_shot_token_server()))
        .and_then(|a| a.with_client_builder(reqwest::Client::builder().no_proxy()))
        .expect("exchange");
    runtime
        .block_on(auth.access_token())
        .expect("token from the loopback server");

    c.bench_function("token cached lookup", |b| {
        b.iter(|| black_box(&auth).cached_authorization())
    });

    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    const THREADS: usize = 8;
    c.bench_function(
        &format!("token cached lookup, {THREADS} threads on {cores} cores (CPU time per lookup)"),
        |b| {
            b.iter_custom(|iters| {
                let start = Arc::new(Barrier::new(THREADS + 1));
                let threads: Vec<_> = (0..THREADS)
                    .map(|_| {
                        let (auth, start) = (auth.clone(), Arc::clone(&start));
                        std::thread::spawn(move || {
                            start.wait();
                            for _ in 0..iters {
                                black_box(black_box(&auth).cached_authorization());
                            }
                        })
                    })
                    .collect();
                start.wait();
                let begun = Instant::now();
                for thread in threads {
                    thread.join().expect("bench thread");
                }
                busy_time_per_op(begun.elapsed(), THREADS.min(cores), THREADS)
            })
        },
    );

    const TASKS: usize = 256;
    let multi = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(cores)
        .build()
        .expect("multi-thread runtime");
    c.bench_function(
        &format!(
            "token access_token, {TASKS} tokio tasks on {cores} workers (CPU time per lookup)"
        ),
        |b| {
            b.iter_custom(|iters| {
                multi.block_on(async {
                    let begun = Instant::now();
                    let tasks: Vec<_> = (0..TASKS)
                        .map(|_| {
                            let auth = auth.clone();
                            tokio::spawn(async move {
                                for _ in 0..iters {
                                    black_box(auth.access_token().await.expect("cached token"));
                                }
                            })
                        })
                        .collect();
                    for task in tasks {
                        task.await.expect("bench task");
                    }
                    busy_time_per_op(begun.elapsed(), cores, TASKS)
                })
            })
        },
    );
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

/// Turns the wall time of `workers` × `iters` operations run on `busy` cores into criterion's
/// time for `iters` operations: the CPU time one operation takes while every core hammers.
fn busy_time_per_op(wall: Duration, busy: usize, workers: usize) -> Duration {
    wall * u32::try_from(busy).expect("core count") / u32::try_from(workers).expect("worker count")
}

criterion_group!(benches, signing, raw_hash, cached_token);
criterion_main!(benches);
