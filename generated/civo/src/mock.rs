//! Test doubles: a mock server speaking this API, with expectations written in its types
//! (the `mock` feature; see the README's "Testing your code").
#![allow(clippy::type_complexity)]
pub use cloudsdk_mock::{
    Auth, Credential, Events, Messages, MockError, Mocked, Report, TokenEndpoint, When,
};
use crate::types as t;
/// A mock of the Civo API on 127.0.0.1, for testing code that uses [`crate::Client`].
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
    /// Expectations for the operations tagged `Auth`.
    pub fn auth(&self) -> AuthApi<'_> {
        AuthApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `Regions`.
    pub fn regions(&self) -> RegionsApi<'_> {
        RegionsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `Quota`.
    pub fn quota(&self) -> QuotaApi<'_> {
        QuotaApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `Charges`.
    pub fn charges(&self) -> ChargesApi<'_> {
        ChargesApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `Actions`.
    pub fn actions(&self) -> ActionsApi<'_> {
        ActionsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `Accounts`.
    pub fn accounts(&self) -> AccountsApi<'_> {
        AccountsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `Organisation`.
    pub fn organisation(&self) -> OrganisationApi<'_> {
        OrganisationApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `Teams`.
    pub fn teams(&self) -> TeamsApi<'_> {
        TeamsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `Roles`.
    pub fn roles(&self) -> RolesApi<'_> {
        RolesApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `Webhooks`.
    pub fn webhooks(&self) -> WebhooksApi<'_> {
        WebhooksApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `Sizes`.
    pub fn sizes(&self) -> SizesApi<'_> {
        SizesApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `DiskImages`.
    pub fn disk_images(&self) -> DiskImagesApi<'_> {
        DiskImagesApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `Instances`.
    pub fn instances(&self) -> InstancesApi<'_> {
        InstancesApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `InstanceSnapshots`.
    pub fn instance_snapshots(&self) -> InstanceSnapshotsApi<'_> {
        InstanceSnapshotsApi {
            raw: &self.raw,
        }
    }
    /// Expectations for the operations tagged `ResourceSnapshots`.
    pub fn resource_snapshots(&self) -> ResourceSnapshotsApi<'_> {
        ResourceSnapshotsApi {
            raw: &self.raw,
        }
    }
    /// Expectations for the operations tagged `SnapshotSchedules`.
    pub fn snapshot_schedules(&self) -> SnapshotSchedulesApi<'_> {
        SnapshotSchedulesApi {
            raw: &self.raw,
        }
    }
    /// Expectations for the operations tagged `SshKeys`.
    pub fn ssh_keys(&self) -> SshKeysApi<'_> {
        SshKeysApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `Volumes`.
    pub fn volumes(&self) -> VolumesApi<'_> {
        VolumesApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `VolumeSnapshots`.
    pub fn volume_snapshots(&self) -> VolumeSnapshotsApi<'_> {
        VolumeSnapshotsApi {
            raw: &self.raw,
        }
    }
    /// Expectations for the operations tagged `ObjectStores`.
    pub fn object_stores(&self) -> ObjectStoresApi<'_> {
        ObjectStoresApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `ObjectStoreCredentials`.
    pub fn object_store_credentials(&self) -> ObjectStoreCredentialsApi<'_> {
        ObjectStoreCredentialsApi {
            raw: &self.raw,
        }
    }
    /// Expectations for the operations tagged `Networks`.
    pub fn networks(&self) -> NetworksApi<'_> {
        NetworksApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `Firewalls`.
    pub fn firewalls(&self) -> FirewallsApi<'_> {
        FirewallsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `LoadBalancers`.
    pub fn load_balancers(&self) -> LoadBalancersApi<'_> {
        LoadBalancersApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `ReservedIps`.
    pub fn reserved_ips(&self) -> ReservedIpsApi<'_> {
        ReservedIpsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `Dns`.
    pub fn dns(&self) -> DnsApi<'_> {
        DnsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `VpcNetworks`.
    pub fn vpc_networks(&self) -> VpcNetworksApi<'_> {
        VpcNetworksApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `VpcFirewalls`.
    pub fn vpc_firewalls(&self) -> VpcFirewallsApi<'_> {
        VpcFirewallsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `VpcLoadBalancers`.
    pub fn vpc_load_balancers(&self) -> VpcLoadBalancersApi<'_> {
        VpcLoadBalancersApi {
            raw: &self.raw,
        }
    }
    /// Expectations for the operations tagged `VpcReservedIps`.
    pub fn vpc_reserved_ips(&self) -> VpcReservedIpsApi<'_> {
        VpcReservedIpsApi {
            raw: &self.raw,
        }
    }
    /// Expectations for the operations tagged `Kubernetes`.
    pub fn kubernetes(&self) -> KubernetesApi<'_> {
        KubernetesApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `KubernetesPools`.
    pub fn kubernetes_pools(&self) -> KubernetesPoolsApi<'_> {
        KubernetesPoolsApi {
            raw: &self.raw,
        }
    }
    /// Expectations for the operations tagged `Applications`.
    pub fn applications(&self) -> ApplicationsApi<'_> {
        ApplicationsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `Databases`.
    pub fn databases(&self) -> DatabasesApi<'_> {
        DatabasesApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `DatabaseBackups`.
    pub fn database_backups(&self) -> DatabaseBackupsApi<'_> {
        DatabaseBackupsApi {
            raw: &self.raw,
        }
    }
}
impl ::std::ops::Deref for MockServer {
    type Target = cloudsdk_mock::MockServer;
    fn deref(&self) -> &cloudsdk_mock::MockServer {
        &self.raw
    }
}
/// Expectations for the operations tagged `Auth`.
#[derive(Debug, Clone, Copy)]
pub struct AuthApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> AuthApi<'a> {
    /// `GET /v2/ping` (`ping`)
    pub fn ping(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[0])
    }
    /// `POST /v2/auth/exchange` (`exchangeToken`)
    pub fn exchange_token(
        &self,
    ) -> When<'_, t::ExchangeTokenRequest, t::TokenExchangeResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[1])
    }
}
/// Expectations for the operations tagged `Regions`.
#[derive(Debug, Clone, Copy)]
pub struct RegionsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> RegionsApi<'a> {
    /// `GET /v2/regions` (`listRegions`)
    pub fn list(&self) -> When<'_, (), Vec<t::Region>, t::Error, ()> {
        When::new(self.raw, &ROUTES[2])
    }
    /// `POST /v2/regions` (`createRegion`)
    pub fn create(&self) -> When<'_, t::CreateRegionRequest, t::Region, t::Error, ()> {
        When::new(self.raw, &ROUTES[3])
    }
    /// `POST /v2/regions/connect` (`connectRegion`)
    pub fn connect(&self) -> When<'_, t::RegionCodeRequest, (), t::Error, ()> {
        When::new(self.raw, &ROUTES[4])
    }
    /// `POST /v2/regions/disconnect` (`disconnectRegion`)
    pub fn disconnect(&self) -> When<'_, t::RegionCodeRequest, (), t::Error, ()> {
        When::new(self.raw, &ROUTES[5])
    }
}
/// Expectations for the operations tagged `Quota`.
#[derive(Debug, Clone, Copy)]
pub struct QuotaApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> QuotaApi<'a> {
    /// `GET /v2/quota` (`getQuota`)
    pub fn get(&self) -> When<'_, (), t::Quota, t::Error, ()> {
        When::new(self.raw, &ROUTES[6])
    }
}
/// Expectations for the operations tagged `Charges`.
#[derive(Debug, Clone, Copy)]
pub struct ChargesApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ChargesApi<'a> {
    /// `GET /v2/charges` (`listCharges`)
    pub fn list(&self) -> When<'_, (), Vec<t::Charge>, t::Error, ()> {
        When::new(self.raw, &ROUTES[7])
    }
}
/// Expectations for the operations tagged `Actions`.
#[derive(Debug, Clone, Copy)]
pub struct ActionsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ActionsApi<'a> {
    /// `GET /v2/actions` (`listActions`)
    pub fn list(&self) -> When<'_, (), t::ActionPage, t::Error, t::Action> {
        When::new(self.raw, &ROUTES[8])
    }
}
/// Expectations for the operations tagged `Accounts`.
#[derive(Debug, Clone, Copy)]
pub struct AccountsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> AccountsApi<'a> {
    /// `GET /v2/accounts` (`listAccounts`)
    pub fn list(&self) -> When<'_, (), t::AccountPage, t::Error, t::Account> {
        When::new(self.raw, &ROUTES[9])
    }
    /// `GET /v2/memberships` (`listMemberships`)
    pub fn list_memberships(&self) -> When<'_, (), t::Memberships, t::Error, ()> {
        When::new(self.raw, &ROUTES[10])
    }
    /// `GET /v2/users/{user_id}/everything` (`getUserEverything`)
    pub fn get_user_everything(&self) -> When<'_, (), t::UserEverything, t::Error, ()> {
        When::new(self.raw, &ROUTES[11])
    }
}
/// Expectations for the operations tagged `Organisation`.
#[derive(Debug, Clone, Copy)]
pub struct OrganisationApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> OrganisationApi<'a> {
    /// `GET /v2/organisation` (`getOrganisation`)
    pub fn get(&self) -> When<'_, (), t::Organisation, t::Error, ()> {
        When::new(self.raw, &ROUTES[12])
    }
    /// `PUT /v2/organisation` (`renameOrganisation`)
    pub fn rename(
        &self,
    ) -> When<'_, t::OrganisationRequest, t::Organisation, t::Error, ()> {
        When::new(self.raw, &ROUTES[13])
    }
    /// `POST /v2/organisation` (`createOrganisation`)
    pub fn create(
        &self,
    ) -> When<'_, t::OrganisationRequest, t::Organisation, t::Error, ()> {
        When::new(self.raw, &ROUTES[14])
    }
    /// `GET /v2/organisation/accounts` (`listOrganisationAccounts`)
    pub fn list_accounts(&self) -> When<'_, (), Vec<t::Account>, t::Error, ()> {
        When::new(self.raw, &ROUTES[15])
    }
    /// `POST /v2/organisation/accounts` (`addOrganisationAccount`)
    pub fn add_account(
        &self,
    ) -> When<'_, t::AddOrganisationAccountRequest, Vec<t::Account>, t::Error, ()> {
        When::new(self.raw, &ROUTES[16])
    }
}
/// Expectations for the operations tagged `Teams`.
#[derive(Debug, Clone, Copy)]
pub struct TeamsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> TeamsApi<'a> {
    /// `GET /v2/teams` (`listTeams`)
    pub fn list(&self) -> When<'_, (), Vec<t::Team>, t::Error, ()> {
        When::new(self.raw, &ROUTES[17])
    }
    /// `POST /v2/teams` (`createTeam`)
    pub fn create(&self) -> When<'_, t::TeamRequest, t::Team, t::Error, ()> {
        When::new(self.raw, &ROUTES[18])
    }
    /// `PUT /v2/teams/{team_id}` (`renameTeam`)
    pub fn rename(&self) -> When<'_, t::TeamRequest, t::Team, t::Error, ()> {
        When::new(self.raw, &ROUTES[19])
    }
    /// `DELETE /v2/teams/{team_id}` (`deleteTeam`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[20])
    }
    /// `GET /v2/teams/{team_id}/members` (`listTeamMembers`)
    pub fn list_members(&self) -> When<'_, (), Vec<t::TeamMember>, t::Error, ()> {
        When::new(self.raw, &ROUTES[21])
    }
    /// `POST /v2/teams/{team_id}/members` (`addTeamMember`)
    pub fn add_member(
        &self,
    ) -> When<'_, t::AddTeamMemberRequest, Vec<t::TeamMember>, t::Error, ()> {
        When::new(self.raw, &ROUTES[22])
    }
    /// `POST /v2/teams/{team_id}/members/{member_id}` (`updateTeamMember`)
    pub fn update_member(
        &self,
    ) -> When<'_, t::UpdateTeamMemberRequest, t::TeamMember, t::Error, ()> {
        When::new(self.raw, &ROUTES[23])
    }
    /// `DELETE /v2/teams/{team_id}/members/{member_id}` (`removeTeamMember`)
    pub fn remove_member(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[24])
    }
}
/// Expectations for the operations tagged `Roles`.
#[derive(Debug, Clone, Copy)]
pub struct RolesApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> RolesApi<'a> {
    /// `GET /v2/roles` (`listRoles`)
    pub fn list(&self) -> When<'_, (), Vec<t::Role>, t::Error, ()> {
        When::new(self.raw, &ROUTES[25])
    }
    /// `POST /v2/roles` (`createRole`)
    pub fn create(&self) -> When<'_, t::CreateRoleRequest, t::Role, t::Error, ()> {
        When::new(self.raw, &ROUTES[26])
    }
    /// `DELETE /v2/roles/{role_id}` (`deleteRole`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[27])
    }
    /// `GET /v2/permissions` (`listPermissions`)
    pub fn list_permissions(&self) -> When<'_, (), Vec<t::Permission>, t::Error, ()> {
        When::new(self.raw, &ROUTES[28])
    }
}
/// Expectations for the operations tagged `Webhooks`.
#[derive(Debug, Clone, Copy)]
pub struct WebhooksApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> WebhooksApi<'a> {
    /// `GET /v2/webhooks` (`listWebhooks`)
    pub fn list(&self) -> When<'_, (), Vec<t::Webhook>, t::Error, ()> {
        When::new(self.raw, &ROUTES[29])
    }
    /// `POST /v2/webhooks` (`createWebhook`)
    pub fn create(&self) -> When<'_, t::WebhookRequest, t::Webhook, t::Error, ()> {
        When::new(self.raw, &ROUTES[30])
    }
    /// `PUT /v2/webhooks/{webhook_id}` (`updateWebhook`)
    pub fn update(&self) -> When<'_, t::WebhookRequest, t::Webhook, t::Error, ()> {
        When::new(self.raw, &ROUTES[31])
    }
    /// `DELETE /v2/webhooks/{webhook_id}` (`deleteWebhook`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[32])
    }
}
/// Expectations for the operations tagged `Sizes`.
#[derive(Debug, Clone, Copy)]
pub struct SizesApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> SizesApi<'a> {
    /// `GET /v2/sizes` (`listSizes`)
    pub fn list(&self) -> When<'_, (), Vec<t::InstanceSize>, t::Error, ()> {
        When::new(self.raw, &ROUTES[33])
    }
}
/// Expectations for the operations tagged `DiskImages`.
#[derive(Debug, Clone, Copy)]
pub struct DiskImagesApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> DiskImagesApi<'a> {
    /// `GET /v2/disk_images` (`listDiskImages`)
    pub fn list(&self) -> When<'_, (), Vec<t::DiskImage>, t::Error, ()> {
        When::new(self.raw, &ROUTES[34])
    }
    /// `POST /v2/disk_images` (`createDiskImage`)
    pub fn create(
        &self,
    ) -> When<'_, t::CreateDiskImageRequest, t::CreatedDiskImage, t::Error, ()> {
        When::new(self.raw, &ROUTES[35])
    }
    /// `GET /v2/disk_images/{disk_image_id}` (`getDiskImage`)
    pub fn get(&self) -> When<'_, (), t::DiskImage, t::Error, ()> {
        When::new(self.raw, &ROUTES[36])
    }
    /// `DELETE /v2/disk_images/{disk_image_id}` (`deleteDiskImage`)
    pub fn delete(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[37])
    }
}
/// Expectations for the operations tagged `Instances`.
#[derive(Debug, Clone, Copy)]
pub struct InstancesApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> InstancesApi<'a> {
    /// `GET /v2/instances` (`listInstances`)
    pub fn list(&self) -> When<'_, (), t::InstancePage, t::Error, t::Instance> {
        When::new(self.raw, &ROUTES[38])
    }
    /// `POST /v2/instances` (`createInstance`)
    pub fn create(
        &self,
    ) -> When<'_, t::CreateInstanceRequest, t::Instance, t::Error, ()> {
        When::new(self.raw, &ROUTES[39])
    }
    /// `GET /v2/instances/{instance_id}` (`getInstance`)
    pub fn get(&self) -> When<'_, (), t::Instance, t::Error, ()> {
        When::new(self.raw, &ROUTES[40])
    }
    /// `PUT /v2/instances/{instance_id}` (`updateInstance`)
    pub fn update(
        &self,
    ) -> When<'_, t::UpdateInstanceRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[41])
    }
    /// `DELETE /v2/instances/{instance_id}` (`deleteInstance`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[42])
    }
    /// `PUT /v2/instances/{instance_id}/tags` (`setInstanceTags`)
    pub fn set_tags(
        &self,
    ) -> When<'_, t::SetInstanceTagsRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[43])
    }
    /// `POST /v2/instances/{instance_id}/hard_reboots` (`hardRebootInstance`)
    pub fn hard_reboot(
        &self,
    ) -> When<'_, t::RegionRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[44])
    }
    /// `POST /v2/instances/{instance_id}/soft_reboots` (`softRebootInstance`)
    pub fn soft_reboot(
        &self,
    ) -> When<'_, t::RegionRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[45])
    }
    /// `PUT /v2/instances/{instance_id}/stop` (`stopInstance`)
    pub fn stop(&self) -> When<'_, t::RegionRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[46])
    }
    /// `PUT /v2/instances/{instance_id}/start` (`startInstance`)
    pub fn start(&self) -> When<'_, t::RegionRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[47])
    }
    /// `PUT /v2/instances/{instance_id}/resize` (`resizeInstance`)
    pub fn resize(
        &self,
    ) -> When<'_, t::ResizeInstanceRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[48])
    }
    /// `PUT /v2/instances/{instance_id}/firewall` (`setInstanceFirewall`)
    pub fn set_firewall(
        &self,
    ) -> When<'_, t::SetInstanceFirewallRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[49])
    }
    /// `PUT /v2/instances/{instance_id}/ip/{ip_address}` (`moveIpToInstance`)
    pub fn move_ip_to(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[50])
    }
    /// `PUT /v2/instances/{instance_id}/allowed_ips` (`updateInstanceAllowedIps`)
    pub fn update_allowed_ips(
        &self,
    ) -> When<'_, t::UpdateAllowedIpsRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[51])
    }
    /// `PUT /v2/instances/{instance_id}/network_bandwidth_limit` (`updateInstanceBandwidthLimit`)
    pub fn update_bandwidth_limit(
        &self,
    ) -> When<'_, t::UpdateBandwidthLimitRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[52])
    }
    /// `GET /v2/instances/{instance_id}/recovery` (`getInstanceRecoveryStatus`)
    pub fn get_recovery_status(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[53])
    }
    /// `PUT /v2/instances/{instance_id}/recovery` (`enableInstanceRecovery`)
    pub fn enable_recovery(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[54])
    }
    /// `DELETE /v2/instances/{instance_id}/recovery` (`disableInstanceRecovery`)
    pub fn disable_recovery(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[55])
    }
    /// `GET /v2/instances/{instance_id}/vnc` (`getInstanceConsole`)
    pub fn get_console(&self) -> When<'_, (), t::VncStatus, t::Error, ()> {
        When::new(self.raw, &ROUTES[56])
    }
    /// `PUT /v2/instances/{instance_id}/vnc` (`openInstanceConsole`)
    pub fn open_console(
        &self,
    ) -> When<'_, t::RegionRequest, t::VncSession, t::Error, ()> {
        When::new(self.raw, &ROUTES[57])
    }
    /// `DELETE /v2/instances/{instance_id}/vnc` (`closeInstanceConsole`)
    pub fn close_console(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[58])
    }
}
/// Expectations for the operations tagged `InstanceSnapshots`.
#[derive(Debug, Clone, Copy)]
pub struct InstanceSnapshotsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> InstanceSnapshotsApi<'a> {
    /// `GET /v2/instances/{instance_id}/snapshots` (`listInstanceSnapshots`)
    pub fn list(&self) -> When<'_, (), Vec<t::InstanceSnapshot>, t::Error, ()> {
        When::new(self.raw, &ROUTES[59])
    }
    /// `POST /v2/instances/{instance_id}/snapshots` (`createInstanceSnapshot`)
    pub fn create(
        &self,
    ) -> When<'_, t::CreateInstanceSnapshotRequest, t::InstanceSnapshot, t::Error, ()> {
        When::new(self.raw, &ROUTES[60])
    }
    /// `GET /v2/instances/{instance_id}/snapshots/{snapshot_id}` (`getInstanceSnapshot`)
    pub fn get(&self) -> When<'_, (), t::InstanceSnapshot, t::Error, ()> {
        When::new(self.raw, &ROUTES[61])
    }
    /// `PUT /v2/instances/{instance_id}/snapshots/{snapshot_id}` (`updateInstanceSnapshot`)
    pub fn update(
        &self,
    ) -> When<'_, t::UpdateInstanceSnapshotRequest, t::InstanceSnapshot, t::Error, ()> {
        When::new(self.raw, &ROUTES[62])
    }
    /// `DELETE /v2/instances/{instance_id}/snapshots/{snapshot_id}` (`deleteInstanceSnapshot`)
    pub fn delete(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[63])
    }
    /// `POST /v2/instances/{instance_id}/snapshots/{snapshot_id}/restore` (`restoreInstanceSnapshot`)
    pub fn restore(
        &self,
    ) -> When<
        '_,
        t::RestoreInstanceSnapshotRequest,
        t::InstanceRestoreInfo,
        t::Error,
        (),
    > {
        When::new(self.raw, &ROUTES[64])
    }
}
/// Expectations for the operations tagged `ResourceSnapshots`.
#[derive(Debug, Clone, Copy)]
pub struct ResourceSnapshotsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ResourceSnapshotsApi<'a> {
    /// `GET /v2/resourcesnapshots` (`listResourceSnapshots`)
    pub fn list(&self) -> When<'_, (), Vec<t::ResourceSnapshot>, t::Error, ()> {
        When::new(self.raw, &ROUTES[65])
    }
    /// `GET /v2/resourcesnapshots/{resource_snapshot_id}` (`getResourceSnapshot`)
    pub fn get(&self) -> When<'_, (), t::ResourceSnapshot, t::Error, ()> {
        When::new(self.raw, &ROUTES[66])
    }
    /// `PUT /v2/resourcesnapshots/{resource_snapshot_id}` (`updateResourceSnapshot`)
    pub fn update(
        &self,
    ) -> When<'_, t::UpdateResourceSnapshotRequest, t::ResourceSnapshot, t::Error, ()> {
        When::new(self.raw, &ROUTES[67])
    }
    /// `DELETE /v2/resourcesnapshots/{resource_snapshot_id}` (`deleteResourceSnapshot`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[68])
    }
    /// `POST /v2/resourcesnapshots/{resource_snapshot_id}/restore` (`restoreResourceSnapshot`)
    pub fn restore(
        &self,
    ) -> When<
        '_,
        t::RestoreResourceSnapshotRequest,
        t::ResourceSnapshotRestore,
        t::Error,
        (),
    > {
        When::new(self.raw, &ROUTES[69])
    }
}
/// Expectations for the operations tagged `SnapshotSchedules`.
#[derive(Debug, Clone, Copy)]
pub struct SnapshotSchedulesApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> SnapshotSchedulesApi<'a> {
    /// `GET /v2/resourcesnapshotschedules` (`listSnapshotSchedules`)
    pub fn list(&self) -> When<'_, (), Vec<t::SnapshotSchedule>, t::Error, ()> {
        When::new(self.raw, &ROUTES[70])
    }
    /// `POST /v2/resourcesnapshotschedules` (`createSnapshotSchedule`)
    pub fn create(
        &self,
    ) -> When<'_, t::CreateSnapshotScheduleRequest, t::SnapshotSchedule, t::Error, ()> {
        When::new(self.raw, &ROUTES[71])
    }
    /// `GET /v2/resourcesnapshotschedules/{schedule_id}` (`getSnapshotSchedule`)
    pub fn get(&self) -> When<'_, (), t::SnapshotSchedule, t::Error, ()> {
        When::new(self.raw, &ROUTES[72])
    }
    /// `PUT /v2/resourcesnapshotschedules/{schedule_id}` (`updateSnapshotSchedule`)
    pub fn update(
        &self,
    ) -> When<'_, t::UpdateSnapshotScheduleRequest, t::SnapshotSchedule, t::Error, ()> {
        When::new(self.raw, &ROUTES[73])
    }
    /// `DELETE /v2/resourcesnapshotschedules/{schedule_id}` (`deleteSnapshotSchedule`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[74])
    }
}
/// Expectations for the operations tagged `SshKeys`.
#[derive(Debug, Clone, Copy)]
pub struct SshKeysApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> SshKeysApi<'a> {
    /// `GET /v2/sshkeys` (`listSshKeys`)
    pub fn list(&self) -> When<'_, (), Vec<t::SshKey>, t::Error, ()> {
        When::new(self.raw, &ROUTES[75])
    }
    /// `POST /v2/sshkeys` (`createSshKey`)
    pub fn create(
        &self,
    ) -> When<'_, t::CreateSshKeyRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[76])
    }
    /// `PUT /v2/sshkeys/{ssh_key_id}` (`renameSshKey`)
    pub fn rename(&self) -> When<'_, t::UpdateSshKeyRequest, t::SshKey, t::Error, ()> {
        When::new(self.raw, &ROUTES[77])
    }
    /// `DELETE /v2/sshkeys/{ssh_key_id}` (`deleteSshKey`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[78])
    }
}
/// Expectations for the operations tagged `Volumes`.
#[derive(Debug, Clone, Copy)]
pub struct VolumesApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> VolumesApi<'a> {
    /// `GET /v2/volumetypes` (`listVolumeTypes`)
    pub fn list_types(&self) -> When<'_, (), Vec<t::VolumeType>, t::Error, ()> {
        When::new(self.raw, &ROUTES[79])
    }
    /// `GET /v2/volumes` (`listVolumes`)
    pub fn list(&self) -> When<'_, (), Vec<t::Volume>, t::Error, ()> {
        When::new(self.raw, &ROUTES[80])
    }
    /// `POST /v2/volumes` (`createVolume`)
    pub fn create(
        &self,
    ) -> When<'_, t::CreateVolumeRequest, t::VolumeResult, t::Error, ()> {
        When::new(self.raw, &ROUTES[81])
    }
    /// `GET /v2/volumes/{volume_id}` (`getVolume`)
    pub fn get(&self) -> When<'_, (), t::Volume, t::Error, ()> {
        When::new(self.raw, &ROUTES[82])
    }
    /// `DELETE /v2/volumes/{volume_id}` (`deleteVolume`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[83])
    }
    /// `PUT /v2/volumes/{volume_id}/resize` (`resizeVolume`)
    pub fn resize(
        &self,
    ) -> When<'_, t::ResizeVolumeRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[84])
    }
    /// `PUT /v2/volumes/{volume_id}/attach` (`attachVolume`)
    pub fn attach(
        &self,
    ) -> When<'_, t::AttachVolumeRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[85])
    }
    /// `PUT /v2/volumes/{volume_id}/detach` (`detachVolume`)
    pub fn detach(&self) -> When<'_, t::RegionRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[86])
    }
}
/// Expectations for the operations tagged `VolumeSnapshots`.
#[derive(Debug, Clone, Copy)]
pub struct VolumeSnapshotsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> VolumeSnapshotsApi<'a> {
    /// `GET /v2/volumes/{volume_id}/snapshots` (`listSnapshotsOfVolume`)
    pub fn list_snapshots_of_volume(
        &self,
    ) -> When<'_, (), Vec<t::VolumeSnapshot>, t::Error, ()> {
        When::new(self.raw, &ROUTES[87])
    }
    /// `POST /v2/volumes/{volume_id}/snapshots` (`createVolumeSnapshot`)
    pub fn create(
        &self,
    ) -> When<'_, t::CreateVolumeSnapshotRequest, t::VolumeSnapshot, t::Error, ()> {
        When::new(self.raw, &ROUTES[88])
    }
    /// `GET /v2/volumes/{volume_id}/snapshots/{snapshot_id}` (`getSnapshotOfVolume`)
    pub fn get_snapshot_of_volume(
        &self,
    ) -> When<'_, (), t::VolumeSnapshot, t::Error, ()> {
        When::new(self.raw, &ROUTES[89])
    }
    /// `GET /v2/snapshots` (`listVolumeSnapshots`)
    pub fn list(&self) -> When<'_, (), Vec<t::VolumeSnapshot>, t::Error, ()> {
        When::new(self.raw, &ROUTES[90])
    }
    /// `GET /v2/snapshots/{snapshot_id}` (`getVolumeSnapshot`)
    pub fn get(&self) -> When<'_, (), t::VolumeSnapshot, t::Error, ()> {
        When::new(self.raw, &ROUTES[91])
    }
    /// `DELETE /v2/snapshots/{snapshot_id}` (`deleteVolumeSnapshot`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[92])
    }
}
/// Expectations for the operations tagged `ObjectStores`.
#[derive(Debug, Clone, Copy)]
pub struct ObjectStoresApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ObjectStoresApi<'a> {
    /// `GET /v2/objectstores` (`listObjectStores`)
    pub fn list(&self) -> When<'_, (), t::ObjectStorePage, t::Error, t::ObjectStore> {
        When::new(self.raw, &ROUTES[93])
    }
    /// `POST /v2/objectstores` (`createObjectStore`)
    pub fn create(
        &self,
    ) -> When<'_, t::CreateObjectStoreRequest, t::ObjectStore, t::Error, ()> {
        When::new(self.raw, &ROUTES[94])
    }
    /// `GET /v2/objectstores/{objectstore_id}` (`getObjectStore`)
    pub fn get(&self) -> When<'_, (), t::ObjectStore, t::Error, ()> {
        When::new(self.raw, &ROUTES[95])
    }
    /// `PUT /v2/objectstores/{objectstore_id}` (`updateObjectStore`)
    pub fn update(
        &self,
    ) -> When<'_, t::UpdateObjectStoreRequest, t::ObjectStore, t::Error, ()> {
        When::new(self.raw, &ROUTES[96])
    }
    /// `DELETE /v2/objectstores/{objectstore_id}` (`deleteObjectStore`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[97])
    }
    /// `GET /v2/objectstores/{objectstore_id}/stats` (`getObjectStoreStats`)
    pub fn get_stats(&self) -> When<'_, (), t::ObjectStoreStats, t::Error, ()> {
        When::new(self.raw, &ROUTES[98])
    }
}
/// Expectations for the operations tagged `ObjectStoreCredentials`.
#[derive(Debug, Clone, Copy)]
pub struct ObjectStoreCredentialsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ObjectStoreCredentialsApi<'a> {
    /// `GET /v2/objectstore/credentials` (`listObjectStoreCredentials`)
    pub fn list(
        &self,
    ) -> When<'_, (), t::ObjectStoreCredentialPage, t::Error, t::ObjectStoreCredential> {
        When::new(self.raw, &ROUTES[99])
    }
    /// `POST /v2/objectstore/credentials` (`createObjectStoreCredential`)
    pub fn create(
        &self,
    ) -> When<
        '_,
        t::CreateObjectStoreCredentialRequest,
        t::ObjectStoreCredential,
        t::Error,
        (),
    > {
        When::new(self.raw, &ROUTES[100])
    }
    /// `GET /v2/objectstore/credentials/{credential_id}` (`getObjectStoreCredential`)
    pub fn get(&self) -> When<'_, (), t::ObjectStoreCredential, t::Error, ()> {
        When::new(self.raw, &ROUTES[101])
    }
    /// `PUT /v2/objectstore/credentials/{credential_id}` (`updateObjectStoreCredential`)
    pub fn update(
        &self,
    ) -> When<
        '_,
        t::UpdateObjectStoreCredentialRequest,
        t::ObjectStoreCredential,
        t::Error,
        (),
    > {
        When::new(self.raw, &ROUTES[102])
    }
    /// `DELETE /v2/objectstore/credentials/{credential_id}` (`deleteObjectStoreCredential`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[103])
    }
}
/// Expectations for the operations tagged `Networks`.
#[derive(Debug, Clone, Copy)]
pub struct NetworksApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> NetworksApi<'a> {
    /// `GET /v2/networks` (`listNetworks`)
    pub fn list(&self) -> When<'_, (), Vec<t::Network>, t::Error, ()> {
        When::new(self.raw, &ROUTES[104])
    }
    /// `POST /v2/networks` (`createNetwork`)
    pub fn create(&self) -> When<'_, t::NetworkRequest, t::NetworkResult, t::Error, ()> {
        When::new(self.raw, &ROUTES[105])
    }
    /// `GET /v2/networks/{network_id}` (`getNetwork`)
    pub fn get(&self) -> When<'_, (), t::Network, t::Error, ()> {
        When::new(self.raw, &ROUTES[106])
    }
    /// `PUT /v2/networks/{network_id}` (`updateNetwork`)
    pub fn update(&self) -> When<'_, t::NetworkRequest, t::NetworkResult, t::Error, ()> {
        When::new(self.raw, &ROUTES[107])
    }
    /// `DELETE /v2/networks/{network_id}` (`deleteNetwork`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[108])
    }
    /// `GET /v2/networks/{network_id}/subnets` (`listSubnets`)
    pub fn list_subnets(&self) -> When<'_, (), Vec<t::Subnet>, t::Error, ()> {
        When::new(self.raw, &ROUTES[109])
    }
    /// `POST /v2/networks/{network_id}/subnets` (`createSubnet`)
    pub fn create_subnet(
        &self,
    ) -> When<'_, t::CreateSubnetRequest, t::Subnet, t::Error, ()> {
        When::new(self.raw, &ROUTES[110])
    }
    /// `GET /v2/networks/{network_id}/subnets/{subnet_id}` (`getSubnet`)
    pub fn get_subnet(&self) -> When<'_, (), t::Subnet, t::Error, ()> {
        When::new(self.raw, &ROUTES[111])
    }
    /// `DELETE /v2/networks/{network_id}/subnets/{subnet_id}` (`deleteSubnet`)
    pub fn delete_subnet(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[112])
    }
    /// `POST /v2/networks/{network_id}/subnets/{subnet_id}/routes` (`attachSubnet`)
    pub fn attach_subnet(
        &self,
    ) -> When<'_, t::AttachSubnetRequest, t::Route, t::Error, ()> {
        When::new(self.raw, &ROUTES[113])
    }
    /// `DELETE /v2/networks/{network_id}/subnets/{subnet_id}/routes` (`detachSubnet`)
    pub fn detach_subnet(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[114])
    }
}
/// Expectations for the operations tagged `Firewalls`.
#[derive(Debug, Clone, Copy)]
pub struct FirewallsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> FirewallsApi<'a> {
    /// `GET /v2/firewalls` (`listFirewalls`)
    pub fn list(&self) -> When<'_, (), Vec<t::Firewall>, t::Error, ()> {
        When::new(self.raw, &ROUTES[115])
    }
    /// `POST /v2/firewalls` (`createFirewall`)
    pub fn create(
        &self,
    ) -> When<'_, t::CreateFirewallRequest, t::FirewallResult, t::Error, ()> {
        When::new(self.raw, &ROUTES[116])
    }
    /// `PUT /v2/firewalls/{firewall_id}` (`renameFirewall`)
    pub fn rename(
        &self,
    ) -> When<'_, t::UpdateFirewallRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[117])
    }
    /// `DELETE /v2/firewalls/{firewall_id}` (`deleteFirewall`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[118])
    }
    /// `GET /v2/firewalls/{firewall_id}/rules` (`listFirewallRules`)
    pub fn list_rules(&self) -> When<'_, (), Vec<t::FirewallRule>, t::Error, ()> {
        When::new(self.raw, &ROUTES[119])
    }
    /// `POST /v2/firewalls/{firewall_id}/rules` (`createFirewallRule`)
    pub fn create_rule(
        &self,
    ) -> When<'_, t::CreateFirewallRuleRequest, t::FirewallRule, t::Error, ()> {
        When::new(self.raw, &ROUTES[120])
    }
    /// `DELETE /v2/firewalls/{firewall_id}/rules/{rule_id}` (`deleteFirewallRule`)
    pub fn delete_rule(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[121])
    }
}
/// Expectations for the operations tagged `LoadBalancers`.
#[derive(Debug, Clone, Copy)]
pub struct LoadBalancersApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> LoadBalancersApi<'a> {
    /// `GET /v2/loadbalancers` (`listLoadBalancers`)
    pub fn list(&self) -> When<'_, (), Vec<t::LoadBalancer>, t::Error, ()> {
        When::new(self.raw, &ROUTES[122])
    }
    /// `POST /v2/loadbalancers` (`createLoadBalancer`)
    pub fn create(
        &self,
    ) -> When<'_, t::CreateLoadBalancerRequest, t::LoadBalancer, t::Error, ()> {
        When::new(self.raw, &ROUTES[123])
    }
    /// `GET /v2/loadbalancers/{loadbalancer_id}` (`getLoadBalancer`)
    pub fn get(&self) -> When<'_, (), t::LoadBalancer, t::Error, ()> {
        When::new(self.raw, &ROUTES[124])
    }
    /// `PUT /v2/loadbalancers/{loadbalancer_id}` (`updateLoadBalancer`)
    pub fn update(
        &self,
    ) -> When<'_, t::UpdateLoadBalancerRequest, t::LoadBalancer, t::Error, ()> {
        When::new(self.raw, &ROUTES[125])
    }
    /// `DELETE /v2/loadbalancers/{loadbalancer_id}` (`deleteLoadBalancer`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[126])
    }
}
/// Expectations for the operations tagged `ReservedIps`.
#[derive(Debug, Clone, Copy)]
pub struct ReservedIpsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ReservedIpsApi<'a> {
    /// `GET /v2/ips` (`listReservedIps`)
    pub fn list(&self) -> When<'_, (), t::ReservedIpPage, t::Error, t::ReservedIp> {
        When::new(self.raw, &ROUTES[127])
    }
    /// `POST /v2/ips` (`createReservedIp`)
    pub fn create(
        &self,
    ) -> When<'_, t::CreateReservedIpRequest, t::ReservedIp, t::Error, ()> {
        When::new(self.raw, &ROUTES[128])
    }
    /// `GET /v2/ips/{ip_id}` (`getReservedIp`)
    pub fn get(&self) -> When<'_, (), t::ReservedIp, t::Error, ()> {
        When::new(self.raw, &ROUTES[129])
    }
    /// `PUT /v2/ips/{ip_id}` (`renameReservedIp`)
    pub fn rename(
        &self,
    ) -> When<'_, t::UpdateReservedIpRequest, t::ReservedIp, t::Error, ()> {
        When::new(self.raw, &ROUTES[130])
    }
    /// `DELETE /v2/ips/{ip_id}` (`deleteReservedIp`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[131])
    }
    /// `POST /v2/ips/{ip_id}/actions` (`actReservedIp`)
    pub fn act(
        &self,
    ) -> When<'_, t::ReservedIpActionRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[132])
    }
}
/// Expectations for the operations tagged `Dns`.
#[derive(Debug, Clone, Copy)]
pub struct DnsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> DnsApi<'a> {
    /// `GET /v2/dns` (`listDnsDomains`)
    pub fn list_domains(&self) -> When<'_, (), Vec<t::DnsDomain>, t::Error, ()> {
        When::new(self.raw, &ROUTES[133])
    }
    /// `POST /v2/dns` (`createDnsDomain`)
    pub fn create_domain(
        &self,
    ) -> When<'_, t::DnsDomainRequest, t::DnsDomain, t::Error, ()> {
        When::new(self.raw, &ROUTES[134])
    }
    /// `PUT /v2/dns/{domain_id}` (`renameDnsDomain`)
    pub fn rename_domain(
        &self,
    ) -> When<'_, t::DnsDomainRequest, t::DnsDomain, t::Error, ()> {
        When::new(self.raw, &ROUTES[135])
    }
    /// `DELETE /v2/dns/{domain_id}` (`deleteDnsDomain`)
    pub fn delete_domain(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[136])
    }
    /// `GET /v2/dns/{domain_id}/records` (`listDnsRecords`)
    pub fn list_records(&self) -> When<'_, (), Vec<t::DnsRecord>, t::Error, ()> {
        When::new(self.raw, &ROUTES[137])
    }
    /// `POST /v2/dns/{domain_id}/records` (`createDnsRecord`)
    pub fn create_record(
        &self,
    ) -> When<'_, t::DnsRecordRequest, t::DnsRecord, t::Error, ()> {
        When::new(self.raw, &ROUTES[138])
    }
    /// `PUT /v2/dns/{domain_id}/records/{record_id}` (`updateDnsRecord`)
    pub fn update_record(
        &self,
    ) -> When<'_, t::DnsRecordRequest, t::DnsRecord, t::Error, ()> {
        When::new(self.raw, &ROUTES[139])
    }
    /// `DELETE /v2/dns/{domain_id}/records/{record_id}` (`deleteDnsRecord`)
    pub fn delete_record(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[140])
    }
}
/// Expectations for the operations tagged `VpcNetworks`.
#[derive(Debug, Clone, Copy)]
pub struct VpcNetworksApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> VpcNetworksApi<'a> {
    /// `GET /v2/vpc/networks` (`listVpcNetworks`)
    pub fn list(&self) -> When<'_, (), Vec<t::Network>, t::Error, ()> {
        When::new(self.raw, &ROUTES[141])
    }
    /// `POST /v2/vpc/networks` (`createVpcNetwork`)
    pub fn create(&self) -> When<'_, t::NetworkRequest, t::NetworkResult, t::Error, ()> {
        When::new(self.raw, &ROUTES[142])
    }
    /// `GET /v2/vpc/networks/{network_id}` (`getVpcNetwork`)
    pub fn get(&self) -> When<'_, (), t::Network, t::Error, ()> {
        When::new(self.raw, &ROUTES[143])
    }
    /// `PUT /v2/vpc/networks/{network_id}` (`updateVpcNetwork`)
    pub fn update(&self) -> When<'_, t::NetworkRequest, t::NetworkResult, t::Error, ()> {
        When::new(self.raw, &ROUTES[144])
    }
    /// `DELETE /v2/vpc/networks/{network_id}` (`deleteVpcNetwork`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[145])
    }
    /// `GET /v2/vpc/networks/{network_id}/subnets` (`listVpcSubnets`)
    pub fn list_vpc_subnets(&self) -> When<'_, (), Vec<t::Subnet>, t::Error, ()> {
        When::new(self.raw, &ROUTES[146])
    }
    /// `POST /v2/vpc/networks/{network_id}/subnets` (`createVpcSubnet`)
    pub fn create_vpc_subnet(
        &self,
    ) -> When<'_, t::CreateSubnetRequest, t::Subnet, t::Error, ()> {
        When::new(self.raw, &ROUTES[147])
    }
    /// `GET /v2/vpc/networks/{network_id}/subnets/{subnet_id}` (`getVpcSubnet`)
    pub fn get_vpc_subnet(&self) -> When<'_, (), t::Subnet, t::Error, ()> {
        When::new(self.raw, &ROUTES[148])
    }
    /// `DELETE /v2/vpc/networks/{network_id}/subnets/{subnet_id}` (`deleteVpcSubnet`)
    pub fn delete_vpc_subnet(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[149])
    }
    /// `POST /v2/vpc/networks/{network_id}/subnets/{subnet_id}/routes` (`attachVpcSubnet`)
    pub fn attach_vpc_subnet(
        &self,
    ) -> When<'_, t::AttachSubnetRequest, t::Route, t::Error, ()> {
        When::new(self.raw, &ROUTES[150])
    }
    /// `DELETE /v2/vpc/networks/{network_id}/subnets/{subnet_id}/routes` (`detachVpcSubnet`)
    pub fn detach_vpc_subnet(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[151])
    }
}
/// Expectations for the operations tagged `VpcFirewalls`.
#[derive(Debug, Clone, Copy)]
pub struct VpcFirewallsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> VpcFirewallsApi<'a> {
    /// `GET /v2/vpc/firewalls` (`listVpcFirewalls`)
    pub fn list(&self) -> When<'_, (), Vec<t::Firewall>, t::Error, ()> {
        When::new(self.raw, &ROUTES[152])
    }
    /// `POST /v2/vpc/firewalls` (`createVpcFirewall`)
    pub fn create(
        &self,
    ) -> When<'_, t::CreateFirewallRequest, t::FirewallResult, t::Error, ()> {
        When::new(self.raw, &ROUTES[153])
    }
    /// `PUT /v2/vpc/firewalls/{firewall_id}` (`renameVpcFirewall`)
    pub fn rename(
        &self,
    ) -> When<'_, t::UpdateFirewallRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[154])
    }
    /// `DELETE /v2/vpc/firewalls/{firewall_id}` (`deleteVpcFirewall`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[155])
    }
    /// `GET /v2/vpc/firewalls/{firewall_id}/rules` (`listVpcFirewallRules`)
    pub fn list_rules(&self) -> When<'_, (), Vec<t::FirewallRule>, t::Error, ()> {
        When::new(self.raw, &ROUTES[156])
    }
    /// `POST /v2/vpc/firewalls/{firewall_id}/rules` (`createVpcFirewallRule`)
    pub fn create_rule(
        &self,
    ) -> When<'_, t::CreateFirewallRuleRequest, t::FirewallRule, t::Error, ()> {
        When::new(self.raw, &ROUTES[157])
    }
    /// `DELETE /v2/vpc/firewalls/{firewall_id}/rules/{rule_id}` (`deleteVpcFirewallRule`)
    pub fn delete_rule(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[158])
    }
}
/// Expectations for the operations tagged `VpcLoadBalancers`.
#[derive(Debug, Clone, Copy)]
pub struct VpcLoadBalancersApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> VpcLoadBalancersApi<'a> {
    /// `GET /v2/vpc/loadbalancers` (`listVpcLoadBalancers`)
    pub fn list(&self) -> When<'_, (), Vec<t::LoadBalancer>, t::Error, ()> {
        When::new(self.raw, &ROUTES[159])
    }
    /// `POST /v2/vpc/loadbalancers` (`createVpcLoadBalancer`)
    pub fn create(
        &self,
    ) -> When<'_, t::CreateLoadBalancerRequest, t::LoadBalancer, t::Error, ()> {
        When::new(self.raw, &ROUTES[160])
    }
    /// `GET /v2/vpc/loadbalancers/{loadbalancer_id}` (`getVpcLoadBalancer`)
    pub fn get(&self) -> When<'_, (), t::LoadBalancer, t::Error, ()> {
        When::new(self.raw, &ROUTES[161])
    }
    /// `PUT /v2/vpc/loadbalancers/{loadbalancer_id}` (`updateVpcLoadBalancer`)
    pub fn update(
        &self,
    ) -> When<'_, t::UpdateLoadBalancerRequest, t::LoadBalancer, t::Error, ()> {
        When::new(self.raw, &ROUTES[162])
    }
    /// `DELETE /v2/vpc/loadbalancers/{loadbalancer_id}` (`deleteVpcLoadBalancer`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[163])
    }
}
/// Expectations for the operations tagged `VpcReservedIps`.
#[derive(Debug, Clone, Copy)]
pub struct VpcReservedIpsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> VpcReservedIpsApi<'a> {
    /// `GET /v2/vpc/ips` (`listVpcReservedIps`)
    pub fn list(&self) -> When<'_, (), t::ReservedIpPage, t::Error, t::ReservedIp> {
        When::new(self.raw, &ROUTES[164])
    }
    /// `POST /v2/vpc/ips` (`createVpcReservedIp`)
    pub fn create(
        &self,
    ) -> When<'_, t::CreateReservedIpRequest, t::ReservedIp, t::Error, ()> {
        When::new(self.raw, &ROUTES[165])
    }
    /// `GET /v2/vpc/ips/{ip_id}` (`getVpcReservedIp`)
    pub fn get(&self) -> When<'_, (), t::ReservedIp, t::Error, ()> {
        When::new(self.raw, &ROUTES[166])
    }
    /// `PUT /v2/vpc/ips/{ip_id}` (`renameVpcReservedIp`)
    pub fn rename(
        &self,
    ) -> When<'_, t::UpdateReservedIpRequest, t::ReservedIp, t::Error, ()> {
        When::new(self.raw, &ROUTES[167])
    }
    /// `DELETE /v2/vpc/ips/{ip_id}` (`deleteVpcReservedIp`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[168])
    }
    /// `POST /v2/vpc/ips/{ip_id}/actions` (`actVpcReservedIp`)
    pub fn act(
        &self,
    ) -> When<'_, t::ReservedIpActionRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[169])
    }
}
/// Expectations for the operations tagged `Kubernetes`.
#[derive(Debug, Clone, Copy)]
pub struct KubernetesApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> KubernetesApi<'a> {
    /// `GET /v2/kubernetes/versions` (`listKubernetesVersions`)
    pub fn list_versions(
        &self,
    ) -> When<'_, (), Vec<t::KubernetesVersion>, t::Error, ()> {
        When::new(self.raw, &ROUTES[170])
    }
    /// `GET /v2/kubernetes/applications` (`listMarketplaceApplications`)
    pub fn list_marketplace_applications(
        &self,
    ) -> When<'_, (), Vec<t::MarketplaceApplication>, t::Error, ()> {
        When::new(self.raw, &ROUTES[171])
    }
    /// `GET /v2/kubernetes/clusters` (`listKubernetesClusters`)
    pub fn list_clusters(
        &self,
    ) -> When<'_, (), t::KubernetesClusterPage, t::Error, t::KubernetesCluster> {
        When::new(self.raw, &ROUTES[172])
    }
    /// `POST /v2/kubernetes/clusters` (`createKubernetesCluster`)
    pub fn create_cluster(
        &self,
    ) -> When<
        '_,
        t::CreateKubernetesClusterRequest,
        t::KubernetesCluster,
        t::Error,
        (),
    > {
        When::new(self.raw, &ROUTES[173])
    }
    /// `GET /v2/kubernetes/clusters/{cluster_id}` (`getKubernetesCluster`)
    pub fn get_cluster(&self) -> When<'_, (), t::KubernetesCluster, t::Error, ()> {
        When::new(self.raw, &ROUTES[174])
    }
    /// `PUT /v2/kubernetes/clusters/{cluster_id}` (`updateKubernetesCluster`)
    pub fn update_cluster(
        &self,
    ) -> When<
        '_,
        t::UpdateKubernetesClusterRequest,
        t::KubernetesCluster,
        t::Error,
        (),
    > {
        When::new(self.raw, &ROUTES[175])
    }
    /// `DELETE /v2/kubernetes/clusters/{cluster_id}` (`deleteKubernetesCluster`)
    pub fn delete_cluster(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[176])
    }
    /// `POST /v2/kubernetes/clusters/{cluster_id}/recycle` (`recycleKubernetesNode`)
    pub fn recycle_node(
        &self,
    ) -> When<'_, t::RecycleNodeRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[177])
    }
    /// `GET /v2/kubernetes/clusters/{cluster_id}/instances` (`listKubernetesClusterInstances`)
    pub fn list_cluster_instances(
        &self,
    ) -> When<'_, (), Vec<t::Instance>, t::Error, ()> {
        When::new(self.raw, &ROUTES[178])
    }
}
/// Expectations for the operations tagged `KubernetesPools`.
#[derive(Debug, Clone, Copy)]
pub struct KubernetesPoolsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> KubernetesPoolsApi<'a> {
    /// `GET /v2/kubernetes/clusters/{cluster_id}/pools` (`listKubernetesPools`)
    pub fn list(&self) -> When<'_, (), Vec<t::KubernetesPool>, t::Error, ()> {
        When::new(self.raw, &ROUTES[179])
    }
    /// `POST /v2/kubernetes/clusters/{cluster_id}/pools` (`createKubernetesPool`)
    pub fn create(
        &self,
    ) -> When<'_, t::CreateKubernetesPoolRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[180])
    }
    /// `GET /v2/kubernetes/clusters/{cluster_id}/pools/{pool_id}` (`getKubernetesPool`)
    pub fn get(&self) -> When<'_, (), t::KubernetesPool, t::Error, ()> {
        When::new(self.raw, &ROUTES[181])
    }
    /// `PUT /v2/kubernetes/clusters/{cluster_id}/pools/{pool_id}` (`updateKubernetesPool`)
    pub fn update(
        &self,
    ) -> When<'_, t::UpdateKubernetesPoolRequest, t::KubernetesPool, t::Error, ()> {
        When::new(self.raw, &ROUTES[182])
    }
    /// `DELETE /v2/kubernetes/clusters/{cluster_id}/pools/{pool_id}` (`deleteKubernetesPool`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[183])
    }
    /// `DELETE /v2/kubernetes/clusters/{cluster_id}/pools/{pool_id}/instances/{node_id}` (`deleteKubernetesPoolNode`)
    pub fn delete_node(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[184])
    }
}
/// Expectations for the operations tagged `Applications`.
#[derive(Debug, Clone, Copy)]
pub struct ApplicationsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ApplicationsApi<'a> {
    /// `GET /v2/applications` (`listApplications`)
    pub fn list(&self) -> When<'_, (), t::ApplicationPage, t::Error, t::Application> {
        When::new(self.raw, &ROUTES[185])
    }
    /// `POST /v2/applications` (`createApplication`)
    pub fn create(
        &self,
    ) -> When<'_, t::CreateApplicationRequest, t::Application, t::Error, ()> {
        When::new(self.raw, &ROUTES[186])
    }
    /// `GET /v2/applications/{application_id}` (`getApplication`)
    pub fn get(&self) -> When<'_, (), t::Application, t::Error, ()> {
        When::new(self.raw, &ROUTES[187])
    }
    /// `PUT /v2/applications/{application_id}` (`updateApplication`)
    pub fn update(
        &self,
    ) -> When<'_, t::UpdateApplicationRequest, t::Application, t::Error, ()> {
        When::new(self.raw, &ROUTES[188])
    }
    /// `DELETE /v2/applications/{application_id}` (`deleteApplication`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[189])
    }
    /// `GET /v2/applications/{application_id}/log_auth` (`getApplicationLogAuth`)
    pub fn get_log_auth(&self) -> When<'_, (), String, t::Error, ()> {
        When::new(self.raw, &ROUTES[190])
    }
}
/// Expectations for the operations tagged `Databases`.
#[derive(Debug, Clone, Copy)]
pub struct DatabasesApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> DatabasesApi<'a> {
    /// `GET /v2/databases/versions` (`listDatabaseVersions`)
    pub fn list_versions(&self) -> When<'_, (), t::DatabaseVersions, t::Error, ()> {
        When::new(self.raw, &ROUTES[191])
    }
    /// `GET /v2/databases` (`listDatabases`)
    pub fn list(&self) -> When<'_, (), t::DatabasePage, t::Error, t::Database> {
        When::new(self.raw, &ROUTES[192])
    }
    /// `POST /v2/databases` (`createDatabase`)
    pub fn create(
        &self,
    ) -> When<'_, t::CreateDatabaseRequest, t::Database, t::Error, ()> {
        When::new(self.raw, &ROUTES[193])
    }
    /// `GET /v2/databases/{database_id}` (`getDatabase`)
    pub fn get(&self) -> When<'_, (), t::Database, t::Error, ()> {
        When::new(self.raw, &ROUTES[194])
    }
    /// `PUT /v2/databases/{database_id}` (`updateDatabase`)
    pub fn update(
        &self,
    ) -> When<'_, t::UpdateDatabaseRequest, t::Database, t::Error, ()> {
        When::new(self.raw, &ROUTES[195])
    }
    /// `DELETE /v2/databases/{database_id}` (`deleteDatabase`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[196])
    }
    /// `POST /v2/databases/{database_id}/restore` (`restoreDatabase`)
    pub fn restore(
        &self,
    ) -> When<'_, t::RestoreDatabaseRequest, t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[197])
    }
}
/// Expectations for the operations tagged `DatabaseBackups`.
#[derive(Debug, Clone, Copy)]
pub struct DatabaseBackupsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> DatabaseBackupsApi<'a> {
    /// `GET /v2/databases/{database_id}/backups` (`listDatabaseBackups`)
    pub fn list(
        &self,
    ) -> When<'_, (), t::DatabaseBackupPage, t::Error, t::DatabaseBackup> {
        When::new(self.raw, &ROUTES[198])
    }
    /// `PUT /v2/databases/{database_id}/backups` (`updateDatabaseBackup`)
    pub fn update(
        &self,
    ) -> When<'_, t::UpdateDatabaseBackupRequest, t::DatabaseBackup, t::Error, ()> {
        When::new(self.raw, &ROUTES[199])
    }
    /// `POST /v2/databases/{database_id}/backups` (`createDatabaseBackup`)
    pub fn create(
        &self,
    ) -> When<'_, t::CreateDatabaseBackupRequest, t::DatabaseBackup, t::Error, ()> {
        When::new(self.raw, &ROUTES[200])
    }
    /// `GET /v2/databases/{database_id}/backups/{backup_id}` (`getDatabaseBackup`)
    pub fn get(&self) -> When<'_, (), t::DatabaseBackup, t::Error, ()> {
        When::new(self.raw, &ROUTES[201])
    }
    /// `DELETE /v2/databases/{database_id}/backups/{backup_id}` (`deleteDatabaseBackup`)
    pub fn delete(&self) -> When<'_, (), t::SimpleResponse, t::Error, ()> {
        When::new(self.raw, &ROUTES[202])
    }
}
static ROUTES: [cloudsdk_mock::Route; 203] = [
    cloudsdk_mock::Route::new(crate::builders::Ping::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::ExchangeToken::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListRegions::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateRegion::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ConnectRegion::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::DisconnectRegion::OPERATION)
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::GetQuota::OPERATION)
        .query(&["region"])
        .examples(
            &[
                (
                    200,
                    "{\"instance_count_limit\":16,\"instance_count_usage\":3,\"cpu_core_limit\":32,\"cpu_core_usage\":6}",
                ),
            ],
        ),
    cloudsdk_mock::Route::new(crate::builders::ListCharges::OPERATION)
        .query(&["from", "to"]),
    cloudsdk_mock::Route::new(crate::builders::ListActions::OPERATION)
        .query(
            &[
                "region",
                "page",
                "per_page",
                "include_debug",
                "resource_id",
                "details",
                "related_id",
                "resource_type",
                "action_type",
                "created_at",
                "updated_at",
                "user_id",
            ],
        )
        .stream(cloudsdk_mock::Stream::PageNumber {
            items: "items",
            page: "page",
            per_page: "per_page",
            pages: "pages",
        }),
    cloudsdk_mock::Route::new(crate::builders::ListAccounts::OPERATION)
        .query(&["page", "per_page"])
        .stream(cloudsdk_mock::Stream::PageNumber {
            items: "items",
            page: "page",
            per_page: "per_page",
            pages: "pages",
        }),
    cloudsdk_mock::Route::new(crate::builders::ListMemberships::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetUserEverything::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::GetOrganisation::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::RenameOrganisation::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateOrganisation::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListOrganisationAccounts::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::AddOrganisationAccount::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListTeams::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateTeam::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::RenameTeam::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteTeam::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListTeamMembers::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::AddTeamMember::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateTeamMember::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::RemoveTeamMember::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListRoles::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateRole::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteRole::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListPermissions::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListWebhooks::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CreateWebhook::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::UpdateWebhook::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::DeleteWebhook::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListSizes::OPERATION).query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListDiskImages::OPERATION)
        .query(&["region", "type"]),
    cloudsdk_mock::Route::new(crate::builders::CreateDiskImage::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetDiskImage::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteDiskImage::OPERATION)
        .query(&["region"])
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::ListInstances::OPERATION)
        .query(&["region", "page", "per_page"])
        .stream(cloudsdk_mock::Stream::PageNumber {
            items: "items",
            page: "page",
            per_page: "per_page",
            pages: "pages",
        }),
    cloudsdk_mock::Route::new(crate::builders::CreateInstance::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetInstance::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::UpdateInstance::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteInstance::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::SetInstanceTags::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::HardRebootInstance::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::SoftRebootInstance::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::StopInstance::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::StartInstance::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ResizeInstance::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::SetInstanceFirewall::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::MoveIpToInstance::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::UpdateInstanceAllowedIps::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::UpdateInstanceBandwidthLimit::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetInstanceRecoveryStatus::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::EnableInstanceRecovery::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DisableInstanceRecovery::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetInstanceConsole::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::OpenInstanceConsole::OPERATION)
        .query(&["region", "duration"]),
    cloudsdk_mock::Route::new(crate::builders::CloseInstanceConsole::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListInstanceSnapshots::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::CreateInstanceSnapshot::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetInstanceSnapshot::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::UpdateInstanceSnapshot::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteInstanceSnapshot::OPERATION)
        .query(&["region"])
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::RestoreInstanceSnapshot::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListResourceSnapshots::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetResourceSnapshot::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::UpdateResourceSnapshot::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteResourceSnapshot::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::RestoreResourceSnapshot::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListSnapshotSchedules::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::CreateSnapshotSchedule::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetSnapshotSchedule::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::UpdateSnapshotSchedule::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteSnapshotSchedule::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListSshKeys::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::CreateSshKey::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::RenameSshKey::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteSshKey::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListVolumeTypes::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListVolumes::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::CreateVolume::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetVolume::OPERATION).query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteVolume::OPERATION)
        .query(&["region", "delete_snapshot"]),
    cloudsdk_mock::Route::new(crate::builders::ResizeVolume::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::AttachVolume::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DetachVolume::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListSnapshotsOfVolume::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::CreateVolumeSnapshot::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetSnapshotOfVolume::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListVolumeSnapshots::OPERATION)
        .query(&["region", "resource_type"]),
    cloudsdk_mock::Route::new(crate::builders::GetVolumeSnapshot::OPERATION)
        .query(&["region", "resource_type"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteVolumeSnapshot::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListObjectStores::OPERATION)
        .query(&["region", "page", "per_page"])
        .stream(cloudsdk_mock::Stream::PageNumber {
            items: "items",
            page: "page",
            per_page: "per_page",
            pages: "pages",
        }),
    cloudsdk_mock::Route::new(crate::builders::CreateObjectStore::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetObjectStore::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::UpdateObjectStore::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteObjectStore::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetObjectStoreStats::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListObjectStoreCredentials::OPERATION)
        .query(&["region", "page", "per_page"])
        .stream(cloudsdk_mock::Stream::PageNumber {
            items: "items",
            page: "page",
            per_page: "per_page",
            pages: "pages",
        }),
    cloudsdk_mock::Route::new(crate::builders::CreateObjectStoreCredential::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetObjectStoreCredential::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::UpdateObjectStoreCredential::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteObjectStoreCredential::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListNetworks::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::CreateNetwork::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetNetwork::OPERATION).query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::UpdateNetwork::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteNetwork::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListSubnets::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::CreateSubnet::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetSubnet::OPERATION).query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteSubnet::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::AttachSubnet::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DetachSubnet::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListFirewalls::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::CreateFirewall::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::RenameFirewall::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteFirewall::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListFirewallRules::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::CreateFirewallRule::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteFirewallRule::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListLoadBalancers::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::CreateLoadBalancer::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetLoadBalancer::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::UpdateLoadBalancer::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteLoadBalancer::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListReservedIps::OPERATION)
        .query(&["region", "page", "per_page"])
        .stream(cloudsdk_mock::Stream::PageNumber {
            items: "items",
            page: "page",
            per_page: "per_page",
            pages: "pages",
        }),
    cloudsdk_mock::Route::new(crate::builders::CreateReservedIp::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetReservedIp::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::RenameReservedIp::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteReservedIp::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ActReservedIp::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListDnsDomains::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::CreateDnsDomain::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::RenameDnsDomain::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteDnsDomain::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListDnsRecords::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::CreateDnsRecord::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::UpdateDnsRecord::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteDnsRecord::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListVpcNetworks::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::CreateVpcNetwork::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetVpcNetwork::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::UpdateVpcNetwork::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteVpcNetwork::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListVpcSubnets::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::CreateVpcSubnet::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetVpcSubnet::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteVpcSubnet::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::AttachVpcSubnet::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DetachVpcSubnet::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListVpcFirewalls::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::CreateVpcFirewall::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::RenameVpcFirewall::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteVpcFirewall::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListVpcFirewallRules::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::CreateVpcFirewallRule::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteVpcFirewallRule::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListVpcLoadBalancers::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::CreateVpcLoadBalancer::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetVpcLoadBalancer::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::UpdateVpcLoadBalancer::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteVpcLoadBalancer::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListVpcReservedIps::OPERATION)
        .query(&["region", "page", "per_page"])
        .stream(cloudsdk_mock::Stream::PageNumber {
            items: "items",
            page: "page",
            per_page: "per_page",
            pages: "pages",
        }),
    cloudsdk_mock::Route::new(crate::builders::CreateVpcReservedIp::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetVpcReservedIp::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::RenameVpcReservedIp::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteVpcReservedIp::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ActVpcReservedIp::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListKubernetesVersions::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListMarketplaceApplications::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListKubernetesClusters::OPERATION)
        .query(&["region", "page", "per_page"])
        .stream(cloudsdk_mock::Stream::PageNumber {
            items: "items",
            page: "page",
            per_page: "per_page",
            pages: "pages",
        }),
    cloudsdk_mock::Route::new(crate::builders::CreateKubernetesCluster::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetKubernetesCluster::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::UpdateKubernetesCluster::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteKubernetesCluster::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::RecycleKubernetesNode::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListKubernetesClusterInstances::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListKubernetesPools::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::CreateKubernetesPool::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetKubernetesPool::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::UpdateKubernetesPool::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteKubernetesPool::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteKubernetesPoolNode::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListApplications::OPERATION)
        .query(&["region", "page", "per_page"])
        .stream(cloudsdk_mock::Stream::PageNumber {
            items: "items",
            page: "page",
            per_page: "per_page",
            pages: "pages",
        }),
    cloudsdk_mock::Route::new(crate::builders::CreateApplication::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetApplication::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::UpdateApplication::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteApplication::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetApplicationLogAuth::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListDatabaseVersions::OPERATION)
        .query(&["region"])
        .examples(
            &[(200, "{\"PostgreSQL\":[{\"software_version\":\"16\",\"default\":true}]}")],
        ),
    cloudsdk_mock::Route::new(crate::builders::ListDatabases::OPERATION)
        .query(&["region", "page", "per_page"])
        .stream(cloudsdk_mock::Stream::PageNumber {
            items: "items",
            page: "page",
            per_page: "per_page",
            pages: "pages",
        }),
    cloudsdk_mock::Route::new(crate::builders::CreateDatabase::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetDatabase::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::UpdateDatabase::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteDatabase::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::RestoreDatabase::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::ListDatabaseBackups::OPERATION)
        .query(&["region", "page", "per_page"])
        .stream(cloudsdk_mock::Stream::PageNumber {
            items: "items",
            page: "page",
            per_page: "per_page",
            pages: "pages",
        }),
    cloudsdk_mock::Route::new(crate::builders::UpdateDatabaseBackup::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::CreateDatabaseBackup::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::GetDatabaseBackup::OPERATION)
        .query(&["region"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteDatabaseBackup::OPERATION)
        .query(&["region"]),
];
