//! Test doubles: a mock server speaking this API, with expectations written in its types
//! (the `mock` feature; see the README's "Testing your code").
#![allow(clippy::type_complexity)]
pub use cloudsdk_mock::{
    Auth, Credential, Events, Messages, MockError, Mocked, Report, TokenEndpoint, When,
};
use crate::types as t;
/// A mock of the Camunda Cloud Console API on 127.0.0.1, for testing code that uses [`crate::Client`].
///
/// Point a client at it with [`builder`](Self::builder), register expectations per
/// operation (grouped by tag, as on the client), then call `verify()`; the generic
/// machinery (`verify`, `require`, `requests`, …) is `cloudsdk_mock::MockServer`'s, reached
/// through `Deref` or [`raw`](Self::raw).
#[derive(Debug)]
pub struct MockServer {
    raw: cloudsdk_mock::MockServer,
}
impl MockServer {
    /// Starts the server on 127.0.0.1 (a free port); it stops when dropped. Must be called
    /// inside a tokio runtime.
    pub async fn new() -> ::std::io::Result<Self> {
        Ok(Self {
            raw: cloudsdk_mock::MockServer::with_routes(&ROUTES).await?,
        })
    }
    /// The generic server: verification, auth, recorded requests.
    pub fn raw(&self) -> &cloudsdk_mock::MockServer {
        &self.raw
    }
    /// `http://127.0.0.1:<port>`.
    pub fn base_url(&self) -> ::std::string::String {
        self.raw.url()
    }
    /// A client builder pointed at this server; add the authentication and `build()`.
    pub fn builder(&self) -> cloudsdk_runtime::ClientBuilder<crate::Client> {
        crate::Client::builder().base_url(self.raw.url())
    }
    /// Expectations for the operations tagged `Clusters`.
    pub fn clusters(&self) -> ClustersApi<'_> {
        ClustersApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `ZeebeClients`.
    pub fn zeebe_clients(&self) -> ZeebeClientsApi<'_> {
        ZeebeClientsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `Backups`.
    pub fn backups(&self) -> BackupsApi<'_> {
        BackupsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `Secrets`.
    pub fn secrets(&self) -> SecretsApi<'_> {
        SecretsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `Members`.
    pub fn members(&self) -> MembersApi<'_> {
        MembersApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `Activity`.
    pub fn activity(&self) -> ActivityApi<'_> {
        ActivityApi { raw: &self.raw }
    }
}
impl ::std::ops::Deref for MockServer {
    type Target = cloudsdk_mock::MockServer;
    fn deref(&self) -> &cloudsdk_mock::MockServer {
        &self.raw
    }
}
/// Expectations for the operations tagged `Clusters`.
#[derive(Debug, Clone, Copy)]
pub struct ClustersApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ClustersApi<'a> {
    /// `GET /clusters` (`listClusters`)
    pub fn list(&self) -> When<'_, (), Vec<t::Cluster>, serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[0])
    }
    /// `POST /clusters` (`createCluster`)
    pub fn create(
        &self,
    ) -> When<
        '_,
        t::CreateClusterRequest,
        t::CreateClusterResponse,
        serde_json::Value,
        (),
    > {
        When::new(self.raw, &ROUTES[1])
    }
    /// `GET /clusters/parameters` (`getClusterParameters`)
    pub fn get_parameters(
        &self,
    ) -> When<'_, (), t::ClusterParameters, serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[2])
    }
    /// `GET /clusters/{clusterUuid}` (`getCluster`)
    pub fn get(&self) -> When<'_, (), t::Cluster, serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[3])
    }
    /// `DELETE /clusters/{clusterUuid}` (`deleteCluster`)
    pub fn delete(&self) -> When<'_, (), (), serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[4])
    }
    /// `PATCH /clusters/{clusterUuid}` (`updateCluster`)
    pub fn update(
        &self,
    ) -> When<'_, t::UpdateClusterRequest, (), serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[5])
    }
    /// `PUT /clusters/{clusterUuid}/upgrade` (`upgradeCluster`)
    pub fn upgrade(&self) -> When<'_, (), t::ClusterUpgrade, serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[6])
    }
    /// `PUT /clusters/{clusterUuid}/wake` (`wakeCluster`)
    pub fn wake(&self) -> When<'_, (), (), serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[7])
    }
    /// `PUT /clusters/{clusterUuid}/ipallowlist` (`updateIpAllowlist`)
    pub fn update_ip_allowlist(
        &self,
    ) -> When<'_, t::UpdateIpAllowlistRequest, (), serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[8])
    }
    /// `PUT /clusters/{clusterUuid}/ipwhitelist` (`updateIpWhitelist`)
    pub fn update_ip_whitelist(
        &self,
    ) -> When<'_, t::UpdateIpWhitelistRequest, (), serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[9])
    }
}
/// Expectations for the operations tagged `ZeebeClients`.
#[derive(Debug, Clone, Copy)]
pub struct ZeebeClientsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ZeebeClientsApi<'a> {
    /// `GET /clusters/{clusterUuid}/clients` (`listZeebeClients`)
    pub fn list(&self) -> When<'_, (), Vec<t::ZeebeClient>, serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[10])
    }
    /// `POST /clusters/{clusterUuid}/clients` (`createZeebeClient`)
    pub fn create(
        &self,
    ) -> When<
        '_,
        t::CreateZeebeClientRequest,
        t::CreatedZeebeClient,
        serde_json::Value,
        (),
    > {
        When::new(self.raw, &ROUTES[11])
    }
    /// `GET /clusters/{clusterUuid}/clients/{clientId}` (`getZeebeClient`)
    pub fn get(&self) -> When<'_, (), t::ZeebeClientConnection, serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[12])
    }
    /// `DELETE /clusters/{clusterUuid}/clients/{clientId}` (`deleteZeebeClient`)
    pub fn delete(&self) -> When<'_, (), (), serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[13])
    }
}
/// Expectations for the operations tagged `Backups`.
#[derive(Debug, Clone, Copy)]
pub struct BackupsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> BackupsApi<'a> {
    /// `GET /clusters/{clusterUuid}/backups` (`listBackups`)
    pub fn list(&self) -> When<'_, (), Vec<t::Backup>, serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[14])
    }
    /// `POST /clusters/{clusterUuid}/backups` (`createBackup`)
    pub fn create(&self) -> When<'_, (), t::Backup, serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[15])
    }
    /// `DELETE /clusters/{clusterUuid}/backups/{backupId}` (`deleteBackup`)
    pub fn delete(&self) -> When<'_, (), t::Backup, serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[16])
    }
}
/// Expectations for the operations tagged `Secrets`.
#[derive(Debug, Clone, Copy)]
pub struct SecretsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> SecretsApi<'a> {
    /// `GET /clusters/{clusterUuid}/secrets` (`listSecrets`)
    pub fn list(&self) -> When<'_, (), t::ClusterSecrets, serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[17])
    }
    /// `POST /clusters/{clusterUuid}/secrets` (`createSecret`)
    pub fn create(&self) -> When<'_, t::CreateSecretRequest, (), serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[18])
    }
    /// `PUT /clusters/{clusterUuid}/secrets/{secretName}` (`updateSecret`)
    pub fn update(&self) -> When<'_, t::UpdateSecretRequest, (), serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[19])
    }
    /// `DELETE /clusters/{clusterUuid}/secrets/{secretName}` (`deleteSecret`)
    pub fn delete(&self) -> When<'_, (), (), serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[20])
    }
}
/// Expectations for the operations tagged `Members`.
#[derive(Debug, Clone, Copy)]
pub struct MembersApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> MembersApi<'a> {
    /// `GET /members` (`listMembers`)
    pub fn list(&self) -> When<'_, (), Vec<t::Member>, serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[21])
    }
    /// `POST /members/{email}` (`updateMember`)
    pub fn update(&self) -> When<'_, t::UpdateMemberRequest, (), serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[22])
    }
    /// `DELETE /members/{email}` (`deleteMember`)
    pub fn delete(&self) -> When<'_, (), (), serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[23])
    }
}
/// Expectations for the operations tagged `Activity`.
#[derive(Debug, Clone, Copy)]
pub struct ActivityApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ActivityApi<'a> {
    /// `GET /activity/json` (`listActivityEvents`)
    pub fn list_events(
        &self,
    ) -> When<'_, (), Vec<t::ActivityEvent>, serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[24])
    }
    /// `GET /activity/csv` (`exportActivityCsv`)
    pub fn export_csv(&self) -> When<'_, (), String, serde_json::Value, ()> {
        When::new(self.raw, &ROUTES[25])
    }
}
static ROUTES: [cloudsdk_mock::Route; 26] = [
    cloudsdk_mock::Route::new(crate::builders::ListClusters::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateCluster::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetClusterParameters::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetCluster::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteCluster::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::UpdateCluster::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::UpgradeCluster::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::WakeCluster::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::UpdateIpAllowlist::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::UpdateIpWhitelist::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::ListZeebeClients::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateZeebeClient::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetZeebeClient::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteZeebeClient::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::ListBackups::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateBackup::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteBackup::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSecrets::OPERATION)
        .examples(
            &[
                (
                    200,
                    "{\"SLACK_WEBHOOK_URL\":\"https://hooks.slack.com/services/T000/B000/XXXX\"}",
                ),
            ],
        ),
    cloudsdk_mock::Route::new(crate::builders::CreateSecret::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::UpdateSecret::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::DeleteSecret::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::ListMembers::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateMember::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::DeleteMember::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::ListActivityEvents::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ExportActivityCsv::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Text),
];
