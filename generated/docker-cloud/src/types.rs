//! Types of the API's request and response bodies.
#![allow(clippy::derivable_impls, clippy::large_enum_variant)]
/// Body of every error response: a single human-readable message.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Error_ {
    /// What went wrong, in English.
    pub error: String,
}
/// Paging information returned with every list. Follow `next` until it is null to read every page.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListMeta {
    /// Page size used for this response (25 unless `limit` was given).
    pub limit: i64,
    /// Path and query of the following page, or null on the last page.
    pub next: Option<String>,
    /// Index of the first object of this page within the whole result.
    pub offset: i64,
    /// Path and query of the preceding page, or null on the first page.
    pub previous: Option<String>,
    /// Number of objects matching the query across all pages.
    pub total_count: i64,
}
/// A label attached to nodes, node clusters and services; services are deployed only to nodes carrying all of their tags.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Tag {
    /// The tag text.
    pub name: String,
}
/// One environment variable given to containers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EnvVar {
    /// Variable name.
    pub key: String,
    /// Variable value.
    pub value: String,
}
/// When the agent restarts a container that exited.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Autorestart {
    /// `OFF`
    Off,
    /// `ON_FAILURE`
    OnFailure,
    /// `ALWAYS`
    Always,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl Autorestart {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "OFF",
            Self::OnFailure => "ON_FAILURE",
            Self::Always => "ALWAYS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for Autorestart {
    fn from(value: String) -> Self {
        match value.as_str() {
            "OFF" => Self::Off,
            "ON_FAILURE" => Self::OnFailure,
            "ALWAYS" => Self::Always,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for Autorestart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for Autorestart {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for Autorestart {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// When the agent terminates a container that exited.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Autodestroy {
    /// `OFF`
    Off,
    /// `ON_SUCCESS`
    OnSuccess,
    /// `ALWAYS`
    Always,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl Autodestroy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "OFF",
            Self::OnSuccess => "ON_SUCCESS",
            Self::Always => "ALWAYS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for Autodestroy {
    fn from(value: String) -> Self {
        match value.as_str() {
            "OFF" => Self::Off,
            "ON_SUCCESS" => Self::OnSuccess,
            "ALWAYS" => Self::Always,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for Autodestroy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for Autodestroy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for Autodestroy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// How containers are spread over eligible nodes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeploymentStrategy {
    /// `EMPTIEST_NODE`
    EmptiestNode,
    /// `HIGH_AVAILABILITY`
    HighAvailability,
    /// `EVERY_NODE`
    EveryNode,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl DeploymentStrategy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmptiestNode => "EMPTIEST_NODE",
            Self::HighAvailability => "HIGH_AVAILABILITY",
            Self::EveryNode => "EVERY_NODE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for DeploymentStrategy {
    fn from(value: String) -> Self {
        match value.as_str() {
            "EMPTIEST_NODE" => Self::EmptiestNode,
            "HIGH_AVAILABILITY" => Self::HighAvailability,
            "EVERY_NODE" => Self::EveryNode,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for DeploymentStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for DeploymentStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for DeploymentStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// Docker network mode of the containers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NetworkMode {
    /// `bridge`
    Bridge,
    /// `host`
    Host,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl NetworkMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bridge => "bridge",
            Self::Host => "host",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for NetworkMode {
    fn from(value: String) -> Self {
        match value.as_str() {
            "bridge" => Self::Bridge,
            "host" => Self::Host,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for NetworkMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for NetworkMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for NetworkMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// Docker PID namespace mode of the containers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PidMode {
    /// `none`
    None,
    /// `host`
    Host,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl PidMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Host => "host",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for PidMode {
    fn from(value: String) -> Self {
        match value.as_str() {
            "none" => Self::None,
            "host" => Self::Host,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for PidMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for PidMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PidMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// Transport protocol of a port.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PortProtocol {
    /// `tcp`
    Tcp,
    /// `udp`
    Udp,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl PortProtocol {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tcp => "tcp",
            Self::Udp => "udp",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for PortProtocol {
    fn from(value: String) -> Self {
        match value.as_str() {
            "tcp" => Self::Tcp,
            "udp" => Self::Udp,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for PortProtocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for PortProtocol {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PortProtocol {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// Progress of an action.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ActionState {
    /// `Pending`
    Pending,
    /// `In progress`
    InProgress,
    /// `Canceling`
    Canceling,
    /// `Canceled`
    Canceled,
    /// `Success`
    Success,
    /// `Failed`
    Failed,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ActionState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "Pending",
            Self::InProgress => "In progress",
            Self::Canceling => "Canceling",
            Self::Canceled => "Canceled",
            Self::Success => "Success",
            Self::Failed => "Failed",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ActionState {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Pending" => Self::Pending,
            "In progress" => Self::InProgress,
            "Canceling" => Self::Canceling,
            "Canceled" => Self::Canceled,
            "Success" => Self::Success,
            "Failed" => Self::Failed,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ActionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ActionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ActionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// An audit record of one API call. Asynchronous operations are followed by polling their action.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Action {
    /// Identifier of the action.
    ///
    /// Set by the server; ignored in requests.
    pub uuid: String,
    /// Path of this action.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: String,
    /// Resource URI of the object the call acted on.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Short human label of the operation.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// HTTP method of the recorded call.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// HTTP path of the recorded call.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Account that made the call.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// User-Agent header of the recorded call.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
    /// When the action began.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// When the action finished; null while it is still running.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    /// `state`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ActionState>,
    /// Address the call came from.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// Approximate place of that address.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Request body of the recorded call, as a JSON document encoded in a string.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Log output collected while the action ran; often empty.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logs: Option<String>,
    /// Whether a user (rather than the platform) started the action.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_user_action: Option<bool>,
    /// Whether `cancelAction` is currently allowed.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_be_canceled: Option<bool>,
    /// Whether `retryAction` is currently allowed.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_be_retried: Option<bool>,
}
/// A cloud provider on which node clusters can be launched.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Provider {
    /// Path of this provider.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: String,
    /// Short identifier, used in URLs.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Display name.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Resource URIs of the provider's regions.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regions: Option<Vec<String>>,
    /// Whether new nodes can currently be launched here.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available: Option<bool>,
}
/// A data-centre region of a provider.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Region {
    /// Path of this region.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: String,
    /// Short identifier, unique within the provider.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Display name.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Resource URIs of node types offered in the region.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_types: Option<Vec<String>>,
    /// Resource URIs of the region's availability zones; empty for providers without zones.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability_zones: Option<Vec<String>>,
    /// Resource URI of the provider.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Whether new nodes can currently be launched here.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available: Option<bool>,
}
/// An availability zone inside a region (only AWS has them).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AvailabilityZone {
    /// Path of this zone.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: String,
    /// Zone identifier.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Resource URI of the region.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Whether new nodes can currently be launched here.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available: Option<bool>,
}
/// A machine size offered by a provider.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NodeType {
    /// Path of this node type.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: String,
    /// Short identifier, unique within the provider.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Display name.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Resource URIs of regions offering this size.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regions: Option<Vec<String>>,
    /// Resource URIs of zones offering this size.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability_zones: Option<Vec<String>>,
    /// Resource URI of the provider.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Whether new nodes of this size can currently be launched.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available: Option<bool>,
}
/// AWS VPC placement of the cluster's nodes.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VpcOptions {
    /// VPC identifier.
    pub id: String,
    /// Subnet identifiers to launch nodes in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnets: Option<Vec<String>>,
    /// Security group identifiers to attach.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_groups: Option<Vec<String>>,
}
/// AWS IAM settings of the cluster's nodes.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IamOptions {
    /// Instance profile attached to each node.
    pub instance_profile_name: String,
}
/// Provider-specific launch settings; only AWS understands them.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ProviderOptions {
    /// `vpc`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc: Option<VpcOptions>,
    /// `iam`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iam: Option<IamOptions>,
}
/// Lifecycle state of a node cluster.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NodeClusterState {
    /// `Init`
    Init,
    /// `Deploying`
    Deploying,
    /// `Deployed`
    Deployed,
    /// `Partly deployed`
    PartlyDeployed,
    /// `Scaling`
    Scaling,
    /// `Terminating`
    Terminating,
    /// `Terminated`
    Terminated,
    /// `Empty cluster`
    EmptyCluster,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl NodeClusterState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Init => "Init",
            Self::Deploying => "Deploying",
            Self::Deployed => "Deployed",
            Self::PartlyDeployed => "Partly deployed",
            Self::Scaling => "Scaling",
            Self::Terminating => "Terminating",
            Self::Terminated => "Terminated",
            Self::EmptyCluster => "Empty cluster",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for NodeClusterState {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Init" => Self::Init,
            "Deploying" => Self::Deploying,
            "Deployed" => Self::Deployed,
            "Partly deployed" => Self::PartlyDeployed,
            "Scaling" => Self::Scaling,
            "Terminating" => Self::Terminating,
            "Terminated" => Self::Terminated,
            "Empty cluster" => Self::EmptyCluster,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for NodeClusterState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for NodeClusterState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for NodeClusterState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// A group of nodes of one type in one region, sharing a private network.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NodeCluster {
    /// Identifier of the cluster.
    ///
    /// Set by the server; ignored in requests.
    pub uuid: String,
    /// Path of this cluster.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: String,
    /// Cluster name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Display name; defaults to `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// `state`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<NodeClusterState>,
    /// Resource URI of the node type of every node.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_type: Option<String>,
    /// Resource URI of the region the nodes run in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Disk size of each node in GB, for images and containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk: Option<i64>,
    /// Resource URIs of the member nodes.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nodes: Option<Vec<String>>,
    /// Desired number of nodes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_num_nodes: Option<i64>,
    /// Number of nodes currently in the cluster.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_num_nodes: Option<i64>,
    /// When the cluster was deployed.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployed_datetime: Option<String>,
    /// When the cluster was terminated.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destroyed_datetime: Option<String>,
    /// Tags applied to every node of the cluster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// `provider_options`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_options: Option<ProviderOptions>,
}
/// Definition of a new node cluster. It is created in state `Init`; call `deployNodeCluster` to launch it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NodeClusterCreate {
    /// Cluster name.
    pub name: String,
    /// Resource URI of the node type.
    pub node_type: String,
    /// Resource URI of the region.
    pub region: String,
    /// Disk size per node in GB (default 60). DigitalOcean ignores it; SoftLayer accepts only its fixed sizes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk: Option<i64>,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// Number of nodes to launch (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_num_nodes: Option<i64>,
    /// Tags for every node (default none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// `provider_options`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_options: Option<ProviderOptions>,
}
/// Changes applied to a node cluster right away.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct NodeClusterUpdate {
    /// New desired size; the cluster scales to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_num_nodes: Option<i64>,
    /// Replacement list of tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}
/// Lifecycle state of a node.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NodeState {
    /// `Deploying`
    Deploying,
    /// `Deployed`
    Deployed,
    /// `Unreachable`
    Unreachable,
    /// `Upgrading`
    Upgrading,
    /// `Terminating`
    Terminating,
    /// `Terminated`
    Terminated,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl NodeState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Deploying => "Deploying",
            Self::Deployed => "Deployed",
            Self::Unreachable => "Unreachable",
            Self::Upgrading => "Upgrading",
            Self::Terminating => "Terminating",
            Self::Terminated => "Terminated",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for NodeState {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Deploying" => Self::Deploying,
            "Deployed" => Self::Deployed,
            "Unreachable" => Self::Unreachable,
            "Upgrading" => Self::Upgrading,
            "Terminating" => Self::Terminating,
            "Terminated" => Self::Terminated,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for NodeState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for NodeState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for NodeState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// A private network address of a node.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PrivateIp {
    /// Interface name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Address with prefix length.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cidr: Option<String>,
}
/// A host running the Docker Cloud agent, launched by a node cluster or brought by the user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Node {
    /// Identifier of the node.
    ///
    /// Set by the server; ignored in requests.
    pub uuid: String,
    /// Path of this node.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: String,
    /// Generated DNS name of the node.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_fqdn: Option<String>,
    /// Display name; defaults to `external_fqdn`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// `state`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<NodeState>,
    /// Resource URI of the owning cluster, if any.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_cluster: Option<String>,
    /// Resource URI of the node type.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_type: Option<String>,
    /// Resource URI of the region.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Resource URI of the availability zone, where the provider has them.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability_zone: Option<String>,
    /// Docker execution driver.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docker_execdriver: Option<String>,
    /// Docker storage driver.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docker_graphdriver: Option<String>,
    /// Version of the Docker daemon.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docker_version: Option<String>,
    /// Number of CPUs.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<i64>,
    /// Disk size in GB.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk: Option<i64>,
    /// Memory in MB.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i64>,
    /// Containers currently placed on the node.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_num_containers: Option<i64>,
    /// Last time the agent reported in.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<String>,
    /// Public address.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip: Option<String>,
    /// Private network addresses.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ips: Option<Vec<PrivateIp>>,
    /// Reverse-tunnel URL used when the Docker port is not reachable directly.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tunnel: Option<String>,
    /// When the node was deployed.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployed_datetime: Option<String>,
    /// When the node was terminated.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destroyed_datetime: Option<String>,
    /// Tags of the node.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}
/// Changes to a node.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct NodeUpdate {
    /// New display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// Replacement list of tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}
/// Who set a node tag.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NodeTagOrigin {
    /// `user`
    User,
    /// `tutum`
    Tutum,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl NodeTagOrigin {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Tutum => "tutum",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for NodeTagOrigin {
    fn from(value: String) -> Self {
        match value.as_str() {
            "user" => Self::User,
            "tutum" => Self::Tutum,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for NodeTagOrigin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for NodeTagOrigin {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for NodeTagOrigin {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// A tag in use on at least one node.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NodeTag {
    /// The tag text; system tags look like `byon=false`.
    ///
    /// Set by the server; ignored in requests.
    pub name: String,
    /// `origin`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<NodeTagOrigin>,
}
/// A Docker registry known to Docker Cloud.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Registry {
    /// Path of this registry.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: String,
    /// Display name.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Host name of the registry.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// Whether the registry is served over TLS.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_ssl: Option<bool>,
    /// Port of the registry, when known.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i64>,
    /// Whether Docker runs this registry.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_docker_registry: Option<bool>,
    /// Legacy Tutum field: whether Tutum ran this registry.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_tutum_registry: Option<bool>,
    /// Legacy Tutum field: path of the registry's icon.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<String>,
}
/// A repository on a third-party registry that Docker Cloud may pull from.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Repository {
    /// Path of this repository.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: String,
    /// Full repository name including the registry host.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether a service uses the repository.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_use: Option<bool>,
    /// Resource URI of the registry holding it.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registry: Option<String>,
}
/// Registration of an external repository with the credentials to pull it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RepositoryCreate {
    /// Full repository name including the registry host.
    pub name: String,
    /// Registry user name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Registry password.
    ///
    /// Only sent in requests; never returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}
/// New credentials for an external repository.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RepositoryUpdate {
    /// Registry user name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Registry password.
    ///
    /// Only sent in requests; never returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}
/// Lifecycle state of a stack. Note the capital R in `Not Running`, unlike services.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StackState {
    /// `Not Running`
    NotRunning,
    /// `Starting`
    Starting,
    /// `Running`
    Running,
    /// `Partly running`
    PartlyRunning,
    /// `Stopping`
    Stopping,
    /// `Stopped`
    Stopped,
    /// `Redeploying`
    Redeploying,
    /// `Terminating`
    Terminating,
    /// `Terminated`
    Terminated,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl StackState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotRunning => "Not Running",
            Self::Starting => "Starting",
            Self::Running => "Running",
            Self::PartlyRunning => "Partly running",
            Self::Stopping => "Stopping",
            Self::Stopped => "Stopped",
            Self::Redeploying => "Redeploying",
            Self::Terminating => "Terminating",
            Self::Terminated => "Terminated",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for StackState {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Not Running" => Self::NotRunning,
            "Starting" => Self::Starting,
            "Running" => Self::Running,
            "Partly running" => Self::PartlyRunning,
            "Stopping" => Self::Stopping,
            "Stopped" => Self::Stopped,
            "Redeploying" => Self::Redeploying,
            "Terminating" => Self::Terminating,
            "Terminated" => Self::Terminated,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for StackState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for StackState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for StackState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// A named group of services managed together.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Stack {
    /// Identifier of the stack.
    ///
    /// Set by the server; ignored in requests.
    pub uuid: String,
    /// Path of this stack.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: String,
    /// Stack name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Display name; defaults to `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// `state`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<StackState>,
    /// Whether the services match the stack definition.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub synchronized: Option<bool>,
    /// Resource URIs of the member services.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<String>>,
    /// When the stack was deployed.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployed_datetime: Option<String>,
    /// When the stack was terminated.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destroyed_datetime: Option<String>,
}
/// The stack rendered as a stackfile: one entry per service name, holding that service's definition.
pub type StackExport = std::collections::BTreeMap<
    String,
    std::collections::BTreeMap<String, serde_json::Value>,
>;
/// Lifecycle state of a service.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ServiceState {
    /// `Not running`
    NotRunning,
    /// `Starting`
    Starting,
    /// `Running`
    Running,
    /// `Partly running`
    PartlyRunning,
    /// `Scaling`
    Scaling,
    /// `Redeploying`
    Redeploying,
    /// `Stopping`
    Stopping,
    /// `Stopped`
    Stopped,
    /// `Terminating`
    Terminating,
    /// `Terminated`
    Terminated,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ServiceState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotRunning => "Not running",
            Self::Starting => "Starting",
            Self::Running => "Running",
            Self::PartlyRunning => "Partly running",
            Self::Scaling => "Scaling",
            Self::Redeploying => "Redeploying",
            Self::Stopping => "Stopping",
            Self::Stopped => "Stopped",
            Self::Terminating => "Terminating",
            Self::Terminated => "Terminated",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ServiceState {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Not running" => Self::NotRunning,
            "Starting" => Self::Starting,
            "Running" => Self::Running,
            "Partly running" => Self::PartlyRunning,
            "Scaling" => Self::Scaling,
            "Redeploying" => Self::Redeploying,
            "Stopping" => Self::Stopping,
            "Stopped" => Self::Stopped,
            "Terminating" => Self::Terminating,
            "Terminated" => Self::Terminated,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ServiceState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ServiceState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ServiceState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// A container port of a service, as reported.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ServicePort {
    /// `protocol`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<PortProtocol>,
    /// Port inside the container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inner_port: Option<i64>,
    /// Port on the node; null when none was chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outer_port: Option<i64>,
    /// Well-known name of the port.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port_name: Option<String>,
    /// Public URL of the port once published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint_uri: Option<String>,
    /// Whether the port is exposed on the node; unpublished ports are reachable only through links.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<bool>,
}
/// A container port in a service definition.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ServicePortSpec {
    /// `protocol`
    pub protocol: PortProtocol,
    /// Port inside the container.
    pub inner_port: i64,
    /// Port on the node; leave out for a dynamic one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outer_port: Option<i64>,
    /// Expose the port on the node (default false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<bool>,
}
/// A link between two services, as reported.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ServiceLink {
    /// Alias used for the link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Resource URI of the linking service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_service: Option<String>,
    /// Resource URI of the linked service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_service: Option<String>,
}
/// A link to another service in a service definition.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ServiceLinkSpec {
    /// Resource URI of the target service; inside a stack body the name of a sibling service also works.
    pub to_service: String,
    /// Alias for the link; defaults to the target's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
/// A volume of a service, as reported.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ServiceBinding {
    /// Directory on the node, for a bind mount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_path: Option<String>,
    /// Mount point inside the container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_path: Option<String>,
    /// Whether the volume is writable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rewritable: Option<bool>,
    /// Resource URI of a service whose volumes are mounted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volumes_from: Option<String>,
}
/// A volume in a service definition: give `container_path`, `volumes_from`, or both.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ServiceBindingSpec {
    /// Directory on the node to bind-mount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_path: Option<String>,
    /// Mount point inside the container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_path: Option<String>,
    /// Whether the volume is writable (default true).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rewritable: Option<bool>,
    /// Resource URI of a service whose volumes to mount; inside a stack body a sibling's name also works.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volumes_from: Option<String>,
}
/// A template from which identical containers are deployed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Service {
    /// Identifier of the service.
    ///
    /// Set by the server; ignored in requests.
    pub uuid: String,
    /// Path of this service.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: String,
    /// Service name, used in DNS names and link variable prefixes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// Legacy Tutum field: resource URI of the image tag.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_tag: Option<String>,
    /// `state`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ServiceState>,
    /// Resource URI of the owning stack, if any.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stack: Option<String>,
    /// Resource URIs of the service's containers.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub containers: Option<Vec<String>>,
    /// Desired number of containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_num_containers: Option<i64>,
    /// Containers that exist now.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_num_containers: Option<i64>,
    /// Containers that are running.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running_num_containers: Option<i64>,
    /// Containers that are stopped.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped_num_containers: Option<i64>,
    /// Ports of the containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_ports: Option<Vec<ServicePort>>,
    /// Links from this service to others.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linked_to_service: Option<Vec<ServiceLink>>,
    /// Links from other services to this one.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linked_from_service: Option<Vec<ServiceLink>>,
    /// Volumes of the containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bindings: Option<Vec<ServiceBinding>>,
    /// Redeploy automatically when the image is pushed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autoredeploy: Option<bool>,
    /// `deployment_strategy`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_strategy: Option<DeploymentStrategy>,
    /// Start containers one after another rather than together.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sequential_deployment: Option<bool>,
    /// Environment variables set by the user; they override the image's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_envvars: Option<Vec<EnvVar>>,
    /// Docker labels of the containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// API roles; `global` gives containers a `DOCKERCLOUD_AUTH` credential.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<String>>,
    /// Deployment tags: containers go only to nodes carrying all of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// `autorestart`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autorestart: Option<Autorestart>,
    /// `autodestroy`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autodestroy: Option<Autodestroy>,
    /// Entrypoint override.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entrypoint: Option<String>,
    /// Command override.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_command: Option<String>,
    /// Working directory (default `/`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_dir: Option<String>,
    /// User the process runs as (default `root`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Host name inside the containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// Domain name inside the containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domainname: Option<String>,
    /// MAC address of the containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac_address: Option<String>,
    /// Parent cgroup of the containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cgroup_parent: Option<String>,
    /// Relative CPU weight.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_shares: Option<i64>,
    /// CPUs the containers may use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpuset: Option<String>,
    /// Memory limit in MB.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i64>,
    /// Memory plus swap limit in MB.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_swap: Option<i64>,
    /// Run the containers in privileged mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    /// Mount the root file system read-only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// Allocate a terminal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tty: Option<bool>,
    /// Keep standard input open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stdin_open: Option<bool>,
    /// `net`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net: Option<NetworkMode>,
    /// `pid`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid: Option<PidMode>,
    /// DNS servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns: Option<Vec<String>>,
    /// DNS search domains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_search: Option<Vec<String>>,
    /// Linux capabilities added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap_add: Option<Vec<String>>,
    /// Linux capabilities dropped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap_drop: Option<Vec<String>>,
    /// Host devices exposed to the containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<String>>,
    /// Extra `/etc/hosts` entries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_hosts: Option<Vec<String>>,
    /// Security options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_opt: Option<Vec<String>>,
    /// Environment variables a container linking to this one receives.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_variables: Option<std::collections::BTreeMap<String, String>>,
    /// Image reference the containers run.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_name: Option<String>,
    /// Generated DNS name.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_dns: Option<String>,
    /// Whether the running containers match the current definition.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub synchronized: Option<bool>,
    /// When it was deployed.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployed_datetime: Option<String>,
    /// When it was last started.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_datetime: Option<String>,
    /// When it was last stopped.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped_datetime: Option<String>,
    /// When it was terminated.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destroyed_datetime: Option<String>,
}
/// Definition of a new service. It is created in state `Not running`; call `startService` to deploy it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ServiceCreate {
    /// Image to run, `[registry/]owner/name[:tag]`.
    pub image: String,
    /// Service name; defaults to the image name without its owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// Number of containers (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_num_containers: Option<i64>,
    /// Command override.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_command: Option<String>,
    /// Entrypoint override.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entrypoint: Option<String>,
    /// Ports to expose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_ports: Option<Vec<ServicePortSpec>>,
    /// Environment variables.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_envvars: Option<Vec<EnvVar>>,
    /// Links to other services.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linked_to_service: Option<Vec<ServiceLinkSpec>>,
    /// Volumes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bindings: Option<Vec<ServiceBindingSpec>>,
    /// `autorestart`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autorestart: Option<Autorestart>,
    /// `autodestroy`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autodestroy: Option<Autodestroy>,
    /// Start containers one after another (default false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sequential_deployment: Option<bool>,
    /// API roles; `global` is the only one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<String>>,
    /// Run in privileged mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    /// `deployment_strategy`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_strategy: Option<DeploymentStrategy>,
    /// Deployment tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// Redeploy when the image is pushed (default false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autoredeploy: Option<bool>,
    /// `net`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net: Option<NetworkMode>,
    /// `pid`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid: Option<PidMode>,
    /// Working directory (default `/`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_dir: Option<String>,
}
/// Changes to a service definition. Running containers keep the old definition until the service is redeployed; `deployment_strategy` cannot be switched to or from `EVERY_NODE`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ServiceUpdate {
    /// `autorestart`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autorestart: Option<Autorestart>,
    /// `autodestroy`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autodestroy: Option<Autodestroy>,
    /// Replacement environment variables.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_envvars: Option<Vec<EnvVar>>,
    /// Replacement ports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_ports: Option<Vec<ServicePortSpec>>,
    /// Relative CPU weight.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_shares: Option<i64>,
    /// Entrypoint override.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entrypoint: Option<String>,
    /// New image; the tag defaults to `latest`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Replacement links.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linked_to_service: Option<Vec<ServiceLinkSpec>>,
    /// Memory limit in MB.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i64>,
    /// Run in privileged mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    /// API roles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<String>>,
    /// Command override.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_command: Option<String>,
    /// Start containers one after another.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sequential_deployment: Option<bool>,
    /// Replacement deployment tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// Desired number of containers; `scaleService` applies it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_num_containers: Option<i64>,
    /// `deployment_strategy`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_strategy: Option<DeploymentStrategy>,
    /// Redeploy when the image is pushed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autoredeploy: Option<bool>,
    /// `net`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net: Option<NetworkMode>,
    /// `pid`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid: Option<PidMode>,
    /// Working directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_dir: Option<String>,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
}
/// Definition of a new stack. It is created without starting its services.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StackCreate {
    /// Stack name.
    pub name: String,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// Services of the stack (default none). Links and `volumes_from` may name sibling services instead of giving URIs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<ServiceCreate>>,
}
/// New definition of one service of a stack, matched by name.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct StackServiceUpdate {
    /// Name of the service in the stack the entry applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `autorestart`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autorestart: Option<Autorestart>,
    /// `autodestroy`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autodestroy: Option<Autodestroy>,
    /// Replacement environment variables.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_envvars: Option<Vec<EnvVar>>,
    /// Replacement ports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_ports: Option<Vec<ServicePortSpec>>,
    /// Relative CPU weight.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_shares: Option<i64>,
    /// Entrypoint override.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entrypoint: Option<String>,
    /// New image; the tag defaults to `latest`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Replacement links.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linked_to_service: Option<Vec<ServiceLinkSpec>>,
    /// Memory limit in MB.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i64>,
    /// Run in privileged mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    /// API roles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<String>>,
    /// Command override.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_command: Option<String>,
    /// Start containers one after another.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sequential_deployment: Option<bool>,
    /// Replacement deployment tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// Desired number of containers; `scaleService` applies it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_num_containers: Option<i64>,
    /// `deployment_strategy`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_strategy: Option<DeploymentStrategy>,
    /// Redeploy when the image is pushed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autoredeploy: Option<bool>,
    /// `net`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net: Option<NetworkMode>,
    /// `pid`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid: Option<PidMode>,
    /// Working directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_dir: Option<String>,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
}
/// Changes to a stack: every listed service is updated. Links and `volumes_from` may name sibling services.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct StackUpdate {
    /// Services to update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<StackServiceUpdate>>,
}
/// What calling a trigger does to its service.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TriggerOperation {
    /// `REDEPLOY`
    Redeploy,
    /// `SCALEUP`
    Scaleup,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl TriggerOperation {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Redeploy => "REDEPLOY",
            Self::Scaleup => "SCALEUP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for TriggerOperation {
    fn from(value: String) -> Self {
        match value.as_str() {
            "REDEPLOY" => Self::Redeploy,
            "SCALEUP" => Self::Scaleup,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for TriggerOperation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for TriggerOperation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for TriggerOperation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// A secret URL that redeploys or scales up a service when called, without authentication.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Trigger {
    /// Identifier of the trigger.
    ///
    /// Set by the server; ignored in requests.
    pub uuid: String,
    /// Path of this trigger.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: String,
    /// Trigger name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `operation`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<TriggerOperation>,
    /// Path to POST to in order to fire the trigger.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
/// Definition of a new trigger.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TriggerCreate {
    /// Trigger name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `operation`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<TriggerOperation>,
}
/// One page of triggers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TriggerList {
    /// `meta`
    pub meta: ListMeta,
    /// The triggers on this page.
    pub objects: Vec<Trigger>,
}
/// Lifecycle state of a container.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContainerState {
    /// `Starting`
    Starting,
    /// `Running`
    Running,
    /// `Stopping`
    Stopping,
    /// `Stopped`
    Stopped,
    /// `Terminating`
    Terminating,
    /// `Terminated`
    Terminated,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ContainerState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Starting => "Starting",
            Self::Running => "Running",
            Self::Stopping => "Stopping",
            Self::Stopped => "Stopped",
            Self::Terminating => "Terminating",
            Self::Terminated => "Terminated",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ContainerState {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Starting" => Self::Starting,
            "Running" => Self::Running,
            "Stopping" => Self::Stopping,
            "Stopped" => Self::Stopped,
            "Terminating" => Self::Terminating,
            "Terminated" => Self::Terminated,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ContainerState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ContainerState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ContainerState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// A port of a container.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ContainerPort {
    /// `protocol`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<PortProtocol>,
    /// Port inside the container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inner_port: Option<i64>,
    /// Port on the node, when bound.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outer_port: Option<i64>,
    /// Well-known name of the port.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port_name: Option<String>,
    /// URL scheme used in `endpoint_uri`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri_protocol: Option<String>,
    /// Public URL of the port once published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint_uri: Option<String>,
    /// Whether the port is exposed on the node.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<bool>,
}
/// A volume of a container.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ContainerBinding {
    /// Directory on the node, for a bind mount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_path: Option<String>,
    /// Mount point inside the container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_path: Option<String>,
    /// Whether the volume is writable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rewritable: Option<bool>,
    /// Resource URI of the volume.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume: Option<String>,
}
/// A link from one container to another.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ContainerLink {
    /// Alias of the link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Resource URI of the linking container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_container: Option<String>,
    /// Resource URI of the linked container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_container: Option<String>,
    /// Addresses of the target keyed by `<port>/<protocol>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoints: Option<std::collections::BTreeMap<String, String>>,
}
/// One running instance of a service. Containers are created only through services.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Container {
    /// Identifier of the container.
    ///
    /// Set by the server; ignored in requests.
    pub uuid: String,
    /// Path of this container.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: String,
    /// Service name plus an index.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `state`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ContainerState>,
    /// Resource URI of the node it runs on.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node: Option<String>,
    /// Resource URI of its service.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// Docker's identifier of the container.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docker_id: Option<String>,
    /// Legacy Tutum field: resource URI of the image tag.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_tag: Option<String>,
    /// Legacy Tutum field: resource URI of the top image layer.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layer: Option<String>,
    /// Exit status of the last run, if it exited.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i64>,
    /// Explanation of `exit_code`.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_code_msg: Option<String>,
    /// Address on the overlay network.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ip: Option<String>,
    /// Ports of the container.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_ports: Option<Vec<ContainerPort>>,
    /// Volumes of the container.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bindings: Option<Vec<ContainerBinding>>,
    /// Links to other containers.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linked_to_container: Option<Vec<ContainerLink>>,
    /// Environment variables set by the user; they override the image's.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_envvars: Option<Vec<EnvVar>>,
    /// Docker labels of the containers.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// API roles; `global` gives containers a `DOCKERCLOUD_AUTH` credential.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<String>>,
    /// `autorestart`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autorestart: Option<Autorestart>,
    /// `autodestroy`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autodestroy: Option<Autodestroy>,
    /// Entrypoint override.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entrypoint: Option<String>,
    /// Command override.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_command: Option<String>,
    /// Working directory (default `/`).
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_dir: Option<String>,
    /// User the process runs as (default `root`).
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Host name inside the containers.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// Domain name inside the containers.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domainname: Option<String>,
    /// MAC address of the containers.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac_address: Option<String>,
    /// Parent cgroup of the containers.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cgroup_parent: Option<String>,
    /// Relative CPU weight.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_shares: Option<i64>,
    /// CPUs the containers may use.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpuset: Option<String>,
    /// Memory limit in MB.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i64>,
    /// Memory plus swap limit in MB.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_swap: Option<i64>,
    /// Run the containers in privileged mode.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    /// Mount the root file system read-only.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// Allocate a terminal.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tty: Option<bool>,
    /// Keep standard input open.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stdin_open: Option<bool>,
    /// `net`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net: Option<NetworkMode>,
    /// `pid`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid: Option<PidMode>,
    /// DNS servers.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns: Option<Vec<String>>,
    /// DNS search domains.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_search: Option<Vec<String>>,
    /// Linux capabilities added.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap_add: Option<Vec<String>>,
    /// Linux capabilities dropped.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap_drop: Option<Vec<String>>,
    /// Host devices exposed to the containers.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<String>>,
    /// Extra `/etc/hosts` entries.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_hosts: Option<Vec<String>>,
    /// Security options.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_opt: Option<Vec<String>>,
    /// Environment variables a container linking to this one receives.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_variables: Option<std::collections::BTreeMap<String, String>>,
    /// Image reference the containers run.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_name: Option<String>,
    /// Generated DNS name.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_dns: Option<String>,
    /// Whether the running containers match the current definition.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub synchronized: Option<bool>,
    /// When it was deployed.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployed_datetime: Option<String>,
    /// When it was last started.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_datetime: Option<String>,
    /// When it was last stopped.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped_datetime: Option<String>,
    /// When it was terminated.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destroyed_datetime: Option<String>,
}
/// A Docker swarm-mode cluster managed by Docker Cloud (beta feature).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Swarm {
    /// Identifier of the swarm, used in URLs.
    ///
    /// Set by the server; ignored in requests.
    pub swarm_id: String,
    /// Path of this swarm.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: String,
    /// Swarm name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// Owning user or organisation.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Lifecycle state.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Docker API version of the swarm.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Public address of the swarm managers.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_endpoint: Option<String>,
    /// Internal address of the swarm managers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_endpoint: Option<String>,
    /// Client identifier for connecting to the swarm.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Client secret for connecting to the swarm.
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
}
/// Definition of a new swarm; provider and region come from the URL.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SwarmCreate {
    /// Swarm name.
    pub name: String,
    /// Number of manager nodes.
    pub number_of_managers: i64,
    /// Number of worker nodes.
    pub number_of_workers: i64,
    /// Machine size of the managers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager_instance_type: Option<String>,
    /// Machine size of the workers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worker_instance_type: Option<String>,
    /// Public SSH key installed on the nodes.
    pub ssh_key: String,
}
/// Changes to a swarm.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SwarmUpdate {
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// Internal address of the swarm managers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_endpoint: Option<String>,
}
/// Kind of object an event is about; `error` reports a stream problem and `auth` acknowledges the handshake.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventType {
    /// `stack`
    Stack,
    /// `service`
    Service,
    /// `container`
    Container,
    /// `nodecluster`
    Nodecluster,
    /// `node`
    Node,
    /// `action`
    Action,
    /// `error`
    Error_,
    /// `auth`
    Auth,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl EventType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stack => "stack",
            Self::Service => "service",
            Self::Container => "container",
            Self::Nodecluster => "nodecluster",
            Self::Node => "node",
            Self::Action => "action",
            Self::Error_ => "error",
            Self::Auth => "auth",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for EventType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "stack" => Self::Stack,
            "service" => Self::Service,
            "container" => Self::Container,
            "nodecluster" => Self::Nodecluster,
            "node" => Self::Node,
            "action" => Self::Action,
            "error" => Self::Error_,
            "auth" => Self::Auth,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for EventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for EventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for EventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// What happened to the object.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventAction {
    /// `create`
    Create,
    /// `update`
    Update,
    /// `delete`
    Delete,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl EventAction {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Create => "create",
            Self::Update => "update",
            Self::Delete => "delete",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for EventAction {
    fn from(value: String) -> Self {
        match value.as_str() {
            "create" => Self::Create,
            "update" => Self::Update,
            "delete" => Self::Delete,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for EventAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for EventAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for EventAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// Extra payload of an event; on `error` events it carries the message.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EventData {
    /// Error code, e.g. `UNAUTHORIZED` when authentication failed.
    #[serde(rename = "errorMessage", default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
}
/// A change notification from the event stream. Fetch `resource_uri` for the object's details.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Event {
    /// `type`
    #[serde(rename = "type")]
    pub type_: EventType,
    /// `action`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<EventAction>,
    /// Resource URIs of the objects this one belongs to (e.g. a container's service, stack, node and cluster).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parents: Option<Vec<String>>,
    /// Resource URI of the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
    /// New state of the object, using that object's own state names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Identifier of the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// When the event happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datetime: Option<String>,
    /// `data`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<EventData>,
}
/// Output stream a log line came from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LogStream {
    /// `stdout`
    Stdout,
    /// `stderr`
    Stderr,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl LogStream {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stdout => "stdout",
            Self::Stderr => "stderr",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for LogStream {
    fn from(value: String) -> Self {
        match value.as_str() {
            "stdout" => Self::Stdout,
            "stderr" => Self::Stderr,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for LogStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for LogStream {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for LogStream {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// One line of log output.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LogLine {
    /// Message kind; `log` for log lines.
    #[serde(rename = "type")]
    pub type_: String,
    /// The text of the line.
    pub log: String,
    /// When the line was written, in Unix seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
    /// `streamType`
    #[serde(rename = "streamType", default, skip_serializing_if = "Option::is_none")]
    pub stream_type: Option<LogStream>,
    /// Name of the container that wrote it (service logs only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}
/// A frame of output from an interactive command; `output` equal to `EOF` marks the end.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ExecOutput {
    /// Message kind.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Text written by the command.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    /// `streamType`
    #[serde(rename = "streamType", default, skip_serializing_if = "Option::is_none")]
    pub stream_type: Option<LogStream>,
}
/// Text sent to the command's standard input, one text frame at a time.
pub type ExecInput = String;
/// A message from a node's event stream.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct NodeEvent {
    /// Message kind.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Text of the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log: Option<String>,
}
/// One page of actions.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ActionList {
    /// `meta`
    pub meta: ListMeta,
    /// The actions on this page.
    pub objects: Vec<Action>,
}
/// One page of providers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProviderList {
    /// `meta`
    pub meta: ListMeta,
    /// The providers on this page.
    pub objects: Vec<Provider>,
}
/// One page of regions.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RegionList {
    /// `meta`
    pub meta: ListMeta,
    /// The regions on this page.
    pub objects: Vec<Region>,
}
/// One page of availability zones.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AvailabilityZoneList {
    /// `meta`
    pub meta: ListMeta,
    /// The availability zones on this page.
    pub objects: Vec<AvailabilityZone>,
}
/// One page of node types.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NodeTypeList {
    /// `meta`
    pub meta: ListMeta,
    /// The node types on this page.
    pub objects: Vec<NodeType>,
}
/// One page of node clusters.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NodeClusterList {
    /// `meta`
    pub meta: ListMeta,
    /// The node clusters on this page.
    pub objects: Vec<NodeCluster>,
}
/// One page of nodes.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NodeList {
    /// `meta`
    pub meta: ListMeta,
    /// The nodes on this page.
    pub objects: Vec<Node>,
}
/// One page of node tags.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NodeTagList {
    /// `meta`
    pub meta: ListMeta,
    /// The node tags on this page.
    pub objects: Vec<NodeTag>,
}
/// One page of registries.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RegistryList {
    /// `meta`
    pub meta: ListMeta,
    /// The registries on this page.
    pub objects: Vec<Registry>,
}
/// One page of repositories.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RepositoryList {
    /// `meta`
    pub meta: ListMeta,
    /// The repositories on this page.
    pub objects: Vec<Repository>,
}
/// One page of stacks.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StackList {
    /// `meta`
    pub meta: ListMeta,
    /// The stacks on this page.
    pub objects: Vec<Stack>,
}
/// One page of services.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ServiceList {
    /// `meta`
    pub meta: ListMeta,
    /// The services on this page.
    pub objects: Vec<Service>,
}
/// One page of containers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContainerList {
    /// `meta`
    pub meta: ListMeta,
    /// The containers on this page.
    pub objects: Vec<Container>,
}
/// One page of swarms.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SwarmList {
    /// `meta`
    pub meta: ListMeta,
    /// The swarms on this page.
    pub objects: Vec<Swarm>,
}
/// What a successful `terminateNodeCluster` returns, by status.
#[derive(Debug, Clone, PartialEq)]
pub enum TerminateNodeClusterResponse {
    /// Status 202.
    Status202(NodeCluster),
    /// Status 204.
    Status204(()),
}
/// What a successful `terminateNode` returns, by status.
#[derive(Debug, Clone, PartialEq)]
pub enum TerminateNodeResponse {
    /// Status 202.
    Status202(Node),
    /// Status 204.
    Status204(()),
}
/// What a successful `terminateStack` returns, by status.
#[derive(Debug, Clone, PartialEq)]
pub enum TerminateStackResponse {
    /// Status 202.
    Status202(Stack),
    /// Status 204.
    Status204(()),
}
/// What a successful `terminateService` returns, by status.
#[derive(Debug, Clone, PartialEq)]
pub enum TerminateServiceResponse {
    /// Status 202.
    Status202(Service),
    /// Status 204.
    Status204(()),
}
/// What a successful `terminateContainer` returns, by status.
#[derive(Debug, Clone, PartialEq)]
pub enum TerminateContainerResponse {
    /// Status 202.
    Status202(Container),
    /// Status 204.
    Status204(()),
}
/// What a successful `deleteSwarm` returns, by status.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteSwarmResponse {
    /// Status 202.
    Status202(Swarm),
    /// Status 204.
    Status204(()),
}
