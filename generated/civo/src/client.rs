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
        self.code.as_ref().map(|v| std::borrow::Cow::Borrowed(v.as_str()))
    }
    fn message(&self) -> Option<&str> {
        self.reason.as_deref()
    }
}
const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));
/// Client for the Civo API.
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
    pub const BASE_URL: &'static str = "https://api.civo.com";
    /// A builder for a client of the production API ([`Client::BASE_URL`]); set the
    /// authentication, and override the base URL for tests or other regions.
    pub fn builder() -> cloudsdk_runtime::ClientBuilder<Self> {
        cloudsdk_runtime::ClientBuilder::new(Self::BASE_URL).user_agent(USER_AGENT)
    }
    /// A client of the production API with the given authentication and default settings.
    pub fn new(auth: impl cloudsdk_runtime::auth::Authenticator) -> Result<Self, Error> {
        Self::builder().auth(auth).build().map_err(Error::from)
    }
    /// A client with credentials from environment variables: `CIVO_TOKEN` (`civoToken`). The first complete set wins; `CIVO_BASE_URL` overrides the base URL. When none is complete, the error names the variables to set.
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
                "civoToken",
                cloudsdk_runtime::EnvCredentials::bearer("CIVO_TOKEN"),
            ),
        ];
        Self::builder()
            .auth_from_env(SCHEMES, "CIVO_BASE_URL", &lookup)
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
    /// Operations tagged `Auth`.
    #[cfg(feature = "auth")]
    pub fn auth(&self) -> crate::builders::AuthApi<'_> {
        crate::builders::AuthApi {
            client: self,
        }
    }
    /// Operations tagged `Regions`.
    #[cfg(feature = "regions")]
    pub fn regions(&self) -> crate::builders::RegionsApi<'_> {
        crate::builders::RegionsApi {
            client: self,
        }
    }
    /// Operations tagged `Quota`.
    #[cfg(feature = "quota")]
    pub fn quota(&self) -> crate::builders::QuotaApi<'_> {
        crate::builders::QuotaApi {
            client: self,
        }
    }
    /// Operations tagged `Charges`.
    #[cfg(feature = "charges")]
    pub fn charges(&self) -> crate::builders::ChargesApi<'_> {
        crate::builders::ChargesApi {
            client: self,
        }
    }
    /// Operations tagged `Actions`.
    #[cfg(feature = "actions")]
    pub fn actions(&self) -> crate::builders::ActionsApi<'_> {
        crate::builders::ActionsApi {
            client: self,
        }
    }
    /// Operations tagged `Accounts`.
    #[cfg(feature = "accounts")]
    pub fn accounts(&self) -> crate::builders::AccountsApi<'_> {
        crate::builders::AccountsApi {
            client: self,
        }
    }
    /// Operations tagged `Organisation`.
    #[cfg(feature = "organisation")]
    pub fn organisation(&self) -> crate::builders::OrganisationApi<'_> {
        crate::builders::OrganisationApi {
            client: self,
        }
    }
    /// Operations tagged `Teams`.
    #[cfg(feature = "teams")]
    pub fn teams(&self) -> crate::builders::TeamsApi<'_> {
        crate::builders::TeamsApi {
            client: self,
        }
    }
    /// Operations tagged `Roles`.
    #[cfg(feature = "roles")]
    pub fn roles(&self) -> crate::builders::RolesApi<'_> {
        crate::builders::RolesApi {
            client: self,
        }
    }
    /// Operations tagged `Webhooks`.
    #[cfg(feature = "webhooks")]
    pub fn webhooks(&self) -> crate::builders::WebhooksApi<'_> {
        crate::builders::WebhooksApi {
            client: self,
        }
    }
    /// Operations tagged `Sizes`.
    #[cfg(feature = "sizes")]
    pub fn sizes(&self) -> crate::builders::SizesApi<'_> {
        crate::builders::SizesApi {
            client: self,
        }
    }
    /// Operations tagged `DiskImages`.
    #[cfg(feature = "disk-images")]
    pub fn disk_images(&self) -> crate::builders::DiskImagesApi<'_> {
        crate::builders::DiskImagesApi {
            client: self,
        }
    }
    /// Operations tagged `Instances`.
    #[cfg(feature = "instances")]
    pub fn instances(&self) -> crate::builders::InstancesApi<'_> {
        crate::builders::InstancesApi {
            client: self,
        }
    }
    /// Operations tagged `InstanceSnapshots`.
    #[cfg(feature = "instance-snapshots")]
    pub fn instance_snapshots(&self) -> crate::builders::InstanceSnapshotsApi<'_> {
        crate::builders::InstanceSnapshotsApi {
            client: self,
        }
    }
    /// Operations tagged `ResourceSnapshots`.
    #[cfg(feature = "resource-snapshots")]
    pub fn resource_snapshots(&self) -> crate::builders::ResourceSnapshotsApi<'_> {
        crate::builders::ResourceSnapshotsApi {
            client: self,
        }
    }
    /// Operations tagged `SnapshotSchedules`.
    #[cfg(feature = "snapshot-schedules")]
    pub fn snapshot_schedules(&self) -> crate::builders::SnapshotSchedulesApi<'_> {
        crate::builders::SnapshotSchedulesApi {
            client: self,
        }
    }
    /// Operations tagged `SshKeys`.
    #[cfg(feature = "ssh-keys")]
    pub fn ssh_keys(&self) -> crate::builders::SshKeysApi<'_> {
        crate::builders::SshKeysApi {
            client: self,
        }
    }
    /// Operations tagged `Volumes`.
    #[cfg(feature = "volumes")]
    pub fn volumes(&self) -> crate::builders::VolumesApi<'_> {
        crate::builders::VolumesApi {
            client: self,
        }
    }
    /// Operations tagged `VolumeSnapshots`.
    #[cfg(feature = "volume-snapshots")]
    pub fn volume_snapshots(&self) -> crate::builders::VolumeSnapshotsApi<'_> {
        crate::builders::VolumeSnapshotsApi {
            client: self,
        }
    }
    /// Operations tagged `ObjectStores`.
    #[cfg(feature = "object-stores")]
    pub fn object_stores(&self) -> crate::builders::ObjectStoresApi<'_> {
        crate::builders::ObjectStoresApi {
            client: self,
        }
    }
    /// Operations tagged `ObjectStoreCredentials`.
    #[cfg(feature = "object-store-credentials")]
    pub fn object_store_credentials(
        &self,
    ) -> crate::builders::ObjectStoreCredentialsApi<'_> {
        crate::builders::ObjectStoreCredentialsApi {
            client: self,
        }
    }
    /// Operations tagged `Networks`.
    #[cfg(feature = "networks")]
    pub fn networks(&self) -> crate::builders::NetworksApi<'_> {
        crate::builders::NetworksApi {
            client: self,
        }
    }
    /// Operations tagged `Firewalls`.
    #[cfg(feature = "firewalls")]
    pub fn firewalls(&self) -> crate::builders::FirewallsApi<'_> {
        crate::builders::FirewallsApi {
            client: self,
        }
    }
    /// Operations tagged `LoadBalancers`.
    #[cfg(feature = "load-balancers")]
    pub fn load_balancers(&self) -> crate::builders::LoadBalancersApi<'_> {
        crate::builders::LoadBalancersApi {
            client: self,
        }
    }
    /// Operations tagged `ReservedIps`.
    #[cfg(feature = "reserved-ips")]
    pub fn reserved_ips(&self) -> crate::builders::ReservedIpsApi<'_> {
        crate::builders::ReservedIpsApi {
            client: self,
        }
    }
    /// Operations tagged `Dns`.
    #[cfg(feature = "dns")]
    pub fn dns(&self) -> crate::builders::DnsApi<'_> {
        crate::builders::DnsApi {
            client: self,
        }
    }
    /// Operations tagged `VpcNetworks`.
    #[cfg(feature = "vpc-networks")]
    pub fn vpc_networks(&self) -> crate::builders::VpcNetworksApi<'_> {
        crate::builders::VpcNetworksApi {
            client: self,
        }
    }
    /// Operations tagged `VpcFirewalls`.
    #[cfg(feature = "vpc-firewalls")]
    pub fn vpc_firewalls(&self) -> crate::builders::VpcFirewallsApi<'_> {
        crate::builders::VpcFirewallsApi {
            client: self,
        }
    }
    /// Operations tagged `VpcLoadBalancers`.
    #[cfg(feature = "vpc-load-balancers")]
    pub fn vpc_load_balancers(&self) -> crate::builders::VpcLoadBalancersApi<'_> {
        crate::builders::VpcLoadBalancersApi {
            client: self,
        }
    }
    /// Operations tagged `VpcReservedIps`.
    #[cfg(feature = "vpc-reserved-ips")]
    pub fn vpc_reserved_ips(&self) -> crate::builders::VpcReservedIpsApi<'_> {
        crate::builders::VpcReservedIpsApi {
            client: self,
        }
    }
    /// Operations tagged `Kubernetes`.
    #[cfg(feature = "kubernetes")]
    pub fn kubernetes(&self) -> crate::builders::KubernetesApi<'_> {
        crate::builders::KubernetesApi {
            client: self,
        }
    }
    /// Operations tagged `KubernetesPools`.
    #[cfg(feature = "kubernetes-pools")]
    pub fn kubernetes_pools(&self) -> crate::builders::KubernetesPoolsApi<'_> {
        crate::builders::KubernetesPoolsApi {
            client: self,
        }
    }
    /// Operations tagged `Applications`.
    #[cfg(feature = "applications")]
    pub fn applications(&self) -> crate::builders::ApplicationsApi<'_> {
        crate::builders::ApplicationsApi {
            client: self,
        }
    }
    /// Operations tagged `Databases`.
    #[cfg(feature = "databases")]
    pub fn databases(&self) -> crate::builders::DatabasesApi<'_> {
        crate::builders::DatabasesApi {
            client: self,
        }
    }
    /// Operations tagged `DatabaseBackups`.
    #[cfg(feature = "database-backups")]
    pub fn database_backups(&self) -> crate::builders::DatabaseBackupsApi<'_> {
        crate::builders::DatabaseBackupsApi {
            client: self,
        }
    }
}
