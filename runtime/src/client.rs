//! The client's configuration: base URL, authentication, HTTP client, default headers,
//! timeouts and policies, and the per-call options a handle may carry (`options`). Sending
//! lives in `transport`, requests in `request`, streams in `stream`; each adds its own
//! `impl Client` entry point there.

mod env;
mod options;
mod query_key;

pub use env::{EnvCredentials, EnvScheme};
pub use options::CallOptions;
pub(crate) use query_key::QueryCredentials;

use std::sync::Arc;
use std::time::Duration;

use cloudsdk_auth::{Authenticator, NoAuth};
use http::{HeaderMap, HeaderName, HeaderValue};
use url::Url;

use crate::confine;
use crate::error::Error;
use crate::policy::{ReconnectPolicy, RetryPolicy};
use crate::redact;
use crate::tls;

/// The most of a response body read into memory unless [`ClientBuilder::max_body_bytes`]
/// says otherwise: 64 MiB.
pub const DEFAULT_MAX_BODY_BYTES: usize = 64 * 1024 * 1024;

/// A configured connection to one API: base URL, authentication, HTTP client, default headers,
/// timeouts and retry policy. Cheap to clone (an `Arc`), `Send + Sync`; a clone may carry
/// [`CallOptions`] of its own ([`Client::with_options`]).
#[derive(Clone, Debug)]
pub struct Client {
    config: Arc<Config>,
    options: Option<Arc<CallOptions>>,
}

/// What a [`Client`] was built with, read by the layers that send. Its `Debug` hides
/// credential-bearing header values and leaves out the HTTP client.
pub(crate) struct Config {
    pub(crate) http: reqwest::Client,
    /// The base URL without a trailing `/`.
    pub(crate) base: String,
    /// The same, parsed: every request's URL must be on its origin and under its path.
    pub(crate) base_url: Url,
    pub(crate) auth: Arc<dyn Authenticator>,
    pub(crate) headers: HeaderMap,
    /// Credentials sent in every request's query string.
    pub(crate) query: QueryCredentials,
    pub(crate) retry: RetryPolicy,
    pub(crate) timeout: Option<Duration>,
    pub(crate) connect_timeout: Option<Duration>,
    pub(crate) websocket_base: Option<Url>,
    /// How `wss://` upgrades connect (`None`: tokio-tungstenite's own TLS).
    #[cfg(feature = "websocket")]
    pub(crate) websocket_tls: Option<tokio_tungstenite::Connector>,
    pub(crate) reconnect: ReconnectPolicy,
    /// The most of a body (or of one server-sent event) read into memory.
    pub(crate) max_body: usize,
    /// Sensitive default headers may go over plain `http://` and `ws://` to any host.
    pub(crate) allow_insecure: bool,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("base", &self.base)
            .field("auth", &self.auth)
            .field("headers", &redact::Headers(&self.headers))
            .field("query", &self.query)
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("websocket_base", &self.websocket_base)
            .field("reconnect", &self.reconnect)
            .field("max_body", &self.max_body)
            .field("allow_insecure_http", &self.allow_insecure)
            .finish_non_exhaustive()
    }
}

/// Builds a [`Client`], or a generated crate's client `C` wrapping one. Its `Debug` shows the
/// base URL, authenticator, default headers (credential values hidden) and websocket base.
pub struct ClientBuilder<C = Client> {
    base_url: String,
    auth: Arc<dyn Authenticator>,
    http: Option<reqwest::Client>,
    headers: HeaderMap,
    query: QueryCredentials,
    retry: RetryPolicy,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    websocket_base: Option<String>,
    /// DER certificates trusted besides the system's roots.
    extra_roots: Vec<Vec<u8>>,
    reconnect: ReconnectPolicy,
    max_body: usize,
    allow_insecure: bool,
    error: Option<String>,
    into: std::marker::PhantomData<fn() -> C>,
}

impl<C> std::fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("auth", &self.auth)
            .field("headers", &redact::Headers(&self.headers))
            .field("query", &self.query)
            .field("websocket_base", &self.websocket_base)
            .field("error", &self.error)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// Starts building a client for the API at `base_url` (e.g. `https://api.example.com/v1`).
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com/v1").build()?;
    /// # Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
        ClientBuilder::new(base_url)
    }

    /// The base URL requests are sent to.
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com/v1/").build()?;
    /// assert_eq!(client.base_url(), "https://api.example.com/v1");
    /// # Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn base_url(&self) -> &str {
        &self.config.base
    }

    /// The authenticator in use.
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com").build()?;
    /// let auth = std::sync::Arc::clone(client.auth());
    /// # let _ = auth; Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn auth(&self) -> &Arc<dyn Authenticator> {
        &self.config.auth
    }

    pub(crate) fn config(&self) -> &Config {
        &self.config
    }
}

impl<C: From<Client>> ClientBuilder<C> {
    /// A builder for the API at `base_url` (e.g. `https://api.example.com/v1`) that produces a
    /// `C` (a generated client) on [`ClientBuilder::build`].
    ///
    /// ```
    /// use cloudsdk_runtime::{Client, ClientBuilder};
    ///
    /// let client: Client = ClientBuilder::new("https://api.example.com").build()?;
    /// # let _ = client; Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn new(base_url: impl Into<String>) -> Self {
        let mut headers = HeaderMap::new();
        headers.insert(
            http::header::ACCEPT,
            HeaderValue::from_static("application/json"),
        );
        headers.insert(
            http::header::USER_AGENT,
            HeaderValue::from_static(concat!(
                env!("CARGO_PKG_NAME"),
                "/",
                env!("CARGO_PKG_VERSION")
            )),
        );
        ClientBuilder {
            base_url: base_url.into(),
            auth: Arc::new(NoAuth),
            http: None,
            headers,
            query: QueryCredentials::default(),
            retry: RetryPolicy::default(),
            timeout: Some(Duration::from_secs(60)),
            connect_timeout: Some(Duration::from_secs(10)),
            websocket_base: None,
            extra_roots: Vec::new(),
            reconnect: ReconnectPolicy::default(),
            max_body: DEFAULT_MAX_BODY_BYTES,
            allow_insecure: false,
            error: None,
            into: std::marker::PhantomData,
        }
    }

    /// Overrides the base URL (tests, regions, another host such as an API bridge).
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .base_url("http://127.0.0.1:8080")
    ///     .build()?;
    /// assert_eq!(client.base_url(), "http://127.0.0.1:8080");
    /// # Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// Sets how requests are authenticated.
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .auth(cloudsdk_runtime::auth::BearerToken::new("token")?)
    ///     .build()?;
    /// # let _ = client; Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn auth(mut self, auth: impl Authenticator) -> Self {
        self.auth = Arc::new(auth);
        self
    }

    /// Sets how requests are authenticated, from a shared authenticator.
    ///
    /// ```
    /// use std::sync::Arc;
    /// use cloudsdk_runtime::auth::{Authenticator, NoAuth};
    ///
    /// let shared: Arc<dyn Authenticator> = Arc::new(NoAuth);
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .auth_shared(shared)
    ///     .build()?;
    /// # let _ = client; Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn auth_shared(mut self, auth: Arc<dyn Authenticator>) -> Self {
        self.auth = auth;
        self
    }

    /// Uses the caller's own `reqwest::Client` (its timeouts and proxies apply; the connect
    /// timeout set here does not). Its redirect policy applies too: the client the runtime
    /// builds follows redirects only within the origin a request was sent to, so give yours
    /// `redirect(reqwest::redirect::Policy::none())` to keep credentials and default headers
    /// from following a redirect elsewhere.
    ///
    /// ```
    /// let http = cloudsdk_runtime::auth::tls::client_builder()?.no_proxy().build()?;
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .http_client(http)
    ///     .build()?;
    /// # let _ = client; Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Adds a header sent with every request and websocket upgrade (replacing one of the same
    /// name). `Authorization`, `Proxy-Authorization` and `Cookie` carry credentials: they are
    /// treated as [`ClientBuilder::sensitive_header`]s.
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .default_header("x-api-version", "2024-01-01")
    ///     .build()?;
    /// # let _ = client; Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn default_header(self, name: &str, value: &str) -> Self {
        let sensitive = is_credential_header(name);
        self.add_header(name, value, sensitive)
    }

    /// Adds a header that carries a credential (an API key, a session) to every request and
    /// websocket upgrade: its value never shows in `Debug` output, and it is only sent over
    /// `https://` and `wss://` or to a loopback host, unless
    /// [`ClientBuilder::allow_insecure_http`] is called.
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .sensitive_header("x-api-key", "k3y")
    ///     .build()?;
    /// assert!(!format!("{client:?}").contains("k3y"));
    /// # Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn sensitive_header(self, name: &str, value: &str) -> Self {
        self.add_header(name, value, true)
    }

    /// Adds a query parameter that carries a credential (an API key sent as `?api_key=…`) to
    /// every request and websocket upgrade, replacing one of the same name already in the URL.
    /// Like a [`ClientBuilder::sensitive_header`], its value never shows in `Debug` output or
    /// in errors, and it is only sent over `https://` and `wss://` or to a loopback host,
    /// unless [`ClientBuilder::allow_insecure_http`] is called.
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .sensitive_query("api_key", "k3y")
    ///     .build()?;
    /// assert!(!format!("{client:?}").contains("k3y"));
    /// # Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn sensitive_query(mut self, name: &str, value: &str) -> Self {
        if name.is_empty() {
            self.error = Some("a query credential needs a parameter name".to_owned());
        } else {
            self.query.set(name, value);
        }
        self
    }

    fn add_header(mut self, name: &str, value: &str, sensitive: bool) -> Self {
        match header_pair(name, value, sensitive) {
            Ok((name, value)) => {
                self.headers.insert(name, value);
            }
            Err(message) => self.error = Some(format!("default {message}")),
        }
        self
    }

    /// Also sends sensitive default headers ([`ClientBuilder::sensitive_header`],
    /// `Authorization`, `Cookie`) and query credentials ([`ClientBuilder::sensitive_query`]) over plain `http://` and `ws://` to hosts that are not
    /// loopback, where anyone on the path can read them. Only for trusted networks. The
    /// authenticator has its own opt-in (e.g. `BearerToken::allow_insecure_http()`).
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("http://api.internal:8080")
    ///     .sensitive_header("x-api-key", "k3y")
    ///     .allow_insecure_http()
    ///     .build()?;
    /// # let _ = client; Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn allow_insecure_http(mut self) -> Self {
        self.allow_insecure = true;
        self
    }

    /// The most of a response body read into memory (default
    /// [`DEFAULT_MAX_BODY_BYTES`], 64 MiB): a larger body, success or error, is
    /// [`Error::BodyTooLarge`] keeping the status and headers. It also bounds one server-sent
    /// event and [`ByteStream::collect`](crate::ByteStream::collect); a download read chunk by
    /// chunk ([`Request::send_streaming`](crate::Request::send_streaming)) is not bounded.
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .max_body_bytes(1024 * 1024)
    ///     .build()?;
    /// # let _ = client; Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn max_body_bytes(mut self, limit: usize) -> Self {
        self.max_body = limit;
        self
    }

    /// Sets the `User-Agent` header (default `cloudsdk-runtime/<version>`; generated clients
    /// name their own crate and version).
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .user_agent("my-tool/1.0")
    ///     .build()?;
    /// # let _ = client; Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn user_agent(self, user_agent: &str) -> Self {
        self.default_header("user-agent", user_agent)
    }

    /// The whole-request timeout (default 60 s); `None` waits forever.
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .timeout(Some(std::time::Duration::from_secs(30)))
    ///     .build()?;
    /// # let _ = client; Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = timeout;
        self
    }

    /// The connection timeout (default 10 s).
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .connect_timeout(Some(std::time::Duration::from_secs(3)))
    ///     .build()?;
    /// # let _ = client; Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn connect_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Sets the retry policy ([`RetryPolicy::none`] turns retries off).
    ///
    /// ```
    /// use cloudsdk_runtime::{Client, RetryPolicy};
    ///
    /// let client = Client::builder("https://api.example.com").retry(RetryPolicy::none()).build()?;
    /// # let _ = client; Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Trusts `der` (a DER-encoded root certificate: a private certificate authority, a test
    /// server's) besides the system's roots, for HTTPS requests of the client the runtime
    /// builds (not one given to [`ClientBuilder::http_client`]) and for `wss://` upgrades.
    /// Needs the `rustls` or `tls-aws-lc` feature: with `native-tls` alone, building fails.
    ///
    /// ```no_run
    /// let root = std::fs::read("internal-ca.der")?;
    /// let client = cloudsdk_runtime::Client::builder("https://api.internal")
    ///     .tls_root_certificate(root)
    ///     .build()?;
    /// # let _ = client; Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn tls_root_certificate(mut self, der: impl Into<Vec<u8>>) -> Self {
        self.extra_roots.push(der.into());
        self
    }

    /// Sends websocket streams to another origin than the one in their URL template, e.g.
    /// `ws://127.0.0.1:8080` in tests or a proxy: scheme, host and port are replaced, and a
    /// path given here is put before the template's path. Must start with `ws://` or `wss://`.
    ///
    /// ```
    /// let client = cloudsdk_runtime::Client::builder("https://api.example.com")
    ///     .websocket_base_url("ws://127.0.0.1:8080")
    ///     .build()?;
    /// # Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn websocket_base_url(mut self, base_url: impl Into<String>) -> Self {
        self.websocket_base = Some(base_url.into());
        self
    }

    /// How streams reconnect when the connection drops: websockets (also when the server closes
    /// them) and server-sent events.
    ///
    /// ```
    /// use cloudsdk_runtime::{Client, ReconnectPolicy};
    ///
    /// let client = Client::builder("https://api.example.com")
    ///     .reconnect(ReconnectPolicy::default().max_reconnects(10))
    ///     .build()?;
    /// # Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn reconnect(mut self, policy: ReconnectPolicy) -> Self {
        self.reconnect = policy;
        self
    }

    /// Builds the client; fails on a base URL that is not an absolute http(s) URL or on a bad
    /// header.
    ///
    /// ```
    /// assert!(cloudsdk_runtime::Client::builder("ftp://example.com").build().is_err());
    /// ```
    pub fn build(self) -> Result<C, Error> {
        if let Some(e) = self.error {
            return Err(Error::InvalidRequest(e));
        }
        let invalid: fn(String) -> Error = Error::InvalidRequest;
        let base = self.base_url.trim_end_matches('/').to_owned();
        let base_url = parse_url(&base, "base URL", &["http", "https"]).map_err(invalid)?;
        let websocket_base = match &self.websocket_base {
            Some(text) => Some(websocket_base(text).map_err(invalid)?),
            None => None,
        };
        let http = match self.http {
            Some(http) => http,
            None => {
                let mut builder = reqwest::Client::builder().redirect(confine::redirect_policy());
                if let Some(t) = self.connect_timeout {
                    builder = builder.connect_timeout(t);
                }
                tls::http_client(builder, &self.extra_roots)?
            }
        };
        Ok(C::from(Client {
            config: Arc::new(Config {
                http,
                base,
                base_url,
                auth: self.auth,
                headers: self.headers,
                query: self.query,
                retry: self.retry,
                timeout: self.timeout,
                connect_timeout: self.connect_timeout,
                websocket_base,
                #[cfg(feature = "websocket")]
                websocket_tls: tls::websocket_connector(&self.extra_roots)?,
                reconnect: self.reconnect,
                max_body: self.max_body,
                allow_insecure: self.allow_insecure,
            }),
            options: None,
        }))
    }
}

/// Whether a header named `name` carries credentials by its nature (`Authorization`,
/// `Proxy-Authorization`, `Cookie`).
fn is_credential_header(name: &str) -> bool {
    [
        http::header::AUTHORIZATION,
        http::header::PROXY_AUTHORIZATION,
        http::header::COOKIE,
    ]
    .iter()
    .any(|credential| credential.as_str().eq_ignore_ascii_case(name))
}

/// A header name and value, the value marked sensitive (hidden in `Debug`) when asked; the
/// message names the header when either is not valid.
fn header_pair(
    name: &str,
    value: &str,
    sensitive: bool,
) -> Result<(HeaderName, HeaderValue), String> {
    match (
        HeaderName::from_bytes(name.as_bytes()),
        HeaderValue::from_str(value),
    ) {
        (Ok(n), Ok(mut v)) => {
            v.set_sensitive(sensitive);
            Ok((n, v))
        }
        _ => Err(format!("header `{name}` is not a valid header")),
    }
}

/// A websocket base URL (`ws://` or `wss://`), given to the builder or to one stream.
pub(crate) fn websocket_base(text: &str) -> Result<Url, String> {
    parse_url(text, "websocket base URL", &["ws", "wss"])
}

/// `text` as an absolute URL with one of `schemes`; the error names `what` and the text.
fn parse_url(text: &str, what: &str, schemes: &[&str]) -> Result<Url, String> {
    let url = Url::parse(text).map_err(|e| format!("{what} `{text}`: {e}"))?;
    if !schemes.contains(&url.scheme()) {
        let starts: Vec<String> = schemes.iter().map(|s| format!("{s}://")).collect();
        return Err(format!(
            "{what} `{text}` must start with {}",
            starts.join(" or ")
        ));
    }
    Ok(url)
}
