//! Scripted websocket connections over a real upgrade: messages in order, a drop, the resume
//! parameter checked on reconnect, credentials in the first frame, and requests that are not
//! upgrades.

use std::time::Duration;

use cloudsdk_mock::{Auth, Messages, MockServer, Route, Stream, When};
use cloudsdk_runtime::Method;
use futures_util::{SinkExt, StreamExt};
use serde::Deserialize;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

mod common;
use common::{http_get, op};

static LOGS: Route = Route::new(const { &op("streamLogs", Method::GET, "/logs/{app}") })
    .query(&["since"])
    .stream(Stream::WebSocket {
        resume: Some(("since", "date")),
        first_message: false,
    });

static PLAIN: Route = Route::new(const { &op("getLog", Method::GET, "/log") });

static EVENTS: Route =
    Route::new(const { &op("streamEvents", Method::GET, "/events") }).stream(Stream::WebSocket {
        resume: None,
        first_message: true,
    });

/// A socket that says when it is ready and rejects credentials with a frame, as Clever Cloud's
/// event socket does.
static CONTROLLED: Route = Route::new(const { &op("streamEvents", Method::GET, "/controlled") })
    .stream(Stream::WebSocket {
        resume: None,
        first_message: true,
    })
    .ready(&[("type", "socket_ready")])
    .auth_error(&[("type", "error"), ("id", "2001")]);

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Line {
    date: String,
    message: String,
}

type Logs<'a> = When<'a, (), (), (), Line>;

fn line(date: &str) -> Value {
    json!({"date": date, "message": format!("at {date}")})
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn connect(url: String) -> Socket {
    let (socket, response) = tokio_tungstenite::connect_async(url)
        .await
        .expect("the mock upgrades");
    assert_eq!(response.status().as_u16(), 101);
    socket
}

/// The text frames until the connection ends or goes quiet for 200 ms, and how it ended
/// (`None`: still open).
async fn read(socket: &mut Socket) -> (Vec<String>, Option<String>) {
    let mut texts = Vec::new();
    loop {
        match tokio::time::timeout(Duration::from_millis(200), socket.next()).await {
            Err(_) => return (texts, None),
            Ok(Some(Ok(Message::Text(text)))) => texts.push(text.as_str().to_owned()),
            Ok(Some(Ok(Message::Close(frame)))) => {
                return (texts, Some(format!("closed {frame:?}")));
            }
            Ok(Some(Ok(_))) => {}
            Ok(Some(Err(e))) => return (texts, Some(format!("broken: {e}"))),
            Ok(None) => return (texts, Some("ended".into())),
        }
    }
}

#[tokio::test]
async fn messages_are_played_then_dropped_and_a_reconnect_must_resume() {
    let server = MockServer::start().await.expect("starts");
    server.verify_on_drop(false);
    let mocked = Logs::new(&server, &LOGS)
        .path("app", "a1")
        .messages(vec![
            Messages::new()
                .message(line("t1"))
                .message(line("t2"))
                .then_drop(),
            Messages::new().message(line("t3")),
        ])
        .expect("registers");
    let mut first = connect(format!("{}/logs/a1", server.ws_url())).await;
    let (texts, end) = read(&mut first).await;
    assert_eq!(texts, [line("t1").to_string(), line("t2").to_string()]);
    let end = end.expect("the first connection is cut");
    assert!(
        end.starts_with("broken") || end == "ended",
        "cut without a close frame: {end}"
    );
    let mut second = connect(format!("{}/logs/a1?since=t2", server.ws_url())).await;
    second
        .send(Message::text(r#"["ping"]"#))
        .await
        .expect("sent");
    let (texts, end) = read(&mut second).await;
    assert_eq!(texts, [line("t3").to_string()]);
    assert_eq!(end, None, "the last connection stays open");
    assert_eq!(mocked.hits(), 2);
    server.verify().expect("both connections as scripted");
}

#[tokio::test]
async fn a_reconnect_without_the_resume_parameter_is_refused_and_reported() {
    let server = MockServer::start().await.expect("starts");
    server.verify_on_drop(false);
    Logs::new(&server, &LOGS)
        .messages(vec![
            Messages::new().message(line("t1")).then_drop(),
            Messages::new().message(line("t2")),
        ])
        .expect("registers");
    let mut first = connect(format!("{}/logs/a1", server.ws_url())).await;
    read(&mut first).await;
    let refused = tokio_tungstenite::connect_async(format!("{}/logs/a1", server.ws_url()))
        .await
        .expect_err("no upgrade without `since`");
    assert!(refused.to_string().contains("400"), "{refused}");
    assert_eq!(
        server.verify().expect_err("reported").problems,
        [
            "`streamLogs` (GET /logs/{app}): query parameter `since` (after reconnect 1): expected \"t1\", got nothing"
        ]
    );
}

#[tokio::test]
async fn messages_the_stream_could_not_send_are_refused_at_registration() {
    let server = MockServer::start().await.expect("starts");
    server.verify_on_drop(false);
    let refused = Logs::new(&server, &LOGS)
        .messages(vec![
            Messages::new()
                .message(line("t1"))
                .message(json!({"date": 5})),
        ])
        .expect_err("a date that is not a string");
    assert_eq!(
        refused.to_string(),
        "`streamLogs` could not answer 200 with this body: at `connection 1 message 2: date`: invalid type: integer `5`, expected a string"
    );
    let not_a_socket = When::<(), (), (), Line>::new(&server, &PLAIN)
        .messages(vec![Messages::<Value>::new()])
        .expect_err("not a websocket");
    assert!(
        not_a_socket.to_string().contains("not a websocket"),
        "{not_a_socket}"
    );
}

#[tokio::test]
async fn credentials_in_the_first_frame_are_checked() {
    let server = MockServer::start().await.expect("starts");
    server.verify_on_drop(false);
    server.require(Auth::bearer("t0k"));
    When::<(), (), (), Value>::new(&server, &EVENTS)
        .times(2)
        .messages(vec![Messages::new().message(json!({"type": "hello"}))])
        .expect("registers");
    let mut good = connect(format!("{}/events", server.ws_url())).await;
    let auth = json!({"message_type": "oauth", "authorization": "Bearer t0k"});
    good.send(Message::text(auth.to_string()))
        .await
        .expect("sent");
    assert_eq!(
        read(&mut good).await,
        (vec![r#"{"type":"hello"}"#.to_owned()], None)
    );
    let mut bad = connect(format!("{}/events", server.ws_url())).await;
    let auth = json!({"authorization": "Bearer nope"});
    bad.send(Message::text(auth.to_string()))
        .await
        .expect("sent");
    let (texts, end) = read(&mut bad).await;
    assert!(texts.is_empty());
    let end = end.expect("closed");
    assert!(end.contains(&format!("{:?}", CloseCode::Policy)), "{end}");
    assert_eq!(
        server.verify().expect_err("reported").problems,
        ["`streamEvents` (GET /events): first frame: bearer: wrong or missing token"]
    );
}

#[tokio::test]
async fn a_plain_request_to_a_websocket_operation_is_reported() {
    let server = MockServer::start().await.expect("starts");
    server.verify_on_drop(false);
    Logs::new(&server, &LOGS)
        .messages(vec![Messages::new().message(line("t1"))])
        .expect("registers");
    let response = http_get(format!("{}/logs/a1", server.url()))
        .await
        .expect("answered");
    assert_eq!(response.status().as_u16(), 400);
    assert_eq!(
        server.verify().expect_err("reported").problems,
        ["GET /logs/a1: a websocket operation, but the request is not a websocket upgrade"]
    );
}

#[tokio::test]
async fn declared_control_frames_are_sent_and_a_refusal_leaves_the_connection_open() {
    let server = MockServer::start().await.expect("starts");
    server.verify_on_drop(false);
    server.require(Auth::bearer("t0k"));
    When::<(), (), (), Value>::new(&server, &CONTROLLED)
        .times(2)
        .messages(vec![Messages::new().message(json!({"type": "hello"}))])
        .expect("registers");
    let url = format!("{}/controlled", server.ws_url());
    let mut good = connect(url.clone()).await;
    let auth = json!({"authorization": "Bearer t0k"}).to_string();
    good.send(Message::text(auth)).await.expect("sent");
    let ready = r#"{"type":"socket_ready"}"#.to_owned();
    let hello = r#"{"type":"hello"}"#.to_owned();
    assert_eq!(read(&mut good).await, (vec![ready, hello], None));
    let mut bad = connect(url).await;
    let auth = json!({"authorization": "Bearer nope"}).to_string();
    bad.send(Message::text(auth)).await.expect("sent");
    let refused = r#"{"type":"error","id":2001,"message":"credentials refused"}"#.to_owned();
    assert_eq!(
        read(&mut bad).await,
        (vec![refused], None),
        "open, not closed"
    );
    assert_eq!(
        server.verify().expect_err("reported").problems,
        ["`streamEvents` (GET /controlled): first frame: bearer: wrong or missing token"]
    );
}
