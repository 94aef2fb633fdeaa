//! Docker Cloud's generated mock: pages linked by `meta.next` walked by the real client, with
//! HTTP Basic checked by the mock, a list whose path parameters are not set refused, and
//! optional path segments left out.

use docker_cloud::StreamExt;
use docker_cloud::mock::{Auth, MockServer};
use serde_json::json;

fn service(i: u32) -> serde_json::Value {
    json!({"uuid": format!("0c5a9d3e-7b21-4f6a-9e8d-00000000000{i}"), "resource_uri": format!("/api/app/v1/x/service/{i}/")})
}

#[tokio::test]
async fn meta_next_pages_are_followed_with_basic_auth() {
    let mock = MockServer::new().await.expect("mock starts");
    mock.require(Auth::basic("alice", "key"));
    mock.services()
        .list()
        .path("namespace", "acme team")
        .pages(vec![vec![service(0), service(1)], vec![service(2)]])
        .expect("pages Docker Cloud could send");
    let client = mock
        .builder()
        .auth(docker_cloud::auth::BasicAuth::new("alice", "key").expect("credentials"))
        .build()
        .expect("client");
    let uuids: Vec<String> = client
        .services()
        .list()
        .namespace("acme team")
        .stream()
        .map(|s| s.expect("a service").uuid.to_string())
        .collect()
        .await;
    assert_eq!(uuids.len(), 3, "{uuids:?}");
    assert!(uuids[2].ends_with("0002"));
    mock.verify().expect("both pages, signed in");
    let refused = mock
        .services()
        .list()
        .pages(vec![vec![service(0)], vec![service(1)]]);
    assert_eq!(
        refused.expect_err("no namespace").to_string(),
        "`listServices`: pages link to each other by path: set the path parameters `namespace` with `.path(…)`"
    );
}

/// `x-optional-segment`: a call that leaves `namespace` unset drops its `/{namespace}` segment,
/// and the mock still knows the operation; one that sets it matches on it.
#[tokio::test]
async fn an_unset_optional_segment_still_matches_its_operation() {
    let mock = MockServer::new().await.expect("mock starts");
    let uuid = "0c5a9d3e-7b21-4f6a-9e8d-000000000001";
    let cluster =
        json!({"uuid": uuid, "resource_uri": format!("/api/infra/v1/nodecluster/{uuid}/")});
    mock.node_clusters()
        .get()
        .path("uuid", uuid)
        .times(1)
        .json(200, cluster.clone())
        .expect("a cluster Docker Cloud could send");
    mock.node_clusters()
        .get()
        .path("namespace", "acme")
        .path("uuid", uuid)
        .json(200, cluster)
        .expect("the same, in a namespace");
    let client = mock.builder().build().expect("client");
    let id = uuid.parse().expect("a UUID");
    let mine = client.node_clusters().get(id).send().await;
    assert_eq!(mine.expect("matched without the segment").uuid, id);
    let theirs = client
        .node_clusters()
        .get(id)
        .namespace("acme")
        .send()
        .await;
    assert_eq!(theirs.expect("matched with it").uuid, id);
    mock.verify().expect("each expectation met once");
}
