//! Setting up a websocket stream: the client's entry point and the request builder that fills
//! the URL template and query, then connects through the reconnect driver.

use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;
use url::Url;

use crate::client::{Client, websocket_base};
use crate::confine;
use crate::encode::{PathStyle, QueryStyle, add_query, fill_path};
use crate::error::Error;
use crate::policy::ReconnectPolicy;
use crate::stream::reconnect::Driver;
use crate::stream::websocket::handle::{Outgoing, WebSocketStream};
use crate::stream::websocket::operation::WebSocketOperation;
use crate::stream::websocket::protocol::{KeepAlive, SigningQuery};
use crate::stream::websocket::socket::Socket;

impl Client {
    /// Starts a websocket stream for `op` (fill its parameters, then
    /// [`connect`](WebSocketRequest::connect)).
    ///
    /// ```no_run
    /// use cloudsdk_runtime::{AuthMode, Client, Resume, WebSocketOperation};
    /// use futures_util::StreamExt;
    ///
    /// static APP_LOGS: WebSocketOperation =
    ///     WebSocketOperation::new("appLogs", "wss://logs-api.clever-cloud.com/logs-socket/{appId}")
    ///         .signing_url("https://api.clever-cloud.com/v2/logs/logs-socket/{appId}")
    ///         .auth(AuthMode::FirstMessage)
    ///         .resume(Resume::new("since", "date"));
    ///
    /// # async fn run(client: Client) -> Result<(), cloudsdk_runtime::Error> {
    /// let mut logs = client.websocket(&APP_LOGS);
    /// logs.path_param("appId", &"app_1");
    /// let mut logs = logs.connect::<serde_json::Value>();
    /// while let Some(line) = logs.next().await {
    ///     println!("{}", line?);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn websocket<'a>(&'a self, op: &'a WebSocketOperation) -> WebSocketRequest<'a> {
        WebSocketRequest::new(self, op)
    }
}

/// A websocket stream being set up: fill its path and query parameters, then
/// [`connect`](WebSocketRequest::connect).
#[derive(Debug)]
pub struct WebSocketRequest<'a> {
    client: &'a Client,
    op: &'a WebSocketOperation,
    url: String,
    signing_url: Option<String>,
    query: String,
    base: Option<String>,
    reconnect: Option<ReconnectPolicy>,
    keepalive: Option<KeepAlive>,
    error: Option<String>,
}

impl<'a> WebSocketRequest<'a> {
    fn new(client: &'a Client, op: &'a WebSocketOperation) -> Self {
        Self {
            client,
            op,
            url: op.url.to_owned(),
            signing_url: op.signing_url.map(str::to_owned),
            query: String::new(),
            base: None,
            reconnect: None,
            keepalive: op.keepalive,
            error: None,
        }
    }

    fn fail(&mut self, message: String) {
        if self.error.is_none() {
            self.error = Some(message);
        }
    }

    /// Fills the path parameter `{name}` of the URL (and signing URL) templates.
    ///
    /// ```no_run
    /// # use cloudsdk_runtime::{Client, WebSocketOperation};
    /// # static LOGS: WebSocketOperation = WebSocketOperation::new("logs", "wss://a.example/{appId}");
    /// # fn run(client: Client) {
    /// let mut logs = client.websocket(&LOGS);
    /// logs.path_param("appId", &"app_1");
    /// # }
    /// ```
    pub fn path_param(&mut self, name: &str, value: &impl Serialize) -> &mut Self {
        if let Err(message) = fill_path(
            &mut self.url,
            self.signing_url.as_mut(),
            name,
            value,
            false,
            PathStyle::simple(false),
        ) {
            self.fail(message);
        }
        self
    }

    /// Adds a query parameter (sent on every connection); `None` values are left out.
    ///
    /// ```no_run
    /// # use cloudsdk_runtime::{Client, QueryStyle, WebSocketOperation};
    /// # static LOGS: WebSocketOperation = WebSocketOperation::new("logs", "wss://a.example/logs");
    /// # fn run(client: Client) {
    /// let mut logs = client.websocket(&LOGS);
    /// logs.query("filter", &Some("error"), QueryStyle::form(true));
    /// # }
    /// ```
    pub fn query(&mut self, name: &str, value: &impl Serialize, style: QueryStyle) -> &mut Self {
        if let Err(message) = add_query(&mut self.query, name, value, style) {
            self.fail(message);
        }
        self
    }

    /// Connects to another origin for this stream only (see
    /// [`ClientBuilder::websocket_base_url`](crate::ClientBuilder::websocket_base_url)).
    ///
    /// ```no_run
    /// # use cloudsdk_runtime::{Client, WebSocketOperation};
    /// # static LOGS: WebSocketOperation = WebSocketOperation::new("logs", "wss://a.example/logs");
    /// # fn run(client: Client) {
    /// let mut logs = client.websocket(&LOGS);
    /// logs.base_url("ws://127.0.0.1:8080");
    /// # }
    /// ```
    pub fn base_url(&mut self, base_url: impl Into<String>) -> &mut Self {
        self.base = Some(base_url.into());
        self
    }

    /// Sets how this stream reconnects, replacing the client's policy
    /// ([`ClientBuilder::reconnect`](crate::ClientBuilder::reconnect)).
    ///
    /// ```no_run
    /// # use cloudsdk_runtime::{Client, ReconnectPolicy, WebSocketOperation};
    /// # static LOGS: WebSocketOperation = WebSocketOperation::new("logs", "wss://a.example/logs");
    /// # fn run(client: Client) {
    /// let mut logs = client.websocket(&LOGS);
    /// logs.reconnect(ReconnectPolicy::none());
    /// # }
    /// ```
    pub fn reconnect(&mut self, policy: ReconnectPolicy) -> &mut Self {
        self.reconnect = Some(policy);
        self
    }

    /// Sends the operation's keep-alive frame every `interval` instead of the declared one (a
    /// server that drops idle connections sooner; tests). Streams without a keep-alive are
    /// left alone; a zero interval is an error when the stream is connected.
    ///
    /// ```no_run
    /// # use std::time::Duration;
    /// # use cloudsdk_runtime::{Client, KeepAlive, WebSocketOperation};
    /// # static LOGS: WebSocketOperation = WebSocketOperation::new("logs", "wss://a.example/logs")
    /// #     .keepalive(KeepAlive::new("ping", Duration::from_secs(40)));
    /// # fn run(client: Client) {
    /// let mut logs = client.websocket(&LOGS);
    /// logs.keepalive_interval(Duration::from_secs(10));
    /// # }
    /// ```
    pub fn keepalive_interval(&mut self, interval: Duration) -> &mut Self {
        if let Some(keepalive) = &mut self.keepalive {
            keepalive.interval = interval;
        }
        self
    }

    /// Opens the stream: each JSON message (text or binary frame) is decoded into `M`. A frame
    /// that does not decode is an [`Error::Decode`] item and the stream goes on. When the server
    /// closes the stream or the connection drops, it reconnects (re-authenticating, resuming
    /// from the last message when the operation supports it, without delivering a message
    /// twice) until the [`ReconnectPolicy`] gives up, which is an [`Error::WebSocket`] item
    /// ending the stream. Nothing happens until the stream is polled; dropping it closes the
    /// connection.
    ///
    /// ```no_run
    /// # use cloudsdk_runtime::{Client, WebSocketOperation};
    /// use futures_util::StreamExt;
    /// # static LOGS: WebSocketOperation = WebSocketOperation::new("logs", "wss://a.example/{appId}");
    /// # async fn run(client: Client) -> Result<(), cloudsdk_runtime::Error> {
    /// let mut logs = client.websocket(&LOGS);
    /// logs.path_param("appId", &"app_1");
    /// let mut logs = logs.connect::<serde_json::Value>();
    /// while let Some(line) = logs.next().await {
    ///     println!("{}", line?);
    /// }
    /// # Ok(()) }
    /// ```
    ///
    /// When the operation declares them, the stream also sends a keep-alive frame every
    /// interval while it is polled, drops the server's ready frame, and ends with
    /// [`Error::WebSocketRejected`] on its authentication-error frame, without reconnecting.
    pub fn connect<M: DeserializeOwned + Send + 'static>(self) -> WebSocketStream<M> {
        let operation = self.op.id;
        WebSocketStream::new(operation, |queued| match self.prepare(queued) {
            Ok((socket, policy)) => Box::pin(Driver::new(socket, policy, operation).into_stream()),
            Err(message) => {
                let error = Error::InvalidRequest(format!("{operation}: {message}"));
                Box::pin(futures_util::stream::iter([Err(error)]))
            }
        })
    }

    /// The stream's socket and reconnect policy; an error message when a parameter or a URL
    /// is not usable.
    fn prepare<M>(&self, queued: Outgoing) -> Result<(Socket<M>, ReconnectPolicy), String> {
        if let Some(message) = &self.error {
            return Err(message.clone());
        }
        if self.keepalive.is_some_and(|k| k.interval.is_zero()) {
            return Err("the keep-alive interval must be longer than zero".to_owned());
        }
        let urls = self.urls()?;
        let config = self.client.config();
        let policy = self.reconnect.clone();
        let policy = policy.unwrap_or_else(|| config.reconnect.clone());
        let client = self.client.clone();
        let socket = Socket::new(client, *self.op, urls, self.keepalive, queued);
        Ok((socket, policy))
    }

    /// The URL to connect to (on the base URL that replaces the template's, with the query)
    /// and the one to sign (with the query when the operation signs it). When the base is
    /// overridden, the signing URL moves to the new origin too: a signature is never sent to a
    /// host other than the one it is valid for.
    fn urls(&self) -> Result<(Url, Option<Url>), String> {
        let config = self.client.config();
        let mut url =
            Url::parse(&self.url).map_err(|e| format!("websocket URL `{}`: {e}", self.url))?;
        let base = match &self.base {
            Some(text) => Some(websocket_base(text)?),
            None => config.websocket_base.clone(),
        };
        let rebased = base.is_some();
        if let Some(base) = base {
            let path = format!("{}{}", base.path().trim_end_matches('/'), url.path());
            let mut rebased = base;
            rebased.set_path(&path);
            url = rebased;
        }
        if !matches!(url.scheme(), "ws" | "wss") {
            return Err(format!(
                "websocket URL `{url}` must start with ws:// or wss://"
            ));
        }
        url.set_query((!self.query.is_empty()).then_some(self.query.as_str()));
        confine::credentials_allowed(&url, &config.headers, config.allow_insecure)?;
        let query_key = config.query.first_name();
        confine::query_credential_allowed(&url, query_key, config.allow_insecure)?;
        config.query.apply(&mut url);
        let signing_url = match &self.signing_url {
            Some(text) => {
                let mut signing =
                    Url::parse(text).map_err(|e| format!("signing URL `{text}`: {e}"))?;
                if self.op.signing_query == SigningQuery::Include {
                    signing.set_query(url.query());
                }
                if rebased {
                    confine::rebase(&mut signing, &url)?;
                }
                Some(signing)
            }
            None => None,
        };
        Ok((url, signing_url))
    }
}
