//! [`Sending`]: the future a generated `send` returns, as a type with a name.
//!
//! A generated crate's `send` used to return `impl Future`; every one of those is an opaque type
//! the compiler has to check on its own (bounds, hidden type, well-formedness), which was about
//! a seventh of `cargo check` on a large API. A named type costs one heap allocation per
//! request instead, and can be stored in a struct or a collection without generics.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// A request on its way: resolves to the call's `Result<T, E>`. Does nothing until awaited
/// (or polled); dropping it cancels the request.
#[must_use = "a request does nothing until it is awaited"]
pub struct Sending<T, E>(Pin<Box<dyn Future<Output = Result<T, E>> + Send>>);

impl<T, E> Sending<T, E> {
    /// Wraps a future of the call's result.
    pub fn new(call: impl Future<Output = Result<T, E>> + Send + 'static) -> Self {
        Sending(Box::pin(call))
    }
}

impl<T, E> Future for Sending<T, E> {
    type Output = Result<T, E>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.0.as_mut().poll(cx)
    }
}

impl<T, E> fmt::Debug for Sending<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Sending(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::Sending;

    fn spawnable<T: Send + Unpin + 'static>(_: &T) {}

    #[tokio::test]
    async fn resolves_to_the_wrapped_result_and_can_be_spawned() {
        let ok: Sending<u8, String> = Sending::new(async { Ok(7) });
        spawnable(&ok);
        assert_eq!(format!("{ok:?}"), "Sending(..)");
        let joined = tokio::spawn(ok).await.expect("the task ran");
        assert_eq!(joined, Ok(7));
        let err: Sending<u8, String> = Sending::new(async { Err("refused".to_owned()) });
        assert_eq!(err.await, Err("refused".to_owned()));
    }
}
