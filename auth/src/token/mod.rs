//! Token exchange with a cache: Civo (API key to JWT), Camunda and any OAuth 2 server (client
//! credentials).
//!
//! A [`TokenExchange`] fetches an access token from a token endpoint, keeps it until shortly
//! before it expires and sends it as `Authorization: Bearer <token>`:
//!
//! * the lifetime comes from `expires_in` or the JWT's `exp` claim, whichever ends first (the
//!   JWT is decoded, not verified; an `exp` too far ahead to represent counts as "never");
//! * when many requests need a token at once, one token request is made and the others wait
//!   for it (single flight); if the caller making it is cancelled, the next one makes it;
//! * [`Authenticator::unauthorized_with`] drops the token the API refused, unless a refresh
//!   already replaced it, so the retried request carries a new one;
//! * after a failure the endpoint is left alone for a back-off period that doubles with each
//!   consecutive failure (Camunda blocks clients that burst token requests), and lasts at least
//!   as long as the endpoint's `Retry-After`; meanwhile a token that has not yet expired is
//!   still used;
//! * token requests never follow redirects, and credentials and tokens only travel over
//!   `https://` (or to a loopback host) unless [`TokenExchange::allow_insecure_http`] is called.

mod answer;
mod cache;
mod clock;
mod provider;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use http::header::AUTHORIZATION;

use crate::{AuthError, Authenticator, BoxFuture, HeaderMap, HeaderValue, RequestParts, Secret};
use crate::{Url, WebSocketAuth, endpoint, header_value, transport};
pub use answer::AccessToken;
use answer::Lifetimes;
use cache::{Backoff, Cache, Failed};
pub use clock::{Clock, SystemClock};
pub use provider::ClientAuthentication;
use provider::{ClientCredentials, Provider};

/// The default Civo token endpoint.
pub const CIVO_TOKEN_URL: &str = "https://api.civo.com/v2/auth/exchange";
/// The default Camunda SaaS token endpoint.
pub const CAMUNDA_TOKEN_URL: &str = "https://login.cloud.camunda.io/oauth/token";
/// The default Camunda SaaS audience.
pub const CAMUNDA_AUDIENCE: &str = "api.cloud.camunda.io";

/// Largest token endpoint answer read, in bytes.
const MAX_BODY: usize = 256 * 1024;
const OPT_IN: &str = "TokenExchange::allow_insecure_http()";

#[derive(Clone)]
struct Config {
    provider: Provider,
    token_url: Url,
    client: reqwest::Client,
    clock: Arc<dyn Clock>,
    lifetimes: Lifetimes,
    timeout: Duration,
    backoff: Backoff,
    allow_insecure: bool,
}

struct Inner {
    config: Config,
    endpoint: String,
    cache: Cache,
}

/// A cached token exchange (Civo, Camunda, OAuth 2 client credentials). Clones share the cache.
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
        let config = &self.inner.config;
        let (kind, id) = config.provider.describe();
        f.debug_struct("TokenExchange")
            .field("provider", &kind)
            .field("client_id", &id)
            .field("token_url", &self.inner.endpoint)
            .field("secret", &Secret::new(""))
            .field("allow_insecure_http", &config.allow_insecure)
            .finish_non_exhaustive()
    }
}

fn parse_url(url: &str) -> Result<Url, AuthError> {
    Url::parse(url).map_err(|e| AuthError::InvalidRequest(format!("invalid token URL: {e}")))
}

impl TokenExchange {
    fn from_config(config: Config) -> Self {
        TokenExchange {
            inner: Arc::new(Inner {
                endpoint: endpoint::name(&config.token_url),
                config,
                cache: Cache::default(),
            }),
        }
    }

    fn new(provider: Provider, token_url: &str) -> Result<Self, AuthError> {
        Ok(Self::from_config(Config {
            provider,
            token_url: parse_url(token_url)?,
            client: endpoint::client(reqwest::Client::builder())?,
            clock: Arc::new(SystemClock),
            lifetimes: Lifetimes {
                refresh_margin: Duration::from_secs(60),
                default: Duration::from_secs(300),
            },
            timeout: Duration::from_secs(30),
            backoff: Backoff {
                first: Duration::from_secs(5),
                max: Duration::from_secs(300),
            },
            allow_insecure: false,
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

    /// Camunda SaaS: client credentials sent as a JSON body, with audience
    /// `api.cloud.camunda.io`. Fails when the id or secret is empty or holds control
    /// characters.
    ///
    /// ```
    /// let auth = cloudsdk_auth::TokenExchange::camunda("id", "secret")?;
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn camunda(
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
    ) -> Result<Self, AuthError> {
        let mut credentials = ClientCredentials::new(
            client_id.into(),
            client_secret.into(),
            "the Camunda console",
        )?;
        credentials.audience = CAMUNDA_AUDIENCE.into();
        Self::new(Provider::Camunda(credentials), CAMUNDA_TOKEN_URL)
    }

    /// OAuth 2 client credentials against any token endpoint (RFC 6749 section 4.4): a form
    /// body `grant_type=client_credentials`, with `audience` and `scope` when
    /// [`TokenExchange::with_audience`] and [`TokenExchange::with_scope`] set them; the client
    /// is authenticated with HTTP Basic unless [`TokenExchange::with_client_authentication`]
    /// says otherwise. Fails when the URL is invalid, or the id or secret is empty or holds
    /// control characters.
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
        let credentials = ClientCredentials::new(
            client_id.into(),
            client_secret.into(),
            "the authorization server's console",
        )?;
        let how = ClientAuthentication::default();
        Self::new(Provider::ClientCredentials(credentials, how), token_url)
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

    /// Sets the audience of a client credentials grant, or sends none when empty (no effect
    /// for Civo).
    ///
    /// ```
    /// let auth = cloudsdk_auth::TokenExchange::camunda("id", "secret")?.with_audience("zeebe.camunda.io");
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_audience(self, audience: impl Into<String>) -> Self {
        let audience = audience.into();
        self.with_config(|c| {
            if let Some(credentials) = c.provider.credentials_mut() {
                credentials.audience = audience;
            }
        })
    }

    /// Sets the `scope` of a client credentials grant (space-separated), or sends none when
    /// empty (no effect for Civo).
    ///
    /// ```
    /// let auth = cloudsdk_auth::TokenExchange::client_credentials("https://login.example.com/token", "id", "s")?
    ///     .with_scope("read write");
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_scope(self, scope: impl Into<String>) -> Self {
        let scope = scope.into();
        self.with_config(|c| {
            if let Some(credentials) = c.provider.credentials_mut() {
                credentials.scope = scope;
            }
        })
    }

    /// How [`TokenExchange::client_credentials`] authenticates the client: HTTP Basic (the
    /// default) or fields of the form body (no effect for Civo and Camunda).
    ///
    /// ```
    /// use cloudsdk_auth::{TokenExchange, token::ClientAuthentication};
    /// let auth = TokenExchange::client_credentials("https://login.example.com/token", "id", "s")?
    ///     .with_client_authentication(ClientAuthentication::RequestBody);
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_client_authentication(self, how: ClientAuthentication) -> Self {
        self.with_config(|c| {
            if let Provider::ClientCredentials(_, current) = &mut c.provider {
                *current = how;
            }
        })
    }

    /// Builds the HTTP client for token requests from `builder` (its proxy and timeout
    /// settings; with the rustls features its TLS is the [`tls`](crate::tls) module's), with
    /// redirects turned off whatever `builder` says: a redirect would carry the credentials to
    /// a URL nobody configured. Fails when the client cannot be built.
    ///
    /// ```
    /// let auth = cloudsdk_auth::TokenExchange::civo("key")?
    ///     .with_client_builder(reqwest::Client::builder().no_proxy())?;
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_client_builder(self, builder: reqwest::ClientBuilder) -> Result<Self, AuthError> {
        let client = endpoint::client(builder)?;
        Ok(self.with_config(|c| c.client = client))
    }

    /// Also sends credentials to a plain `http://` token URL, and tokens over `http://` and
    /// `ws://`, on hosts that are not loopback, where anyone on the path can read them. Only
    /// for trusted networks.
    ///
    /// ```
    /// let auth = cloudsdk_auth::TokenExchange::civo("key")?
    ///     .with_token_url("http://civo.internal/v2/auth/exchange")?
    ///     .allow_insecure_http();
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn allow_insecure_http(self) -> Self {
        self.with_config(|c| c.allow_insecure = true)
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
        self.with_config(|c| c.lifetimes.refresh_margin = margin)
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
    /// failure up to `max` (default 5 min). A longer `Retry-After` from the endpoint (up to a
    /// day) wins.
    ///
    /// ```
    /// # use std::time::Duration;
    /// let auth = cloudsdk_auth::TokenExchange::civo("key")?
    ///     .with_backoff(Duration::from_secs(1), Duration::from_secs(60));
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_backoff(self, first: Duration, max: Duration) -> Self {
        self.with_config(|c| {
            c.backoff = Backoff {
                first,
                max: max.max(first),
            }
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
        self.with_config(|c| c.lifetimes.default = lifetime)
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
        let now = self.inner.config.clock.now();
        self.inner.cache.fresh_authorization(now)
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
        let Inner {
            config, endpoint, ..
        } = &*self.inner;
        if let Some(token) = self.inner.cache.fresh(config.clock.now()) {
            return Ok(token);
        }
        // Refused before any request, and without a back-off: nothing failed yet.
        transport::check(&config.token_url, config.allow_insecure, OPT_IN)?;
        let fetch = || self.fetch();
        (self.inner.cache)
            .get(&*config.clock, config.backoff, endpoint, fetch)
            .await
    }

    async fn fetch(&self) -> Result<AccessToken, Failed> {
        let Inner {
            config, endpoint, ..
        } = &*self.inner;
        let request = config.provider.request(&config.client, &config.token_url);
        let answer = endpoint::exchange(request, endpoint, MAX_BODY, config.timeout).await?;
        let detail = answer::error_detail(&answer.body);
        let hint = config.provider.rejected_hint();
        if let Some(error) = answer.failure(&config.token_url, detail, hint) {
            return Err(Failed {
                error,
                retry_after: answer.retry_after(config.clock.unix_time()),
            });
        }
        Ok(answer::read(
            &answer.body,
            endpoint,
            &*config.clock,
            config.lifetimes,
        )?)
    }

    async fn authorization(&self) -> Result<HeaderValue, AuthError> {
        Ok(self.token().await?.authorization.clone())
    }

    fn check_transport(&self, url: &Url) -> Result<(), AuthError> {
        transport::check(url, self.inner.config.allow_insecure, OPT_IN)
    }
}

impl Authenticator for TokenExchange {
    fn authenticate<'a>(
        &'a self,
        request: RequestParts<'a>,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        if let Err(error) = self.check_transport(request.url) {
            return Box::pin(std::future::ready(Err(error)));
        }
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

    /// Drops the cached token, whichever it is (nothing says which token the 401 answered),
    /// and asks for a retry; the retry fetches a new token. Prefer
    /// [`Authenticator::unauthorized_with`].
    fn unauthorized(&self) -> bool {
        tracing::debug!(endpoint = %self.inner.endpoint, "API answered 401: dropping the cached token");
        self.inner.cache.clear();
        true
    }

    /// Drops the cached token if it is the one `sent` carried (or when `sent` carries no
    /// `Authorization`); a token a concurrent refresh stored meanwhile stays. Asks for a retry
    /// either way: the retry carries a token that was not refused.
    fn unauthorized_with(&self, sent: &HeaderMap) -> bool {
        let dropped = self.inner.cache.clear_if_sent(sent.get(AUTHORIZATION));
        tracing::debug!(endpoint = %self.inner.endpoint, dropped, "API answered 401");
        true
    }

    fn websocket<'a>(
        &'a self,
        connect_url: &'a Url,
        _signing_url: Option<&'a Url>,
    ) -> BoxFuture<'a, Result<WebSocketAuth, AuthError>> {
        Box::pin(async move {
            self.check_transport(connect_url)?;
            let mut auth = WebSocketAuth::default();
            auth.headers
                .insert(AUTHORIZATION, self.authorization().await?);
            Ok(auth)
        })
    }
}
