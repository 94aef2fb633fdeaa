//! The one reconnect driver behind every stream that reconnects (websockets, server-sent
//! events). A stream kind says how to open a connection and read it ([`Link`]); the driver
//! decides when: it counts attempts, waits, reconnects and gives up, by one rule.
//!
//! The rule: `attempts` counts the connections tried since the last message arrived, the one
//! that delivered it included. Before a reconnect, when `attempts` exceeds
//! [`ReconnectPolicy::reconnects`], the stream gives up; otherwise it waits the policy's
//! backoff for `attempts` (or the server's own delay, at most the policy's `max_delay`) and
//! tries again. So a stream gets
//! `1 + max_reconnects` connections in a row without a message, whether it never got one or
//! lost its connection after many: budgets count the same after progress as from the start.
//! Traffic that is not a message (pings, keep-alive comments) is not progress.

use std::time::Duration;

use futures_util::Stream;

use crate::policy::ReconnectPolicy;

/// What reading a connection came to.
pub(crate) enum Read<I, F> {
    /// A message arrived (progress): `Some` to deliver, `None` when it is dropped (a repeat the
    /// server sent again after a resume).
    Message(Option<I>),
    /// The connection broke: reconnect.
    Lost(F),
    /// The server closed the connection: reconnect, or end the stream when the policy makes no
    /// reconnects. Only websockets are closed so (an event stream's end is its `End`).
    #[cfg_attr(not(feature = "websocket"), allow(dead_code))]
    Closed(F),
    /// The stream is over, after this last item if there is one.
    End(Option<I>),
}

/// Why a connection could not be opened.
pub(crate) enum Refused<I, F> {
    /// Worth another attempt (the network, a server error).
    Retry(F),
    /// Reconnecting cannot help (refused credentials, a bad URL): the stream ends with this item.
    Fatal(I),
}

/// One kind of reconnecting stream, as the driver sees it.
pub(crate) trait Link {
    /// An open connection.
    type Conn;
    /// What the stream yields.
    type Item;
    /// Why a connection ended or could not be made; the last one is reported on giving up.
    type Failure;

    /// Opens connection number `attempt` (counted as the driver counts, from 1).
    async fn open(
        &mut self,
        attempt: u32,
    ) -> Result<Self::Conn, Refused<Self::Item, Self::Failure>>;

    /// Reads `conn` until there is something the driver must act on.
    async fn read(&mut self, conn: &mut Self::Conn) -> Read<Self::Item, Self::Failure>;

    /// The wait before the next reconnect when the server asked for one (an event stream's
    /// `retry:`), instead of the policy's backoff; the driver caps it at the policy's
    /// `max_delay`.
    fn server_delay(&self) -> Option<Duration>;

    /// The item that ends the stream after `attempts` connections in a row without a message,
    /// the last having ended with `failure`.
    fn gave_up(&mut self, failure: Self::Failure, attempts: u32) -> Self::Item;
}

enum State<C, F> {
    /// Nothing opened yet.
    Start,
    Open(C),
    /// The last connection ended or could not be made.
    Lost(F),
    Done,
}

/// Drives a [`Link`] as a [`Stream`] of its items; see the module documentation for the rule.
pub(crate) struct Driver<L: Link> {
    link: L,
    policy: ReconnectPolicy,
    /// The stream's name, for traces.
    operation: &'static str,
    state: State<L::Conn, L::Failure>,
    /// Connections tried since the last message arrived, counting the one that delivered it.
    attempts: u32,
}

impl<L: Link> Driver<L> {
    pub(crate) fn new(link: L, policy: ReconnectPolicy, operation: &'static str) -> Self {
        Self {
            link,
            policy,
            operation,
            state: State::Start,
            attempts: 0,
        }
    }

    /// The stream of items; nothing is opened until it is polled.
    pub(crate) fn into_stream(self) -> impl Stream<Item = L::Item> {
        futures_util::stream::unfold(self, Self::step)
    }

    async fn step(mut self) -> Option<(L::Item, Self)> {
        loop {
            let last = match std::mem::replace(&mut self.state, State::Done) {
                State::Done => return None,
                State::Start => self.connect(None).await,
                State::Lost(failure) => self.connect(Some(failure)).await,
                State::Open(mut conn) => {
                    let read = self.link.read(&mut conn).await;
                    self.state = State::Open(conn);
                    self.after(read)
                }
            };
            if let Some(item) = last {
                return Some((item, self));
            }
        }
    }

    /// Acts on what a read came to; `Some` is an item to deliver.
    fn after(&mut self, read: Read<L::Item, L::Failure>) -> Option<L::Item> {
        match read {
            Read::Message(item) => {
                self.attempts = 1;
                item
            }
            Read::Lost(failure) => {
                self.state = State::Lost(failure);
                None
            }
            Read::Closed(failure) => {
                self.state = match self.policy.reconnects() {
                    0 => State::Done,
                    _ => State::Lost(failure),
                };
                None
            }
            Read::End(item) => {
                self.state = State::Done;
                item
            }
        }
    }

    /// Opens the next connection, after the backoff when it is a reconnect (`lost`: why the
    /// last one ended). `Some` is the item that ends the stream: the budget is spent, or the
    /// connection was refused for good.
    async fn connect(&mut self, lost: Option<L::Failure>) -> Option<L::Item> {
        if let Some(failure) = lost {
            if self.attempts > self.policy.reconnects() {
                return Some(self.link.gave_up(failure, self.attempts));
            }
            // A server's own delay (`retry:`) is honoured up to the policy's longest wait.
            let delay = match self.link.server_delay() {
                Some(delay) => self.policy.clamp(delay),
                None => self.policy.delay(self.attempts),
            };
            tracing::debug!(operation = self.operation, ?delay, "reconnecting");
            tokio::time::sleep(delay).await;
        }
        self.attempts += 1;
        match self.link.open(self.attempts).await {
            Ok(conn) => self.state = State::Open(conn),
            Err(Refused::Retry(failure)) => self.state = State::Lost(failure),
            Err(Refused::Fatal(item)) => return Some(item),
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;
    use std::sync::{Arc, Mutex};

    use futures_util::StreamExt;

    use crate::stream::reconnect::*;

    /// What the scripted server does with one connection.
    #[derive(Clone, Copy, Debug)]
    enum Script {
        /// The connection cannot be made.
        Refuse,
        /// The connection is refused for good.
        Forbid,
        /// `n` messages, then the connection breaks.
        Deliver(u32),
        /// Only keep-alives, then the connection breaks.
        KeepAlive,
        /// The server closes the connection without a message.
        Close,
    }

    #[derive(Debug, PartialEq)]
    enum Item {
        Message(u32),
        Fatal,
        GaveUp { attempts: u32, failure: u32 },
    }

    /// A link playing `script` one connection after another (the last entry repeats).
    struct Scripted {
        script: VecDeque<Script>,
        /// The attempt number of each `open`, in order.
        opened: Arc<Mutex<Vec<u32>>>,
        next_message: u32,
    }

    struct Conn {
        messages: u32,
        then: Read<Item, u32>,
    }

    impl Link for Scripted {
        type Conn = Conn;
        type Item = Item;
        type Failure = u32;

        async fn open(&mut self, attempt: u32) -> Result<Conn, Refused<Item, u32>> {
            let connection = {
                let mut opened = self.opened.lock().expect("not poisoned");
                opened.push(attempt);
                opened.len() as u32
            };
            let step = match self.script.len() {
                1 => self.script[0],
                _ => self.script.pop_front().expect("a script"),
            };
            let (messages, then) = match step {
                Script::Refuse => return Err(Refused::Retry(connection)),
                Script::Forbid => return Err(Refused::Fatal(Item::Fatal)),
                Script::Deliver(n) => (n, Read::Lost(connection)),
                Script::KeepAlive => (0, Read::Lost(connection)),
                Script::Close => (0, Read::Closed(connection)),
            };
            Ok(Conn { messages, then })
        }

        async fn read(&mut self, conn: &mut Conn) -> Read<Item, u32> {
            if conn.messages == 0 {
                return std::mem::replace(&mut conn.then, Read::End(None));
            }
            conn.messages -= 1;
            self.next_message += 1;
            Read::Message(Some(Item::Message(self.next_message)))
        }

        fn server_delay(&self) -> Option<Duration> {
            None
        }

        fn gave_up(&mut self, failure: u32, attempts: u32) -> Item {
            Item::GaveUp { attempts, failure }
        }
    }

    /// Every item and the attempt numbers `open` saw, with `max` reconnects.
    async fn run(script: &[Script], max: u32) -> (Vec<Item>, Vec<u32>) {
        let opened = Arc::new(Mutex::new(Vec::new()));
        let link = Scripted {
            script: script.iter().copied().collect(),
            opened: Arc::clone(&opened),
            next_message: 0,
        };
        let policy = ReconnectPolicy::default()
            .max_reconnects(max)
            .base_delay(Duration::from_millis(1));
        let mut stream = Box::pin(Driver::new(link, policy, "test").into_stream());
        let mut items = Vec::new();
        while let Some(item) = stream.next().await {
            items.push(item);
            assert!(items.len() < 100, "the stream does not end: {items:?}");
        }
        drop(stream);
        let opened = opened.lock().expect("not poisoned").clone();
        (items, opened)
    }

    #[tokio::test]
    async fn a_stream_that_never_connects_gets_one_connection_and_max_reconnects() {
        let (items, opened) = run(&[Script::Refuse], 3).await;
        assert_eq!(
            items,
            [Item::GaveUp {
                attempts: 4,
                failure: 4
            }]
        );
        assert_eq!(opened, [1, 2, 3, 4]);
    }

    #[tokio::test]
    async fn after_progress_the_budget_counts_as_from_the_start() {
        // One message on the first connection, then nothing but failures: the give-up comes
        // after as many connections as for a stream that never got anything.
        let (items, opened) = run(&[Script::Deliver(1), Script::Refuse], 3).await;
        assert_eq!(
            items,
            [
                Item::Message(1),
                Item::GaveUp {
                    attempts: 4,
                    failure: 4
                }
            ]
        );
        assert_eq!(
            opened,
            [1, 2, 3, 4],
            "the delivering connection is attempt 1"
        );
        // Progress on every connection: the stream goes on past any budget.
        let script = [Script::Deliver(1); 6].into_iter().chain([Script::Refuse]);
        let (items, opened) = run(&script.collect::<Vec<_>>(), 1).await;
        assert_eq!(items.len(), 7, "{items:?}");
        assert_eq!(opened, [1, 2, 2, 2, 2, 2, 2]);
        assert_eq!(
            items[6],
            Item::GaveUp {
                attempts: 2,
                failure: 7
            }
        );
    }

    #[tokio::test]
    async fn connections_without_a_message_count_against_the_budget() {
        let script = [Script::Deliver(2), Script::KeepAlive, Script::Refuse];
        let (items, opened) = run(&script, 3).await;
        assert_eq!(opened, [1, 2, 3, 4]);
        assert_eq!(
            items,
            [
                Item::Message(1),
                Item::Message(2),
                Item::GaveUp {
                    attempts: 4,
                    failure: 4
                }
            ]
        );
    }

    #[tokio::test]
    async fn a_refusal_for_good_ends_the_stream_at_once() {
        let (items, opened) = run(&[Script::Deliver(1), Script::Forbid], 5).await;
        assert_eq!(items, [Item::Message(1), Item::Fatal]);
        assert_eq!(opened, [1, 2]);
    }

    #[tokio::test]
    async fn without_reconnects_a_close_ends_the_stream_and_a_break_gives_up() {
        let (items, opened) = run(&[Script::Close], 0).await;
        assert_eq!(items, []);
        assert_eq!(opened, [1]);
        let (items, _) = run(&[Script::Deliver(1)], 0).await;
        assert_eq!(
            items,
            [
                Item::Message(1),
                Item::GaveUp {
                    attempts: 1,
                    failure: 1
                }
            ]
        );
        // With reconnects, a close is reconnected like a break.
        let (items, _) = run(&[Script::Close], 2).await;
        assert_eq!(
            items,
            [Item::GaveUp {
                attempts: 3,
                failure: 3
            }]
        );
    }
}
