//! [`ItemStream`]: the one nameable type of the streams built from requests (pages and
//! server-sent events).

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_util::Stream;

use crate::error::Error;

/// A stream of decoded items: every item of every page of a list, or every server-sent event
/// of a response. `E` is the operation's documented error body.
///
/// It owns what it needs and is boxed inside, so it is `'static`, `Send` and `Unpin`: read it
/// with `StreamExt::next` as it is, spawn it, or keep it in a struct.
///
/// ```no_run
/// use cloudsdk_runtime::{ItemStream, StreamExt};
///
/// struct Watcher {
///     events: ItemStream<serde_json::Value>,
/// }
///
/// impl Watcher {
///     async fn next_event(&mut self) -> Option<Result<serde_json::Value, cloudsdk_runtime::Error>> {
///         self.events.next().await
///     }
/// }
/// ```
#[must_use = "a stream does nothing until it is polled"]
pub struct ItemStream<T, E = serde_json::Value> {
    inner: Pin<Box<dyn Stream<Item = Result<T, Error<E>>> + Send>>,
}

impl<T, E> ItemStream<T, E> {
    pub(crate) fn new(stream: impl Stream<Item = Result<T, Error<E>>> + Send + 'static) -> Self {
        Self {
            inner: Box::pin(stream),
        }
    }
}

impl<T, E> Stream for ItemStream<T, E> {
    type Item = Result<T, Error<E>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<T, E> fmt::Debug for ItemStream<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ItemStream").finish_non_exhaustive()
    }
}
