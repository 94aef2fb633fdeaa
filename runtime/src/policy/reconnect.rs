//! How streams reconnect.

use std::time::Duration;

/// When a stream reconnects (websockets and server-sent events alike): after the connection
/// drops (a websocket also when the server closes it), with exponential backoff and jitter, at
/// most `max_reconnects` times in a row without a message arriving in between.
///
/// ```
/// use std::time::Duration;
/// use cloudsdk_runtime::ReconnectPolicy;
///
/// let policy = ReconnectPolicy::default().max_reconnects(3).base_delay(Duration::from_millis(100));
/// assert_eq!(policy.reconnects(), 3);
/// assert_eq!(ReconnectPolicy::none().reconnects(), 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReconnectPolicy {
    max_reconnects: u32,
    base_delay: Duration,
    max_delay: Duration,
}

impl Default for ReconnectPolicy {
    fn default() -> Self {
        Self {
            max_reconnects: 5,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
        }
    }
}

impl ReconnectPolicy {
    /// Never reconnect: a websocket stream ends when the server closes it (a connection lost
    /// otherwise ends it with the error), an event stream when its connection drops.
    ///
    /// ```
    /// # use cloudsdk_runtime::ReconnectPolicy;
    /// assert_eq!(ReconnectPolicy::none().reconnects(), 0);
    /// ```
    pub fn none() -> Self {
        Self {
            max_reconnects: 0,
            ..Self::default()
        }
    }

    /// How many reconnects are made in a row, without a message in between, before giving up.
    ///
    /// ```
    /// # use cloudsdk_runtime::ReconnectPolicy;
    /// assert_eq!(ReconnectPolicy::default().max_reconnects(9).reconnects(), 9);
    /// ```
    pub fn max_reconnects(mut self, reconnects: u32) -> Self {
        self.max_reconnects = reconnects;
        self
    }

    /// The wait before the first reconnect; each further one doubles, up to
    /// [`ReconnectPolicy::max_delay`].
    ///
    /// ```
    /// # use cloudsdk_runtime::ReconnectPolicy;
    /// let policy = ReconnectPolicy::default().base_delay(std::time::Duration::from_millis(50));
    /// # let _ = policy;
    /// ```
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The longest wait between reconnects.
    ///
    /// ```
    /// # use cloudsdk_runtime::ReconnectPolicy;
    /// let policy = ReconnectPolicy::default().max_delay(std::time::Duration::from_secs(5));
    /// # let _ = policy;
    /// ```
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// The configured number of reconnects.
    ///
    /// ```
    /// # use cloudsdk_runtime::ReconnectPolicy;
    /// assert_eq!(ReconnectPolicy::default().reconnects(), 5);
    /// ```
    pub fn reconnects(&self) -> u32 {
        self.max_reconnects
    }

    /// `delay`, at most [`ReconnectPolicy::max_delay`]: how long a server may ask to wait.
    pub(crate) fn clamp(&self, delay: Duration) -> Duration {
        delay.min(self.max_delay)
    }

    /// The wait before reconnect number `n` (from 1): half the capped exponential delay plus
    /// jitter up to the other half.
    pub(crate) fn delay(&self, n: u32) -> Duration {
        super::backoff(self.base_delay, self.max_delay, n)
    }
}
