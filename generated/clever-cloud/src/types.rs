//! Types of the API's request and response bodies.
#![allow(clippy::derivable_impls, clippy::large_enum_variant)]
/// One HTTP access-log record; fields are not published.
pub type AccessLog = std::collections::BTreeMap<String, serde_json::Value>;
/// An add-on as returned by the API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Addon {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `realId`
    #[serde(rename = "realId", default, skip_serializing_if = "Option::is_none")]
    pub real_id: Option<String>,
    /// `region`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `zoneId`
    #[serde(rename = "zoneId", default, skip_serializing_if = "Option::is_none")]
    pub zone_id: Option<String>,
    /// `provider`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<AddonProviderInfo>,
    /// `plan`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<AddonPlan>,
    /// `creationDate`
    ///
    /// Set by the server; ignored in requests.
    #[serde(rename = "creationDate", default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<i64>,
    /// `configKeys`
    #[serde(rename = "configKeys", default, skip_serializing_if = "Option::is_none")]
    pub config_keys: Option<Vec<String>>,
}
/// The `AddonBillingInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AddonBillingInput {
    /// `cost`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<f64>,
}
/// The `AddonConfigInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AddonConfigInput {
    /// `config`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<std::collections::BTreeMap<String, String>>,
}
/// The `AddonFeatureType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AddonFeatureType {
    /// `BOOLEAN`
    Boolean,
    /// `INTERVAL`
    Interval,
    /// `FILESIZE`
    Filesize,
    /// `NUMBER`
    Number,
    /// `PERCENTAGE`
    Percentage,
    /// `STRING`
    String_,
    /// `OBJECT`
    Object,
    /// `BYTES`
    Bytes,
    /// `BOOLEAN_SHARED`
    BooleanShared,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl AddonFeatureType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Boolean => "BOOLEAN",
            Self::Interval => "INTERVAL",
            Self::Filesize => "FILESIZE",
            Self::Number => "NUMBER",
            Self::Percentage => "PERCENTAGE",
            Self::String_ => "STRING",
            Self::Object => "OBJECT",
            Self::Bytes => "BYTES",
            Self::BooleanShared => "BOOLEAN_SHARED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for AddonFeatureType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "BOOLEAN" => Self::Boolean,
            "INTERVAL" => Self::Interval,
            "FILESIZE" => Self::Filesize,
            "NUMBER" => Self::Number,
            "PERCENTAGE" => Self::Percentage,
            "STRING" => Self::String_,
            "OBJECT" => Self::Object,
            "BYTES" => Self::Bytes,
            "BOOLEAN_SHARED" => Self::BooleanShared,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for AddonFeatureType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for AddonFeatureType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AddonFeatureType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `AddonFeature` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AddonFeature {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `type`
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<AddonFeatureType>,
    /// `name_code`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_code: Option<String>,
}
/// The `AddonFeatureInputType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AddonFeatureInputType {
    /// `BOOLEAN`
    Boolean,
    /// `INTERVAL`
    Interval,
    /// `FILESIZE`
    Filesize,
    /// `NUMBER`
    Number,
    /// `PERCENTAGE`
    Percentage,
    /// `STRING`
    String_,
    /// `OBJECT`
    Object,
    /// `BYTES`
    Bytes,
    /// `BOOLEAN_SHARED`
    BooleanShared,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl AddonFeatureInputType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Boolean => "BOOLEAN",
            Self::Interval => "INTERVAL",
            Self::Filesize => "FILESIZE",
            Self::Number => "NUMBER",
            Self::Percentage => "PERCENTAGE",
            Self::String_ => "STRING",
            Self::Object => "OBJECT",
            Self::Bytes => "BYTES",
            Self::BooleanShared => "BOOLEAN_SHARED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for AddonFeatureInputType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "BOOLEAN" => Self::Boolean,
            "INTERVAL" => Self::Interval,
            "FILESIZE" => Self::Filesize,
            "NUMBER" => Self::Number,
            "PERCENTAGE" => Self::Percentage,
            "STRING" => Self::String_,
            "OBJECT" => Self::Object,
            "BYTES" => Self::Bytes,
            "BOOLEAN_SHARED" => Self::BooleanShared,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for AddonFeatureInputType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for AddonFeatureInputType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AddonFeatureInputType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `AddonFeatureInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AddonFeatureInput {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `type`
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<AddonFeatureInputType>,
}
/// Raw request body carrying the ID of the add-on to link.
pub type AddonIdBody = String;
/// The `AddonPlan` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AddonPlan {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `slug`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// `price`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// `price_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_id: Option<String>,
    /// `features`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<AddonPlanFeature>>,
    /// `zones`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zones: Option<Vec<String>>,
}
/// The `AddonPlanChange` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AddonPlanChange {
    /// `planId`
    #[serde(rename = "planId", default, skip_serializing_if = "Option::is_none")]
    pub plan_id: Option<String>,
    /// `region`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}
/// The `AddonPlanFeatureType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AddonPlanFeatureType {
    /// `BOOLEAN`
    Boolean,
    /// `INTERVAL`
    Interval,
    /// `FILESIZE`
    Filesize,
    /// `NUMBER`
    Number,
    /// `PERCENTAGE`
    Percentage,
    /// `STRING`
    String_,
    /// `OBJECT`
    Object,
    /// `BYTES`
    Bytes,
    /// `BOOLEAN_SHARED`
    BooleanShared,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl AddonPlanFeatureType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Boolean => "BOOLEAN",
            Self::Interval => "INTERVAL",
            Self::Filesize => "FILESIZE",
            Self::Number => "NUMBER",
            Self::Percentage => "PERCENTAGE",
            Self::String_ => "STRING",
            Self::Object => "OBJECT",
            Self::Bytes => "BYTES",
            Self::BooleanShared => "BOOLEAN_SHARED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for AddonPlanFeatureType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "BOOLEAN" => Self::Boolean,
            "INTERVAL" => Self::Interval,
            "FILESIZE" => Self::Filesize,
            "NUMBER" => Self::Number,
            "PERCENTAGE" => Self::Percentage,
            "STRING" => Self::String_,
            "OBJECT" => Self::Object,
            "BYTES" => Self::Bytes,
            "BOOLEAN_SHARED" => Self::BooleanShared,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for AddonPlanFeatureType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for AddonPlanFeatureType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AddonPlanFeatureType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `AddonPlanFeature` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AddonPlanFeature {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `type`
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<AddonPlanFeatureType>,
    /// `value`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// `computable_value`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub computable_value: Option<String>,
    /// `name_code`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_code: Option<String>,
}
/// The `AddonPlanInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AddonPlanInput {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `slug`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// `price`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// `features`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<AddonPlanFeature>>,
}
/// The `AddonProviderApiConfig` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AddonProviderApiConfig {
    /// `config_vars`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config_vars: Option<Vec<String>>,
    /// `password`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// `sso_salt`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_salt: Option<String>,
    /// `regions`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regions: Option<Vec<String>>,
    /// `production`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub production: Option<AddonProviderApiUrls>,
    /// `test`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test: Option<AddonProviderApiUrls>,
}
/// The `AddonProviderApiUrls` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AddonProviderApiUrls {
    /// `base_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// `sso_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_url: Option<String>,
}
/// The `AddonProviderDetailsStatus` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AddonProviderDetailsStatus {
    /// `ALPHA`
    Alpha,
    /// `BETA_PRIV`
    BetaPriv,
    /// `BETA_PUB`
    BetaPub,
    /// `RELEASE`
    Release,
    /// `DELETED`
    Deleted,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl AddonProviderDetailsStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Alpha => "ALPHA",
            Self::BetaPriv => "BETA_PRIV",
            Self::BetaPub => "BETA_PUB",
            Self::Release => "RELEASE",
            Self::Deleted => "DELETED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for AddonProviderDetailsStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "ALPHA" => Self::Alpha,
            "BETA_PRIV" => Self::BetaPriv,
            "BETA_PUB" => Self::BetaPub,
            "RELEASE" => Self::Release,
            "DELETED" => Self::Deleted,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for AddonProviderDetailsStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for AddonProviderDetailsStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AddonProviderDetailsStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `AddonProviderDetails` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AddonProviderDetails {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `website`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// `supportEmail`
    #[serde(rename = "supportEmail", default, skip_serializing_if = "Option::is_none")]
    pub support_email: Option<String>,
    /// `googlePlusName`
    #[serde(rename = "googlePlusName", default, skip_serializing_if = "Option::is_none")]
    pub google_plus_name: Option<String>,
    /// `twitterName`
    #[serde(rename = "twitterName", default, skip_serializing_if = "Option::is_none")]
    pub twitter_name: Option<String>,
    /// `analyticsId`
    #[serde(rename = "analyticsId", default, skip_serializing_if = "Option::is_none")]
    pub analytics_id: Option<String>,
    /// `shortDesc`
    #[serde(rename = "shortDesc", default, skip_serializing_if = "Option::is_none")]
    pub short_desc: Option<String>,
    /// `longDesc`
    #[serde(rename = "longDesc", default, skip_serializing_if = "Option::is_none")]
    pub long_desc: Option<String>,
    /// `logoUrl`
    #[serde(rename = "logoUrl", default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AddonProviderDetailsStatus>,
    /// `openInNewTab`
    #[serde(rename = "openInNewTab", default, skip_serializing_if = "Option::is_none")]
    pub open_in_new_tab: Option<bool>,
    /// `canUpgrade`
    #[serde(rename = "canUpgrade", default, skip_serializing_if = "Option::is_none")]
    pub can_upgrade: Option<bool>,
    /// `regions`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regions: Option<Vec<String>>,
    /// `plans`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plans: Option<Vec<AddonPlan>>,
    /// `features`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<AddonFeature>>,
}
/// The `AddonProviderInfoStatus` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AddonProviderInfoStatus {
    /// `ALPHA`
    Alpha,
    /// `BETA_PRIV`
    BetaPriv,
    /// `BETA_PUB`
    BetaPub,
    /// `RELEASE`
    Release,
    /// `DELETED`
    Deleted,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl AddonProviderInfoStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Alpha => "ALPHA",
            Self::BetaPriv => "BETA_PRIV",
            Self::BetaPub => "BETA_PUB",
            Self::Release => "RELEASE",
            Self::Deleted => "DELETED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for AddonProviderInfoStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "ALPHA" => Self::Alpha,
            "BETA_PRIV" => Self::BetaPriv,
            "BETA_PUB" => Self::BetaPub,
            "RELEASE" => Self::Release,
            "DELETED" => Self::Deleted,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for AddonProviderInfoStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for AddonProviderInfoStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AddonProviderInfoStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `AddonProviderInfo` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AddonProviderInfo {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `website`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// `supportEmail`
    #[serde(rename = "supportEmail", default, skip_serializing_if = "Option::is_none")]
    pub support_email: Option<String>,
    /// `googlePlusName`
    #[serde(rename = "googlePlusName", default, skip_serializing_if = "Option::is_none")]
    pub google_plus_name: Option<String>,
    /// `twitterName`
    #[serde(rename = "twitterName", default, skip_serializing_if = "Option::is_none")]
    pub twitter_name: Option<String>,
    /// `analyticsId`
    #[serde(rename = "analyticsId", default, skip_serializing_if = "Option::is_none")]
    pub analytics_id: Option<String>,
    /// `shortDesc`
    #[serde(rename = "shortDesc", default, skip_serializing_if = "Option::is_none")]
    pub short_desc: Option<String>,
    /// `longDesc`
    #[serde(rename = "longDesc", default, skip_serializing_if = "Option::is_none")]
    pub long_desc: Option<String>,
    /// `logoUrl`
    #[serde(rename = "logoUrl", default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AddonProviderInfoStatus>,
    /// `openInNewTab`
    #[serde(rename = "openInNewTab", default, skip_serializing_if = "Option::is_none")]
    pub open_in_new_tab: Option<bool>,
    /// `canUpgrade`
    #[serde(rename = "canUpgrade", default, skip_serializing_if = "Option::is_none")]
    pub can_upgrade: Option<bool>,
    /// `regions`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regions: Option<Vec<String>>,
}
/// The `AddonProviderInfoInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AddonProviderInfoInput {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `website`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// `supportEmail`
    #[serde(rename = "supportEmail", default, skip_serializing_if = "Option::is_none")]
    pub support_email: Option<String>,
    /// `googlePlusName`
    #[serde(rename = "googlePlusName", default, skip_serializing_if = "Option::is_none")]
    pub google_plus_name: Option<String>,
    /// `twitterName`
    #[serde(rename = "twitterName", default, skip_serializing_if = "Option::is_none")]
    pub twitter_name: Option<String>,
    /// `analyticsId`
    #[serde(rename = "analyticsId", default, skip_serializing_if = "Option::is_none")]
    pub analytics_id: Option<String>,
    /// `shortDesc`
    #[serde(rename = "shortDesc", default, skip_serializing_if = "Option::is_none")]
    pub short_desc: Option<String>,
    /// `longDesc`
    #[serde(rename = "longDesc", default, skip_serializing_if = "Option::is_none")]
    pub long_desc: Option<String>,
    /// `logoUrl`
    #[serde(rename = "logoUrl", default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
}
/// The `AddonProviderRegistration` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AddonProviderRegistration {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `api`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api: Option<AddonProviderApiConfig>,
}
/// The `AddonProviderSsoData` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AddonProviderSsoData {
    /// `url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `macaroon`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub macaroon: Option<String>,
}
/// The `AddonProvisionRequestPaymentMethodType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AddonProvisionRequestPaymentMethodType {
    /// `CREDITCARD`
    Creditcard,
    /// `PAYPAL`
    Paypal,
    /// `SEPA_DEBIT`
    SepaDebit,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl AddonProvisionRequestPaymentMethodType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creditcard => "CREDITCARD",
            Self::Paypal => "PAYPAL",
            Self::SepaDebit => "SEPA_DEBIT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for AddonProvisionRequestPaymentMethodType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "CREDITCARD" => Self::Creditcard,
            "PAYPAL" => Self::Paypal,
            "SEPA_DEBIT" => Self::SepaDebit,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for AddonProvisionRequestPaymentMethodType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for AddonProvisionRequestPaymentMethodType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AddonProvisionRequestPaymentMethodType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// What to provision: provider, plan, region and optional settings.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddonProvisionRequest {
    /// `providerId`
    #[serde(rename = "providerId")]
    pub provider_id: String,
    /// `plan`
    pub plan: String,
    /// `linkedApp`
    #[serde(rename = "linkedApp", default, skip_serializing_if = "Option::is_none")]
    pub linked_app: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `region`
    pub region: String,
    /// `options`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<std::collections::BTreeMap<String, String>>,
    /// `version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// `paymentIntent`
    #[serde(rename = "paymentIntent", default, skip_serializing_if = "Option::is_none")]
    pub payment_intent: Option<SetupIntent>,
    /// `paymentMethodType`
    #[serde(
        rename = "paymentMethodType",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub payment_method_type: Option<AddonProvisionRequestPaymentMethodType>,
    /// `sepaSourceId`
    #[serde(rename = "sepaSourceId", default, skip_serializing_if = "Option::is_none")]
    pub sepa_source_id: Option<String>,
}
/// The `AddonSsoData` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AddonSsoData {
    /// `url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `timestamp`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
    /// `token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// `email`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `nav-data`
    #[serde(rename = "nav-data", default, skip_serializing_if = "Option::is_none")]
    pub nav_data: Option<String>,
}
/// The `AddonSummary` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AddonSummary {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `realId`
    #[serde(rename = "realId", default, skip_serializing_if = "Option::is_none")]
    pub real_id: Option<String>,
    /// `providerId`
    #[serde(rename = "providerId", default, skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<String>,
    /// `logoUrl`
    #[serde(rename = "logoUrl", default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// `systemTags`
    #[serde(rename = "systemTags", default, skip_serializing_if = "Option::is_none")]
    pub system_tags: Option<Vec<String>>,
    /// `customerTags`
    #[serde(rename = "customerTags", default, skip_serializing_if = "Option::is_none")]
    pub customer_tags: Option<Vec<String>>,
}
/// A JSON value whose shape the provider does not document.
pub type AnyValue = serde_json::Value;
/// An API token as listed; the secret value is never shown again after creation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ApiToken {
    /// `apiTokenId`
    #[serde(rename = "apiTokenId")]
    pub api_token_id: String,
    /// `userId`
    #[serde(rename = "userId")]
    pub user_id: String,
    /// `creationDate`
    #[serde(rename = "creationDate")]
    pub creation_date: String,
    /// `expirationDate`
    #[serde(rename = "expirationDate")]
    pub expiration_date: String,
    /// `ip`
    pub ip: String,
    /// `name`
    pub name: String,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
/// Credentials and settings for a new API token.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ApiTokenCreateRequest {
    /// `email`
    pub email: String,
    /// `password`
    pub password: String,
    /// `mfaCode`
    #[serde(rename = "mfaCode", default, skip_serializing_if = "Option::is_none")]
    pub mfa_code: Option<String>,
    /// `name`
    pub name: String,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `expirationDate`
    #[serde(rename = "expirationDate")]
    pub expiration_date: String,
}
/// A newly created API token, including its secret value (returned only once).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ApiTokenCreated {
    /// `apiToken`
    #[serde(rename = "apiToken")]
    pub api_token: String,
    /// `apiTokenId`
    #[serde(rename = "apiTokenId")]
    pub api_token_id: String,
    /// `creationDate`
    #[serde(rename = "creationDate")]
    pub creation_date: String,
    /// `expirationDate`
    #[serde(rename = "expirationDate")]
    pub expiration_date: String,
    /// `name`
    pub name: String,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
/// New name and description of an API token.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ApiTokenUpdateRequest {
    /// `name`
    pub name: String,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
/// The `ApplicationState` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApplicationState {
    /// `SHOULD_BE_UP`
    ShouldBeUp,
    /// `SHOULD_BE_DOWN`
    ShouldBeDown,
    /// `WANTS_TO_BE_UP`
    WantsToBeUp,
    /// `MODERATED`
    Moderated,
    /// `DEFAULT_OF_PAYMENT`
    DefaultOfPayment,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ApplicationState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ShouldBeUp => "SHOULD_BE_UP",
            Self::ShouldBeDown => "SHOULD_BE_DOWN",
            Self::WantsToBeUp => "WANTS_TO_BE_UP",
            Self::Moderated => "MODERATED",
            Self::DefaultOfPayment => "DEFAULT_OF_PAYMENT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ApplicationState {
    fn from(value: String) -> Self {
        match value.as_str() {
            "SHOULD_BE_UP" => Self::ShouldBeUp,
            "SHOULD_BE_DOWN" => Self::ShouldBeDown,
            "WANTS_TO_BE_UP" => Self::WantsToBeUp,
            "MODERATED" => Self::Moderated,
            "DEFAULT_OF_PAYMENT" => Self::DefaultOfPayment,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ApplicationState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ApplicationState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ApplicationState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `ApplicationForceHttps` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApplicationForceHttps {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ApplicationForceHttps {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ApplicationForceHttps {
    fn from(value: String) -> Self {
        match value.as_str() {
            "ENABLED" => Self::Enabled,
            "DISABLED" => Self::Disabled,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ApplicationForceHttps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ApplicationForceHttps {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ApplicationForceHttps {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// An application as returned by the API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Application {
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
    /// `zone`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// `zoneId`
    #[serde(rename = "zoneId", default, skip_serializing_if = "Option::is_none")]
    pub zone_id: Option<String>,
    /// `instance`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<ApplicationRuntime>,
    /// `deployment`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment: Option<ApplicationDeploymentInfo>,
    /// `vhosts`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vhosts: Option<Vec<Domain>>,
    /// `creationDate`
    ///
    /// Set by the server; ignored in requests.
    #[serde(rename = "creationDate", default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<i64>,
    /// `last_deploy`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_deploy: Option<i32>,
    /// `archived`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    /// `stickySessions`
    #[serde(rename = "stickySessions", default, skip_serializing_if = "Option::is_none")]
    pub sticky_sessions: Option<bool>,
    /// `homogeneous`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub homogeneous: Option<bool>,
    /// `favourite`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub favourite: Option<bool>,
    /// `cancelOnPush`
    #[serde(rename = "cancelOnPush", default, skip_serializing_if = "Option::is_none")]
    pub cancel_on_push: Option<bool>,
    /// `webhookUrl`
    #[serde(rename = "webhookUrl", default, skip_serializing_if = "Option::is_none")]
    pub webhook_url: Option<String>,
    /// `webhookSecret`
    #[serde(rename = "webhookSecret", default, skip_serializing_if = "Option::is_none")]
    pub webhook_secret: Option<String>,
    /// `separateBuild`
    #[serde(rename = "separateBuild", default, skip_serializing_if = "Option::is_none")]
    pub separate_build: Option<bool>,
    /// `buildFlavor`
    #[serde(rename = "buildFlavor", default, skip_serializing_if = "Option::is_none")]
    pub build_flavor: Option<Flavor>,
    /// `ownerId`
    #[serde(rename = "ownerId", default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// `state`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ApplicationState>,
    /// `commitId`
    #[serde(rename = "commitId", default, skip_serializing_if = "Option::is_none")]
    pub commit_id: Option<String>,
    /// `appliance`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appliance: Option<String>,
    /// `branch`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// `forceHttps`
    #[serde(rename = "forceHttps", default, skip_serializing_if = "Option::is_none")]
    pub force_https: Option<ApplicationForceHttps>,
    /// `env`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<EnvVar>>,
    /// `deployUrl`
    #[serde(rename = "deployUrl", default, skip_serializing_if = "Option::is_none")]
    pub deploy_url: Option<String>,
}
/// The `ApplicationDeploymentInfoType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApplicationDeploymentInfoType {
    /// `GIT`
    Git,
    /// `SFTP`
    Sftp,
    /// `FTP`
    Ftp,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ApplicationDeploymentInfoType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Git => "GIT",
            Self::Sftp => "SFTP",
            Self::Ftp => "FTP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ApplicationDeploymentInfoType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "GIT" => Self::Git,
            "SFTP" => Self::Sftp,
            "FTP" => Self::Ftp,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ApplicationDeploymentInfoType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ApplicationDeploymentInfoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ApplicationDeploymentInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `ApplicationDeploymentInfoRepoState` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApplicationDeploymentInfoRepoState {
    /// `CREATING`
    Creating,
    /// `CREATED`
    Created,
    /// `NOT_NEEDED`
    NotNeeded,
    /// `DELETED`
    Deleted,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ApplicationDeploymentInfoRepoState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Created => "CREATED",
            Self::NotNeeded => "NOT_NEEDED",
            Self::Deleted => "DELETED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ApplicationDeploymentInfoRepoState {
    fn from(value: String) -> Self {
        match value.as_str() {
            "CREATING" => Self::Creating,
            "CREATED" => Self::Created,
            "NOT_NEEDED" => Self::NotNeeded,
            "DELETED" => Self::Deleted,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ApplicationDeploymentInfoRepoState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ApplicationDeploymentInfoRepoState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ApplicationDeploymentInfoRepoState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `ApplicationDeploymentInfo` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ApplicationDeploymentInfo {
    /// `shutdownable`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shutdownable: Option<bool>,
    /// `type`
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<ApplicationDeploymentInfoType>,
    /// `repoState`
    #[serde(rename = "repoState", default, skip_serializing_if = "Option::is_none")]
    pub repo_state: Option<ApplicationDeploymentInfoRepoState>,
    /// `url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `httpUrl`
    #[serde(rename = "httpUrl", default, skip_serializing_if = "Option::is_none")]
    pub http_url: Option<String>,
}
/// The `ApplicationInputInstanceLifetime` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApplicationInputInstanceLifetime {
    /// `REGULAR`
    Regular,
    /// `MIGRATION`
    Migration,
    /// `TASK`
    Task,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ApplicationInputInstanceLifetime {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Regular => "REGULAR",
            Self::Migration => "MIGRATION",
            Self::Task => "TASK",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ApplicationInputInstanceLifetime {
    fn from(value: String) -> Self {
        match value.as_str() {
            "REGULAR" => Self::Regular,
            "MIGRATION" => Self::Migration,
            "TASK" => Self::Task,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ApplicationInputInstanceLifetime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ApplicationInputInstanceLifetime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ApplicationInputInstanceLifetime {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `ApplicationInputForceHttps` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApplicationInputForceHttps {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ApplicationInputForceHttps {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ApplicationInputForceHttps {
    fn from(value: String) -> Self {
        match value.as_str() {
            "ENABLED" => Self::Enabled,
            "DISABLED" => Self::Disabled,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ApplicationInputForceHttps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ApplicationInputForceHttps {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ApplicationInputForceHttps {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `ApplicationInputEnv` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ApplicationInputEnv {
    /// `empty`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub empty: Option<bool>,
    /// Properties not named by the schema.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, String>,
}
/// Fields to create or update an application.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ApplicationInput {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `zone`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// `deploy`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deploy: Option<String>,
    /// `shutdownable`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shutdownable: Option<bool>,
    /// `instanceType`
    #[serde(rename = "instanceType", default, skip_serializing_if = "Option::is_none")]
    pub instance_type: Option<String>,
    /// `instanceVersion`
    #[serde(
        rename = "instanceVersion",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub instance_version: Option<String>,
    /// `instanceVariant`
    #[serde(
        rename = "instanceVariant",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub instance_variant: Option<String>,
    /// `instanceLifetime`
    #[serde(
        rename = "instanceLifetime",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub instance_lifetime: Option<ApplicationInputInstanceLifetime>,
    /// `minInstances`
    #[serde(rename = "minInstances", default, skip_serializing_if = "Option::is_none")]
    pub min_instances: Option<i32>,
    /// `maxInstances`
    #[serde(rename = "maxInstances", default, skip_serializing_if = "Option::is_none")]
    pub max_instances: Option<i32>,
    /// `minFlavor`
    #[serde(rename = "minFlavor", default, skip_serializing_if = "Option::is_none")]
    pub min_flavor: Option<String>,
    /// `maxFlavor`
    #[serde(rename = "maxFlavor", default, skip_serializing_if = "Option::is_none")]
    pub max_flavor: Option<String>,
    /// `tags`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// `archived`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    /// `stickySessions`
    #[serde(rename = "stickySessions", default, skip_serializing_if = "Option::is_none")]
    pub sticky_sessions: Option<bool>,
    /// `homogeneous`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub homogeneous: Option<bool>,
    /// `favourite`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub favourite: Option<bool>,
    /// `cancelOnPush`
    #[serde(rename = "cancelOnPush", default, skip_serializing_if = "Option::is_none")]
    pub cancel_on_push: Option<bool>,
    /// `separateBuild`
    #[serde(rename = "separateBuild", default, skip_serializing_if = "Option::is_none")]
    pub separate_build: Option<bool>,
    /// `buildFlavor`
    #[serde(rename = "buildFlavor", default, skip_serializing_if = "Option::is_none")]
    pub build_flavor: Option<String>,
    /// `oauthService`
    #[serde(rename = "oauthService", default, skip_serializing_if = "Option::is_none")]
    pub oauth_service: Option<String>,
    /// `oauthAppId`
    #[serde(rename = "oauthAppId", default, skip_serializing_if = "Option::is_none")]
    pub oauth_app_id: Option<String>,
    /// `oauthApp`
    #[serde(rename = "oauthApp", default, skip_serializing_if = "Option::is_none")]
    pub oauth_app: Option<OauthAppRef>,
    /// `applianceId`
    #[serde(rename = "applianceId", default, skip_serializing_if = "Option::is_none")]
    pub appliance_id: Option<String>,
    /// `branch`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// `forceHttps`
    #[serde(rename = "forceHttps", default, skip_serializing_if = "Option::is_none")]
    pub force_https: Option<ApplicationInputForceHttps>,
    /// `env`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<ApplicationInputEnv>,
}
/// One log record of the v4 logs service.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ApplicationLog {
    /// `applicationId`
    #[serde(rename = "applicationId", default, skip_serializing_if = "Option::is_none")]
    pub application_id: Option<String>,
    /// `commitId`
    #[serde(rename = "commitId", default, skip_serializing_if = "Option::is_none")]
    pub commit_id: Option<String>,
    /// `date`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// `deploymentId`
    #[serde(rename = "deploymentId", default, skip_serializing_if = "Option::is_none")]
    pub deployment_id: Option<String>,
    /// `facility`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facility: Option<String>,
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `instanceId`
    #[serde(rename = "instanceId", default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// `message`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `pid`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid: Option<i64>,
    /// `region`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `service`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// `severity`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<String>,
    /// `zone`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
}
/// The `ApplicationRuntimeLifetime` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApplicationRuntimeLifetime {
    /// `REGULAR`
    Regular,
    /// `MIGRATION`
    Migration,
    /// `TASK`
    Task,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ApplicationRuntimeLifetime {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Regular => "REGULAR",
            Self::Migration => "MIGRATION",
            Self::Task => "TASK",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ApplicationRuntimeLifetime {
    fn from(value: String) -> Self {
        match value.as_str() {
            "REGULAR" => Self::Regular,
            "MIGRATION" => Self::Migration,
            "TASK" => Self::Task,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ApplicationRuntimeLifetime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ApplicationRuntimeLifetime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ApplicationRuntimeLifetime {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `ApplicationRuntime` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ApplicationRuntime {
    /// `type`
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// `version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// `variant`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<InstanceVariant>,
    /// `minInstances`
    #[serde(rename = "minInstances", default, skip_serializing_if = "Option::is_none")]
    pub min_instances: Option<i32>,
    /// `maxInstances`
    #[serde(rename = "maxInstances", default, skip_serializing_if = "Option::is_none")]
    pub max_instances: Option<i32>,
    /// `maxAllowedInstances`
    #[serde(
        rename = "maxAllowedInstances",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub max_allowed_instances: Option<i32>,
    /// `minFlavor`
    #[serde(rename = "minFlavor", default, skip_serializing_if = "Option::is_none")]
    pub min_flavor: Option<Flavor>,
    /// `maxFlavor`
    #[serde(rename = "maxFlavor", default, skip_serializing_if = "Option::is_none")]
    pub max_flavor: Option<Flavor>,
    /// `flavors`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flavors: Option<Vec<Flavor>>,
    /// `defaultEnv`
    #[serde(rename = "defaultEnv", default, skip_serializing_if = "Option::is_none")]
    pub default_env: Option<std::collections::BTreeMap<String, String>>,
    /// `lifetime`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifetime: Option<ApplicationRuntimeLifetime>,
    /// `instanceAndVersion`
    #[serde(
        rename = "instanceAndVersion",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub instance_and_version: Option<String>,
}
/// The `ApplicationSummaryState` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApplicationSummaryState {
    /// `SHOULD_BE_UP`
    ShouldBeUp,
    /// `SHOULD_BE_DOWN`
    ShouldBeDown,
    /// `WANTS_TO_BE_UP`
    WantsToBeUp,
    /// `MODERATED`
    Moderated,
    /// `DEFAULT_OF_PAYMENT`
    DefaultOfPayment,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ApplicationSummaryState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ShouldBeUp => "SHOULD_BE_UP",
            Self::ShouldBeDown => "SHOULD_BE_DOWN",
            Self::WantsToBeUp => "WANTS_TO_BE_UP",
            Self::Moderated => "MODERATED",
            Self::DefaultOfPayment => "DEFAULT_OF_PAYMENT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ApplicationSummaryState {
    fn from(value: String) -> Self {
        match value.as_str() {
            "SHOULD_BE_UP" => Self::ShouldBeUp,
            "SHOULD_BE_DOWN" => Self::ShouldBeDown,
            "WANTS_TO_BE_UP" => Self::WantsToBeUp,
            "MODERATED" => Self::Moderated,
            "DEFAULT_OF_PAYMENT" => Self::DefaultOfPayment,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ApplicationSummaryState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ApplicationSummaryState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ApplicationSummaryState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `ApplicationSummary` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ApplicationSummary {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `instanceType`
    #[serde(rename = "instanceType", default, skip_serializing_if = "Option::is_none")]
    pub instance_type: Option<String>,
    /// `instanceVariant`
    #[serde(
        rename = "instanceVariant",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub instance_variant: Option<String>,
    /// `variantSlug`
    #[serde(rename = "variantSlug", default, skip_serializing_if = "Option::is_none")]
    pub variant_slug: Option<String>,
    /// `archived`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    /// `homogeneous`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub homogeneous: Option<bool>,
    /// `variantLogoUrl`
    #[serde(rename = "variantLogoUrl", default, skip_serializing_if = "Option::is_none")]
    pub variant_logo_url: Option<String>,
    /// `state`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ApplicationSummaryState>,
    /// `commit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
    /// `systemTags`
    #[serde(rename = "systemTags", default, skip_serializing_if = "Option::is_none")]
    pub system_tags: Option<Vec<String>>,
    /// `customerTags`
    #[serde(rename = "customerTags", default, skip_serializing_if = "Option::is_none")]
    pub customer_tags: Option<Vec<String>>,
}
/// The `AvatarSource` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AvatarSource {
    /// `source`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}
/// The `BranchInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct BranchInput {
    /// `branch`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
}
/// The `BuildFlavorInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct BuildFlavorInput {
    /// `flavorName`
    #[serde(rename = "flavorName", default, skip_serializing_if = "Option::is_none")]
    pub flavor_name: Option<String>,
}
/// The `CleverPeer` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CleverPeer {
    /// `endpoint`
    pub endpoint: std::collections::BTreeMap<String, serde_json::Value>,
    /// `hostname`
    pub hostname: String,
    /// `hv`
    pub hv: String,
    /// `id`
    pub id: String,
    /// `label`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `parentEvent`
    #[serde(rename = "parentEvent", default, skip_serializing_if = "Option::is_none")]
    pub parent_event: Option<String>,
    /// `parentMember`
    #[serde(rename = "parentMember")]
    pub parent_member: String,
    /// `publicKey`
    #[serde(rename = "publicKey")]
    pub public_key: String,
}
/// The `CliToken` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CliToken {
    /// `token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// `secret`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// `expirationDate`
    #[serde(rename = "expirationDate", default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<String>,
}
/// The `ConfigProvider` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConfigProvider {
    /// `creation_date`
    pub creation_date: String,
    /// `env`
    pub env: Vec<ConfigProviderVariable>,
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `owner_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
}
/// The `ConfigProviderVariable` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ConfigProviderVariable {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `value`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
/// The `ConfigProviderVariableList` schema.
pub type ConfigProviderVariableList = Vec<ConfigProviderVariable>;
/// The `CreditBalance` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreditBalance {
    /// `ownerId`
    #[serde(rename = "ownerId", default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// `count`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<f64>,
    /// `dropPrice`
    #[serde(rename = "dropPrice", default, skip_serializing_if = "Option::is_none")]
    pub drop_price: Option<CreditPrice>,
}
/// The `CreditPackage` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreditPackage {
    /// `dropsQuantity`
    #[serde(rename = "dropsQuantity", default, skip_serializing_if = "Option::is_none")]
    pub drops_quantity: Option<f64>,
    /// `dropPrice`
    #[serde(rename = "dropPrice", default, skip_serializing_if = "Option::is_none")]
    pub drop_price: Option<CreditPrice>,
    /// `title`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// `price`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// `originalPrice`
    #[serde(rename = "originalPrice", default, skip_serializing_if = "Option::is_none")]
    pub original_price: Option<f64>,
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
}
/// The `CreditPrice` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreditPrice {
    /// `currency`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// `value`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
}
/// The `CreditPurchase` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreditPurchase {
    /// `packageId`
    #[serde(rename = "packageId", default, skip_serializing_if = "Option::is_none")]
    pub package_id: Option<i64>,
    /// `currency`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// `coupon`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon: Option<String>,
    /// `dropQuantity`
    #[serde(rename = "dropQuantity", default, skip_serializing_if = "Option::is_none")]
    pub drop_quantity: Option<f64>,
}
/// The `DependentAddonProvisionRequest` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DependentAddonProvisionRequest {
    /// `organisationId`
    #[serde(rename = "organisationId", default, skip_serializing_if = "Option::is_none")]
    pub organisation_id: Option<String>,
    /// `userId`
    #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `providerId`
    #[serde(rename = "providerId", default, skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<String>,
    /// `addonId`
    #[serde(rename = "addonId", default, skip_serializing_if = "Option::is_none")]
    pub addon_id: Option<String>,
    /// `plan`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `region`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `options`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<std::collections::BTreeMap<String, String>>,
}
/// The `DeploymentState` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeploymentState {
    /// `TASK_RUNNING`
    TaskRunning,
    /// `WIP`
    Wip,
    /// `FAIL`
    Fail,
    /// `CANCELLED`
    Cancelled,
    /// `OK`
    Ok,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl DeploymentState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TaskRunning => "TASK_RUNNING",
            Self::Wip => "WIP",
            Self::Fail => "FAIL",
            Self::Cancelled => "CANCELLED",
            Self::Ok => "OK",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for DeploymentState {
    fn from(value: String) -> Self {
        match value.as_str() {
            "TASK_RUNNING" => Self::TaskRunning,
            "WIP" => Self::Wip,
            "FAIL" => Self::Fail,
            "CANCELLED" => Self::Cancelled,
            "OK" => Self::Ok,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for DeploymentState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for DeploymentState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for DeploymentState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `DeploymentAction` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeploymentAction {
    /// `DEPLOY`
    Deploy,
    /// `UNDEPLOY`
    Undeploy,
    /// `UPSCALE`
    Upscale,
    /// `DOWNSCALE`
    Downscale,
    /// `REPLACE`
    Replace,
    /// `CANCEL`
    Cancel,
    /// `NONE`
    None,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl DeploymentAction {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Deploy => "DEPLOY",
            Self::Undeploy => "UNDEPLOY",
            Self::Upscale => "UPSCALE",
            Self::Downscale => "DOWNSCALE",
            Self::Replace => "REPLACE",
            Self::Cancel => "CANCEL",
            Self::None => "NONE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for DeploymentAction {
    fn from(value: String) -> Self {
        match value.as_str() {
            "DEPLOY" => Self::Deploy,
            "UNDEPLOY" => Self::Undeploy,
            "UPSCALE" => Self::Upscale,
            "DOWNSCALE" => Self::Downscale,
            "REPLACE" => Self::Replace,
            "CANCEL" => Self::Cancel,
            "NONE" => Self::None,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for DeploymentAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for DeploymentAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for DeploymentAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// One deployment of an application.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Deployment {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i32>,
    /// `uuid`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// `date`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<i64>,
    /// `state`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<DeploymentState>,
    /// `action`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<DeploymentAction>,
    /// `commit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
    /// `cause`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cause: Option<String>,
    /// `instances`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instances: Option<i32>,
    /// `author`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<DeploymentAuthor>,
}
/// The `DeploymentAuthor` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DeploymentAuthor {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
/// A domain name routed to an application.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Domain {
    /// `fqdn`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fqdn: Option<String>,
}
/// Raw request body for the e-mail address endpoint.
pub type EmailAddressBody = String;
/// One environment variable.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EnvVar {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `value`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
/// Environment variables as one JSON object, each variable's name mapped to its value.
pub type EnvironmentMap = std::collections::BTreeMap<String, String>;
/// The `ErrorType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorType {
    /// `error`
    Error_,
    /// `warning`
    Warning,
    /// `success`
    Success,
    /// `info`
    Info,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ErrorType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Error_ => "error",
            Self::Warning => "warning",
            Self::Success => "success",
            Self::Info => "info",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ErrorType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "error" => Self::Error_,
            "warning" => Self::Warning,
            "success" => Self::Success,
            "info" => Self::Info,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ErrorType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ErrorType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ErrorType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// Error body returned by the v2 API (and most v4 services).
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Error_ {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i32>,
    /// `message`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `type`
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<ErrorType>,
}
/// One message of the events WebSocket.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EventEnvelope {
    /// Kind of event, when the server names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// `date`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Event payload; its shape depends on the kind of event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<serde_json::Value>,
    /// Properties not named by the schema.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}
/// The `ExternalPaymentError` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ExternalPaymentError {
    /// `type`
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// `message`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `messages`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<std::collections::BTreeMap<String, String>>,
}
/// The `ExternalPaymentResultStatus` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExternalPaymentResultStatus {
    /// `new`
    New,
    /// `paid`
    Paid,
    /// `confirmed`
    Confirmed,
    /// `complete`
    Complete,
    /// `expired`
    Expired,
    /// `invalid`
    Invalid,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ExternalPaymentResultStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::New => "new",
            Self::Paid => "paid",
            Self::Confirmed => "confirmed",
            Self::Complete => "complete",
            Self::Expired => "expired",
            Self::Invalid => "invalid",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ExternalPaymentResultStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "new" => Self::New,
            "paid" => Self::Paid,
            "confirmed" => Self::Confirmed,
            "complete" => Self::Complete,
            "expired" => Self::Expired,
            "invalid" => Self::Invalid,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ExternalPaymentResultStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ExternalPaymentResultStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ExternalPaymentResultStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `ExternalPaymentResult` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ExternalPaymentResult {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `posData`
    #[serde(rename = "posData", default, skip_serializing_if = "Option::is_none")]
    pub pos_data: Option<String>,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ExternalPaymentResultStatus>,
    /// `btcPrice`
    #[serde(rename = "btcPrice", default, skip_serializing_if = "Option::is_none")]
    pub btc_price: Option<String>,
    /// `price`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// `currency`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// `invoiceTime`
    #[serde(rename = "invoiceTime", default, skip_serializing_if = "Option::is_none")]
    pub invoice_time: Option<i64>,
    /// `currentTime`
    #[serde(rename = "currentTime", default, skip_serializing_if = "Option::is_none")]
    pub current_time: Option<i64>,
    /// `expirationTime`
    #[serde(rename = "expirationTime", default, skip_serializing_if = "Option::is_none")]
    pub expiration_time: Option<i64>,
    /// `error`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ExternalPaymentError>,
}
/// The `ExternalPeer` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExternalPeer {
    /// `endpoint`
    pub endpoint: std::collections::BTreeMap<String, serde_json::Value>,
    /// `hostname`
    pub hostname: String,
    /// `id`
    pub id: String,
    /// `label`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `parentEvent`
    #[serde(rename = "parentEvent", default, skip_serializing_if = "Option::is_none")]
    pub parent_event: Option<String>,
    /// `parentMember`
    #[serde(rename = "parentMember")]
    pub parent_member: String,
    /// `publicKey`
    #[serde(rename = "publicKey")]
    pub public_key: String,
}
/// The `ExternalPeerInputPeerRole` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExternalPeerInputPeerRole {
    /// `client`
    Client_,
    /// `server`
    Server,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ExternalPeerInputPeerRole {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Client_ => "client",
            Self::Server => "server",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ExternalPeerInputPeerRole {
    fn from(value: String) -> Self {
        match value.as_str() {
            "client" => Self::Client_,
            "server" => Self::Server,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ExternalPeerInputPeerRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ExternalPeerInputPeerRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ExternalPeerInputPeerRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `ExternalPeerInput` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExternalPeerInput {
    /// `hostname`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// `ip`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// `label`
    pub label: String,
    /// `parentEvent`
    #[serde(rename = "parentEvent", default, skip_serializing_if = "Option::is_none")]
    pub parent_event: Option<String>,
    /// `parentMember`
    #[serde(rename = "parentMember")]
    pub parent_member: String,
    /// `peerRole`
    #[serde(rename = "peerRole")]
    pub peer_role: ExternalPeerInputPeerRole,
    /// `port`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    /// `publicKey`
    #[serde(rename = "publicKey")]
    pub public_key: String,
}
/// The `ExternalSignupForm` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ExternalSignupForm {
    /// `transactionId`
    #[serde(rename = "transactionId", default, skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `otherId`
    #[serde(rename = "otherId", default, skip_serializing_if = "Option::is_none")]
    pub other_id: Option<String>,
    /// `otherEmail`
    #[serde(rename = "otherEmail", default, skip_serializing_if = "Option::is_none")]
    pub other_email: Option<String>,
    /// `password`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// `autoLink`
    #[serde(rename = "autoLink", default, skip_serializing_if = "Option::is_none")]
    pub auto_link: Option<String>,
    /// `terms`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<String>,
    /// `invitationKey`
    #[serde(rename = "invitationKey", default, skip_serializing_if = "Option::is_none")]
    pub invitation_key: Option<String>,
    /// `mfa_kind`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_kind: Option<String>,
    /// `mfa_attempt`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_attempt: Option<String>,
    /// `partner_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
}
/// The `Flavor` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Flavor {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `mem`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mem: Option<i32>,
    /// `cpus`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpus: Option<i32>,
    /// `gpus`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpus: Option<i32>,
    /// `disk`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk: Option<i32>,
    /// `price`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// `available`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available: Option<bool>,
    /// `microservice`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub microservice: Option<bool>,
    /// `machine_learning`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub machine_learning: Option<bool>,
    /// `nice`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nice: Option<i32>,
    /// `price_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_id: Option<String>,
    /// `memory`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<ValueWithUnit>,
}
/// A serverless function.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Function {
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: String,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `environment`
    pub environment: std::collections::BTreeMap<String, String>,
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `maxInstances`
    #[serde(rename = "maxInstances", default, skip_serializing_if = "Option::is_none")]
    pub max_instances: Option<i32>,
    /// `maxMemory`
    #[serde(rename = "maxMemory", default, skip_serializing_if = "Option::is_none")]
    pub max_memory: Option<f64>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `ownerId`
    #[serde(rename = "ownerId", default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// `tag`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: String,
}
/// The `FunctionDeploymentPlatform` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FunctionDeploymentPlatform {
    /// `RUST`
    Rust,
    /// `ASSEMBLY_SCRIPT`
    AssemblyScript,
    /// `TINY_GO`
    TinyGo,
    /// `JAVA_SCRIPT`
    JavaScript,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl FunctionDeploymentPlatform {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rust => "RUST",
            Self::AssemblyScript => "ASSEMBLY_SCRIPT",
            Self::TinyGo => "TINY_GO",
            Self::JavaScript => "JAVA_SCRIPT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for FunctionDeploymentPlatform {
    fn from(value: String) -> Self {
        match value.as_str() {
            "RUST" => Self::Rust,
            "ASSEMBLY_SCRIPT" => Self::AssemblyScript,
            "TINY_GO" => Self::TinyGo,
            "JAVA_SCRIPT" => Self::JavaScript,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for FunctionDeploymentPlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for FunctionDeploymentPlatform {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for FunctionDeploymentPlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `FunctionDeploymentStatus` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FunctionDeploymentStatus {
    /// `WAITING_FOR_UPLOAD`
    WaitingForUpload,
    /// `PACKAGING`
    Packaging,
    /// `DEPLOYING`
    Deploying,
    /// `READY`
    Ready,
    /// `ERROR`
    Error_,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl FunctionDeploymentStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WaitingForUpload => "WAITING_FOR_UPLOAD",
            Self::Packaging => "PACKAGING",
            Self::Deploying => "DEPLOYING",
            Self::Ready => "READY",
            Self::Error_ => "ERROR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for FunctionDeploymentStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "WAITING_FOR_UPLOAD" => Self::WaitingForUpload,
            "PACKAGING" => Self::Packaging,
            "DEPLOYING" => Self::Deploying,
            "READY" => Self::Ready,
            "ERROR" => Self::Error_,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for FunctionDeploymentStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for FunctionDeploymentStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for FunctionDeploymentStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// A deployment of a serverless function.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FunctionDeployment {
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: String,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `errorReason`
    #[serde(rename = "errorReason", default, skip_serializing_if = "Option::is_none")]
    pub error_reason: Option<String>,
    /// `functionId`
    #[serde(rename = "functionId", default, skip_serializing_if = "Option::is_none")]
    pub function_id: Option<String>,
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `platform`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<FunctionDeploymentPlatform>,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<FunctionDeploymentStatus>,
    /// `tag`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: String,
    /// `url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
/// The `FunctionDeploymentInputPlatform` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FunctionDeploymentInputPlatform {
    /// `RUST`
    Rust,
    /// `ASSEMBLY_SCRIPT`
    AssemblyScript,
    /// `TINY_GO`
    TinyGo,
    /// `JAVA_SCRIPT`
    JavaScript,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl FunctionDeploymentInputPlatform {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rust => "RUST",
            Self::AssemblyScript => "ASSEMBLY_SCRIPT",
            Self::TinyGo => "TINY_GO",
            Self::JavaScript => "JAVA_SCRIPT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for FunctionDeploymentInputPlatform {
    fn from(value: String) -> Self {
        match value.as_str() {
            "RUST" => Self::Rust,
            "ASSEMBLY_SCRIPT" => Self::AssemblyScript,
            "TINY_GO" => Self::TinyGo,
            "JAVA_SCRIPT" => Self::JavaScript,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for FunctionDeploymentInputPlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for FunctionDeploymentInputPlatform {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for FunctionDeploymentInputPlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `FunctionDeploymentInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FunctionDeploymentInput {
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `platform`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<FunctionDeploymentInputPlatform>,
    /// `tag`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}
/// The `FunctionDeploymentUpdate` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct FunctionDeploymentUpdate {
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `tag`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}
/// The `FunctionInput` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FunctionInput {
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `environment`
    pub environment: std::collections::BTreeMap<String, String>,
    /// `maxInstances`
    #[serde(rename = "maxInstances")]
    pub max_instances: i32,
    /// `maxMemory`
    #[serde(rename = "maxMemory")]
    pub max_memory: f64,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `tag`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}
/// The `GithubCommit` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GithubCommit {
    /// `sha`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha: Option<String>,
    /// `message`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
/// The `GithubPushPayload` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GithubPushPayload {
    /// `ref`
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub ref_: Option<String>,
    /// `after`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// `repository`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repository: Option<GithubPushRepository>,
    /// `sender`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender: Option<GithubSender>,
    /// `pusher`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pusher: Option<GithubPusher>,
    /// `head_commit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head_commit: Option<GithubCommit>,
}
/// The `GithubPushRepository` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GithubPushRepository {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
/// The `GithubPusher` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GithubPusher {
    /// `email`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}
/// The `GithubRepository` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GithubRepository {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `owner`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `gitUrl`
    #[serde(rename = "gitUrl", default, skip_serializing_if = "Option::is_none")]
    pub git_url: Option<String>,
    /// `defaultBranch`
    #[serde(rename = "defaultBranch", default, skip_serializing_if = "Option::is_none")]
    pub default_branch: Option<String>,
    /// `priv`
    #[serde(rename = "priv", default, skip_serializing_if = "Option::is_none")]
    pub priv_: Option<bool>,
}
/// The `GithubSender` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GithubSender {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
/// A token issued by the identity and access service.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IamToken {
    /// `biscuit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub biscuit: Option<String>,
    /// `creation_date`
    pub creation_date: String,
    /// `description`
    pub description: String,
    /// `id`
    pub id: String,
    /// `labels`
    pub labels: IamTokenLabels,
    /// `name`
    pub name: String,
    /// `redacted_end`
    pub redacted_end: String,
    /// `redacted_start`
    pub redacted_start: String,
    /// `revocation_date`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocation_date: Option<String>,
    /// `revocation_id`
    pub revocation_id: String,
    /// `status`
    pub status: std::collections::BTreeMap<String, serde_json::Value>,
    /// `tags`
    pub tags: Vec<String>,
    /// `type`
    #[serde(rename = "type")]
    pub type_: std::collections::BTreeMap<String, serde_json::Value>,
    /// `update_date`
    pub update_date: String,
}
/// The `IamTokenLabels` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IamTokenLabels {
    /// `creator`
    pub creator: String,
    /// `owner`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// `region`
    pub region: String,
    /// `resource_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// `service`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
}
/// The `InstanceState` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InstanceState {
    /// `BOOTING`
    Booting,
    /// `STARTING`
    Starting,
    /// `DEPLOYING`
    Deploying,
    /// `MIGRATION_IN_PROGRESS`
    MigrationInProgress,
    /// `TASK_IN_PROGRESS`
    TaskInProgress,
    /// `READY`
    Ready,
    /// `UP`
    Up,
    /// `GHOST`
    Ghost,
    /// `STOPPING`
    Stopping,
    /// `DELETED`
    Deleted,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl InstanceState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Booting => "BOOTING",
            Self::Starting => "STARTING",
            Self::Deploying => "DEPLOYING",
            Self::MigrationInProgress => "MIGRATION_IN_PROGRESS",
            Self::TaskInProgress => "TASK_IN_PROGRESS",
            Self::Ready => "READY",
            Self::Up => "UP",
            Self::Ghost => "GHOST",
            Self::Stopping => "STOPPING",
            Self::Deleted => "DELETED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for InstanceState {
    fn from(value: String) -> Self {
        match value.as_str() {
            "BOOTING" => Self::Booting,
            "STARTING" => Self::Starting,
            "DEPLOYING" => Self::Deploying,
            "MIGRATION_IN_PROGRESS" => Self::MigrationInProgress,
            "TASK_IN_PROGRESS" => Self::TaskInProgress,
            "READY" => Self::Ready,
            "UP" => Self::Up,
            "GHOST" => Self::Ghost,
            "STOPPING" => Self::Stopping,
            "DELETED" => Self::Deleted,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for InstanceState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for InstanceState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for InstanceState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// A running instance of an application.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Instance {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `appId`
    #[serde(rename = "appId", default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// `ip`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// `appPort`
    #[serde(rename = "appPort", default, skip_serializing_if = "Option::is_none")]
    pub app_port: Option<i32>,
    /// `state`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<InstanceState>,
    /// `flavor`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flavor: Option<InstanceFlavor>,
    /// `commit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
    /// `deployNumber`
    #[serde(rename = "deployNumber", default, skip_serializing_if = "Option::is_none")]
    pub deploy_number: Option<i32>,
    /// `deployId`
    #[serde(rename = "deployId", default, skip_serializing_if = "Option::is_none")]
    pub deploy_id: Option<String>,
    /// `instanceNumber`
    #[serde(rename = "instanceNumber", default, skip_serializing_if = "Option::is_none")]
    pub instance_number: Option<i32>,
    /// `displayName`
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `creationDate`
    ///
    /// Set by the server; ignored in requests.
    #[serde(rename = "creationDate", default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<i64>,
}
/// The `InstanceFlavor` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InstanceFlavor {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `mem`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mem: Option<i32>,
    /// `cpus`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpus: Option<i32>,
    /// `price`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
}
/// The `InstanceMap` schema.
pub type InstanceMap = std::collections::BTreeMap<String, Instance>;
/// The `InstanceType` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InstanceType {
    /// `type`
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// `version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `variant`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<InstanceVariant>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `enabled`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// `comingSoon`
    #[serde(rename = "comingSoon", default, skip_serializing_if = "Option::is_none")]
    pub coming_soon: Option<bool>,
    /// `maxInstances`
    #[serde(rename = "maxInstances", default, skip_serializing_if = "Option::is_none")]
    pub max_instances: Option<i32>,
    /// `tags`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// `deployments`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployments: Option<Vec<String>>,
    /// `flavors`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flavors: Option<Vec<Flavor>>,
    /// `defaultFlavor`
    #[serde(rename = "defaultFlavor", default, skip_serializing_if = "Option::is_none")]
    pub default_flavor: Option<Flavor>,
    /// `buildFlavor`
    #[serde(rename = "buildFlavor", default, skip_serializing_if = "Option::is_none")]
    pub build_flavor: Option<Flavor>,
}
/// The `InstanceVariant` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InstanceVariant {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `slug`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `deployType`
    #[serde(rename = "deployType", default, skip_serializing_if = "Option::is_none")]
    pub deploy_type: Option<String>,
    /// `logo`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
}
/// The `InvoiceStatus` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoiceStatus {
    /// `PAID`
    Paid,
    /// `CANCELED`
    Canceled,
    /// `PROCESSING`
    Processing,
    /// `FAIL`
    Fail,
    /// `REFUNDED`
    Refunded,
    /// `PENDING`
    Pending,
    /// `TEST`
    Test,
    /// `TOBEREFUNDED`
    Toberefunded,
    /// `WONTPAY`
    Wontpay,
    /// `PAYMENT_HELD`
    PaymentHeld,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl InvoiceStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Paid => "PAID",
            Self::Canceled => "CANCELED",
            Self::Processing => "PROCESSING",
            Self::Fail => "FAIL",
            Self::Refunded => "REFUNDED",
            Self::Pending => "PENDING",
            Self::Test => "TEST",
            Self::Toberefunded => "TOBEREFUNDED",
            Self::Wontpay => "WONTPAY",
            Self::PaymentHeld => "PAYMENT_HELD",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for InvoiceStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "PAID" => Self::Paid,
            "CANCELED" => Self::Canceled,
            "PROCESSING" => Self::Processing,
            "FAIL" => Self::Fail,
            "REFUNDED" => Self::Refunded,
            "PENDING" => Self::Pending,
            "TEST" => Self::Test,
            "TOBEREFUNDED" => Self::Toberefunded,
            "WONTPAY" => Self::Wontpay,
            "PAYMENT_HELD" => Self::PaymentHeld,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for InvoiceStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for InvoiceStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for InvoiceStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `InvoiceType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoiceType {
    /// `INVOICE`
    Invoice,
    /// `CREDITNOTE`
    Creditnote,
    /// `PURCHASE_ORDER`
    PurchaseOrder,
    /// `ADDON_PREORDER`
    AddonPreorder,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl InvoiceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Invoice => "INVOICE",
            Self::Creditnote => "CREDITNOTE",
            Self::PurchaseOrder => "PURCHASE_ORDER",
            Self::AddonPreorder => "ADDON_PREORDER",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for InvoiceType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "INVOICE" => Self::Invoice,
            "CREDITNOTE" => Self::Creditnote,
            "PURCHASE_ORDER" => Self::PurchaseOrder,
            "ADDON_PREORDER" => Self::AddonPreorder,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for InvoiceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for InvoiceType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for InvoiceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `InvoicePayWhen` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoicePayWhen {
    /// `PAY_NOW`
    PayNow,
    /// `PAY_NEXT_MONTH`
    PayNextMonth,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl InvoicePayWhen {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PayNow => "PAY_NOW",
            Self::PayNextMonth => "PAY_NEXT_MONTH",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for InvoicePayWhen {
    fn from(value: String) -> Self {
        match value.as_str() {
            "PAY_NOW" => Self::PayNow,
            "PAY_NEXT_MONTH" => Self::PayNextMonth,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for InvoicePayWhen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for InvoicePayWhen {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for InvoicePayWhen {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// An invoice, credit note or purchase order.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Invoice {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `number`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<InvoiceStatus>,
    /// `emissionDate`
    #[serde(rename = "emissionDate", default, skip_serializing_if = "Option::is_none")]
    pub emission_date: Option<String>,
    /// `paymentDate`
    #[serde(rename = "paymentDate", default, skip_serializing_if = "Option::is_none")]
    pub payment_date: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `company`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// `target`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// `address`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// `zipCode`
    #[serde(rename = "zipCode", default, skip_serializing_if = "Option::is_none")]
    pub zip_code: Option<String>,
    /// `city`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// `country`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// `countryCode`
    #[serde(rename = "countryCode", default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    /// `vatNumber`
    #[serde(rename = "vatNumber", default, skip_serializing_if = "Option::is_none")]
    pub vat_number: Option<String>,
    /// `fromSubscription`
    #[serde(
        rename = "fromSubscription",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub from_subscription: Option<bool>,
    /// `lines`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lines: Option<Vec<InvoiceLine>>,
    /// `originalTotal`
    #[serde(rename = "originalTotal", default, skip_serializing_if = "Option::is_none")]
    pub original_total: Option<f64>,
    /// `totalHT`
    #[serde(rename = "totalHT", default, skip_serializing_if = "Option::is_none")]
    pub total_ht: Option<f64>,
    /// `totalVAT`
    #[serde(rename = "totalVAT", default, skip_serializing_if = "Option::is_none")]
    pub total_vat: Option<f64>,
    /// `totalTTC`
    #[serde(rename = "totalTTC", default, skip_serializing_if = "Option::is_none")]
    pub total_ttc: Option<f64>,
    /// `type`
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<InvoiceType>,
    /// `payingUser`
    #[serde(rename = "payingUser", default, skip_serializing_if = "Option::is_none")]
    pub paying_user: Option<OrganisationMember>,
    /// `errorCode`
    #[serde(rename = "errorCode", default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// `errorShortMsg`
    #[serde(rename = "errorShortMsg", default, skip_serializing_if = "Option::is_none")]
    pub error_short_msg: Option<String>,
    /// `errorLongMsg`
    #[serde(rename = "errorLongMsg", default, skip_serializing_if = "Option::is_none")]
    pub error_long_msg: Option<String>,
    /// `token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// `targetId`
    #[serde(rename = "targetId", default, skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
    /// `forId`
    #[serde(rename = "forId", default, skip_serializing_if = "Option::is_none")]
    pub for_id: Option<String>,
    /// `customerOrderId`
    #[serde(
        rename = "customerOrderId",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub customer_order_id: Option<String>,
    /// `customerCostCenter`
    #[serde(
        rename = "customerCostCenter",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub customer_cost_center: Option<String>,
    /// `vatRate`
    #[serde(rename = "vatRate", default, skip_serializing_if = "Option::is_none")]
    pub vat_rate: Option<f64>,
    /// `payWhen`
    #[serde(rename = "payWhen", default, skip_serializing_if = "Option::is_none")]
    pub pay_when: Option<InvoicePayWhen>,
}
/// The `InvoiceLine` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InvoiceLine {
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `subDescription`
    #[serde(rename = "subDescription", default, skip_serializing_if = "Option::is_none")]
    pub sub_description: Option<String>,
    /// `pack`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pack: Option<String>,
    /// `VAT`
    #[serde(rename = "VAT", default, skip_serializing_if = "Option::is_none")]
    pub vat: Option<f64>,
    /// `price`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
}
/// The `LinkedAddonEnv` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct LinkedAddonEnv {
    /// `provider_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<String>,
    /// `addon_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addon_id: Option<String>,
    /// `addon_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addon_name: Option<String>,
    /// `env`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<EnvVar>>,
}
/// A load balancer; the provider does not publish its fields.
pub type LoadBalancer = std::collections::BTreeMap<String, serde_json::Value>;
/// One log line of an application, as sent by the logs endpoints and the logs WebSocket.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LogLine {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `date`
    pub date: String,
    /// `message`
    pub message: String,
    /// `severity`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<String>,
    /// `facility`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facility: Option<String>,
    /// `service`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// `pid`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid: Option<i64>,
    /// `applicationId`
    #[serde(rename = "applicationId", default, skip_serializing_if = "Option::is_none")]
    pub application_id: Option<String>,
    /// `deploymentId`
    #[serde(rename = "deploymentId", default, skip_serializing_if = "Option::is_none")]
    pub deployment_id: Option<String>,
    /// `instanceId`
    #[serde(rename = "instanceId", default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// `commitId`
    #[serde(rename = "commitId", default, skip_serializing_if = "Option::is_none")]
    pub commit_id: Option<String>,
    /// `region`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `zone`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
}
/// The `LoginForm` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct LoginForm {
    /// `email`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `pass`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass: Option<String>,
    /// `from_authorize`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_authorize: Option<String>,
    /// `cli_token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cli_token: Option<String>,
    /// `oauth_token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_token: Option<String>,
    /// `partner_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
}
/// The `MatomoAddonPlanIdentifier` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MatomoAddonPlanIdentifier {
    /// `BETA`
    Beta,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl MatomoAddonPlanIdentifier {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Beta => "BETA",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for MatomoAddonPlanIdentifier {
    fn from(value: String) -> Self {
        match value.as_str() {
            "BETA" => Self::Beta,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for MatomoAddonPlanIdentifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for MatomoAddonPlanIdentifier {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for MatomoAddonPlanIdentifier {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `MatomoAddon` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MatomoAddon {
    /// `addonId`
    #[serde(rename = "addonId")]
    pub addon_id: String,
    /// `host`
    pub host: String,
    /// `mysqlId`
    #[serde(rename = "mysqlId")]
    pub mysql_id: String,
    /// `ownerId`
    #[serde(rename = "ownerId")]
    pub owner_id: std::collections::BTreeMap<String, serde_json::Value>,
    /// `phpId`
    #[serde(rename = "phpId")]
    pub php_id: std::collections::BTreeMap<String, serde_json::Value>,
    /// `planIdentifier`
    ///
    /// Defaults to `"BETA"` when left out.
    #[serde(rename = "planIdentifier")]
    pub plan_identifier: MatomoAddonPlanIdentifier,
    /// `redisId`
    #[serde(rename = "redisId")]
    pub redis_id: String,
}
/// The `MatomoTokenInfo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MatomoTokenInfo {
    /// `addonId`
    #[serde(rename = "addonId")]
    pub addon_id: String,
    /// `ownerId`
    #[serde(rename = "ownerId")]
    pub owner_id: std::collections::BTreeMap<String, serde_json::Value>,
    /// `phpAppId`
    #[serde(rename = "phpAppId")]
    pub php_app_id: std::collections::BTreeMap<String, serde_json::Value>,
}
/// The `MaxCreditsInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MaxCreditsInput {
    /// `max`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}
/// The `MemberInvitation` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MemberInvitation {
    /// `role`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// `job`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<String>,
    /// `email`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}
/// The `MemberUserPreferredMfa` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MemberUserPreferredMfa {
    /// `NONE`
    None,
    /// `TOTP`
    Totp,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl MemberUserPreferredMfa {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Totp => "TOTP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for MemberUserPreferredMfa {
    fn from(value: String) -> Self {
        match value.as_str() {
            "NONE" => Self::None,
            "TOTP" => Self::Totp,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for MemberUserPreferredMfa {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for MemberUserPreferredMfa {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for MemberUserPreferredMfa {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `MemberUser` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MemberUser {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `email`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `avatar`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// `preferredMFA`
    #[serde(rename = "preferredMFA", default, skip_serializing_if = "Option::is_none")]
    pub preferred_mfa: Option<MemberUserPreferredMfa>,
}
/// The `MessageType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MessageType {
    /// `error`
    Error_,
    /// `warning`
    Warning,
    /// `success`
    Success,
    /// `info`
    Info,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl MessageType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Error_ => "error",
            Self::Warning => "warning",
            Self::Success => "success",
            Self::Info => "info",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for MessageType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "error" => Self::Error_,
            "warning" => Self::Warning,
            "success" => Self::Success,
            "info" => Self::Info,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for MessageType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for MessageType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for MessageType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// Short status message returned by many v2 writes.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Message {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i32>,
    /// `message`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `type`
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<MessageType>,
}
/// The `MfaConfirmation` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MfaConfirmation {
    /// `revokeTokens`
    #[serde(rename = "revokeTokens", default, skip_serializing_if = "Option::is_none")]
    pub revoke_tokens: Option<bool>,
    /// `code`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}
/// The `MfaLoginForm` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MfaLoginForm {
    /// `mfa_kind`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_kind: Option<String>,
    /// `mfa_attempt`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_attempt: Option<String>,
    /// `email`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `auth_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_id: Option<String>,
    /// `from_authorize`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_authorize: Option<String>,
    /// `cli_token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cli_token: Option<String>,
    /// `oauth_token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_token: Option<String>,
    /// `partner_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
}
/// The `MfaPreference` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MfaPreference {
    /// `favourite`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub favourite: Option<bool>,
}
/// The `MfaRecoveryCode` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MfaRecoveryCode {
    /// `code`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}
/// The `Namespace` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Namespace {
    /// `namespace`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}
/// A network group with its members and peers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NetworkGroup {
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `id`
    pub id: String,
    /// `label`
    pub label: String,
    /// `lastAllocatedIp`
    #[serde(rename = "lastAllocatedIp")]
    pub last_allocated_ip: String,
    /// `members`
    ///
    /// Defaults to `[]` when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<NetworkGroupMember>>,
    /// `networkIp`
    #[serde(rename = "networkIp")]
    pub network_ip: String,
    /// `ownerId`
    #[serde(rename = "ownerId")]
    pub owner_id: String,
    /// `peers`
    ///
    /// Defaults to `[]` when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peers: Option<Vec<NetworkGroupPeer>>,
    /// `tags`
    ///
    /// Defaults to `[]` when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// `version`
    pub version: i32,
}
/// The `NetworkGroupInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct NetworkGroupInput {
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `label`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `members`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<NetworkGroupMemberInput>>,
    /// `tags`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}
/// The `NetworkGroupMemberType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NetworkGroupMemberType {
    /// `application`
    Application,
    /// `addon`
    Addon,
    /// `external`
    External,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl NetworkGroupMemberType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Application => "application",
            Self::Addon => "addon",
            Self::External => "external",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for NetworkGroupMemberType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "application" => Self::Application,
            "addon" => Self::Addon,
            "external" => Self::External,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for NetworkGroupMemberType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for NetworkGroupMemberType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for NetworkGroupMemberType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `NetworkGroupMember` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NetworkGroupMember {
    /// `domainName`
    #[serde(rename = "domainName")]
    pub domain_name: String,
    /// `id`
    pub id: String,
    /// `label`
    pub label: String,
    /// `type`
    #[serde(rename = "type")]
    pub type_: NetworkGroupMemberType,
}
/// The `NetworkGroupMemberInputType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NetworkGroupMemberInputType {
    /// `application`
    Application,
    /// `addon`
    Addon,
    /// `external`
    External,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl NetworkGroupMemberInputType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Application => "application",
            Self::Addon => "addon",
            Self::External => "external",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for NetworkGroupMemberInputType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "application" => Self::Application,
            "addon" => Self::Addon,
            "external" => Self::External,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for NetworkGroupMemberInputType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for NetworkGroupMemberInputType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for NetworkGroupMemberInputType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `NetworkGroupMemberInput` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NetworkGroupMemberInput {
    /// `domainName`
    #[serde(rename = "domainName")]
    pub domain_name: String,
    /// `id`
    pub id: String,
    /// `label`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `type`
    #[serde(rename = "type")]
    pub type_: NetworkGroupMemberInputType,
}
/// A peer of a network group: either a Clever Cloud instance or an external machine.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
pub enum NetworkGroupPeer {
    /// The `CleverPeer` variant.
    CleverPeer(CleverPeer),
    /// The `ExternalPeer` variant.
    ExternalPeer(ExternalPeer),
}
impl<'de> serde::Deserialize<'de> for NetworkGroupPeer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if let Ok(v) = <CleverPeer as serde::Deserialize>::deserialize(&value) {
            return Ok(Self::CleverPeer(v));
        }
        if let Ok(v) = <ExternalPeer as serde::Deserialize>::deserialize(&value) {
            return Ok(Self::ExternalPeer(v));
        }
        Err(
            serde::de::Error::custom(
                "data did not match any variant of untagged enum NetworkGroupPeer",
            ),
        )
    }
}
/// The `OauthAppRef` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OauthAppRef {
    /// `owner`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
/// The `OauthAuthorizationForm` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OauthAuthorizationForm {
    /// `almighty`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub almighty: Option<String>,
    /// `access_organisations`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_organisations: Option<String>,
    /// `manage_organisations`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manage_organisations: Option<String>,
    /// `manage_organisations_services`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manage_organisations_services: Option<String>,
    /// `manage_organisations_applications`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manage_organisations_applications: Option<String>,
    /// `manage_organisations_members`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manage_organisations_members: Option<String>,
    /// `access_organisations_bills`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_organisations_bills: Option<String>,
    /// `access_organisations_credit_count`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_organisations_credit_count: Option<String>,
    /// `access_organisations_consumption_statistics`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_organisations_consumption_statistics: Option<String>,
    /// `access_personal_information`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_personal_information: Option<String>,
    /// `manage_personal_information`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manage_personal_information: Option<String>,
    /// `manage_ssh_keys`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manage_ssh_keys: Option<String>,
}
/// A registered OAuth consumer.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OauthConsumer {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `key`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// `url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `picture`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<String>,
    /// `baseUrl`
    #[serde(rename = "baseUrl", default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// `rights`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rights: Option<OauthRights>,
}
/// The `OauthConsumerInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OauthConsumerInput {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `picture`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<String>,
    /// `baseUrl`
    #[serde(rename = "baseUrl", default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// `rights`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rights: Option<std::collections::BTreeMap<String, bool>>,
}
/// The secret of an OAuth consumer; only returned by the dedicated endpoint.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OauthConsumerSecret {
    /// `secret`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}
/// The `OauthConsumerSummary` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OauthConsumerSummary {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `key`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// `picture`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<String>,
}
/// The `OauthParametersForm` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OauthParametersForm {
    /// `oauth_consumer_key`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_consumer_key: Option<String>,
    /// `oauth_token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_token: Option<String>,
    /// `oauth_signature_method`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_signature_method: Option<String>,
    /// `oauth_signature`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_signature: Option<String>,
    /// `oauth_timestamp`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_timestamp: Option<String>,
    /// `oauth_nonce`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_nonce: Option<String>,
    /// `oauth_version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_version: Option<String>,
    /// `oauth_verifier`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_verifier: Option<String>,
    /// `oauth_callback`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_callback: Option<String>,
    /// `oauth_token_secret`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_token_secret: Option<String>,
    /// `oauth_callback_confirmed`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_callback_confirmed: Option<String>,
}
/// The `OauthRights` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OauthRights {
    /// `almighty`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub almighty: Option<bool>,
    /// `access_organisations`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_organisations: Option<bool>,
    /// `manage_organisations`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manage_organisations: Option<bool>,
    /// `manage_organisations_services`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manage_organisations_services: Option<bool>,
    /// `manage_organisations_applications`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manage_organisations_applications: Option<bool>,
    /// `manage_organisations_members`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manage_organisations_members: Option<bool>,
    /// `access_organisations_bills`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_organisations_bills: Option<bool>,
    /// `access_organisations_credit_count`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_organisations_credit_count: Option<bool>,
    /// `access_organisations_consumption_statistics`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_organisations_consumption_statistics: Option<bool>,
    /// `access_personal_information`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_personal_information: Option<bool>,
    /// `manage_personal_information`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manage_personal_information: Option<bool>,
    /// `manage_ssh_keys`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manage_ssh_keys: Option<bool>,
}
/// An OAuth access token granted by the user.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OauthToken {
    /// `token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// `consumer`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumer: Option<OauthConsumer>,
    /// `creationDate`
    #[serde(rename = "creationDate", default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<i64>,
    /// `expirationDate`
    #[serde(rename = "expirationDate", default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<i64>,
    /// `lastUtilisation`
    #[serde(
        rename = "lastUtilisation",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub last_utilisation: Option<i64>,
    /// `rights`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rights: Option<OauthRights>,
    /// `employeeId`
    #[serde(rename = "employeeId", default, skip_serializing_if = "Option::is_none")]
    pub employee_id: Option<String>,
}
/// Form-encoded token answer of the OAuth 1.0a request-token and access-token steps.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OauthTokenCredentials {
    /// `oauth_token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_token: Option<String>,
    /// `oauth_token_secret`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_token_secret: Option<String>,
    /// `oauth_callback_confirmed`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_callback_confirmed: Option<String>,
}
/// The `OauthTransaction` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OauthTransaction {
    /// `transactionId`
    #[serde(rename = "transactionId", default, skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// `redirectUri`
    #[serde(rename = "redirectUri", default, skip_serializing_if = "Option::is_none")]
    pub redirect_uri: Option<String>,
}
/// A deployment as returned by the v4 orchestration service; fields are not published.
pub type OrchestrationDeployment = std::collections::BTreeMap<String, serde_json::Value>;
/// An instance as returned by the v4 orchestration service; fields are not published.
pub type OrchestrationInstance = std::collections::BTreeMap<String, serde_json::Value>;
/// The `OrganisationVatState` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrganisationVatState {
    /// `INVALID`
    Invalid,
    /// `PENDING_VALIDATION`
    PendingValidation,
    /// `VALID`
    Valid,
    /// `NOT_NEEDED`
    NotNeeded,
    /// `NOT_APPLICABLE`
    NotApplicable,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl OrganisationVatState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Invalid => "INVALID",
            Self::PendingValidation => "PENDING_VALIDATION",
            Self::Valid => "VALID",
            Self::NotNeeded => "NOT_NEEDED",
            Self::NotApplicable => "NOT_APPLICABLE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for OrganisationVatState {
    fn from(value: String) -> Self {
        match value.as_str() {
            "INVALID" => Self::Invalid,
            "PENDING_VALIDATION" => Self::PendingValidation,
            "VALID" => Self::Valid,
            "NOT_NEEDED" => Self::NotNeeded,
            "NOT_APPLICABLE" => Self::NotApplicable,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for OrganisationVatState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for OrganisationVatState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for OrganisationVatState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// An organisation as returned by the API.
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
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `billingEmail`
    #[serde(rename = "billingEmail", default, skip_serializing_if = "Option::is_none")]
    pub billing_email: Option<String>,
    /// `address`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// `city`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// `zipcode`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zipcode: Option<String>,
    /// `country`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// `company`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// `VAT`
    #[serde(rename = "VAT", default, skip_serializing_if = "Option::is_none")]
    pub vat: Option<String>,
    /// `avatar`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// `vatState`
    #[serde(rename = "vatState", default, skip_serializing_if = "Option::is_none")]
    pub vat_state: Option<OrganisationVatState>,
    /// `customerFullName`
    #[serde(
        rename = "customerFullName",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub customer_full_name: Option<String>,
    /// `canPay`
    #[serde(rename = "canPay", default, skip_serializing_if = "Option::is_none")]
    pub can_pay: Option<bool>,
    /// `cleverEnterprise`
    #[serde(
        rename = "cleverEnterprise",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub clever_enterprise: Option<bool>,
    /// `emergencyNumber`
    #[serde(
        rename = "emergencyNumber",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub emergency_number: Option<String>,
    /// `canSEPA`
    #[serde(rename = "canSEPA", default, skip_serializing_if = "Option::is_none")]
    pub can_sepa: Option<bool>,
    /// `isTrusted`
    #[serde(rename = "isTrusted", default, skip_serializing_if = "Option::is_none")]
    pub is_trusted: Option<bool>,
}
/// The `OrganisationContactContactType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrganisationContactContactType {
    /// `security`
    Security,
    /// `privacy`
    Privacy,
    /// `abuse`
    Abuse,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl OrganisationContactContactType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Security => "security",
            Self::Privacy => "privacy",
            Self::Abuse => "abuse",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for OrganisationContactContactType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "security" => Self::Security,
            "privacy" => Self::Privacy,
            "abuse" => Self::Abuse,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for OrganisationContactContactType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for OrganisationContactContactType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for OrganisationContactContactType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `OrganisationContact` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OrganisationContact {
    /// `contact_type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_type: Option<OrganisationContactContactType>,
    /// `email_address`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `phone_number`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
}
/// The `OrganisationDeploymentEntry` schema.
pub type OrganisationDeploymentEntry = std::collections::BTreeMap<
    String,
    serde_json::Value,
>;
/// Fields to create or update an organisation.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OrganisationInput {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `address`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// `city`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// `zipcode`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zipcode: Option<String>,
    /// `country`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// `company`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// `customerFullName`
    #[serde(
        rename = "customerFullName",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub customer_full_name: Option<String>,
    /// `VAT`
    #[serde(rename = "VAT", default, skip_serializing_if = "Option::is_none")]
    pub vat: Option<String>,
    /// `billingEmail`
    #[serde(rename = "billingEmail", default, skip_serializing_if = "Option::is_none")]
    pub billing_email: Option<String>,
    /// `contacts`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contacts: Option<Vec<OrganisationContact>>,
}
/// The `OrganisationMemberRole` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrganisationMemberRole {
    /// `NONE`
    None,
    /// `ADMIN`
    Admin,
    /// `ACCOUNTING`
    Accounting,
    /// `DEVELOPER`
    Developer,
    /// `MANAGER`
    Manager,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl OrganisationMemberRole {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Admin => "ADMIN",
            Self::Accounting => "ACCOUNTING",
            Self::Developer => "DEVELOPER",
            Self::Manager => "MANAGER",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for OrganisationMemberRole {
    fn from(value: String) -> Self {
        match value.as_str() {
            "NONE" => Self::None,
            "ADMIN" => Self::Admin,
            "ACCOUNTING" => Self::Accounting,
            "DEVELOPER" => Self::Developer,
            "MANAGER" => Self::Manager,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for OrganisationMemberRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for OrganisationMemberRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for OrganisationMemberRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `OrganisationMember` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OrganisationMember {
    /// `member`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<MemberUser>,
    /// `role`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<OrganisationMemberRole>,
    /// `job`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<String>,
}
/// The `OrganisationSummaryRole` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrganisationSummaryRole {
    /// `NONE`
    None,
    /// `ADMIN`
    Admin,
    /// `ACCOUNTING`
    Accounting,
    /// `DEVELOPER`
    Developer,
    /// `MANAGER`
    Manager,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl OrganisationSummaryRole {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Admin => "ADMIN",
            Self::Accounting => "ACCOUNTING",
            Self::Developer => "DEVELOPER",
            Self::Manager => "MANAGER",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for OrganisationSummaryRole {
    fn from(value: String) -> Self {
        match value.as_str() {
            "NONE" => Self::None,
            "ADMIN" => Self::Admin,
            "ACCOUNTING" => Self::Accounting,
            "DEVELOPER" => Self::Developer,
            "MANAGER" => Self::Manager,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for OrganisationSummaryRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for OrganisationSummaryRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for OrganisationSummaryRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `OrganisationSummaryVatState` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrganisationSummaryVatState {
    /// `INVALID`
    Invalid,
    /// `PENDING_VALIDATION`
    PendingValidation,
    /// `VALID`
    Valid,
    /// `NOT_NEEDED`
    NotNeeded,
    /// `NOT_APPLICABLE`
    NotApplicable,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl OrganisationSummaryVatState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Invalid => "INVALID",
            Self::PendingValidation => "PENDING_VALIDATION",
            Self::Valid => "VALID",
            Self::NotNeeded => "NOT_NEEDED",
            Self::NotApplicable => "NOT_APPLICABLE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for OrganisationSummaryVatState {
    fn from(value: String) -> Self {
        match value.as_str() {
            "INVALID" => Self::Invalid,
            "PENDING_VALIDATION" => Self::PendingValidation,
            "VALID" => Self::Valid,
            "NOT_NEEDED" => Self::NotNeeded,
            "NOT_APPLICABLE" => Self::NotApplicable,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for OrganisationSummaryVatState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for OrganisationSummaryVatState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for OrganisationSummaryVatState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `OrganisationSummary` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OrganisationSummary {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `avatar`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// `applications`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applications: Option<Vec<ApplicationSummary>>,
    /// `addons`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addons: Option<Vec<AddonSummary>>,
    /// `consumers`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumers: Option<Vec<OauthConsumerSummary>>,
    /// `role`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<OrganisationSummaryRole>,
    /// `providers`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub providers: Option<Vec<ProviderSummary>>,
    /// `vatState`
    #[serde(rename = "vatState", default, skip_serializing_if = "Option::is_none")]
    pub vat_state: Option<OrganisationSummaryVatState>,
    /// `canPay`
    #[serde(rename = "canPay", default, skip_serializing_if = "Option::is_none")]
    pub can_pay: Option<bool>,
    /// `canSEPA`
    #[serde(rename = "canSEPA", default, skip_serializing_if = "Option::is_none")]
    pub can_sepa: Option<bool>,
    /// `cleverEnterprise`
    #[serde(
        rename = "cleverEnterprise",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub clever_enterprise: Option<bool>,
    /// `emergencyNumber`
    #[serde(
        rename = "emergencyNumber",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub emergency_number: Option<String>,
    /// `isTrusted`
    #[serde(rename = "isTrusted", default, skip_serializing_if = "Option::is_none")]
    pub is_trusted: Option<bool>,
}
/// The `OwnedTardisCreateRequest` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OwnedTardisCreateRequest {
    /// `ttl`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<String>,
}
/// The `Owner` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Owner {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `identity`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    /// `emails`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<String>>,
}
/// The `PasswordChange` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PasswordChange {
    /// `oldPassword`
    #[serde(rename = "oldPassword", default, skip_serializing_if = "Option::is_none")]
    pub old_password: Option<String>,
    /// `newPassword`
    #[serde(rename = "newPassword", default, skip_serializing_if = "Option::is_none")]
    pub new_password: Option<String>,
    /// `dropTokens`
    #[serde(rename = "dropTokens", default, skip_serializing_if = "Option::is_none")]
    pub drop_tokens: Option<bool>,
}
/// The `PasswordResetForm` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PasswordResetForm {
    /// `pass`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass: Option<String>,
    /// `pass2`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass2: Option<String>,
    /// `partner_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
}
/// The `PasswordResetRequestForm` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PasswordResetRequestForm {
    /// `login`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
    /// `drop_tokens`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drop_tokens: Option<String>,
    /// `partner_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
}
/// The `PaymentDataType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PaymentDataType {
    /// `NEW_CARD`
    NewCard,
    /// `EXISTING_CARD`
    ExistingCard,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl PaymentDataType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NewCard => "NEW_CARD",
            Self::ExistingCard => "EXISTING_CARD",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for PaymentDataType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "NEW_CARD" => Self::NewCard,
            "EXISTING_CARD" => Self::ExistingCard,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for PaymentDataType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for PaymentDataType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PaymentDataType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `PaymentData` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentData {
    /// `type`
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<PaymentDataType>,
    /// `token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// `deviceData`
    #[serde(rename = "deviceData", default, skip_serializing_if = "Option::is_none")]
    pub device_data: Option<String>,
}
/// The `PaymentInfo` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentInfo {
    /// `fromOrga`
    #[serde(rename = "fromOrga", default, skip_serializing_if = "Option::is_none")]
    pub from_orga: Option<bool>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `company`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// `address`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// `zipCode`
    #[serde(rename = "zipCode", default, skip_serializing_if = "Option::is_none")]
    pub zip_code: Option<String>,
    /// `city`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// `country`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// `vatNumber`
    #[serde(rename = "vatNumber", default, skip_serializing_if = "Option::is_none")]
    pub vat_number: Option<String>,
    /// `errors`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<std::collections::BTreeMap<String, String>>,
}
/// The `PaymentMethodType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PaymentMethodType {
    /// `CREDITCARD`
    Creditcard,
    /// `PAYPAL`
    Paypal,
    /// `SEPA_DEBIT`
    SepaDebit,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl PaymentMethodType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creditcard => "CREDITCARD",
            Self::Paypal => "PAYPAL",
            Self::SepaDebit => "SEPA_DEBIT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for PaymentMethodType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "CREDITCARD" => Self::Creditcard,
            "PAYPAL" => Self::Paypal,
            "SEPA_DEBIT" => Self::SepaDebit,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for PaymentMethodType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for PaymentMethodType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PaymentMethodType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `PaymentMethod` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethod {
    /// `ownerId`
    #[serde(rename = "ownerId", default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// `type`
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<PaymentMethodType>,
    /// `token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// `imageUrl`
    #[serde(rename = "imageUrl", default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// `isDefault`
    #[serde(rename = "isDefault", default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// `holderName`
    #[serde(rename = "holderName", default, skip_serializing_if = "Option::is_none")]
    pub holder_name: Option<String>,
    /// `number`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// `expirationDate`
    #[serde(rename = "expirationDate", default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<String>,
    /// `isExpired`
    #[serde(rename = "isExpired", default, skip_serializing_if = "Option::is_none")]
    pub is_expired: Option<bool>,
    /// `cardType`
    #[serde(rename = "cardType", default, skip_serializing_if = "Option::is_none")]
    pub card_type: Option<String>,
    /// `email`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `bankCode`
    #[serde(rename = "bankCode", default, skip_serializing_if = "Option::is_none")]
    pub bank_code: Option<String>,
    /// `branchCode`
    #[serde(rename = "branchCode", default, skip_serializing_if = "Option::is_none")]
    pub branch_code: Option<String>,
    /// `country`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// `fingerprint`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
}
/// The `PaymentNextStep` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentNextStep {
    /// `url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
/// The `PaymentProviderSelectionProvider` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PaymentProviderSelectionProvider {
    /// `PAYPAL`
    Paypal,
    /// `CREDITCARD`
    Creditcard,
    /// `COUPON`
    Coupon,
    /// `BITCOIN`
    Bitcoin,
    /// `TRANSFER`
    Transfer,
    /// `FREE`
    Free,
    /// `SEPA_DEBIT`
    SepaDebit,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl PaymentProviderSelectionProvider {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Paypal => "PAYPAL",
            Self::Creditcard => "CREDITCARD",
            Self::Coupon => "COUPON",
            Self::Bitcoin => "BITCOIN",
            Self::Transfer => "TRANSFER",
            Self::Free => "FREE",
            Self::SepaDebit => "SEPA_DEBIT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for PaymentProviderSelectionProvider {
    fn from(value: String) -> Self {
        match value.as_str() {
            "PAYPAL" => Self::Paypal,
            "CREDITCARD" => Self::Creditcard,
            "COUPON" => Self::Coupon,
            "BITCOIN" => Self::Bitcoin,
            "TRANSFER" => Self::Transfer,
            "FREE" => Self::Free,
            "SEPA_DEBIT" => Self::SepaDebit,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for PaymentProviderSelectionProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for PaymentProviderSelectionProvider {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PaymentProviderSelectionProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `PaymentProviderSelection` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentProviderSelection {
    /// `provider`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<PaymentProviderSelectionProvider>,
}
/// Error returned as plain text (network groups service).
pub type PlainTextError = String;
/// The `PriceWithTax` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PriceWithTax {
    /// `price`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<i64>,
    /// `taxFreePrice`
    #[serde(rename = "taxFreePrice", default, skip_serializing_if = "Option::is_none")]
    pub tax_free_price: Option<i64>,
    /// `vatRatio`
    #[serde(rename = "vatRatio", default, skip_serializing_if = "Option::is_none")]
    pub vat_ratio: Option<i64>,
    /// `invoicedOwner`
    #[serde(rename = "invoicedOwner", default, skip_serializing_if = "Option::is_none")]
    pub invoiced_owner: Option<String>,
}
/// The `ProviderProvisionRequest` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ProviderProvisionRequest {
    /// `callback_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// `heroku_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heroku_id: Option<String>,
    /// `logplex_token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logplex_token: Option<String>,
    /// `logs_collector`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logs_collector: Option<String>,
    /// `options`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<std::collections::BTreeMap<String, String>>,
    /// `owner_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// `plan`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    /// `region`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `user_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}
/// The `ProviderProvisionResult` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ProviderProvisionResult {
    /// `config`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `message`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
/// The `ProviderSummary` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ProviderSummary {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
/// An Apache Pulsar add-on.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PulsarAddon {
    /// `ask_for_deletion_date`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ask_for_deletion_date: Option<String>,
    /// `cluster_id`
    pub cluster_id: String,
    /// `cold_storage_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cold_storage_id: Option<String>,
    /// `cold_storage_linked`
    pub cold_storage_linked: bool,
    /// `cold_storage_must_be_provided`
    pub cold_storage_must_be_provided: bool,
    /// `creation_date`
    pub creation_date: String,
    /// `deletion_date`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_date: Option<String>,
    /// `id`
    pub id: String,
    /// `namespace`
    pub namespace: String,
    /// `owner_id`
    pub owner_id: std::collections::BTreeMap<String, serde_json::Value>,
    /// `plan`
    pub plan: std::collections::BTreeMap<String, serde_json::Value>,
    /// `status`
    pub status: std::collections::BTreeMap<String, serde_json::Value>,
    /// `tenant`
    pub tenant: String,
    /// `token`
    pub token: std::collections::BTreeMap<String, serde_json::Value>,
}
/// The `PulsarCluster` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PulsarCluster {
    /// `features`
    pub features: Vec<PulsarFeature>,
    /// `id`
    pub id: String,
    /// `label`
    pub label: String,
    /// `version`
    pub version: String,
    /// `zone`
    pub zone: String,
}
/// The `PulsarClusterPolicy` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PulsarClusterPolicy {
    /// `duration`
    pub duration: PulsarQuantity,
    /// `size`
    pub size: PulsarQuantity,
}
/// The `PulsarClusterStoragePolicies` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PulsarClusterStoragePolicies {
    /// `offloadPolicies`
    #[serde(rename = "offloadPolicies")]
    pub offload_policies: PulsarClusterPolicy,
    /// `retentionPolicies`
    #[serde(rename = "retentionPolicies")]
    pub retention_policies: PulsarClusterPolicy,
}
/// The `PulsarDedicatedOffer` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PulsarDedicatedOffer {
    /// `features`
    pub features: Vec<PulsarFeature>,
}
/// The `PulsarFeature` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PulsarFeature {
    /// `enabled`
    ///
    /// Defaults to `false` when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// `name`
    pub name: String,
}
/// The `PulsarPolicyLimits` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PulsarPolicyLimits {
    /// `durationInDays`
    #[serde(rename = "durationInDays", default, skip_serializing_if = "Option::is_none")]
    pub duration_in_days: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// `sizeInMB`
    #[serde(rename = "sizeInMB", default, skip_serializing_if = "Option::is_none")]
    pub size_in_mb: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}
/// The `PulsarProviderInfo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PulsarProviderInfo {
    /// `clusters`
    pub clusters: Vec<PulsarCluster>,
    /// `dedicated`
    pub dedicated: std::collections::BTreeMap<String, PulsarDedicatedOffer>,
    /// `defaultDedicatedVersion`
    #[serde(rename = "defaultDedicatedVersion")]
    pub default_dedicated_version: String,
    /// `providerId`
    #[serde(rename = "providerId")]
    pub provider_id: String,
}
/// The `PulsarQuantity` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PulsarQuantity {
    /// `unit`
    pub unit: std::collections::BTreeMap<String, serde_json::Value>,
    /// `value`
    pub value: f64,
}
/// The `PulsarStoragePolicies` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PulsarStoragePolicies {
    /// `offloadPolicies`
    #[serde(
        rename = "offloadPolicies",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub offload_policies: Option<PulsarPolicyLimits>,
    /// `retentionPolicies`
    #[serde(
        rename = "retentionPolicies",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub retention_policies: Option<PulsarPolicyLimits>,
}
/// The `RecurrentPayment` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RecurrentPayment {
    /// `user`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
    /// `target`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Owner>,
    /// `thresholdAmount`
    #[serde(
        rename = "thresholdAmount",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub threshold_amount: Option<f64>,
    /// `monthlyAmount`
    #[serde(rename = "monthlyAmount", default, skip_serializing_if = "Option::is_none")]
    pub monthly_amount: Option<f64>,
    /// `threshold`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    /// `currency`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// `token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}
/// The `Redirection` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Redirection {
    /// `namespace`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// `port`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i64>,
}
/// The `RedirectionRequest` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RedirectionRequest {
    /// `namespace`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// `minPort`
    #[serde(rename = "minPort", default, skip_serializing_if = "Option::is_none")]
    pub min_port: Option<i64>,
    /// `maxPort`
    #[serde(rename = "maxPort", default, skip_serializing_if = "Option::is_none")]
    pub max_port: Option<i64>,
}
/// The `SetupIntent` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SetupIntent {
    /// `ownerId`
    #[serde(rename = "ownerId", default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `clientSecret`
    #[serde(rename = "clientSecret", default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// `customer`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
}
/// The `SignedRequestCheck` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SignedRequestCheck {
    /// `verb`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
    /// `uri`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// `authorization`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<String>,
    /// `payload`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<String>,
    /// `nonce`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce: Option<String>,
    /// `mac`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
}
/// The `SshKey` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SshKey {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `key`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// `fingerprint`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
}
/// Raw Stripe webhook payload.
pub type StripeWebhookPayload = String;
/// Overview of the caller and the organisations they belong to.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Summary {
    /// `user`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserSummary>,
    /// `organisations`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisations: Option<Vec<OrganisationSummary>>,
}
/// Raw request body carrying the tags (sent as a JSON string).
pub type TagList = String;
/// A Tardis (Warp 10) add-on with its read and write tokens.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TardisAddon {
    /// `creation_date`
    pub creation_date: String,
    /// `deletion_date`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_date: Option<String>,
    /// `owner_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// `plan`
    pub plan: std::collections::BTreeMap<String, serde_json::Value>,
    /// `read_token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_token: Option<TardisToken>,
    /// `senx_application_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub senx_application_id: Option<String>,
    /// `status`
    pub status: std::collections::BTreeMap<String, serde_json::Value>,
    /// `tardis_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tardis_id: Option<String>,
    /// `write_token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub write_token: Option<TardisToken>,
}
/// The `TardisAddonList` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TardisAddonList {
    /// `addons`
    pub addons: Vec<TardisAddon>,
    /// `ownerID`
    #[serde(rename = "ownerID")]
    pub owner_id: std::collections::BTreeMap<String, serde_json::Value>,
}
/// The `TardisCreateRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TardisCreateRequest {
    /// `authorID`
    #[serde(rename = "authorID", default, skip_serializing_if = "Option::is_none")]
    pub author_id: Option<String>,
    /// `ownerID`
    #[serde(rename = "ownerID")]
    pub owner_id: std::collections::BTreeMap<String, serde_json::Value>,
    /// `plan`
    pub plan: std::collections::BTreeMap<String, serde_json::Value>,
    /// `ttl`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<String>,
}
/// The `TardisProvisionResult` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TardisProvisionResult {
    /// `config`
    pub config: std::collections::BTreeMap<String, String>,
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `message`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
/// The `TardisRestoreResult` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TardisRestoreResult {
    /// `message`
    ///
    /// Defaults to `"Addon is now active"` when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
/// An access token of a Tardis add-on.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TardisToken {
    /// `addon_id`
    pub addon_id: String,
    /// `creation_date`
    pub creation_date: String,
    /// `expiration_date`
    pub expiration_date: String,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `properties`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<String>,
    /// `senx_application_id`
    pub senx_application_id: String,
    /// `token`
    pub token: String,
    /// `tokenType`
    #[serde(rename = "tokenType")]
    pub token_type: std::collections::BTreeMap<String, serde_json::Value>,
    /// `token_id`
    pub token_id: String,
    /// `ttl`
    pub ttl: String,
}
/// The `TardisTokenCreateRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TardisTokenCreateRequest {
    /// `ephemeral`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ephemeral: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `properties`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<std::collections::BTreeMap<String, String>>,
    /// `tokenType`
    #[serde(rename = "tokenType")]
    pub token_type: std::collections::BTreeMap<String, serde_json::Value>,
    /// `ttl`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<String>,
}
/// The `TardisTokenFullList` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TardisTokenFullList {
    /// `tokens`
    pub tokens: Vec<TardisToken>,
}
/// The `TardisTokenList` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
pub enum TardisTokenList {
    /// The `TardisTokenSummaryList` variant.
    TardisTokenSummaryList(TardisTokenSummaryList),
    /// The `TardisTokenFullList` variant.
    TardisTokenFullList(TardisTokenFullList),
}
impl<'de> serde::Deserialize<'de> for TardisTokenList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if let Ok(v) = <TardisTokenSummaryList as serde::Deserialize>::deserialize(
            &value,
        ) {
            return Ok(Self::TardisTokenSummaryList(v));
        }
        if let Ok(v) = <TardisTokenFullList as serde::Deserialize>::deserialize(&value) {
            return Ok(Self::TardisTokenFullList(v));
        }
        Err(
            serde::de::Error::custom(
                "data did not match any variant of untagged enum TardisTokenList",
            ),
        )
    }
}
/// The `TardisTokenSummary` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TardisTokenSummary {
    /// `addon_id`
    pub addon_id: String,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `senx_application_id`
    pub senx_application_id: String,
    /// `token_id`
    pub token_id: String,
}
/// The `TardisTokenSummaryList` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TardisTokenSummaryList {
    /// `tokens`
    pub tokens: Vec<TardisTokenSummary>,
}
/// The `UrlResponse` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UrlResponse {
    /// `url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
/// The `UserPreferredMfa` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserPreferredMfa {
    /// `NONE`
    None,
    /// `TOTP`
    Totp,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl UserPreferredMfa {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Totp => "TOTP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for UserPreferredMfa {
    fn from(value: String) -> Self {
        match value.as_str() {
            "NONE" => Self::None,
            "TOTP" => Self::Totp,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for UserPreferredMfa {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for UserPreferredMfa {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for UserPreferredMfa {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// A user account.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct User {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `email`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `phone`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// `address`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// `city`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// `zipcode`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zipcode: Option<String>,
    /// `country`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// `avatar`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// `creationDate`
    ///
    /// Set by the server; ignored in requests.
    #[serde(rename = "creationDate", default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<i64>,
    /// `lang`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// `emailValidated`
    #[serde(rename = "emailValidated", default, skip_serializing_if = "Option::is_none")]
    pub email_validated: Option<bool>,
    /// `oauthApps`
    #[serde(rename = "oauthApps", default, skip_serializing_if = "Option::is_none")]
    pub oauth_apps: Option<Vec<String>>,
    /// `admin`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin: Option<bool>,
    /// `canPay`
    #[serde(rename = "canPay", default, skip_serializing_if = "Option::is_none")]
    pub can_pay: Option<bool>,
    /// `preferredMFA`
    #[serde(rename = "preferredMFA", default, skip_serializing_if = "Option::is_none")]
    pub preferred_mfa: Option<UserPreferredMfa>,
    /// `hasPassword`
    #[serde(rename = "hasPassword", default, skip_serializing_if = "Option::is_none")]
    pub has_password: Option<bool>,
    /// `partnerId`
    #[serde(rename = "partnerId", default, skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
    /// `partnerName`
    #[serde(rename = "partnerName", default, skip_serializing_if = "Option::is_none")]
    pub partner_name: Option<String>,
    /// `partnerConsoleUrl`
    #[serde(
        rename = "partnerConsoleUrl",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub partner_console_url: Option<String>,
}
/// The `UserSignup` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserSignup {
    /// `email`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `password`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// `phone`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// `address`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// `city`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// `zipcode`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zipcode: Option<String>,
    /// `country`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// `lang`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// `terms`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<bool>,
    /// `subscriptionSource`
    #[serde(
        rename = "subscriptionSource",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub subscription_source: Option<String>,
}
/// The `UserSignupForm` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserSignupForm {
    /// `invitationKey`
    #[serde(rename = "invitationKey", default, skip_serializing_if = "Option::is_none")]
    pub invitation_key: Option<String>,
    /// `addonBetaInvitationKey`
    #[serde(
        rename = "addonBetaInvitationKey",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub addon_beta_invitation_key: Option<String>,
    /// `email`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `pass`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass: Option<String>,
    /// `url_next`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_next: Option<String>,
    /// `terms`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<String>,
    /// `subscription_source`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription_source: Option<String>,
    /// `altcha`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub altcha: Option<String>,
    /// `partner_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
}
/// The `UserSummary` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserSummary {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `avatar`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// `applications`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applications: Option<Vec<ApplicationSummary>>,
    /// `addons`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addons: Option<Vec<AddonSummary>>,
    /// `consumers`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumers: Option<Vec<OauthConsumerSummary>>,
    /// `email`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `lang`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// `admin`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin: Option<bool>,
    /// `canSEPA`
    #[serde(rename = "canSEPA", default, skip_serializing_if = "Option::is_none")]
    pub can_sepa: Option<bool>,
    /// `partnerId`
    #[serde(rename = "partnerId", default, skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
    /// `partnerName`
    #[serde(rename = "partnerName", default, skip_serializing_if = "Option::is_none")]
    pub partner_name: Option<String>,
    /// `partnerConsoleUrl`
    #[serde(
        rename = "partnerConsoleUrl",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub partner_console_url: Option<String>,
}
/// The `ValueInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ValueInput {
    /// `value`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
/// The `ValueWithUnit` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ValueWithUnit {
    /// `unit`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// `value`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// `formatted`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formatted: Option<String>,
}
/// The `VatCheckResult` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VatCheckResult {
    /// `valid`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid: Option<bool>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `address`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}
/// The `VendorAddon` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VendorAddon {
    /// `id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `config`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<std::collections::BTreeMap<String, String>>,
    /// `callback_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// `owner_email`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_email: Option<String>,
    /// `owner_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// `owner_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<String>,
    /// `owner_emails`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_emails: Option<Vec<String>>,
    /// `region`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `domains`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<String>>,
}
/// The `VendorAddonSummary` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct VendorAddonSummary {
    /// `provider_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<String>,
    /// `heroku_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heroku_id: Option<String>,
    /// `addon_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addon_id: Option<String>,
    /// `callback_url`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// `plan`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    /// `owner_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
}
/// The `WebsocketAuthMessageMessageType` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebsocketAuthMessageMessageType {
    /// `oauth`
    Oauth,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl WebsocketAuthMessageMessageType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Oauth => "oauth",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for WebsocketAuthMessageMessageType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "oauth" => Self::Oauth,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for WebsocketAuthMessageMessageType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for WebsocketAuthMessageMessageType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for WebsocketAuthMessageMessageType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// First message a client sends on the logs and events WebSockets to authenticate.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebsocketAuthMessage {
    /// `message_type`
    pub message_type: WebsocketAuthMessageMessageType,
    /// A complete signed `OAuth ...` header value.
    pub authorization: String,
}
/// The `WireguardConfiguration` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WireguardConfiguration {
    /// `base64`
    pub base64: String,
    /// `conf`
    pub conf: String,
    /// `ngId`
    #[serde(rename = "ngId")]
    pub ng_id: String,
    /// `peerId`
    #[serde(rename = "peerId")]
    pub peer_id: String,
    /// `version`
    pub version: i32,
}
/// A deployment zone (data centre).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Zone {
    /// `city`
    pub city: String,
    /// `country`
    pub country: String,
    /// `countryCode`
    #[serde(rename = "countryCode")]
    pub country_code: String,
    /// `displayName`
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `id`
    pub id: String,
    /// `lat`
    pub lat: f64,
    /// `lon`
    pub lon: f64,
    /// `name`
    pub name: String,
    /// `outboundIPs`
    #[serde(rename = "outboundIPs")]
    pub outbound_i_ps: Vec<String>,
    /// `status`
    pub status: std::collections::BTreeMap<String, serde_json::Value>,
    /// `tags`
    pub tags: Vec<String>,
}
/// The `ZoneSummary` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ZoneSummary {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `internal`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal: Option<bool>,
    /// `correspondingRegion`
    #[serde(
        rename = "correspondingRegion",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub corresponding_region: Option<String>,
}
/// The `ListIamTokensFrom` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListIamTokensFrom {
    /// `defined`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defined: Option<bool>,
    /// `empty`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub empty: Option<bool>,
}
/// The `ListIamTokensSize` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListIamTokensSize {
    /// `defined`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defined: Option<bool>,
    /// `empty`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub empty: Option<bool>,
}
/// The `ListIamTokenRevocationsFrom` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListIamTokenRevocationsFrom {
    /// `defined`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defined: Option<bool>,
    /// `empty`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub empty: Option<bool>,
}
/// The `ListIamTokenRevocationsSize` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListIamTokenRevocationsSize {
    /// `defined`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defined: Option<bool>,
    /// `empty`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub empty: Option<bool>,
}
/// The `ListApplicationDeploymentsV4Order` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListApplicationDeploymentsV4Order {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ListApplicationDeploymentsV4Order {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "ASC",
            Self::Desc => "DESC",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ListApplicationDeploymentsV4Order {
    fn from(value: String) -> Self {
        match value.as_str() {
            "ASC" => Self::Asc,
            "DESC" => Self::Desc,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ListApplicationDeploymentsV4Order {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ListApplicationDeploymentsV4Order {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ListApplicationDeploymentsV4Order {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `ListApplicationInstancesV4Order` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListApplicationInstancesV4Order {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
    /// A value this version of the client does not know.
    Unknown(String),
}
impl ListApplicationInstancesV4Order {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "ASC",
            Self::Desc => "DESC",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ListApplicationInstancesV4Order {
    fn from(value: String) -> Self {
        match value.as_str() {
            "ASC" => Self::Asc,
            "DESC" => Self::Desc,
            _ => Self::Unknown(value),
        }
    }
}
impl std::fmt::Display for ListApplicationInstancesV4Order {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ListApplicationInstancesV4Order {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ListApplicationInstancesV4Order {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
/// The `GetResourceMetricsOnly` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GetResourceMetricsOnly {
    /// `empty`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub empty: Option<bool>,
    /// `traversableAgain`
    #[serde(
        rename = "traversableAgain",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub traversable_again: Option<bool>,
}
