//! OAuth 1.0a request signing (RFC 5849 sections 3.4 to 3.6), as used by Clever Cloud.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use hmac::{Hmac, KeyInit, Mac};
use http::header::AUTHORIZATION;
use rand::RngExt as _;

use crate::encode::{push_encoded, push_encoded_bytes, push_form_component_encoded};
use crate::{AuthError, Authenticator, BoxFuture, HeaderValue, Method, RequestParts, Secret, Url};
use crate::{WebSocketAuth, header_value, transport};

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
        Signer::new(self, consumer_secret, token_secret)
            .sign(base_string.as_bytes())
            .as_str()
            .to_owned()
    }
}

/// The signing key of RFC 5849 section 3.4.2: `encode(consumer_secret) & encode(token_secret)`.
fn signing_key(consumer_secret: &str, token_secret: &str) -> String {
    let mut key = String::with_capacity((consumer_secret.len() + token_secret.len()) * 3 + 1);
    push_encoded(&mut key, consumer_secret);
    key.push('&');
    push_encoded(&mut key, token_secret);
    key
}

/// What signs: for HMAC, the keyed state (the key already absorbed into the inner and outer
/// hash states), built once per set of credentials and cloned for each signature; for
/// PLAINTEXT, the key itself.
#[derive(Clone)]
enum Signer {
    HmacSha1(Hmac<sha1::Sha1>),
    HmacSha512(Hmac<sha2::Sha512>),
    Plaintext(Secret),
}

impl Signer {
    fn new(method: SignatureMethod, consumer_secret: &str, token_secret: &str) -> Self {
        let key = signing_key(consumer_secret, token_secret);
        // Invariant: HMAC accepts keys of any length, so `new_from_slice` cannot fail.
        const ANY_LENGTH: &str = "HMAC accepts keys of any length";
        match method {
            SignatureMethod::HmacSha1 => Signer::HmacSha1(
                <Hmac<sha1::Sha1> as KeyInit>::new_from_slice(key.as_bytes()).expect(ANY_LENGTH),
            ),
            SignatureMethod::HmacSha512 => Signer::HmacSha512(
                <Hmac<sha2::Sha512> as KeyInit>::new_from_slice(key.as_bytes()).expect(ANY_LENGTH),
            ),
            SignatureMethod::Plaintext => Signer::Plaintext(Secret::new(key)),
        }
    }

    /// `oauth_signature` for a signature base string (ignored by PLAINTEXT).
    fn sign(&self, base_string: &[u8]) -> Signature<'_> {
        fn hmac<M: Mac + Clone>(keyed: &M, base_string: &[u8]) -> Signature<'static> {
            let mut mac = keyed.clone();
            mac.update(base_string);
            let mut base64 = [0; BASE64_SHA512_LEN];
            // Invariant: the buffer holds the base64 of a SHA-512 digest, the longest here.
            let len = BASE64
                .encode_slice(mac.finalize().into_bytes(), &mut base64)
                .expect("the buffer fits a base64 SHA-512 digest");
            Signature::Base64 { base64, len }
        }
        match self {
            Signer::HmacSha1(keyed) => hmac(keyed, base_string),
            Signer::HmacSha512(keyed) => hmac(keyed, base_string),
            Signer::Plaintext(key) => Signature::Plaintext(key.expose()),
        }
    }
}

/// Length of the base64 of a 64-byte digest.
const BASE64_SHA512_LEN: usize = 88;

/// An `oauth_signature` value, held without allocating.
enum Signature<'a> {
    Base64 {
        base64: [u8; BASE64_SHA512_LEN],
        len: usize,
    },
    Plaintext(&'a str),
}

impl Signature<'_> {
    fn as_str(&self) -> &str {
        match self {
            // Invariant: base64 output is ASCII.
            Signature::Base64 { base64, len } => {
                std::str::from_utf8(&base64[..*len]).expect("base64 is ASCII")
            }
            Signature::Plaintext(key) => key,
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

/// Writes `n` in decimal at the end of `buf` and returns it.
fn decimal(n: u64, buf: &mut [u8; 20]) -> &str {
    let mut n = n;
    let mut start = buf.len();
    loop {
        start -= 1;
        // `n % 10` is a single digit.
        buf[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // Invariant: only ASCII digits were written.
    std::str::from_utf8(&buf[start..]).expect("decimal digits are ASCII")
}

/// Appends the encoded base string URI of RFC 5849 section 3.4.1.2: lower-case scheme and
/// host, the port only when it is not the scheme's default, and the path as it is sent
/// (already percent-encoded).
fn push_base_string_uri(out: &mut Vec<u8>, url: &Url) -> Result<(), AuthError> {
    let host = url.host_str().ok_or_else(|| {
        AuthError::InvalidRequest(format!(
            "cannot sign a URL without a host (scheme {:?})",
            url.scheme()
        ))
    })?;
    let lower = |s: &str| -> Vec<u8> { s.bytes().map(|b| b.to_ascii_lowercase()).collect() };
    let scheme = url.scheme();
    if scheme.bytes().any(|b| b.is_ascii_uppercase()) {
        push_encoded_bytes(out, &lower(scheme), b"%");
    } else {
        push_encoded_bytes(out, scheme.as_bytes(), b"%");
    }
    out.extend_from_slice(b"%3A%2F%2F");
    if host.bytes().any(|b| b.is_ascii_uppercase()) {
        push_encoded_bytes(out, &lower(host), b"%");
    } else {
        push_encoded_bytes(out, host.as_bytes(), b"%");
    }
    // `Url` already drops the default port of http/https/ws/wss; `port()` is `Some` only for
    // an explicit non-default port.
    if let Some(port) = url.port() {
        out.extend_from_slice(b"%3A");
        out.extend_from_slice(decimal(port.into(), &mut [0; 20]).as_bytes());
    }
    let path = url.path();
    push_encoded_bytes(
        out,
        if path.is_empty() {
            b"/"
        } else {
            path.as_bytes()
        },
        b"%",
    );
    Ok(())
}

/// One normalized parameter held in a shared buffer: the name is `buf[start..split]`, the
/// value `buf[split..end]`, both already in the base string's doubly encoded form.
struct Param {
    start: usize,
    split: usize,
    end: usize,
}

/// Builds the signature base string of RFC 5849 section 3.4.1 at the end of `buf` and returns
/// where it is; `buf` is used as scratch space before it.
///
/// The normalized parameters are encoded, joined as `name=value` with `&`, then encoded again.
/// Each parameter is written here directly in that doubly encoded form, where a byte to escape
/// becomes `%25XX`. Sorting the doubly encoded forms gives the order of the singly encoded ones
/// the RFC sorts: the two encodings differ only where a `%` becomes `%25`, and `%` sorts below
/// every unreserved character, so the first difference between two strings compares alike.
fn write_base_string(
    buf: &mut Vec<u8>,
    method: &str,
    url: &Url,
    form_body: Option<&[u8]>,
    protocol_params: &[(&str, &str)],
) -> Result<Range<usize>, AuthError> {
    const TWICE: &[u8] = b"%25";
    let mut params: Vec<Param> = Vec::with_capacity(protocol_params.len() + 8);
    let mut push_form = |buf: &mut Vec<u8>, form: &[u8]| {
        for segment in form.split(|&b| b == b'&').filter(|s| !s.is_empty()) {
            let (name, value) = match segment.iter().position(|&b| b == b'=') {
                Some(i) => (&segment[..i], &segment[i + 1..]),
                None => (segment, &b""[..]),
            };
            let start = buf.len();
            push_form_component_encoded(buf, name, TWICE);
            let split = buf.len();
            push_form_component_encoded(buf, value, TWICE);
            params.push(Param {
                start,
                split,
                end: buf.len(),
            });
        }
    };
    if let Some(query) = url.query() {
        push_form(buf, query.as_bytes());
    }
    if let Some(body) = form_body {
        push_form(buf, body);
    }
    for (name, value) in protocol_params
        .iter()
        .filter(|(name, _)| *name != "realm" && *name != "oauth_signature")
    {
        let start = buf.len();
        push_encoded_bytes(buf, name.as_bytes(), TWICE);
        let split = buf.len();
        push_encoded_bytes(buf, value.as_bytes(), TWICE);
        params.push(Param {
            start,
            split,
            end: buf.len(),
        });
    }
    let pair = |p: &Param| (&buf[p.start..p.split], &buf[p.split..p.end]);
    params.sort_unstable_by(|a, b| pair(a).cmp(&pair(b)));

    let base_start = buf.len();
    buf.reserve(method.len() + url.as_str().len() * 3 / 2 + (base_start + params.len() * 6));
    buf.extend(method.bytes().map(|b| b.to_ascii_uppercase()));
    buf.push(b'&');
    push_base_string_uri(buf, url)?;
    buf.push(b'&');
    for (i, param) in params.iter().enumerate() {
        if i > 0 {
            buf.extend_from_slice(b"%26");
        }
        buf.extend_from_within(param.start..param.split);
        buf.extend_from_slice(b"%3D");
        buf.extend_from_within(param.split..param.end);
    }
    Ok(base_start..buf.len())
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
    let mut buf = Vec::new();
    let base = write_base_string(&mut buf, method, url, form_body, protocol_params)?;
    buf.drain(..base.start);
    // Invariant: everything but the method is encoded (ASCII), and the method is a `&str`
    // whose ASCII letters were upper-cased, which keeps it UTF-8.
    Ok(String::from_utf8(buf).expect("the base string is UTF-8"))
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
    /// Derived from the secrets and `method` by [`Config::derive`].
    signer: Signer,
    /// The start of every `Authorization` header, up to the per-request parameters: `OAuth `,
    /// the realm, and the consumer key, token and signature method parameters. Derived by
    /// [`Config::derive`].
    header_prefix: String,
    realm: Option<String>,
    compact: bool,
    version: bool,
    nonce: NonceSource,
    timestamp: TimestampSource,
    /// Whether PLAINTEXT signatures may go over plain HTTP to hosts that are not loopback.
    allow_insecure: bool,
}

impl Config {
    /// Recomputes the derived fields; called by every builder method that changes the
    /// credentials, the signature method or the realm.
    fn derive(&mut self) {
        let token_secret = self.token.as_ref().map_or("", |(_, s)| s.expose());
        self.signer = Signer::new(self.method, self.consumer_secret.expose(), token_secret);
        let mut prefix = String::from("OAuth ");
        if let Some(realm) = &self.realm {
            prefix.push_str("realm=\"");
            prefix.push_str(realm);
            prefix.push_str("\", ");
        }
        for (name, value) in self.fixed_params() {
            push_header_param(&mut prefix, name, value);
        }
        self.header_prefix = prefix;
    }

    /// The protocol parameters that are the same for every request, in header order.
    fn fixed_params(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            Some(("oauth_consumer_key", self.consumer_key.as_str())),
            self.token
                .as_ref()
                .map(|(t, _)| ("oauth_token", t.as_str())),
            Some(("oauth_signature_method", self.method.as_str())),
        ]
        .into_iter()
        .flatten()
    }
}

/// Appends `name="value", ` to a header; `name` is one of this module's parameter names,
/// which need no encoding.
fn push_header_param(header: &mut String, name: &str, value: &str) {
    debug_assert!(name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'));
    header.push_str(name);
    header.push_str("=\"");
    push_encoded(header, value);
    header.push_str("\", ");
}

/// OAuth 1.0a credentials that sign every request (Clever Cloud's API).
///
/// Each call of [`Authenticator::authenticate`] signs anew with a fresh nonce and timestamp, so
/// retries are signed again. Cloning is cheap; clones share the configuration.
///
/// A `PLAINTEXT` signature is the secrets themselves: it is only sent over `https://` and
/// `wss://`, or to a loopback host, unless [`OAuth1::allow_insecure_http`] allows plain HTTP.
/// HMAC signatures reveal no secret and go anywhere.
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
            .field("allow_insecure_http", &c.allow_insecure)
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
        let mut config = Config {
            consumer_key,
            consumer_secret,
            token: None,
            method: SignatureMethod::HmacSha512,
            // Placeholders, computed by `derive` below.
            signer: Signer::Plaintext(Secret::new("")),
            header_prefix: String::new(),
            realm: None,
            compact: false,
            version: false,
            nonce: Arc::new(random_nonce),
            timestamp: Arc::new(unix_timestamp),
            allow_insecure: false,
        };
        config.derive();
        Ok(OAuth1 {
            config: Arc::new(config),
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
        let config = self.config_mut();
        config.token = Some((token, token_secret));
        config.derive();
        Ok(self)
    }

    /// The same credentials without the token (for the three-legged flow's first step).
    pub(crate) fn without_token(&self) -> Result<Self, AuthError> {
        let mut copy = self.clone();
        let config = copy.config_mut();
        config.token = None;
        config.derive();
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
        config.derive();
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
        config.derive();
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
        let config = self.config_mut();
        config.realm = Some(realm);
        config.derive();
        Ok(self)
    }

    /// Also sends `PLAINTEXT` signatures (the secrets themselves) over plain `http://` and
    /// `ws://` to hosts that are not loopback, where anyone on the path can read them. Only for
    /// trusted networks.
    ///
    /// ```
    /// use cloudsdk_auth::oauth1::{OAuth1, SignatureMethod};
    /// let auth = OAuth1::new("key", "secret")?
    ///     .with_signature_method(SignatureMethod::Plaintext)
    ///     .allow_insecure_http();
    /// # Ok::<(), cloudsdk_auth::AuthError>(())
    /// ```
    pub fn allow_insecure_http(mut self) -> Self {
        self.config_mut().allow_insecure = true;
        self
    }

    /// Whether a signature may be sent to `url`: HMAC ones anywhere, PLAINTEXT ones by the
    /// transport rule.
    fn check_transport(&self, url: &Url) -> Result<(), AuthError> {
        if self.config.method != SignatureMethod::Plaintext {
            return Ok(());
        }
        transport::check(
            url,
            self.config.allow_insecure,
            "OAuth1::allow_insecure_http()",
        )
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
        let mut params: Vec<(&str, &str)> = Vec::with_capacity(6 + extra.len());
        for (name, value) in c.fixed_params() {
            params.push((name, value));
        }
        let fixed = params.len();
        let nonce;
        let mut timestamp = [0; 20];
        if !c.compact {
            nonce = (c.nonce)();
            params.push(("oauth_timestamp", decimal((c.timestamp)(), &mut timestamp)));
            params.push(("oauth_nonce", &nonce));
            if c.version {
                params.push(("oauth_version", "1.0"));
            }
        }
        params.extend_from_slice(extra);

        let signature = match &c.signer {
            // PLAINTEXT ignores the base string: skip building it.
            plaintext @ Signer::Plaintext(_) => plaintext.sign(b""),
            signer => {
                let mut buf = Vec::with_capacity(512);
                let base = write_base_string(&mut buf, method, url, form_body, &params)?;
                signer.sign(&buf[base])
            }
        };
        let signature = signature.as_str();

        let per_request = &params[fixed..];
        // Every value may triple in size when encoded.
        let capacity = c.header_prefix.len()
            + per_request
                .iter()
                .chain([&("oauth_signature", signature)])
                .map(|(name, value)| name.len() + 3 * value.len() + 5)
                .sum::<usize>();
        let mut header = String::with_capacity(capacity);
        header.push_str(&c.header_prefix);
        for &(name, value) in per_request {
            push_header_param(&mut header, name, value);
        }
        push_header_param(&mut header, "oauth_signature", signature);
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
            .check_transport(request.url)
            .and_then(|()| self.header_value(request.method.as_str(), url, request.form_body))
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
            .check_transport(connect_url)
            .and_then(|()| self.authorization_with("GET", url, None, &[]))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encode::{OAUTH_ENCODE_SET, encode_str, parse_form};

    /// The straightforward construction this module's faster one replaced: every name and
    /// value decoded, encoded into its own string, sorted, joined, then encoded again.
    fn reference_base_string(
        method: &str,
        url: &Url,
        form_body: Option<&[u8]>,
        protocol_params: &[(&str, &str)],
    ) -> Result<String, AuthError> {
        let enc = |b: &[u8]| percent_encoding::percent_encode(b, OAUTH_ENCODE_SET).to_string();
        let mut params: Vec<(String, String)> = Vec::new();
        if let Some(query) = url.query() {
            params.extend(parse_form(query.as_bytes()).map(|(n, v)| (enc(&n), enc(&v))));
        }
        params.extend(
            protocol_params
                .iter()
                .filter(|(name, _)| *name != "realm" && *name != "oauth_signature")
                .map(|(n, v)| (encode_str(n), encode_str(v))),
        );
        if let Some(body) = form_body {
            params.extend(parse_form(body).map(|(n, v)| (enc(&n), enc(&v))));
        }
        params.sort();
        let host = url
            .host_str()
            .ok_or_else(|| AuthError::InvalidRequest("no host".into()))?;
        let mut uri = format!(
            "{}://{}",
            url.scheme().to_ascii_lowercase(),
            host.to_ascii_lowercase()
        );
        if let Some(port) = url.port() {
            uri.push_str(&format!(":{port}"));
        }
        uri.push_str(if url.path().is_empty() {
            "/"
        } else {
            url.path()
        });
        let normalized: Vec<String> = params.iter().map(|(n, v)| format!("{n}={v}")).collect();
        Ok(format!(
            "{}&{}&{}",
            method.to_ascii_uppercase(),
            encode_str(&uri),
            encode_str(&normalized.join("&"))
        ))
    }

    /// Awkward URLs, bodies and parameters: the base string is the reference one.
    #[test]
    fn base_string_matches_the_reference_construction() {
        let urls = [
            "https://api.example.com/v2/self",
            "https://API.Example.COM:443/a%20b/c%2Fd/?x=1",
            "http://example.com:8080",
            "http://example.com:80/?",
            "https://example.com/p?b=2&a=1&a=&a&&c=x+y%2Bz&%E2%98%83=%zz&d=%4&e=%%41",
            "https://example.com/p?z=%25%2525&Z=1&_=2&~=3&-=4&.=5&%7E=6",
            "wss://Socket.Example.com:9443/v2/logs?since=2024-01-01T00:00:00Z",
            "custom+scheme://Host.Example/Path?q=Ä",
            "http://[::1]:8000/ipv6?x=y",
            "http://127.0.0.1/ip",
        ];
        let bodies: [Option<&[u8]>; 5] = [
            None,
            Some(b""),
            Some(b"name=my+app+%E2%98%83&tag=a%26b%3Dc&tag="),
            Some(b"a=1&a=1&b=%zz&&=x&y="),
            Some("raw=é&sp= &amp=&&".as_bytes()),
        ];
        let params: [&[(&str, &str)]; 3] = [
            &[],
            &[
                ("oauth_consumer_key", "ck"),
                ("oauth_nonce", "n-._~ é/+="),
                ("realm", "Photos"),
                ("oauth_signature", "dropped"),
            ],
            &[
                ("oauth_token", "tok"),
                ("oauth_callback", "http://printer.example.com/ready?a=b"),
                ("a", "1"),
                ("a", "%25"),
            ],
        ];
        for method in ["GET", "post", "Patch"] {
            for u in urls {
                let url = Url::parse(u).unwrap();
                for body in bodies {
                    for protocol in params {
                        assert_eq!(
                            signature_base_string(method, &url, body, protocol).unwrap(),
                            reference_base_string(method, &url, body, protocol).unwrap(),
                            "{method} {u} {body:?} {protocol:?}"
                        );
                    }
                }
            }
        }
        let no_host = Url::parse("data:text/plain,x").unwrap();
        assert!(signature_base_string("GET", &no_host, None, &[]).is_err());
    }

    /// Long secrets (past the hash block sizes, so HMAC hashes the key first), reserved and
    /// non-ASCII characters, an empty token secret: the cached keyed state signs as a freshly
    /// keyed HMAC does, and keeps doing so when reused.
    #[test]
    fn cached_signer_matches_a_freshly_keyed_one() {
        let long = "k".repeat(200);
        let secrets = [
            ("consumer-secret", "token-secret"),
            ("a&b c", ""),
            ("é/☃", "%41+"),
            (long.as_str(), long.as_str()),
        ];
        for method in [
            SignatureMethod::HmacSha1,
            SignatureMethod::HmacSha512,
            SignatureMethod::Plaintext,
        ] {
            for (consumer_secret, token_secret) in secrets {
                let signer = Signer::new(method, consumer_secret, token_secret);
                for base in ["", "GET&x&y", &"z".repeat(1000)] {
                    let fresh = Signer::new(method, consumer_secret, token_secret);
                    let expected = fresh.sign(base.as_bytes()).as_str().to_owned();
                    assert_eq!(signer.sign(base.as_bytes()).as_str(), expected);
                    assert_eq!(signer.sign(base.as_bytes()).as_str(), expected);
                    let key = format!(
                        "{}&{}",
                        encode_str(consumer_secret),
                        encode_str(token_secret)
                    );
                    let independent = match method {
                        SignatureMethod::Plaintext => key,
                        SignatureMethod::HmacSha1 => BASE64.encode(
                            <Hmac<sha1::Sha1> as KeyInit>::new_from_slice(key.as_bytes())
                                .unwrap()
                                .chain_update(base)
                                .finalize()
                                .into_bytes(),
                        ),
                        SignatureMethod::HmacSha512 => BASE64.encode(
                            <Hmac<sha2::Sha512> as KeyInit>::new_from_slice(key.as_bytes())
                                .unwrap()
                                .chain_update(base)
                                .finalize()
                                .into_bytes(),
                        ),
                    };
                    assert_eq!(expected, independent);
                }
            }
        }
    }

    #[test]
    fn decimal_formats_u64() {
        for n in [0, 7, 10, 99, 1_234_567_890, u64::MAX] {
            assert_eq!(decimal(n, &mut [0; 20]), n.to_string());
        }
    }
}
