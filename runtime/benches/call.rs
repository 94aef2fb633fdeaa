//! One GET + JSON decode through the runtime (as generated code makes it: a static
//! `Operation`, a path parameter, a query parameter, `send().await?.json()`) against the same
//! call written by hand with reqwest, both over one keep-alive loopback connection.
//!
//! Criterion times each side on its own. On a shared machine the two figures drift apart by more
//! than the few per cent being measured, so the run ends with a paired comparison as well: rounds
//! of the same number of calls on each side, back to back and in alternating order, and the median
//! of the per-round ratios (runtime ÷ by hand), which load that comes and goes cancels out of.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use cloudsdk_runtime::{Client, Method, Operation, QueryStyle};
use criterion::{Criterion, criterion_group};
use serde::Deserialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Instance {
    id: String,
    hostname: String,
    size: String,
    region: String,
    status: String,
    tags: Vec<String>,
    cpu_cores: u32,
    ram_mb: u32,
}

const BODY: &str = r#"{"id":"b177a7c0-4a6f-4fb4-9b8e-8c5c1b3e2f10","hostname":"web-1.example.com","size":"g3.small","region":"LON1","status":"ACTIVE","tags":["web","prod","eu"],"cpu_cores":2,"ram_mb":4096}"#;

static GET_INSTANCE: Operation =
    Operation::new("getInstance", Method::GET, "/v2/instances/{id}", true);

/// A keep-alive HTTP/1.1 server answering every request with `BODY`.
async fn server() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            tokio::spawn(async move {
                let response = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{BODY}",
                    BODY.len()
                );
                let mut buf = vec![0u8; 8192];
                let mut filled = 0;
                loop {
                    // Requests are GETs without a body: one ends at the blank line.
                    let Ok(n) = stream.read(&mut buf[filled..]).await else {
                        return;
                    };
                    if n == 0 {
                        return;
                    }
                    filled += n;
                    while let Some(end) = buf[..filled].windows(4).position(|w| w == b"\r\n\r\n") {
                        buf.copy_within(end + 4..filled, 0);
                        filled -= end + 4;
                        if stream.write_all(response.as_bytes()).await.is_err() {
                            return;
                        }
                    }
                    if filled == buf.len() {
                        return;
                    }
                }
            });
        }
    });
    addr
}

fn http_client() -> reqwest::Client {
    cloudsdk_runtime::auth::tls::client_builder()
        .expect("the TLS configuration")
        .no_proxy()
        .build()
        .expect("client")
}

async fn via_runtime(client: &Client) -> Instance {
    let mut request = client.request(&GET_INSTANCE);
    request
        .path_param("id", &"b177a7c0")
        .query("fields", &Some("all"), QueryStyle::form(true));
    let response = request.send::<serde_json::Value>().await.expect("send");
    response.json::<_, serde_json::Value>().expect("json")
}

async fn by_hand(raw: &reqwest::Client, base: &str) -> Instance {
    let response = raw
        .get(format!("{base}/v2/instances/{}", "b177a7c0"))
        .query(&[("fields", "all")])
        .header("accept", "application/json")
        .timeout(Duration::from_secs(60))
        .send()
        .await
        .expect("send");
    assert!(response.status().is_success());
    response.json().await.expect("json")
}

struct Setup {
    rt: tokio::runtime::Runtime,
    runtime_client: Client,
    raw: reqwest::Client,
    base: String,
}

fn setup() -> Setup {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let addr = rt.block_on(server());
    let base = format!("http://{addr}");
    let runtime_client = Client::builder(base.clone())
        .http_client(http_client())
        .build()
        .expect("client");
    Setup {
        rt,
        runtime_client,
        raw: http_client(),
        base,
    }
}

fn bench(c: &mut Criterion) {
    let Setup {
        rt,
        runtime_client,
        raw,
        base,
    } = setup();
    let mut group = c.benchmark_group("get_json");
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("runtime", |b| {
        b.to_async(&rt).iter(|| via_runtime(&runtime_client))
    });
    group.bench_function("reqwest_by_hand", |b| {
        b.to_async(&rt).iter(|| by_hand(&raw, &base))
    });
    group.finish();
}

/// Paired rounds: `CALLS` requests through each side per round, the side that goes first
/// alternating, and the distribution of the per-round time ratios printed.
fn paired() {
    const ROUNDS: usize = 61;
    const CALLS: u32 = 400;
    let Setup {
        rt,
        runtime_client,
        raw,
        base,
    } = setup();
    let time = |runtime_side: bool| {
        rt.block_on(async {
            let started = Instant::now();
            for _ in 0..CALLS {
                if runtime_side {
                    std::hint::black_box(via_runtime(&runtime_client).await);
                } else {
                    std::hint::black_box(by_hand(&raw, &base).await);
                }
            }
            started.elapsed()
        })
    };
    // Warm both connections and allocators.
    time(true);
    time(false);
    let mut ratios = Vec::with_capacity(ROUNDS);
    let (mut total_runtime, mut total_raw) = (Duration::ZERO, Duration::ZERO);
    for round in 0..ROUNDS {
        let (runtime, by_hand) = if round % 2 == 0 {
            let r = time(true);
            (r, time(false))
        } else {
            let h = time(false);
            (time(true), h)
        };
        total_runtime += runtime;
        total_raw += by_hand;
        ratios.push(runtime.as_secs_f64() / by_hand.as_secs_f64());
    }
    ratios.sort_by(f64::total_cmp);
    let at = |q: f64| ratios[((ratios.len() - 1) as f64 * q).round() as usize];
    let per_call = |d: Duration| d / (ROUNDS as u32 * CALLS);
    // One line for `cargo xtask bench` to read, then the same for people.
    println!(
        "paired get_json median={} q1={} q3={} ours_ns={} base_ns={}",
        at(0.5),
        at(0.25),
        at(0.75),
        per_call(total_runtime).as_nanos(),
        per_call(total_raw).as_nanos(),
    );
    println!(
        "get_json/paired: runtime {:?}/call, by hand {:?}/call; \
         runtime ÷ by hand over {ROUNDS} rounds of {CALLS} calls: \
         median {:.3} (quartiles {:.3}–{:.3})",
        per_call(total_runtime),
        per_call(total_raw),
        at(0.5),
        at(0.25),
        at(0.75),
    );
}

criterion_group!(benches, bench);

fn main() {
    benches();
    criterion::Criterion::default()
        .configure_from_args()
        .final_summary();
    // Only a real benchmark run (`cargo bench` passes `--bench`), not `cargo test --benches`.
    if std::env::args().any(|a| a == "--bench") {
        paired();
    }
}
