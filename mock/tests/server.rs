//! The generic machinery over real HTTP: matching, replies, call counts, the unmatched-request
//! report (its exact text pinned), registration checks, pages, event streams and auth.

use std::time::Duration;

use cloudsdk_mock::{
    Auth, BodyKind, Events, MockError, MockServer, Route, StatusMatch, Stream, When,
};
use cloudsdk_runtime::{Method, PathStyle};
use serde::Deserialize;
use serde_json::{Value, json};

mod common;
use common::{Instance, NotFound, get, http, http_get, op, small_and_gone};

static ROUTES: [Route; 3] = [
    Route::new(const { &op("listInstances", Method::GET, "/v2/instances") })
        .query(&["region", "page", "per_page"])
        .stream(Stream::PageNumber {
            items: "items",
            page: "page",
            per_page: "per_page",
            pages: "pages",
        }),
    Route::new(
        const { &op("getInstance", Method::GET, "/v2/instances/{id}").errors(&[StatusMatch::Code(404)]) },
    ),
    Route::new(
        const { &op("createInstance", Method::POST, "/v2/instances").errors(&[StatusMatch::Class(4)]) },
    ),
];

#[derive(Debug, Deserialize, serde::Serialize)]
struct Page {
    page: u32,
    pages: u32,
    items: Vec<Instance>,
}

type List<'a> = When<'a, (), Page, NotFound, Instance>;
type Get<'a> = When<'a, (), Instance, NotFound>;
type Create<'a> = When<'a, Value, Instance, NotFound>;

#[tokio::test]
async fn a_matched_request_gets_its_typed_reply_and_counts() {
    let server = MockServer::with_routes(&ROUTES).await.expect("starts");
    let one = Instance {
        id: "i-1".into(),
        size: "small".into(),
    };
    let mocked = Get::new(&server, &ROUTES[1])
        .path("id", "i-1")
        .ok(one)
        .expect("registers");
    Get::new(&server, &ROUTES[1])
        .path("id", "gone")
        .error(
            404,
            NotFound {
                reason: "no such instance".into(),
            },
        )
        .expect("404 is documented");
    small_and_gone(&server.url()).await;
    assert_eq!(mocked.hits(), 1);
    server.verify().expect("every expectation met");
}

/// The message a user reads when their code sends something no expectation matches: the
/// closest expectation and each difference, by name.
#[tokio::test]
async fn an_unmatched_request_names_the_closest_expectation_and_what_differed() {
    let server = MockServer::with_routes(&ROUTES).await.expect("starts");
    server.verify_on_drop(false);
    List::new(&server, &ROUTES[0])
        .query("region", "LON1")
        .any_times()
        .ok(json_page())
        .expect("registers");
    Create::new(&server, &ROUTES[2])
        .body_json(json!({"hostname": "web", "size": "small"}))
        .any_times()
        .json(201, json!({"id": "i-2", "size": "small"}))
        .expect("a body the API could send");
    let client = http().build().expect("client");
    let sent = client
        .post(format!("{}/v2/instances", server.url()))
        .json(&json!({"hostname": "web", "size": "large", "count": 2}))
        .send()
        .await
        .expect("answered");
    assert_eq!(sent.status().as_u16(), 501);
    let (status, _) = get(format!("{}/v2/instances?region=FRA1", server.url())).await;
    assert_eq!(status, 501);
    let (_, body) = get(format!("{}/v2/instances/i-9", server.url())).await;
    let report = server.verify().expect_err("three unmatched requests");
    assert_eq!(
        report.to_string(),
        "the mock server found 3 problem(s):\n\
         - unmatched request: POST /v2/instances\n  \
           closest expectation: `createInstance` (POST /v2/instances)\n    \
           body field `size`: expected \"small\", got \"large\"\n    \
           body field `count`: not expected, got 2\n\
         - unmatched request: GET /v2/instances?region=FRA1\n  \
           closest expectation: `listInstances` (GET /v2/instances)\n    \
           query parameter `region`: expected \"LON1\", got \"FRA1\"\n\
         - unmatched request: GET /v2/instances/i-9\n  \
           no expectation is registered for `getInstance` (GET /v2/instances/{id})"
    );
    assert!(
        body.contains("no expectation is registered for `getInstance`"),
        "{body}"
    );
}

fn json_page() -> Page {
    Page {
        page: 1,
        pages: 1,
        items: Vec::new(),
    }
}

#[tokio::test]
async fn call_counts_are_verified() {
    let server = MockServer::with_routes(&ROUTES).await.expect("starts");
    server.verify_on_drop(false);
    let one = || Instance {
        id: "i-1".into(),
        size: "s".into(),
    };
    Get::new(&server, &ROUTES[1])
        .path("id", "i-1")
        .times(2)
        .ok(one())
        .expect("registers");
    Get::new(&server, &ROUTES[1])
        .path("id", "i-3")
        .ok(one())
        .expect("registers");
    get(format!("{}/v2/instances/i-1", server.url())).await;
    let report = server.verify().expect_err("counts not met");
    assert_eq!(
        report.problems,
        [
            "`getInstance` (GET /v2/instances/{id}) expected exactly 2 calls, got 1 (matching path `id` = \"i-1\")",
            "`getInstance` (GET /v2/instances/{id}) expected at least 1 call, got 0 (matching path `id` = \"i-3\")",
        ]
    );
}

#[tokio::test]
async fn canned_bodies_the_api_could_not_send_are_refused_with_their_path() {
    let server = MockServer::with_routes(&ROUTES).await.expect("starts");
    let error = Create::new(&server, &ROUTES[2])
        .json(201, json!({"id": "i-2", "size": 5}))
        .expect_err("size is a string");
    assert_eq!(
        error.to_string(),
        "`createInstance` could not answer 201 with this body: at `size`: invalid type: integer `5`, expected a string"
    );
    let error = Create::new(&server, &ROUTES[2])
        .json(422, json!({"why": 1}))
        .expect_err("4XX body");
    assert!(
        matches!(&error, MockError::Schema { status: 422, path, .. } if path == "."),
        "{error}"
    );
    let error = Get::new(&server, &ROUTES[1])
        .error(500, NotFound { reason: "x".into() })
        .expect_err("undocumented");
    assert_eq!(
        error.to_string(),
        "`getInstance`: status 500 is not a documented error of this operation"
    );
    let error = Get::new(&server, &ROUTES[1])
        .query("region", "x")
        .ok(Instance {
            id: "a".into(),
            size: "b".into(),
        });
    assert_eq!(
        error.expect_err("no such parameter").to_string(),
        "`getInstance`: `getInstance` (GET /v2/instances/{id}) has no query parameter `region` (it has: none)"
    );
    let error = List::new(&server, &ROUTES[0])
        .pages::<Instance>(vec![vec![]])
        .map(|_| ());
    assert!(error.is_ok(), "an empty page is a page");
    server.verify().expect_err("the pages were not asked for");
    server.verify_on_drop(false);
}

#[tokio::test]
async fn pages_are_served_in_order_and_must_be_asked_for() {
    let server = MockServer::with_routes(&ROUTES).await.expect("starts");
    let item = |id: &str| Instance {
        id: id.into(),
        size: "s".into(),
    };
    List::new(&server, &ROUTES[0])
        .pages(vec![vec![item("a"), item("b")], vec![item("c")]])
        .expect("pages decode into the page type");
    let (_, first) = get(format!("{}/v2/instances", server.url())).await;
    let first: Value = serde_json::from_str(&first).expect("json");
    assert_eq!(first["pages"], 2);
    assert_eq!(first["items"][1]["id"], "b");
    let (status, _) = get(format!("{}/v2/instances?page=2", server.url())).await;
    assert_eq!(status, 200);
    server.verify().expect("both pages asked for");
}

#[tokio::test]
async fn delays_and_dropped_connections() {
    let server = MockServer::with_routes(&ROUTES).await.expect("starts");
    Get::new(&server, &ROUTES[1])
        .path("id", "slow")
        .delay(Duration::from_millis(300))
        .ok(Instance {
            id: "slow".into(),
            size: "s".into(),
        })
        .expect("registers");
    Get::new(&server, &ROUTES[1])
        .path("id", "cut")
        .drop_connection()
        .expect("registers");
    let client = http()
        .timeout(Duration::from_millis(100))
        .build()
        .expect("client");
    let slow = client
        .get(format!("{}/v2/instances/slow", server.url()))
        .send()
        .await;
    assert!(slow.expect_err("times out").is_timeout());
    let cut = http_get(format!("{}/v2/instances/cut", server.url())).await;
    assert!(cut.is_err(), "no answer: {cut:?}");
    server.verify().expect("both called");
}

static LOGS: Route = Route::new(const { &op("streamLogs", Method::GET, "/logs/{app}") })
    .query(&["since"])
    .success(200, BodyKind::Text)
    .stream(Stream::Events {
        resume: Some(("since", "date")),
    });

#[tokio::test]
async fn event_streams_check_the_resume_parameters_on_reconnect() {
    let server = MockServer::start().await.expect("starts");
    server.verify_on_drop(false);
    let line = |d: &str| json!({"date": d, "message": "m"});
    When::<(), String, Value, Value>::new(&server, &LOGS)
        .events(vec![
            Events::new()
                .retry(5)
                .message_with_id("7", line("t1"))
                .then_drop(),
            Events::new().message(line("t2")),
        ])
        .expect("registers");
    let refused = When::<(), String, Value, Instance>::new(&server, &LOGS)
        .events(vec![Events::new().message(json!({"id": 1, "size": "s"}))])
        .expect_err("an event the stream's message type cannot hold");
    assert_eq!(
        refused.to_string(),
        "`streamLogs` could not answer 200 with this body: at `connection 1 event 1: id`: invalid type: integer `1`, expected a string"
    );
    let first = http_get(format!("{}/logs/app", server.url()))
        .await
        .expect("head");
    let cut = first.text().await;
    assert!(cut.is_err(), "the first body is cut: {cut:?}");
    let (status, body) = get(format!("{}/logs/app?since=t0", server.url())).await;
    assert_eq!(status, 400);
    assert_eq!(
        body,
        "`streamLogs` (GET /logs/{app}): header `last-event-id` (after reconnect 1): expected \"7\", got nothing; \
         query parameter `since` (after reconnect 1): expected \"t1\", got \"t0\""
    );
}

#[tokio::test]
async fn basic_and_bearer_credentials_are_checked() {
    let server = MockServer::with_routes(&ROUTES).await.expect("starts");
    server.verify_on_drop(false);
    server.require(Auth::basic("ada", "pw"));
    Get::new(&server, &ROUTES[1])
        .any_times()
        .ok(Instance {
            id: "a".into(),
            size: "b".into(),
        })
        .expect("registers");
    let client = http().build().expect("client");
    let url = format!("{}/v2/instances/a", server.url());
    let good = client
        .get(&url)
        .basic_auth("ada", Some("pw"))
        .send()
        .await
        .expect("answered");
    assert_eq!(good.status().as_u16(), 200);
    let bad = client
        .get(&url)
        .basic_auth("ada", Some("no"))
        .send()
        .await
        .expect("answered");
    assert_eq!(bad.status().as_u16(), 401);
    server.require(Auth::bearer("t0k"));
    let good = client
        .get(&url)
        .bearer_auth("t0k")
        .send()
        .await
        .expect("answered");
    assert_eq!(good.status().as_u16(), 200);
    assert_eq!(
        server.verify().expect_err("one failure").problems,
        ["`getInstance` (GET /v2/instances/{id}): Basic: wrong or missing credentials"]
    );
    assert_eq!(
        format!("{:?}", Auth::bearer("t0k")),
        "Auth::Bearer([redacted])"
    );
}

/// Operations whose path parameters the client writes in the label and matrix styles, one of
/// them right after another parameter (`{name}{ext}`), as the spec's `style` says.
static STYLED: [Route; 3] = [
    Route::new(const { &op("getFile", Method::GET, "/files/{name}{ext}") }),
    Route::new(const { &op("getColor", Method::GET, "/colors/{id}") }),
    Route::new(const { &op("getShape", Method::GET, "/shapes{id}/sides") }),
];

/// `GET` of `route`'s operation through the runtime's client, its path parameters filled in
/// their styles: the status the mock answers with.
async fn styled_get(
    server: &MockServer,
    route: &'static Route,
    params: &[(&str, Value, PathStyle)],
) -> u16 {
    let client = cloudsdk_runtime::Client::builder(server.url())
        .build()
        .expect("a client");
    let mut request = client.request(route.op);
    for (name, value, style) in params {
        request.path_param_styled(name, value, *style);
    }
    match request.send::<Value>().await {
        Ok(response) => response.status().as_u16(),
        Err(e) => e.response().map_or(0, |r| r.status.as_u16()),
    }
}

#[tokio::test]
async fn label_and_matrix_path_parameters_are_read_back_from_their_style() {
    let server = MockServer::with_routes(&STYLED).await.expect("starts");
    let file = When::<(), Value, Value>::new(&server, &STYLED[0])
        .path("name", "my.report")
        .path("ext", "pdf")
        .ok(json!({}))
        .expect("registers");
    let color = When::<(), Value, Value>::new(&server, &STYLED[1])
        .path("id", 5)
        .ok(json!({}))
        .expect("registers");
    let shape = When::<(), Value, Value>::new(&server, &STYLED[2])
        .path("id", "3,4")
        .ok(json!({}))
        .expect("registers");
    let label = PathStyle::label(false);
    let (name, ext) = (json!("my.report"), json!("pdf"));
    let simple = PathStyle::simple(false);
    let file_params = [("name", name, simple), ("ext", ext, label)];
    assert_eq!(styled_get(&server, &STYLED[0], &file_params).await, 200);
    for style in [label, PathStyle::matrix(false), simple] {
        let params = [("id", json!(5), style)];
        assert_eq!(
            styled_get(&server, &STYLED[1], &params).await,
            200,
            "{style:?}"
        );
    }
    for style in [
        PathStyle::matrix(false),
        PathStyle::matrix(true),
        PathStyle::label(false),
    ] {
        let params = [("id", json!([3, 4]), style)];
        assert_eq!(
            styled_get(&server, &STYLED[2], &params).await,
            200,
            "{style:?}"
        );
    }
    assert_eq!((file.hits(), color.hits(), shape.hits()), (1, 3, 3));
    server.verify().expect("every expectation met");
}

#[tokio::test]
async fn a_styled_value_that_differs_is_reported_as_read_back() {
    let server = MockServer::with_routes(&STYLED).await.expect("starts");
    server.verify_on_drop(false);
    When::<(), Value, Value>::new(&server, &STYLED[1])
        .path("id", 5)
        .ok(json!({}))
        .expect("registers");
    let params = [("id", json!(6), PathStyle::matrix(false))];
    assert_eq!(styled_get(&server, &STYLED[1], &params).await, 501);
    let problems = server.verify().expect_err("unmatched").problems.join("\n");
    assert!(
        problems.contains("path parameter `id`: expected \"5\", got \"6\""),
        "{problems}"
    );
}

/// The same operations as generated crates declare them: each label or matrix parameter with
/// its style, so it is read in exactly that style.
static DECLARED: [Route; 3] = [
    Route::new(const { &op("getFile", Method::GET, "/files/{name}{ext}") })
        .path_styles(&[("ext", PathStyle::label(false))]),
    Route::new(const { &op("getColor", Method::GET, "/colors/{id}") })
        .path_styles(&[("id", PathStyle::matrix(false))]),
    Route::new(const { &op("getShape", Method::GET, "/shapes/{id}/sides") })
        .path_styles(&[("id", PathStyle::label(true))]),
];

#[tokio::test]
async fn declared_styles_are_read_exactly_and_other_styles_do_not_fit() {
    let server = MockServer::with_routes(&DECLARED).await.expect("starts");
    server.verify_on_drop(false);
    let file = When::<(), Value, Value>::new(&server, &DECLARED[0])
        .path("name", ".my;report")
        .path("ext", "pdf")
        .ok(json!({}))
        .expect("registers");
    let color = When::<(), Value, Value>::new(&server, &DECLARED[1])
        .path("id", ".5")
        .ok(json!({}))
        .expect("registers");
    let shape = When::<(), Value, Value>::new(&server, &DECLARED[2])
        .path("id", "3,4")
        .ok(json!({}))
        .expect("registers");
    let (simple, label) = (PathStyle::simple(false), PathStyle::label(false));
    let matrix = PathStyle::matrix(false);
    let file_params = [
        ("name", json!(".my;report"), simple),
        ("ext", json!("pdf"), label),
    ];
    assert_eq!(styled_get(&server, &DECLARED[0], &file_params).await, 200);
    let color_params = [("id", json!(".5"), matrix)];
    assert_eq!(styled_get(&server, &DECLARED[1], &color_params).await, 200);
    let shape_params = [("id", json!([3, 4]), PathStyle::label(true))];
    assert_eq!(styled_get(&server, &DECLARED[2], &shape_params).await, 200);
    assert_eq!((file.hits(), color.hits(), shape.hits()), (1, 1, 1));
    server.verify().expect("every expectation met");
    // Sent in another style than declared: no route fits.
    for style in [simple, label] {
        let params = [("id", json!(".5"), style)];
        assert_eq!(
            styled_get(&server, &DECLARED[1], &params).await,
            501,
            "{style:?}"
        );
    }
    let problems = server.verify().expect_err("unmatched").problems.join("\n");
    assert!(problems.contains("/colors/.5"), "{problems}");
}

static MATRIX_PAGES: Route =
    Route::new(const { &op("listTags", Method::GET, "/repos/{repo}/tags") })
        .path_styles(&[("repo", PathStyle::matrix(false))])
        .stream(Stream::MetaNext { items: "objects" });

#[tokio::test]
async fn next_page_links_write_the_path_in_its_declared_style() {
    let server = MockServer::with_routes(std::slice::from_ref(&MATRIX_PAGES))
        .await
        .expect("starts");
    let pages = When::<(), Value, Value, Value>::new(&server, &MATRIX_PAGES)
        .path("repo", "a b")
        .pages(vec![vec![json!(1)], vec![json!(2)]])
        .expect("registers");
    let (status, body) = get(format!("{}/repos/;repo=a%20b/tags", server.url())).await;
    assert_eq!(status, 200, "{body}");
    let first: Value = serde_json::from_str(&body).expect("JSON");
    let next = first["meta"]["next"].as_str().expect("a next link");
    assert_eq!(next, "/repos/;repo=a%20b/tags?offset=1");
    let (status, body) = get(format!("{}{next}", server.url())).await;
    assert_eq!(
        (status, body.contains("\"objects\":[2]")),
        (200, true),
        "{body}"
    );
    assert_eq!(pages.hits(), 2);
    server.verify().expect("every page asked for");
}
