//! Sub-clients (one per tag) and request builders (one per operation).
#![allow(
    clippy::too_many_arguments,
    clippy::needless_lifetimes,
    clippy::type_complexity
)]
/// Credential checks and the exchange of an API key for a short-lived JWT.
#[cfg(feature = "auth")]
#[derive(Debug, Clone, Copy)]
pub struct AuthApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "auth")]
impl<'a> AuthApi<'a> {
    /// Check connectivity and credentials
    ///
    /// Answers with a success status when the API is reachable and the credentials are accepted; the body carries nothing of use.
    ///
    /// `GET /v2/ping` (`ping`)
    pub fn ping(&self) -> crate::builders::Ping {
        crate::builders::Ping {
            client: self.client.clone(),
        }
    }
    /// Exchange the API key for a JWT
    ///
    /// Trades the API key sent as the bearer token for a short-lived JSON Web Token that can be used instead of the key. There is no refresh call; exchange again when the token expires.
    ///
    /// `POST /v2/auth/exchange` (`exchangeToken`)
    pub fn exchange_token(
        &self,
        body: crate::types::ExchangeTokenRequest,
    ) -> crate::builders::ExchangeToken {
        crate::builders::ExchangeToken {
            client: self.client.clone(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
}
/// Data center locations, including private regions.
#[cfg(feature = "regions")]
#[derive(Debug, Clone, Copy)]
pub struct RegionsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "regions")]
impl<'a> RegionsApi<'a> {
    /// List regions
    ///
    /// Returns every region available to the account; the one flagged `default` is used when a request names none.
    ///
    /// `GET /v2/regions` (`listRegions`)
    pub fn list(&self) -> crate::builders::ListRegions {
        crate::builders::ListRegions {
            client: self.client.clone(),
        }
    }
    /// Create a private region
    ///
    /// Registers a private or partner region backed by a customer-supplied cluster.
    ///
    /// `POST /v2/regions` (`createRegion`)
    pub fn create(
        &self,
        body: crate::types::CreateRegionRequest,
    ) -> crate::builders::CreateRegion {
        crate::builders::CreateRegion {
            client: self.client.clone(),
            body: Some(body),
            as_form: false,
        }
    }
    /// Connect a region
    ///
    /// Makes a private region available to the account.
    ///
    /// `POST /v2/regions/connect` (`connectRegion`)
    pub fn connect(
        &self,
        body: crate::types::RegionCodeRequest,
    ) -> crate::builders::ConnectRegion {
        crate::builders::ConnectRegion {
            client: self.client.clone(),
            body: Some(body),
            as_form: false,
        }
    }
    /// Disconnect a region
    ///
    /// Withdraws a private region from the account.
    ///
    /// `POST /v2/regions/disconnect` (`disconnectRegion`)
    pub fn disconnect(
        &self,
        body: crate::types::RegionCodeRequest,
    ) -> crate::builders::DisconnectRegion {
        crate::builders::DisconnectRegion {
            client: self.client.clone(),
            body: Some(body),
            as_form: false,
        }
    }
}
/// Per-account resource limits and usage.
#[cfg(feature = "quota")]
#[derive(Debug, Clone, Copy)]
pub struct QuotaApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "quota")]
impl<'a> QuotaApi<'a> {
    /// Get the quota
    ///
    /// Returns the limits of the account and current usage against each.
    ///
    /// `GET /v2/quota` (`getQuota`)
    pub fn get(&self) -> crate::builders::GetQuota {
        crate::builders::GetQuota {
            client: self.client.clone(),
            region: None,
        }
    }
}
/// Billable usage over a time range.
#[cfg(feature = "charges")]
#[derive(Debug, Clone, Copy)]
pub struct ChargesApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "charges")]
impl<'a> ChargesApi<'a> {
    /// List charges
    ///
    /// Returns billable usage between two moments. A range that is too long is rejected (`parameter_date_range_too_long`).
    ///
    /// `GET /v2/charges` (`listCharges`)
    pub fn list(
        &self,
        from: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
        to: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> crate::builders::ListCharges {
        crate::builders::ListCharges {
            client: self.client.clone(),
            from,
            to,
        }
    }
}
/// The audit log of the account.
#[cfg(feature = "actions")]
#[derive(Debug, Clone, Copy)]
pub struct ActionsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "actions")]
impl<'a> ActionsApi<'a> {
    /// List audit log entries
    ///
    /// Returns the actions taken on the account, newest first, optionally filtered.
    ///
    /// `GET /v2/actions` (`listActions`)
    pub fn list(&self) -> crate::builders::ListActions {
        crate::builders::ListActions {
            client: self.client.clone(),
            region: None,
            page: None,
            per_page: None,
            include_debug: None,
            resource_id: None,
            details: None,
            related_id: None,
            resource_type: None,
            action_type: None,
            created_at: None,
            updated_at: None,
            user_id: None,
        }
    }
}
/// Accounts, memberships and users.
#[cfg(feature = "accounts")]
#[derive(Debug, Clone, Copy)]
pub struct AccountsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "accounts")]
impl<'a> AccountsApi<'a> {
    /// List accounts
    ///
    /// Returns the accounts the caller can access.
    ///
    /// `GET /v2/accounts` (`listAccounts`)
    pub fn list(&self) -> crate::builders::ListAccounts {
        crate::builders::ListAccounts {
            client: self.client.clone(),
            page: None,
            per_page: None,
        }
    }
    /// List memberships
    ///
    /// Returns the accounts and organisations the current user belongs to.
    ///
    /// `GET /v2/memberships` (`listMemberships`)
    pub fn list_memberships(&self) -> crate::builders::ListMemberships {
        crate::builders::ListMemberships {
            client: self.client.clone(),
        }
    }
    /// Get a user with all their relations
    ///
    /// Returns the user along with their accounts, organisations, teams and roles.
    ///
    /// `GET /v2/users/{user_id}/everything` (`getUserEverything`)
    pub fn get_user_everything(
        &self,
        user_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetUserEverything {
        crate::builders::GetUserEverything {
            client: self.client.clone(),
            user_id: user_id.into(),
        }
    }
}
/// The organisation that groups accounts.
#[cfg(feature = "organisation")]
#[derive(Debug, Clone, Copy)]
pub struct OrganisationApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "organisation")]
impl<'a> OrganisationApi<'a> {
    /// Get the organisation
    ///
    /// Returns the organisation the account belongs to.
    ///
    /// `GET /v2/organisation` (`getOrganisation`)
    pub fn get(&self) -> crate::builders::GetOrganisation {
        crate::builders::GetOrganisation {
            client: self.client.clone(),
        }
    }
    /// Rename the organisation
    ///
    /// `PUT /v2/organisation` (`renameOrganisation`)
    pub fn rename(
        &self,
        body: crate::types::OrganisationRequest,
    ) -> crate::builders::RenameOrganisation {
        crate::builders::RenameOrganisation {
            client: self.client.clone(),
            body: Some(body),
            as_form: false,
        }
    }
    /// Create an organisation
    ///
    /// Creates an organisation and places the current account in it.
    ///
    /// `POST /v2/organisation` (`createOrganisation`)
    pub fn create(
        &self,
        body: crate::types::OrganisationRequest,
    ) -> crate::builders::CreateOrganisation {
        crate::builders::CreateOrganisation {
            client: self.client.clone(),
            body: Some(body),
            as_form: false,
        }
    }
    /// List the organisation's accounts
    ///
    /// `GET /v2/organisation/accounts` (`listOrganisationAccounts`)
    pub fn list_accounts(&self) -> crate::builders::ListOrganisationAccounts {
        crate::builders::ListOrganisationAccounts {
            client: self.client.clone(),
        }
    }
    /// Join an organisation
    ///
    /// Adds the current account to an organisation, proven by its ID and token.
    ///
    /// `POST /v2/organisation/accounts` (`addOrganisationAccount`)
    pub fn add_account(
        &self,
        body: crate::types::AddOrganisationAccountRequest,
    ) -> crate::builders::AddOrganisationAccount {
        crate::builders::AddOrganisationAccount {
            client: self.client.clone(),
            body: Some(body),
            as_form: false,
        }
    }
}
/// Teams of users and their members.
#[cfg(feature = "teams")]
#[derive(Debug, Clone, Copy)]
pub struct TeamsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "teams")]
impl<'a> TeamsApi<'a> {
    /// List teams
    ///
    /// `GET /v2/teams` (`listTeams`)
    pub fn list(&self) -> crate::builders::ListTeams {
        crate::builders::ListTeams {
            client: self.client.clone(),
        }
    }
    /// Create a team
    ///
    /// `POST /v2/teams` (`createTeam`)
    pub fn create(
        &self,
        body: crate::types::TeamRequest,
    ) -> crate::builders::CreateTeam {
        crate::builders::CreateTeam {
            client: self.client.clone(),
            body: Some(body),
            as_form: false,
        }
    }
    /// Rename a team
    ///
    /// `PUT /v2/teams/{team_id}` (`renameTeam`)
    pub fn rename(
        &self,
        team_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::TeamRequest,
    ) -> crate::builders::RenameTeam {
        crate::builders::RenameTeam {
            client: self.client.clone(),
            team_id: team_id.into(),
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete a team
    ///
    /// `DELETE /v2/teams/{team_id}` (`deleteTeam`)
    pub fn delete(
        &self,
        team_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteTeam {
        crate::builders::DeleteTeam {
            client: self.client.clone(),
            team_id: team_id.into(),
        }
    }
    /// List team members
    ///
    /// `GET /v2/teams/{team_id}/members` (`listTeamMembers`)
    pub fn list_members(
        &self,
        team_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::ListTeamMembers {
        crate::builders::ListTeamMembers {
            client: self.client.clone(),
            team_id: team_id.into(),
        }
    }
    /// Add a user to a team
    ///
    /// `POST /v2/teams/{team_id}/members` (`addTeamMember`)
    pub fn add_member(
        &self,
        team_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::AddTeamMemberRequest,
    ) -> crate::builders::AddTeamMember {
        crate::builders::AddTeamMember {
            client: self.client.clone(),
            team_id: team_id.into(),
            body: Some(body),
            as_form: false,
        }
    }
    /// Change a member's permissions
    ///
    /// Replaces the permissions and roles of one member. Civo uses POST, not PUT, for this update.
    ///
    /// `POST /v2/teams/{team_id}/members/{member_id}` (`updateTeamMember`)
    pub fn update_member(
        &self,
        team_id: impl ::std::convert::Into<::std::string::String>,
        member_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateTeamMemberRequest,
    ) -> crate::builders::UpdateTeamMember {
        crate::builders::UpdateTeamMember {
            client: self.client.clone(),
            team_id: team_id.into(),
            member_id: member_id.into(),
            body: Some(body),
            as_form: false,
        }
    }
    /// Remove a user from a team
    ///
    /// `DELETE /v2/teams/{team_id}/members/{member_id}` (`removeTeamMember`)
    pub fn remove_member(
        &self,
        team_id: impl ::std::convert::Into<::std::string::String>,
        member_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::RemoveTeamMember {
        crate::builders::RemoveTeamMember {
            client: self.client.clone(),
            team_id: team_id.into(),
            member_id: member_id.into(),
        }
    }
}
/// Roles and the permissions they bundle.
#[cfg(feature = "roles")]
#[derive(Debug, Clone, Copy)]
pub struct RolesApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "roles")]
impl<'a> RolesApi<'a> {
    /// List roles
    ///
    /// `GET /v2/roles` (`listRoles`)
    pub fn list(&self) -> crate::builders::ListRoles {
        crate::builders::ListRoles {
            client: self.client.clone(),
        }
    }
    /// Create a role
    ///
    /// `POST /v2/roles` (`createRole`)
    pub fn create(
        &self,
        body: crate::types::CreateRoleRequest,
    ) -> crate::builders::CreateRole {
        crate::builders::CreateRole {
            client: self.client.clone(),
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete a role
    ///
    /// `DELETE /v2/roles/{role_id}` (`deleteRole`)
    pub fn delete(
        &self,
        role_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteRole {
        crate::builders::DeleteRole {
            client: self.client.clone(),
            role_id: role_id.into(),
        }
    }
    /// List permissions
    ///
    /// Returns every permission that roles and team members can be given.
    ///
    /// `GET /v2/permissions` (`listPermissions`)
    pub fn list_permissions(&self) -> crate::builders::ListPermissions {
        crate::builders::ListPermissions {
            client: self.client.clone(),
        }
    }
}
/// Event notifications delivered to your own URL.
#[cfg(feature = "webhooks")]
#[derive(Debug, Clone, Copy)]
pub struct WebhooksApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "webhooks")]
impl<'a> WebhooksApi<'a> {
    /// List webhooks
    ///
    /// `GET /v2/webhooks` (`listWebhooks`)
    pub fn list(&self) -> crate::builders::ListWebhooks {
        crate::builders::ListWebhooks {
            client: self.client.clone(),
        }
    }
    /// Create a webhook
    ///
    /// `POST /v2/webhooks` (`createWebhook`)
    pub fn create(
        &self,
        body: crate::types::WebhookRequest,
    ) -> crate::builders::CreateWebhook {
        crate::builders::CreateWebhook {
            client: self.client.clone(),
            body: Some(body),
            as_form: false,
        }
    }
    /// Update a webhook
    ///
    /// `PUT /v2/webhooks/{webhook_id}` (`updateWebhook`)
    pub fn update(
        &self,
        webhook_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::WebhookRequest,
    ) -> crate::builders::UpdateWebhook {
        crate::builders::UpdateWebhook {
            client: self.client.clone(),
            webhook_id: webhook_id.into(),
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete a webhook
    ///
    /// `DELETE /v2/webhooks/{webhook_id}` (`deleteWebhook`)
    pub fn delete(
        &self,
        webhook_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteWebhook {
        crate::builders::DeleteWebhook {
            client: self.client.clone(),
            webhook_id: webhook_id.into(),
        }
    }
}
/// Hardware sizes for instances, Kubernetes nodes and databases.
#[cfg(feature = "sizes")]
#[derive(Debug, Clone, Copy)]
pub struct SizesApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "sizes")]
impl<'a> SizesApi<'a> {
    /// List sizes
    ///
    /// Returns the hardware sizes for instances, Kubernetes nodes and databases.
    ///
    /// `GET /v2/sizes` (`listSizes`)
    pub fn list(&self) -> crate::builders::ListSizes {
        crate::builders::ListSizes {
            client: self.client.clone(),
            region: None,
        }
    }
}
/// Operating system images, including uploaded custom ones.
#[cfg(feature = "disk-images")]
#[derive(Debug, Clone, Copy)]
pub struct DiskImagesApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "disk-images")]
impl<'a> DiskImagesApi<'a> {
    /// List disk images
    ///
    /// Returns the operating system images of the region, including the node images used by Kubernetes clusters.
    ///
    /// `GET /v2/disk_images` (`listDiskImages`)
    pub fn list(&self) -> crate::builders::ListDiskImages {
        crate::builders::ListDiskImages {
            client: self.client.clone(),
            region: None,
            type_: None,
        }
    }
    /// Register a custom image
    ///
    /// Creates the record of a custom image and returns the URL to upload the image file to.
    ///
    /// `POST /v2/disk_images` (`createDiskImage`)
    pub fn create(
        &self,
        body: crate::types::CreateDiskImageRequest,
    ) -> crate::builders::CreateDiskImage {
        crate::builders::CreateDiskImage {
            client: self.client.clone(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get a disk image
    ///
    /// `GET /v2/disk_images/{disk_image_id}` (`getDiskImage`)
    pub fn get(
        &self,
        disk_image_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetDiskImage {
        crate::builders::GetDiskImage {
            client: self.client.clone(),
            disk_image_id: disk_image_id.into(),
            region: None,
        }
    }
    /// Delete a custom image
    ///
    /// `DELETE /v2/disk_images/{disk_image_id}` (`deleteDiskImage`)
    pub fn delete(
        &self,
        disk_image_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteDiskImage {
        crate::builders::DeleteDiskImage {
            client: self.client.clone(),
            disk_image_id: disk_image_id.into(),
            region: None,
        }
    }
}
/// Virtual machines and their power, network and console actions.
#[cfg(feature = "instances")]
#[derive(Debug, Clone, Copy)]
pub struct InstancesApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "instances")]
impl<'a> InstancesApi<'a> {
    /// List instances
    ///
    /// `GET /v2/instances` (`listInstances`)
    pub fn list(&self) -> crate::builders::ListInstances {
        crate::builders::ListInstances {
            client: self.client.clone(),
            region: None,
            page: None,
            per_page: None,
        }
    }
    /// Create instances
    ///
    /// Launches one or more instances. Every field is optional; the region default is used for anything left out.
    ///
    /// `POST /v2/instances` (`createInstance`)
    pub fn create(
        &self,
        body: crate::types::CreateInstanceRequest,
    ) -> crate::builders::CreateInstance {
        crate::builders::CreateInstance {
            client: self.client.clone(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get an instance
    ///
    /// `GET /v2/instances/{instance_id}` (`getInstance`)
    pub fn get(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetInstance {
        crate::builders::GetInstance {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
        }
    }
    /// Update an instance
    ///
    /// Changes the hostname, reverse DNS, notes, public IP or subnets of an instance.
    ///
    /// `PUT /v2/instances/{instance_id}` (`updateInstance`)
    pub fn update(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateInstanceRequest,
    ) -> crate::builders::UpdateInstance {
        crate::builders::UpdateInstance {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete an instance
    ///
    /// `DELETE /v2/instances/{instance_id}` (`deleteInstance`)
    pub fn delete(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteInstance {
        crate::builders::DeleteInstance {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
        }
    }
    /// Replace the tags
    ///
    /// `PUT /v2/instances/{instance_id}/tags` (`setInstanceTags`)
    pub fn set_tags(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::SetInstanceTagsRequest,
    ) -> crate::builders::SetInstanceTags {
        crate::builders::SetInstanceTags {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Hard reboot
    ///
    /// Power-cycles the instance without asking the operating system to shut down.
    ///
    /// `POST /v2/instances/{instance_id}/hard_reboots` (`hardRebootInstance`)
    pub fn hard_reboot(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::HardRebootInstance {
        crate::builders::HardRebootInstance {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
            body: None,
            as_form: false,
        }
    }
    /// Soft reboot
    ///
    /// Asks the operating system to restart cleanly.
    ///
    /// `POST /v2/instances/{instance_id}/soft_reboots` (`softRebootInstance`)
    pub fn soft_reboot(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::SoftRebootInstance {
        crate::builders::SoftRebootInstance {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
            body: None,
            as_form: false,
        }
    }
    /// Stop
    ///
    /// Shuts the instance down; it keeps its resources.
    ///
    /// `PUT /v2/instances/{instance_id}/stop` (`stopInstance`)
    pub fn stop(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::StopInstance {
        crate::builders::StopInstance {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
            body: None,
            as_form: false,
        }
    }
    /// Start
    ///
    /// Boots a stopped instance.
    ///
    /// `PUT /v2/instances/{instance_id}/start` (`startInstance`)
    pub fn start(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::StartInstance {
        crate::builders::StartInstance {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
            body: None,
            as_form: false,
        }
    }
    /// Resize
    ///
    /// Moves the instance to another size.
    ///
    /// `PUT /v2/instances/{instance_id}/resize` (`resizeInstance`)
    pub fn resize(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::ResizeInstanceRequest,
    ) -> crate::builders::ResizeInstance {
        crate::builders::ResizeInstance {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Apply a firewall
    ///
    /// `PUT /v2/instances/{instance_id}/firewall` (`setInstanceFirewall`)
    pub fn set_firewall(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::SetInstanceFirewallRequest,
    ) -> crate::builders::SetInstanceFirewall {
        crate::builders::SetInstanceFirewall {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Move a public IP here
    ///
    /// Takes a public IP address from wherever it is and gives it to this instance. No body is needed.
    ///
    /// `PUT /v2/instances/{instance_id}/ip/{ip_address}` (`moveIpToInstance`)
    pub fn move_ip_to(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        ip_address: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::MoveIpToInstance {
        crate::builders::MoveIpToInstance {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            ip_address: ip_address.into(),
            region: None,
        }
    }
    /// Set the allowed IPs
    ///
    /// Replaces the list of extra addresses the instance may send traffic from.
    ///
    /// `PUT /v2/instances/{instance_id}/allowed_ips` (`updateInstanceAllowedIps`)
    pub fn update_allowed_ips(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateAllowedIpsRequest,
    ) -> crate::builders::UpdateInstanceAllowedIps {
        crate::builders::UpdateInstanceAllowedIps {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Set the bandwidth limit
    ///
    /// `PUT /v2/instances/{instance_id}/network_bandwidth_limit` (`updateInstanceBandwidthLimit`)
    pub fn update_bandwidth_limit(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateBandwidthLimitRequest,
    ) -> crate::builders::UpdateInstanceBandwidthLimit {
        crate::builders::UpdateInstanceBandwidthLimit {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get the recovery mode status
    ///
    /// Reports whether the instance is in recovery (rescue) mode; the status is in `result`.
    ///
    /// `GET /v2/instances/{instance_id}/recovery` (`getInstanceRecoveryStatus`)
    pub fn get_recovery_status(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetInstanceRecoveryStatus {
        crate::builders::GetInstanceRecoveryStatus {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
        }
    }
    /// Enter recovery mode
    ///
    /// Reboots the instance into a rescue system. No body is needed.
    ///
    /// `PUT /v2/instances/{instance_id}/recovery` (`enableInstanceRecovery`)
    pub fn enable_recovery(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::EnableInstanceRecovery {
        crate::builders::EnableInstanceRecovery {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
        }
    }
    /// Leave recovery mode
    ///
    /// `DELETE /v2/instances/{instance_id}/recovery` (`disableInstanceRecovery`)
    pub fn disable_recovery(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DisableInstanceRecovery {
        crate::builders::DisableInstanceRecovery {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
        }
    }
    /// Get the console session
    ///
    /// `GET /v2/instances/{instance_id}/vnc` (`getInstanceConsole`)
    pub fn get_console(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetInstanceConsole {
        crate::builders::GetInstanceConsole {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
        }
    }
    /// Open a console session
    ///
    /// Opens a browser-based VNC console to the instance.
    ///
    /// `PUT /v2/instances/{instance_id}/vnc` (`openInstanceConsole`)
    pub fn open_console(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::OpenInstanceConsole {
        crate::builders::OpenInstanceConsole {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
            duration: None,
            body: None,
            as_form: false,
        }
    }
    /// Close the console session
    ///
    /// `DELETE /v2/instances/{instance_id}/vnc` (`closeInstanceConsole`)
    pub fn close_console(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::CloseInstanceConsole {
        crate::builders::CloseInstanceConsole {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
        }
    }
}
/// Snapshots of a single instance and restoring them.
#[cfg(feature = "instance-snapshots")]
#[derive(Debug, Clone, Copy)]
pub struct InstanceSnapshotsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "instance-snapshots")]
impl<'a> InstanceSnapshotsApi<'a> {
    /// List snapshots of an instance
    ///
    /// `GET /v2/instances/{instance_id}/snapshots` (`listInstanceSnapshots`)
    pub fn list(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::ListInstanceSnapshots {
        crate::builders::ListInstanceSnapshots {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
        }
    }
    /// Snapshot an instance
    ///
    /// `POST /v2/instances/{instance_id}/snapshots` (`createInstanceSnapshot`)
    pub fn create(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::CreateInstanceSnapshotRequest,
    ) -> crate::builders::CreateInstanceSnapshot {
        crate::builders::CreateInstanceSnapshot {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get an instance snapshot
    ///
    /// `GET /v2/instances/{instance_id}/snapshots/{snapshot_id}` (`getInstanceSnapshot`)
    pub fn get(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        snapshot_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetInstanceSnapshot {
        crate::builders::GetInstanceSnapshot {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            snapshot_id: snapshot_id.into(),
            region: None,
        }
    }
    /// Rename or describe a snapshot
    ///
    /// `PUT /v2/instances/{instance_id}/snapshots/{snapshot_id}` (`updateInstanceSnapshot`)
    pub fn update(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        snapshot_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateInstanceSnapshotRequest,
    ) -> crate::builders::UpdateInstanceSnapshot {
        crate::builders::UpdateInstanceSnapshot {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            snapshot_id: snapshot_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete an instance snapshot
    ///
    /// `DELETE /v2/instances/{instance_id}/snapshots/{snapshot_id}` (`deleteInstanceSnapshot`)
    pub fn delete(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        snapshot_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteInstanceSnapshot {
        crate::builders::DeleteInstanceSnapshot {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            snapshot_id: snapshot_id.into(),
            region: None,
        }
    }
    /// Restore an instance snapshot
    ///
    /// Restores the snapshot to a new instance, or over the original one when `overwrite_existing` is set.
    ///
    /// `POST /v2/instances/{instance_id}/snapshots/{snapshot_id}/restore` (`restoreInstanceSnapshot`)
    pub fn restore(
        &self,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        snapshot_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::RestoreInstanceSnapshot {
        crate::builders::RestoreInstanceSnapshot {
            client: self.client.clone(),
            instance_id: instance_id.into(),
            snapshot_id: snapshot_id.into(),
            region: None,
            body: None,
            as_form: false,
        }
    }
}
/// Snapshots across resource types, as taken by schedules.
#[cfg(feature = "resource-snapshots")]
#[derive(Debug, Clone, Copy)]
pub struct ResourceSnapshotsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "resource-snapshots")]
impl<'a> ResourceSnapshotsApi<'a> {
    /// List resource snapshots
    ///
    /// `GET /v2/resourcesnapshots` (`listResourceSnapshots`)
    pub fn list(&self) -> crate::builders::ListResourceSnapshots {
        crate::builders::ListResourceSnapshots {
            client: self.client.clone(),
            region: None,
        }
    }
    /// Get a resource snapshot
    ///
    /// `GET /v2/resourcesnapshots/{resource_snapshot_id}` (`getResourceSnapshot`)
    pub fn get(
        &self,
        resource_snapshot_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetResourceSnapshot {
        crate::builders::GetResourceSnapshot {
            client: self.client.clone(),
            resource_snapshot_id: resource_snapshot_id.into(),
            region: None,
        }
    }
    /// Rename or describe a resource snapshot
    ///
    /// `PUT /v2/resourcesnapshots/{resource_snapshot_id}` (`updateResourceSnapshot`)
    pub fn update(
        &self,
        resource_snapshot_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateResourceSnapshotRequest,
    ) -> crate::builders::UpdateResourceSnapshot {
        crate::builders::UpdateResourceSnapshot {
            client: self.client.clone(),
            resource_snapshot_id: resource_snapshot_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete a resource snapshot
    ///
    /// `DELETE /v2/resourcesnapshots/{resource_snapshot_id}` (`deleteResourceSnapshot`)
    pub fn delete(
        &self,
        resource_snapshot_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteResourceSnapshot {
        crate::builders::DeleteResourceSnapshot {
            client: self.client.clone(),
            resource_snapshot_id: resource_snapshot_id.into(),
            region: None,
        }
    }
    /// Restore a resource snapshot
    ///
    /// `POST /v2/resourcesnapshots/{resource_snapshot_id}/restore` (`restoreResourceSnapshot`)
    pub fn restore(
        &self,
        resource_snapshot_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::RestoreResourceSnapshotRequest,
    ) -> crate::builders::RestoreResourceSnapshot {
        crate::builders::RestoreResourceSnapshot {
            client: self.client.clone(),
            resource_snapshot_id: resource_snapshot_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
}
/// Recurring snapshot policies.
#[cfg(feature = "snapshot-schedules")]
#[derive(Debug, Clone, Copy)]
pub struct SnapshotSchedulesApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "snapshot-schedules")]
impl<'a> SnapshotSchedulesApi<'a> {
    /// List snapshot schedules
    ///
    /// `GET /v2/resourcesnapshotschedules` (`listSnapshotSchedules`)
    pub fn list(&self) -> crate::builders::ListSnapshotSchedules {
        crate::builders::ListSnapshotSchedules {
            client: self.client.clone(),
            region: None,
        }
    }
    /// Create a snapshot schedule
    ///
    /// Takes snapshots of the chosen instances on a cron schedule and keeps them as the retention says.
    ///
    /// `POST /v2/resourcesnapshotschedules` (`createSnapshotSchedule`)
    pub fn create(
        &self,
        body: crate::types::CreateSnapshotScheduleRequest,
    ) -> crate::builders::CreateSnapshotSchedule {
        crate::builders::CreateSnapshotSchedule {
            client: self.client.clone(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get a snapshot schedule
    ///
    /// `GET /v2/resourcesnapshotschedules/{schedule_id}` (`getSnapshotSchedule`)
    pub fn get(
        &self,
        schedule_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetSnapshotSchedule {
        crate::builders::GetSnapshotSchedule {
            client: self.client.clone(),
            schedule_id: schedule_id.into(),
            region: None,
        }
    }
    /// Update a snapshot schedule
    ///
    /// Renames, describes, pauses or resumes a schedule.
    ///
    /// `PUT /v2/resourcesnapshotschedules/{schedule_id}` (`updateSnapshotSchedule`)
    pub fn update(
        &self,
        schedule_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateSnapshotScheduleRequest,
    ) -> crate::builders::UpdateSnapshotSchedule {
        crate::builders::UpdateSnapshotSchedule {
            client: self.client.clone(),
            schedule_id: schedule_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete a snapshot schedule
    ///
    /// `DELETE /v2/resourcesnapshotschedules/{schedule_id}` (`deleteSnapshotSchedule`)
    pub fn delete(
        &self,
        schedule_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteSnapshotSchedule {
        crate::builders::DeleteSnapshotSchedule {
            client: self.client.clone(),
            schedule_id: schedule_id.into(),
            region: None,
        }
    }
}
/// Public SSH keys installed on new instances.
#[cfg(feature = "ssh-keys")]
#[derive(Debug, Clone, Copy)]
pub struct SshKeysApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "ssh-keys")]
impl<'a> SshKeysApi<'a> {
    /// List SSH keys
    ///
    /// `GET /v2/sshkeys` (`listSshKeys`)
    pub fn list(&self) -> crate::builders::ListSshKeys {
        crate::builders::ListSshKeys {
            client: self.client.clone(),
            region: None,
        }
    }
    /// Upload an SSH key
    ///
    /// Stores a public key; the `id` of the response is the new key's ID.
    ///
    /// `POST /v2/sshkeys` (`createSshKey`)
    pub fn create(
        &self,
        body: crate::types::CreateSshKeyRequest,
    ) -> crate::builders::CreateSshKey {
        crate::builders::CreateSshKey {
            client: self.client.clone(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Rename an SSH key
    ///
    /// `PUT /v2/sshkeys/{ssh_key_id}` (`renameSshKey`)
    pub fn rename(
        &self,
        ssh_key_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateSshKeyRequest,
    ) -> crate::builders::RenameSshKey {
        crate::builders::RenameSshKey {
            client: self.client.clone(),
            ssh_key_id: ssh_key_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete an SSH key
    ///
    /// `DELETE /v2/sshkeys/{ssh_key_id}` (`deleteSshKey`)
    pub fn delete(
        &self,
        ssh_key_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteSshKey {
        crate::builders::DeleteSshKey {
            client: self.client.clone(),
            ssh_key_id: ssh_key_id.into(),
            region: None,
        }
    }
}
/// Block storage volumes and volume types.
#[cfg(feature = "volumes")]
#[derive(Debug, Clone, Copy)]
pub struct VolumesApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "volumes")]
impl<'a> VolumesApi<'a> {
    /// List volume types
    ///
    /// `GET /v2/volumetypes` (`listVolumeTypes`)
    pub fn list_types(&self) -> crate::builders::ListVolumeTypes {
        crate::builders::ListVolumeTypes {
            client: self.client.clone(),
            region: None,
        }
    }
    /// List volumes
    ///
    /// `GET /v2/volumes` (`listVolumes`)
    pub fn list(&self) -> crate::builders::ListVolumes {
        crate::builders::ListVolumes {
            client: self.client.clone(),
            region: None,
        }
    }
    /// Create a volume
    ///
    /// Creates an empty volume, or one restored from a snapshot.
    ///
    /// `POST /v2/volumes` (`createVolume`)
    pub fn create(
        &self,
        body: crate::types::CreateVolumeRequest,
    ) -> crate::builders::CreateVolume {
        crate::builders::CreateVolume {
            client: self.client.clone(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get a volume
    ///
    /// `GET /v2/volumes/{volume_id}` (`getVolume`)
    pub fn get(
        &self,
        volume_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetVolume {
        crate::builders::GetVolume {
            client: self.client.clone(),
            volume_id: volume_id.into(),
            region: None,
        }
    }
    /// Delete a volume
    ///
    /// `DELETE /v2/volumes/{volume_id}` (`deleteVolume`)
    pub fn delete(
        &self,
        volume_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteVolume {
        crate::builders::DeleteVolume {
            client: self.client.clone(),
            volume_id: volume_id.into(),
            region: None,
            delete_snapshot: None,
        }
    }
    /// Grow a volume
    ///
    /// Increases the size of a volume; it cannot shrink.
    ///
    /// `PUT /v2/volumes/{volume_id}/resize` (`resizeVolume`)
    pub fn resize(
        &self,
        volume_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::ResizeVolumeRequest,
    ) -> crate::builders::ResizeVolume {
        crate::builders::ResizeVolume {
            client: self.client.clone(),
            volume_id: volume_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Attach a volume
    ///
    /// Attaches the volume to an instance, now or at its next boot.
    ///
    /// `PUT /v2/volumes/{volume_id}/attach` (`attachVolume`)
    pub fn attach(
        &self,
        volume_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::AttachVolumeRequest,
    ) -> crate::builders::AttachVolume {
        crate::builders::AttachVolume {
            client: self.client.clone(),
            volume_id: volume_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Detach a volume
    ///
    /// `PUT /v2/volumes/{volume_id}/detach` (`detachVolume`)
    pub fn detach(
        &self,
        volume_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DetachVolume {
        crate::builders::DetachVolume {
            client: self.client.clone(),
            volume_id: volume_id.into(),
            region: None,
            body: None,
            as_form: false,
        }
    }
}
/// Point-in-time copies of volumes.
#[cfg(feature = "volume-snapshots")]
#[derive(Debug, Clone, Copy)]
pub struct VolumeSnapshotsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "volume-snapshots")]
impl<'a> VolumeSnapshotsApi<'a> {
    /// List snapshots of a volume
    ///
    /// `GET /v2/volumes/{volume_id}/snapshots` (`listSnapshotsOfVolume`)
    pub fn list_snapshots_of_volume(
        &self,
        volume_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::ListSnapshotsOfVolume {
        crate::builders::ListSnapshotsOfVolume {
            client: self.client.clone(),
            volume_id: volume_id.into(),
            region: None,
        }
    }
    /// Snapshot a volume
    ///
    /// `POST /v2/volumes/{volume_id}/snapshots` (`createVolumeSnapshot`)
    pub fn create(
        &self,
        volume_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::CreateVolumeSnapshotRequest,
    ) -> crate::builders::CreateVolumeSnapshot {
        crate::builders::CreateVolumeSnapshot {
            client: self.client.clone(),
            volume_id: volume_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get a snapshot of a volume
    ///
    /// `GET /v2/volumes/{volume_id}/snapshots/{snapshot_id}` (`getSnapshotOfVolume`)
    pub fn get_snapshot_of_volume(
        &self,
        volume_id: impl ::std::convert::Into<::std::string::String>,
        snapshot_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetSnapshotOfVolume {
        crate::builders::GetSnapshotOfVolume {
            client: self.client.clone(),
            volume_id: volume_id.into(),
            snapshot_id: snapshot_id.into(),
            region: None,
        }
    }
    /// List all volume snapshots
    ///
    /// `GET /v2/snapshots` (`listVolumeSnapshots`)
    pub fn list(&self) -> crate::builders::ListVolumeSnapshots {
        crate::builders::ListVolumeSnapshots {
            client: self.client.clone(),
            region: None,
            resource_type: None,
        }
    }
    /// Get a volume snapshot
    ///
    /// `GET /v2/snapshots/{snapshot_id}` (`getVolumeSnapshot`)
    pub fn get(
        &self,
        snapshot_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetVolumeSnapshot {
        crate::builders::GetVolumeSnapshot {
            client: self.client.clone(),
            snapshot_id: snapshot_id.into(),
            region: None,
            resource_type: None,
        }
    }
    /// Delete a volume snapshot
    ///
    /// `DELETE /v2/snapshots/{snapshot_id}` (`deleteVolumeSnapshot`)
    pub fn delete(
        &self,
        snapshot_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteVolumeSnapshot {
        crate::builders::DeleteVolumeSnapshot {
            client: self.client.clone(),
            snapshot_id: snapshot_id.into(),
            region: None,
        }
    }
}
/// S3-compatible buckets.
#[cfg(feature = "object-stores")]
#[derive(Debug, Clone, Copy)]
pub struct ObjectStoresApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "object-stores")]
impl<'a> ObjectStoresApi<'a> {
    /// List object stores
    ///
    /// `GET /v2/objectstores` (`listObjectStores`)
    pub fn list(&self) -> crate::builders::ListObjectStores {
        crate::builders::ListObjectStores {
            client: self.client.clone(),
            region: None,
            page: None,
            per_page: None,
        }
    }
    /// Create an object store
    ///
    /// Creates a bucket, owned by the given credential or by a new one.
    ///
    /// `POST /v2/objectstores` (`createObjectStore`)
    pub fn create(
        &self,
        body: crate::types::CreateObjectStoreRequest,
    ) -> crate::builders::CreateObjectStore {
        crate::builders::CreateObjectStore {
            client: self.client.clone(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get an object store
    ///
    /// `GET /v2/objectstores/{objectstore_id}` (`getObjectStore`)
    pub fn get(
        &self,
        objectstore_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetObjectStore {
        crate::builders::GetObjectStore {
            client: self.client.clone(),
            objectstore_id: objectstore_id.into(),
            region: None,
        }
    }
    /// Change the capacity
    ///
    /// `PUT /v2/objectstores/{objectstore_id}` (`updateObjectStore`)
    pub fn update(
        &self,
        objectstore_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateObjectStoreRequest,
    ) -> crate::builders::UpdateObjectStore {
        crate::builders::UpdateObjectStore {
            client: self.client.clone(),
            objectstore_id: objectstore_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete an object store
    ///
    /// `DELETE /v2/objectstores/{objectstore_id}` (`deleteObjectStore`)
    pub fn delete(
        &self,
        objectstore_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteObjectStore {
        crate::builders::DeleteObjectStore {
            client: self.client.clone(),
            objectstore_id: objectstore_id.into(),
            region: None,
        }
    }
    /// Get usage statistics
    ///
    /// `GET /v2/objectstores/{objectstore_id}/stats` (`getObjectStoreStats`)
    pub fn get_stats(
        &self,
        objectstore_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetObjectStoreStats {
        crate::builders::GetObjectStoreStats {
            client: self.client.clone(),
            objectstore_id: objectstore_id.into(),
            region: None,
        }
    }
}
/// Access key pairs for object stores.
#[cfg(feature = "object-store-credentials")]
#[derive(Debug, Clone, Copy)]
pub struct ObjectStoreCredentialsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "object-store-credentials")]
impl<'a> ObjectStoreCredentialsApi<'a> {
    /// List credentials
    ///
    /// Note the singular `objectstore` in this path.
    ///
    /// `GET /v2/objectstore/credentials` (`listObjectStoreCredentials`)
    pub fn list(&self) -> crate::builders::ListObjectStoreCredentials {
        crate::builders::ListObjectStoreCredentials {
            client: self.client.clone(),
            region: None,
            page: None,
            per_page: None,
        }
    }
    /// Create a credential
    ///
    /// `POST /v2/objectstore/credentials` (`createObjectStoreCredential`)
    pub fn create(
        &self,
        body: crate::types::CreateObjectStoreCredentialRequest,
    ) -> crate::builders::CreateObjectStoreCredential {
        crate::builders::CreateObjectStoreCredential {
            client: self.client.clone(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get a credential
    ///
    /// `GET /v2/objectstore/credentials/{credential_id}` (`getObjectStoreCredential`)
    pub fn get(
        &self,
        credential_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetObjectStoreCredential {
        crate::builders::GetObjectStoreCredential {
            client: self.client.clone(),
            credential_id: credential_id.into(),
            region: None,
        }
    }
    /// Update a credential
    ///
    /// `PUT /v2/objectstore/credentials/{credential_id}` (`updateObjectStoreCredential`)
    pub fn update(
        &self,
        credential_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateObjectStoreCredentialRequest,
    ) -> crate::builders::UpdateObjectStoreCredential {
        crate::builders::UpdateObjectStoreCredential {
            client: self.client.clone(),
            credential_id: credential_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete a credential
    ///
    /// `DELETE /v2/objectstore/credentials/{credential_id}` (`deleteObjectStoreCredential`)
    pub fn delete(
        &self,
        credential_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteObjectStoreCredential {
        crate::builders::DeleteObjectStoreCredential {
            client: self.client.clone(),
            credential_id: credential_id.into(),
            region: None,
        }
    }
}
/// Private networks and their subnets.
#[cfg(feature = "networks")]
#[derive(Debug, Clone, Copy)]
pub struct NetworksApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "networks")]
impl<'a> NetworksApi<'a> {
    /// List networks
    ///
    /// Returns the private networks of the region; the default one has `default: true`.
    ///
    /// `GET /v2/networks` (`listNetworks`)
    pub fn list(&self) -> crate::builders::ListNetworks {
        crate::builders::ListNetworks {
            client: self.client.clone(),
            region: None,
        }
    }
    /// Create a network
    ///
    /// `POST /v2/networks` (`createNetwork`)
    pub fn create(
        &self,
        body: crate::types::NetworkRequest,
    ) -> crate::builders::CreateNetwork {
        crate::builders::CreateNetwork {
            client: self.client.clone(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get a network
    ///
    /// `GET /v2/networks/{network_id}` (`getNetwork`)
    pub fn get(
        &self,
        network_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetNetwork {
        crate::builders::GetNetwork {
            client: self.client.clone(),
            network_id: network_id.into(),
            region: None,
        }
    }
    /// Update or rename a network
    ///
    /// Renaming needs only `label` (and `region`).
    ///
    /// `PUT /v2/networks/{network_id}` (`updateNetwork`)
    pub fn update(
        &self,
        network_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::NetworkRequest,
    ) -> crate::builders::UpdateNetwork {
        crate::builders::UpdateNetwork {
            client: self.client.clone(),
            network_id: network_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete a network
    ///
    /// A network still used by instances, or the default one, cannot be deleted.
    ///
    /// `DELETE /v2/networks/{network_id}` (`deleteNetwork`)
    pub fn delete(
        &self,
        network_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteNetwork {
        crate::builders::DeleteNetwork {
            client: self.client.clone(),
            network_id: network_id.into(),
            region: None,
        }
    }
    /// List subnets
    ///
    /// `GET /v2/networks/{network_id}/subnets` (`listSubnets`)
    pub fn list_subnets(
        &self,
        network_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::ListSubnets {
        crate::builders::ListSubnets {
            client: self.client.clone(),
            network_id: network_id.into(),
            region: None,
        }
    }
    /// Create a subnet
    ///
    /// `POST /v2/networks/{network_id}/subnets` (`createSubnet`)
    pub fn create_subnet(
        &self,
        network_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::CreateSubnetRequest,
    ) -> crate::builders::CreateSubnet {
        crate::builders::CreateSubnet {
            client: self.client.clone(),
            network_id: network_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get a subnet
    ///
    /// `GET /v2/networks/{network_id}/subnets/{subnet_id}` (`getSubnet`)
    pub fn get_subnet(
        &self,
        network_id: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetSubnet {
        crate::builders::GetSubnet {
            client: self.client.clone(),
            network_id: network_id.into(),
            subnet_id: subnet_id.into(),
            region: None,
        }
    }
    /// Delete a subnet
    ///
    /// `DELETE /v2/networks/{network_id}/subnets/{subnet_id}` (`deleteSubnet`)
    pub fn delete_subnet(
        &self,
        network_id: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteSubnet {
        crate::builders::DeleteSubnet {
            client: self.client.clone(),
            network_id: network_id.into(),
            subnet_id: subnet_id.into(),
            region: None,
        }
    }
    /// Attach a subnet to an instance
    ///
    /// `POST /v2/networks/{network_id}/subnets/{subnet_id}/routes` (`attachSubnet`)
    pub fn attach_subnet(
        &self,
        network_id: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::AttachSubnetRequest,
    ) -> crate::builders::AttachSubnet {
        crate::builders::AttachSubnet {
            client: self.client.clone(),
            network_id: network_id.into(),
            subnet_id: subnet_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Detach a subnet
    ///
    /// `DELETE /v2/networks/{network_id}/subnets/{subnet_id}/routes` (`detachSubnet`)
    pub fn detach_subnet(
        &self,
        network_id: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DetachSubnet {
        crate::builders::DetachSubnet {
            client: self.client.clone(),
            network_id: network_id.into(),
            subnet_id: subnet_id.into(),
            region: None,
        }
    }
}
/// Firewalls and their rules.
#[cfg(feature = "firewalls")]
#[derive(Debug, Clone, Copy)]
pub struct FirewallsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "firewalls")]
impl<'a> FirewallsApi<'a> {
    /// List firewalls
    ///
    /// `GET /v2/firewalls` (`listFirewalls`)
    pub fn list(&self) -> crate::builders::ListFirewalls {
        crate::builders::ListFirewalls {
            client: self.client.clone(),
            region: None,
        }
    }
    /// Create a firewall
    ///
    /// Creates a firewall, with Civo's default rules unless `create_rules` is false.
    ///
    /// `POST /v2/firewalls` (`createFirewall`)
    pub fn create(
        &self,
        body: crate::types::CreateFirewallRequest,
    ) -> crate::builders::CreateFirewall {
        crate::builders::CreateFirewall {
            client: self.client.clone(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Rename a firewall
    ///
    /// `PUT /v2/firewalls/{firewall_id}` (`renameFirewall`)
    pub fn rename(
        &self,
        firewall_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateFirewallRequest,
    ) -> crate::builders::RenameFirewall {
        crate::builders::RenameFirewall {
            client: self.client.clone(),
            firewall_id: firewall_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete a firewall
    ///
    /// `DELETE /v2/firewalls/{firewall_id}` (`deleteFirewall`)
    pub fn delete(
        &self,
        firewall_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteFirewall {
        crate::builders::DeleteFirewall {
            client: self.client.clone(),
            firewall_id: firewall_id.into(),
            region: None,
        }
    }
    /// List firewall rules
    ///
    /// `GET /v2/firewalls/{firewall_id}/rules` (`listFirewallRules`)
    pub fn list_rules(
        &self,
        firewall_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::ListFirewallRules {
        crate::builders::ListFirewallRules {
            client: self.client.clone(),
            firewall_id: firewall_id.into(),
            region: None,
        }
    }
    /// Add a firewall rule
    ///
    /// `POST /v2/firewalls/{firewall_id}/rules` (`createFirewallRule`)
    pub fn create_rule(
        &self,
        firewall_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::CreateFirewallRuleRequest,
    ) -> crate::builders::CreateFirewallRule {
        crate::builders::CreateFirewallRule {
            client: self.client.clone(),
            firewall_id: firewall_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete a firewall rule
    ///
    /// `DELETE /v2/firewalls/{firewall_id}/rules/{rule_id}` (`deleteFirewallRule`)
    pub fn delete_rule(
        &self,
        firewall_id: impl ::std::convert::Into<::std::string::String>,
        rule_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteFirewallRule {
        crate::builders::DeleteFirewallRule {
            client: self.client.clone(),
            firewall_id: firewall_id.into(),
            rule_id: rule_id.into(),
            region: None,
        }
    }
}
/// Managed load balancers.
#[cfg(feature = "load-balancers")]
#[derive(Debug, Clone, Copy)]
pub struct LoadBalancersApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "load-balancers")]
impl<'a> LoadBalancersApi<'a> {
    /// List load balancers
    ///
    /// `GET /v2/loadbalancers` (`listLoadBalancers`)
    pub fn list(&self) -> crate::builders::ListLoadBalancers {
        crate::builders::ListLoadBalancers {
            client: self.client.clone(),
            region: None,
        }
    }
    /// Create a load balancer
    ///
    /// `POST /v2/loadbalancers` (`createLoadBalancer`)
    pub fn create(
        &self,
        body: crate::types::CreateLoadBalancerRequest,
    ) -> crate::builders::CreateLoadBalancer {
        crate::builders::CreateLoadBalancer {
            client: self.client.clone(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get a load balancer
    ///
    /// `GET /v2/loadbalancers/{loadbalancer_id}` (`getLoadBalancer`)
    pub fn get(
        &self,
        loadbalancer_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetLoadBalancer {
        crate::builders::GetLoadBalancer {
            client: self.client.clone(),
            loadbalancer_id: loadbalancer_id.into(),
            region: None,
        }
    }
    /// Update a load balancer
    ///
    /// `PUT /v2/loadbalancers/{loadbalancer_id}` (`updateLoadBalancer`)
    pub fn update(
        &self,
        loadbalancer_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateLoadBalancerRequest,
    ) -> crate::builders::UpdateLoadBalancer {
        crate::builders::UpdateLoadBalancer {
            client: self.client.clone(),
            loadbalancer_id: loadbalancer_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete a load balancer
    ///
    /// `DELETE /v2/loadbalancers/{loadbalancer_id}` (`deleteLoadBalancer`)
    pub fn delete(
        &self,
        loadbalancer_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteLoadBalancer {
        crate::builders::DeleteLoadBalancer {
            client: self.client.clone(),
            loadbalancer_id: loadbalancer_id.into(),
            region: None,
        }
    }
}
/// Public IPv4 addresses kept independently of instances.
#[cfg(feature = "reserved-ips")]
#[derive(Debug, Clone, Copy)]
pub struct ReservedIpsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "reserved-ips")]
impl<'a> ReservedIpsApi<'a> {
    /// List reserved IPs
    ///
    /// `GET /v2/ips` (`listReservedIps`)
    pub fn list(&self) -> crate::builders::ListReservedIps {
        crate::builders::ListReservedIps {
            client: self.client.clone(),
            region: None,
            page: None,
            per_page: None,
        }
    }
    /// Reserve an IP
    ///
    /// `POST /v2/ips` (`createReservedIp`)
    pub fn create(&self) -> crate::builders::CreateReservedIp {
        crate::builders::CreateReservedIp {
            client: self.client.clone(),
            region: None,
            body: None,
            as_form: false,
        }
    }
    /// Get a reserved IP
    ///
    /// `GET /v2/ips/{ip_id}` (`getReservedIp`)
    pub fn get(
        &self,
        ip_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetReservedIp {
        crate::builders::GetReservedIp {
            client: self.client.clone(),
            ip_id: ip_id.into(),
            region: None,
        }
    }
    /// Rename a reserved IP
    ///
    /// `PUT /v2/ips/{ip_id}` (`renameReservedIp`)
    pub fn rename(
        &self,
        ip_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateReservedIpRequest,
    ) -> crate::builders::RenameReservedIp {
        crate::builders::RenameReservedIp {
            client: self.client.clone(),
            ip_id: ip_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Release a reserved IP
    ///
    /// `DELETE /v2/ips/{ip_id}` (`deleteReservedIp`)
    pub fn delete(
        &self,
        ip_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteReservedIp {
        crate::builders::DeleteReservedIp {
            client: self.client.clone(),
            ip_id: ip_id.into(),
            region: None,
        }
    }
    /// Assign or unassign a reserved IP
    ///
    /// Attaches the address to an instance or load balancer (`assign`), or detaches it (`unassign`, which succeeds even when it is not attached).
    ///
    /// `POST /v2/ips/{ip_id}/actions` (`actReservedIp`)
    pub fn act(
        &self,
        ip_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::ReservedIpActionRequest,
    ) -> crate::builders::ActReservedIp {
        crate::builders::ActReservedIp {
            client: self.client.clone(),
            ip_id: ip_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
}
/// DNS domains and their records.
#[cfg(feature = "dns")]
#[derive(Debug, Clone, Copy)]
pub struct DnsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "dns")]
impl<'a> DnsApi<'a> {
    /// List DNS domains
    ///
    /// `GET /v2/dns` (`listDnsDomains`)
    pub fn list_domains(&self) -> crate::builders::ListDnsDomains {
        crate::builders::ListDnsDomains {
            client: self.client.clone(),
            region: None,
        }
    }
    /// Add a DNS domain
    ///
    /// `POST /v2/dns` (`createDnsDomain`)
    pub fn create_domain(
        &self,
        body: crate::types::DnsDomainRequest,
    ) -> crate::builders::CreateDnsDomain {
        crate::builders::CreateDnsDomain {
            client: self.client.clone(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Rename a DNS domain
    ///
    /// `PUT /v2/dns/{domain_id}` (`renameDnsDomain`)
    pub fn rename_domain(
        &self,
        domain_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::DnsDomainRequest,
    ) -> crate::builders::RenameDnsDomain {
        crate::builders::RenameDnsDomain {
            client: self.client.clone(),
            domain_id: domain_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete a DNS domain
    ///
    /// `DELETE /v2/dns/{domain_id}` (`deleteDnsDomain`)
    pub fn delete_domain(
        &self,
        domain_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteDnsDomain {
        crate::builders::DeleteDnsDomain {
            client: self.client.clone(),
            domain_id: domain_id.into(),
            region: None,
        }
    }
    /// List DNS records
    ///
    /// `GET /v2/dns/{domain_id}/records` (`listDnsRecords`)
    pub fn list_records(
        &self,
        domain_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::ListDnsRecords {
        crate::builders::ListDnsRecords {
            client: self.client.clone(),
            domain_id: domain_id.into(),
            region: None,
        }
    }
    /// Create a DNS record
    ///
    /// `POST /v2/dns/{domain_id}/records` (`createDnsRecord`)
    pub fn create_record(
        &self,
        domain_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::DnsRecordRequest,
    ) -> crate::builders::CreateDnsRecord {
        crate::builders::CreateDnsRecord {
            client: self.client.clone(),
            domain_id: domain_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Update a DNS record
    ///
    /// `PUT /v2/dns/{domain_id}/records/{record_id}` (`updateDnsRecord`)
    pub fn update_record(
        &self,
        domain_id: impl ::std::convert::Into<::std::string::String>,
        record_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::DnsRecordRequest,
    ) -> crate::builders::UpdateDnsRecord {
        crate::builders::UpdateDnsRecord {
            client: self.client.clone(),
            domain_id: domain_id.into(),
            record_id: record_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete a DNS record
    ///
    /// `DELETE /v2/dns/{domain_id}/records/{record_id}` (`deleteDnsRecord`)
    pub fn delete_record(
        &self,
        domain_id: impl ::std::convert::Into<::std::string::String>,
        record_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteDnsRecord {
        crate::builders::DeleteDnsRecord {
            client: self.client.clone(),
            domain_id: domain_id.into(),
            record_id: record_id.into(),
            region: None,
        }
    }
}
/// Private networks and subnets under the newer `/v2/vpc` paths.
#[cfg(feature = "vpc-networks")]
#[derive(Debug, Clone, Copy)]
pub struct VpcNetworksApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "vpc-networks")]
impl<'a> VpcNetworksApi<'a> {
    /// List networks
    ///
    /// Returns the private networks of the region; the default one has `default: true`. This is the `/v2/vpc` form of the call.
    ///
    /// `GET /v2/vpc/networks` (`listVpcNetworks`)
    pub fn list(&self) -> crate::builders::ListVpcNetworks {
        crate::builders::ListVpcNetworks {
            client: self.client.clone(),
            region: None,
        }
    }
    /// Create a network
    ///
    /// `POST /v2/vpc/networks` (`createVpcNetwork`)
    pub fn create(
        &self,
        body: crate::types::NetworkRequest,
    ) -> crate::builders::CreateVpcNetwork {
        crate::builders::CreateVpcNetwork {
            client: self.client.clone(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get a network
    ///
    /// `GET /v2/vpc/networks/{network_id}` (`getVpcNetwork`)
    pub fn get(
        &self,
        network_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetVpcNetwork {
        crate::builders::GetVpcNetwork {
            client: self.client.clone(),
            network_id: network_id.into(),
            region: None,
        }
    }
    /// Update or rename a network
    ///
    /// Renaming needs only `label` (and `region`).
    ///
    /// `PUT /v2/vpc/networks/{network_id}` (`updateVpcNetwork`)
    pub fn update(
        &self,
        network_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::NetworkRequest,
    ) -> crate::builders::UpdateVpcNetwork {
        crate::builders::UpdateVpcNetwork {
            client: self.client.clone(),
            network_id: network_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete a network
    ///
    /// A network still used by instances, or the default one, cannot be deleted.
    ///
    /// `DELETE /v2/vpc/networks/{network_id}` (`deleteVpcNetwork`)
    pub fn delete(
        &self,
        network_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteVpcNetwork {
        crate::builders::DeleteVpcNetwork {
            client: self.client.clone(),
            network_id: network_id.into(),
            region: None,
        }
    }
    /// List subnets
    ///
    /// `GET /v2/vpc/networks/{network_id}/subnets` (`listVpcSubnets`)
    pub fn list_vpc_subnets(
        &self,
        network_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::ListVpcSubnets {
        crate::builders::ListVpcSubnets {
            client: self.client.clone(),
            network_id: network_id.into(),
            region: None,
        }
    }
    /// Create a subnet
    ///
    /// `POST /v2/vpc/networks/{network_id}/subnets` (`createVpcSubnet`)
    pub fn create_vpc_subnet(
        &self,
        network_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::CreateSubnetRequest,
    ) -> crate::builders::CreateVpcSubnet {
        crate::builders::CreateVpcSubnet {
            client: self.client.clone(),
            network_id: network_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get a subnet
    ///
    /// `GET /v2/vpc/networks/{network_id}/subnets/{subnet_id}` (`getVpcSubnet`)
    pub fn get_vpc_subnet(
        &self,
        network_id: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetVpcSubnet {
        crate::builders::GetVpcSubnet {
            client: self.client.clone(),
            network_id: network_id.into(),
            subnet_id: subnet_id.into(),
            region: None,
        }
    }
    /// Delete a subnet
    ///
    /// `DELETE /v2/vpc/networks/{network_id}/subnets/{subnet_id}` (`deleteVpcSubnet`)
    pub fn delete_vpc_subnet(
        &self,
        network_id: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteVpcSubnet {
        crate::builders::DeleteVpcSubnet {
            client: self.client.clone(),
            network_id: network_id.into(),
            subnet_id: subnet_id.into(),
            region: None,
        }
    }
    /// Attach a subnet to an instance
    ///
    /// `POST /v2/vpc/networks/{network_id}/subnets/{subnet_id}/routes` (`attachVpcSubnet`)
    pub fn attach_vpc_subnet(
        &self,
        network_id: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::AttachSubnetRequest,
    ) -> crate::builders::AttachVpcSubnet {
        crate::builders::AttachVpcSubnet {
            client: self.client.clone(),
            network_id: network_id.into(),
            subnet_id: subnet_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Detach a subnet
    ///
    /// `DELETE /v2/vpc/networks/{network_id}/subnets/{subnet_id}/routes` (`detachVpcSubnet`)
    pub fn detach_vpc_subnet(
        &self,
        network_id: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DetachVpcSubnet {
        crate::builders::DetachVpcSubnet {
            client: self.client.clone(),
            network_id: network_id.into(),
            subnet_id: subnet_id.into(),
            region: None,
        }
    }
}
/// Firewalls and rules under the newer `/v2/vpc` paths.
#[cfg(feature = "vpc-firewalls")]
#[derive(Debug, Clone, Copy)]
pub struct VpcFirewallsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "vpc-firewalls")]
impl<'a> VpcFirewallsApi<'a> {
    /// List firewalls
    ///
    /// `GET /v2/vpc/firewalls` (`listVpcFirewalls`)
    pub fn list(&self) -> crate::builders::ListVpcFirewalls {
        crate::builders::ListVpcFirewalls {
            client: self.client.clone(),
            region: None,
        }
    }
    /// Create a firewall
    ///
    /// Creates a firewall, with Civo's default rules unless `create_rules` is false.
    ///
    /// `POST /v2/vpc/firewalls` (`createVpcFirewall`)
    pub fn create(
        &self,
        body: crate::types::CreateFirewallRequest,
    ) -> crate::builders::CreateVpcFirewall {
        crate::builders::CreateVpcFirewall {
            client: self.client.clone(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Rename a firewall
    ///
    /// `PUT /v2/vpc/firewalls/{firewall_id}` (`renameVpcFirewall`)
    pub fn rename(
        &self,
        firewall_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateFirewallRequest,
    ) -> crate::builders::RenameVpcFirewall {
        crate::builders::RenameVpcFirewall {
            client: self.client.clone(),
            firewall_id: firewall_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete a firewall
    ///
    /// `DELETE /v2/vpc/firewalls/{firewall_id}` (`deleteVpcFirewall`)
    pub fn delete(
        &self,
        firewall_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteVpcFirewall {
        crate::builders::DeleteVpcFirewall {
            client: self.client.clone(),
            firewall_id: firewall_id.into(),
            region: None,
        }
    }
    /// List firewall rules
    ///
    /// `GET /v2/vpc/firewalls/{firewall_id}/rules` (`listVpcFirewallRules`)
    pub fn list_rules(
        &self,
        firewall_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::ListVpcFirewallRules {
        crate::builders::ListVpcFirewallRules {
            client: self.client.clone(),
            firewall_id: firewall_id.into(),
            region: None,
        }
    }
    /// Add a firewall rule
    ///
    /// `POST /v2/vpc/firewalls/{firewall_id}/rules` (`createVpcFirewallRule`)
    pub fn create_rule(
        &self,
        firewall_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::CreateFirewallRuleRequest,
    ) -> crate::builders::CreateVpcFirewallRule {
        crate::builders::CreateVpcFirewallRule {
            client: self.client.clone(),
            firewall_id: firewall_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete a firewall rule
    ///
    /// `DELETE /v2/vpc/firewalls/{firewall_id}/rules/{rule_id}` (`deleteVpcFirewallRule`)
    pub fn delete_rule(
        &self,
        firewall_id: impl ::std::convert::Into<::std::string::String>,
        rule_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteVpcFirewallRule {
        crate::builders::DeleteVpcFirewallRule {
            client: self.client.clone(),
            firewall_id: firewall_id.into(),
            rule_id: rule_id.into(),
            region: None,
        }
    }
}
/// Load balancers under the newer `/v2/vpc` paths.
#[cfg(feature = "vpc-load-balancers")]
#[derive(Debug, Clone, Copy)]
pub struct VpcLoadBalancersApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "vpc-load-balancers")]
impl<'a> VpcLoadBalancersApi<'a> {
    /// List load balancers
    ///
    /// `GET /v2/vpc/loadbalancers` (`listVpcLoadBalancers`)
    pub fn list(&self) -> crate::builders::ListVpcLoadBalancers {
        crate::builders::ListVpcLoadBalancers {
            client: self.client.clone(),
            region: None,
        }
    }
    /// Create a load balancer
    ///
    /// `POST /v2/vpc/loadbalancers` (`createVpcLoadBalancer`)
    pub fn create(
        &self,
        body: crate::types::CreateLoadBalancerRequest,
    ) -> crate::builders::CreateVpcLoadBalancer {
        crate::builders::CreateVpcLoadBalancer {
            client: self.client.clone(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get a load balancer
    ///
    /// `GET /v2/vpc/loadbalancers/{loadbalancer_id}` (`getVpcLoadBalancer`)
    pub fn get(
        &self,
        loadbalancer_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetVpcLoadBalancer {
        crate::builders::GetVpcLoadBalancer {
            client: self.client.clone(),
            loadbalancer_id: loadbalancer_id.into(),
            region: None,
        }
    }
    /// Update a load balancer
    ///
    /// `PUT /v2/vpc/loadbalancers/{loadbalancer_id}` (`updateVpcLoadBalancer`)
    pub fn update(
        &self,
        loadbalancer_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateLoadBalancerRequest,
    ) -> crate::builders::UpdateVpcLoadBalancer {
        crate::builders::UpdateVpcLoadBalancer {
            client: self.client.clone(),
            loadbalancer_id: loadbalancer_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete a load balancer
    ///
    /// `DELETE /v2/vpc/loadbalancers/{loadbalancer_id}` (`deleteVpcLoadBalancer`)
    pub fn delete(
        &self,
        loadbalancer_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteVpcLoadBalancer {
        crate::builders::DeleteVpcLoadBalancer {
            client: self.client.clone(),
            loadbalancer_id: loadbalancer_id.into(),
            region: None,
        }
    }
}
/// Reserved IPs under the newer `/v2/vpc` paths.
#[cfg(feature = "vpc-reserved-ips")]
#[derive(Debug, Clone, Copy)]
pub struct VpcReservedIpsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "vpc-reserved-ips")]
impl<'a> VpcReservedIpsApi<'a> {
    /// List reserved IPs
    ///
    /// `GET /v2/vpc/ips` (`listVpcReservedIps`)
    pub fn list(&self) -> crate::builders::ListVpcReservedIps {
        crate::builders::ListVpcReservedIps {
            client: self.client.clone(),
            region: None,
            page: None,
            per_page: None,
        }
    }
    /// Reserve an IP
    ///
    /// `POST /v2/vpc/ips` (`createVpcReservedIp`)
    pub fn create(&self) -> crate::builders::CreateVpcReservedIp {
        crate::builders::CreateVpcReservedIp {
            client: self.client.clone(),
            region: None,
            body: None,
            as_form: false,
        }
    }
    /// Get a reserved IP
    ///
    /// `GET /v2/vpc/ips/{ip_id}` (`getVpcReservedIp`)
    pub fn get(
        &self,
        ip_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetVpcReservedIp {
        crate::builders::GetVpcReservedIp {
            client: self.client.clone(),
            ip_id: ip_id.into(),
            region: None,
        }
    }
    /// Rename a reserved IP
    ///
    /// `PUT /v2/vpc/ips/{ip_id}` (`renameVpcReservedIp`)
    pub fn rename(
        &self,
        ip_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateReservedIpRequest,
    ) -> crate::builders::RenameVpcReservedIp {
        crate::builders::RenameVpcReservedIp {
            client: self.client.clone(),
            ip_id: ip_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Release a reserved IP
    ///
    /// `DELETE /v2/vpc/ips/{ip_id}` (`deleteVpcReservedIp`)
    pub fn delete(
        &self,
        ip_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteVpcReservedIp {
        crate::builders::DeleteVpcReservedIp {
            client: self.client.clone(),
            ip_id: ip_id.into(),
            region: None,
        }
    }
    /// Assign or unassign a reserved IP
    ///
    /// Attaches the address to an instance or load balancer (`assign`), or detaches it (`unassign`, which succeeds even when it is not attached).
    ///
    /// `POST /v2/vpc/ips/{ip_id}/actions` (`actVpcReservedIp`)
    pub fn act(
        &self,
        ip_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::ReservedIpActionRequest,
    ) -> crate::builders::ActVpcReservedIp {
        crate::builders::ActVpcReservedIp {
            client: self.client.clone(),
            ip_id: ip_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
}
/// Managed Kubernetes clusters, versions and marketplace applications.
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone, Copy)]
pub struct KubernetesApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "kubernetes")]
impl<'a> KubernetesApi<'a> {
    /// List Kubernetes versions
    ///
    /// `GET /v2/kubernetes/versions` (`listKubernetesVersions`)
    pub fn list_versions(&self) -> crate::builders::ListKubernetesVersions {
        crate::builders::ListKubernetesVersions {
            client: self.client.clone(),
            region: None,
        }
    }
    /// List marketplace applications
    ///
    /// Returns the applications that can be installed on clusters at creation or later.
    ///
    /// `GET /v2/kubernetes/applications` (`listMarketplaceApplications`)
    pub fn list_marketplace_applications(
        &self,
    ) -> crate::builders::ListMarketplaceApplications {
        crate::builders::ListMarketplaceApplications {
            client: self.client.clone(),
            region: None,
        }
    }
    /// List clusters
    ///
    /// `GET /v2/kubernetes/clusters` (`listKubernetesClusters`)
    pub fn list_clusters(&self) -> crate::builders::ListKubernetesClusters {
        crate::builders::ListKubernetesClusters {
            client: self.client.clone(),
            region: None,
            page: None,
            per_page: None,
        }
    }
    /// Create a cluster
    ///
    /// `POST /v2/kubernetes/clusters` (`createKubernetesCluster`)
    pub fn create_cluster(
        &self,
        body: crate::types::CreateKubernetesClusterRequest,
    ) -> crate::builders::CreateKubernetesCluster {
        crate::builders::CreateKubernetesCluster {
            client: self.client.clone(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get a cluster
    ///
    /// `GET /v2/kubernetes/clusters/{cluster_id}` (`getKubernetesCluster`)
    pub fn get_cluster(
        &self,
        cluster_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetKubernetesCluster {
        crate::builders::GetKubernetesCluster {
            client: self.client.clone(),
            cluster_id: cluster_id.into(),
            region: None,
        }
    }
    /// Update a cluster
    ///
    /// Renames, scales, upgrades or changes applications and firewall of a cluster.
    ///
    /// `PUT /v2/kubernetes/clusters/{cluster_id}` (`updateKubernetesCluster`)
    pub fn update_cluster(
        &self,
        cluster_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateKubernetesClusterRequest,
    ) -> crate::builders::UpdateKubernetesCluster {
        crate::builders::UpdateKubernetesCluster {
            client: self.client.clone(),
            cluster_id: cluster_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete a cluster
    ///
    /// `DELETE /v2/kubernetes/clusters/{cluster_id}` (`deleteKubernetesCluster`)
    pub fn delete_cluster(
        &self,
        cluster_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteKubernetesCluster {
        crate::builders::DeleteKubernetesCluster {
            client: self.client.clone(),
            cluster_id: cluster_id.into(),
            region: None,
        }
    }
    /// Rebuild a node
    ///
    /// Replaces one node of the cluster with a fresh one.
    ///
    /// `POST /v2/kubernetes/clusters/{cluster_id}/recycle` (`recycleKubernetesNode`)
    pub fn recycle_node(
        &self,
        cluster_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::RecycleNodeRequest,
    ) -> crate::builders::RecycleKubernetesNode {
        crate::builders::RecycleKubernetesNode {
            client: self.client.clone(),
            cluster_id: cluster_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// List a cluster's instances
    ///
    /// `GET /v2/kubernetes/clusters/{cluster_id}/instances` (`listKubernetesClusterInstances`)
    pub fn list_cluster_instances(
        &self,
        cluster_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::ListKubernetesClusterInstances {
        crate::builders::ListKubernetesClusterInstances {
            client: self.client.clone(),
            cluster_id: cluster_id.into(),
            region: None,
        }
    }
}
/// Node pools of Kubernetes clusters.
#[cfg(feature = "kubernetes-pools")]
#[derive(Debug, Clone, Copy)]
pub struct KubernetesPoolsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "kubernetes-pools")]
impl<'a> KubernetesPoolsApi<'a> {
    /// List node pools
    ///
    /// `GET /v2/kubernetes/clusters/{cluster_id}/pools` (`listKubernetesPools`)
    pub fn list(
        &self,
        cluster_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::ListKubernetesPools {
        crate::builders::ListKubernetesPools {
            client: self.client.clone(),
            cluster_id: cluster_id.into(),
            region: None,
        }
    }
    /// Add a node pool
    ///
    /// `POST /v2/kubernetes/clusters/{cluster_id}/pools` (`createKubernetesPool`)
    pub fn create(
        &self,
        cluster_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::CreateKubernetesPoolRequest,
    ) -> crate::builders::CreateKubernetesPool {
        crate::builders::CreateKubernetesPool {
            client: self.client.clone(),
            cluster_id: cluster_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get a node pool
    ///
    /// `GET /v2/kubernetes/clusters/{cluster_id}/pools/{pool_id}` (`getKubernetesPool`)
    pub fn get(
        &self,
        cluster_id: impl ::std::convert::Into<::std::string::String>,
        pool_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetKubernetesPool {
        crate::builders::GetKubernetesPool {
            client: self.client.clone(),
            cluster_id: cluster_id.into(),
            pool_id: pool_id.into(),
            region: None,
        }
    }
    /// Update a node pool
    ///
    /// Scales a pool or changes its labels and taints.
    ///
    /// `PUT /v2/kubernetes/clusters/{cluster_id}/pools/{pool_id}` (`updateKubernetesPool`)
    pub fn update(
        &self,
        cluster_id: impl ::std::convert::Into<::std::string::String>,
        pool_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateKubernetesPoolRequest,
    ) -> crate::builders::UpdateKubernetesPool {
        crate::builders::UpdateKubernetesPool {
            client: self.client.clone(),
            cluster_id: cluster_id.into(),
            pool_id: pool_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete a node pool
    ///
    /// `DELETE /v2/kubernetes/clusters/{cluster_id}/pools/{pool_id}` (`deleteKubernetesPool`)
    pub fn delete(
        &self,
        cluster_id: impl ::std::convert::Into<::std::string::String>,
        pool_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteKubernetesPool {
        crate::builders::DeleteKubernetesPool {
            client: self.client.clone(),
            cluster_id: cluster_id.into(),
            pool_id: pool_id.into(),
            region: None,
        }
    }
    /// Remove one node from a pool
    ///
    /// Deletes the named node and shrinks the pool by one.
    ///
    /// `DELETE /v2/kubernetes/clusters/{cluster_id}/pools/{pool_id}/instances/{node_id}` (`deleteKubernetesPoolNode`)
    pub fn delete_node(
        &self,
        cluster_id: impl ::std::convert::Into<::std::string::String>,
        pool_id: impl ::std::convert::Into<::std::string::String>,
        node_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteKubernetesPoolNode {
        crate::builders::DeleteKubernetesPoolNode {
            client: self.client.clone(),
            cluster_id: cluster_id.into(),
            pool_id: pool_id.into(),
            node_id: node_id.into(),
            region: None,
        }
    }
}
/// Applications on Civo's platform service (not the Kubernetes marketplace).
#[cfg(feature = "applications")]
#[derive(Debug, Clone, Copy)]
pub struct ApplicationsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "applications")]
impl<'a> ApplicationsApi<'a> {
    /// List applications
    ///
    /// `GET /v2/applications` (`listApplications`)
    pub fn list(&self) -> crate::builders::ListApplications {
        crate::builders::ListApplications {
            client: self.client.clone(),
            region: None,
            page: None,
            per_page: None,
        }
    }
    /// Create an application
    ///
    /// `POST /v2/applications` (`createApplication`)
    pub fn create(
        &self,
        body: crate::types::CreateApplicationRequest,
    ) -> crate::builders::CreateApplication {
        crate::builders::CreateApplication {
            client: self.client.clone(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get an application
    ///
    /// `GET /v2/applications/{application_id}` (`getApplication`)
    pub fn get(
        &self,
        application_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetApplication {
        crate::builders::GetApplication {
            client: self.client.clone(),
            application_id: application_id.into(),
            region: None,
        }
    }
    /// Update an application
    ///
    /// `PUT /v2/applications/{application_id}` (`updateApplication`)
    pub fn update(
        &self,
        application_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateApplicationRequest,
    ) -> crate::builders::UpdateApplication {
        crate::builders::UpdateApplication {
            client: self.client.clone(),
            application_id: application_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete an application
    ///
    /// `DELETE /v2/applications/{application_id}` (`deleteApplication`)
    pub fn delete(
        &self,
        application_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteApplication {
        crate::builders::DeleteApplication {
            client: self.client.clone(),
            application_id: application_id.into(),
            region: None,
        }
    }
    /// Get log access credentials
    ///
    /// Returns a credential string for reading the application's logs.
    ///
    /// `GET /v2/applications/{application_id}/log_auth` (`getApplicationLogAuth`)
    pub fn get_log_auth(
        &self,
        application_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetApplicationLogAuth {
        crate::builders::GetApplicationLogAuth {
            client: self.client.clone(),
            application_id: application_id.into(),
            region: None,
        }
    }
}
/// Managed databases and their engine versions.
#[cfg(feature = "databases")]
#[derive(Debug, Clone, Copy)]
pub struct DatabasesApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "databases")]
impl<'a> DatabasesApi<'a> {
    /// List database engine versions
    ///
    /// `GET /v2/databases/versions` (`listDatabaseVersions`)
    pub fn list_versions(&self) -> crate::builders::ListDatabaseVersions {
        crate::builders::ListDatabaseVersions {
            client: self.client.clone(),
            region: None,
        }
    }
    /// List databases
    ///
    /// `GET /v2/databases` (`listDatabases`)
    pub fn list(&self) -> crate::builders::ListDatabases {
        crate::builders::ListDatabases {
            client: self.client.clone(),
            region: None,
            page: None,
            per_page: None,
        }
    }
    /// Create a database
    ///
    /// `POST /v2/databases` (`createDatabase`)
    pub fn create(
        &self,
        body: crate::types::CreateDatabaseRequest,
    ) -> crate::builders::CreateDatabase {
        crate::builders::CreateDatabase {
            client: self.client.clone(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get a database
    ///
    /// `GET /v2/databases/{database_id}` (`getDatabase`)
    pub fn get(
        &self,
        database_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetDatabase {
        crate::builders::GetDatabase {
            client: self.client.clone(),
            database_id: database_id.into(),
            region: None,
        }
    }
    /// Update a database
    ///
    /// Renames the database, changes its node count or its firewall.
    ///
    /// `PUT /v2/databases/{database_id}` (`updateDatabase`)
    pub fn update(
        &self,
        database_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateDatabaseRequest,
    ) -> crate::builders::UpdateDatabase {
        crate::builders::UpdateDatabase {
            client: self.client.clone(),
            database_id: database_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Delete a database
    ///
    /// `DELETE /v2/databases/{database_id}` (`deleteDatabase`)
    pub fn delete(
        &self,
        database_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteDatabase {
        crate::builders::DeleteDatabase {
            client: self.client.clone(),
            database_id: database_id.into(),
            region: None,
        }
    }
    /// Restore a backup
    ///
    /// Restores the database from one of its backups, by backup name.
    ///
    /// `POST /v2/databases/{database_id}/restore` (`restoreDatabase`)
    pub fn restore(
        &self,
        database_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::RestoreDatabaseRequest,
    ) -> crate::builders::RestoreDatabase {
        crate::builders::RestoreDatabase {
            client: self.client.clone(),
            database_id: database_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
}
/// Backups of managed databases.
#[cfg(feature = "database-backups")]
#[derive(Debug, Clone, Copy)]
pub struct DatabaseBackupsApi<'a> {
    pub(crate) client: &'a crate::Client,
}
#[cfg(feature = "database-backups")]
impl<'a> DatabaseBackupsApi<'a> {
    /// List backups
    ///
    /// `GET /v2/databases/{database_id}/backups` (`listDatabaseBackups`)
    pub fn list(
        &self,
        database_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::ListDatabaseBackups {
        crate::builders::ListDatabaseBackups {
            client: self.client.clone(),
            database_id: database_id.into(),
            region: None,
            page: None,
            per_page: None,
        }
    }
    /// Change the backup schedule
    ///
    /// `PUT /v2/databases/{database_id}/backups` (`updateDatabaseBackup`)
    pub fn update(
        &self,
        database_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::UpdateDatabaseBackupRequest,
    ) -> crate::builders::UpdateDatabaseBackup {
        crate::builders::UpdateDatabaseBackup {
            client: self.client.clone(),
            database_id: database_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Create a backup
    ///
    /// Takes a one-off backup, or sets up a scheduled one.
    ///
    /// `POST /v2/databases/{database_id}/backups` (`createDatabaseBackup`)
    pub fn create(
        &self,
        database_id: impl ::std::convert::Into<::std::string::String>,
        body: crate::types::CreateDatabaseBackupRequest,
    ) -> crate::builders::CreateDatabaseBackup {
        crate::builders::CreateDatabaseBackup {
            client: self.client.clone(),
            database_id: database_id.into(),
            region: None,
            body: Some(body),
            as_form: false,
        }
    }
    /// Get a backup
    ///
    /// `GET /v2/databases/{database_id}/backups/{backup_id}` (`getDatabaseBackup`)
    pub fn get(
        &self,
        database_id: impl ::std::convert::Into<::std::string::String>,
        backup_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::GetDatabaseBackup {
        crate::builders::GetDatabaseBackup {
            client: self.client.clone(),
            database_id: database_id.into(),
            backup_id: backup_id.into(),
            region: None,
        }
    }
    /// Delete a backup
    ///
    /// `DELETE /v2/databases/{database_id}/backups/{backup_id}` (`deleteDatabaseBackup`)
    pub fn delete(
        &self,
        database_id: impl ::std::convert::Into<::std::string::String>,
        backup_id: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::builders::DeleteDatabaseBackup {
        crate::builders::DeleteDatabaseBackup {
            client: self.client.clone(),
            database_id: database_id.into(),
            backup_id: backup_id.into(),
            region: None,
        }
    }
}
/// Request builder for [`crate::builders::AuthApi::ping`]; finish with [`send`](Ping::send).
#[cfg(feature = "auth")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct Ping {
    pub(crate) client: crate::Client,
}
#[cfg(feature = "auth")]
impl Ping {
    /// Sends the request (`GET /v2/ping`) and returns the decoded body.
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
            "ping",
            cloudsdk_runtime::Method::GET,
            "/v2/ping",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION)
    }
}
/// Request builder for [`crate::builders::AuthApi::exchange_token`]; finish with [`send`](ExchangeToken::send).
#[cfg(feature = "auth")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ExchangeToken {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::ExchangeTokenRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "auth")]
impl ExchangeToken {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/auth/exchange`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::TokenExchangeResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::TokenExchangeResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "exchangeToken",
            cloudsdk_runtime::Method::POST,
            "/v2/auth/exchange",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::ExchangeTokenRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::RegionsApi::list`]; finish with [`send`](ListRegions::send).
#[cfg(feature = "regions")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListRegions {
    pub(crate) client: crate::Client,
}
#[cfg(feature = "regions")]
impl ListRegions {
    /// Sends the request (`GET /v2/regions`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<::std::vec::Vec<crate::types::Region>, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::Region>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listRegions",
            cloudsdk_runtime::Method::GET,
            "/v2/regions",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION)
    }
}
/// Request builder for [`crate::builders::RegionsApi::create`]; finish with [`send`](CreateRegion::send).
#[cfg(feature = "regions")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateRegion {
    pub(crate) client: crate::Client,
    pub(crate) body: Option<crate::types::CreateRegionRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "regions")]
impl CreateRegion {
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/regions`) and returns the decoded body.
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
            "createRegion",
            cloudsdk_runtime::Method::POST,
            "/v2/regions",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::CreateRegionRequest> {
        let request = cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION);
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::RegionsApi::connect`]; finish with [`send`](ConnectRegion::send).
#[cfg(feature = "regions")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ConnectRegion {
    pub(crate) client: crate::Client,
    pub(crate) body: Option<crate::types::RegionCodeRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "regions")]
impl ConnectRegion {
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/regions/connect`) and returns the decoded body.
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
            "connectRegion",
            cloudsdk_runtime::Method::POST,
            "/v2/regions/connect",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::RegionCodeRequest> {
        let request = cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION);
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::RegionsApi::disconnect`]; finish with [`send`](DisconnectRegion::send).
#[cfg(feature = "regions")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DisconnectRegion {
    pub(crate) client: crate::Client,
    pub(crate) body: Option<crate::types::RegionCodeRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "regions")]
impl DisconnectRegion {
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/regions/disconnect`) and returns the decoded body.
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
            "disconnectRegion",
            cloudsdk_runtime::Method::POST,
            "/v2/regions/disconnect",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::RegionCodeRequest> {
        let request = cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION);
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::QuotaApi::get`]; finish with [`send`](GetQuota::send).
#[cfg(feature = "quota")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetQuota {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "quota")]
impl GetQuota {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/quota`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Quota, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Quota>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getQuota",
            cloudsdk_runtime::Method::GET,
            "/v2/quota",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ChargesApi::list`]; finish with [`send`](ListCharges::send).
#[cfg(feature = "charges")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListCharges {
    pub(crate) client: crate::Client,
    pub(crate) from: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    pub(crate) to: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
}
#[cfg(feature = "charges")]
impl ListCharges {
    /// Sends the request (`GET /v2/charges`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<::std::vec::Vec<crate::types::Charge>, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::Charge>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listCharges",
            cloudsdk_runtime::Method::GET,
            "/v2/charges",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("from", &self.from, cloudsdk_runtime::QueryStyle::form(true));
        request.query("to", &self.to, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ActionsApi::list`]; finish with [`send`](ListActions::send).
#[cfg(feature = "actions")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListActions {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) page: Option<i32>,
    pub(crate) per_page: Option<i32>,
    pub(crate) include_debug: Option<bool>,
    pub(crate) resource_id: Option<::std::string::String>,
    pub(crate) details: Option<::std::string::String>,
    pub(crate) related_id: Option<::std::string::String>,
    pub(crate) resource_type: Option<::std::string::String>,
    pub(crate) action_type: Option<::std::string::String>,
    pub(crate) created_at: Option<::std::string::String>,
    pub(crate) updated_at: Option<::std::string::String>,
    pub(crate) user_id: Option<::std::string::String>,
}
#[cfg(feature = "actions")]
impl ListActions {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Page to return, starting at 1.
    ///
    /// Bounds: at least 1.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }
    /// Number of items per page.
    ///
    /// Bounds: at least 1.
    pub fn per_page(mut self, value: i32) -> Self {
        self.per_page = Some(value);
        self
    }
    /// Also return internal debug entries.
    pub fn include_debug(mut self, value: bool) -> Self {
        self.include_debug = Some(value);
        self
    }
    /// Only actions on this resource.
    pub fn resource_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = Some(value.into());
        self
    }
    /// Only actions whose details match.
    pub fn details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.details = Some(value.into());
        self
    }
    /// Only actions related to this object.
    pub fn related_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.related_id = Some(value.into());
        self
    }
    /// Only actions on this kind of resource.
    pub fn resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = Some(value.into());
        self
    }
    /// Only actions of this type.
    pub fn action_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.action_type = Some(value.into());
        self
    }
    /// Only actions created at this time.
    pub fn created_at(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }
    /// Only actions updated at this time.
    pub fn updated_at(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }
    /// Only actions by this user.
    pub fn user_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/actions`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ActionPage, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ActionPage>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::Action> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::page_number(
            "items",
            "page",
            "per_page",
            "pages",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listActions",
            cloudsdk_runtime::Method::GET,
            "/v2/actions",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.query("page", &self.page, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query("per_page", &self.per_page, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query(
                "include_debug",
                &self.include_debug,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request
            .query(
                "resource_id",
                &self.resource_id,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request
            .query("details", &self.details, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query(
                "related_id",
                &self.related_id,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request
            .query(
                "resource_type",
                &self.resource_type,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request
            .query(
                "action_type",
                &self.action_type,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request
            .query(
                "created_at",
                &self.created_at,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request
            .query(
                "updated_at",
                &self.updated_at,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request
            .query("user_id", &self.user_id, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::AccountsApi::list`]; finish with [`send`](ListAccounts::send).
#[cfg(feature = "accounts")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListAccounts {
    pub(crate) client: crate::Client,
    pub(crate) page: Option<i32>,
    pub(crate) per_page: Option<i32>,
}
#[cfg(feature = "accounts")]
impl ListAccounts {
    /// Page to return, starting at 1.
    ///
    /// Bounds: at least 1.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }
    /// Number of items per page.
    ///
    /// Bounds: at least 1.
    pub fn per_page(mut self, value: i32) -> Self {
        self.per_page = Some(value);
        self
    }
    /// Sends the request (`GET /v2/accounts`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::AccountPage, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::AccountPage>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::Account> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::page_number(
            "items",
            "page",
            "per_page",
            "pages",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listAccounts",
            cloudsdk_runtime::Method::GET,
            "/v2/accounts",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("page", &self.page, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query("per_page", &self.per_page, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::AccountsApi::list_memberships`]; finish with [`send`](ListMemberships::send).
#[cfg(feature = "accounts")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListMemberships {
    pub(crate) client: crate::Client,
}
#[cfg(feature = "accounts")]
impl ListMemberships {
    /// Sends the request (`GET /v2/memberships`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Memberships, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Memberships>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listMemberships",
            cloudsdk_runtime::Method::GET,
            "/v2/memberships",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION)
    }
}
/// Request builder for [`crate::builders::AccountsApi::get_user_everything`]; finish with [`send`](GetUserEverything::send).
#[cfg(feature = "accounts")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetUserEverything {
    pub(crate) client: crate::Client,
    pub(crate) user_id: ::std::string::String,
}
#[cfg(feature = "accounts")]
impl GetUserEverything {
    /// Sends the request (`GET /v2/users/{user_id}/everything`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::UserEverything, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::UserEverything>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getUserEverything",
            cloudsdk_runtime::Method::GET,
            "/v2/users/{user_id}/everything",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("user_id", &self.user_id);
        request
    }
}
/// Request builder for [`crate::builders::OrganisationApi::get`]; finish with [`send`](GetOrganisation::send).
#[cfg(feature = "organisation")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetOrganisation {
    pub(crate) client: crate::Client,
}
#[cfg(feature = "organisation")]
impl GetOrganisation {
    /// Sends the request (`GET /v2/organisation`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Organisation, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Organisation>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getOrganisation",
            cloudsdk_runtime::Method::GET,
            "/v2/organisation",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION)
    }
}
/// Request builder for [`crate::builders::OrganisationApi::rename`]; finish with [`send`](RenameOrganisation::send).
#[cfg(feature = "organisation")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RenameOrganisation {
    pub(crate) client: crate::Client,
    pub(crate) body: Option<crate::types::OrganisationRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "organisation")]
impl RenameOrganisation {
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/organisation`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Organisation, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Organisation>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "renameOrganisation",
            cloudsdk_runtime::Method::PUT,
            "/v2/organisation",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::OrganisationRequest> {
        let request = cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION);
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::OrganisationApi::create`]; finish with [`send`](CreateOrganisation::send).
#[cfg(feature = "organisation")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateOrganisation {
    pub(crate) client: crate::Client,
    pub(crate) body: Option<crate::types::OrganisationRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "organisation")]
impl CreateOrganisation {
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/organisation`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Organisation, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Organisation>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createOrganisation",
            cloudsdk_runtime::Method::POST,
            "/v2/organisation",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::OrganisationRequest> {
        let request = cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION);
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::OrganisationApi::list_accounts`]; finish with [`send`](ListOrganisationAccounts::send).
#[cfg(feature = "organisation")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListOrganisationAccounts {
    pub(crate) client: crate::Client,
}
#[cfg(feature = "organisation")]
impl ListOrganisationAccounts {
    /// Sends the request (`GET /v2/organisation/accounts`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::Account>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::Account>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listOrganisationAccounts",
            cloudsdk_runtime::Method::GET,
            "/v2/organisation/accounts",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION)
    }
}
/// Request builder for [`crate::builders::OrganisationApi::add_account`]; finish with [`send`](AddOrganisationAccount::send).
#[cfg(feature = "organisation")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AddOrganisationAccount {
    pub(crate) client: crate::Client,
    pub(crate) body: Option<crate::types::AddOrganisationAccountRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "organisation")]
impl AddOrganisationAccount {
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/organisation/accounts`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::Account>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::Account>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "addOrganisationAccount",
            cloudsdk_runtime::Method::POST,
            "/v2/organisation/accounts",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::AddOrganisationAccountRequest> {
        let request = cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION);
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::TeamsApi::list`]; finish with [`send`](ListTeams::send).
#[cfg(feature = "teams")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListTeams {
    pub(crate) client: crate::Client,
}
#[cfg(feature = "teams")]
impl ListTeams {
    /// Sends the request (`GET /v2/teams`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<::std::vec::Vec<crate::types::Team>, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::Team>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listTeams",
            cloudsdk_runtime::Method::GET,
            "/v2/teams",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION)
    }
}
/// Request builder for [`crate::builders::TeamsApi::create`]; finish with [`send`](CreateTeam::send).
#[cfg(feature = "teams")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateTeam {
    pub(crate) client: crate::Client,
    pub(crate) body: Option<crate::types::TeamRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "teams")]
impl CreateTeam {
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/teams`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Team, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Team>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createTeam",
            cloudsdk_runtime::Method::POST,
            "/v2/teams",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::TeamRequest> {
        let request = cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION);
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::TeamsApi::rename`]; finish with [`send`](RenameTeam::send).
#[cfg(feature = "teams")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RenameTeam {
    pub(crate) client: crate::Client,
    pub(crate) team_id: ::std::string::String,
    pub(crate) body: Option<crate::types::TeamRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "teams")]
impl RenameTeam {
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/teams/{team_id}`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Team, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Team>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "renameTeam",
            cloudsdk_runtime::Method::PUT,
            "/v2/teams/{team_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::TeamRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("team_id", &self.team_id);
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::TeamsApi::delete`]; finish with [`send`](DeleteTeam::send).
#[cfg(feature = "teams")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteTeam {
    pub(crate) client: crate::Client,
    pub(crate) team_id: ::std::string::String,
}
#[cfg(feature = "teams")]
impl DeleteTeam {
    /// Sends the request (`DELETE /v2/teams/{team_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteTeam",
            cloudsdk_runtime::Method::DELETE,
            "/v2/teams/{team_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("team_id", &self.team_id);
        request
    }
}
/// Request builder for [`crate::builders::TeamsApi::list_members`]; finish with [`send`](ListTeamMembers::send).
#[cfg(feature = "teams")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListTeamMembers {
    pub(crate) client: crate::Client,
    pub(crate) team_id: ::std::string::String,
}
#[cfg(feature = "teams")]
impl ListTeamMembers {
    /// Sends the request (`GET /v2/teams/{team_id}/members`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::TeamMember>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::TeamMember>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listTeamMembers",
            cloudsdk_runtime::Method::GET,
            "/v2/teams/{team_id}/members",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("team_id", &self.team_id);
        request
    }
}
/// Request builder for [`crate::builders::TeamsApi::add_member`]; finish with [`send`](AddTeamMember::send).
#[cfg(feature = "teams")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AddTeamMember {
    pub(crate) client: crate::Client,
    pub(crate) team_id: ::std::string::String,
    pub(crate) body: Option<crate::types::AddTeamMemberRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "teams")]
impl AddTeamMember {
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/teams/{team_id}/members`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::TeamMember>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::TeamMember>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "addTeamMember",
            cloudsdk_runtime::Method::POST,
            "/v2/teams/{team_id}/members",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::AddTeamMemberRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("team_id", &self.team_id);
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::TeamsApi::update_member`]; finish with [`send`](UpdateTeamMember::send).
#[cfg(feature = "teams")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateTeamMember {
    pub(crate) client: crate::Client,
    pub(crate) team_id: ::std::string::String,
    pub(crate) member_id: ::std::string::String,
    pub(crate) body: Option<crate::types::UpdateTeamMemberRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "teams")]
impl UpdateTeamMember {
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/teams/{team_id}/members/{member_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::TeamMember, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::TeamMember>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateTeamMember",
            cloudsdk_runtime::Method::POST,
            "/v2/teams/{team_id}/members/{member_id}",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::UpdateTeamMemberRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("team_id", &self.team_id);
        request.path_param("member_id", &self.member_id);
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::TeamsApi::remove_member`]; finish with [`send`](RemoveTeamMember::send).
#[cfg(feature = "teams")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RemoveTeamMember {
    pub(crate) client: crate::Client,
    pub(crate) team_id: ::std::string::String,
    pub(crate) member_id: ::std::string::String,
}
#[cfg(feature = "teams")]
impl RemoveTeamMember {
    /// Sends the request (`DELETE /v2/teams/{team_id}/members/{member_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "removeTeamMember",
            cloudsdk_runtime::Method::DELETE,
            "/v2/teams/{team_id}/members/{member_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("team_id", &self.team_id);
        request.path_param("member_id", &self.member_id);
        request
    }
}
/// Request builder for [`crate::builders::RolesApi::list`]; finish with [`send`](ListRoles::send).
#[cfg(feature = "roles")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListRoles {
    pub(crate) client: crate::Client,
}
#[cfg(feature = "roles")]
impl ListRoles {
    /// Sends the request (`GET /v2/roles`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<::std::vec::Vec<crate::types::Role>, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::Role>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listRoles",
            cloudsdk_runtime::Method::GET,
            "/v2/roles",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION)
    }
}
/// Request builder for [`crate::builders::RolesApi::create`]; finish with [`send`](CreateRole::send).
#[cfg(feature = "roles")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateRole {
    pub(crate) client: crate::Client,
    pub(crate) body: Option<crate::types::CreateRoleRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "roles")]
impl CreateRole {
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/roles`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Role, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Role>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createRole",
            cloudsdk_runtime::Method::POST,
            "/v2/roles",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::CreateRoleRequest> {
        let request = cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION);
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::RolesApi::delete`]; finish with [`send`](DeleteRole::send).
#[cfg(feature = "roles")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteRole {
    pub(crate) client: crate::Client,
    pub(crate) role_id: ::std::string::String,
}
#[cfg(feature = "roles")]
impl DeleteRole {
    /// Sends the request (`DELETE /v2/roles/{role_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteRole",
            cloudsdk_runtime::Method::DELETE,
            "/v2/roles/{role_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("role_id", &self.role_id);
        request
    }
}
/// Request builder for [`crate::builders::RolesApi::list_permissions`]; finish with [`send`](ListPermissions::send).
#[cfg(feature = "roles")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListPermissions {
    pub(crate) client: crate::Client,
}
#[cfg(feature = "roles")]
impl ListPermissions {
    /// Sends the request (`GET /v2/permissions`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::Permission>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::Permission>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listPermissions",
            cloudsdk_runtime::Method::GET,
            "/v2/permissions",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION)
    }
}
/// Request builder for [`crate::builders::WebhooksApi::list`]; finish with [`send`](ListWebhooks::send).
#[cfg(feature = "webhooks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListWebhooks {
    pub(crate) client: crate::Client,
}
#[cfg(feature = "webhooks")]
impl ListWebhooks {
    /// Sends the request (`GET /v2/webhooks`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::Webhook>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::Webhook>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listWebhooks",
            cloudsdk_runtime::Method::GET,
            "/v2/webhooks",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION)
    }
}
/// Request builder for [`crate::builders::WebhooksApi::create`]; finish with [`send`](CreateWebhook::send).
#[cfg(feature = "webhooks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateWebhook {
    pub(crate) client: crate::Client,
    pub(crate) body: Option<crate::types::WebhookRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "webhooks")]
impl CreateWebhook {
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/webhooks`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Webhook, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Webhook>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createWebhook",
            cloudsdk_runtime::Method::POST,
            "/v2/webhooks",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::WebhookRequest> {
        let request = cloudsdk_runtime::Request::new(self.client.raw, Self::OPERATION);
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::WebhooksApi::update`]; finish with [`send`](UpdateWebhook::send).
#[cfg(feature = "webhooks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateWebhook {
    pub(crate) client: crate::Client,
    pub(crate) webhook_id: ::std::string::String,
    pub(crate) body: Option<crate::types::WebhookRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "webhooks")]
impl UpdateWebhook {
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/webhooks/{webhook_id}`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Webhook, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Webhook>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateWebhook",
            cloudsdk_runtime::Method::PUT,
            "/v2/webhooks/{webhook_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::WebhookRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("webhook_id", &self.webhook_id);
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::WebhooksApi::delete`]; finish with [`send`](DeleteWebhook::send).
#[cfg(feature = "webhooks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteWebhook {
    pub(crate) client: crate::Client,
    pub(crate) webhook_id: ::std::string::String,
}
#[cfg(feature = "webhooks")]
impl DeleteWebhook {
    /// Sends the request (`DELETE /v2/webhooks/{webhook_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteWebhook",
            cloudsdk_runtime::Method::DELETE,
            "/v2/webhooks/{webhook_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("webhook_id", &self.webhook_id);
        request
    }
}
/// Request builder for [`crate::builders::SizesApi::list`]; finish with [`send`](ListSizes::send).
#[cfg(feature = "sizes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSizes {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "sizes")]
impl ListSizes {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/sizes`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::InstanceSize>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::InstanceSize>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listSizes",
            cloudsdk_runtime::Method::GET,
            "/v2/sizes",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::DiskImagesApi::list`]; finish with [`send`](ListDiskImages::send).
#[cfg(feature = "disk-images")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListDiskImages {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) type_: Option<::std::string::String>,
}
#[cfg(feature = "disk-images")]
impl ListDiskImages {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Set to `custom` to include images uploaded by the account.
    pub fn type_(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/disk_images`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::DiskImage>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::DiskImage>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listDiskImages",
            cloudsdk_runtime::Method::GET,
            "/v2/disk_images",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.query("type", &self.type_, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::DiskImagesApi::create`]; finish with [`send`](CreateDiskImage::send).
#[cfg(feature = "disk-images")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateDiskImage {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateDiskImageRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "disk-images")]
impl CreateDiskImage {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/disk_images`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::CreatedDiskImage, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::CreatedDiskImage>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createDiskImage",
            cloudsdk_runtime::Method::POST,
            "/v2/disk_images",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::CreateDiskImageRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::DiskImagesApi::get`]; finish with [`send`](GetDiskImage::send).
#[cfg(feature = "disk-images")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetDiskImage {
    pub(crate) client: crate::Client,
    pub(crate) disk_image_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "disk-images")]
impl GetDiskImage {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/disk_images/{disk_image_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::DiskImage, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::DiskImage>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getDiskImage",
            cloudsdk_runtime::Method::GET,
            "/v2/disk_images/{disk_image_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("disk_image_id", &self.disk_image_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::DiskImagesApi::delete`]; finish with [`send`](DeleteDiskImage::send).
#[cfg(feature = "disk-images")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteDiskImage {
    pub(crate) client: crate::Client,
    pub(crate) disk_image_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "disk-images")]
impl DeleteDiskImage {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/disk_images/{disk_image_id}`) and returns the decoded body.
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
            "deleteDiskImage",
            cloudsdk_runtime::Method::DELETE,
            "/v2/disk_images/{disk_image_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("disk_image_id", &self.disk_image_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::InstancesApi::list`]; finish with [`send`](ListInstances::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListInstances {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) page: Option<i32>,
    pub(crate) per_page: Option<i32>,
}
#[cfg(feature = "instances")]
impl ListInstances {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Page to return, starting at 1.
    ///
    /// Bounds: at least 1.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }
    /// Number of items per page.
    ///
    /// Bounds: at least 1.
    pub fn per_page(mut self, value: i32) -> Self {
        self.per_page = Some(value);
        self
    }
    /// Sends the request (`GET /v2/instances`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::InstancePage, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::InstancePage>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::Instance> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::page_number(
            "items",
            "page",
            "per_page",
            "pages",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listInstances",
            cloudsdk_runtime::Method::GET,
            "/v2/instances",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.query("page", &self.page, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query("per_page", &self.per_page, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::InstancesApi::create`]; finish with [`send`](CreateInstance::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateInstance {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateInstanceRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "instances")]
impl CreateInstance {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/instances`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Instance, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Instance>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createInstance",
            cloudsdk_runtime::Method::POST,
            "/v2/instances",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::CreateInstanceRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::InstancesApi::get`]; finish with [`send`](GetInstance::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetInstance {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "instances")]
impl GetInstance {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/instances/{instance_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Instance, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Instance>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getInstance",
            cloudsdk_runtime::Method::GET,
            "/v2/instances/{instance_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::InstancesApi::update`]; finish with [`send`](UpdateInstance::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateInstance {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateInstanceRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "instances")]
impl UpdateInstance {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/instances/{instance_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateInstance",
            cloudsdk_runtime::Method::PUT,
            "/v2/instances/{instance_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::UpdateInstanceRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::InstancesApi::delete`]; finish with [`send`](DeleteInstance::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteInstance {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "instances")]
impl DeleteInstance {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/instances/{instance_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteInstance",
            cloudsdk_runtime::Method::DELETE,
            "/v2/instances/{instance_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::InstancesApi::set_tags`]; finish with [`send`](SetInstanceTags::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct SetInstanceTags {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::SetInstanceTagsRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "instances")]
impl SetInstanceTags {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/instances/{instance_id}/tags`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "setInstanceTags",
            cloudsdk_runtime::Method::PUT,
            "/v2/instances/{instance_id}/tags",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::SetInstanceTagsRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::InstancesApi::hard_reboot`]; finish with [`send`](HardRebootInstance::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct HardRebootInstance {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::RegionRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "instances")]
impl HardRebootInstance {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets the request body.
    pub fn body(mut self, value: crate::types::RegionRequest) -> Self {
        self.body = Some(value);
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/instances/{instance_id}/hard_reboots`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "hardRebootInstance",
            cloudsdk_runtime::Method::POST,
            "/v2/instances/{instance_id}/hard_reboots",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::RegionRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::InstancesApi::soft_reboot`]; finish with [`send`](SoftRebootInstance::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct SoftRebootInstance {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::RegionRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "instances")]
impl SoftRebootInstance {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets the request body.
    pub fn body(mut self, value: crate::types::RegionRequest) -> Self {
        self.body = Some(value);
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/instances/{instance_id}/soft_reboots`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "softRebootInstance",
            cloudsdk_runtime::Method::POST,
            "/v2/instances/{instance_id}/soft_reboots",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::RegionRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::InstancesApi::stop`]; finish with [`send`](StopInstance::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StopInstance {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::RegionRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "instances")]
impl StopInstance {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets the request body.
    pub fn body(mut self, value: crate::types::RegionRequest) -> Self {
        self.body = Some(value);
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/instances/{instance_id}/stop`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "stopInstance",
            cloudsdk_runtime::Method::PUT,
            "/v2/instances/{instance_id}/stop",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::RegionRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::InstancesApi::start`]; finish with [`send`](StartInstance::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct StartInstance {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::RegionRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "instances")]
impl StartInstance {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets the request body.
    pub fn body(mut self, value: crate::types::RegionRequest) -> Self {
        self.body = Some(value);
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/instances/{instance_id}/start`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "startInstance",
            cloudsdk_runtime::Method::PUT,
            "/v2/instances/{instance_id}/start",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::RegionRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::InstancesApi::resize`]; finish with [`send`](ResizeInstance::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ResizeInstance {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::ResizeInstanceRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "instances")]
impl ResizeInstance {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/instances/{instance_id}/resize`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "resizeInstance",
            cloudsdk_runtime::Method::PUT,
            "/v2/instances/{instance_id}/resize",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::ResizeInstanceRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::InstancesApi::set_firewall`]; finish with [`send`](SetInstanceFirewall::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct SetInstanceFirewall {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::SetInstanceFirewallRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "instances")]
impl SetInstanceFirewall {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/instances/{instance_id}/firewall`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "setInstanceFirewall",
            cloudsdk_runtime::Method::PUT,
            "/v2/instances/{instance_id}/firewall",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::SetInstanceFirewallRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::InstancesApi::move_ip_to`]; finish with [`send`](MoveIpToInstance::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct MoveIpToInstance {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) ip_address: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "instances")]
impl MoveIpToInstance {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`PUT /v2/instances/{instance_id}/ip/{ip_address}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "moveIpToInstance",
            cloudsdk_runtime::Method::PUT,
            "/v2/instances/{instance_id}/ip/{ip_address}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.path_param("ip_address", &self.ip_address);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::InstancesApi::update_allowed_ips`]; finish with [`send`](UpdateInstanceAllowedIps::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateInstanceAllowedIps {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateAllowedIpsRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "instances")]
impl UpdateInstanceAllowedIps {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/instances/{instance_id}/allowed_ips`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateInstanceAllowedIps",
            cloudsdk_runtime::Method::PUT,
            "/v2/instances/{instance_id}/allowed_ips",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::UpdateAllowedIpsRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::InstancesApi::update_bandwidth_limit`]; finish with [`send`](UpdateInstanceBandwidthLimit::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateInstanceBandwidthLimit {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateBandwidthLimitRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "instances")]
impl UpdateInstanceBandwidthLimit {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/instances/{instance_id}/network_bandwidth_limit`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateInstanceBandwidthLimit",
            cloudsdk_runtime::Method::PUT,
            "/v2/instances/{instance_id}/network_bandwidth_limit",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::UpdateBandwidthLimitRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::InstancesApi::get_recovery_status`]; finish with [`send`](GetInstanceRecoveryStatus::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetInstanceRecoveryStatus {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "instances")]
impl GetInstanceRecoveryStatus {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/instances/{instance_id}/recovery`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getInstanceRecoveryStatus",
            cloudsdk_runtime::Method::GET,
            "/v2/instances/{instance_id}/recovery",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::InstancesApi::enable_recovery`]; finish with [`send`](EnableInstanceRecovery::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct EnableInstanceRecovery {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "instances")]
impl EnableInstanceRecovery {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`PUT /v2/instances/{instance_id}/recovery`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "enableInstanceRecovery",
            cloudsdk_runtime::Method::PUT,
            "/v2/instances/{instance_id}/recovery",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::InstancesApi::disable_recovery`]; finish with [`send`](DisableInstanceRecovery::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DisableInstanceRecovery {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "instances")]
impl DisableInstanceRecovery {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/instances/{instance_id}/recovery`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "disableInstanceRecovery",
            cloudsdk_runtime::Method::DELETE,
            "/v2/instances/{instance_id}/recovery",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::InstancesApi::get_console`]; finish with [`send`](GetInstanceConsole::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetInstanceConsole {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "instances")]
impl GetInstanceConsole {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/instances/{instance_id}/vnc`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::VncStatus, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::VncStatus>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getInstanceConsole",
            cloudsdk_runtime::Method::GET,
            "/v2/instances/{instance_id}/vnc",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::InstancesApi::open_console`]; finish with [`send`](OpenInstanceConsole::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct OpenInstanceConsole {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) duration: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::RegionRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "instances")]
impl OpenInstanceConsole {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// How long the session stays open, e.g. `30m`.
    pub fn duration(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.duration = Some(value.into());
        self
    }
    /// Sets the request body.
    pub fn body(mut self, value: crate::types::RegionRequest) -> Self {
        self.body = Some(value);
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/instances/{instance_id}/vnc`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::VncSession, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::VncSession>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "openInstanceConsole",
            cloudsdk_runtime::Method::PUT,
            "/v2/instances/{instance_id}/vnc",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::RegionRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query("duration", &self.duration, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::InstancesApi::close_console`]; finish with [`send`](CloseInstanceConsole::send).
#[cfg(feature = "instances")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CloseInstanceConsole {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "instances")]
impl CloseInstanceConsole {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/instances/{instance_id}/vnc`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "closeInstanceConsole",
            cloudsdk_runtime::Method::DELETE,
            "/v2/instances/{instance_id}/vnc",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::InstanceSnapshotsApi::list`]; finish with [`send`](ListInstanceSnapshots::send).
#[cfg(feature = "instance-snapshots")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListInstanceSnapshots {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "instance-snapshots")]
impl ListInstanceSnapshots {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/instances/{instance_id}/snapshots`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::InstanceSnapshot>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::InstanceSnapshot>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listInstanceSnapshots",
            cloudsdk_runtime::Method::GET,
            "/v2/instances/{instance_id}/snapshots",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::InstanceSnapshotsApi::create`]; finish with [`send`](CreateInstanceSnapshot::send).
#[cfg(feature = "instance-snapshots")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateInstanceSnapshot {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateInstanceSnapshotRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "instance-snapshots")]
impl CreateInstanceSnapshot {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/instances/{instance_id}/snapshots`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::InstanceSnapshot, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::InstanceSnapshot>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createInstanceSnapshot",
            cloudsdk_runtime::Method::POST,
            "/v2/instances/{instance_id}/snapshots",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::CreateInstanceSnapshotRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::InstanceSnapshotsApi::get`]; finish with [`send`](GetInstanceSnapshot::send).
#[cfg(feature = "instance-snapshots")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetInstanceSnapshot {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) snapshot_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "instance-snapshots")]
impl GetInstanceSnapshot {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/instances/{instance_id}/snapshots/{snapshot_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::InstanceSnapshot, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::InstanceSnapshot>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getInstanceSnapshot",
            cloudsdk_runtime::Method::GET,
            "/v2/instances/{instance_id}/snapshots/{snapshot_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.path_param("snapshot_id", &self.snapshot_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::InstanceSnapshotsApi::update`]; finish with [`send`](UpdateInstanceSnapshot::send).
#[cfg(feature = "instance-snapshots")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateInstanceSnapshot {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) snapshot_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateInstanceSnapshotRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "instance-snapshots")]
impl UpdateInstanceSnapshot {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/instances/{instance_id}/snapshots/{snapshot_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::InstanceSnapshot, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::InstanceSnapshot>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateInstanceSnapshot",
            cloudsdk_runtime::Method::PUT,
            "/v2/instances/{instance_id}/snapshots/{snapshot_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::UpdateInstanceSnapshotRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.path_param("snapshot_id", &self.snapshot_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::InstanceSnapshotsApi::delete`]; finish with [`send`](DeleteInstanceSnapshot::send).
#[cfg(feature = "instance-snapshots")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteInstanceSnapshot {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) snapshot_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "instance-snapshots")]
impl DeleteInstanceSnapshot {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/instances/{instance_id}/snapshots/{snapshot_id}`) and returns the decoded body.
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
            "deleteInstanceSnapshot",
            cloudsdk_runtime::Method::DELETE,
            "/v2/instances/{instance_id}/snapshots/{snapshot_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.path_param("snapshot_id", &self.snapshot_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::InstanceSnapshotsApi::restore`]; finish with [`send`](RestoreInstanceSnapshot::send).
#[cfg(feature = "instance-snapshots")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RestoreInstanceSnapshot {
    pub(crate) client: crate::Client,
    pub(crate) instance_id: ::std::string::String,
    pub(crate) snapshot_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::RestoreInstanceSnapshotRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "instance-snapshots")]
impl RestoreInstanceSnapshot {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets the request body.
    pub fn body(mut self, value: crate::types::RestoreInstanceSnapshotRequest) -> Self {
        self.body = Some(value);
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/instances/{instance_id}/snapshots/{snapshot_id}/restore`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::InstanceRestoreInfo, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::InstanceRestoreInfo>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "restoreInstanceSnapshot",
            cloudsdk_runtime::Method::POST,
            "/v2/instances/{instance_id}/snapshots/{snapshot_id}/restore",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::RestoreInstanceSnapshotRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("instance_id", &self.instance_id);
        request.path_param("snapshot_id", &self.snapshot_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::ResourceSnapshotsApi::list`]; finish with [`send`](ListResourceSnapshots::send).
#[cfg(feature = "resource-snapshots")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListResourceSnapshots {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "resource-snapshots")]
impl ListResourceSnapshots {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/resourcesnapshots`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::ResourceSnapshot>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::ResourceSnapshot>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listResourceSnapshots",
            cloudsdk_runtime::Method::GET,
            "/v2/resourcesnapshots",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ResourceSnapshotsApi::get`]; finish with [`send`](GetResourceSnapshot::send).
#[cfg(feature = "resource-snapshots")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetResourceSnapshot {
    pub(crate) client: crate::Client,
    pub(crate) resource_snapshot_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "resource-snapshots")]
impl GetResourceSnapshot {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/resourcesnapshots/{resource_snapshot_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ResourceSnapshot, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ResourceSnapshot>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getResourceSnapshot",
            cloudsdk_runtime::Method::GET,
            "/v2/resourcesnapshots/{resource_snapshot_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("resource_snapshot_id", &self.resource_snapshot_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ResourceSnapshotsApi::update`]; finish with [`send`](UpdateResourceSnapshot::send).
#[cfg(feature = "resource-snapshots")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateResourceSnapshot {
    pub(crate) client: crate::Client,
    pub(crate) resource_snapshot_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateResourceSnapshotRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "resource-snapshots")]
impl UpdateResourceSnapshot {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/resourcesnapshots/{resource_snapshot_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ResourceSnapshot, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ResourceSnapshot>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateResourceSnapshot",
            cloudsdk_runtime::Method::PUT,
            "/v2/resourcesnapshots/{resource_snapshot_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::UpdateResourceSnapshotRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("resource_snapshot_id", &self.resource_snapshot_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::ResourceSnapshotsApi::delete`]; finish with [`send`](DeleteResourceSnapshot::send).
#[cfg(feature = "resource-snapshots")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteResourceSnapshot {
    pub(crate) client: crate::Client,
    pub(crate) resource_snapshot_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "resource-snapshots")]
impl DeleteResourceSnapshot {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/resourcesnapshots/{resource_snapshot_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteResourceSnapshot",
            cloudsdk_runtime::Method::DELETE,
            "/v2/resourcesnapshots/{resource_snapshot_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("resource_snapshot_id", &self.resource_snapshot_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ResourceSnapshotsApi::restore`]; finish with [`send`](RestoreResourceSnapshot::send).
#[cfg(feature = "resource-snapshots")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RestoreResourceSnapshot {
    pub(crate) client: crate::Client,
    pub(crate) resource_snapshot_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::RestoreResourceSnapshotRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "resource-snapshots")]
impl RestoreResourceSnapshot {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/resourcesnapshots/{resource_snapshot_id}/restore`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ResourceSnapshotRestore, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ResourceSnapshotRestore>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "restoreResourceSnapshot",
            cloudsdk_runtime::Method::POST,
            "/v2/resourcesnapshots/{resource_snapshot_id}/restore",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::RestoreResourceSnapshotRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("resource_snapshot_id", &self.resource_snapshot_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::SnapshotSchedulesApi::list`]; finish with [`send`](ListSnapshotSchedules::send).
#[cfg(feature = "snapshot-schedules")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSnapshotSchedules {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "snapshot-schedules")]
impl ListSnapshotSchedules {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/resourcesnapshotschedules`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::SnapshotSchedule>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::SnapshotSchedule>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listSnapshotSchedules",
            cloudsdk_runtime::Method::GET,
            "/v2/resourcesnapshotschedules",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::SnapshotSchedulesApi::create`]; finish with [`send`](CreateSnapshotSchedule::send).
#[cfg(feature = "snapshot-schedules")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateSnapshotSchedule {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateSnapshotScheduleRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "snapshot-schedules")]
impl CreateSnapshotSchedule {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/resourcesnapshotschedules`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SnapshotSchedule, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SnapshotSchedule>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createSnapshotSchedule",
            cloudsdk_runtime::Method::POST,
            "/v2/resourcesnapshotschedules",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::CreateSnapshotScheduleRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::SnapshotSchedulesApi::get`]; finish with [`send`](GetSnapshotSchedule::send).
#[cfg(feature = "snapshot-schedules")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSnapshotSchedule {
    pub(crate) client: crate::Client,
    pub(crate) schedule_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "snapshot-schedules")]
impl GetSnapshotSchedule {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/resourcesnapshotschedules/{schedule_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SnapshotSchedule, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SnapshotSchedule>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getSnapshotSchedule",
            cloudsdk_runtime::Method::GET,
            "/v2/resourcesnapshotschedules/{schedule_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("schedule_id", &self.schedule_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::SnapshotSchedulesApi::update`]; finish with [`send`](UpdateSnapshotSchedule::send).
#[cfg(feature = "snapshot-schedules")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateSnapshotSchedule {
    pub(crate) client: crate::Client,
    pub(crate) schedule_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateSnapshotScheduleRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "snapshot-schedules")]
impl UpdateSnapshotSchedule {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/resourcesnapshotschedules/{schedule_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SnapshotSchedule, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SnapshotSchedule>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateSnapshotSchedule",
            cloudsdk_runtime::Method::PUT,
            "/v2/resourcesnapshotschedules/{schedule_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::UpdateSnapshotScheduleRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("schedule_id", &self.schedule_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::SnapshotSchedulesApi::delete`]; finish with [`send`](DeleteSnapshotSchedule::send).
#[cfg(feature = "snapshot-schedules")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteSnapshotSchedule {
    pub(crate) client: crate::Client,
    pub(crate) schedule_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "snapshot-schedules")]
impl DeleteSnapshotSchedule {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/resourcesnapshotschedules/{schedule_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteSnapshotSchedule",
            cloudsdk_runtime::Method::DELETE,
            "/v2/resourcesnapshotschedules/{schedule_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("schedule_id", &self.schedule_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::SshKeysApi::list`]; finish with [`send`](ListSshKeys::send).
#[cfg(feature = "ssh-keys")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSshKeys {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "ssh-keys")]
impl ListSshKeys {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/sshkeys`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<::std::vec::Vec<crate::types::SshKey>, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::SshKey>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listSshKeys",
            cloudsdk_runtime::Method::GET,
            "/v2/sshkeys",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::SshKeysApi::create`]; finish with [`send`](CreateSshKey::send).
#[cfg(feature = "ssh-keys")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateSshKey {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateSshKeyRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "ssh-keys")]
impl CreateSshKey {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/sshkeys`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createSshKey",
            cloudsdk_runtime::Method::POST,
            "/v2/sshkeys",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::CreateSshKeyRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::SshKeysApi::rename`]; finish with [`send`](RenameSshKey::send).
#[cfg(feature = "ssh-keys")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RenameSshKey {
    pub(crate) client: crate::Client,
    pub(crate) ssh_key_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateSshKeyRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "ssh-keys")]
impl RenameSshKey {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/sshkeys/{ssh_key_id}`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::SshKey, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SshKey>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "renameSshKey",
            cloudsdk_runtime::Method::PUT,
            "/v2/sshkeys/{ssh_key_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::UpdateSshKeyRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("ssh_key_id", &self.ssh_key_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::SshKeysApi::delete`]; finish with [`send`](DeleteSshKey::send).
#[cfg(feature = "ssh-keys")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteSshKey {
    pub(crate) client: crate::Client,
    pub(crate) ssh_key_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "ssh-keys")]
impl DeleteSshKey {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/sshkeys/{ssh_key_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteSshKey",
            cloudsdk_runtime::Method::DELETE,
            "/v2/sshkeys/{ssh_key_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("ssh_key_id", &self.ssh_key_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VolumesApi::list_types`]; finish with [`send`](ListVolumeTypes::send).
#[cfg(feature = "volumes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListVolumeTypes {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "volumes")]
impl ListVolumeTypes {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/volumetypes`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::VolumeType>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::VolumeType>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listVolumeTypes",
            cloudsdk_runtime::Method::GET,
            "/v2/volumetypes",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VolumesApi::list`]; finish with [`send`](ListVolumes::send).
#[cfg(feature = "volumes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListVolumes {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "volumes")]
impl ListVolumes {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/volumes`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<::std::vec::Vec<crate::types::Volume>, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::Volume>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listVolumes",
            cloudsdk_runtime::Method::GET,
            "/v2/volumes",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VolumesApi::create`]; finish with [`send`](CreateVolume::send).
#[cfg(feature = "volumes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateVolume {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateVolumeRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "volumes")]
impl CreateVolume {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/volumes`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::VolumeResult, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::VolumeResult>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createVolume",
            cloudsdk_runtime::Method::POST,
            "/v2/volumes",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::CreateVolumeRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::VolumesApi::get`]; finish with [`send`](GetVolume::send).
#[cfg(feature = "volumes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetVolume {
    pub(crate) client: crate::Client,
    pub(crate) volume_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "volumes")]
impl GetVolume {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/volumes/{volume_id}`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Volume, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Volume>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getVolume",
            cloudsdk_runtime::Method::GET,
            "/v2/volumes/{volume_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("volume_id", &self.volume_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VolumesApi::delete`]; finish with [`send`](DeleteVolume::send).
#[cfg(feature = "volumes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteVolume {
    pub(crate) client: crate::Client,
    pub(crate) volume_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) delete_snapshot: Option<bool>,
}
#[cfg(feature = "volumes")]
impl DeleteVolume {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Also delete every snapshot of the volume.
    pub fn delete_snapshot(mut self, value: bool) -> Self {
        self.delete_snapshot = Some(value);
        self
    }
    /// Sends the request (`DELETE /v2/volumes/{volume_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteVolume",
            cloudsdk_runtime::Method::DELETE,
            "/v2/volumes/{volume_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("volume_id", &self.volume_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query(
                "delete_snapshot",
                &self.delete_snapshot,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request
    }
}
/// Request builder for [`crate::builders::VolumesApi::resize`]; finish with [`send`](ResizeVolume::send).
#[cfg(feature = "volumes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ResizeVolume {
    pub(crate) client: crate::Client,
    pub(crate) volume_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::ResizeVolumeRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "volumes")]
impl ResizeVolume {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/volumes/{volume_id}/resize`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "resizeVolume",
            cloudsdk_runtime::Method::PUT,
            "/v2/volumes/{volume_id}/resize",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::ResizeVolumeRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("volume_id", &self.volume_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::VolumesApi::attach`]; finish with [`send`](AttachVolume::send).
#[cfg(feature = "volumes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AttachVolume {
    pub(crate) client: crate::Client,
    pub(crate) volume_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::AttachVolumeRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "volumes")]
impl AttachVolume {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/volumes/{volume_id}/attach`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "attachVolume",
            cloudsdk_runtime::Method::PUT,
            "/v2/volumes/{volume_id}/attach",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::AttachVolumeRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("volume_id", &self.volume_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::VolumesApi::detach`]; finish with [`send`](DetachVolume::send).
#[cfg(feature = "volumes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DetachVolume {
    pub(crate) client: crate::Client,
    pub(crate) volume_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::RegionRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "volumes")]
impl DetachVolume {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets the request body.
    pub fn body(mut self, value: crate::types::RegionRequest) -> Self {
        self.body = Some(value);
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/volumes/{volume_id}/detach`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "detachVolume",
            cloudsdk_runtime::Method::PUT,
            "/v2/volumes/{volume_id}/detach",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::RegionRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("volume_id", &self.volume_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::VolumeSnapshotsApi::list_snapshots_of_volume`]; finish with [`send`](ListSnapshotsOfVolume::send).
#[cfg(feature = "volume-snapshots")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSnapshotsOfVolume {
    pub(crate) client: crate::Client,
    pub(crate) volume_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "volume-snapshots")]
impl ListSnapshotsOfVolume {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/volumes/{volume_id}/snapshots`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::VolumeSnapshot>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::VolumeSnapshot>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listSnapshotsOfVolume",
            cloudsdk_runtime::Method::GET,
            "/v2/volumes/{volume_id}/snapshots",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("volume_id", &self.volume_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VolumeSnapshotsApi::create`]; finish with [`send`](CreateVolumeSnapshot::send).
#[cfg(feature = "volume-snapshots")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateVolumeSnapshot {
    pub(crate) client: crate::Client,
    pub(crate) volume_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateVolumeSnapshotRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "volume-snapshots")]
impl CreateVolumeSnapshot {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/volumes/{volume_id}/snapshots`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::VolumeSnapshot, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::VolumeSnapshot>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createVolumeSnapshot",
            cloudsdk_runtime::Method::POST,
            "/v2/volumes/{volume_id}/snapshots",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::CreateVolumeSnapshotRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("volume_id", &self.volume_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::VolumeSnapshotsApi::get_snapshot_of_volume`]; finish with [`send`](GetSnapshotOfVolume::send).
#[cfg(feature = "volume-snapshots")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSnapshotOfVolume {
    pub(crate) client: crate::Client,
    pub(crate) volume_id: ::std::string::String,
    pub(crate) snapshot_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "volume-snapshots")]
impl GetSnapshotOfVolume {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/volumes/{volume_id}/snapshots/{snapshot_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::VolumeSnapshot, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::VolumeSnapshot>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getSnapshotOfVolume",
            cloudsdk_runtime::Method::GET,
            "/v2/volumes/{volume_id}/snapshots/{snapshot_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("volume_id", &self.volume_id);
        request.path_param("snapshot_id", &self.snapshot_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VolumeSnapshotsApi::list`]; finish with [`send`](ListVolumeSnapshots::send).
#[cfg(feature = "volume-snapshots")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListVolumeSnapshots {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) resource_type: Option<crate::types::ListVolumeSnapshotsResourceType>,
}
#[cfg(feature = "volume-snapshots")]
impl ListVolumeSnapshots {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Kind of snapshot to return; `volume`.
    pub fn resource_type(
        mut self,
        value: crate::types::ListVolumeSnapshotsResourceType,
    ) -> Self {
        self.resource_type = Some(value);
        self
    }
    /// Sends the request (`GET /v2/snapshots`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::VolumeSnapshot>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::VolumeSnapshot>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listVolumeSnapshots",
            cloudsdk_runtime::Method::GET,
            "/v2/snapshots",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query(
                "resource_type",
                &self.resource_type,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request
    }
}
/// Request builder for [`crate::builders::VolumeSnapshotsApi::get`]; finish with [`send`](GetVolumeSnapshot::send).
#[cfg(feature = "volume-snapshots")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetVolumeSnapshot {
    pub(crate) client: crate::Client,
    pub(crate) snapshot_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) resource_type: Option<crate::types::GetVolumeSnapshotResourceType>,
}
#[cfg(feature = "volume-snapshots")]
impl GetVolumeSnapshot {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Kind of snapshot to return; `volume`.
    pub fn resource_type(
        mut self,
        value: crate::types::GetVolumeSnapshotResourceType,
    ) -> Self {
        self.resource_type = Some(value);
        self
    }
    /// Sends the request (`GET /v2/snapshots/{snapshot_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::VolumeSnapshot, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::VolumeSnapshot>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getVolumeSnapshot",
            cloudsdk_runtime::Method::GET,
            "/v2/snapshots/{snapshot_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("snapshot_id", &self.snapshot_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query(
                "resource_type",
                &self.resource_type,
                cloudsdk_runtime::QueryStyle::form(true),
            );
        request
    }
}
/// Request builder for [`crate::builders::VolumeSnapshotsApi::delete`]; finish with [`send`](DeleteVolumeSnapshot::send).
#[cfg(feature = "volume-snapshots")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteVolumeSnapshot {
    pub(crate) client: crate::Client,
    pub(crate) snapshot_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "volume-snapshots")]
impl DeleteVolumeSnapshot {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/snapshots/{snapshot_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteVolumeSnapshot",
            cloudsdk_runtime::Method::DELETE,
            "/v2/snapshots/{snapshot_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("snapshot_id", &self.snapshot_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ObjectStoresApi::list`]; finish with [`send`](ListObjectStores::send).
#[cfg(feature = "object-stores")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListObjectStores {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) page: Option<i32>,
    pub(crate) per_page: Option<i32>,
}
#[cfg(feature = "object-stores")]
impl ListObjectStores {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Page to return, starting at 1.
    ///
    /// Bounds: at least 1.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }
    /// Number of items per page.
    ///
    /// Bounds: at least 1.
    pub fn per_page(mut self, value: i32) -> Self {
        self.per_page = Some(value);
        self
    }
    /// Sends the request (`GET /v2/objectstores`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ObjectStorePage, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ObjectStorePage>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::ObjectStore> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::page_number(
            "items",
            "page",
            "per_page",
            "pages",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listObjectStores",
            cloudsdk_runtime::Method::GET,
            "/v2/objectstores",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.query("page", &self.page, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query("per_page", &self.per_page, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ObjectStoresApi::create`]; finish with [`send`](CreateObjectStore::send).
#[cfg(feature = "object-stores")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateObjectStore {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateObjectStoreRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "object-stores")]
impl CreateObjectStore {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/objectstores`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ObjectStore, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ObjectStore>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createObjectStore",
            cloudsdk_runtime::Method::POST,
            "/v2/objectstores",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::CreateObjectStoreRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::ObjectStoresApi::get`]; finish with [`send`](GetObjectStore::send).
#[cfg(feature = "object-stores")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetObjectStore {
    pub(crate) client: crate::Client,
    pub(crate) objectstore_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "object-stores")]
impl GetObjectStore {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/objectstores/{objectstore_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ObjectStore, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ObjectStore>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getObjectStore",
            cloudsdk_runtime::Method::GET,
            "/v2/objectstores/{objectstore_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("objectstore_id", &self.objectstore_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ObjectStoresApi::update`]; finish with [`send`](UpdateObjectStore::send).
#[cfg(feature = "object-stores")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateObjectStore {
    pub(crate) client: crate::Client,
    pub(crate) objectstore_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateObjectStoreRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "object-stores")]
impl UpdateObjectStore {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/objectstores/{objectstore_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ObjectStore, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ObjectStore>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateObjectStore",
            cloudsdk_runtime::Method::PUT,
            "/v2/objectstores/{objectstore_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::UpdateObjectStoreRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("objectstore_id", &self.objectstore_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::ObjectStoresApi::delete`]; finish with [`send`](DeleteObjectStore::send).
#[cfg(feature = "object-stores")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteObjectStore {
    pub(crate) client: crate::Client,
    pub(crate) objectstore_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "object-stores")]
impl DeleteObjectStore {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/objectstores/{objectstore_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteObjectStore",
            cloudsdk_runtime::Method::DELETE,
            "/v2/objectstores/{objectstore_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("objectstore_id", &self.objectstore_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ObjectStoresApi::get_stats`]; finish with [`send`](GetObjectStoreStats::send).
#[cfg(feature = "object-stores")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetObjectStoreStats {
    pub(crate) client: crate::Client,
    pub(crate) objectstore_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "object-stores")]
impl GetObjectStoreStats {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/objectstores/{objectstore_id}/stats`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ObjectStoreStats, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ObjectStoreStats>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getObjectStoreStats",
            cloudsdk_runtime::Method::GET,
            "/v2/objectstores/{objectstore_id}/stats",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("objectstore_id", &self.objectstore_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ObjectStoreCredentialsApi::list`]; finish with [`send`](ListObjectStoreCredentials::send).
#[cfg(feature = "object-store-credentials")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListObjectStoreCredentials {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) page: Option<i32>,
    pub(crate) per_page: Option<i32>,
}
#[cfg(feature = "object-store-credentials")]
impl ListObjectStoreCredentials {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Page to return, starting at 1.
    ///
    /// Bounds: at least 1.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }
    /// Number of items per page.
    ///
    /// Bounds: at least 1.
    pub fn per_page(mut self, value: i32) -> Self {
        self.per_page = Some(value);
        self
    }
    /// Sends the request (`GET /v2/objectstore/credentials`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        crate::types::ObjectStoreCredentialPage,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ObjectStoreCredentialPage>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::ObjectStoreCredential> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::page_number(
            "items",
            "page",
            "per_page",
            "pages",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listObjectStoreCredentials",
            cloudsdk_runtime::Method::GET,
            "/v2/objectstore/credentials",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.query("page", &self.page, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query("per_page", &self.per_page, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ObjectStoreCredentialsApi::create`]; finish with [`send`](CreateObjectStoreCredential::send).
#[cfg(feature = "object-store-credentials")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateObjectStoreCredential {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateObjectStoreCredentialRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "object-store-credentials")]
impl CreateObjectStoreCredential {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/objectstore/credentials`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ObjectStoreCredential, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ObjectStoreCredential>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createObjectStoreCredential",
            cloudsdk_runtime::Method::POST,
            "/v2/objectstore/credentials",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::CreateObjectStoreCredentialRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::ObjectStoreCredentialsApi::get`]; finish with [`send`](GetObjectStoreCredential::send).
#[cfg(feature = "object-store-credentials")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetObjectStoreCredential {
    pub(crate) client: crate::Client,
    pub(crate) credential_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "object-store-credentials")]
impl GetObjectStoreCredential {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/objectstore/credentials/{credential_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ObjectStoreCredential, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ObjectStoreCredential>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getObjectStoreCredential",
            cloudsdk_runtime::Method::GET,
            "/v2/objectstore/credentials/{credential_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("credential_id", &self.credential_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ObjectStoreCredentialsApi::update`]; finish with [`send`](UpdateObjectStoreCredential::send).
#[cfg(feature = "object-store-credentials")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateObjectStoreCredential {
    pub(crate) client: crate::Client,
    pub(crate) credential_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateObjectStoreCredentialRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "object-store-credentials")]
impl UpdateObjectStoreCredential {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/objectstore/credentials/{credential_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ObjectStoreCredential, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ObjectStoreCredential>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateObjectStoreCredential",
            cloudsdk_runtime::Method::PUT,
            "/v2/objectstore/credentials/{credential_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::UpdateObjectStoreCredentialRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("credential_id", &self.credential_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::ObjectStoreCredentialsApi::delete`]; finish with [`send`](DeleteObjectStoreCredential::send).
#[cfg(feature = "object-store-credentials")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteObjectStoreCredential {
    pub(crate) client: crate::Client,
    pub(crate) credential_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "object-store-credentials")]
impl DeleteObjectStoreCredential {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/objectstore/credentials/{credential_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteObjectStoreCredential",
            cloudsdk_runtime::Method::DELETE,
            "/v2/objectstore/credentials/{credential_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("credential_id", &self.credential_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::NetworksApi::list`]; finish with [`send`](ListNetworks::send).
#[cfg(feature = "networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListNetworks {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "networks")]
impl ListNetworks {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/networks`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::Network>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::Network>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listNetworks",
            cloudsdk_runtime::Method::GET,
            "/v2/networks",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::NetworksApi::create`]; finish with [`send`](CreateNetwork::send).
#[cfg(feature = "networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateNetwork {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::NetworkRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "networks")]
impl CreateNetwork {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/networks`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::NetworkResult, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::NetworkResult>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createNetwork",
            cloudsdk_runtime::Method::POST,
            "/v2/networks",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::NetworkRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::NetworksApi::get`]; finish with [`send`](GetNetwork::send).
#[cfg(feature = "networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetNetwork {
    pub(crate) client: crate::Client,
    pub(crate) network_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "networks")]
impl GetNetwork {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/networks/{network_id}`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Network, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Network>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getNetwork",
            cloudsdk_runtime::Method::GET,
            "/v2/networks/{network_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("network_id", &self.network_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::NetworksApi::update`]; finish with [`send`](UpdateNetwork::send).
#[cfg(feature = "networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateNetwork {
    pub(crate) client: crate::Client,
    pub(crate) network_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::NetworkRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "networks")]
impl UpdateNetwork {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/networks/{network_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::NetworkResult, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::NetworkResult>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateNetwork",
            cloudsdk_runtime::Method::PUT,
            "/v2/networks/{network_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::NetworkRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("network_id", &self.network_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::NetworksApi::delete`]; finish with [`send`](DeleteNetwork::send).
#[cfg(feature = "networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteNetwork {
    pub(crate) client: crate::Client,
    pub(crate) network_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "networks")]
impl DeleteNetwork {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/networks/{network_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteNetwork",
            cloudsdk_runtime::Method::DELETE,
            "/v2/networks/{network_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("network_id", &self.network_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::NetworksApi::list_subnets`]; finish with [`send`](ListSubnets::send).
#[cfg(feature = "networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListSubnets {
    pub(crate) client: crate::Client,
    pub(crate) network_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "networks")]
impl ListSubnets {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/networks/{network_id}/subnets`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<::std::vec::Vec<crate::types::Subnet>, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::Subnet>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listSubnets",
            cloudsdk_runtime::Method::GET,
            "/v2/networks/{network_id}/subnets",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("network_id", &self.network_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::NetworksApi::create_subnet`]; finish with [`send`](CreateSubnet::send).
#[cfg(feature = "networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateSubnet {
    pub(crate) client: crate::Client,
    pub(crate) network_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateSubnetRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "networks")]
impl CreateSubnet {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/networks/{network_id}/subnets`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Subnet, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Subnet>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createSubnet",
            cloudsdk_runtime::Method::POST,
            "/v2/networks/{network_id}/subnets",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::CreateSubnetRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("network_id", &self.network_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::NetworksApi::get_subnet`]; finish with [`send`](GetSubnet::send).
#[cfg(feature = "networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetSubnet {
    pub(crate) client: crate::Client,
    pub(crate) network_id: ::std::string::String,
    pub(crate) subnet_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "networks")]
impl GetSubnet {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/networks/{network_id}/subnets/{subnet_id}`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Subnet, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Subnet>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getSubnet",
            cloudsdk_runtime::Method::GET,
            "/v2/networks/{network_id}/subnets/{subnet_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("network_id", &self.network_id);
        request.path_param("subnet_id", &self.subnet_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::NetworksApi::delete_subnet`]; finish with [`send`](DeleteSubnet::send).
#[cfg(feature = "networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteSubnet {
    pub(crate) client: crate::Client,
    pub(crate) network_id: ::std::string::String,
    pub(crate) subnet_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "networks")]
impl DeleteSubnet {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/networks/{network_id}/subnets/{subnet_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteSubnet",
            cloudsdk_runtime::Method::DELETE,
            "/v2/networks/{network_id}/subnets/{subnet_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("network_id", &self.network_id);
        request.path_param("subnet_id", &self.subnet_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::NetworksApi::attach_subnet`]; finish with [`send`](AttachSubnet::send).
#[cfg(feature = "networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AttachSubnet {
    pub(crate) client: crate::Client,
    pub(crate) network_id: ::std::string::String,
    pub(crate) subnet_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::AttachSubnetRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "networks")]
impl AttachSubnet {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/networks/{network_id}/subnets/{subnet_id}/routes`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Route, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Route>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "attachSubnet",
            cloudsdk_runtime::Method::POST,
            "/v2/networks/{network_id}/subnets/{subnet_id}/routes",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::AttachSubnetRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("network_id", &self.network_id);
        request.path_param("subnet_id", &self.subnet_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::NetworksApi::detach_subnet`]; finish with [`send`](DetachSubnet::send).
#[cfg(feature = "networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DetachSubnet {
    pub(crate) client: crate::Client,
    pub(crate) network_id: ::std::string::String,
    pub(crate) subnet_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "networks")]
impl DetachSubnet {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/networks/{network_id}/subnets/{subnet_id}/routes`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "detachSubnet",
            cloudsdk_runtime::Method::DELETE,
            "/v2/networks/{network_id}/subnets/{subnet_id}/routes",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("network_id", &self.network_id);
        request.path_param("subnet_id", &self.subnet_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::FirewallsApi::list`]; finish with [`send`](ListFirewalls::send).
#[cfg(feature = "firewalls")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListFirewalls {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "firewalls")]
impl ListFirewalls {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/firewalls`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::Firewall>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::Firewall>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listFirewalls",
            cloudsdk_runtime::Method::GET,
            "/v2/firewalls",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::FirewallsApi::create`]; finish with [`send`](CreateFirewall::send).
#[cfg(feature = "firewalls")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateFirewall {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateFirewallRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "firewalls")]
impl CreateFirewall {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/firewalls`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::FirewallResult, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::FirewallResult>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createFirewall",
            cloudsdk_runtime::Method::POST,
            "/v2/firewalls",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::CreateFirewallRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::FirewallsApi::rename`]; finish with [`send`](RenameFirewall::send).
#[cfg(feature = "firewalls")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RenameFirewall {
    pub(crate) client: crate::Client,
    pub(crate) firewall_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateFirewallRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "firewalls")]
impl RenameFirewall {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/firewalls/{firewall_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "renameFirewall",
            cloudsdk_runtime::Method::PUT,
            "/v2/firewalls/{firewall_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::UpdateFirewallRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("firewall_id", &self.firewall_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::FirewallsApi::delete`]; finish with [`send`](DeleteFirewall::send).
#[cfg(feature = "firewalls")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteFirewall {
    pub(crate) client: crate::Client,
    pub(crate) firewall_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "firewalls")]
impl DeleteFirewall {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/firewalls/{firewall_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteFirewall",
            cloudsdk_runtime::Method::DELETE,
            "/v2/firewalls/{firewall_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("firewall_id", &self.firewall_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::FirewallsApi::list_rules`]; finish with [`send`](ListFirewallRules::send).
#[cfg(feature = "firewalls")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListFirewallRules {
    pub(crate) client: crate::Client,
    pub(crate) firewall_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "firewalls")]
impl ListFirewallRules {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/firewalls/{firewall_id}/rules`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::FirewallRule>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::FirewallRule>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listFirewallRules",
            cloudsdk_runtime::Method::GET,
            "/v2/firewalls/{firewall_id}/rules",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("firewall_id", &self.firewall_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::FirewallsApi::create_rule`]; finish with [`send`](CreateFirewallRule::send).
#[cfg(feature = "firewalls")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateFirewallRule {
    pub(crate) client: crate::Client,
    pub(crate) firewall_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateFirewallRuleRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "firewalls")]
impl CreateFirewallRule {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/firewalls/{firewall_id}/rules`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::FirewallRule, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::FirewallRule>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createFirewallRule",
            cloudsdk_runtime::Method::POST,
            "/v2/firewalls/{firewall_id}/rules",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::CreateFirewallRuleRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("firewall_id", &self.firewall_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::FirewallsApi::delete_rule`]; finish with [`send`](DeleteFirewallRule::send).
#[cfg(feature = "firewalls")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteFirewallRule {
    pub(crate) client: crate::Client,
    pub(crate) firewall_id: ::std::string::String,
    pub(crate) rule_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "firewalls")]
impl DeleteFirewallRule {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/firewalls/{firewall_id}/rules/{rule_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteFirewallRule",
            cloudsdk_runtime::Method::DELETE,
            "/v2/firewalls/{firewall_id}/rules/{rule_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("firewall_id", &self.firewall_id);
        request.path_param("rule_id", &self.rule_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::LoadBalancersApi::list`]; finish with [`send`](ListLoadBalancers::send).
#[cfg(feature = "load-balancers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListLoadBalancers {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "load-balancers")]
impl ListLoadBalancers {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/loadbalancers`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::LoadBalancer>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::LoadBalancer>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listLoadBalancers",
            cloudsdk_runtime::Method::GET,
            "/v2/loadbalancers",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::LoadBalancersApi::create`]; finish with [`send`](CreateLoadBalancer::send).
#[cfg(feature = "load-balancers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateLoadBalancer {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateLoadBalancerRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "load-balancers")]
impl CreateLoadBalancer {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/loadbalancers`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::LoadBalancer, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::LoadBalancer>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createLoadBalancer",
            cloudsdk_runtime::Method::POST,
            "/v2/loadbalancers",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::CreateLoadBalancerRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::LoadBalancersApi::get`]; finish with [`send`](GetLoadBalancer::send).
#[cfg(feature = "load-balancers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetLoadBalancer {
    pub(crate) client: crate::Client,
    pub(crate) loadbalancer_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "load-balancers")]
impl GetLoadBalancer {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/loadbalancers/{loadbalancer_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::LoadBalancer, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::LoadBalancer>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getLoadBalancer",
            cloudsdk_runtime::Method::GET,
            "/v2/loadbalancers/{loadbalancer_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("loadbalancer_id", &self.loadbalancer_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::LoadBalancersApi::update`]; finish with [`send`](UpdateLoadBalancer::send).
#[cfg(feature = "load-balancers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateLoadBalancer {
    pub(crate) client: crate::Client,
    pub(crate) loadbalancer_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateLoadBalancerRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "load-balancers")]
impl UpdateLoadBalancer {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/loadbalancers/{loadbalancer_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::LoadBalancer, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::LoadBalancer>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateLoadBalancer",
            cloudsdk_runtime::Method::PUT,
            "/v2/loadbalancers/{loadbalancer_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::UpdateLoadBalancerRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("loadbalancer_id", &self.loadbalancer_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::LoadBalancersApi::delete`]; finish with [`send`](DeleteLoadBalancer::send).
#[cfg(feature = "load-balancers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteLoadBalancer {
    pub(crate) client: crate::Client,
    pub(crate) loadbalancer_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "load-balancers")]
impl DeleteLoadBalancer {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/loadbalancers/{loadbalancer_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteLoadBalancer",
            cloudsdk_runtime::Method::DELETE,
            "/v2/loadbalancers/{loadbalancer_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("loadbalancer_id", &self.loadbalancer_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ReservedIpsApi::list`]; finish with [`send`](ListReservedIps::send).
#[cfg(feature = "reserved-ips")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListReservedIps {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) page: Option<i32>,
    pub(crate) per_page: Option<i32>,
}
#[cfg(feature = "reserved-ips")]
impl ListReservedIps {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Page to return, starting at 1.
    ///
    /// Bounds: at least 1.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }
    /// Number of items per page.
    ///
    /// Bounds: at least 1.
    pub fn per_page(mut self, value: i32) -> Self {
        self.per_page = Some(value);
        self
    }
    /// Sends the request (`GET /v2/ips`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ReservedIpPage, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ReservedIpPage>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::ReservedIp> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::page_number(
            "items",
            "page",
            "per_page",
            "pages",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listReservedIps",
            cloudsdk_runtime::Method::GET,
            "/v2/ips",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.query("page", &self.page, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query("per_page", &self.per_page, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ReservedIpsApi::create`]; finish with [`send`](CreateReservedIp::send).
#[cfg(feature = "reserved-ips")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateReservedIp {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateReservedIpRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "reserved-ips")]
impl CreateReservedIp {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets the request body.
    pub fn body(mut self, value: crate::types::CreateReservedIpRequest) -> Self {
        self.body = Some(value);
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/ips`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ReservedIp, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ReservedIp>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createReservedIp",
            cloudsdk_runtime::Method::POST,
            "/v2/ips",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::CreateReservedIpRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::ReservedIpsApi::get`]; finish with [`send`](GetReservedIp::send).
#[cfg(feature = "reserved-ips")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetReservedIp {
    pub(crate) client: crate::Client,
    pub(crate) ip_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "reserved-ips")]
impl GetReservedIp {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/ips/{ip_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ReservedIp, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ReservedIp>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getReservedIp",
            cloudsdk_runtime::Method::GET,
            "/v2/ips/{ip_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("ip_id", &self.ip_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ReservedIpsApi::rename`]; finish with [`send`](RenameReservedIp::send).
#[cfg(feature = "reserved-ips")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RenameReservedIp {
    pub(crate) client: crate::Client,
    pub(crate) ip_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateReservedIpRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "reserved-ips")]
impl RenameReservedIp {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/ips/{ip_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ReservedIp, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ReservedIp>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "renameReservedIp",
            cloudsdk_runtime::Method::PUT,
            "/v2/ips/{ip_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::UpdateReservedIpRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("ip_id", &self.ip_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::ReservedIpsApi::delete`]; finish with [`send`](DeleteReservedIp::send).
#[cfg(feature = "reserved-ips")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteReservedIp {
    pub(crate) client: crate::Client,
    pub(crate) ip_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "reserved-ips")]
impl DeleteReservedIp {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/ips/{ip_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteReservedIp",
            cloudsdk_runtime::Method::DELETE,
            "/v2/ips/{ip_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("ip_id", &self.ip_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ReservedIpsApi::act`]; finish with [`send`](ActReservedIp::send).
#[cfg(feature = "reserved-ips")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ActReservedIp {
    pub(crate) client: crate::Client,
    pub(crate) ip_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::ReservedIpActionRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "reserved-ips")]
impl ActReservedIp {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/ips/{ip_id}/actions`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "actReservedIp",
            cloudsdk_runtime::Method::POST,
            "/v2/ips/{ip_id}/actions",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::ReservedIpActionRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("ip_id", &self.ip_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::DnsApi::list_domains`]; finish with [`send`](ListDnsDomains::send).
#[cfg(feature = "dns")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListDnsDomains {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "dns")]
impl ListDnsDomains {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/dns`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::DnsDomain>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::DnsDomain>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listDnsDomains",
            cloudsdk_runtime::Method::GET,
            "/v2/dns",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::DnsApi::create_domain`]; finish with [`send`](CreateDnsDomain::send).
#[cfg(feature = "dns")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateDnsDomain {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::DnsDomainRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "dns")]
impl CreateDnsDomain {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/dns`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::DnsDomain, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::DnsDomain>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createDnsDomain",
            cloudsdk_runtime::Method::POST,
            "/v2/dns",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::DnsDomainRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::DnsApi::rename_domain`]; finish with [`send`](RenameDnsDomain::send).
#[cfg(feature = "dns")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RenameDnsDomain {
    pub(crate) client: crate::Client,
    pub(crate) domain_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::DnsDomainRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "dns")]
impl RenameDnsDomain {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/dns/{domain_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::DnsDomain, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::DnsDomain>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "renameDnsDomain",
            cloudsdk_runtime::Method::PUT,
            "/v2/dns/{domain_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::DnsDomainRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("domain_id", &self.domain_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::DnsApi::delete_domain`]; finish with [`send`](DeleteDnsDomain::send).
#[cfg(feature = "dns")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteDnsDomain {
    pub(crate) client: crate::Client,
    pub(crate) domain_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "dns")]
impl DeleteDnsDomain {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/dns/{domain_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteDnsDomain",
            cloudsdk_runtime::Method::DELETE,
            "/v2/dns/{domain_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("domain_id", &self.domain_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::DnsApi::list_records`]; finish with [`send`](ListDnsRecords::send).
#[cfg(feature = "dns")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListDnsRecords {
    pub(crate) client: crate::Client,
    pub(crate) domain_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "dns")]
impl ListDnsRecords {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/dns/{domain_id}/records`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::DnsRecord>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::DnsRecord>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listDnsRecords",
            cloudsdk_runtime::Method::GET,
            "/v2/dns/{domain_id}/records",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("domain_id", &self.domain_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::DnsApi::create_record`]; finish with [`send`](CreateDnsRecord::send).
#[cfg(feature = "dns")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateDnsRecord {
    pub(crate) client: crate::Client,
    pub(crate) domain_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::DnsRecordRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "dns")]
impl CreateDnsRecord {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/dns/{domain_id}/records`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::DnsRecord, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::DnsRecord>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createDnsRecord",
            cloudsdk_runtime::Method::POST,
            "/v2/dns/{domain_id}/records",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::DnsRecordRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("domain_id", &self.domain_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::DnsApi::update_record`]; finish with [`send`](UpdateDnsRecord::send).
#[cfg(feature = "dns")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateDnsRecord {
    pub(crate) client: crate::Client,
    pub(crate) domain_id: ::std::string::String,
    pub(crate) record_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::DnsRecordRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "dns")]
impl UpdateDnsRecord {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/dns/{domain_id}/records/{record_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::DnsRecord, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::DnsRecord>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateDnsRecord",
            cloudsdk_runtime::Method::PUT,
            "/v2/dns/{domain_id}/records/{record_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::DnsRecordRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("domain_id", &self.domain_id);
        request.path_param("record_id", &self.record_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::DnsApi::delete_record`]; finish with [`send`](DeleteDnsRecord::send).
#[cfg(feature = "dns")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteDnsRecord {
    pub(crate) client: crate::Client,
    pub(crate) domain_id: ::std::string::String,
    pub(crate) record_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "dns")]
impl DeleteDnsRecord {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/dns/{domain_id}/records/{record_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteDnsRecord",
            cloudsdk_runtime::Method::DELETE,
            "/v2/dns/{domain_id}/records/{record_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("domain_id", &self.domain_id);
        request.path_param("record_id", &self.record_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VpcNetworksApi::list`]; finish with [`send`](ListVpcNetworks::send).
#[cfg(feature = "vpc-networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListVpcNetworks {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "vpc-networks")]
impl ListVpcNetworks {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/vpc/networks`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::Network>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::Network>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listVpcNetworks",
            cloudsdk_runtime::Method::GET,
            "/v2/vpc/networks",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VpcNetworksApi::create`]; finish with [`send`](CreateVpcNetwork::send).
#[cfg(feature = "vpc-networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateVpcNetwork {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::NetworkRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "vpc-networks")]
impl CreateVpcNetwork {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/vpc/networks`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::NetworkResult, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::NetworkResult>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createVpcNetwork",
            cloudsdk_runtime::Method::POST,
            "/v2/vpc/networks",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::NetworkRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::VpcNetworksApi::get`]; finish with [`send`](GetVpcNetwork::send).
#[cfg(feature = "vpc-networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetVpcNetwork {
    pub(crate) client: crate::Client,
    pub(crate) network_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "vpc-networks")]
impl GetVpcNetwork {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/vpc/networks/{network_id}`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Network, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Network>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getVpcNetwork",
            cloudsdk_runtime::Method::GET,
            "/v2/vpc/networks/{network_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("network_id", &self.network_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VpcNetworksApi::update`]; finish with [`send`](UpdateVpcNetwork::send).
#[cfg(feature = "vpc-networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateVpcNetwork {
    pub(crate) client: crate::Client,
    pub(crate) network_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::NetworkRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "vpc-networks")]
impl UpdateVpcNetwork {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/vpc/networks/{network_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::NetworkResult, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::NetworkResult>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateVpcNetwork",
            cloudsdk_runtime::Method::PUT,
            "/v2/vpc/networks/{network_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::NetworkRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("network_id", &self.network_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::VpcNetworksApi::delete`]; finish with [`send`](DeleteVpcNetwork::send).
#[cfg(feature = "vpc-networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteVpcNetwork {
    pub(crate) client: crate::Client,
    pub(crate) network_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "vpc-networks")]
impl DeleteVpcNetwork {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/vpc/networks/{network_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteVpcNetwork",
            cloudsdk_runtime::Method::DELETE,
            "/v2/vpc/networks/{network_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("network_id", &self.network_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VpcNetworksApi::list_vpc_subnets`]; finish with [`send`](ListVpcSubnets::send).
#[cfg(feature = "vpc-networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListVpcSubnets {
    pub(crate) client: crate::Client,
    pub(crate) network_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "vpc-networks")]
impl ListVpcSubnets {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/vpc/networks/{network_id}/subnets`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<::std::vec::Vec<crate::types::Subnet>, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::Subnet>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listVpcSubnets",
            cloudsdk_runtime::Method::GET,
            "/v2/vpc/networks/{network_id}/subnets",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("network_id", &self.network_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VpcNetworksApi::create_vpc_subnet`]; finish with [`send`](CreateVpcSubnet::send).
#[cfg(feature = "vpc-networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateVpcSubnet {
    pub(crate) client: crate::Client,
    pub(crate) network_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateSubnetRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "vpc-networks")]
impl CreateVpcSubnet {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/vpc/networks/{network_id}/subnets`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Subnet, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Subnet>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createVpcSubnet",
            cloudsdk_runtime::Method::POST,
            "/v2/vpc/networks/{network_id}/subnets",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::CreateSubnetRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("network_id", &self.network_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::VpcNetworksApi::get_vpc_subnet`]; finish with [`send`](GetVpcSubnet::send).
#[cfg(feature = "vpc-networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetVpcSubnet {
    pub(crate) client: crate::Client,
    pub(crate) network_id: ::std::string::String,
    pub(crate) subnet_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "vpc-networks")]
impl GetVpcSubnet {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/vpc/networks/{network_id}/subnets/{subnet_id}`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Subnet, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Subnet>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getVpcSubnet",
            cloudsdk_runtime::Method::GET,
            "/v2/vpc/networks/{network_id}/subnets/{subnet_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("network_id", &self.network_id);
        request.path_param("subnet_id", &self.subnet_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VpcNetworksApi::delete_vpc_subnet`]; finish with [`send`](DeleteVpcSubnet::send).
#[cfg(feature = "vpc-networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteVpcSubnet {
    pub(crate) client: crate::Client,
    pub(crate) network_id: ::std::string::String,
    pub(crate) subnet_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "vpc-networks")]
impl DeleteVpcSubnet {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/vpc/networks/{network_id}/subnets/{subnet_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteVpcSubnet",
            cloudsdk_runtime::Method::DELETE,
            "/v2/vpc/networks/{network_id}/subnets/{subnet_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("network_id", &self.network_id);
        request.path_param("subnet_id", &self.subnet_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VpcNetworksApi::attach_vpc_subnet`]; finish with [`send`](AttachVpcSubnet::send).
#[cfg(feature = "vpc-networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct AttachVpcSubnet {
    pub(crate) client: crate::Client,
    pub(crate) network_id: ::std::string::String,
    pub(crate) subnet_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::AttachSubnetRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "vpc-networks")]
impl AttachVpcSubnet {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/vpc/networks/{network_id}/subnets/{subnet_id}/routes`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<crate::types::Route, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Route>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "attachVpcSubnet",
            cloudsdk_runtime::Method::POST,
            "/v2/vpc/networks/{network_id}/subnets/{subnet_id}/routes",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::AttachSubnetRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("network_id", &self.network_id);
        request.path_param("subnet_id", &self.subnet_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::VpcNetworksApi::detach_vpc_subnet`]; finish with [`send`](DetachVpcSubnet::send).
#[cfg(feature = "vpc-networks")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DetachVpcSubnet {
    pub(crate) client: crate::Client,
    pub(crate) network_id: ::std::string::String,
    pub(crate) subnet_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "vpc-networks")]
impl DetachVpcSubnet {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/vpc/networks/{network_id}/subnets/{subnet_id}/routes`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "detachVpcSubnet",
            cloudsdk_runtime::Method::DELETE,
            "/v2/vpc/networks/{network_id}/subnets/{subnet_id}/routes",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("network_id", &self.network_id);
        request.path_param("subnet_id", &self.subnet_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VpcFirewallsApi::list`]; finish with [`send`](ListVpcFirewalls::send).
#[cfg(feature = "vpc-firewalls")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListVpcFirewalls {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "vpc-firewalls")]
impl ListVpcFirewalls {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/vpc/firewalls`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::Firewall>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::Firewall>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listVpcFirewalls",
            cloudsdk_runtime::Method::GET,
            "/v2/vpc/firewalls",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VpcFirewallsApi::create`]; finish with [`send`](CreateVpcFirewall::send).
#[cfg(feature = "vpc-firewalls")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateVpcFirewall {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateFirewallRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "vpc-firewalls")]
impl CreateVpcFirewall {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/vpc/firewalls`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::FirewallResult, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::FirewallResult>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createVpcFirewall",
            cloudsdk_runtime::Method::POST,
            "/v2/vpc/firewalls",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::CreateFirewallRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::VpcFirewallsApi::rename`]; finish with [`send`](RenameVpcFirewall::send).
#[cfg(feature = "vpc-firewalls")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RenameVpcFirewall {
    pub(crate) client: crate::Client,
    pub(crate) firewall_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateFirewallRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "vpc-firewalls")]
impl RenameVpcFirewall {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/vpc/firewalls/{firewall_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "renameVpcFirewall",
            cloudsdk_runtime::Method::PUT,
            "/v2/vpc/firewalls/{firewall_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::UpdateFirewallRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("firewall_id", &self.firewall_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::VpcFirewallsApi::delete`]; finish with [`send`](DeleteVpcFirewall::send).
#[cfg(feature = "vpc-firewalls")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteVpcFirewall {
    pub(crate) client: crate::Client,
    pub(crate) firewall_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "vpc-firewalls")]
impl DeleteVpcFirewall {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/vpc/firewalls/{firewall_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteVpcFirewall",
            cloudsdk_runtime::Method::DELETE,
            "/v2/vpc/firewalls/{firewall_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("firewall_id", &self.firewall_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VpcFirewallsApi::list_rules`]; finish with [`send`](ListVpcFirewallRules::send).
#[cfg(feature = "vpc-firewalls")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListVpcFirewallRules {
    pub(crate) client: crate::Client,
    pub(crate) firewall_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "vpc-firewalls")]
impl ListVpcFirewallRules {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/vpc/firewalls/{firewall_id}/rules`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::FirewallRule>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::FirewallRule>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listVpcFirewallRules",
            cloudsdk_runtime::Method::GET,
            "/v2/vpc/firewalls/{firewall_id}/rules",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("firewall_id", &self.firewall_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VpcFirewallsApi::create_rule`]; finish with [`send`](CreateVpcFirewallRule::send).
#[cfg(feature = "vpc-firewalls")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateVpcFirewallRule {
    pub(crate) client: crate::Client,
    pub(crate) firewall_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateFirewallRuleRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "vpc-firewalls")]
impl CreateVpcFirewallRule {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/vpc/firewalls/{firewall_id}/rules`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::FirewallRule, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::FirewallRule>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createVpcFirewallRule",
            cloudsdk_runtime::Method::POST,
            "/v2/vpc/firewalls/{firewall_id}/rules",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::CreateFirewallRuleRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("firewall_id", &self.firewall_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::VpcFirewallsApi::delete_rule`]; finish with [`send`](DeleteVpcFirewallRule::send).
#[cfg(feature = "vpc-firewalls")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteVpcFirewallRule {
    pub(crate) client: crate::Client,
    pub(crate) firewall_id: ::std::string::String,
    pub(crate) rule_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "vpc-firewalls")]
impl DeleteVpcFirewallRule {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/vpc/firewalls/{firewall_id}/rules/{rule_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteVpcFirewallRule",
            cloudsdk_runtime::Method::DELETE,
            "/v2/vpc/firewalls/{firewall_id}/rules/{rule_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("firewall_id", &self.firewall_id);
        request.path_param("rule_id", &self.rule_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VpcLoadBalancersApi::list`]; finish with [`send`](ListVpcLoadBalancers::send).
#[cfg(feature = "vpc-load-balancers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListVpcLoadBalancers {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "vpc-load-balancers")]
impl ListVpcLoadBalancers {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/vpc/loadbalancers`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::LoadBalancer>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::LoadBalancer>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listVpcLoadBalancers",
            cloudsdk_runtime::Method::GET,
            "/v2/vpc/loadbalancers",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VpcLoadBalancersApi::create`]; finish with [`send`](CreateVpcLoadBalancer::send).
#[cfg(feature = "vpc-load-balancers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateVpcLoadBalancer {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateLoadBalancerRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "vpc-load-balancers")]
impl CreateVpcLoadBalancer {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/vpc/loadbalancers`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::LoadBalancer, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::LoadBalancer>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createVpcLoadBalancer",
            cloudsdk_runtime::Method::POST,
            "/v2/vpc/loadbalancers",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::CreateLoadBalancerRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::VpcLoadBalancersApi::get`]; finish with [`send`](GetVpcLoadBalancer::send).
#[cfg(feature = "vpc-load-balancers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetVpcLoadBalancer {
    pub(crate) client: crate::Client,
    pub(crate) loadbalancer_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "vpc-load-balancers")]
impl GetVpcLoadBalancer {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/vpc/loadbalancers/{loadbalancer_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::LoadBalancer, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::LoadBalancer>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getVpcLoadBalancer",
            cloudsdk_runtime::Method::GET,
            "/v2/vpc/loadbalancers/{loadbalancer_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("loadbalancer_id", &self.loadbalancer_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VpcLoadBalancersApi::update`]; finish with [`send`](UpdateVpcLoadBalancer::send).
#[cfg(feature = "vpc-load-balancers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateVpcLoadBalancer {
    pub(crate) client: crate::Client,
    pub(crate) loadbalancer_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateLoadBalancerRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "vpc-load-balancers")]
impl UpdateVpcLoadBalancer {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/vpc/loadbalancers/{loadbalancer_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::LoadBalancer, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::LoadBalancer>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateVpcLoadBalancer",
            cloudsdk_runtime::Method::PUT,
            "/v2/vpc/loadbalancers/{loadbalancer_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::UpdateLoadBalancerRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("loadbalancer_id", &self.loadbalancer_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::VpcLoadBalancersApi::delete`]; finish with [`send`](DeleteVpcLoadBalancer::send).
#[cfg(feature = "vpc-load-balancers")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteVpcLoadBalancer {
    pub(crate) client: crate::Client,
    pub(crate) loadbalancer_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "vpc-load-balancers")]
impl DeleteVpcLoadBalancer {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/vpc/loadbalancers/{loadbalancer_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteVpcLoadBalancer",
            cloudsdk_runtime::Method::DELETE,
            "/v2/vpc/loadbalancers/{loadbalancer_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("loadbalancer_id", &self.loadbalancer_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VpcReservedIpsApi::list`]; finish with [`send`](ListVpcReservedIps::send).
#[cfg(feature = "vpc-reserved-ips")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListVpcReservedIps {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) page: Option<i32>,
    pub(crate) per_page: Option<i32>,
}
#[cfg(feature = "vpc-reserved-ips")]
impl ListVpcReservedIps {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Page to return, starting at 1.
    ///
    /// Bounds: at least 1.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }
    /// Number of items per page.
    ///
    /// Bounds: at least 1.
    pub fn per_page(mut self, value: i32) -> Self {
        self.per_page = Some(value);
        self
    }
    /// Sends the request (`GET /v2/vpc/ips`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ReservedIpPage, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ReservedIpPage>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::ReservedIp> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::page_number(
            "items",
            "page",
            "per_page",
            "pages",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listVpcReservedIps",
            cloudsdk_runtime::Method::GET,
            "/v2/vpc/ips",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.query("page", &self.page, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query("per_page", &self.per_page, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VpcReservedIpsApi::create`]; finish with [`send`](CreateVpcReservedIp::send).
#[cfg(feature = "vpc-reserved-ips")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateVpcReservedIp {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateReservedIpRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "vpc-reserved-ips")]
impl CreateVpcReservedIp {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets the request body.
    pub fn body(mut self, value: crate::types::CreateReservedIpRequest) -> Self {
        self.body = Some(value);
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/vpc/ips`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ReservedIp, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ReservedIp>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createVpcReservedIp",
            cloudsdk_runtime::Method::POST,
            "/v2/vpc/ips",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::CreateReservedIpRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::VpcReservedIpsApi::get`]; finish with [`send`](GetVpcReservedIp::send).
#[cfg(feature = "vpc-reserved-ips")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetVpcReservedIp {
    pub(crate) client: crate::Client,
    pub(crate) ip_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "vpc-reserved-ips")]
impl GetVpcReservedIp {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/vpc/ips/{ip_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ReservedIp, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ReservedIp>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getVpcReservedIp",
            cloudsdk_runtime::Method::GET,
            "/v2/vpc/ips/{ip_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("ip_id", &self.ip_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VpcReservedIpsApi::rename`]; finish with [`send`](RenameVpcReservedIp::send).
#[cfg(feature = "vpc-reserved-ips")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RenameVpcReservedIp {
    pub(crate) client: crate::Client,
    pub(crate) ip_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateReservedIpRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "vpc-reserved-ips")]
impl RenameVpcReservedIp {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/vpc/ips/{ip_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ReservedIp, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ReservedIp>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "renameVpcReservedIp",
            cloudsdk_runtime::Method::PUT,
            "/v2/vpc/ips/{ip_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::UpdateReservedIpRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("ip_id", &self.ip_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::VpcReservedIpsApi::delete`]; finish with [`send`](DeleteVpcReservedIp::send).
#[cfg(feature = "vpc-reserved-ips")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteVpcReservedIp {
    pub(crate) client: crate::Client,
    pub(crate) ip_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "vpc-reserved-ips")]
impl DeleteVpcReservedIp {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/vpc/ips/{ip_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteVpcReservedIp",
            cloudsdk_runtime::Method::DELETE,
            "/v2/vpc/ips/{ip_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("ip_id", &self.ip_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::VpcReservedIpsApi::act`]; finish with [`send`](ActVpcReservedIp::send).
#[cfg(feature = "vpc-reserved-ips")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ActVpcReservedIp {
    pub(crate) client: crate::Client,
    pub(crate) ip_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::ReservedIpActionRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "vpc-reserved-ips")]
impl ActVpcReservedIp {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/vpc/ips/{ip_id}/actions`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "actVpcReservedIp",
            cloudsdk_runtime::Method::POST,
            "/v2/vpc/ips/{ip_id}/actions",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::ReservedIpActionRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("ip_id", &self.ip_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::KubernetesApi::list_versions`]; finish with [`send`](ListKubernetesVersions::send).
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListKubernetesVersions {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "kubernetes")]
impl ListKubernetesVersions {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/kubernetes/versions`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::KubernetesVersion>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<
            ::std::vec::Vec<crate::types::KubernetesVersion>,
        >,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listKubernetesVersions",
            cloudsdk_runtime::Method::GET,
            "/v2/kubernetes/versions",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::KubernetesApi::list_marketplace_applications`]; finish with [`send`](ListMarketplaceApplications::send).
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListMarketplaceApplications {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "kubernetes")]
impl ListMarketplaceApplications {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/kubernetes/applications`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::MarketplaceApplication>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<
            ::std::vec::Vec<crate::types::MarketplaceApplication>,
        >,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listMarketplaceApplications",
            cloudsdk_runtime::Method::GET,
            "/v2/kubernetes/applications",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::KubernetesApi::list_clusters`]; finish with [`send`](ListKubernetesClusters::send).
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListKubernetesClusters {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) page: Option<i32>,
    pub(crate) per_page: Option<i32>,
}
#[cfg(feature = "kubernetes")]
impl ListKubernetesClusters {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Page to return, starting at 1.
    ///
    /// Bounds: at least 1.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }
    /// Number of items per page.
    ///
    /// Bounds: at least 1.
    pub fn per_page(mut self, value: i32) -> Self {
        self.per_page = Some(value);
        self
    }
    /// Sends the request (`GET /v2/kubernetes/clusters`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::KubernetesClusterPage, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::KubernetesClusterPage>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::KubernetesCluster> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::page_number(
            "items",
            "page",
            "per_page",
            "pages",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listKubernetesClusters",
            cloudsdk_runtime::Method::GET,
            "/v2/kubernetes/clusters",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.query("page", &self.page, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query("per_page", &self.per_page, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::KubernetesApi::create_cluster`]; finish with [`send`](CreateKubernetesCluster::send).
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateKubernetesCluster {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateKubernetesClusterRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "kubernetes")]
impl CreateKubernetesCluster {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/kubernetes/clusters`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::KubernetesCluster, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::KubernetesCluster>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createKubernetesCluster",
            cloudsdk_runtime::Method::POST,
            "/v2/kubernetes/clusters",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::CreateKubernetesClusterRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::KubernetesApi::get_cluster`]; finish with [`send`](GetKubernetesCluster::send).
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetKubernetesCluster {
    pub(crate) client: crate::Client,
    pub(crate) cluster_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "kubernetes")]
impl GetKubernetesCluster {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/kubernetes/clusters/{cluster_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::KubernetesCluster, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::KubernetesCluster>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getKubernetesCluster",
            cloudsdk_runtime::Method::GET,
            "/v2/kubernetes/clusters/{cluster_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("cluster_id", &self.cluster_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::KubernetesApi::update_cluster`]; finish with [`send`](UpdateKubernetesCluster::send).
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateKubernetesCluster {
    pub(crate) client: crate::Client,
    pub(crate) cluster_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateKubernetesClusterRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "kubernetes")]
impl UpdateKubernetesCluster {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/kubernetes/clusters/{cluster_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::KubernetesCluster, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::KubernetesCluster>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateKubernetesCluster",
            cloudsdk_runtime::Method::PUT,
            "/v2/kubernetes/clusters/{cluster_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::UpdateKubernetesClusterRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("cluster_id", &self.cluster_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::KubernetesApi::delete_cluster`]; finish with [`send`](DeleteKubernetesCluster::send).
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteKubernetesCluster {
    pub(crate) client: crate::Client,
    pub(crate) cluster_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "kubernetes")]
impl DeleteKubernetesCluster {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/kubernetes/clusters/{cluster_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteKubernetesCluster",
            cloudsdk_runtime::Method::DELETE,
            "/v2/kubernetes/clusters/{cluster_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("cluster_id", &self.cluster_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::KubernetesApi::recycle_node`]; finish with [`send`](RecycleKubernetesNode::send).
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RecycleKubernetesNode {
    pub(crate) client: crate::Client,
    pub(crate) cluster_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::RecycleNodeRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "kubernetes")]
impl RecycleKubernetesNode {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/kubernetes/clusters/{cluster_id}/recycle`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "recycleKubernetesNode",
            cloudsdk_runtime::Method::POST,
            "/v2/kubernetes/clusters/{cluster_id}/recycle",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::RecycleNodeRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("cluster_id", &self.cluster_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::KubernetesApi::list_cluster_instances`]; finish with [`send`](ListKubernetesClusterInstances::send).
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListKubernetesClusterInstances {
    pub(crate) client: crate::Client,
    pub(crate) cluster_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "kubernetes")]
impl ListKubernetesClusterInstances {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/kubernetes/clusters/{cluster_id}/instances`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::Instance>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::Instance>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listKubernetesClusterInstances",
            cloudsdk_runtime::Method::GET,
            "/v2/kubernetes/clusters/{cluster_id}/instances",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("cluster_id", &self.cluster_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::KubernetesPoolsApi::list`]; finish with [`send`](ListKubernetesPools::send).
#[cfg(feature = "kubernetes-pools")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListKubernetesPools {
    pub(crate) client: crate::Client,
    pub(crate) cluster_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "kubernetes-pools")]
impl ListKubernetesPools {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/kubernetes/clusters/{cluster_id}/pools`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<
        ::std::vec::Vec<crate::types::KubernetesPool>,
        crate::Error,
    > {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::vec::Vec<crate::types::KubernetesPool>>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listKubernetesPools",
            cloudsdk_runtime::Method::GET,
            "/v2/kubernetes/clusters/{cluster_id}/pools",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("cluster_id", &self.cluster_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::KubernetesPoolsApi::create`]; finish with [`send`](CreateKubernetesPool::send).
#[cfg(feature = "kubernetes-pools")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateKubernetesPool {
    pub(crate) client: crate::Client,
    pub(crate) cluster_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateKubernetesPoolRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "kubernetes-pools")]
impl CreateKubernetesPool {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/kubernetes/clusters/{cluster_id}/pools`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createKubernetesPool",
            cloudsdk_runtime::Method::POST,
            "/v2/kubernetes/clusters/{cluster_id}/pools",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::CreateKubernetesPoolRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("cluster_id", &self.cluster_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::KubernetesPoolsApi::get`]; finish with [`send`](GetKubernetesPool::send).
#[cfg(feature = "kubernetes-pools")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetKubernetesPool {
    pub(crate) client: crate::Client,
    pub(crate) cluster_id: ::std::string::String,
    pub(crate) pool_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "kubernetes-pools")]
impl GetKubernetesPool {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/kubernetes/clusters/{cluster_id}/pools/{pool_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::KubernetesPool, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::KubernetesPool>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getKubernetesPool",
            cloudsdk_runtime::Method::GET,
            "/v2/kubernetes/clusters/{cluster_id}/pools/{pool_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("cluster_id", &self.cluster_id);
        request.path_param("pool_id", &self.pool_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::KubernetesPoolsApi::update`]; finish with [`send`](UpdateKubernetesPool::send).
#[cfg(feature = "kubernetes-pools")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateKubernetesPool {
    pub(crate) client: crate::Client,
    pub(crate) cluster_id: ::std::string::String,
    pub(crate) pool_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateKubernetesPoolRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "kubernetes-pools")]
impl UpdateKubernetesPool {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/kubernetes/clusters/{cluster_id}/pools/{pool_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::KubernetesPool, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::KubernetesPool>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateKubernetesPool",
            cloudsdk_runtime::Method::PUT,
            "/v2/kubernetes/clusters/{cluster_id}/pools/{pool_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::UpdateKubernetesPoolRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("cluster_id", &self.cluster_id);
        request.path_param("pool_id", &self.pool_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::KubernetesPoolsApi::delete`]; finish with [`send`](DeleteKubernetesPool::send).
#[cfg(feature = "kubernetes-pools")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteKubernetesPool {
    pub(crate) client: crate::Client,
    pub(crate) cluster_id: ::std::string::String,
    pub(crate) pool_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "kubernetes-pools")]
impl DeleteKubernetesPool {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/kubernetes/clusters/{cluster_id}/pools/{pool_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteKubernetesPool",
            cloudsdk_runtime::Method::DELETE,
            "/v2/kubernetes/clusters/{cluster_id}/pools/{pool_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("cluster_id", &self.cluster_id);
        request.path_param("pool_id", &self.pool_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::KubernetesPoolsApi::delete_node`]; finish with [`send`](DeleteKubernetesPoolNode::send).
#[cfg(feature = "kubernetes-pools")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteKubernetesPoolNode {
    pub(crate) client: crate::Client,
    pub(crate) cluster_id: ::std::string::String,
    pub(crate) pool_id: ::std::string::String,
    pub(crate) node_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "kubernetes-pools")]
impl DeleteKubernetesPoolNode {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/kubernetes/clusters/{cluster_id}/pools/{pool_id}/instances/{node_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteKubernetesPoolNode",
            cloudsdk_runtime::Method::DELETE,
            "/v2/kubernetes/clusters/{cluster_id}/pools/{pool_id}/instances/{node_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("cluster_id", &self.cluster_id);
        request.path_param("pool_id", &self.pool_id);
        request.path_param("node_id", &self.node_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::list`]; finish with [`send`](ListApplications::send).
#[cfg(feature = "applications")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListApplications {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) page: Option<i32>,
    pub(crate) per_page: Option<i32>,
}
#[cfg(feature = "applications")]
impl ListApplications {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Page to return, starting at 1.
    ///
    /// Bounds: at least 1.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }
    /// Number of items per page.
    ///
    /// Bounds: at least 1.
    pub fn per_page(mut self, value: i32) -> Self {
        self.per_page = Some(value);
        self
    }
    /// Sends the request (`GET /v2/applications`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::ApplicationPage, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::ApplicationPage>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::Application> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::page_number(
            "items",
            "page",
            "per_page",
            "pages",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listApplications",
            cloudsdk_runtime::Method::GET,
            "/v2/applications",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.query("page", &self.page, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query("per_page", &self.per_page, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::create`]; finish with [`send`](CreateApplication::send).
#[cfg(feature = "applications")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateApplication {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateApplicationRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "applications")]
impl CreateApplication {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/applications`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Application, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Application>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createApplication",
            cloudsdk_runtime::Method::POST,
            "/v2/applications",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::CreateApplicationRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::get`]; finish with [`send`](GetApplication::send).
#[cfg(feature = "applications")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetApplication {
    pub(crate) client: crate::Client,
    pub(crate) application_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "applications")]
impl GetApplication {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/applications/{application_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Application, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Application>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getApplication",
            cloudsdk_runtime::Method::GET,
            "/v2/applications/{application_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("application_id", &self.application_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::update`]; finish with [`send`](UpdateApplication::send).
#[cfg(feature = "applications")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateApplication {
    pub(crate) client: crate::Client,
    pub(crate) application_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateApplicationRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "applications")]
impl UpdateApplication {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/applications/{application_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Application, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Application>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateApplication",
            cloudsdk_runtime::Method::PUT,
            "/v2/applications/{application_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::UpdateApplicationRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("application_id", &self.application_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::delete`]; finish with [`send`](DeleteApplication::send).
#[cfg(feature = "applications")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteApplication {
    pub(crate) client: crate::Client,
    pub(crate) application_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "applications")]
impl DeleteApplication {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/applications/{application_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteApplication",
            cloudsdk_runtime::Method::DELETE,
            "/v2/applications/{application_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("application_id", &self.application_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::ApplicationsApi::get_log_auth`]; finish with [`send`](GetApplicationLogAuth::send).
#[cfg(feature = "applications")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetApplicationLogAuth {
    pub(crate) client: crate::Client,
    pub(crate) application_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "applications")]
impl GetApplicationLogAuth {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/applications/{application_id}/log_auth`) and returns the decoded body.
    #[inline]
    pub fn send(self) -> cloudsdk_runtime::Sending<::std::string::String, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<::std::string::String>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getApplicationLogAuth",
            cloudsdk_runtime::Method::GET,
            "/v2/applications/{application_id}/log_auth",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("application_id", &self.application_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::DatabasesApi::list_versions`]; finish with [`send`](ListDatabaseVersions::send).
#[cfg(feature = "databases")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListDatabaseVersions {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "databases")]
impl ListDatabaseVersions {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/databases/versions`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::DatabaseVersions, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::DatabaseVersions>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listDatabaseVersions",
            cloudsdk_runtime::Method::GET,
            "/v2/databases/versions",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::DatabasesApi::list`]; finish with [`send`](ListDatabases::send).
#[cfg(feature = "databases")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListDatabases {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) page: Option<i32>,
    pub(crate) per_page: Option<i32>,
}
#[cfg(feature = "databases")]
impl ListDatabases {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Page to return, starting at 1.
    ///
    /// Bounds: at least 1.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }
    /// Number of items per page.
    ///
    /// Bounds: at least 1.
    pub fn per_page(mut self, value: i32) -> Self {
        self.per_page = Some(value);
        self
    }
    /// Sends the request (`GET /v2/databases`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::DatabasePage, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::DatabasePage>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::Database> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::page_number(
            "items",
            "page",
            "per_page",
            "pages",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listDatabases",
            cloudsdk_runtime::Method::GET,
            "/v2/databases",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.query("page", &self.page, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query("per_page", &self.per_page, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::DatabasesApi::create`]; finish with [`send`](CreateDatabase::send).
#[cfg(feature = "databases")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateDatabase {
    pub(crate) client: crate::Client,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateDatabaseRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "databases")]
impl CreateDatabase {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/databases`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Database, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Database>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createDatabase",
            cloudsdk_runtime::Method::POST,
            "/v2/databases",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::CreateDatabaseRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::DatabasesApi::get`]; finish with [`send`](GetDatabase::send).
#[cfg(feature = "databases")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetDatabase {
    pub(crate) client: crate::Client,
    pub(crate) database_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "databases")]
impl GetDatabase {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/databases/{database_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Database, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Database>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getDatabase",
            cloudsdk_runtime::Method::GET,
            "/v2/databases/{database_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("database_id", &self.database_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::DatabasesApi::update`]; finish with [`send`](UpdateDatabase::send).
#[cfg(feature = "databases")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateDatabase {
    pub(crate) client: crate::Client,
    pub(crate) database_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateDatabaseRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "databases")]
impl UpdateDatabase {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/databases/{database_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::Database, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::Database>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateDatabase",
            cloudsdk_runtime::Method::PUT,
            "/v2/databases/{database_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::WithBody<crate::types::UpdateDatabaseRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("database_id", &self.database_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::DatabasesApi::delete`]; finish with [`send`](DeleteDatabase::send).
#[cfg(feature = "databases")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteDatabase {
    pub(crate) client: crate::Client,
    pub(crate) database_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "databases")]
impl DeleteDatabase {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/databases/{database_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteDatabase",
            cloudsdk_runtime::Method::DELETE,
            "/v2/databases/{database_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("database_id", &self.database_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::DatabasesApi::restore`]; finish with [`send`](RestoreDatabase::send).
#[cfg(feature = "databases")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RestoreDatabase {
    pub(crate) client: crate::Client,
    pub(crate) database_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::RestoreDatabaseRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "databases")]
impl RestoreDatabase {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/databases/{database_id}/restore`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "restoreDatabase",
            cloudsdk_runtime::Method::POST,
            "/v2/databases/{database_id}/restore",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::RestoreDatabaseRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("database_id", &self.database_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::DatabaseBackupsApi::list`]; finish with [`send`](ListDatabaseBackups::send).
#[cfg(feature = "database-backups")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct ListDatabaseBackups {
    pub(crate) client: crate::Client,
    pub(crate) database_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) page: Option<i32>,
    pub(crate) per_page: Option<i32>,
}
#[cfg(feature = "database-backups")]
impl ListDatabaseBackups {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Page to return, starting at 1.
    ///
    /// Bounds: at least 1.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }
    /// Number of items per page.
    ///
    /// Bounds: at least 1.
    pub fn per_page(mut self, value: i32) -> Self {
        self.per_page = Some(value);
        self
    }
    /// Sends the request (`GET /v2/databases/{database_id}/backups`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::DatabaseBackupPage, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::DatabaseBackupPage>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// Every item of every page, as a stream that fetches the next page when it needs
    /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
    /// this builder apply to every page.
    #[inline]
    pub fn stream(self) -> crate::ItemStream<crate::types::DatabaseBackup> {
        static PAGINATION: cloudsdk_runtime::Pagination = cloudsdk_runtime::Pagination::page_number(
            "items",
            "page",
            "per_page",
            "pages",
        );
        self.prepare().paginate(&PAGINATION)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "listDatabaseBackups",
            cloudsdk_runtime::Method::GET,
            "/v2/databases/{database_id}/backups",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("database_id", &self.database_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.query("page", &self.page, cloudsdk_runtime::QueryStyle::form(true));
        request
            .query("per_page", &self.per_page, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::DatabaseBackupsApi::update`]; finish with [`send`](UpdateDatabaseBackup::send).
#[cfg(feature = "database-backups")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct UpdateDatabaseBackup {
    pub(crate) client: crate::Client,
    pub(crate) database_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::UpdateDatabaseBackupRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "database-backups")]
impl UpdateDatabaseBackup {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`PUT /v2/databases/{database_id}/backups`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::DatabaseBackup, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::DatabaseBackup>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "updateDatabaseBackup",
            cloudsdk_runtime::Method::PUT,
            "/v2/databases/{database_id}/backups",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::UpdateDatabaseBackupRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("database_id", &self.database_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::DatabaseBackupsApi::create`]; finish with [`send`](CreateDatabaseBackup::send).
#[cfg(feature = "database-backups")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct CreateDatabaseBackup {
    pub(crate) client: crate::Client,
    pub(crate) database_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
    pub(crate) body: Option<crate::types::CreateDatabaseBackupRequest>,
    pub(crate) as_form: bool,
}
#[cfg(feature = "database-backups")]
impl CreateDatabaseBackup {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
    pub fn as_form(mut self) -> Self {
        self.as_form = true;
        self
    }
    /// Sends the request (`POST /v2/databases/{database_id}/backups`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::DatabaseBackup, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::DatabaseBackup>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "createDatabaseBackup",
            cloudsdk_runtime::Method::POST,
            "/v2/databases/{database_id}/backups",
            false,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(400u16),
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(
        self,
    ) -> cloudsdk_runtime::WithBody<crate::types::CreateDatabaseBackupRequest> {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("database_id", &self.database_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request.json_later(self.body).form_if(self.as_form)
    }
}
/// Request builder for [`crate::builders::DatabaseBackupsApi::get`]; finish with [`send`](GetDatabaseBackup::send).
#[cfg(feature = "database-backups")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct GetDatabaseBackup {
    pub(crate) client: crate::Client,
    pub(crate) database_id: ::std::string::String,
    pub(crate) backup_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "database-backups")]
impl GetDatabaseBackup {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`GET /v2/databases/{database_id}/backups/{backup_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::DatabaseBackup, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::DatabaseBackup>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "getDatabaseBackup",
            cloudsdk_runtime::Method::GET,
            "/v2/databases/{database_id}/backups/{backup_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("database_id", &self.database_id);
        request.path_param("backup_id", &self.backup_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
/// Request builder for [`crate::builders::DatabaseBackupsApi::delete`]; finish with [`send`](DeleteDatabaseBackup::send).
#[cfg(feature = "database-backups")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct DeleteDatabaseBackup {
    pub(crate) client: crate::Client,
    pub(crate) database_id: ::std::string::String,
    pub(crate) backup_id: ::std::string::String,
    pub(crate) region: Option<::std::string::String>,
}
#[cfg(feature = "database-backups")]
impl DeleteDatabaseBackup {
    /// Region code the request applies to, e.g. `LON1`; the account's default region when omitted.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sends the request (`DELETE /v2/databases/{database_id}/backups/{backup_id}`) and returns the decoded body.
    #[inline]
    pub fn send(
        self,
    ) -> cloudsdk_runtime::Sending<crate::types::SimpleResponse, crate::Error> {
        self.prepare().sending_value(cloudsdk_runtime::decode::json)
    }
    /// Like [`send`](Self::send), with the response's status and headers.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> cloudsdk_runtime::Sending<
        cloudsdk_runtime::ResponseValue<crate::types::SimpleResponse>,
        crate::Error,
    > {
        self.prepare().sending_decoded(cloudsdk_runtime::decode::json)
    }
    /// The operation's facts: method, path, authentication, documented errors.
    pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(
            "deleteDatabaseBackup",
            cloudsdk_runtime::Method::DELETE,
            "/v2/databases/{database_id}/backups/{backup_id}",
            true,
        )
        .errors(
            &[
                cloudsdk_runtime::StatusMatch::Code(401u16),
                cloudsdk_runtime::StatusMatch::Code(403u16),
                cloudsdk_runtime::StatusMatch::Code(404u16),
                cloudsdk_runtime::StatusMatch::Code(500u16),
            ],
        );
    #[inline]
    fn prepare(self) -> cloudsdk_runtime::Request {
        let mut request = cloudsdk_runtime::Request::new(
            self.client.raw,
            Self::OPERATION,
        );
        request.path_param("database_id", &self.database_id);
        request.path_param("backup_id", &self.backup_id);
        request.query("region", &self.region, cloudsdk_runtime::QueryStyle::form(true));
        request
    }
}
