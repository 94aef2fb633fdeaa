//! The client: configuration and one method per operation (or per tag).
#![allow(clippy::too_many_arguments)]
use crate::Error;
const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));
/// Client for the Camunda Cloud Console API.
///
/// Cheap to clone; share one between tasks.
#[derive(Debug, Clone)]
pub struct Client {
    raw: cloudsdk_runtime::Client,
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
    /// The underlying runtime client.
    pub fn raw(&self) -> &cloudsdk_runtime::Client {
        &self.raw
    }
    /// Operations tagged `Clusters`.
    pub fn clusters(&self) -> crate::builders::ClustersApi<'_> {
        crate::builders::ClustersApi {
            client: self,
        }
    }
    /// Operations tagged `ZeebeClients`.
    pub fn zeebe_clients(&self) -> crate::builders::ZeebeClientsApi<'_> {
        crate::builders::ZeebeClientsApi {
            client: self,
        }
    }
    /// Operations tagged `Backups`.
    pub fn backups(&self) -> crate::builders::BackupsApi<'_> {
        crate::builders::BackupsApi {
            client: self,
        }
    }
    /// Operations tagged `Secrets`.
    pub fn secrets(&self) -> crate::builders::SecretsApi<'_> {
        crate::builders::SecretsApi {
            client: self,
        }
    }
    /// Operations tagged `Members`.
    pub fn members(&self) -> crate::builders::MembersApi<'_> {
        crate::builders::MembersApi {
            client: self,
        }
    }
    /// Operations tagged `Activity`.
    pub fn activity(&self) -> crate::builders::ActivityApi<'_> {
        crate::builders::ActivityApi {
            client: self,
        }
    }
}
