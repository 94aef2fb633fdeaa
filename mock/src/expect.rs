//! One registered expectation and how a request differs from it: the differences are what an
//! unmatched request's report lists, so matching and reporting share this code.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

use crate::reply::{Check, Reply};
use crate::route::Route;
use crate::wire::Request;

/// How many calls an expectation wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Times {
    /// At least this many.
    AtLeast(usize),
    /// Exactly this many.
    Exactly(usize),
    /// At most this many.
    AtMost(usize),
}

impl Times {
    fn allows_more(self, hits: usize) -> bool {
        match self {
            Times::AtLeast(_) => true,
            Times::Exactly(n) | Times::AtMost(n) => hits < n,
        }
    }

    fn satisfied(self, hits: usize) -> bool {
        match self {
            Times::AtLeast(n) => hits >= n,
            Times::Exactly(n) => hits == n,
            Times::AtMost(n) => hits <= n,
        }
    }

    fn describe(self) -> String {
        let calls = |n: usize| if n == 1 { "call" } else { "calls" };
        match self {
            Times::AtLeast(n) => format!("at least {n} {}", calls(n)),
            Times::Exactly(n) => format!("exactly {n} {}", calls(n)),
            Times::AtMost(n) => format!("at most {n} {}", calls(n)),
        }
    }
}

/// A registered expectation: the operation, what the request must carry, and the replies.
#[derive(Debug)]
pub(crate) struct Expectation {
    pub route: &'static Route,
    /// Path parameters: (name, value as sent after decoding).
    pub path: Vec<(String, String)>,
    /// Query parameters: (name, every value, in order).
    pub query: Vec<(String, Vec<String>)>,
    /// The request body as JSON (a form body is compared field by field as text).
    pub body: Option<Value>,
    /// The i-th call gets the i-th reply, checking what that call must carry; the last one
    /// repeats.
    pub replies: Vec<(Reply, Vec<Check>)>,
    pub times: Times,
    pub hits: Arc<AtomicUsize>,
}

impl Expectation {
    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }

    pub fn allows_more(&self) -> bool {
        self.times.allows_more(self.hits())
    }

    /// Counts a call and returns its reply and what the call must carry for it.
    pub fn take(&self) -> (Reply, Vec<Check>) {
        let n = self.hits.fetch_add(1, Ordering::SeqCst);
        let at = n.min(self.replies.len().saturating_sub(1));
        self.replies
            .get(at)
            .cloned()
            .unwrap_or((Reply::NotFound, Vec::new()))
    }

    /// The call-count problem, if any.
    pub fn count_problem(&self) -> Option<String> {
        let hits = self.hits();
        (!self.times.satisfied(hits)).then(|| {
            format!(
                "{} expected {}, got {hits}{}",
                self.route.describe(),
                self.times.describe(),
                self.constraints()
            )
        })
    }

    /// ` where id = "i-1"`, naming what the expectation matches on.
    fn constraints(&self) -> String {
        let mut parts: Vec<String> = self
            .path
            .iter()
            .map(|(k, v)| format!("path `{k}` = {v:?}"))
            .collect();
        parts.extend(
            self.query
                .iter()
                .map(|(k, v)| format!("query `{k}` = {}", list(v))),
        );
        if self.body.is_some() {
            parts.push("a body".to_owned());
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!(" (matching {})", parts.join(", "))
        }
    }

    /// How `request` differs from this expectation; empty when it matches. The first entry is
    /// the method or path when those differ (then nothing else is compared).
    pub fn differences(&self, request: &Request) -> Differences {
        let mut out = Differences::default();
        if request.method != self.route.op.method.as_str() {
            out.method = Some(format!(
                "method: expected {}, got {}",
                self.route.op.method, request.method
            ));
        }
        let Some(captured) = self.route.fit(request.path()) else {
            out.path = Some(format!(
                "path: {} does not fit the template {}",
                request.path(),
                self.route.op.path
            ));
            return out;
        };
        for (name, want) in &self.path {
            let got = captured.iter().find(|c| c.name == name.as_str());
            // A left-out optional segment reads as empty.
            let matches = got.map_or(want.is_empty(), |c| c.is(want));
            if !matches {
                let got = got.map(|c| c.value.as_str()).unwrap_or("");
                out.fields.push(format!(
                    "path parameter `{name}`: expected {want:?}, got {got:?}"
                ));
            }
        }
        let pairs = request.query_pairs();
        for (name, want) in &self.query {
            let got: Vec<String> = pairs
                .iter()
                .filter(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .collect();
            if &got != want {
                out.fields.push(format!(
                    "query parameter `{name}`: expected {}, got {}",
                    list(want),
                    list(&got)
                ));
            }
        }
        if let Some(want) = &self.body {
            out.fields.extend(crate::body::differences(want, request));
        }
        out
    }
}

/// `"a"`, `"a", "b"` or `nothing`.
fn list(values: &[String]) -> String {
    if values.is_empty() {
        return "nothing".to_owned();
    }
    values
        .iter()
        .map(|v| format!("{v:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What differs between a request and an expectation.
#[derive(Debug, Default)]
pub(crate) struct Differences {
    pub method: Option<String>,
    pub path: Option<String>,
    pub fields: Vec<String>,
}

impl Differences {
    pub fn is_empty(&self) -> bool {
        self.method.is_none() && self.path.is_none() && self.fields.is_empty()
    }

    /// Lower is closer: a path that does not fit weighs most, then the method, then each field.
    pub fn score(&self) -> usize {
        usize::from(self.path.is_some()) * 1000
            + usize::from(self.method.is_some()) * 100
            + self.fields.len()
    }

    pub fn lines(&self) -> Vec<String> {
        self.method
            .iter()
            .chain(&self.path)
            .chain(&self.fields)
            .cloned()
            .collect()
    }
}
