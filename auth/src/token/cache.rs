//! The token cache of a token exchange: one refresh at a time (single flight), a back-off after
//! failures (at least as long as the endpoint's `Retry-After`), and dropping the token an API
//! refused, only if it is still the cached one.

use std::future::Future;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use super::answer::AccessToken;
use super::clock::{self, Clock};
use crate::{AuthError, HeaderValue};

/// A failed token request, and how long the endpoint asked to be left alone.
pub(super) struct Failed {
    pub(super) error: AuthError,
    pub(super) retry_after: Option<Duration>,
}

impl From<AuthError> for Failed {
    fn from(error: AuthError) -> Self {
        Failed {
            error,
            retry_after: None,
        }
    }
}

/// The wait after a failure: `first`, doubled for each consecutive failure, up to `max`; never
/// shorter than the endpoint's `Retry-After`.
#[derive(Clone, Copy)]
pub(super) struct Backoff {
    pub(super) first: Duration,
    pub(super) max: Duration,
}

impl Backoff {
    fn wait(self, earlier_failures: u32, retry_after: Option<Duration>) -> Duration {
        let exponential = self
            .first
            .saturating_mul(1u32 << earlier_failures.min(16))
            .min(self.max);
        retry_after.map_or(exponential, |asked| exponential.max(asked))
    }
}

struct Failure {
    until: Instant,
    message: String,
}

#[derive(Default)]
struct Failures {
    last: Option<Failure>,
    consecutive: u32,
}

#[derive(Default)]
pub(super) struct Cache {
    token: RwLock<Option<Arc<AccessToken>>>,
    /// Held by the one caller refreshing; dropping that caller's future releases it, and the
    /// next waiter refreshes in its place.
    refresh: tokio::sync::Mutex<Failures>,
}

impl Cache {
    /// The cached token when it is not due for refresh at `now`.
    pub(super) fn fresh(&self, now: Instant) -> Option<Arc<AccessToken>> {
        self.read(|token| (now < token.refresh_at).then(|| Arc::clone(token)))
    }

    /// The `Authorization` value of a fresh token: only the header value is cloned, under the
    /// read lock (the fast path of every request).
    pub(super) fn fresh_authorization(&self, now: Instant) -> Option<HeaderValue> {
        self.read(|token| (now < token.refresh_at).then(|| token.authorization.clone()))
    }

    fn unexpired(&self, now: Instant) -> Option<Arc<AccessToken>> {
        self.read(|token| (now < token.expires_at).then(|| Arc::clone(token)))
    }

    fn read<T>(&self, f: impl FnOnce(&Arc<AccessToken>) -> Option<T>) -> Option<T> {
        // A poisoned lock only means a writer panicked between two plain stores; the value is
        // still a valid `Option<Arc<_>>`.
        let guard = self.token.read().unwrap_or_else(|e| e.into_inner());
        guard.as_ref().and_then(f)
    }

    fn store(&self, token: Option<Arc<AccessToken>>) {
        *self.token.write().unwrap_or_else(|e| e.into_inner()) = token;
    }

    /// Drops the cached token, whichever it is.
    pub(super) fn clear(&self) {
        self.store(None);
    }

    /// Drops the cached token if it is the one whose `Authorization` value was `sent` (or when
    /// nothing says which was sent); a token that already replaced it stays. Check and drop
    /// happen under one lock, so a token stored meanwhile is never lost.
    pub(super) fn clear_if_sent(&self, sent: Option<&HeaderValue>) -> bool {
        let mut guard = self.token.write().unwrap_or_else(|e| e.into_inner());
        let replaced =
            matches!((&*guard, sent), (Some(token), Some(sent)) if token.authorization != sent);
        if !replaced {
            *guard = None;
        }
        !replaced
    }

    /// A fresh token: the cached one, or one `fetch` makes, one caller at a time. While the
    /// endpoint is backing off after a failure, a token that has not expired is still used;
    /// without one the answer is [`AuthError::Backoff`].
    pub(super) async fn get<F, Fut>(
        &self,
        clock: &dyn Clock,
        backoff: Backoff,
        endpoint: &str,
        fetch: F,
    ) -> Result<Arc<AccessToken>, AuthError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<AccessToken, Failed>>,
    {
        if let Some(token) = self.fresh(clock.now()) {
            return Ok(token);
        }
        let mut failures = self.refresh.lock().await;
        // Another caller may have refreshed while this one waited.
        if let Some(token) = self.fresh(clock.now()) {
            return Ok(token);
        }
        if let Some(failure) = &failures.last {
            let now = clock.now();
            if now < failure.until {
                return self.unexpired(now).ok_or_else(|| AuthError::Backoff {
                    endpoint: endpoint.to_owned(),
                    retry_in: failure.until - now,
                    last_error: failure.message.clone(),
                });
            }
        }
        tracing::debug!(endpoint, "requesting a new access token");
        match fetch().await {
            Ok(token) => {
                let token = Arc::new(token);
                self.store(Some(Arc::clone(&token)));
                *failures = Failures::default();
                Ok(token)
            }
            Err(Failed { error, retry_after }) => {
                let wait = backoff.wait(failures.consecutive, retry_after);
                failures.consecutive = failures.consecutive.saturating_add(1);
                tracing::warn!(endpoint, error = %error, backoff = ?wait, "token request failed");
                let now = clock.now();
                failures.last = Some(Failure {
                    until: clock::after(now, wait),
                    message: error.to_string(),
                });
                self.unexpired(now).ok_or(error)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_max_and_honours_retry_after() {
        let backoff = Backoff {
            first: Duration::from_secs(5),
            max: Duration::from_secs(60),
        };
        let secs =
            |n, asked: Option<u64>| backoff.wait(n, asked.map(Duration::from_secs)).as_secs();
        assert_eq!([secs(0, None), secs(1, None), secs(2, None)], [5, 10, 20]);
        assert_eq!(secs(10, None), 60);
        assert_eq!(secs(u32::MAX, None), 60);
        assert_eq!(secs(0, Some(120)), 120, "Retry-After past the maximum wins");
        assert_eq!(secs(2, Some(1)), 20, "never sooner than the back-off");
        let unbounded = Backoff {
            first: Duration::MAX,
            max: Duration::MAX,
        };
        assert_eq!(unbounded.wait(3, None), Duration::MAX);
    }
}
