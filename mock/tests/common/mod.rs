//! What the mock's test files share: operations declared as a generated builder declares them,
//! the instance types their expectations are written in, and plain GETs against the mock.
// Each test file is its own crate and uses part of this module.
#![allow(dead_code)]

use cloudsdk_runtime::{Method, Operation};
use serde::{Deserialize, Serialize};

/// An operation as a generated builder declares it.
pub const fn op(id: &'static str, method: Method, path: &'static str) -> Operation {
    Operation::new(id, method, path, true)
}

#[derive(Debug, Deserialize, Serialize, PartialEq)]
pub struct Instance {
    pub id: String,
    pub size: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct NotFound {
    pub reason: String,
}

/// `GET url` against the mock: the status and the body as text.
pub async fn get(url: String) -> (u16, String) {
    let response = http_get(url).await.expect("the mock answers");
    let status = response.status().as_u16();
    (status, response.text().await.expect("a body"))
}

/// A reqwest builder that works under every TLS feature of the workspace (with the rustls
/// features reqwest has no crypto provider of its own: cloudsdk-auth's configuration gives one).
pub fn http() -> reqwest::ClientBuilder {
    cloudsdk_runtime::auth::tls::client_builder().expect("the TLS configuration")
}

/// `reqwest::get`, through [`http`]'s client.
pub async fn http_get(url: impl reqwest::IntoUrl) -> reqwest::Result<reqwest::Response> {
    http().build()?.get(url).send().await
}

/// Asserts what both files register: instance `i-1` answered as the small instance, and `gone`
/// as a 404 saying there is no such instance.
pub async fn small_and_gone(base: &str) {
    let (status, body) = get(format!("{base}/v2/instances/i-1")).await;
    assert_eq!(
        (status, body.as_str()),
        (200, r#"{"id":"i-1","size":"small"}"#)
    );
    let (status, body) = get(format!("{base}/v2/instances/gone")).await;
    assert_eq!(
        (status, body.as_str()),
        (404, r#"{"reason":"no such instance"}"#)
    );
}
