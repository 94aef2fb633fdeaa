//! Where a token exchange reads the time, and instants far ahead computed without overflow.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Where a [`TokenExchange`](crate::TokenExchange) reads the time. Replace it in tests to move
/// time by hand.
pub trait Clock: Send + Sync + 'static {
    /// A monotonic instant (expiry and back-off are measured with it).
    fn now(&self) -> Instant;
    /// Seconds since the Unix epoch (compared with a JWT's `exp` claim and `Retry-After`
    /// dates).
    fn unix_time(&self) -> u64;
}

/// The system clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }

    fn unix_time(&self) -> u64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0)
    }
}

/// `now + wait`, or the latest instant this platform can represent on the way there: a token
/// that claims to live until the year 10^300 must not overflow `Instant` (which panics).
pub(crate) fn after(now: Instant, wait: Duration) -> Instant {
    let mut wait = wait;
    loop {
        if let Some(at) = now.checked_add(wait) {
            return at;
        }
        // Terminates: `now + 0` is `now`.
        wait /= 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn after_never_overflows() {
        let now = Instant::now();
        assert_eq!(
            after(now, Duration::from_secs(5)),
            now + Duration::from_secs(5)
        );
        assert!(after(now, Duration::MAX) > now + Duration::from_secs(1 << 40));
        assert!(after(now, Duration::from_secs(u64::MAX)) > now);
        assert_eq!(after(now, Duration::ZERO), now);
    }
}
