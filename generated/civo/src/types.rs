//! Types of the API's request and response bodies.
#![allow(clippy::derivable_impls, clippy::large_enum_variant)]
/// Body of a failed request when it is JSON. Every field is optional: some errors carry only `reason`, and some failures (notably 404) are not JSON at all.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Error_ {
    /// Machine-readable snake_case error code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Human-readable explanation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Extra detail, when the server has any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// Outcome marker some error bodies include.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
}
/// Outcome of a mutating call that returns no resource.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SimpleResponse {
    /// Identifier of the affected or newly created object, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `success` when the operation worked.
    pub result: String,
    /// `code`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `reason`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `details`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
}
/// Body of instance and volume actions that only name the region.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RegionRequest {
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// Options for exchanging an API key for a JWT.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExchangeTokenRequest {
    /// Requested scope; empty for the default.
    pub scope: String,
}
/// A short-lived JSON Web Token usable in place of the API key.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TokenExchangeResponse {
    /// The JWT to send as the bearer token.
    pub access_token: String,
    /// `token_type`
    pub token_type: String,
    /// `refresh_token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// Lifetime of the access token in seconds.
    pub expires_in: i32,
    /// `id_token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    /// Account the token acts for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
}
/// Which services a region offers.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RegionFeatures {
    /// `iaas`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iaas: Option<bool>,
    /// `kubernetes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kubernetes: Option<bool>,
    /// `object_store`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_store: Option<bool>,
    /// `loadbalancer`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loadbalancer: Option<bool>,
    /// `gpu`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpu: Option<bool>,
    /// `dbaas`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dbaas: Option<bool>,
    /// `volume`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume: Option<bool>,
    /// `paas`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paas: Option<bool>,
    /// `public_ip_node_pools`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_node_pools: Option<bool>,
}
/// A Civo data center location.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Region {
    /// Code used in the `region` parameter.
    pub code: String,
    /// `name`
    pub name: String,
    /// `type`
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// True when the region cannot take new resources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub out_of_capacity: Option<bool>,
    /// ISO country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// `country_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_name: Option<String>,
    /// True for the account's default region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<bool>,
    /// `features`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<RegionFeatures>,
}
/// Definition of a private or partner region.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateRegionRequest {
    /// `code`
    pub code: String,
    /// `country_iso_code`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_iso_code: Option<String>,
    /// `private`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private: Option<bool>,
    /// Accounts allowed to use the region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_ids: Option<Vec<String>>,
    /// Kubeconfig of the cluster backing the region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kubeconfig: Option<String>,
    /// Hours a deleted compute resource is kept before it is purged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compute_soft_deletion_hours: Option<i32>,
    /// Features to enable, keyed by feature name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<std::collections::BTreeMap<String, bool>>,
}
/// Names the region to connect or disconnect.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RegionCodeRequest {
    /// `code`
    pub code: String,
}
/// Resource limits of the account and how much of each is in use; every metric has a `_limit` and a `_usage` field.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Quota {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `default_user_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_user_id: Option<String>,
    /// `default_user_email_address`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_user_email_address: Option<String>,
    /// `instance_count_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_count_limit: Option<i32>,
    /// `instance_count_usage`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_count_usage: Option<i32>,
    /// `cpu_core_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_core_limit: Option<i32>,
    /// `cpu_core_usage`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_core_usage: Option<i32>,
    /// `ram_mb_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ram_mb_limit: Option<i32>,
    /// `ram_mb_usage`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ram_mb_usage: Option<i32>,
    /// `disk_gb_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_gb_limit: Option<i32>,
    /// `disk_gb_usage`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_gb_usage: Option<i32>,
    /// `disk_volume_count_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_volume_count_limit: Option<i32>,
    /// `disk_volume_count_usage`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_volume_count_usage: Option<i32>,
    /// `disk_snapshot_count_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_snapshot_count_limit: Option<i32>,
    /// `disk_snapshot_count_usage`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_snapshot_count_usage: Option<i32>,
    /// `public_ip_address_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_address_limit: Option<i32>,
    /// `public_ip_address_usage`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_address_usage: Option<i32>,
    /// `subnet_count_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_count_limit: Option<i32>,
    /// `subnet_count_usage`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_count_usage: Option<i32>,
    /// `network_count_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_count_limit: Option<i32>,
    /// `network_count_usage`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_count_usage: Option<i32>,
    /// `security_group_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_limit: Option<i32>,
    /// `security_group_usage`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_usage: Option<i32>,
    /// `security_group_rule_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_rule_limit: Option<i32>,
    /// `security_group_rule_usage`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_rule_usage: Option<i32>,
    /// `port_count_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port_count_limit: Option<i32>,
    /// `port_count_usage`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port_count_usage: Option<i32>,
    /// `loadbalancer_count_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loadbalancer_count_limit: Option<i32>,
    /// `loadbalancer_count_usage`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loadbalancer_count_usage: Option<i32>,
    /// `objectstore_gb_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objectstore_gb_limit: Option<i32>,
    /// `objectstore_gb_usage`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objectstore_gb_usage: Option<i32>,
    /// `database_count_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_count_limit: Option<i32>,
    /// `database_count_usage`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_count_usage: Option<i32>,
    /// `database_snapshot_count_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_snapshot_count_limit: Option<i32>,
    /// `database_snapshot_count_usage`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_snapshot_count_usage: Option<i32>,
    /// `database_cpu_core_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_cpu_core_limit: Option<i32>,
    /// `database_cpu_core_usage`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_cpu_core_usage: Option<i32>,
    /// `database_ram_mb_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_ram_mb_limit: Option<i32>,
    /// `database_ram_mb_usage`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_ram_mb_usage: Option<i32>,
    /// `database_disk_gb_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_disk_gb_limit: Option<i32>,
    /// `database_disk_gb_usage`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_disk_gb_usage: Option<i32>,
}
/// Billable usage of one product over a period.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Charge {
    /// Product code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `label`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `from`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// `to`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Hours billed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_hours: Option<i32>,
    /// Size billed, for storage products.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_gb: Option<i32>,
}
/// An entry of the account audit log.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Action {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// `updated_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// `account_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// `user_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// What kind of action it was.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// `details`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// Resource the action concerned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related_id: Option<String>,
    /// `related_type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related_type: Option<String>,
    /// True for internal debug entries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debug: Option<bool>,
}
/// One page of audit log entries.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ActionPage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: Vec<Action>,
}
/// A Civo account.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Account {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// `updated_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// `label`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `email_address`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `api_key`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
    /// `token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// `flags`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<String>,
    /// `timezone`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// `partner`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<String>,
    /// `default_user_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_user_id: Option<String>,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// `email_confirmed`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_confirmed: Option<bool>,
    /// `credit_card_added`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_card_added: Option<bool>,
    /// `enabled`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}
/// One page of accounts.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountPage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: Vec<Account>,
}
/// An organisation grouping several accounts.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Organisation {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Token other accounts use to join the organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// `updated_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}
/// Name of the organisation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganisationRequest {
    /// `name`
    pub name: String,
}
/// Credentials proving the right to join an organisation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddOrganisationAccountRequest {
    /// `organisation_id`
    pub organisation_id: String,
    /// `organisation_token`
    pub organisation_token: String,
}
/// An account the user can act in.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MembershipAccount {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `email_address`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `label`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `organisation_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation_id: Option<String>,
}
/// An organisation the user belongs to.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MembershipOrganisation {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
/// Accounts and organisations available to the current user.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Memberships {
    /// `accounts`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Vec<MembershipAccount>>,
    /// `organisations`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisations: Option<Vec<MembershipOrganisation>>,
}
/// A person who can sign in to Civo.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct User {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `first_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// `last_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// `updated_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// `company_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    /// `email_address`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// `flags`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<String>,
    /// `token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// `marketing_allowed`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marketing_allowed: Option<i32>,
    /// `default_account_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_account_id: Option<String>,
    /// `password_digest`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_digest: Option<String>,
    /// `partner`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<String>,
    /// `partner_user_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_user_id: Option<String>,
    /// `referral_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referral_id: Option<String>,
    /// `last_chosen_region`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_chosen_region: Option<String>,
}
/// A group of users sharing permissions within an account.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Team {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// `updated_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}
/// A named bundle of permissions.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Role {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Comma-separated permission codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<String>,
    /// True for roles Civo provides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub built_in: Option<bool>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// `updated_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}
/// A user together with every account, organisation, team and role they relate to.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserEverything {
    /// `user`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
    /// `accounts`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Vec<Account>>,
    /// `organisations`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisations: Option<Vec<Organisation>>,
    /// `teams`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teams: Option<Vec<Team>>,
    /// `roles`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<Role>>,
}
/// Name of the team.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TeamRequest {
    /// `name`
    pub name: String,
}
/// A user's membership of a team.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TeamMember {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `team_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_id: Option<String>,
    /// `user_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Comma-separated permission codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<String>,
    /// Comma-separated role IDs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<String>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// `updated_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}
/// The user to add and what they may do.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddTeamMemberRequest {
    /// `user_id`
    pub user_id: String,
    /// Comma-separated permission codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<String>,
    /// Comma-separated role IDs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<String>,
}
/// New permissions and roles of a team member.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateTeamMemberRequest {
    /// Comma-separated permission codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<String>,
    /// Comma-separated role IDs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<String>,
}
/// A new role.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateRoleRequest {
    /// `name`
    pub name: String,
    /// Comma-separated permission codes.
    pub permissions: String,
}
/// A permission that can be granted.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Permission {
    /// `code`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
/// A URL Civo notifies when selected events happen.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Webhook {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `events`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<String>>,
    /// `url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Shared secret used to sign deliveries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// `disabled`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Number of failed deliveries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<i32>,
    /// `last_failure_reason`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_failure_reason: Option<String>,
}
/// Webhook settings.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebhookRequest {
    /// Event names to deliver.
    pub events: Vec<String>,
    /// `url`
    pub url: String,
    /// `secret`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}
/// A hardware size for instances, Kubernetes nodes or databases.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InstanceSize {
    /// What the size is for, e.g. `instance`, `kubernetes`, `database`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// `name`
    pub name: String,
    /// `nice_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nice_name: Option<String>,
    /// `cpu_cores`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_cores: Option<i32>,
    /// `gpu_count`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpu_count: Option<i32>,
    /// `gpu_type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpu_type: Option<String>,
    /// `ram_mb`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ram_mb: Option<i32>,
    /// `disk_gb`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_gb: Option<i32>,
    /// `transfer_tb`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_tb: Option<i32>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether the size can be chosen today.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selectable: Option<bool>,
}
/// An operating system image instances can boot from.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DiskImage {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: String,
    /// `name`
    pub name: String,
    /// `version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// `initial_user`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_user: Option<String>,
    /// `distribution`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution: Option<String>,
    /// `os`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub os: Option<String>,
    /// `disk_image_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_image_url: Option<String>,
    /// `disk_image_size_bytes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_image_size_bytes: Option<i64>,
    /// `logo_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// `created_by`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// True for the default image of its distribution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution_default: Option<bool>,
    /// e.g. `available`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `label`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}
/// Metadata of a custom image about to be uploaded.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateDiskImageRequest {
    /// `name`
    pub name: String,
    /// `distribution`
    pub distribution: String,
    /// `version`
    pub version: String,
    /// Where the image comes from.
    pub source: String,
    /// `os`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub os: Option<String>,
    /// `initial_user`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_user: Option<String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// SHA-256 checksum of the image file.
    pub image_sha256: String,
    /// MD5 checksum of the image file.
    pub image_md5: String,
    /// Logo, base64-encoded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_base64: Option<String>,
    /// `image_size_bytes`
    pub image_size_bytes: i64,
}
/// A custom image record waiting for its upload.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatedDiskImage {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: String,
    /// `name`
    pub name: String,
    /// `version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// `initial_user`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_user: Option<String>,
    /// `distribution`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution: Option<String>,
    /// `os`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub os: Option<String>,
    /// Where to upload the image file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_image_url: Option<String>,
    /// `disk_image_size_bytes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_image_size_bytes: Option<i64>,
    /// `logo_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// `created_by`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// True for the default image of its distribution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution_default: Option<bool>,
    /// `region`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// `image_size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_size: Option<i64>,
}
/// A volume attached to an instance.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AttachedVolume {
    /// `id`
    pub id: String,
}
/// Keeps instances with the given tags together or apart.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AffinityRule {
    /// e.g. `affinity` or `anti-affinity`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// `exclusive`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclusive: Option<bool>,
    /// `tags`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}
/// Constraints on where an instance is scheduled.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PlacementRule {
    /// `affinity_rules`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affinity_rules: Option<Vec<AffinityRule>>,
    /// Required node labels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_selector: Option<std::collections::BTreeMap<String, String>>,
}
/// A subnet of a private network.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Subnet {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `network_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_id: Option<String>,
    /// `subnet_size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_size: Option<String>,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}
/// A virtual machine.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Instance {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: String,
    /// `hostname`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// `reverse_dns`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reverse_dns: Option<String>,
    /// `size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// `region`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `network_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_id: Option<String>,
    /// `private_ip`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ip: Option<String>,
    /// `public_ip`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip: Option<String>,
    /// `ipv6`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6: Option<String>,
    /// `pseudo_ip`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pseudo_ip: Option<String>,
    /// `subnets`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnets: Option<Vec<Subnet>>,
    /// `diskimage` or `snapshot`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_type: Option<String>,
    /// Disk image or snapshot the instance was built from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// `template_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_id: Option<String>,
    /// `snapshot_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_id: Option<String>,
    /// `openstack_image_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub openstack_image_id: Option<String>,
    /// `openstack_server_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub openstack_server_id: Option<String>,
    /// `initial_user`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_user: Option<String>,
    /// `initial_password`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_password: Option<String>,
    /// `ssh_key`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssh_key: Option<String>,
    /// `ssh_key_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssh_key_id: Option<String>,
    /// Upper-case state, e.g. `BUILDING`, `ACTIVE`, `SHUTOFF`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// `notes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// `firewall_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall_id: Option<String>,
    /// `tags`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Cloud-init user data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub script: Option<String>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// `cpu_cores`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_cores: Option<i32>,
    /// `ram_mb`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ram_mb: Option<i32>,
    /// `disk_gb`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_gb: Option<i32>,
    /// `gpu_count`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpu_count: Option<i32>,
    /// `gpu_type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpu_type: Option<String>,
    /// `volume_backed`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_backed: Option<bool>,
    /// `volume_type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_type: Option<String>,
    /// `attached_volumes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attached_volumes: Option<Vec<AttachedVolume>>,
    /// `reserved_ip_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserved_ip_id: Option<String>,
    /// `reserved_ip_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserved_ip_name: Option<String>,
    /// `reserved_ip`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserved_ip: Option<String>,
    /// `placement_rule`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement_rule: Option<PlacementRule>,
    /// `network_bandwidth_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_bandwidth_limit: Option<i32>,
    /// `allowed_ips`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_ips: Option<Vec<String>>,
    /// `rescue_password`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rescue_password: Option<String>,
    /// `civostatsd_token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub civostatsd_token: Option<String>,
    /// `civostatsd_stats`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub civostatsd_stats: Option<String>,
    /// `civostatsd_stats_per_minute`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub civostatsd_stats_per_minute: Option<Vec<String>>,
    /// `civostatsd_stats_per_hour`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub civostatsd_stats_per_hour: Option<Vec<String>>,
}
/// One page of instances.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InstancePage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: Vec<Instance>,
}
/// Settings of new instances; the server applies defaults for anything left out.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateInstanceRequest {
    /// How many identical instances to create.
    ///
    /// Defaults to `1` when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
    /// `hostname`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// `reverse_dns`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reverse_dns: Option<String>,
    /// `size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `"true"` or `"false"` (a string): whether to give the instance a public address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip: Option<String>,
    /// Reserved IP to use as the public address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserved_ipv4: Option<String>,
    /// `private_ipv4`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ipv4: Option<String>,
    /// `network_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_id: Option<String>,
    /// `template_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_id: Option<String>,
    /// `diskimage` or `snapshot`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_type: Option<String>,
    /// Disk image or snapshot to boot from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// `snapshot_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_id: Option<String>,
    /// Subnet IDs to attach.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnets: Option<Vec<String>>,
    /// `initial_user`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_user: Option<String>,
    /// `ssh_key_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssh_key_id: Option<String>,
    /// Cloud-init user data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub script: Option<String>,
    /// Space-separated tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<String>,
    /// `firewall_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall_id: Option<String>,
    /// `volume_type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_type: Option<String>,
    /// `attached_volumes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attached_volumes: Option<Vec<AttachedVolume>>,
    /// `placement_rule`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement_rule: Option<PlacementRule>,
    /// `network_bandwidth_limit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_bandwidth_limit: Option<i32>,
    /// `allowed_ips`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_ips: Option<Vec<String>>,
}
/// Instance fields to change.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateInstanceRequest {
    /// `hostname`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// `reverse_dns`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reverse_dns: Option<String>,
    /// `notes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Set to clear the notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes_delete: Option<String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `"true"` or `"false"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip: Option<String>,
    /// `subnets`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnets: Option<Vec<String>>,
}
/// Replacement tag list.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetInstanceTagsRequest {
    /// Space-separated tags.
    pub tags: String,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// The size to move to.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResizeInstanceRequest {
    /// `size`
    pub size: String,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// The firewall to apply.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetInstanceFirewallRequest {
    /// `firewall_id`
    pub firewall_id: String,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// Addresses the instance may use.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateAllowedIpsRequest {
    /// `allowed_ips`
    pub allowed_ips: Vec<String>,
}
/// New bandwidth cap.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateBandwidthLimitRequest {
    /// Limit in Mbit/s; 0 removes it.
    pub network_bandwidth_limit: i32,
}
/// A console session that was opened.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VncSession {
    /// Browser URL of the console.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// How long it stays open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
}
/// The console session currently open.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VncStatus {
    /// `uri`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// When it closes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<String>,
}
/// State of one volume inside a snapshot.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SnapshotVolumeState {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `state`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}
/// Progress of a snapshot.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SnapshotStatus {
    /// `state`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// `volumes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<SnapshotVolumeState>>,
}
/// A point-in-time copy of an instance, optionally with its volumes.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InstanceSnapshot {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `included_volumes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub included_volumes: Option<Vec<String>>,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SnapshotStatus>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
}
/// Name and description of the snapshot.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateInstanceSnapshotRequest {
    /// `name`
    pub name: String,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
/// Snapshot fields to change.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateInstanceSnapshotRequest {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
/// How to restore an instance snapshot.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RestoreInstanceSnapshotRequest {
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `hostname`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// `private_ipv4`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ipv4: Option<String>,
    /// Restore onto the original instance instead of a new one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overwrite_existing: Option<bool>,
}
/// Progress of a restore.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RestoreStatus {
    /// `state`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}
/// A restore job started from a snapshot.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InstanceRestoreInfo {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `hostname`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `from_snapshot`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_snapshot: Option<String>,
    /// `private_ipv4`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ipv4: Option<String>,
    /// `overwrite_existing`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overwrite_existing: Option<bool>,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RestoreStatus>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Unset until the restore finishes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<String>,
}
/// The instance part of a resource snapshot.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ResourceSnapshotInstance {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `included_volumes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub included_volumes: Option<Vec<String>>,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SnapshotStatus>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
}
/// A snapshot of a resource, taken by hand or by a schedule.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ResourceSnapshot {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// e.g. `instance`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// `instance`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<ResourceSnapshotInstance>,
}
/// Snapshot fields to change.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateResourceSnapshotRequest {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
/// How to restore the instance part of a resource snapshot.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InstanceRestoreOptions {
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `hostname`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// `private_ipv4`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ipv4: Option<String>,
    /// `include_volumes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_volumes: Option<bool>,
    /// `overwrite_existing`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overwrite_existing: Option<bool>,
}
/// Restore options per resource type.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RestoreResourceSnapshotRequest {
    /// `instance`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<InstanceRestoreOptions>,
}
/// A restore started from a resource snapshot.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ResourceSnapshotRestore {
    /// `resource_type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// `instance`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<InstanceRestoreInfo>,
}
/// How long scheduled snapshots are kept.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SnapshotRetention {
    /// `period`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// `max_snapshots`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_snapshots: Option<i32>,
}
/// An instance covered by a snapshot schedule.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ScheduledInstance {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// `included_volumes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub included_volumes: Option<Vec<String>>,
}
/// The latest snapshot a schedule took.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct LastSnapshot {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `state`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}
/// State of a schedule.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SnapshotScheduleStatus {
    /// `state`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// `last_snapshot`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_snapshot: Option<LastSnapshot>,
}
/// Recurring snapshots of a set of instances.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SnapshotSchedule {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `cron_expression`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cron_expression: Option<String>,
    /// `paused`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paused: Option<bool>,
    /// `retention`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<SnapshotRetention>,
    /// `instances`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instances: Option<Vec<ScheduledInstance>>,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SnapshotScheduleStatus>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
}
/// An instance to include in a new schedule.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ScheduleInstanceSelection {
    /// `instance_id`
    pub instance_id: String,
    /// `include_volumes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_volumes: Option<bool>,
}
/// A new snapshot schedule.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateSnapshotScheduleRequest {
    /// `name`
    pub name: String,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `cron_expression`
    pub cron_expression: String,
    /// `retention`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<SnapshotRetention>,
    /// `instances`
    pub instances: Vec<ScheduleInstanceSelection>,
}
/// Schedule fields to change.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateSnapshotScheduleRequest {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `paused`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paused: Option<bool>,
}
/// A public SSH key that can be installed on new instances.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SshKey {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `fingerprint`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    /// `public_key`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
}
/// A key to upload.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateSshKeyRequest {
    /// `name`
    pub name: String,
    /// OpenSSH public key text.
    pub public_key: String,
}
/// New name of the key.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateSshKeyRequest {
    /// `name`
    pub name: String,
}
/// A kind of block storage.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VolumeType {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `enabled`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// `labels`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
}
/// A block storage volume.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Volume {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `instance_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// `cluster_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// `network_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_id: Option<String>,
    /// `mountpoint`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mountpoint: Option<String>,
    /// e.g. `available`, `attached`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// `volume_type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_type: Option<String>,
    /// `size_gb`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_gb: Option<i32>,
    /// `bootable`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bootable: Option<bool>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
}
/// A new volume.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateVolumeRequest {
    /// `name`
    pub name: String,
    /// `namespace`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// `cluster_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// `network_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_id: Option<String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `size_gb`
    pub size_gb: i32,
    /// `bootable`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bootable: Option<bool>,
    /// `volume_type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_type: Option<String>,
    /// Snapshot to create the volume from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_id: Option<String>,
}
/// Outcome of creating a volume.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VolumeResult {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `result`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
}
/// The new size; it must be larger than the current one.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResizeVolumeRequest {
    /// `size_gb`
    pub size_gb: i32,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// The instance to attach to.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AttachVolumeRequest {
    /// `instance_id`
    pub instance_id: String,
    /// `attach_at_boot`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attach_at_boot: Option<bool>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// A point-in-time copy of a volume.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VolumeSnapshot {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `snapshot_id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_id: Option<String>,
    /// `snapshot_description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_description: Option<String>,
    /// `volume_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_id: Option<String>,
    /// `instance_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// `source_volume_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_volume_name: Option<String>,
    /// Size in bytes needed to restore.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restore_size: Option<i64>,
    /// `state`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// When the snapshot was taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<String>,
}
/// A new volume snapshot.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateVolumeSnapshotRequest {
    /// `name`
    pub name: String,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// The credential that owns a bucket.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ObjectStoreOwner {
    /// `access_key_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_key_id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `credential_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential_id: Option<String>,
}
/// An S3-compatible bucket.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ObjectStore {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Capacity in GB.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_size: Option<i32>,
    /// `owner_info`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_info: Option<ObjectStoreOwner>,
    /// Host serving the bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objectstore_endpoint: Option<String>,
    /// e.g. `ready`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}
/// One page of object stores.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ObjectStorePage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: Vec<ObjectStore>,
}
/// A new bucket.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateObjectStoreRequest {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `max_size_gb`
    pub max_size_gb: i32,
    /// Existing credential to own the bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_key_id: Option<String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// New capacity.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateObjectStoreRequest {
    /// `max_size_gb`
    pub max_size_gb: i32,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// Usage of a bucket.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ObjectStoreStats {
    /// `size_kb_utilised`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_kb_utilised: Option<i64>,
    /// `max_size_kb`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_size_kb: Option<i64>,
    /// `num_objects`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_objects: Option<i64>,
}
/// An access key pair for object stores.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ObjectStoreCredential {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `access_key_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_key_id: Option<String>,
    /// The secret key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_access_key_id: Option<String>,
    /// `max_size_gb`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_size_gb: Option<i32>,
    /// `suspended`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspended: Option<bool>,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}
/// One page of object store credentials.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ObjectStoreCredentialPage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: Vec<ObjectStoreCredential>,
}
/// A new key pair; keys are generated when not given.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateObjectStoreCredentialRequest {
    /// `name`
    pub name: String,
    /// `access_key_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_key_id: Option<String>,
    /// `secret_access_key_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_access_key_id: Option<String>,
    /// `max_size_gb`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_size_gb: Option<i32>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// Credential fields to change.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateObjectStoreCredentialRequest {
    /// `access_key_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_key_id: Option<String>,
    /// `secret_access_key_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_access_key_id: Option<String>,
    /// `max_size_gb`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_size_gb: Option<i32>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// A private network.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Network {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `label`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// True for the region's default network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<bool>,
    /// `cidr`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cidr: Option<String>,
    /// `cidr_v6`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cidr_v6: Option<String>,
    /// e.g. `Active`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// `ipv4_enabled`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv4_enabled: Option<bool>,
    /// `ipv6_enabled`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_enabled: Option<bool>,
    /// `nameservers_v4`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nameservers_v4: Option<Vec<String>>,
    /// `nameservers_v6`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nameservers_v6: Option<Vec<String>>,
    /// `vlan_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vlan_id: Option<i32>,
    /// `physical_interface`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub physical_interface: Option<String>,
    /// `gateway_ipv4`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_ipv4: Option<String>,
    /// `allocation_pool_v4_start`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allocation_pool_v4_start: Option<String>,
    /// `allocation_pool_v4_end`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allocation_pool_v4_end: Option<String>,
    /// `free_ip_count`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_ip_count: Option<i32>,
}
/// Connects the network to an existing VLAN.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VlanConnect {
    /// `vlan_id`
    pub vlan_id: i32,
    /// `physical_interface`
    ///
    /// Defaults to `"eth0"` when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub physical_interface: Option<String>,
    /// `cidr_v4`
    pub cidr_v4: String,
    /// `gateway_ipv4`
    pub gateway_ipv4: String,
    /// `allocation_pool_v4_start`
    pub allocation_pool_v4_start: String,
    /// `allocation_pool_v4_end`
    pub allocation_pool_v4_end: String,
}
/// Network settings; renaming only needs `label`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NetworkRequest {
    /// `label`
    pub label: String,
    /// `"true"` to make it the default network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// `ipv4_enabled`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv4_enabled: Option<bool>,
    /// `nameservers_v4`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nameservers_v4: Option<Vec<String>>,
    /// `cidr_v4`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cidr_v4: Option<String>,
    /// `ipv6_enabled`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_enabled: Option<bool>,
    /// `nameservers_v6`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nameservers_v6: Option<Vec<String>>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `vlan_connect`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vlan_connect: Option<VlanConnect>,
}
/// Outcome of creating or updating a network.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct NetworkResult {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `label`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `result`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
}
/// A new subnet.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateSubnetRequest {
    /// `name`
    pub name: String,
}
/// The resource to route the subnet to.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AttachSubnetRequest {
    /// `resource_id`
    pub resource_id: String,
    /// `resource_type`
    pub resource_type: String,
}
/// A subnet attached to a resource.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Route {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `subnet_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// `network_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_id: Option<String>,
    /// `resource_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// `resource_type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
}
/// One rule of a firewall.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FirewallRule {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `firewall_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall_id: Option<String>,
    /// `tcp`, `udp` or `icmp`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// `start_port`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_port: Option<String>,
    /// `end_port`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_port: Option<String>,
    /// Ports as a list or range, e.g. `80,443` or `1-65535`; takes precedence over start/end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ports: Option<String>,
    /// `cidr`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cidr: Option<Vec<String>>,
    /// `ingress` or `egress`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<String>,
    /// `allow` or `deny`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// `label`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}
/// A set of rules controlling traffic to instances, clusters and load balancers.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Firewall {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `rules_count`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules_count: Option<i32>,
    /// `instance_count`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_count: Option<i32>,
    /// `cluster_count`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_count: Option<i32>,
    /// `loadbalancer_count`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loadbalancer_count: Option<i32>,
    /// `network_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_id: Option<String>,
    /// `rules`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<FirewallRule>>,
}
/// A new rule; give a protocol, CIDRs, direction, action and ports.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateFirewallRuleRequest {
    /// `tcp`, `udp` or `icmp`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// `start_port`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_port: Option<String>,
    /// `end_port`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_port: Option<String>,
    /// Ports as a list or range, e.g. `80,443` or `1-65535`; takes precedence over start/end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ports: Option<String>,
    /// `cidr`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cidr: Option<Vec<String>>,
    /// `ingress` or `egress`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<String>,
    /// `allow` or `deny`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// `label`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// A new firewall.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateFirewallRequest {
    /// `name`
    pub name: String,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `network_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_id: Option<String>,
    /// Set to false to start without the default rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_rules: Option<bool>,
    /// Rules to create with the firewall.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<CreateFirewallRuleRequest>>,
}
/// New name of the firewall.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateFirewallRequest {
    /// `name`
    pub name: String,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// Outcome of creating a firewall.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FirewallResult {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `result`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
}
/// A fixed backend address.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct LoadBalancerBackend {
    /// `ip`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// e.g. `TCP`, `HTTP`, `HTTPS`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// `source_port`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_port: Option<i32>,
    /// `target_port`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_port: Option<i32>,
    /// `health_check_port`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_port: Option<i32>,
}
/// How backends are probed.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct HealthCheck {
    /// `port`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    /// `path`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}
/// Backends chosen by instance tags or names.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct LoadBalancerInstancePool {
    /// `tags`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// `names`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub names: Option<Vec<String>>,
    /// `protocol`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// `source_port`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_port: Option<i32>,
    /// `target_port`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_port: Option<i32>,
    /// `health_check`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check: Option<HealthCheck>,
}
/// Timeouts of the load balancer.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct LoadBalancerOptions {
    /// `server_timeout`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_timeout: Option<String>,
    /// `client_timeout`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_timeout: Option<String>,
}
/// A managed load balancer.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct LoadBalancer {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `service_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// e.g. `round_robin`, `least_connections`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm: Option<String>,
    /// `backends`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backends: Option<Vec<LoadBalancerBackend>>,
    /// `instance_pools`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_pools: Option<Vec<LoadBalancerInstancePool>>,
    /// e.g. `Cluster` or `Local`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_traffic_policy: Option<String>,
    /// e.g. `None` or `ClientIP`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_affinity: Option<String>,
    /// `session_affinity_config_timeout`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_affinity_config_timeout: Option<i32>,
    /// `send-proxy`, `send-proxy-v2` or empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_proxy_protocol: Option<String>,
    /// `firewall_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall_id: Option<String>,
    /// `max_concurrent_requests`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_concurrent_requests: Option<i32>,
    /// `options`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<LoadBalancerOptions>,
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `network_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_id: Option<String>,
    /// `public_ip`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip: Option<String>,
    /// `private_ip`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ip: Option<String>,
    /// `cluster_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// e.g. `available`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// `reserved_ip_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserved_ip_id: Option<String>,
    /// `reserved_ip_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserved_ip_name: Option<String>,
    /// `reserved_ip`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserved_ip: Option<String>,
}
/// A new load balancer.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateLoadBalancerRequest {
    /// `name`
    pub name: String,
    /// `service_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// e.g. `round_robin`, `least_connections`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm: Option<String>,
    /// `backends`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backends: Option<Vec<LoadBalancerBackend>>,
    /// `instance_pools`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_pools: Option<Vec<LoadBalancerInstancePool>>,
    /// e.g. `Cluster` or `Local`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_traffic_policy: Option<String>,
    /// e.g. `None` or `ClientIP`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_affinity: Option<String>,
    /// `session_affinity_config_timeout`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_affinity_config_timeout: Option<i32>,
    /// `send-proxy`, `send-proxy-v2` or empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_proxy_protocol: Option<String>,
    /// `firewall_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall_id: Option<String>,
    /// `max_concurrent_requests`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_concurrent_requests: Option<i32>,
    /// `options`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<LoadBalancerOptions>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `network_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_id: Option<String>,
    /// `cluster_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Ports to open when no firewall is given, e.g. `all`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall_rule: Option<String>,
}
/// Load balancer settings to change.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateLoadBalancerRequest {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `service_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// e.g. `round_robin`, `least_connections`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm: Option<String>,
    /// `backends`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backends: Option<Vec<LoadBalancerBackend>>,
    /// `instance_pools`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_pools: Option<Vec<LoadBalancerInstancePool>>,
    /// e.g. `Cluster` or `Local`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_traffic_policy: Option<String>,
    /// e.g. `None` or `ClientIP`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_affinity: Option<String>,
    /// `session_affinity_config_timeout`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_affinity_config_timeout: Option<i32>,
    /// `send-proxy`, `send-proxy-v2` or empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_proxy_protocol: Option<String>,
    /// `firewall_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall_id: Option<String>,
    /// `max_concurrent_requests`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_concurrent_requests: Option<i32>,
    /// `options`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<LoadBalancerOptions>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// What a reserved IP is attached to.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IpAssignment {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `instance` or `loadbalancer`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
/// A public IPv4 address kept independently of any instance.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ReservedIp {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Defaults to the address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `ip`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// `assigned_to`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<IpAssignment>,
}
/// One page of reserved IPs.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReservedIpPage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: Vec<ReservedIp>,
}
/// A new reserved IP.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateReservedIpRequest {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// New name of the address.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateReservedIpRequest {
    /// `name`
    pub name: String,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// `assign` or `unassign`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReservedIpActionRequestAction {
    /// `assign`
    Assign,
    /// `unassign`
    Unassign,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ReservedIpActionRequestAction {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Assign => "assign",
            Self::Unassign => "unassign",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ReservedIpActionRequestAction {
    fn from(value: String) -> Self {
        match value.as_str() {
            "assign" => Self::Assign,
            "unassign" => Self::Unassign,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ReservedIpActionRequestAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ReservedIpActionRequestAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ReservedIpActionRequestAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// Assign the address to, or release it from, a resource.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReservedIpActionRequest {
    /// `assign` or `unassign`.
    pub action: ReservedIpActionRequestAction,
    /// Target resource; needed to assign.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assign_to_id: Option<String>,
    /// `instance` or `loadbalancer`; needed to assign.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assign_to_type: Option<String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// A domain whose DNS Civo serves.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DnsDomain {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `account_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
/// The domain name.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DnsDomainRequest {
    /// `name`
    pub name: String,
}
/// A record in a DNS domain.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DnsRecord {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `account_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// `domain_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain_id: Option<String>,
    /// `@` for the apex, or a label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `value`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// `A`, `CNAME`, `MX`, `SRV`, `TXT`, `NS` (others such as `AAAA` may appear).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// `priority`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<i32>,
    /// `ttl`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i32>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// `updated_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}
/// Record contents.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DnsRecordRequest {
    /// `type`
    #[serde(rename = "type")]
    pub type_: String,
    /// `name`
    pub name: String,
    /// `value`
    pub value: String,
    /// `priority`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<i32>,
    /// `ttl`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i32>,
}
/// The `TaintEffect` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TaintEffect {
    /// `NoSchedule`
    NoSchedule,
    /// `PreferNoSchedule`
    PreferNoSchedule,
    /// `NoExecute`
    NoExecute,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl TaintEffect {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoSchedule => "NoSchedule",
            Self::PreferNoSchedule => "PreferNoSchedule",
            Self::NoExecute => "NoExecute",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for TaintEffect {
    fn from(value: String) -> Self {
        match value.as_str() {
            "NoSchedule" => Self::NoSchedule,
            "PreferNoSchedule" => Self::PreferNoSchedule,
            "NoExecute" => Self::NoExecute,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for TaintEffect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for TaintEffect {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for TaintEffect {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// A Kubernetes node taint.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Taint {
    /// `key`
    pub key: String,
    /// `value`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// `effect`
    pub effect: TaintEffect,
    /// `timeAdded`
    #[serde(rename = "timeAdded", default, skip_serializing_if = "Option::is_none")]
    pub time_added: Option<String>,
}
/// A node of a Kubernetes cluster.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct KubernetesInstance {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `hostname`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// `size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// `region`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `source_type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_type: Option<String>,
    /// `source_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// `initial_user`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_user: Option<String>,
    /// `initial_password`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_password: Option<String>,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// `firewall_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall_id: Option<String>,
    /// `public_ip`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip: Option<String>,
    /// `cpu_cores`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_cores: Option<i32>,
    /// `ram_mb`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ram_mb: Option<i32>,
    /// `disk_gb`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_gb: Option<i32>,
    /// `tags`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// `civostatsd_token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub civostatsd_token: Option<String>,
}
/// A group of identically sized nodes.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct KubernetesPool {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `count`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
    /// `size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// `instance_names`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_names: Option<Vec<String>>,
    /// `instances`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instances: Option<Vec<KubernetesInstance>>,
    /// `labels`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// `annotations`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<std::collections::BTreeMap<String, String>>,
    /// `taints`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taints: Option<Vec<Taint>>,
    /// Whether nodes get public addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_node_pool: Option<bool>,
}
/// A pool the cluster asked for, as requested.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RequiredPool {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// `count`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
    /// `labels`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// `annotations`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<std::collections::BTreeMap<String, String>>,
    /// `taints`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taints: Option<Vec<Taint>>,
    /// `public_ip_node_pool`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_node_pool: Option<bool>,
}
/// A marketplace application installed on a cluster.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InstalledApplication {
    /// `application`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// `dependencies`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dependencies: Option<Vec<String>>,
    /// `maintainer`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maintainer: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Notes shown after installation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_install: Option<String>,
    /// `installed`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub installed: Option<bool>,
    /// `url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `category`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `updated_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// `image_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// `plan`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    /// Configuration by key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<
        std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
    >,
}
/// A readiness condition of a cluster.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ClusterCondition {
    /// `type`
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// `True`, `False` or `Unknown`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// `synced`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub synced: Option<bool>,
    /// `last_transition_time`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_transition_time: Option<String>,
    /// `reason`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `message`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
/// A managed Kubernetes cluster.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct KubernetesCluster {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `generated_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generated_name: Option<String>,
    /// Civo's build version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// `kubernetes_version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kubernetes_version: Option<String>,
    /// e.g. `ACTIVE`, `BUILDING`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// `ready`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ready: Option<bool>,
    /// `k3s` or `talos`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_type: Option<String>,
    /// `num_target_nodes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_target_nodes: Option<i32>,
    /// `target_nodes_size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_nodes_size: Option<String>,
    /// `built_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub built_at: Option<String>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Kubeconfig file (YAML).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kubeconfig: Option<String>,
    /// `api_endpoint`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_endpoint: Option<String>,
    /// `master_ip`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub master_ip: Option<String>,
    /// `dns_entry`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_entry: Option<String>,
    /// `upgrade_available_to`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upgrade_available_to: Option<String>,
    /// `legacy`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legacy: Option<bool>,
    /// `network_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_id: Option<String>,
    /// `firewall_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall_id: Option<String>,
    /// `namespace`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// `tags`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// `instances`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instances: Option<Vec<KubernetesInstance>>,
    /// `pools`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pools: Option<Vec<KubernetesPool>>,
    /// `required_pools`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_pools: Option<Vec<RequiredPool>>,
    /// `installed_applications`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub installed_applications: Option<Vec<InstalledApplication>>,
    /// `flannel` or `cilium`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cni_plugin: Option<String>,
    /// `"true"` or `"false"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccm_installed: Option<String>,
    /// `conditions`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<ClusterCondition>>,
    /// `volume_type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_type: Option<String>,
}
/// One page of Kubernetes clusters.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct KubernetesClusterPage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: Vec<KubernetesCluster>,
}
/// A node pool in a cluster create or update request.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct KubernetesPoolSpec {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `count`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
    /// `size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// `labels`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// `taints`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taints: Option<Vec<Taint>>,
    /// `public_ip_node_pool`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_node_pool: Option<bool>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// A new cluster.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateKubernetesClusterRequest {
    /// `name`
    pub name: String,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `k3s` or `talos`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_type: Option<String>,
    /// `num_target_nodes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_target_nodes: Option<i32>,
    /// `target_nodes_size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_nodes_size: Option<String>,
    /// `kubernetes_version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kubernetes_version: Option<String>,
    /// Hostname of the node to drop when shrinking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_destroy: Option<String>,
    /// `network_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_id: Option<String>,
    /// Space-separated tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<String>,
    /// `pools`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pools: Option<Vec<KubernetesPoolSpec>>,
    /// Comma-separated marketplace application names, optionally `name:plan`; on update a leading `-` removes one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applications: Option<String>,
    /// `instance_firewall`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_firewall: Option<String>,
    /// Ports to open on the API firewall, e.g. `6443` or `all`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall_rule: Option<String>,
    /// `firewall_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall_id: Option<String>,
    /// `flannel` or `cilium`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cni_plugin: Option<String>,
    /// `volume_type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_type: Option<String>,
}
/// Cluster settings to change; omitted fields stay as they are.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateKubernetesClusterRequest {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `k3s` or `talos`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_type: Option<String>,
    /// `num_target_nodes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_target_nodes: Option<i32>,
    /// `target_nodes_size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_nodes_size: Option<String>,
    /// `kubernetes_version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kubernetes_version: Option<String>,
    /// Hostname of the node to drop when shrinking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_destroy: Option<String>,
    /// `network_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_id: Option<String>,
    /// Space-separated tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<String>,
    /// `pools`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pools: Option<Vec<KubernetesPoolSpec>>,
    /// Comma-separated marketplace application names, optionally `name:plan`; on update a leading `-` removes one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applications: Option<String>,
    /// `instance_firewall`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_firewall: Option<String>,
    /// Ports to open on the API firewall, e.g. `6443` or `all`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall_rule: Option<String>,
    /// `firewall_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall_id: Option<String>,
    /// `flannel` or `cilium`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cni_plugin: Option<String>,
    /// `volume_type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_type: Option<String>,
}
/// The node to rebuild.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RecycleNodeRequest {
    /// `hostname`
    pub hostname: String,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// A new node pool.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateKubernetesPoolRequest {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `count`
    pub count: i32,
    /// `size`
    pub size: String,
    /// `labels`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// `taints`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taints: Option<Vec<Taint>>,
    /// `public_ip_node_pool`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_node_pool: Option<bool>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// Node pool settings to change.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateKubernetesPoolRequest {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `count`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
    /// `size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// `labels`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// `taints`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taints: Option<Vec<Taint>>,
    /// `public_ip_node_pool`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_node_pool: Option<bool>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// A Kubernetes version clusters can run.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct KubernetesVersion {
    /// `label`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Release channel, e.g. `stable`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// `default`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<bool>,
    /// `k3s` or `talos`.
    #[serde(rename = "clusterType", default, skip_serializing_if = "Option::is_none")]
    pub cluster_type: Option<String>,
}
/// A configuration value of a plan.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PlanValue {
    /// `value`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
/// A variant of a marketplace application.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MarketplacePlan {
    /// `label`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Values by key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<std::collections::BTreeMap<String, PlanValue>>,
}
/// An application that can be installed on a cluster.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MarketplaceApplication {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `title`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// `version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Installed unless opted out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<bool>,
    /// `dependencies`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dependencies: Option<Vec<String>>,
    /// `maintainer`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maintainer: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `post_install`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_install: Option<String>,
    /// `url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `category`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `plans`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plans: Option<Vec<MarketplacePlan>>,
}
/// How many processes of one type run.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ProcessInfo {
    /// `processType`
    #[serde(rename = "processType", default, skip_serializing_if = "Option::is_none")]
    pub process_type: Option<String>,
    /// `processCount`
    #[serde(rename = "processCount", default, skip_serializing_if = "Option::is_none")]
    pub process_count: Option<i32>,
}
/// An environment variable of an application.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EnvVar {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `value`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
/// An application hosted on Civo's platform service.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Application {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    pub name: String,
    /// `network_id`
    pub network_id: String,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `image`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// `size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// `process_info`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process_info: Option<Vec<ProcessInfo>>,
    /// `domains`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<String>>,
    /// `ssh_key_ids`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssh_key_ids: Option<Vec<String>>,
    /// `config`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<Vec<EnvVar>>,
    /// e.g. `building`, `available`, `ready`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}
/// One page of applications.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ApplicationPage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: Vec<Application>,
}
/// A new application.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateApplicationRequest {
    /// `name`
    pub name: String,
    /// `network_id`
    pub network_id: String,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// `ssh_key_ids`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssh_key_ids: Option<Vec<String>>,
}
/// Application settings to change.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateApplicationRequest {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `advanced`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced: Option<bool>,
    /// `image`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `process_info`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process_info: Option<Vec<ProcessInfo>>,
    /// `size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// `ssh_key_ids`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssh_key_ids: Option<Vec<String>>,
    /// `config`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<Vec<EnvVar>>,
    /// `domains`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<String>>,
}
/// Login details of a database user.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DatabaseUserInfo {
    /// `username`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// `password`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// `port`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
}
/// A managed database cluster.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Database {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `nodes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nodes: Option<i32>,
    /// `size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// e.g. `MySQL`, `PostgreSQL`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub software: Option<String>,
    /// `software_version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub software_version: Option<String>,
    /// `public_ipv4`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ipv4: Option<String>,
    /// `private_ipv4`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ipv4: Option<String>,
    /// `network_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_id: Option<String>,
    /// `firewall_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall_id: Option<String>,
    /// `port`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    /// `username`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// `password`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// `database_user_info`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_user_info: Option<Vec<DatabaseUserInfo>>,
    /// `dns_entry`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_entry: Option<String>,
    /// e.g. `Ready`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}
/// One page of databases.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DatabasePage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: Vec<Database>,
}
/// A new database.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateDatabaseRequest {
    /// `name`
    pub name: String,
    /// `size`
    pub size: String,
    /// `software`
    pub software: String,
    /// `software_version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub software_version: Option<String>,
    /// `network_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_id: Option<String>,
    /// `nodes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nodes: Option<i32>,
    /// `firewall_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall_id: Option<String>,
    /// `firewall_rule`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall_rule: Option<String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// Database settings to change.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateDatabaseRequest {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `nodes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nodes: Option<i32>,
    /// `firewall_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall_id: Option<String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// Which backup to restore.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RestoreDatabaseRequest {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Name of the backup.
    pub backup: String,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// A version of a database engine.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DatabaseVersion {
    /// `software_version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub software_version: Option<String>,
    /// `default`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<bool>,
}
/// Available versions, keyed by engine name.
pub type DatabaseVersions = std::collections::BTreeMap<String, Vec<DatabaseVersion>>;
/// A backup of a database, one-off or scheduled.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DatabaseBackup {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `software`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub software: Option<String>,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Cron expression, for scheduled backups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<String>,
    /// `database_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_name: Option<String>,
    /// `database_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_id: Option<String>,
    /// `is_scheduled`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_scheduled: Option<bool>,
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
}
/// One page of database backups.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DatabaseBackupPage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: Vec<DatabaseBackup>,
}
/// A new backup: give `schedule` for a recurring one, or `type` for a one-off.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateDatabaseBackupRequest {
    /// `name`
    pub name: String,
    /// `schedule`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<String>,
    /// `type`
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// New settings of the scheduled backup.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateDatabaseBackupRequest {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `schedule`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
/// The `ListVolumeSnapshotsResourceType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListVolumeSnapshotsResourceType {
    /// `volume`
    Volume,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ListVolumeSnapshotsResourceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Volume => "volume",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ListVolumeSnapshotsResourceType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "volume" => Self::Volume,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ListVolumeSnapshotsResourceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ListVolumeSnapshotsResourceType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ListVolumeSnapshotsResourceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `GetVolumeSnapshotResourceType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetVolumeSnapshotResourceType {
    /// `volume`
    Volume,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl GetVolumeSnapshotResourceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Volume => "volume",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for GetVolumeSnapshotResourceType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "volume" => Self::Volume,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for GetVolumeSnapshotResourceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for GetVolumeSnapshotResourceType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for GetVolumeSnapshotResourceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
