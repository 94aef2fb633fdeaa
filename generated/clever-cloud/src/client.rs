//! The client: configuration and one method per operation (or per tag), and the
//! crate's error.
#![allow(clippy::too_many_arguments)]
/// What every call of this client fails with: `Error` alone is what each operation returns. Its accessors say what went wrong: `status()`, `code()` and `message()` (from the API's error body), `request_id()`, `is_not_found()`, `is_retryable()`.
pub type Error<E = crate::types::Error> = cloudsdk_runtime::Error<E>;
/// The items of a paginated list or the events of an event stream: `'static`, `Send`
/// and `Unpin`, so it can be read with `StreamExt::next` as it is, spawned or kept in
/// a struct.
pub type ItemStream<T, E = crate::types::Error> = cloudsdk_runtime::ItemStream<T, E>;
impl cloudsdk_runtime::ErrorBody for crate::types::Error {
    fn code(&self) -> Option<std::borrow::Cow<'_, str>> {
        self.id.as_ref().map(|v| std::borrow::Cow::Owned(v.to_string()))
    }
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}
const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));
/// Client for the Clever Cloud API.
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
    pub const BASE_URL: &'static str = "https://api.clever-cloud.com";
    /// The base URL to use with the `apiToken` authentication.
    pub const API_TOKEN_BASE_URL: &'static str = "https://api-bridge.clever-cloud.com";
    /// A builder for a client of the production API ([`Client::BASE_URL`]); set the
    /// authentication, and override the base URL for tests or other regions.
    pub fn builder() -> cloudsdk_runtime::ClientBuilder<Self> {
        cloudsdk_runtime::ClientBuilder::new(Self::BASE_URL).user_agent(USER_AGENT)
    }
    /// A client of the production API with the given authentication and default settings.
    pub fn new(auth: impl cloudsdk_runtime::auth::Authenticator) -> Result<Self, Error> {
        Self::builder().auth(auth).build().map_err(Error::from)
    }
    /// A client with credentials from environment variables: `CLEVER_CONSUMER_KEY`, `CLEVER_CONSUMER_SECRET`, `CLEVER_TOKEN` and `CLEVER_SECRET` (`oauth1`); or `CLEVER_API_TOKEN` (`apiToken`; sent to `https://api-bridge.clever-cloud.com`). The first complete set wins; `CLEVER_CLOUD_BASE_URL` overrides the base URL. When none is complete, the error names the variables to set.
    pub fn from_env() -> Result<Self, Error> {
        Self::builder_from_env(|name| std::env::var(name).ok())?
            .build()
            .map_err(Error::from)
    }
    /// [`Client::from_env`] as a builder, to change other settings before `build()`;
    /// variables are read through `lookup` (`std::env::var` for the process environment,
    /// a configuration file, a test's values).
    pub fn builder_from_env(
        lookup: impl Fn(&str) -> Option<String>,
    ) -> Result<cloudsdk_runtime::ClientBuilder<Self>, Error> {
        static SCHEMES: &[cloudsdk_runtime::EnvScheme] = &[
            cloudsdk_runtime::EnvScheme::new(
                "oauth1",
                cloudsdk_runtime::EnvCredentials::oauth1(
                    "CLEVER_CONSUMER_KEY",
                    "CLEVER_CONSUMER_SECRET",
                    "CLEVER_TOKEN",
                    "CLEVER_SECRET",
                ),
            ),
            cloudsdk_runtime::EnvScheme::new(
                    "apiToken",
                    cloudsdk_runtime::EnvCredentials::bearer("CLEVER_API_TOKEN"),
                )
                .base_url("https://api-bridge.clever-cloud.com"),
        ];
        Self::builder()
            .auth_from_env(SCHEMES, "CLEVER_CLOUD_BASE_URL", &lookup)
            .map_err(Error::from)
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
    /// Operations tagged `environment`.
    #[cfg(feature = "environment")]
    pub fn environment(&self) -> crate::builders::EnvironmentApi<'_> {
        crate::builders::EnvironmentApi {
            client: self,
        }
    }
    /// Operations tagged `oauth`.
    #[cfg(feature = "oauth")]
    pub fn oauth(&self) -> crate::builders::OauthApi<'_> {
        crate::builders::OauthApi {
            client: self,
        }
    }
    /// Operations tagged `backups`.
    #[cfg(feature = "backups")]
    pub fn backups(&self) -> crate::builders::BackupsApi<'_> {
        crate::builders::BackupsApi {
            client: self,
        }
    }
    /// Operations tagged `github`.
    #[cfg(feature = "github")]
    pub fn github(&self) -> crate::builders::GithubApi<'_> {
        crate::builders::GithubApi {
            client: self,
        }
    }
    /// Operations tagged `payments`.
    #[cfg(feature = "payments")]
    pub fn payments(&self) -> crate::builders::PaymentsApi<'_> {
        crate::builders::PaymentsApi {
            client: self,
        }
    }
    /// Operations tagged `logs`.
    #[cfg(feature = "logs")]
    pub fn logs(&self) -> crate::builders::LogsApi<'_> {
        crate::builders::LogsApi {
            client: self,
        }
    }
    /// Operations tagged `metrics`.
    #[cfg(feature = "metrics")]
    pub fn metrics(&self) -> crate::builders::MetricsApi<'_> {
        crate::builders::MetricsApi {
            client: self,
        }
    }
    /// Operations tagged `newsfeeds`.
    #[cfg(feature = "newsfeeds")]
    pub fn newsfeeds(&self) -> crate::builders::NewsfeedsApi<'_> {
        crate::builders::NewsfeedsApi {
            client: self,
        }
    }
    /// Operations tagged `notifications`.
    #[cfg(feature = "notifications")]
    pub fn notifications(&self) -> crate::builders::NotificationsApi<'_> {
        crate::builders::NotificationsApi {
            client: self,
        }
    }
    /// Operations tagged `sessions`.
    #[cfg(feature = "sessions")]
    pub fn sessions(&self) -> crate::builders::SessionsApi<'_> {
        crate::builders::SessionsApi {
            client: self,
        }
    }
    /// Operations tagged `organisations`.
    #[cfg(feature = "organisations")]
    pub fn organisations(&self) -> crate::builders::OrganisationsApi<'_> {
        crate::builders::OrganisationsApi {
            client: self,
        }
    }
    /// Operations tagged `addonProviders`.
    #[cfg(feature = "addon-providers")]
    pub fn addon_providers(&self) -> crate::builders::AddonProvidersApi<'_> {
        crate::builders::AddonProvidersApi {
            client: self,
        }
    }
    /// Operations tagged `addons`.
    #[cfg(feature = "addons")]
    pub fn addons(&self) -> crate::builders::AddonsApi<'_> {
        crate::builders::AddonsApi {
            client: self,
        }
    }
    /// Operations tagged `instances`.
    #[cfg(feature = "instances")]
    pub fn instances(&self) -> crate::builders::InstancesApi<'_> {
        crate::builders::InstancesApi {
            client: self,
        }
    }
    /// Operations tagged `applications`.
    #[cfg(feature = "applications")]
    pub fn applications(&self) -> crate::builders::ApplicationsApi<'_> {
        crate::builders::ApplicationsApi {
            client: self,
        }
    }
    /// Operations tagged `branches`.
    #[cfg(feature = "branches")]
    pub fn branches(&self) -> crate::builders::BranchesApi<'_> {
        crate::builders::BranchesApi {
            client: self,
        }
    }
    /// Operations tagged `scalability`.
    #[cfg(feature = "scalability")]
    pub fn scalability(&self) -> crate::builders::ScalabilityApi<'_> {
        crate::builders::ScalabilityApi {
            client: self,
        }
    }
    /// Operations tagged `deployments`.
    #[cfg(feature = "deployments")]
    pub fn deployments(&self) -> crate::builders::DeploymentsApi<'_> {
        crate::builders::DeploymentsApi {
            client: self,
        }
    }
    /// Operations tagged `redirections`.
    #[cfg(feature = "redirections")]
    pub fn redirections(&self) -> crate::builders::RedirectionsApi<'_> {
        crate::builders::RedirectionsApi {
            client: self,
        }
    }
    /// Operations tagged `domains`.
    #[cfg(feature = "domains")]
    pub fn domains(&self) -> crate::builders::DomainsApi<'_> {
        crate::builders::DomainsApi {
            client: self,
        }
    }
    /// Operations tagged `oauthConsumers`.
    #[cfg(feature = "oauth-consumers")]
    pub fn oauth_consumers(&self) -> crate::builders::OauthConsumersApi<'_> {
        crate::builders::OauthConsumersApi {
            client: self,
        }
    }
    /// Operations tagged `members`.
    #[cfg(feature = "members")]
    pub fn members(&self) -> crate::builders::MembersApi<'_> {
        crate::builders::MembersApi {
            client: self,
        }
    }
    /// Operations tagged `products`.
    #[cfg(feature = "products")]
    pub fn products(&self) -> crate::builders::ProductsApi<'_> {
        crate::builders::ProductsApi {
            client: self,
        }
    }
    /// Operations tagged `matomo`.
    #[cfg(feature = "matomo")]
    pub fn matomo(&self) -> crate::builders::MatomoApi<'_> {
        crate::builders::MatomoApi {
            client: self,
        }
    }
    /// Operations tagged `tardis`.
    #[cfg(feature = "tardis")]
    pub fn tardis(&self) -> crate::builders::TardisApi<'_> {
        crate::builders::TardisApi {
            client: self,
        }
    }
    /// Operations tagged `saas`.
    #[cfg(feature = "saas")]
    pub fn saas(&self) -> crate::builders::SaasApi<'_> {
        crate::builders::SaasApi {
            client: self,
        }
    }
    /// Operations tagged `self`.
    #[cfg(feature = "self")]
    pub fn self_(&self) -> crate::builders::SelfApi<'_> {
        crate::builders::SelfApi {
            client: self,
        }
    }
    /// Operations tagged `oauthTokens`.
    #[cfg(feature = "oauth-tokens")]
    pub fn oauth_tokens(&self) -> crate::builders::OauthTokensApi<'_> {
        crate::builders::OauthTokensApi {
            client: self,
        }
    }
    /// Operations tagged `sshKeys`.
    #[cfg(feature = "ssh-keys")]
    pub fn ssh_keys(&self) -> crate::builders::SshKeysApi<'_> {
        crate::builders::SshKeysApi {
            client: self,
        }
    }
    /// Operations tagged `mfa`.
    #[cfg(feature = "mfa")]
    pub fn mfa(&self) -> crate::builders::MfaApi<'_> {
        crate::builders::MfaApi {
            client: self,
        }
    }
    /// Operations tagged `summary`.
    #[cfg(feature = "summary")]
    pub fn summary(&self) -> crate::builders::SummaryApi<'_> {
        crate::builders::SummaryApi {
            client: self,
        }
    }
    /// Operations tagged `users`.
    #[cfg(feature = "users")]
    pub fn users(&self) -> crate::builders::UsersApi<'_> {
        crate::builders::UsersApi {
            client: self,
        }
    }
    /// Operations tagged `vendor`.
    #[cfg(feature = "vendor")]
    pub fn vendor(&self) -> crate::builders::VendorApi<'_> {
        crate::builders::VendorApi {
            client: self,
        }
    }
    /// Operations tagged `pulsar`.
    #[cfg(feature = "pulsar")]
    pub fn pulsar(&self) -> crate::builders::PulsarApi<'_> {
        crate::builders::PulsarApi {
            client: self,
        }
    }
    /// Operations tagged `configProviders`.
    #[cfg(feature = "config-providers")]
    pub fn config_providers(&self) -> crate::builders::ConfigProvidersApi<'_> {
        crate::builders::ConfigProvidersApi {
            client: self,
        }
    }
    /// Operations tagged `billing`.
    #[cfg(feature = "billing")]
    pub fn billing(&self) -> crate::builders::BillingApi<'_> {
        crate::builders::BillingApi {
            client: self,
        }
    }
    /// Operations tagged `consoleSettings`.
    #[cfg(feature = "console-settings")]
    pub fn console_settings(&self) -> crate::builders::ConsoleSettingsApi<'_> {
        crate::builders::ConsoleSettingsApi {
            client: self,
        }
    }
    /// Operations tagged `functions`.
    #[cfg(feature = "functions")]
    pub fn functions(&self) -> crate::builders::FunctionsApi<'_> {
        crate::builders::FunctionsApi {
            client: self,
        }
    }
    /// Operations tagged `iamTokens`.
    #[cfg(feature = "iam-tokens")]
    pub fn iam_tokens(&self) -> crate::builders::IamTokensApi<'_> {
        crate::builders::IamTokensApi {
            client: self,
        }
    }
    /// Operations tagged `loadBalancers`.
    #[cfg(feature = "load-balancers")]
    pub fn load_balancers(&self) -> crate::builders::LoadBalancersApi<'_> {
        crate::builders::LoadBalancersApi {
            client: self,
        }
    }
    /// Operations tagged `materia`.
    #[cfg(feature = "materia")]
    pub fn materia(&self) -> crate::builders::MateriaApi<'_> {
        crate::builders::MateriaApi {
            client: self,
        }
    }
    /// Operations tagged `networkGroups`.
    #[cfg(feature = "network-groups")]
    pub fn network_groups(&self) -> crate::builders::NetworkGroupsApi<'_> {
        crate::builders::NetworkGroupsApi {
            client: self,
        }
    }
    /// Operations tagged `apiTokens`.
    #[cfg(feature = "api-tokens")]
    pub fn api_tokens(&self) -> crate::builders::ApiTokensApi<'_> {
        crate::builders::ApiTokensApi {
            client: self,
        }
    }
    /// Operations tagged `events`.
    #[cfg(feature = "events")]
    pub fn events(&self) -> crate::builders::EventsApi<'_> {
        crate::builders::EventsApi {
            client: self,
        }
    }
}
