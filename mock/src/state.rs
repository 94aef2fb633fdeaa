//! What a mock server knows and has seen, shared by its connections.

use crate::auth::{Auth, TokenEndpoint};
use crate::expect::Expectation;
use crate::route::Route;
use crate::wire::Request;

/// What the server knows and has seen.
#[derive(Debug, Default)]
pub(crate) struct State {
    pub routes: &'static [Route],
    pub expectations: Vec<Expectation>,
    pub requests: Vec<Request>,
    /// Unmatched requests and failed checks, as report lines.
    pub problems: Vec<String>,
    pub auth: Option<Auth>,
    pub token: Option<TokenEndpoint>,
    pub token_requests: usize,
}
