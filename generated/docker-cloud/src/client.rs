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
    fn message(&self) -> Option<&str> {
        Some(self.error.as_str())
    }
}
const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));
/// Client for the Docker Cloud API.
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
    pub const BASE_URL: &'static str = "https://cloud.docker.com";
    /// A builder for a client of the production API ([`Client::BASE_URL`]); set the
    /// authentication, and override the base URL for tests or other regions.
    pub fn builder() -> cloudsdk_runtime::ClientBuilder<Self> {
        cloudsdk_runtime::ClientBuilder::new(Self::BASE_URL)
            .user_agent(USER_AGENT)
            .default_header("accept", "application/json")
    }
    /// A client of the production API with the given authentication and default settings.
    pub fn new(auth: impl cloudsdk_runtime::auth::Authenticator) -> Result<Self, Error> {
        Self::builder().auth(auth).build().map_err(Error::from)
    }
    /// A client with credentials from environment variables: `DOCKERCLOUD_AUTH` (a whole `Authorization` value) or `DOCKERCLOUD_USER` and `DOCKERCLOUD_APIKEY` (`basicAuth`). The first complete set wins; `DOCKER_CLOUD_BASE_URL` overrides the base URL. When none is complete, the error names the variables to set.
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
                "basicAuth",
                cloudsdk_runtime::EnvCredentials::basic(
                        "DOCKERCLOUD_USER",
                        "DOCKERCLOUD_APIKEY",
                    )
                    .authorization("DOCKERCLOUD_AUTH"),
            ),
        ];
        Self::builder()
            .auth_from_env(SCHEMES, "DOCKER_CLOUD_BASE_URL", &lookup)
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
    /// Operations tagged `actions`.
    #[cfg(feature = "actions")]
    pub fn actions(&self) -> crate::builders::ActionsApi<'_> {
        crate::builders::ActionsApi {
            client: self,
        }
    }
    /// Operations tagged `providers`.
    #[cfg(feature = "providers")]
    pub fn providers(&self) -> crate::builders::ProvidersApi<'_> {
        crate::builders::ProvidersApi {
            client: self,
        }
    }
    /// Operations tagged `regions`.
    #[cfg(feature = "regions")]
    pub fn regions(&self) -> crate::builders::RegionsApi<'_> {
        crate::builders::RegionsApi {
            client: self,
        }
    }
    /// Operations tagged `availabilityZones`.
    #[cfg(feature = "availability-zones")]
    pub fn availability_zones(&self) -> crate::builders::AvailabilityZonesApi<'_> {
        crate::builders::AvailabilityZonesApi {
            client: self,
        }
    }
    /// Operations tagged `nodeTypes`.
    #[cfg(feature = "node-types")]
    pub fn node_types(&self) -> crate::builders::NodeTypesApi<'_> {
        crate::builders::NodeTypesApi {
            client: self,
        }
    }
    /// Operations tagged `nodeClusters`.
    #[cfg(feature = "node-clusters")]
    pub fn node_clusters(&self) -> crate::builders::NodeClustersApi<'_> {
        crate::builders::NodeClustersApi {
            client: self,
        }
    }
    /// Operations tagged `nodes`.
    #[cfg(feature = "nodes")]
    pub fn nodes(&self) -> crate::builders::NodesApi<'_> {
        crate::builders::NodesApi {
            client: self,
        }
    }
    /// Operations tagged `nodeTags`.
    #[cfg(feature = "node-tags")]
    pub fn node_tags(&self) -> crate::builders::NodeTagsApi<'_> {
        crate::builders::NodeTagsApi {
            client: self,
        }
    }
    /// Operations tagged `registries`.
    #[cfg(feature = "registries")]
    pub fn registries(&self) -> crate::builders::RegistriesApi<'_> {
        crate::builders::RegistriesApi {
            client: self,
        }
    }
    /// Operations tagged `repositories`.
    #[cfg(feature = "repositories")]
    pub fn repositories(&self) -> crate::builders::RepositoriesApi<'_> {
        crate::builders::RepositoriesApi {
            client: self,
        }
    }
    /// Operations tagged `stacks`.
    #[cfg(feature = "stacks")]
    pub fn stacks(&self) -> crate::builders::StacksApi<'_> {
        crate::builders::StacksApi {
            client: self,
        }
    }
    /// Operations tagged `services`.
    #[cfg(feature = "services")]
    pub fn services(&self) -> crate::builders::ServicesApi<'_> {
        crate::builders::ServicesApi {
            client: self,
        }
    }
    /// Operations tagged `triggers`.
    #[cfg(feature = "triggers")]
    pub fn triggers(&self) -> crate::builders::TriggersApi<'_> {
        crate::builders::TriggersApi {
            client: self,
        }
    }
    /// Operations tagged `containers`.
    #[cfg(feature = "containers")]
    pub fn containers(&self) -> crate::builders::ContainersApi<'_> {
        crate::builders::ContainersApi {
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
    /// Operations tagged `swarms`.
    #[cfg(feature = "swarms")]
    pub fn swarms(&self) -> crate::builders::SwarmsApi<'_> {
        crate::builders::SwarmsApi {
            client: self,
        }
    }
}
