//! Configuration from environment variables: the ways a generated client may authenticate,
//! as its spec names their variables (`x-env`), tried in order by
//! [`ClientBuilder::auth_from_env`].

#[cfg(feature = "oauth1")]
use cloudsdk_auth::oauth1::OAuth1;
use cloudsdk_auth::token::ClientAuthentication;
use cloudsdk_auth::{AuthError, BasicAuth, BearerToken, TokenExchange};

use super::{Client, ClientBuilder};
use crate::error::Error;

/// One way to authenticate from environment variables: a security scheme and the variables
/// holding its credentials. Generated crates declare them in a `static` list, built with
/// [`EnvScheme::new`].
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct EnvScheme {
    /// The scheme's name in the spec, for messages.
    pub scheme: &'static str,
    /// The variables and how they make credentials.
    pub credentials: EnvCredentials,
    /// Where requests with this scheme go instead of the API's base URL (Clever Cloud's API
    /// bridge for API tokens).
    pub base_url: Option<&'static str>,
}

/// Which variables make a scheme's credentials (their names, never their values). Built with
/// the `const` constructors ([`EnvCredentials::bearer`], …) and setters, since a kind may gain
/// settings.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum EnvCredentials {
    /// `Authorization: Bearer <token>`.
    #[non_exhaustive]
    Bearer {
        /// The token's variable.
        token: &'static str,
    },
    /// HTTP Basic: a ready-made `Authorization` value when that variable is set, else user and
    /// password.
    #[non_exhaustive]
    Basic {
        /// The user's variable.
        user: &'static str,
        /// The password's (API key's) variable.
        password: &'static str,
        /// A variable holding a whole `Authorization` value, which wins when set.
        authorization: Option<&'static str>,
    },
    /// OAuth 1.0a with consumer and token credentials.
    #[cfg(feature = "oauth1")]
    #[non_exhaustive]
    OAuth1 {
        /// The consumer key's variable.
        consumer_key: &'static str,
        /// The consumer secret's variable.
        consumer_secret: &'static str,
        /// The token's variable.
        token: &'static str,
        /// The token secret's variable.
        token_secret: &'static str,
    },
    /// An OAuth2 client-credentials grant.
    #[non_exhaustive]
    ClientCredentials {
        /// The client id's variable.
        client_id: &'static str,
        /// The client secret's variable.
        client_secret: &'static str,
        /// The token URL, unless `token_url_var` is set.
        token_url: &'static str,
        /// A variable overriding the token URL.
        token_url_var: Option<&'static str>,
        /// The audience, unless `audience_var` is set.
        audience: Option<&'static str>,
        /// A variable overriding the audience.
        audience_var: Option<&'static str>,
        /// Whether the client id and secret go in the token request's body (as Camunda's
        /// console API wants them) rather than in an HTTP Basic header, RFC 6749's default.
        credentials_in_body: bool,
    },
    /// An API key sent in a header.
    #[non_exhaustive]
    HeaderKey {
        /// The header.
        header: &'static str,
        /// The key's variable.
        key: &'static str,
    },
    /// An API key sent in the query string, as [`ClientBuilder::sensitive_query`] sends it.
    #[non_exhaustive]
    QueryKey {
        /// The query parameter.
        param: &'static str,
        /// The key's variable.
        key: &'static str,
    },
}

impl EnvScheme {
    /// The scheme named `scheme` in the spec, authenticating with `credentials`, on the API's
    /// base URL.
    pub const fn new(scheme: &'static str, credentials: EnvCredentials) -> Self {
        Self {
            scheme,
            credentials,
            base_url: None,
        }
    }

    /// Sends this scheme's requests to `url` instead of the API's base URL.
    pub const fn base_url(mut self, url: &'static str) -> Self {
        self.base_url = Some(url);
        self
    }
}

impl EnvCredentials {
    /// [`EnvCredentials::Bearer`] with the token in `token`.
    pub const fn bearer(token: &'static str) -> Self {
        Self::Bearer { token }
    }

    /// [`EnvCredentials::Basic`] from `user` and `password`.
    pub const fn basic(user: &'static str, password: &'static str) -> Self {
        Self::Basic {
            user,
            password,
            authorization: None,
        }
    }

    /// [`EnvCredentials::OAuth1`] from the consumer's and the token's key and secret.
    #[cfg(feature = "oauth1")]
    pub const fn oauth1(
        consumer_key: &'static str,
        consumer_secret: &'static str,
        token: &'static str,
        token_secret: &'static str,
    ) -> Self {
        Self::OAuth1 {
            consumer_key,
            consumer_secret,
            token,
            token_secret,
        }
    }

    /// [`EnvCredentials::ClientCredentials`] from the client id and secret, with the token URL
    /// `token_url`, no audience, and the credentials in an HTTP Basic header.
    pub const fn client_credentials(
        client_id: &'static str,
        client_secret: &'static str,
        token_url: &'static str,
    ) -> Self {
        Self::ClientCredentials {
            client_id,
            client_secret,
            token_url,
            token_url_var: None,
            audience: None,
            audience_var: None,
            credentials_in_body: false,
        }
    }

    /// [`EnvCredentials::HeaderKey`]: the key in `key`, sent in `header`.
    pub const fn header_key(header: &'static str, key: &'static str) -> Self {
        Self::HeaderKey { header, key }
    }

    /// [`EnvCredentials::QueryKey`]: the key in `key`, sent as the query parameter `param`.
    pub const fn query_key(param: &'static str, key: &'static str) -> Self {
        Self::QueryKey { param, key }
    }

    /// Basic: the variable holding a whole `Authorization` value, which wins when set. Other
    /// kinds are returned unchanged.
    pub const fn authorization(mut self, var: &'static str) -> Self {
        if let Self::Basic { authorization, .. } = &mut self {
            *authorization = Some(var);
        }
        self
    }

    /// Client credentials: the variable overriding the token URL. Other kinds are returned
    /// unchanged.
    pub const fn token_url_var(mut self, var: &'static str) -> Self {
        if let Self::ClientCredentials { token_url_var, .. } = &mut self {
            *token_url_var = Some(var);
        }
        self
    }

    /// Client credentials: the audience asked for. Other kinds are returned unchanged.
    pub const fn audience(mut self, value: &'static str) -> Self {
        if let Self::ClientCredentials { audience, .. } = &mut self {
            *audience = Some(value);
        }
        self
    }

    /// Client credentials: the variable overriding the audience. Other kinds are returned
    /// unchanged.
    pub const fn audience_var(mut self, var: &'static str) -> Self {
        if let Self::ClientCredentials { audience_var, .. } = &mut self {
            *audience_var = Some(var);
        }
        self
    }

    /// Client credentials: whether the client id and secret go in the token request's body
    /// rather than in an HTTP Basic header. Other kinds are returned unchanged.
    pub const fn credentials_in_body(mut self, in_body: bool) -> Self {
        if let Self::ClientCredentials {
            credentials_in_body,
            ..
        } = &mut self
        {
            *credentials_in_body = in_body;
        }
        self
    }
}

impl EnvCredentials {
    /// The variables that must all be set (one set of them, for Basic with a ready-made value).
    fn required(&self) -> Vec<&'static str> {
        match *self {
            EnvCredentials::Bearer { token } => vec![token],
            EnvCredentials::Basic { user, password, .. } => vec![user, password],
            #[cfg(feature = "oauth1")]
            EnvCredentials::OAuth1 {
                consumer_key,
                consumer_secret,
                token,
                token_secret,
            } => vec![consumer_key, consumer_secret, token, token_secret],
            EnvCredentials::ClientCredentials {
                client_id,
                client_secret,
                ..
            } => vec![client_id, client_secret],
            EnvCredentials::HeaderKey { key, .. } | EnvCredentials::QueryKey { key, .. } => {
                vec![key]
            }
        }
    }
}

/// Reads a variable; empty counts as unset.
type Lookup<'a> = &'a dyn Fn(&str) -> Option<String>;

impl<C: From<Client>> ClientBuilder<C> {
    /// Authenticates with the first of `schemes` whose variables `lookup` finds set (and
    /// sends its requests to the scheme's base URL when it has one), then takes the base URL
    /// from `base_url_var` when that is set. When no scheme is complete the error
    /// ([`Error::Auth`] with [`AuthError::MissingCredentials`]) names what to set for each;
    /// it names variables, never values.
    ///
    /// ```
    /// use cloudsdk_runtime::{Client, EnvCredentials, EnvScheme};
    ///
    /// static SCHEMES: &[EnvScheme] = &[EnvScheme::new(
    ///     "bearer",
    ///     EnvCredentials::bearer("EXAMPLE_TOKEN"),
    /// )];
    /// let env = |name: &str| (name == "EXAMPLE_TOKEN").then(|| "t0k3n".to_owned());
    /// let client = Client::builder("https://api.example.com")
    ///     .auth_from_env(SCHEMES, "EXAMPLE_BASE_URL", &env)?
    ///     .build()?;
    /// # let _ = client;
    /// let missing = Client::builder("https://api.example.com")
    ///     .auth_from_env(SCHEMES, "EXAMPLE_BASE_URL", &|_: &str| None)
    ///     .unwrap_err();
    /// assert!(format!("{missing:?}").contains("set EXAMPLE_TOKEN"));
    /// # Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn auth_from_env(
        self,
        schemes: &[EnvScheme],
        base_url_var: &str,
        lookup: Lookup<'_>,
    ) -> Result<Self, Error> {
        let get = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        let found = schemes.iter().find(|s| complete(&s.credentials, &get));
        let Some(scheme) = found else {
            return Err(AuthError::MissingCredentials(missing(schemes, &get)).into());
        };
        let mut builder = authenticate(self, &scheme.credentials, &get)?;
        if let Some(url) = scheme.base_url {
            builder = builder.base_url(url);
        }
        if let Some(url) = get(base_url_var) {
            builder = builder.base_url(url);
        }
        Ok(builder)
    }
}

/// Whether every variable the credentials need is set.
fn complete(credentials: &EnvCredentials, get: &dyn Fn(&str) -> Option<String>) -> bool {
    if let EnvCredentials::Basic {
        authorization: Some(var),
        ..
    } = credentials
    {
        if get(var).is_some() {
            return true;
        }
    }
    credentials.required().iter().all(|var| get(var).is_some())
}

/// What to set: each scheme's variables, and those of a half-set scheme that are missing.
fn missing(schemes: &[EnvScheme], get: &dyn Fn(&str) -> Option<String>) -> String {
    let ways: Vec<String> = schemes
        .iter()
        .map(|s| {
            let required = s.credentials.required();
            let mut way = join(&required);
            if let EnvCredentials::Basic {
                authorization: Some(var),
                ..
            } = s.credentials
            {
                way = format!("{way}, or {var}");
            }
            let unset: Vec<&str> = required.into_iter().filter(|v| get(v).is_none()).collect();
            let half_set = unset.len() < s.credentials.required().len();
            if half_set {
                format!("{way} (`{}`: {} not set)", s.scheme, join(&unset))
            } else {
                format!("{way} (`{}`)", s.scheme)
            }
        })
        .collect();
    format!("set {}", ways.join("; or "))
}

/// `A`, `A and B`, `A, B and C`.
fn join(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The builder with the credentials' authenticator (or header); every variable it reads is
/// set (checked by [`complete`]).
fn authenticate<C: From<Client>>(
    builder: ClientBuilder<C>,
    credentials: &EnvCredentials,
    get: &dyn Fn(&str) -> Option<String>,
) -> Result<ClientBuilder<C>, AuthError> {
    let var = |name: &str| get(name).unwrap_or_default();
    Ok(match *credentials {
        EnvCredentials::Bearer { token } => builder.auth(BearerToken::new(var(token))?),
        EnvCredentials::Basic {
            user,
            password,
            authorization,
        } => match authorization.and_then(get) {
            Some(value) => builder.auth(BasicAuth::from_authorization(value)?),
            None => builder.auth(BasicAuth::new(var(user), var(password))?),
        },
        #[cfg(feature = "oauth1")]
        EnvCredentials::OAuth1 {
            consumer_key,
            consumer_secret,
            token,
            token_secret,
        } => builder.auth(
            OAuth1::new(var(consumer_key), var(consumer_secret))?
                .with_token(var(token), var(token_secret))?,
        ),
        EnvCredentials::ClientCredentials {
            client_id,
            client_secret,
            token_url,
            token_url_var,
            audience,
            audience_var,
            credentials_in_body,
        } => {
            let url = token_url_var.and_then(get);
            let url = url.as_deref().unwrap_or(token_url);
            let mut auth =
                TokenExchange::client_credentials(url, var(client_id), var(client_secret))?;
            if let Some(audience) = audience_var.and_then(get).or(audience.map(str::to_owned)) {
                auth = auth.with_audience(audience);
            }
            if credentials_in_body {
                auth = auth.with_client_authentication(ClientAuthentication::RequestBody);
            }
            builder.auth(auth)
        }
        EnvCredentials::HeaderKey { header, key } => builder.sensitive_header(header, &var(key)),
        EnvCredentials::QueryKey { param, key } => builder.sensitive_query(param, &var(key)),
    })
}
