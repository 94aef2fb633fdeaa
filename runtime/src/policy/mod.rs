//! Policies: when a request is retried and when a stream reconnects, and the backoff both
//! wait by. Pure decisions; the waiting is done by those who ask.

mod reconnect;
mod retry;

use std::hash::{BuildHasher, Hasher};
use std::time::{Duration, SystemTime};

pub use reconnect::ReconnectPolicy;
pub use retry::RetryPolicy;

/// The wait before try `n + 1` (`n` from 1): `base` doubled per try and capped at `max`, then
/// jittered to anywhere between half that and all of it.
fn backoff(base: Duration, max: Duration, n: u32) -> Duration {
    let cap = base
        .saturating_mul(1u32 << n.saturating_sub(1).min(16))
        .min(max);
    let half = cap / 2;
    half + cap.saturating_sub(half).mul_f64(jitter())
}

fn jitter() -> f64 {
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}
