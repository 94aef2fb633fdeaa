//! Test doubles: a mock server speaking this API, with expectations written in its types
//! (the `mock` feature; see the README's "Testing your code").
#![allow(clippy::type_complexity)]
pub use cloudsdk_mock::{
    Auth, Credential, Events, Messages, MockError, Mocked, Report, TokenEndpoint, When,
};
use crate::types as t;
/// A mock of the Docker Cloud API on 127.0.0.1, for testing code that uses [`crate::Client`].
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
        crate::Client::builder()
            .base_url(self.raw.url())
            .websocket_base_url(self.raw.ws_url())
    }
    /// Expectations for the operations tagged `actions`.
    pub fn actions(&self) -> ActionsApi<'_> {
        ActionsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `providers`.
    pub fn providers(&self) -> ProvidersApi<'_> {
        ProvidersApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `regions`.
    pub fn regions(&self) -> RegionsApi<'_> {
        RegionsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `availabilityZones`.
    pub fn availability_zones(&self) -> AvailabilityZonesApi<'_> {
        AvailabilityZonesApi {
            raw: &self.raw,
        }
    }
    /// Expectations for the operations tagged `nodeTypes`.
    pub fn node_types(&self) -> NodeTypesApi<'_> {
        NodeTypesApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `nodeClusters`.
    pub fn node_clusters(&self) -> NodeClustersApi<'_> {
        NodeClustersApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `nodes`.
    pub fn nodes(&self) -> NodesApi<'_> {
        NodesApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `nodeTags`.
    pub fn node_tags(&self) -> NodeTagsApi<'_> {
        NodeTagsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `registries`.
    pub fn registries(&self) -> RegistriesApi<'_> {
        RegistriesApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `repositories`.
    pub fn repositories(&self) -> RepositoriesApi<'_> {
        RepositoriesApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `stacks`.
    pub fn stacks(&self) -> StacksApi<'_> {
        StacksApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `services`.
    pub fn services(&self) -> ServicesApi<'_> {
        ServicesApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `triggers`.
    pub fn triggers(&self) -> TriggersApi<'_> {
        TriggersApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `containers`.
    pub fn containers(&self) -> ContainersApi<'_> {
        ContainersApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `events`.
    pub fn events(&self) -> EventsApi<'_> {
        EventsApi { raw: &self.raw }
    }
    /// Expectations for the operations tagged `swarms`.
    pub fn swarms(&self) -> SwarmsApi<'_> {
        SwarmsApi { raw: &self.raw }
    }
}
impl ::std::ops::Deref for MockServer {
    type Target = cloudsdk_mock::MockServer;
    fn deref(&self) -> &cloudsdk_mock::MockServer {
        &self.raw
    }
}
/// Expectations for the operations tagged `actions`.
#[derive(Debug, Clone, Copy)]
pub struct ActionsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ActionsApi<'a> {
    /// `GET /api/audit/v1/action/` (`listActions`)
    pub fn list(&self) -> When<'_, (), t::ActionList, t::Error, t::Action> {
        When::new(self.raw, &ROUTES[0])
    }
    /// `GET /api/audit/v1/action/{uuid}/` (`getAction`)
    pub fn get(&self) -> When<'_, (), t::Action, t::Error, ()> {
        When::new(self.raw, &ROUTES[1])
    }
    /// `POST /api/audit/v1/action/{uuid}/cancel/` (`cancelAction`)
    pub fn cancel(&self) -> When<'_, (), t::Action, t::Error, ()> {
        When::new(self.raw, &ROUTES[2])
    }
    /// `POST /api/audit/v1/action/{uuid}/retry/` (`retryAction`)
    pub fn retry(&self) -> When<'_, (), t::Action, t::Error, ()> {
        When::new(self.raw, &ROUTES[3])
    }
    /// `GET /api/audit/v1/action/{uuid}/logs/` (`streamActionLogs`)
    pub fn stream_logs(&self) -> When<'_, (), (), t::Error, t::LogLine> {
        When::new(self.raw, &ROUTES[4])
    }
}
/// Expectations for the operations tagged `providers`.
#[derive(Debug, Clone, Copy)]
pub struct ProvidersApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ProvidersApi<'a> {
    /// `GET /api/infra/v1/provider/` (`listProviders`)
    pub fn list(&self) -> When<'_, (), t::ProviderList, t::Error, t::Provider> {
        When::new(self.raw, &ROUTES[5])
    }
    /// `GET /api/infra/v1/provider/{name}/` (`getProvider`)
    pub fn get(&self) -> When<'_, (), t::Provider, t::Error, ()> {
        When::new(self.raw, &ROUTES[6])
    }
}
/// Expectations for the operations tagged `regions`.
#[derive(Debug, Clone, Copy)]
pub struct RegionsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> RegionsApi<'a> {
    /// `GET /api/infra/v1/region/` (`listRegions`)
    pub fn list(&self) -> When<'_, (), t::RegionList, t::Error, t::Region> {
        When::new(self.raw, &ROUTES[7])
    }
    /// `GET /api/infra/v1/region/{provider}/{name}/` (`getRegion`)
    pub fn get(&self) -> When<'_, (), t::Region, t::Error, ()> {
        When::new(self.raw, &ROUTES[8])
    }
}
/// Expectations for the operations tagged `availabilityZones`.
#[derive(Debug, Clone, Copy)]
pub struct AvailabilityZonesApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> AvailabilityZonesApi<'a> {
    /// `GET /api/infra/v1/az/` (`listAvailabilityZones`)
    pub fn list(
        &self,
    ) -> When<'_, (), t::AvailabilityZoneList, t::Error, t::AvailabilityZone> {
        When::new(self.raw, &ROUTES[9])
    }
    /// `GET /api/infra/v1/az/{provider}/{region}/{name}/` (`getAvailabilityZone`)
    pub fn get(&self) -> When<'_, (), t::AvailabilityZone, t::Error, ()> {
        When::new(self.raw, &ROUTES[10])
    }
}
/// Expectations for the operations tagged `nodeTypes`.
#[derive(Debug, Clone, Copy)]
pub struct NodeTypesApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> NodeTypesApi<'a> {
    /// `GET /api/infra/v1/nodetype/` (`listNodeTypes`)
    pub fn list(&self) -> When<'_, (), t::NodeTypeList, t::Error, t::NodeType> {
        When::new(self.raw, &ROUTES[11])
    }
    /// `GET /api/infra/v1/nodetype/{provider}/{name}/` (`getNodeType`)
    pub fn get(&self) -> When<'_, (), t::NodeType, t::Error, ()> {
        When::new(self.raw, &ROUTES[12])
    }
}
/// Expectations for the operations tagged `nodeClusters`.
#[derive(Debug, Clone, Copy)]
pub struct NodeClustersApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> NodeClustersApi<'a> {
    /// `GET /api/infra/v1/{namespace}/nodecluster/` (`listNodeClusters`)
    pub fn list(&self) -> When<'_, (), t::NodeClusterList, t::Error, t::NodeCluster> {
        When::new(self.raw, &ROUTES[13])
    }
    /// `POST /api/infra/v1/{namespace}/nodecluster/` (`createNodeCluster`)
    pub fn create(
        &self,
    ) -> When<'_, t::NodeClusterCreate, t::NodeCluster, t::Error, ()> {
        When::new(self.raw, &ROUTES[14])
    }
    /// `GET /api/infra/v1/{namespace}/nodecluster/{uuid}/` (`getNodeCluster`)
    pub fn get(&self) -> When<'_, (), t::NodeCluster, t::Error, ()> {
        When::new(self.raw, &ROUTES[15])
    }
    /// `DELETE /api/infra/v1/{namespace}/nodecluster/{uuid}/` (`terminateNodeCluster`)
    pub fn terminate(&self) -> When<'_, (), serde_json::Value, t::Error, ()> {
        When::new(self.raw, &ROUTES[16])
    }
    /// `PATCH /api/infra/v1/{namespace}/nodecluster/{uuid}/` (`updateNodeCluster`)
    pub fn update(
        &self,
    ) -> When<'_, t::NodeClusterUpdate, t::NodeCluster, t::Error, ()> {
        When::new(self.raw, &ROUTES[17])
    }
    /// `POST /api/infra/v1/{namespace}/nodecluster/{uuid}/deploy/` (`deployNodeCluster`)
    pub fn deploy(&self) -> When<'_, (), t::NodeCluster, t::Error, ()> {
        When::new(self.raw, &ROUTES[18])
    }
    /// `POST /api/infra/v1/{namespace}/nodecluster/{uuid}/docker-upgrade/` (`upgradeNodeClusterDocker`)
    pub fn upgrade_docker(&self) -> When<'_, (), t::NodeCluster, t::Error, ()> {
        When::new(self.raw, &ROUTES[19])
    }
}
/// Expectations for the operations tagged `nodes`.
#[derive(Debug, Clone, Copy)]
pub struct NodesApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> NodesApi<'a> {
    /// `GET /api/infra/v1/{namespace}/node/` (`listNodes`)
    pub fn list(&self) -> When<'_, (), t::NodeList, t::Error, t::Node> {
        When::new(self.raw, &ROUTES[20])
    }
    /// `GET /api/infra/v1/{namespace}/node/{uuid}/` (`getNode`)
    pub fn get(&self) -> When<'_, (), t::Node, t::Error, ()> {
        When::new(self.raw, &ROUTES[21])
    }
    /// `DELETE /api/infra/v1/{namespace}/node/{uuid}/` (`terminateNode`)
    pub fn terminate(&self) -> When<'_, (), serde_json::Value, t::Error, ()> {
        When::new(self.raw, &ROUTES[22])
    }
    /// `PATCH /api/infra/v1/{namespace}/node/{uuid}/` (`updateNode`)
    pub fn update(&self) -> When<'_, t::NodeUpdate, t::Node, t::Error, ()> {
        When::new(self.raw, &ROUTES[23])
    }
    /// `POST /api/infra/v1/{namespace}/node/{uuid}/docker-upgrade/` (`upgradeNodeDocker`)
    pub fn upgrade_docker(&self) -> When<'_, (), t::Node, t::Error, ()> {
        When::new(self.raw, &ROUTES[24])
    }
    /// `POST /api/infra/v1/{namespace}/node/{uuid}/health-check/` (`checkNodeHealth`)
    pub fn check_health(&self) -> When<'_, (), t::Node, t::Error, ()> {
        When::new(self.raw, &ROUTES[25])
    }
    /// `GET /api/infra/v1/{namespace}/node/{uuid}/events/` (`streamNodeEvents`)
    pub fn stream_events(&self) -> When<'_, (), (), t::Error, t::NodeEvent> {
        When::new(self.raw, &ROUTES[26])
    }
}
/// Expectations for the operations tagged `nodeTags`.
#[derive(Debug, Clone, Copy)]
pub struct NodeTagsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> NodeTagsApi<'a> {
    /// `GET /api/infra/v1/tag/` (`listNodeTags`)
    pub fn list(&self) -> When<'_, (), t::NodeTagList, t::Error, t::NodeTag> {
        When::new(self.raw, &ROUTES[27])
    }
}
/// Expectations for the operations tagged `registries`.
#[derive(Debug, Clone, Copy)]
pub struct RegistriesApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> RegistriesApi<'a> {
    /// `GET /api/repo/v1/{namespace}/registry/` (`listRegistries`)
    pub fn list(&self) -> When<'_, (), t::RegistryList, t::Error, t::Registry> {
        When::new(self.raw, &ROUTES[28])
    }
    /// `GET /api/repo/v1/{namespace}/registry/{host}/` (`getRegistry`)
    pub fn get(&self) -> When<'_, (), t::Registry, t::Error, ()> {
        When::new(self.raw, &ROUTES[29])
    }
}
/// Expectations for the operations tagged `repositories`.
#[derive(Debug, Clone, Copy)]
pub struct RepositoriesApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> RepositoriesApi<'a> {
    /// `GET /api/repo/v1/{namespace}/repository/` (`listRepositories`)
    pub fn list(&self) -> When<'_, (), t::RepositoryList, t::Error, t::Repository> {
        When::new(self.raw, &ROUTES[30])
    }
    /// `POST /api/repo/v1/{namespace}/repository/` (`createRepository`)
    pub fn create(&self) -> When<'_, t::RepositoryCreate, t::Repository, t::Error, ()> {
        When::new(self.raw, &ROUTES[31])
    }
    /// `GET /api/repo/v1/{namespace}/repository/{name}/` (`getRepository`)
    pub fn get(&self) -> When<'_, (), t::Repository, t::Error, ()> {
        When::new(self.raw, &ROUTES[32])
    }
    /// `DELETE /api/repo/v1/{namespace}/repository/{name}/` (`deleteRepository`)
    pub fn delete(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[33])
    }
    /// `PATCH /api/repo/v1/{namespace}/repository/{name}/` (`updateRepository`)
    pub fn update(&self) -> When<'_, t::RepositoryUpdate, t::Repository, t::Error, ()> {
        When::new(self.raw, &ROUTES[34])
    }
}
/// Expectations for the operations tagged `stacks`.
#[derive(Debug, Clone, Copy)]
pub struct StacksApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> StacksApi<'a> {
    /// `GET /api/app/v1/{namespace}/stack/` (`listStacks`)
    pub fn list(&self) -> When<'_, (), t::StackList, t::Error, t::Stack> {
        When::new(self.raw, &ROUTES[35])
    }
    /// `POST /api/app/v1/{namespace}/stack/` (`createStack`)
    pub fn create(&self) -> When<'_, t::StackCreate, t::Stack, t::Error, ()> {
        When::new(self.raw, &ROUTES[36])
    }
    /// `GET /api/app/v1/{namespace}/stack/{uuid}/` (`getStack`)
    pub fn get(&self) -> When<'_, (), t::Stack, t::Error, ()> {
        When::new(self.raw, &ROUTES[37])
    }
    /// `DELETE /api/app/v1/{namespace}/stack/{uuid}/` (`terminateStack`)
    pub fn terminate(&self) -> When<'_, (), serde_json::Value, t::Error, ()> {
        When::new(self.raw, &ROUTES[38])
    }
    /// `PATCH /api/app/v1/{namespace}/stack/{uuid}/` (`updateStack`)
    pub fn update(&self) -> When<'_, t::StackUpdate, t::Stack, t::Error, ()> {
        When::new(self.raw, &ROUTES[39])
    }
    /// `GET /api/app/v1/{namespace}/stack/{uuid}/export/` (`exportStack`)
    pub fn export(&self) -> When<'_, (), t::StackExport, t::Error, ()> {
        When::new(self.raw, &ROUTES[40])
    }
    /// `POST /api/app/v1/{namespace}/stack/{uuid}/start/` (`startStack`)
    pub fn start(&self) -> When<'_, (), t::Stack, t::Error, ()> {
        When::new(self.raw, &ROUTES[41])
    }
    /// `POST /api/app/v1/{namespace}/stack/{uuid}/stop/` (`stopStack`)
    pub fn stop(&self) -> When<'_, (), t::Stack, t::Error, ()> {
        When::new(self.raw, &ROUTES[42])
    }
    /// `POST /api/app/v1/{namespace}/stack/{uuid}/redeploy/` (`redeployStack`)
    pub fn redeploy(&self) -> When<'_, (), t::Stack, t::Error, ()> {
        When::new(self.raw, &ROUTES[43])
    }
}
/// Expectations for the operations tagged `services`.
#[derive(Debug, Clone, Copy)]
pub struct ServicesApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ServicesApi<'a> {
    /// `GET /api/app/v1/{namespace}/service/` (`listServices`)
    pub fn list(&self) -> When<'_, (), t::ServiceList, t::Error, t::Service> {
        When::new(self.raw, &ROUTES[44])
    }
    /// `POST /api/app/v1/{namespace}/service/` (`createService`)
    pub fn create(&self) -> When<'_, t::ServiceCreate, t::Service, t::Error, ()> {
        When::new(self.raw, &ROUTES[45])
    }
    /// `GET /api/app/v1/{namespace}/service/{uuid}/` (`getService`)
    pub fn get(&self) -> When<'_, (), t::Service, t::Error, ()> {
        When::new(self.raw, &ROUTES[46])
    }
    /// `DELETE /api/app/v1/{namespace}/service/{uuid}/` (`terminateService`)
    pub fn terminate(&self) -> When<'_, (), serde_json::Value, t::Error, ()> {
        When::new(self.raw, &ROUTES[47])
    }
    /// `PATCH /api/app/v1/{namespace}/service/{uuid}/` (`updateService`)
    pub fn update(&self) -> When<'_, t::ServiceUpdate, t::Service, t::Error, ()> {
        When::new(self.raw, &ROUTES[48])
    }
    /// `POST /api/app/v1/{namespace}/service/{uuid}/start/` (`startService`)
    pub fn start(&self) -> When<'_, (), t::Service, t::Error, ()> {
        When::new(self.raw, &ROUTES[49])
    }
    /// `POST /api/app/v1/{namespace}/service/{uuid}/stop/` (`stopService`)
    pub fn stop(&self) -> When<'_, (), t::Service, t::Error, ()> {
        When::new(self.raw, &ROUTES[50])
    }
    /// `POST /api/app/v1/{namespace}/service/{uuid}/scale/` (`scaleService`)
    pub fn scale(&self) -> When<'_, (), t::Service, t::Error, ()> {
        When::new(self.raw, &ROUTES[51])
    }
    /// `POST /api/app/v1/{namespace}/service/{uuid}/redeploy/` (`redeployService`)
    pub fn redeploy(&self) -> When<'_, (), t::Service, t::Error, ()> {
        When::new(self.raw, &ROUTES[52])
    }
    /// `GET /api/app/v1/{namespace}/service/{uuid}/logs/` (`streamServiceLogs`)
    pub fn stream_logs(&self) -> When<'_, (), (), t::Error, t::LogLine> {
        When::new(self.raw, &ROUTES[53])
    }
}
/// Expectations for the operations tagged `triggers`.
#[derive(Debug, Clone, Copy)]
pub struct TriggersApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> TriggersApi<'a> {
    /// `GET /api/app/v1/{namespace}/service/{service_uuid}/trigger/` (`listTriggers`)
    pub fn list(&self) -> When<'_, (), t::TriggerList, t::Error, t::Trigger> {
        When::new(self.raw, &ROUTES[54])
    }
    /// `POST /api/app/v1/{namespace}/service/{service_uuid}/trigger/` (`createTrigger`)
    pub fn create(&self) -> When<'_, t::TriggerCreate, t::Trigger, t::Error, ()> {
        When::new(self.raw, &ROUTES[55])
    }
    /// `GET /api/app/v1/{namespace}/service/{service_uuid}/trigger/{trigger_uuid}/` (`getTrigger`)
    pub fn get(&self) -> When<'_, (), t::Trigger, t::Error, ()> {
        When::new(self.raw, &ROUTES[56])
    }
    /// `DELETE /api/app/v1/{namespace}/service/{service_uuid}/trigger/{trigger_uuid}/` (`deleteTrigger`)
    pub fn delete(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[57])
    }
    /// `POST /api/app/v1/{namespace}/service/{service_uuid}/trigger/{trigger_uuid}/call/` (`callTrigger`)
    pub fn call(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[58])
    }
    /// `POST /api/app/v1/{namespace}/service/{service_uuid}/trigger/{trigger_uuid}/call/{count}/` (`callTriggerWithCount`)
    pub fn call_with_count(&self) -> When<'_, (), (), t::Error, ()> {
        When::new(self.raw, &ROUTES[59])
    }
}
/// Expectations for the operations tagged `containers`.
#[derive(Debug, Clone, Copy)]
pub struct ContainersApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> ContainersApi<'a> {
    /// `GET /api/app/v1/{namespace}/container/` (`listContainers`)
    pub fn list(&self) -> When<'_, (), t::ContainerList, t::Error, t::Container> {
        When::new(self.raw, &ROUTES[60])
    }
    /// `GET /api/app/v1/{namespace}/container/{uuid}/` (`getContainer`)
    pub fn get(&self) -> When<'_, (), t::Container, t::Error, ()> {
        When::new(self.raw, &ROUTES[61])
    }
    /// `DELETE /api/app/v1/{namespace}/container/{uuid}/` (`terminateContainer`)
    pub fn terminate(&self) -> When<'_, (), serde_json::Value, t::Error, ()> {
        When::new(self.raw, &ROUTES[62])
    }
    /// `POST /api/app/v1/{namespace}/container/{uuid}/start/` (`startContainer`)
    pub fn start(&self) -> When<'_, (), t::Container, t::Error, ()> {
        When::new(self.raw, &ROUTES[63])
    }
    /// `POST /api/app/v1/{namespace}/container/{uuid}/stop/` (`stopContainer`)
    pub fn stop(&self) -> When<'_, (), t::Container, t::Error, ()> {
        When::new(self.raw, &ROUTES[64])
    }
    /// `POST /api/app/v1/{namespace}/container/{uuid}/redeploy/` (`redeployContainer`)
    pub fn redeploy(&self) -> When<'_, (), t::Container, t::Error, ()> {
        When::new(self.raw, &ROUTES[65])
    }
    /// `GET /api/app/v1/{namespace}/container/{uuid}/logs/` (`streamContainerLogs`)
    pub fn stream_logs(&self) -> When<'_, (), (), t::Error, t::LogLine> {
        When::new(self.raw, &ROUTES[66])
    }
    /// `GET /api/app/v1/{namespace}/container/{uuid}/exec/` (`execInContainer`)
    pub fn exec_in(&self) -> When<'_, (), (), t::Error, t::ExecOutput> {
        When::new(self.raw, &ROUTES[67])
    }
}
/// Expectations for the operations tagged `events`.
#[derive(Debug, Clone, Copy)]
pub struct EventsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> EventsApi<'a> {
    /// `GET /api/audit/v1/{namespace}/events` (`streamEvents`)
    pub fn stream(&self) -> When<'_, (), (), t::Error, t::Event> {
        When::new(self.raw, &ROUTES[68])
    }
}
/// Expectations for the operations tagged `swarms`.
#[derive(Debug, Clone, Copy)]
pub struct SwarmsApi<'a> {
    raw: &'a cloudsdk_mock::MockServer,
}
impl<'a> SwarmsApi<'a> {
    /// `GET /api/infra/v1/{namespace}/swarm/` (`listSwarms`)
    pub fn list(&self) -> When<'_, (), t::SwarmList, t::Error, t::Swarm> {
        When::new(self.raw, &ROUTES[69])
    }
    /// `GET /api/infra/v1/{namespace}/swarm/{swarm_id}/` (`getSwarm`)
    pub fn get(&self) -> When<'_, (), t::Swarm, t::Error, ()> {
        When::new(self.raw, &ROUTES[70])
    }
    /// `DELETE /api/infra/v1/{namespace}/swarm/{swarm_id}/` (`deleteSwarm`)
    pub fn delete(&self) -> When<'_, (), serde_json::Value, t::Error, ()> {
        When::new(self.raw, &ROUTES[71])
    }
    /// `PATCH /api/infra/v1/{namespace}/swarm/{swarm_id}/` (`updateSwarm`)
    pub fn update(&self) -> When<'_, t::SwarmUpdate, t::Swarm, t::Error, ()> {
        When::new(self.raw, &ROUTES[72])
    }
    /// `POST /api/infra/v1/{namespace}/swarm/{provider}/{region}/` (`createSwarm`)
    pub fn create(&self) -> When<'_, t::SwarmCreate, t::Swarm, t::Error, ()> {
        When::new(self.raw, &ROUTES[73])
    }
}
static ROUTES: [cloudsdk_mock::Route; 74] = [
    cloudsdk_mock::Route::new(crate::builders::ListActions::OPERATION)
        .query(
            &[
                "uuid",
                "state",
                "start_date__gte",
                "start_date__lte",
                "end_date__gte",
                "end_date__lte",
                "object",
                "include_related",
                "limit",
                "offset",
            ],
        )
        .stream(cloudsdk_mock::Stream::MetaNext {
            items: "objects",
        }),
    cloudsdk_mock::Route::new(crate::builders::GetAction::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::CancelAction::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::RetryAction::OPERATION),
    cloudsdk_mock::Route::new(const {
            &cloudsdk_runtime::Operation::new(
                "streamActionLogs",
                cloudsdk_runtime::Method::GET,
                "/api/audit/v1/action/{uuid}/logs/",
                true,
            )
        })
        .query(&["tail", "follow"])
        .stream(cloudsdk_mock::Stream::WebSocket {
            resume: None,
            first_message: false,
        }),
    cloudsdk_mock::Route::new(crate::builders::ListProviders::OPERATION)
        .query(&["name", "limit", "offset"])
        .stream(cloudsdk_mock::Stream::MetaNext {
            items: "objects",
        }),
    cloudsdk_mock::Route::new(crate::builders::GetProvider::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListRegions::OPERATION)
        .query(&["name", "provider", "limit", "offset"])
        .stream(cloudsdk_mock::Stream::MetaNext {
            items: "objects",
        }),
    cloudsdk_mock::Route::new(crate::builders::GetRegion::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListAvailabilityZones::OPERATION)
        .query(&["name", "region", "limit", "offset"])
        .stream(cloudsdk_mock::Stream::MetaNext {
            items: "objects",
        }),
    cloudsdk_mock::Route::new(crate::builders::GetAvailabilityZone::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListNodeTypes::OPERATION)
        .query(&["name", "regions", "availability_zones", "limit", "offset"])
        .stream(cloudsdk_mock::Stream::MetaNext {
            items: "objects",
        }),
    cloudsdk_mock::Route::new(crate::builders::GetNodeType::OPERATION),
    cloudsdk_mock::Route::new(crate::builders::ListNodeClusters::OPERATION)
        .query(&["uuid", "state", "name", "region", "node_type", "limit", "offset"])
        .optional_segments(&["namespace"])
        .stream(cloudsdk_mock::Stream::MetaNext {
            items: "objects",
        }),
    cloudsdk_mock::Route::new(crate::builders::CreateNodeCluster::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::GetNodeCluster::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::TerminateNodeCluster::OPERATION)
        .optional_segments(&["namespace"])
        .success(202, cloudsdk_mock::BodyKind::Json),
    cloudsdk_mock::Route::new(crate::builders::UpdateNodeCluster::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::DeployNodeCluster::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::UpgradeNodeClusterDocker::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::ListNodes::OPERATION)
        .query(
            &[
                "uuid",
                "state",
                "node_cluster",
                "node_type",
                "region",
                "docker_version",
                "limit",
                "offset",
            ],
        )
        .optional_segments(&["namespace"])
        .stream(cloudsdk_mock::Stream::MetaNext {
            items: "objects",
        }),
    cloudsdk_mock::Route::new(crate::builders::GetNode::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::TerminateNode::OPERATION)
        .optional_segments(&["namespace"])
        .success(202, cloudsdk_mock::BodyKind::Json),
    cloudsdk_mock::Route::new(crate::builders::UpdateNode::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::UpgradeNodeDocker::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::CheckNodeHealth::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(const {
            &cloudsdk_runtime::Operation::new(
                "streamNodeEvents",
                cloudsdk_runtime::Method::GET,
                "/api/infra/v1/{namespace}/node/{uuid}/events/",
                true,
            )
        })
        .stream(cloudsdk_mock::Stream::WebSocket {
            resume: None,
            first_message: false,
        }),
    cloudsdk_mock::Route::new(crate::builders::ListNodeTags::OPERATION)
        .query(&["name", "origin", "limit", "offset"])
        .stream(cloudsdk_mock::Stream::MetaNext {
            items: "objects",
        }),
    cloudsdk_mock::Route::new(crate::builders::ListRegistries::OPERATION)
        .query(&["uuid", "name", "host", "is_docker_registry", "limit", "offset"])
        .optional_segments(&["namespace"])
        .stream(cloudsdk_mock::Stream::MetaNext {
            items: "objects",
        }),
    cloudsdk_mock::Route::new(crate::builders::GetRegistry::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::ListRepositories::OPERATION)
        .query(&["name", "registry", "limit", "offset"])
        .optional_segments(&["namespace"])
        .stream(cloudsdk_mock::Stream::MetaNext {
            items: "objects",
        }),
    cloudsdk_mock::Route::new(crate::builders::CreateRepository::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::GetRepository::OPERATION)
        .optional_segments(&["namespace"])
        .reserved_params(&["name"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteRepository::OPERATION)
        .optional_segments(&["namespace"])
        .reserved_params(&["name"])
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::UpdateRepository::OPERATION)
        .optional_segments(&["namespace"])
        .reserved_params(&["name"]),
    cloudsdk_mock::Route::new(crate::builders::ListStacks::OPERATION)
        .query(&["uuid", "name", "limit", "offset"])
        .optional_segments(&["namespace"])
        .stream(cloudsdk_mock::Stream::MetaNext {
            items: "objects",
        }),
    cloudsdk_mock::Route::new(crate::builders::CreateStack::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::GetStack::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::TerminateStack::OPERATION)
        .optional_segments(&["namespace"])
        .success(202, cloudsdk_mock::BodyKind::Json),
    cloudsdk_mock::Route::new(crate::builders::UpdateStack::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::ExportStack::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::StartStack::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::StopStack::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::RedeployStack::OPERATION)
        .query(&["reuse_volumes"])
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::ListServices::OPERATION)
        .query(&["uuid", "state", "name", "stack", "limit", "offset"])
        .optional_segments(&["namespace"])
        .stream(cloudsdk_mock::Stream::MetaNext {
            items: "objects",
        }),
    cloudsdk_mock::Route::new(crate::builders::CreateService::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::GetService::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::TerminateService::OPERATION)
        .optional_segments(&["namespace"])
        .success(202, cloudsdk_mock::BodyKind::Json),
    cloudsdk_mock::Route::new(crate::builders::UpdateService::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::StartService::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::StopService::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::ScaleService::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::RedeployService::OPERATION)
        .query(&["reuse_volumes"])
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(const {
            &cloudsdk_runtime::Operation::new(
                "streamServiceLogs",
                cloudsdk_runtime::Method::GET,
                "/api/app/v1/{namespace}/service/{uuid}/logs/",
                true,
            )
        })
        .query(&["tail", "follow"])
        .stream(cloudsdk_mock::Stream::WebSocket {
            resume: None,
            first_message: false,
        }),
    cloudsdk_mock::Route::new(crate::builders::ListTriggers::OPERATION)
        .query(&["limit", "offset"])
        .optional_segments(&["namespace"])
        .stream(cloudsdk_mock::Stream::MetaNext {
            items: "objects",
        }),
    cloudsdk_mock::Route::new(crate::builders::CreateTrigger::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::GetTrigger::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteTrigger::OPERATION)
        .optional_segments(&["namespace"])
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::CallTrigger::OPERATION)
        .optional_segments(&["namespace"])
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::CallTriggerWithCount::OPERATION)
        .optional_segments(&["namespace"])
        .success(200, cloudsdk_mock::BodyKind::Empty),
    cloudsdk_mock::Route::new(crate::builders::ListContainers::OPERATION)
        .query(&["uuid", "state", "name", "service", "node", "limit", "offset"])
        .optional_segments(&["namespace"])
        .stream(cloudsdk_mock::Stream::MetaNext {
            items: "objects",
        }),
    cloudsdk_mock::Route::new(crate::builders::GetContainer::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::TerminateContainer::OPERATION)
        .optional_segments(&["namespace"])
        .success(202, cloudsdk_mock::BodyKind::Json),
    cloudsdk_mock::Route::new(crate::builders::StartContainer::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::StopContainer::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::RedeployContainer::OPERATION)
        .query(&["reuse_volumes"])
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(const {
            &cloudsdk_runtime::Operation::new(
                "streamContainerLogs",
                cloudsdk_runtime::Method::GET,
                "/api/app/v1/{namespace}/container/{uuid}/logs/",
                true,
            )
        })
        .query(&["tail", "follow", "service"])
        .stream(cloudsdk_mock::Stream::WebSocket {
            resume: None,
            first_message: false,
        }),
    cloudsdk_mock::Route::new(const {
            &cloudsdk_runtime::Operation::new(
                "execInContainer",
                cloudsdk_runtime::Method::GET,
                "/api/app/v1/{namespace}/container/{uuid}/exec/",
                true,
            )
        })
        .query(&["command"])
        .stream(cloudsdk_mock::Stream::WebSocket {
            resume: None,
            first_message: false,
        }),
    cloudsdk_mock::Route::new(const {
            &cloudsdk_runtime::Operation::new(
                "streamEvents",
                cloudsdk_runtime::Method::GET,
                "/api/audit/v1/{namespace}/events",
                true,
            )
        })
        .query(&["type", "object", "parent", "parents"])
        .stream(cloudsdk_mock::Stream::WebSocket {
            resume: None,
            first_message: false,
        }),
    cloudsdk_mock::Route::new(crate::builders::ListSwarms::OPERATION)
        .query(&["limit", "offset"])
        .optional_segments(&["namespace"])
        .stream(cloudsdk_mock::Stream::MetaNext {
            items: "objects",
        }),
    cloudsdk_mock::Route::new(crate::builders::GetSwarm::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::DeleteSwarm::OPERATION)
        .optional_segments(&["namespace"])
        .success(202, cloudsdk_mock::BodyKind::Json),
    cloudsdk_mock::Route::new(crate::builders::UpdateSwarm::OPERATION)
        .optional_segments(&["namespace"]),
    cloudsdk_mock::Route::new(crate::builders::CreateSwarm::OPERATION)
        .optional_segments(&["namespace"]),
];
