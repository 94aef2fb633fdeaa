//! A static bearer token (Civo API keys, Clever Cloud API tokens).

use std::fmt;

use http::header::AUTHORIZATION;

use crate::{AuthError, Authenticator, BoxFuture, HeaderValue, RequestParts, Url, WebSocketAuth};
use crate::{Secret, header_value};

/// Sends `Authorization: <scheme> <token>` on every request and websocket upgrade.
///
/// ```
/// let auth = cloudsdk_auth::BearerToken::new("tok")?;
/// assert_eq!(format!("{auth:?}"), "BearerToken { scheme: \"Bearer\", token: [redacted] }");
/// # Ok::<(), cloudsdk_auth::AuthError>(())
/// ```
#[derive(Clone)]
pub struct BearerToken {
    scheme: &'static str,
    value: HeaderValue,
}

impl fmt::Debug for BearerToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BearerToken")
            .field("scheme", &self.scheme)
            .field("token", &Secret::new(""))
            .finish()
    }
}

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
            value: header_value(&format!("{scheme} {raw}"))?,
        })
    }
}

impl Authenticator for BearerToken {
    fn authenticate<'a>(
        &'a self,
        request: RequestParts<'a>,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        request.headers.insert(AUTHORIZATION, self.value.clone());
        Box::pin(std::future::ready(Ok(())))
    }

    fn websocket<'a>(
        &'a self,
        _connect_url: &'a Url,
        _signing_url: Option<&'a Url>,
    ) -> BoxFuture<'a, Result<WebSocketAuth, AuthError>> {
        let mut auth = WebSocketAuth::default();
        auth.headers.insert(AUTHORIZATION, self.value.clone());
        Box::pin(std::future::ready(Ok(auth)))
    }
}
