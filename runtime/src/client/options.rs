//! [`CallOptions`]: a timeout, extra headers and a retry policy for some calls only, carried by
//! a client handle ([`Client::with_options`]).

use std::fmt;
use std::time::Duration;

use http::HeaderMap;

use super::{Client, header_pair, is_credential_header};
use crate::policy::RetryPolicy;
use crate::redact;

/// Settings for some calls only, over the client's: a timeout, extra headers, a retry policy.
///
/// [`Client::with_options`] gives a handle (a cheap clone of the client) whose calls use them:
/// the requests started from it and the pages and server-sent event streams they turn into.
/// Websocket streams keep the client's settings. Headers given here replace the client's
/// default headers of the same name; an operation's own header parameters replace both.
///
/// ```
/// use std::time::Duration;
/// use cloudsdk_runtime::{CallOptions, Client, RetryPolicy};
///
/// let client = Client::builder("https://api.example.com").build()?;
/// let quick = client.with_options(
///     CallOptions::new()
///         .timeout(Some(Duration::from_secs(5)))
///         .header("x-trace", "on")
///         .retry(RetryPolicy::none()),
/// );
/// # let _ = quick; Ok::<(), cloudsdk_runtime::Error>(())
/// ```
#[derive(Clone, Default)]
pub struct CallOptions {
    /// `Some(None)`: no timeout; `None`: the client's.
    pub(crate) timeout: Option<Option<Duration>>,
    pub(crate) retry: Option<RetryPolicy>,
    pub(crate) headers: HeaderMap,
    /// A header that could not be used: calls fail with it.
    pub(crate) error: Option<String>,
}

/// Shows the settings, with credential header values hidden.
impl fmt::Debug for CallOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallOptions")
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("headers", &redact::Headers(&self.headers))
            .field("error", &self.error)
            .finish()
    }
}

impl CallOptions {
    /// No settings: the client's apply.
    pub fn new() -> Self {
        Self::default()
    }

    /// The whole-request timeout of these calls, replacing the client's; `None` waits forever.
    ///
    /// ```
    /// let options = cloudsdk_runtime::CallOptions::new().timeout(Some(std::time::Duration::from_secs(2)));
    /// # let _ = options;
    /// ```
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The retry policy of these calls, replacing the client's ([`RetryPolicy::none`] turns
    /// retries off).
    ///
    /// ```
    /// use cloudsdk_runtime::{CallOptions, RetryPolicy};
    /// let options = CallOptions::new().retry(RetryPolicy::default().max_attempts(5));
    /// # let _ = options;
    /// ```
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// A header these calls send (replacing one of the same name). `Authorization`,
    /// `Proxy-Authorization` and `Cookie` are treated as [`CallOptions::sensitive_header`]s. A
    /// name or value that is not a valid header makes the calls fail with
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) naming it.
    ///
    /// ```
    /// let options = cloudsdk_runtime::CallOptions::new().header("x-idempotency-key", "order-17");
    /// # let _ = options;
    /// ```
    pub fn header(self, name: &str, value: &str) -> Self {
        let sensitive = is_credential_header(name);
        self.add_header(name, value, sensitive)
    }

    /// A header carrying a credential: hidden in `Debug` output, and only sent over
    /// `https://` or to a loopback host unless the client allows plain HTTP
    /// ([`ClientBuilder::allow_insecure_http`](crate::ClientBuilder::allow_insecure_http)).
    ///
    /// ```
    /// let options = cloudsdk_runtime::CallOptions::new().sensitive_header("x-api-key", "k3y");
    /// assert!(!format!("{options:?}").contains("k3y"));
    /// ```
    pub fn sensitive_header(self, name: &str, value: &str) -> Self {
        self.add_header(name, value, true)
    }

    fn add_header(mut self, name: &str, value: &str, sensitive: bool) -> Self {
        match header_pair(name, value, sensitive) {
            Ok((name, value)) => {
                self.headers.insert(name, value);
            }
            Err(message) => {
                self.error.get_or_insert(format!("call option: {message}"));
            }
        }
        self
    }

    /// `over` applied on top of these: its settings win, headers are joined.
    fn then(&self, over: CallOptions) -> CallOptions {
        let mut headers = self.headers.clone();
        for (name, value) in &over.headers {
            headers.insert(name.clone(), value.clone());
        }
        CallOptions {
            timeout: over.timeout.or(self.timeout),
            retry: over.retry.or_else(|| self.retry.clone()),
            headers,
            error: self.error.clone().or(over.error),
        }
    }
}

impl Client {
    /// A handle on the same client (sharing its connections and credentials) whose calls use
    /// `options` over the client's settings; options given to a handle that has some already
    /// are added to them, the new ones winning.
    ///
    /// ```no_run
    /// # use std::time::Duration;
    /// # use cloudsdk_runtime::{CallOptions, Client, Method, Operation};
    /// static EXPORT: Operation = Operation::new("export", Method::GET, "/export", true);
    /// # async fn run(client: Client) -> Result<(), cloudsdk_runtime::Error> {
    /// let patient = client.with_options(CallOptions::new().timeout(Some(Duration::from_secs(600))));
    /// let export = patient.request(&EXPORT).send::<serde_json::Value>().await?;
    /// # let _ = export; Ok(()) }
    /// ```
    pub fn with_options(&self, options: CallOptions) -> Client {
        let merged = match &self.options {
            Some(current) => current.then(options),
            None => options,
        };
        Client {
            config: self.config.clone(),
            options: Some(std::sync::Arc::new(merged)),
        }
    }

    /// The options of this handle, if it has some.
    pub(crate) fn options(&self) -> Option<&CallOptions> {
        self.options.as_deref()
    }

    /// The retry policy of this handle's calls.
    pub(crate) fn retry_policy(&self) -> &RetryPolicy {
        match self.options().and_then(|o| o.retry.as_ref()) {
            Some(policy) => policy,
            None => &self.config.retry,
        }
    }
}
