//! The OAuth 1.0a three-legged flow (RFC 5849 section 2): temporary credentials, user
//! authorization, token credentials.

use std::fmt;
use std::time::Duration;

use http::header::{ACCEPT, AUTHORIZATION, CONTENT_LENGTH};

use crate::encode::parse_form;
use crate::oauth1::OAuth1;
use crate::{AuthError, Secret, Url, endpoint, header_value, transport};

/// Clever Cloud's temporary credentials endpoint.
pub const CLEVER_REQUEST_TOKEN_URL: &str = "https://api.clever-cloud.com/v2/oauth/request_token";
/// Clever Cloud's user authorization page.
pub const CLEVER_AUTHORIZE_URL: &str = "https://api.clever-cloud.com/v2/oauth/authorize";
/// Clever Cloud's token credentials endpoint.
pub const CLEVER_ACCESS_TOKEN_URL: &str = "https://api.clever-cloud.com/v2/oauth/access_token";

const MAX_BODY: usize = 64 * 1024;

/// Temporary credentials (a request token) from the first step.
#[derive(Debug, Clone)]
pub struct TemporaryCredentials {
    /// `oauth_token`.
    pub token: String,
    /// `oauth_token_secret`.
    pub secret: Secret,
    /// Whether the server confirmed the callback (`oauth_callback_confirmed=true`).
    pub callback_confirmed: bool,
}

/// Token credentials (an access token) from the last step; give them to
/// [`OAuth1::with_token`].
#[derive(Debug, Clone)]
pub struct TokenCredentials {
    /// `oauth_token`.
    pub token: String,
    /// `oauth_token_secret`.
    pub secret: Secret,
}

/// Runs the three-legged flow with consumer credentials.
///
/// The endpoints' answers carry secrets (RFC 5849 sections 2.1 and 2.3 require TLS): the
/// request token and access token URLs must be `https://` or a loopback host, unless
/// [`OAuth1Flow::allow_insecure_http`] allows plain HTTP. Redirects are never followed, so the
/// signed requests only reach the configured URLs; a 3xx answer is
/// [`AuthError::Redirected`].
///
/// ```no_run
/// use cloudsdk_auth::{OAuth1, OAuth1Flow};
/// # async fn demo() -> Result<(), cloudsdk_auth::AuthError> {
/// let flow = OAuth1Flow::clever_cloud(OAuth1::new("consumer-key", "consumer-secret")?)?;
/// let temporary = flow.request_token("https://example.com/callback").await?;
/// println!("open {}", flow.authorize_url(&temporary));
/// let verifier = "from the callback's oauth_verifier";
/// let token = flow.access_token(&temporary, verifier).await?;
/// let auth = OAuth1::new("consumer-key", "consumer-secret")?.with_token(token.token, token.secret)?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct OAuth1Flow {
    consumer: OAuth1,
    request_token_url: Url,
    authorize_url: Url,
    access_token_url: Url,
    client: reqwest::Client,
    timeout: Duration,
    allow_insecure: bool,
}

impl fmt::Debug for OAuth1Flow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OAuth1Flow")
            .field("consumer", &self.consumer)
            .field(
                "request_token_url",
                &endpoint::name(&self.request_token_url),
            )
            .field("authorize_url", &endpoint::name(&self.authorize_url))
            .field("access_token_url", &endpoint::name(&self.access_token_url))
            .field("allow_insecure_http", &self.allow_insecure)
            .finish_non_exhaustive()
    }
}

fn parse(url: &str, what: &str) -> Result<Url, AuthError> {
    Url::parse(url).map_err(|e| AuthError::InvalidRequest(format!("invalid {what} URL: {e}")))
}

impl OAuth1Flow {
    /// A flow against these three URLs. Any token already in `consumer` is ignored.
    ///
    /// ```
    /// use cloudsdk_auth::{OAuth1, OAuth1Flow};
    /// let flow = OAuth1Flow::new(
    ///     OAuth1::new("key", "secret")?,
    ///     "http://127.0.0.1:9/request_token",
    ///     "http://127.0.0.1:9/authorize",
    ///     "http://127.0.0.1:9/access_token",
    /// )?;
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn new(
        consumer: OAuth1,
        request_token_url: &str,
        authorize_url: &str,
        access_token_url: &str,
    ) -> Result<Self, AuthError> {
        Ok(OAuth1Flow {
            consumer,
            request_token_url: parse(request_token_url, "request token")?,
            authorize_url: parse(authorize_url, "authorize")?,
            access_token_url: parse(access_token_url, "access token")?,
            client: endpoint::client(reqwest::Client::builder())?,
            timeout: Duration::from_secs(30),
            allow_insecure: false,
        })
    }

    /// The flow against Clever Cloud's `/v2/oauth/*` endpoints.
    ///
    /// ```
    /// let flow = cloudsdk_auth::OAuth1Flow::clever_cloud(cloudsdk_auth::OAuth1::new("key", "secret")?)?;
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn clever_cloud(consumer: OAuth1) -> Result<Self, AuthError> {
        Self::new(
            consumer,
            CLEVER_REQUEST_TOKEN_URL,
            CLEVER_AUTHORIZE_URL,
            CLEVER_ACCESS_TOKEN_URL,
        )
    }

    /// Builds the HTTP client from `builder` (its proxy and timeout settings; with the rustls
    /// features its TLS is the [`tls`](crate::tls) module's) with redirects turned off, whatever `builder` says: a redirect would carry the signed request
    /// elsewhere. Fails when the client cannot be built.
    ///
    /// ```
    /// # let flow = cloudsdk_auth::OAuth1Flow::clever_cloud(cloudsdk_auth::OAuth1::new("k", "s")?)?;
    /// let flow = flow.with_client_builder(reqwest::Client::builder().no_proxy())?;
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_client_builder(
        mut self,
        builder: reqwest::ClientBuilder,
    ) -> Result<Self, AuthError> {
        self.client = endpoint::client(builder)?;
        Ok(self)
    }

    /// Also talks to request token and access token URLs over plain `http://` on hosts that
    /// are not loopback, where anyone on the path can read the secrets they answer with. Only
    /// for trusted networks.
    ///
    /// ```
    /// # let flow = cloudsdk_auth::OAuth1Flow::clever_cloud(cloudsdk_auth::OAuth1::new("k", "s")?)?;
    /// let flow = flow.allow_insecure_http();
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn allow_insecure_http(mut self) -> Self {
        self.allow_insecure = true;
        self
    }

    /// The time allowed for each request (default 30 s).
    ///
    /// ```
    /// # let flow = cloudsdk_auth::OAuth1Flow::clever_cloud(cloudsdk_auth::OAuth1::new("k", "s")?)?;
    /// let flow = flow.with_timeout(std::time::Duration::from_secs(5));
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Step 1: asks for temporary credentials, signed with the consumer credentials and
    /// `oauth_callback` (`"oob"` when there is no callback).
    ///
    /// ```no_run
    /// # async fn demo(flow: cloudsdk_auth::OAuth1Flow) -> Result<(), cloudsdk_auth::AuthError> {
    /// let temporary = flow.request_token("oob").await?;
    /// # Ok(()) }
    /// ```
    pub async fn request_token(&self, callback: &str) -> Result<TemporaryCredentials, AuthError> {
        if callback.is_empty() {
            return Err(AuthError::InvalidRequest(
                "the OAuth callback is empty; use \"oob\" when there is none".into(),
            ));
        }
        let consumer = self.consumer_only()?;
        let header = consumer.authorization_with(
            "POST",
            &self.request_token_url,
            None,
            &[("oauth_callback", callback)],
        )?;
        let fields = self.post(&self.request_token_url, &header).await?;
        let (token, secret) = self.token_pair(&self.request_token_url, &fields)?;
        let callback_confirmed = fields
            .iter()
            .any(|(k, v)| k == "oauth_callback_confirmed" && v == "true");
        Ok(TemporaryCredentials {
            token,
            secret,
            callback_confirmed,
        })
    }

    /// Step 2: the page where the user authorizes the temporary credentials
    /// (`…/authorize?oauth_token=…`).
    ///
    /// ```
    /// use cloudsdk_auth::{OAuth1, OAuth1Flow, Secret, TemporaryCredentials};
    /// let flow = OAuth1Flow::clever_cloud(OAuth1::new("key", "secret")?)?;
    /// let temporary = TemporaryCredentials {
    ///     token: "req tok".into(),
    ///     secret: Secret::new("s"),
    ///     callback_confirmed: true,
    /// };
    /// assert_eq!(
    ///     flow.authorize_url(&temporary).as_str(),
    ///     "https://api.clever-cloud.com/v2/oauth/authorize?oauth_token=req+tok",
    /// );
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn authorize_url(&self, temporary: &TemporaryCredentials) -> Url {
        let mut url = self.authorize_url.clone();
        url.query_pairs_mut()
            .append_pair("oauth_token", &temporary.token);
        url
    }

    /// Step 3: trades the authorized temporary credentials and the verifier the user brought
    /// back for token credentials.
    ///
    /// ```no_run
    /// # async fn demo(flow: cloudsdk_auth::OAuth1Flow, t: cloudsdk_auth::TemporaryCredentials) -> Result<(), cloudsdk_auth::AuthError> {
    /// let token = flow.access_token(&t, "verifier").await?;
    /// # Ok(()) }
    /// ```
    pub async fn access_token(
        &self,
        temporary: &TemporaryCredentials,
        verifier: &str,
    ) -> Result<TokenCredentials, AuthError> {
        if verifier.is_empty() {
            return Err(AuthError::InvalidRequest(
                "the OAuth verifier is empty; pass the oauth_verifier the callback received".into(),
            ));
        }
        let signer = self
            .consumer_only()?
            .with_token(temporary.token.clone(), temporary.secret.clone())?;
        let header = signer.authorization_with(
            "POST",
            &self.access_token_url,
            None,
            &[("oauth_verifier", verifier)],
        )?;
        let fields = self.post(&self.access_token_url, &header).await?;
        let (token, secret) = self.token_pair(&self.access_token_url, &fields)?;
        Ok(TokenCredentials { token, secret })
    }

    fn consumer_only(&self) -> Result<OAuth1, AuthError> {
        self.consumer.without_token()
    }

    fn token_pair(
        &self,
        url: &Url,
        fields: &[(String, String)],
    ) -> Result<(String, Secret), AuthError> {
        let get = |name: &str| {
            fields
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        };
        match (get("oauth_token"), get("oauth_token_secret")) {
            (Some(token), Some(secret)) if !token.is_empty() => {
                Ok((token.to_owned(), Secret::new(secret)))
            }
            _ => Err(AuthError::InvalidResponse {
                endpoint: endpoint::name(url),
                reason: "no oauth_token and oauth_token_secret in the form-encoded answer".into(),
            }),
        }
    }

    async fn post(
        &self,
        url: &Url,
        authorization: &str,
    ) -> Result<Vec<(String, String)>, AuthError> {
        transport::check(
            url,
            self.allow_insecure,
            "OAuth1Flow::allow_insecure_http()",
        )?;
        let request = self
            .client
            .post(url.clone())
            .header(AUTHORIZATION, header_value(authorization)?)
            .header(ACCEPT, "application/x-www-form-urlencoded")
            .header(CONTENT_LENGTH, "0");
        let answer =
            endpoint::exchange(request, &endpoint::name(url), MAX_BODY, self.timeout).await?;
        const HINT: &str = "check the consumer key and secret, and that the verifier and request \
                            token are the ones just issued (they are single-use)";
        if let Some(error) = answer.failure(url, None, HINT) {
            return Err(error);
        }
        let fields: Vec<(String, String)> = parse_form(&answer.body)
            .map(|(k, v)| {
                (
                    String::from_utf8_lossy(&k).into_owned(),
                    String::from_utf8_lossy(&v).into_owned(),
                )
            })
            .collect();
        Ok(fields)
    }
}
