//! Types of the API's request and response bodies.
#![allow(clippy::derivable_impls, clippy::large_enum_variant)]
/// A reference to a catalogue entry (plan type, region, channel, generation) by UUID and display name.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NamedUuid {
    /// `uuid`
    ///
    /// Set by the server; ignored in requests.
    pub uuid: String,
    /// `name`
    pub name: String,
}
/// An object identified by ID, with its display name.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NamedId {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: String,
    /// `name`
    pub name: String,
}
/// A Camunda 8 cluster owned by the organization. `planType` is its hardware plan, `region` the data center hosting it, `backupRegion` (only on plans that offer it) where its backups are kept, `generation` the Camunda version it runs and `channel` the release channel it follows for upgrades.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Cluster {
    /// Identifier used by every other cluster operation.
    ///
    /// Set by the server; ignored in requests.
    pub uuid: String,
    /// `name`
    pub name: String,
    /// The user who owns the cluster.
    ///
    /// Set by the server; ignored in requests.
    #[serde(rename = "ownerId")]
    pub owner_id: String,
    /// `created`
    ///
    /// Set by the server; ignored in requests.
    pub created: String,
    /// `planType`
    #[serde(rename = "planType")]
    pub plan_type: NamedUuid,
    /// `region`
    pub region: NamedUuid,
    /// `backupRegion`
    #[serde(rename = "backupRegion", default, skip_serializing_if = "Option::is_none")]
    pub backup_region: Option<NamedUuid>,
    /// `generation`
    pub generation: NamedUuid,
    /// `channel`
    pub channel: NamedUuid,
    /// Whether Camunda upgrades the cluster automatically when a new version is released. Ignored for clusters on a non-stable channel.
    #[serde(rename = "autoUpdate")]
    pub auto_update: bool,
    /// `labels`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// `status`
    pub status: ClusterHealth,
    /// `links`
    pub links: ClusterLinks,
    /// Network rules of the cluster. Present only when the organization has the feature and the API client may read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipallowlist: Option<Vec<IpAllowlistEntry>>,
    /// Earlier name of `ipallowlist`, scheduled for removal; read `ipallowlist` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipwhitelist: Option<Vec<IpAllowlistEntry>>,
}
/// Health of each cluster component; `ready` combines them.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ClusterHealth {
    /// `ready`
    pub ready: HealthStatus,
    /// `zeebeStatus`
    #[serde(rename = "zeebeStatus", default, skip_serializing_if = "Option::is_none")]
    pub zeebe_status: Option<HealthStatus>,
    /// `operateStatus`
    #[serde(rename = "operateStatus", default, skip_serializing_if = "Option::is_none")]
    pub operate_status: Option<HealthStatus>,
    /// `tasklistStatus`
    #[serde(rename = "tasklistStatus", default, skip_serializing_if = "Option::is_none")]
    pub tasklist_status: Option<HealthStatus>,
    /// `optimizeStatus`
    #[serde(rename = "optimizeStatus", default, skip_serializing_if = "Option::is_none")]
    pub optimize_status: Option<HealthStatus>,
}
/// State of a cluster or one of its components.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HealthStatus {
    /// `Creating`
    Creating,
    /// `Healthy`
    Healthy,
    /// `Unhealthy`
    Unhealthy,
    /// `Updating`
    Updating,
    /// `Resuming`
    Resuming,
    /// `Suspended`
    Suspended,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl HealthStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "Creating",
            Self::Healthy => "Healthy",
            Self::Unhealthy => "Unhealthy",
            Self::Updating => "Updating",
            Self::Resuming => "Resuming",
            Self::Suspended => "Suspended",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for HealthStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Creating" => Self::Creating,
            "Healthy" => Self::Healthy,
            "Unhealthy" => Self::Unhealthy,
            "Updating" => Self::Updating,
            "Resuming" => Self::Resuming,
            "Suspended" => Self::Suspended,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for HealthStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for HealthStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for HealthStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// URLs of the components running in a cluster.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ClusterLinks {
    /// `zeebe`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zeebe: Option<String>,
    /// `operate`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operate: Option<String>,
    /// `tasklist`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasklist: Option<String>,
    /// `optimize`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub optimize: Option<String>,
    /// `console`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub console: Option<String>,
    /// `identity`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    /// `connectors`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connectors: Option<String>,
    /// `oauth`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth: Option<String>,
}
/// The `IpAllowlistEntry` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IpAllowlistEntry {
    /// One or more CIDR ranges, separated by commas.
    pub ip: String,
    /// `description`
    pub description: String,
}
/// Settings for a new cluster. Every identifier comes from the creation parameters.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateClusterRequest {
    /// `name`
    pub name: String,
    /// UUID of the hardware plan type.
    #[serde(rename = "planTypeId")]
    pub plan_type_id: String,
    /// UUID of the release channel.
    #[serde(rename = "channelId")]
    pub channel_id: String,
    /// UUID of the software generation; must be allowed on the channel.
    #[serde(rename = "generationId")]
    pub generation_id: String,
    /// UUID of the region to host the cluster in.
    #[serde(rename = "regionId")]
    pub region_id: String,
    /// UUID of the region for backups; only for plans that offer it.
    #[serde(rename = "backupRegionId", default, skip_serializing_if = "Option::is_none")]
    pub backup_region_id: Option<String>,
    /// Set to false to opt out of automatic upgrades.
    #[serde(rename = "autoUpdate", default, skip_serializing_if = "Option::is_none")]
    pub auto_update: Option<bool>,
    /// `encryption`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption: Option<ClusterEncryption>,
    /// Number of hardware packages to allocate (1 when omitted). Only for advanced plan types, on request.
    #[serde(
        rename = "hardwarePackages",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub hardware_packages: Option<f64>,
    /// `stageLabel`
    #[serde(rename = "stageLabel", default, skip_serializing_if = "Option::is_none")]
    pub stage_label: Option<ClusterStage>,
}
/// The `CreateClusterResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateClusterResponse {
    /// UUID of the cluster that is being created.
    ///
    /// Set by the server; ignored in requests.
    #[serde(rename = "clusterId")]
    pub cluster_id: String,
}
/// Kind of key encrypting the cluster's data; `Provider` when not chosen.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClusterEncryption {
    /// `Software`
    Software,
    /// `Hardware`
    Hardware,
    /// `Provider`
    Provider,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ClusterEncryption {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Software => "Software",
            Self::Hardware => "Hardware",
            Self::Provider => "Provider",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ClusterEncryption {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Software" => Self::Software,
            "Hardware" => Self::Hardware,
            "Provider" => Self::Provider,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ClusterEncryption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ClusterEncryption {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ClusterEncryption {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// Label marking the cluster's role in the delivery pipeline.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClusterStage {
    /// `dev`
    Dev,
    /// `test`
    Test,
    /// `stage`
    Stage,
    /// `prod`
    Prod,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ClusterStage {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dev => "dev",
            Self::Test => "test",
            Self::Stage => "stage",
            Self::Prod => "prod",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ClusterStage {
    fn from(value: String) -> Self {
        match value.as_str() {
            "dev" => Self::Dev,
            "test" => Self::Test,
            "stage" => Self::Stage,
            "prod" => Self::Prod,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ClusterStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ClusterStage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ClusterStage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// Fields to change; omitted fields stay as they are.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateClusterRequest {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Number of hardware packages to allocate. Only for advanced plan types, on request.
    #[serde(
        rename = "numberOfAllocatedHwPackages",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub number_of_allocated_hw_packages: Option<f64>,
    /// `stageLabel`
    #[serde(rename = "stageLabel", default, skip_serializing_if = "Option::is_none")]
    pub stage_label: Option<ClusterStage>,
}
/// The `UpdateIpAllowlistRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateIpAllowlistRequest {
    /// `ipallowlist`
    pub ipallowlist: Vec<IpAllowlistEntry>,
}
/// Body of the deprecated `updateIpWhitelist` operation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateIpWhitelistRequest {
    /// `ipwhitelist`
    pub ipwhitelist: Vec<IpAllowlistEntry>,
}
/// Everything that can be chosen when creating a cluster.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ClusterParameters {
    /// `channels`
    pub channels: Vec<ChannelOption>,
    /// `clusterPlanTypes`
    #[serde(rename = "clusterPlanTypes")]
    pub cluster_plan_types: Vec<NamedUuid>,
    /// `regions`
    pub regions: Vec<RegionOption>,
}
/// A release channel and the generations that can be installed from it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ChannelOption {
    /// `uuid`
    pub uuid: String,
    /// `name`
    pub name: String,
    /// `defaultGeneration`
    #[serde(rename = "defaultGeneration")]
    pub default_generation: NamedUuid,
    /// `allowedGenerations`
    #[serde(rename = "allowedGenerations")]
    pub allowed_generations: Vec<NamedUuid>,
}
/// A region clusters can be created in, with the backup locations it supports.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RegionOption {
    /// `uuid`
    pub uuid: String,
    /// `name`
    pub name: String,
    /// The cloud provider operating the region.
    pub provider: String,
    /// `backups`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backups: Option<Vec<BackupRegionGroup>>,
}
/// The `BackupRegionGroup` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BackupRegionGroup {
    /// `uuid`
    pub uuid: String,
    /// `regions`
    pub regions: Vec<BackupRegionOption>,
}
/// The `BackupRegionOption` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BackupRegionOption {
    /// `id`
    pub id: String,
    /// `label`
    pub label: String,
}
/// Outcome of an upgrade request.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ClusterUpgrade {
    /// `cluster`
    pub cluster: NamedId,
    /// `oldGeneration`
    #[serde(rename = "oldGeneration")]
    pub old_generation: NamedId,
    /// `newGeneration`
    #[serde(rename = "newGeneration")]
    pub new_generation: NamedId,
    /// `orgId`
    ///
    /// Set by the server; ignored in requests.
    #[serde(rename = "orgId")]
    pub org_id: String,
}
/// A cluster component a client may access.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClientPermission {
    /// `Zeebe`
    Zeebe,
    /// `Operate`
    Operate,
    /// `Tasklist`
    Tasklist,
    /// `Optimize`
    Optimize,
    /// `Secrets`
    Secrets,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ClientPermission {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Zeebe => "Zeebe",
            Self::Operate => "Operate",
            Self::Tasklist => "Tasklist",
            Self::Optimize => "Optimize",
            Self::Secrets => "Secrets",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ClientPermission {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Zeebe" => Self::Zeebe,
            "Operate" => Self::Operate,
            "Tasklist" => Self::Tasklist,
            "Optimize" => Self::Optimize,
            "Secrets" => Self::Secrets,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ClientPermission {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ClientPermission {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ClientPermission {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// An API client of a cluster, as listed (never includes the secret).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ZeebeClient {
    /// `name`
    pub name: String,
    /// `clientId`
    ///
    /// Set by the server; ignored in requests.
    #[serde(rename = "clientId")]
    pub client_id: String,
    /// `permissions`
    pub permissions: Vec<ClientPermission>,
}
/// Settings an application uses to connect to the cluster with one client.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ZeebeClientConnection {
    /// `name`
    pub name: String,
    /// gRPC address of the cluster's Zeebe gateway.
    #[serde(rename = "ZEEBE_ADDRESS")]
    pub zeebe_address: String,
    /// `ZEEBE_CLIENT_ID`
    #[serde(rename = "ZEEBE_CLIENT_ID")]
    pub zeebe_client_id: String,
    /// Where the client exchanges its credentials for a token.
    #[serde(rename = "ZEEBE_AUTHORIZATION_SERVER_URL")]
    pub zeebe_authorization_server_url: String,
}
/// The `CreateZeebeClientRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateZeebeClientRequest {
    /// Name of the new client; unique within the cluster.
    #[serde(rename = "clientName")]
    pub client_name: String,
    /// Components the client may use; all of them when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<ClientPermission>>,
}
/// A freshly created client. Unlike every other client response it carries `clientSecret`, which cannot be retrieved again.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatedZeebeClient {
    /// `name`
    pub name: String,
    /// `uuid`
    ///
    /// Set by the server; ignored in requests.
    pub uuid: String,
    /// `clientId`
    ///
    /// Set by the server; ignored in requests.
    #[serde(rename = "clientId")]
    pub client_id: String,
    /// The client's secret, shown this one time only.
    ///
    /// Set by the server; ignored in requests.
    #[serde(rename = "clientSecret")]
    pub client_secret: String,
    /// `permissions`
    pub permissions: Vec<ClientPermission>,
    /// `links`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<ClusterLinks>,
}
/// A backup of a cluster and the state of each component's part of it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Backup {
    /// `uuid`
    ///
    /// Set by the server; ignored in requests.
    pub uuid: String,
    /// `name`
    pub name: String,
    /// When the backup was started.
    pub created: String,
    /// When the backup finished.
    pub completed: String,
    /// `status`
    pub status: BackupStatus,
    /// `zeebeStatus`
    #[serde(rename = "zeebeStatus")]
    pub zeebe_status: BackupStatus,
    /// `operateStatus`
    #[serde(rename = "operateStatus")]
    pub operate_status: BackupStatus,
    /// `tasklistStatus`
    #[serde(rename = "tasklistStatus")]
    pub tasklist_status: BackupStatus,
    /// `optimizeStatus`
    #[serde(rename = "optimizeStatus")]
    pub optimize_status: BackupStatus,
}
/// Progress of a backup or of one component's part; `-` when not applicable.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackupStatus {
    /// `In progress`
    InProgress,
    /// `Failed`
    Failed,
    /// `Complete`
    Complete,
    /// `-`
    Value,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl BackupStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "In progress",
            Self::Failed => "Failed",
            Self::Complete => "Complete",
            Self::Value => "-",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for BackupStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "In progress" => Self::InProgress,
            "Failed" => Self::Failed,
            "Complete" => Self::Complete,
            "-" => Self::Value,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for BackupStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for BackupStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BackupStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The cluster's secrets, keyed by name.
pub type ClusterSecrets = std::collections::BTreeMap<String, String>;
/// The `CreateSecretRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateSecretRequest {
    /// `secretName`
    #[serde(rename = "secretName")]
    pub secret_name: String,
    /// `secretValue`
    #[serde(rename = "secretValue")]
    pub secret_value: String,
}
/// The `UpdateSecretRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateSecretRequest {
    /// `secretValue`
    #[serde(rename = "secretValue")]
    pub secret_value: String,
}
/// A role a person holds in the organization.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrganizationRole {
    /// `member`
    Member,
    /// `admin`
    Admin,
    /// `organizationadmin`
    Organizationadmin,
    /// `organizationowner`
    Organizationowner,
    /// `owner`
    Owner,
    /// `supportagent`
    Supportagent,
    /// `operationsengineer`
    Operationsengineer,
    /// `taskuser`
    Taskuser,
    /// `analyst`
    Analyst,
    /// `developer`
    Developer,
    /// `visitor`
    Visitor,
    /// `modeler`
    Modeler,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl OrganizationRole {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Member => "member",
            Self::Admin => "admin",
            Self::Organizationadmin => "organizationadmin",
            Self::Organizationowner => "organizationowner",
            Self::Owner => "owner",
            Self::Supportagent => "supportagent",
            Self::Operationsengineer => "operationsengineer",
            Self::Taskuser => "taskuser",
            Self::Analyst => "analyst",
            Self::Developer => "developer",
            Self::Visitor => "visitor",
            Self::Modeler => "modeler",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for OrganizationRole {
    fn from(value: String) -> Self {
        match value.as_str() {
            "member" => Self::Member,
            "admin" => Self::Admin,
            "organizationadmin" => Self::Organizationadmin,
            "organizationowner" => Self::Organizationowner,
            "owner" => Self::Owner,
            "supportagent" => Self::Supportagent,
            "operationsengineer" => Self::Operationsengineer,
            "taskuser" => Self::Taskuser,
            "analyst" => Self::Analyst,
            "developer" => Self::Developer,
            "visitor" => Self::Visitor,
            "modeler" => Self::Modeler,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for OrganizationRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for OrganizationRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for OrganizationRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The subset of organization roles that can be granted through the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AssignableOrganizationRole {
    /// `admin`
    Admin,
    /// `operationsengineer`
    Operationsengineer,
    /// `taskuser`
    Taskuser,
    /// `analyst`
    Analyst,
    /// `developer`
    Developer,
    /// `visitor`
    Visitor,
    /// `modeler`
    Modeler,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl AssignableOrganizationRole {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Admin => "admin",
            Self::Operationsengineer => "operationsengineer",
            Self::Taskuser => "taskuser",
            Self::Analyst => "analyst",
            Self::Developer => "developer",
            Self::Visitor => "visitor",
            Self::Modeler => "modeler",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for AssignableOrganizationRole {
    fn from(value: String) -> Self {
        match value.as_str() {
            "admin" => Self::Admin,
            "operationsengineer" => Self::Operationsengineer,
            "taskuser" => Self::Taskuser,
            "analyst" => Self::Analyst,
            "developer" => Self::Developer,
            "visitor" => Self::Visitor,
            "modeler" => Self::Modeler,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for AssignableOrganizationRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for AssignableOrganizationRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AssignableOrganizationRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// A member of the organization, or a person with a pending invitation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Member {
    /// `name`
    pub name: String,
    /// `email`
    pub email: String,
    /// `roles`
    pub roles: Vec<OrganizationRole>,
    /// True while the person has not accepted the invitation yet.
    #[serde(rename = "invitePending")]
    pub invite_pending: bool,
}
/// The `UpdateMemberRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateMemberRequest {
    /// Roles the person should hold.
    #[serde(rename = "orgRoles")]
    pub org_roles: Vec<AssignableOrganizationRole>,
}
/// One entry of the organization's audit trail.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ActivityEvent {
    /// The service that recorded the event.
    pub service: String,
    /// `orgId`
    #[serde(rename = "orgId")]
    pub org_id: String,
    /// Description of what happened.
    pub audit: String,
    /// `auditType`
    #[serde(rename = "auditType")]
    pub audit_type: AuditType,
    /// Kind of object that was affected.
    pub entity: String,
    /// `entityId`
    #[serde(rename = "entityId")]
    pub entity_id: String,
    /// The attribute that changed, for updates.
    #[serde(
        rename = "entityAttribute",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub entity_attribute: Option<String>,
    /// `entityAttributeValueFrom`
    #[serde(
        rename = "entityAttributeValueFrom",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub entity_attribute_value_from: Option<String>,
    /// `entityAttributeValueTo`
    #[serde(
        rename = "entityAttributeValueTo",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub entity_attribute_value_to: Option<String>,
    /// `parentEntity`
    #[serde(rename = "parentEntity", default, skip_serializing_if = "Option::is_none")]
    pub parent_entity: Option<String>,
    /// `parentEntityId`
    #[serde(rename = "parentEntityId", default, skip_serializing_if = "Option::is_none")]
    pub parent_entity_id: Option<String>,
    /// Who performed the change.
    #[serde(rename = "userId")]
    pub user_id: String,
    /// When the event happened, as a numeric timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<f64>,
}
/// Kind of change: `c` create, `r` read, `u` update, `d` delete.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AuditType {
    /// `c`
    C,
    /// `r`
    R,
    /// `u`
    U,
    /// `d`
    D,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl AuditType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::C => "c",
            Self::R => "r",
            Self::U => "u",
            Self::D => "d",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for AuditType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "c" => Self::C,
            "r" => Self::R,
            "u" => Self::U,
            "d" => Self::D,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for AuditType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for AuditType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AuditType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
