//! Path parameters in OpenAPI's `label` and `matrix` styles reach the server as written in the
//! spec's style table, beside a plain one.

mod support;

use std::collections::BTreeMap;

use cloudsdk_runtime::{Client, Method, Operation, PathStyle};
use serde_json::{Value, json};
use support::{Reply, guard, serve};

static GET_COLOR: Operation =
    Operation::new("getColor", Method::GET, "/colors/{id}/{shade}/{tag}", true);

#[tokio::test]
async fn label_and_matrix_values_are_sent_as_openapi_writes_them() {
    let server = serve(|_, _| async { Reply::json(200, json!({})) }).await;
    let client = Client::builder(server.url("")).build().expect("client");
    let mut request = client.request(&GET_COLOR);
    request
        .path_param_styled("id", &[3, 4], PathStyle::matrix(true))
        .path_param_styled(
            "shade",
            &BTreeMap::from([("G", 200), ("R", 100)]),
            PathStyle::label(true),
        )
        .path_param("tag", &"a b");
    guard(request.send::<Value>()).await.expect("sent");
    let target = server.requests().last().map(|r| r.target.clone());
    assert_eq!(
        target.as_deref(),
        Some("/colors/;id=3;id=4/.G=200.R=100/a%20b")
    );
}
