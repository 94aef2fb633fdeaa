//! A static bearer token (Civo API keys, Clever Cloud API tokens).

use std::fmt;

use crate::{AuthError, Authenticator, BoxFuture, RequestParts, Url, WebSocketAuth};
use crate::{Secret, fixed::FixedHeader, header_value};

/// Sends `Authorization: <scheme> <token>` on every request and websocket upgrade.
///
/// The header is only sent over `https://` and `wss://`, or to a loopback host, unless
/// [`BearerToken::allow_insecure_http`] allows plain HTTP.
///
/// ```
/// let auth = cloudsdk_auth::BearerToken::new("tok")?;
/// assert_eq!(
///     format!("{auth:?}"),
///     "BearerToken { scheme: \"Bearer\", token: [redacted], allow_insecure_http: false }"
/// );
/// # Ok::<(), cloudsdk_auth::AuthError>(())
/// ```
#[derive(Clone)]
pub struct BearerToken {
    scheme: &'static str,
    header: FixedHeader,
}

impl fmt::Debug for BearerToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BearerToken")
            .field("scheme", &self.scheme)
            .field("token", &Secret::new(""))
            .field("allow_insecure_http", &self.header.allow_insecure)
            .finish()
    }
}

const OPT_IN: &str = "BearerToken::allow_insecure_http()";

impl BearerToken {
    /// `Authorization: Bearer <token>` (Clever Cloud API tokens and any RFC 6750 API). Fails
    /// when the token is empty or holds whitespace or characters a header cannot carry.
    ///
    /// ```
    /// let auth = cloudsdk_auth::BearerToken::new("abc")?;
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn new(token: impl Into<Secret>) -> Result<Self, AuthError> {
        Self::with_scheme("Bearer", token.into())
    }

    /// `Authorization: bearer <key>`, exactly as Civo documents it for API keys.
    ///
    /// ```
    /// let auth = cloudsdk_auth::BearerToken::civo("civo-api-key")?;
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn civo(api_key: impl Into<Secret>) -> Result<Self, AuthError> {
        Self::with_scheme("bearer", api_key.into())
    }

    fn with_scheme(scheme: &'static str, token: Secret) -> Result<Self, AuthError> {
        let raw = token.expose();
        if raw.is_empty() {
            return Err(AuthError::InvalidCredentials(
                "the bearer token is empty; set the API key or token".into(),
            ));
        }
        if raw.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(AuthError::InvalidCredentials(
                "the bearer token contains whitespace or control characters (a stray newline \
                 when pasting?); remove them"
                    .into(),
            ));
        }
        Ok(BearerToken {
            scheme,
            header: FixedHeader::new(header_value(&format!("{scheme} {raw}"))?, OPT_IN),
        })
    }

    /// Also sends the token over plain `http://` and `ws://` to hosts that are not loopback,
    /// where anyone on the path can read it. Only for trusted networks.
    ///
    /// ```
    /// let auth = cloudsdk_auth::BearerToken::new("tok")?.allow_insecure_http();
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn allow_insecure_http(mut self) -> Self {
        self.header.allow_insecure = true;
        self
    }
}

impl Authenticator for BearerToken {
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
