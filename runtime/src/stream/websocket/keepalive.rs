//! When the next keep-alive frame is due on a connection: restarted on every connection, so
//! the first goes one interval after the authentication message, then one every interval
//! while the stream is read.

use std::time::Duration;

use tokio::time::{Instant, Interval, MissedTickBehavior};
use tokio_tungstenite::tungstenite::Message;

use crate::stream::websocket::protocol::KeepAlive;

pub(super) struct KeepAliveTimer {
    /// The frame and its interval; `None` when the stream has no keep-alive.
    keepalive: Option<KeepAlive>,
    /// The current connection's ticks.
    ticks: Option<Interval>,
}

impl KeepAliveTimer {
    /// A timer for `keepalive` (its interval is never zero: the request checks it).
    pub(super) fn new(keepalive: Option<KeepAlive>) -> Self {
        Self {
            keepalive,
            ticks: None,
        }
    }

    /// A new connection is open: the first frame is due one interval from now.
    pub(super) fn restart(&mut self) {
        self.ticks = self.keepalive.map(|k| ticks(k.interval));
    }

    /// Waits until a frame is due and returns it; never returns when the stream has no
    /// keep-alive or no connection was opened.
    pub(super) async fn due(&mut self) -> Message {
        match (&mut self.ticks, self.keepalive) {
            (Some(ticks), Some(keepalive)) => {
                ticks.tick().await;
                Message::text(keepalive.message)
            }
            _ => std::future::pending().await,
        }
    }
}

/// Ticks every `interval` from one interval on; a late tick (the stream was not polled) goes
/// at once and the next one an interval after it.
fn ticks(interval: Duration) -> Interval {
    let mut ticks = tokio::time::interval_at(Instant::now() + interval, interval);
    ticks.set_missed_tick_behavior(MissedTickBehavior::Delay);
    ticks
}

#[cfg(test)]
mod tests {
    use crate::stream::websocket::keepalive::*;

    const PING: KeepAlive = KeepAlive::new(r#"["ping"]"#, Duration::from_millis(40));

    #[tokio::test]
    async fn frames_are_due_every_interval_from_each_connection() {
        let mut timer = KeepAliveTimer::new(Some(PING));
        timer.restart();
        let start = Instant::now();
        assert_eq!(timer.due().await, Message::text(r#"["ping"]"#));
        assert!(start.elapsed() >= Duration::from_millis(40));
        timer.due().await;
        assert!(start.elapsed() >= Duration::from_millis(80));
        let reconnected = Instant::now();
        timer.restart();
        timer.due().await;
        assert!(
            reconnected.elapsed() >= Duration::from_millis(40),
            "a new connection starts a new interval"
        );
    }

    #[tokio::test]
    async fn without_a_keepalive_or_a_connection_nothing_is_due() {
        let mut timer = KeepAliveTimer::new(None);
        timer.restart();
        let waited = tokio::time::timeout(Duration::from_millis(100), timer.due()).await;
        assert!(waited.is_err());
        let mut timer = KeepAliveTimer::new(Some(PING));
        let waited = tokio::time::timeout(Duration::from_millis(100), timer.due()).await;
        assert!(waited.is_err(), "not before the first connection");
    }
}
