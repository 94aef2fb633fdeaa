//! How requests are retried.

use std::time::{Duration, SystemTime};

use http::{HeaderMap, StatusCode};

/// When and how often a request is tried again.
///
/// Connection failures and the statuses 429 and 503 are retried with exponential backoff and
/// full jitter, honouring `Retry-After` (seconds or an HTTP date). By default only idempotent
/// operations are retried.
///
/// ```
/// use std::time::Duration;
/// use cloudsdk_runtime::RetryPolicy;
///
/// let policy = RetryPolicy::default().max_attempts(5).base_delay(Duration::from_millis(50));
/// assert_eq!(policy.attempts(), 5);
/// assert_eq!(RetryPolicy::none().attempts(), 1);
/// ```
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    max_attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
    budget: Duration,
    non_idempotent: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 3,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(10),
            budget: Duration::from_secs(30),
            non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// No retries: every request is sent once.
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// How many times a request is sent at most (1 means no retry).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The first backoff delay; each further one doubles, up to [`RetryPolicy::max_delay`].
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The longest single wait, also the cap on a server's `Retry-After`.
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// The total time spent waiting between attempts, after which no retry is made.
    pub fn budget(mut self, budget: Duration) -> Self {
        self.budget = budget;
        self
    }

    /// Also retry operations that are not idempotent (POST, PATCH).
    pub fn retry_non_idempotent(mut self, yes: bool) -> Self {
        self.non_idempotent = yes;
        self
    }

    /// The configured number of attempts.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }

    pub(crate) fn allows(&self, idempotent: bool) -> bool {
        idempotent || self.non_idempotent
    }

    pub(crate) fn retryable_status(status: StatusCode) -> bool {
        status == StatusCode::TOO_MANY_REQUESTS || status == StatusCode::SERVICE_UNAVAILABLE
    }

    /// The wait before attempt `attempt + 1` (attempt counts from 1), given what has been
    /// waited already; `None` when no further attempt should be made.
    pub(crate) fn delay(
        &self,
        attempt: u32,
        waited: Duration,
        headers: Option<&HeaderMap>,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        let delay = match headers.and_then(retry_after) {
            Some(server) => server.min(self.max_delay),
            None => super::backoff(self.base_delay, self.max_delay, attempt),
        };
        if waited + delay > self.budget {
            None
        } else {
            Some(delay)
        }
    }
}

/// Parses `Retry-After` as delta-seconds or an HTTP date.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers
        .get(http::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = cloudsdk_auth::http_date::parse(value)?;
    Some(
        when.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

#[cfg(test)]
mod tests {
    use crate::policy::retry::*;

    #[test]
    fn retry_after_seconds_and_dates() {
        let mut headers = HeaderMap::new();
        headers.insert(http::header::RETRY_AFTER, "7".parse().unwrap());
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(7)));
        let later = SystemTime::now() + Duration::from_secs(120);
        headers.insert(
            http::header::RETRY_AFTER,
            httpdate::fmt_http_date(later).parse().unwrap(),
        );
        let parsed = retry_after(&headers).unwrap();
        assert!(
            parsed > Duration::from_secs(100) && parsed <= Duration::from_secs(120),
            "{parsed:?}"
        );
        headers.insert(http::header::RETRY_AFTER, "soon".parse().unwrap());
        assert_eq!(retry_after(&headers), None);
    }

    #[test]
    fn backoff_grows_and_stops() {
        let policy = RetryPolicy::default()
            .base_delay(Duration::from_millis(100))
            .max_attempts(4);
        let first = policy.delay(1, Duration::ZERO, None).unwrap();
        assert!(first >= Duration::from_millis(50) && first <= Duration::from_millis(100));
        let third = policy.delay(3, Duration::ZERO, None).unwrap();
        assert!(third >= Duration::from_millis(200) && third <= Duration::from_millis(400));
        assert_eq!(policy.delay(4, Duration::ZERO, None), None);
        assert_eq!(
            policy.delay(1, Duration::from_secs(30), None),
            None,
            "budget spent"
        );
        let mut headers = HeaderMap::new();
        headers.insert(http::header::RETRY_AFTER, "3600".parse().unwrap());
        assert_eq!(
            policy.delay(1, Duration::ZERO, Some(&headers)),
            Some(Duration::from_secs(10))
        );
    }
}
