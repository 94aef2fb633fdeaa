//! Scaffolding the providers' end-to-end suites share: a call is a generated builder sent and its
//! decoded value kept as `Debug` text, run against the loopback server and checked there.
#![allow(dead_code)] // each suite uses a different part

use std::fmt::Display;
use std::future::Future;
use std::pin::Pin;

use cloudsdk_runtime::Error;
use cloudsdk_testkit::Server;
use serde_json::Value;

/// A sent builder: the decoded value's `Debug` text (type name and fields), or the error.
pub type Call<'a, E = Value> = Pin<Box<dyn Future<Output = Result<String, Error<E>>> + 'a>>;

/// Turns a builder expression into a [`Call`].
macro_rules! call {
    ($builder:expr) => {
        Box::pin(async { $builder.send().await.map(|v| format!("{v:?}")) }) as common::Call<'_, _>
    };
}
pub(crate) use call;

/// Runs each call in turn and checks that it succeeded, that the last request the server saw was
/// `route` (`"GET /v2/regions"`), and that the decoded value's text holds each `|`-separated part
/// of `expected`.
pub async fn run<E: std::fmt::Debug, R: AsRef<str> + Display>(
    server: &Server,
    calls: Vec<(Call<'_, E>, R, &str)>,
) {
    for (call, route, expected) in calls {
        let decoded = call.await.unwrap_or_else(|e| panic!("{route}: {e:?}"));
        let sent = server.requests().pop().expect("a request was sent");
        assert_eq!(format!("{} {}", sent.method, sent.path()), route.as_ref());
        for part in expected.split('|') {
            assert!(decoded.contains(part), "{route}: {part} not in {decoded}");
        }
    }
}
