//! HTTP Basic authentication (Docker Cloud: user name and API key).

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

use crate::{AuthError, Authenticator, BoxFuture, RequestParts, Url, WebSocketAuth};
use crate::{Secret, fixed::FixedHeader, header_value};

/// Sends a fixed `Authorization` header: `Basic base64(user:api_key)`, or a complete value taken
/// from `DOCKERCLOUD_AUTH`. Docker Cloud's websockets get the same header on the upgrade
/// request.
///
/// The header is only sent over `https://` and `wss://`, or to a loopback host, unless
/// [`BasicAuth::allow_insecure_http`] allows plain HTTP.
///
/// ```
/// let auth = cloudsdk_auth::BasicAuth::new("alice", "api-key")?;
/// assert_eq!(
///     format!("{auth:?}"),
///     "BasicAuth { user: Some(\"alice\"), authorization: [redacted], allow_insecure_http: false }"
/// );
/// # Ok::<(), cloudsdk_auth::AuthError>(())
/// ```
#[derive(Clone)]
pub struct BasicAuth {
    user: Option<String>,
    header: FixedHeader,
}

impl fmt::Debug for BasicAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BasicAuth")
            .field("user", &self.user)
            .field("authorization", &Secret::new(""))
            .field("allow_insecure_http", &self.header.allow_insecure)
            .finish()
    }
}

const OPT_IN: &str = "BasicAuth::allow_insecure_http()";

/// The environment variable holding a complete `Authorization` value.
pub const ENV_AUTH: &str = "DOCKERCLOUD_AUTH";
/// The environment variable holding the Docker Cloud user name.
pub const ENV_USER: &str = "DOCKERCLOUD_USER";
/// The environment variable holding the Docker Cloud API key.
pub const ENV_APIKEY: &str = "DOCKERCLOUD_APIKEY";

impl BasicAuth {
    /// `Authorization: Basic base64(user ":" api_key)`. Fails when the user is empty or holds a
    /// `:` (RFC 7617 forbids it), or when either holds control characters.
    ///
    /// ```
    /// let auth = cloudsdk_auth::BasicAuth::new("Aladdin", "open sesame")?;
    /// assert_eq!(auth.authorization().expose(), "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn new(user: impl Into<String>, api_key: impl Into<Secret>) -> Result<Self, AuthError> {
        let user = user.into();
        let api_key = api_key.into();
        if user.is_empty() {
            return Err(AuthError::InvalidCredentials(
                "the Basic auth user name is empty; set the Docker Cloud user name".into(),
            ));
        }
        if user.contains(':') {
            return Err(AuthError::InvalidCredentials(
                "the Basic auth user name contains ':', which Basic authentication cannot carry"
                    .into(),
            ));
        }
        if user.chars().any(char::is_control) || api_key.expose().chars().any(char::is_control) {
            return Err(AuthError::InvalidCredentials(
                "the Basic auth user name or API key contains control characters (a stray \
                 newline?); remove them"
                    .into(),
            ));
        }
        let encoded = BASE64.encode(format!("{user}:{}", api_key.expose()));
        let value = header_value(&format!("Basic {encoded}"))?;
        Ok(BasicAuth {
            user: Some(user),
            header: FixedHeader::new(value, OPT_IN),
        })
    }

    /// A complete `Authorization` value sent as is (what `DOCKERCLOUD_AUTH` holds, e.g.
    /// `Basic dXNlcjprZXk=`). Fails when it is empty or holds characters a header cannot carry.
    ///
    /// ```
    /// let auth = cloudsdk_auth::BasicAuth::from_authorization("Basic dXNlcjprZXk=")?;
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn from_authorization(value: impl Into<Secret>) -> Result<Self, AuthError> {
        let value = value.into();
        let trimmed = value.expose().trim();
        if trimmed.is_empty() {
            return Err(AuthError::InvalidCredentials(format!(
                "{ENV_AUTH} is empty; it must hold a complete Authorization value"
            )));
        }
        Ok(BasicAuth {
            user: None,
            header: FixedHeader::new(header_value(trimmed)?, OPT_IN),
        })
    }

    /// Reads the process environment; see [`BasicAuth::from_lookup`] for the rules.
    ///
    /// ```no_run
    /// let auth = cloudsdk_auth::BasicAuth::from_env()?;
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn from_env() -> Result<Self, AuthError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads credentials through `lookup` (a variable name to its value):
    ///
    /// 1. `DOCKERCLOUD_AUTH`, when set and not empty, is sent as is and wins over the others;
    /// 2. otherwise `DOCKERCLOUD_USER` and `DOCKERCLOUD_APIKEY` must both be set.
    ///
    /// Empty values count as unset. Errors name the missing variables, never the values.
    ///
    /// ```
    /// use cloudsdk_auth::BasicAuth;
    /// let env = |name: &str| match name {
    ///     "DOCKERCLOUD_USER" => Some("alice".to_owned()),
    ///     "DOCKERCLOUD_APIKEY" => Some("key".to_owned()),
    ///     _ => None,
    /// };
    /// let auth = BasicAuth::from_lookup(env)?;
    /// assert_eq!(auth.authorization().expose(), "Basic YWxpY2U6a2V5");
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, AuthError> {
        let get = |name: &str| lookup(name).filter(|v| !v.is_empty());
        if let Some(auth) = get(ENV_AUTH) {
            return Self::from_authorization(auth);
        }
        match (get(ENV_USER), get(ENV_APIKEY)) {
            (Some(user), Some(key)) => Self::new(user, key),
            (Some(_), None) => Err(AuthError::MissingCredentials(format!(
                "{ENV_USER} is set but {ENV_APIKEY} is not; set both, or {ENV_AUTH}"
            ))),
            (None, Some(_)) => Err(AuthError::MissingCredentials(format!(
                "{ENV_APIKEY} is set but {ENV_USER} is not; set both, or {ENV_AUTH}"
            ))),
            (None, None) => Err(AuthError::MissingCredentials(format!(
                "set {ENV_USER} and {ENV_APIKEY}, or {ENV_AUTH}"
            ))),
        }
    }

    /// Also sends the header over plain `http://` and `ws://` to hosts that are not loopback,
    /// where anyone on the path can read it. Only for trusted networks.
    ///
    /// ```
    /// let auth = cloudsdk_auth::BasicAuth::new("alice", "key")?.allow_insecure_http();
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn allow_insecure_http(mut self) -> Self {
        self.header.allow_insecure = true;
        self
    }

    /// The user name, when built from a user and key rather than a complete value.
    ///
    /// ```
    /// assert_eq!(cloudsdk_auth::BasicAuth::new("bob", "k")?.user(), Some("bob"));
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn user(&self) -> Option<&str> {
        self.user.as_deref()
    }

    /// The `Authorization` value that is sent.
    ///
    /// ```
    /// let auth = cloudsdk_auth::BasicAuth::new("u", "p")?;
    /// assert!(auth.authorization().expose().starts_with("Basic "));
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn authorization(&self) -> Secret {
        // The value was built from a `&str` (`header_value`), so it is visible ASCII.
        Secret::new(self.header.value.to_str().unwrap_or_default())
    }
}

impl Authenticator for BasicAuth {
    fn authenticate<'a>(
        &'a self,
        request: RequestParts<'a>,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        Box::pin(std::future::ready(self.header.authenticate(request)))
    }

    fn websocket<'a>(
        &'a self,
        connect_url: &'a Url,
        _signing_url: Option<&'a Url>,
    ) -> BoxFuture<'a, Result<WebSocketAuth, AuthError>> {
        Box::pin(std::future::ready(self.header.websocket(connect_url)))
    }
}
