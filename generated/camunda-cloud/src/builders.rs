//! Sub-clients (one per tag) and request builders (one per operation).
#![allow(
    clippy::too_many_arguments,
    clippy::needless_lifetimes,
    clippy::type_complexity
)]
/// Camunda 8 clusters of the organization, the options available when creating one, and lifecycle actions such as upgrading, waking and network allowlisting.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, Copy)]
pub struct ClustersApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "clusters")]
impl<'a> ClustersApi<'a> {
    /// List clusters
    ///
    /// Returns every cluster owned by the organization, with full details.
    ///
    /// `GET /clusters` (`listClusters`)
    pub fn list(&self) -> crate::builders::ListClusters {
        crate::builders::ListClusters {
            client: self.client.clone(),
        }
    }
    /// Create a cluster
    ///
    /// Provisions a new cluster. The plan type, channel, generation and region identifiers must be taken from the creation parameters (`getClusterParameters`).
    ///
    /// `POST /clusters` (`createCluster`)
    pub fn create(
        &self,
        body: crate::types::CreateClusterRequest,
    ) -> crate::builders::CreateCluster {
        crate::builders::CreateCluster {
            client: self.client.clone(),
            body: Some(body),
        }
    }
    /// Get cluster creation options
    ///
    /// Lists the channels (with the generations each allows), plan types and regions that can be chosen when creating a cluster.
    ///
    /// `GET /clusters/parameters` (`getClusterParameters`)
    pub fn get_parameters(&self) -> crate::builders::GetClusterParameters {
        crate::builders::GetClusterParameters {
            client: self.client.clone(),
        }
    }
    /// Get a cluster
    ///
    /// Returns the full details of one cluster.
    ///
    /// `GET /clusters/{clusterUuid}` (`getCluster`)
    pub fn get(
        &self,
        cluster_uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::GetCluster {
        crate::builders::GetCluster {
            client: self.client.clone(),
            cluster_uuid,
        }
    }
    /// Delete a cluster
    ///
    /// Removes the cluster and all of its data. This cannot be undone.
    ///
    /// `DELETE /clusters/{clusterUuid}` (`deleteCluster`)
    pub fn delete(
        &self,
        cluster_uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::DeleteCluster {
        crate::builders::DeleteCluster {
            client: self.client.clone(),
            cluster_uuid,
        }
    }
    /// Update a cluster
    ///
    /// Changes the name, stage label or hardware package count of a cluster.
    ///
    /// `PATCH /clusters/{clusterUuid}` (`updateCluster`)
    pub fn update(
        &self,
        cluster_uuid: cloudsdk_runtime::uuid::Uuid,
        body: crate::types::UpdateClusterRequest,
    ) -> crate::builders::UpdateCluster {
        crate::builders::UpdateCluster {
            client: self.client.clone(),
            cluster_uuid,
            body: Some(body),
        }
    }
    /// Upgrade a cluster
    ///
    /// Moves the cluster to the newest generation available on its channel.
    ///
    /// `PUT /clusters/{clusterUuid}/upgrade` (`upgradeCluster`)
    pub fn upgrade(
        &self,
        cluster_uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::UpgradeCluster {
        crate::builders::UpgradeCluster {
            client: self.client.clone(),
            cluster_uuid,
        }
    }
    /// Wake a suspended cluster
    ///
    /// Resumes a cluster whose status is `Suspended`.
    ///
    /// `PUT /clusters/{clusterUuid}/wake` (`wakeCluster`)
    pub fn wake(
        &self,
        cluster_uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::WakeCluster {
        crate::builders::WakeCluster {
            client: self.client.clone(),
            cluster_uuid,
        }
    }
    /// Replace the IP allowlist
    ///
    /// Sets the network rules that decide which addresses may reach the cluster. The `ip` of every entry is a comma-separated list of CIDR ranges.
    ///
    /// `PUT /clusters/{clusterUuid}/ipallowlist` (`updateIpAllowlist`)
    pub fn update_ip_allowlist(
        &self,
        cluster_uuid: cloudsdk_runtime::uuid::Uuid,
        body: crate::types::UpdateIpAllowlistRequest,
    ) -> crate::builders::UpdateIpAllowlist {
        crate::builders::UpdateIpAllowlist {
            client: self.client.clone(),
            cluster_uuid,
            body: Some(body),
        }
    }
    /// Replace the IP allowlist (old name)
    ///
    /// Earlier spelling of `updateIpAllowlist`, with the same effect. Camunda has announced its removal (June 2025); use `updateIpAllowlist` instead.
    ///
    /// `PUT /clusters/{clusterUuid}/ipwhitelist` (`updateIpWhitelist`)
    #[deprecated(note = "deprecated by the API")]
    pub fn update_ip_whitelist(
        &self,
        cluster_uuid: cloudsdk_runtime::uuid::Uuid,
        body: crate::types::UpdateIpWhitelistRequest,
    ) -> crate::builders::UpdateIpWhitelist {
        crate::builders::UpdateIpWhitelist {
            client: self.client.clone(),
            cluster_uuid,
            body: Some(body),
        }
    }
}
/// API clients bound to one cluster, used by workers and applications to talk to Zeebe and the other cluster components. The client secret is only revealed in the response that creates the client.
#[cfg(feature = "zeebe-clients")]
#[derive(Debug, Clone, Copy)]
pub struct ZeebeClientsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "zeebe-clients")]
impl<'a> ZeebeClientsApi<'a> {
    /// List a cluster's clients
    ///
    /// Returns the API clients configured for the cluster, without their secrets.
    ///
    /// `GET /clusters/{clusterUuid}/clients` (`listZeebeClients`)
    pub fn list(
        &self,
        cluster_uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::ListZeebeClients {
        crate::builders::ListZeebeClients {
            client: self.client.clone(),
            cluster_uuid,
        }
    }
    /// Create a client
    ///
    /// Creates an API client for the cluster. When no permissions are given, the client receives every permission available at that moment. The response is the only place the client secret is ever shown, so store it right away.
    ///
    /// `POST /clusters/{clusterUuid}/clients` (`createZeebeClient`)
    pub fn create(
        &self,
        cluster_uuid: cloudsdk_runtime::uuid::Uuid,
        body: crate::types::CreateZeebeClientRequest,
    ) -> crate::builders::CreateZeebeClient {
        crate::builders::CreateZeebeClient {
            client: self.client.clone(),
            cluster_uuid,
            body: Some(body),
        }
    }
    /// Get a client's connection details
    ///
    /// Returns what an application needs to connect to the cluster with this client: the Zeebe address, the client ID and the authorization server URL. The secret is not included.
    ///
    /// `GET /clusters/{clusterUuid}/clients/{clientId}` (`getZeebeClient`)
    pub fn get(
        &self,
        cluster_uuid: cloudsdk_runtime::uuid::Uuid,
        client_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetZeebeClient {
        crate::builders::GetZeebeClient {
            client: self.client.clone(),
            cluster_uuid,
            client_id: client_id.into(),
        }
    }
    /// Delete a client
    ///
    /// Revokes and removes the client. This cannot be undone.
    ///
    /// `DELETE /clusters/{clusterUuid}/clients/{clientId}` (`deleteZeebeClient`)
    pub fn delete(
        &self,
        cluster_uuid: cloudsdk_runtime::uuid::Uuid,
        client_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteZeebeClient {
        crate::builders::DeleteZeebeClient {
            client: self.client.clone(),
            cluster_uuid,
            client_id: client_id.into(),
        }
    }
}
/// On-demand backups of a cluster's data.
#[cfg(feature = "backups")]
#[derive(Debug, Clone, Copy)]
pub struct BackupsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "backups")]
impl<'a> BackupsApi<'a> {
    /// List backups
    ///
    /// Returns every backup taken of the cluster.
    ///
    /// `GET /clusters/{clusterUuid}/backups` (`listBackups`)
    pub fn list(
        &self,
        cluster_uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::ListBackups {
        crate::builders::ListBackups {
            client: self.client.clone(),
            cluster_uuid,
        }
    }
    /// Start a backup
    ///
    /// Starts a new backup of the cluster and returns its record.
    ///
    /// `POST /clusters/{clusterUuid}/backups` (`createBackup`)
    pub fn create(
        &self,
        cluster_uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::CreateBackup {
        crate::builders::CreateBackup {
            client: self.client.clone(),
            cluster_uuid,
        }
    }
    /// Delete a backup
    ///
    /// Removes one backup of the cluster for good and returns the removed record.
    ///
    /// `DELETE /clusters/{clusterUuid}/backups/{backupId}` (`deleteBackup`)
    pub fn delete(
        &self,
        cluster_uuid: cloudsdk_runtime::uuid::Uuid,
        backup_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteBackup {
        crate::builders::DeleteBackup {
            client: self.client.clone(),
            cluster_uuid,
            backup_id: backup_id.into(),
        }
    }
}
/// Named secret values stored on a cluster for use by connectors.
#[cfg(feature = "secrets")]
#[derive(Debug, Clone, Copy)]
pub struct SecretsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "secrets")]
impl<'a> SecretsApi<'a> {
    /// List secrets
    ///
    /// Returns the cluster's connector secrets as a map from name to value.
    ///
    /// `GET /clusters/{clusterUuid}/secrets` (`listSecrets`)
    pub fn list(
        &self,
        cluster_uuid: cloudsdk_runtime::uuid::Uuid,
    ) -> crate::builders::ListSecrets {
        crate::builders::ListSecrets {
            client: self.client.clone(),
            cluster_uuid,
        }
    }
    /// Create a secret
    ///
    /// Adds a named secret to the cluster. Names are unique per cluster.
    ///
    /// `POST /clusters/{clusterUuid}/secrets` (`createSecret`)
    pub fn create(
        &self,
        cluster_uuid: cloudsdk_runtime::uuid::Uuid,
        body: crate::types::CreateSecretRequest,
    ) -> crate::builders::CreateSecret {
        crate::builders::CreateSecret {
            client: self.client.clone(),
            cluster_uuid,
            body: Some(body),
        }
    }
    /// Change a secret's value
    ///
    /// `PUT /clusters/{clusterUuid}/secrets/{secretName}` (`updateSecret`)
    pub fn update(
        &self,
        cluster_uuid: cloudsdk_runtime::uuid::Uuid,
        secret_name: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateSecretRequest,
    ) -> crate::builders::UpdateSecret {
        crate::builders::UpdateSecret {
            client: self.client.clone(),
            cluster_uuid,
            secret_name: secret_name.into(),
            body: Some(body),
        }
    }
    /// Delete a secret
    ///
    /// Removes the secret from the cluster. This cannot be undone.
    ///
    /// `DELETE /clusters/{clusterUuid}/secrets/{secretName}` (`deleteSecret`)
    pub fn delete(
        &self,
        cluster_uuid: cloudsdk_runtime::uuid::Uuid,
        secret_name: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteSecret {
        crate::builders::DeleteSecret {
            client: self.client.clone(),
            cluster_uuid,
            secret_name: secret_name.into(),
        }
    }
}
/// People who belong to, or are invited to, the organization, and their roles.
#[cfg(feature = "members")]
#[derive(Debug, Clone, Copy)]
pub struct MembersApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "members")]
impl<'a> MembersApi<'a> {
    /// List members
    ///
    /// Returns the organization's members together with pending invitations.
    ///
    /// `GET /members` (`listMembers`)
    pub fn list(&self) -> crate::builders::ListMembers {
        crate::builders::ListMembers {
            client: self.client.clone(),
        }
    }
    /// Invite a member or set their roles
    ///
    /// Assigns the given organization roles to the person with this address, inviting them if they are not yet part of the organization.
    ///
    /// `POST /members/{email}` (`updateMember`)
    pub fn update(
        &self,
        email: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateMemberRequest,
    ) -> crate::builders::UpdateMember {
        crate::builders::UpdateMember {
            client: self.client.clone(),
            email: email.into(),
            body: Some(body),
        }
    }
    /// Remove a member
    ///
    /// Removes the person from the organization, or withdraws their invitation.
    ///
    /// `DELETE /members/{email}` (`deleteMember`)
    pub fn delete(
        &self,
        email: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteMember {
        crate::builders::DeleteMember {
            client: self.client.clone(),
            email: email.into(),
        }
    }
}
/// The organization's audit trail of changes.
#[cfg(feature = "activity")]
#[derive(Debug, Clone, Copy)]
pub struct ActivityApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "activity")]
impl<'a> ActivityApi<'a> {
    /// List activity events
    ///
    /// Returns the organization's whole audit trail as structured records.
    ///
    /// `GET /activity/json` (`listActivityEvents`)
    pub fn list_events(&self) -> crate::builders::ListActivityEvents {
        crate::builders::ListActivityEvents {
            client: self.client.clone(),
        }
    }
    /// Export activity events as CSV
    ///
    /// Returns the organization's whole audit trail as one CSV document, delivered as a plain string.
    ///
    /// `GET /activity/csv` (`exportActivityCsv`)
    pub fn export_csv(&self) -> crate::builders::ExportActivityCsv {
        crate::builders::ExportActivityCsv {
            client: self.client.clone(),
        }
    }
}
/// Request builder for [`crate::builders::ClustersApi::list`]; finish with [`send`](ListClusters::send).
#[cfg(feature = "clusters")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListClusters {
    pub(crate) client: crate::Client,
}
#[cfg(feature = "clusters")]
impl ListClusters {
    /// Sends the request (`GET /clusters`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::Cluster>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::Cluster>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
        "listClusters",
        cloudsdk_runtime::Method::GET,
        "/clusters",
        true,
    );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION)
    }
}
/// Request builder for [`crate::builders::ClustersApi::create`]; finish with [`send`](CreateCluster::send).
#[cfg(feature = "clusters")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateCluster {
    pub(crate) client: crate::Client,
    pub(crate) body: Option<crate::types::CreateClusterRequest>,
}
#[cfg(feature = "clusters")]
impl CreateCluster {
    /// Sends the request (`POST /clusters`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::CreateClusterResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::CreateClusterResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createCluster",
            cloudsdk_runtime::Method::POST,
            "/clusters",
            false,
        )
        .errors(&[cloudsdk_runtime::StatusMatch::Code(400u16)]);
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::CreateClusterRequest> {
        let request = cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION);
        request.json_later(self.body)
    }
}
/// Request builder for [`crate::builders::ClustersApi::get_parameters`]; finish with [`send`](GetClusterParameters::send).
#[cfg(feature = "clusters")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetClusterParameters {
    pub(crate) client: crate::Client,
}
#[cfg(feature = "clusters")]
impl GetClusterParameters {
    /// Sends the request (`GET /clusters/parameters`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ClusterParameters, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ClusterParameters>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
        "getClusterParameters",
        cloudsdk_runtime::Method::GET,
        "/clusters/parameters",
        true,
    );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION)
    }
}
/// Request builder for [`crate::builders::ClustersApi::get`]; finish with [`send`](GetCluster::send).
#[cfg(feature = "clusters")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetCluster {
    pub(crate) client: crate::Client,
    pub(crate) cluster_uuid: cloudsdk_runtime::uuid::Uuid,
}
#[cfg(feature = "clusters")]
impl GetCluster {
    /// Sends the request (`GET /clusters/{clusterUuid}`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Cluster, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Cluster>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getCluster",
            cloudsdk_runtime::Method::GET,
            "/clusters/{clusterUuid}",
            true,
        )
        .errors(&[cloudsdk_runtime::StatusMatch::Code(404u16)]);
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("clusterUuid", &self.cluster_uuid);
        request
    }
}
/// Request builder for [`crate::builders::ClustersApi::delete`]; finish with [`send`](DeleteCluster::send).
#[cfg(feature = "clusters")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteCluster {
    pub(crate) client: crate::Client,
    pub(crate) cluster_uuid: cloudsdk_runtime::uuid::Uuid,
}
#[cfg(feature = "clusters")]
impl DeleteCluster {
    /// Sends the request (`DELETE /clusters/{clusterUuid}`) and returns the decoded body.
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
            "deleteCluster",
            cloudsdk_runtime::Method::DELETE,
            "/clusters/{clusterUuid}",
            true,
        )
        .errors(&[cloudsdk_runtime::StatusMatch::Code(404u16)]);
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("clusterUuid", &self.cluster_uuid);
        request
    }
}
/// Request builder for [`crate::builders::ClustersApi::update`]; finish with [`send`](UpdateCluster::send).
#[cfg(feature = "clusters")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateCluster {
    pub(crate) client: crate::Client,
    pub(crate) cluster_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) body: Option<crate::types::UpdateClusterRequest>,
}
#[cfg(feature = "clusters")]
impl UpdateCluster {
    /// Sends the request (`PATCH /clusters/{clusterUuid}`) and returns the decoded body.
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
            "updateCluster",
            cloudsdk_runtime::Method::PATCH,
            "/clusters/{clusterUuid}",
            false,
        )
        .errors(&[cloudsdk_runtime::StatusMatch::Code(404u16)]);
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::UpdateClusterRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("clusterUuid", &self.cluster_uuid);
        request.json_later(self.body)
    }
}
/// Request builder for [`crate::builders::ClustersApi::upgrade`]; finish with [`send`](UpgradeCluster::send).
#[cfg(feature = "clusters")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpgradeCluster {
    pub(crate) client: crate::Client,
    pub(crate) cluster_uuid: cloudsdk_runtime::uuid::Uuid,
}
#[cfg(feature = "clusters")]
impl UpgradeCluster {
    /// Sends the request (`PUT /clusters/{clusterUuid}/upgrade`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ClusterUpgrade, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ClusterUpgrade>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "upgradeCluster",
            cloudsdk_runtime::Method::PUT,
            "/clusters/{clusterUuid}/upgrade",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(412u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("clusterUuid", &self.cluster_uuid);
        request
    }
}
/// Request builder for [`crate::builders::ClustersApi::wake`]; finish with [`send`](WakeCluster::send).
#[cfg(feature = "clusters")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct WakeCluster {
    pub(crate) client: crate::Client,
    pub(crate) cluster_uuid: cloudsdk_runtime::uuid::Uuid,
}
#[cfg(feature = "clusters")]
impl WakeCluster {
    /// Sends the request (`PUT /clusters/{clusterUuid}/wake`) and returns the decoded body.
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
        "wakeCluster",
        cloudsdk_runtime::Method::PUT,
        "/clusters/{clusterUuid}/wake",
        true,
    );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("clusterUuid", &self.cluster_uuid);
        request
    }
}
/// Request builder for [`crate::builders::ClustersApi::update_ip_allowlist`]; finish with [`send`](UpdateIpAllowlist::send).
#[cfg(feature = "clusters")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateIpAllowlist {
    pub(crate) client: crate::Client,
    pub(crate) cluster_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) body: Option<crate::types::UpdateIpAllowlistRequest>,
}
#[cfg(feature = "clusters")]
impl UpdateIpAllowlist {
    /// Sends the request (`PUT /clusters/{clusterUuid}/ipallowlist`) and returns the decoded body.
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
        "updateIpAllowlist",
        cloudsdk_runtime::Method::PUT,
        "/clusters/{clusterUuid}/ipallowlist",
        true,
    );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::UpdateIpAllowlistRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("clusterUuid", &self.cluster_uuid);
        request.json_later(self.body)
    }
}
/// Request builder for [`crate::builders::ClustersApi::update_ip_whitelist`]; finish with [`send`](UpdateIpWhitelist::send).
#[cfg(feature = "clusters")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateIpWhitelist {
    pub(crate) client: crate::Client,
    pub(crate) cluster_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) body: Option<crate::types::UpdateIpWhitelistRequest>,
}
#[cfg(feature = "clusters")]
impl UpdateIpWhitelist {
    /// Sends the request (`PUT /clusters/{clusterUuid}/ipwhitelist`) and returns the decoded body.
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
        "updateIpWhitelist",
        cloudsdk_runtime::Method::PUT,
        "/clusters/{clusterUuid}/ipwhitelist",
        true,
    );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::UpdateIpWhitelistRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("clusterUuid", &self.cluster_uuid);
        request.json_later(self.body)
    }
}
/// Request builder for [`crate::builders::ZeebeClientsApi::list`]; finish with [`send`](ListZeebeClients::send).
#[cfg(feature = "zeebe-clients")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListZeebeClients {
    pub(crate) client: crate::Client,
    pub(crate) cluster_uuid: cloudsdk_runtime::uuid::Uuid,
}
#[cfg(feature = "zeebe-clients")]
impl ListZeebeClients {
    /// Sends the request (`GET /clusters/{clusterUuid}/clients`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::ZeebeClient>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::ZeebeClient>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listZeebeClients",
            cloudsdk_runtime::Method::GET,
            "/clusters/{clusterUuid}/clients",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("clusterUuid", &self.cluster_uuid);
        request
    }
}
/// Request builder for [`crate::builders::ZeebeClientsApi::create`]; finish with [`send`](CreateZeebeClient::send).
#[cfg(feature = "zeebe-clients")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateZeebeClient {
    pub(crate) client: crate::Client,
    pub(crate) cluster_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) body: Option<crate::types::CreateZeebeClientRequest>,
}
#[cfg(feature = "zeebe-clients")]
impl CreateZeebeClient {
    /// Sends the request (`POST /clusters/{clusterUuid}/clients`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::CreatedZeebeClient, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::CreatedZeebeClient>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createZeebeClient",
            cloudsdk_runtime::Method::POST,
            "/clusters/{clusterUuid}/clients",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::CreateZeebeClientRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("clusterUuid", &self.cluster_uuid);
        request.json_later(self.body)
    }
}
/// Request builder for [`crate::builders::ZeebeClientsApi::get`]; finish with [`send`](GetZeebeClient::send).
#[cfg(feature = "zeebe-clients")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetZeebeClient {
    pub(crate) client: crate::Client,
    pub(crate) cluster_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) client_id: ::std::string::String,
}
#[cfg(feature = "zeebe-clients")]
impl GetZeebeClient {
    /// Sends the request (`GET /clusters/{clusterUuid}/clients/{clientId}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ZeebeClientConnection, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ZeebeClientConnection>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getZeebeClient",
            cloudsdk_runtime::Method::GET,
            "/clusters/{clusterUuid}/clients/{clientId}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(412u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("clusterUuid", &self.cluster_uuid);
        request.path_param("clientId", &self.client_id);
        request
    }
}
/// Request builder for [`crate::builders::ZeebeClientsApi::delete`]; finish with [`send`](DeleteZeebeClient::send).
#[cfg(feature = "zeebe-clients")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteZeebeClient {
    pub(crate) client: crate::Client,
    pub(crate) cluster_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) client_id: ::std::string::String,
}
#[cfg(feature = "zeebe-clients")]
impl DeleteZeebeClient {
    /// Sends the request (`DELETE /clusters/{clusterUuid}/clients/{clientId}`) and returns the decoded body.
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
            "deleteZeebeClient",
            cloudsdk_runtime::Method::DELETE,
            "/clusters/{clusterUuid}/clients/{clientId}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("clusterUuid", &self.cluster_uuid);
        request.path_param("clientId", &self.client_id);
        request
    }
}
/// Request builder for [`crate::builders::BackupsApi::list`]; finish with [`send`](ListBackups::send).
#[cfg(feature = "backups")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListBackups {
    pub(crate) client: crate::Client,
    pub(crate) cluster_uuid: cloudsdk_runtime::uuid::Uuid,
}
#[cfg(feature = "backups")]
impl ListBackups {
    /// Sends the request (`GET /clusters/{clusterUuid}/backups`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<::std::vec::Vec<crate::types::Backup>, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::Backup>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listBackups",
            cloudsdk_runtime::Method::GET,
            "/clusters/{clusterUuid}/backups",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("clusterUuid", &self.cluster_uuid);
        request
    }
}
/// Request builder for [`crate::builders::BackupsApi::create`]; finish with [`send`](CreateBackup::send).
#[cfg(feature = "backups")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateBackup {
    pub(crate) client: crate::Client,
    pub(crate) cluster_uuid: cloudsdk_runtime::uuid::Uuid,
}
#[cfg(feature = "backups")]
impl CreateBackup {
    /// Sends the request (`POST /clusters/{clusterUuid}/backups`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Backup, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Backup>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createBackup",
            cloudsdk_runtime::Method::POST,
            "/clusters/{clusterUuid}/backups",
            false,
        )
        .errors(&[cloudsdk_runtime::StatusMatch::Code(404u16)]);
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("clusterUuid", &self.cluster_uuid);
        request
    }
}
/// Request builder for [`crate::builders::BackupsApi::delete`]; finish with [`send`](DeleteBackup::send).
#[cfg(feature = "backups")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteBackup {
    pub(crate) client: crate::Client,
    pub(crate) cluster_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) backup_id: ::std::string::String,
}
#[cfg(feature = "backups")]
impl DeleteBackup {
    /// Sends the request (`DELETE /clusters/{clusterUuid}/backups/{backupId}`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Backup, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Backup>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteBackup",
            cloudsdk_runtime::Method::DELETE,
            "/clusters/{clusterUuid}/backups/{backupId}",
            true,
        )
        .errors(&[cloudsdk_runtime::StatusMatch::Code(403u16)]);
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("clusterUuid", &self.cluster_uuid);
        request.path_param("backupId", &self.backup_id);
        request
    }
}
/// Request builder for [`crate::builders::SecretsApi::list`]; finish with [`send`](ListSecrets::send).
#[cfg(feature = "secrets")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSecrets {
    pub(crate) client: crate::Client,
    pub(crate) cluster_uuid: cloudsdk_runtime::uuid::Uuid,
}
#[cfg(feature = "secrets")]
impl ListSecrets {
    /// Sends the request (`GET /clusters/{clusterUuid}/secrets`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ClusterSecrets, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ClusterSecrets>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listSecrets",
            cloudsdk_runtime::Method::GET,
            "/clusters/{clusterUuid}/secrets",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("clusterUuid", &self.cluster_uuid);
        request
    }
}
/// Request builder for [`crate::builders::SecretsApi::create`]; finish with [`send`](CreateSecret::send).
#[cfg(feature = "secrets")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateSecret {
    pub(crate) client: crate::Client,
    pub(crate) cluster_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) body: Option<crate::types::CreateSecretRequest>,
}
#[cfg(feature = "secrets")]
impl CreateSecret {
    /// Sends the request (`POST /clusters/{clusterUuid}/secrets`) and returns the decoded body.
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
            "createSecret",
            cloudsdk_runtime::Method::POST,
            "/clusters/{clusterUuid}/secrets",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(409u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::CreateSecretRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("clusterUuid", &self.cluster_uuid);
        request.json_later(self.body)
    }
}
/// Request builder for [`crate::builders::SecretsApi::update`]; finish with [`send`](UpdateSecret::send).
#[cfg(feature = "secrets")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateSecret {
    pub(crate) client: crate::Client,
    pub(crate) cluster_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) secret_name: ::std::string::String,
    pub(crate) body: Option<crate::types::UpdateSecretRequest>,
}
#[cfg(feature = "secrets")]
impl UpdateSecret {
    /// Sends the request (`PUT /clusters/{clusterUuid}/secrets/{secretName}`) and returns the decoded body.
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
            "updateSecret",
            cloudsdk_runtime::Method::PUT,
            "/clusters/{clusterUuid}/secrets/{secretName}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::UpdateSecretRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("clusterUuid", &self.cluster_uuid);
        request.path_param("secretName", &self.secret_name);
        request.json_later(self.body)
    }
}
/// Request builder for [`crate::builders::SecretsApi::delete`]; finish with [`send`](DeleteSecret::send).
#[cfg(feature = "secrets")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteSecret {
    pub(crate) client: crate::Client,
    pub(crate) cluster_uuid: cloudsdk_runtime::uuid::Uuid,
    pub(crate) secret_name: ::std::string::String,
}
#[cfg(feature = "secrets")]
impl DeleteSecret {
    /// Sends the request (`DELETE /clusters/{clusterUuid}/secrets/{secretName}`) and returns the decoded body.
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
            "deleteSecret",
            cloudsdk_runtime::Method::DELETE,
            "/clusters/{clusterUuid}/secrets/{secretName}",
            true,
        )
        .errors(&[cloudsdk_runtime::StatusMatch::Code(403u16)]);
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("clusterUuid", &self.cluster_uuid);
        request.path_param("secretName", &self.secret_name);
        request
    }
}
/// Request builder for [`crate::builders::MembersApi::list`]; finish with [`send`](ListMembers::send).
#[cfg(feature = "members")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListMembers {
    pub(crate) client: crate::Client,
}
#[cfg(feature = "members")]
impl ListMembers {
    /// Sends the request (`GET /members`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<::std::vec::Vec<crate::types::Member>, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::Member>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listMembers",
            cloudsdk_runtime::Method::GET,
            "/members",
            true,
        )
        .errors(&[cloudsdk_runtime::StatusMatch::Code(403u16)]);
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION)
    }
}
/// Request builder for [`crate::builders::MembersApi::update`]; finish with [`send`](UpdateMember::send).
#[cfg(feature = "members")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateMember {
    pub(crate) client: crate::Client,
    pub(crate) email: ::std::string::String,
    pub(crate) body: Option<crate::types::UpdateMemberRequest>,
}
#[cfg(feature = "members")]
impl UpdateMember {
    /// Sends the request (`POST /members/{email}`) and returns the decoded body.
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
            "updateMember",
            cloudsdk_runtime::Method::POST,
            "/members/{email}",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::UpdateMemberRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("email", &self.email);
        request.json_later(self.body)
    }
}
/// Request builder for [`crate::builders::MembersApi::delete`]; finish with [`send`](DeleteMember::send).
#[cfg(feature = "members")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteMember {
    pub(crate) client: crate::Client,
    pub(crate) email: ::std::string::String,
}
#[cfg(feature = "members")]
impl DeleteMember {
    /// Sends the request (`DELETE /members/{email}`) and returns the decoded body.
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
            "deleteMember",
            cloudsdk_runtime::Method::DELETE,
            "/members/{email}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("email", &self.email);
        request
    }
}
/// Request builder for [`crate::builders::ActivityApi::list_events`]; finish with [`send`](ListActivityEvents::send).
#[cfg(feature = "activity")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListActivityEvents {
    pub(crate) client: crate::Client,
}
#[cfg(feature = "activity")]
impl ListActivityEvents {
    /// Sends the request (`GET /activity/json`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::ActivityEvent>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::ActivityEvent>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listActivityEvents",
            cloudsdk_runtime::Method::GET,
            "/activity/json",
            true,
        )
        .errors(&[cloudsdk_runtime::StatusMatch::Code(403u16)]);
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION)
    }
}
/// Request builder for [`crate::builders::ActivityApi::export_csv`]; finish with [`send`](ExportActivityCsv::send).
#[cfg(feature = "activity")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ExportActivityCsv {
    pub(crate) client: crate::Client,
}
#[cfg(feature = "activity")]
impl ExportActivityCsv {
    /// Sends the request (`GET /activity/csv`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<::std::string::String, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::text)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::string::String>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::text)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "exportActivityCsv",
            cloudsdk_runtime::Method::GET,
            "/activity/csv",
            true,
        )
        .errors(&[cloudsdk_runtime::StatusMatch::Code(403u16)]);
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.header("accept", &"text/csv");
        request
    }
}
