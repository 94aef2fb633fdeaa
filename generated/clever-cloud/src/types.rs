//! Types of the API's request and response bodies.
#![allow(clippy::derivable_impls, clippy::large_enum_variant)]
/// One HTTP access-log record; fields are not published.
pub type AccessLog = std::collections::BTreeMap<String, serde_json::Value>;
/// An add-on as returned by the API.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Addon {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `realId`
    #[serde(rename = "realId", skip_serializing_if = "Option::is_none")]
    pub real_id: Option<String>,
    /// `region`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `zoneId`
    #[serde(rename = "zoneId", skip_serializing_if = "Option::is_none")]
    pub zone_id: Option<String>,
    /// `provider`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<AddonProviderInfo>,
    /// `plan`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<AddonPlan>,
    /// `creationDate`
    ///
    /// Set by the server; ignored in requests.
    #[serde(rename = "creationDate", skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<i64>,
    /// `configKeys`
    #[serde(rename = "configKeys", skip_serializing_if = "Option::is_none")]
    pub config_keys: Option<Vec<String>>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Addon {
    const NAME: &'static str = "Addon";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                "realId" => v2 = map.next_value()?,
                "region" => v3 = map.next_value()?,
                "zoneId" => v4 = map.next_value()?,
                "provider" => v5 = map.next_value()?,
                "plan" => v6 = map.next_value()?,
                "creationDate" => v7 = map.next_value()?,
                "configKeys" => v8 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            name: v1,
            real_id: v2,
            region: v3,
            zone_id: v4,
            provider: v5,
            plan: v6,
            creation_date: v7,
            config_keys: v8,
        })
    }
}
impl<'de> serde::Deserialize<'de> for Addon {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `AddonBillingInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct AddonBillingInput {
    /// `cost`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cost: Option<f64>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonBillingInput {
    const NAME: &'static str = "AddonBillingInput";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "cost" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { cost: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for AddonBillingInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl AddonBillingInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { cost: None }
    }
    /// Sets [`cost`](Self::cost).
    pub fn with_cost(mut self, value: f64) -> Self {
        self.cost = Some(value);
        self
    }
}
/// The `AddonConfigInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct AddonConfigInput {
    /// `config`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<std::collections::BTreeMap<String, String>>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonConfigInput {
    const NAME: &'static str = "AddonConfigInput";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "config" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { config: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for AddonConfigInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl AddonConfigInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { config: None }
    }
    /// Sets [`config`](Self::config).
    pub fn with_config(
        mut self,
        value: std::collections::BTreeMap<String, String>,
    ) -> Self {
        self.config = Some(value);
        self
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct AddonFeature {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `type`
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<AddonFeatureType>,
    /// `name_code`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_code: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonFeature {
    const NAME: &'static str = "AddonFeature";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "name" => v0 = map.next_value()?,
                "type" => v1 = map.next_value()?,
                "name_code" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            name: v0,
            type_: v1,
            name_code: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AddonFeature {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct AddonFeatureInput {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `type`
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<AddonFeatureInputType>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonFeatureInput {
    const NAME: &'static str = "AddonFeatureInput";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "name" => v0 = map.next_value()?,
                "type" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { name: v0, type_: v1 })
    }
}
impl<'de> serde::Deserialize<'de> for AddonFeatureInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl AddonFeatureInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { name: None, type_: None }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`type_`](Self::type_).
    pub fn with_type(mut self, value: AddonFeatureInputType) -> Self {
        self.type_ = Some(value);
        self
    }
}
/// Raw request body carrying the ID of the add-on to link.
pub type AddonIdBody = String;
/// The `AddonPlan` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct AddonPlan {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `slug`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// `price`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// `price_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price_id: Option<String>,
    /// `features`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<AddonPlanFeature>>,
    /// `zones`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zones: Option<Vec<String>>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonPlan {
    const NAME: &'static str = "AddonPlan";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                "slug" => v2 = map.next_value()?,
                "price" => v3 = map.next_value()?,
                "price_id" => v4 = map.next_value()?,
                "features" => v5 = map.next_value()?,
                "zones" => v6 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            name: v1,
            slug: v2,
            price: v3,
            price_id: v4,
            features: v5,
            zones: v6,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AddonPlan {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `AddonPlanChange` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct AddonPlanChange {
    /// `planId`
    #[serde(rename = "planId", skip_serializing_if = "Option::is_none")]
    pub plan_id: Option<String>,
    /// `region`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `version`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonPlanChange {
    const NAME: &'static str = "AddonPlanChange";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "planId" => v0 = map.next_value()?,
                "region" => v1 = map.next_value()?,
                "version" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            plan_id: v0,
            region: v1,
            version: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AddonPlanChange {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl AddonPlanChange {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            plan_id: None,
            region: None,
            version: None,
        }
    }
    /// Sets [`plan_id`](Self::plan_id).
    pub fn with_plan_id(mut self, value: impl Into<String>) -> Self {
        self.plan_id = Some(value.into());
        self
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets [`version`](Self::version).
    pub fn with_version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct AddonPlanFeature {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `type`
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<AddonPlanFeatureType>,
    /// `value`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// `computable_value`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub computable_value: Option<String>,
    /// `name_code`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_code: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonPlanFeature {
    const NAME: &'static str = "AddonPlanFeature";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "name" => v0 = map.next_value()?,
                "type" => v1 = map.next_value()?,
                "value" => v2 = map.next_value()?,
                "computable_value" => v3 = map.next_value()?,
                "name_code" => v4 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            name: v0,
            type_: v1,
            value: v2,
            computable_value: v3,
            name_code: v4,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AddonPlanFeature {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl AddonPlanFeature {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: None,
            type_: None,
            value: None,
            computable_value: None,
            name_code: None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`type_`](Self::type_).
    pub fn with_type(mut self, value: AddonPlanFeatureType) -> Self {
        self.type_ = Some(value);
        self
    }
    /// Sets [`value`](Self::value).
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets [`computable_value`](Self::computable_value).
    pub fn with_computable_value(mut self, value: impl Into<String>) -> Self {
        self.computable_value = Some(value.into());
        self
    }
    /// Sets [`name_code`](Self::name_code).
    pub fn with_name_code(mut self, value: impl Into<String>) -> Self {
        self.name_code = Some(value.into());
        self
    }
}
/// The `AddonPlanInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct AddonPlanInput {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `slug`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// `price`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// `features`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<AddonPlanFeature>>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonPlanInput {
    const NAME: &'static str = "AddonPlanInput";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "name" => v0 = map.next_value()?,
                "slug" => v1 = map.next_value()?,
                "price" => v2 = map.next_value()?,
                "features" => v3 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            name: v0,
            slug: v1,
            price: v2,
            features: v3,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AddonPlanInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl AddonPlanInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: None,
            slug: None,
            price: None,
            features: None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`slug`](Self::slug).
    pub fn with_slug(mut self, value: impl Into<String>) -> Self {
        self.slug = Some(value.into());
        self
    }
    /// Sets [`price`](Self::price).
    pub fn with_price(mut self, value: f64) -> Self {
        self.price = Some(value);
        self
    }
    /// Sets [`features`](Self::features).
    pub fn with_features(mut self, value: Vec<AddonPlanFeature>) -> Self {
        self.features = Some(value);
        self
    }
}
/// The `AddonProviderApiConfig` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct AddonProviderApiConfig {
    /// `config_vars`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config_vars: Option<Vec<String>>,
    /// `password`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// `sso_salt`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sso_salt: Option<String>,
    /// `regions`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regions: Option<Vec<String>>,
    /// `production`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub production: Option<AddonProviderApiUrls>,
    /// `test`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub test: Option<AddonProviderApiUrls>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonProviderApiConfig {
    const NAME: &'static str = "AddonProviderApiConfig";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "config_vars" => v0 = map.next_value()?,
                "password" => v1 = map.next_value()?,
                "sso_salt" => v2 = map.next_value()?,
                "regions" => v3 = map.next_value()?,
                "production" => v4 = map.next_value()?,
                "test" => v5 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            config_vars: v0,
            password: v1,
            sso_salt: v2,
            regions: v3,
            production: v4,
            test: v5,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AddonProviderApiConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl AddonProviderApiConfig {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            config_vars: None,
            password: None,
            sso_salt: None,
            regions: None,
            production: None,
            test: None,
        }
    }
    /// Sets [`config_vars`](Self::config_vars).
    pub fn with_config_vars(mut self, value: Vec<String>) -> Self {
        self.config_vars = Some(value);
        self
    }
    /// Sets [`password`](Self::password).
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }
    /// Sets [`sso_salt`](Self::sso_salt).
    pub fn with_sso_salt(mut self, value: impl Into<String>) -> Self {
        self.sso_salt = Some(value.into());
        self
    }
    /// Sets [`regions`](Self::regions).
    pub fn with_regions(mut self, value: Vec<String>) -> Self {
        self.regions = Some(value);
        self
    }
    /// Sets [`production`](Self::production).
    pub fn with_production(mut self, value: AddonProviderApiUrls) -> Self {
        self.production = Some(value);
        self
    }
    /// Sets [`test`](Self::test).
    pub fn with_test(mut self, value: AddonProviderApiUrls) -> Self {
        self.test = Some(value);
        self
    }
}
/// The `AddonProviderApiUrls` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct AddonProviderApiUrls {
    /// `base_url`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// `sso_url`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sso_url: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonProviderApiUrls {
    const NAME: &'static str = "AddonProviderApiUrls";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "base_url" => v0 = map.next_value()?,
                "sso_url" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { base_url: v0, sso_url: v1 })
    }
}
impl<'de> serde::Deserialize<'de> for AddonProviderApiUrls {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl AddonProviderApiUrls {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            base_url: None,
            sso_url: None,
        }
    }
    /// Sets [`base_url`](Self::base_url).
    pub fn with_base_url(mut self, value: impl Into<String>) -> Self {
        self.base_url = Some(value.into());
        self
    }
    /// Sets [`sso_url`](Self::sso_url).
    pub fn with_sso_url(mut self, value: impl Into<String>) -> Self {
        self.sso_url = Some(value.into());
        self
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct AddonProviderDetails {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `website`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// `supportEmail`
    #[serde(rename = "supportEmail", skip_serializing_if = "Option::is_none")]
    pub support_email: Option<String>,
    /// `googlePlusName`
    #[serde(rename = "googlePlusName", skip_serializing_if = "Option::is_none")]
    pub google_plus_name: Option<String>,
    /// `twitterName`
    #[serde(rename = "twitterName", skip_serializing_if = "Option::is_none")]
    pub twitter_name: Option<String>,
    /// `analyticsId`
    #[serde(rename = "analyticsId", skip_serializing_if = "Option::is_none")]
    pub analytics_id: Option<String>,
    /// `shortDesc`
    #[serde(rename = "shortDesc", skip_serializing_if = "Option::is_none")]
    pub short_desc: Option<String>,
    /// `longDesc`
    #[serde(rename = "longDesc", skip_serializing_if = "Option::is_none")]
    pub long_desc: Option<String>,
    /// `logoUrl`
    #[serde(rename = "logoUrl", skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// `status`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<AddonProviderDetailsStatus>,
    /// `openInNewTab`
    #[serde(rename = "openInNewTab", skip_serializing_if = "Option::is_none")]
    pub open_in_new_tab: Option<bool>,
    /// `canUpgrade`
    #[serde(rename = "canUpgrade", skip_serializing_if = "Option::is_none")]
    pub can_upgrade: Option<bool>,
    /// `regions`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regions: Option<Vec<String>>,
    /// `plans`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plans: Option<Vec<AddonPlan>>,
    /// `features`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<AddonFeature>>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonProviderDetails {
    const NAME: &'static str = "AddonProviderDetails";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        let mut v12 = None;
        let mut v13 = None;
        let mut v14 = None;
        let mut v15 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                "website" => v2 = map.next_value()?,
                "supportEmail" => v3 = map.next_value()?,
                "googlePlusName" => v4 = map.next_value()?,
                "twitterName" => v5 = map.next_value()?,
                "analyticsId" => v6 = map.next_value()?,
                "shortDesc" => v7 = map.next_value()?,
                "longDesc" => v8 = map.next_value()?,
                "logoUrl" => v9 = map.next_value()?,
                "status" => v10 = map.next_value()?,
                "openInNewTab" => v11 = map.next_value()?,
                "canUpgrade" => v12 = map.next_value()?,
                "regions" => v13 = map.next_value()?,
                "plans" => v14 = map.next_value()?,
                "features" => v15 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            name: v1,
            website: v2,
            support_email: v3,
            google_plus_name: v4,
            twitter_name: v5,
            analytics_id: v6,
            short_desc: v7,
            long_desc: v8,
            logo_url: v9,
            status: v10,
            open_in_new_tab: v11,
            can_upgrade: v12,
            regions: v13,
            plans: v14,
            features: v15,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AddonProviderDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct AddonProviderInfo {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `website`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// `supportEmail`
    #[serde(rename = "supportEmail", skip_serializing_if = "Option::is_none")]
    pub support_email: Option<String>,
    /// `googlePlusName`
    #[serde(rename = "googlePlusName", skip_serializing_if = "Option::is_none")]
    pub google_plus_name: Option<String>,
    /// `twitterName`
    #[serde(rename = "twitterName", skip_serializing_if = "Option::is_none")]
    pub twitter_name: Option<String>,
    /// `analyticsId`
    #[serde(rename = "analyticsId", skip_serializing_if = "Option::is_none")]
    pub analytics_id: Option<String>,
    /// `shortDesc`
    #[serde(rename = "shortDesc", skip_serializing_if = "Option::is_none")]
    pub short_desc: Option<String>,
    /// `longDesc`
    #[serde(rename = "longDesc", skip_serializing_if = "Option::is_none")]
    pub long_desc: Option<String>,
    /// `logoUrl`
    #[serde(rename = "logoUrl", skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// `status`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<AddonProviderInfoStatus>,
    /// `openInNewTab`
    #[serde(rename = "openInNewTab", skip_serializing_if = "Option::is_none")]
    pub open_in_new_tab: Option<bool>,
    /// `canUpgrade`
    #[serde(rename = "canUpgrade", skip_serializing_if = "Option::is_none")]
    pub can_upgrade: Option<bool>,
    /// `regions`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regions: Option<Vec<String>>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonProviderInfo {
    const NAME: &'static str = "AddonProviderInfo";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        let mut v12 = None;
        let mut v13 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                "website" => v2 = map.next_value()?,
                "supportEmail" => v3 = map.next_value()?,
                "googlePlusName" => v4 = map.next_value()?,
                "twitterName" => v5 = map.next_value()?,
                "analyticsId" => v6 = map.next_value()?,
                "shortDesc" => v7 = map.next_value()?,
                "longDesc" => v8 = map.next_value()?,
                "logoUrl" => v9 = map.next_value()?,
                "status" => v10 = map.next_value()?,
                "openInNewTab" => v11 = map.next_value()?,
                "canUpgrade" => v12 = map.next_value()?,
                "regions" => v13 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            name: v1,
            website: v2,
            support_email: v3,
            google_plus_name: v4,
            twitter_name: v5,
            analytics_id: v6,
            short_desc: v7,
            long_desc: v8,
            logo_url: v9,
            status: v10,
            open_in_new_tab: v11,
            can_upgrade: v12,
            regions: v13,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AddonProviderInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `AddonProviderInfoInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct AddonProviderInfoInput {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `website`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// `supportEmail`
    #[serde(rename = "supportEmail", skip_serializing_if = "Option::is_none")]
    pub support_email: Option<String>,
    /// `googlePlusName`
    #[serde(rename = "googlePlusName", skip_serializing_if = "Option::is_none")]
    pub google_plus_name: Option<String>,
    /// `twitterName`
    #[serde(rename = "twitterName", skip_serializing_if = "Option::is_none")]
    pub twitter_name: Option<String>,
    /// `analyticsId`
    #[serde(rename = "analyticsId", skip_serializing_if = "Option::is_none")]
    pub analytics_id: Option<String>,
    /// `shortDesc`
    #[serde(rename = "shortDesc", skip_serializing_if = "Option::is_none")]
    pub short_desc: Option<String>,
    /// `longDesc`
    #[serde(rename = "longDesc", skip_serializing_if = "Option::is_none")]
    pub long_desc: Option<String>,
    /// `logoUrl`
    #[serde(rename = "logoUrl", skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonProviderInfoInput {
    const NAME: &'static str = "AddonProviderInfoInput";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "name" => v0 = map.next_value()?,
                "website" => v1 = map.next_value()?,
                "supportEmail" => v2 = map.next_value()?,
                "googlePlusName" => v3 = map.next_value()?,
                "twitterName" => v4 = map.next_value()?,
                "analyticsId" => v5 = map.next_value()?,
                "shortDesc" => v6 = map.next_value()?,
                "longDesc" => v7 = map.next_value()?,
                "logoUrl" => v8 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            name: v0,
            website: v1,
            support_email: v2,
            google_plus_name: v3,
            twitter_name: v4,
            analytics_id: v5,
            short_desc: v6,
            long_desc: v7,
            logo_url: v8,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AddonProviderInfoInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl AddonProviderInfoInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: None,
            website: None,
            support_email: None,
            google_plus_name: None,
            twitter_name: None,
            analytics_id: None,
            short_desc: None,
            long_desc: None,
            logo_url: None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`website`](Self::website).
    pub fn with_website(mut self, value: impl Into<String>) -> Self {
        self.website = Some(value.into());
        self
    }
    /// Sets [`support_email`](Self::support_email).
    pub fn with_support_email(mut self, value: impl Into<String>) -> Self {
        self.support_email = Some(value.into());
        self
    }
    /// Sets [`google_plus_name`](Self::google_plus_name).
    pub fn with_google_plus_name(mut self, value: impl Into<String>) -> Self {
        self.google_plus_name = Some(value.into());
        self
    }
    /// Sets [`twitter_name`](Self::twitter_name).
    pub fn with_twitter_name(mut self, value: impl Into<String>) -> Self {
        self.twitter_name = Some(value.into());
        self
    }
    /// Sets [`analytics_id`](Self::analytics_id).
    pub fn with_analytics_id(mut self, value: impl Into<String>) -> Self {
        self.analytics_id = Some(value.into());
        self
    }
    /// Sets [`short_desc`](Self::short_desc).
    pub fn with_short_desc(mut self, value: impl Into<String>) -> Self {
        self.short_desc = Some(value.into());
        self
    }
    /// Sets [`long_desc`](Self::long_desc).
    pub fn with_long_desc(mut self, value: impl Into<String>) -> Self {
        self.long_desc = Some(value.into());
        self
    }
    /// Sets [`logo_url`](Self::logo_url).
    pub fn with_logo_url(mut self, value: impl Into<String>) -> Self {
        self.logo_url = Some(value.into());
        self
    }
}
/// The `AddonProviderRegistration` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct AddonProviderRegistration {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `api`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api: Option<AddonProviderApiConfig>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonProviderRegistration {
    const NAME: &'static str = "AddonProviderRegistration";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                "api" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { id: v0, name: v1, api: v2 })
    }
}
impl<'de> serde::Deserialize<'de> for AddonProviderRegistration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl AddonProviderRegistration {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            api: None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`api`](Self::api).
    pub fn with_api(mut self, value: AddonProviderApiConfig) -> Self {
        self.api = Some(value);
        self
    }
}
/// The `AddonProviderSsoData` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct AddonProviderSsoData {
    /// `url`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `macaroon`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub macaroon: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonProviderSsoData {
    const NAME: &'static str = "AddonProviderSsoData";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "url" => v0 = map.next_value()?,
                "macaroon" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { url: v0, macaroon: v1 })
    }
}
impl<'de> serde::Deserialize<'de> for AddonProviderSsoData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AddonProvisionRequest {
    /// `providerId`
    #[serde(rename = "providerId")]
    pub provider_id: String,
    /// `plan`
    pub plan: String,
    /// `linkedApp`
    #[serde(rename = "linkedApp", skip_serializing_if = "Option::is_none")]
    pub linked_app: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `region`
    pub region: String,
    /// `options`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<std::collections::BTreeMap<String, String>>,
    /// `version`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// `paymentIntent`
    #[serde(rename = "paymentIntent", skip_serializing_if = "Option::is_none")]
    pub payment_intent: Option<SetupIntent>,
    /// `paymentMethodType`
    #[serde(rename = "paymentMethodType", skip_serializing_if = "Option::is_none")]
    pub payment_method_type: Option<AddonProvisionRequestPaymentMethodType>,
    /// `sepaSourceId`
    #[serde(rename = "sepaSourceId", skip_serializing_if = "Option::is_none")]
    pub sepa_source_id: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonProvisionRequest {
    const NAME: &'static str = "AddonProvisionRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "providerId" => v0 = Some(map.next_value()?),
                "plan" => v1 = Some(map.next_value()?),
                "linkedApp" => v2 = map.next_value()?,
                "name" => v3 = map.next_value()?,
                "region" => v4 = Some(map.next_value()?),
                "options" => v5 = map.next_value()?,
                "version" => v6 = map.next_value()?,
                "paymentIntent" => v7 = map.next_value()?,
                "paymentMethodType" => v8 = map.next_value()?,
                "sepaSourceId" => v9 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            provider_id: cloudsdk_runtime::de::required(v0, "providerId")?,
            plan: cloudsdk_runtime::de::required(v1, "plan")?,
            linked_app: v2,
            name: v3,
            region: cloudsdk_runtime::de::required(v4, "region")?,
            options: v5,
            version: v6,
            payment_intent: v7,
            payment_method_type: v8,
            sepa_source_id: v9,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AddonProvisionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl AddonProvisionRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        provider_id: impl Into<String>,
        plan: impl Into<String>,
        region: impl Into<String>,
    ) -> Self {
        Self {
            provider_id: provider_id.into(),
            plan: plan.into(),
            linked_app: None,
            name: None,
            region: region.into(),
            options: None,
            version: None,
            payment_intent: None,
            payment_method_type: None,
            sepa_source_id: None,
        }
    }
    /// Sets [`linked_app`](Self::linked_app).
    pub fn with_linked_app(mut self, value: impl Into<String>) -> Self {
        self.linked_app = Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`options`](Self::options).
    pub fn with_options(
        mut self,
        value: std::collections::BTreeMap<String, String>,
    ) -> Self {
        self.options = Some(value);
        self
    }
    /// Sets [`version`](Self::version).
    pub fn with_version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }
    /// Sets [`payment_intent`](Self::payment_intent).
    pub fn with_payment_intent(mut self, value: SetupIntent) -> Self {
        self.payment_intent = Some(value);
        self
    }
    /// Sets [`payment_method_type`](Self::payment_method_type).
    pub fn with_payment_method_type(
        mut self,
        value: AddonProvisionRequestPaymentMethodType,
    ) -> Self {
        self.payment_method_type = Some(value);
        self
    }
    /// Sets [`sepa_source_id`](Self::sepa_source_id).
    pub fn with_sepa_source_id(mut self, value: impl Into<String>) -> Self {
        self.sepa_source_id = Some(value.into());
        self
    }
}
/// The `AddonSsoData` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct AddonSsoData {
    /// `url`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `timestamp`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
    /// `token`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// `email`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `nav-data`
    #[serde(rename = "nav-data", skip_serializing_if = "Option::is_none")]
    pub nav_data: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonSsoData {
    const NAME: &'static str = "AddonSsoData";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "url" => v0 = map.next_value()?,
                "id" => v1 = map.next_value()?,
                "timestamp" => v2 = map.next_value()?,
                "token" => v3 = map.next_value()?,
                "email" => v4 = map.next_value()?,
                "nav-data" => v5 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            url: v0,
            id: v1,
            timestamp: v2,
            token: v3,
            email: v4,
            nav_data: v5,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AddonSsoData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `AddonSummary` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct AddonSummary {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `realId`
    #[serde(rename = "realId", skip_serializing_if = "Option::is_none")]
    pub real_id: Option<String>,
    /// `providerId`
    #[serde(rename = "providerId", skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<String>,
    /// `logoUrl`
    #[serde(rename = "logoUrl", skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// `systemTags`
    #[serde(rename = "systemTags", skip_serializing_if = "Option::is_none")]
    pub system_tags: Option<Vec<String>>,
    /// `customerTags`
    #[serde(rename = "customerTags", skip_serializing_if = "Option::is_none")]
    pub customer_tags: Option<Vec<String>>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonSummary {
    const NAME: &'static str = "AddonSummary";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                "realId" => v2 = map.next_value()?,
                "providerId" => v3 = map.next_value()?,
                "logoUrl" => v4 = map.next_value()?,
                "systemTags" => v5 = map.next_value()?,
                "customerTags" => v6 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            name: v1,
            real_id: v2,
            provider_id: v3,
            logo_url: v4,
            system_tags: v5,
            customer_tags: v6,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AddonSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// A JSON value whose shape the provider does not document.
pub type AnyValue = serde_json::Value;
/// An API token as listed; the secret value is never shown again after creation.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ApiToken {
    /// `apiTokenId`
    #[serde(rename = "apiTokenId")]
    pub api_token_id: String,
    /// `userId`
    #[serde(rename = "userId")]
    pub user_id: String,
    /// `creationDate`
    #[serde(rename = "creationDate")]
    pub creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `expirationDate`
    #[serde(rename = "expirationDate")]
    pub expiration_date: cloudsdk_runtime::chrono::DateTime<
        cloudsdk_runtime::chrono::Utc,
    >,
    /// `ip`
    pub ip: String,
    /// `name`
    pub name: String,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApiToken {
    const NAME: &'static str = "ApiToken";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "apiTokenId" => v0 = Some(map.next_value()?),
                "userId" => v1 = Some(map.next_value()?),
                "creationDate" => v2 = Some(map.next_value()?),
                "expirationDate" => v3 = Some(map.next_value()?),
                "ip" => v4 = Some(map.next_value()?),
                "name" => v5 = Some(map.next_value()?),
                "description" => v6 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            api_token_id: cloudsdk_runtime::de::required(v0, "apiTokenId")?,
            user_id: cloudsdk_runtime::de::required(v1, "userId")?,
            creation_date: cloudsdk_runtime::de::required(v2, "creationDate")?,
            expiration_date: cloudsdk_runtime::de::required(v3, "expirationDate")?,
            ip: cloudsdk_runtime::de::required(v4, "ip")?,
            name: cloudsdk_runtime::de::required(v5, "name")?,
            description: v6,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ApiToken {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// Credentials and settings for a new API token.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ApiTokenCreateRequest {
    /// `email`
    pub email: String,
    /// `password`
    pub password: String,
    /// `mfaCode`
    #[serde(rename = "mfaCode", skip_serializing_if = "Option::is_none")]
    pub mfa_code: Option<String>,
    /// `name`
    pub name: String,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `expirationDate`
    #[serde(rename = "expirationDate")]
    pub expiration_date: cloudsdk_runtime::chrono::DateTime<
        cloudsdk_runtime::chrono::Utc,
    >,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApiTokenCreateRequest {
    const NAME: &'static str = "ApiTokenCreateRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "email" => v0 = Some(map.next_value()?),
                "password" => v1 = Some(map.next_value()?),
                "mfaCode" => v2 = map.next_value()?,
                "name" => v3 = Some(map.next_value()?),
                "description" => v4 = map.next_value()?,
                "expirationDate" => v5 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            email: cloudsdk_runtime::de::required(v0, "email")?,
            password: cloudsdk_runtime::de::required(v1, "password")?,
            mfa_code: v2,
            name: cloudsdk_runtime::de::required(v3, "name")?,
            description: v4,
            expiration_date: cloudsdk_runtime::de::required(v5, "expirationDate")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ApiTokenCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl ApiTokenCreateRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        email: impl Into<String>,
        password: impl Into<String>,
        name: impl Into<String>,
        expiration_date: cloudsdk_runtime::chrono::DateTime<
            cloudsdk_runtime::chrono::Utc,
        >,
    ) -> Self {
        Self {
            email: email.into(),
            password: password.into(),
            mfa_code: None,
            name: name.into(),
            description: None,
            expiration_date,
        }
    }
    /// Sets [`mfa_code`](Self::mfa_code).
    pub fn with_mfa_code(mut self, value: impl Into<String>) -> Self {
        self.mfa_code = Some(value.into());
        self
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
/// A newly created API token, including its secret value (returned only once).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ApiTokenCreated {
    /// `apiToken`
    #[serde(rename = "apiToken")]
    pub api_token: String,
    /// `apiTokenId`
    #[serde(rename = "apiTokenId")]
    pub api_token_id: String,
    /// `creationDate`
    #[serde(rename = "creationDate")]
    pub creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `expirationDate`
    #[serde(rename = "expirationDate")]
    pub expiration_date: cloudsdk_runtime::chrono::DateTime<
        cloudsdk_runtime::chrono::Utc,
    >,
    /// `name`
    pub name: String,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApiTokenCreated {
    const NAME: &'static str = "ApiTokenCreated";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "apiToken" => v0 = Some(map.next_value()?),
                "apiTokenId" => v1 = Some(map.next_value()?),
                "creationDate" => v2 = Some(map.next_value()?),
                "expirationDate" => v3 = Some(map.next_value()?),
                "name" => v4 = Some(map.next_value()?),
                "description" => v5 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            api_token: cloudsdk_runtime::de::required(v0, "apiToken")?,
            api_token_id: cloudsdk_runtime::de::required(v1, "apiTokenId")?,
            creation_date: cloudsdk_runtime::de::required(v2, "creationDate")?,
            expiration_date: cloudsdk_runtime::de::required(v3, "expirationDate")?,
            name: cloudsdk_runtime::de::required(v4, "name")?,
            description: v5,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ApiTokenCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// New name and description of an API token.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ApiTokenUpdateRequest {
    /// `name`
    pub name: String,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApiTokenUpdateRequest {
    const NAME: &'static str = "ApiTokenUpdateRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "name" => v0 = Some(map.next_value()?),
                "description" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            name: cloudsdk_runtime::de::required(v0, "name")?,
            description: v1,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ApiTokenUpdateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl ApiTokenUpdateRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            description: None,
        }
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Application {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `zone`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// `zoneId`
    #[serde(rename = "zoneId", skip_serializing_if = "Option::is_none")]
    pub zone_id: Option<String>,
    /// `instance`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance: Option<ApplicationRuntime>,
    /// `deployment`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deployment: Option<ApplicationDeploymentInfo>,
    /// `vhosts`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vhosts: Option<Vec<Domain>>,
    /// `creationDate`
    ///
    /// Set by the server; ignored in requests.
    #[serde(rename = "creationDate", skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<i64>,
    /// `last_deploy`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_deploy: Option<i32>,
    /// `archived`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    /// `stickySessions`
    #[serde(rename = "stickySessions", skip_serializing_if = "Option::is_none")]
    pub sticky_sessions: Option<bool>,
    /// `homogeneous`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub homogeneous: Option<bool>,
    /// `favourite`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub favourite: Option<bool>,
    /// `cancelOnPush`
    #[serde(rename = "cancelOnPush", skip_serializing_if = "Option::is_none")]
    pub cancel_on_push: Option<bool>,
    /// `webhookUrl`
    #[serde(rename = "webhookUrl", skip_serializing_if = "Option::is_none")]
    pub webhook_url: Option<String>,
    /// `webhookSecret`
    #[serde(rename = "webhookSecret", skip_serializing_if = "Option::is_none")]
    pub webhook_secret: Option<String>,
    /// `separateBuild`
    #[serde(rename = "separateBuild", skip_serializing_if = "Option::is_none")]
    pub separate_build: Option<bool>,
    /// `buildFlavor`
    #[serde(rename = "buildFlavor", skip_serializing_if = "Option::is_none")]
    pub build_flavor: Option<Flavor>,
    /// `ownerId`
    #[serde(rename = "ownerId", skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// `state`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<ApplicationState>,
    /// `commitId`
    #[serde(rename = "commitId", skip_serializing_if = "Option::is_none")]
    pub commit_id: Option<String>,
    /// `appliance`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub appliance: Option<String>,
    /// `branch`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// `forceHttps`
    #[serde(rename = "forceHttps", skip_serializing_if = "Option::is_none")]
    pub force_https: Option<ApplicationForceHttps>,
    /// `env`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<EnvVar>>,
    /// `deployUrl`
    #[serde(rename = "deployUrl", skip_serializing_if = "Option::is_none")]
    pub deploy_url: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Application {
    const NAME: &'static str = "Application";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        let mut v12 = None;
        let mut v13 = None;
        let mut v14 = None;
        let mut v15 = None;
        let mut v16 = None;
        let mut v17 = None;
        let mut v18 = None;
        let mut v19 = None;
        let mut v20 = None;
        let mut v21 = None;
        let mut v22 = None;
        let mut v23 = None;
        let mut v24 = None;
        let mut v25 = None;
        let mut v26 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                "description" => v2 = map.next_value()?,
                "zone" => v3 = map.next_value()?,
                "zoneId" => v4 = map.next_value()?,
                "instance" => v5 = map.next_value()?,
                "deployment" => v6 = map.next_value()?,
                "vhosts" => v7 = map.next_value()?,
                "creationDate" => v8 = map.next_value()?,
                "last_deploy" => v9 = map.next_value()?,
                "archived" => v10 = map.next_value()?,
                "stickySessions" => v11 = map.next_value()?,
                "homogeneous" => v12 = map.next_value()?,
                "favourite" => v13 = map.next_value()?,
                "cancelOnPush" => v14 = map.next_value()?,
                "webhookUrl" => v15 = map.next_value()?,
                "webhookSecret" => v16 = map.next_value()?,
                "separateBuild" => v17 = map.next_value()?,
                "buildFlavor" => v18 = map.next_value()?,
                "ownerId" => v19 = map.next_value()?,
                "state" => v20 = map.next_value()?,
                "commitId" => v21 = map.next_value()?,
                "appliance" => v22 = map.next_value()?,
                "branch" => v23 = map.next_value()?,
                "forceHttps" => v24 = map.next_value()?,
                "env" => v25 = map.next_value()?,
                "deployUrl" => v26 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            name: v1,
            description: v2,
            zone: v3,
            zone_id: v4,
            instance: v5,
            deployment: v6,
            vhosts: v7,
            creation_date: v8,
            last_deploy: v9,
            archived: v10,
            sticky_sessions: v11,
            homogeneous: v12,
            favourite: v13,
            cancel_on_push: v14,
            webhook_url: v15,
            webhook_secret: v16,
            separate_build: v17,
            build_flavor: v18,
            owner_id: v19,
            state: v20,
            commit_id: v21,
            appliance: v22,
            branch: v23,
            force_https: v24,
            env: v25,
            deploy_url: v26,
        })
    }
}
impl<'de> serde::Deserialize<'de> for Application {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ApplicationDeploymentInfo {
    /// `shutdownable`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shutdownable: Option<bool>,
    /// `type`
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<ApplicationDeploymentInfoType>,
    /// `repoState`
    #[serde(rename = "repoState", skip_serializing_if = "Option::is_none")]
    pub repo_state: Option<ApplicationDeploymentInfoRepoState>,
    /// `url`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `httpUrl`
    #[serde(rename = "httpUrl", skip_serializing_if = "Option::is_none")]
    pub http_url: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApplicationDeploymentInfo {
    const NAME: &'static str = "ApplicationDeploymentInfo";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "shutdownable" => v0 = map.next_value()?,
                "type" => v1 = map.next_value()?,
                "repoState" => v2 = map.next_value()?,
                "url" => v3 = map.next_value()?,
                "httpUrl" => v4 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            shutdownable: v0,
            type_: v1,
            repo_state: v2,
            url: v3,
            http_url: v4,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ApplicationDeploymentInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ApplicationInputEnv {
    /// `empty`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub empty: Option<bool>,
    /// Properties not named by the schema.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApplicationInputEnv {
    const NAME: &'static str = "ApplicationInputEnv";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut additional_properties = std::collections::BTreeMap::new();
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "empty" => v0 = map.next_value()?,
                _ => {
                    additional_properties.insert(key.into_string(), map.next_value()?);
                }
            }
        }
        Ok(Self {
            empty: v0,
            additional_properties,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ApplicationInputEnv {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl ApplicationInputEnv {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            empty: None,
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
    /// Sets [`empty`](Self::empty).
    pub fn with_empty(mut self, value: bool) -> Self {
        self.empty = Some(value);
        self
    }
}
/// Fields to create or update an application.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ApplicationInput {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `zone`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// `deploy`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deploy: Option<String>,
    /// `shutdownable`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shutdownable: Option<bool>,
    /// `instanceType`
    #[serde(rename = "instanceType", skip_serializing_if = "Option::is_none")]
    pub instance_type: Option<String>,
    /// `instanceVersion`
    #[serde(rename = "instanceVersion", skip_serializing_if = "Option::is_none")]
    pub instance_version: Option<String>,
    /// `instanceVariant`
    #[serde(rename = "instanceVariant", skip_serializing_if = "Option::is_none")]
    pub instance_variant: Option<cloudsdk_runtime::uuid::Uuid>,
    /// `instanceLifetime`
    #[serde(rename = "instanceLifetime", skip_serializing_if = "Option::is_none")]
    pub instance_lifetime: Option<ApplicationInputInstanceLifetime>,
    /// `minInstances`
    #[serde(rename = "minInstances", skip_serializing_if = "Option::is_none")]
    pub min_instances: Option<i32>,
    /// `maxInstances`
    #[serde(rename = "maxInstances", skip_serializing_if = "Option::is_none")]
    pub max_instances: Option<i32>,
    /// `minFlavor`
    #[serde(rename = "minFlavor", skip_serializing_if = "Option::is_none")]
    pub min_flavor: Option<String>,
    /// `maxFlavor`
    #[serde(rename = "maxFlavor", skip_serializing_if = "Option::is_none")]
    pub max_flavor: Option<String>,
    /// `tags`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// `archived`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    /// `stickySessions`
    #[serde(rename = "stickySessions", skip_serializing_if = "Option::is_none")]
    pub sticky_sessions: Option<bool>,
    /// `homogeneous`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub homogeneous: Option<bool>,
    /// `favourite`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub favourite: Option<bool>,
    /// `cancelOnPush`
    #[serde(rename = "cancelOnPush", skip_serializing_if = "Option::is_none")]
    pub cancel_on_push: Option<bool>,
    /// `separateBuild`
    #[serde(rename = "separateBuild", skip_serializing_if = "Option::is_none")]
    pub separate_build: Option<bool>,
    /// `buildFlavor`
    #[serde(rename = "buildFlavor", skip_serializing_if = "Option::is_none")]
    pub build_flavor: Option<String>,
    /// `oauthService`
    #[serde(rename = "oauthService", skip_serializing_if = "Option::is_none")]
    pub oauth_service: Option<String>,
    /// `oauthAppId`
    #[serde(rename = "oauthAppId", skip_serializing_if = "Option::is_none")]
    pub oauth_app_id: Option<String>,
    /// `oauthApp`
    #[serde(rename = "oauthApp", skip_serializing_if = "Option::is_none")]
    pub oauth_app: Option<OauthAppRef>,
    /// `applianceId`
    #[serde(rename = "applianceId", skip_serializing_if = "Option::is_none")]
    pub appliance_id: Option<String>,
    /// `branch`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// `forceHttps`
    #[serde(rename = "forceHttps", skip_serializing_if = "Option::is_none")]
    pub force_https: Option<ApplicationInputForceHttps>,
    /// `env`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<ApplicationInputEnv>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApplicationInput {
    const NAME: &'static str = "ApplicationInput";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        let mut v12 = None;
        let mut v13 = None;
        let mut v14 = None;
        let mut v15 = None;
        let mut v16 = None;
        let mut v17 = None;
        let mut v18 = None;
        let mut v19 = None;
        let mut v20 = None;
        let mut v21 = None;
        let mut v22 = None;
        let mut v23 = None;
        let mut v24 = None;
        let mut v25 = None;
        let mut v26 = None;
        let mut v27 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "name" => v0 = map.next_value()?,
                "description" => v1 = map.next_value()?,
                "zone" => v2 = map.next_value()?,
                "deploy" => v3 = map.next_value()?,
                "shutdownable" => v4 = map.next_value()?,
                "instanceType" => v5 = map.next_value()?,
                "instanceVersion" => v6 = map.next_value()?,
                "instanceVariant" => v7 = map.next_value()?,
                "instanceLifetime" => v8 = map.next_value()?,
                "minInstances" => v9 = map.next_value()?,
                "maxInstances" => v10 = map.next_value()?,
                "minFlavor" => v11 = map.next_value()?,
                "maxFlavor" => v12 = map.next_value()?,
                "tags" => v13 = map.next_value()?,
                "archived" => v14 = map.next_value()?,
                "stickySessions" => v15 = map.next_value()?,
                "homogeneous" => v16 = map.next_value()?,
                "favourite" => v17 = map.next_value()?,
                "cancelOnPush" => v18 = map.next_value()?,
                "separateBuild" => v19 = map.next_value()?,
                "buildFlavor" => v20 = map.next_value()?,
                "oauthService" => v21 = map.next_value()?,
                "oauthAppId" => v22 = map.next_value()?,
                "oauthApp" => v23 = map.next_value()?,
                "applianceId" => v24 = map.next_value()?,
                "branch" => v25 = map.next_value()?,
                "forceHttps" => v26 = map.next_value()?,
                "env" => v27 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            name: v0,
            description: v1,
            zone: v2,
            deploy: v3,
            shutdownable: v4,
            instance_type: v5,
            instance_version: v6,
            instance_variant: v7,
            instance_lifetime: v8,
            min_instances: v9,
            max_instances: v10,
            min_flavor: v11,
            max_flavor: v12,
            tags: v13,
            archived: v14,
            sticky_sessions: v15,
            homogeneous: v16,
            favourite: v17,
            cancel_on_push: v18,
            separate_build: v19,
            build_flavor: v20,
            oauth_service: v21,
            oauth_app_id: v22,
            oauth_app: v23,
            appliance_id: v24,
            branch: v25,
            force_https: v26,
            env: v27,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ApplicationInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl ApplicationInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: None,
            description: None,
            zone: None,
            deploy: None,
            shutdownable: None,
            instance_type: None,
            instance_version: None,
            instance_variant: None,
            instance_lifetime: None,
            min_instances: None,
            max_instances: None,
            min_flavor: None,
            max_flavor: None,
            tags: None,
            archived: None,
            sticky_sessions: None,
            homogeneous: None,
            favourite: None,
            cancel_on_push: None,
            separate_build: None,
            build_flavor: None,
            oauth_service: None,
            oauth_app_id: None,
            oauth_app: None,
            appliance_id: None,
            branch: None,
            force_https: None,
            env: None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets [`zone`](Self::zone).
    pub fn with_zone(mut self, value: impl Into<String>) -> Self {
        self.zone = Some(value.into());
        self
    }
    /// Sets [`deploy`](Self::deploy).
    pub fn with_deploy(mut self, value: impl Into<String>) -> Self {
        self.deploy = Some(value.into());
        self
    }
    /// Sets [`shutdownable`](Self::shutdownable).
    pub fn with_shutdownable(mut self, value: bool) -> Self {
        self.shutdownable = Some(value);
        self
    }
    /// Sets [`instance_type`](Self::instance_type).
    pub fn with_instance_type(mut self, value: impl Into<String>) -> Self {
        self.instance_type = Some(value.into());
        self
    }
    /// Sets [`instance_version`](Self::instance_version).
    pub fn with_instance_version(mut self, value: impl Into<String>) -> Self {
        self.instance_version = Some(value.into());
        self
    }
    /// Sets [`instance_variant`](Self::instance_variant).
    pub fn with_instance_variant(mut self, value: cloudsdk_runtime::uuid::Uuid) -> Self {
        self.instance_variant = Some(value);
        self
    }
    /// Sets [`instance_lifetime`](Self::instance_lifetime).
    pub fn with_instance_lifetime(
        mut self,
        value: ApplicationInputInstanceLifetime,
    ) -> Self {
        self.instance_lifetime = Some(value);
        self
    }
    /// Sets [`min_instances`](Self::min_instances).
    pub fn with_min_instances(mut self, value: i32) -> Self {
        self.min_instances = Some(value);
        self
    }
    /// Sets [`max_instances`](Self::max_instances).
    pub fn with_max_instances(mut self, value: i32) -> Self {
        self.max_instances = Some(value);
        self
    }
    /// Sets [`min_flavor`](Self::min_flavor).
    pub fn with_min_flavor(mut self, value: impl Into<String>) -> Self {
        self.min_flavor = Some(value.into());
        self
    }
    /// Sets [`max_flavor`](Self::max_flavor).
    pub fn with_max_flavor(mut self, value: impl Into<String>) -> Self {
        self.max_flavor = Some(value.into());
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: Vec<String>) -> Self {
        self.tags = Some(value);
        self
    }
    /// Sets [`archived`](Self::archived).
    pub fn with_archived(mut self, value: bool) -> Self {
        self.archived = Some(value);
        self
    }
    /// Sets [`sticky_sessions`](Self::sticky_sessions).
    pub fn with_sticky_sessions(mut self, value: bool) -> Self {
        self.sticky_sessions = Some(value);
        self
    }
    /// Sets [`homogeneous`](Self::homogeneous).
    pub fn with_homogeneous(mut self, value: bool) -> Self {
        self.homogeneous = Some(value);
        self
    }
    /// Sets [`favourite`](Self::favourite).
    pub fn with_favourite(mut self, value: bool) -> Self {
        self.favourite = Some(value);
        self
    }
    /// Sets [`cancel_on_push`](Self::cancel_on_push).
    pub fn with_cancel_on_push(mut self, value: bool) -> Self {
        self.cancel_on_push = Some(value);
        self
    }
    /// Sets [`separate_build`](Self::separate_build).
    pub fn with_separate_build(mut self, value: bool) -> Self {
        self.separate_build = Some(value);
        self
    }
    /// Sets [`build_flavor`](Self::build_flavor).
    pub fn with_build_flavor(mut self, value: impl Into<String>) -> Self {
        self.build_flavor = Some(value.into());
        self
    }
    /// Sets [`oauth_service`](Self::oauth_service).
    pub fn with_oauth_service(mut self, value: impl Into<String>) -> Self {
        self.oauth_service = Some(value.into());
        self
    }
    /// Sets [`oauth_app_id`](Self::oauth_app_id).
    pub fn with_oauth_app_id(mut self, value: impl Into<String>) -> Self {
        self.oauth_app_id = Some(value.into());
        self
    }
    /// Sets [`oauth_app`](Self::oauth_app).
    pub fn with_oauth_app(mut self, value: OauthAppRef) -> Self {
        self.oauth_app = Some(value);
        self
    }
    /// Sets [`appliance_id`](Self::appliance_id).
    pub fn with_appliance_id(mut self, value: impl Into<String>) -> Self {
        self.appliance_id = Some(value.into());
        self
    }
    /// Sets [`branch`](Self::branch).
    pub fn with_branch(mut self, value: impl Into<String>) -> Self {
        self.branch = Some(value.into());
        self
    }
    /// Sets [`force_https`](Self::force_https).
    pub fn with_force_https(mut self, value: ApplicationInputForceHttps) -> Self {
        self.force_https = Some(value);
        self
    }
    /// Sets [`env`](Self::env).
    pub fn with_env(mut self, value: ApplicationInputEnv) -> Self {
        self.env = Some(value);
        self
    }
}
/// One log record of the v4 logs service.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ApplicationLog {
    /// `applicationId`
    #[serde(rename = "applicationId", skip_serializing_if = "Option::is_none")]
    pub application_id: Option<String>,
    /// `commitId`
    #[serde(rename = "commitId", skip_serializing_if = "Option::is_none")]
    pub commit_id: Option<String>,
    /// `date`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// `deploymentId`
    #[serde(rename = "deploymentId", skip_serializing_if = "Option::is_none")]
    pub deployment_id: Option<String>,
    /// `facility`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facility: Option<String>,
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `instanceId`
    #[serde(rename = "instanceId", skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// `message`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `pid`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pid: Option<i64>,
    /// `region`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `service`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// `severity`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<String>,
    /// `zone`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApplicationLog {
    const NAME: &'static str = "ApplicationLog";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        let mut v12 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "applicationId" => v0 = map.next_value()?,
                "commitId" => v1 = map.next_value()?,
                "date" => v2 = map.next_value()?,
                "deploymentId" => v3 = map.next_value()?,
                "facility" => v4 = map.next_value()?,
                "id" => v5 = map.next_value()?,
                "instanceId" => v6 = map.next_value()?,
                "message" => v7 = map.next_value()?,
                "pid" => v8 = map.next_value()?,
                "region" => v9 = map.next_value()?,
                "service" => v10 = map.next_value()?,
                "severity" => v11 = map.next_value()?,
                "zone" => v12 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            application_id: v0,
            commit_id: v1,
            date: v2,
            deployment_id: v3,
            facility: v4,
            id: v5,
            instance_id: v6,
            message: v7,
            pid: v8,
            region: v9,
            service: v10,
            severity: v11,
            zone: v12,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ApplicationLog {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ApplicationRuntime {
    /// `type`
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// `version`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// `variant`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<InstanceVariant>,
    /// `minInstances`
    #[serde(rename = "minInstances", skip_serializing_if = "Option::is_none")]
    pub min_instances: Option<i32>,
    /// `maxInstances`
    #[serde(rename = "maxInstances", skip_serializing_if = "Option::is_none")]
    pub max_instances: Option<i32>,
    /// `maxAllowedInstances`
    #[serde(rename = "maxAllowedInstances", skip_serializing_if = "Option::is_none")]
    pub max_allowed_instances: Option<i32>,
    /// `minFlavor`
    #[serde(rename = "minFlavor", skip_serializing_if = "Option::is_none")]
    pub min_flavor: Option<Flavor>,
    /// `maxFlavor`
    #[serde(rename = "maxFlavor", skip_serializing_if = "Option::is_none")]
    pub max_flavor: Option<Flavor>,
    /// `flavors`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flavors: Option<Vec<Flavor>>,
    /// `defaultEnv`
    #[serde(rename = "defaultEnv", skip_serializing_if = "Option::is_none")]
    pub default_env: Option<std::collections::BTreeMap<String, String>>,
    /// `lifetime`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lifetime: Option<ApplicationRuntimeLifetime>,
    /// `instanceAndVersion`
    #[serde(rename = "instanceAndVersion", skip_serializing_if = "Option::is_none")]
    pub instance_and_version: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApplicationRuntime {
    const NAME: &'static str = "ApplicationRuntime";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "type" => v0 = map.next_value()?,
                "version" => v1 = map.next_value()?,
                "variant" => v2 = map.next_value()?,
                "minInstances" => v3 = map.next_value()?,
                "maxInstances" => v4 = map.next_value()?,
                "maxAllowedInstances" => v5 = map.next_value()?,
                "minFlavor" => v6 = map.next_value()?,
                "maxFlavor" => v7 = map.next_value()?,
                "flavors" => v8 = map.next_value()?,
                "defaultEnv" => v9 = map.next_value()?,
                "lifetime" => v10 = map.next_value()?,
                "instanceAndVersion" => v11 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            type_: v0,
            version: v1,
            variant: v2,
            min_instances: v3,
            max_instances: v4,
            max_allowed_instances: v5,
            min_flavor: v6,
            max_flavor: v7,
            flavors: v8,
            default_env: v9,
            lifetime: v10,
            instance_and_version: v11,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ApplicationRuntime {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ApplicationSummary {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `instanceType`
    #[serde(rename = "instanceType", skip_serializing_if = "Option::is_none")]
    pub instance_type: Option<String>,
    /// `instanceVariant`
    #[serde(rename = "instanceVariant", skip_serializing_if = "Option::is_none")]
    pub instance_variant: Option<String>,
    /// `variantSlug`
    #[serde(rename = "variantSlug", skip_serializing_if = "Option::is_none")]
    pub variant_slug: Option<String>,
    /// `archived`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    /// `homogeneous`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub homogeneous: Option<bool>,
    /// `variantLogoUrl`
    #[serde(rename = "variantLogoUrl", skip_serializing_if = "Option::is_none")]
    pub variant_logo_url: Option<String>,
    /// `state`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<ApplicationSummaryState>,
    /// `commit`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
    /// `systemTags`
    #[serde(rename = "systemTags", skip_serializing_if = "Option::is_none")]
    pub system_tags: Option<Vec<String>>,
    /// `customerTags`
    #[serde(rename = "customerTags", skip_serializing_if = "Option::is_none")]
    pub customer_tags: Option<Vec<String>>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApplicationSummary {
    const NAME: &'static str = "ApplicationSummary";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                "instanceType" => v2 = map.next_value()?,
                "instanceVariant" => v3 = map.next_value()?,
                "variantSlug" => v4 = map.next_value()?,
                "archived" => v5 = map.next_value()?,
                "homogeneous" => v6 = map.next_value()?,
                "variantLogoUrl" => v7 = map.next_value()?,
                "state" => v8 = map.next_value()?,
                "commit" => v9 = map.next_value()?,
                "systemTags" => v10 = map.next_value()?,
                "customerTags" => v11 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            name: v1,
            instance_type: v2,
            instance_variant: v3,
            variant_slug: v4,
            archived: v5,
            homogeneous: v6,
            variant_logo_url: v7,
            state: v8,
            commit: v9,
            system_tags: v10,
            customer_tags: v11,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ApplicationSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `AvatarSource` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct AvatarSource {
    /// `source`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AvatarSource {
    const NAME: &'static str = "AvatarSource";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "source" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { source: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for AvatarSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl AvatarSource {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { source: None }
    }
    /// Sets [`source`](Self::source).
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
}
/// The `BranchInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct BranchInput {
    /// `branch`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for BranchInput {
    const NAME: &'static str = "BranchInput";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "branch" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { branch: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for BranchInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl BranchInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { branch: None }
    }
    /// Sets [`branch`](Self::branch).
    pub fn with_branch(mut self, value: impl Into<String>) -> Self {
        self.branch = Some(value.into());
        self
    }
}
/// The `BuildFlavorInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct BuildFlavorInput {
    /// `flavorName`
    #[serde(rename = "flavorName", skip_serializing_if = "Option::is_none")]
    pub flavor_name: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for BuildFlavorInput {
    const NAME: &'static str = "BuildFlavorInput";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "flavorName" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { flavor_name: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for BuildFlavorInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl BuildFlavorInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { flavor_name: None }
    }
    /// Sets [`flavor_name`](Self::flavor_name).
    pub fn with_flavor_name(mut self, value: impl Into<String>) -> Self {
        self.flavor_name = Some(value.into());
        self
    }
}
/// The `CleverPeer` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `parentEvent`
    #[serde(rename = "parentEvent", skip_serializing_if = "Option::is_none")]
    pub parent_event: Option<String>,
    /// `parentMember`
    #[serde(rename = "parentMember")]
    pub parent_member: String,
    /// `publicKey`
    #[serde(rename = "publicKey")]
    pub public_key: String,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CleverPeer {
    const NAME: &'static str = "CleverPeer";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "endpoint" => v0 = Some(map.next_value()?),
                "hostname" => v1 = Some(map.next_value()?),
                "hv" => v2 = Some(map.next_value()?),
                "id" => v3 = Some(map.next_value()?),
                "label" => v4 = map.next_value()?,
                "parentEvent" => v5 = map.next_value()?,
                "parentMember" => v6 = Some(map.next_value()?),
                "publicKey" => v7 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            endpoint: cloudsdk_runtime::de::required(v0, "endpoint")?,
            hostname: cloudsdk_runtime::de::required(v1, "hostname")?,
            hv: cloudsdk_runtime::de::required(v2, "hv")?,
            id: cloudsdk_runtime::de::required(v3, "id")?,
            label: v4,
            parent_event: v5,
            parent_member: cloudsdk_runtime::de::required(v6, "parentMember")?,
            public_key: cloudsdk_runtime::de::required(v7, "publicKey")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for CleverPeer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `CliToken` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct CliToken {
    /// `token`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// `secret`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// `expirationDate`
    #[serde(rename = "expirationDate", skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CliToken {
    const NAME: &'static str = "CliToken";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "token" => v0 = map.next_value()?,
                "secret" => v1 = map.next_value()?,
                "expirationDate" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            token: v0,
            secret: v1,
            expiration_date: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for CliToken {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `ConfigProvider` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ConfigProvider {
    /// `creation_date`
    pub creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `env`
    pub env: Vec<ConfigProviderVariable>,
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `owner_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ConfigProvider {
    const NAME: &'static str = "ConfigProvider";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "creation_date" => v0 = Some(map.next_value()?),
                "env" => v1 = Some(map.next_value()?),
                "id" => v2 = map.next_value()?,
                "owner_id" => v3 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            creation_date: cloudsdk_runtime::de::required(v0, "creation_date")?,
            env: cloudsdk_runtime::de::required(v1, "env")?,
            id: v2,
            owner_id: v3,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ConfigProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `ConfigProviderVariable` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ConfigProviderVariable {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `value`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ConfigProviderVariable {
    const NAME: &'static str = "ConfigProviderVariable";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "name" => v0 = map.next_value()?,
                "value" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { name: v0, value: v1 })
    }
}
impl<'de> serde::Deserialize<'de> for ConfigProviderVariable {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl ConfigProviderVariable {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { name: None, value: None }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`value`](Self::value).
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
/// The `ConfigProviderVariableList` schema.
pub type ConfigProviderVariableList = Vec<ConfigProviderVariable>;
/// The `CreditBalance` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct CreditBalance {
    /// `ownerId`
    #[serde(rename = "ownerId", skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// `count`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<f64>,
    /// `dropPrice`
    #[serde(rename = "dropPrice", skip_serializing_if = "Option::is_none")]
    pub drop_price: Option<CreditPrice>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreditBalance {
    const NAME: &'static str = "CreditBalance";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "ownerId" => v0 = map.next_value()?,
                "count" => v1 = map.next_value()?,
                "dropPrice" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            owner_id: v0,
            count: v1,
            drop_price: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for CreditBalance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `CreditPackage` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct CreditPackage {
    /// `dropsQuantity`
    #[serde(rename = "dropsQuantity", skip_serializing_if = "Option::is_none")]
    pub drops_quantity: Option<f64>,
    /// `dropPrice`
    #[serde(rename = "dropPrice", skip_serializing_if = "Option::is_none")]
    pub drop_price: Option<CreditPrice>,
    /// `title`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// `price`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// `originalPrice`
    #[serde(rename = "originalPrice", skip_serializing_if = "Option::is_none")]
    pub original_price: Option<f64>,
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreditPackage {
    const NAME: &'static str = "CreditPackage";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "dropsQuantity" => v0 = map.next_value()?,
                "dropPrice" => v1 = map.next_value()?,
                "title" => v2 = map.next_value()?,
                "price" => v3 = map.next_value()?,
                "originalPrice" => v4 = map.next_value()?,
                "id" => v5 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            drops_quantity: v0,
            drop_price: v1,
            title: v2,
            price: v3,
            original_price: v4,
            id: v5,
        })
    }
}
impl<'de> serde::Deserialize<'de> for CreditPackage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `CreditPrice` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct CreditPrice {
    /// `currency`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// `value`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreditPrice {
    const NAME: &'static str = "CreditPrice";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "currency" => v0 = map.next_value()?,
                "value" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { currency: v0, value: v1 })
    }
}
impl<'de> serde::Deserialize<'de> for CreditPrice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `CreditPurchase` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct CreditPurchase {
    /// `packageId`
    #[serde(rename = "packageId", skip_serializing_if = "Option::is_none")]
    pub package_id: Option<i64>,
    /// `currency`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// `coupon`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coupon: Option<String>,
    /// `dropQuantity`
    #[serde(rename = "dropQuantity", skip_serializing_if = "Option::is_none")]
    pub drop_quantity: Option<f64>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreditPurchase {
    const NAME: &'static str = "CreditPurchase";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "packageId" => v0 = map.next_value()?,
                "currency" => v1 = map.next_value()?,
                "coupon" => v2 = map.next_value()?,
                "dropQuantity" => v3 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            package_id: v0,
            currency: v1,
            coupon: v2,
            drop_quantity: v3,
        })
    }
}
impl<'de> serde::Deserialize<'de> for CreditPurchase {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl CreditPurchase {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            package_id: None,
            currency: None,
            coupon: None,
            drop_quantity: None,
        }
    }
    /// Sets [`package_id`](Self::package_id).
    pub fn with_package_id(mut self, value: i64) -> Self {
        self.package_id = Some(value);
        self
    }
    /// Sets [`currency`](Self::currency).
    pub fn with_currency(mut self, value: impl Into<String>) -> Self {
        self.currency = Some(value.into());
        self
    }
    /// Sets [`coupon`](Self::coupon).
    pub fn with_coupon(mut self, value: impl Into<String>) -> Self {
        self.coupon = Some(value.into());
        self
    }
    /// Sets [`drop_quantity`](Self::drop_quantity).
    pub fn with_drop_quantity(mut self, value: f64) -> Self {
        self.drop_quantity = Some(value);
        self
    }
}
/// The `DependentAddonProvisionRequest` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct DependentAddonProvisionRequest {
    /// `organisationId`
    #[serde(rename = "organisationId", skip_serializing_if = "Option::is_none")]
    pub organisation_id: Option<String>,
    /// `userId`
    #[serde(rename = "userId", skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `providerId`
    #[serde(rename = "providerId", skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<String>,
    /// `addonId`
    #[serde(rename = "addonId", skip_serializing_if = "Option::is_none")]
    pub addon_id: Option<String>,
    /// `plan`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `region`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `options`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<std::collections::BTreeMap<String, String>>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for DependentAddonProvisionRequest {
    const NAME: &'static str = "DependentAddonProvisionRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "organisationId" => v0 = map.next_value()?,
                "userId" => v1 = map.next_value()?,
                "providerId" => v2 = map.next_value()?,
                "addonId" => v3 = map.next_value()?,
                "plan" => v4 = map.next_value()?,
                "name" => v5 = map.next_value()?,
                "region" => v6 = map.next_value()?,
                "options" => v7 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            organisation_id: v0,
            user_id: v1,
            provider_id: v2,
            addon_id: v3,
            plan: v4,
            name: v5,
            region: v6,
            options: v7,
        })
    }
}
impl<'de> serde::Deserialize<'de> for DependentAddonProvisionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl DependentAddonProvisionRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            organisation_id: None,
            user_id: None,
            provider_id: None,
            addon_id: None,
            plan: None,
            name: None,
            region: None,
            options: None,
        }
    }
    /// Sets [`organisation_id`](Self::organisation_id).
    pub fn with_organisation_id(mut self, value: impl Into<String>) -> Self {
        self.organisation_id = Some(value.into());
        self
    }
    /// Sets [`user_id`](Self::user_id).
    pub fn with_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets [`provider_id`](Self::provider_id).
    pub fn with_provider_id(mut self, value: impl Into<String>) -> Self {
        self.provider_id = Some(value.into());
        self
    }
    /// Sets [`addon_id`](Self::addon_id).
    pub fn with_addon_id(mut self, value: impl Into<String>) -> Self {
        self.addon_id = Some(value.into());
        self
    }
    /// Sets [`plan`](Self::plan).
    pub fn with_plan(mut self, value: impl Into<String>) -> Self {
        self.plan = Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets [`options`](Self::options).
    pub fn with_options(
        mut self,
        value: std::collections::BTreeMap<String, String>,
    ) -> Self {
        self.options = Some(value);
        self
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Deployment {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i32>,
    /// `uuid`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// `date`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<i64>,
    /// `state`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<DeploymentState>,
    /// `action`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<DeploymentAction>,
    /// `commit`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
    /// `cause`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<String>,
    /// `instances`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instances: Option<i32>,
    /// `author`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<DeploymentAuthor>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Deployment {
    const NAME: &'static str = "Deployment";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "uuid" => v1 = map.next_value()?,
                "date" => v2 = map.next_value()?,
                "state" => v3 = map.next_value()?,
                "action" => v4 = map.next_value()?,
                "commit" => v5 = map.next_value()?,
                "cause" => v6 = map.next_value()?,
                "instances" => v7 = map.next_value()?,
                "author" => v8 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            uuid: v1,
            date: v2,
            state: v3,
            action: v4,
            commit: v5,
            cause: v6,
            instances: v7,
            author: v8,
        })
    }
}
impl<'de> serde::Deserialize<'de> for Deployment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `DeploymentAuthor` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct DeploymentAuthor {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for DeploymentAuthor {
    const NAME: &'static str = "DeploymentAuthor";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { id: v0, name: v1 })
    }
}
impl<'de> serde::Deserialize<'de> for DeploymentAuthor {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// A domain name routed to an application.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Domain {
    /// `fqdn`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fqdn: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Domain {
    const NAME: &'static str = "Domain";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "fqdn" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { fqdn: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for Domain {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl Domain {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { fqdn: None }
    }
    /// Sets [`fqdn`](Self::fqdn).
    pub fn with_fqdn(mut self, value: impl Into<String>) -> Self {
        self.fqdn = Some(value.into());
        self
    }
}
/// Raw request body for the e-mail address endpoint.
pub type EmailAddressBody = String;
/// One environment variable.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct EnvVar {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `value`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for EnvVar {
    const NAME: &'static str = "EnvVar";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "name" => v0 = map.next_value()?,
                "value" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { name: v0, value: v1 })
    }
}
impl<'de> serde::Deserialize<'de> for EnvVar {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Error_ {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i32>,
    /// `message`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `type`
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<ErrorType>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Error_ {
    const NAME: &'static str = "Error_";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "message" => v1 = map.next_value()?,
                "type" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            message: v1,
            type_: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for Error_ {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// One message of the events WebSocket.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct EventEnvelope {
    /// Kind of event, when the server names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// `date`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>>,
    /// Event payload; its shape depends on the kind of event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<serde_json::Value>,
    /// Properties not named by the schema.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for EventEnvelope {
    const NAME: &'static str = "EventEnvelope";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut additional_properties = std::collections::BTreeMap::new();
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "event" => v0 = map.next_value()?,
                "date" => v1 = map.next_value()?,
                "data" => v2 = map.next_value()?,
                _ => {
                    additional_properties.insert(key.into_string(), map.next_value()?);
                }
            }
        }
        Ok(Self {
            event: v0,
            date: v1,
            data: v2,
            additional_properties,
        })
    }
}
impl<'de> serde::Deserialize<'de> for EventEnvelope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `ExternalPaymentError` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ExternalPaymentError {
    /// `type`
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// `message`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `messages`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<std::collections::BTreeMap<String, String>>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ExternalPaymentError {
    const NAME: &'static str = "ExternalPaymentError";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "type" => v0 = map.next_value()?,
                "message" => v1 = map.next_value()?,
                "messages" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            type_: v0,
            message: v1,
            messages: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ExternalPaymentError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl ExternalPaymentError {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            type_: None,
            message: None,
            messages: None,
        }
    }
    /// Sets [`type_`](Self::type_).
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets [`message`](Self::message).
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets [`messages`](Self::messages).
    pub fn with_messages(
        mut self,
        value: std::collections::BTreeMap<String, String>,
    ) -> Self {
        self.messages = Some(value);
        self
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ExternalPaymentResult {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `url`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `posData`
    #[serde(rename = "posData", skip_serializing_if = "Option::is_none")]
    pub pos_data: Option<String>,
    /// `status`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ExternalPaymentResultStatus>,
    /// `btcPrice`
    #[serde(rename = "btcPrice", skip_serializing_if = "Option::is_none")]
    pub btc_price: Option<String>,
    /// `price`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// `currency`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// `invoiceTime`
    #[serde(rename = "invoiceTime", skip_serializing_if = "Option::is_none")]
    pub invoice_time: Option<i64>,
    /// `currentTime`
    #[serde(rename = "currentTime", skip_serializing_if = "Option::is_none")]
    pub current_time: Option<i64>,
    /// `expirationTime`
    #[serde(rename = "expirationTime", skip_serializing_if = "Option::is_none")]
    pub expiration_time: Option<i64>,
    /// `error`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<ExternalPaymentError>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ExternalPaymentResult {
    const NAME: &'static str = "ExternalPaymentResult";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "url" => v1 = map.next_value()?,
                "posData" => v2 = map.next_value()?,
                "status" => v3 = map.next_value()?,
                "btcPrice" => v4 = map.next_value()?,
                "price" => v5 = map.next_value()?,
                "currency" => v6 = map.next_value()?,
                "invoiceTime" => v7 = map.next_value()?,
                "currentTime" => v8 = map.next_value()?,
                "expirationTime" => v9 = map.next_value()?,
                "error" => v10 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            url: v1,
            pos_data: v2,
            status: v3,
            btc_price: v4,
            price: v5,
            currency: v6,
            invoice_time: v7,
            current_time: v8,
            expiration_time: v9,
            error: v10,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ExternalPaymentResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl ExternalPaymentResult {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            url: None,
            pos_data: None,
            status: None,
            btc_price: None,
            price: None,
            currency: None,
            invoice_time: None,
            current_time: None,
            expiration_time: None,
            error: None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`url`](Self::url).
    pub fn with_url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
    /// Sets [`pos_data`](Self::pos_data).
    pub fn with_pos_data(mut self, value: impl Into<String>) -> Self {
        self.pos_data = Some(value.into());
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(mut self, value: ExternalPaymentResultStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets [`btc_price`](Self::btc_price).
    pub fn with_btc_price(mut self, value: impl Into<String>) -> Self {
        self.btc_price = Some(value.into());
        self
    }
    /// Sets [`price`](Self::price).
    pub fn with_price(mut self, value: f64) -> Self {
        self.price = Some(value);
        self
    }
    /// Sets [`currency`](Self::currency).
    pub fn with_currency(mut self, value: impl Into<String>) -> Self {
        self.currency = Some(value.into());
        self
    }
    /// Sets [`invoice_time`](Self::invoice_time).
    pub fn with_invoice_time(mut self, value: i64) -> Self {
        self.invoice_time = Some(value);
        self
    }
    /// Sets [`current_time`](Self::current_time).
    pub fn with_current_time(mut self, value: i64) -> Self {
        self.current_time = Some(value);
        self
    }
    /// Sets [`expiration_time`](Self::expiration_time).
    pub fn with_expiration_time(mut self, value: i64) -> Self {
        self.expiration_time = Some(value);
        self
    }
    /// Sets [`error`](Self::error).
    pub fn with_error(mut self, value: ExternalPaymentError) -> Self {
        self.error = Some(value);
        self
    }
}
/// The `ExternalPeer` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ExternalPeer {
    /// `endpoint`
    pub endpoint: std::collections::BTreeMap<String, serde_json::Value>,
    /// `hostname`
    pub hostname: String,
    /// `id`
    pub id: String,
    /// `label`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `parentEvent`
    #[serde(rename = "parentEvent", skip_serializing_if = "Option::is_none")]
    pub parent_event: Option<String>,
    /// `parentMember`
    #[serde(rename = "parentMember")]
    pub parent_member: String,
    /// `publicKey`
    #[serde(rename = "publicKey")]
    pub public_key: String,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ExternalPeer {
    const NAME: &'static str = "ExternalPeer";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "endpoint" => v0 = Some(map.next_value()?),
                "hostname" => v1 = Some(map.next_value()?),
                "id" => v2 = Some(map.next_value()?),
                "label" => v3 = map.next_value()?,
                "parentEvent" => v4 = map.next_value()?,
                "parentMember" => v5 = Some(map.next_value()?),
                "publicKey" => v6 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            endpoint: cloudsdk_runtime::de::required(v0, "endpoint")?,
            hostname: cloudsdk_runtime::de::required(v1, "hostname")?,
            id: cloudsdk_runtime::de::required(v2, "id")?,
            label: v3,
            parent_event: v4,
            parent_member: cloudsdk_runtime::de::required(v5, "parentMember")?,
            public_key: cloudsdk_runtime::de::required(v6, "publicKey")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ExternalPeer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ExternalPeerInput {
    /// `hostname`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// `ip`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// `label`
    pub label: String,
    /// `parentEvent`
    #[serde(rename = "parentEvent", skip_serializing_if = "Option::is_none")]
    pub parent_event: Option<String>,
    /// `parentMember`
    #[serde(rename = "parentMember")]
    pub parent_member: String,
    /// `peerRole`
    #[serde(rename = "peerRole")]
    pub peer_role: ExternalPeerInputPeerRole,
    /// `port`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    /// `publicKey`
    #[serde(rename = "publicKey")]
    pub public_key: String,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ExternalPeerInput {
    const NAME: &'static str = "ExternalPeerInput";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "hostname" => v0 = map.next_value()?,
                "ip" => v1 = map.next_value()?,
                "label" => v2 = Some(map.next_value()?),
                "parentEvent" => v3 = map.next_value()?,
                "parentMember" => v4 = Some(map.next_value()?),
                "peerRole" => v5 = Some(map.next_value()?),
                "port" => v6 = map.next_value()?,
                "publicKey" => v7 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            hostname: v0,
            ip: v1,
            label: cloudsdk_runtime::de::required(v2, "label")?,
            parent_event: v3,
            parent_member: cloudsdk_runtime::de::required(v4, "parentMember")?,
            peer_role: cloudsdk_runtime::de::required(v5, "peerRole")?,
            port: v6,
            public_key: cloudsdk_runtime::de::required(v7, "publicKey")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ExternalPeerInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl ExternalPeerInput {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        label: impl Into<String>,
        parent_member: impl Into<String>,
        peer_role: ExternalPeerInputPeerRole,
        public_key: impl Into<String>,
    ) -> Self {
        Self {
            hostname: None,
            ip: None,
            label: label.into(),
            parent_event: None,
            parent_member: parent_member.into(),
            peer_role,
            port: None,
            public_key: public_key.into(),
        }
    }
    /// Sets [`hostname`](Self::hostname).
    pub fn with_hostname(mut self, value: impl Into<String>) -> Self {
        self.hostname = Some(value.into());
        self
    }
    /// Sets [`ip`](Self::ip).
    pub fn with_ip(mut self, value: impl Into<String>) -> Self {
        self.ip = Some(value.into());
        self
    }
    /// Sets [`parent_event`](Self::parent_event).
    pub fn with_parent_event(mut self, value: impl Into<String>) -> Self {
        self.parent_event = Some(value.into());
        self
    }
    /// Sets [`port`](Self::port).
    pub fn with_port(mut self, value: i32) -> Self {
        self.port = Some(value);
        self
    }
}
/// The `ExternalSignupForm` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ExternalSignupForm {
    /// `transactionId`
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `otherId`
    #[serde(rename = "otherId", skip_serializing_if = "Option::is_none")]
    pub other_id: Option<String>,
    /// `otherEmail`
    #[serde(rename = "otherEmail", skip_serializing_if = "Option::is_none")]
    pub other_email: Option<String>,
    /// `password`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// `autoLink`
    #[serde(rename = "autoLink", skip_serializing_if = "Option::is_none")]
    pub auto_link: Option<String>,
    /// `terms`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub terms: Option<String>,
    /// `invitationKey`
    #[serde(rename = "invitationKey", skip_serializing_if = "Option::is_none")]
    pub invitation_key: Option<String>,
    /// `mfa_kind`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mfa_kind: Option<String>,
    /// `mfa_attempt`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mfa_attempt: Option<String>,
    /// `partner_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ExternalSignupForm {
    const NAME: &'static str = "ExternalSignupForm";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "transactionId" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                "otherId" => v2 = map.next_value()?,
                "otherEmail" => v3 = map.next_value()?,
                "password" => v4 = map.next_value()?,
                "autoLink" => v5 = map.next_value()?,
                "terms" => v6 = map.next_value()?,
                "invitationKey" => v7 = map.next_value()?,
                "mfa_kind" => v8 = map.next_value()?,
                "mfa_attempt" => v9 = map.next_value()?,
                "partner_id" => v10 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            transaction_id: v0,
            name: v1,
            other_id: v2,
            other_email: v3,
            password: v4,
            auto_link: v5,
            terms: v6,
            invitation_key: v7,
            mfa_kind: v8,
            mfa_attempt: v9,
            partner_id: v10,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ExternalSignupForm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl ExternalSignupForm {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            transaction_id: None,
            name: None,
            other_id: None,
            other_email: None,
            password: None,
            auto_link: None,
            terms: None,
            invitation_key: None,
            mfa_kind: None,
            mfa_attempt: None,
            partner_id: None,
        }
    }
    /// Sets [`transaction_id`](Self::transaction_id).
    pub fn with_transaction_id(mut self, value: impl Into<String>) -> Self {
        self.transaction_id = Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`other_id`](Self::other_id).
    pub fn with_other_id(mut self, value: impl Into<String>) -> Self {
        self.other_id = Some(value.into());
        self
    }
    /// Sets [`other_email`](Self::other_email).
    pub fn with_other_email(mut self, value: impl Into<String>) -> Self {
        self.other_email = Some(value.into());
        self
    }
    /// Sets [`password`](Self::password).
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }
    /// Sets [`auto_link`](Self::auto_link).
    pub fn with_auto_link(mut self, value: impl Into<String>) -> Self {
        self.auto_link = Some(value.into());
        self
    }
    /// Sets [`terms`](Self::terms).
    pub fn with_terms(mut self, value: impl Into<String>) -> Self {
        self.terms = Some(value.into());
        self
    }
    /// Sets [`invitation_key`](Self::invitation_key).
    pub fn with_invitation_key(mut self, value: impl Into<String>) -> Self {
        self.invitation_key = Some(value.into());
        self
    }
    /// Sets [`mfa_kind`](Self::mfa_kind).
    pub fn with_mfa_kind(mut self, value: impl Into<String>) -> Self {
        self.mfa_kind = Some(value.into());
        self
    }
    /// Sets [`mfa_attempt`](Self::mfa_attempt).
    pub fn with_mfa_attempt(mut self, value: impl Into<String>) -> Self {
        self.mfa_attempt = Some(value.into());
        self
    }
    /// Sets [`partner_id`](Self::partner_id).
    pub fn with_partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
}
/// The `Flavor` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Flavor {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `mem`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mem: Option<i32>,
    /// `cpus`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpus: Option<i32>,
    /// `gpus`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gpus: Option<i32>,
    /// `disk`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disk: Option<i32>,
    /// `price`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// `available`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub available: Option<bool>,
    /// `microservice`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub microservice: Option<bool>,
    /// `machine_learning`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub machine_learning: Option<bool>,
    /// `nice`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nice: Option<i32>,
    /// `price_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price_id: Option<String>,
    /// `memory`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory: Option<ValueWithUnit>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Flavor {
    const NAME: &'static str = "Flavor";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "name" => v0 = map.next_value()?,
                "mem" => v1 = map.next_value()?,
                "cpus" => v2 = map.next_value()?,
                "gpus" => v3 = map.next_value()?,
                "disk" => v4 = map.next_value()?,
                "price" => v5 = map.next_value()?,
                "available" => v6 = map.next_value()?,
                "microservice" => v7 = map.next_value()?,
                "machine_learning" => v8 = map.next_value()?,
                "nice" => v9 = map.next_value()?,
                "price_id" => v10 = map.next_value()?,
                "memory" => v11 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            name: v0,
            mem: v1,
            cpus: v2,
            gpus: v3,
            disk: v4,
            price: v5,
            available: v6,
            microservice: v7,
            machine_learning: v8,
            nice: v9,
            price_id: v10,
            memory: v11,
        })
    }
}
impl<'de> serde::Deserialize<'de> for Flavor {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// A serverless function.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Function {
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `environment`
    pub environment: std::collections::BTreeMap<String, String>,
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `maxInstances`
    #[serde(rename = "maxInstances", skip_serializing_if = "Option::is_none")]
    pub max_instances: Option<i32>,
    /// `maxMemory`
    #[serde(rename = "maxMemory", skip_serializing_if = "Option::is_none")]
    pub max_memory: Option<f64>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `ownerId`
    #[serde(rename = "ownerId", skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// `tag`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Function {
    const NAME: &'static str = "Function";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "createdAt" => v0 = Some(map.next_value()?),
                "description" => v1 = map.next_value()?,
                "environment" => v2 = Some(map.next_value()?),
                "id" => v3 = map.next_value()?,
                "maxInstances" => v4 = map.next_value()?,
                "maxMemory" => v5 = map.next_value()?,
                "name" => v6 = map.next_value()?,
                "ownerId" => v7 = map.next_value()?,
                "tag" => v8 = map.next_value()?,
                "updatedAt" => v9 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            created_at: cloudsdk_runtime::de::required(v0, "createdAt")?,
            description: v1,
            environment: cloudsdk_runtime::de::required(v2, "environment")?,
            id: v3,
            max_instances: v4,
            max_memory: v5,
            name: v6,
            owner_id: v7,
            tag: v8,
            updated_at: cloudsdk_runtime::de::required(v9, "updatedAt")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for Function {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FunctionDeployment {
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `errorReason`
    #[serde(rename = "errorReason", skip_serializing_if = "Option::is_none")]
    pub error_reason: Option<String>,
    /// `functionId`
    #[serde(rename = "functionId", skip_serializing_if = "Option::is_none")]
    pub function_id: Option<String>,
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `platform`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<FunctionDeploymentPlatform>,
    /// `status`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<FunctionDeploymentStatus>,
    /// `tag`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `url`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for FunctionDeployment {
    const NAME: &'static str = "FunctionDeployment";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "createdAt" => v0 = Some(map.next_value()?),
                "description" => v1 = map.next_value()?,
                "errorReason" => v2 = map.next_value()?,
                "functionId" => v3 = map.next_value()?,
                "id" => v4 = map.next_value()?,
                "name" => v5 = map.next_value()?,
                "platform" => v6 = map.next_value()?,
                "status" => v7 = map.next_value()?,
                "tag" => v8 = map.next_value()?,
                "updatedAt" => v9 = Some(map.next_value()?),
                "url" => v10 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            created_at: cloudsdk_runtime::de::required(v0, "createdAt")?,
            description: v1,
            error_reason: v2,
            function_id: v3,
            id: v4,
            name: v5,
            platform: v6,
            status: v7,
            tag: v8,
            updated_at: cloudsdk_runtime::de::required(v9, "updatedAt")?,
            url: v10,
        })
    }
}
impl<'de> serde::Deserialize<'de> for FunctionDeployment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct FunctionDeploymentInput {
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `platform`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<FunctionDeploymentInputPlatform>,
    /// `tag`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for FunctionDeploymentInput {
    const NAME: &'static str = "FunctionDeploymentInput";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "description" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                "platform" => v2 = map.next_value()?,
                "tag" => v3 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            description: v0,
            name: v1,
            platform: v2,
            tag: v3,
        })
    }
}
impl<'de> serde::Deserialize<'de> for FunctionDeploymentInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl FunctionDeploymentInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            description: None,
            name: None,
            platform: None,
            tag: None,
        }
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`platform`](Self::platform).
    pub fn with_platform(mut self, value: FunctionDeploymentInputPlatform) -> Self {
        self.platform = Some(value);
        self
    }
    /// Sets [`tag`](Self::tag).
    pub fn with_tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
        self
    }
}
/// The `FunctionDeploymentUpdate` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct FunctionDeploymentUpdate {
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `tag`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for FunctionDeploymentUpdate {
    const NAME: &'static str = "FunctionDeploymentUpdate";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "description" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                "tag" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            description: v0,
            name: v1,
            tag: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for FunctionDeploymentUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl FunctionDeploymentUpdate {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            description: None,
            name: None,
            tag: None,
        }
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`tag`](Self::tag).
    pub fn with_tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
        self
    }
}
/// The `FunctionInput` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FunctionInput {
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `tag`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for FunctionInput {
    const NAME: &'static str = "FunctionInput";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "description" => v0 = map.next_value()?,
                "environment" => v1 = Some(map.next_value()?),
                "maxInstances" => v2 = Some(map.next_value()?),
                "maxMemory" => v3 = Some(map.next_value()?),
                "name" => v4 = map.next_value()?,
                "tag" => v5 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            description: v0,
            environment: cloudsdk_runtime::de::required(v1, "environment")?,
            max_instances: cloudsdk_runtime::de::required(v2, "maxInstances")?,
            max_memory: cloudsdk_runtime::de::required(v3, "maxMemory")?,
            name: v4,
            tag: v5,
        })
    }
}
impl<'de> serde::Deserialize<'de> for FunctionInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl FunctionInput {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        environment: std::collections::BTreeMap<String, String>,
        max_instances: i32,
        max_memory: f64,
    ) -> Self {
        Self {
            description: None,
            environment,
            max_instances,
            max_memory,
            name: None,
            tag: None,
        }
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`tag`](Self::tag).
    pub fn with_tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
        self
    }
}
/// The `GithubCommit` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct GithubCommit {
    /// `sha`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha: Option<String>,
    /// `message`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for GithubCommit {
    const NAME: &'static str = "GithubCommit";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "sha" => v0 = map.next_value()?,
                "message" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { sha: v0, message: v1 })
    }
}
impl<'de> serde::Deserialize<'de> for GithubCommit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl GithubCommit {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { sha: None, message: None }
    }
    /// Sets [`sha`](Self::sha).
    pub fn with_sha(mut self, value: impl Into<String>) -> Self {
        self.sha = Some(value.into());
        self
    }
    /// Sets [`message`](Self::message).
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
}
/// The `GithubPushPayload` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct GithubPushPayload {
    /// `ref`
    #[serde(rename = "ref", skip_serializing_if = "Option::is_none")]
    pub ref_: Option<String>,
    /// `after`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// `repository`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repository: Option<GithubPushRepository>,
    /// `sender`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<GithubSender>,
    /// `pusher`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pusher: Option<GithubPusher>,
    /// `head_commit`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub head_commit: Option<GithubCommit>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for GithubPushPayload {
    const NAME: &'static str = "GithubPushPayload";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "ref" => v0 = map.next_value()?,
                "after" => v1 = map.next_value()?,
                "repository" => v2 = map.next_value()?,
                "sender" => v3 = map.next_value()?,
                "pusher" => v4 = map.next_value()?,
                "head_commit" => v5 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            ref_: v0,
            after: v1,
            repository: v2,
            sender: v3,
            pusher: v4,
            head_commit: v5,
        })
    }
}
impl<'de> serde::Deserialize<'de> for GithubPushPayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl GithubPushPayload {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            ref_: None,
            after: None,
            repository: None,
            sender: None,
            pusher: None,
            head_commit: None,
        }
    }
    /// Sets [`ref_`](Self::ref_).
    pub fn with_ref(mut self, value: impl Into<String>) -> Self {
        self.ref_ = Some(value.into());
        self
    }
    /// Sets [`after`](Self::after).
    pub fn with_after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets [`repository`](Self::repository).
    pub fn with_repository(mut self, value: GithubPushRepository) -> Self {
        self.repository = Some(value);
        self
    }
    /// Sets [`sender`](Self::sender).
    pub fn with_sender(mut self, value: GithubSender) -> Self {
        self.sender = Some(value);
        self
    }
    /// Sets [`pusher`](Self::pusher).
    pub fn with_pusher(mut self, value: GithubPusher) -> Self {
        self.pusher = Some(value);
        self
    }
    /// Sets [`head_commit`](Self::head_commit).
    pub fn with_head_commit(mut self, value: GithubCommit) -> Self {
        self.head_commit = Some(value);
        self
    }
}
/// The `GithubPushRepository` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct GithubPushRepository {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for GithubPushRepository {
    const NAME: &'static str = "GithubPushRepository";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { id: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for GithubPushRepository {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl GithubPushRepository {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { id: None }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
/// The `GithubPusher` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct GithubPusher {
    /// `email`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for GithubPusher {
    const NAME: &'static str = "GithubPusher";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "email" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { email: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for GithubPusher {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl GithubPusher {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { email: None }
    }
    /// Sets [`email`](Self::email).
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
}
/// The `GithubRepository` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct GithubRepository {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `owner`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `gitUrl`
    #[serde(rename = "gitUrl", skip_serializing_if = "Option::is_none")]
    pub git_url: Option<String>,
    /// `defaultBranch`
    #[serde(rename = "defaultBranch", skip_serializing_if = "Option::is_none")]
    pub default_branch: Option<String>,
    /// `priv`
    #[serde(rename = "priv", skip_serializing_if = "Option::is_none")]
    pub priv_: Option<bool>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for GithubRepository {
    const NAME: &'static str = "GithubRepository";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "owner" => v1 = map.next_value()?,
                "name" => v2 = map.next_value()?,
                "description" => v3 = map.next_value()?,
                "gitUrl" => v4 = map.next_value()?,
                "defaultBranch" => v5 = map.next_value()?,
                "priv" => v6 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            owner: v1,
            name: v2,
            description: v3,
            git_url: v4,
            default_branch: v5,
            priv_: v6,
        })
    }
}
impl<'de> serde::Deserialize<'de> for GithubRepository {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `GithubSender` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct GithubSender {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for GithubSender {
    const NAME: &'static str = "GithubSender";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { id: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for GithubSender {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl GithubSender {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { id: None }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
/// A token issued by the identity and access service.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct IamToken {
    /// `biscuit`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub biscuit: Option<String>,
    /// `creation_date`
    pub creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revocation_date: Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
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
    pub update_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for IamToken {
    const NAME: &'static str = "IamToken";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        let mut v12 = None;
        let mut v13 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "biscuit" => v0 = map.next_value()?,
                "creation_date" => v1 = Some(map.next_value()?),
                "description" => v2 = Some(map.next_value()?),
                "id" => v3 = Some(map.next_value()?),
                "labels" => v4 = Some(map.next_value()?),
                "name" => v5 = Some(map.next_value()?),
                "redacted_end" => v6 = Some(map.next_value()?),
                "redacted_start" => v7 = Some(map.next_value()?),
                "revocation_date" => v8 = map.next_value()?,
                "revocation_id" => v9 = Some(map.next_value()?),
                "status" => v10 = Some(map.next_value()?),
                "tags" => v11 = Some(map.next_value()?),
                "type" => v12 = Some(map.next_value()?),
                "update_date" => v13 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            biscuit: v0,
            creation_date: cloudsdk_runtime::de::required(v1, "creation_date")?,
            description: cloudsdk_runtime::de::required(v2, "description")?,
            id: cloudsdk_runtime::de::required(v3, "id")?,
            labels: cloudsdk_runtime::de::required(v4, "labels")?,
            name: cloudsdk_runtime::de::required(v5, "name")?,
            redacted_end: cloudsdk_runtime::de::required(v6, "redacted_end")?,
            redacted_start: cloudsdk_runtime::de::required(v7, "redacted_start")?,
            revocation_date: v8,
            revocation_id: cloudsdk_runtime::de::required(v9, "revocation_id")?,
            status: cloudsdk_runtime::de::required(v10, "status")?,
            tags: cloudsdk_runtime::de::required(v11, "tags")?,
            type_: cloudsdk_runtime::de::required(v12, "type")?,
            update_date: cloudsdk_runtime::de::required(v13, "update_date")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for IamToken {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `IamTokenLabels` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct IamTokenLabels {
    /// `creator`
    pub creator: String,
    /// `owner`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// `region`
    pub region: String,
    /// `resource_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// `service`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for IamTokenLabels {
    const NAME: &'static str = "IamTokenLabels";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "creator" => v0 = Some(map.next_value()?),
                "owner" => v1 = map.next_value()?,
                "region" => v2 = Some(map.next_value()?),
                "resource_id" => v3 = map.next_value()?,
                "service" => v4 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            creator: cloudsdk_runtime::de::required(v0, "creator")?,
            owner: v1,
            region: cloudsdk_runtime::de::required(v2, "region")?,
            resource_id: v3,
            service: v4,
        })
    }
}
impl<'de> serde::Deserialize<'de> for IamTokenLabels {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Instance {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `appId`
    #[serde(rename = "appId", skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// `ip`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// `appPort`
    #[serde(rename = "appPort", skip_serializing_if = "Option::is_none")]
    pub app_port: Option<i32>,
    /// `state`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<InstanceState>,
    /// `flavor`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flavor: Option<InstanceFlavor>,
    /// `commit`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
    /// `deployNumber`
    #[serde(rename = "deployNumber", skip_serializing_if = "Option::is_none")]
    pub deploy_number: Option<i32>,
    /// `deployId`
    #[serde(rename = "deployId", skip_serializing_if = "Option::is_none")]
    pub deploy_id: Option<String>,
    /// `instanceNumber`
    #[serde(rename = "instanceNumber", skip_serializing_if = "Option::is_none")]
    pub instance_number: Option<i32>,
    /// `displayName`
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `creationDate`
    ///
    /// Set by the server; ignored in requests.
    #[serde(rename = "creationDate", skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<i64>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Instance {
    const NAME: &'static str = "Instance";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "appId" => v1 = map.next_value()?,
                "ip" => v2 = map.next_value()?,
                "appPort" => v3 = map.next_value()?,
                "state" => v4 = map.next_value()?,
                "flavor" => v5 = map.next_value()?,
                "commit" => v6 = map.next_value()?,
                "deployNumber" => v7 = map.next_value()?,
                "deployId" => v8 = map.next_value()?,
                "instanceNumber" => v9 = map.next_value()?,
                "displayName" => v10 = map.next_value()?,
                "creationDate" => v11 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            app_id: v1,
            ip: v2,
            app_port: v3,
            state: v4,
            flavor: v5,
            commit: v6,
            deploy_number: v7,
            deploy_id: v8,
            instance_number: v9,
            display_name: v10,
            creation_date: v11,
        })
    }
}
impl<'de> serde::Deserialize<'de> for Instance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `InstanceFlavor` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct InstanceFlavor {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `mem`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mem: Option<i32>,
    /// `cpus`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpus: Option<i32>,
    /// `price`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for InstanceFlavor {
    const NAME: &'static str = "InstanceFlavor";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "name" => v0 = map.next_value()?,
                "mem" => v1 = map.next_value()?,
                "cpus" => v2 = map.next_value()?,
                "price" => v3 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            name: v0,
            mem: v1,
            cpus: v2,
            price: v3,
        })
    }
}
impl<'de> serde::Deserialize<'de> for InstanceFlavor {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `InstanceMap` schema.
pub type InstanceMap = std::collections::BTreeMap<String, Instance>;
/// The `InstanceType` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct InstanceType {
    /// `type`
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// `version`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `variant`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<InstanceVariant>,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// `comingSoon`
    #[serde(rename = "comingSoon", skip_serializing_if = "Option::is_none")]
    pub coming_soon: Option<bool>,
    /// `maxInstances`
    #[serde(rename = "maxInstances", skip_serializing_if = "Option::is_none")]
    pub max_instances: Option<i32>,
    /// `tags`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// `deployments`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deployments: Option<Vec<String>>,
    /// `flavors`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flavors: Option<Vec<Flavor>>,
    /// `defaultFlavor`
    #[serde(rename = "defaultFlavor", skip_serializing_if = "Option::is_none")]
    pub default_flavor: Option<Flavor>,
    /// `buildFlavor`
    #[serde(rename = "buildFlavor", skip_serializing_if = "Option::is_none")]
    pub build_flavor: Option<Flavor>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for InstanceType {
    const NAME: &'static str = "InstanceType";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        let mut v12 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "type" => v0 = map.next_value()?,
                "version" => v1 = map.next_value()?,
                "name" => v2 = map.next_value()?,
                "variant" => v3 = map.next_value()?,
                "description" => v4 = map.next_value()?,
                "enabled" => v5 = map.next_value()?,
                "comingSoon" => v6 = map.next_value()?,
                "maxInstances" => v7 = map.next_value()?,
                "tags" => v8 = map.next_value()?,
                "deployments" => v9 = map.next_value()?,
                "flavors" => v10 = map.next_value()?,
                "defaultFlavor" => v11 = map.next_value()?,
                "buildFlavor" => v12 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            type_: v0,
            version: v1,
            name: v2,
            variant: v3,
            description: v4,
            enabled: v5,
            coming_soon: v6,
            max_instances: v7,
            tags: v8,
            deployments: v9,
            flavors: v10,
            default_flavor: v11,
            build_flavor: v12,
        })
    }
}
impl<'de> serde::Deserialize<'de> for InstanceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `InstanceVariant` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct InstanceVariant {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<cloudsdk_runtime::uuid::Uuid>,
    /// `slug`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `deployType`
    #[serde(rename = "deployType", skip_serializing_if = "Option::is_none")]
    pub deploy_type: Option<String>,
    /// `logo`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for InstanceVariant {
    const NAME: &'static str = "InstanceVariant";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "slug" => v1 = map.next_value()?,
                "name" => v2 = map.next_value()?,
                "deployType" => v3 = map.next_value()?,
                "logo" => v4 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            slug: v1,
            name: v2,
            deploy_type: v3,
            logo: v4,
        })
    }
}
impl<'de> serde::Deserialize<'de> for InstanceVariant {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Invoice {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `number`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// `status`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<InvoiceStatus>,
    /// `emissionDate`
    #[serde(rename = "emissionDate", skip_serializing_if = "Option::is_none")]
    pub emission_date: Option<String>,
    /// `paymentDate`
    #[serde(rename = "paymentDate", skip_serializing_if = "Option::is_none")]
    pub payment_date: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `company`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// `target`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// `address`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// `zipCode`
    #[serde(rename = "zipCode", skip_serializing_if = "Option::is_none")]
    pub zip_code: Option<String>,
    /// `city`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// `country`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// `countryCode`
    #[serde(rename = "countryCode", skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    /// `vatNumber`
    #[serde(rename = "vatNumber", skip_serializing_if = "Option::is_none")]
    pub vat_number: Option<String>,
    /// `fromSubscription`
    #[serde(rename = "fromSubscription", skip_serializing_if = "Option::is_none")]
    pub from_subscription: Option<bool>,
    /// `lines`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lines: Option<Vec<InvoiceLine>>,
    /// `originalTotal`
    #[serde(rename = "originalTotal", skip_serializing_if = "Option::is_none")]
    pub original_total: Option<f64>,
    /// `totalHT`
    #[serde(rename = "totalHT", skip_serializing_if = "Option::is_none")]
    pub total_ht: Option<f64>,
    /// `totalVAT`
    #[serde(rename = "totalVAT", skip_serializing_if = "Option::is_none")]
    pub total_vat: Option<f64>,
    /// `totalTTC`
    #[serde(rename = "totalTTC", skip_serializing_if = "Option::is_none")]
    pub total_ttc: Option<f64>,
    /// `type`
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<InvoiceType>,
    /// `payingUser`
    #[serde(rename = "payingUser", skip_serializing_if = "Option::is_none")]
    pub paying_user: Option<OrganisationMember>,
    /// `errorCode`
    #[serde(rename = "errorCode", skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// `errorShortMsg`
    #[serde(rename = "errorShortMsg", skip_serializing_if = "Option::is_none")]
    pub error_short_msg: Option<String>,
    /// `errorLongMsg`
    #[serde(rename = "errorLongMsg", skip_serializing_if = "Option::is_none")]
    pub error_long_msg: Option<String>,
    /// `token`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// `targetId`
    #[serde(rename = "targetId", skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
    /// `forId`
    #[serde(rename = "forId", skip_serializing_if = "Option::is_none")]
    pub for_id: Option<String>,
    /// `customerOrderId`
    #[serde(rename = "customerOrderId", skip_serializing_if = "Option::is_none")]
    pub customer_order_id: Option<String>,
    /// `customerCostCenter`
    #[serde(rename = "customerCostCenter", skip_serializing_if = "Option::is_none")]
    pub customer_cost_center: Option<String>,
    /// `vatRate`
    #[serde(rename = "vatRate", skip_serializing_if = "Option::is_none")]
    pub vat_rate: Option<f64>,
    /// `payWhen`
    #[serde(rename = "payWhen", skip_serializing_if = "Option::is_none")]
    pub pay_when: Option<InvoicePayWhen>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Invoice {
    const NAME: &'static str = "Invoice";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        let mut v12 = None;
        let mut v13 = None;
        let mut v14 = None;
        let mut v15 = None;
        let mut v16 = None;
        let mut v17 = None;
        let mut v18 = None;
        let mut v19 = None;
        let mut v20 = None;
        let mut v21 = None;
        let mut v22 = None;
        let mut v23 = None;
        let mut v24 = None;
        let mut v25 = None;
        let mut v26 = None;
        let mut v27 = None;
        let mut v28 = None;
        let mut v29 = None;
        let mut v30 = None;
        let mut v31 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "number" => v1 = map.next_value()?,
                "status" => v2 = map.next_value()?,
                "emissionDate" => v3 = map.next_value()?,
                "paymentDate" => v4 = map.next_value()?,
                "name" => v5 = map.next_value()?,
                "company" => v6 = map.next_value()?,
                "target" => v7 = map.next_value()?,
                "address" => v8 = map.next_value()?,
                "zipCode" => v9 = map.next_value()?,
                "city" => v10 = map.next_value()?,
                "country" => v11 = map.next_value()?,
                "countryCode" => v12 = map.next_value()?,
                "vatNumber" => v13 = map.next_value()?,
                "fromSubscription" => v14 = map.next_value()?,
                "lines" => v15 = map.next_value()?,
                "originalTotal" => v16 = map.next_value()?,
                "totalHT" => v17 = map.next_value()?,
                "totalVAT" => v18 = map.next_value()?,
                "totalTTC" => v19 = map.next_value()?,
                "type" => v20 = map.next_value()?,
                "payingUser" => v21 = map.next_value()?,
                "errorCode" => v22 = map.next_value()?,
                "errorShortMsg" => v23 = map.next_value()?,
                "errorLongMsg" => v24 = map.next_value()?,
                "token" => v25 = map.next_value()?,
                "targetId" => v26 = map.next_value()?,
                "forId" => v27 = map.next_value()?,
                "customerOrderId" => v28 = map.next_value()?,
                "customerCostCenter" => v29 = map.next_value()?,
                "vatRate" => v30 = map.next_value()?,
                "payWhen" => v31 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            number: v1,
            status: v2,
            emission_date: v3,
            payment_date: v4,
            name: v5,
            company: v6,
            target: v7,
            address: v8,
            zip_code: v9,
            city: v10,
            country: v11,
            country_code: v12,
            vat_number: v13,
            from_subscription: v14,
            lines: v15,
            original_total: v16,
            total_ht: v17,
            total_vat: v18,
            total_ttc: v19,
            type_: v20,
            paying_user: v21,
            error_code: v22,
            error_short_msg: v23,
            error_long_msg: v24,
            token: v25,
            target_id: v26,
            for_id: v27,
            customer_order_id: v28,
            customer_cost_center: v29,
            vat_rate: v30,
            pay_when: v31,
        })
    }
}
impl<'de> serde::Deserialize<'de> for Invoice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `InvoiceLine` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct InvoiceLine {
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `subDescription`
    #[serde(rename = "subDescription", skip_serializing_if = "Option::is_none")]
    pub sub_description: Option<String>,
    /// `pack`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pack: Option<String>,
    /// `VAT`
    #[serde(rename = "VAT", skip_serializing_if = "Option::is_none")]
    pub vat: Option<f64>,
    /// `price`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for InvoiceLine {
    const NAME: &'static str = "InvoiceLine";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "description" => v0 = map.next_value()?,
                "subDescription" => v1 = map.next_value()?,
                "pack" => v2 = map.next_value()?,
                "VAT" => v3 = map.next_value()?,
                "price" => v4 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            description: v0,
            sub_description: v1,
            pack: v2,
            vat: v3,
            price: v4,
        })
    }
}
impl<'de> serde::Deserialize<'de> for InvoiceLine {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `LinkedAddonEnv` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct LinkedAddonEnv {
    /// `provider_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<String>,
    /// `addon_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addon_id: Option<String>,
    /// `addon_name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addon_name: Option<String>,
    /// `env`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<EnvVar>>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for LinkedAddonEnv {
    const NAME: &'static str = "LinkedAddonEnv";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "provider_id" => v0 = map.next_value()?,
                "addon_id" => v1 = map.next_value()?,
                "addon_name" => v2 = map.next_value()?,
                "env" => v3 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            provider_id: v0,
            addon_id: v1,
            addon_name: v2,
            env: v3,
        })
    }
}
impl<'de> serde::Deserialize<'de> for LinkedAddonEnv {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// A load balancer; the provider does not publish its fields.
pub type LoadBalancer = std::collections::BTreeMap<String, serde_json::Value>;
/// One log line of an application, as sent by the logs endpoints and the logs WebSocket.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LogLine {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `date`
    pub date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `message`
    pub message: String,
    /// `severity`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<String>,
    /// `facility`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facility: Option<String>,
    /// `service`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// `pid`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pid: Option<i64>,
    /// `applicationId`
    #[serde(rename = "applicationId", skip_serializing_if = "Option::is_none")]
    pub application_id: Option<String>,
    /// `deploymentId`
    #[serde(rename = "deploymentId", skip_serializing_if = "Option::is_none")]
    pub deployment_id: Option<String>,
    /// `instanceId`
    #[serde(rename = "instanceId", skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// `commitId`
    #[serde(rename = "commitId", skip_serializing_if = "Option::is_none")]
    pub commit_id: Option<String>,
    /// `region`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `zone`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for LogLine {
    const NAME: &'static str = "LogLine";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        let mut v12 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "date" => v1 = Some(map.next_value()?),
                "message" => v2 = Some(map.next_value()?),
                "severity" => v3 = map.next_value()?,
                "facility" => v4 = map.next_value()?,
                "service" => v5 = map.next_value()?,
                "pid" => v6 = map.next_value()?,
                "applicationId" => v7 = map.next_value()?,
                "deploymentId" => v8 = map.next_value()?,
                "instanceId" => v9 = map.next_value()?,
                "commitId" => v10 = map.next_value()?,
                "region" => v11 = map.next_value()?,
                "zone" => v12 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            date: cloudsdk_runtime::de::required(v1, "date")?,
            message: cloudsdk_runtime::de::required(v2, "message")?,
            severity: v3,
            facility: v4,
            service: v5,
            pid: v6,
            application_id: v7,
            deployment_id: v8,
            instance_id: v9,
            commit_id: v10,
            region: v11,
            zone: v12,
        })
    }
}
impl<'de> serde::Deserialize<'de> for LogLine {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `LoginForm` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct LoginForm {
    /// `email`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `pass`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pass: Option<String>,
    /// `from_authorize`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_authorize: Option<String>,
    /// `cli_token`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cli_token: Option<String>,
    /// `oauth_token`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_token: Option<String>,
    /// `partner_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for LoginForm {
    const NAME: &'static str = "LoginForm";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "email" => v0 = map.next_value()?,
                "pass" => v1 = map.next_value()?,
                "from_authorize" => v2 = map.next_value()?,
                "cli_token" => v3 = map.next_value()?,
                "oauth_token" => v4 = map.next_value()?,
                "partner_id" => v5 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            email: v0,
            pass: v1,
            from_authorize: v2,
            cli_token: v3,
            oauth_token: v4,
            partner_id: v5,
        })
    }
}
impl<'de> serde::Deserialize<'de> for LoginForm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl LoginForm {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            email: None,
            pass: None,
            from_authorize: None,
            cli_token: None,
            oauth_token: None,
            partner_id: None,
        }
    }
    /// Sets [`email`](Self::email).
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets [`pass`](Self::pass).
    pub fn with_pass(mut self, value: impl Into<String>) -> Self {
        self.pass = Some(value.into());
        self
    }
    /// Sets [`from_authorize`](Self::from_authorize).
    pub fn with_from_authorize(mut self, value: impl Into<String>) -> Self {
        self.from_authorize = Some(value.into());
        self
    }
    /// Sets [`cli_token`](Self::cli_token).
    pub fn with_cli_token(mut self, value: impl Into<String>) -> Self {
        self.cli_token = Some(value.into());
        self
    }
    /// Sets [`oauth_token`](Self::oauth_token).
    pub fn with_oauth_token(mut self, value: impl Into<String>) -> Self {
        self.oauth_token = Some(value.into());
        self
    }
    /// Sets [`partner_id`](Self::partner_id).
    pub fn with_partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
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
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MatomoAddon {
    const NAME: &'static str = "MatomoAddon";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "addonId" => v0 = Some(map.next_value()?),
                "host" => v1 = Some(map.next_value()?),
                "mysqlId" => v2 = Some(map.next_value()?),
                "ownerId" => v3 = Some(map.next_value()?),
                "phpId" => v4 = Some(map.next_value()?),
                "planIdentifier" => v5 = Some(map.next_value()?),
                "redisId" => v6 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            addon_id: cloudsdk_runtime::de::required(v0, "addonId")?,
            host: cloudsdk_runtime::de::required(v1, "host")?,
            mysql_id: cloudsdk_runtime::de::required(v2, "mysqlId")?,
            owner_id: cloudsdk_runtime::de::required(v3, "ownerId")?,
            php_id: cloudsdk_runtime::de::required(v4, "phpId")?,
            plan_identifier: cloudsdk_runtime::de::required(v5, "planIdentifier")?,
            redis_id: cloudsdk_runtime::de::required(v6, "redisId")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MatomoAddon {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `MatomoTokenInfo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MatomoTokenInfo {
    const NAME: &'static str = "MatomoTokenInfo";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "addonId" => v0 = Some(map.next_value()?),
                "ownerId" => v1 = Some(map.next_value()?),
                "phpAppId" => v2 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            addon_id: cloudsdk_runtime::de::required(v0, "addonId")?,
            owner_id: cloudsdk_runtime::de::required(v1, "ownerId")?,
            php_app_id: cloudsdk_runtime::de::required(v2, "phpAppId")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MatomoTokenInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `MaxCreditsInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct MaxCreditsInput {
    /// `max`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MaxCreditsInput {
    const NAME: &'static str = "MaxCreditsInput";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "max" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { max: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for MaxCreditsInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl MaxCreditsInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { max: None }
    }
    /// Sets [`max`](Self::max).
    pub fn with_max(mut self, value: f64) -> Self {
        self.max = Some(value);
        self
    }
}
/// The `MemberInvitation` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct MemberInvitation {
    /// `role`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// `job`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job: Option<String>,
    /// `email`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MemberInvitation {
    const NAME: &'static str = "MemberInvitation";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "role" => v0 = map.next_value()?,
                "job" => v1 = map.next_value()?,
                "email" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            role: v0,
            job: v1,
            email: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MemberInvitation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl MemberInvitation {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            role: None,
            job: None,
            email: None,
        }
    }
    /// Sets [`role`](Self::role).
    pub fn with_role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
    /// Sets [`job`](Self::job).
    pub fn with_job(mut self, value: impl Into<String>) -> Self {
        self.job = Some(value.into());
        self
    }
    /// Sets [`email`](Self::email).
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct MemberUser {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `email`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `avatar`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// `preferredMFA`
    #[serde(rename = "preferredMFA", skip_serializing_if = "Option::is_none")]
    pub preferred_mfa: Option<MemberUserPreferredMfa>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MemberUser {
    const NAME: &'static str = "MemberUser";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "email" => v1 = map.next_value()?,
                "name" => v2 = map.next_value()?,
                "avatar" => v3 = map.next_value()?,
                "preferredMFA" => v4 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            email: v1,
            name: v2,
            avatar: v3,
            preferred_mfa: v4,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MemberUser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Message {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i32>,
    /// `message`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `type`
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<MessageType>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Message {
    const NAME: &'static str = "Message";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "message" => v1 = map.next_value()?,
                "type" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            message: v1,
            type_: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for Message {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `MfaConfirmation` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct MfaConfirmation {
    /// `revokeTokens`
    #[serde(rename = "revokeTokens", skip_serializing_if = "Option::is_none")]
    pub revoke_tokens: Option<bool>,
    /// `code`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MfaConfirmation {
    const NAME: &'static str = "MfaConfirmation";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "revokeTokens" => v0 = map.next_value()?,
                "code" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            revoke_tokens: v0,
            code: v1,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MfaConfirmation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl MfaConfirmation {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            revoke_tokens: None,
            code: None,
        }
    }
    /// Sets [`revoke_tokens`](Self::revoke_tokens).
    pub fn with_revoke_tokens(mut self, value: bool) -> Self {
        self.revoke_tokens = Some(value);
        self
    }
    /// Sets [`code`](Self::code).
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
}
/// The `MfaLoginForm` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct MfaLoginForm {
    /// `mfa_kind`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mfa_kind: Option<String>,
    /// `mfa_attempt`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mfa_attempt: Option<String>,
    /// `email`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `auth_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth_id: Option<String>,
    /// `from_authorize`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_authorize: Option<String>,
    /// `cli_token`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cli_token: Option<String>,
    /// `oauth_token`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_token: Option<String>,
    /// `partner_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MfaLoginForm {
    const NAME: &'static str = "MfaLoginForm";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "mfa_kind" => v0 = map.next_value()?,
                "mfa_attempt" => v1 = map.next_value()?,
                "email" => v2 = map.next_value()?,
                "auth_id" => v3 = map.next_value()?,
                "from_authorize" => v4 = map.next_value()?,
                "cli_token" => v5 = map.next_value()?,
                "oauth_token" => v6 = map.next_value()?,
                "partner_id" => v7 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            mfa_kind: v0,
            mfa_attempt: v1,
            email: v2,
            auth_id: v3,
            from_authorize: v4,
            cli_token: v5,
            oauth_token: v6,
            partner_id: v7,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MfaLoginForm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl MfaLoginForm {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            mfa_kind: None,
            mfa_attempt: None,
            email: None,
            auth_id: None,
            from_authorize: None,
            cli_token: None,
            oauth_token: None,
            partner_id: None,
        }
    }
    /// Sets [`mfa_kind`](Self::mfa_kind).
    pub fn with_mfa_kind(mut self, value: impl Into<String>) -> Self {
        self.mfa_kind = Some(value.into());
        self
    }
    /// Sets [`mfa_attempt`](Self::mfa_attempt).
    pub fn with_mfa_attempt(mut self, value: impl Into<String>) -> Self {
        self.mfa_attempt = Some(value.into());
        self
    }
    /// Sets [`email`](Self::email).
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets [`auth_id`](Self::auth_id).
    pub fn with_auth_id(mut self, value: impl Into<String>) -> Self {
        self.auth_id = Some(value.into());
        self
    }
    /// Sets [`from_authorize`](Self::from_authorize).
    pub fn with_from_authorize(mut self, value: impl Into<String>) -> Self {
        self.from_authorize = Some(value.into());
        self
    }
    /// Sets [`cli_token`](Self::cli_token).
    pub fn with_cli_token(mut self, value: impl Into<String>) -> Self {
        self.cli_token = Some(value.into());
        self
    }
    /// Sets [`oauth_token`](Self::oauth_token).
    pub fn with_oauth_token(mut self, value: impl Into<String>) -> Self {
        self.oauth_token = Some(value.into());
        self
    }
    /// Sets [`partner_id`](Self::partner_id).
    pub fn with_partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
}
/// The `MfaPreference` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct MfaPreference {
    /// `favourite`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub favourite: Option<bool>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MfaPreference {
    const NAME: &'static str = "MfaPreference";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "favourite" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { favourite: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for MfaPreference {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl MfaPreference {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { favourite: None }
    }
    /// Sets [`favourite`](Self::favourite).
    pub fn with_favourite(mut self, value: bool) -> Self {
        self.favourite = Some(value);
        self
    }
}
/// The `MfaRecoveryCode` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct MfaRecoveryCode {
    /// `code`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MfaRecoveryCode {
    const NAME: &'static str = "MfaRecoveryCode";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "code" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { code: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for MfaRecoveryCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `Namespace` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Namespace {
    /// `namespace`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Namespace {
    const NAME: &'static str = "Namespace";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "namespace" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { namespace: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for Namespace {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// A network group with its members and peers.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct NetworkGroup {
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub peers: Option<Vec<NetworkGroupPeer>>,
    /// `tags`
    ///
    /// Defaults to `[]` when left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// `version`
    pub version: i32,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NetworkGroup {
    const NAME: &'static str = "NetworkGroup";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "description" => v0 = map.next_value()?,
                "id" => v1 = Some(map.next_value()?),
                "label" => v2 = Some(map.next_value()?),
                "lastAllocatedIp" => v3 = Some(map.next_value()?),
                "members" => v4 = map.next_value()?,
                "networkIp" => v5 = Some(map.next_value()?),
                "ownerId" => v6 = Some(map.next_value()?),
                "peers" => v7 = map.next_value()?,
                "tags" => v8 = map.next_value()?,
                "version" => v9 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            description: v0,
            id: cloudsdk_runtime::de::required(v1, "id")?,
            label: cloudsdk_runtime::de::required(v2, "label")?,
            last_allocated_ip: cloudsdk_runtime::de::required(v3, "lastAllocatedIp")?,
            members: v4,
            network_ip: cloudsdk_runtime::de::required(v5, "networkIp")?,
            owner_id: cloudsdk_runtime::de::required(v6, "ownerId")?,
            peers: v7,
            tags: v8,
            version: cloudsdk_runtime::de::required(v9, "version")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for NetworkGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `NetworkGroupInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct NetworkGroupInput {
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `label`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `members`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<NetworkGroupMemberInput>>,
    /// `tags`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NetworkGroupInput {
    const NAME: &'static str = "NetworkGroupInput";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "description" => v0 = map.next_value()?,
                "id" => v1 = map.next_value()?,
                "label" => v2 = map.next_value()?,
                "members" => v3 = map.next_value()?,
                "tags" => v4 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            description: v0,
            id: v1,
            label: v2,
            members: v3,
            tags: v4,
        })
    }
}
impl<'de> serde::Deserialize<'de> for NetworkGroupInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl NetworkGroupInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            description: None,
            id: None,
            label: None,
            members: None,
            tags: None,
        }
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`label`](Self::label).
    pub fn with_label(mut self, value: impl Into<String>) -> Self {
        self.label = Some(value.into());
        self
    }
    /// Sets [`members`](Self::members).
    pub fn with_members(mut self, value: Vec<NetworkGroupMemberInput>) -> Self {
        self.members = Some(value);
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: Vec<String>) -> Self {
        self.tags = Some(value);
        self
    }
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
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NetworkGroupMember {
    const NAME: &'static str = "NetworkGroupMember";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "domainName" => v0 = Some(map.next_value()?),
                "id" => v1 = Some(map.next_value()?),
                "label" => v2 = Some(map.next_value()?),
                "type" => v3 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            domain_name: cloudsdk_runtime::de::required(v0, "domainName")?,
            id: cloudsdk_runtime::de::required(v1, "id")?,
            label: cloudsdk_runtime::de::required(v2, "label")?,
            type_: cloudsdk_runtime::de::required(v3, "type")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for NetworkGroupMember {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct NetworkGroupMemberInput {
    /// `domainName`
    #[serde(rename = "domainName")]
    pub domain_name: String,
    /// `id`
    pub id: String,
    /// `label`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `type`
    #[serde(rename = "type")]
    pub type_: NetworkGroupMemberInputType,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NetworkGroupMemberInput {
    const NAME: &'static str = "NetworkGroupMemberInput";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "domainName" => v0 = Some(map.next_value()?),
                "id" => v1 = Some(map.next_value()?),
                "label" => v2 = map.next_value()?,
                "type" => v3 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            domain_name: cloudsdk_runtime::de::required(v0, "domainName")?,
            id: cloudsdk_runtime::de::required(v1, "id")?,
            label: v2,
            type_: cloudsdk_runtime::de::required(v3, "type")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for NetworkGroupMemberInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl NetworkGroupMemberInput {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        domain_name: impl Into<String>,
        id: impl Into<String>,
        type_: NetworkGroupMemberInputType,
    ) -> Self {
        Self {
            domain_name: domain_name.into(),
            id: id.into(),
            label: None,
            type_,
        }
    }
    /// Sets [`label`](Self::label).
    pub fn with_label(mut self, value: impl Into<String>) -> Self {
        self.label = Some(value.into());
        self
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct OauthAppRef {
    /// `owner`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthAppRef {
    const NAME: &'static str = "OauthAppRef";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "owner" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { owner: v0, name: v1 })
    }
}
impl<'de> serde::Deserialize<'de> for OauthAppRef {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl OauthAppRef {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { owner: None, name: None }
    }
    /// Sets [`owner`](Self::owner).
    pub fn with_owner(mut self, value: impl Into<String>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
/// The `OauthAuthorizationForm` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct OauthAuthorizationForm {
    /// `almighty`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub almighty: Option<String>,
    /// `access_organisations`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_organisations: Option<String>,
    /// `manage_organisations`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manage_organisations: Option<String>,
    /// `manage_organisations_services`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manage_organisations_services: Option<String>,
    /// `manage_organisations_applications`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manage_organisations_applications: Option<String>,
    /// `manage_organisations_members`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manage_organisations_members: Option<String>,
    /// `access_organisations_bills`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_organisations_bills: Option<String>,
    /// `access_organisations_credit_count`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_organisations_credit_count: Option<String>,
    /// `access_organisations_consumption_statistics`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_organisations_consumption_statistics: Option<String>,
    /// `access_personal_information`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_personal_information: Option<String>,
    /// `manage_personal_information`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manage_personal_information: Option<String>,
    /// `manage_ssh_keys`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manage_ssh_keys: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthAuthorizationForm {
    const NAME: &'static str = "OauthAuthorizationForm";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "almighty" => v0 = map.next_value()?,
                "access_organisations" => v1 = map.next_value()?,
                "manage_organisations" => v2 = map.next_value()?,
                "manage_organisations_services" => v3 = map.next_value()?,
                "manage_organisations_applications" => v4 = map.next_value()?,
                "manage_organisations_members" => v5 = map.next_value()?,
                "access_organisations_bills" => v6 = map.next_value()?,
                "access_organisations_credit_count" => v7 = map.next_value()?,
                "access_organisations_consumption_statistics" => v8 = map.next_value()?,
                "access_personal_information" => v9 = map.next_value()?,
                "manage_personal_information" => v10 = map.next_value()?,
                "manage_ssh_keys" => v11 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            almighty: v0,
            access_organisations: v1,
            manage_organisations: v2,
            manage_organisations_services: v3,
            manage_organisations_applications: v4,
            manage_organisations_members: v5,
            access_organisations_bills: v6,
            access_organisations_credit_count: v7,
            access_organisations_consumption_statistics: v8,
            access_personal_information: v9,
            manage_personal_information: v10,
            manage_ssh_keys: v11,
        })
    }
}
impl<'de> serde::Deserialize<'de> for OauthAuthorizationForm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl OauthAuthorizationForm {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            almighty: None,
            access_organisations: None,
            manage_organisations: None,
            manage_organisations_services: None,
            manage_organisations_applications: None,
            manage_organisations_members: None,
            access_organisations_bills: None,
            access_organisations_credit_count: None,
            access_organisations_consumption_statistics: None,
            access_personal_information: None,
            manage_personal_information: None,
            manage_ssh_keys: None,
        }
    }
    /// Sets [`almighty`](Self::almighty).
    pub fn with_almighty(mut self, value: impl Into<String>) -> Self {
        self.almighty = Some(value.into());
        self
    }
    /// Sets [`access_organisations`](Self::access_organisations).
    pub fn with_access_organisations(mut self, value: impl Into<String>) -> Self {
        self.access_organisations = Some(value.into());
        self
    }
    /// Sets [`manage_organisations`](Self::manage_organisations).
    pub fn with_manage_organisations(mut self, value: impl Into<String>) -> Self {
        self.manage_organisations = Some(value.into());
        self
    }
    /// Sets [`manage_organisations_services`](Self::manage_organisations_services).
    pub fn with_manage_organisations_services(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.manage_organisations_services = Some(value.into());
        self
    }
    /// Sets [`manage_organisations_applications`](Self::manage_organisations_applications).
    pub fn with_manage_organisations_applications(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.manage_organisations_applications = Some(value.into());
        self
    }
    /// Sets [`manage_organisations_members`](Self::manage_organisations_members).
    pub fn with_manage_organisations_members(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.manage_organisations_members = Some(value.into());
        self
    }
    /// Sets [`access_organisations_bills`](Self::access_organisations_bills).
    pub fn with_access_organisations_bills(mut self, value: impl Into<String>) -> Self {
        self.access_organisations_bills = Some(value.into());
        self
    }
    /// Sets [`access_organisations_credit_count`](Self::access_organisations_credit_count).
    pub fn with_access_organisations_credit_count(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.access_organisations_credit_count = Some(value.into());
        self
    }
    /// Sets [`access_organisations_consumption_statistics`](Self::access_organisations_consumption_statistics).
    pub fn with_access_organisations_consumption_statistics(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.access_organisations_consumption_statistics = Some(value.into());
        self
    }
    /// Sets [`access_personal_information`](Self::access_personal_information).
    pub fn with_access_personal_information(mut self, value: impl Into<String>) -> Self {
        self.access_personal_information = Some(value.into());
        self
    }
    /// Sets [`manage_personal_information`](Self::manage_personal_information).
    pub fn with_manage_personal_information(mut self, value: impl Into<String>) -> Self {
        self.manage_personal_information = Some(value.into());
        self
    }
    /// Sets [`manage_ssh_keys`](Self::manage_ssh_keys).
    pub fn with_manage_ssh_keys(mut self, value: impl Into<String>) -> Self {
        self.manage_ssh_keys = Some(value.into());
        self
    }
}
/// A registered OAuth consumer.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct OauthConsumer {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `key`
    ///
    /// Set by the server; ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// `url`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `picture`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub picture: Option<String>,
    /// `baseUrl`
    #[serde(rename = "baseUrl", skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// `rights`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rights: Option<OauthRights>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthConsumer {
    const NAME: &'static str = "OauthConsumer";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "name" => v0 = map.next_value()?,
                "description" => v1 = map.next_value()?,
                "key" => v2 = map.next_value()?,
                "url" => v3 = map.next_value()?,
                "picture" => v4 = map.next_value()?,
                "baseUrl" => v5 = map.next_value()?,
                "rights" => v6 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            name: v0,
            description: v1,
            key: v2,
            url: v3,
            picture: v4,
            base_url: v5,
            rights: v6,
        })
    }
}
impl<'de> serde::Deserialize<'de> for OauthConsumer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `OauthConsumerInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct OauthConsumerInput {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `url`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `picture`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub picture: Option<String>,
    /// `baseUrl`
    #[serde(rename = "baseUrl", skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// `rights`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rights: Option<std::collections::BTreeMap<String, bool>>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthConsumerInput {
    const NAME: &'static str = "OauthConsumerInput";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "name" => v0 = map.next_value()?,
                "description" => v1 = map.next_value()?,
                "url" => v2 = map.next_value()?,
                "picture" => v3 = map.next_value()?,
                "baseUrl" => v4 = map.next_value()?,
                "rights" => v5 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            name: v0,
            description: v1,
            url: v2,
            picture: v3,
            base_url: v4,
            rights: v5,
        })
    }
}
impl<'de> serde::Deserialize<'de> for OauthConsumerInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl OauthConsumerInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: None,
            description: None,
            url: None,
            picture: None,
            base_url: None,
            rights: None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets [`url`](Self::url).
    pub fn with_url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
    /// Sets [`picture`](Self::picture).
    pub fn with_picture(mut self, value: impl Into<String>) -> Self {
        self.picture = Some(value.into());
        self
    }
    /// Sets [`base_url`](Self::base_url).
    pub fn with_base_url(mut self, value: impl Into<String>) -> Self {
        self.base_url = Some(value.into());
        self
    }
    /// Sets [`rights`](Self::rights).
    pub fn with_rights(
        mut self,
        value: std::collections::BTreeMap<String, bool>,
    ) -> Self {
        self.rights = Some(value);
        self
    }
}
/// The secret of an OAuth consumer; only returned by the dedicated endpoint.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct OauthConsumerSecret {
    /// `secret`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthConsumerSecret {
    const NAME: &'static str = "OauthConsumerSecret";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "secret" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { secret: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for OauthConsumerSecret {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `OauthConsumerSummary` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct OauthConsumerSummary {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `key`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// `picture`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub picture: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthConsumerSummary {
    const NAME: &'static str = "OauthConsumerSummary";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "name" => v0 = map.next_value()?,
                "key" => v1 = map.next_value()?,
                "picture" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            name: v0,
            key: v1,
            picture: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for OauthConsumerSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `OauthParametersForm` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct OauthParametersForm {
    /// `oauth_consumer_key`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_consumer_key: Option<String>,
    /// `oauth_token`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_token: Option<String>,
    /// `oauth_signature_method`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_signature_method: Option<String>,
    /// `oauth_signature`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_signature: Option<String>,
    /// `oauth_timestamp`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_timestamp: Option<String>,
    /// `oauth_nonce`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_nonce: Option<String>,
    /// `oauth_version`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_version: Option<String>,
    /// `oauth_verifier`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_verifier: Option<String>,
    /// `oauth_callback`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_callback: Option<String>,
    /// `oauth_token_secret`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_token_secret: Option<String>,
    /// `oauth_callback_confirmed`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_callback_confirmed: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthParametersForm {
    const NAME: &'static str = "OauthParametersForm";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "oauth_consumer_key" => v0 = map.next_value()?,
                "oauth_token" => v1 = map.next_value()?,
                "oauth_signature_method" => v2 = map.next_value()?,
                "oauth_signature" => v3 = map.next_value()?,
                "oauth_timestamp" => v4 = map.next_value()?,
                "oauth_nonce" => v5 = map.next_value()?,
                "oauth_version" => v6 = map.next_value()?,
                "oauth_verifier" => v7 = map.next_value()?,
                "oauth_callback" => v8 = map.next_value()?,
                "oauth_token_secret" => v9 = map.next_value()?,
                "oauth_callback_confirmed" => v10 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            oauth_consumer_key: v0,
            oauth_token: v1,
            oauth_signature_method: v2,
            oauth_signature: v3,
            oauth_timestamp: v4,
            oauth_nonce: v5,
            oauth_version: v6,
            oauth_verifier: v7,
            oauth_callback: v8,
            oauth_token_secret: v9,
            oauth_callback_confirmed: v10,
        })
    }
}
impl<'de> serde::Deserialize<'de> for OauthParametersForm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl OauthParametersForm {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            oauth_consumer_key: None,
            oauth_token: None,
            oauth_signature_method: None,
            oauth_signature: None,
            oauth_timestamp: None,
            oauth_nonce: None,
            oauth_version: None,
            oauth_verifier: None,
            oauth_callback: None,
            oauth_token_secret: None,
            oauth_callback_confirmed: None,
        }
    }
    /// Sets [`oauth_consumer_key`](Self::oauth_consumer_key).
    pub fn with_oauth_consumer_key(mut self, value: impl Into<String>) -> Self {
        self.oauth_consumer_key = Some(value.into());
        self
    }
    /// Sets [`oauth_token`](Self::oauth_token).
    pub fn with_oauth_token(mut self, value: impl Into<String>) -> Self {
        self.oauth_token = Some(value.into());
        self
    }
    /// Sets [`oauth_signature_method`](Self::oauth_signature_method).
    pub fn with_oauth_signature_method(mut self, value: impl Into<String>) -> Self {
        self.oauth_signature_method = Some(value.into());
        self
    }
    /// Sets [`oauth_signature`](Self::oauth_signature).
    pub fn with_oauth_signature(mut self, value: impl Into<String>) -> Self {
        self.oauth_signature = Some(value.into());
        self
    }
    /// Sets [`oauth_timestamp`](Self::oauth_timestamp).
    pub fn with_oauth_timestamp(mut self, value: impl Into<String>) -> Self {
        self.oauth_timestamp = Some(value.into());
        self
    }
    /// Sets [`oauth_nonce`](Self::oauth_nonce).
    pub fn with_oauth_nonce(mut self, value: impl Into<String>) -> Self {
        self.oauth_nonce = Some(value.into());
        self
    }
    /// Sets [`oauth_version`](Self::oauth_version).
    pub fn with_oauth_version(mut self, value: impl Into<String>) -> Self {
        self.oauth_version = Some(value.into());
        self
    }
    /// Sets [`oauth_verifier`](Self::oauth_verifier).
    pub fn with_oauth_verifier(mut self, value: impl Into<String>) -> Self {
        self.oauth_verifier = Some(value.into());
        self
    }
    /// Sets [`oauth_callback`](Self::oauth_callback).
    pub fn with_oauth_callback(mut self, value: impl Into<String>) -> Self {
        self.oauth_callback = Some(value.into());
        self
    }
    /// Sets [`oauth_token_secret`](Self::oauth_token_secret).
    pub fn with_oauth_token_secret(mut self, value: impl Into<String>) -> Self {
        self.oauth_token_secret = Some(value.into());
        self
    }
    /// Sets [`oauth_callback_confirmed`](Self::oauth_callback_confirmed).
    pub fn with_oauth_callback_confirmed(mut self, value: impl Into<String>) -> Self {
        self.oauth_callback_confirmed = Some(value.into());
        self
    }
}
/// The `OauthRights` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct OauthRights {
    /// `almighty`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub almighty: Option<bool>,
    /// `access_organisations`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_organisations: Option<bool>,
    /// `manage_organisations`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manage_organisations: Option<bool>,
    /// `manage_organisations_services`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manage_organisations_services: Option<bool>,
    /// `manage_organisations_applications`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manage_organisations_applications: Option<bool>,
    /// `manage_organisations_members`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manage_organisations_members: Option<bool>,
    /// `access_organisations_bills`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_organisations_bills: Option<bool>,
    /// `access_organisations_credit_count`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_organisations_credit_count: Option<bool>,
    /// `access_organisations_consumption_statistics`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_organisations_consumption_statistics: Option<bool>,
    /// `access_personal_information`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_personal_information: Option<bool>,
    /// `manage_personal_information`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manage_personal_information: Option<bool>,
    /// `manage_ssh_keys`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manage_ssh_keys: Option<bool>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthRights {
    const NAME: &'static str = "OauthRights";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "almighty" => v0 = map.next_value()?,
                "access_organisations" => v1 = map.next_value()?,
                "manage_organisations" => v2 = map.next_value()?,
                "manage_organisations_services" => v3 = map.next_value()?,
                "manage_organisations_applications" => v4 = map.next_value()?,
                "manage_organisations_members" => v5 = map.next_value()?,
                "access_organisations_bills" => v6 = map.next_value()?,
                "access_organisations_credit_count" => v7 = map.next_value()?,
                "access_organisations_consumption_statistics" => v8 = map.next_value()?,
                "access_personal_information" => v9 = map.next_value()?,
                "manage_personal_information" => v10 = map.next_value()?,
                "manage_ssh_keys" => v11 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            almighty: v0,
            access_organisations: v1,
            manage_organisations: v2,
            manage_organisations_services: v3,
            manage_organisations_applications: v4,
            manage_organisations_members: v5,
            access_organisations_bills: v6,
            access_organisations_credit_count: v7,
            access_organisations_consumption_statistics: v8,
            access_personal_information: v9,
            manage_personal_information: v10,
            manage_ssh_keys: v11,
        })
    }
}
impl<'de> serde::Deserialize<'de> for OauthRights {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// An OAuth access token granted by the user.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct OauthToken {
    /// `token`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// `consumer`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consumer: Option<OauthConsumer>,
    /// `creationDate`
    #[serde(rename = "creationDate", skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<i64>,
    /// `expirationDate`
    #[serde(rename = "expirationDate", skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<i64>,
    /// `lastUtilisation`
    #[serde(rename = "lastUtilisation", skip_serializing_if = "Option::is_none")]
    pub last_utilisation: Option<i64>,
    /// `rights`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rights: Option<OauthRights>,
    /// `employeeId`
    #[serde(rename = "employeeId", skip_serializing_if = "Option::is_none")]
    pub employee_id: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthToken {
    const NAME: &'static str = "OauthToken";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "token" => v0 = map.next_value()?,
                "consumer" => v1 = map.next_value()?,
                "creationDate" => v2 = map.next_value()?,
                "expirationDate" => v3 = map.next_value()?,
                "lastUtilisation" => v4 = map.next_value()?,
                "rights" => v5 = map.next_value()?,
                "employeeId" => v6 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            token: v0,
            consumer: v1,
            creation_date: v2,
            expiration_date: v3,
            last_utilisation: v4,
            rights: v5,
            employee_id: v6,
        })
    }
}
impl<'de> serde::Deserialize<'de> for OauthToken {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// Form-encoded token answer of the OAuth 1.0a request-token and access-token steps.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct OauthTokenCredentials {
    /// `oauth_token`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_token: Option<String>,
    /// `oauth_token_secret`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_token_secret: Option<String>,
    /// `oauth_callback_confirmed`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_callback_confirmed: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthTokenCredentials {
    const NAME: &'static str = "OauthTokenCredentials";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "oauth_token" => v0 = map.next_value()?,
                "oauth_token_secret" => v1 = map.next_value()?,
                "oauth_callback_confirmed" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            oauth_token: v0,
            oauth_token_secret: v1,
            oauth_callback_confirmed: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for OauthTokenCredentials {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `OauthTransaction` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct OauthTransaction {
    /// `transactionId`
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// `redirectUri`
    #[serde(rename = "redirectUri", skip_serializing_if = "Option::is_none")]
    pub redirect_uri: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthTransaction {
    const NAME: &'static str = "OauthTransaction";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "transactionId" => v0 = map.next_value()?,
                "redirectUri" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            transaction_id: v0,
            redirect_uri: v1,
        })
    }
}
impl<'de> serde::Deserialize<'de> for OauthTransaction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Organisation {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `billingEmail`
    #[serde(rename = "billingEmail", skip_serializing_if = "Option::is_none")]
    pub billing_email: Option<String>,
    /// `address`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// `city`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// `zipcode`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zipcode: Option<String>,
    /// `country`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// `company`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// `VAT`
    #[serde(rename = "VAT", skip_serializing_if = "Option::is_none")]
    pub vat: Option<String>,
    /// `avatar`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// `vatState`
    #[serde(rename = "vatState", skip_serializing_if = "Option::is_none")]
    pub vat_state: Option<OrganisationVatState>,
    /// `customerFullName`
    #[serde(rename = "customerFullName", skip_serializing_if = "Option::is_none")]
    pub customer_full_name: Option<String>,
    /// `canPay`
    #[serde(rename = "canPay", skip_serializing_if = "Option::is_none")]
    pub can_pay: Option<bool>,
    /// `cleverEnterprise`
    #[serde(rename = "cleverEnterprise", skip_serializing_if = "Option::is_none")]
    pub clever_enterprise: Option<bool>,
    /// `emergencyNumber`
    #[serde(rename = "emergencyNumber", skip_serializing_if = "Option::is_none")]
    pub emergency_number: Option<String>,
    /// `canSEPA`
    #[serde(rename = "canSEPA", skip_serializing_if = "Option::is_none")]
    pub can_sepa: Option<bool>,
    /// `isTrusted`
    #[serde(rename = "isTrusted", skip_serializing_if = "Option::is_none")]
    pub is_trusted: Option<bool>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Organisation {
    const NAME: &'static str = "Organisation";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        let mut v12 = None;
        let mut v13 = None;
        let mut v14 = None;
        let mut v15 = None;
        let mut v16 = None;
        let mut v17 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                "description" => v2 = map.next_value()?,
                "billingEmail" => v3 = map.next_value()?,
                "address" => v4 = map.next_value()?,
                "city" => v5 = map.next_value()?,
                "zipcode" => v6 = map.next_value()?,
                "country" => v7 = map.next_value()?,
                "company" => v8 = map.next_value()?,
                "VAT" => v9 = map.next_value()?,
                "avatar" => v10 = map.next_value()?,
                "vatState" => v11 = map.next_value()?,
                "customerFullName" => v12 = map.next_value()?,
                "canPay" => v13 = map.next_value()?,
                "cleverEnterprise" => v14 = map.next_value()?,
                "emergencyNumber" => v15 = map.next_value()?,
                "canSEPA" => v16 = map.next_value()?,
                "isTrusted" => v17 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            name: v1,
            description: v2,
            billing_email: v3,
            address: v4,
            city: v5,
            zipcode: v6,
            country: v7,
            company: v8,
            vat: v9,
            avatar: v10,
            vat_state: v11,
            customer_full_name: v12,
            can_pay: v13,
            clever_enterprise: v14,
            emergency_number: v15,
            can_sepa: v16,
            is_trusted: v17,
        })
    }
}
impl<'de> serde::Deserialize<'de> for Organisation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct OrganisationContact {
    /// `contact_type`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_type: Option<OrganisationContactContactType>,
    /// `email_address`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `phone_number`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OrganisationContact {
    const NAME: &'static str = "OrganisationContact";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "contact_type" => v0 = map.next_value()?,
                "email_address" => v1 = map.next_value()?,
                "phone_number" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            contact_type: v0,
            email_address: v1,
            phone_number: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for OrganisationContact {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl OrganisationContact {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            contact_type: None,
            email_address: None,
            phone_number: None,
        }
    }
    /// Sets [`contact_type`](Self::contact_type).
    pub fn with_contact_type(mut self, value: OrganisationContactContactType) -> Self {
        self.contact_type = Some(value);
        self
    }
    /// Sets [`email_address`](Self::email_address).
    pub fn with_email_address(mut self, value: impl Into<String>) -> Self {
        self.email_address = Some(value.into());
        self
    }
    /// Sets [`phone_number`](Self::phone_number).
    pub fn with_phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }
}
/// The `OrganisationDeploymentEntry` schema.
pub type OrganisationDeploymentEntry = std::collections::BTreeMap<
    String,
    serde_json::Value,
>;
/// Fields to create or update an organisation.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct OrganisationInput {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `address`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// `city`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// `zipcode`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zipcode: Option<String>,
    /// `country`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// `company`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// `customerFullName`
    #[serde(rename = "customerFullName", skip_serializing_if = "Option::is_none")]
    pub customer_full_name: Option<String>,
    /// `VAT`
    #[serde(rename = "VAT", skip_serializing_if = "Option::is_none")]
    pub vat: Option<String>,
    /// `billingEmail`
    #[serde(rename = "billingEmail", skip_serializing_if = "Option::is_none")]
    pub billing_email: Option<String>,
    /// `contacts`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contacts: Option<Vec<OrganisationContact>>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OrganisationInput {
    const NAME: &'static str = "OrganisationInput";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "name" => v0 = map.next_value()?,
                "description" => v1 = map.next_value()?,
                "address" => v2 = map.next_value()?,
                "city" => v3 = map.next_value()?,
                "zipcode" => v4 = map.next_value()?,
                "country" => v5 = map.next_value()?,
                "company" => v6 = map.next_value()?,
                "customerFullName" => v7 = map.next_value()?,
                "VAT" => v8 = map.next_value()?,
                "billingEmail" => v9 = map.next_value()?,
                "contacts" => v10 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            name: v0,
            description: v1,
            address: v2,
            city: v3,
            zipcode: v4,
            country: v5,
            company: v6,
            customer_full_name: v7,
            vat: v8,
            billing_email: v9,
            contacts: v10,
        })
    }
}
impl<'de> serde::Deserialize<'de> for OrganisationInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl OrganisationInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: None,
            description: None,
            address: None,
            city: None,
            zipcode: None,
            country: None,
            company: None,
            customer_full_name: None,
            vat: None,
            billing_email: None,
            contacts: None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets [`address`](Self::address).
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets [`city`](Self::city).
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    /// Sets [`zipcode`](Self::zipcode).
    pub fn with_zipcode(mut self, value: impl Into<String>) -> Self {
        self.zipcode = Some(value.into());
        self
    }
    /// Sets [`country`](Self::country).
    pub fn with_country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }
    /// Sets [`company`](Self::company).
    pub fn with_company(mut self, value: impl Into<String>) -> Self {
        self.company = Some(value.into());
        self
    }
    /// Sets [`customer_full_name`](Self::customer_full_name).
    pub fn with_customer_full_name(mut self, value: impl Into<String>) -> Self {
        self.customer_full_name = Some(value.into());
        self
    }
    /// Sets [`vat`](Self::vat).
    pub fn with_vat(mut self, value: impl Into<String>) -> Self {
        self.vat = Some(value.into());
        self
    }
    /// Sets [`billing_email`](Self::billing_email).
    pub fn with_billing_email(mut self, value: impl Into<String>) -> Self {
        self.billing_email = Some(value.into());
        self
    }
    /// Sets [`contacts`](Self::contacts).
    pub fn with_contacts(mut self, value: Vec<OrganisationContact>) -> Self {
        self.contacts = Some(value);
        self
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct OrganisationMember {
    /// `member`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<MemberUser>,
    /// `role`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<OrganisationMemberRole>,
    /// `job`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OrganisationMember {
    const NAME: &'static str = "OrganisationMember";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "member" => v0 = map.next_value()?,
                "role" => v1 = map.next_value()?,
                "job" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            member: v0,
            role: v1,
            job: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for OrganisationMember {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct OrganisationSummary {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `avatar`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// `applications`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applications: Option<Vec<ApplicationSummary>>,
    /// `addons`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addons: Option<Vec<AddonSummary>>,
    /// `consumers`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consumers: Option<Vec<OauthConsumerSummary>>,
    /// `role`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<OrganisationSummaryRole>,
    /// `providers`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub providers: Option<Vec<ProviderSummary>>,
    /// `vatState`
    #[serde(rename = "vatState", skip_serializing_if = "Option::is_none")]
    pub vat_state: Option<OrganisationSummaryVatState>,
    /// `canPay`
    #[serde(rename = "canPay", skip_serializing_if = "Option::is_none")]
    pub can_pay: Option<bool>,
    /// `canSEPA`
    #[serde(rename = "canSEPA", skip_serializing_if = "Option::is_none")]
    pub can_sepa: Option<bool>,
    /// `cleverEnterprise`
    #[serde(rename = "cleverEnterprise", skip_serializing_if = "Option::is_none")]
    pub clever_enterprise: Option<bool>,
    /// `emergencyNumber`
    #[serde(rename = "emergencyNumber", skip_serializing_if = "Option::is_none")]
    pub emergency_number: Option<String>,
    /// `isTrusted`
    #[serde(rename = "isTrusted", skip_serializing_if = "Option::is_none")]
    pub is_trusted: Option<bool>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OrganisationSummary {
    const NAME: &'static str = "OrganisationSummary";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        let mut v12 = None;
        let mut v13 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                "avatar" => v2 = map.next_value()?,
                "applications" => v3 = map.next_value()?,
                "addons" => v4 = map.next_value()?,
                "consumers" => v5 = map.next_value()?,
                "role" => v6 = map.next_value()?,
                "providers" => v7 = map.next_value()?,
                "vatState" => v8 = map.next_value()?,
                "canPay" => v9 = map.next_value()?,
                "canSEPA" => v10 = map.next_value()?,
                "cleverEnterprise" => v11 = map.next_value()?,
                "emergencyNumber" => v12 = map.next_value()?,
                "isTrusted" => v13 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            name: v1,
            avatar: v2,
            applications: v3,
            addons: v4,
            consumers: v5,
            role: v6,
            providers: v7,
            vat_state: v8,
            can_pay: v9,
            can_sepa: v10,
            clever_enterprise: v11,
            emergency_number: v12,
            is_trusted: v13,
        })
    }
}
impl<'de> serde::Deserialize<'de> for OrganisationSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `OwnedTardisCreateRequest` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct OwnedTardisCreateRequest {
    /// `ttl`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OwnedTardisCreateRequest {
    const NAME: &'static str = "OwnedTardisCreateRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "ttl" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { ttl: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for OwnedTardisCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl OwnedTardisCreateRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { ttl: None }
    }
    /// Sets [`ttl`](Self::ttl).
    pub fn with_ttl(mut self, value: impl Into<String>) -> Self {
        self.ttl = Some(value.into());
        self
    }
}
/// The `Owner` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Owner {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `identity`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    /// `emails`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<String>>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Owner {
    const NAME: &'static str = "Owner";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "identity" => v1 = map.next_value()?,
                "emails" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            identity: v1,
            emails: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for Owner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `PasswordChange` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PasswordChange {
    /// `oldPassword`
    #[serde(rename = "oldPassword", skip_serializing_if = "Option::is_none")]
    pub old_password: Option<String>,
    /// `newPassword`
    #[serde(rename = "newPassword", skip_serializing_if = "Option::is_none")]
    pub new_password: Option<String>,
    /// `dropTokens`
    #[serde(rename = "dropTokens", skip_serializing_if = "Option::is_none")]
    pub drop_tokens: Option<bool>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PasswordChange {
    const NAME: &'static str = "PasswordChange";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "oldPassword" => v0 = map.next_value()?,
                "newPassword" => v1 = map.next_value()?,
                "dropTokens" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            old_password: v0,
            new_password: v1,
            drop_tokens: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PasswordChange {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl PasswordChange {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            old_password: None,
            new_password: None,
            drop_tokens: None,
        }
    }
    /// Sets [`old_password`](Self::old_password).
    pub fn with_old_password(mut self, value: impl Into<String>) -> Self {
        self.old_password = Some(value.into());
        self
    }
    /// Sets [`new_password`](Self::new_password).
    pub fn with_new_password(mut self, value: impl Into<String>) -> Self {
        self.new_password = Some(value.into());
        self
    }
    /// Sets [`drop_tokens`](Self::drop_tokens).
    pub fn with_drop_tokens(mut self, value: bool) -> Self {
        self.drop_tokens = Some(value);
        self
    }
}
/// The `PasswordResetForm` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PasswordResetForm {
    /// `pass`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pass: Option<String>,
    /// `pass2`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pass2: Option<String>,
    /// `partner_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PasswordResetForm {
    const NAME: &'static str = "PasswordResetForm";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "pass" => v0 = map.next_value()?,
                "pass2" => v1 = map.next_value()?,
                "partner_id" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            pass: v0,
            pass2: v1,
            partner_id: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PasswordResetForm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl PasswordResetForm {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            pass: None,
            pass2: None,
            partner_id: None,
        }
    }
    /// Sets [`pass`](Self::pass).
    pub fn with_pass(mut self, value: impl Into<String>) -> Self {
        self.pass = Some(value.into());
        self
    }
    /// Sets [`pass2`](Self::pass2).
    pub fn with_pass2(mut self, value: impl Into<String>) -> Self {
        self.pass2 = Some(value.into());
        self
    }
    /// Sets [`partner_id`](Self::partner_id).
    pub fn with_partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
}
/// The `PasswordResetRequestForm` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PasswordResetRequestForm {
    /// `login`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
    /// `drop_tokens`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drop_tokens: Option<String>,
    /// `partner_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PasswordResetRequestForm {
    const NAME: &'static str = "PasswordResetRequestForm";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "login" => v0 = map.next_value()?,
                "drop_tokens" => v1 = map.next_value()?,
                "partner_id" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            login: v0,
            drop_tokens: v1,
            partner_id: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PasswordResetRequestForm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl PasswordResetRequestForm {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            login: None,
            drop_tokens: None,
            partner_id: None,
        }
    }
    /// Sets [`login`](Self::login).
    pub fn with_login(mut self, value: impl Into<String>) -> Self {
        self.login = Some(value.into());
        self
    }
    /// Sets [`drop_tokens`](Self::drop_tokens).
    pub fn with_drop_tokens(mut self, value: impl Into<String>) -> Self {
        self.drop_tokens = Some(value.into());
        self
    }
    /// Sets [`partner_id`](Self::partner_id).
    pub fn with_partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PaymentData {
    /// `type`
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<PaymentDataType>,
    /// `token`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// `deviceData`
    #[serde(rename = "deviceData", skip_serializing_if = "Option::is_none")]
    pub device_data: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PaymentData {
    const NAME: &'static str = "PaymentData";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "type" => v0 = map.next_value()?,
                "token" => v1 = map.next_value()?,
                "deviceData" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            type_: v0,
            token: v1,
            device_data: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PaymentData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl PaymentData {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            type_: None,
            token: None,
            device_data: None,
        }
    }
    /// Sets [`type_`](Self::type_).
    pub fn with_type(mut self, value: PaymentDataType) -> Self {
        self.type_ = Some(value);
        self
    }
    /// Sets [`token`](Self::token).
    pub fn with_token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
        self
    }
    /// Sets [`device_data`](Self::device_data).
    pub fn with_device_data(mut self, value: impl Into<String>) -> Self {
        self.device_data = Some(value.into());
        self
    }
}
/// The `PaymentInfo` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PaymentInfo {
    /// `fromOrga`
    #[serde(rename = "fromOrga", skip_serializing_if = "Option::is_none")]
    pub from_orga: Option<bool>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `company`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// `address`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// `zipCode`
    #[serde(rename = "zipCode", skip_serializing_if = "Option::is_none")]
    pub zip_code: Option<String>,
    /// `city`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// `country`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// `vatNumber`
    #[serde(rename = "vatNumber", skip_serializing_if = "Option::is_none")]
    pub vat_number: Option<String>,
    /// `errors`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<std::collections::BTreeMap<String, String>>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PaymentInfo {
    const NAME: &'static str = "PaymentInfo";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "fromOrga" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                "company" => v2 = map.next_value()?,
                "address" => v3 = map.next_value()?,
                "zipCode" => v4 = map.next_value()?,
                "city" => v5 = map.next_value()?,
                "country" => v6 = map.next_value()?,
                "vatNumber" => v7 = map.next_value()?,
                "errors" => v8 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            from_orga: v0,
            name: v1,
            company: v2,
            address: v3,
            zip_code: v4,
            city: v5,
            country: v6,
            vat_number: v7,
            errors: v8,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PaymentInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PaymentMethod {
    /// `ownerId`
    #[serde(rename = "ownerId", skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// `type`
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<PaymentMethodType>,
    /// `token`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// `imageUrl`
    #[serde(rename = "imageUrl", skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// `isDefault`
    #[serde(rename = "isDefault", skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// `holderName`
    #[serde(rename = "holderName", skip_serializing_if = "Option::is_none")]
    pub holder_name: Option<String>,
    /// `number`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// `expirationDate`
    #[serde(rename = "expirationDate", skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<String>,
    /// `isExpired`
    #[serde(rename = "isExpired", skip_serializing_if = "Option::is_none")]
    pub is_expired: Option<bool>,
    /// `cardType`
    #[serde(rename = "cardType", skip_serializing_if = "Option::is_none")]
    pub card_type: Option<String>,
    /// `email`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `bankCode`
    #[serde(rename = "bankCode", skip_serializing_if = "Option::is_none")]
    pub bank_code: Option<String>,
    /// `branchCode`
    #[serde(rename = "branchCode", skip_serializing_if = "Option::is_none")]
    pub branch_code: Option<String>,
    /// `country`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// `fingerprint`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PaymentMethod {
    const NAME: &'static str = "PaymentMethod";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        let mut v12 = None;
        let mut v13 = None;
        let mut v14 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "ownerId" => v0 = map.next_value()?,
                "type" => v1 = map.next_value()?,
                "token" => v2 = map.next_value()?,
                "imageUrl" => v3 = map.next_value()?,
                "isDefault" => v4 = map.next_value()?,
                "holderName" => v5 = map.next_value()?,
                "number" => v6 = map.next_value()?,
                "expirationDate" => v7 = map.next_value()?,
                "isExpired" => v8 = map.next_value()?,
                "cardType" => v9 = map.next_value()?,
                "email" => v10 = map.next_value()?,
                "bankCode" => v11 = map.next_value()?,
                "branchCode" => v12 = map.next_value()?,
                "country" => v13 = map.next_value()?,
                "fingerprint" => v14 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            owner_id: v0,
            type_: v1,
            token: v2,
            image_url: v3,
            is_default: v4,
            holder_name: v5,
            number: v6,
            expiration_date: v7,
            is_expired: v8,
            card_type: v9,
            email: v10,
            bank_code: v11,
            branch_code: v12,
            country: v13,
            fingerprint: v14,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PaymentMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `PaymentNextStep` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PaymentNextStep {
    /// `url`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PaymentNextStep {
    const NAME: &'static str = "PaymentNextStep";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "url" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { url: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for PaymentNextStep {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PaymentProviderSelection {
    /// `provider`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<PaymentProviderSelectionProvider>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PaymentProviderSelection {
    const NAME: &'static str = "PaymentProviderSelection";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "provider" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { provider: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for PaymentProviderSelection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl PaymentProviderSelection {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { provider: None }
    }
    /// Sets [`provider`](Self::provider).
    pub fn with_provider(mut self, value: PaymentProviderSelectionProvider) -> Self {
        self.provider = Some(value);
        self
    }
}
/// Error returned as plain text (network groups service).
pub type PlainTextError = String;
/// The `PriceWithTax` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PriceWithTax {
    /// `price`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<i64>,
    /// `taxFreePrice`
    #[serde(rename = "taxFreePrice", skip_serializing_if = "Option::is_none")]
    pub tax_free_price: Option<i64>,
    /// `vatRatio`
    #[serde(rename = "vatRatio", skip_serializing_if = "Option::is_none")]
    pub vat_ratio: Option<i64>,
    /// `invoicedOwner`
    #[serde(rename = "invoicedOwner", skip_serializing_if = "Option::is_none")]
    pub invoiced_owner: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PriceWithTax {
    const NAME: &'static str = "PriceWithTax";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "price" => v0 = map.next_value()?,
                "taxFreePrice" => v1 = map.next_value()?,
                "vatRatio" => v2 = map.next_value()?,
                "invoicedOwner" => v3 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            price: v0,
            tax_free_price: v1,
            vat_ratio: v2,
            invoiced_owner: v3,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PriceWithTax {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `ProviderProvisionRequest` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ProviderProvisionRequest {
    /// `callback_url`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// `heroku_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heroku_id: Option<String>,
    /// `logplex_token`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logplex_token: Option<String>,
    /// `logs_collector`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logs_collector: Option<String>,
    /// `options`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<std::collections::BTreeMap<String, String>>,
    /// `owner_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// `plan`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    /// `region`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `user_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `version`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ProviderProvisionRequest {
    const NAME: &'static str = "ProviderProvisionRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "callback_url" => v0 = map.next_value()?,
                "heroku_id" => v1 = map.next_value()?,
                "logplex_token" => v2 = map.next_value()?,
                "logs_collector" => v3 = map.next_value()?,
                "options" => v4 = map.next_value()?,
                "owner_id" => v5 = map.next_value()?,
                "plan" => v6 = map.next_value()?,
                "region" => v7 = map.next_value()?,
                "user_id" => v8 = map.next_value()?,
                "version" => v9 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            callback_url: v0,
            heroku_id: v1,
            logplex_token: v2,
            logs_collector: v3,
            options: v4,
            owner_id: v5,
            plan: v6,
            region: v7,
            user_id: v8,
            version: v9,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ProviderProvisionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl ProviderProvisionRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            callback_url: None,
            heroku_id: None,
            logplex_token: None,
            logs_collector: None,
            options: None,
            owner_id: None,
            plan: None,
            region: None,
            user_id: None,
            version: None,
        }
    }
    /// Sets [`callback_url`](Self::callback_url).
    pub fn with_callback_url(mut self, value: impl Into<String>) -> Self {
        self.callback_url = Some(value.into());
        self
    }
    /// Sets [`heroku_id`](Self::heroku_id).
    pub fn with_heroku_id(mut self, value: impl Into<String>) -> Self {
        self.heroku_id = Some(value.into());
        self
    }
    /// Sets [`logplex_token`](Self::logplex_token).
    pub fn with_logplex_token(mut self, value: impl Into<String>) -> Self {
        self.logplex_token = Some(value.into());
        self
    }
    /// Sets [`logs_collector`](Self::logs_collector).
    pub fn with_logs_collector(mut self, value: impl Into<String>) -> Self {
        self.logs_collector = Some(value.into());
        self
    }
    /// Sets [`options`](Self::options).
    pub fn with_options(
        mut self,
        value: std::collections::BTreeMap<String, String>,
    ) -> Self {
        self.options = Some(value);
        self
    }
    /// Sets [`owner_id`](Self::owner_id).
    pub fn with_owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }
    /// Sets [`plan`](Self::plan).
    pub fn with_plan(mut self, value: impl Into<String>) -> Self {
        self.plan = Some(value.into());
        self
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets [`user_id`](Self::user_id).
    pub fn with_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets [`version`](Self::version).
    pub fn with_version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }
}
/// The `ProviderProvisionResult` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ProviderProvisionResult {
    /// `config`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `message`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ProviderProvisionResult {
    const NAME: &'static str = "ProviderProvisionResult";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "config" => v0 = map.next_value()?,
                "id" => v1 = map.next_value()?,
                "message" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            config: v0,
            id: v1,
            message: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ProviderProvisionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `ProviderSummary` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ProviderSummary {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ProviderSummary {
    const NAME: &'static str = "ProviderSummary";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { id: v0, name: v1 })
    }
}
impl<'de> serde::Deserialize<'de> for ProviderSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// An Apache Pulsar add-on.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PulsarAddon {
    /// `ask_for_deletion_date`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ask_for_deletion_date: Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `cluster_id`
    pub cluster_id: String,
    /// `cold_storage_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cold_storage_id: Option<String>,
    /// `cold_storage_linked`
    pub cold_storage_linked: bool,
    /// `cold_storage_must_be_provided`
    pub cold_storage_must_be_provided: bool,
    /// `creation_date`
    pub creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `deletion_date`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deletion_date: Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
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
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarAddon {
    const NAME: &'static str = "PulsarAddon";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        let mut v12 = None;
        let mut v13 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "ask_for_deletion_date" => v0 = map.next_value()?,
                "cluster_id" => v1 = Some(map.next_value()?),
                "cold_storage_id" => v2 = map.next_value()?,
                "cold_storage_linked" => v3 = Some(map.next_value()?),
                "cold_storage_must_be_provided" => v4 = Some(map.next_value()?),
                "creation_date" => v5 = Some(map.next_value()?),
                "deletion_date" => v6 = map.next_value()?,
                "id" => v7 = Some(map.next_value()?),
                "namespace" => v8 = Some(map.next_value()?),
                "owner_id" => v9 = Some(map.next_value()?),
                "plan" => v10 = Some(map.next_value()?),
                "status" => v11 = Some(map.next_value()?),
                "tenant" => v12 = Some(map.next_value()?),
                "token" => v13 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            ask_for_deletion_date: v0,
            cluster_id: cloudsdk_runtime::de::required(v1, "cluster_id")?,
            cold_storage_id: v2,
            cold_storage_linked: cloudsdk_runtime::de::required(
                v3,
                "cold_storage_linked",
            )?,
            cold_storage_must_be_provided: cloudsdk_runtime::de::required(
                v4,
                "cold_storage_must_be_provided",
            )?,
            creation_date: cloudsdk_runtime::de::required(v5, "creation_date")?,
            deletion_date: v6,
            id: cloudsdk_runtime::de::required(v7, "id")?,
            namespace: cloudsdk_runtime::de::required(v8, "namespace")?,
            owner_id: cloudsdk_runtime::de::required(v9, "owner_id")?,
            plan: cloudsdk_runtime::de::required(v10, "plan")?,
            status: cloudsdk_runtime::de::required(v11, "status")?,
            tenant: cloudsdk_runtime::de::required(v12, "tenant")?,
            token: cloudsdk_runtime::de::required(v13, "token")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PulsarAddon {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `PulsarCluster` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarCluster {
    const NAME: &'static str = "PulsarCluster";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "features" => v0 = Some(map.next_value()?),
                "id" => v1 = Some(map.next_value()?),
                "label" => v2 = Some(map.next_value()?),
                "version" => v3 = Some(map.next_value()?),
                "zone" => v4 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            features: cloudsdk_runtime::de::required(v0, "features")?,
            id: cloudsdk_runtime::de::required(v1, "id")?,
            label: cloudsdk_runtime::de::required(v2, "label")?,
            version: cloudsdk_runtime::de::required(v3, "version")?,
            zone: cloudsdk_runtime::de::required(v4, "zone")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PulsarCluster {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `PulsarClusterPolicy` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PulsarClusterPolicy {
    /// `duration`
    pub duration: PulsarQuantity,
    /// `size`
    pub size: PulsarQuantity,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarClusterPolicy {
    const NAME: &'static str = "PulsarClusterPolicy";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "duration" => v0 = Some(map.next_value()?),
                "size" => v1 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            duration: cloudsdk_runtime::de::required(v0, "duration")?,
            size: cloudsdk_runtime::de::required(v1, "size")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PulsarClusterPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `PulsarClusterStoragePolicies` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PulsarClusterStoragePolicies {
    /// `offloadPolicies`
    #[serde(rename = "offloadPolicies")]
    pub offload_policies: PulsarClusterPolicy,
    /// `retentionPolicies`
    #[serde(rename = "retentionPolicies")]
    pub retention_policies: PulsarClusterPolicy,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarClusterStoragePolicies {
    const NAME: &'static str = "PulsarClusterStoragePolicies";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "offloadPolicies" => v0 = Some(map.next_value()?),
                "retentionPolicies" => v1 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            offload_policies: cloudsdk_runtime::de::required(v0, "offloadPolicies")?,
            retention_policies: cloudsdk_runtime::de::required(v1, "retentionPolicies")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PulsarClusterStoragePolicies {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `PulsarDedicatedOffer` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PulsarDedicatedOffer {
    /// `features`
    pub features: Vec<PulsarFeature>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarDedicatedOffer {
    const NAME: &'static str = "PulsarDedicatedOffer";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "features" => v0 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            features: cloudsdk_runtime::de::required(v0, "features")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PulsarDedicatedOffer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `PulsarFeature` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PulsarFeature {
    /// `enabled`
    ///
    /// Defaults to `false` when left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// `name`
    pub name: String,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarFeature {
    const NAME: &'static str = "PulsarFeature";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "enabled" => v0 = map.next_value()?,
                "name" => v1 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            enabled: v0,
            name: cloudsdk_runtime::de::required(v1, "name")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PulsarFeature {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `PulsarPolicyLimits` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PulsarPolicyLimits {
    /// `durationInDays`
    #[serde(rename = "durationInDays", skip_serializing_if = "Option::is_none")]
    pub duration_in_days: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// `sizeInMB`
    #[serde(rename = "sizeInMB", skip_serializing_if = "Option::is_none")]
    pub size_in_mb: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarPolicyLimits {
    const NAME: &'static str = "PulsarPolicyLimits";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "durationInDays" => v0 = map.next_value()?,
                "sizeInMB" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            duration_in_days: v0,
            size_in_mb: v1,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PulsarPolicyLimits {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `PulsarProviderInfo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarProviderInfo {
    const NAME: &'static str = "PulsarProviderInfo";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "clusters" => v0 = Some(map.next_value()?),
                "dedicated" => v1 = Some(map.next_value()?),
                "defaultDedicatedVersion" => v2 = Some(map.next_value()?),
                "providerId" => v3 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            clusters: cloudsdk_runtime::de::required(v0, "clusters")?,
            dedicated: cloudsdk_runtime::de::required(v1, "dedicated")?,
            default_dedicated_version: cloudsdk_runtime::de::required(
                v2,
                "defaultDedicatedVersion",
            )?,
            provider_id: cloudsdk_runtime::de::required(v3, "providerId")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PulsarProviderInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `PulsarQuantity` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PulsarQuantity {
    /// `unit`
    pub unit: std::collections::BTreeMap<String, serde_json::Value>,
    /// `value`
    pub value: f64,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarQuantity {
    const NAME: &'static str = "PulsarQuantity";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "unit" => v0 = Some(map.next_value()?),
                "value" => v1 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            unit: cloudsdk_runtime::de::required(v0, "unit")?,
            value: cloudsdk_runtime::de::required(v1, "value")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PulsarQuantity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `PulsarStoragePolicies` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PulsarStoragePolicies {
    /// `offloadPolicies`
    #[serde(rename = "offloadPolicies", skip_serializing_if = "Option::is_none")]
    pub offload_policies: Option<PulsarPolicyLimits>,
    /// `retentionPolicies`
    #[serde(rename = "retentionPolicies", skip_serializing_if = "Option::is_none")]
    pub retention_policies: Option<PulsarPolicyLimits>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarStoragePolicies {
    const NAME: &'static str = "PulsarStoragePolicies";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "offloadPolicies" => v0 = map.next_value()?,
                "retentionPolicies" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            offload_policies: v0,
            retention_policies: v1,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PulsarStoragePolicies {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `RecurrentPayment` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct RecurrentPayment {
    /// `user`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
    /// `target`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<Owner>,
    /// `thresholdAmount`
    #[serde(rename = "thresholdAmount", skip_serializing_if = "Option::is_none")]
    pub threshold_amount: Option<f64>,
    /// `monthlyAmount`
    #[serde(rename = "monthlyAmount", skip_serializing_if = "Option::is_none")]
    pub monthly_amount: Option<f64>,
    /// `threshold`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    /// `currency`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// `token`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for RecurrentPayment {
    const NAME: &'static str = "RecurrentPayment";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "user" => v0 = map.next_value()?,
                "target" => v1 = map.next_value()?,
                "thresholdAmount" => v2 = map.next_value()?,
                "monthlyAmount" => v3 = map.next_value()?,
                "threshold" => v4 = map.next_value()?,
                "currency" => v5 = map.next_value()?,
                "token" => v6 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            user: v0,
            target: v1,
            threshold_amount: v2,
            monthly_amount: v3,
            threshold: v4,
            currency: v5,
            token: v6,
        })
    }
}
impl<'de> serde::Deserialize<'de> for RecurrentPayment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `Redirection` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Redirection {
    /// `namespace`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// `port`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<i64>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Redirection {
    const NAME: &'static str = "Redirection";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "namespace" => v0 = map.next_value()?,
                "port" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { namespace: v0, port: v1 })
    }
}
impl<'de> serde::Deserialize<'de> for Redirection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `RedirectionRequest` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct RedirectionRequest {
    /// `namespace`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// `minPort`
    #[serde(rename = "minPort", skip_serializing_if = "Option::is_none")]
    pub min_port: Option<i64>,
    /// `maxPort`
    #[serde(rename = "maxPort", skip_serializing_if = "Option::is_none")]
    pub max_port: Option<i64>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for RedirectionRequest {
    const NAME: &'static str = "RedirectionRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "namespace" => v0 = map.next_value()?,
                "minPort" => v1 = map.next_value()?,
                "maxPort" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            namespace: v0,
            min_port: v1,
            max_port: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for RedirectionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl RedirectionRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            namespace: None,
            min_port: None,
            max_port: None,
        }
    }
    /// Sets [`namespace`](Self::namespace).
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets [`min_port`](Self::min_port).
    pub fn with_min_port(mut self, value: i64) -> Self {
        self.min_port = Some(value);
        self
    }
    /// Sets [`max_port`](Self::max_port).
    pub fn with_max_port(mut self, value: i64) -> Self {
        self.max_port = Some(value);
        self
    }
}
/// The `SetupIntent` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct SetupIntent {
    /// `ownerId`
    #[serde(rename = "ownerId", skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `clientSecret`
    #[serde(rename = "clientSecret", skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// `customer`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for SetupIntent {
    const NAME: &'static str = "SetupIntent";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "ownerId" => v0 = map.next_value()?,
                "id" => v1 = map.next_value()?,
                "clientSecret" => v2 = map.next_value()?,
                "customer" => v3 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            owner_id: v0,
            id: v1,
            client_secret: v2,
            customer: v3,
        })
    }
}
impl<'de> serde::Deserialize<'de> for SetupIntent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl SetupIntent {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            owner_id: None,
            id: None,
            client_secret: None,
            customer: None,
        }
    }
    /// Sets [`owner_id`](Self::owner_id).
    pub fn with_owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`client_secret`](Self::client_secret).
    pub fn with_client_secret(mut self, value: impl Into<String>) -> Self {
        self.client_secret = Some(value.into());
        self
    }
    /// Sets [`customer`](Self::customer).
    pub fn with_customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }
}
/// The `SignedRequestCheck` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct SignedRequestCheck {
    /// `verb`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
    /// `uri`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// `authorization`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorization: Option<String>,
    /// `payload`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<String>,
    /// `nonce`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nonce: Option<String>,
    /// `mac`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for SignedRequestCheck {
    const NAME: &'static str = "SignedRequestCheck";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "verb" => v0 = map.next_value()?,
                "uri" => v1 = map.next_value()?,
                "authorization" => v2 = map.next_value()?,
                "payload" => v3 = map.next_value()?,
                "nonce" => v4 = map.next_value()?,
                "mac" => v5 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            verb: v0,
            uri: v1,
            authorization: v2,
            payload: v3,
            nonce: v4,
            mac: v5,
        })
    }
}
impl<'de> serde::Deserialize<'de> for SignedRequestCheck {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl SignedRequestCheck {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            verb: None,
            uri: None,
            authorization: None,
            payload: None,
            nonce: None,
            mac: None,
        }
    }
    /// Sets [`verb`](Self::verb).
    pub fn with_verb(mut self, value: impl Into<String>) -> Self {
        self.verb = Some(value.into());
        self
    }
    /// Sets [`uri`](Self::uri).
    pub fn with_uri(mut self, value: impl Into<String>) -> Self {
        self.uri = Some(value.into());
        self
    }
    /// Sets [`authorization`](Self::authorization).
    pub fn with_authorization(mut self, value: impl Into<String>) -> Self {
        self.authorization = Some(value.into());
        self
    }
    /// Sets [`payload`](Self::payload).
    pub fn with_payload(mut self, value: impl Into<String>) -> Self {
        self.payload = Some(value.into());
        self
    }
    /// Sets [`nonce`](Self::nonce).
    pub fn with_nonce(mut self, value: impl Into<String>) -> Self {
        self.nonce = Some(value.into());
        self
    }
    /// Sets [`mac`](Self::mac).
    pub fn with_mac(mut self, value: impl Into<String>) -> Self {
        self.mac = Some(value.into());
        self
    }
}
/// The `SshKey` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct SshKey {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `key`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// `fingerprint`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for SshKey {
    const NAME: &'static str = "SshKey";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "name" => v0 = map.next_value()?,
                "key" => v1 = map.next_value()?,
                "fingerprint" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            name: v0,
            key: v1,
            fingerprint: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for SshKey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// Raw Stripe webhook payload.
pub type StripeWebhookPayload = String;
/// Overview of the caller and the organisations they belong to.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Summary {
    /// `user`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<UserSummary>,
    /// `organisations`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisations: Option<Vec<OrganisationSummary>>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Summary {
    const NAME: &'static str = "Summary";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "user" => v0 = map.next_value()?,
                "organisations" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            user: v0,
            organisations: v1,
        })
    }
}
impl<'de> serde::Deserialize<'de> for Summary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// Raw request body carrying the tags (sent as a JSON string).
pub type TagList = String;
/// A Tardis (Warp 10) add-on with its read and write tokens.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TardisAddon {
    /// `creation_date`
    pub creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `deletion_date`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deletion_date: Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `owner_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// `plan`
    pub plan: std::collections::BTreeMap<String, serde_json::Value>,
    /// `read_token`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_token: Option<TardisToken>,
    /// `senx_application_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub senx_application_id: Option<String>,
    /// `status`
    pub status: std::collections::BTreeMap<String, serde_json::Value>,
    /// `tardis_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tardis_id: Option<String>,
    /// `write_token`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub write_token: Option<TardisToken>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisAddon {
    const NAME: &'static str = "TardisAddon";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "creation_date" => v0 = Some(map.next_value()?),
                "deletion_date" => v1 = map.next_value()?,
                "owner_id" => v2 = map.next_value()?,
                "plan" => v3 = Some(map.next_value()?),
                "read_token" => v4 = map.next_value()?,
                "senx_application_id" => v5 = map.next_value()?,
                "status" => v6 = Some(map.next_value()?),
                "tardis_id" => v7 = map.next_value()?,
                "write_token" => v8 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            creation_date: cloudsdk_runtime::de::required(v0, "creation_date")?,
            deletion_date: v1,
            owner_id: v2,
            plan: cloudsdk_runtime::de::required(v3, "plan")?,
            read_token: v4,
            senx_application_id: v5,
            status: cloudsdk_runtime::de::required(v6, "status")?,
            tardis_id: v7,
            write_token: v8,
        })
    }
}
impl<'de> serde::Deserialize<'de> for TardisAddon {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `TardisAddonList` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TardisAddonList {
    /// `addons`
    pub addons: Vec<TardisAddon>,
    /// `ownerID`
    #[serde(rename = "ownerID")]
    pub owner_id: std::collections::BTreeMap<String, serde_json::Value>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisAddonList {
    const NAME: &'static str = "TardisAddonList";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "addons" => v0 = Some(map.next_value()?),
                "ownerID" => v1 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            addons: cloudsdk_runtime::de::required(v0, "addons")?,
            owner_id: cloudsdk_runtime::de::required(v1, "ownerID")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for TardisAddonList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `TardisCreateRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TardisCreateRequest {
    /// `authorID`
    #[serde(rename = "authorID", skip_serializing_if = "Option::is_none")]
    pub author_id: Option<String>,
    /// `ownerID`
    #[serde(rename = "ownerID")]
    pub owner_id: std::collections::BTreeMap<String, serde_json::Value>,
    /// `plan`
    pub plan: std::collections::BTreeMap<String, serde_json::Value>,
    /// `ttl`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisCreateRequest {
    const NAME: &'static str = "TardisCreateRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "authorID" => v0 = map.next_value()?,
                "ownerID" => v1 = Some(map.next_value()?),
                "plan" => v2 = Some(map.next_value()?),
                "ttl" => v3 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            author_id: v0,
            owner_id: cloudsdk_runtime::de::required(v1, "ownerID")?,
            plan: cloudsdk_runtime::de::required(v2, "plan")?,
            ttl: v3,
        })
    }
}
impl<'de> serde::Deserialize<'de> for TardisCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl TardisCreateRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        owner_id: std::collections::BTreeMap<String, serde_json::Value>,
        plan: std::collections::BTreeMap<String, serde_json::Value>,
    ) -> Self {
        Self {
            author_id: None,
            owner_id,
            plan,
            ttl: None,
        }
    }
    /// Sets [`author_id`](Self::author_id).
    pub fn with_author_id(mut self, value: impl Into<String>) -> Self {
        self.author_id = Some(value.into());
        self
    }
    /// Sets [`ttl`](Self::ttl).
    pub fn with_ttl(mut self, value: impl Into<String>) -> Self {
        self.ttl = Some(value.into());
        self
    }
}
/// The `TardisProvisionResult` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TardisProvisionResult {
    /// `config`
    pub config: std::collections::BTreeMap<String, String>,
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `message`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisProvisionResult {
    const NAME: &'static str = "TardisProvisionResult";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "config" => v0 = Some(map.next_value()?),
                "id" => v1 = map.next_value()?,
                "message" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            config: cloudsdk_runtime::de::required(v0, "config")?,
            id: v1,
            message: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for TardisProvisionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `TardisRestoreResult` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct TardisRestoreResult {
    /// `message`
    ///
    /// Defaults to `"Addon is now active"` when left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisRestoreResult {
    const NAME: &'static str = "TardisRestoreResult";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "message" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { message: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for TardisRestoreResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// An access token of a Tardis add-on.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TardisToken {
    /// `addon_id`
    pub addon_id: String,
    /// `creation_date`
    pub creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `expiration_date`
    pub expiration_date: cloudsdk_runtime::chrono::DateTime<
        cloudsdk_runtime::chrono::Utc,
    >,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `properties`
    #[serde(skip_serializing_if = "Option::is_none")]
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
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisToken {
    const NAME: &'static str = "TardisToken";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "addon_id" => v0 = Some(map.next_value()?),
                "creation_date" => v1 = Some(map.next_value()?),
                "expiration_date" => v2 = Some(map.next_value()?),
                "name" => v3 = map.next_value()?,
                "properties" => v4 = map.next_value()?,
                "senx_application_id" => v5 = Some(map.next_value()?),
                "token" => v6 = Some(map.next_value()?),
                "tokenType" => v7 = Some(map.next_value()?),
                "token_id" => v8 = Some(map.next_value()?),
                "ttl" => v9 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            addon_id: cloudsdk_runtime::de::required(v0, "addon_id")?,
            creation_date: cloudsdk_runtime::de::required(v1, "creation_date")?,
            expiration_date: cloudsdk_runtime::de::required(v2, "expiration_date")?,
            name: v3,
            properties: v4,
            senx_application_id: cloudsdk_runtime::de::required(
                v5,
                "senx_application_id",
            )?,
            token: cloudsdk_runtime::de::required(v6, "token")?,
            token_type: cloudsdk_runtime::de::required(v7, "tokenType")?,
            token_id: cloudsdk_runtime::de::required(v8, "token_id")?,
            ttl: cloudsdk_runtime::de::required(v9, "ttl")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for TardisToken {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `TardisTokenCreateRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TardisTokenCreateRequest {
    /// `ephemeral`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ephemeral: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `properties`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub properties: Option<std::collections::BTreeMap<String, String>>,
    /// `tokenType`
    #[serde(rename = "tokenType")]
    pub token_type: std::collections::BTreeMap<String, serde_json::Value>,
    /// `ttl`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisTokenCreateRequest {
    const NAME: &'static str = "TardisTokenCreateRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "ephemeral" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                "properties" => v2 = map.next_value()?,
                "tokenType" => v3 = Some(map.next_value()?),
                "ttl" => v4 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            ephemeral: v0,
            name: v1,
            properties: v2,
            token_type: cloudsdk_runtime::de::required(v3, "tokenType")?,
            ttl: v4,
        })
    }
}
impl<'de> serde::Deserialize<'de> for TardisTokenCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl TardisTokenCreateRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        token_type: std::collections::BTreeMap<String, serde_json::Value>,
    ) -> Self {
        Self {
            ephemeral: None,
            name: None,
            properties: None,
            token_type,
            ttl: None,
        }
    }
    /// Sets [`ephemeral`](Self::ephemeral).
    pub fn with_ephemeral(
        mut self,
        value: std::collections::BTreeMap<String, serde_json::Value>,
    ) -> Self {
        self.ephemeral = Some(value);
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`properties`](Self::properties).
    pub fn with_properties(
        mut self,
        value: std::collections::BTreeMap<String, String>,
    ) -> Self {
        self.properties = Some(value);
        self
    }
    /// Sets [`ttl`](Self::ttl).
    pub fn with_ttl(mut self, value: impl Into<String>) -> Self {
        self.ttl = Some(value.into());
        self
    }
}
/// The `TardisTokenFullList` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TardisTokenFullList {
    /// `tokens`
    pub tokens: Vec<TardisToken>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisTokenFullList {
    const NAME: &'static str = "TardisTokenFullList";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "tokens" => v0 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            tokens: cloudsdk_runtime::de::required(v0, "tokens")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for TardisTokenFullList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TardisTokenSummary {
    /// `addon_id`
    pub addon_id: String,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `senx_application_id`
    pub senx_application_id: String,
    /// `token_id`
    pub token_id: String,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisTokenSummary {
    const NAME: &'static str = "TardisTokenSummary";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "addon_id" => v0 = Some(map.next_value()?),
                "name" => v1 = map.next_value()?,
                "senx_application_id" => v2 = Some(map.next_value()?),
                "token_id" => v3 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            addon_id: cloudsdk_runtime::de::required(v0, "addon_id")?,
            name: v1,
            senx_application_id: cloudsdk_runtime::de::required(
                v2,
                "senx_application_id",
            )?,
            token_id: cloudsdk_runtime::de::required(v3, "token_id")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for TardisTokenSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `TardisTokenSummaryList` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TardisTokenSummaryList {
    /// `tokens`
    pub tokens: Vec<TardisTokenSummary>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisTokenSummaryList {
    const NAME: &'static str = "TardisTokenSummaryList";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "tokens" => v0 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            tokens: cloudsdk_runtime::de::required(v0, "tokens")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for TardisTokenSummaryList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `UrlResponse` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct UrlResponse {
    /// `url`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UrlResponse {
    const NAME: &'static str = "UrlResponse";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "url" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { url: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for UrlResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct User {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `email`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `phone`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// `address`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// `city`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// `zipcode`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zipcode: Option<String>,
    /// `country`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// `avatar`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// `creationDate`
    ///
    /// Set by the server; ignored in requests.
    #[serde(rename = "creationDate", skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<i64>,
    /// `lang`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// `emailValidated`
    #[serde(rename = "emailValidated", skip_serializing_if = "Option::is_none")]
    pub email_validated: Option<bool>,
    /// `oauthApps`
    #[serde(rename = "oauthApps", skip_serializing_if = "Option::is_none")]
    pub oauth_apps: Option<Vec<String>>,
    /// `admin`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin: Option<bool>,
    /// `canPay`
    #[serde(rename = "canPay", skip_serializing_if = "Option::is_none")]
    pub can_pay: Option<bool>,
    /// `preferredMFA`
    #[serde(rename = "preferredMFA", skip_serializing_if = "Option::is_none")]
    pub preferred_mfa: Option<UserPreferredMfa>,
    /// `hasPassword`
    #[serde(rename = "hasPassword", skip_serializing_if = "Option::is_none")]
    pub has_password: Option<bool>,
    /// `partnerId`
    #[serde(rename = "partnerId", skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
    /// `partnerName`
    #[serde(rename = "partnerName", skip_serializing_if = "Option::is_none")]
    pub partner_name: Option<String>,
    /// `partnerConsoleUrl`
    #[serde(rename = "partnerConsoleUrl", skip_serializing_if = "Option::is_none")]
    pub partner_console_url: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for User {
    const NAME: &'static str = "User";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        let mut v12 = None;
        let mut v13 = None;
        let mut v14 = None;
        let mut v15 = None;
        let mut v16 = None;
        let mut v17 = None;
        let mut v18 = None;
        let mut v19 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "email" => v1 = map.next_value()?,
                "name" => v2 = map.next_value()?,
                "phone" => v3 = map.next_value()?,
                "address" => v4 = map.next_value()?,
                "city" => v5 = map.next_value()?,
                "zipcode" => v6 = map.next_value()?,
                "country" => v7 = map.next_value()?,
                "avatar" => v8 = map.next_value()?,
                "creationDate" => v9 = map.next_value()?,
                "lang" => v10 = map.next_value()?,
                "emailValidated" => v11 = map.next_value()?,
                "oauthApps" => v12 = map.next_value()?,
                "admin" => v13 = map.next_value()?,
                "canPay" => v14 = map.next_value()?,
                "preferredMFA" => v15 = map.next_value()?,
                "hasPassword" => v16 = map.next_value()?,
                "partnerId" => v17 = map.next_value()?,
                "partnerName" => v18 = map.next_value()?,
                "partnerConsoleUrl" => v19 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            email: v1,
            name: v2,
            phone: v3,
            address: v4,
            city: v5,
            zipcode: v6,
            country: v7,
            avatar: v8,
            creation_date: v9,
            lang: v10,
            email_validated: v11,
            oauth_apps: v12,
            admin: v13,
            can_pay: v14,
            preferred_mfa: v15,
            has_password: v16,
            partner_id: v17,
            partner_name: v18,
            partner_console_url: v19,
        })
    }
}
impl<'de> serde::Deserialize<'de> for User {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `UserSignup` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct UserSignup {
    /// `email`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `password`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// `phone`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// `address`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// `city`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// `zipcode`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zipcode: Option<String>,
    /// `country`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// `lang`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// `terms`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub terms: Option<bool>,
    /// `subscriptionSource`
    #[serde(rename = "subscriptionSource", skip_serializing_if = "Option::is_none")]
    pub subscription_source: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UserSignup {
    const NAME: &'static str = "UserSignup";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "email" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                "password" => v2 = map.next_value()?,
                "phone" => v3 = map.next_value()?,
                "address" => v4 = map.next_value()?,
                "city" => v5 = map.next_value()?,
                "zipcode" => v6 = map.next_value()?,
                "country" => v7 = map.next_value()?,
                "lang" => v8 = map.next_value()?,
                "terms" => v9 = map.next_value()?,
                "subscriptionSource" => v10 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            email: v0,
            name: v1,
            password: v2,
            phone: v3,
            address: v4,
            city: v5,
            zipcode: v6,
            country: v7,
            lang: v8,
            terms: v9,
            subscription_source: v10,
        })
    }
}
impl<'de> serde::Deserialize<'de> for UserSignup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl UserSignup {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            email: None,
            name: None,
            password: None,
            phone: None,
            address: None,
            city: None,
            zipcode: None,
            country: None,
            lang: None,
            terms: None,
            subscription_source: None,
        }
    }
    /// Sets [`email`](Self::email).
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`password`](Self::password).
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }
    /// Sets [`phone`](Self::phone).
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets [`address`](Self::address).
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets [`city`](Self::city).
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    /// Sets [`zipcode`](Self::zipcode).
    pub fn with_zipcode(mut self, value: impl Into<String>) -> Self {
        self.zipcode = Some(value.into());
        self
    }
    /// Sets [`country`](Self::country).
    pub fn with_country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }
    /// Sets [`lang`](Self::lang).
    pub fn with_lang(mut self, value: impl Into<String>) -> Self {
        self.lang = Some(value.into());
        self
    }
    /// Sets [`terms`](Self::terms).
    pub fn with_terms(mut self, value: bool) -> Self {
        self.terms = Some(value);
        self
    }
    /// Sets [`subscription_source`](Self::subscription_source).
    pub fn with_subscription_source(mut self, value: impl Into<String>) -> Self {
        self.subscription_source = Some(value.into());
        self
    }
}
/// The `UserSignupForm` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct UserSignupForm {
    /// `invitationKey`
    #[serde(rename = "invitationKey", skip_serializing_if = "Option::is_none")]
    pub invitation_key: Option<String>,
    /// `addonBetaInvitationKey`
    #[serde(rename = "addonBetaInvitationKey", skip_serializing_if = "Option::is_none")]
    pub addon_beta_invitation_key: Option<String>,
    /// `email`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `pass`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pass: Option<String>,
    /// `url_next`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url_next: Option<String>,
    /// `terms`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub terms: Option<String>,
    /// `subscription_source`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_source: Option<String>,
    /// `altcha`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub altcha: Option<String>,
    /// `partner_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UserSignupForm {
    const NAME: &'static str = "UserSignupForm";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "invitationKey" => v0 = map.next_value()?,
                "addonBetaInvitationKey" => v1 = map.next_value()?,
                "email" => v2 = map.next_value()?,
                "pass" => v3 = map.next_value()?,
                "url_next" => v4 = map.next_value()?,
                "terms" => v5 = map.next_value()?,
                "subscription_source" => v6 = map.next_value()?,
                "altcha" => v7 = map.next_value()?,
                "partner_id" => v8 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            invitation_key: v0,
            addon_beta_invitation_key: v1,
            email: v2,
            pass: v3,
            url_next: v4,
            terms: v5,
            subscription_source: v6,
            altcha: v7,
            partner_id: v8,
        })
    }
}
impl<'de> serde::Deserialize<'de> for UserSignupForm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl UserSignupForm {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            invitation_key: None,
            addon_beta_invitation_key: None,
            email: None,
            pass: None,
            url_next: None,
            terms: None,
            subscription_source: None,
            altcha: None,
            partner_id: None,
        }
    }
    /// Sets [`invitation_key`](Self::invitation_key).
    pub fn with_invitation_key(mut self, value: impl Into<String>) -> Self {
        self.invitation_key = Some(value.into());
        self
    }
    /// Sets [`addon_beta_invitation_key`](Self::addon_beta_invitation_key).
    pub fn with_addon_beta_invitation_key(mut self, value: impl Into<String>) -> Self {
        self.addon_beta_invitation_key = Some(value.into());
        self
    }
    /// Sets [`email`](Self::email).
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets [`pass`](Self::pass).
    pub fn with_pass(mut self, value: impl Into<String>) -> Self {
        self.pass = Some(value.into());
        self
    }
    /// Sets [`url_next`](Self::url_next).
    pub fn with_url_next(mut self, value: impl Into<String>) -> Self {
        self.url_next = Some(value.into());
        self
    }
    /// Sets [`terms`](Self::terms).
    pub fn with_terms(mut self, value: impl Into<String>) -> Self {
        self.terms = Some(value.into());
        self
    }
    /// Sets [`subscription_source`](Self::subscription_source).
    pub fn with_subscription_source(mut self, value: impl Into<String>) -> Self {
        self.subscription_source = Some(value.into());
        self
    }
    /// Sets [`altcha`](Self::altcha).
    pub fn with_altcha(mut self, value: impl Into<String>) -> Self {
        self.altcha = Some(value.into());
        self
    }
    /// Sets [`partner_id`](Self::partner_id).
    pub fn with_partner_id(mut self, value: impl Into<String>) -> Self {
        self.partner_id = Some(value.into());
        self
    }
}
/// The `UserSummary` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct UserSummary {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `avatar`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// `applications`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applications: Option<Vec<ApplicationSummary>>,
    /// `addons`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addons: Option<Vec<AddonSummary>>,
    /// `consumers`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consumers: Option<Vec<OauthConsumerSummary>>,
    /// `email`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `lang`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// `admin`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin: Option<bool>,
    /// `canSEPA`
    #[serde(rename = "canSEPA", skip_serializing_if = "Option::is_none")]
    pub can_sepa: Option<bool>,
    /// `partnerId`
    #[serde(rename = "partnerId", skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
    /// `partnerName`
    #[serde(rename = "partnerName", skip_serializing_if = "Option::is_none")]
    pub partner_name: Option<String>,
    /// `partnerConsoleUrl`
    #[serde(rename = "partnerConsoleUrl", skip_serializing_if = "Option::is_none")]
    pub partner_console_url: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UserSummary {
    const NAME: &'static str = "UserSummary";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        let mut v11 = None;
        let mut v12 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                "avatar" => v2 = map.next_value()?,
                "applications" => v3 = map.next_value()?,
                "addons" => v4 = map.next_value()?,
                "consumers" => v5 = map.next_value()?,
                "email" => v6 = map.next_value()?,
                "lang" => v7 = map.next_value()?,
                "admin" => v8 = map.next_value()?,
                "canSEPA" => v9 = map.next_value()?,
                "partnerId" => v10 = map.next_value()?,
                "partnerName" => v11 = map.next_value()?,
                "partnerConsoleUrl" => v12 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            name: v1,
            avatar: v2,
            applications: v3,
            addons: v4,
            consumers: v5,
            email: v6,
            lang: v7,
            admin: v8,
            can_sepa: v9,
            partner_id: v10,
            partner_name: v11,
            partner_console_url: v12,
        })
    }
}
impl<'de> serde::Deserialize<'de> for UserSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `ValueInput` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ValueInput {
    /// `value`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ValueInput {
    const NAME: &'static str = "ValueInput";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "value" => v0 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { value: v0 })
    }
}
impl<'de> serde::Deserialize<'de> for ValueInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl ValueInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { value: None }
    }
    /// Sets [`value`](Self::value).
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
/// The `ValueWithUnit` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ValueWithUnit {
    /// `unit`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// `value`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// `formatted`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub formatted: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ValueWithUnit {
    const NAME: &'static str = "ValueWithUnit";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "unit" => v0 = map.next_value()?,
                "value" => v1 = map.next_value()?,
                "formatted" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            unit: v0,
            value: v1,
            formatted: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ValueWithUnit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `VatCheckResult` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct VatCheckResult {
    /// `valid`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid: Option<bool>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `address`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for VatCheckResult {
    const NAME: &'static str = "VatCheckResult";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "valid" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                "address" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            valid: v0,
            name: v1,
            address: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for VatCheckResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `VendorAddon` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct VendorAddon {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `config`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<std::collections::BTreeMap<String, String>>,
    /// `callback_url`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// `owner_email`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_email: Option<String>,
    /// `owner_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// `owner_name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<String>,
    /// `owner_emails`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_emails: Option<Vec<String>>,
    /// `region`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `domains`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<String>>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for VendorAddon {
    const NAME: &'static str = "VendorAddon";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "id" => v0 = map.next_value()?,
                "name" => v1 = map.next_value()?,
                "config" => v2 = map.next_value()?,
                "callback_url" => v3 = map.next_value()?,
                "owner_email" => v4 = map.next_value()?,
                "owner_id" => v5 = map.next_value()?,
                "owner_name" => v6 = map.next_value()?,
                "owner_emails" => v7 = map.next_value()?,
                "region" => v8 = map.next_value()?,
                "domains" => v9 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id: v0,
            name: v1,
            config: v2,
            callback_url: v3,
            owner_email: v4,
            owner_id: v5,
            owner_name: v6,
            owner_emails: v7,
            region: v8,
            domains: v9,
        })
    }
}
impl<'de> serde::Deserialize<'de> for VendorAddon {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `VendorAddonSummary` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct VendorAddonSummary {
    /// `provider_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<String>,
    /// `heroku_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heroku_id: Option<String>,
    /// `addon_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addon_id: Option<String>,
    /// `callback_url`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// `plan`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    /// `owner_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for VendorAddonSummary {
    const NAME: &'static str = "VendorAddonSummary";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "provider_id" => v0 = map.next_value()?,
                "heroku_id" => v1 = map.next_value()?,
                "addon_id" => v2 = map.next_value()?,
                "callback_url" => v3 = map.next_value()?,
                "plan" => v4 = map.next_value()?,
                "owner_id" => v5 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            provider_id: v0,
            heroku_id: v1,
            addon_id: v2,
            callback_url: v3,
            plan: v4,
            owner_id: v5,
        })
    }
}
impl<'de> serde::Deserialize<'de> for VendorAddonSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct WebsocketAuthMessage {
    /// `message_type`
    pub message_type: WebsocketAuthMessageMessageType,
    /// A complete signed `OAuth ...` header value.
    pub authorization: String,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for WebsocketAuthMessage {
    const NAME: &'static str = "WebsocketAuthMessage";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "message_type" => v0 = Some(map.next_value()?),
                "authorization" => v1 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            message_type: cloudsdk_runtime::de::required(v0, "message_type")?,
            authorization: cloudsdk_runtime::de::required(v1, "authorization")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for WebsocketAuthMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `WireguardConfiguration` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
impl<'de> cloudsdk_runtime::de::FromMap<'de> for WireguardConfiguration {
    const NAME: &'static str = "WireguardConfiguration";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "base64" => v0 = Some(map.next_value()?),
                "conf" => v1 = Some(map.next_value()?),
                "ngId" => v2 = Some(map.next_value()?),
                "peerId" => v3 = Some(map.next_value()?),
                "version" => v4 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            base64: cloudsdk_runtime::de::required(v0, "base64")?,
            conf: cloudsdk_runtime::de::required(v1, "conf")?,
            ng_id: cloudsdk_runtime::de::required(v2, "ngId")?,
            peer_id: cloudsdk_runtime::de::required(v3, "peerId")?,
            version: cloudsdk_runtime::de::required(v4, "version")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for WireguardConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// A deployment zone (data centre).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Zone {
    /// `city`
    pub city: String,
    /// `country`
    pub country: String,
    /// `countryCode`
    #[serde(rename = "countryCode")]
    pub country_code: String,
    /// `displayName`
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `id`
    pub id: cloudsdk_runtime::uuid::Uuid,
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
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Zone {
    const NAME: &'static str = "Zone";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        let mut v3 = None;
        let mut v4 = None;
        let mut v5 = None;
        let mut v6 = None;
        let mut v7 = None;
        let mut v8 = None;
        let mut v9 = None;
        let mut v10 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "city" => v0 = Some(map.next_value()?),
                "country" => v1 = Some(map.next_value()?),
                "countryCode" => v2 = Some(map.next_value()?),
                "displayName" => v3 = map.next_value()?,
                "id" => v4 = Some(map.next_value()?),
                "lat" => v5 = Some(map.next_value()?),
                "lon" => v6 = Some(map.next_value()?),
                "name" => v7 = Some(map.next_value()?),
                "outboundIPs" => v8 = Some(map.next_value()?),
                "status" => v9 = Some(map.next_value()?),
                "tags" => v10 = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            city: cloudsdk_runtime::de::required(v0, "city")?,
            country: cloudsdk_runtime::de::required(v1, "country")?,
            country_code: cloudsdk_runtime::de::required(v2, "countryCode")?,
            display_name: v3,
            id: cloudsdk_runtime::de::required(v4, "id")?,
            lat: cloudsdk_runtime::de::required(v5, "lat")?,
            lon: cloudsdk_runtime::de::required(v6, "lon")?,
            name: cloudsdk_runtime::de::required(v7, "name")?,
            outbound_i_ps: cloudsdk_runtime::de::required(v8, "outboundIPs")?,
            status: cloudsdk_runtime::de::required(v9, "status")?,
            tags: cloudsdk_runtime::de::required(v10, "tags")?,
        })
    }
}
impl<'de> serde::Deserialize<'de> for Zone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `ZoneSummary` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ZoneSummary {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `internal`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub internal: Option<bool>,
    /// `correspondingRegion`
    #[serde(rename = "correspondingRegion", skip_serializing_if = "Option::is_none")]
    pub corresponding_region: Option<String>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ZoneSummary {
    const NAME: &'static str = "ZoneSummary";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        let mut v2 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "name" => v0 = map.next_value()?,
                "internal" => v1 = map.next_value()?,
                "correspondingRegion" => v2 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            name: v0,
            internal: v1,
            corresponding_region: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ZoneSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
/// The `ListIamTokensFrom` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ListIamTokensFrom {
    /// `defined`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub defined: Option<bool>,
    /// `empty`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub empty: Option<bool>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ListIamTokensFrom {
    const NAME: &'static str = "ListIamTokensFrom";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "defined" => v0 = map.next_value()?,
                "empty" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { defined: v0, empty: v1 })
    }
}
impl<'de> serde::Deserialize<'de> for ListIamTokensFrom {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl ListIamTokensFrom {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { defined: None, empty: None }
    }
    /// Sets [`defined`](Self::defined).
    pub fn with_defined(mut self, value: bool) -> Self {
        self.defined = Some(value);
        self
    }
    /// Sets [`empty`](Self::empty).
    pub fn with_empty(mut self, value: bool) -> Self {
        self.empty = Some(value);
        self
    }
}
/// The `ListIamTokensSize` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ListIamTokensSize {
    /// `defined`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub defined: Option<bool>,
    /// `empty`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub empty: Option<bool>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ListIamTokensSize {
    const NAME: &'static str = "ListIamTokensSize";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "defined" => v0 = map.next_value()?,
                "empty" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { defined: v0, empty: v1 })
    }
}
impl<'de> serde::Deserialize<'de> for ListIamTokensSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl ListIamTokensSize {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { defined: None, empty: None }
    }
    /// Sets [`defined`](Self::defined).
    pub fn with_defined(mut self, value: bool) -> Self {
        self.defined = Some(value);
        self
    }
    /// Sets [`empty`](Self::empty).
    pub fn with_empty(mut self, value: bool) -> Self {
        self.empty = Some(value);
        self
    }
}
/// The `ListIamTokenRevocationsFrom` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ListIamTokenRevocationsFrom {
    /// `defined`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub defined: Option<bool>,
    /// `empty`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub empty: Option<bool>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ListIamTokenRevocationsFrom {
    const NAME: &'static str = "ListIamTokenRevocationsFrom";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "defined" => v0 = map.next_value()?,
                "empty" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { defined: v0, empty: v1 })
    }
}
impl<'de> serde::Deserialize<'de> for ListIamTokenRevocationsFrom {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl ListIamTokenRevocationsFrom {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { defined: None, empty: None }
    }
    /// Sets [`defined`](Self::defined).
    pub fn with_defined(mut self, value: bool) -> Self {
        self.defined = Some(value);
        self
    }
    /// Sets [`empty`](Self::empty).
    pub fn with_empty(mut self, value: bool) -> Self {
        self.empty = Some(value);
        self
    }
}
/// The `ListIamTokenRevocationsSize` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ListIamTokenRevocationsSize {
    /// `defined`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub defined: Option<bool>,
    /// `empty`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub empty: Option<bool>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ListIamTokenRevocationsSize {
    const NAME: &'static str = "ListIamTokenRevocationsSize";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "defined" => v0 = map.next_value()?,
                "empty" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { defined: v0, empty: v1 })
    }
}
impl<'de> serde::Deserialize<'de> for ListIamTokenRevocationsSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl ListIamTokenRevocationsSize {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self { defined: None, empty: None }
    }
    /// Sets [`defined`](Self::defined).
    pub fn with_defined(mut self, value: bool) -> Self {
        self.defined = Some(value);
        self
    }
    /// Sets [`empty`](Self::empty).
    pub fn with_empty(mut self, value: bool) -> Self {
        self.empty = Some(value);
        self
    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct GetResourceMetricsOnly {
    /// `empty`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub empty: Option<bool>,
    /// `traversableAgain`
    #[serde(rename = "traversableAgain", skip_serializing_if = "Option::is_none")]
    pub traversable_again: Option<bool>,
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for GetResourceMetricsOnly {
    const NAME: &'static str = "GetResourceMetricsOnly";
    fn from_map<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut v0 = None;
        let mut v1 = None;
        while let Some(key) = map.next_key::<cloudsdk_runtime::de::Key<'de>>()? {
            match key.as_str() {
                "empty" => v0 = map.next_value()?,
                "traversableAgain" => v1 = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            empty: v0,
            traversable_again: v1,
        })
    }
}
impl<'de> serde::Deserialize<'de> for GetResourceMetricsOnly {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl GetResourceMetricsOnly {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            empty: None,
            traversable_again: None,
        }
    }
    /// Sets [`empty`](Self::empty).
    pub fn with_empty(mut self, value: bool) -> Self {
        self.empty = Some(value);
        self
    }
    /// Sets [`traversable_again`](Self::traversable_again).
    pub fn with_traversable_again(mut self, value: bool) -> Self {
        self.traversable_again = Some(value);
        self
    }
}
