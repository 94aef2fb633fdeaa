//! What a generated crate declares about one websocket stream.

use crate::stream::resume::Resume;
use crate::stream::websocket::protocol::{FrameMatch, KeepAlive, SigningQuery};

/// How a websocket stream authenticates; what is sent comes from
/// [`Authenticator::websocket`](cloudsdk_auth::Authenticator::websocket).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum AuthMode {
    /// The authenticator's `first_message` is sent as the first text frame once connected
    /// (Clever Cloud's logs).
    FirstMessage,
    /// The authenticator's headers are added to the HTTP upgrade request.
    Header,
    /// The stream is public: the authenticator is not asked.
    None,
}

/// The facts about one websocket stream that the runtime needs; generated crates declare one
/// `static` per stream, built with [`WebSocketOperation::new`] and the `const` setters.
///
/// ```
/// use std::time::Duration;
/// use cloudsdk_runtime::{AuthMode, KeepAlive, Resume, WebSocketOperation};
///
/// static APP_LOGS: WebSocketOperation =
///     WebSocketOperation::new("appLogs", "wss://logs-api.clever-cloud.com/logs-socket/{appId}")
///         .signing_url("https://api.clever-cloud.com/v2/logs/logs-socket/{appId}")
///         .auth(AuthMode::FirstMessage)
///         .resume(Resume::new("since", "date"))
///         .keepalive(KeepAlive::new(r#"["ping"]"#, Duration::from_secs(40)));
/// assert_eq!(APP_LOGS.id, "appLogs");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct WebSocketOperation {
    /// The stream's name, used in traces and errors.
    pub id: &'static str,
    /// The URL template (`wss://…/{appId}`).
    pub url: &'static str,
    /// The URL template the authenticator signs instead, when they differ.
    pub signing_url: Option<&'static str>,
    /// How credentials are sent.
    pub auth: AuthMode,
    /// How to resume after a reconnect, when the server supports it.
    pub resume: Option<Resume>,
    /// Whether the signing URL is signed with the connection's query.
    pub signing_query: SigningQuery,
    /// The frame sent periodically to keep the connection open, when the server wants one.
    pub keepalive: Option<KeepAlive>,
    /// The frame by which the server says it accepted the credentials: consumed, never
    /// yielded.
    pub ready: Option<FrameMatch>,
    /// The frame by which the server rejects the credentials instead of closing: the stream
    /// ends with [`Error::WebSocketRejected`](crate::Error::WebSocketRejected), unretried.
    pub auth_error: Option<FrameMatch>,
}

impl WebSocketOperation {
    /// A stream authenticated with headers on the upgrade request, without signing URL,
    /// resume, keep-alive or control frames.
    ///
    /// ```
    /// use cloudsdk_runtime::{AuthMode, WebSocketOperation};
    ///
    /// static EVENTS: WebSocketOperation =
    ///     WebSocketOperation::new("events", "wss://ws.cloud.docker.com/api/audit/v1/events/");
    /// assert_eq!(EVENTS.auth, AuthMode::Header);
    /// ```
    pub const fn new(id: &'static str, url: &'static str) -> Self {
        Self {
            id,
            url,
            signing_url: None,
            auth: AuthMode::Header,
            resume: None,
            signing_query: SigningQuery::Exclude,
            keepalive: None,
            ready: None,
            auth_error: None,
        }
    }

    /// Sets the URL template the authenticator signs.
    ///
    /// ```
    /// # use cloudsdk_runtime::WebSocketOperation;
    /// static LOGS: WebSocketOperation = WebSocketOperation::new("logs", "wss://a.example/{id}")
    ///     .signing_url("https://b.example/{id}");
    /// # let _ = &LOGS;
    /// ```
    pub const fn signing_url(mut self, template: &'static str) -> Self {
        self.signing_url = Some(template);
        self
    }

    /// Sets how credentials are sent.
    ///
    /// ```
    /// # use cloudsdk_runtime::{AuthMode, WebSocketOperation};
    /// static LOGS: WebSocketOperation =
    ///     WebSocketOperation::new("logs", "wss://a.example/{id}").auth(AuthMode::FirstMessage);
    /// # let _ = &LOGS;
    /// ```
    pub const fn auth(mut self, auth: AuthMode) -> Self {
        self.auth = auth;
        self
    }

    /// Sets how the stream resumes after a reconnect.
    ///
    /// ```
    /// # use cloudsdk_runtime::{Resume, WebSocketOperation};
    /// static LOGS: WebSocketOperation = WebSocketOperation::new("logs", "wss://a.example/{id}")
    ///     .resume(Resume::new("since", "date"));
    /// # let _ = &LOGS;
    /// ```
    pub const fn resume(mut self, resume: Resume) -> Self {
        self.resume = Some(resume);
        self
    }

    /// Sets whether the signing URL is signed with the connection's query (the default,
    /// [`SigningQuery::Exclude`], signs it as declared).
    ///
    /// ```
    /// # use cloudsdk_runtime::{SigningQuery, WebSocketOperation};
    /// static LOGS: WebSocketOperation = WebSocketOperation::new("logs", "wss://a.example/{id}")
    ///     .signing_url("https://b.example/{id}")
    ///     .signing_query(SigningQuery::Include);
    /// # let _ = &LOGS;
    /// ```
    pub const fn signing_query(mut self, rule: SigningQuery) -> Self {
        self.signing_query = rule;
        self
    }

    /// Sets the keep-alive frame and its interval (see [`KeepAlive`]).
    ///
    /// ```
    /// # use std::time::Duration;
    /// # use cloudsdk_runtime::{KeepAlive, WebSocketOperation};
    /// static LOGS: WebSocketOperation = WebSocketOperation::new("logs", "wss://a.example/{id}")
    ///     .keepalive(KeepAlive::new(r#"["ping"]"#, Duration::from_secs(40)));
    /// # let _ = &LOGS;
    /// ```
    pub const fn keepalive(mut self, keepalive: KeepAlive) -> Self {
        self.keepalive = Some(keepalive);
        self
    }

    /// Sets the `(field, value)` pairs of the server's ready frame (see [`FrameMatch`]).
    ///
    /// ```
    /// # use cloudsdk_runtime::WebSocketOperation;
    /// static EVENTS: WebSocketOperation = WebSocketOperation::new("events", "wss://a.example/")
    ///     .ready(&[("type", "socket_ready")]);
    /// # let _ = &EVENTS;
    /// ```
    pub const fn ready(mut self, fields: &'static [(&'static str, &'static str)]) -> Self {
        self.ready = Some(FrameMatch::new(fields));
        self
    }

    /// Sets the `(field, value)` pairs of the frame rejecting the credentials (see
    /// [`FrameMatch`]).
    ///
    /// ```
    /// # use cloudsdk_runtime::WebSocketOperation;
    /// static EVENTS: WebSocketOperation = WebSocketOperation::new("events", "wss://a.example/")
    ///     .auth_error(&[("type", "error"), ("id", "2001")]);
    /// # let _ = &EVENTS;
    /// ```
    pub const fn auth_error(mut self, fields: &'static [(&'static str, &'static str)]) -> Self {
        self.auth_error = Some(FrameMatch::new(fields));
        self
    }
}
