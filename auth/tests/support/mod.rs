//! Loopback servers come from the project's test kit (shared with the runtime's tests).
#![allow(dead_code)]

use std::future::Future;
use std::time::Duration;

pub use cloudsdk_testkit::serve::{Reply as Response, Request, Server};

use cloudsdk_auth::{AuthError, Authenticator, HeaderMap, Method, RequestParts, Url};

/// The headers `auth` adds to a `GET` of `url`.
pub async fn authenticate(auth: &dyn Authenticator, url: &str) -> Result<HeaderMap, AuthError> {
    let url = Url::parse(url).expect("test URL");
    let mut headers = HeaderMap::new();
    auth.authenticate(RequestParts {
        method: &Method::GET,
        url: &url,
        signing_url: None,
        form_body: None,
        headers: &mut headers,
    })
    .await?;
    Ok(headers)
}

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
    cloudsdk_auth::tls::client_builder()
        .expect("the TLS configuration")
        .no_proxy()
        .timeout(Duration::from_secs(20))
}

/// A reqwest client that never goes through a proxy.
pub fn client() -> reqwest::Client {
    client_builder().build().expect("client")
}
