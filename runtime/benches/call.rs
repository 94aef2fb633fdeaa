//! One GET + JSON decode through the runtime (as generated code makes it: a static
//! `Operation`, a path parameter, a query parameter, `send().await?.json()`) against the same
//! call written by hand with reqwest, both over one keep-alive loopback connection.

use std::net::SocketAddr;
use std::time::Duration;

use cloudsdk_runtime::{Client, Method, Operation, QueryStyle};
use criterion::{Criterion, criterion_group, criterion_main};
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
    reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("client")
}

fn bench(c: &mut Criterion) {
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
    let raw = http_client();

    let mut group = c.benchmark_group("get_json");
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("runtime", |b| {
        b.to_async(&rt).iter(|| async {
            let mut request = runtime_client.request(&GET_INSTANCE);
            request.path_param("id", &"b177a7c0").query(
                "fields",
                &Some("all"),
                QueryStyle::Form { explode: true },
            );
            let response = request.send::<serde_json::Value>().await.expect("send");
            let instance: Instance = response.json::<_, serde_json::Value>().expect("json");
            instance
        })
    });
    group.bench_function("reqwest_by_hand", |b| {
        b.to_async(&rt).iter(|| async {
            let response = raw
                .get(format!("{base}/v2/instances/{}", "b177a7c0"))
                .query(&[("fields", "all")])
                .header("accept", "application/json")
                .timeout(Duration::from_secs(60))
                .send()
                .await
                .expect("send");
            assert!(response.status().is_success());
            let instance: Instance = response.json().await.expect("json");
            instance
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
