//! Traces: a span per request and per websocket connection, never a secret. This file holds
//! one test so the process-wide subscriber sees nothing else.

mod support;

use std::time::Duration;

use cloudsdk_runtime::auth::BearerToken;
use cloudsdk_runtime::{Client, Method, Operation, RetryPolicy, WebSocketOperation};
use futures_util::{SinkExt, StreamExt};
use serde_json::json;
use support::{Reply, guard, serve, serve_ws};
use tokio_tungstenite::tungstenite::Message;

static GET_THING: Operation = Operation::new("getThing", Method::GET, "/things/{id}", true);
static EVENTS: WebSocketOperation =
    WebSocketOperation::new("events", "wss://example.invalid/events/{id}");

#[tokio::test]
async fn secrets_never_reach_traces() {
    const SECRET: &str = "sk-live-0123456789abcdef";
    let capture = capture::Capture::default();
    tracing::subscriber::set_global_default(capture.clone()).expect("the only subscriber");
    let server = serve(|_, i| async move {
        if i == 0 {
            Reply::new(503, "text/plain", "busy").header("retry-after", "0")
        } else {
            Reply::json(200, json!({}))
        }
    })
    .await;
    let client = Client::builder(server.url(""))
        .auth(BearerToken::new(SECRET).expect("token"))
        .retry(RetryPolicy::default().base_delay(Duration::from_millis(5)))
        .build()
        .expect("client");
    let mut request = client.request(&GET_THING);
    request.path_param("id", &"a");
    guard(request.send::<serde_json::Value>())
        .await
        .expect("ok");
    assert_eq!(
        server.requests()[1].header("authorization"),
        Some(format!("Bearer {SECRET}").as_str())
    );
    assert!(!format!("{client:?}").contains(SECRET));
    let text = capture.text();
    assert!(text.contains("request"), "{text}");
    assert!(text.contains("operation=getThing"), "{text}");
    assert!(text.contains("path=/things/{id}"), "{text}");
    assert!(text.contains("status=200"), "{text}");
    assert!(text.contains("attempt=2"), "{text}");
    assert!(text.contains("latency_ms="), "{text}");

    // A websocket connection authenticated with the same secret in a header.
    let ws = serve_ws(|mut conn| async move {
        let _ = conn.socket.send(Message::text("{}")).await;
        let _ = conn.socket.next().await;
    })
    .await;
    let client = Client::builder("https://example.invalid")
        .auth(BearerToken::new(SECRET).expect("token"))
        .websocket_base_url(ws.base())
        .build()
        .expect("client");
    let mut events = client.websocket(&EVENTS);
    events.path_param("id", &"e1");
    let mut events = events.connect::<serde_json::Value>();
    guard(events.next())
        .await
        .expect("a message")
        .expect("decoded");
    let text = capture.text();
    assert!(text.contains("span websocket operation=events"), "{text}");
    assert!(
        text.contains("url=wss://example.invalid/events/{id}"),
        "{text}"
    );
    assert!(text.contains("status=101"), "{text}");
    assert!(!text.contains(SECRET), "{text}");
}

pub mod capture {
    //! A tiny subscriber that writes every span field and event into one string.
    use std::fmt::Write as _;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::{Arc, Mutex};

    use tracing::field::{Field, Visit};
    use tracing::span::{Attributes, Id, Record};
    use tracing::{Event, Metadata, Subscriber};

    #[derive(Clone, Default)]
    pub struct Capture {
        text: Arc<Mutex<String>>,
        next: Arc<AtomicU64>,
    }

    impl Capture {
        pub fn text(&self) -> String {
            self.text.lock().map(|t| t.clone()).unwrap_or_default()
        }

        fn write(&self, line: String) {
            if let Ok(mut text) = self.text.lock() {
                text.push_str(&line);
                text.push('\n');
            }
        }
    }

    struct Fields(String);

    impl Visit for Fields {
        fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
            let _ = write!(self.0, " {}={:?}", field.name(), value);
        }

        fn record_str(&mut self, field: &Field, value: &str) {
            let _ = write!(self.0, " {}={}", field.name(), value);
        }
    }

    impl Subscriber for Capture {
        fn enabled(&self, _: &Metadata<'_>) -> bool {
            true
        }

        fn new_span(&self, span: &Attributes<'_>) -> Id {
            let mut fields = Fields(format!("span {}", span.metadata().name()));
            span.record(&mut fields);
            self.write(fields.0);
            Id::from_u64(self.next.fetch_add(1, Ordering::SeqCst) + 1)
        }

        fn record(&self, _: &Id, values: &Record<'_>) {
            let mut fields = Fields("record".to_owned());
            values.record(&mut fields);
            self.write(fields.0);
        }

        fn record_follows_from(&self, _: &Id, _: &Id) {}

        fn event(&self, event: &Event<'_>) {
            let mut fields = Fields("event".to_owned());
            event.record(&mut fields);
            self.write(fields.0);
        }

        fn enter(&self, _: &Id) {}

        fn exit(&self, _: &Id) {}
    }
}
