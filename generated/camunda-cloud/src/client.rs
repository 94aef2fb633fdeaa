//! The client: configuration and one method per operation (or per tag), and the
//! crate's error.
#![allow(clippy::too_many_arguments)]
/// What every call of this client fails with: `Error` alone is what each operation returns. Its accessors say what went wrong: `status()`, `code()` and `message()` (from the API's error body), `request_id()`, `is_not_found()`, `is_retryable()`.
pub type Error<E = serde_json::Value> = cloudsdk_runtime::Error<E>;
/// The items of a paginated list or the events of an event stream: `'static`, `Send`
/// and `Unpin`, so it can be read with `StreamExt::next` as it is, spawned or kept in
/// a struct.
pub type ItemStream<T, E = serde_json::Value> = cloudsdk_runtime::ItemStream<T, E>;
const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));
/// Client for the Camunda Cloud Console API.
///
/// Cheap to clone; share one between tasks.
#[derive(Debug, Clone)]
pub struct Client {
    pub(crate) raw: cloudsdk_runtime::Client,
}
impl From<cloudsdk_runtime::Client> for Client {
    fn from(raw: cloudsdk_runtime::Client) -> Self {
        Self { raw }
    }
}
impl Client {
    /// The API's base URL, from the spec's first server.
    pub const BASE_URL: &'static str = "https://api.cloud.camunda.io";
    /// A builder for a client of the production API ([`Client::BASE_URL`]); set the
    /// authentication, and override the base URL for tests or other regions.
    pub fn builder() -> cloudsdk_runtime::ClientBuilder<Self> {
        cloudsdk_runtime::ClientBuilder::new(Self::BASE_URL).user_agent(USER_AGENT)
    }
    /// A client of the production API with the given authentication and default settings.
    pub fn new(auth: impl cloudsdk_runtime::auth::Authenticator) -> Result<Self, Error> {
        Self::builder().auth(auth).build()
    }
    /// A client with credentials from environment variables: `CAMUNDA_CONSOLE_CLIENT_ID` and `CAMUNDA_CONSOLE_CLIENT_SECRET` (`camundaOAuth`; `CAMUNDA_OAUTH_URL` overrides the token URL; `CAMUNDA_CONSOLE_OAUTH_AUDIENCE` overrides the audience). The first complete set wins; `CAMUNDA_CONSOLE_BASE_URL` overrides the base URL. When none is complete, the error names the variables to set.
    pub fn from_env() -> Result<Self, Error> {
        Self::builder_from_env(|name| std::env::var(name).ok())?.build()
    }
    /// [`Client::from_env`] as a builder, to change other settings before `build()`;
    /// variables are read through `lookup` (`std::env::var` for the process environment,
    /// a configuration file, a test's values).
    pub fn builder_from_env(
        lookup: impl Fn(&str) -> Option<String>,
    ) -> Result<cloudsdk_runtime::ClientBuilder<Self>, Error> {
        static SCHEMES: &[cloudsdk_runtime::EnvScheme] = &[
            cloudsdk_runtime::EnvScheme::new(
                "camundaOAuth",
                cloudsdk_runtime::EnvCredentials::client_credentials(
                        "CAMUNDA_CONSOLE_CLIENT_ID",
                        "CAMUNDA_CONSOLE_CLIENT_SECRET",
                        "https://login.cloud.camunda.io/oauth/token",
                    )
                    .token_url_var("CAMUNDA_OAUTH_URL")
                    .audience("api.cloud.camunda.io")
                    .audience_var("CAMUNDA_CONSOLE_OAUTH_AUDIENCE")
                    .credentials_in_body(true),
            ),
        ];
        Self::builder().auth_from_env(SCHEMES, "CAMUNDA_CONSOLE_BASE_URL", &lookup)
    }
    /// The underlying runtime client.
    pub fn raw(&self) -> &cloudsdk_runtime::Client {
        &self.raw
    }
    /// A handle on this client (the same connections and credentials) whose calls use
    /// `options`: a timeout, extra headers, a retry policy of their own. For one call:
    /// `client.with_options(CallOptions::new().timeout(Some(d))).group().operation().send()`.
    pub fn with_options(&self, options: cloudsdk_runtime::CallOptions) -> Self {
        Self {
            raw: self.raw.with_options(options),
        }
    }
    /// Operations tagged `Clusters`.
    #[cfg(feature = "clusters")]
    pub fn clusters(&self) -> crate::builders::ClustersApi<'_> {
        crate::builders::ClustersApi {
            client: self,
        }
    }
    /// Operations tagged `ZeebeClients`.
    #[cfg(feature = "zeebe-clients")]
    pub fn zeebe_clients(&self) -> crate::builders::ZeebeClientsApi<'_> {
        crate::builders::ZeebeClientsApi {
            client: self,
        }
    }
    /// Operations tagged `Backups`.
    #[cfg(feature = "backups")]
    pub fn backups(&self) -> crate::builders::BackupsApi<'_> {
        crate::builders::BackupsApi {
            client: self,
        }
    }
    /// Operations tagged `Secrets`.
    #[cfg(feature = "secrets")]
    pub fn secrets(&self) -> crate::builders::SecretsApi<'_> {
        crate::builders::SecretsApi {
            client: self,
        }
    }
    /// Operations tagged `Members`.
    #[cfg(feature = "members")]
    pub fn members(&self) -> crate::builders::MembersApi<'_> {
        crate::builders::MembersApi {
            client: self,
        }
    }
    /// Operations tagged `Activity`.
    #[cfg(feature = "activity")]
    pub fn activity(&self) -> crate::builders::ActivityApi<'_> {
        crate::builders::ActivityApi {
            client: self,
        }
    }
}
