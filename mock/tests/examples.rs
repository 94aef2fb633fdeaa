//! The spec's examples as ready-made responses: served as written, checked against the
//! operation's types when registered like any canned JSON.

use cloudsdk_mock::{MockServer, Route, StatusMatch, When};
use cloudsdk_runtime::{Method, Operation};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Instance {
    id: String,
    size: String,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct NotFound {
    reason: String,
}

static GET: Route = Route::new(
    const {
        &Operation::new("getInstance", Method::GET, "/v2/instances/{id}", true)
            .errors(&[StatusMatch::Code(404)])
    },
)
.examples(&[
    (200, r#"{"id":"i-1","size":"small"}"#),
    (404, r#"{"reason":"no such instance"}"#),
]);

/// An example the spec got wrong: `size` is a number.
static WRONG: Route =
    Route::new(const { &Operation::new("getInstance", Method::GET, "/v2/instances/{id}", true) })
        .examples(&[(200, r#"{"id":"i-1","size":2}"#)]);

type Get<'a> = When<'a, (), Instance, NotFound>;

async fn get(url: String) -> (u16, String) {
    let response = http_get(url).await.expect("the mock answers");
    let status = response.status().as_u16();
    (status, response.text().await.expect("a body"))
}

#[tokio::test]
async fn examples_are_served_for_their_status() {
    let server = MockServer::start().await.expect("starts");
    Get::new(&server, &GET)
        .path("id", "i-1")
        .ok_example()
        .expect("the success example fits Instance");
    Get::new(&server, &GET)
        .path("id", "gone")
        .example(404)
        .expect("the error example fits NotFound");
    let (status, body) = get(format!("{}/v2/instances/i-1", server.url())).await;
    assert_eq!(
        (status, body.as_str()),
        (200, r#"{"id":"i-1","size":"small"}"#)
    );
    let (status, body) = get(format!("{}/v2/instances/gone", server.url())).await;
    assert_eq!(
        (status, body.as_str()),
        (404, r#"{"reason":"no such instance"}"#)
    );
    server.verify().expect("both served once");
}

#[tokio::test]
async fn missing_or_wrong_examples_are_refused_at_registration() {
    let server = MockServer::start().await.expect("starts");
    let missing = Get::new(&server, &GET)
        .example(500)
        .expect_err("no example for 500");
    assert_eq!(
        missing.to_string(),
        "`getInstance`: the spec gives no example for 500 (examples: 200, 404)"
    );
    let wrong = Get::new(&server, &WRONG)
        .ok_example()
        .expect_err("the example does not fit Instance");
    assert_eq!(
        wrong.to_string(),
        "`getInstance` could not answer 200 with this body: at `size`: invalid type: integer `2`, expected a string"
    );
    server
        .verify()
        .expect("nothing registered, nothing expected");
}

/// `reqwest::get`, through a client that works under every TLS feature of the workspace (with
/// the rustls features reqwest has no crypto provider of its own: cloudsdk-auth's gives one).
async fn http_get(url: impl reqwest::IntoUrl) -> reqwest::Result<reqwest::Response> {
    let http = cloudsdk_runtime::auth::tls::client_builder().expect("the TLS configuration");
    http.build()?.get(url).send().await
}
