//! Token exchange with a cache: Civo (API key to JWT) and Camunda (OAuth 2 client credentials).
//!
//! A [`TokenExchange`] fetches an access token from a token endpoint, keeps it until shortly
//! before it expires and sends it as `Authorization: Bearer <token>`:
//!
//! * the lifetime comes from `expires_in` or the JWT's `exp` claim, whichever ends first (the
//!   JWT is decoded, not verified);
//! * when many requests need a token at once, one token request is made and the others wait
//!   for it (single flight);
//! * [`Authenticator::unauthorized`] drops the token so the retried request fetches a new one;
//! * after a failure the endpoint is left alone for a back-off period that doubles with each
//!   consecutive failure (Camunda blocks clients that burst token requests); meanwhile a token
//!   that has not yet expired is still used.

use std::fmt;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD_INDIFFERENT as BASE64URL;
use http::StatusCode;
use http::header::{ACCEPT, AUTHORIZATION};

use crate::{AuthError, Authenticator, BoxFuture, HeaderValue, RequestParts, Secret, Url};
use crate::{WebSocketAuth, endpoint_name, header_value};

/// Where a [`TokenExchange`] reads the time. Replace it in tests to move time by hand.
pub trait Clock: Send + Sync + 'static {
    /// A monotonic instant (expiry and back-off are measured with it).
    fn now(&self) -> Instant;
    /// Seconds since the Unix epoch (compared with a JWT's `exp` claim).
    fn unix_time(&self) -> u64;
}

/// The system clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }

    fn unix_time(&self) -> u64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0)
    }
}

/// The default Civo token endpoint.
pub const CIVO_TOKEN_URL: &str = "https://api.civo.com/v2/auth/exchange";
/// The default Camunda SaaS token endpoint.
pub const CAMUNDA_TOKEN_URL: &str = "https://login.cloud.camunda.io/oauth/token";
/// The default Camunda SaaS audience.
pub const CAMUNDA_AUDIENCE: &str = "api.cloud.camunda.io";

/// Largest token endpoint answer read, in bytes.
const MAX_BODY: usize = 256 * 1024;

#[derive(Clone)]
enum Provider {
    Civo {
        api_key: HeaderValue,
    },
    Camunda {
        client_id: String,
        client_secret: Secret,
        audience: String,
    },
}

impl Provider {
    fn rejected_hint(&self) -> &'static str {
        match self {
            Provider::Civo { .. } => {
                "check the Civo API key (it may have been regenerated or revoked)"
            }
            Provider::Camunda { .. } => {
                "check the Camunda client id, client secret and audience (the client may have \
                 been deleted)"
            }
        }
    }
}

#[derive(Clone)]
struct Config {
    provider: Provider,
    token_url: Url,
    client: reqwest::Client,
    clock: Arc<dyn Clock>,
    refresh_margin: Duration,
    timeout: Duration,
    backoff: Duration,
    max_backoff: Duration,
    default_lifetime: Duration,
}

struct Failure {
    until: Instant,
    message: String,
}

#[derive(Default)]
struct Failures {
    last: Option<Failure>,
    consecutive: u32,
}

struct Inner {
    config: Config,
    endpoint: String,
    cached: RwLock<Option<Arc<AccessToken>>>,
    refresh: tokio::sync::Mutex<Failures>,
}

/// A token obtained from a token endpoint.
#[derive(Clone)]
pub struct AccessToken {
    authorization: HeaderValue,
    token: Secret,
    refresh_at: Instant,
    expires_at: Instant,
    account_id: Option<String>,
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessToken")
            .field("token", &self.token)
            .field("expires_at", &self.expires_at)
            .field("account_id", &self.account_id)
            .finish_non_exhaustive()
    }
}

impl AccessToken {
    /// The access token.
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), cloudsdk_auth::AuthError> {
    /// let token = cloudsdk_auth::TokenExchange::civo("key")?.access_token().await?;
    /// let bearer = token.secret().expose();
    /// # Ok(()) }
    /// ```
    pub fn secret(&self) -> &Secret {
        &self.token
    }

    /// When the token expires (by the exchange's clock).
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), cloudsdk_auth::AuthError> {
    /// let token = cloudsdk_auth::TokenExchange::civo("key")?.access_token().await?;
    /// let left = token.expires_at().saturating_duration_since(std::time::Instant::now());
    /// # Ok(()) }
    /// ```
    pub fn expires_at(&self) -> Instant {
        self.expires_at
    }

    /// Civo's `account_id`, when the endpoint sent one.
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), cloudsdk_auth::AuthError> {
    /// let token = cloudsdk_auth::TokenExchange::civo("key")?.access_token().await?;
    /// if let Some(account) = token.account_id() { println!("{account}"); }
    /// # Ok(()) }
    /// ```
    pub fn account_id(&self) -> Option<&str> {
        self.account_id.as_deref()
    }
}

/// A cached token exchange (Civo or Camunda). Clones share the cache.
///
/// ```no_run
/// use cloudsdk_auth::{Authenticator, TokenExchange};
/// # async fn demo() -> Result<(), cloudsdk_auth::AuthError> {
/// let auth = TokenExchange::camunda("client-id", "client-secret")?;
/// let token = auth.access_token().await?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct TokenExchange {
    inner: Arc<Inner>,
}

impl fmt::Debug for TokenExchange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (kind, id) = match &self.inner.config.provider {
            Provider::Civo { .. } => ("civo", None),
            Provider::Camunda { client_id, .. } => ("camunda", Some(client_id.as_str())),
        };
        f.debug_struct("TokenExchange")
            .field("provider", &kind)
            .field("client_id", &id)
            .field("token_url", &self.inner.endpoint)
            .field("secret", &Secret::new(""))
            .finish_non_exhaustive()
    }
}

fn default_client() -> Result<reqwest::Client, AuthError> {
    reqwest::Client::builder().build().map_err(|e| {
        AuthError::InvalidRequest(format!(
            "cannot create the HTTP client for the token endpoint: {e}"
        ))
    })
}

fn parse_url(url: &str) -> Result<Url, AuthError> {
    Url::parse(url).map_err(|e| AuthError::InvalidRequest(format!("invalid token URL: {e}")))
}

impl TokenExchange {
    fn from_config(config: Config) -> Self {
        TokenExchange {
            inner: Arc::new(Inner {
                endpoint: endpoint_name(&config.token_url),
                config,
                cached: RwLock::new(None),
                refresh: tokio::sync::Mutex::new(Failures::default()),
            }),
        }
    }

    fn new(provider: Provider, token_url: &str) -> Result<Self, AuthError> {
        Ok(Self::from_config(Config {
            provider,
            token_url: parse_url(token_url)?,
            client: default_client()?,
            clock: Arc::new(SystemClock),
            refresh_margin: Duration::from_secs(60),
            timeout: Duration::from_secs(30),
            backoff: Duration::from_secs(5),
            max_backoff: Duration::from_secs(300),
            default_lifetime: Duration::from_secs(300),
        }))
    }

    fn with_config(self, change: impl FnOnce(&mut Config)) -> Self {
        let mut config = self.inner.config.clone();
        change(&mut config);
        Self::from_config(config)
    }

    /// Civo: exchanges an API key for a JWT with `POST /v2/auth/exchange`, the key sent as
    /// bearer token. Fails when the key is empty or not header-safe.
    ///
    /// ```
    /// let auth = cloudsdk_auth::TokenExchange::civo("civo-api-key")?;
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn civo(api_key: impl Into<Secret>) -> Result<Self, AuthError> {
        let api_key = api_key.into();
        let key = api_key.expose();
        if key.is_empty() || key.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(AuthError::InvalidCredentials(
                "the Civo API key is empty or contains whitespace; copy it again from the Civo \
                 dashboard"
                    .into(),
            ));
        }
        let api_key = header_value(&format!("Bearer {key}"))?;
        Self::new(Provider::Civo { api_key }, CIVO_TOKEN_URL)
    }

    /// Camunda SaaS: OAuth 2 client credentials, with audience `api.cloud.camunda.io`.
    ///
    /// ```
    /// let auth = cloudsdk_auth::TokenExchange::camunda("id", "secret")?;
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn camunda(
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
    ) -> Result<Self, AuthError> {
        let client_id = client_id.into();
        let client_secret = client_secret.into();
        if client_id.is_empty() || client_secret.is_empty() {
            return Err(AuthError::InvalidCredentials(
                "the Camunda client id or client secret is empty; create API client credentials \
                 in the Camunda console"
                    .into(),
            ));
        }
        if client_id.chars().any(char::is_control)
            || client_secret.expose().chars().any(char::is_control)
        {
            return Err(AuthError::InvalidCredentials(
                "the Camunda client id or secret contains control characters (a stray \
                 newline?); remove them"
                    .into(),
            ));
        }
        Self::new(
            Provider::Camunda {
                client_id,
                client_secret,
                audience: CAMUNDA_AUDIENCE.into(),
            },
            CAMUNDA_TOKEN_URL,
        )
    }

    /// Uses another token endpoint (a Civo region, a self-managed Camunda, a test server).
    ///
    /// ```
    /// let auth = cloudsdk_auth::TokenExchange::civo("key")?
    ///     .with_token_url("http://127.0.0.1:8080/v2/auth/exchange")?;
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_token_url(self, url: &str) -> Result<Self, AuthError> {
        let url = parse_url(url)?;
        Ok(self.with_config(|c| c.token_url = url))
    }

    /// OAuth 2 client credentials against any token endpoint: a JSON `client_credentials` grant,
    /// with an `audience` only when [`TokenExchange::with_audience`] sets one.
    ///
    /// ```
    /// let auth = cloudsdk_auth::TokenExchange::client_credentials(
    ///     "https://login.example.com/oauth/token",
    ///     "id",
    ///     "secret",
    /// )?
    /// .with_audience("api.example.com");
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn client_credentials(
        token_url: &str,
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
    ) -> Result<Self, AuthError> {
        Self::camunda(client_id, client_secret)?
            .with_audience("")
            .with_token_url(token_url)
    }

    /// Sets the Camunda audience (no effect for Civo).
    ///
    /// ```
    /// let auth = cloudsdk_auth::TokenExchange::camunda("id", "secret")?.with_audience("zeebe.camunda.io");
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_audience(self, audience: impl Into<String>) -> Self {
        let audience = audience.into();
        self.with_config(|c| {
            if let Provider::Camunda { audience: a, .. } = &mut c.provider {
                *a = audience;
            }
        })
    }

    /// Uses this HTTP client for token requests (share the API client's, with its TLS setup).
    ///
    /// ```
    /// let auth = cloudsdk_auth::TokenExchange::civo("key")?.with_client(reqwest::Client::new());
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_client(self, client: reqwest::Client) -> Self {
        self.with_config(|c| c.client = client)
    }

    /// Replaces the clock (tests).
    ///
    /// ```
    /// use cloudsdk_auth::token::SystemClock;
    /// let auth = cloudsdk_auth::TokenExchange::civo("key")?.with_clock(SystemClock);
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_clock(self, clock: impl Clock) -> Self {
        let clock: Arc<dyn Clock> = Arc::new(clock);
        self.with_config(|c| c.clock = clock)
    }

    /// How long before expiry a token is replaced (default 60 s, at most half its lifetime).
    ///
    /// ```
    /// # use std::time::Duration;
    /// let auth = cloudsdk_auth::TokenExchange::civo("key")?.with_refresh_margin(Duration::from_secs(10));
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_refresh_margin(self, margin: Duration) -> Self {
        self.with_config(|c| c.refresh_margin = margin)
    }

    /// The time allowed for one token request (default 30 s).
    ///
    /// ```
    /// # use std::time::Duration;
    /// let auth = cloudsdk_auth::TokenExchange::civo("key")?.with_timeout(Duration::from_secs(5));
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_timeout(self, timeout: Duration) -> Self {
        self.with_config(|c| c.timeout = timeout)
    }

    /// The back-off after a failed token request (default 5 s), doubled for each consecutive
    /// failure up to `max` (default 5 min).
    ///
    /// ```
    /// # use std::time::Duration;
    /// let auth = cloudsdk_auth::TokenExchange::civo("key")?
    ///     .with_backoff(Duration::from_secs(1), Duration::from_secs(60));
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_backoff(self, first: Duration, max: Duration) -> Self {
        self.with_config(|c| {
            c.backoff = first;
            c.max_backoff = max.max(first);
        })
    }

    /// The lifetime assumed when the endpoint gives neither `expires_in` nor a JWT `exp`
    /// (default 5 min).
    ///
    /// ```
    /// # use std::time::Duration;
    /// let auth = cloudsdk_auth::TokenExchange::civo("key")?.with_default_lifetime(Duration::from_secs(600));
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_default_lifetime(self, lifetime: Duration) -> Self {
        self.with_config(|c| c.default_lifetime = lifetime)
    }

    /// The cached `Authorization` value when a fresh token is cached; never makes a request.
    /// This is the fast path every request takes.
    ///
    /// ```
    /// let auth = cloudsdk_auth::TokenExchange::civo("key")?;
    /// assert!(auth.cached_authorization().is_none());
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn cached_authorization(&self) -> Option<HeaderValue> {
        // Only the header value is cloned, under the read lock: no reference count of the
        // token to bump and drop again.
        let now = self.inner.config.clock.now();
        let guard = self.inner.cached.read().unwrap_or_else(|e| e.into_inner());
        let token = guard.as_ref()?;
        (now < token.refresh_at).then(|| token.authorization.clone())
    }

    fn cached(&self) -> Option<Arc<AccessToken>> {
        // A poisoned lock only means a writer panicked between two plain stores; the value is
        // still a valid `Option<Arc<_>>`.
        let guard = self.inner.cached.read().unwrap_or_else(|e| e.into_inner());
        guard.clone()
    }

    fn fresh(&self) -> Option<Arc<AccessToken>> {
        let now = self.inner.config.clock.now();
        let guard = self.inner.cached.read().unwrap_or_else(|e| e.into_inner());
        let token = guard.as_ref()?;
        (now < token.refresh_at).then(|| Arc::clone(token))
    }

    fn store(&self, token: Option<Arc<AccessToken>>) {
        *self.inner.cached.write().unwrap_or_else(|e| e.into_inner()) = token;
    }

    /// A valid token: the cached one, or a new one from the token endpoint (one request at a
    /// time, with back-off after failures).
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), cloudsdk_auth::AuthError> {
    /// let auth = cloudsdk_auth::TokenExchange::civo("key")?;
    /// println!("account {:?}", auth.access_token().await?.account_id());
    /// # Ok(()) }
    /// ```
    pub async fn access_token(&self) -> Result<AccessToken, AuthError> {
        self.token().await.map(|t| (*t).clone())
    }

    async fn token(&self) -> Result<Arc<AccessToken>, AuthError> {
        if let Some(token) = self.fresh() {
            return Ok(token);
        }
        let mut failures = self.inner.refresh.lock().await;
        // Another caller may have refreshed while this one waited.
        if let Some(token) = self.fresh() {
            return Ok(token);
        }
        let clock = &self.inner.config.clock;
        // A token past its refresh time but not expired still works while the endpoint fails.
        let still_valid = || self.cached().filter(|t| clock.now() < t.expires_at);
        if let Some(failure) = &failures.last {
            let now = clock.now();
            if now < failure.until {
                if let Some(token) = still_valid() {
                    return Ok(token);
                }
                return Err(AuthError::Backoff {
                    endpoint: self.inner.endpoint.clone(),
                    retry_in: failure.until - now,
                    last_error: failure.message.clone(),
                });
            }
        }
        tracing::debug!(endpoint = %self.inner.endpoint, "requesting a new access token");
        match self.fetch().await {
            Ok(token) => {
                let token = Arc::new(token);
                self.store(Some(Arc::clone(&token)));
                *failures = Failures::default();
                Ok(token)
            }
            Err(error) => {
                let config = &self.inner.config;
                let shift = failures.consecutive.min(16);
                failures.consecutive = failures.consecutive.saturating_add(1);
                let wait = config
                    .backoff
                    .saturating_mul(1u32 << shift)
                    .min(config.max_backoff);
                tracing::warn!(endpoint = %self.inner.endpoint, error = %error, backoff = ?wait, "token request failed");
                failures.last = Some(Failure {
                    until: clock.now() + wait,
                    message: error.to_string(),
                });
                match still_valid() {
                    Some(token) => Ok(token),
                    None => Err(error),
                }
            }
        }
    }

    async fn fetch(&self) -> Result<AccessToken, AuthError> {
        let config = &self.inner.config;
        let endpoint = &self.inner.endpoint;
        let request = config
            .client
            .post(config.token_url.clone())
            .header(ACCEPT, "application/json");
        let request = match &config.provider {
            Provider::Civo { api_key } => request.header(AUTHORIZATION, api_key.clone()),
            Provider::Camunda {
                client_id,
                client_secret,
                audience,
            } => {
                let mut body = serde_json::json!({
                    "grant_type": "client_credentials",
                    "client_id": client_id,
                    "client_secret": client_secret.expose(),
                });
                if !audience.is_empty() {
                    body["audience"] = serde_json::Value::from(audience.as_str());
                }
                request.json(&body)
            }
        };
        let (status, body) = crate::exchange(request, endpoint, MAX_BODY, config.timeout).await?;
        self.parse(status, &body)
    }

    fn parse(&self, status: StatusCode, body: &[u8]) -> Result<AccessToken, AuthError> {
        let endpoint = &self.inner.endpoint;
        let json: Option<serde_json::Value> = serde_json::from_slice(body).ok();
        if !status.is_success() {
            let detail = json.as_ref().and_then(error_detail);
            return Err(match status.as_u16() {
                400 | 401 | 403 => AuthError::Rejected {
                    endpoint: endpoint.clone(),
                    status: status.as_u16(),
                    detail,
                    hint: self.inner.config.provider.rejected_hint(),
                },
                code => AuthError::EndpointStatus {
                    endpoint: endpoint.clone(),
                    status: code,
                    detail,
                },
            });
        }
        let invalid = |reason: String| AuthError::InvalidResponse {
            endpoint: endpoint.clone(),
            reason,
        };
        let json = match json {
            Some(json) => json,
            None => {
                // The error is re-parsed only for its position and category: serde messages
                // can quote values, and values here may be secrets.
                let reason = match serde_json::from_slice::<serde_json::Value>(body) {
                    Err(e) => format!(
                        "not JSON ({:?} error at line {} column {})",
                        e.classify(),
                        e.line(),
                        e.column()
                    ),
                    Ok(_) => "not JSON".to_owned(),
                };
                return Err(invalid(reason));
            }
        };
        let object = json
            .as_object()
            .ok_or_else(|| invalid("a JSON value that is not an object".into()))?;
        let access_token = match object.get("access_token") {
            Some(serde_json::Value::String(t)) if !t.is_empty() => t.as_str(),
            Some(_) => return Err(invalid("\"access_token\" is not a non-empty string".into())),
            None => return Err(invalid("no \"access_token\" field".into())),
        };
        if access_token
            .chars()
            .any(|c| c.is_whitespace() || c.is_control())
        {
            return Err(invalid("\"access_token\" contains whitespace".into()));
        }
        let expires_in = match object.get("expires_in") {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::Number(n)) => Some(n.as_f64().unwrap_or(0.0)),
            Some(serde_json::Value::String(s)) => Some(
                s.trim()
                    .parse::<f64>()
                    .map_err(|_| invalid("\"expires_in\" is not a number".into()))?,
            ),
            Some(_) => return Err(invalid("\"expires_in\" is not a number".into())),
        };
        let account_id = match object.get("account_id") {
            Some(serde_json::Value::String(s)) => Some(s.clone()),
            Some(serde_json::Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };

        let clock = &self.inner.config.clock;
        let now = clock.now();
        let from_expires_in = expires_in.map(|secs| secs.max(0.0).min(u32::MAX as f64) as u64);
        let from_jwt = jwt_exp(access_token).map(|exp| exp.saturating_sub(clock.unix_time()));
        let lifetime_secs = match (from_expires_in, from_jwt) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) | (None, Some(a)) => a,
            (None, None) => self.inner.config.default_lifetime.as_secs(),
        };
        if lifetime_secs == 0 {
            return Err(AuthError::TokenExpired {
                endpoint: endpoint.clone(),
            });
        }
        let lifetime = Duration::from_secs(lifetime_secs);
        let margin = self.inner.config.refresh_margin.min(lifetime / 2);
        Ok(AccessToken {
            authorization: header_value(&format!("Bearer {access_token}"))?,
            token: Secret::new(access_token),
            refresh_at: now + (lifetime - margin),
            expires_at: now + lifetime,
            account_id,
        })
    }

    async fn authorization(&self) -> Result<HeaderValue, AuthError> {
        Ok(self.token().await?.authorization.clone())
    }
}

/// The `error`, `error_description` or `message` an endpoint put in a JSON error answer, cut to
/// a reasonable length and stripped of control characters.
fn error_detail(json: &serde_json::Value) -> Option<String> {
    let text = |key: &str| json.get(key).and_then(|v| v.as_str()).map(str::to_owned);
    let detail = match (
        text("error"),
        text("error_description").or_else(|| text("message")),
    ) {
        (Some(code), Some(description)) => format!("{code}: {description}"),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => return None,
    };
    Some(
        detail
            .chars()
            .filter(|c| !c.is_control())
            .take(200)
            .collect(),
    )
}

/// The `exp` claim of a JWT (decoded without verifying the signature), when `token` is one.
fn jwt_exp(token: &str) -> Option<u64> {
    let mut parts = token.split('.');
    let (_header, payload, _signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let payload = BASE64URL.decode(payload).ok()?;
    let claims: serde_json::Value = serde_json::from_slice(&payload).ok()?;
    let exp = claims.get("exp")?;
    exp.as_u64()
        .or_else(|| exp.as_f64().filter(|f| *f >= 0.0).map(|f| f as u64))
}

impl Authenticator for TokenExchange {
    fn authenticate<'a>(
        &'a self,
        request: RequestParts<'a>,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        if let Some(authorization) = self.cached_authorization() {
            request.headers.insert(AUTHORIZATION, authorization);
            return Box::pin(std::future::ready(Ok(())));
        }
        Box::pin(async move {
            let value = self.authorization().await?;
            request.headers.insert(AUTHORIZATION, value);
            Ok(())
        })
    }

    /// Drops the cached token (whichever one is cached: the runtime does not say which token
    /// the 401 answered) and asks for a retry; the retry fetches a new token.
    fn unauthorized(&self) -> bool {
        tracing::debug!(endpoint = %self.inner.endpoint, "API answered 401: dropping the cached token");
        self.store(None);
        true
    }

    fn websocket<'a>(
        &'a self,
        _connect_url: &'a Url,
        _signing_url: Option<&'a Url>,
    ) -> BoxFuture<'a, Result<WebSocketAuth, AuthError>> {
        Box::pin(async move {
            let mut auth = WebSocketAuth::default();
            auth.headers
                .insert(AUTHORIZATION, self.authorization().await?);
            Ok(auth)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_jwt_exp_without_verifying() {
        let payload = BASE64URL.encode(br#"{"sub":"x","exp":1700000000}"#);
        assert_eq!(
            jwt_exp(&format!("eyJhbGciOiJIUzI1NiJ9.{payload}.sig")),
            Some(1_700_000_000)
        );
        assert_eq!(jwt_exp("not-a-jwt"), None);
        assert_eq!(jwt_exp("a.b.c"), None);
        let no_exp = BASE64URL.encode(br#"{"sub":"x"}"#);
        assert_eq!(jwt_exp(&format!("h.{no_exp}.s")), None);
    }

    #[test]
    fn error_detail_is_bounded_and_clean() {
        let json =
            serde_json::json!({"error": "invalid_client", "error_description": "bad\nclient"});
        assert_eq!(
            error_detail(&json).as_deref(),
            Some("invalid_client: badclient")
        );
        let long = serde_json::json!({"message": "x".repeat(1000)});
        assert_eq!(error_detail(&long).map(|d| d.len()), Some(200));
        assert_eq!(error_detail(&serde_json::json!({"other": 1})), None);
    }
}
