//! OAuth 1.0a request signing (RFC 5849 sections 3.4 to 3.6), as used by Clever Cloud.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use hmac::{Hmac, KeyInit, Mac};
use http::header::AUTHORIZATION;
use rand::RngExt as _;

use crate::encode::{encode_bytes, encode_str, parse_form, push_encoded, push_reencoded};
use crate::{AuthError, Authenticator, BoxFuture, HeaderValue, Method, RequestParts, Secret, Url};
use crate::{WebSocketAuth, header_value};

/// How an OAuth 1.0a request is signed (`oauth_signature_method`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SignatureMethod {
    /// HMAC with SHA-1 over the signature base string (RFC 5849 section 3.4.2).
    HmacSha1,
    /// The same construction with SHA-512 (Clever Cloud's recommended method).
    HmacSha512,
    /// The signing key itself, no hashing (RFC 5849 section 3.4.4); only safe over TLS.
    Plaintext,
}

impl SignatureMethod {
    /// The `oauth_signature_method` value: `HMAC-SHA1`, `HMAC-SHA512` or `PLAINTEXT`.
    ///
    /// ```
    /// use cloudsdk_auth::oauth1::SignatureMethod;
    /// assert_eq!(SignatureMethod::HmacSha512.as_str(), "HMAC-SHA512");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            SignatureMethod::HmacSha1 => "HMAC-SHA1",
            SignatureMethod::HmacSha512 => "HMAC-SHA512",
            SignatureMethod::Plaintext => "PLAINTEXT",
        }
    }

    /// Signs a signature base string with the given secrets and returns `oauth_signature`
    /// (before the percent-encoding the `Authorization` header adds). The key is
    /// `encode(consumer_secret) & encode(token_secret)`; HMAC signatures are base64.
    ///
    /// ```
    /// use cloudsdk_auth::oauth1::SignatureMethod;
    /// assert_eq!(SignatureMethod::Plaintext.sign("ignored", "a b", "c&d"), "a%20b&c%26d");
    /// ```
    pub fn sign(self, base_string: &str, consumer_secret: &str, token_secret: &str) -> String {
        let mut key = encode_str(consumer_secret);
        key.push('&');
        key.push_str(&encode_str(token_secret));
        match self {
            SignatureMethod::Plaintext => key,
            SignatureMethod::HmacSha1 => {
                // Invariant: HMAC accepts keys of any length, so `new_from_slice` cannot fail.
                let mut mac = <Hmac<sha1::Sha1> as KeyInit>::new_from_slice(key.as_bytes())
                    .expect("HMAC accepts keys of any length");
                mac.update(base_string.as_bytes());
                BASE64.encode(mac.finalize().into_bytes())
            }
            SignatureMethod::HmacSha512 => {
                // Invariant: HMAC accepts keys of any length, so `new_from_slice` cannot fail.
                let mut mac = <Hmac<sha2::Sha512> as KeyInit>::new_from_slice(key.as_bytes())
                    .expect("HMAC accepts keys of any length");
                mac.update(base_string.as_bytes());
                BASE64.encode(mac.finalize().into_bytes())
            }
        }
    }
}

impl fmt::Display for SignatureMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for SignatureMethod {
    type Err = AuthError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_uppercase().as_str() {
            "HMAC-SHA1" => Ok(SignatureMethod::HmacSha1),
            "HMAC-SHA512" => Ok(SignatureMethod::HmacSha512),
            "PLAINTEXT" => Ok(SignatureMethod::Plaintext),
            _ => Err(AuthError::InvalidRequest(format!(
                "unknown OAuth signature method {s:?}; use HMAC-SHA1, HMAC-SHA512 or PLAINTEXT"
            ))),
        }
    }
}

fn encode_cow(input: &str) -> Cow<'_, str> {
    encode_bytes(Cow::Borrowed(input.as_bytes()))
}

/// The base string URI of RFC 5849 section 3.4.1.2: lower-case scheme and host, the port only
/// when it is not the scheme's default, and the path as it is sent (already percent-encoded).
fn base_string_uri(url: &Url) -> Result<String, AuthError> {
    let host = url.host_str().ok_or_else(|| {
        AuthError::InvalidRequest(format!(
            "cannot sign a URL without a host (scheme {:?})",
            url.scheme()
        ))
    })?;
    let scheme = url.scheme().to_ascii_lowercase();
    let mut uri = format!("{scheme}://{}", host.to_ascii_lowercase());
    // `Url` already drops the default port of http/https/ws/wss; `port()` is `Some` only for
    // an explicit non-default port.
    if let Some(port) = url.port() {
        uri.push(':');
        uri.push_str(&port.to_string());
    }
    let path = url.path();
    uri.push_str(if path.is_empty() { "/" } else { path });
    Ok(uri)
}

/// Builds the signature base string of RFC 5849 section 3.4.1.
///
/// Parameters come from the URL's query (repeated names kept), the `oauth_*` protocol
/// parameters given here (`realm` and `oauth_signature` are left out if present) and
/// `form_body` when the request body is `application/x-www-form-urlencoded` (pass `None` for
/// any other body: JSON bodies are not signed). Names and values are percent-encoded with the
/// unreserved set only and sorted by encoded name, then encoded value.
///
/// ```
/// use cloudsdk_auth::{Url, oauth1::signature_base_string};
///
/// let url = Url::parse("https://api.example.com:443/v2/self?b=2&a=1").unwrap();
/// let base = signature_base_string("get", &url, None, &[("oauth_nonce", "n")]).unwrap();
/// assert_eq!(base, "GET&https%3A%2F%2Fapi.example.com%2Fv2%2Fself&a%3D1%26b%3D2%26oauth_nonce%3Dn");
/// ```
pub fn signature_base_string(
    method: &str,
    url: &Url,
    form_body: Option<&[u8]>,
    protocol_params: &[(&str, &str)],
) -> Result<String, AuthError> {
    let mut params: Vec<(Cow<'_, str>, Cow<'_, str>)> =
        Vec::with_capacity(protocol_params.len() + 8);
    if let Some(query) = url.query() {
        params
            .extend(parse_form(query.as_bytes()).map(|(n, v)| (encode_bytes(n), encode_bytes(v))));
    }
    params.extend(
        protocol_params
            .iter()
            .filter(|(name, _)| *name != "realm" && *name != "oauth_signature")
            .map(|(n, v)| (encode_cow(n), encode_cow(v))),
    );
    if let Some(body) = form_body {
        params.extend(parse_form(body).map(|(n, v)| (encode_bytes(n), encode_bytes(v))));
    }
    params.sort_unstable();

    let uri = base_string_uri(url)?;
    let params_len: usize = params.iter().map(|(n, v)| n.len() + v.len() + 6).sum();
    let mut base = String::with_capacity(method.len() + uri.len() * 3 / 2 + params_len * 5 / 4 + 2);
    if method.bytes().any(|b| b.is_ascii_lowercase()) {
        base.push_str(&method.to_ascii_uppercase());
    } else {
        base.push_str(method);
    }
    base.push('&');
    push_encoded(&mut base, &uri);
    base.push('&');
    // The normalized parameters are `name=value` joined with `&`, then percent-encoded again:
    // written directly in their encoded form.
    for (i, (name, value)) in params.iter().enumerate() {
        if i > 0 {
            base.push_str("%26");
        }
        push_reencoded(&mut base, name);
        base.push_str("%3D");
        push_reencoded(&mut base, value);
    }
    Ok(base)
}

type NonceSource = Arc<dyn Fn() -> String + Send + Sync>;
type TimestampSource = Arc<dyn Fn() -> u64 + Send + Sync>;

/// A random nonce: 128 bits from the thread-local CSPRNG, hex-encoded.
fn random_nonce() -> String {
    let bytes: [u8; 16] = rand::rng().random();
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut nonce = String::with_capacity(32);
    for b in bytes {
        nonce.push(char::from(HEX[usize::from(b >> 4)]));
        nonce.push(char::from(HEX[usize::from(b & 0x0f)]));
    }
    nonce
}

fn unix_timestamp() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

#[derive(Clone)]
struct Config {
    consumer_key: String,
    consumer_secret: Secret,
    token: Option<(String, Secret)>,
    method: SignatureMethod,
    realm: Option<String>,
    compact: bool,
    version: bool,
    nonce: NonceSource,
    timestamp: TimestampSource,
}

/// OAuth 1.0a credentials that sign every request (Clever Cloud's API).
///
/// Each call of [`Authenticator::authenticate`] signs anew with a fresh nonce and timestamp, so
/// retries are signed again. Cloning is cheap; clones share the configuration.
///
/// ```
/// use cloudsdk_auth::{Method, Url, oauth1::{OAuth1, SignatureMethod}};
///
/// let auth = OAuth1::new("consumer-key", "consumer-secret")?
///     .with_token("token", "token-secret")?
///     .with_signature_method(SignatureMethod::HmacSha512);
/// let url = Url::parse("https://api.clever-cloud.com/v2/self").unwrap();
/// let header = auth.authorization(&Method::GET, &url, None)?;
/// assert!(header.starts_with("OAuth oauth_consumer_key=\"consumer-key\""));
/// # Ok::<(), cloudsdk_auth::AuthError>(())
/// ```
#[derive(Clone)]
pub struct OAuth1 {
    config: Arc<Config>,
}

impl fmt::Debug for OAuth1 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &*self.config;
        f.debug_struct("OAuth1")
            .field("consumer_key", &c.consumer_key)
            .field("consumer_secret", &c.consumer_secret)
            .field("token", &c.token.as_ref().map(|(t, _)| t))
            .field("token_secret", &c.token.as_ref().map(|(_, s)| s))
            .field("signature_method", &c.method)
            .field("realm", &c.realm)
            .field("compact", &c.compact)
            .finish_non_exhaustive()
    }
}

fn check_identifier(what: &str, value: &str) -> Result<(), AuthError> {
    if value.is_empty() {
        return Err(AuthError::InvalidCredentials(format!(
            "the OAuth {what} is empty; set it to the value your provider gave you"
        )));
    }
    if value.chars().any(char::is_control) {
        return Err(AuthError::InvalidCredentials(format!(
            "the OAuth {what} contains control characters (a stray newline?); remove them"
        )));
    }
    Ok(())
}

fn check_secret(what: &str, value: &Secret) -> Result<(), AuthError> {
    if value.expose().chars().any(char::is_control) {
        return Err(AuthError::InvalidCredentials(format!(
            "the OAuth {what} contains control characters (a stray newline?); remove them"
        )));
    }
    Ok(())
}

impl OAuth1 {
    /// Consumer credentials alone (two-legged, or for the three-legged flow). Signs with
    /// `HMAC-SHA512` by default. Fails when the key is empty or either value holds control
    /// characters.
    ///
    /// ```
    /// let auth = cloudsdk_auth::oauth1::OAuth1::new("key", "secret")?;
    /// assert_eq!(auth.consumer_key(), "key");
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn new(
        consumer_key: impl Into<String>,
        consumer_secret: impl Into<Secret>,
    ) -> Result<Self, AuthError> {
        let consumer_key = consumer_key.into();
        let consumer_secret = consumer_secret.into();
        check_identifier("consumer key", &consumer_key)?;
        check_secret("consumer secret", &consumer_secret)?;
        Ok(OAuth1 {
            config: Arc::new(Config {
                consumer_key,
                consumer_secret,
                token: None,
                method: SignatureMethod::HmacSha512,
                realm: None,
                compact: false,
                version: false,
                nonce: Arc::new(random_nonce),
                timestamp: Arc::new(unix_timestamp),
            }),
        })
    }

    fn config_mut(&mut self) -> &mut Config {
        Arc::make_mut(&mut self.config)
    }

    /// Adds the token credentials (`oauth_token` and its secret).
    ///
    /// ```
    /// let auth = cloudsdk_auth::oauth1::OAuth1::new("key", "secret")?.with_token("tok", "tok-secret")?;
    /// assert_eq!(auth.token(), Some("tok"));
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_token(
        mut self,
        token: impl Into<String>,
        token_secret: impl Into<Secret>,
    ) -> Result<Self, AuthError> {
        let token = token.into();
        let token_secret = token_secret.into();
        check_identifier("token", &token)?;
        check_secret("token secret", &token_secret)?;
        self.config_mut().token = Some((token, token_secret));
        Ok(self)
    }

    /// The same credentials without the token (for the three-legged flow's first step).
    pub(crate) fn without_token(&self) -> Result<Self, AuthError> {
        let mut copy = self.clone();
        copy.config_mut().token = None;
        Ok(copy)
    }

    /// Chooses the signature method (default `HMAC-SHA512`). Turns the compact PLAINTEXT form
    /// off.
    ///
    /// ```
    /// use cloudsdk_auth::oauth1::{OAuth1, SignatureMethod};
    /// let auth = OAuth1::new("key", "secret")?.with_signature_method(SignatureMethod::HmacSha1);
    /// assert_eq!(auth.signature_method(), SignatureMethod::HmacSha1);
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_signature_method(mut self, method: SignatureMethod) -> Self {
        let config = self.config_mut();
        config.method = method;
        config.compact = false;
        self
    }

    /// Sends `PLAINTEXT` signatures the way Clever Cloud's own tools do: only
    /// `oauth_consumer_key`, `oauth_token`, `oauth_signature_method` and `oauth_signature`, no
    /// nonce, timestamp or version.
    ///
    /// ```
    /// use cloudsdk_auth::{Method, Url, oauth1::OAuth1};
    /// let auth = OAuth1::new("key", "secret")?.with_token("tok", "ts")?.with_compact_plaintext();
    /// let url = Url::parse("https://api.clever-cloud.com/v2/self").unwrap();
    /// assert_eq!(
    ///     auth.authorization(&Method::GET, &url, None)?,
    ///     "OAuth oauth_consumer_key=\"key\", oauth_token=\"tok\", \
    ///      oauth_signature_method=\"PLAINTEXT\", oauth_signature=\"secret%26ts\"",
    /// );
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_compact_plaintext(mut self) -> Self {
        let config = self.config_mut();
        config.method = SignatureMethod::Plaintext;
        config.compact = true;
        self
    }

    /// Adds `realm="…"` to the header (it is never signed). Fails when the realm holds a
    /// double quote, a backslash or a control character.
    ///
    /// ```
    /// let auth = cloudsdk_auth::oauth1::OAuth1::new("key", "secret")?.with_realm("Photos")?;
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_realm(mut self, realm: impl Into<String>) -> Result<Self, AuthError> {
        let realm = realm.into();
        if realm
            .chars()
            .any(|c| c == '"' || c == '\\' || c.is_control() || !c.is_ascii())
        {
            return Err(AuthError::InvalidRequest(
                "the OAuth realm must be printable ASCII without '\"' or '\\'".into(),
            ));
        }
        self.config_mut().realm = Some(realm);
        Ok(self)
    }

    /// Whether to send (and sign) `oauth_version="1.0"`; off by default, as the parameter is
    /// optional.
    ///
    /// ```
    /// let auth = cloudsdk_auth::oauth1::OAuth1::new("key", "secret")?.with_version(true);
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_version(mut self, include: bool) -> Self {
        self.config_mut().version = include;
        self
    }

    /// Replaces the nonce source (default: 128 random bits, hex). For tests and reproducible
    /// signatures.
    ///
    /// ```
    /// let auth = cloudsdk_auth::oauth1::OAuth1::new("key", "secret")?
    ///     .with_nonce_source(|| "fixed-nonce".to_owned());
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_nonce_source(
        mut self,
        source: impl Fn() -> String + Send + Sync + 'static,
    ) -> Self {
        self.config_mut().nonce = Arc::new(source);
        self
    }

    /// Replaces the timestamp source (default: seconds since the Unix epoch from the system
    /// clock).
    ///
    /// ```
    /// let auth = cloudsdk_auth::oauth1::OAuth1::new("key", "secret")?
    ///     .with_timestamp_source(|| 1_700_000_000);
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn with_timestamp_source(
        mut self,
        source: impl Fn() -> u64 + Send + Sync + 'static,
    ) -> Self {
        self.config_mut().timestamp = Arc::new(source);
        self
    }

    /// The consumer key.
    ///
    /// ```
    /// let auth = cloudsdk_auth::oauth1::OAuth1::new("key", "secret")?;
    /// assert_eq!(auth.consumer_key(), "key");
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn consumer_key(&self) -> &str {
        &self.config.consumer_key
    }

    /// The token (`oauth_token`), when there is one.
    ///
    /// ```
    /// let auth = cloudsdk_auth::oauth1::OAuth1::new("key", "secret")?;
    /// assert_eq!(auth.token(), None);
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn token(&self) -> Option<&str> {
        self.config.token.as_ref().map(|(t, _)| t.as_str())
    }

    /// The signature method in use.
    ///
    /// ```
    /// use cloudsdk_auth::oauth1::{OAuth1, SignatureMethod};
    /// assert_eq!(OAuth1::new("k", "s")?.signature_method(), SignatureMethod::HmacSha512);
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn signature_method(&self) -> SignatureMethod {
        self.config.method
    }

    /// The `Authorization` header value for a request: `method` and `url` as they are signed
    /// (the URL's query is signed), `form_body` when the body is
    /// `application/x-www-form-urlencoded` (it is signed too). A fresh nonce and timestamp are
    /// taken on every call.
    ///
    /// ```
    /// use cloudsdk_auth::{Method, Url, oauth1::OAuth1};
    /// let auth = OAuth1::new("key", "secret")?
    ///     .with_nonce_source(|| "n".into())
    ///     .with_timestamp_source(|| 1);
    /// let url = Url::parse("https://api.example.com/v2/items?page=2").unwrap();
    /// let header = auth.authorization(&Method::POST, &url, Some(b"name=a+b"))?;
    /// assert!(header.contains("oauth_signature_method=\"HMAC-SHA512\""));
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn authorization(
        &self,
        method: &Method,
        url: &Url,
        form_body: Option<&[u8]>,
    ) -> Result<String, AuthError> {
        self.authorization_with(method.as_str(), url, form_body, &[])
    }

    /// Same as [`OAuth1::authorization`], with extra protocol parameters
    /// (`oauth_callback`, `oauth_verifier`) that are signed and sent in the header.
    pub(crate) fn authorization_with(
        &self,
        method: &str,
        url: &Url,
        form_body: Option<&[u8]>,
        extra: &[(&str, &str)],
    ) -> Result<String, AuthError> {
        let c = &*self.config;
        let token_secret = c.token.as_ref().map_or("", |(_, s)| s.expose());

        let mut params: Vec<(&str, &str)> = Vec::with_capacity(8 + extra.len());
        params.push(("oauth_consumer_key", &c.consumer_key));
        if let Some((token, _)) = &c.token {
            params.push(("oauth_token", token));
        }
        params.push(("oauth_signature_method", c.method.as_str()));
        let (nonce, timestamp);
        if !c.compact {
            nonce = (c.nonce)();
            timestamp = (c.timestamp)().to_string();
            params.push(("oauth_timestamp", &timestamp));
            params.push(("oauth_nonce", &nonce));
            if c.version {
                params.push(("oauth_version", "1.0"));
            }
        }
        params.extend_from_slice(extra);

        let signature = match c.method {
            // PLAINTEXT ignores the base string: skip building it.
            SignatureMethod::Plaintext => {
                c.method.sign("", c.consumer_secret.expose(), token_secret)
            }
            method_kind => {
                let base = signature_base_string(method, url, form_body, &params)?;
                method_kind.sign(&base, c.consumer_secret.expose(), token_secret)
            }
        };

        let mut header = String::with_capacity(256);
        header.push_str("OAuth ");
        if let Some(realm) = &c.realm {
            header.push_str("realm=\"");
            header.push_str(realm);
            header.push_str("\", ");
        }
        for (name, value) in params
            .iter()
            .copied()
            .chain(std::iter::once(("oauth_signature", signature.as_str())))
        {
            push_encoded(&mut header, name);
            header.push_str("=\"");
            push_encoded(&mut header, value);
            header.push_str("\", ");
        }
        header.truncate(header.len() - 2);
        Ok(header)
    }

    fn header_value(
        &self,
        method: &str,
        url: &Url,
        form_body: Option<&[u8]>,
    ) -> Result<HeaderValue, AuthError> {
        header_value(&self.authorization_with(method, url, form_body, &[])?)
    }
}

impl Authenticator for OAuth1 {
    fn authenticate<'a>(
        &'a self,
        request: RequestParts<'a>,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        let url = request.signing_url.unwrap_or(request.url);
        let result = self
            .header_value(request.method.as_str(), url, request.form_body)
            .map(|value| {
                request.headers.insert(AUTHORIZATION, value);
            });
        Box::pin(std::future::ready(result))
    }

    /// Clever Cloud's websockets: a first text frame
    /// `{"message_type":"oauth","authorization":"<header>"}` signed as `GET` of the signing URL.
    fn websocket<'a>(
        &'a self,
        connect_url: &'a Url,
        signing_url: Option<&'a Url>,
    ) -> BoxFuture<'a, Result<WebSocketAuth, AuthError>> {
        let url = signing_url.unwrap_or(connect_url);
        let result = self
            .authorization_with("GET", url, None, &[])
            .map(|authorization| {
                let message = serde_json::json!({
                    "message_type": "oauth",
                    "authorization": authorization,
                });
                WebSocketAuth {
                    headers: Default::default(),
                    first_message: Some(message.to_string()),
                }
            });
        Box::pin(std::future::ready(result))
    }
}
