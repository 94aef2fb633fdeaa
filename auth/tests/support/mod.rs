//! Loopback servers come from the project's test kit (shared with the runtime's tests).
#![allow(dead_code)]

use std::future::Future;
use std::time::Duration;

pub use cloudsdk_testkit::serve::{Reply as Response, Request, Server};

/// A server answering every request with `handler`.
pub async fn serve<F, Fut>(handler: F) -> Server
where
    F: Fn(Request) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Response> + Send + 'static,
{
    cloudsdk_testkit::serve::serve(move |request, _index| handler(request)).await
}

/// A reqwest client builder that never goes through a proxy (tests talk to loopback only).
pub fn client_builder() -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(20))
}

/// A reqwest client that never goes through a proxy.
pub fn client() -> reqwest::Client {
    client_builder().build().expect("client")
}
