//! The server: a listener on 127.0.0.1 (an ephemeral port) that records every request, answers
//! the first expectation it matches, reports the ones it does not, and stops when dropped.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

use crate::auth::{Auth, TokenEndpoint};
use crate::expect::Expectation;
use crate::reply::{self, Reply};
use crate::report::{self, Report};
use crate::route::{Route, Stream};
use crate::state::State;
use crate::wire::{self, Answer, Request};

/// The longest a connection stays open, whatever a script does.
const CONNECTION_LIMIT: Duration = Duration::from_secs(30);

/// A mock API server on 127.0.0.1. Register expectations (a generated crate's `mock` module
/// does it in the API's own types), point the client under test at [`MockServer::url`], then
/// call [`MockServer::verify`]; dropping the server stops it, and panics (failing the test)
/// when a problem was never verified.
pub struct MockServer {
    addr: SocketAddr,
    state: Arc<Mutex<State>>,
    task: JoinHandle<()>,
    verify_on_drop: AtomicBool,
}

impl std::fmt::Debug for MockServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockServer")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl MockServer {
    /// Starts a server that knows no operation (reports name registered expectations only).
    /// Must be called inside a tokio runtime.
    pub async fn start() -> std::io::Result<Self> {
        Self::with_routes(&[]).await
    }

    /// Starts a server knowing the API's operations, so a report can name the operation a
    /// request was for even when no expectation for it is registered.
    pub async fn with_routes(routes: &'static [Route]) -> std::io::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(Mutex::new(State {
            routes,
            ..State::default()
        }));
        let shared = Arc::clone(&state);
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let state = Arc::clone(&shared);
                tokio::spawn(tokio::time::timeout(CONNECTION_LIMIT, serve(stream, state)));
            }
        });
        Ok(Self {
            addr,
            state,
            task,
            verify_on_drop: AtomicBool::new(true),
        })
    }

    /// `http://127.0.0.1:<port>`: the base URL to give the client under test.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// `ws://127.0.0.1:<port>`: the websocket base URL to give the client under test (the
    /// same server answers upgrades for websocket operations).
    pub fn ws_url(&self) -> String {
        format!("ws://{}", self.addr)
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<Request> {
        self.lock().requests.clone()
    }

    /// Requires every authenticated operation's requests to carry these credentials; a request
    /// that does not gets 401 and is reported by [`MockServer::verify`].
    pub fn require(&self, auth: Auth) {
        self.lock().auth = Some(auth);
    }

    /// Serves a token endpoint: requests to it with the right credentials get a token, which
    /// the server then accepts as a bearer token (see [`TokenEndpoint`]).
    pub fn serve_token_endpoint(&self, endpoint: TokenEndpoint) {
        self.lock().token = Some(endpoint);
    }

    /// How many token requests the token endpoint answered with a token.
    pub fn token_requests(&self) -> usize {
        self.lock().token_requests
    }

    /// Whether dropping the server checks it (on by default).
    pub fn verify_on_drop(&self, on: bool) {
        self.verify_on_drop.store(on, Ordering::SeqCst);
    }

    /// Every problem so far: requests no expectation matched (with the closest one and what
    /// differed), failed auth or resume checks, and expectations whose call count is not met.
    pub fn verify(&self) -> Result<(), Report> {
        let state = self.lock();
        let mut problems = state.problems.clone();
        problems.extend(
            state
                .expectations
                .iter()
                .filter_map(Expectation::count_problem),
        );
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Report { problems })
        }
    }

    pub(crate) fn register(&self, expectation: Expectation) {
        self.lock().expectations.push(expectation);
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.task.abort();
        if self.verify_on_drop.load(Ordering::SeqCst) && !std::thread::panicking() {
            if let Err(report) = self.verify() {
                // The way a test double fails the test that forgot to call `verify()`.
                panic!("{report}");
            }
        }
    }
}

async fn serve(mut stream: TcpStream, state: Arc<Mutex<State>>) {
    let mut buf = Vec::new();
    while let Some(request) = wire::read_request(&mut stream, &mut buf).await {
        let reply = {
            let mut state = state.lock().unwrap_or_else(PoisonError::into_inner);
            decide(&mut state, &request)
        };
        if let Reply::Socket(script) = &reply {
            crate::socket::play(&mut stream, &request, script, &state).await;
            return;
        }
        if !reply::write(&mut stream, &reply).await {
            return;
        }
    }
}

/// Records the request and picks the reply.
fn decide(state: &mut State, request: &Request) -> Reply {
    state.requests.push(request.clone());
    if let Some(reply) = crate::check::token_reply(state, request) {
        return reply;
    }
    let matched = state
        .expectations
        .iter()
        .enumerate()
        .filter(|(_, e)| e.differences(request).is_empty())
        .map(|(i, e)| (i, e.allows_more()))
        .collect::<Vec<_>>();
    let chosen = matched.iter().find(|(_, more)| *more).or(matched.first());
    let Some(&(index, _)) = chosen else {
        let text = report::unmatched(state, request);
        state.problems.push(text.clone());
        return Reply::Answer(Answer::text(501, &text));
    };
    let route = state.expectations[index].route;
    // A websocket that authenticates with its first frame is checked once upgraded.
    let first_frame = matches!(
        route.stream,
        Stream::WebSocket {
            first_message: true,
            ..
        }
    );
    let why = if first_frame {
        None
    } else {
        crate::check::problem(state, route, request)
    };
    if let Some(why) = why {
        let text = format!("{}: {why}", route.describe());
        state.problems.push(text.clone());
        return Reply::Answer(Answer::json(401, serde_json::json!({ "message": text })));
    }
    let (mut reply, checks) = state.expectations[index].take();
    if let (Reply::Socket(script), true) = (&mut reply, first_frame) {
        script.first_message = Some((route, request.clone()));
    }
    let failed: Vec<String> = checks.iter().filter_map(|c| c.problem(request)).collect();
    if !failed.is_empty() {
        let text = format!("{}: {}", route.describe(), failed.join("; "));
        state.problems.push(text.clone());
        return Reply::Answer(Answer::text(400, &text));
    }
    reply
}
