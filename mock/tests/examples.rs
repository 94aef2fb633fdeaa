//! The spec's examples as ready-made responses: served as written, checked against the
//! operation's types when registered like any canned JSON.

use cloudsdk_mock::{MockServer, Route, StatusMatch, When};
use cloudsdk_runtime::Method;

mod common;
use common::{Instance, NotFound, op, small_and_gone};

static GET: Route = Route::new(
    const {
        &op("getInstance", Method::GET, "/v2/instances/{id}")
            .errors(&[StatusMatch::Code(404)])
    },
)
.examples(&[
    (200, r#"{"id":"i-1","size":"small"}"#),
    (404, r#"{"reason":"no such instance"}"#),
]);

/// An example the spec got wrong: `size` is a number.
static WRONG: Route = Route::new(const { &op("getInstance", Method::GET, "/v2/instances/{id}") })
    .examples(&[(200, r#"{"id":"i-1","size":2}"#)]);

type Get<'a> = When<'a, (), Instance, NotFound>;

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
    small_and_gone(&server.url()).await;
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
