//! Sub-clients (one per tag) and request builders (one per operation).
#![allow(
    clippy::too_many_arguments,
    clippy::needless_lifetimes,
    clippy::type_complexity
)]
/// Audit records of API calls, used to follow asynchronous operations.
#[cfg(feature = "actions")]
#[derive(Debug, Clone, Copy)]
pub struct ActionsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "actions")]
impl<'a> ActionsApi<'a> {
    /// List actions
    ///
    /// Returns the audit trail of API calls made by the account.
    ///
    /// `GET /api/audit/v1/action/` (`listActions`)
    pub fn list(&self) -> crate::builders::ListActions {
        crate::builders::ListActions {
            client: self.client.clone(),
            uuid: None,
            state: None,
            start_date_gte: None,
            start_date_lte: None,
            end_date_gte: None,
            end_date_lte: None,
            object: None,
            include_related: None,
            limit: None,
            offset: None,
        }
    }
    /// Get an action
    ///
    /// `GET /api/audit/v1/action/{uuid}/` (`getAction`)
    pub fn get(&self, uuid: cloudsdk_runtime::uuid::Uuid) -> crate::builders::GetAction {
        crate::builders::GetAction {
            client: self.client.clone(),
            uuid,
        }
    }
    /// Cancel an action
    ///
    /// Stops an action that is `Pending` or `In progress`.
    ///
    /// `POST /api/audit/v1/action/{uuid}/cancel/` (`cancelAction`)
    pub fn cancel(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::CancelAction {
        crate::builders::CancelAction {
            client: self.client.clone(),
            uuid,
        }
    }
    /// Retry an action
    ///
    /// Runs a finished action (`Success`, `Failed` or `Canceled`) again.
    ///
    /// `POST /api/audit/v1/action/{uuid}/retry/` (`retryAction`)
    pub fn retry(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::RetryAction {
        crate::builders::RetryAction {
            client: self.client.clone(),
            uuid,
        }
    }
    /// Stream the logs of an action
    ///
    /// Opens a websocket on the stream host that sends the action's log lines, then new ones while `follow` is true.
    ///
    /// `GET /api/audit/v1/action/{uuid}/logs/` (`streamActionLogs`)
    pub fn stream_logs(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::StreamActionLogs {
        crate::builders::StreamActionLogs {
            client: self.client.clone(),
            uuid,
            tail: None,
            follow: None,
        }
    }
}
/// Cloud providers that node clusters can run on.
#[cfg(feature = "providers")]
#[derive(Debug, Clone, Copy)]
pub struct ProvidersApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "providers")]
impl<'a> ProvidersApi<'a> {
    /// List providers
    ///
    /// `GET /api/infra/v1/provider/` (`listProviders`)
    pub fn list(&self) -> crate::builders::ListProviders {
        crate::builders::ListProviders {
            client: self.client.clone(),
            name: None,
            limit: None,
            offset: None,
        }
    }
    /// Get a provider
    ///
    /// `GET /api/infra/v1/provider/{name}/` (`getProvider`)
    pub fn get(
        &self,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetProvider {
        crate::builders::GetProvider {
            client: self.client.clone(),
            name: name.into(),
        }
    }
}
/// Regions offered by each provider.
#[cfg(feature = "regions")]
#[derive(Debug, Clone, Copy)]
pub struct RegionsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "regions")]
impl<'a> RegionsApi<'a> {
    /// List regions
    ///
    /// `GET /api/infra/v1/region/` (`listRegions`)
    pub fn list(&self) -> crate::builders::ListRegions {
        crate::builders::ListRegions {
            client: self.client.clone(),
            name: None,
            provider: None,
            limit: None,
            offset: None,
        }
    }
    /// Get a region
    ///
    /// `GET /api/infra/v1/region/{provider}/{name}/` (`getRegion`)
    pub fn get(
        &self,
        provider: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetRegion {
        crate::builders::GetRegion {
            client: self.client.clone(),
            provider: provider.into(),
            name: name.into(),
        }
    }
}
/// Availability zones inside regions (AWS only).
#[cfg(feature = "availability-zones")]
#[derive(Debug, Clone, Copy)]
pub struct AvailabilityZonesApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "availability-zones")]
impl<'a> AvailabilityZonesApi<'a> {
    /// List availability zones
    ///
    /// `GET /api/infra/v1/az/` (`listAvailabilityZones`)
    pub fn list(&self) -> crate::builders::ListAvailabilityZones {
        crate::builders::ListAvailabilityZones {
            client: self.client.clone(),
            name: None,
            region: None,
            limit: None,
            offset: None,
        }
    }
    /// Get an availability zone
    ///
    /// `GET /api/infra/v1/az/{provider}/{region}/{name}/` (`getAvailabilityZone`)
    pub fn get(
        &self,
        provider: impl ::std::convert::Into<::std::string::String>,
        region: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetAvailabilityZone {
        crate::builders::GetAvailabilityZone {
            client: self.client.clone(),
            provider: provider.into(),
            region: region.into(),
            name: name.into(),
        }
    }
}
/// Machine sizes offered by each provider.
#[cfg(feature = "node-types")]
#[derive(Debug, Clone, Copy)]
pub struct NodeTypesApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "node-types")]
impl<'a> NodeTypesApi<'a> {
    /// List node types
    ///
    /// `GET /api/infra/v1/nodetype/` (`listNodeTypes`)
    pub fn list(&self) -> crate::builders::ListNodeTypes {
        crate::builders::ListNodeTypes {
            client: self.client.clone(),
            name: None,
            regions: None,
            availability_zones: None,
            limit: None,
            offset: None,
        }
    }
    /// Get a node type
    ///
    /// `GET /api/infra/v1/nodetype/{provider}/{name}/` (`getNodeType`)
    pub fn get(
        &self,
        provider: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetNodeType {
        crate::builders::GetNodeType {
            client: self.client.clone(),
            provider: provider.into(),
            name: name.into(),
        }
    }
}
/// Groups of identical nodes launched together.
#[cfg(feature = "node-clusters")]
#[derive(Debug, Clone, Copy)]
pub struct NodeClustersApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "node-clusters")]
impl<'a> NodeClustersApi<'a> {
    /// List node clusters
    ///
    /// `GET /api/infra/v1/{namespace}/nodecluster/` (`listNodeClusters`)
    pub fn list(&self) -> crate::builders::ListNodeClusters {
        crate::builders::ListNodeClusters {
            client: self.client.clone(),
            namespace: None,
            uuid: None,
            state: None,
            name: None,
            region: None,
            node_type: None,
            limit: None,
            offset: None,
        }
    }
    /// Create a node cluster
    ///
    /// Records a new cluster in state `Init` without launching any node.
    ///
    /// `POST /api/infra/v1/{namespace}/nodecluster/` (`createNodeCluster`)
    pub fn create(
        &self,
        body: crate::types::NodeClusterCreate,
    ) -> crate::builders::CreateNodeCluster {
        crate::builders::CreateNodeCluster {
            client: self.client.clone(),
            namespace: None,
            body: Some(body),
        }
    }
    /// Get a node cluster
    ///
    /// `GET /api/infra/v1/{namespace}/nodecluster/{uuid}/` (`getNodeCluster`)
    pub fn get(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::GetNodeCluster {
        crate::builders::GetNodeCluster {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Terminate a node cluster
    ///
    /// Terminates every node of the cluster. This cannot be undone.
    ///
    /// `DELETE /api/infra/v1/{namespace}/nodecluster/{uuid}/` (`terminateNodeCluster`)
    pub fn terminate(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::TerminateNodeCluster {
        crate::builders::TerminateNodeCluster {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Update a node cluster
    ///
    /// Changes the tags or the desired size; a new size makes the cluster scale at once.
    ///
    /// `PATCH /api/infra/v1/{namespace}/nodecluster/{uuid}/` (`updateNodeCluster`)
    pub fn update(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
        body: crate::types::NodeClusterUpdate,
    ) -> crate::builders::UpdateNodeCluster {
        crate::builders::UpdateNodeCluster {
            client: self.client.clone(),
            uuid,
            namespace: None,
            body: Some(body),
        }
    }
    /// Deploy a node cluster
    ///
    /// Launches the nodes of a cluster in state `Init`.
    ///
    /// `POST /api/infra/v1/{namespace}/nodecluster/{uuid}/deploy/` (`deployNodeCluster`)
    pub fn deploy(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::DeployNodeCluster {
        crate::builders::DeployNodeCluster {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Upgrade Docker on a cluster's nodes
    ///
    /// Upgrades the Docker daemon of every node of the cluster, restarting their containers. Known from the official SDKs only; the API reference does not list it.
    ///
    /// `POST /api/infra/v1/{namespace}/nodecluster/{uuid}/docker-upgrade/` (`upgradeNodeClusterDocker`)
    pub fn upgrade_docker(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::UpgradeNodeClusterDocker {
        crate::builders::UpgradeNodeClusterDocker {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
}
/// Individual hosts running the Docker Cloud agent.
#[cfg(feature = "nodes")]
#[derive(Debug, Clone, Copy)]
pub struct NodesApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "nodes")]
impl<'a> NodesApi<'a> {
    /// List nodes
    ///
    /// `GET /api/infra/v1/{namespace}/node/` (`listNodes`)
    pub fn list(&self) -> crate::builders::ListNodes {
        crate::builders::ListNodes {
            client: self.client.clone(),
            namespace: None,
            uuid: None,
            state: None,
            node_cluster: None,
            node_type: None,
            region: None,
            docker_version: None,
            limit: None,
            offset: None,
        }
    }
    /// Get a node
    ///
    /// `GET /api/infra/v1/{namespace}/node/{uuid}/` (`getNode`)
    pub fn get(&self, uuid: cloudsdk_runtime::uuid::Uuid) -> crate::builders::GetNode {
        crate::builders::GetNode {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Terminate a node
    ///
    /// Destroys the node and its containers. Allowed when the node is `Deployed` or `Unreachable`.
    ///
    /// `DELETE /api/infra/v1/{namespace}/node/{uuid}/` (`terminateNode`)
    pub fn terminate(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::TerminateNode {
        crate::builders::TerminateNode {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Update a node
    ///
    /// Renames a node or replaces its tags.
    ///
    /// `PATCH /api/infra/v1/{namespace}/node/{uuid}/` (`updateNode`)
    pub fn update(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
        body: crate::types::NodeUpdate,
    ) -> crate::builders::UpdateNode {
        crate::builders::UpdateNode {
            client: self.client.clone(),
            uuid,
            namespace: None,
            body: Some(body),
        }
    }
    /// Upgrade Docker on a node
    ///
    /// Upgrades the node's Docker daemon to the latest supported version; its containers are restarted. Allowed when the node is `Deployed`.
    ///
    /// `POST /api/infra/v1/{namespace}/node/{uuid}/docker-upgrade/` (`upgradeNodeDocker`)
    pub fn upgrade_docker(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::UpgradeNodeDocker {
        crate::builders::UpgradeNodeDocker {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Check a node's connectivity
    ///
    /// Tests whether an `Unreachable` node can be reached again; the node becomes `Deployed` if so and stays `Unreachable` otherwise.
    ///
    /// `POST /api/infra/v1/{namespace}/node/{uuid}/health-check/` (`checkNodeHealth`)
    pub fn check_health(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::CheckNodeHealth {
        crate::builders::CheckNodeHealth {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Stream a node's events
    ///
    /// Opens a websocket on the stream host that sends events of one node. Known from the official SDKs only.
    ///
    /// `GET /api/infra/v1/{namespace}/node/{uuid}/events/` (`streamNodeEvents`)
    pub fn stream_events(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::StreamNodeEvents {
        crate::builders::StreamNodeEvents {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
}
/// Tags in use on the account's nodes.
#[cfg(feature = "node-tags")]
#[derive(Debug, Clone, Copy)]
pub struct NodeTagsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "node-tags")]
impl<'a> NodeTagsApi<'a> {
    /// List node tags
    ///
    /// Returns every tag in use on the account's nodes, including system tags.
    ///
    /// `GET /api/infra/v1/tag/` (`listNodeTags`)
    pub fn list(&self) -> crate::builders::ListNodeTags {
        crate::builders::ListNodeTags {
            client: self.client.clone(),
            name: None,
            origin: None,
            limit: None,
            offset: None,
        }
    }
}
/// Docker registries known to Docker Cloud.
#[cfg(feature = "registries")]
#[derive(Debug, Clone, Copy)]
pub struct RegistriesApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "registries")]
impl<'a> RegistriesApi<'a> {
    /// List registries
    ///
    /// `GET /api/repo/v1/{namespace}/registry/` (`listRegistries`)
    pub fn list(&self) -> crate::builders::ListRegistries {
        crate::builders::ListRegistries {
            client: self.client.clone(),
            namespace: None,
            uuid: None,
            name: None,
            host: None,
            is_docker_registry: None,
            limit: None,
            offset: None,
        }
    }
    /// Get a registry
    ///
    /// `GET /api/repo/v1/{namespace}/registry/{host}/` (`getRegistry`)
    pub fn get(
        &self,
        host: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetRegistry {
        crate::builders::GetRegistry {
            client: self.client.clone(),
            host: host.into(),
            namespace: None,
        }
    }
}
/// Repositories on third-party registries registered for deployment.
#[cfg(feature = "repositories")]
#[derive(Debug, Clone, Copy)]
pub struct RepositoriesApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "repositories")]
impl<'a> RepositoriesApi<'a> {
    /// List external repositories
    ///
    /// `GET /api/repo/v1/{namespace}/repository/` (`listRepositories`)
    pub fn list(&self) -> crate::builders::ListRepositories {
        crate::builders::ListRepositories {
            client: self.client.clone(),
            namespace: None,
            name: None,
            registry: None,
            limit: None,
            offset: None,
        }
    }
    /// Add an external repository
    ///
    /// Registers a repository on a third-party registry together with the credentials needed to pull it.
    ///
    /// `POST /api/repo/v1/{namespace}/repository/` (`createRepository`)
    pub fn create(
        &self,
        body: crate::types::RepositoryCreate,
    ) -> crate::builders::CreateRepository {
        crate::builders::CreateRepository {
            client: self.client.clone(),
            namespace: None,
            body: Some(body),
        }
    }
    /// Get an external repository
    ///
    /// `GET /api/repo/v1/{namespace}/repository/{name}/` (`getRepository`)
    pub fn get(
        &self,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetRepository {
        crate::builders::GetRepository {
            client: self.client.clone(),
            name: name.into(),
            namespace: None,
        }
    }
    /// Remove an external repository
    ///
    /// Forgets the repository; nothing is deleted from the registry itself.
    ///
    /// `DELETE /api/repo/v1/{namespace}/repository/{name}/` (`deleteRepository`)
    pub fn delete(
        &self,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteRepository {
        crate::builders::DeleteRepository {
            client: self.client.clone(),
            name: name.into(),
            namespace: None,
        }
    }
    /// Update an external repository's credentials
    ///
    /// `PATCH /api/repo/v1/{namespace}/repository/{name}/` (`updateRepository`)
    pub fn update(
        &self,
        name: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::RepositoryUpdate,
    ) -> crate::builders::UpdateRepository {
        crate::builders::UpdateRepository {
            client: self.client.clone(),
            name: name.into(),
            namespace: None,
            body: Some(body),
        }
    }
}
/// Groups of services managed as one unit.
#[cfg(feature = "stacks")]
#[derive(Debug, Clone, Copy)]
pub struct StacksApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "stacks")]
impl<'a> StacksApi<'a> {
    /// List stacks
    ///
    /// `GET /api/app/v1/{namespace}/stack/` (`listStacks`)
    pub fn list(&self) -> crate::builders::ListStacks {
        crate::builders::ListStacks {
            client: self.client.clone(),
            namespace: None,
            uuid: None,
            name: None,
            limit: None,
            offset: None,
        }
    }
    /// Create a stack
    ///
    /// Creates the stack and its services without starting them.
    ///
    /// `POST /api/app/v1/{namespace}/stack/` (`createStack`)
    pub fn create(
        &self,
        body: crate::types::StackCreate,
    ) -> crate::builders::CreateStack {
        crate::builders::CreateStack {
            client: self.client.clone(),
            namespace: None,
            body: Some(body),
        }
    }
    /// Get a stack
    ///
    /// `GET /api/app/v1/{namespace}/stack/{uuid}/` (`getStack`)
    pub fn get(&self, uuid: cloudsdk_runtime::uuid::Uuid) -> crate::builders::GetStack {
        crate::builders::GetStack {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Terminate a stack
    ///
    /// Terminates the stack and all of its services and containers.
    ///
    /// `DELETE /api/app/v1/{namespace}/stack/{uuid}/` (`terminateStack`)
    pub fn terminate(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::TerminateStack {
        crate::builders::TerminateStack {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Update a stack
    ///
    /// Updates the definition of every service listed; redeploy the stack to apply the changes to running containers.
    ///
    /// `PATCH /api/app/v1/{namespace}/stack/{uuid}/` (`updateStack`)
    pub fn update(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
        body: crate::types::StackUpdate,
    ) -> crate::builders::UpdateStack {
        crate::builders::UpdateStack {
            client: self.client.clone(),
            uuid,
            namespace: None,
            body: Some(body),
        }
    }
    /// Export a stack
    ///
    /// Returns the stack's definition in stackfile form, keyed by service name.
    ///
    /// `GET /api/app/v1/{namespace}/stack/{uuid}/export/` (`exportStack`)
    pub fn export(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::ExportStack {
        crate::builders::ExportStack {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Start a stack
    ///
    /// Starts the services of a stack that is `Not Running` or `Stopped`.
    ///
    /// `POST /api/app/v1/{namespace}/stack/{uuid}/start/` (`startStack`)
    pub fn start(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::StartStack {
        crate::builders::StartStack {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Stop a stack
    ///
    /// Stops every container of the stack's services.
    ///
    /// `POST /api/app/v1/{namespace}/stack/{uuid}/stop/` (`stopStack`)
    pub fn stop(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::StopStack {
        crate::builders::StopStack {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Redeploy a stack
    ///
    /// Replaces the containers of every service of the stack with new ones built from the current definitions.
    ///
    /// `POST /api/app/v1/{namespace}/stack/{uuid}/redeploy/` (`redeployStack`)
    pub fn redeploy(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::RedeployStack {
        crate::builders::RedeployStack {
            client: self.client.clone(),
            uuid,
            namespace: None,
            reuse_volumes: None,
        }
    }
}
/// Container templates and their lifecycle.
#[cfg(feature = "services")]
#[derive(Debug, Clone, Copy)]
pub struct ServicesApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "services")]
impl<'a> ServicesApi<'a> {
    /// List services
    ///
    /// `GET /api/app/v1/{namespace}/service/` (`listServices`)
    pub fn list(&self) -> crate::builders::ListServices {
        crate::builders::ListServices {
            client: self.client.clone(),
            namespace: None,
            uuid: None,
            state: None,
            name: None,
            stack: None,
            limit: None,
            offset: None,
        }
    }
    /// Create a service
    ///
    /// Creates a service in state `Not running`; no container is deployed until it is started.
    ///
    /// `POST /api/app/v1/{namespace}/service/` (`createService`)
    pub fn create(
        &self,
        body: crate::types::ServiceCreate,
    ) -> crate::builders::CreateService {
        crate::builders::CreateService {
            client: self.client.clone(),
            namespace: None,
            body: Some(body),
        }
    }
    /// Get a service
    ///
    /// `GET /api/app/v1/{namespace}/service/{uuid}/` (`getService`)
    pub fn get(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::GetService {
        crate::builders::GetService {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Terminate a service
    ///
    /// Terminates the service and all of its containers.
    ///
    /// `DELETE /api/app/v1/{namespace}/service/{uuid}/` (`terminateService`)
    pub fn terminate(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::TerminateService {
        crate::builders::TerminateService {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Update a service
    ///
    /// Changes the service definition. Existing containers keep the old one until `redeployService`; a new `target_num_containers` takes effect with `scaleService`.
    ///
    /// `PATCH /api/app/v1/{namespace}/service/{uuid}/` (`updateService`)
    pub fn update(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
        body: crate::types::ServiceUpdate,
    ) -> crate::builders::UpdateService {
        crate::builders::UpdateService {
            client: self.client.clone(),
            uuid,
            namespace: None,
            body: Some(body),
        }
    }
    /// Start a service
    ///
    /// Deploys or starts the containers of a service that is `Not running` or `Stopped`.
    ///
    /// `POST /api/app/v1/{namespace}/service/{uuid}/start/` (`startService`)
    pub fn start(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::StartService {
        crate::builders::StartService {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Stop a service
    ///
    /// Stops every container of the service.
    ///
    /// `POST /api/app/v1/{namespace}/service/{uuid}/stop/` (`stopService`)
    pub fn stop(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::StopService {
        crate::builders::StopService {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Scale a service
    ///
    /// Adds or removes containers until the service has `target_num_containers` of them; set that number first with `updateService`.
    ///
    /// `POST /api/app/v1/{namespace}/service/{uuid}/scale/` (`scaleService`)
    pub fn scale(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::ScaleService {
        crate::builders::ScaleService {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Redeploy a service
    ///
    /// Replaces the service's containers with new ones built from its current definition and image.
    ///
    /// `POST /api/app/v1/{namespace}/service/{uuid}/redeploy/` (`redeployService`)
    pub fn redeploy(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::RedeployService {
        crate::builders::RedeployService {
            client: self.client.clone(),
            uuid,
            namespace: None,
            reuse_volumes: None,
        }
    }
    /// Stream a service's logs
    ///
    /// Opens a websocket on the stream host that sends the log lines of every container of the service, each naming its container in `source`.
    ///
    /// `GET /api/app/v1/{namespace}/service/{uuid}/logs/` (`streamServiceLogs`)
    pub fn stream_logs(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::StreamServiceLogs {
        crate::builders::StreamServiceLogs {
            client: self.client.clone(),
            uuid,
            namespace: None,
            tail: None,
            follow: None,
        }
    }
}
/// Unauthenticated URLs that redeploy or scale up a service.
#[cfg(feature = "triggers")]
#[derive(Debug, Clone, Copy)]
pub struct TriggersApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "triggers")]
impl<'a> TriggersApi<'a> {
    /// List a service's triggers
    ///
    /// `GET /api/app/v1/{namespace}/service/{service_uuid}/trigger/` (`listTriggers`)
    pub fn list(
        &self,
        service_uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::ListTriggers {
        crate::builders::ListTriggers {
            client: self.client.clone(),
            service_uuid,
            namespace: None,
            limit: None,
            offset: None,
        }
    }
    /// Create a trigger
    ///
    /// Creates a trigger whose `url` can be called without credentials to redeploy or scale up the service.
    ///
    /// `POST /api/app/v1/{namespace}/service/{service_uuid}/trigger/` (`createTrigger`)
    pub fn create(
        &self,
        service_uuid: cloudsdk_runtime::uuid::Uuid,
        body: crate::types::TriggerCreate,
    ) -> crate::builders::CreateTrigger {
        crate::builders::CreateTrigger {
            client: self.client.clone(),
            service_uuid,
            namespace: None,
            body: Some(body),
        }
    }
    /// Get a trigger
    ///
    /// `GET /api/app/v1/{namespace}/service/{service_uuid}/trigger/{trigger_uuid}/` (`getTrigger`)
    pub fn get(
        &self,
        service_uuid: cloudsdk_runtime::uuid::Uuid,
        trigger_uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::GetTrigger {
        crate::builders::GetTrigger {
            client: self.client.clone(),
            service_uuid,
            trigger_uuid,
            namespace: None,
        }
    }
    /// Delete a trigger
    ///
    /// `DELETE /api/app/v1/{namespace}/service/{service_uuid}/trigger/{trigger_uuid}/` (`deleteTrigger`)
    pub fn delete(
        &self,
        service_uuid: cloudsdk_runtime::uuid::Uuid,
        trigger_uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::DeleteTrigger {
        crate::builders::DeleteTrigger {
            client: self.client.clone(),
            service_uuid,
            trigger_uuid,
            namespace: None,
        }
    }
    /// Call a trigger
    ///
    /// Fires the trigger's operation. No credentials are needed: knowing the URL is the authorisation.
    ///
    /// `POST /api/app/v1/{namespace}/service/{service_uuid}/trigger/{trigger_uuid}/call/` (`callTrigger`)
    pub fn call(
        &self,
        service_uuid: cloudsdk_runtime::uuid::Uuid,
        trigger_uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::CallTrigger {
        crate::builders::CallTrigger {
            client: self.client.clone(),
            service_uuid,
            trigger_uuid,
            namespace: None,
        }
    }
    /// Call a scale-up trigger with a count
    ///
    /// Fires a `SCALEUP` trigger, adding `count` containers to the service. No credentials are needed.
    ///
    /// `count` bounds: at least 1.
    ///
    /// `POST /api/app/v1/{namespace}/service/{service_uuid}/trigger/{trigger_uuid}/call/{count}/` (`callTriggerWithCount`)
    pub fn call_with_count(
        &self,
        service_uuid: cloudsdk_runtime::uuid::Uuid,
        trigger_uuid: cloudsdk_runtime::uuid::Uuid,
        count: i64,
    ) -> crate::builders::CallTriggerWithCount {
        crate::builders::CallTriggerWithCount {
            client: self.client.clone(),
            service_uuid,
            trigger_uuid,
            count,
            namespace: None,
        }
    }
}
/// Running instances of services.
#[cfg(feature = "containers")]
#[derive(Debug, Clone, Copy)]
pub struct ContainersApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "containers")]
impl<'a> ContainersApi<'a> {
    /// List containers
    ///
    /// `GET /api/app/v1/{namespace}/container/` (`listContainers`)
    pub fn list(&self) -> crate::builders::ListContainers {
        crate::builders::ListContainers {
            client: self.client.clone(),
            namespace: None,
            uuid: None,
            state: None,
            name: None,
            service: None,
            node: None,
            limit: None,
            offset: None,
        }
    }
    /// Get a container
    ///
    /// `GET /api/app/v1/{namespace}/container/{uuid}/` (`getContainer`)
    pub fn get(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::GetContainer {
        crate::builders::GetContainer {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Terminate a container
    ///
    /// Destroys the container. Its service does not replace it.
    ///
    /// `DELETE /api/app/v1/{namespace}/container/{uuid}/` (`terminateContainer`)
    pub fn terminate(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::TerminateContainer {
        crate::builders::TerminateContainer {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Start a container
    ///
    /// Starts a `Stopped` container.
    ///
    /// `POST /api/app/v1/{namespace}/container/{uuid}/start/` (`startContainer`)
    pub fn start(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::StartContainer {
        crate::builders::StartContainer {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Stop a container
    ///
    /// Stops a `Running` container.
    ///
    /// `POST /api/app/v1/{namespace}/container/{uuid}/stop/` (`stopContainer`)
    pub fn stop(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::StopContainer {
        crate::builders::StopContainer {
            client: self.client.clone(),
            uuid,
            namespace: None,
        }
    }
    /// Redeploy a container
    ///
    /// Replaces the container with a new one built from its service's current definition.
    ///
    /// `POST /api/app/v1/{namespace}/container/{uuid}/redeploy/` (`redeployContainer`)
    pub fn redeploy(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::RedeployContainer {
        crate::builders::RedeployContainer {
            client: self.client.clone(),
            uuid,
            namespace: None,
            reuse_volumes: None,
        }
    }
    /// Stream a container's logs
    ///
    /// Opens a websocket on the stream host that sends the container's log lines.
    ///
    /// `GET /api/app/v1/{namespace}/container/{uuid}/logs/` (`streamContainerLogs`)
    pub fn stream_logs(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::StreamContainerLogs {
        crate::builders::StreamContainerLogs {
            client: self.client.clone(),
            uuid,
            namespace: None,
            tail: None,
            follow: None,
            service: None,
        }
    }
    /// Run an interactive command in a container
    ///
    /// Opens a websocket on the stream host running `command` inside the container. Text frames sent by the client become the command's standard input; frames from the server carry its output.
    ///
    /// `GET /api/app/v1/{namespace}/container/{uuid}/exec/` (`execInContainer`)
    pub fn exec_in(
        &self,
        uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::ExecInContainer {
        crate::builders::ExecInContainer {
            client: self.client.clone(),
            uuid,
            namespace: None,
            command: None,
        }
    }
}
/// Websocket stream of changes to the account's objects.
#[cfg(feature = "events")]
#[derive(Debug, Clone, Copy)]
pub struct EventsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "events")]
impl<'a> EventsApi<'a> {
    /// Stream account events
    ///
    /// Opens a websocket on the stream host that sends one message each time a stack, service, container, node cluster, node or action of the namespace is created, updated or deleted.
    ///
    /// `GET /api/audit/v1/{namespace}/events` (`streamEvents`)
    pub fn stream(&self) -> crate::builders::StreamEvents {
        crate::builders::StreamEvents {
            client: self.client.clone(),
            namespace: None,
            type_: None,
            object: None,
            parent: None,
            parents: None,
        }
    }
}
/// Swarm-mode clusters (beta, known from the official SDKs only).
#[cfg(feature = "swarms")]
#[derive(Debug, Clone, Copy)]
pub struct SwarmsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "swarms")]
impl<'a> SwarmsApi<'a> {
    /// List swarms
    ///
    /// `GET /api/infra/v1/{namespace}/swarm/` (`listSwarms`)
    pub fn list(&self) -> crate::builders::ListSwarms {
        crate::builders::ListSwarms {
            client: self.client.clone(),
            namespace: None,
            limit: None,
            offset: None,
        }
    }
    /// Get a swarm
    ///
    /// `GET /api/infra/v1/{namespace}/swarm/{swarm_id}/` (`getSwarm`)
    pub fn get(
        &self,
        swarm_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetSwarm {
        crate::builders::GetSwarm {
            client: self.client.clone(),
            swarm_id: swarm_id.into(),
            namespace: None,
        }
    }
    /// Remove a swarm
    ///
    /// `DELETE /api/infra/v1/{namespace}/swarm/{swarm_id}/` (`deleteSwarm`)
    pub fn delete(
        &self,
        swarm_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteSwarm {
        crate::builders::DeleteSwarm {
            client: self.client.clone(),
            swarm_id: swarm_id.into(),
            namespace: None,
        }
    }
    /// Update a swarm
    ///
    /// `PATCH /api/infra/v1/{namespace}/swarm/{swarm_id}/` (`updateSwarm`)
    pub fn update(
        &self,
        swarm_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::SwarmUpdate,
    ) -> crate::builders::UpdateSwarm {
        crate::builders::UpdateSwarm {
            client: self.client.clone(),
            swarm_id: swarm_id.into(),
            namespace: None,
            body: Some(body),
        }
    }
    /// Create a swarm
    ///
    /// Launches a new swarm on the given provider and region.
    ///
    /// `POST /api/infra/v1/{namespace}/swarm/{provider}/{region}/` (`createSwarm`)
    pub fn create(
        &self,
        provider: impl ::std::convert::Into<::std::string::String>,
        region: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::SwarmCreate,
    ) -> crate::builders::CreateSwarm {
        crate::builders::CreateSwarm {
            client: self.client.clone(),
            provider: provider.into(),
            region: region.into(),
            namespace: None,
            body: Some(body),
        }
    }
}
/// Request builder for [`crate::builders::ActionsApi::list`]; finish with [`send`](ListActions::send).
#[cfg(feature = "actions")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListActions {
    pub(crate) client: crate::Client,
    pub(crate) uuid: Option<::std::string::String>,
    pub(crate) state: Option<crate::types::ActionState>,
    pub(crate) start_date_gte: Option<::std::string::String>,
    pub(crate) start_date_lte: Option<::std::string::String>,
    pub(crate) end_date_gte: Option<::std::string::String>,
    pub(crate) end_date_lte: Option<::std::string::String>,
    pub(crate) object: Option<::std::string::String>,
    pub(crate) include_related: Option<bool>,
    pub(crate) limit: Option<i64>,
    pub(crate) offset: Option<i64>,
}
#[cfg(feature = "actions")]
impl ListActions {
    /// Only the action with this identifier.
    pub fn uuid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uuid = Some(value.into());
        self
    }
    /// Only actions in this state.
    pub fn state(mut self, value: crate::types::ActionState) -> Self {
        self.state = Some(value);
        self
    }
    /// Only actions started at or after this time. Datetime in the API's usual form, e.g. `Wed, 17 Sep 2014 08:26:22 +0000`.
    pub fn start_date_gte(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_date_gte = Some(value.into());
        self
    }
    /// Only actions started at or before this time. Datetime in the API's usual form, e.g. `Wed, 17 Sep 2014 08:26:22 +0000`.
    pub fn start_date_lte(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_date_lte = Some(value.into());
        self
    }
    /// Only actions finished at or after this time. Datetime in the API's usual form, e.g. `Wed, 17 Sep 2014 08:26:22 +0000`.
    pub fn end_date_gte(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.end_date_gte = Some(value.into());
        self
    }
    /// Only actions finished at or before this time. Datetime in the API's usual form, e.g. `Wed, 17 Sep 2014 08:26:22 +0000`.
    pub fn end_date_lte(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.end_date_lte = Some(value.into());
        self
    }
    /// Only actions on the object with this resource URI.
    pub fn object(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.object = Some(value.into());
        self
    }
    /// With `object`, also return the actions of related objects (a container's service and stack, a node's cluster, and the members of stacks, services and clusters).
    pub fn include_related(mut self, value: bool) -> Self {
        self.include_related = Some(value);
        self
    }
    /// Number of objects per page (default 25).
    ///
    /// Bounds: at least 1.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Index of the first object to return.
    ///
    /// Bounds: at least 0.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sends the request (`GET /api/audit/v1/action/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ActionList, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ActionList>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::Action> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::meta_next(
            "objects",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listActions",
            cloudsdk_runtime::Method::GET,
            "/api/audit/v1/action/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("uuid", &self.uuid, cloudsdk_runtime::QueryStyle::form(true));
        request.query("state", &self.state, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query(
                "start_date__gte",
                &self.start_date_gte,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request
            .query(
                "start_date__lte",
                &self.start_date_lte,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request
            .query(
                "end_date__gte",
                &self.end_date_gte,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request
            .query(
                "end_date__lte",
                &self.end_date_lte,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request.query("object", &self.object, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query(
                "include_related",
                &self.include_related,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request.query("limit", &self.limit, cloudsdk_runtime::QueryStyle::form(true));
        request.query("offset", &self.offset, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ActionsApi::get`]; finish with [`send`](GetAction::send).
#[cfg(feature = "actions")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetAction {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
}
#[cfg(feature = "actions")]
impl GetAction {
    /// Sends the request (`GET /api/audit/v1/action/{uuid}/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Action, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Action>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getAction",
            cloudsdk_runtime::Method::GET,
            "/api/audit/v1/action/{uuid}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request
    }
}
/// Request builder for [`crate::builders::ActionsApi::cancel`]; finish with [`send`](CancelAction::send).
#[cfg(feature = "actions")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CancelAction {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
}
#[cfg(feature = "actions")]
impl CancelAction {
    /// Sends the request (`POST /api/audit/v1/action/{uuid}/cancel/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Action, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Action>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "cancelAction",
            cloudsdk_runtime::Method::POST,
            "/api/audit/v1/action/{uuid}/cancel/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request
    }
}
/// Request builder for [`crate::builders::ActionsApi::retry`]; finish with [`send`](RetryAction::send).
#[cfg(feature = "actions")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RetryAction {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
}
#[cfg(feature = "actions")]
impl RetryAction {
    /// Sends the request (`POST /api/audit/v1/action/{uuid}/retry/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Action, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Action>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "retryAction",
            cloudsdk_runtime::Method::POST,
            "/api/audit/v1/action/{uuid}/retry/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request
    }
}
/// Stream builder for [`crate::builders::ActionsApi::stream_logs`]; start it with [`connect`](StreamActionLogs::connect).
#[cfg(feature = "actions")]
#[derive(Debug, Clone)]
#[must_use = "a stream does nothing until `.connect()` is polled"]
pub struct StreamActionLogs {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) tail: Option<i64>,
    pub(crate) follow: Option<bool>,
}
#[cfg(feature = "actions")]
impl StreamActionLogs {
    /// Number of past lines to send first (default 300).
    ///
    /// Bounds: at least 0.
    pub fn tail(mut self, value: i64) -> Self {
        self.tail = Some(value);
        self
    }
    /// Keep the connection open and send new lines as they are written (default true).
    pub fn follow(mut self, value: bool) -> Self {
        self.follow = Some(value);
        self
    }
    /// Connects to `wss://ws.cloud.docker.com/api/audit/v1/action/{uuid}/logs/` and yields each message; reconnects (and resumes from the server's position) when the connection drops.
    pub fn connect(self) -> cloudsdk_runtime::WebSocketStream<crate::types::LogLine> {
        static OPERATION: cloudsdk_runtime::WebSocketOperation = cloudsdk_runtime::WebSocketOperation::new(
                "streamActionLogs",
                "wss://ws.cloud.docker.com/api/audit/v1/action/{uuid}/logs/",
            )
            .auth(cloudsdk_runtime::AuthMode::Header);
        let mut request = self.client.raw().websocket(&OPERATION);
        request.path_param("uuid", &self.uuid);
        request.query("tail", &self.tail, cloudsdk_runtime::QueryStyle::form(true));
        request.query("follow", &self.follow, cloudsdk_runtime::QueryStyle::form(true));
        request.connect()
    }
}
/// Request builder for [`crate::builders::ProvidersApi::list`]; finish with [`send`](ListProviders::send).
#[cfg(feature = "providers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListProviders {
    pub(crate) client: crate::Client,
    pub(crate) name: Option<::std::string::String>,
    pub(crate) limit: Option<i64>,
    pub(crate) offset: Option<i64>,
}
#[cfg(feature = "providers")]
impl ListProviders {
    /// Only the provider with this identifier.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Number of objects per page (default 25).
    ///
    /// Bounds: at least 1.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Index of the first object to return.
    ///
    /// Bounds: at least 0.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sends the request (`GET /api/infra/v1/provider/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ProviderList, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ProviderList>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::Provider> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::meta_next(
            "objects",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listProviders",
            cloudsdk_runtime::Method::GET,
            "/api/infra/v1/provider/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("name", &self.name, cloudsdk_runtime::QueryStyle::form(true));
        request.query("limit", &self.limit, cloudsdk_runtime::QueryStyle::form(true));
        request.query("offset", &self.offset, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ProvidersApi::get`]; finish with [`send`](GetProvider::send).
#[cfg(feature = "providers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetProvider {
    pub(crate) client: crate::Client,
    pub(crate) name: ::std::string::String,
}
#[cfg(feature = "providers")]
impl GetProvider {
    /// Sends the request (`GET /api/infra/v1/provider/{name}/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Provider, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Provider>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getProvider",
            cloudsdk_runtime::Method::GET,
            "/api/infra/v1/provider/{name}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("name", &self.name);
        request
    }
}
/// Request builder for [`crate::builders::RegionsApi::list`]; finish with [`send`](ListRegions::send).
#[cfg(feature = "regions")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListRegions {
    pub(crate) client: crate::Client,
    pub(crate) name: Option<::std::string::String>,
    pub(crate) provider: Option<::std::string::String>,
    pub(crate) limit: Option<i64>,
    pub(crate) offset: Option<i64>,
}
#[cfg(feature = "regions")]
impl ListRegions {
    /// Only regions with this identifier.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Only regions of the provider with this resource URI.
    pub fn provider(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider = Some(value.into());
        self
    }
    /// Number of objects per page (default 25).
    ///
    /// Bounds: at least 1.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Index of the first object to return.
    ///
    /// Bounds: at least 0.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sends the request (`GET /api/infra/v1/region/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::RegionList, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::RegionList>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::Region> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::meta_next(
            "objects",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listRegions",
            cloudsdk_runtime::Method::GET,
            "/api/infra/v1/region/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("name", &self.name, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query("provider", &self.provider, cloudsdk_runtime::QueryStyle::form(true));
        request.query("limit", &self.limit, cloudsdk_runtime::QueryStyle::form(true));
        request.query("offset", &self.offset, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::RegionsApi::get`]; finish with [`send`](GetRegion::send).
#[cfg(feature = "regions")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetRegion {
    pub(crate) client: crate::Client,
    pub(crate) provider: ::std::string::String,
    pub(crate) name: ::std::string::String,
}
#[cfg(feature = "regions")]
impl GetRegion {
    /// Sends the request (`GET /api/infra/v1/region/{provider}/{name}/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Region, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Region>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getRegion",
            cloudsdk_runtime::Method::GET,
            "/api/infra/v1/region/{provider}/{name}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("provider", &self.provider);
        request.path_param("name", &self.name);
        request
    }
}
/// Request builder for [`crate::builders::AvailabilityZonesApi::list`]; finish with [`send`](ListAvailabilityZones::send).
#[cfg(feature = "availability-zones")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListAvailabilityZones {
    pub(crate) client: crate::Client,
    pub(crate) name: Option<::std::string::String>,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) limit: Option<i64>,
    pub(crate) offset: Option<i64>,
}
#[cfg(feature = "availability-zones")]
impl ListAvailabilityZones {
    /// Only zones with this identifier.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Only zones of the region with this resource URI.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Number of objects per page (default 25).
    ///
    /// Bounds: at least 1.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Index of the first object to return.
    ///
    /// Bounds: at least 0.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sends the request (`GET /api/infra/v1/az/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::AvailabilityZoneList, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::AvailabilityZoneList>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::AvailabilityZone> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::meta_next(
            "objects",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listAvailabilityZones",
            cloudsdk_runtime::Method::GET,
            "/api/infra/v1/az/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("name", &self.name, cloudsdk_runtime::QueryStyle::form(true));
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.query("limit", &self.limit, cloudsdk_runtime::QueryStyle::form(true));
        request.query("offset", &self.offset, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::AvailabilityZonesApi::get`]; finish with [`send`](GetAvailabilityZone::send).
#[cfg(feature = "availability-zones")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetAvailabilityZone {
    pub(crate) client: crate::Client,
    pub(crate) provider: ::std::string::String,
    pub(crate) region: ::std::string::String,
    pub(crate) name: ::std::string::String,
}
#[cfg(feature = "availability-zones")]
impl GetAvailabilityZone {
    /// Sends the request (`GET /api/infra/v1/az/{provider}/{region}/{name}/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::AvailabilityZone, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::AvailabilityZone>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getAvailabilityZone",
            cloudsdk_runtime::Method::GET,
            "/api/infra/v1/az/{provider}/{region}/{name}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("provider", &self.provider);
        request.path_param("region", &self.region);
        request.path_param("name", &self.name);
        request
    }
}
/// Request builder for [`crate::builders::NodeTypesApi::list`]; finish with [`send`](ListNodeTypes::send).
#[cfg(feature = "node-types")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListNodeTypes {
    pub(crate) client: crate::Client,
    pub(crate) name: Option<::std::string::String>,
    pub(crate) regions: Option<::std::string::String>,
    pub(crate) availability_zones: Option<::std::string::String>,
    pub(crate) limit: Option<i64>,
    pub(crate) offset: Option<i64>,
}
#[cfg(feature = "node-types")]
impl ListNodeTypes {
    /// Only node types with this identifier.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Only node types offered in the region with this resource URI.
    pub fn regions(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.regions = Some(value.into());
        self
    }
    /// Only node types offered in the zone with this resource URI.
    pub fn availability_zones(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.availability_zones = Some(value.into());
        self
    }
    /// Number of objects per page (default 25).
    ///
    /// Bounds: at least 1.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Index of the first object to return.
    ///
    /// Bounds: at least 0.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sends the request (`GET /api/infra/v1/nodetype/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::NodeTypeList, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::NodeTypeList>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::NodeType> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::meta_next(
            "objects",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listNodeTypes",
            cloudsdk_runtime::Method::GET,
            "/api/infra/v1/nodetype/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("name", &self.name, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query("regions", &self.regions, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query(
                "availability_zones",
                &self.availability_zones,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request.query("limit", &self.limit, cloudsdk_runtime::QueryStyle::form(true));
        request.query("offset", &self.offset, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::NodeTypesApi::get`]; finish with [`send`](GetNodeType::send).
#[cfg(feature = "node-types")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetNodeType {
    pub(crate) client: crate::Client,
    pub(crate) provider: ::std::string::String,
    pub(crate) name: ::std::string::String,
}
#[cfg(feature = "node-types")]
impl GetNodeType {
    /// Sends the request (`GET /api/infra/v1/nodetype/{provider}/{name}/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::NodeType, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::NodeType>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getNodeType",
            cloudsdk_runtime::Method::GET,
            "/api/infra/v1/nodetype/{provider}/{name}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("provider", &self.provider);
        request.path_param("name", &self.name);
        request
    }
}
/// Request builder for [`crate::builders::NodeClustersApi::list`]; finish with [`send`](ListNodeClusters::send).
#[cfg(feature = "node-clusters")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListNodeClusters {
    pub(crate) client: crate::Client,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) uuid: Option<::std::string::String>,
    pub(crate) state: Option<crate::types::NodeClusterState>,
    pub(crate) name: Option<::std::string::String>,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) node_type: Option<::std::string::String>,
    pub(crate) limit: Option<i64>,
    pub(crate) offset: Option<i64>,
}
#[cfg(feature = "node-clusters")]
impl ListNodeClusters {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Only the cluster with this identifier.
    pub fn uuid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uuid = Some(value.into());
        self
    }
    /// Only clusters in this state.
    pub fn state(mut self, value: crate::types::NodeClusterState) -> Self {
        self.state = Some(value);
        self
    }
    /// Only clusters with this name.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Only clusters in the region with this resource URI.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Only clusters of the node type with this resource URI.
    pub fn node_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_type = Some(value.into());
        self
    }
    /// Number of objects per page (default 25).
    ///
    /// Bounds: at least 1.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Index of the first object to return.
    ///
    /// Bounds: at least 0.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sends the request (`GET /api/infra/v1/{namespace}/nodecluster/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::NodeClusterList, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::NodeClusterList>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::NodeCluster> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::meta_next(
            "objects",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listNodeClusters",
            cloudsdk_runtime::Method::GET,
            "/api/infra/v1/{namespace}/nodecluster/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("namespace", &self.namespace);
        request.query("uuid", &self.uuid, cloudsdk_runtime::QueryStyle::form(true));
        request.query("state", &self.state, cloudsdk_runtime::QueryStyle::form(true));
        request.query("name", &self.name, cloudsdk_runtime::QueryStyle::form(true));
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query(
                "node_type",
                &self.node_type,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request.query("limit", &self.limit, cloudsdk_runtime::QueryStyle::form(true));
        request.query("offset", &self.offset, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::NodeClustersApi::create`]; finish with [`send`](CreateNodeCluster::send).
#[cfg(feature = "node-clusters")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateNodeCluster {
    pub(crate) client: crate::Client,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::NodeClusterCreate>,
}
#[cfg(feature = "node-clusters")]
impl CreateNodeCluster {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`POST /api/infra/v1/{namespace}/nodecluster/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::NodeCluster, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::NodeCluster>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createNodeCluster",
            cloudsdk_runtime::Method::POST,
            "/api/infra/v1/{namespace}/nodecluster/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(402u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(409u16),
                cloudsdk_runtime::StatusMatch::Code(415u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::NodeClusterCreate> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("namespace", &self.namespace);
        request.json_later(self.body)
    }
}
/// Request builder for [`crate::builders::NodeClustersApi::get`]; finish with [`send`](GetNodeCluster::send).
#[cfg(feature = "node-clusters")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetNodeCluster {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "node-clusters")]
impl GetNodeCluster {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`GET /api/infra/v1/{namespace}/nodecluster/{uuid}/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::NodeCluster, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::NodeCluster>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getNodeCluster",
            cloudsdk_runtime::Method::GET,
            "/api/infra/v1/{namespace}/nodecluster/{uuid}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::NodeClustersApi::terminate`]; finish with [`send`](TerminateNodeCluster::send).
#[cfg(feature = "node-clusters")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct TerminateNodeCluster {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "node-clusters")]
impl TerminateNodeCluster {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /api/infra/v1/{namespace}/nodecluster/{uuid}/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        crate::types::TerminateNodeClusterResponse,
        crate::Error,
    > {
        self.prepare().sending_value(Self::decode)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::TerminateNodeClusterResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(Self::decode)
    }
    #[inline]
    fn decode(
        response: cloudsdk_runtime::Response,
    ) -> Result<
        cloudsdk_runtime::ResponseValue<crate::types::TerminateNodeClusterResponse>,
        crate::Error,
    > {
        let (status, headers) = (response.status(), response.headers().clone());
        let value = match status.as_u16() {
            202u16 => {
                crate::types::TerminateNodeClusterResponse::Status202(
                    response.json::<_, crate::types::Error>()?,
                )
            }
            204u16 => crate::types::TerminateNodeClusterResponse::Status204(()),
            _ => return Err(response.unexpected()),
        };
        Ok(cloudsdk_runtime::ResponseValue::new(status, headers, value))
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "terminateNodeCluster",
            cloudsdk_runtime::Method::DELETE,
            "/api/infra/v1/{namespace}/nodecluster/{uuid}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::NodeClustersApi::update`]; finish with [`send`](UpdateNodeCluster::send).
#[cfg(feature = "node-clusters")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateNodeCluster {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::NodeClusterUpdate>,
}
#[cfg(feature = "node-clusters")]
impl UpdateNodeCluster {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`PATCH /api/infra/v1/{namespace}/nodecluster/{uuid}/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::NodeCluster, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::NodeCluster>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateNodeCluster",
            cloudsdk_runtime::Method::PATCH,
            "/api/infra/v1/{namespace}/nodecluster/{uuid}/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(402u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(415u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::NodeClusterUpdate> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request.json_later(self.body)
    }
}
/// Request builder for [`crate::builders::NodeClustersApi::deploy`]; finish with [`send`](DeployNodeCluster::send).
#[cfg(feature = "node-clusters")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeployNodeCluster {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "node-clusters")]
impl DeployNodeCluster {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`POST /api/infra/v1/{namespace}/nodecluster/{uuid}/deploy/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::NodeCluster, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::NodeCluster>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deployNodeCluster",
            cloudsdk_runtime::Method::POST,
            "/api/infra/v1/{namespace}/nodecluster/{uuid}/deploy/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(402u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::NodeClustersApi::upgrade_docker`]; finish with [`send`](UpgradeNodeClusterDocker::send).
#[cfg(feature = "node-clusters")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpgradeNodeClusterDocker {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "node-clusters")]
impl UpgradeNodeClusterDocker {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`POST /api/infra/v1/{namespace}/nodecluster/{uuid}/docker-upgrade/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::NodeCluster, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::NodeCluster>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "upgradeNodeClusterDocker",
            cloudsdk_runtime::Method::POST,
            "/api/infra/v1/{namespace}/nodecluster/{uuid}/docker-upgrade/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::NodesApi::list`]; finish with [`send`](ListNodes::send).
#[cfg(feature = "nodes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListNodes {
    pub(crate) client: crate::Client,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) uuid: Option<::std::string::String>,
    pub(crate) state: Option<crate::types::NodeState>,
    pub(crate) node_cluster: Option<::std::string::String>,
    pub(crate) node_type: Option<::std::string::String>,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) docker_version: Option<::std::string::String>,
    pub(crate) limit: Option<i64>,
    pub(crate) offset: Option<i64>,
}
#[cfg(feature = "nodes")]
impl ListNodes {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Only the node with this identifier.
    pub fn uuid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uuid = Some(value.into());
        self
    }
    /// Only nodes in this state.
    pub fn state(mut self, value: crate::types::NodeState) -> Self {
        self.state = Some(value);
        self
    }
    /// Only nodes of the cluster with this resource URI.
    pub fn node_cluster(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_cluster = Some(value.into());
        self
    }
    /// Only nodes of the node type with this resource URI.
    pub fn node_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_type = Some(value.into());
        self
    }
    /// Only nodes in the region with this resource URI.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Only nodes running this Docker version.
    pub fn docker_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.docker_version = Some(value.into());
        self
    }
    /// Number of objects per page (default 25).
    ///
    /// Bounds: at least 1.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Index of the first object to return.
    ///
    /// Bounds: at least 0.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sends the request (`GET /api/infra/v1/{namespace}/node/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::NodeList, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::NodeList>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::Node> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::meta_next(
            "objects",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listNodes",
            cloudsdk_runtime::Method::GET,
            "/api/infra/v1/{namespace}/node/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("namespace", &self.namespace);
        request.query("uuid", &self.uuid, cloudsdk_runtime::QueryStyle::form(true));
        request.query("state", &self.state, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query(
                "node_cluster",
                &self.node_cluster,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request
            .query(
                "node_type",
                &self.node_type,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query(
                "docker_version",
                &self.docker_version,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request.query("limit", &self.limit, cloudsdk_runtime::QueryStyle::form(true));
        request.query("offset", &self.offset, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::NodesApi::get`]; finish with [`send`](GetNode::send).
#[cfg(feature = "nodes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetNode {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "nodes")]
impl GetNode {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`GET /api/infra/v1/{namespace}/node/{uuid}/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Node, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Node>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getNode",
            cloudsdk_runtime::Method::GET,
            "/api/infra/v1/{namespace}/node/{uuid}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::NodesApi::terminate`]; finish with [`send`](TerminateNode::send).
#[cfg(feature = "nodes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct TerminateNode {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "nodes")]
impl TerminateNode {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /api/infra/v1/{namespace}/node/{uuid}/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::TerminateNodeResponse, crate::Error> {
        self.prepare().sending_value(Self::decode)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::TerminateNodeResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(Self::decode)
    }
    #[inline]
    fn decode(
        response: cloudsdk_runtime::Response,
    ) -> Result<
        cloudsdk_runtime::ResponseValue<crate::types::TerminateNodeResponse>,
        crate::Error,
    > {
        let (status, headers) = (response.status(), response.headers().clone());
        let value = match status.as_u16() {
            202u16 => {
                crate::types::TerminateNodeResponse::Status202(
                    response.json::<_, crate::types::Error>()?,
                )
            }
            204u16 => crate::types::TerminateNodeResponse::Status204(()),
            _ => return Err(response.unexpected()),
        };
        Ok(cloudsdk_runtime::ResponseValue::new(status, headers, value))
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "terminateNode",
            cloudsdk_runtime::Method::DELETE,
            "/api/infra/v1/{namespace}/node/{uuid}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::NodesApi::update`]; finish with [`send`](UpdateNode::send).
#[cfg(feature = "nodes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateNode {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::NodeUpdate>,
}
#[cfg(feature = "nodes")]
impl UpdateNode {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`PATCH /api/infra/v1/{namespace}/node/{uuid}/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Node, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Node>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateNode",
            cloudsdk_runtime::Method::PATCH,
            "/api/infra/v1/{namespace}/node/{uuid}/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(415u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::NodeUpdate> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request.json_later(self.body)
    }
}
/// Request builder for [`crate::builders::NodesApi::upgrade_docker`]; finish with [`send`](UpgradeNodeDocker::send).
#[cfg(feature = "nodes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpgradeNodeDocker {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "nodes")]
impl UpgradeNodeDocker {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`POST /api/infra/v1/{namespace}/node/{uuid}/docker-upgrade/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Node, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Node>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "upgradeNodeDocker",
            cloudsdk_runtime::Method::POST,
            "/api/infra/v1/{namespace}/node/{uuid}/docker-upgrade/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::NodesApi::check_health`]; finish with [`send`](CheckNodeHealth::send).
#[cfg(feature = "nodes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CheckNodeHealth {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "nodes")]
impl CheckNodeHealth {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`POST /api/infra/v1/{namespace}/node/{uuid}/health-check/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Node, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Node>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "checkNodeHealth",
            cloudsdk_runtime::Method::POST,
            "/api/infra/v1/{namespace}/node/{uuid}/health-check/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Stream builder for [`crate::builders::NodesApi::stream_events`]; start it with [`connect`](StreamNodeEvents::connect).
#[cfg(feature = "nodes")]
#[derive(Debug, Clone)]
#[must_use = "a stream does nothing until `.connect()` is polled"]
pub struct StreamNodeEvents {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "nodes")]
impl StreamNodeEvents {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Connects to `wss://ws.cloud.docker.com/api/infra/v1/{namespace}/node/{uuid}/events/` and yields each message; reconnects (and resumes from the server's position) when the connection drops.
    pub fn connect(self) -> cloudsdk_runtime::WebSocketStream<crate::types::NodeEvent> {
        static OPERATION: cloudsdk_runtime::WebSocketOperation = cloudsdk_runtime::WebSocketOperation::new(
                "streamNodeEvents",
                "wss://ws.cloud.docker.com/api/infra/v1/{namespace}/node/{uuid}/events/",
            )
            .auth(cloudsdk_runtime::AuthMode::Header);
        let mut request = self.client.raw().websocket(&OPERATION);
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request.connect()
    }
}
/// Request builder for [`crate::builders::NodeTagsApi::list`]; finish with [`send`](ListNodeTags::send).
#[cfg(feature = "node-tags")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListNodeTags {
    pub(crate) client: crate::Client,
    pub(crate) name: Option<::std::string::String>,
    pub(crate) origin: Option<crate::types::NodeTagOrigin>,
    pub(crate) limit: Option<i64>,
    pub(crate) offset: Option<i64>,
}
#[cfg(feature = "node-tags")]
impl ListNodeTags {
    /// Only tags with this text.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Only tags with this origin.
    pub fn origin(mut self, value: crate::types::NodeTagOrigin) -> Self {
        self.origin = Some(value);
        self
    }
    /// Number of objects per page (default 25).
    ///
    /// Bounds: at least 1.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Index of the first object to return.
    ///
    /// Bounds: at least 0.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sends the request (`GET /api/infra/v1/tag/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::NodeTagList, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::NodeTagList>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::NodeTag> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::meta_next(
            "objects",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listNodeTags",
            cloudsdk_runtime::Method::GET,
            "/api/infra/v1/tag/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("name", &self.name, cloudsdk_runtime::QueryStyle::form(true));
        request.query("origin", &self.origin, cloudsdk_runtime::QueryStyle::form(true));
        request.query("limit", &self.limit, cloudsdk_runtime::QueryStyle::form(true));
        request.query("offset", &self.offset, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::RegistriesApi::list`]; finish with [`send`](ListRegistries::send).
#[cfg(feature = "registries")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListRegistries {
    pub(crate) client: crate::Client,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) uuid: Option<::std::string::String>,
    pub(crate) name: Option<::std::string::String>,
    pub(crate) host: Option<::std::string::String>,
    pub(crate) is_docker_registry: Option<bool>,
    pub(crate) limit: Option<i64>,
    pub(crate) offset: Option<i64>,
}
#[cfg(feature = "registries")]
impl ListRegistries {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Only the registry with this identifier.
    pub fn uuid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uuid = Some(value.into());
        self
    }
    /// Only registries with this name.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Only the registry at this host.
    pub fn host(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.host = Some(value.into());
        self
    }
    /// Only registries that Docker runs (`true`) or does not run (`false`).
    pub fn is_docker_registry(mut self, value: bool) -> Self {
        self.is_docker_registry = Some(value);
        self
    }
    /// Number of objects per page (default 25).
    ///
    /// Bounds: at least 1.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Index of the first object to return.
    ///
    /// Bounds: at least 0.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sends the request (`GET /api/repo/v1/{namespace}/registry/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::RegistryList, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::RegistryList>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::Registry> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::meta_next(
            "objects",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listRegistries",
            cloudsdk_runtime::Method::GET,
            "/api/repo/v1/{namespace}/registry/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("namespace", &self.namespace);
        request.query("uuid", &self.uuid, cloudsdk_runtime::QueryStyle::form(true));
        request.query("name", &self.name, cloudsdk_runtime::QueryStyle::form(true));
        request.query("host", &self.host, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query(
                "is_docker_registry",
                &self.is_docker_registry,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request.query("limit", &self.limit, cloudsdk_runtime::QueryStyle::form(true));
        request.query("offset", &self.offset, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::RegistriesApi::get`]; finish with [`send`](GetRegistry::send).
#[cfg(feature = "registries")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetRegistry {
    pub(crate) client: crate::Client,
    pub(crate) host: ::std::string::String,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "registries")]
impl GetRegistry {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`GET /api/repo/v1/{namespace}/registry/{host}/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Registry, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Registry>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getRegistry",
            cloudsdk_runtime::Method::GET,
            "/api/repo/v1/{namespace}/registry/{host}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("host", &self.host);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::RepositoriesApi::list`]; finish with [`send`](ListRepositories::send).
#[cfg(feature = "repositories")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListRepositories {
    pub(crate) client: crate::Client,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) name: Option<::std::string::String>,
    pub(crate) registry: Option<::std::string::String>,
    pub(crate) limit: Option<i64>,
    pub(crate) offset: Option<i64>,
}
#[cfg(feature = "repositories")]
impl ListRepositories {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Only the repository with this full name.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Only repositories on the registry with this resource URI.
    pub fn registry(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.registry = Some(value.into());
        self
    }
    /// Number of objects per page (default 25).
    ///
    /// Bounds: at least 1.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Index of the first object to return.
    ///
    /// Bounds: at least 0.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sends the request (`GET /api/repo/v1/{namespace}/repository/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::RepositoryList, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::RepositoryList>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::Repository> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::meta_next(
            "objects",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listRepositories",
            cloudsdk_runtime::Method::GET,
            "/api/repo/v1/{namespace}/repository/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("namespace", &self.namespace);
        request.query("name", &self.name, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query("registry", &self.registry, cloudsdk_runtime::QueryStyle::form(true));
        request.query("limit", &self.limit, cloudsdk_runtime::QueryStyle::form(true));
        request.query("offset", &self.offset, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::RepositoriesApi::create`]; finish with [`send`](CreateRepository::send).
#[cfg(feature = "repositories")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateRepository {
    pub(crate) client: crate::Client,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::RepositoryCreate>,
}
#[cfg(feature = "repositories")]
impl CreateRepository {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`POST /api/repo/v1/{namespace}/repository/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Repository, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Repository>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createRepository",
            cloudsdk_runtime::Method::POST,
            "/api/repo/v1/{namespace}/repository/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(409u16),
                cloudsdk_runtime::StatusMatch::Code(415u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::RepositoryCreate> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("namespace", &self.namespace);
        request.json_later(self.body)
    }
}
/// Request builder for [`crate::builders::RepositoriesApi::get`]; finish with [`send`](GetRepository::send).
#[cfg(feature = "repositories")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetRepository {
    pub(crate) client: crate::Client,
    pub(crate) name: ::std::string::String,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "repositories")]
impl GetRepository {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`GET /api/repo/v1/{namespace}/repository/{name}/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Repository, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Repository>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getRepository",
            cloudsdk_runtime::Method::GET,
            "/api/repo/v1/{namespace}/repository/{name}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param_reserved("name", &self.name);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::RepositoriesApi::delete`]; finish with [`send`](DeleteRepository::send).
#[cfg(feature = "repositories")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteRepository {
    pub(crate) client: crate::Client,
    pub(crate) name: ::std::string::String,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "repositories")]
impl DeleteRepository {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /api/repo/v1/{namespace}/repository/{name}/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<(), crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::empty)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<cloudsdk_runtime::ResponseValue<()>, crate::Error> {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::empty)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteRepository",
            cloudsdk_runtime::Method::DELETE,
            "/api/repo/v1/{namespace}/repository/{name}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param_reserved("name", &self.name);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::RepositoriesApi::update`]; finish with [`send`](UpdateRepository::send).
#[cfg(feature = "repositories")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateRepository {
    pub(crate) client: crate::Client,
    pub(crate) name: ::std::string::String,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::RepositoryUpdate>,
}
#[cfg(feature = "repositories")]
impl UpdateRepository {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`PATCH /api/repo/v1/{namespace}/repository/{name}/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Repository, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Repository>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateRepository",
            cloudsdk_runtime::Method::PATCH,
            "/api/repo/v1/{namespace}/repository/{name}/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(415u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::RepositoryUpdate> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param_reserved("name", &self.name);
        request.path_param("namespace", &self.namespace);
        request.json_later(self.body)
    }
}
/// Request builder for [`crate::builders::StacksApi::list`]; finish with [`send`](ListStacks::send).
#[cfg(feature = "stacks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListStacks {
    pub(crate) client: crate::Client,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) uuid: Option<::std::string::String>,
    pub(crate) name: Option<::std::string::String>,
    pub(crate) limit: Option<i64>,
    pub(crate) offset: Option<i64>,
}
#[cfg(feature = "stacks")]
impl ListStacks {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Only the stack with this identifier.
    pub fn uuid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uuid = Some(value.into());
        self
    }
    /// Only stacks with this name.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Number of objects per page (default 25).
    ///
    /// Bounds: at least 1.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Index of the first object to return.
    ///
    /// Bounds: at least 0.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sends the request (`GET /api/app/v1/{namespace}/stack/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::StackList, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::StackList>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::Stack> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::meta_next(
            "objects",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listStacks",
            cloudsdk_runtime::Method::GET,
            "/api/app/v1/{namespace}/stack/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("namespace", &self.namespace);
        request.query("uuid", &self.uuid, cloudsdk_runtime::QueryStyle::form(true));
        request.query("name", &self.name, cloudsdk_runtime::QueryStyle::form(true));
        request.query("limit", &self.limit, cloudsdk_runtime::QueryStyle::form(true));
        request.query("offset", &self.offset, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::StacksApi::create`]; finish with [`send`](CreateStack::send).
#[cfg(feature = "stacks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateStack {
    pub(crate) client: crate::Client,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::StackCreate>,
}
#[cfg(feature = "stacks")]
impl CreateStack {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`POST /api/app/v1/{namespace}/stack/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Stack, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Stack>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createStack",
            cloudsdk_runtime::Method::POST,
            "/api/app/v1/{namespace}/stack/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(402u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(409u16),
                cloudsdk_runtime::StatusMatch::Code(415u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::StackCreate> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("namespace", &self.namespace);
        request.json_later(self.body)
    }
}
/// Request builder for [`crate::builders::StacksApi::get`]; finish with [`send`](GetStack::send).
#[cfg(feature = "stacks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetStack {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "stacks")]
impl GetStack {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`GET /api/app/v1/{namespace}/stack/{uuid}/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Stack, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Stack>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getStack",
            cloudsdk_runtime::Method::GET,
            "/api/app/v1/{namespace}/stack/{uuid}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::StacksApi::terminate`]; finish with [`send`](TerminateStack::send).
#[cfg(feature = "stacks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct TerminateStack {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "stacks")]
impl TerminateStack {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /api/app/v1/{namespace}/stack/{uuid}/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::TerminateStackResponse, crate::Error> {
        self.prepare().sending_value(Self::decode)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::TerminateStackResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(Self::decode)
    }
    #[inline]
    fn decode(
        response: cloudsdk_runtime::Response,
    ) -> Result<
        cloudsdk_runtime::ResponseValue<crate::types::TerminateStackResponse>,
        crate::Error,
    > {
        let (status, headers) = (response.status(), response.headers().clone());
        let value = match status.as_u16() {
            202u16 => {
                crate::types::TerminateStackResponse::Status202(
                    response.json::<_, crate::types::Error>()?,
                )
            }
            204u16 => crate::types::TerminateStackResponse::Status204(()),
            _ => return Err(response.unexpected()),
        };
        Ok(cloudsdk_runtime::ResponseValue::new(status, headers, value))
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "terminateStack",
            cloudsdk_runtime::Method::DELETE,
            "/api/app/v1/{namespace}/stack/{uuid}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::StacksApi::update`]; finish with [`send`](UpdateStack::send).
#[cfg(feature = "stacks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateStack {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::StackUpdate>,
}
#[cfg(feature = "stacks")]
impl UpdateStack {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`PATCH /api/app/v1/{namespace}/stack/{uuid}/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Stack, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Stack>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateStack",
            cloudsdk_runtime::Method::PATCH,
            "/api/app/v1/{namespace}/stack/{uuid}/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(402u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(415u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::StackUpdate> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request.json_later(self.body)
    }
}
/// Request builder for [`crate::builders::StacksApi::export`]; finish with [`send`](ExportStack::send).
#[cfg(feature = "stacks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ExportStack {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "stacks")]
impl ExportStack {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`GET /api/app/v1/{namespace}/stack/{uuid}/export/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::StackExport, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::StackExport>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "exportStack",
            cloudsdk_runtime::Method::GET,
            "/api/app/v1/{namespace}/stack/{uuid}/export/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::StacksApi::start`]; finish with [`send`](StartStack::send).
#[cfg(feature = "stacks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StartStack {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "stacks")]
impl StartStack {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`POST /api/app/v1/{namespace}/stack/{uuid}/start/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Stack, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Stack>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "startStack",
            cloudsdk_runtime::Method::POST,
            "/api/app/v1/{namespace}/stack/{uuid}/start/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(402u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::StacksApi::stop`]; finish with [`send`](StopStack::send).
#[cfg(feature = "stacks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StopStack {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "stacks")]
impl StopStack {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`POST /api/app/v1/{namespace}/stack/{uuid}/stop/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Stack, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Stack>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "stopStack",
            cloudsdk_runtime::Method::POST,
            "/api/app/v1/{namespace}/stack/{uuid}/stop/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::StacksApi::redeploy`]; finish with [`send`](RedeployStack::send).
#[cfg(feature = "stacks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RedeployStack {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) reuse_volumes: Option<bool>,
}
#[cfg(feature = "stacks")]
impl RedeployStack {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Keep the containers' volumes across the redeployment (default true).
    pub fn reuse_volumes(mut self, value: bool) -> Self {
        self.reuse_volumes = Some(value);
        self
    }
    /// Sends the request (`POST /api/app/v1/{namespace}/stack/{uuid}/redeploy/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Stack, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Stack>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "redeployStack",
            cloudsdk_runtime::Method::POST,
            "/api/app/v1/{namespace}/stack/{uuid}/redeploy/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(402u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
            .query(
                "reuse_volumes",
                &self.reuse_volumes,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request
    }
}
/// Request builder for [`crate::builders::ServicesApi::list`]; finish with [`send`](ListServices::send).
#[cfg(feature = "services")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListServices {
    pub(crate) client: crate::Client,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) uuid: Option<::std::string::String>,
    pub(crate) state: Option<crate::types::ServiceState>,
    pub(crate) name: Option<::std::string::String>,
    pub(crate) stack: Option<::std::string::String>,
    pub(crate) limit: Option<i64>,
    pub(crate) offset: Option<i64>,
}
#[cfg(feature = "services")]
impl ListServices {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Only the service with this identifier.
    pub fn uuid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uuid = Some(value.into());
        self
    }
    /// Only services in this state.
    pub fn state(mut self, value: crate::types::ServiceState) -> Self {
        self.state = Some(value);
        self
    }
    /// Only services with this name.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Only services of the stack with this resource URI.
    pub fn stack(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stack = Some(value.into());
        self
    }
    /// Number of objects per page (default 25).
    ///
    /// Bounds: at least 1.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Index of the first object to return.
    ///
    /// Bounds: at least 0.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sends the request (`GET /api/app/v1/{namespace}/service/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ServiceList, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ServiceList>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::Service> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::meta_next(
            "objects",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listServices",
            cloudsdk_runtime::Method::GET,
            "/api/app/v1/{namespace}/service/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("namespace", &self.namespace);
        request.query("uuid", &self.uuid, cloudsdk_runtime::QueryStyle::form(true));
        request.query("state", &self.state, cloudsdk_runtime::QueryStyle::form(true));
        request.query("name", &self.name, cloudsdk_runtime::QueryStyle::form(true));
        request.query("stack", &self.stack, cloudsdk_runtime::QueryStyle::form(true));
        request.query("limit", &self.limit, cloudsdk_runtime::QueryStyle::form(true));
        request.query("offset", &self.offset, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ServicesApi::create`]; finish with [`send`](CreateService::send).
#[cfg(feature = "services")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateService {
    pub(crate) client: crate::Client,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::ServiceCreate>,
}
#[cfg(feature = "services")]
impl CreateService {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`POST /api/app/v1/{namespace}/service/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Service, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Service>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createService",
            cloudsdk_runtime::Method::POST,
            "/api/app/v1/{namespace}/service/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(402u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(409u16),
                cloudsdk_runtime::StatusMatch::Code(415u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::ServiceCreate> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("namespace", &self.namespace);
        request.json_later(self.body)
    }
}
/// Request builder for [`crate::builders::ServicesApi::get`]; finish with [`send`](GetService::send).
#[cfg(feature = "services")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetService {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "services")]
impl GetService {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`GET /api/app/v1/{namespace}/service/{uuid}/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Service, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Service>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getService",
            cloudsdk_runtime::Method::GET,
            "/api/app/v1/{namespace}/service/{uuid}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::ServicesApi::terminate`]; finish with [`send`](TerminateService::send).
#[cfg(feature = "services")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct TerminateService {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "services")]
impl TerminateService {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /api/app/v1/{namespace}/service/{uuid}/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        crate::types::TerminateServiceResponse,
        crate::Error,
    > {
        self.prepare().sending_value(Self::decode)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::TerminateServiceResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(Self::decode)
    }
    #[inline]
    fn decode(
        response: cloudsdk_runtime::Response,
    ) -> Result<
        cloudsdk_runtime::ResponseValue<crate::types::TerminateServiceResponse>,
        crate::Error,
    > {
        let (status, headers) = (response.status(), response.headers().clone());
        let value = match status.as_u16() {
            202u16 => {
                crate::types::TerminateServiceResponse::Status202(
                    response.json::<_, crate::types::Error>()?,
                )
            }
            204u16 => crate::types::TerminateServiceResponse::Status204(()),
            _ => return Err(response.unexpected()),
        };
        Ok(cloudsdk_runtime::ResponseValue::new(status, headers, value))
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "terminateService",
            cloudsdk_runtime::Method::DELETE,
            "/api/app/v1/{namespace}/service/{uuid}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::ServicesApi::update`]; finish with [`send`](UpdateService::send).
#[cfg(feature = "services")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateService {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::ServiceUpdate>,
}
#[cfg(feature = "services")]
impl UpdateService {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`PATCH /api/app/v1/{namespace}/service/{uuid}/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Service, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Service>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateService",
            cloudsdk_runtime::Method::PATCH,
            "/api/app/v1/{namespace}/service/{uuid}/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(402u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(415u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::ServiceUpdate> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request.json_later(self.body)
    }
}
/// Request builder for [`crate::builders::ServicesApi::start`]; finish with [`send`](StartService::send).
#[cfg(feature = "services")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StartService {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "services")]
impl StartService {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`POST /api/app/v1/{namespace}/service/{uuid}/start/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Service, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Service>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "startService",
            cloudsdk_runtime::Method::POST,
            "/api/app/v1/{namespace}/service/{uuid}/start/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(402u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::ServicesApi::stop`]; finish with [`send`](StopService::send).
#[cfg(feature = "services")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StopService {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "services")]
impl StopService {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`POST /api/app/v1/{namespace}/service/{uuid}/stop/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Service, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Service>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "stopService",
            cloudsdk_runtime::Method::POST,
            "/api/app/v1/{namespace}/service/{uuid}/stop/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::ServicesApi::scale`]; finish with [`send`](ScaleService::send).
#[cfg(feature = "services")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ScaleService {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "services")]
impl ScaleService {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`POST /api/app/v1/{namespace}/service/{uuid}/scale/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Service, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Service>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "scaleService",
            cloudsdk_runtime::Method::POST,
            "/api/app/v1/{namespace}/service/{uuid}/scale/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(402u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::ServicesApi::redeploy`]; finish with [`send`](RedeployService::send).
#[cfg(feature = "services")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RedeployService {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) reuse_volumes: Option<bool>,
}
#[cfg(feature = "services")]
impl RedeployService {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Keep the containers' volumes across the redeployment (default true).
    pub fn reuse_volumes(mut self, value: bool) -> Self {
        self.reuse_volumes = Some(value);
        self
    }
    /// Sends the request (`POST /api/app/v1/{namespace}/service/{uuid}/redeploy/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Service, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Service>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "redeployService",
            cloudsdk_runtime::Method::POST,
            "/api/app/v1/{namespace}/service/{uuid}/redeploy/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(402u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
            .query(
                "reuse_volumes",
                &self.reuse_volumes,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request
    }
}
/// Stream builder for [`crate::builders::ServicesApi::stream_logs`]; start it with [`connect`](StreamServiceLogs::connect).
#[cfg(feature = "services")]
#[derive(Debug, Clone)]
#[must_use = "a stream does nothing until `.connect()` is polled"]
pub struct StreamServiceLogs {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) tail: Option<i64>,
    pub(crate) follow: Option<bool>,
}
#[cfg(feature = "services")]
impl StreamServiceLogs {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Number of past lines to send first (default 300).
    ///
    /// Bounds: at least 0.
    pub fn tail(mut self, value: i64) -> Self {
        self.tail = Some(value);
        self
    }
    /// Keep the connection open and send new lines as they are written (default true).
    pub fn follow(mut self, value: bool) -> Self {
        self.follow = Some(value);
        self
    }
    /// Connects to `wss://ws.cloud.docker.com/api/app/v1/{namespace}/service/{uuid}/logs/` and yields each message; reconnects (and resumes from the server's position) when the connection drops.
    pub fn connect(self) -> cloudsdk_runtime::WebSocketStream<crate::types::LogLine> {
        static OPERATION: cloudsdk_runtime::WebSocketOperation = cloudsdk_runtime::WebSocketOperation::new(
                "streamServiceLogs",
                "wss://ws.cloud.docker.com/api/app/v1/{namespace}/service/{uuid}/logs/",
            )
            .auth(cloudsdk_runtime::AuthMode::Header);
        let mut request = self.client.raw().websocket(&OPERATION);
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request.query("tail", &self.tail, cloudsdk_runtime::QueryStyle::form(true));
        request.query("follow", &self.follow, cloudsdk_runtime::QueryStyle::form(true));
        request.connect()
    }
}
/// Request builder for [`crate::builders::TriggersApi::list`]; finish with [`send`](ListTriggers::send).
#[cfg(feature = "triggers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListTriggers {
    pub(crate) client: crate::Client,
    pub(crate) service_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) limit: Option<i64>,
    pub(crate) offset: Option<i64>,
}
#[cfg(feature = "triggers")]
impl ListTriggers {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Number of objects per page (default 25).
    ///
    /// Bounds: at least 1.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Index of the first object to return.
    ///
    /// Bounds: at least 0.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sends the request (`GET /api/app/v1/{namespace}/service/{service_uuid}/trigger/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::TriggerList, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::TriggerList>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::Trigger> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::meta_next(
            "objects",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listTriggers",
            cloudsdk_runtime::Method::GET,
            "/api/app/v1/{namespace}/service/{service_uuid}/trigger/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("service_uuid", &self.service_uuid);
        request.path_param("namespace", &self.namespace);
        request.query("limit", &self.limit, cloudsdk_runtime::QueryStyle::form(true));
        request.query("offset", &self.offset, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::TriggersApi::create`]; finish with [`send`](CreateTrigger::send).
#[cfg(feature = "triggers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateTrigger {
    pub(crate) client: crate::Client,
    pub(crate) service_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::TriggerCreate>,
}
#[cfg(feature = "triggers")]
impl CreateTrigger {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`POST /api/app/v1/{namespace}/service/{service_uuid}/trigger/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Trigger, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Trigger>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createTrigger",
            cloudsdk_runtime::Method::POST,
            "/api/app/v1/{namespace}/service/{service_uuid}/trigger/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(409u16),
                cloudsdk_runtime::StatusMatch::Code(415u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::TriggerCreate> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("service_uuid", &self.service_uuid);
        request.path_param("namespace", &self.namespace);
        request.json_later(self.body)
    }
}
/// Request builder for [`crate::builders::TriggersApi::get`]; finish with [`send`](GetTrigger::send).
#[cfg(feature = "triggers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetTrigger {
    pub(crate) client: crate::Client,
    pub(crate) service_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) trigger_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "triggers")]
impl GetTrigger {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`GET /api/app/v1/{namespace}/service/{service_uuid}/trigger/{trigger_uuid}/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Trigger, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Trigger>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getTrigger",
            cloudsdk_runtime::Method::GET,
            "/api/app/v1/{namespace}/service/{service_uuid}/trigger/{trigger_uuid}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("service_uuid", &self.service_uuid);
        request.path_param("trigger_uuid", &self.trigger_uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::TriggersApi::delete`]; finish with [`send`](DeleteTrigger::send).
#[cfg(feature = "triggers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteTrigger {
    pub(crate) client: crate::Client,
    pub(crate) service_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) trigger_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "triggers")]
impl DeleteTrigger {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /api/app/v1/{namespace}/service/{service_uuid}/trigger/{trigger_uuid}/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<(), crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::empty)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<cloudsdk_runtime::ResponseValue<()>, crate::Error> {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::empty)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteTrigger",
            cloudsdk_runtime::Method::DELETE,
            "/api/app/v1/{namespace}/service/{service_uuid}/trigger/{trigger_uuid}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("service_uuid", &self.service_uuid);
        request.path_param("trigger_uuid", &self.trigger_uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::TriggersApi::call`]; finish with [`send`](CallTrigger::send).
#[cfg(feature = "triggers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CallTrigger {
    pub(crate) client: crate::Client,
    pub(crate) service_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) trigger_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "triggers")]
impl CallTrigger {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`POST /api/app/v1/{namespace}/service/{service_uuid}/trigger/{trigger_uuid}/call/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<(), crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::empty)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<cloudsdk_runtime::ResponseValue<()>, crate::Error> {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::empty)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "callTrigger",
            cloudsdk_runtime::Method::POST,
            "/api/app/v1/{namespace}/service/{service_uuid}/trigger/{trigger_uuid}/call/",
            false,
        )
        .authenticated(false)
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("service_uuid", &self.service_uuid);
        request.path_param("trigger_uuid", &self.trigger_uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::TriggersApi::call_with_count`]; finish with [`send`](CallTriggerWithCount::send).
#[cfg(feature = "triggers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CallTriggerWithCount {
    pub(crate) client: crate::Client,
    pub(crate) service_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) trigger_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) count: i64,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "triggers")]
impl CallTriggerWithCount {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`POST /api/app/v1/{namespace}/service/{service_uuid}/trigger/{trigger_uuid}/call/{count}/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<(), crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::empty)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<cloudsdk_runtime::ResponseValue<()>, crate::Error> {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::empty)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "callTriggerWithCount",
            cloudsdk_runtime::Method::POST,
            "/api/app/v1/{namespace}/service/{service_uuid}/trigger/{trigger_uuid}/call/{count}/",
            false,
        )
        .authenticated(false)
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("service_uuid", &self.service_uuid);
        request.path_param("trigger_uuid", &self.trigger_uuid);
        request.path_param("count", &self.count);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::ContainersApi::list`]; finish with [`send`](ListContainers::send).
#[cfg(feature = "containers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListContainers {
    pub(crate) client: crate::Client,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) uuid: Option<::std::string::String>,
    pub(crate) state: Option<crate::types::ContainerState>,
    pub(crate) name: Option<::std::string::String>,
    pub(crate) service: Option<::std::string::String>,
    pub(crate) node: Option<::std::string::String>,
    pub(crate) limit: Option<i64>,
    pub(crate) offset: Option<i64>,
}
#[cfg(feature = "containers")]
impl ListContainers {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Only the container with this identifier.
    pub fn uuid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uuid = Some(value.into());
        self
    }
    /// Only containers in this state.
    pub fn state(mut self, value: crate::types::ContainerState) -> Self {
        self.state = Some(value);
        self
    }
    /// Only containers with this name.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Only containers of the service with this resource URI.
    pub fn service(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service = Some(value.into());
        self
    }
    /// Only containers on the node with this resource URI.
    pub fn node(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node = Some(value.into());
        self
    }
    /// Number of objects per page (default 25).
    ///
    /// Bounds: at least 1.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Index of the first object to return.
    ///
    /// Bounds: at least 0.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sends the request (`GET /api/app/v1/{namespace}/container/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ContainerList, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ContainerList>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::Container> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::meta_next(
            "objects",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listContainers",
            cloudsdk_runtime::Method::GET,
            "/api/app/v1/{namespace}/container/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("namespace", &self.namespace);
        request.query("uuid", &self.uuid, cloudsdk_runtime::QueryStyle::form(true));
        request.query("state", &self.state, cloudsdk_runtime::QueryStyle::form(true));
        request.query("name", &self.name, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query("service", &self.service, cloudsdk_runtime::QueryStyle::form(true));
        request.query("node", &self.node, cloudsdk_runtime::QueryStyle::form(true));
        request.query("limit", &self.limit, cloudsdk_runtime::QueryStyle::form(true));
        request.query("offset", &self.offset, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ContainersApi::get`]; finish with [`send`](GetContainer::send).
#[cfg(feature = "containers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetContainer {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "containers")]
impl GetContainer {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`GET /api/app/v1/{namespace}/container/{uuid}/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Container, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Container>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getContainer",
            cloudsdk_runtime::Method::GET,
            "/api/app/v1/{namespace}/container/{uuid}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::ContainersApi::terminate`]; finish with [`send`](TerminateContainer::send).
#[cfg(feature = "containers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct TerminateContainer {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "containers")]
impl TerminateContainer {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /api/app/v1/{namespace}/container/{uuid}/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        crate::types::TerminateContainerResponse,
        crate::Error,
    > {
        self.prepare().sending_value(Self::decode)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::TerminateContainerResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(Self::decode)
    }
    #[inline]
    fn decode(
        response: cloudsdk_runtime::Response,
    ) -> Result<
        cloudsdk_runtime::ResponseValue<crate::types::TerminateContainerResponse>,
        crate::Error,
    > {
        let (status, headers) = (response.status(), response.headers().clone());
        let value = match status.as_u16() {
            202u16 => {
                crate::types::TerminateContainerResponse::Status202(
                    response.json::<_, crate::types::Error>()?,
                )
            }
            204u16 => crate::types::TerminateContainerResponse::Status204(()),
            _ => return Err(response.unexpected()),
        };
        Ok(cloudsdk_runtime::ResponseValue::new(status, headers, value))
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "terminateContainer",
            cloudsdk_runtime::Method::DELETE,
            "/api/app/v1/{namespace}/container/{uuid}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::ContainersApi::start`]; finish with [`send`](StartContainer::send).
#[cfg(feature = "containers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StartContainer {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "containers")]
impl StartContainer {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`POST /api/app/v1/{namespace}/container/{uuid}/start/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Container, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Container>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "startContainer",
            cloudsdk_runtime::Method::POST,
            "/api/app/v1/{namespace}/container/{uuid}/start/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::ContainersApi::stop`]; finish with [`send`](StopContainer::send).
#[cfg(feature = "containers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StopContainer {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "containers")]
impl StopContainer {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`POST /api/app/v1/{namespace}/container/{uuid}/stop/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Container, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Container>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "stopContainer",
            cloudsdk_runtime::Method::POST,
            "/api/app/v1/{namespace}/container/{uuid}/stop/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::ContainersApi::redeploy`]; finish with [`send`](RedeployContainer::send).
#[cfg(feature = "containers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RedeployContainer {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) reuse_volumes: Option<bool>,
}
#[cfg(feature = "containers")]
impl RedeployContainer {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Keep the containers' volumes across the redeployment (default true).
    pub fn reuse_volumes(mut self, value: bool) -> Self {
        self.reuse_volumes = Some(value);
        self
    }
    /// Sends the request (`POST /api/app/v1/{namespace}/container/{uuid}/redeploy/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Container, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Container>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "redeployContainer",
            cloudsdk_runtime::Method::POST,
            "/api/app/v1/{namespace}/container/{uuid}/redeploy/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
            .query(
                "reuse_volumes",
                &self.reuse_volumes,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request
    }
}
/// Stream builder for [`crate::builders::ContainersApi::stream_logs`]; start it with [`connect`](StreamContainerLogs::connect).
#[cfg(feature = "containers")]
#[derive(Debug, Clone)]
#[must_use = "a stream does nothing until `.connect()` is polled"]
pub struct StreamContainerLogs {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) tail: Option<i64>,
    pub(crate) follow: Option<bool>,
    pub(crate) service: Option<::std::string::String>,
}
#[cfg(feature = "containers")]
impl StreamContainerLogs {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Number of past lines to send first (default 300).
    ///
    /// Bounds: at least 0.
    pub fn tail(mut self, value: i64) -> Self {
        self.tail = Some(value);
        self
    }
    /// Keep the connection open and send new lines as they are written (default true).
    pub fn follow(mut self, value: bool) -> Self {
        self.follow = Some(value);
        self
    }
    /// Resource URI of a service to restrict the lines to.
    pub fn service(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service = Some(value.into());
        self
    }
    /// Connects to `wss://ws.cloud.docker.com/api/app/v1/{namespace}/container/{uuid}/logs/` and yields each message; reconnects (and resumes from the server's position) when the connection drops.
    pub fn connect(self) -> cloudsdk_runtime::WebSocketStream<crate::types::LogLine> {
        static OPERATION: cloudsdk_runtime::WebSocketOperation = cloudsdk_runtime::WebSocketOperation::new(
                "streamContainerLogs",
                "wss://ws.cloud.docker.com/api/app/v1/{namespace}/container/{uuid}/logs/",
            )
            .auth(cloudsdk_runtime::AuthMode::Header);
        let mut request = self.client.raw().websocket(&OPERATION);
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request.query("tail", &self.tail, cloudsdk_runtime::QueryStyle::form(true));
        request.query("follow", &self.follow, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query("service", &self.service, cloudsdk_runtime::QueryStyle::form(true));
        request.connect()
    }
}
/// Stream builder for [`crate::builders::ContainersApi::exec_in`]; start it with [`connect`](ExecInContainer::connect).
#[cfg(feature = "containers")]
#[derive(Debug, Clone)]
#[must_use = "a stream does nothing until `.connect()` is polled"]
pub struct ExecInContainer {
    pub(crate) client: crate::Client,
    pub(crate) uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) command: Option<::std::string::String>,
}
#[cfg(feature = "containers")]
impl ExecInContainer {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Command line to run (default `sh`).
    pub fn command(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.command = Some(value.into());
        self
    }
    /// Connects to `wss://ws.cloud.docker.com/api/app/v1/{namespace}/container/{uuid}/exec/` and returns the stream of messages with a sender for the input: an interactive session, so it is not reconnected; the stream ends when the server closes it.
    pub fn connect(
        self,
    ) -> (
        cloudsdk_runtime::WebSocketStream<crate::types::ExecOutput>,
        cloudsdk_runtime::WebSocketSender<crate::types::ExecInput>,
    ) {
        static OPERATION: cloudsdk_runtime::WebSocketOperation = cloudsdk_runtime::WebSocketOperation::new(
                "execInContainer",
                "wss://ws.cloud.docker.com/api/app/v1/{namespace}/container/{uuid}/exec/",
            )
            .auth(cloudsdk_runtime::AuthMode::Header);
        let mut request = self.client.raw().websocket(&OPERATION);
        request.path_param("uuid", &self.uuid);
        request.path_param("namespace", &self.namespace);
        request
            .query("command", &self.command, cloudsdk_runtime::QueryStyle::form(true));
        request.reconnect(cloudsdk_runtime::ReconnectPolicy::none());
        let stream = request.connect();
        let sender = stream.sender();
        (stream, sender)
    }
}
/// Stream builder for [`crate::builders::EventsApi::stream`]; start it with [`connect`](StreamEvents::connect).
#[cfg(feature = "events")]
#[derive(Debug, Clone)]
#[must_use = "a stream does nothing until `.connect()` is polled"]
pub struct StreamEvents {
    pub(crate) client: crate::Client,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) type_: Option<crate::types::EventType>,
    pub(crate) object: Option<::std::string::String>,
    pub(crate) parent: Option<::std::string::String>,
    pub(crate) parents: Option<::std::vec::Vec<::std::string::String>>,
}
#[cfg(feature = "events")]
impl StreamEvents {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Only events about objects of this kind.
    pub fn type_(mut self, value: crate::types::EventType) -> Self {
        self.type_ = Some(value);
        self
    }
    /// Only events about the object with this resource URI.
    pub fn object(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Only events about children of the object with this resource URI (the form used by the API reference).
    pub fn parent(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parent = Some(value.into());
        self
    }
    /// Only events about children of any of these objects, as comma-separated resource URIs (the form used by the Go SDK).
    pub fn parents(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.parents = Some(value);
        self
    }
    /// Connects to `wss://ws.cloud.docker.com/api/audit/v1/{namespace}/events` and yields each message; reconnects (and resumes from the server's position) when the connection drops.
    pub fn connect(self) -> cloudsdk_runtime::WebSocketStream<crate::types::Event> {
        static OPERATION: cloudsdk_runtime::WebSocketOperation = cloudsdk_runtime::WebSocketOperation::new(
                "streamEvents",
                "wss://ws.cloud.docker.com/api/audit/v1/{namespace}/events",
            )
            .auth(cloudsdk_runtime::AuthMode::Header);
        let mut request = self.client.raw().websocket(&OPERATION);
        request.path_param("namespace", &self.namespace);
        request.query("type", &self.type_, cloudsdk_runtime::QueryStyle::form(true));
        request.query("object", &self.object, cloudsdk_runtime::QueryStyle::form(true));
        request.query("parent", &self.parent, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query("parents", &self.parents, cloudsdk_runtime::QueryStyle::form(false));
        request.connect()
    }
}
/// Request builder for [`crate::builders::SwarmsApi::list`]; finish with [`send`](ListSwarms::send).
#[cfg(feature = "swarms")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSwarms {
    pub(crate) client: crate::Client,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) limit: Option<i64>,
    pub(crate) offset: Option<i64>,
}
#[cfg(feature = "swarms")]
impl ListSwarms {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Number of objects per page (default 25).
    ///
    /// Bounds: at least 1.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Index of the first object to return.
    ///
    /// Bounds: at least 0.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sends the request (`GET /api/infra/v1/{namespace}/swarm/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SwarmList, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SwarmList>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::Swarm> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::meta_next(
            "objects",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listSwarms",
            cloudsdk_runtime::Method::GET,
            "/api/infra/v1/{namespace}/swarm/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("namespace", &self.namespace);
        request.query("limit", &self.limit, cloudsdk_runtime::QueryStyle::form(true));
        request.query("offset", &self.offset, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::SwarmsApi::get`]; finish with [`send`](GetSwarm::send).
#[cfg(feature = "swarms")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSwarm {
    pub(crate) client: crate::Client,
    pub(crate) swarm_id: ::std::string::String,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "swarms")]
impl GetSwarm {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`GET /api/infra/v1/{namespace}/swarm/{swarm_id}/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Swarm, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Swarm>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getSwarm",
            cloudsdk_runtime::Method::GET,
            "/api/infra/v1/{namespace}/swarm/{swarm_id}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("swarm_id", &self.swarm_id);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::SwarmsApi::delete`]; finish with [`send`](DeleteSwarm::send).
#[cfg(feature = "swarms")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteSwarm {
    pub(crate) client: crate::Client,
    pub(crate) swarm_id: ::std::string::String,
    pub(crate) namespace: Option<::std::string::String>,
}
#[cfg(feature = "swarms")]
impl DeleteSwarm {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /api/infra/v1/{namespace}/swarm/{swarm_id}/`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::DeleteSwarmResponse, crate::Error> {
        self.prepare().sending_value(Self::decode)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::DeleteSwarmResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(Self::decode)
    }
    #[inline]
    fn decode(
        response: cloudsdk_runtime::Response,
    ) -> Result<
        cloudsdk_runtime::ResponseValue<crate::types::DeleteSwarmResponse>,
        crate::Error,
    > {
        let (status, headers) = (response.status(), response.headers().clone());
        let value = match status.as_u16() {
            202u16 => {
                crate::types::DeleteSwarmResponse::Status202(
                    response.json::<_, crate::types::Error>()?,
                )
            }
            204u16 => crate::types::DeleteSwarmResponse::Status204(()),
            _ => return Err(response.unexpected()),
        };
        Ok(cloudsdk_runtime::ResponseValue::new(status, headers, value))
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteSwarm",
            cloudsdk_runtime::Method::DELETE,
            "/api/infra/v1/{namespace}/swarm/{swarm_id}/",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("swarm_id", &self.swarm_id);
        request.path_param("namespace", &self.namespace);
        request
    }
}
/// Request builder for [`crate::builders::SwarmsApi::update`]; finish with [`send`](UpdateSwarm::send).
#[cfg(feature = "swarms")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateSwarm {
    pub(crate) client: crate::Client,
    pub(crate) swarm_id: ::std::string::String,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::SwarmUpdate>,
}
#[cfg(feature = "swarms")]
impl UpdateSwarm {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`PATCH /api/infra/v1/{namespace}/swarm/{swarm_id}/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Swarm, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Swarm>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateSwarm",
            cloudsdk_runtime::Method::PATCH,
            "/api/infra/v1/{namespace}/swarm/{swarm_id}/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(415u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::SwarmUpdate> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("swarm_id", &self.swarm_id);
        request.path_param("namespace", &self.namespace);
        request.json_later(self.body)
    }
}
/// Request builder for [`crate::builders::SwarmsApi::create`]; finish with [`send`](CreateSwarm::send).
#[cfg(feature = "swarms")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateSwarm {
    pub(crate) client: crate::Client,
    pub(crate) provider: ::std::string::String,
    pub(crate) region: ::std::string::String,
    pub(crate) namespace: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::SwarmCreate>,
}
#[cfg(feature = "swarms")]
impl CreateSwarm {
    /// User or organisation owning the objects. Leave it unset to mean the authenticated account; the `/{namespace}` segment is then left out of the URL.
    pub fn namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sends the request (`POST /api/infra/v1/{namespace}/swarm/{provider}/{region}/`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Swarm, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Swarm>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createSwarm",
            cloudsdk_runtime::Method::POST,
            "/api/infra/v1/{namespace}/swarm/{provider}/{region}/",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(402u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(409u16),
                cloudsdk_runtime::StatusMatch::Code(415u16),
                cloudsdk_runtime::StatusMatch::Code(429u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
                cloudsdk_runtime::StatusMatch::Code(503u16),
                cloudsdk_runtime::StatusMatch::Code(504u16),
                cloudsdk_runtime::StatusMatch::Default,
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::SwarmCreate> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("provider", &self.provider);
        request.path_param("region", &self.region);
        request.path_param("namespace", &self.namespace);
        request.json_later(self.body)
    }
}
