//! A base URL that carries its own query (`https://h/api?version=2`, as some services publish
//! theirs): the operation's path goes before it, and the request's query after it.

mod support;

use cloudsdk_runtime::{Client, Method, Operation, QueryStyle};
use serde_json::{Value, json};
use support::{Reply, guard, serve};

static GET_PET: Operation = Operation::new("getPet", Method::GET, "/pets/{id}", true);

#[tokio::test]
async fn the_path_goes_before_the_base_query_and_the_request_query_after_it() {
    let server = serve(|_, _| async { Reply::json(200, json!({"ok": true})) }).await;
    for (base, want) in [
        (
            server.url("/api?version=2"),
            "/api/pets/7?version=2&limit=3",
        ),
        (
            server.url("/api/?version=2#top"),
            "/api/pets/7?version=2&limit=3",
        ),
        (server.url("/api"), "/api/pets/7?limit=3"),
    ] {
        let client = Client::builder(&base).build().expect("client");
        let mut request = client.request(&GET_PET);
        request
            .path_param("id", &7)
            .query("limit", &3, QueryStyle::form(true));
        let response = guard(request.send::<Value>()).await.expect("sent");
        assert_eq!(
            response.json::<Value, Value>().expect("json"),
            json!({"ok": true})
        );
        let target = server.requests().last().map(|r| r.target.clone());
        assert_eq!(target.as_deref(), Some(want), "base {base}");
    }
}
