//! A wrapper that keeps secrets out of `Debug` output, logs and error messages.

use std::fmt;
use std::sync::Arc;

/// A secret string: a consumer or token secret, an API key, a password, a client secret or an
/// access token.
///
/// Its `Debug` output is `[redacted]` and it has no `Display`, so it cannot end up in a log line
/// or an error message by accident. Cloning is cheap (the text is shared).
///
/// ```
/// use cloudsdk_auth::Secret;
///
/// let key = Secret::new("s3cr3t");
/// assert_eq!(format!("{key:?}"), "[redacted]");
/// assert_eq!(key.expose(), "s3cr3t");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Arc<str>);

impl Secret {
    /// Wraps a secret value.
    ///
    /// ```
    /// let s = cloudsdk_auth::Secret::new(String::from("api-key"));
    /// assert!(!s.is_empty());
    /// ```
    pub fn new(value: impl Into<String>) -> Self {
        Secret(Arc::from(value.into()))
    }

    /// The secret text. Call it only where the value is actually needed (signing, a header).
    ///
    /// ```
    /// let s = cloudsdk_auth::Secret::new("x");
    /// assert_eq!(s.expose(), "x");
    /// ```
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether the secret is the empty string.
    ///
    /// ```
    /// assert!(cloudsdk_auth::Secret::new("").is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret::new(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret::new(value)
    }
}

#[cfg(test)]
mod tests {
    use super::Secret;

    #[test]
    fn debug_is_redacted() {
        let s = Secret::new("hunter2");
        assert_eq!(format!("{s:?}"), "[redacted]");
        assert_eq!(
            format!("{:#?}", Some(s.clone())),
            "Some(\n    [redacted],\n)"
        );
        assert_eq!(s.expose(), "hunter2");
    }
}
