//! The credentials a mock server requires: OAuth 1.0a, HTTP Basic, bearer tokens, and a token
//! endpoint that exchanges a key or client credentials for a token (checked in `check.rs`).

/// What every authenticated operation's requests must carry.
#[derive(Clone)]
pub enum Auth {
    /// An OAuth 1.0a signature made with these secrets (any signature method the verifier
    /// knows: HMAC-SHA1, HMAC-SHA512, PLAINTEXT), over the operation's signing URL when it has
    /// one (moved to the mock's origin, as the client moves it), else the requested URL.
    OAuth1 {
        /// The consumer secret.
        consumer_secret: String,
        /// The token secret.
        token_secret: String,
    },
    /// `Authorization: Basic base64(user:password)`.
    Basic {
        /// The user.
        user: String,
        /// The password.
        password: String,
    },
    /// `Authorization: Bearer <token>` (the scheme's case ignored).
    Bearer(String),
}

impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self {
            Auth::OAuth1 { .. } => "OAuth1",
            Auth::Basic { .. } => "Basic",
            Auth::Bearer(_) => "Bearer",
        };
        write!(f, "Auth::{kind}([redacted])")
    }
}

impl Auth {
    /// OAuth 1.0a with these secrets.
    pub fn oauth1(consumer_secret: impl Into<String>, token_secret: impl Into<String>) -> Self {
        Auth::OAuth1 {
            consumer_secret: consumer_secret.into(),
            token_secret: token_secret.into(),
        }
    }

    /// HTTP Basic with this user and password.
    pub fn basic(user: impl Into<String>, password: impl Into<String>) -> Self {
        Auth::Basic {
            user: user.into(),
            password: password.into(),
        }
    }

    /// A bearer token.
    pub fn bearer(token: impl Into<String>) -> Self {
        Auth::Bearer(token.into())
    }
}

/// A token endpoint served by the mock: a `POST` to `path` carrying `credential` gets
/// `{"access_token": token, "token_type": "Bearer", "expires_in": 3600}`, and `token` is then
/// accepted as a bearer token on every operation. [`crate::MockServer::token_requests`] counts
/// the tokens handed out.
#[derive(Clone)]
pub struct TokenEndpoint {
    /// The endpoint's path on the mock (`/v2/auth/exchange`).
    pub path: String,
    /// What a token request must carry.
    pub credential: Credential,
    /// The token handed out.
    pub token: String,
}

impl std::fmt::Debug for TokenEndpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenEndpoint")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// What a token request must carry.
#[derive(Clone)]
pub enum Credential {
    /// An API key as a bearer token (Civo's key-for-JWT exchange).
    BearerKey(String),
    /// OAuth 2.0 client credentials, in a Basic header or in the form body (RFC 6749 2.3.1).
    ClientCredentials {
        /// `client_id`.
        id: String,
        /// `client_secret`.
        secret: String,
    },
}
