//! The report of what went wrong: for an unmatched request, the closest registered expectation
//! (or the operation the request was for) and what differed.

use std::fmt;

use crate::state::State;
use crate::wire::Request;

/// Everything [`crate::MockServer::verify`] found, one problem a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The problems, in the order they happened (call counts last).
    pub problems: Vec<String>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the mock server found {} problem(s):",
            self.problems.len()
        )?;
        for problem in &self.problems {
            write!(f, "\n- {}", problem.replace('\n', "\n  "))?;
        }
        Ok(())
    }
}

impl std::error::Error for Report {}

/// The report line for a request no expectation matched.
pub(crate) fn unmatched(state: &State, request: &Request) -> String {
    let mut out = format!("unmatched request: {} {}", request.method, request.target);
    let closest = state
        .expectations
        .iter()
        .map(|e| (e, e.differences(request)))
        .min_by_key(|(_, d)| d.score());
    let fits = |method: bool| {
        state.routes.iter().find(|r| {
            r.fit(request.path()).is_some() && (!method || r.op.method.as_str() == request.method)
        })
    };
    match (closest, fits(true), fits(false)) {
        (Some((e, d)), _, _) if d.path.is_none() => {
            out.push_str(&format!("\nclosest expectation: {}", e.route.describe()));
            for line in d.lines() {
                out.push_str(&format!("\n  {line}"));
            }
        }
        (_, Some(route), _) => out.push_str(&format!(
            "\nno expectation is registered for {}",
            route.describe()
        )),
        (_, None, Some(route)) => out.push_str(&format!(
            "\nclosest operation: {}\n  method: expected {}, got {}",
            route.describe(),
            route.op.method,
            request.method
        )),
        (Some((e, d)), None, None) => {
            out.push_str(&format!("\nclosest expectation: {}", e.route.describe()));
            for line in d.lines() {
                out.push_str(&format!("\n  {line}"));
            }
        }
        (None, None, None) => out.push_str("\nno expectation is registered"),
    }
    out
}
