//! Types of the API's request and response bodies.
#![allow(clippy::derivable_impls, clippy::large_enum_variant)]
/// One HTTP access-log record; fields are not published.
#[cfg(feature = "logs")]
pub type AccessLog = ::std::collections::BTreeMap<
    ::std::string::String,
    serde_json::Value,
>;
/// An add-on as returned by the API.
#[cfg(any(feature = "addons", feature = "applications", feature = "vendor"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Addon {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `realId`
    pub real_id: ::std::option::Option<::std::string::String>,
    /// `region`
    pub region: ::std::option::Option<::std::string::String>,
    /// `zoneId`
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `provider`
    pub provider: ::std::option::Option<AddonProviderInfo>,
    /// `plan`
    pub plan: ::std::option::Option<AddonPlan>,
    /// `creationDate`
    ///
    /// Set by the server; ignored in requests.
    pub creation_date: ::std::option::Option<i64>,
    /// `configKeys`
    pub config_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
#[cfg(any(feature = "addons", feature = "applications", feature = "vendor"))]
impl serde::Serialize for Addon {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.real_id.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.zone_id.is_some() as usize;
        len += self.provider.is_some() as usize;
        len += self.plan.is_some() as usize;
        len += self.creation_date.is_some() as usize;
        len += self.config_keys.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Addon", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("realId", &self.real_id);
        s.optional("region", &self.region);
        s.optional("zoneId", &self.zone_id);
        s.optional("provider", &self.provider);
        s.optional("plan", &self.plan);
        s.optional("creationDate", &self.creation_date);
        s.optional("configKeys", &self.config_keys);
        s.end()
    }
}
#[cfg(any(feature = "addons", feature = "applications", feature = "vendor"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Addon {
    const NAME: &'static str = "Addon";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "name",
                "realId",
                "region",
                "zoneId",
                "provider",
                "plan",
                "creationDate",
                "configKeys",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(any(feature = "addons", feature = "applications", feature = "vendor"))]
impl<'de> serde::Deserialize<'de> for Addon {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "addons", feature = "applications", feature = "vendor"))]
impl Addon {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            real_id: ::std::option::Option::None,
            region: ::std::option::Option::None,
            zone_id: ::std::option::Option::None,
            provider: ::std::option::Option::None,
            plan: ::std::option::Option::None,
            creation_date: ::std::option::Option::None,
            config_keys: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`real_id`](Self::real_id).
    pub fn with_real_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.real_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`zone_id`](Self::zone_id).
    pub fn with_zone_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`provider`](Self::provider).
    pub fn with_provider(mut self, value: AddonProviderInfo) -> Self {
        self.provider = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`plan`](Self::plan).
    pub fn with_plan(mut self, value: AddonPlan) -> Self {
        self.plan = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`creation_date`](Self::creation_date).
    pub fn with_creation_date(mut self, value: i64) -> Self {
        self.creation_date = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`config_keys`](Self::config_keys).
    pub fn with_config_keys(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.config_keys = ::std::option::Option::Some(value);
        self
    }
}
/// The `AddonBillingInput` schema.
#[cfg(feature = "vendor")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddonBillingInput {
    /// `cost`
    pub cost: ::std::option::Option<f64>,
}
#[cfg(feature = "vendor")]
impl serde::Serialize for AddonBillingInput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.cost.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AddonBillingInput",
            len,
        );
        s.optional("cost", &self.cost);
        s.end()
    }
}
#[cfg(feature = "vendor")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonBillingInput {
    const NAME: &'static str = "AddonBillingInput";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["cost"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { cost: v0 })
    }
}
#[cfg(feature = "vendor")]
impl<'de> serde::Deserialize<'de> for AddonBillingInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "vendor")]
impl AddonBillingInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            cost: ::std::option::Option::None,
        }
    }
    /// Sets [`cost`](Self::cost).
    pub fn with_cost(mut self, value: f64) -> Self {
        self.cost = ::std::option::Option::Some(value);
        self
    }
}
/// The `AddonConfigInput` schema.
#[cfg(feature = "vendor")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddonConfigInput {
    /// `config`
    pub config: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}
#[cfg(feature = "vendor")]
impl serde::Serialize for AddonConfigInput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.config.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AddonConfigInput",
            len,
        );
        s.optional("config", &self.config);
        s.end()
    }
}
#[cfg(feature = "vendor")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonConfigInput {
    const NAME: &'static str = "AddonConfigInput";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["config"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { config: v0 })
    }
}
#[cfg(feature = "vendor")]
impl<'de> serde::Deserialize<'de> for AddonConfigInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "vendor")]
impl AddonConfigInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            config: ::std::option::Option::None,
        }
    }
    /// Sets [`config`](Self::config).
    pub fn with_config(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.config = ::std::option::Option::Some(value);
        self
    }
}
/// The `AddonFeatureType` schema.
#[cfg(any(feature = "addon-providers", feature = "products"))]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    String,
    /// `OBJECT`
    Object,
    /// `BYTES`
    Bytes,
    /// `BOOLEAN_SHARED`
    BooleanShared,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl AddonFeatureType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Boolean => "BOOLEAN",
            Self::Interval => "INTERVAL",
            Self::Filesize => "FILESIZE",
            Self::Number => "NUMBER",
            Self::Percentage => "PERCENTAGE",
            Self::String => "STRING",
            Self::Object => "OBJECT",
            Self::Bytes => "BYTES",
            Self::BooleanShared => "BOOLEAN_SHARED",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl ::std::convert::From<::std::string::String> for AddonFeatureType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "BOOLEAN" => Self::Boolean,
            "INTERVAL" => Self::Interval,
            "FILESIZE" => Self::Filesize,
            "NUMBER" => Self::Number,
            "PERCENTAGE" => Self::Percentage,
            "STRING" => Self::String,
            "OBJECT" => Self::Object,
            "BYTES" => Self::Bytes,
            "BOOLEAN_SHARED" => Self::BooleanShared,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl std::fmt::Display for AddonFeatureType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl serde::Serialize for AddonFeatureType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl<'de> serde::Deserialize<'de> for AddonFeatureType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl ::std::cmp::Eq for AddonFeatureType {}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl ::std::cmp::PartialOrd for AddonFeatureType {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl ::std::hash::Hash for AddonFeatureType {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `AddonFeature` schema.
#[cfg(any(feature = "addon-providers", feature = "products"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddonFeature {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `type`
    pub type_: ::std::option::Option<AddonFeatureType>,
    /// `name_code`
    pub name_code: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl serde::Serialize for AddonFeature {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.type_.is_some() as usize;
        len += self.name_code.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "AddonFeature", len);
        s.optional("name", &self.name);
        s.optional("type", &self.type_);
        s.optional("name_code", &self.name_code);
        s.end()
    }
}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonFeature {
    const NAME: &'static str = "AddonFeature";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "type", "name_code"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            name: v0,
            type_: v1,
            name_code: v2,
        })
    }
}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl<'de> serde::Deserialize<'de> for AddonFeature {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl AddonFeature {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            type_: ::std::option::Option::None,
            name_code: ::std::option::Option::None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`type_`](Self::type_).
    pub fn with_type(mut self, value: AddonFeatureType) -> Self {
        self.type_ = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`name_code`](Self::name_code).
    pub fn with_name_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `AddonFeatureInputType` schema.
#[cfg(feature = "addon-providers")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    String,
    /// `OBJECT`
    Object,
    /// `BYTES`
    Bytes,
    /// `BOOLEAN_SHARED`
    BooleanShared,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "addon-providers")]
impl AddonFeatureInputType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Boolean => "BOOLEAN",
            Self::Interval => "INTERVAL",
            Self::Filesize => "FILESIZE",
            Self::Number => "NUMBER",
            Self::Percentage => "PERCENTAGE",
            Self::String => "STRING",
            Self::Object => "OBJECT",
            Self::Bytes => "BYTES",
            Self::BooleanShared => "BOOLEAN_SHARED",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "addon-providers")]
impl ::std::convert::From<::std::string::String> for AddonFeatureInputType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "BOOLEAN" => Self::Boolean,
            "INTERVAL" => Self::Interval,
            "FILESIZE" => Self::Filesize,
            "NUMBER" => Self::Number,
            "PERCENTAGE" => Self::Percentage,
            "STRING" => Self::String,
            "OBJECT" => Self::Object,
            "BYTES" => Self::Bytes,
            "BOOLEAN_SHARED" => Self::BooleanShared,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "addon-providers")]
impl std::fmt::Display for AddonFeatureInputType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "addon-providers")]
impl serde::Serialize for AddonFeatureInputType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "addon-providers")]
impl<'de> serde::Deserialize<'de> for AddonFeatureInputType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "addon-providers")]
impl ::std::cmp::Eq for AddonFeatureInputType {}
#[cfg(feature = "addon-providers")]
impl ::std::cmp::PartialOrd for AddonFeatureInputType {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "addon-providers")]
impl ::std::hash::Hash for AddonFeatureInputType {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `AddonFeatureInput` schema.
#[cfg(feature = "addon-providers")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddonFeatureInput {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `type`
    pub type_: ::std::option::Option<AddonFeatureInputType>,
}
#[cfg(feature = "addon-providers")]
impl serde::Serialize for AddonFeatureInput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.type_.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AddonFeatureInput",
            len,
        );
        s.optional("name", &self.name);
        s.optional("type", &self.type_);
        s.end()
    }
}
#[cfg(feature = "addon-providers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonFeatureInput {
    const NAME: &'static str = "AddonFeatureInput";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["name", "type"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { name: v0, type_: v1 })
    }
}
#[cfg(feature = "addon-providers")]
impl<'de> serde::Deserialize<'de> for AddonFeatureInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "addon-providers")]
impl AddonFeatureInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            type_: ::std::option::Option::None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`type_`](Self::type_).
    pub fn with_type(mut self, value: AddonFeatureInputType) -> Self {
        self.type_ = ::std::option::Option::Some(value);
        self
    }
}
/// Raw request body carrying the ID of the add-on to link.
#[cfg(feature = "applications")]
pub type AddonIdBody = ::std::string::String;
/// The `AddonPlan` schema.
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "products",
        feature = "vendor"
    )
)]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddonPlan {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `slug`
    pub slug: ::std::option::Option<::std::string::String>,
    /// `price`
    pub price: ::std::option::Option<f64>,
    /// `price_id`
    pub price_id: ::std::option::Option<::std::string::String>,
    /// `features`
    pub features: ::std::option::Option<::std::vec::Vec<AddonPlanFeature>>,
    /// `zones`
    pub zones: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "products",
        feature = "vendor"
    )
)]
impl serde::Serialize for AddonPlan {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.slug.is_some() as usize;
        len += self.price.is_some() as usize;
        len += self.price_id.is_some() as usize;
        len += self.features.is_some() as usize;
        len += self.zones.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "AddonPlan", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("slug", &self.slug);
        s.optional("price", &self.price);
        s.optional("price_id", &self.price_id);
        s.optional("features", &self.features);
        s.optional("zones", &self.zones);
        s.end()
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "products",
        feature = "vendor"
    )
)]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonPlan {
    const NAME: &'static str = "AddonPlan";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["id", "name", "slug", "price", "price_id", "features", "zones"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "products",
        feature = "vendor"
    )
)]
impl<'de> serde::Deserialize<'de> for AddonPlan {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "products",
        feature = "vendor"
    )
)]
impl AddonPlan {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            slug: ::std::option::Option::None,
            price: ::std::option::Option::None,
            price_id: ::std::option::Option::None,
            features: ::std::option::Option::None,
            zones: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`slug`](Self::slug).
    pub fn with_slug(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.slug = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`price`](Self::price).
    pub fn with_price(mut self, value: f64) -> Self {
        self.price = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`price_id`](Self::price_id).
    pub fn with_price_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.price_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`features`](Self::features).
    pub fn with_features(mut self, value: ::std::vec::Vec<AddonPlanFeature>) -> Self {
        self.features = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`zones`](Self::zones).
    pub fn with_zones(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.zones = ::std::option::Option::Some(value);
        self
    }
}
/// The `AddonPlanChange` schema.
#[cfg(feature = "addons")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddonPlanChange {
    /// `planId`
    pub plan_id: ::std::option::Option<::std::string::String>,
    /// `region`
    pub region: ::std::option::Option<::std::string::String>,
    /// `version`
    pub version: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "addons")]
impl serde::Serialize for AddonPlanChange {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.plan_id.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.version.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AddonPlanChange",
            len,
        );
        s.optional("planId", &self.plan_id);
        s.optional("region", &self.region);
        s.optional("version", &self.version);
        s.end()
    }
}
#[cfg(feature = "addons")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonPlanChange {
    const NAME: &'static str = "AddonPlanChange";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["planId", "region", "version"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            plan_id: v0,
            region: v1,
            version: v2,
        })
    }
}
#[cfg(feature = "addons")]
impl<'de> serde::Deserialize<'de> for AddonPlanChange {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "addons")]
impl AddonPlanChange {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            plan_id: ::std::option::Option::None,
            region: ::std::option::Option::None,
            version: ::std::option::Option::None,
        }
    }
    /// Sets [`plan_id`](Self::plan_id).
    pub fn with_plan_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.plan_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`version`](Self::version).
    pub fn with_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `AddonPlanFeatureType` schema.
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "products",
        feature = "vendor"
    )
)]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    String,
    /// `OBJECT`
    Object,
    /// `BYTES`
    Bytes,
    /// `BOOLEAN_SHARED`
    BooleanShared,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "products",
        feature = "vendor"
    )
)]
impl AddonPlanFeatureType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Boolean => "BOOLEAN",
            Self::Interval => "INTERVAL",
            Self::Filesize => "FILESIZE",
            Self::Number => "NUMBER",
            Self::Percentage => "PERCENTAGE",
            Self::String => "STRING",
            Self::Object => "OBJECT",
            Self::Bytes => "BYTES",
            Self::BooleanShared => "BOOLEAN_SHARED",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "products",
        feature = "vendor"
    )
)]
impl ::std::convert::From<::std::string::String> for AddonPlanFeatureType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "BOOLEAN" => Self::Boolean,
            "INTERVAL" => Self::Interval,
            "FILESIZE" => Self::Filesize,
            "NUMBER" => Self::Number,
            "PERCENTAGE" => Self::Percentage,
            "STRING" => Self::String,
            "OBJECT" => Self::Object,
            "BYTES" => Self::Bytes,
            "BOOLEAN_SHARED" => Self::BooleanShared,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "products",
        feature = "vendor"
    )
)]
impl std::fmt::Display for AddonPlanFeatureType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "products",
        feature = "vendor"
    )
)]
impl serde::Serialize for AddonPlanFeatureType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "products",
        feature = "vendor"
    )
)]
impl<'de> serde::Deserialize<'de> for AddonPlanFeatureType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "products",
        feature = "vendor"
    )
)]
impl ::std::cmp::Eq for AddonPlanFeatureType {}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "products",
        feature = "vendor"
    )
)]
impl ::std::cmp::PartialOrd for AddonPlanFeatureType {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "products",
        feature = "vendor"
    )
)]
impl ::std::hash::Hash for AddonPlanFeatureType {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `AddonPlanFeature` schema.
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "products",
        feature = "vendor"
    )
)]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddonPlanFeature {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `type`
    pub type_: ::std::option::Option<AddonPlanFeatureType>,
    /// `value`
    pub value: ::std::option::Option<::std::string::String>,
    /// `computable_value`
    pub computable_value: ::std::option::Option<::std::string::String>,
    /// `name_code`
    pub name_code: ::std::option::Option<::std::string::String>,
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "products",
        feature = "vendor"
    )
)]
impl serde::Serialize for AddonPlanFeature {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.type_.is_some() as usize;
        len += self.value.is_some() as usize;
        len += self.computable_value.is_some() as usize;
        len += self.name_code.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AddonPlanFeature",
            len,
        );
        s.optional("name", &self.name);
        s.optional("type", &self.type_);
        s.optional("value", &self.value);
        s.optional("computable_value", &self.computable_value);
        s.optional("name_code", &self.name_code);
        s.end()
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "products",
        feature = "vendor"
    )
)]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonPlanFeature {
    const NAME: &'static str = "AddonPlanFeature";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "type", "value", "computable_value", "name_code"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            name: v0,
            type_: v1,
            value: v2,
            computable_value: v3,
            name_code: v4,
        })
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "products",
        feature = "vendor"
    )
)]
impl<'de> serde::Deserialize<'de> for AddonPlanFeature {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "products",
        feature = "vendor"
    )
)]
impl AddonPlanFeature {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            type_: ::std::option::Option::None,
            value: ::std::option::Option::None,
            computable_value: ::std::option::Option::None,
            name_code: ::std::option::Option::None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`type_`](Self::type_).
    pub fn with_type(mut self, value: AddonPlanFeatureType) -> Self {
        self.type_ = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`value`](Self::value).
    pub fn with_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`computable_value`](Self::computable_value).
    pub fn with_computable_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.computable_value = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name_code`](Self::name_code).
    pub fn with_name_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `AddonPlanInput` schema.
#[cfg(feature = "addon-providers")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddonPlanInput {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `slug`
    pub slug: ::std::option::Option<::std::string::String>,
    /// `price`
    pub price: ::std::option::Option<f64>,
    /// `features`
    pub features: ::std::option::Option<::std::vec::Vec<AddonPlanFeature>>,
}
#[cfg(feature = "addon-providers")]
impl serde::Serialize for AddonPlanInput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.slug.is_some() as usize;
        len += self.price.is_some() as usize;
        len += self.features.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AddonPlanInput",
            len,
        );
        s.optional("name", &self.name);
        s.optional("slug", &self.slug);
        s.optional("price", &self.price);
        s.optional("features", &self.features);
        s.end()
    }
}
#[cfg(feature = "addon-providers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonPlanInput {
    const NAME: &'static str = "AddonPlanInput";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "slug", "price", "features"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            name: v0,
            slug: v1,
            price: v2,
            features: v3,
        })
    }
}
#[cfg(feature = "addon-providers")]
impl<'de> serde::Deserialize<'de> for AddonPlanInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "addon-providers")]
impl AddonPlanInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            slug: ::std::option::Option::None,
            price: ::std::option::Option::None,
            features: ::std::option::Option::None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`slug`](Self::slug).
    pub fn with_slug(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.slug = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`price`](Self::price).
    pub fn with_price(mut self, value: f64) -> Self {
        self.price = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`features`](Self::features).
    pub fn with_features(mut self, value: ::std::vec::Vec<AddonPlanFeature>) -> Self {
        self.features = ::std::option::Option::Some(value);
        self
    }
}
/// The `AddonProviderApiConfig` schema.
#[cfg(feature = "addon-providers")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddonProviderApiConfig {
    /// `config_vars`
    pub config_vars: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `password`
    pub password: ::std::option::Option<::std::string::String>,
    /// `sso_salt`
    pub sso_salt: ::std::option::Option<::std::string::String>,
    /// `regions`
    pub regions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `production`
    pub production: ::std::option::Option<AddonProviderApiUrls>,
    /// `test`
    pub test: ::std::option::Option<AddonProviderApiUrls>,
}
#[cfg(feature = "addon-providers")]
impl std::fmt::Debug for AddonProviderApiConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AddonProviderApiConfig")
            .field("config_vars", &self.config_vars)
            .field("password", &cloudsdk_runtime::Redacted(&self.password))
            .field("sso_salt", &self.sso_salt)
            .field("regions", &self.regions)
            .field("production", &self.production)
            .field("test", &self.test)
            .finish()
    }
}
#[cfg(feature = "addon-providers")]
impl serde::Serialize for AddonProviderApiConfig {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.config_vars.is_some() as usize;
        len += self.password.is_some() as usize;
        len += self.sso_salt.is_some() as usize;
        len += self.regions.is_some() as usize;
        len += self.production.is_some() as usize;
        len += self.test.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AddonProviderApiConfig",
            len,
        );
        s.optional("config_vars", &self.config_vars);
        s.optional("password", &self.password);
        s.optional("sso_salt", &self.sso_salt);
        s.optional("regions", &self.regions);
        s.optional("production", &self.production);
        s.optional("test", &self.test);
        s.end()
    }
}
#[cfg(feature = "addon-providers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonProviderApiConfig {
    const NAME: &'static str = "AddonProviderApiConfig";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["config_vars", "password", "sso_salt", "regions", "production", "test"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            config_vars: v0,
            password: v1,
            sso_salt: v2,
            regions: v3,
            production: v4,
            test: v5,
        })
    }
}
#[cfg(feature = "addon-providers")]
impl<'de> serde::Deserialize<'de> for AddonProviderApiConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "addon-providers")]
impl AddonProviderApiConfig {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            config_vars: ::std::option::Option::None,
            password: ::std::option::Option::None,
            sso_salt: ::std::option::Option::None,
            regions: ::std::option::Option::None,
            production: ::std::option::Option::None,
            test: ::std::option::Option::None,
        }
    }
    /// Sets [`config_vars`](Self::config_vars).
    pub fn with_config_vars(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.config_vars = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`password`](Self::password).
    pub fn with_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`sso_salt`](Self::sso_salt).
    pub fn with_sso_salt(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sso_salt = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`regions`](Self::regions).
    pub fn with_regions(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.regions = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`production`](Self::production).
    pub fn with_production(mut self, value: AddonProviderApiUrls) -> Self {
        self.production = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`test`](Self::test).
    pub fn with_test(mut self, value: AddonProviderApiUrls) -> Self {
        self.test = ::std::option::Option::Some(value);
        self
    }
}
/// The `AddonProviderApiUrls` schema.
#[cfg(feature = "addon-providers")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddonProviderApiUrls {
    /// `base_url`
    pub base_url: ::std::option::Option<::std::string::String>,
    /// `sso_url`
    pub sso_url: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "addon-providers")]
impl serde::Serialize for AddonProviderApiUrls {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.base_url.is_some() as usize;
        len += self.sso_url.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AddonProviderApiUrls",
            len,
        );
        s.optional("base_url", &self.base_url);
        s.optional("sso_url", &self.sso_url);
        s.end()
    }
}
#[cfg(feature = "addon-providers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonProviderApiUrls {
    const NAME: &'static str = "AddonProviderApiUrls";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["base_url", "sso_url"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { base_url: v0, sso_url: v1 })
    }
}
#[cfg(feature = "addon-providers")]
impl<'de> serde::Deserialize<'de> for AddonProviderApiUrls {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "addon-providers")]
impl AddonProviderApiUrls {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            base_url: ::std::option::Option::None,
            sso_url: ::std::option::Option::None,
        }
    }
    /// Sets [`base_url`](Self::base_url).
    pub fn with_base_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.base_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`sso_url`](Self::sso_url).
    pub fn with_sso_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sso_url = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `AddonProviderDetailsStatus` schema.
#[cfg(any(feature = "addon-providers", feature = "products"))]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(any(feature = "addon-providers", feature = "products"))]
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
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl ::std::convert::From<::std::string::String> for AddonProviderDetailsStatus {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl std::fmt::Display for AddonProviderDetailsStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl serde::Serialize for AddonProviderDetailsStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl<'de> serde::Deserialize<'de> for AddonProviderDetailsStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl ::std::cmp::Eq for AddonProviderDetailsStatus {}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl ::std::cmp::PartialOrd for AddonProviderDetailsStatus {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl ::std::hash::Hash for AddonProviderDetailsStatus {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `AddonProviderDetails` schema.
#[cfg(any(feature = "addon-providers", feature = "products"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddonProviderDetails {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `website`
    pub website: ::std::option::Option<::std::string::String>,
    /// `supportEmail`
    pub support_email: ::std::option::Option<::std::string::String>,
    /// `googlePlusName`
    pub google_plus_name: ::std::option::Option<::std::string::String>,
    /// `twitterName`
    pub twitter_name: ::std::option::Option<::std::string::String>,
    /// `analyticsId`
    pub analytics_id: ::std::option::Option<::std::string::String>,
    /// `shortDesc`
    pub short_desc: ::std::option::Option<::std::string::String>,
    /// `longDesc`
    pub long_desc: ::std::option::Option<::std::string::String>,
    /// `logoUrl`
    pub logo_url: ::std::option::Option<::std::string::String>,
    /// `status`
    pub status: ::std::option::Option<AddonProviderDetailsStatus>,
    /// `openInNewTab`
    pub open_in_new_tab: ::std::option::Option<bool>,
    /// `canUpgrade`
    pub can_upgrade: ::std::option::Option<bool>,
    /// `regions`
    pub regions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `plans`
    pub plans: ::std::option::Option<::std::vec::Vec<AddonPlan>>,
    /// `features`
    pub features: ::std::option::Option<::std::vec::Vec<AddonFeature>>,
}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl serde::Serialize for AddonProviderDetails {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.website.is_some() as usize;
        len += self.support_email.is_some() as usize;
        len += self.google_plus_name.is_some() as usize;
        len += self.twitter_name.is_some() as usize;
        len += self.analytics_id.is_some() as usize;
        len += self.short_desc.is_some() as usize;
        len += self.long_desc.is_some() as usize;
        len += self.logo_url.is_some() as usize;
        len += self.status.is_some() as usize;
        len += self.open_in_new_tab.is_some() as usize;
        len += self.can_upgrade.is_some() as usize;
        len += self.regions.is_some() as usize;
        len += self.plans.is_some() as usize;
        len += self.features.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AddonProviderDetails",
            len,
        );
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("website", &self.website);
        s.optional("supportEmail", &self.support_email);
        s.optional("googlePlusName", &self.google_plus_name);
        s.optional("twitterName", &self.twitter_name);
        s.optional("analyticsId", &self.analytics_id);
        s.optional("shortDesc", &self.short_desc);
        s.optional("longDesc", &self.long_desc);
        s.optional("logoUrl", &self.logo_url);
        s.optional("status", &self.status);
        s.optional("openInNewTab", &self.open_in_new_tab);
        s.optional("canUpgrade", &self.can_upgrade);
        s.optional("regions", &self.regions);
        s.optional("plans", &self.plans);
        s.optional("features", &self.features);
        s.end()
    }
}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonProviderDetails {
    const NAME: &'static str = "AddonProviderDetails";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut v12 = ::std::option::Option::None;
        let mut v13 = ::std::option::Option::None;
        let mut v14 = ::std::option::Option::None;
        let mut v15 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "name",
                "website",
                "supportEmail",
                "googlePlusName",
                "twitterName",
                "analyticsId",
                "shortDesc",
                "longDesc",
                "logoUrl",
                "status",
                "openInNewTab",
                "canUpgrade",
                "regions",
                "plans",
                "features",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.optional(&mut v11),
                12 => f.optional(&mut v12),
                13 => f.optional(&mut v13),
                14 => f.optional(&mut v14),
                15 => f.optional(&mut v15),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl<'de> serde::Deserialize<'de> for AddonProviderDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "addon-providers", feature = "products"))]
impl AddonProviderDetails {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            website: ::std::option::Option::None,
            support_email: ::std::option::Option::None,
            google_plus_name: ::std::option::Option::None,
            twitter_name: ::std::option::Option::None,
            analytics_id: ::std::option::Option::None,
            short_desc: ::std::option::Option::None,
            long_desc: ::std::option::Option::None,
            logo_url: ::std::option::Option::None,
            status: ::std::option::Option::None,
            open_in_new_tab: ::std::option::Option::None,
            can_upgrade: ::std::option::Option::None,
            regions: ::std::option::Option::None,
            plans: ::std::option::Option::None,
            features: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`website`](Self::website).
    pub fn with_website(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.website = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`support_email`](Self::support_email).
    pub fn with_support_email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.support_email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`google_plus_name`](Self::google_plus_name).
    pub fn with_google_plus_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.google_plus_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`twitter_name`](Self::twitter_name).
    pub fn with_twitter_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.twitter_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`analytics_id`](Self::analytics_id).
    pub fn with_analytics_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.analytics_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`short_desc`](Self::short_desc).
    pub fn with_short_desc(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.short_desc = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`long_desc`](Self::long_desc).
    pub fn with_long_desc(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.long_desc = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`logo_url`](Self::logo_url).
    pub fn with_logo_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.logo_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(mut self, value: AddonProviderDetailsStatus) -> Self {
        self.status = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`open_in_new_tab`](Self::open_in_new_tab).
    pub fn with_open_in_new_tab(mut self, value: bool) -> Self {
        self.open_in_new_tab = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`can_upgrade`](Self::can_upgrade).
    pub fn with_can_upgrade(mut self, value: bool) -> Self {
        self.can_upgrade = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`regions`](Self::regions).
    pub fn with_regions(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.regions = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`plans`](Self::plans).
    pub fn with_plans(mut self, value: ::std::vec::Vec<AddonPlan>) -> Self {
        self.plans = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`features`](Self::features).
    pub fn with_features(mut self, value: ::std::vec::Vec<AddonFeature>) -> Self {
        self.features = ::std::option::Option::Some(value);
        self
    }
}
/// The `AddonProviderInfoStatus` schema.
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "vendor"
    )
)]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "vendor"
    )
)]
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
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "vendor"
    )
)]
impl ::std::convert::From<::std::string::String> for AddonProviderInfoStatus {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "vendor"
    )
)]
impl std::fmt::Display for AddonProviderInfoStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "vendor"
    )
)]
impl serde::Serialize for AddonProviderInfoStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "vendor"
    )
)]
impl<'de> serde::Deserialize<'de> for AddonProviderInfoStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "vendor"
    )
)]
impl ::std::cmp::Eq for AddonProviderInfoStatus {}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "vendor"
    )
)]
impl ::std::cmp::PartialOrd for AddonProviderInfoStatus {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "vendor"
    )
)]
impl ::std::hash::Hash for AddonProviderInfoStatus {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `AddonProviderInfo` schema.
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "vendor"
    )
)]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddonProviderInfo {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `website`
    pub website: ::std::option::Option<::std::string::String>,
    /// `supportEmail`
    pub support_email: ::std::option::Option<::std::string::String>,
    /// `googlePlusName`
    pub google_plus_name: ::std::option::Option<::std::string::String>,
    /// `twitterName`
    pub twitter_name: ::std::option::Option<::std::string::String>,
    /// `analyticsId`
    pub analytics_id: ::std::option::Option<::std::string::String>,
    /// `shortDesc`
    pub short_desc: ::std::option::Option<::std::string::String>,
    /// `longDesc`
    pub long_desc: ::std::option::Option<::std::string::String>,
    /// `logoUrl`
    pub logo_url: ::std::option::Option<::std::string::String>,
    /// `status`
    pub status: ::std::option::Option<AddonProviderInfoStatus>,
    /// `openInNewTab`
    pub open_in_new_tab: ::std::option::Option<bool>,
    /// `canUpgrade`
    pub can_upgrade: ::std::option::Option<bool>,
    /// `regions`
    pub regions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "vendor"
    )
)]
impl serde::Serialize for AddonProviderInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.website.is_some() as usize;
        len += self.support_email.is_some() as usize;
        len += self.google_plus_name.is_some() as usize;
        len += self.twitter_name.is_some() as usize;
        len += self.analytics_id.is_some() as usize;
        len += self.short_desc.is_some() as usize;
        len += self.long_desc.is_some() as usize;
        len += self.logo_url.is_some() as usize;
        len += self.status.is_some() as usize;
        len += self.open_in_new_tab.is_some() as usize;
        len += self.can_upgrade.is_some() as usize;
        len += self.regions.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AddonProviderInfo",
            len,
        );
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("website", &self.website);
        s.optional("supportEmail", &self.support_email);
        s.optional("googlePlusName", &self.google_plus_name);
        s.optional("twitterName", &self.twitter_name);
        s.optional("analyticsId", &self.analytics_id);
        s.optional("shortDesc", &self.short_desc);
        s.optional("longDesc", &self.long_desc);
        s.optional("logoUrl", &self.logo_url);
        s.optional("status", &self.status);
        s.optional("openInNewTab", &self.open_in_new_tab);
        s.optional("canUpgrade", &self.can_upgrade);
        s.optional("regions", &self.regions);
        s.end()
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "vendor"
    )
)]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonProviderInfo {
    const NAME: &'static str = "AddonProviderInfo";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut v12 = ::std::option::Option::None;
        let mut v13 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "name",
                "website",
                "supportEmail",
                "googlePlusName",
                "twitterName",
                "analyticsId",
                "shortDesc",
                "longDesc",
                "logoUrl",
                "status",
                "openInNewTab",
                "canUpgrade",
                "regions",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.optional(&mut v11),
                12 => f.optional(&mut v12),
                13 => f.optional(&mut v13),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "vendor"
    )
)]
impl<'de> serde::Deserialize<'de> for AddonProviderInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "vendor"
    )
)]
impl AddonProviderInfo {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            website: ::std::option::Option::None,
            support_email: ::std::option::Option::None,
            google_plus_name: ::std::option::Option::None,
            twitter_name: ::std::option::Option::None,
            analytics_id: ::std::option::Option::None,
            short_desc: ::std::option::Option::None,
            long_desc: ::std::option::Option::None,
            logo_url: ::std::option::Option::None,
            status: ::std::option::Option::None,
            open_in_new_tab: ::std::option::Option::None,
            can_upgrade: ::std::option::Option::None,
            regions: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`website`](Self::website).
    pub fn with_website(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.website = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`support_email`](Self::support_email).
    pub fn with_support_email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.support_email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`google_plus_name`](Self::google_plus_name).
    pub fn with_google_plus_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.google_plus_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`twitter_name`](Self::twitter_name).
    pub fn with_twitter_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.twitter_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`analytics_id`](Self::analytics_id).
    pub fn with_analytics_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.analytics_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`short_desc`](Self::short_desc).
    pub fn with_short_desc(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.short_desc = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`long_desc`](Self::long_desc).
    pub fn with_long_desc(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.long_desc = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`logo_url`](Self::logo_url).
    pub fn with_logo_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.logo_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(mut self, value: AddonProviderInfoStatus) -> Self {
        self.status = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`open_in_new_tab`](Self::open_in_new_tab).
    pub fn with_open_in_new_tab(mut self, value: bool) -> Self {
        self.open_in_new_tab = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`can_upgrade`](Self::can_upgrade).
    pub fn with_can_upgrade(mut self, value: bool) -> Self {
        self.can_upgrade = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`regions`](Self::regions).
    pub fn with_regions(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.regions = ::std::option::Option::Some(value);
        self
    }
}
/// The `AddonProviderInfoInput` schema.
#[cfg(feature = "addon-providers")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddonProviderInfoInput {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `website`
    pub website: ::std::option::Option<::std::string::String>,
    /// `supportEmail`
    pub support_email: ::std::option::Option<::std::string::String>,
    /// `googlePlusName`
    pub google_plus_name: ::std::option::Option<::std::string::String>,
    /// `twitterName`
    pub twitter_name: ::std::option::Option<::std::string::String>,
    /// `analyticsId`
    pub analytics_id: ::std::option::Option<::std::string::String>,
    /// `shortDesc`
    pub short_desc: ::std::option::Option<::std::string::String>,
    /// `longDesc`
    pub long_desc: ::std::option::Option<::std::string::String>,
    /// `logoUrl`
    pub logo_url: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "addon-providers")]
impl serde::Serialize for AddonProviderInfoInput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.website.is_some() as usize;
        len += self.support_email.is_some() as usize;
        len += self.google_plus_name.is_some() as usize;
        len += self.twitter_name.is_some() as usize;
        len += self.analytics_id.is_some() as usize;
        len += self.short_desc.is_some() as usize;
        len += self.long_desc.is_some() as usize;
        len += self.logo_url.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AddonProviderInfoInput",
            len,
        );
        s.optional("name", &self.name);
        s.optional("website", &self.website);
        s.optional("supportEmail", &self.support_email);
        s.optional("googlePlusName", &self.google_plus_name);
        s.optional("twitterName", &self.twitter_name);
        s.optional("analyticsId", &self.analytics_id);
        s.optional("shortDesc", &self.short_desc);
        s.optional("longDesc", &self.long_desc);
        s.optional("logoUrl", &self.logo_url);
        s.end()
    }
}
#[cfg(feature = "addon-providers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonProviderInfoInput {
    const NAME: &'static str = "AddonProviderInfoInput";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "name",
                "website",
                "supportEmail",
                "googlePlusName",
                "twitterName",
                "analyticsId",
                "shortDesc",
                "longDesc",
                "logoUrl",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "addon-providers")]
impl<'de> serde::Deserialize<'de> for AddonProviderInfoInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "addon-providers")]
impl AddonProviderInfoInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            website: ::std::option::Option::None,
            support_email: ::std::option::Option::None,
            google_plus_name: ::std::option::Option::None,
            twitter_name: ::std::option::Option::None,
            analytics_id: ::std::option::Option::None,
            short_desc: ::std::option::Option::None,
            long_desc: ::std::option::Option::None,
            logo_url: ::std::option::Option::None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`website`](Self::website).
    pub fn with_website(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.website = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`support_email`](Self::support_email).
    pub fn with_support_email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.support_email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`google_plus_name`](Self::google_plus_name).
    pub fn with_google_plus_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.google_plus_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`twitter_name`](Self::twitter_name).
    pub fn with_twitter_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.twitter_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`analytics_id`](Self::analytics_id).
    pub fn with_analytics_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.analytics_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`short_desc`](Self::short_desc).
    pub fn with_short_desc(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.short_desc = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`long_desc`](Self::long_desc).
    pub fn with_long_desc(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.long_desc = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`logo_url`](Self::logo_url).
    pub fn with_logo_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.logo_url = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `AddonProviderRegistration` schema.
#[cfg(feature = "addon-providers")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddonProviderRegistration {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `api`
    pub api: ::std::option::Option<AddonProviderApiConfig>,
}
#[cfg(feature = "addon-providers")]
impl serde::Serialize for AddonProviderRegistration {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.api.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AddonProviderRegistration",
            len,
        );
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("api", &self.api);
        s.end()
    }
}
#[cfg(feature = "addon-providers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonProviderRegistration {
    const NAME: &'static str = "AddonProviderRegistration";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["id", "name", "api"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { id: v0, name: v1, api: v2 })
    }
}
#[cfg(feature = "addon-providers")]
impl<'de> serde::Deserialize<'de> for AddonProviderRegistration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "addon-providers")]
impl AddonProviderRegistration {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            api: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`api`](Self::api).
    pub fn with_api(mut self, value: AddonProviderApiConfig) -> Self {
        self.api = ::std::option::Option::Some(value);
        self
    }
}
/// The `AddonProviderSsoData` schema.
#[cfg(any(feature = "addon-providers", feature = "addons"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddonProviderSsoData {
    /// `url`
    pub url: ::std::option::Option<::std::string::String>,
    /// `macaroon`
    pub macaroon: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "addon-providers", feature = "addons"))]
impl serde::Serialize for AddonProviderSsoData {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.url.is_some() as usize;
        len += self.macaroon.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AddonProviderSsoData",
            len,
        );
        s.optional("url", &self.url);
        s.optional("macaroon", &self.macaroon);
        s.end()
    }
}
#[cfg(any(feature = "addon-providers", feature = "addons"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonProviderSsoData {
    const NAME: &'static str = "AddonProviderSsoData";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["url", "macaroon"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { url: v0, macaroon: v1 })
    }
}
#[cfg(any(feature = "addon-providers", feature = "addons"))]
impl<'de> serde::Deserialize<'de> for AddonProviderSsoData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "addon-providers", feature = "addons"))]
impl AddonProviderSsoData {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            url: ::std::option::Option::None,
            macaroon: ::std::option::Option::None,
        }
    }
    /// Sets [`url`](Self::url).
    pub fn with_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`macaroon`](Self::macaroon).
    pub fn with_macaroon(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.macaroon = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `AddonProvisionRequestPaymentMethodType` schema.
#[cfg(feature = "addons")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum AddonProvisionRequestPaymentMethodType {
    /// `CREDITCARD`
    Creditcard,
    /// `PAYPAL`
    Paypal,
    /// `SEPA_DEBIT`
    SepaDebit,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "addons")]
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
#[cfg(feature = "addons")]
impl ::std::convert::From<::std::string::String>
for AddonProvisionRequestPaymentMethodType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "CREDITCARD" => Self::Creditcard,
            "PAYPAL" => Self::Paypal,
            "SEPA_DEBIT" => Self::SepaDebit,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "addons")]
impl std::fmt::Display for AddonProvisionRequestPaymentMethodType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "addons")]
impl serde::Serialize for AddonProvisionRequestPaymentMethodType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "addons")]
impl<'de> serde::Deserialize<'de> for AddonProvisionRequestPaymentMethodType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "addons")]
impl ::std::cmp::Eq for AddonProvisionRequestPaymentMethodType {}
#[cfg(feature = "addons")]
impl ::std::cmp::PartialOrd for AddonProvisionRequestPaymentMethodType {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "addons")]
impl ::std::hash::Hash for AddonProvisionRequestPaymentMethodType {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// What to provision: provider, plan, region and optional settings.
#[cfg(feature = "addons")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddonProvisionRequest {
    /// `providerId`
    pub provider_id: ::std::string::String,
    /// `plan`
    pub plan: ::std::string::String,
    /// `linkedApp`
    pub linked_app: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `region`
    pub region: ::std::string::String,
    /// `options`
    pub options: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// `version`
    pub version: ::std::option::Option<::std::string::String>,
    /// `paymentIntent`
    pub payment_intent: ::std::option::Option<SetupIntent>,
    /// `paymentMethodType`
    pub payment_method_type: ::std::option::Option<
        AddonProvisionRequestPaymentMethodType,
    >,
    /// `sepaSourceId`
    pub sepa_source_id: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "addons")]
impl serde::Serialize for AddonProvisionRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 3;
        len += self.linked_app.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.options.is_some() as usize;
        len += self.version.is_some() as usize;
        len += self.payment_intent.is_some() as usize;
        len += self.payment_method_type.is_some() as usize;
        len += self.sepa_source_id.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AddonProvisionRequest",
            len,
        );
        s.field("providerId", &self.provider_id);
        s.field("plan", &self.plan);
        s.optional("linkedApp", &self.linked_app);
        s.optional("name", &self.name);
        s.field("region", &self.region);
        s.optional("options", &self.options);
        s.optional("version", &self.version);
        s.optional("paymentIntent", &self.payment_intent);
        s.optional("paymentMethodType", &self.payment_method_type);
        s.optional("sepaSourceId", &self.sepa_source_id);
        s.end()
    }
}
#[cfg(feature = "addons")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonProvisionRequest {
    const NAME: &'static str = "AddonProvisionRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "providerId",
                "plan",
                "linkedApp",
                "name",
                "region",
                "options",
                "version",
                "paymentIntent",
                "paymentMethodType",
                "sepaSourceId",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.value(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("providerId");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("plan");
        };
        let ::std::option::Option::Some(v4) = v4 else {
            return cloudsdk_runtime::de::missing("region");
        };
        ::std::result::Result::Ok(Self {
            provider_id: v0,
            plan: v1,
            linked_app: v2,
            name: v3,
            region: v4,
            options: v5,
            version: v6,
            payment_intent: v7,
            payment_method_type: v8,
            sepa_source_id: v9,
        })
    }
}
#[cfg(feature = "addons")]
impl<'de> serde::Deserialize<'de> for AddonProvisionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "addons")]
impl AddonProvisionRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        provider_id: impl ::std::convert::Into<::std::string::String>,
        plan: impl ::std::convert::Into<::std::string::String>,
        region: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            provider_id: provider_id.into(),
            plan: plan.into(),
            linked_app: ::std::option::Option::None,
            name: ::std::option::Option::None,
            region: region.into(),
            options: ::std::option::Option::None,
            version: ::std::option::Option::None,
            payment_intent: ::std::option::Option::None,
            payment_method_type: ::std::option::Option::None,
            sepa_source_id: ::std::option::Option::None,
        }
    }
    /// Sets [`linked_app`](Self::linked_app).
    pub fn with_linked_app(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.linked_app = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`options`](Self::options).
    pub fn with_options(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.options = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`version`](Self::version).
    pub fn with_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`payment_intent`](Self::payment_intent).
    pub fn with_payment_intent(mut self, value: SetupIntent) -> Self {
        self.payment_intent = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`payment_method_type`](Self::payment_method_type).
    pub fn with_payment_method_type(
        mut self,
        value: AddonProvisionRequestPaymentMethodType,
    ) -> Self {
        self.payment_method_type = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`sepa_source_id`](Self::sepa_source_id).
    pub fn with_sepa_source_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sepa_source_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `AddonSsoData` schema.
#[cfg(feature = "addons")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddonSsoData {
    /// `url`
    pub url: ::std::option::Option<::std::string::String>,
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `timestamp`
    pub timestamp: ::std::option::Option<i64>,
    /// `token`
    pub token: ::std::option::Option<::std::string::String>,
    /// `email`
    pub email: ::std::option::Option<::std::string::String>,
    /// `nav-data`
    pub nav_data: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "addons")]
impl std::fmt::Debug for AddonSsoData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AddonSsoData")
            .field("url", &self.url)
            .field("id", &self.id)
            .field("timestamp", &self.timestamp)
            .field("token", &cloudsdk_runtime::Redacted(&self.token))
            .field("email", &self.email)
            .field("nav_data", &self.nav_data)
            .finish()
    }
}
#[cfg(feature = "addons")]
impl serde::Serialize for AddonSsoData {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.url.is_some() as usize;
        len += self.id.is_some() as usize;
        len += self.timestamp.is_some() as usize;
        len += self.token.is_some() as usize;
        len += self.email.is_some() as usize;
        len += self.nav_data.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "AddonSsoData", len);
        s.optional("url", &self.url);
        s.optional("id", &self.id);
        s.optional("timestamp", &self.timestamp);
        s.optional("token", &self.token);
        s.optional("email", &self.email);
        s.optional("nav-data", &self.nav_data);
        s.end()
    }
}
#[cfg(feature = "addons")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonSsoData {
    const NAME: &'static str = "AddonSsoData";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["url", "id", "timestamp", "token", "email", "nav-data"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            url: v0,
            id: v1,
            timestamp: v2,
            token: v3,
            email: v4,
            nav_data: v5,
        })
    }
}
#[cfg(feature = "addons")]
impl<'de> serde::Deserialize<'de> for AddonSsoData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "addons")]
impl AddonSsoData {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            url: ::std::option::Option::None,
            id: ::std::option::Option::None,
            timestamp: ::std::option::Option::None,
            token: ::std::option::Option::None,
            email: ::std::option::Option::None,
            nav_data: ::std::option::Option::None,
        }
    }
    /// Sets [`url`](Self::url).
    pub fn with_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`timestamp`](Self::timestamp).
    pub fn with_timestamp(mut self, value: i64) -> Self {
        self.timestamp = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`token`](Self::token).
    pub fn with_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`email`](Self::email).
    pub fn with_email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`nav_data`](Self::nav_data).
    pub fn with_nav_data(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nav_data = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `AddonSummary` schema.
#[cfg(feature = "summary")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddonSummary {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `realId`
    pub real_id: ::std::option::Option<::std::string::String>,
    /// `providerId`
    pub provider_id: ::std::option::Option<::std::string::String>,
    /// `logoUrl`
    pub logo_url: ::std::option::Option<::std::string::String>,
    /// `systemTags`
    pub system_tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `customerTags`
    pub customer_tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
#[cfg(feature = "summary")]
impl serde::Serialize for AddonSummary {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.real_id.is_some() as usize;
        len += self.provider_id.is_some() as usize;
        len += self.logo_url.is_some() as usize;
        len += self.system_tags.is_some() as usize;
        len += self.customer_tags.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "AddonSummary", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("realId", &self.real_id);
        s.optional("providerId", &self.provider_id);
        s.optional("logoUrl", &self.logo_url);
        s.optional("systemTags", &self.system_tags);
        s.optional("customerTags", &self.customer_tags);
        s.end()
    }
}
#[cfg(feature = "summary")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddonSummary {
    const NAME: &'static str = "AddonSummary";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "name",
                "realId",
                "providerId",
                "logoUrl",
                "systemTags",
                "customerTags",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "summary")]
impl<'de> serde::Deserialize<'de> for AddonSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "summary")]
impl AddonSummary {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            real_id: ::std::option::Option::None,
            provider_id: ::std::option::Option::None,
            logo_url: ::std::option::Option::None,
            system_tags: ::std::option::Option::None,
            customer_tags: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`real_id`](Self::real_id).
    pub fn with_real_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.real_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`provider_id`](Self::provider_id).
    pub fn with_provider_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`logo_url`](Self::logo_url).
    pub fn with_logo_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.logo_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`system_tags`](Self::system_tags).
    pub fn with_system_tags(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.system_tags = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`customer_tags`](Self::customer_tags).
    pub fn with_customer_tags(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.customer_tags = ::std::option::Option::Some(value);
        self
    }
}
/// A JSON value whose shape the provider does not document.
#[cfg(
    any(
        feature = "addon-providers",
        feature = "applications",
        feature = "backups",
        feature = "billing",
        feature = "branches",
        feature = "deployments",
        feature = "domains",
        feature = "environment",
        feature = "github",
        feature = "load-balancers",
        feature = "logs",
        feature = "materia",
        feature = "metrics",
        feature = "mfa",
        feature = "notifications",
        feature = "oauth",
        feature = "oauth-consumers",
        feature = "payments",
        feature = "pulsar",
        feature = "redirections",
        feature = "saas",
        feature = "scalability",
        feature = "self",
        feature = "sessions",
        feature = "users",
        feature = "vendor"
    )
)]
pub type AnyValue = serde_json::Value;
/// An API token as listed; the secret value is never shown again after creation.
#[cfg(feature = "api-tokens")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ApiToken {
    /// `apiTokenId`
    pub api_token_id: ::std::string::String,
    /// `userId`
    pub user_id: ::std::string::String,
    /// `creationDate`
    pub creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `expirationDate`
    pub expiration_date: cloudsdk_runtime::chrono::DateTime<
        cloudsdk_runtime::chrono::Utc,
    >,
    /// `ip`
    pub ip: ::std::string::String,
    /// `name`
    pub name: ::std::string::String,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "api-tokens")]
impl serde::Serialize for ApiToken {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 6;
        len += self.description.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ApiToken", len);
        s.field("apiTokenId", &self.api_token_id);
        s.field("userId", &self.user_id);
        s.field("creationDate", &self.creation_date);
        s.field("expirationDate", &self.expiration_date);
        s.field("ip", &self.ip);
        s.field("name", &self.name);
        s.optional("description", &self.description);
        s.end()
    }
}
#[cfg(feature = "api-tokens")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApiToken {
    const NAME: &'static str = "ApiToken";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "apiTokenId",
                "userId",
                "creationDate",
                "expirationDate",
                "ip",
                "name",
                "description",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
                3 => f.value(&mut v3),
                4 => f.value(&mut v4),
                5 => f.value(&mut v5),
                6 => f.optional(&mut v6),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("apiTokenId");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("userId");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("creationDate");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("expirationDate");
        };
        let ::std::option::Option::Some(v4) = v4 else {
            return cloudsdk_runtime::de::missing("ip");
        };
        let ::std::option::Option::Some(v5) = v5 else {
            return cloudsdk_runtime::de::missing("name");
        };
        ::std::result::Result::Ok(Self {
            api_token_id: v0,
            user_id: v1,
            creation_date: v2,
            expiration_date: v3,
            ip: v4,
            name: v5,
            description: v6,
        })
    }
}
#[cfg(feature = "api-tokens")]
impl<'de> serde::Deserialize<'de> for ApiToken {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "api-tokens")]
impl ApiToken {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        api_token_id: impl ::std::convert::Into<::std::string::String>,
        user_id: impl ::std::convert::Into<::std::string::String>,
        creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
        expiration_date: cloudsdk_runtime::chrono::DateTime<
            cloudsdk_runtime::chrono::Utc,
        >,
        ip: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            api_token_id: api_token_id.into(),
            user_id: user_id.into(),
            creation_date,
            expiration_date,
            ip: ip.into(),
            name: name.into(),
            description: ::std::option::Option::None,
        }
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}
/// Credentials and settings for a new API token.
#[cfg(feature = "api-tokens")]
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct ApiTokenCreateRequest {
    /// `email`
    pub email: ::std::string::String,
    /// `password`
    pub password: ::std::string::String,
    /// `mfaCode`
    pub mfa_code: ::std::option::Option<::std::string::String>,
    /// `name`
    ///
    /// Bounds: at least 1 character.
    pub name: ::std::string::String,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `expirationDate`
    pub expiration_date: cloudsdk_runtime::chrono::DateTime<
        cloudsdk_runtime::chrono::Utc,
    >,
}
#[cfg(feature = "api-tokens")]
impl std::fmt::Debug for ApiTokenCreateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiTokenCreateRequest")
            .field("email", &self.email)
            .field("password", &cloudsdk_runtime::Redacted(&self.password))
            .field("mfa_code", &self.mfa_code)
            .field("name", &self.name)
            .field("description", &self.description)
            .field("expiration_date", &self.expiration_date)
            .finish()
    }
}
#[cfg(feature = "api-tokens")]
impl serde::Serialize for ApiTokenCreateRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 4;
        len += self.mfa_code.is_some() as usize;
        len += self.description.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ApiTokenCreateRequest",
            len,
        );
        s.field("email", &self.email);
        s.field("password", &self.password);
        s.optional("mfaCode", &self.mfa_code);
        s.field("name", &self.name);
        s.optional("description", &self.description);
        s.field("expirationDate", &self.expiration_date);
        s.end()
    }
}
#[cfg(feature = "api-tokens")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApiTokenCreateRequest {
    const NAME: &'static str = "ApiTokenCreateRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["email", "password", "mfaCode", "name", "description", "expirationDate"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.value(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.value(&mut v5),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("email");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("password");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v5) = v5 else {
            return cloudsdk_runtime::de::missing("expirationDate");
        };
        ::std::result::Result::Ok(Self {
            email: v0,
            password: v1,
            mfa_code: v2,
            name: v3,
            description: v4,
            expiration_date: v5,
        })
    }
}
#[cfg(feature = "api-tokens")]
impl<'de> serde::Deserialize<'de> for ApiTokenCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "api-tokens")]
impl ApiTokenCreateRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        email: impl ::std::convert::Into<::std::string::String>,
        password: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
        expiration_date: cloudsdk_runtime::chrono::DateTime<
            cloudsdk_runtime::chrono::Utc,
        >,
    ) -> Self {
        Self {
            email: email.into(),
            password: password.into(),
            mfa_code: ::std::option::Option::None,
            name: name.into(),
            description: ::std::option::Option::None,
            expiration_date,
        }
    }
    /// Sets [`mfa_code`](Self::mfa_code).
    pub fn with_mfa_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mfa_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}
/// A newly created API token, including its secret value (returned only once).
#[cfg(feature = "api-tokens")]
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct ApiTokenCreated {
    /// `apiToken`
    pub api_token: ::std::string::String,
    /// `apiTokenId`
    pub api_token_id: ::std::string::String,
    /// `creationDate`
    pub creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `expirationDate`
    pub expiration_date: cloudsdk_runtime::chrono::DateTime<
        cloudsdk_runtime::chrono::Utc,
    >,
    /// `name`
    pub name: ::std::string::String,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "api-tokens")]
impl std::fmt::Debug for ApiTokenCreated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiTokenCreated")
            .field("api_token", &cloudsdk_runtime::Redacted(&self.api_token))
            .field("api_token_id", &self.api_token_id)
            .field("creation_date", &self.creation_date)
            .field("expiration_date", &self.expiration_date)
            .field("name", &self.name)
            .field("description", &self.description)
            .finish()
    }
}
#[cfg(feature = "api-tokens")]
impl serde::Serialize for ApiTokenCreated {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 5;
        len += self.description.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ApiTokenCreated",
            len,
        );
        s.field("apiToken", &self.api_token);
        s.field("apiTokenId", &self.api_token_id);
        s.field("creationDate", &self.creation_date);
        s.field("expirationDate", &self.expiration_date);
        s.field("name", &self.name);
        s.optional("description", &self.description);
        s.end()
    }
}
#[cfg(feature = "api-tokens")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApiTokenCreated {
    const NAME: &'static str = "ApiTokenCreated";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "apiToken",
                "apiTokenId",
                "creationDate",
                "expirationDate",
                "name",
                "description",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
                3 => f.value(&mut v3),
                4 => f.value(&mut v4),
                5 => f.optional(&mut v5),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("apiToken");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("apiTokenId");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("creationDate");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("expirationDate");
        };
        let ::std::option::Option::Some(v4) = v4 else {
            return cloudsdk_runtime::de::missing("name");
        };
        ::std::result::Result::Ok(Self {
            api_token: v0,
            api_token_id: v1,
            creation_date: v2,
            expiration_date: v3,
            name: v4,
            description: v5,
        })
    }
}
#[cfg(feature = "api-tokens")]
impl<'de> serde::Deserialize<'de> for ApiTokenCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "api-tokens")]
impl ApiTokenCreated {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        api_token: impl ::std::convert::Into<::std::string::String>,
        api_token_id: impl ::std::convert::Into<::std::string::String>,
        creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
        expiration_date: cloudsdk_runtime::chrono::DateTime<
            cloudsdk_runtime::chrono::Utc,
        >,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            api_token: api_token.into(),
            api_token_id: api_token_id.into(),
            creation_date,
            expiration_date,
            name: name.into(),
            description: ::std::option::Option::None,
        }
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}
/// New name and description of an API token.
#[cfg(feature = "api-tokens")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ApiTokenUpdateRequest {
    /// `name`
    ///
    /// Bounds: at least 1 character.
    pub name: ::std::string::String,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "api-tokens")]
impl serde::Serialize for ApiTokenUpdateRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.description.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ApiTokenUpdateRequest",
            len,
        );
        s.field("name", &self.name);
        s.optional("description", &self.description);
        s.end()
    }
}
#[cfg(feature = "api-tokens")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApiTokenUpdateRequest {
    const NAME: &'static str = "ApiTokenUpdateRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["name", "description"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("name");
        };
        ::std::result::Result::Ok(Self { name: v0, description: v1 })
    }
}
#[cfg(feature = "api-tokens")]
impl<'de> serde::Deserialize<'de> for ApiTokenUpdateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "api-tokens")]
impl ApiTokenUpdateRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            description: ::std::option::Option::None,
        }
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `ApplicationState` schema.
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
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
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::convert::From<::std::string::String> for ApplicationState {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl std::fmt::Display for ApplicationState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl serde::Serialize for ApplicationState {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl<'de> serde::Deserialize<'de> for ApplicationState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::cmp::Eq for ApplicationState {}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::cmp::PartialOrd for ApplicationState {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::hash::Hash for ApplicationState {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `ApplicationForceHttps` schema.
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum ApplicationForceHttps {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
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
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::convert::From<::std::string::String> for ApplicationForceHttps {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "ENABLED" => Self::Enabled,
            "DISABLED" => Self::Disabled,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl std::fmt::Display for ApplicationForceHttps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl serde::Serialize for ApplicationForceHttps {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl<'de> serde::Deserialize<'de> for ApplicationForceHttps {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::cmp::Eq for ApplicationForceHttps {}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::cmp::PartialOrd for ApplicationForceHttps {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::hash::Hash for ApplicationForceHttps {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// An application as returned by the API.
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Application {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `zone`
    pub zone: ::std::option::Option<::std::string::String>,
    /// `zoneId`
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `instance`
    pub instance: ::std::option::Option<ApplicationRuntime>,
    /// `deployment`
    pub deployment: ::std::option::Option<ApplicationDeploymentInfo>,
    /// `vhosts`
    pub vhosts: ::std::option::Option<::std::vec::Vec<Domain>>,
    /// `creationDate`
    ///
    /// Set by the server; ignored in requests.
    pub creation_date: ::std::option::Option<i64>,
    /// `last_deploy`
    pub last_deploy: ::std::option::Option<i32>,
    /// `archived`
    pub archived: ::std::option::Option<bool>,
    /// `stickySessions`
    pub sticky_sessions: ::std::option::Option<bool>,
    /// `homogeneous`
    pub homogeneous: ::std::option::Option<bool>,
    /// `favourite`
    pub favourite: ::std::option::Option<bool>,
    /// `cancelOnPush`
    pub cancel_on_push: ::std::option::Option<bool>,
    /// `webhookUrl`
    pub webhook_url: ::std::option::Option<::std::string::String>,
    /// `webhookSecret`
    pub webhook_secret: ::std::option::Option<::std::string::String>,
    /// `separateBuild`
    pub separate_build: ::std::option::Option<bool>,
    /// `buildFlavor`
    pub build_flavor: ::std::option::Option<Flavor>,
    /// `ownerId`
    pub owner_id: ::std::option::Option<::std::string::String>,
    /// `state`
    pub state: ::std::option::Option<ApplicationState>,
    /// `commitId`
    pub commit_id: ::std::option::Option<::std::string::String>,
    /// `appliance`
    pub appliance: ::std::option::Option<::std::string::String>,
    /// `branch`
    pub branch: ::std::option::Option<::std::string::String>,
    /// `forceHttps`
    pub force_https: ::std::option::Option<ApplicationForceHttps>,
    /// `env`
    pub env: ::std::option::Option<::std::vec::Vec<EnvVar>>,
    /// `deployUrl`
    pub deploy_url: ::std::option::Option<::std::string::String>,
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl std::fmt::Debug for Application {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Application")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("description", &self.description)
            .field("zone", &self.zone)
            .field("zone_id", &self.zone_id)
            .field("instance", &self.instance)
            .field("deployment", &self.deployment)
            .field("vhosts", &self.vhosts)
            .field("creation_date", &self.creation_date)
            .field("last_deploy", &self.last_deploy)
            .field("archived", &self.archived)
            .field("sticky_sessions", &self.sticky_sessions)
            .field("homogeneous", &self.homogeneous)
            .field("favourite", &self.favourite)
            .field("cancel_on_push", &self.cancel_on_push)
            .field("webhook_url", &self.webhook_url)
            .field("webhook_secret", &cloudsdk_runtime::Redacted(&self.webhook_secret))
            .field("separate_build", &self.separate_build)
            .field("build_flavor", &self.build_flavor)
            .field("owner_id", &self.owner_id)
            .field("state", &self.state)
            .field("commit_id", &self.commit_id)
            .field("appliance", &self.appliance)
            .field("branch", &self.branch)
            .field("force_https", &self.force_https)
            .field("env", &self.env)
            .field("deploy_url", &self.deploy_url)
            .finish()
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl serde::Serialize for Application {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.zone.is_some() as usize;
        len += self.zone_id.is_some() as usize;
        len += self.instance.is_some() as usize;
        len += self.deployment.is_some() as usize;
        len += self.vhosts.is_some() as usize;
        len += self.creation_date.is_some() as usize;
        len += self.last_deploy.is_some() as usize;
        len += self.archived.is_some() as usize;
        len += self.sticky_sessions.is_some() as usize;
        len += self.homogeneous.is_some() as usize;
        len += self.favourite.is_some() as usize;
        len += self.cancel_on_push.is_some() as usize;
        len += self.webhook_url.is_some() as usize;
        len += self.webhook_secret.is_some() as usize;
        len += self.separate_build.is_some() as usize;
        len += self.build_flavor.is_some() as usize;
        len += self.owner_id.is_some() as usize;
        len += self.state.is_some() as usize;
        len += self.commit_id.is_some() as usize;
        len += self.appliance.is_some() as usize;
        len += self.branch.is_some() as usize;
        len += self.force_https.is_some() as usize;
        len += self.env.is_some() as usize;
        len += self.deploy_url.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Application", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("description", &self.description);
        s.optional("zone", &self.zone);
        s.optional("zoneId", &self.zone_id);
        s.optional("instance", &self.instance);
        s.optional("deployment", &self.deployment);
        s.optional("vhosts", &self.vhosts);
        s.optional("creationDate", &self.creation_date);
        s.optional("last_deploy", &self.last_deploy);
        s.optional("archived", &self.archived);
        s.optional("stickySessions", &self.sticky_sessions);
        s.optional("homogeneous", &self.homogeneous);
        s.optional("favourite", &self.favourite);
        s.optional("cancelOnPush", &self.cancel_on_push);
        s.optional("webhookUrl", &self.webhook_url);
        s.optional("webhookSecret", &self.webhook_secret);
        s.optional("separateBuild", &self.separate_build);
        s.optional("buildFlavor", &self.build_flavor);
        s.optional("ownerId", &self.owner_id);
        s.optional("state", &self.state);
        s.optional("commitId", &self.commit_id);
        s.optional("appliance", &self.appliance);
        s.optional("branch", &self.branch);
        s.optional("forceHttps", &self.force_https);
        s.optional("env", &self.env);
        s.optional("deployUrl", &self.deploy_url);
        s.end()
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Application {
    const NAME: &'static str = "Application";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut v12 = ::std::option::Option::None;
        let mut v13 = ::std::option::Option::None;
        let mut v14 = ::std::option::Option::None;
        let mut v15 = ::std::option::Option::None;
        let mut v16 = ::std::option::Option::None;
        let mut v17 = ::std::option::Option::None;
        let mut v18 = ::std::option::Option::None;
        let mut v19 = ::std::option::Option::None;
        let mut v20 = ::std::option::Option::None;
        let mut v21 = ::std::option::Option::None;
        let mut v22 = ::std::option::Option::None;
        let mut v23 = ::std::option::Option::None;
        let mut v24 = ::std::option::Option::None;
        let mut v25 = ::std::option::Option::None;
        let mut v26 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "name",
                "description",
                "zone",
                "zoneId",
                "instance",
                "deployment",
                "vhosts",
                "creationDate",
                "last_deploy",
                "archived",
                "stickySessions",
                "homogeneous",
                "favourite",
                "cancelOnPush",
                "webhookUrl",
                "webhookSecret",
                "separateBuild",
                "buildFlavor",
                "ownerId",
                "state",
                "commitId",
                "appliance",
                "branch",
                "forceHttps",
                "env",
                "deployUrl",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.optional(&mut v11),
                12 => f.optional(&mut v12),
                13 => f.optional(&mut v13),
                14 => f.optional(&mut v14),
                15 => f.optional(&mut v15),
                16 => f.optional(&mut v16),
                17 => f.optional(&mut v17),
                18 => f.optional(&mut v18),
                19 => f.optional(&mut v19),
                20 => f.optional(&mut v20),
                21 => f.optional(&mut v21),
                22 => f.optional(&mut v22),
                23 => f.optional(&mut v23),
                24 => f.optional(&mut v24),
                25 => f.optional(&mut v25),
                26 => f.optional(&mut v26),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl<'de> serde::Deserialize<'de> for Application {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl Application {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            zone: ::std::option::Option::None,
            zone_id: ::std::option::Option::None,
            instance: ::std::option::Option::None,
            deployment: ::std::option::Option::None,
            vhosts: ::std::option::Option::None,
            creation_date: ::std::option::Option::None,
            last_deploy: ::std::option::Option::None,
            archived: ::std::option::Option::None,
            sticky_sessions: ::std::option::Option::None,
            homogeneous: ::std::option::Option::None,
            favourite: ::std::option::Option::None,
            cancel_on_push: ::std::option::Option::None,
            webhook_url: ::std::option::Option::None,
            webhook_secret: ::std::option::Option::None,
            separate_build: ::std::option::Option::None,
            build_flavor: ::std::option::Option::None,
            owner_id: ::std::option::Option::None,
            state: ::std::option::Option::None,
            commit_id: ::std::option::Option::None,
            appliance: ::std::option::Option::None,
            branch: ::std::option::Option::None,
            force_https: ::std::option::Option::None,
            env: ::std::option::Option::None,
            deploy_url: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`zone`](Self::zone).
    pub fn with_zone(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.zone = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`zone_id`](Self::zone_id).
    pub fn with_zone_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`instance`](Self::instance).
    pub fn with_instance(mut self, value: ApplicationRuntime) -> Self {
        self.instance = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`deployment`](Self::deployment).
    pub fn with_deployment(mut self, value: ApplicationDeploymentInfo) -> Self {
        self.deployment = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`vhosts`](Self::vhosts).
    pub fn with_vhosts(mut self, value: ::std::vec::Vec<Domain>) -> Self {
        self.vhosts = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`creation_date`](Self::creation_date).
    pub fn with_creation_date(mut self, value: i64) -> Self {
        self.creation_date = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`last_deploy`](Self::last_deploy).
    pub fn with_last_deploy(mut self, value: i32) -> Self {
        self.last_deploy = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`archived`](Self::archived).
    pub fn with_archived(mut self, value: bool) -> Self {
        self.archived = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`sticky_sessions`](Self::sticky_sessions).
    pub fn with_sticky_sessions(mut self, value: bool) -> Self {
        self.sticky_sessions = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`homogeneous`](Self::homogeneous).
    pub fn with_homogeneous(mut self, value: bool) -> Self {
        self.homogeneous = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`favourite`](Self::favourite).
    pub fn with_favourite(mut self, value: bool) -> Self {
        self.favourite = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cancel_on_push`](Self::cancel_on_push).
    pub fn with_cancel_on_push(mut self, value: bool) -> Self {
        self.cancel_on_push = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`webhook_url`](Self::webhook_url).
    pub fn with_webhook_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.webhook_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`webhook_secret`](Self::webhook_secret).
    pub fn with_webhook_secret(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.webhook_secret = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`separate_build`](Self::separate_build).
    pub fn with_separate_build(mut self, value: bool) -> Self {
        self.separate_build = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`build_flavor`](Self::build_flavor).
    pub fn with_build_flavor(mut self, value: Flavor) -> Self {
        self.build_flavor = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`owner_id`](Self::owner_id).
    pub fn with_owner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`state`](Self::state).
    pub fn with_state(mut self, value: ApplicationState) -> Self {
        self.state = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`commit_id`](Self::commit_id).
    pub fn with_commit_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.commit_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`appliance`](Self::appliance).
    pub fn with_appliance(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.appliance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`branch`](Self::branch).
    pub fn with_branch(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.branch = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`force_https`](Self::force_https).
    pub fn with_force_https(mut self, value: ApplicationForceHttps) -> Self {
        self.force_https = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`env`](Self::env).
    pub fn with_env(mut self, value: ::std::vec::Vec<EnvVar>) -> Self {
        self.env = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`deploy_url`](Self::deploy_url).
    pub fn with_deploy_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deploy_url = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `ApplicationDeploymentInfoType` schema.
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum ApplicationDeploymentInfoType {
    /// `GIT`
    Git,
    /// `SFTP`
    Sftp,
    /// `FTP`
    Ftp,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
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
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::convert::From<::std::string::String> for ApplicationDeploymentInfoType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "GIT" => Self::Git,
            "SFTP" => Self::Sftp,
            "FTP" => Self::Ftp,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl std::fmt::Display for ApplicationDeploymentInfoType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl serde::Serialize for ApplicationDeploymentInfoType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl<'de> serde::Deserialize<'de> for ApplicationDeploymentInfoType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::cmp::Eq for ApplicationDeploymentInfoType {}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::cmp::PartialOrd for ApplicationDeploymentInfoType {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::hash::Hash for ApplicationDeploymentInfoType {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `ApplicationDeploymentInfoRepoState` schema.
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
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
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::convert::From<::std::string::String> for ApplicationDeploymentInfoRepoState {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "CREATING" => Self::Creating,
            "CREATED" => Self::Created,
            "NOT_NEEDED" => Self::NotNeeded,
            "DELETED" => Self::Deleted,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl std::fmt::Display for ApplicationDeploymentInfoRepoState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl serde::Serialize for ApplicationDeploymentInfoRepoState {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl<'de> serde::Deserialize<'de> for ApplicationDeploymentInfoRepoState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::cmp::Eq for ApplicationDeploymentInfoRepoState {}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::cmp::PartialOrd for ApplicationDeploymentInfoRepoState {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::hash::Hash for ApplicationDeploymentInfoRepoState {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `ApplicationDeploymentInfo` schema.
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationDeploymentInfo {
    /// `shutdownable`
    pub shutdownable: ::std::option::Option<bool>,
    /// `type`
    pub type_: ::std::option::Option<ApplicationDeploymentInfoType>,
    /// `repoState`
    pub repo_state: ::std::option::Option<ApplicationDeploymentInfoRepoState>,
    /// `url`
    pub url: ::std::option::Option<::std::string::String>,
    /// `httpUrl`
    pub http_url: ::std::option::Option<::std::string::String>,
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl serde::Serialize for ApplicationDeploymentInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.shutdownable.is_some() as usize;
        len += self.type_.is_some() as usize;
        len += self.repo_state.is_some() as usize;
        len += self.url.is_some() as usize;
        len += self.http_url.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ApplicationDeploymentInfo",
            len,
        );
        s.optional("shutdownable", &self.shutdownable);
        s.optional("type", &self.type_);
        s.optional("repoState", &self.repo_state);
        s.optional("url", &self.url);
        s.optional("httpUrl", &self.http_url);
        s.end()
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApplicationDeploymentInfo {
    const NAME: &'static str = "ApplicationDeploymentInfo";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["shutdownable", "type", "repoState", "url", "httpUrl"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            shutdownable: v0,
            type_: v1,
            repo_state: v2,
            url: v3,
            http_url: v4,
        })
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl<'de> serde::Deserialize<'de> for ApplicationDeploymentInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ApplicationDeploymentInfo {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            shutdownable: ::std::option::Option::None,
            type_: ::std::option::Option::None,
            repo_state: ::std::option::Option::None,
            url: ::std::option::Option::None,
            http_url: ::std::option::Option::None,
        }
    }
    /// Sets [`shutdownable`](Self::shutdownable).
    pub fn with_shutdownable(mut self, value: bool) -> Self {
        self.shutdownable = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`type_`](Self::type_).
    pub fn with_type(mut self, value: ApplicationDeploymentInfoType) -> Self {
        self.type_ = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`repo_state`](Self::repo_state).
    pub fn with_repo_state(mut self, value: ApplicationDeploymentInfoRepoState) -> Self {
        self.repo_state = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`url`](Self::url).
    pub fn with_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`http_url`](Self::http_url).
    pub fn with_http_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_url = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `ApplicationInputInstanceLifetime` schema.
#[cfg(feature = "applications")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum ApplicationInputInstanceLifetime {
    /// `REGULAR`
    Regular,
    /// `MIGRATION`
    Migration,
    /// `TASK`
    Task,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "applications")]
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
#[cfg(feature = "applications")]
impl ::std::convert::From<::std::string::String> for ApplicationInputInstanceLifetime {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "REGULAR" => Self::Regular,
            "MIGRATION" => Self::Migration,
            "TASK" => Self::Task,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "applications")]
impl std::fmt::Display for ApplicationInputInstanceLifetime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "applications")]
impl serde::Serialize for ApplicationInputInstanceLifetime {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "applications")]
impl<'de> serde::Deserialize<'de> for ApplicationInputInstanceLifetime {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "applications")]
impl ::std::cmp::Eq for ApplicationInputInstanceLifetime {}
#[cfg(feature = "applications")]
impl ::std::cmp::PartialOrd for ApplicationInputInstanceLifetime {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "applications")]
impl ::std::hash::Hash for ApplicationInputInstanceLifetime {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `ApplicationInputForceHttps` schema.
#[cfg(feature = "applications")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum ApplicationInputForceHttps {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "applications")]
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
#[cfg(feature = "applications")]
impl ::std::convert::From<::std::string::String> for ApplicationInputForceHttps {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "ENABLED" => Self::Enabled,
            "DISABLED" => Self::Disabled,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "applications")]
impl std::fmt::Display for ApplicationInputForceHttps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "applications")]
impl serde::Serialize for ApplicationInputForceHttps {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "applications")]
impl<'de> serde::Deserialize<'de> for ApplicationInputForceHttps {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "applications")]
impl ::std::cmp::Eq for ApplicationInputForceHttps {}
#[cfg(feature = "applications")]
impl ::std::cmp::PartialOrd for ApplicationInputForceHttps {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "applications")]
impl ::std::hash::Hash for ApplicationInputForceHttps {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `ApplicationInputEnv` schema.
#[cfg(feature = "applications")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInputEnv {
    /// `empty`
    pub empty: ::std::option::Option<bool>,
    /// Properties not named by the schema.
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::std::string::String,
    >,
}
#[cfg(feature = "applications")]
impl serde::Serialize for ApplicationInputEnv {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Map::new(serializer);
        s.optional("empty", &self.empty);
        s.flatten(&self.additional_properties);
        s.end()
    }
}
#[cfg(feature = "applications")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApplicationInputEnv {
    const NAME: &'static str = "ApplicationInputEnv";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut additional_properties = ::std::collections::BTreeMap::new();
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["empty"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.rest(&mut additional_properties),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            empty: v0,
            additional_properties,
        })
    }
}
#[cfg(feature = "applications")]
impl<'de> serde::Deserialize<'de> for ApplicationInputEnv {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "applications")]
impl ApplicationInputEnv {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            empty: ::std::option::Option::None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
    /// Sets [`empty`](Self::empty).
    pub fn with_empty(mut self, value: bool) -> Self {
        self.empty = ::std::option::Option::Some(value);
        self
    }
}
/// Fields to create or update an application.
#[cfg(feature = "applications")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInput {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `zone`
    pub zone: ::std::option::Option<::std::string::String>,
    /// `deploy`
    pub deploy: ::std::option::Option<::std::string::String>,
    /// `shutdownable`
    pub shutdownable: ::std::option::Option<bool>,
    /// `instanceType`
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `instanceVersion`
    pub instance_version: ::std::option::Option<::std::string::String>,
    /// `instanceVariant`
    pub instance_variant: ::std::option::Option<cloudsdk_runtime::uuid::Uuid>,
    /// `instanceLifetime`
    pub instance_lifetime: ::std::option::Option<ApplicationInputInstanceLifetime>,
    /// `minInstances`
    pub min_instances: ::std::option::Option<i32>,
    /// `maxInstances`
    pub max_instances: ::std::option::Option<i32>,
    /// `minFlavor`
    pub min_flavor: ::std::option::Option<::std::string::String>,
    /// `maxFlavor`
    pub max_flavor: ::std::option::Option<::std::string::String>,
    /// `tags`
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `archived`
    pub archived: ::std::option::Option<bool>,
    /// `stickySessions`
    pub sticky_sessions: ::std::option::Option<bool>,
    /// `homogeneous`
    pub homogeneous: ::std::option::Option<bool>,
    /// `favourite`
    pub favourite: ::std::option::Option<bool>,
    /// `cancelOnPush`
    pub cancel_on_push: ::std::option::Option<bool>,
    /// `separateBuild`
    pub separate_build: ::std::option::Option<bool>,
    /// `buildFlavor`
    pub build_flavor: ::std::option::Option<::std::string::String>,
    /// `oauthService`
    pub oauth_service: ::std::option::Option<::std::string::String>,
    /// `oauthAppId`
    pub oauth_app_id: ::std::option::Option<::std::string::String>,
    /// `oauthApp`
    pub oauth_app: ::std::option::Option<OauthAppRef>,
    /// `applianceId`
    pub appliance_id: ::std::option::Option<::std::string::String>,
    /// `branch`
    pub branch: ::std::option::Option<::std::string::String>,
    /// `forceHttps`
    pub force_https: ::std::option::Option<ApplicationInputForceHttps>,
    /// `env`
    pub env: ::std::option::Option<ApplicationInputEnv>,
}
#[cfg(feature = "applications")]
impl serde::Serialize for ApplicationInput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.zone.is_some() as usize;
        len += self.deploy.is_some() as usize;
        len += self.shutdownable.is_some() as usize;
        len += self.instance_type.is_some() as usize;
        len += self.instance_version.is_some() as usize;
        len += self.instance_variant.is_some() as usize;
        len += self.instance_lifetime.is_some() as usize;
        len += self.min_instances.is_some() as usize;
        len += self.max_instances.is_some() as usize;
        len += self.min_flavor.is_some() as usize;
        len += self.max_flavor.is_some() as usize;
        len += self.tags.is_some() as usize;
        len += self.archived.is_some() as usize;
        len += self.sticky_sessions.is_some() as usize;
        len += self.homogeneous.is_some() as usize;
        len += self.favourite.is_some() as usize;
        len += self.cancel_on_push.is_some() as usize;
        len += self.separate_build.is_some() as usize;
        len += self.build_flavor.is_some() as usize;
        len += self.oauth_service.is_some() as usize;
        len += self.oauth_app_id.is_some() as usize;
        len += self.oauth_app.is_some() as usize;
        len += self.appliance_id.is_some() as usize;
        len += self.branch.is_some() as usize;
        len += self.force_https.is_some() as usize;
        len += self.env.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ApplicationInput",
            len,
        );
        s.optional("name", &self.name);
        s.optional("description", &self.description);
        s.optional("zone", &self.zone);
        s.optional("deploy", &self.deploy);
        s.optional("shutdownable", &self.shutdownable);
        s.optional("instanceType", &self.instance_type);
        s.optional("instanceVersion", &self.instance_version);
        s.optional("instanceVariant", &self.instance_variant);
        s.optional("instanceLifetime", &self.instance_lifetime);
        s.optional("minInstances", &self.min_instances);
        s.optional("maxInstances", &self.max_instances);
        s.optional("minFlavor", &self.min_flavor);
        s.optional("maxFlavor", &self.max_flavor);
        s.optional("tags", &self.tags);
        s.optional("archived", &self.archived);
        s.optional("stickySessions", &self.sticky_sessions);
        s.optional("homogeneous", &self.homogeneous);
        s.optional("favourite", &self.favourite);
        s.optional("cancelOnPush", &self.cancel_on_push);
        s.optional("separateBuild", &self.separate_build);
        s.optional("buildFlavor", &self.build_flavor);
        s.optional("oauthService", &self.oauth_service);
        s.optional("oauthAppId", &self.oauth_app_id);
        s.optional("oauthApp", &self.oauth_app);
        s.optional("applianceId", &self.appliance_id);
        s.optional("branch", &self.branch);
        s.optional("forceHttps", &self.force_https);
        s.optional("env", &self.env);
        s.end()
    }
}
#[cfg(feature = "applications")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApplicationInput {
    const NAME: &'static str = "ApplicationInput";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut v12 = ::std::option::Option::None;
        let mut v13 = ::std::option::Option::None;
        let mut v14 = ::std::option::Option::None;
        let mut v15 = ::std::option::Option::None;
        let mut v16 = ::std::option::Option::None;
        let mut v17 = ::std::option::Option::None;
        let mut v18 = ::std::option::Option::None;
        let mut v19 = ::std::option::Option::None;
        let mut v20 = ::std::option::Option::None;
        let mut v21 = ::std::option::Option::None;
        let mut v22 = ::std::option::Option::None;
        let mut v23 = ::std::option::Option::None;
        let mut v24 = ::std::option::Option::None;
        let mut v25 = ::std::option::Option::None;
        let mut v26 = ::std::option::Option::None;
        let mut v27 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "name",
                "description",
                "zone",
                "deploy",
                "shutdownable",
                "instanceType",
                "instanceVersion",
                "instanceVariant",
                "instanceLifetime",
                "minInstances",
                "maxInstances",
                "minFlavor",
                "maxFlavor",
                "tags",
                "archived",
                "stickySessions",
                "homogeneous",
                "favourite",
                "cancelOnPush",
                "separateBuild",
                "buildFlavor",
                "oauthService",
                "oauthAppId",
                "oauthApp",
                "applianceId",
                "branch",
                "forceHttps",
                "env",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.optional(&mut v11),
                12 => f.optional(&mut v12),
                13 => f.optional(&mut v13),
                14 => f.optional(&mut v14),
                15 => f.optional(&mut v15),
                16 => f.optional(&mut v16),
                17 => f.optional(&mut v17),
                18 => f.optional(&mut v18),
                19 => f.optional(&mut v19),
                20 => f.optional(&mut v20),
                21 => f.optional(&mut v21),
                22 => f.optional(&mut v22),
                23 => f.optional(&mut v23),
                24 => f.optional(&mut v24),
                25 => f.optional(&mut v25),
                26 => f.optional(&mut v26),
                27 => f.optional(&mut v27),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "applications")]
impl<'de> serde::Deserialize<'de> for ApplicationInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "applications")]
impl ApplicationInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            zone: ::std::option::Option::None,
            deploy: ::std::option::Option::None,
            shutdownable: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            instance_version: ::std::option::Option::None,
            instance_variant: ::std::option::Option::None,
            instance_lifetime: ::std::option::Option::None,
            min_instances: ::std::option::Option::None,
            max_instances: ::std::option::Option::None,
            min_flavor: ::std::option::Option::None,
            max_flavor: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            archived: ::std::option::Option::None,
            sticky_sessions: ::std::option::Option::None,
            homogeneous: ::std::option::Option::None,
            favourite: ::std::option::Option::None,
            cancel_on_push: ::std::option::Option::None,
            separate_build: ::std::option::Option::None,
            build_flavor: ::std::option::Option::None,
            oauth_service: ::std::option::Option::None,
            oauth_app_id: ::std::option::Option::None,
            oauth_app: ::std::option::Option::None,
            appliance_id: ::std::option::Option::None,
            branch: ::std::option::Option::None,
            force_https: ::std::option::Option::None,
            env: ::std::option::Option::None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`zone`](Self::zone).
    pub fn with_zone(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.zone = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`deploy`](Self::deploy).
    pub fn with_deploy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deploy = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`shutdownable`](Self::shutdownable).
    pub fn with_shutdownable(mut self, value: bool) -> Self {
        self.shutdownable = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`instance_type`](Self::instance_type).
    pub fn with_instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`instance_version`](Self::instance_version).
    pub fn with_instance_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`instance_variant`](Self::instance_variant).
    pub fn with_instance_variant(mut self, value: cloudsdk_runtime::uuid::Uuid) -> Self {
        self.instance_variant = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`instance_lifetime`](Self::instance_lifetime).
    pub fn with_instance_lifetime(
        mut self,
        value: ApplicationInputInstanceLifetime,
    ) -> Self {
        self.instance_lifetime = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`min_instances`](Self::min_instances).
    pub fn with_min_instances(mut self, value: i32) -> Self {
        self.min_instances = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`max_instances`](Self::max_instances).
    pub fn with_max_instances(mut self, value: i32) -> Self {
        self.max_instances = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`min_flavor`](Self::min_flavor).
    pub fn with_min_flavor(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.min_flavor = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`max_flavor`](Self::max_flavor).
    pub fn with_max_flavor(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.max_flavor = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`archived`](Self::archived).
    pub fn with_archived(mut self, value: bool) -> Self {
        self.archived = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`sticky_sessions`](Self::sticky_sessions).
    pub fn with_sticky_sessions(mut self, value: bool) -> Self {
        self.sticky_sessions = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`homogeneous`](Self::homogeneous).
    pub fn with_homogeneous(mut self, value: bool) -> Self {
        self.homogeneous = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`favourite`](Self::favourite).
    pub fn with_favourite(mut self, value: bool) -> Self {
        self.favourite = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cancel_on_push`](Self::cancel_on_push).
    pub fn with_cancel_on_push(mut self, value: bool) -> Self {
        self.cancel_on_push = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`separate_build`](Self::separate_build).
    pub fn with_separate_build(mut self, value: bool) -> Self {
        self.separate_build = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`build_flavor`](Self::build_flavor).
    pub fn with_build_flavor(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.build_flavor = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`oauth_service`](Self::oauth_service).
    pub fn with_oauth_service(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.oauth_service = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`oauth_app_id`](Self::oauth_app_id).
    pub fn with_oauth_app_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.oauth_app_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`oauth_app`](Self::oauth_app).
    pub fn with_oauth_app(mut self, value: OauthAppRef) -> Self {
        self.oauth_app = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`appliance_id`](Self::appliance_id).
    pub fn with_appliance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.appliance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`branch`](Self::branch).
    pub fn with_branch(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.branch = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`force_https`](Self::force_https).
    pub fn with_force_https(mut self, value: ApplicationInputForceHttps) -> Self {
        self.force_https = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`env`](Self::env).
    pub fn with_env(mut self, value: ApplicationInputEnv) -> Self {
        self.env = ::std::option::Option::Some(value);
        self
    }
}
/// One log record of the v4 logs service.
#[cfg(feature = "logs")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationLog {
    /// `applicationId`
    ///
    /// Bounds: matches `^app_[0-9a-f]{8}-[0-9a-f]{4}-[0-5][0-9a-f]{3}-[089ab][0-9a-f]{3}-[0-9a-f]{12}$`.
    pub application_id: ::std::option::Option<::std::string::String>,
    /// `commitId`
    pub commit_id: ::std::option::Option<::std::string::String>,
    /// `date`
    pub date: ::std::option::Option<::std::string::String>,
    /// `deploymentId`
    pub deployment_id: ::std::option::Option<::std::string::String>,
    /// `facility`
    pub facility: ::std::option::Option<::std::string::String>,
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `instanceId`
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `message`
    pub message: ::std::option::Option<::std::string::String>,
    /// `pid`
    pub pid: ::std::option::Option<i64>,
    /// `region`
    pub region: ::std::option::Option<::std::string::String>,
    /// `service`
    pub service: ::std::option::Option<::std::string::String>,
    /// `severity`
    pub severity: ::std::option::Option<::std::string::String>,
    /// `zone`
    pub zone: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "logs")]
impl serde::Serialize for ApplicationLog {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.application_id.is_some() as usize;
        len += self.commit_id.is_some() as usize;
        len += self.date.is_some() as usize;
        len += self.deployment_id.is_some() as usize;
        len += self.facility.is_some() as usize;
        len += self.id.is_some() as usize;
        len += self.instance_id.is_some() as usize;
        len += self.message.is_some() as usize;
        len += self.pid.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.service.is_some() as usize;
        len += self.severity.is_some() as usize;
        len += self.zone.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ApplicationLog",
            len,
        );
        s.optional("applicationId", &self.application_id);
        s.optional("commitId", &self.commit_id);
        s.optional("date", &self.date);
        s.optional("deploymentId", &self.deployment_id);
        s.optional("facility", &self.facility);
        s.optional("id", &self.id);
        s.optional("instanceId", &self.instance_id);
        s.optional("message", &self.message);
        s.optional("pid", &self.pid);
        s.optional("region", &self.region);
        s.optional("service", &self.service);
        s.optional("severity", &self.severity);
        s.optional("zone", &self.zone);
        s.end()
    }
}
#[cfg(feature = "logs")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApplicationLog {
    const NAME: &'static str = "ApplicationLog";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut v12 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "applicationId",
                "commitId",
                "date",
                "deploymentId",
                "facility",
                "id",
                "instanceId",
                "message",
                "pid",
                "region",
                "service",
                "severity",
                "zone",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.optional(&mut v11),
                12 => f.optional(&mut v12),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "logs")]
impl<'de> serde::Deserialize<'de> for ApplicationLog {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "logs")]
impl ApplicationLog {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            application_id: ::std::option::Option::None,
            commit_id: ::std::option::Option::None,
            date: ::std::option::Option::None,
            deployment_id: ::std::option::Option::None,
            facility: ::std::option::Option::None,
            id: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            message: ::std::option::Option::None,
            pid: ::std::option::Option::None,
            region: ::std::option::Option::None,
            service: ::std::option::Option::None,
            severity: ::std::option::Option::None,
            zone: ::std::option::Option::None,
        }
    }
    /// Sets [`application_id`](Self::application_id).
    pub fn with_application_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.application_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`commit_id`](Self::commit_id).
    pub fn with_commit_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.commit_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`date`](Self::date).
    pub fn with_date(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`deployment_id`](Self::deployment_id).
    pub fn with_deployment_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployment_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`facility`](Self::facility).
    pub fn with_facility(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.facility = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`instance_id`](Self::instance_id).
    pub fn with_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`message`](Self::message).
    pub fn with_message(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`pid`](Self::pid).
    pub fn with_pid(mut self, value: i64) -> Self {
        self.pid = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`service`](Self::service).
    pub fn with_service(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`severity`](Self::severity).
    pub fn with_severity(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.severity = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`zone`](Self::zone).
    pub fn with_zone(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.zone = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `ApplicationRuntimeLifetime` schema.
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum ApplicationRuntimeLifetime {
    /// `REGULAR`
    Regular,
    /// `MIGRATION`
    Migration,
    /// `TASK`
    Task,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
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
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::convert::From<::std::string::String> for ApplicationRuntimeLifetime {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "REGULAR" => Self::Regular,
            "MIGRATION" => Self::Migration,
            "TASK" => Self::Task,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl std::fmt::Display for ApplicationRuntimeLifetime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl serde::Serialize for ApplicationRuntimeLifetime {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl<'de> serde::Deserialize<'de> for ApplicationRuntimeLifetime {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::cmp::Eq for ApplicationRuntimeLifetime {}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::cmp::PartialOrd for ApplicationRuntimeLifetime {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ::std::hash::Hash for ApplicationRuntimeLifetime {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `ApplicationRuntime` schema.
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationRuntime {
    /// `type`
    pub type_: ::std::option::Option<::std::string::String>,
    /// `version`
    pub version: ::std::option::Option<::std::string::String>,
    /// `variant`
    pub variant: ::std::option::Option<InstanceVariant>,
    /// `minInstances`
    pub min_instances: ::std::option::Option<i32>,
    /// `maxInstances`
    pub max_instances: ::std::option::Option<i32>,
    /// `maxAllowedInstances`
    pub max_allowed_instances: ::std::option::Option<i32>,
    /// `minFlavor`
    pub min_flavor: ::std::option::Option<Flavor>,
    /// `maxFlavor`
    pub max_flavor: ::std::option::Option<Flavor>,
    /// `flavors`
    pub flavors: ::std::option::Option<::std::vec::Vec<Flavor>>,
    /// `defaultEnv`
    pub default_env: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// `lifetime`
    pub lifetime: ::std::option::Option<ApplicationRuntimeLifetime>,
    /// `instanceAndVersion`
    pub instance_and_version: ::std::option::Option<::std::string::String>,
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl serde::Serialize for ApplicationRuntime {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.type_.is_some() as usize;
        len += self.version.is_some() as usize;
        len += self.variant.is_some() as usize;
        len += self.min_instances.is_some() as usize;
        len += self.max_instances.is_some() as usize;
        len += self.max_allowed_instances.is_some() as usize;
        len += self.min_flavor.is_some() as usize;
        len += self.max_flavor.is_some() as usize;
        len += self.flavors.is_some() as usize;
        len += self.default_env.is_some() as usize;
        len += self.lifetime.is_some() as usize;
        len += self.instance_and_version.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ApplicationRuntime",
            len,
        );
        s.optional("type", &self.type_);
        s.optional("version", &self.version);
        s.optional("variant", &self.variant);
        s.optional("minInstances", &self.min_instances);
        s.optional("maxInstances", &self.max_instances);
        s.optional("maxAllowedInstances", &self.max_allowed_instances);
        s.optional("minFlavor", &self.min_flavor);
        s.optional("maxFlavor", &self.max_flavor);
        s.optional("flavors", &self.flavors);
        s.optional("defaultEnv", &self.default_env);
        s.optional("lifetime", &self.lifetime);
        s.optional("instanceAndVersion", &self.instance_and_version);
        s.end()
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApplicationRuntime {
    const NAME: &'static str = "ApplicationRuntime";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "type",
                "version",
                "variant",
                "minInstances",
                "maxInstances",
                "maxAllowedInstances",
                "minFlavor",
                "maxFlavor",
                "flavors",
                "defaultEnv",
                "lifetime",
                "instanceAndVersion",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.optional(&mut v11),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl<'de> serde::Deserialize<'de> for ApplicationRuntime {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl ApplicationRuntime {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            type_: ::std::option::Option::None,
            version: ::std::option::Option::None,
            variant: ::std::option::Option::None,
            min_instances: ::std::option::Option::None,
            max_instances: ::std::option::Option::None,
            max_allowed_instances: ::std::option::Option::None,
            min_flavor: ::std::option::Option::None,
            max_flavor: ::std::option::Option::None,
            flavors: ::std::option::Option::None,
            default_env: ::std::option::Option::None,
            lifetime: ::std::option::Option::None,
            instance_and_version: ::std::option::Option::None,
        }
    }
    /// Sets [`type_`](Self::type_).
    pub fn with_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.type_ = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`version`](Self::version).
    pub fn with_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`variant`](Self::variant).
    pub fn with_variant(mut self, value: InstanceVariant) -> Self {
        self.variant = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`min_instances`](Self::min_instances).
    pub fn with_min_instances(mut self, value: i32) -> Self {
        self.min_instances = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`max_instances`](Self::max_instances).
    pub fn with_max_instances(mut self, value: i32) -> Self {
        self.max_instances = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`max_allowed_instances`](Self::max_allowed_instances).
    pub fn with_max_allowed_instances(mut self, value: i32) -> Self {
        self.max_allowed_instances = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`min_flavor`](Self::min_flavor).
    pub fn with_min_flavor(mut self, value: Flavor) -> Self {
        self.min_flavor = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`max_flavor`](Self::max_flavor).
    pub fn with_max_flavor(mut self, value: Flavor) -> Self {
        self.max_flavor = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`flavors`](Self::flavors).
    pub fn with_flavors(mut self, value: ::std::vec::Vec<Flavor>) -> Self {
        self.flavors = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`default_env`](Self::default_env).
    pub fn with_default_env(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.default_env = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`lifetime`](Self::lifetime).
    pub fn with_lifetime(mut self, value: ApplicationRuntimeLifetime) -> Self {
        self.lifetime = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`instance_and_version`](Self::instance_and_version).
    pub fn with_instance_and_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_and_version = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `ApplicationSummaryState` schema.
#[cfg(feature = "summary")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(feature = "summary")]
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
#[cfg(feature = "summary")]
impl ::std::convert::From<::std::string::String> for ApplicationSummaryState {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(feature = "summary")]
impl std::fmt::Display for ApplicationSummaryState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "summary")]
impl serde::Serialize for ApplicationSummaryState {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "summary")]
impl<'de> serde::Deserialize<'de> for ApplicationSummaryState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "summary")]
impl ::std::cmp::Eq for ApplicationSummaryState {}
#[cfg(feature = "summary")]
impl ::std::cmp::PartialOrd for ApplicationSummaryState {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "summary")]
impl ::std::hash::Hash for ApplicationSummaryState {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `ApplicationSummary` schema.
#[cfg(feature = "summary")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationSummary {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `instanceType`
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `instanceVariant`
    pub instance_variant: ::std::option::Option<::std::string::String>,
    /// `variantSlug`
    pub variant_slug: ::std::option::Option<::std::string::String>,
    /// `archived`
    pub archived: ::std::option::Option<bool>,
    /// `homogeneous`
    pub homogeneous: ::std::option::Option<bool>,
    /// `variantLogoUrl`
    pub variant_logo_url: ::std::option::Option<::std::string::String>,
    /// `state`
    pub state: ::std::option::Option<ApplicationSummaryState>,
    /// `commit`
    pub commit: ::std::option::Option<::std::string::String>,
    /// `systemTags`
    pub system_tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `customerTags`
    pub customer_tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
#[cfg(feature = "summary")]
impl serde::Serialize for ApplicationSummary {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.instance_type.is_some() as usize;
        len += self.instance_variant.is_some() as usize;
        len += self.variant_slug.is_some() as usize;
        len += self.archived.is_some() as usize;
        len += self.homogeneous.is_some() as usize;
        len += self.variant_logo_url.is_some() as usize;
        len += self.state.is_some() as usize;
        len += self.commit.is_some() as usize;
        len += self.system_tags.is_some() as usize;
        len += self.customer_tags.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ApplicationSummary",
            len,
        );
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("instanceType", &self.instance_type);
        s.optional("instanceVariant", &self.instance_variant);
        s.optional("variantSlug", &self.variant_slug);
        s.optional("archived", &self.archived);
        s.optional("homogeneous", &self.homogeneous);
        s.optional("variantLogoUrl", &self.variant_logo_url);
        s.optional("state", &self.state);
        s.optional("commit", &self.commit);
        s.optional("systemTags", &self.system_tags);
        s.optional("customerTags", &self.customer_tags);
        s.end()
    }
}
#[cfg(feature = "summary")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApplicationSummary {
    const NAME: &'static str = "ApplicationSummary";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "name",
                "instanceType",
                "instanceVariant",
                "variantSlug",
                "archived",
                "homogeneous",
                "variantLogoUrl",
                "state",
                "commit",
                "systemTags",
                "customerTags",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.optional(&mut v11),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "summary")]
impl<'de> serde::Deserialize<'de> for ApplicationSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "summary")]
impl ApplicationSummary {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            instance_variant: ::std::option::Option::None,
            variant_slug: ::std::option::Option::None,
            archived: ::std::option::Option::None,
            homogeneous: ::std::option::Option::None,
            variant_logo_url: ::std::option::Option::None,
            state: ::std::option::Option::None,
            commit: ::std::option::Option::None,
            system_tags: ::std::option::Option::None,
            customer_tags: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`instance_type`](Self::instance_type).
    pub fn with_instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`instance_variant`](Self::instance_variant).
    pub fn with_instance_variant(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_variant = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`variant_slug`](Self::variant_slug).
    pub fn with_variant_slug(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.variant_slug = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`archived`](Self::archived).
    pub fn with_archived(mut self, value: bool) -> Self {
        self.archived = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`homogeneous`](Self::homogeneous).
    pub fn with_homogeneous(mut self, value: bool) -> Self {
        self.homogeneous = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`variant_logo_url`](Self::variant_logo_url).
    pub fn with_variant_logo_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.variant_logo_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`state`](Self::state).
    pub fn with_state(mut self, value: ApplicationSummaryState) -> Self {
        self.state = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`commit`](Self::commit).
    pub fn with_commit(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.commit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`system_tags`](Self::system_tags).
    pub fn with_system_tags(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.system_tags = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`customer_tags`](Self::customer_tags).
    pub fn with_customer_tags(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.customer_tags = ::std::option::Option::Some(value);
        self
    }
}
/// The `AvatarSource` schema.
#[cfg(any(feature = "organisations", feature = "self"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AvatarSource {
    /// `source`
    pub source: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "organisations", feature = "self"))]
impl serde::Serialize for AvatarSource {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.source.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "AvatarSource", len);
        s.optional("source", &self.source);
        s.end()
    }
}
#[cfg(any(feature = "organisations", feature = "self"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AvatarSource {
    const NAME: &'static str = "AvatarSource";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["source"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { source: v0 })
    }
}
#[cfg(any(feature = "organisations", feature = "self"))]
impl<'de> serde::Deserialize<'de> for AvatarSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "organisations", feature = "self"))]
impl AvatarSource {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            source: ::std::option::Option::None,
        }
    }
    /// Sets [`source`](Self::source).
    pub fn with_source(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `BranchInput` schema.
#[cfg(feature = "branches")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BranchInput {
    /// `branch`
    pub branch: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "branches")]
impl serde::Serialize for BranchInput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.branch.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "BranchInput", len);
        s.optional("branch", &self.branch);
        s.end()
    }
}
#[cfg(feature = "branches")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for BranchInput {
    const NAME: &'static str = "BranchInput";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["branch"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { branch: v0 })
    }
}
#[cfg(feature = "branches")]
impl<'de> serde::Deserialize<'de> for BranchInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "branches")]
impl BranchInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            branch: ::std::option::Option::None,
        }
    }
    /// Sets [`branch`](Self::branch).
    pub fn with_branch(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.branch = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `BuildFlavorInput` schema.
#[cfg(feature = "scalability")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BuildFlavorInput {
    /// `flavorName`
    pub flavor_name: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "scalability")]
impl serde::Serialize for BuildFlavorInput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.flavor_name.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "BuildFlavorInput",
            len,
        );
        s.optional("flavorName", &self.flavor_name);
        s.end()
    }
}
#[cfg(feature = "scalability")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for BuildFlavorInput {
    const NAME: &'static str = "BuildFlavorInput";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["flavorName"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { flavor_name: v0 })
    }
}
#[cfg(feature = "scalability")]
impl<'de> serde::Deserialize<'de> for BuildFlavorInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "scalability")]
impl BuildFlavorInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            flavor_name: ::std::option::Option::None,
        }
    }
    /// Sets [`flavor_name`](Self::flavor_name).
    pub fn with_flavor_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.flavor_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `CleverPeer` schema.
#[cfg(feature = "network-groups")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CleverPeer {
    /// `endpoint`
    pub endpoint: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    /// `hostname`
    pub hostname: ::std::string::String,
    /// `hv`
    pub hv: ::std::string::String,
    /// `id`
    pub id: ::std::string::String,
    /// `label`
    pub label: ::std::option::Option<::std::string::String>,
    /// `parentEvent`
    pub parent_event: ::std::option::Option<::std::string::String>,
    /// `parentMember`
    pub parent_member: ::std::string::String,
    /// `publicKey`
    ///
    /// Bounds: matches `^[a-zA-Z0-9+/]{43}=$`.
    pub public_key: ::std::string::String,
}
#[cfg(feature = "network-groups")]
impl serde::Serialize for CleverPeer {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 6;
        len += self.label.is_some() as usize;
        len += self.parent_event.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "CleverPeer", len);
        s.field("endpoint", &self.endpoint);
        s.field("hostname", &self.hostname);
        s.field("hv", &self.hv);
        s.field("id", &self.id);
        s.optional("label", &self.label);
        s.optional("parentEvent", &self.parent_event);
        s.field("parentMember", &self.parent_member);
        s.field("publicKey", &self.public_key);
        s.end()
    }
}
#[cfg(feature = "network-groups")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CleverPeer {
    const NAME: &'static str = "CleverPeer";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "endpoint",
                "hostname",
                "hv",
                "id",
                "label",
                "parentEvent",
                "parentMember",
                "publicKey",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
                3 => f.value(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.value(&mut v6),
                7 => f.value(&mut v7),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("endpoint");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("hostname");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("hv");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("id");
        };
        let ::std::option::Option::Some(v6) = v6 else {
            return cloudsdk_runtime::de::missing("parentMember");
        };
        let ::std::option::Option::Some(v7) = v7 else {
            return cloudsdk_runtime::de::missing("publicKey");
        };
        ::std::result::Result::Ok(Self {
            endpoint: v0,
            hostname: v1,
            hv: v2,
            id: v3,
            label: v4,
            parent_event: v5,
            parent_member: v6,
            public_key: v7,
        })
    }
}
#[cfg(feature = "network-groups")]
impl<'de> serde::Deserialize<'de> for CleverPeer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "network-groups")]
impl CleverPeer {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        endpoint: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
        hostname: impl ::std::convert::Into<::std::string::String>,
        hv: impl ::std::convert::Into<::std::string::String>,
        id: impl ::std::convert::Into<::std::string::String>,
        parent_member: impl ::std::convert::Into<::std::string::String>,
        public_key: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            endpoint,
            hostname: hostname.into(),
            hv: hv.into(),
            id: id.into(),
            label: ::std::option::Option::None,
            parent_event: ::std::option::Option::None,
            parent_member: parent_member.into(),
            public_key: public_key.into(),
        }
    }
    /// Sets [`label`](Self::label).
    pub fn with_label(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.label = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`parent_event`](Self::parent_event).
    pub fn with_parent_event(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parent_event = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `CliToken` schema.
#[cfg(feature = "oauth-tokens")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CliToken {
    /// `token`
    pub token: ::std::option::Option<::std::string::String>,
    /// `secret`
    pub secret: ::std::option::Option<::std::string::String>,
    /// `expirationDate`
    pub expiration_date: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "oauth-tokens")]
impl std::fmt::Debug for CliToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CliToken")
            .field("token", &cloudsdk_runtime::Redacted(&self.token))
            .field("secret", &cloudsdk_runtime::Redacted(&self.secret))
            .field("expiration_date", &self.expiration_date)
            .finish()
    }
}
#[cfg(feature = "oauth-tokens")]
impl serde::Serialize for CliToken {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.token.is_some() as usize;
        len += self.secret.is_some() as usize;
        len += self.expiration_date.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "CliToken", len);
        s.optional("token", &self.token);
        s.optional("secret", &self.secret);
        s.optional("expirationDate", &self.expiration_date);
        s.end()
    }
}
#[cfg(feature = "oauth-tokens")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CliToken {
    const NAME: &'static str = "CliToken";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["token", "secret", "expirationDate"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            token: v0,
            secret: v1,
            expiration_date: v2,
        })
    }
}
#[cfg(feature = "oauth-tokens")]
impl<'de> serde::Deserialize<'de> for CliToken {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "oauth-tokens")]
impl CliToken {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            token: ::std::option::Option::None,
            secret: ::std::option::Option::None,
            expiration_date: ::std::option::Option::None,
        }
    }
    /// Sets [`token`](Self::token).
    pub fn with_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`secret`](Self::secret).
    pub fn with_secret(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.secret = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`expiration_date`](Self::expiration_date).
    pub fn with_expiration_date(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expiration_date = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `ConfigProvider` schema.
#[cfg(feature = "config-providers")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ConfigProvider {
    /// `creation_date`
    pub creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `env`
    pub env: ::std::vec::Vec<ConfigProviderVariable>,
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `owner_id`
    pub owner_id: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "config-providers")]
impl serde::Serialize for ConfigProvider {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.id.is_some() as usize;
        len += self.owner_id.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ConfigProvider",
            len,
        );
        s.field("creation_date", &self.creation_date);
        s.field("env", &self.env);
        s.optional("id", &self.id);
        s.optional("owner_id", &self.owner_id);
        s.end()
    }
}
#[cfg(feature = "config-providers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ConfigProvider {
    const NAME: &'static str = "ConfigProvider";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["creation_date", "env", "id", "owner_id"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("creation_date");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("env");
        };
        ::std::result::Result::Ok(Self {
            creation_date: v0,
            env: v1,
            id: v2,
            owner_id: v3,
        })
    }
}
#[cfg(feature = "config-providers")]
impl<'de> serde::Deserialize<'de> for ConfigProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "config-providers")]
impl ConfigProvider {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
        env: ::std::vec::Vec<ConfigProviderVariable>,
    ) -> Self {
        Self {
            creation_date,
            env,
            id: ::std::option::Option::None,
            owner_id: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`owner_id`](Self::owner_id).
    pub fn with_owner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `ConfigProviderVariable` schema.
#[cfg(any(feature = "config-providers", feature = "console-settings"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ConfigProviderVariable {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `value`
    pub value: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "config-providers", feature = "console-settings"))]
impl serde::Serialize for ConfigProviderVariable {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.value.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ConfigProviderVariable",
            len,
        );
        s.optional("name", &self.name);
        s.optional("value", &self.value);
        s.end()
    }
}
#[cfg(any(feature = "config-providers", feature = "console-settings"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ConfigProviderVariable {
    const NAME: &'static str = "ConfigProviderVariable";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["name", "value"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { name: v0, value: v1 })
    }
}
#[cfg(any(feature = "config-providers", feature = "console-settings"))]
impl<'de> serde::Deserialize<'de> for ConfigProviderVariable {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "config-providers", feature = "console-settings"))]
impl ConfigProviderVariable {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            value: ::std::option::Option::None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`value`](Self::value).
    pub fn with_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `ConfigProviderVariableList` schema.
#[cfg(feature = "config-providers")]
pub type ConfigProviderVariableList = ::std::vec::Vec<ConfigProviderVariable>;
/// The `CreditBalance` schema.
#[cfg(feature = "payments")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreditBalance {
    /// `ownerId`
    pub owner_id: ::std::option::Option<::std::string::String>,
    /// `count`
    pub count: ::std::option::Option<f64>,
    /// `dropPrice`
    pub drop_price: ::std::option::Option<CreditPrice>,
}
#[cfg(feature = "payments")]
impl serde::Serialize for CreditBalance {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.owner_id.is_some() as usize;
        len += self.count.is_some() as usize;
        len += self.drop_price.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "CreditBalance", len);
        s.optional("ownerId", &self.owner_id);
        s.optional("count", &self.count);
        s.optional("dropPrice", &self.drop_price);
        s.end()
    }
}
#[cfg(feature = "payments")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreditBalance {
    const NAME: &'static str = "CreditBalance";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["ownerId", "count", "dropPrice"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            owner_id: v0,
            count: v1,
            drop_price: v2,
        })
    }
}
#[cfg(feature = "payments")]
impl<'de> serde::Deserialize<'de> for CreditBalance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "payments")]
impl CreditBalance {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            owner_id: ::std::option::Option::None,
            count: ::std::option::Option::None,
            drop_price: ::std::option::Option::None,
        }
    }
    /// Sets [`owner_id`](Self::owner_id).
    pub fn with_owner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`count`](Self::count).
    pub fn with_count(mut self, value: f64) -> Self {
        self.count = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`drop_price`](Self::drop_price).
    pub fn with_drop_price(mut self, value: CreditPrice) -> Self {
        self.drop_price = ::std::option::Option::Some(value);
        self
    }
}
/// The `CreditPackage` schema.
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreditPackage {
    /// `dropsQuantity`
    pub drops_quantity: ::std::option::Option<f64>,
    /// `dropPrice`
    pub drop_price: ::std::option::Option<CreditPrice>,
    /// `title`
    pub title: ::std::option::Option<::std::string::String>,
    /// `price`
    pub price: ::std::option::Option<f64>,
    /// `originalPrice`
    pub original_price: ::std::option::Option<f64>,
    /// `id`
    pub id: ::std::option::Option<i64>,
}
#[cfg(feature = "products")]
impl serde::Serialize for CreditPackage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.drops_quantity.is_some() as usize;
        len += self.drop_price.is_some() as usize;
        len += self.title.is_some() as usize;
        len += self.price.is_some() as usize;
        len += self.original_price.is_some() as usize;
        len += self.id.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "CreditPackage", len);
        s.optional("dropsQuantity", &self.drops_quantity);
        s.optional("dropPrice", &self.drop_price);
        s.optional("title", &self.title);
        s.optional("price", &self.price);
        s.optional("originalPrice", &self.original_price);
        s.optional("id", &self.id);
        s.end()
    }
}
#[cfg(feature = "products")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreditPackage {
    const NAME: &'static str = "CreditPackage";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["dropsQuantity", "dropPrice", "title", "price", "originalPrice", "id"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            drops_quantity: v0,
            drop_price: v1,
            title: v2,
            price: v3,
            original_price: v4,
            id: v5,
        })
    }
}
#[cfg(feature = "products")]
impl<'de> serde::Deserialize<'de> for CreditPackage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "products")]
impl CreditPackage {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            drops_quantity: ::std::option::Option::None,
            drop_price: ::std::option::Option::None,
            title: ::std::option::Option::None,
            price: ::std::option::Option::None,
            original_price: ::std::option::Option::None,
            id: ::std::option::Option::None,
        }
    }
    /// Sets [`drops_quantity`](Self::drops_quantity).
    pub fn with_drops_quantity(mut self, value: f64) -> Self {
        self.drops_quantity = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`drop_price`](Self::drop_price).
    pub fn with_drop_price(mut self, value: CreditPrice) -> Self {
        self.drop_price = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`title`](Self::title).
    pub fn with_title(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.title = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`price`](Self::price).
    pub fn with_price(mut self, value: f64) -> Self {
        self.price = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`original_price`](Self::original_price).
    pub fn with_original_price(mut self, value: f64) -> Self {
        self.original_price = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = ::std::option::Option::Some(value);
        self
    }
}
/// The `CreditPrice` schema.
#[cfg(any(feature = "payments", feature = "products"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreditPrice {
    /// `currency`
    pub currency: ::std::option::Option<::std::string::String>,
    /// `value`
    pub value: ::std::option::Option<f64>,
}
#[cfg(any(feature = "payments", feature = "products"))]
impl serde::Serialize for CreditPrice {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.currency.is_some() as usize;
        len += self.value.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "CreditPrice", len);
        s.optional("currency", &self.currency);
        s.optional("value", &self.value);
        s.end()
    }
}
#[cfg(any(feature = "payments", feature = "products"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreditPrice {
    const NAME: &'static str = "CreditPrice";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["currency", "value"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { currency: v0, value: v1 })
    }
}
#[cfg(any(feature = "payments", feature = "products"))]
impl<'de> serde::Deserialize<'de> for CreditPrice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "payments", feature = "products"))]
impl CreditPrice {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            currency: ::std::option::Option::None,
            value: ::std::option::Option::None,
        }
    }
    /// Sets [`currency`](Self::currency).
    pub fn with_currency(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`value`](Self::value).
    pub fn with_value(mut self, value: f64) -> Self {
        self.value = ::std::option::Option::Some(value);
        self
    }
}
/// The `CreditPurchase` schema.
#[cfg(feature = "payments")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreditPurchase {
    /// `packageId`
    pub package_id: ::std::option::Option<i64>,
    /// `currency`
    pub currency: ::std::option::Option<::std::string::String>,
    /// `coupon`
    pub coupon: ::std::option::Option<::std::string::String>,
    /// `dropQuantity`
    pub drop_quantity: ::std::option::Option<f64>,
}
#[cfg(feature = "payments")]
impl serde::Serialize for CreditPurchase {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.package_id.is_some() as usize;
        len += self.currency.is_some() as usize;
        len += self.coupon.is_some() as usize;
        len += self.drop_quantity.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreditPurchase",
            len,
        );
        s.optional("packageId", &self.package_id);
        s.optional("currency", &self.currency);
        s.optional("coupon", &self.coupon);
        s.optional("dropQuantity", &self.drop_quantity);
        s.end()
    }
}
#[cfg(feature = "payments")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreditPurchase {
    const NAME: &'static str = "CreditPurchase";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["packageId", "currency", "coupon", "dropQuantity"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            package_id: v0,
            currency: v1,
            coupon: v2,
            drop_quantity: v3,
        })
    }
}
#[cfg(feature = "payments")]
impl<'de> serde::Deserialize<'de> for CreditPurchase {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "payments")]
impl CreditPurchase {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            package_id: ::std::option::Option::None,
            currency: ::std::option::Option::None,
            coupon: ::std::option::Option::None,
            drop_quantity: ::std::option::Option::None,
        }
    }
    /// Sets [`package_id`](Self::package_id).
    pub fn with_package_id(mut self, value: i64) -> Self {
        self.package_id = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`currency`](Self::currency).
    pub fn with_currency(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`coupon`](Self::coupon).
    pub fn with_coupon(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.coupon = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`drop_quantity`](Self::drop_quantity).
    pub fn with_drop_quantity(mut self, value: f64) -> Self {
        self.drop_quantity = ::std::option::Option::Some(value);
        self
    }
}
/// The `DependentAddonProvisionRequest` schema.
#[cfg(feature = "vendor")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DependentAddonProvisionRequest {
    /// `organisationId`
    pub organisation_id: ::std::option::Option<::std::string::String>,
    /// `userId`
    pub user_id: ::std::option::Option<::std::string::String>,
    /// `providerId`
    pub provider_id: ::std::option::Option<::std::string::String>,
    /// `addonId`
    pub addon_id: ::std::option::Option<::std::string::String>,
    /// `plan`
    pub plan: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `region`
    pub region: ::std::option::Option<::std::string::String>,
    /// `options`
    pub options: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}
#[cfg(feature = "vendor")]
impl serde::Serialize for DependentAddonProvisionRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.organisation_id.is_some() as usize;
        len += self.user_id.is_some() as usize;
        len += self.provider_id.is_some() as usize;
        len += self.addon_id.is_some() as usize;
        len += self.plan.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.options.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "DependentAddonProvisionRequest",
            len,
        );
        s.optional("organisationId", &self.organisation_id);
        s.optional("userId", &self.user_id);
        s.optional("providerId", &self.provider_id);
        s.optional("addonId", &self.addon_id);
        s.optional("plan", &self.plan);
        s.optional("name", &self.name);
        s.optional("region", &self.region);
        s.optional("options", &self.options);
        s.end()
    }
}
#[cfg(feature = "vendor")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for DependentAddonProvisionRequest {
    const NAME: &'static str = "DependentAddonProvisionRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "organisationId",
                "userId",
                "providerId",
                "addonId",
                "plan",
                "name",
                "region",
                "options",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "vendor")]
impl<'de> serde::Deserialize<'de> for DependentAddonProvisionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "vendor")]
impl DependentAddonProvisionRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            organisation_id: ::std::option::Option::None,
            user_id: ::std::option::Option::None,
            provider_id: ::std::option::Option::None,
            addon_id: ::std::option::Option::None,
            plan: ::std::option::Option::None,
            name: ::std::option::Option::None,
            region: ::std::option::Option::None,
            options: ::std::option::Option::None,
        }
    }
    /// Sets [`organisation_id`](Self::organisation_id).
    pub fn with_organisation_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.organisation_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`user_id`](Self::user_id).
    pub fn with_user_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`provider_id`](Self::provider_id).
    pub fn with_provider_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`addon_id`](Self::addon_id).
    pub fn with_addon_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`plan`](Self::plan).
    pub fn with_plan(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.plan = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`options`](Self::options).
    pub fn with_options(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.options = ::std::option::Option::Some(value);
        self
    }
}
/// The `DeploymentState` schema.
#[cfg(feature = "deployments")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(feature = "deployments")]
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
#[cfg(feature = "deployments")]
impl ::std::convert::From<::std::string::String> for DeploymentState {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(feature = "deployments")]
impl std::fmt::Display for DeploymentState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "deployments")]
impl serde::Serialize for DeploymentState {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "deployments")]
impl<'de> serde::Deserialize<'de> for DeploymentState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "deployments")]
impl ::std::cmp::Eq for DeploymentState {}
#[cfg(feature = "deployments")]
impl ::std::cmp::PartialOrd for DeploymentState {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "deployments")]
impl ::std::hash::Hash for DeploymentState {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `DeploymentAction` schema.
#[cfg(feature = "deployments")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(feature = "deployments")]
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
#[cfg(feature = "deployments")]
impl ::std::convert::From<::std::string::String> for DeploymentAction {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(feature = "deployments")]
impl std::fmt::Display for DeploymentAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "deployments")]
impl serde::Serialize for DeploymentAction {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "deployments")]
impl<'de> serde::Deserialize<'de> for DeploymentAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "deployments")]
impl ::std::cmp::Eq for DeploymentAction {}
#[cfg(feature = "deployments")]
impl ::std::cmp::PartialOrd for DeploymentAction {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "deployments")]
impl ::std::hash::Hash for DeploymentAction {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// One deployment of an application.
#[cfg(feature = "deployments")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Deployment {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<i32>,
    /// `uuid`
    pub uuid: ::std::option::Option<::std::string::String>,
    /// `date`
    pub date: ::std::option::Option<i64>,
    /// `state`
    pub state: ::std::option::Option<DeploymentState>,
    /// `action`
    pub action: ::std::option::Option<DeploymentAction>,
    /// `commit`
    pub commit: ::std::option::Option<::std::string::String>,
    /// `cause`
    pub cause: ::std::option::Option<::std::string::String>,
    /// `instances`
    pub instances: ::std::option::Option<i32>,
    /// `author`
    pub author: ::std::option::Option<DeploymentAuthor>,
}
#[cfg(feature = "deployments")]
impl serde::Serialize for Deployment {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.uuid.is_some() as usize;
        len += self.date.is_some() as usize;
        len += self.state.is_some() as usize;
        len += self.action.is_some() as usize;
        len += self.commit.is_some() as usize;
        len += self.cause.is_some() as usize;
        len += self.instances.is_some() as usize;
        len += self.author.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Deployment", len);
        s.optional("id", &self.id);
        s.optional("uuid", &self.uuid);
        s.optional("date", &self.date);
        s.optional("state", &self.state);
        s.optional("action", &self.action);
        s.optional("commit", &self.commit);
        s.optional("cause", &self.cause);
        s.optional("instances", &self.instances);
        s.optional("author", &self.author);
        s.end()
    }
}
#[cfg(feature = "deployments")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Deployment {
    const NAME: &'static str = "Deployment";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "uuid",
                "date",
                "state",
                "action",
                "commit",
                "cause",
                "instances",
                "author",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "deployments")]
impl<'de> serde::Deserialize<'de> for Deployment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "deployments")]
impl Deployment {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            uuid: ::std::option::Option::None,
            date: ::std::option::Option::None,
            state: ::std::option::Option::None,
            action: ::std::option::Option::None,
            commit: ::std::option::Option::None,
            cause: ::std::option::Option::None,
            instances: ::std::option::Option::None,
            author: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(mut self, value: i32) -> Self {
        self.id = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`uuid`](Self::uuid).
    pub fn with_uuid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uuid = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`date`](Self::date).
    pub fn with_date(mut self, value: i64) -> Self {
        self.date = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`state`](Self::state).
    pub fn with_state(mut self, value: DeploymentState) -> Self {
        self.state = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`action`](Self::action).
    pub fn with_action(mut self, value: DeploymentAction) -> Self {
        self.action = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`commit`](Self::commit).
    pub fn with_commit(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.commit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`cause`](Self::cause).
    pub fn with_cause(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cause = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`instances`](Self::instances).
    pub fn with_instances(mut self, value: i32) -> Self {
        self.instances = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`author`](Self::author).
    pub fn with_author(mut self, value: DeploymentAuthor) -> Self {
        self.author = ::std::option::Option::Some(value);
        self
    }
}
/// The `DeploymentAuthor` schema.
#[cfg(feature = "deployments")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeploymentAuthor {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "deployments")]
impl serde::Serialize for DeploymentAuthor {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "DeploymentAuthor",
            len,
        );
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.end()
    }
}
#[cfg(feature = "deployments")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for DeploymentAuthor {
    const NAME: &'static str = "DeploymentAuthor";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["id", "name"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { id: v0, name: v1 })
    }
}
#[cfg(feature = "deployments")]
impl<'de> serde::Deserialize<'de> for DeploymentAuthor {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "deployments")]
impl DeploymentAuthor {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}
/// A domain name routed to an application.
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "domains",
        feature = "environment",
        feature = "users"
    )
)]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Domain {
    /// `fqdn`
    pub fqdn: ::std::option::Option<::std::string::String>,
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "domains",
        feature = "environment",
        feature = "users"
    )
)]
impl serde::Serialize for Domain {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.fqdn.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Domain", len);
        s.optional("fqdn", &self.fqdn);
        s.end()
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "domains",
        feature = "environment",
        feature = "users"
    )
)]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Domain {
    const NAME: &'static str = "Domain";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["fqdn"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { fqdn: v0 })
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "domains",
        feature = "environment",
        feature = "users"
    )
)]
impl<'de> serde::Deserialize<'de> for Domain {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "domains",
        feature = "environment",
        feature = "users"
    )
)]
impl Domain {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            fqdn: ::std::option::Option::None,
        }
    }
    /// Sets [`fqdn`](Self::fqdn).
    pub fn with_fqdn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fqdn = ::std::option::Option::Some(value.into());
        self
    }
}
/// Raw request body for the e-mail address endpoint.
#[cfg(feature = "self")]
pub type EmailAddressBody = ::std::string::String;
/// One environment variable.
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvVar {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `value`
    pub value: ::std::option::Option<::std::string::String>,
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl serde::Serialize for EnvVar {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.value.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "EnvVar", len);
        s.optional("name", &self.name);
        s.optional("value", &self.value);
        s.end()
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for EnvVar {
    const NAME: &'static str = "EnvVar";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["name", "value"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { name: v0, value: v1 })
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl<'de> serde::Deserialize<'de> for EnvVar {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "users"
    )
)]
impl EnvVar {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            value: ::std::option::Option::None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`value`](Self::value).
    pub fn with_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
/// Environment variables as one JSON object, each variable's name mapped to its value.
#[cfg(feature = "environment")]
pub type EnvironmentMap = ::std::collections::BTreeMap<
    ::std::string::String,
    ::std::string::String,
>;
/// The `ErrorType` schema.
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum ErrorType {
    /// `error`
    Error,
    /// `warning`
    Warning,
    /// `success`
    Success,
    /// `info`
    Info,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
impl ErrorType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Success => "success",
            Self::Info => "info",
            Self::Unknown(value) => value,
        }
    }
}
impl ::std::convert::From<::std::string::String> for ErrorType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "error" => Self::Error,
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
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ErrorType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
impl ::std::cmp::Eq for ErrorType {}
impl ::std::cmp::PartialOrd for ErrorType {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
impl ::std::hash::Hash for ErrorType {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// Error body returned by the v2 API (and most v4 services).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Error {
    /// `id`
    pub id: ::std::option::Option<i32>,
    /// `message`
    pub message: ::std::option::Option<::std::string::String>,
    /// `type`
    pub type_: ::std::option::Option<ErrorType>,
}
impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.message.is_some() as usize;
        len += self.type_.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Error", len);
        s.optional("id", &self.id);
        s.optional("message", &self.message);
        s.optional("type", &self.type_);
        s.end()
    }
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Error {
    const NAME: &'static str = "Error";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["id", "message", "type"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            id: v0,
            message: v1,
            type_: v2,
        })
    }
}
impl<'de> serde::Deserialize<'de> for Error {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
impl Error {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            message: ::std::option::Option::None,
            type_: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(mut self, value: i32) -> Self {
        self.id = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`message`](Self::message).
    pub fn with_message(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`type_`](Self::type_).
    pub fn with_type(mut self, value: ErrorType) -> Self {
        self.type_ = ::std::option::Option::Some(value);
        self
    }
}
/// One message of the events WebSocket.
#[cfg(feature = "events")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EventEnvelope {
    /// Kind of event, when the server names one.
    pub event: ::std::option::Option<::std::string::String>,
    /// `date`
    pub date: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// Event payload; its shape depends on the kind of event.
    pub data: ::std::option::Option<serde_json::Value>,
    /// Properties not named by the schema.
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        serde_json::Value,
    >,
}
#[cfg(feature = "events")]
impl serde::Serialize for EventEnvelope {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Map::new(serializer);
        s.optional("event", &self.event);
        s.optional("date", &self.date);
        s.optional("data", &self.data);
        s.flatten(&self.additional_properties);
        s.end()
    }
}
#[cfg(feature = "events")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for EventEnvelope {
    const NAME: &'static str = "EventEnvelope";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut additional_properties = ::std::collections::BTreeMap::new();
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["event", "date", "data"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.rest(&mut additional_properties),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            event: v0,
            date: v1,
            data: v2,
            additional_properties,
        })
    }
}
#[cfg(feature = "events")]
impl<'de> serde::Deserialize<'de> for EventEnvelope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "events")]
impl EventEnvelope {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            event: ::std::option::Option::None,
            date: ::std::option::Option::None,
            data: ::std::option::Option::None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
    /// Sets [`event`](Self::event).
    pub fn with_event(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.event = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`date`](Self::date).
    pub fn with_date(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.date = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`data`](Self::data).
    pub fn with_data(mut self, value: serde_json::Value) -> Self {
        self.data = ::std::option::Option::Some(value);
        self
    }
}
/// The `ExternalPaymentError` schema.
#[cfg(feature = "payments")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ExternalPaymentError {
    /// `type`
    pub type_: ::std::option::Option<::std::string::String>,
    /// `message`
    pub message: ::std::option::Option<::std::string::String>,
    /// `messages`
    pub messages: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}
#[cfg(feature = "payments")]
impl serde::Serialize for ExternalPaymentError {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.type_.is_some() as usize;
        len += self.message.is_some() as usize;
        len += self.messages.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ExternalPaymentError",
            len,
        );
        s.optional("type", &self.type_);
        s.optional("message", &self.message);
        s.optional("messages", &self.messages);
        s.end()
    }
}
#[cfg(feature = "payments")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ExternalPaymentError {
    const NAME: &'static str = "ExternalPaymentError";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["type", "message", "messages"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            type_: v0,
            message: v1,
            messages: v2,
        })
    }
}
#[cfg(feature = "payments")]
impl<'de> serde::Deserialize<'de> for ExternalPaymentError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "payments")]
impl ExternalPaymentError {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            type_: ::std::option::Option::None,
            message: ::std::option::Option::None,
            messages: ::std::option::Option::None,
        }
    }
    /// Sets [`type_`](Self::type_).
    pub fn with_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.type_ = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`message`](Self::message).
    pub fn with_message(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`messages`](Self::messages).
    pub fn with_messages(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.messages = ::std::option::Option::Some(value);
        self
    }
}
/// The `ExternalPaymentResultStatus` schema.
#[cfg(feature = "payments")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(feature = "payments")]
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
#[cfg(feature = "payments")]
impl ::std::convert::From<::std::string::String> for ExternalPaymentResultStatus {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(feature = "payments")]
impl std::fmt::Display for ExternalPaymentResultStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "payments")]
impl serde::Serialize for ExternalPaymentResultStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "payments")]
impl<'de> serde::Deserialize<'de> for ExternalPaymentResultStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "payments")]
impl ::std::cmp::Eq for ExternalPaymentResultStatus {}
#[cfg(feature = "payments")]
impl ::std::cmp::PartialOrd for ExternalPaymentResultStatus {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "payments")]
impl ::std::hash::Hash for ExternalPaymentResultStatus {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `ExternalPaymentResult` schema.
#[cfg(feature = "payments")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ExternalPaymentResult {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `url`
    pub url: ::std::option::Option<::std::string::String>,
    /// `posData`
    pub pos_data: ::std::option::Option<::std::string::String>,
    /// `status`
    pub status: ::std::option::Option<ExternalPaymentResultStatus>,
    /// `btcPrice`
    pub btc_price: ::std::option::Option<::std::string::String>,
    /// `price`
    pub price: ::std::option::Option<f64>,
    /// `currency`
    pub currency: ::std::option::Option<::std::string::String>,
    /// `invoiceTime`
    pub invoice_time: ::std::option::Option<i64>,
    /// `currentTime`
    pub current_time: ::std::option::Option<i64>,
    /// `expirationTime`
    pub expiration_time: ::std::option::Option<i64>,
    /// `error`
    pub error: ::std::option::Option<ExternalPaymentError>,
}
#[cfg(feature = "payments")]
impl serde::Serialize for ExternalPaymentResult {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.url.is_some() as usize;
        len += self.pos_data.is_some() as usize;
        len += self.status.is_some() as usize;
        len += self.btc_price.is_some() as usize;
        len += self.price.is_some() as usize;
        len += self.currency.is_some() as usize;
        len += self.invoice_time.is_some() as usize;
        len += self.current_time.is_some() as usize;
        len += self.expiration_time.is_some() as usize;
        len += self.error.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ExternalPaymentResult",
            len,
        );
        s.optional("id", &self.id);
        s.optional("url", &self.url);
        s.optional("posData", &self.pos_data);
        s.optional("status", &self.status);
        s.optional("btcPrice", &self.btc_price);
        s.optional("price", &self.price);
        s.optional("currency", &self.currency);
        s.optional("invoiceTime", &self.invoice_time);
        s.optional("currentTime", &self.current_time);
        s.optional("expirationTime", &self.expiration_time);
        s.optional("error", &self.error);
        s.end()
    }
}
#[cfg(feature = "payments")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ExternalPaymentResult {
    const NAME: &'static str = "ExternalPaymentResult";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "url",
                "posData",
                "status",
                "btcPrice",
                "price",
                "currency",
                "invoiceTime",
                "currentTime",
                "expirationTime",
                "error",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "payments")]
impl<'de> serde::Deserialize<'de> for ExternalPaymentResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "payments")]
impl ExternalPaymentResult {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            url: ::std::option::Option::None,
            pos_data: ::std::option::Option::None,
            status: ::std::option::Option::None,
            btc_price: ::std::option::Option::None,
            price: ::std::option::Option::None,
            currency: ::std::option::Option::None,
            invoice_time: ::std::option::Option::None,
            current_time: ::std::option::Option::None,
            expiration_time: ::std::option::Option::None,
            error: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`url`](Self::url).
    pub fn with_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`pos_data`](Self::pos_data).
    pub fn with_pos_data(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pos_data = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(mut self, value: ExternalPaymentResultStatus) -> Self {
        self.status = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`btc_price`](Self::btc_price).
    pub fn with_btc_price(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.btc_price = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`price`](Self::price).
    pub fn with_price(mut self, value: f64) -> Self {
        self.price = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`currency`](Self::currency).
    pub fn with_currency(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`invoice_time`](Self::invoice_time).
    pub fn with_invoice_time(mut self, value: i64) -> Self {
        self.invoice_time = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`current_time`](Self::current_time).
    pub fn with_current_time(mut self, value: i64) -> Self {
        self.current_time = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`expiration_time`](Self::expiration_time).
    pub fn with_expiration_time(mut self, value: i64) -> Self {
        self.expiration_time = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`error`](Self::error).
    pub fn with_error(mut self, value: ExternalPaymentError) -> Self {
        self.error = ::std::option::Option::Some(value);
        self
    }
}
/// The `ExternalPeer` schema.
#[cfg(feature = "network-groups")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ExternalPeer {
    /// `endpoint`
    pub endpoint: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    /// `hostname`
    pub hostname: ::std::string::String,
    /// `id`
    pub id: ::std::string::String,
    /// `label`
    pub label: ::std::option::Option<::std::string::String>,
    /// `parentEvent`
    pub parent_event: ::std::option::Option<::std::string::String>,
    /// `parentMember`
    pub parent_member: ::std::string::String,
    /// `publicKey`
    ///
    /// Bounds: matches `^[a-zA-Z0-9+/]{43}=$`.
    pub public_key: ::std::string::String,
}
#[cfg(feature = "network-groups")]
impl serde::Serialize for ExternalPeer {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 5;
        len += self.label.is_some() as usize;
        len += self.parent_event.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ExternalPeer", len);
        s.field("endpoint", &self.endpoint);
        s.field("hostname", &self.hostname);
        s.field("id", &self.id);
        s.optional("label", &self.label);
        s.optional("parentEvent", &self.parent_event);
        s.field("parentMember", &self.parent_member);
        s.field("publicKey", &self.public_key);
        s.end()
    }
}
#[cfg(feature = "network-groups")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ExternalPeer {
    const NAME: &'static str = "ExternalPeer";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "endpoint",
                "hostname",
                "id",
                "label",
                "parentEvent",
                "parentMember",
                "publicKey",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.value(&mut v5),
                6 => f.value(&mut v6),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("endpoint");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("hostname");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("id");
        };
        let ::std::option::Option::Some(v5) = v5 else {
            return cloudsdk_runtime::de::missing("parentMember");
        };
        let ::std::option::Option::Some(v6) = v6 else {
            return cloudsdk_runtime::de::missing("publicKey");
        };
        ::std::result::Result::Ok(Self {
            endpoint: v0,
            hostname: v1,
            id: v2,
            label: v3,
            parent_event: v4,
            parent_member: v5,
            public_key: v6,
        })
    }
}
#[cfg(feature = "network-groups")]
impl<'de> serde::Deserialize<'de> for ExternalPeer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "network-groups")]
impl ExternalPeer {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        endpoint: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
        hostname: impl ::std::convert::Into<::std::string::String>,
        id: impl ::std::convert::Into<::std::string::String>,
        parent_member: impl ::std::convert::Into<::std::string::String>,
        public_key: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            endpoint,
            hostname: hostname.into(),
            id: id.into(),
            label: ::std::option::Option::None,
            parent_event: ::std::option::Option::None,
            parent_member: parent_member.into(),
            public_key: public_key.into(),
        }
    }
    /// Sets [`label`](Self::label).
    pub fn with_label(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.label = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`parent_event`](Self::parent_event).
    pub fn with_parent_event(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parent_event = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `ExternalPeerInputPeerRole` schema.
#[cfg(feature = "network-groups")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum ExternalPeerInputPeerRole {
    /// `client`
    Client,
    /// `server`
    Server,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "network-groups")]
impl ExternalPeerInputPeerRole {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Client => "client",
            Self::Server => "server",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "network-groups")]
impl ::std::convert::From<::std::string::String> for ExternalPeerInputPeerRole {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "client" => Self::Client,
            "server" => Self::Server,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "network-groups")]
impl std::fmt::Display for ExternalPeerInputPeerRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "network-groups")]
impl serde::Serialize for ExternalPeerInputPeerRole {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "network-groups")]
impl<'de> serde::Deserialize<'de> for ExternalPeerInputPeerRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "network-groups")]
impl ::std::cmp::Eq for ExternalPeerInputPeerRole {}
#[cfg(feature = "network-groups")]
impl ::std::cmp::PartialOrd for ExternalPeerInputPeerRole {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "network-groups")]
impl ::std::hash::Hash for ExternalPeerInputPeerRole {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `ExternalPeerInput` schema.
#[cfg(feature = "network-groups")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ExternalPeerInput {
    /// `hostname`
    pub hostname: ::std::option::Option<::std::string::String>,
    /// `ip`
    pub ip: ::std::option::Option<::std::string::String>,
    /// `label`
    pub label: ::std::string::String,
    /// `parentEvent`
    pub parent_event: ::std::option::Option<::std::string::String>,
    /// `parentMember`
    pub parent_member: ::std::string::String,
    /// `peerRole`
    pub peer_role: ExternalPeerInputPeerRole,
    /// `port`
    pub port: ::std::option::Option<i32>,
    /// `publicKey`
    ///
    /// Bounds: matches `^[a-zA-Z0-9+/]{43}=$`.
    pub public_key: ::std::string::String,
}
#[cfg(feature = "network-groups")]
impl serde::Serialize for ExternalPeerInput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 4;
        len += self.hostname.is_some() as usize;
        len += self.ip.is_some() as usize;
        len += self.parent_event.is_some() as usize;
        len += self.port.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ExternalPeerInput",
            len,
        );
        s.optional("hostname", &self.hostname);
        s.optional("ip", &self.ip);
        s.field("label", &self.label);
        s.optional("parentEvent", &self.parent_event);
        s.field("parentMember", &self.parent_member);
        s.field("peerRole", &self.peer_role);
        s.optional("port", &self.port);
        s.field("publicKey", &self.public_key);
        s.end()
    }
}
#[cfg(feature = "network-groups")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ExternalPeerInput {
    const NAME: &'static str = "ExternalPeerInput";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "hostname",
                "ip",
                "label",
                "parentEvent",
                "parentMember",
                "peerRole",
                "port",
                "publicKey",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.value(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.value(&mut v4),
                5 => f.value(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.value(&mut v7),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("label");
        };
        let ::std::option::Option::Some(v4) = v4 else {
            return cloudsdk_runtime::de::missing("parentMember");
        };
        let ::std::option::Option::Some(v5) = v5 else {
            return cloudsdk_runtime::de::missing("peerRole");
        };
        let ::std::option::Option::Some(v7) = v7 else {
            return cloudsdk_runtime::de::missing("publicKey");
        };
        ::std::result::Result::Ok(Self {
            hostname: v0,
            ip: v1,
            label: v2,
            parent_event: v3,
            parent_member: v4,
            peer_role: v5,
            port: v6,
            public_key: v7,
        })
    }
}
#[cfg(feature = "network-groups")]
impl<'de> serde::Deserialize<'de> for ExternalPeerInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "network-groups")]
impl ExternalPeerInput {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        label: impl ::std::convert::Into<::std::string::String>,
        parent_member: impl ::std::convert::Into<::std::string::String>,
        peer_role: ExternalPeerInputPeerRole,
        public_key: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            hostname: ::std::option::Option::None,
            ip: ::std::option::Option::None,
            label: label.into(),
            parent_event: ::std::option::Option::None,
            parent_member: parent_member.into(),
            peer_role,
            port: ::std::option::Option::None,
            public_key: public_key.into(),
        }
    }
    /// Sets [`hostname`](Self::hostname).
    pub fn with_hostname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hostname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`ip`](Self::ip).
    pub fn with_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`parent_event`](Self::parent_event).
    pub fn with_parent_event(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parent_event = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`port`](Self::port).
    pub fn with_port(mut self, value: i32) -> Self {
        self.port = ::std::option::Option::Some(value);
        self
    }
}
/// The `ExternalSignupForm` schema.
#[cfg(any(feature = "github", feature = "sessions"))]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ExternalSignupForm {
    /// `transactionId`
    pub transaction_id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `otherId`
    pub other_id: ::std::option::Option<::std::string::String>,
    /// `otherEmail`
    pub other_email: ::std::option::Option<::std::string::String>,
    /// `password`
    pub password: ::std::option::Option<::std::string::String>,
    /// `autoLink`
    pub auto_link: ::std::option::Option<::std::string::String>,
    /// `terms`
    pub terms: ::std::option::Option<::std::string::String>,
    /// `invitationKey`
    pub invitation_key: ::std::option::Option<::std::string::String>,
    /// `mfa_kind`
    pub mfa_kind: ::std::option::Option<::std::string::String>,
    /// `mfa_attempt`
    pub mfa_attempt: ::std::option::Option<::std::string::String>,
    /// `partner_id`
    pub partner_id: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "github", feature = "sessions"))]
impl std::fmt::Debug for ExternalSignupForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExternalSignupForm")
            .field("transaction_id", &self.transaction_id)
            .field("name", &self.name)
            .field("other_id", &self.other_id)
            .field("other_email", &self.other_email)
            .field("password", &cloudsdk_runtime::Redacted(&self.password))
            .field("auto_link", &self.auto_link)
            .field("terms", &self.terms)
            .field("invitation_key", &self.invitation_key)
            .field("mfa_kind", &self.mfa_kind)
            .field("mfa_attempt", &self.mfa_attempt)
            .field("partner_id", &self.partner_id)
            .finish()
    }
}
#[cfg(any(feature = "github", feature = "sessions"))]
impl serde::Serialize for ExternalSignupForm {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.transaction_id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.other_id.is_some() as usize;
        len += self.other_email.is_some() as usize;
        len += self.password.is_some() as usize;
        len += self.auto_link.is_some() as usize;
        len += self.terms.is_some() as usize;
        len += self.invitation_key.is_some() as usize;
        len += self.mfa_kind.is_some() as usize;
        len += self.mfa_attempt.is_some() as usize;
        len += self.partner_id.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ExternalSignupForm",
            len,
        );
        s.optional("transactionId", &self.transaction_id);
        s.optional("name", &self.name);
        s.optional("otherId", &self.other_id);
        s.optional("otherEmail", &self.other_email);
        s.optional("password", &self.password);
        s.optional("autoLink", &self.auto_link);
        s.optional("terms", &self.terms);
        s.optional("invitationKey", &self.invitation_key);
        s.optional("mfa_kind", &self.mfa_kind);
        s.optional("mfa_attempt", &self.mfa_attempt);
        s.optional("partner_id", &self.partner_id);
        s.end()
    }
}
#[cfg(any(feature = "github", feature = "sessions"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ExternalSignupForm {
    const NAME: &'static str = "ExternalSignupForm";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "transactionId",
                "name",
                "otherId",
                "otherEmail",
                "password",
                "autoLink",
                "terms",
                "invitationKey",
                "mfa_kind",
                "mfa_attempt",
                "partner_id",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(any(feature = "github", feature = "sessions"))]
impl<'de> serde::Deserialize<'de> for ExternalSignupForm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "github", feature = "sessions"))]
impl ExternalSignupForm {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            transaction_id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            other_id: ::std::option::Option::None,
            other_email: ::std::option::Option::None,
            password: ::std::option::Option::None,
            auto_link: ::std::option::Option::None,
            terms: ::std::option::Option::None,
            invitation_key: ::std::option::Option::None,
            mfa_kind: ::std::option::Option::None,
            mfa_attempt: ::std::option::Option::None,
            partner_id: ::std::option::Option::None,
        }
    }
    /// Sets [`transaction_id`](Self::transaction_id).
    pub fn with_transaction_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`other_id`](Self::other_id).
    pub fn with_other_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.other_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`other_email`](Self::other_email).
    pub fn with_other_email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.other_email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`password`](Self::password).
    pub fn with_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`auto_link`](Self::auto_link).
    pub fn with_auto_link(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_link = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`terms`](Self::terms).
    pub fn with_terms(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.terms = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`invitation_key`](Self::invitation_key).
    pub fn with_invitation_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.invitation_key = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`mfa_kind`](Self::mfa_kind).
    pub fn with_mfa_kind(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mfa_kind = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`mfa_attempt`](Self::mfa_attempt).
    pub fn with_mfa_attempt(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mfa_attempt = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`partner_id`](Self::partner_id).
    pub fn with_partner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `Flavor` schema.
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "products",
        feature = "users"
    )
)]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Flavor {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `mem`
    pub mem: ::std::option::Option<i32>,
    /// `cpus`
    pub cpus: ::std::option::Option<i32>,
    /// `gpus`
    pub gpus: ::std::option::Option<i32>,
    /// `disk`
    pub disk: ::std::option::Option<i32>,
    /// `price`
    pub price: ::std::option::Option<f64>,
    /// `available`
    pub available: ::std::option::Option<bool>,
    /// `microservice`
    pub microservice: ::std::option::Option<bool>,
    /// `machine_learning`
    pub machine_learning: ::std::option::Option<bool>,
    /// `nice`
    pub nice: ::std::option::Option<i32>,
    /// `price_id`
    pub price_id: ::std::option::Option<::std::string::String>,
    /// `memory`
    pub memory: ::std::option::Option<ValueWithUnit>,
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "products",
        feature = "users"
    )
)]
impl serde::Serialize for Flavor {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.mem.is_some() as usize;
        len += self.cpus.is_some() as usize;
        len += self.gpus.is_some() as usize;
        len += self.disk.is_some() as usize;
        len += self.price.is_some() as usize;
        len += self.available.is_some() as usize;
        len += self.microservice.is_some() as usize;
        len += self.machine_learning.is_some() as usize;
        len += self.nice.is_some() as usize;
        len += self.price_id.is_some() as usize;
        len += self.memory.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Flavor", len);
        s.optional("name", &self.name);
        s.optional("mem", &self.mem);
        s.optional("cpus", &self.cpus);
        s.optional("gpus", &self.gpus);
        s.optional("disk", &self.disk);
        s.optional("price", &self.price);
        s.optional("available", &self.available);
        s.optional("microservice", &self.microservice);
        s.optional("machine_learning", &self.machine_learning);
        s.optional("nice", &self.nice);
        s.optional("price_id", &self.price_id);
        s.optional("memory", &self.memory);
        s.end()
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "products",
        feature = "users"
    )
)]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Flavor {
    const NAME: &'static str = "Flavor";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "name",
                "mem",
                "cpus",
                "gpus",
                "disk",
                "price",
                "available",
                "microservice",
                "machine_learning",
                "nice",
                "price_id",
                "memory",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.optional(&mut v11),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "products",
        feature = "users"
    )
)]
impl<'de> serde::Deserialize<'de> for Flavor {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "products",
        feature = "users"
    )
)]
impl Flavor {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            mem: ::std::option::Option::None,
            cpus: ::std::option::Option::None,
            gpus: ::std::option::Option::None,
            disk: ::std::option::Option::None,
            price: ::std::option::Option::None,
            available: ::std::option::Option::None,
            microservice: ::std::option::Option::None,
            machine_learning: ::std::option::Option::None,
            nice: ::std::option::Option::None,
            price_id: ::std::option::Option::None,
            memory: ::std::option::Option::None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`mem`](Self::mem).
    pub fn with_mem(mut self, value: i32) -> Self {
        self.mem = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cpus`](Self::cpus).
    pub fn with_cpus(mut self, value: i32) -> Self {
        self.cpus = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`gpus`](Self::gpus).
    pub fn with_gpus(mut self, value: i32) -> Self {
        self.gpus = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`disk`](Self::disk).
    pub fn with_disk(mut self, value: i32) -> Self {
        self.disk = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`price`](Self::price).
    pub fn with_price(mut self, value: f64) -> Self {
        self.price = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`available`](Self::available).
    pub fn with_available(mut self, value: bool) -> Self {
        self.available = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`microservice`](Self::microservice).
    pub fn with_microservice(mut self, value: bool) -> Self {
        self.microservice = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`machine_learning`](Self::machine_learning).
    pub fn with_machine_learning(mut self, value: bool) -> Self {
        self.machine_learning = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`nice`](Self::nice).
    pub fn with_nice(mut self, value: i32) -> Self {
        self.nice = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`price_id`](Self::price_id).
    pub fn with_price_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.price_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`memory`](Self::memory).
    pub fn with_memory(mut self, value: ValueWithUnit) -> Self {
        self.memory = ::std::option::Option::Some(value);
        self
    }
}
/// A serverless function.
#[cfg(feature = "functions")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Function {
    /// `createdAt`
    pub created_at: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `environment`
    pub environment: ::std::collections::BTreeMap<
        ::std::string::String,
        ::std::string::String,
    >,
    /// `id`
    ///
    /// Bounds: matches `^function_.*$`.
    pub id: ::std::option::Option<::std::string::String>,
    /// `maxInstances`
    pub max_instances: ::std::option::Option<i32>,
    /// `maxMemory`
    pub max_memory: ::std::option::Option<f64>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `ownerId`
    pub owner_id: ::std::option::Option<::std::string::String>,
    /// `tag`
    pub tag: ::std::option::Option<::std::string::String>,
    /// `updatedAt`
    pub updated_at: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
}
#[cfg(feature = "functions")]
impl serde::Serialize for Function {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 3;
        len += self.description.is_some() as usize;
        len += self.id.is_some() as usize;
        len += self.max_instances.is_some() as usize;
        len += self.max_memory.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.owner_id.is_some() as usize;
        len += self.tag.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Function", len);
        s.field("createdAt", &self.created_at);
        s.optional("description", &self.description);
        s.field("environment", &self.environment);
        s.optional("id", &self.id);
        s.optional("maxInstances", &self.max_instances);
        s.optional("maxMemory", &self.max_memory);
        s.optional("name", &self.name);
        s.optional("ownerId", &self.owner_id);
        s.optional("tag", &self.tag);
        s.field("updatedAt", &self.updated_at);
        s.end()
    }
}
#[cfg(feature = "functions")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Function {
    const NAME: &'static str = "Function";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "createdAt",
                "description",
                "environment",
                "id",
                "maxInstances",
                "maxMemory",
                "name",
                "ownerId",
                "tag",
                "updatedAt",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.value(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.value(&mut v9),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("createdAt");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("environment");
        };
        let ::std::option::Option::Some(v9) = v9 else {
            return cloudsdk_runtime::de::missing("updatedAt");
        };
        ::std::result::Result::Ok(Self {
            created_at: v0,
            description: v1,
            environment: v2,
            id: v3,
            max_instances: v4,
            max_memory: v5,
            name: v6,
            owner_id: v7,
            tag: v8,
            updated_at: v9,
        })
    }
}
#[cfg(feature = "functions")]
impl<'de> serde::Deserialize<'de> for Function {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "functions")]
impl Function {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        created_at: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
        environment: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        updated_at: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        Self {
            created_at,
            description: ::std::option::Option::None,
            environment,
            id: ::std::option::Option::None,
            max_instances: ::std::option::Option::None,
            max_memory: ::std::option::Option::None,
            name: ::std::option::Option::None,
            owner_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            updated_at,
        }
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`max_instances`](Self::max_instances).
    pub fn with_max_instances(mut self, value: i32) -> Self {
        self.max_instances = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`max_memory`](Self::max_memory).
    pub fn with_max_memory(mut self, value: f64) -> Self {
        self.max_memory = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`owner_id`](Self::owner_id).
    pub fn with_owner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`tag`](Self::tag).
    pub fn with_tag(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tag = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `FunctionDeploymentPlatform` schema.
#[cfg(feature = "functions")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(feature = "functions")]
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
#[cfg(feature = "functions")]
impl ::std::convert::From<::std::string::String> for FunctionDeploymentPlatform {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "RUST" => Self::Rust,
            "ASSEMBLY_SCRIPT" => Self::AssemblyScript,
            "TINY_GO" => Self::TinyGo,
            "JAVA_SCRIPT" => Self::JavaScript,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "functions")]
impl std::fmt::Display for FunctionDeploymentPlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "functions")]
impl serde::Serialize for FunctionDeploymentPlatform {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "functions")]
impl<'de> serde::Deserialize<'de> for FunctionDeploymentPlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "functions")]
impl ::std::cmp::Eq for FunctionDeploymentPlatform {}
#[cfg(feature = "functions")]
impl ::std::cmp::PartialOrd for FunctionDeploymentPlatform {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "functions")]
impl ::std::hash::Hash for FunctionDeploymentPlatform {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `FunctionDeploymentStatus` schema.
#[cfg(feature = "functions")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Error,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "functions")]
impl FunctionDeploymentStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WaitingForUpload => "WAITING_FOR_UPLOAD",
            Self::Packaging => "PACKAGING",
            Self::Deploying => "DEPLOYING",
            Self::Ready => "READY",
            Self::Error => "ERROR",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "functions")]
impl ::std::convert::From<::std::string::String> for FunctionDeploymentStatus {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "WAITING_FOR_UPLOAD" => Self::WaitingForUpload,
            "PACKAGING" => Self::Packaging,
            "DEPLOYING" => Self::Deploying,
            "READY" => Self::Ready,
            "ERROR" => Self::Error,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "functions")]
impl std::fmt::Display for FunctionDeploymentStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "functions")]
impl serde::Serialize for FunctionDeploymentStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "functions")]
impl<'de> serde::Deserialize<'de> for FunctionDeploymentStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "functions")]
impl ::std::cmp::Eq for FunctionDeploymentStatus {}
#[cfg(feature = "functions")]
impl ::std::cmp::PartialOrd for FunctionDeploymentStatus {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "functions")]
impl ::std::hash::Hash for FunctionDeploymentStatus {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// A deployment of a serverless function.
#[cfg(feature = "functions")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FunctionDeployment {
    /// `createdAt`
    pub created_at: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `errorReason`
    pub error_reason: ::std::option::Option<::std::string::String>,
    /// `functionId`
    ///
    /// Bounds: matches `^function_.*$`.
    pub function_id: ::std::option::Option<::std::string::String>,
    /// `id`
    ///
    /// Bounds: matches `^deployment_.*$`.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `platform`
    pub platform: ::std::option::Option<FunctionDeploymentPlatform>,
    /// `status`
    pub status: ::std::option::Option<FunctionDeploymentStatus>,
    /// `tag`
    pub tag: ::std::option::Option<::std::string::String>,
    /// `updatedAt`
    pub updated_at: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `url`
    pub url: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "functions")]
impl serde::Serialize for FunctionDeployment {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.description.is_some() as usize;
        len += self.error_reason.is_some() as usize;
        len += self.function_id.is_some() as usize;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.platform.is_some() as usize;
        len += self.status.is_some() as usize;
        len += self.tag.is_some() as usize;
        len += self.url.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "FunctionDeployment",
            len,
        );
        s.field("createdAt", &self.created_at);
        s.optional("description", &self.description);
        s.optional("errorReason", &self.error_reason);
        s.optional("functionId", &self.function_id);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("platform", &self.platform);
        s.optional("status", &self.status);
        s.optional("tag", &self.tag);
        s.field("updatedAt", &self.updated_at);
        s.optional("url", &self.url);
        s.end()
    }
}
#[cfg(feature = "functions")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for FunctionDeployment {
    const NAME: &'static str = "FunctionDeployment";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "createdAt",
                "description",
                "errorReason",
                "functionId",
                "id",
                "name",
                "platform",
                "status",
                "tag",
                "updatedAt",
                "url",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.value(&mut v9),
                10 => f.optional(&mut v10),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("createdAt");
        };
        let ::std::option::Option::Some(v9) = v9 else {
            return cloudsdk_runtime::de::missing("updatedAt");
        };
        ::std::result::Result::Ok(Self {
            created_at: v0,
            description: v1,
            error_reason: v2,
            function_id: v3,
            id: v4,
            name: v5,
            platform: v6,
            status: v7,
            tag: v8,
            updated_at: v9,
            url: v10,
        })
    }
}
#[cfg(feature = "functions")]
impl<'de> serde::Deserialize<'de> for FunctionDeployment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "functions")]
impl FunctionDeployment {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        created_at: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
        updated_at: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        Self {
            created_at,
            description: ::std::option::Option::None,
            error_reason: ::std::option::Option::None,
            function_id: ::std::option::Option::None,
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            platform: ::std::option::Option::None,
            status: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            updated_at,
            url: ::std::option::Option::None,
        }
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`error_reason`](Self::error_reason).
    pub fn with_error_reason(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_reason = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`function_id`](Self::function_id).
    pub fn with_function_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.function_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`platform`](Self::platform).
    pub fn with_platform(mut self, value: FunctionDeploymentPlatform) -> Self {
        self.platform = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(mut self, value: FunctionDeploymentStatus) -> Self {
        self.status = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`tag`](Self::tag).
    pub fn with_tag(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`url`](Self::url).
    pub fn with_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.url = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `FunctionDeploymentInputPlatform` schema.
#[cfg(feature = "functions")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(feature = "functions")]
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
#[cfg(feature = "functions")]
impl ::std::convert::From<::std::string::String> for FunctionDeploymentInputPlatform {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "RUST" => Self::Rust,
            "ASSEMBLY_SCRIPT" => Self::AssemblyScript,
            "TINY_GO" => Self::TinyGo,
            "JAVA_SCRIPT" => Self::JavaScript,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "functions")]
impl std::fmt::Display for FunctionDeploymentInputPlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "functions")]
impl serde::Serialize for FunctionDeploymentInputPlatform {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "functions")]
impl<'de> serde::Deserialize<'de> for FunctionDeploymentInputPlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "functions")]
impl ::std::cmp::Eq for FunctionDeploymentInputPlatform {}
#[cfg(feature = "functions")]
impl ::std::cmp::PartialOrd for FunctionDeploymentInputPlatform {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "functions")]
impl ::std::hash::Hash for FunctionDeploymentInputPlatform {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `FunctionDeploymentInput` schema.
#[cfg(feature = "functions")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct FunctionDeploymentInput {
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `platform`
    pub platform: ::std::option::Option<FunctionDeploymentInputPlatform>,
    /// `tag`
    pub tag: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "functions")]
impl serde::Serialize for FunctionDeploymentInput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.description.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.platform.is_some() as usize;
        len += self.tag.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "FunctionDeploymentInput",
            len,
        );
        s.optional("description", &self.description);
        s.optional("name", &self.name);
        s.optional("platform", &self.platform);
        s.optional("tag", &self.tag);
        s.end()
    }
}
#[cfg(feature = "functions")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for FunctionDeploymentInput {
    const NAME: &'static str = "FunctionDeploymentInput";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["description", "name", "platform", "tag"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            description: v0,
            name: v1,
            platform: v2,
            tag: v3,
        })
    }
}
#[cfg(feature = "functions")]
impl<'de> serde::Deserialize<'de> for FunctionDeploymentInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "functions")]
impl FunctionDeploymentInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            description: ::std::option::Option::None,
            name: ::std::option::Option::None,
            platform: ::std::option::Option::None,
            tag: ::std::option::Option::None,
        }
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`platform`](Self::platform).
    pub fn with_platform(mut self, value: FunctionDeploymentInputPlatform) -> Self {
        self.platform = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`tag`](Self::tag).
    pub fn with_tag(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tag = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `FunctionDeploymentUpdate` schema.
#[cfg(feature = "functions")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct FunctionDeploymentUpdate {
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `tag`
    pub tag: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "functions")]
impl serde::Serialize for FunctionDeploymentUpdate {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.description.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.tag.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "FunctionDeploymentUpdate",
            len,
        );
        s.optional("description", &self.description);
        s.optional("name", &self.name);
        s.optional("tag", &self.tag);
        s.end()
    }
}
#[cfg(feature = "functions")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for FunctionDeploymentUpdate {
    const NAME: &'static str = "FunctionDeploymentUpdate";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["description", "name", "tag"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            description: v0,
            name: v1,
            tag: v2,
        })
    }
}
#[cfg(feature = "functions")]
impl<'de> serde::Deserialize<'de> for FunctionDeploymentUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "functions")]
impl FunctionDeploymentUpdate {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            description: ::std::option::Option::None,
            name: ::std::option::Option::None,
            tag: ::std::option::Option::None,
        }
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`tag`](Self::tag).
    pub fn with_tag(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tag = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `FunctionInput` schema.
#[cfg(feature = "functions")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FunctionInput {
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `environment`
    pub environment: ::std::collections::BTreeMap<
        ::std::string::String,
        ::std::string::String,
    >,
    /// `maxInstances`
    pub max_instances: i32,
    /// `maxMemory`
    pub max_memory: f64,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `tag`
    pub tag: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "functions")]
impl serde::Serialize for FunctionInput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 3;
        len += self.description.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.tag.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "FunctionInput", len);
        s.optional("description", &self.description);
        s.field("environment", &self.environment);
        s.field("maxInstances", &self.max_instances);
        s.field("maxMemory", &self.max_memory);
        s.optional("name", &self.name);
        s.optional("tag", &self.tag);
        s.end()
    }
}
#[cfg(feature = "functions")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for FunctionInput {
    const NAME: &'static str = "FunctionInput";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["description", "environment", "maxInstances", "maxMemory", "name", "tag"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
                3 => f.value(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("environment");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("maxInstances");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("maxMemory");
        };
        ::std::result::Result::Ok(Self {
            description: v0,
            environment: v1,
            max_instances: v2,
            max_memory: v3,
            name: v4,
            tag: v5,
        })
    }
}
#[cfg(feature = "functions")]
impl<'de> serde::Deserialize<'de> for FunctionInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "functions")]
impl FunctionInput {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        environment: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        max_instances: i32,
        max_memory: f64,
    ) -> Self {
        Self {
            description: ::std::option::Option::None,
            environment,
            max_instances,
            max_memory,
            name: ::std::option::Option::None,
            tag: ::std::option::Option::None,
        }
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`tag`](Self::tag).
    pub fn with_tag(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tag = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `GithubCommit` schema.
#[cfg(feature = "github")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GithubCommit {
    /// `sha`
    pub sha: ::std::option::Option<::std::string::String>,
    /// `message`
    pub message: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "github")]
impl serde::Serialize for GithubCommit {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.sha.is_some() as usize;
        len += self.message.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "GithubCommit", len);
        s.optional("sha", &self.sha);
        s.optional("message", &self.message);
        s.end()
    }
}
#[cfg(feature = "github")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for GithubCommit {
    const NAME: &'static str = "GithubCommit";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["sha", "message"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { sha: v0, message: v1 })
    }
}
#[cfg(feature = "github")]
impl<'de> serde::Deserialize<'de> for GithubCommit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "github")]
impl GithubCommit {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            sha: ::std::option::Option::None,
            message: ::std::option::Option::None,
        }
    }
    /// Sets [`sha`](Self::sha).
    pub fn with_sha(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sha = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`message`](Self::message).
    pub fn with_message(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `GithubPushPayload` schema.
#[cfg(feature = "github")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GithubPushPayload {
    /// `ref`
    pub ref_: ::std::option::Option<::std::string::String>,
    /// `after`
    pub after: ::std::option::Option<::std::string::String>,
    /// `repository`
    pub repository: ::std::option::Option<GithubPushRepository>,
    /// `sender`
    pub sender: ::std::option::Option<GithubSender>,
    /// `pusher`
    pub pusher: ::std::option::Option<GithubPusher>,
    /// `head_commit`
    pub head_commit: ::std::option::Option<GithubCommit>,
}
#[cfg(feature = "github")]
impl serde::Serialize for GithubPushPayload {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.ref_.is_some() as usize;
        len += self.after.is_some() as usize;
        len += self.repository.is_some() as usize;
        len += self.sender.is_some() as usize;
        len += self.pusher.is_some() as usize;
        len += self.head_commit.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "GithubPushPayload",
            len,
        );
        s.optional("ref", &self.ref_);
        s.optional("after", &self.after);
        s.optional("repository", &self.repository);
        s.optional("sender", &self.sender);
        s.optional("pusher", &self.pusher);
        s.optional("head_commit", &self.head_commit);
        s.end()
    }
}
#[cfg(feature = "github")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for GithubPushPayload {
    const NAME: &'static str = "GithubPushPayload";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["ref", "after", "repository", "sender", "pusher", "head_commit"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            ref_: v0,
            after: v1,
            repository: v2,
            sender: v3,
            pusher: v4,
            head_commit: v5,
        })
    }
}
#[cfg(feature = "github")]
impl<'de> serde::Deserialize<'de> for GithubPushPayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "github")]
impl GithubPushPayload {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            ref_: ::std::option::Option::None,
            after: ::std::option::Option::None,
            repository: ::std::option::Option::None,
            sender: ::std::option::Option::None,
            pusher: ::std::option::Option::None,
            head_commit: ::std::option::Option::None,
        }
    }
    /// Sets [`ref_`](Self::ref_).
    pub fn with_ref(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ref_ = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`after`](Self::after).
    pub fn with_after(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.after = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`repository`](Self::repository).
    pub fn with_repository(mut self, value: GithubPushRepository) -> Self {
        self.repository = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`sender`](Self::sender).
    pub fn with_sender(mut self, value: GithubSender) -> Self {
        self.sender = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`pusher`](Self::pusher).
    pub fn with_pusher(mut self, value: GithubPusher) -> Self {
        self.pusher = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`head_commit`](Self::head_commit).
    pub fn with_head_commit(mut self, value: GithubCommit) -> Self {
        self.head_commit = ::std::option::Option::Some(value);
        self
    }
}
/// The `GithubPushRepository` schema.
#[cfg(feature = "github")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GithubPushRepository {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "github")]
impl serde::Serialize for GithubPushRepository {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "GithubPushRepository",
            len,
        );
        s.optional("id", &self.id);
        s.end()
    }
}
#[cfg(feature = "github")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for GithubPushRepository {
    const NAME: &'static str = "GithubPushRepository";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["id"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { id: v0 })
    }
}
#[cfg(feature = "github")]
impl<'de> serde::Deserialize<'de> for GithubPushRepository {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "github")]
impl GithubPushRepository {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `GithubPusher` schema.
#[cfg(feature = "github")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GithubPusher {
    /// `email`
    pub email: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "github")]
impl serde::Serialize for GithubPusher {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.email.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "GithubPusher", len);
        s.optional("email", &self.email);
        s.end()
    }
}
#[cfg(feature = "github")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for GithubPusher {
    const NAME: &'static str = "GithubPusher";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["email"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { email: v0 })
    }
}
#[cfg(feature = "github")]
impl<'de> serde::Deserialize<'de> for GithubPusher {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "github")]
impl GithubPusher {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            email: ::std::option::Option::None,
        }
    }
    /// Sets [`email`](Self::email).
    pub fn with_email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `GithubRepository` schema.
#[cfg(feature = "github")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GithubRepository {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `owner`
    pub owner: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `gitUrl`
    pub git_url: ::std::option::Option<::std::string::String>,
    /// `defaultBranch`
    pub default_branch: ::std::option::Option<::std::string::String>,
    /// `priv`
    pub priv_: ::std::option::Option<bool>,
}
#[cfg(feature = "github")]
impl serde::Serialize for GithubRepository {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.owner.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.git_url.is_some() as usize;
        len += self.default_branch.is_some() as usize;
        len += self.priv_.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "GithubRepository",
            len,
        );
        s.optional("id", &self.id);
        s.optional("owner", &self.owner);
        s.optional("name", &self.name);
        s.optional("description", &self.description);
        s.optional("gitUrl", &self.git_url);
        s.optional("defaultBranch", &self.default_branch);
        s.optional("priv", &self.priv_);
        s.end()
    }
}
#[cfg(feature = "github")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for GithubRepository {
    const NAME: &'static str = "GithubRepository";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["id", "owner", "name", "description", "gitUrl", "defaultBranch", "priv"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "github")]
impl<'de> serde::Deserialize<'de> for GithubRepository {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "github")]
impl GithubRepository {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            owner: ::std::option::Option::None,
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            git_url: ::std::option::Option::None,
            default_branch: ::std::option::Option::None,
            priv_: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`owner`](Self::owner).
    pub fn with_owner(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`git_url`](Self::git_url).
    pub fn with_git_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.git_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`default_branch`](Self::default_branch).
    pub fn with_default_branch(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.default_branch = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`priv_`](Self::priv_).
    pub fn with_priv(mut self, value: bool) -> Self {
        self.priv_ = ::std::option::Option::Some(value);
        self
    }
}
/// The `GithubSender` schema.
#[cfg(feature = "github")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GithubSender {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "github")]
impl serde::Serialize for GithubSender {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "GithubSender", len);
        s.optional("id", &self.id);
        s.end()
    }
}
#[cfg(feature = "github")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for GithubSender {
    const NAME: &'static str = "GithubSender";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["id"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { id: v0 })
    }
}
#[cfg(feature = "github")]
impl<'de> serde::Deserialize<'de> for GithubSender {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "github")]
impl GithubSender {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
}
/// A token issued by the identity and access service.
#[cfg(feature = "iam-tokens")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct IamToken {
    /// `biscuit`
    pub biscuit: ::std::option::Option<::std::string::String>,
    /// `creation_date`
    pub creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `description`
    pub description: ::std::string::String,
    /// `id`
    pub id: ::std::string::String,
    /// `labels`
    pub labels: IamTokenLabels,
    /// `name`
    pub name: ::std::string::String,
    /// `redacted_end`
    pub redacted_end: ::std::string::String,
    /// `redacted_start`
    pub redacted_start: ::std::string::String,
    /// `revocation_date`
    pub revocation_date: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `revocation_id`
    pub revocation_id: ::std::string::String,
    /// `status`
    pub status: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    /// `tags`
    pub tags: ::std::vec::Vec<::std::string::String>,
    /// `type`
    pub type_: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    /// `update_date`
    pub update_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
}
#[cfg(feature = "iam-tokens")]
impl serde::Serialize for IamToken {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 12;
        len += self.biscuit.is_some() as usize;
        len += self.revocation_date.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "IamToken", len);
        s.optional("biscuit", &self.biscuit);
        s.field("creation_date", &self.creation_date);
        s.field("description", &self.description);
        s.field("id", &self.id);
        s.field("labels", &self.labels);
        s.field("name", &self.name);
        s.field("redacted_end", &self.redacted_end);
        s.field("redacted_start", &self.redacted_start);
        s.optional("revocation_date", &self.revocation_date);
        s.field("revocation_id", &self.revocation_id);
        s.field("status", &self.status);
        s.field("tags", &self.tags);
        s.field("type", &self.type_);
        s.field("update_date", &self.update_date);
        s.end()
    }
}
#[cfg(feature = "iam-tokens")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for IamToken {
    const NAME: &'static str = "IamToken";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut v12 = ::std::option::Option::None;
        let mut v13 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "biscuit",
                "creation_date",
                "description",
                "id",
                "labels",
                "name",
                "redacted_end",
                "redacted_start",
                "revocation_date",
                "revocation_id",
                "status",
                "tags",
                "type",
                "update_date",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
                3 => f.value(&mut v3),
                4 => f.value(&mut v4),
                5 => f.value(&mut v5),
                6 => f.value(&mut v6),
                7 => f.value(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.value(&mut v9),
                10 => f.value(&mut v10),
                11 => f.value(&mut v11),
                12 => f.value(&mut v12),
                13 => f.value(&mut v13),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("creation_date");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("description");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("id");
        };
        let ::std::option::Option::Some(v4) = v4 else {
            return cloudsdk_runtime::de::missing("labels");
        };
        let ::std::option::Option::Some(v5) = v5 else {
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v6) = v6 else {
            return cloudsdk_runtime::de::missing("redacted_end");
        };
        let ::std::option::Option::Some(v7) = v7 else {
            return cloudsdk_runtime::de::missing("redacted_start");
        };
        let ::std::option::Option::Some(v9) = v9 else {
            return cloudsdk_runtime::de::missing("revocation_id");
        };
        let ::std::option::Option::Some(v10) = v10 else {
            return cloudsdk_runtime::de::missing("status");
        };
        let ::std::option::Option::Some(v11) = v11 else {
            return cloudsdk_runtime::de::missing("tags");
        };
        let ::std::option::Option::Some(v12) = v12 else {
            return cloudsdk_runtime::de::missing("type");
        };
        let ::std::option::Option::Some(v13) = v13 else {
            return cloudsdk_runtime::de::missing("update_date");
        };
        ::std::result::Result::Ok(Self {
            biscuit: v0,
            creation_date: v1,
            description: v2,
            id: v3,
            labels: v4,
            name: v5,
            redacted_end: v6,
            redacted_start: v7,
            revocation_date: v8,
            revocation_id: v9,
            status: v10,
            tags: v11,
            type_: v12,
            update_date: v13,
        })
    }
}
#[cfg(feature = "iam-tokens")]
impl<'de> serde::Deserialize<'de> for IamToken {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "iam-tokens")]
impl IamToken {
    /// Builds one from its required fields; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
        description: impl ::std::convert::Into<::std::string::String>,
        id: impl ::std::convert::Into<::std::string::String>,
        labels: IamTokenLabels,
        name: impl ::std::convert::Into<::std::string::String>,
        redacted_end: impl ::std::convert::Into<::std::string::String>,
        redacted_start: impl ::std::convert::Into<::std::string::String>,
        revocation_id: impl ::std::convert::Into<::std::string::String>,
        status: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
        tags: ::std::vec::Vec<::std::string::String>,
        type_: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
        update_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        Self {
            biscuit: ::std::option::Option::None,
            creation_date,
            description: description.into(),
            id: id.into(),
            labels,
            name: name.into(),
            redacted_end: redacted_end.into(),
            redacted_start: redacted_start.into(),
            revocation_date: ::std::option::Option::None,
            revocation_id: revocation_id.into(),
            status,
            tags,
            type_,
            update_date,
        }
    }
    /// Sets [`biscuit`](Self::biscuit).
    pub fn with_biscuit(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.biscuit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`revocation_date`](Self::revocation_date).
    pub fn with_revocation_date(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.revocation_date = ::std::option::Option::Some(value);
        self
    }
}
/// The `IamTokenLabels` schema.
#[cfg(feature = "iam-tokens")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct IamTokenLabels {
    /// `creator`
    pub creator: ::std::string::String,
    /// `owner`
    pub owner: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    >,
    /// `region`
    pub region: ::std::string::String,
    /// `resource_id`
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// `service`
    pub service: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "iam-tokens")]
impl serde::Serialize for IamTokenLabels {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.owner.is_some() as usize;
        len += self.resource_id.is_some() as usize;
        len += self.service.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "IamTokenLabels",
            len,
        );
        s.field("creator", &self.creator);
        s.optional("owner", &self.owner);
        s.field("region", &self.region);
        s.optional("resource_id", &self.resource_id);
        s.optional("service", &self.service);
        s.end()
    }
}
#[cfg(feature = "iam-tokens")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for IamTokenLabels {
    const NAME: &'static str = "IamTokenLabels";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["creator", "owner", "region", "resource_id", "service"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.value(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("creator");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("region");
        };
        ::std::result::Result::Ok(Self {
            creator: v0,
            owner: v1,
            region: v2,
            resource_id: v3,
            service: v4,
        })
    }
}
#[cfg(feature = "iam-tokens")]
impl<'de> serde::Deserialize<'de> for IamTokenLabels {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "iam-tokens")]
impl IamTokenLabels {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        creator: impl ::std::convert::Into<::std::string::String>,
        region: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            creator: creator.into(),
            owner: ::std::option::Option::None,
            region: region.into(),
            resource_id: ::std::option::Option::None,
            service: ::std::option::Option::None,
        }
    }
    /// Sets [`owner`](Self::owner).
    pub fn with_owner(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    ) -> Self {
        self.owner = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`resource_id`](Self::resource_id).
    pub fn with_resource_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`service`](Self::service).
    pub fn with_service(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `InstanceState` schema.
#[cfg(feature = "instances")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(feature = "instances")]
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
#[cfg(feature = "instances")]
impl ::std::convert::From<::std::string::String> for InstanceState {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(feature = "instances")]
impl std::fmt::Display for InstanceState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "instances")]
impl serde::Serialize for InstanceState {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "instances")]
impl<'de> serde::Deserialize<'de> for InstanceState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "instances")]
impl ::std::cmp::Eq for InstanceState {}
#[cfg(feature = "instances")]
impl ::std::cmp::PartialOrd for InstanceState {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "instances")]
impl ::std::hash::Hash for InstanceState {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// A running instance of an application.
#[cfg(feature = "instances")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Instance {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `appId`
    pub app_id: ::std::option::Option<::std::string::String>,
    /// `ip`
    pub ip: ::std::option::Option<::std::string::String>,
    /// `appPort`
    pub app_port: ::std::option::Option<i32>,
    /// `state`
    pub state: ::std::option::Option<InstanceState>,
    /// `flavor`
    pub flavor: ::std::option::Option<InstanceFlavor>,
    /// `commit`
    pub commit: ::std::option::Option<::std::string::String>,
    /// `deployNumber`
    pub deploy_number: ::std::option::Option<i32>,
    /// `deployId`
    pub deploy_id: ::std::option::Option<::std::string::String>,
    /// `instanceNumber`
    pub instance_number: ::std::option::Option<i32>,
    /// `displayName`
    pub display_name: ::std::option::Option<::std::string::String>,
    /// `creationDate`
    ///
    /// Set by the server; ignored in requests.
    pub creation_date: ::std::option::Option<i64>,
}
#[cfg(feature = "instances")]
impl serde::Serialize for Instance {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.app_id.is_some() as usize;
        len += self.ip.is_some() as usize;
        len += self.app_port.is_some() as usize;
        len += self.state.is_some() as usize;
        len += self.flavor.is_some() as usize;
        len += self.commit.is_some() as usize;
        len += self.deploy_number.is_some() as usize;
        len += self.deploy_id.is_some() as usize;
        len += self.instance_number.is_some() as usize;
        len += self.display_name.is_some() as usize;
        len += self.creation_date.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Instance", len);
        s.optional("id", &self.id);
        s.optional("appId", &self.app_id);
        s.optional("ip", &self.ip);
        s.optional("appPort", &self.app_port);
        s.optional("state", &self.state);
        s.optional("flavor", &self.flavor);
        s.optional("commit", &self.commit);
        s.optional("deployNumber", &self.deploy_number);
        s.optional("deployId", &self.deploy_id);
        s.optional("instanceNumber", &self.instance_number);
        s.optional("displayName", &self.display_name);
        s.optional("creationDate", &self.creation_date);
        s.end()
    }
}
#[cfg(feature = "instances")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Instance {
    const NAME: &'static str = "Instance";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "appId",
                "ip",
                "appPort",
                "state",
                "flavor",
                "commit",
                "deployNumber",
                "deployId",
                "instanceNumber",
                "displayName",
                "creationDate",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.optional(&mut v11),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "instances")]
impl<'de> serde::Deserialize<'de> for Instance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "instances")]
impl Instance {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            app_id: ::std::option::Option::None,
            ip: ::std::option::Option::None,
            app_port: ::std::option::Option::None,
            state: ::std::option::Option::None,
            flavor: ::std::option::Option::None,
            commit: ::std::option::Option::None,
            deploy_number: ::std::option::Option::None,
            deploy_id: ::std::option::Option::None,
            instance_number: ::std::option::Option::None,
            display_name: ::std::option::Option::None,
            creation_date: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`app_id`](Self::app_id).
    pub fn with_app_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.app_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`ip`](Self::ip).
    pub fn with_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`app_port`](Self::app_port).
    pub fn with_app_port(mut self, value: i32) -> Self {
        self.app_port = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`state`](Self::state).
    pub fn with_state(mut self, value: InstanceState) -> Self {
        self.state = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`flavor`](Self::flavor).
    pub fn with_flavor(mut self, value: InstanceFlavor) -> Self {
        self.flavor = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`commit`](Self::commit).
    pub fn with_commit(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.commit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`deploy_number`](Self::deploy_number).
    pub fn with_deploy_number(mut self, value: i32) -> Self {
        self.deploy_number = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`deploy_id`](Self::deploy_id).
    pub fn with_deploy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deploy_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`instance_number`](Self::instance_number).
    pub fn with_instance_number(mut self, value: i32) -> Self {
        self.instance_number = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`display_name`](Self::display_name).
    pub fn with_display_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`creation_date`](Self::creation_date).
    pub fn with_creation_date(mut self, value: i64) -> Self {
        self.creation_date = ::std::option::Option::Some(value);
        self
    }
}
/// The `InstanceFlavor` schema.
#[cfg(feature = "instances")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InstanceFlavor {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `mem`
    pub mem: ::std::option::Option<i32>,
    /// `cpus`
    pub cpus: ::std::option::Option<i32>,
    /// `price`
    pub price: ::std::option::Option<f64>,
}
#[cfg(feature = "instances")]
impl serde::Serialize for InstanceFlavor {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.mem.is_some() as usize;
        len += self.cpus.is_some() as usize;
        len += self.price.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "InstanceFlavor",
            len,
        );
        s.optional("name", &self.name);
        s.optional("mem", &self.mem);
        s.optional("cpus", &self.cpus);
        s.optional("price", &self.price);
        s.end()
    }
}
#[cfg(feature = "instances")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for InstanceFlavor {
    const NAME: &'static str = "InstanceFlavor";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "mem", "cpus", "price"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            name: v0,
            mem: v1,
            cpus: v2,
            price: v3,
        })
    }
}
#[cfg(feature = "instances")]
impl<'de> serde::Deserialize<'de> for InstanceFlavor {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "instances")]
impl InstanceFlavor {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            mem: ::std::option::Option::None,
            cpus: ::std::option::Option::None,
            price: ::std::option::Option::None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`mem`](Self::mem).
    pub fn with_mem(mut self, value: i32) -> Self {
        self.mem = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cpus`](Self::cpus).
    pub fn with_cpus(mut self, value: i32) -> Self {
        self.cpus = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`price`](Self::price).
    pub fn with_price(mut self, value: f64) -> Self {
        self.price = ::std::option::Option::Some(value);
        self
    }
}
/// The `InstanceMap` schema.
#[cfg(feature = "instances")]
pub type InstanceMap = ::std::collections::BTreeMap<::std::string::String, Instance>;
/// The `InstanceType` schema.
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InstanceType {
    /// `type`
    pub type_: ::std::option::Option<::std::string::String>,
    /// `version`
    pub version: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `variant`
    pub variant: ::std::option::Option<InstanceVariant>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `enabled`
    pub enabled: ::std::option::Option<bool>,
    /// `comingSoon`
    pub coming_soon: ::std::option::Option<bool>,
    /// `maxInstances`
    pub max_instances: ::std::option::Option<i32>,
    /// `tags`
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `deployments`
    pub deployments: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `flavors`
    pub flavors: ::std::option::Option<::std::vec::Vec<Flavor>>,
    /// `defaultFlavor`
    pub default_flavor: ::std::option::Option<Flavor>,
    /// `buildFlavor`
    pub build_flavor: ::std::option::Option<Flavor>,
}
#[cfg(feature = "products")]
impl serde::Serialize for InstanceType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.type_.is_some() as usize;
        len += self.version.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.variant.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.enabled.is_some() as usize;
        len += self.coming_soon.is_some() as usize;
        len += self.max_instances.is_some() as usize;
        len += self.tags.is_some() as usize;
        len += self.deployments.is_some() as usize;
        len += self.flavors.is_some() as usize;
        len += self.default_flavor.is_some() as usize;
        len += self.build_flavor.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "InstanceType", len);
        s.optional("type", &self.type_);
        s.optional("version", &self.version);
        s.optional("name", &self.name);
        s.optional("variant", &self.variant);
        s.optional("description", &self.description);
        s.optional("enabled", &self.enabled);
        s.optional("comingSoon", &self.coming_soon);
        s.optional("maxInstances", &self.max_instances);
        s.optional("tags", &self.tags);
        s.optional("deployments", &self.deployments);
        s.optional("flavors", &self.flavors);
        s.optional("defaultFlavor", &self.default_flavor);
        s.optional("buildFlavor", &self.build_flavor);
        s.end()
    }
}
#[cfg(feature = "products")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for InstanceType {
    const NAME: &'static str = "InstanceType";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut v12 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "type",
                "version",
                "name",
                "variant",
                "description",
                "enabled",
                "comingSoon",
                "maxInstances",
                "tags",
                "deployments",
                "flavors",
                "defaultFlavor",
                "buildFlavor",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.optional(&mut v11),
                12 => f.optional(&mut v12),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "products")]
impl<'de> serde::Deserialize<'de> for InstanceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "products")]
impl InstanceType {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            type_: ::std::option::Option::None,
            version: ::std::option::Option::None,
            name: ::std::option::Option::None,
            variant: ::std::option::Option::None,
            description: ::std::option::Option::None,
            enabled: ::std::option::Option::None,
            coming_soon: ::std::option::Option::None,
            max_instances: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            deployments: ::std::option::Option::None,
            flavors: ::std::option::Option::None,
            default_flavor: ::std::option::Option::None,
            build_flavor: ::std::option::Option::None,
        }
    }
    /// Sets [`type_`](Self::type_).
    pub fn with_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.type_ = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`version`](Self::version).
    pub fn with_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`variant`](Self::variant).
    pub fn with_variant(mut self, value: InstanceVariant) -> Self {
        self.variant = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`enabled`](Self::enabled).
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`coming_soon`](Self::coming_soon).
    pub fn with_coming_soon(mut self, value: bool) -> Self {
        self.coming_soon = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`max_instances`](Self::max_instances).
    pub fn with_max_instances(mut self, value: i32) -> Self {
        self.max_instances = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`deployments`](Self::deployments).
    pub fn with_deployments(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.deployments = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`flavors`](Self::flavors).
    pub fn with_flavors(mut self, value: ::std::vec::Vec<Flavor>) -> Self {
        self.flavors = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`default_flavor`](Self::default_flavor).
    pub fn with_default_flavor(mut self, value: Flavor) -> Self {
        self.default_flavor = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`build_flavor`](Self::build_flavor).
    pub fn with_build_flavor(mut self, value: Flavor) -> Self {
        self.build_flavor = ::std::option::Option::Some(value);
        self
    }
}
/// The `InstanceVariant` schema.
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "products",
        feature = "users"
    )
)]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InstanceVariant {
    /// `id`
    pub id: ::std::option::Option<cloudsdk_runtime::uuid::Uuid>,
    /// `slug`
    pub slug: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `deployType`
    pub deploy_type: ::std::option::Option<::std::string::String>,
    /// `logo`
    pub logo: ::std::option::Option<::std::string::String>,
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "products",
        feature = "users"
    )
)]
impl serde::Serialize for InstanceVariant {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.slug.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.deploy_type.is_some() as usize;
        len += self.logo.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "InstanceVariant",
            len,
        );
        s.optional("id", &self.id);
        s.optional("slug", &self.slug);
        s.optional("name", &self.name);
        s.optional("deployType", &self.deploy_type);
        s.optional("logo", &self.logo);
        s.end()
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "products",
        feature = "users"
    )
)]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for InstanceVariant {
    const NAME: &'static str = "InstanceVariant";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["id", "slug", "name", "deployType", "logo"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            id: v0,
            slug: v1,
            name: v2,
            deploy_type: v3,
            logo: v4,
        })
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "products",
        feature = "users"
    )
)]
impl<'de> serde::Deserialize<'de> for InstanceVariant {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "products",
        feature = "users"
    )
)]
impl InstanceVariant {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            slug: ::std::option::Option::None,
            name: ::std::option::Option::None,
            deploy_type: ::std::option::Option::None,
            logo: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(mut self, value: cloudsdk_runtime::uuid::Uuid) -> Self {
        self.id = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`slug`](Self::slug).
    pub fn with_slug(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.slug = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`deploy_type`](Self::deploy_type).
    pub fn with_deploy_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deploy_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`logo`](Self::logo).
    pub fn with_logo(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.logo = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `InvoiceStatus` schema.
#[cfg(any(feature = "addons", feature = "payments"))]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(any(feature = "addons", feature = "payments"))]
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
#[cfg(any(feature = "addons", feature = "payments"))]
impl ::std::convert::From<::std::string::String> for InvoiceStatus {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(any(feature = "addons", feature = "payments"))]
impl std::fmt::Display for InvoiceStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl serde::Serialize for InvoiceStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl<'de> serde::Deserialize<'de> for InvoiceStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl ::std::cmp::Eq for InvoiceStatus {}
#[cfg(any(feature = "addons", feature = "payments"))]
impl ::std::cmp::PartialOrd for InvoiceStatus {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl ::std::hash::Hash for InvoiceStatus {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `InvoiceType` schema.
#[cfg(any(feature = "addons", feature = "payments"))]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(any(feature = "addons", feature = "payments"))]
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
#[cfg(any(feature = "addons", feature = "payments"))]
impl ::std::convert::From<::std::string::String> for InvoiceType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "INVOICE" => Self::Invoice,
            "CREDITNOTE" => Self::Creditnote,
            "PURCHASE_ORDER" => Self::PurchaseOrder,
            "ADDON_PREORDER" => Self::AddonPreorder,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl std::fmt::Display for InvoiceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl serde::Serialize for InvoiceType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl<'de> serde::Deserialize<'de> for InvoiceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl ::std::cmp::Eq for InvoiceType {}
#[cfg(any(feature = "addons", feature = "payments"))]
impl ::std::cmp::PartialOrd for InvoiceType {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl ::std::hash::Hash for InvoiceType {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `InvoicePayWhen` schema.
#[cfg(any(feature = "addons", feature = "payments"))]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum InvoicePayWhen {
    /// `PAY_NOW`
    PayNow,
    /// `PAY_NEXT_MONTH`
    PayNextMonth,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "addons", feature = "payments"))]
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
#[cfg(any(feature = "addons", feature = "payments"))]
impl ::std::convert::From<::std::string::String> for InvoicePayWhen {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "PAY_NOW" => Self::PayNow,
            "PAY_NEXT_MONTH" => Self::PayNextMonth,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl std::fmt::Display for InvoicePayWhen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl serde::Serialize for InvoicePayWhen {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl<'de> serde::Deserialize<'de> for InvoicePayWhen {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl ::std::cmp::Eq for InvoicePayWhen {}
#[cfg(any(feature = "addons", feature = "payments"))]
impl ::std::cmp::PartialOrd for InvoicePayWhen {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl ::std::hash::Hash for InvoicePayWhen {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// An invoice, credit note or purchase order.
#[cfg(any(feature = "addons", feature = "payments"))]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Invoice {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `number`
    pub number: ::std::option::Option<::std::string::String>,
    /// `status`
    pub status: ::std::option::Option<InvoiceStatus>,
    /// `emissionDate`
    pub emission_date: ::std::option::Option<::std::string::String>,
    /// `paymentDate`
    pub payment_date: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `company`
    pub company: ::std::option::Option<::std::string::String>,
    /// `target`
    pub target: ::std::option::Option<::std::string::String>,
    /// `address`
    pub address: ::std::option::Option<::std::string::String>,
    /// `zipCode`
    pub zip_code: ::std::option::Option<::std::string::String>,
    /// `city`
    pub city: ::std::option::Option<::std::string::String>,
    /// `country`
    pub country: ::std::option::Option<::std::string::String>,
    /// `countryCode`
    pub country_code: ::std::option::Option<::std::string::String>,
    /// `vatNumber`
    pub vat_number: ::std::option::Option<::std::string::String>,
    /// `fromSubscription`
    pub from_subscription: ::std::option::Option<bool>,
    /// `lines`
    pub lines: ::std::option::Option<::std::vec::Vec<InvoiceLine>>,
    /// `originalTotal`
    pub original_total: ::std::option::Option<f64>,
    /// `totalHT`
    pub total_ht: ::std::option::Option<f64>,
    /// `totalVAT`
    pub total_vat: ::std::option::Option<f64>,
    /// `totalTTC`
    pub total_ttc: ::std::option::Option<f64>,
    /// `type`
    pub type_: ::std::option::Option<InvoiceType>,
    /// `payingUser`
    pub paying_user: ::std::option::Option<OrganisationMember>,
    /// `errorCode`
    pub error_code: ::std::option::Option<::std::string::String>,
    /// `errorShortMsg`
    pub error_short_msg: ::std::option::Option<::std::string::String>,
    /// `errorLongMsg`
    pub error_long_msg: ::std::option::Option<::std::string::String>,
    /// `token`
    pub token: ::std::option::Option<::std::string::String>,
    /// `targetId`
    pub target_id: ::std::option::Option<::std::string::String>,
    /// `forId`
    pub for_id: ::std::option::Option<::std::string::String>,
    /// `customerOrderId`
    pub customer_order_id: ::std::option::Option<::std::string::String>,
    /// `customerCostCenter`
    pub customer_cost_center: ::std::option::Option<::std::string::String>,
    /// `vatRate`
    pub vat_rate: ::std::option::Option<f64>,
    /// `payWhen`
    pub pay_when: ::std::option::Option<InvoicePayWhen>,
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl std::fmt::Debug for Invoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Invoice")
            .field("id", &self.id)
            .field("number", &self.number)
            .field("status", &self.status)
            .field("emission_date", &self.emission_date)
            .field("payment_date", &self.payment_date)
            .field("name", &self.name)
            .field("company", &self.company)
            .field("target", &self.target)
            .field("address", &self.address)
            .field("zip_code", &self.zip_code)
            .field("city", &self.city)
            .field("country", &self.country)
            .field("country_code", &self.country_code)
            .field("vat_number", &self.vat_number)
            .field("from_subscription", &self.from_subscription)
            .field("lines", &self.lines)
            .field("original_total", &self.original_total)
            .field("total_ht", &self.total_ht)
            .field("total_vat", &self.total_vat)
            .field("total_ttc", &self.total_ttc)
            .field("type_", &self.type_)
            .field("paying_user", &self.paying_user)
            .field("error_code", &self.error_code)
            .field("error_short_msg", &self.error_short_msg)
            .field("error_long_msg", &self.error_long_msg)
            .field("token", &cloudsdk_runtime::Redacted(&self.token))
            .field("target_id", &self.target_id)
            .field("for_id", &self.for_id)
            .field("customer_order_id", &self.customer_order_id)
            .field("customer_cost_center", &self.customer_cost_center)
            .field("vat_rate", &self.vat_rate)
            .field("pay_when", &self.pay_when)
            .finish()
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl serde::Serialize for Invoice {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.number.is_some() as usize;
        len += self.status.is_some() as usize;
        len += self.emission_date.is_some() as usize;
        len += self.payment_date.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.company.is_some() as usize;
        len += self.target.is_some() as usize;
        len += self.address.is_some() as usize;
        len += self.zip_code.is_some() as usize;
        len += self.city.is_some() as usize;
        len += self.country.is_some() as usize;
        len += self.country_code.is_some() as usize;
        len += self.vat_number.is_some() as usize;
        len += self.from_subscription.is_some() as usize;
        len += self.lines.is_some() as usize;
        len += self.original_total.is_some() as usize;
        len += self.total_ht.is_some() as usize;
        len += self.total_vat.is_some() as usize;
        len += self.total_ttc.is_some() as usize;
        len += self.type_.is_some() as usize;
        len += self.paying_user.is_some() as usize;
        len += self.error_code.is_some() as usize;
        len += self.error_short_msg.is_some() as usize;
        len += self.error_long_msg.is_some() as usize;
        len += self.token.is_some() as usize;
        len += self.target_id.is_some() as usize;
        len += self.for_id.is_some() as usize;
        len += self.customer_order_id.is_some() as usize;
        len += self.customer_cost_center.is_some() as usize;
        len += self.vat_rate.is_some() as usize;
        len += self.pay_when.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Invoice", len);
        s.optional("id", &self.id);
        s.optional("number", &self.number);
        s.optional("status", &self.status);
        s.optional("emissionDate", &self.emission_date);
        s.optional("paymentDate", &self.payment_date);
        s.optional("name", &self.name);
        s.optional("company", &self.company);
        s.optional("target", &self.target);
        s.optional("address", &self.address);
        s.optional("zipCode", &self.zip_code);
        s.optional("city", &self.city);
        s.optional("country", &self.country);
        s.optional("countryCode", &self.country_code);
        s.optional("vatNumber", &self.vat_number);
        s.optional("fromSubscription", &self.from_subscription);
        s.optional("lines", &self.lines);
        s.optional("originalTotal", &self.original_total);
        s.optional("totalHT", &self.total_ht);
        s.optional("totalVAT", &self.total_vat);
        s.optional("totalTTC", &self.total_ttc);
        s.optional("type", &self.type_);
        s.optional("payingUser", &self.paying_user);
        s.optional("errorCode", &self.error_code);
        s.optional("errorShortMsg", &self.error_short_msg);
        s.optional("errorLongMsg", &self.error_long_msg);
        s.optional("token", &self.token);
        s.optional("targetId", &self.target_id);
        s.optional("forId", &self.for_id);
        s.optional("customerOrderId", &self.customer_order_id);
        s.optional("customerCostCenter", &self.customer_cost_center);
        s.optional("vatRate", &self.vat_rate);
        s.optional("payWhen", &self.pay_when);
        s.end()
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Invoice {
    const NAME: &'static str = "Invoice";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut v12 = ::std::option::Option::None;
        let mut v13 = ::std::option::Option::None;
        let mut v14 = ::std::option::Option::None;
        let mut v15 = ::std::option::Option::None;
        let mut v16 = ::std::option::Option::None;
        let mut v17 = ::std::option::Option::None;
        let mut v18 = ::std::option::Option::None;
        let mut v19 = ::std::option::Option::None;
        let mut v20 = ::std::option::Option::None;
        let mut v21 = ::std::option::Option::None;
        let mut v22 = ::std::option::Option::None;
        let mut v23 = ::std::option::Option::None;
        let mut v24 = ::std::option::Option::None;
        let mut v25 = ::std::option::Option::None;
        let mut v26 = ::std::option::Option::None;
        let mut v27 = ::std::option::Option::None;
        let mut v28 = ::std::option::Option::None;
        let mut v29 = ::std::option::Option::None;
        let mut v30 = ::std::option::Option::None;
        let mut v31 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "number",
                "status",
                "emissionDate",
                "paymentDate",
                "name",
                "company",
                "target",
                "address",
                "zipCode",
                "city",
                "country",
                "countryCode",
                "vatNumber",
                "fromSubscription",
                "lines",
                "originalTotal",
                "totalHT",
                "totalVAT",
                "totalTTC",
                "type",
                "payingUser",
                "errorCode",
                "errorShortMsg",
                "errorLongMsg",
                "token",
                "targetId",
                "forId",
                "customerOrderId",
                "customerCostCenter",
                "vatRate",
                "payWhen",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.optional(&mut v11),
                12 => f.optional(&mut v12),
                13 => f.optional(&mut v13),
                14 => f.optional(&mut v14),
                15 => f.optional(&mut v15),
                16 => f.optional(&mut v16),
                17 => f.optional(&mut v17),
                18 => f.optional(&mut v18),
                19 => f.optional(&mut v19),
                20 => f.optional(&mut v20),
                21 => f.optional(&mut v21),
                22 => f.optional(&mut v22),
                23 => f.optional(&mut v23),
                24 => f.optional(&mut v24),
                25 => f.optional(&mut v25),
                26 => f.optional(&mut v26),
                27 => f.optional(&mut v27),
                28 => f.optional(&mut v28),
                29 => f.optional(&mut v29),
                30 => f.optional(&mut v30),
                31 => f.optional(&mut v31),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(any(feature = "addons", feature = "payments"))]
impl<'de> serde::Deserialize<'de> for Invoice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl Invoice {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            number: ::std::option::Option::None,
            status: ::std::option::Option::None,
            emission_date: ::std::option::Option::None,
            payment_date: ::std::option::Option::None,
            name: ::std::option::Option::None,
            company: ::std::option::Option::None,
            target: ::std::option::Option::None,
            address: ::std::option::Option::None,
            zip_code: ::std::option::Option::None,
            city: ::std::option::Option::None,
            country: ::std::option::Option::None,
            country_code: ::std::option::Option::None,
            vat_number: ::std::option::Option::None,
            from_subscription: ::std::option::Option::None,
            lines: ::std::option::Option::None,
            original_total: ::std::option::Option::None,
            total_ht: ::std::option::Option::None,
            total_vat: ::std::option::Option::None,
            total_ttc: ::std::option::Option::None,
            type_: ::std::option::Option::None,
            paying_user: ::std::option::Option::None,
            error_code: ::std::option::Option::None,
            error_short_msg: ::std::option::Option::None,
            error_long_msg: ::std::option::Option::None,
            token: ::std::option::Option::None,
            target_id: ::std::option::Option::None,
            for_id: ::std::option::Option::None,
            customer_order_id: ::std::option::Option::None,
            customer_cost_center: ::std::option::Option::None,
            vat_rate: ::std::option::Option::None,
            pay_when: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`number`](Self::number).
    pub fn with_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(mut self, value: InvoiceStatus) -> Self {
        self.status = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`emission_date`](Self::emission_date).
    pub fn with_emission_date(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.emission_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`payment_date`](Self::payment_date).
    pub fn with_payment_date(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`company`](Self::company).
    pub fn with_company(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.company = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`target`](Self::target).
    pub fn with_target(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`address`](Self::address).
    pub fn with_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`zip_code`](Self::zip_code).
    pub fn with_zip_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.zip_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`city`](Self::city).
    pub fn with_city(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.city = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`country`](Self::country).
    pub fn with_country(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`country_code`](Self::country_code).
    pub fn with_country_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`vat_number`](Self::vat_number).
    pub fn with_vat_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vat_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`from_subscription`](Self::from_subscription).
    pub fn with_from_subscription(mut self, value: bool) -> Self {
        self.from_subscription = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`lines`](Self::lines).
    pub fn with_lines(mut self, value: ::std::vec::Vec<InvoiceLine>) -> Self {
        self.lines = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`original_total`](Self::original_total).
    pub fn with_original_total(mut self, value: f64) -> Self {
        self.original_total = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`total_ht`](Self::total_ht).
    pub fn with_total_ht(mut self, value: f64) -> Self {
        self.total_ht = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`total_vat`](Self::total_vat).
    pub fn with_total_vat(mut self, value: f64) -> Self {
        self.total_vat = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`total_ttc`](Self::total_ttc).
    pub fn with_total_ttc(mut self, value: f64) -> Self {
        self.total_ttc = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`type_`](Self::type_).
    pub fn with_type(mut self, value: InvoiceType) -> Self {
        self.type_ = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`paying_user`](Self::paying_user).
    pub fn with_paying_user(mut self, value: OrganisationMember) -> Self {
        self.paying_user = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`error_code`](Self::error_code).
    pub fn with_error_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`error_short_msg`](Self::error_short_msg).
    pub fn with_error_short_msg(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_short_msg = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`error_long_msg`](Self::error_long_msg).
    pub fn with_error_long_msg(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_long_msg = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`token`](Self::token).
    pub fn with_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`target_id`](Self::target_id).
    pub fn with_target_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`for_id`](Self::for_id).
    pub fn with_for_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.for_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`customer_order_id`](Self::customer_order_id).
    pub fn with_customer_order_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.customer_order_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`customer_cost_center`](Self::customer_cost_center).
    pub fn with_customer_cost_center(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.customer_cost_center = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`vat_rate`](Self::vat_rate).
    pub fn with_vat_rate(mut self, value: f64) -> Self {
        self.vat_rate = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`pay_when`](Self::pay_when).
    pub fn with_pay_when(mut self, value: InvoicePayWhen) -> Self {
        self.pay_when = ::std::option::Option::Some(value);
        self
    }
}
/// The `InvoiceLine` schema.
#[cfg(any(feature = "addons", feature = "payments"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InvoiceLine {
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `subDescription`
    pub sub_description: ::std::option::Option<::std::string::String>,
    /// `pack`
    pub pack: ::std::option::Option<::std::string::String>,
    /// `VAT`
    pub vat: ::std::option::Option<f64>,
    /// `price`
    pub price: ::std::option::Option<f64>,
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl serde::Serialize for InvoiceLine {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.description.is_some() as usize;
        len += self.sub_description.is_some() as usize;
        len += self.pack.is_some() as usize;
        len += self.vat.is_some() as usize;
        len += self.price.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "InvoiceLine", len);
        s.optional("description", &self.description);
        s.optional("subDescription", &self.sub_description);
        s.optional("pack", &self.pack);
        s.optional("VAT", &self.vat);
        s.optional("price", &self.price);
        s.end()
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for InvoiceLine {
    const NAME: &'static str = "InvoiceLine";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["description", "subDescription", "pack", "VAT", "price"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            description: v0,
            sub_description: v1,
            pack: v2,
            vat: v3,
            price: v4,
        })
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl<'de> serde::Deserialize<'de> for InvoiceLine {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl InvoiceLine {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            description: ::std::option::Option::None,
            sub_description: ::std::option::Option::None,
            pack: ::std::option::Option::None,
            vat: ::std::option::Option::None,
            price: ::std::option::Option::None,
        }
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`sub_description`](Self::sub_description).
    pub fn with_sub_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sub_description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`pack`](Self::pack).
    pub fn with_pack(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pack = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`vat`](Self::vat).
    pub fn with_vat(mut self, value: f64) -> Self {
        self.vat = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`price`](Self::price).
    pub fn with_price(mut self, value: f64) -> Self {
        self.price = ::std::option::Option::Some(value);
        self
    }
}
/// The `LinkedAddonEnv` schema.
#[cfg(feature = "environment")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LinkedAddonEnv {
    /// `provider_id`
    pub provider_id: ::std::option::Option<::std::string::String>,
    /// `addon_id`
    pub addon_id: ::std::option::Option<::std::string::String>,
    /// `addon_name`
    pub addon_name: ::std::option::Option<::std::string::String>,
    /// `env`
    pub env: ::std::option::Option<::std::vec::Vec<EnvVar>>,
}
#[cfg(feature = "environment")]
impl serde::Serialize for LinkedAddonEnv {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.provider_id.is_some() as usize;
        len += self.addon_id.is_some() as usize;
        len += self.addon_name.is_some() as usize;
        len += self.env.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "LinkedAddonEnv",
            len,
        );
        s.optional("provider_id", &self.provider_id);
        s.optional("addon_id", &self.addon_id);
        s.optional("addon_name", &self.addon_name);
        s.optional("env", &self.env);
        s.end()
    }
}
#[cfg(feature = "environment")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for LinkedAddonEnv {
    const NAME: &'static str = "LinkedAddonEnv";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["provider_id", "addon_id", "addon_name", "env"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            provider_id: v0,
            addon_id: v1,
            addon_name: v2,
            env: v3,
        })
    }
}
#[cfg(feature = "environment")]
impl<'de> serde::Deserialize<'de> for LinkedAddonEnv {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "environment")]
impl LinkedAddonEnv {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            provider_id: ::std::option::Option::None,
            addon_id: ::std::option::Option::None,
            addon_name: ::std::option::Option::None,
            env: ::std::option::Option::None,
        }
    }
    /// Sets [`provider_id`](Self::provider_id).
    pub fn with_provider_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`addon_id`](Self::addon_id).
    pub fn with_addon_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`addon_name`](Self::addon_name).
    pub fn with_addon_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`env`](Self::env).
    pub fn with_env(mut self, value: ::std::vec::Vec<EnvVar>) -> Self {
        self.env = ::std::option::Option::Some(value);
        self
    }
}
/// A load balancer; the provider does not publish its fields.
#[cfg(feature = "load-balancers")]
pub type LoadBalancer = ::std::collections::BTreeMap<
    ::std::string::String,
    serde_json::Value,
>;
/// One log line of an application, as sent by the logs endpoints and the logs WebSocket.
#[cfg(feature = "logs")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LogLine {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `date`
    pub date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `message`
    pub message: ::std::string::String,
    /// `severity`
    pub severity: ::std::option::Option<::std::string::String>,
    /// `facility`
    pub facility: ::std::option::Option<::std::string::String>,
    /// `service`
    pub service: ::std::option::Option<::std::string::String>,
    /// `pid`
    pub pid: ::std::option::Option<i64>,
    /// `applicationId`
    pub application_id: ::std::option::Option<::std::string::String>,
    /// `deploymentId`
    pub deployment_id: ::std::option::Option<::std::string::String>,
    /// `instanceId`
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `commitId`
    pub commit_id: ::std::option::Option<::std::string::String>,
    /// `region`
    pub region: ::std::option::Option<::std::string::String>,
    /// `zone`
    pub zone: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "logs")]
impl serde::Serialize for LogLine {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.id.is_some() as usize;
        len += self.severity.is_some() as usize;
        len += self.facility.is_some() as usize;
        len += self.service.is_some() as usize;
        len += self.pid.is_some() as usize;
        len += self.application_id.is_some() as usize;
        len += self.deployment_id.is_some() as usize;
        len += self.instance_id.is_some() as usize;
        len += self.commit_id.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.zone.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "LogLine", len);
        s.optional("id", &self.id);
        s.field("date", &self.date);
        s.field("message", &self.message);
        s.optional("severity", &self.severity);
        s.optional("facility", &self.facility);
        s.optional("service", &self.service);
        s.optional("pid", &self.pid);
        s.optional("applicationId", &self.application_id);
        s.optional("deploymentId", &self.deployment_id);
        s.optional("instanceId", &self.instance_id);
        s.optional("commitId", &self.commit_id);
        s.optional("region", &self.region);
        s.optional("zone", &self.zone);
        s.end()
    }
}
#[cfg(feature = "logs")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for LogLine {
    const NAME: &'static str = "LogLine";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut v12 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "date",
                "message",
                "severity",
                "facility",
                "service",
                "pid",
                "applicationId",
                "deploymentId",
                "instanceId",
                "commitId",
                "region",
                "zone",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.optional(&mut v11),
                12 => f.optional(&mut v12),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("date");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("message");
        };
        ::std::result::Result::Ok(Self {
            id: v0,
            date: v1,
            message: v2,
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
#[cfg(feature = "logs")]
impl<'de> serde::Deserialize<'de> for LogLine {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "logs")]
impl LogLine {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
        message: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            id: ::std::option::Option::None,
            date,
            message: message.into(),
            severity: ::std::option::Option::None,
            facility: ::std::option::Option::None,
            service: ::std::option::Option::None,
            pid: ::std::option::Option::None,
            application_id: ::std::option::Option::None,
            deployment_id: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            commit_id: ::std::option::Option::None,
            region: ::std::option::Option::None,
            zone: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`severity`](Self::severity).
    pub fn with_severity(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.severity = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`facility`](Self::facility).
    pub fn with_facility(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.facility = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`service`](Self::service).
    pub fn with_service(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`pid`](Self::pid).
    pub fn with_pid(mut self, value: i64) -> Self {
        self.pid = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`application_id`](Self::application_id).
    pub fn with_application_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.application_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`deployment_id`](Self::deployment_id).
    pub fn with_deployment_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployment_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`instance_id`](Self::instance_id).
    pub fn with_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`commit_id`](Self::commit_id).
    pub fn with_commit_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.commit_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`zone`](Self::zone).
    pub fn with_zone(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.zone = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `LoginForm` schema.
#[cfg(feature = "sessions")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LoginForm {
    /// `email`
    pub email: ::std::option::Option<::std::string::String>,
    /// `pass`
    pub pass: ::std::option::Option<::std::string::String>,
    /// `from_authorize`
    pub from_authorize: ::std::option::Option<::std::string::String>,
    /// `cli_token`
    pub cli_token: ::std::option::Option<::std::string::String>,
    /// `oauth_token`
    pub oauth_token: ::std::option::Option<::std::string::String>,
    /// `partner_id`
    pub partner_id: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for LoginForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoginForm")
            .field("email", &self.email)
            .field("pass", &cloudsdk_runtime::Redacted(&self.pass))
            .field("from_authorize", &self.from_authorize)
            .field("cli_token", &cloudsdk_runtime::Redacted(&self.cli_token))
            .field("oauth_token", &cloudsdk_runtime::Redacted(&self.oauth_token))
            .field("partner_id", &self.partner_id)
            .finish()
    }
}
#[cfg(feature = "sessions")]
impl serde::Serialize for LoginForm {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.email.is_some() as usize;
        len += self.pass.is_some() as usize;
        len += self.from_authorize.is_some() as usize;
        len += self.cli_token.is_some() as usize;
        len += self.oauth_token.is_some() as usize;
        len += self.partner_id.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "LoginForm", len);
        s.optional("email", &self.email);
        s.optional("pass", &self.pass);
        s.optional("from_authorize", &self.from_authorize);
        s.optional("cli_token", &self.cli_token);
        s.optional("oauth_token", &self.oauth_token);
        s.optional("partner_id", &self.partner_id);
        s.end()
    }
}
#[cfg(feature = "sessions")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for LoginForm {
    const NAME: &'static str = "LoginForm";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "email",
                "pass",
                "from_authorize",
                "cli_token",
                "oauth_token",
                "partner_id",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            email: v0,
            pass: v1,
            from_authorize: v2,
            cli_token: v3,
            oauth_token: v4,
            partner_id: v5,
        })
    }
}
#[cfg(feature = "sessions")]
impl<'de> serde::Deserialize<'de> for LoginForm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "sessions")]
impl LoginForm {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            email: ::std::option::Option::None,
            pass: ::std::option::Option::None,
            from_authorize: ::std::option::Option::None,
            cli_token: ::std::option::Option::None,
            oauth_token: ::std::option::Option::None,
            partner_id: ::std::option::Option::None,
        }
    }
    /// Sets [`email`](Self::email).
    pub fn with_email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`pass`](Self::pass).
    pub fn with_pass(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pass = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`from_authorize`](Self::from_authorize).
    pub fn with_from_authorize(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.from_authorize = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`cli_token`](Self::cli_token).
    pub fn with_cli_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cli_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`oauth_token`](Self::oauth_token).
    pub fn with_oauth_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.oauth_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`partner_id`](Self::partner_id).
    pub fn with_partner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `MatomoAddonPlanIdentifier` schema.
#[cfg(feature = "matomo")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum MatomoAddonPlanIdentifier {
    /// `BETA`
    Beta,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "matomo")]
impl MatomoAddonPlanIdentifier {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Beta => "BETA",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "matomo")]
impl ::std::convert::From<::std::string::String> for MatomoAddonPlanIdentifier {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "BETA" => Self::Beta,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "matomo")]
impl std::fmt::Display for MatomoAddonPlanIdentifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "matomo")]
impl serde::Serialize for MatomoAddonPlanIdentifier {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "matomo")]
impl<'de> serde::Deserialize<'de> for MatomoAddonPlanIdentifier {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "matomo")]
impl ::std::cmp::Eq for MatomoAddonPlanIdentifier {}
#[cfg(feature = "matomo")]
impl ::std::cmp::PartialOrd for MatomoAddonPlanIdentifier {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "matomo")]
impl ::std::hash::Hash for MatomoAddonPlanIdentifier {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `MatomoAddon` schema.
#[cfg(feature = "matomo")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MatomoAddon {
    /// `addonId`
    pub addon_id: ::std::string::String,
    /// `host`
    pub host: ::std::string::String,
    /// `mysqlId`
    pub mysql_id: ::std::string::String,
    /// `ownerId`
    pub owner_id: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    /// `phpId`
    pub php_id: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    /// `planIdentifier`
    ///
    /// Defaults to `"BETA"` when left out.
    pub plan_identifier: MatomoAddonPlanIdentifier,
    /// `redisId`
    pub redis_id: ::std::string::String,
}
#[cfg(feature = "matomo")]
impl serde::Serialize for MatomoAddon {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "MatomoAddon", 7);
        s.field("addonId", &self.addon_id);
        s.field("host", &self.host);
        s.field("mysqlId", &self.mysql_id);
        s.field("ownerId", &self.owner_id);
        s.field("phpId", &self.php_id);
        s.field("planIdentifier", &self.plan_identifier);
        s.field("redisId", &self.redis_id);
        s.end()
    }
}
#[cfg(feature = "matomo")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MatomoAddon {
    const NAME: &'static str = "MatomoAddon";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "addonId",
                "host",
                "mysqlId",
                "ownerId",
                "phpId",
                "planIdentifier",
                "redisId",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
                3 => f.value(&mut v3),
                4 => f.value(&mut v4),
                5 => f.value(&mut v5),
                6 => f.value(&mut v6),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("addonId");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("host");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("mysqlId");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("ownerId");
        };
        let ::std::option::Option::Some(v4) = v4 else {
            return cloudsdk_runtime::de::missing("phpId");
        };
        let ::std::option::Option::Some(v5) = v5 else {
            return cloudsdk_runtime::de::missing("planIdentifier");
        };
        let ::std::option::Option::Some(v6) = v6 else {
            return cloudsdk_runtime::de::missing("redisId");
        };
        ::std::result::Result::Ok(Self {
            addon_id: v0,
            host: v1,
            mysql_id: v2,
            owner_id: v3,
            php_id: v4,
            plan_identifier: v5,
            redis_id: v6,
        })
    }
}
#[cfg(feature = "matomo")]
impl<'de> serde::Deserialize<'de> for MatomoAddon {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "matomo")]
impl MatomoAddon {
    /// Builds one from its fields.
    pub fn new(
        addon_id: impl ::std::convert::Into<::std::string::String>,
        host: impl ::std::convert::Into<::std::string::String>,
        mysql_id: impl ::std::convert::Into<::std::string::String>,
        owner_id: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
        php_id: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
        plan_identifier: MatomoAddonPlanIdentifier,
        redis_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            addon_id: addon_id.into(),
            host: host.into(),
            mysql_id: mysql_id.into(),
            owner_id,
            php_id,
            plan_identifier,
            redis_id: redis_id.into(),
        }
    }
}
/// The `MatomoTokenInfo` schema.
#[cfg(feature = "matomo")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MatomoTokenInfo {
    /// `addonId`
    pub addon_id: ::std::string::String,
    /// `ownerId`
    pub owner_id: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    /// `phpAppId`
    pub php_app_id: ::std::collections::BTreeMap<
        ::std::string::String,
        serde_json::Value,
    >,
}
#[cfg(feature = "matomo")]
impl serde::Serialize for MatomoTokenInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "MatomoTokenInfo", 3);
        s.field("addonId", &self.addon_id);
        s.field("ownerId", &self.owner_id);
        s.field("phpAppId", &self.php_app_id);
        s.end()
    }
}
#[cfg(feature = "matomo")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MatomoTokenInfo {
    const NAME: &'static str = "MatomoTokenInfo";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["addonId", "ownerId", "phpAppId"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("addonId");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("ownerId");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("phpAppId");
        };
        ::std::result::Result::Ok(Self {
            addon_id: v0,
            owner_id: v1,
            php_app_id: v2,
        })
    }
}
#[cfg(feature = "matomo")]
impl<'de> serde::Deserialize<'de> for MatomoTokenInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "matomo")]
impl MatomoTokenInfo {
    /// Builds one from its fields.
    pub fn new(
        addon_id: impl ::std::convert::Into<::std::string::String>,
        owner_id: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
        php_app_id: ::std::collections::BTreeMap<
            ::std::string::String,
            serde_json::Value,
        >,
    ) -> Self {
        Self {
            addon_id: addon_id.into(),
            owner_id,
            php_app_id,
        }
    }
}
/// The `MaxCreditsInput` schema.
#[cfg(feature = "payments")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MaxCreditsInput {
    /// `max`
    pub max: ::std::option::Option<f64>,
}
#[cfg(feature = "payments")]
impl serde::Serialize for MaxCreditsInput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.max.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "MaxCreditsInput",
            len,
        );
        s.optional("max", &self.max);
        s.end()
    }
}
#[cfg(feature = "payments")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MaxCreditsInput {
    const NAME: &'static str = "MaxCreditsInput";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["max"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { max: v0 })
    }
}
#[cfg(feature = "payments")]
impl<'de> serde::Deserialize<'de> for MaxCreditsInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "payments")]
impl MaxCreditsInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            max: ::std::option::Option::None,
        }
    }
    /// Sets [`max`](Self::max).
    pub fn with_max(mut self, value: f64) -> Self {
        self.max = ::std::option::Option::Some(value);
        self
    }
}
/// The `MemberInvitation` schema.
#[cfg(feature = "members")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MemberInvitation {
    /// `role`
    pub role: ::std::option::Option<::std::string::String>,
    /// `job`
    pub job: ::std::option::Option<::std::string::String>,
    /// `email`
    pub email: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "members")]
impl serde::Serialize for MemberInvitation {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.role.is_some() as usize;
        len += self.job.is_some() as usize;
        len += self.email.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "MemberInvitation",
            len,
        );
        s.optional("role", &self.role);
        s.optional("job", &self.job);
        s.optional("email", &self.email);
        s.end()
    }
}
#[cfg(feature = "members")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MemberInvitation {
    const NAME: &'static str = "MemberInvitation";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["role", "job", "email"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            role: v0,
            job: v1,
            email: v2,
        })
    }
}
#[cfg(feature = "members")]
impl<'de> serde::Deserialize<'de> for MemberInvitation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "members")]
impl MemberInvitation {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            role: ::std::option::Option::None,
            job: ::std::option::Option::None,
            email: ::std::option::Option::None,
        }
    }
    /// Sets [`role`](Self::role).
    pub fn with_role(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`job`](Self::job).
    pub fn with_job(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`email`](Self::email).
    pub fn with_email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `MemberUserPreferredMfa` schema.
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum MemberUserPreferredMfa {
    /// `NONE`
    None,
    /// `TOTP`
    Totp,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
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
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl ::std::convert::From<::std::string::String> for MemberUserPreferredMfa {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "NONE" => Self::None,
            "TOTP" => Self::Totp,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl std::fmt::Display for MemberUserPreferredMfa {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl serde::Serialize for MemberUserPreferredMfa {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl<'de> serde::Deserialize<'de> for MemberUserPreferredMfa {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl ::std::cmp::Eq for MemberUserPreferredMfa {}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl ::std::cmp::PartialOrd for MemberUserPreferredMfa {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl ::std::hash::Hash for MemberUserPreferredMfa {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `MemberUser` schema.
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MemberUser {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `email`
    pub email: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `avatar`
    pub avatar: ::std::option::Option<::std::string::String>,
    /// `preferredMFA`
    pub preferred_mfa: ::std::option::Option<MemberUserPreferredMfa>,
}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl serde::Serialize for MemberUser {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.email.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.avatar.is_some() as usize;
        len += self.preferred_mfa.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "MemberUser", len);
        s.optional("id", &self.id);
        s.optional("email", &self.email);
        s.optional("name", &self.name);
        s.optional("avatar", &self.avatar);
        s.optional("preferredMFA", &self.preferred_mfa);
        s.end()
    }
}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MemberUser {
    const NAME: &'static str = "MemberUser";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["id", "email", "name", "avatar", "preferredMFA"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            id: v0,
            email: v1,
            name: v2,
            avatar: v3,
            preferred_mfa: v4,
        })
    }
}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl<'de> serde::Deserialize<'de> for MemberUser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl MemberUser {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            email: ::std::option::Option::None,
            name: ::std::option::Option::None,
            avatar: ::std::option::Option::None,
            preferred_mfa: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`email`](Self::email).
    pub fn with_email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`avatar`](Self::avatar).
    pub fn with_avatar(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.avatar = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`preferred_mfa`](Self::preferred_mfa).
    pub fn with_preferred_mfa(mut self, value: MemberUserPreferredMfa) -> Self {
        self.preferred_mfa = ::std::option::Option::Some(value);
        self
    }
}
/// The `MessageType` schema.
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "deployments",
        feature = "domains",
        feature = "environment",
        feature = "github",
        feature = "members",
        feature = "oauth",
        feature = "oauth-tokens",
        feature = "organisations",
        feature = "payments",
        feature = "self",
        feature = "ssh-keys"
    )
)]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum MessageType {
    /// `error`
    Error,
    /// `warning`
    Warning,
    /// `success`
    Success,
    /// `info`
    Info,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "deployments",
        feature = "domains",
        feature = "environment",
        feature = "github",
        feature = "members",
        feature = "oauth",
        feature = "oauth-tokens",
        feature = "organisations",
        feature = "payments",
        feature = "self",
        feature = "ssh-keys"
    )
)]
impl MessageType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Success => "success",
            Self::Info => "info",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "deployments",
        feature = "domains",
        feature = "environment",
        feature = "github",
        feature = "members",
        feature = "oauth",
        feature = "oauth-tokens",
        feature = "organisations",
        feature = "payments",
        feature = "self",
        feature = "ssh-keys"
    )
)]
impl ::std::convert::From<::std::string::String> for MessageType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "error" => Self::Error,
            "warning" => Self::Warning,
            "success" => Self::Success,
            "info" => Self::Info,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "deployments",
        feature = "domains",
        feature = "environment",
        feature = "github",
        feature = "members",
        feature = "oauth",
        feature = "oauth-tokens",
        feature = "organisations",
        feature = "payments",
        feature = "self",
        feature = "ssh-keys"
    )
)]
impl std::fmt::Display for MessageType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "deployments",
        feature = "domains",
        feature = "environment",
        feature = "github",
        feature = "members",
        feature = "oauth",
        feature = "oauth-tokens",
        feature = "organisations",
        feature = "payments",
        feature = "self",
        feature = "ssh-keys"
    )
)]
impl serde::Serialize for MessageType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "deployments",
        feature = "domains",
        feature = "environment",
        feature = "github",
        feature = "members",
        feature = "oauth",
        feature = "oauth-tokens",
        feature = "organisations",
        feature = "payments",
        feature = "self",
        feature = "ssh-keys"
    )
)]
impl<'de> serde::Deserialize<'de> for MessageType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "deployments",
        feature = "domains",
        feature = "environment",
        feature = "github",
        feature = "members",
        feature = "oauth",
        feature = "oauth-tokens",
        feature = "organisations",
        feature = "payments",
        feature = "self",
        feature = "ssh-keys"
    )
)]
impl ::std::cmp::Eq for MessageType {}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "deployments",
        feature = "domains",
        feature = "environment",
        feature = "github",
        feature = "members",
        feature = "oauth",
        feature = "oauth-tokens",
        feature = "organisations",
        feature = "payments",
        feature = "self",
        feature = "ssh-keys"
    )
)]
impl ::std::cmp::PartialOrd for MessageType {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "deployments",
        feature = "domains",
        feature = "environment",
        feature = "github",
        feature = "members",
        feature = "oauth",
        feature = "oauth-tokens",
        feature = "organisations",
        feature = "payments",
        feature = "self",
        feature = "ssh-keys"
    )
)]
impl ::std::hash::Hash for MessageType {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// Short status message returned by many v2 writes.
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "deployments",
        feature = "domains",
        feature = "environment",
        feature = "github",
        feature = "members",
        feature = "oauth",
        feature = "oauth-tokens",
        feature = "organisations",
        feature = "payments",
        feature = "self",
        feature = "ssh-keys"
    )
)]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Message {
    /// `id`
    pub id: ::std::option::Option<i32>,
    /// `message`
    pub message: ::std::option::Option<::std::string::String>,
    /// `type`
    pub type_: ::std::option::Option<MessageType>,
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "deployments",
        feature = "domains",
        feature = "environment",
        feature = "github",
        feature = "members",
        feature = "oauth",
        feature = "oauth-tokens",
        feature = "organisations",
        feature = "payments",
        feature = "self",
        feature = "ssh-keys"
    )
)]
impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.message.is_some() as usize;
        len += self.type_.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Message", len);
        s.optional("id", &self.id);
        s.optional("message", &self.message);
        s.optional("type", &self.type_);
        s.end()
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "deployments",
        feature = "domains",
        feature = "environment",
        feature = "github",
        feature = "members",
        feature = "oauth",
        feature = "oauth-tokens",
        feature = "organisations",
        feature = "payments",
        feature = "self",
        feature = "ssh-keys"
    )
)]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Message {
    const NAME: &'static str = "Message";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["id", "message", "type"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            id: v0,
            message: v1,
            type_: v2,
        })
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "deployments",
        feature = "domains",
        feature = "environment",
        feature = "github",
        feature = "members",
        feature = "oauth",
        feature = "oauth-tokens",
        feature = "organisations",
        feature = "payments",
        feature = "self",
        feature = "ssh-keys"
    )
)]
impl<'de> serde::Deserialize<'de> for Message {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(
    any(
        feature = "addon-providers",
        feature = "addons",
        feature = "applications",
        feature = "deployments",
        feature = "domains",
        feature = "environment",
        feature = "github",
        feature = "members",
        feature = "oauth",
        feature = "oauth-tokens",
        feature = "organisations",
        feature = "payments",
        feature = "self",
        feature = "ssh-keys"
    )
)]
impl Message {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            message: ::std::option::Option::None,
            type_: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(mut self, value: i32) -> Self {
        self.id = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`message`](Self::message).
    pub fn with_message(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`type_`](Self::type_).
    pub fn with_type(mut self, value: MessageType) -> Self {
        self.type_ = ::std::option::Option::Some(value);
        self
    }
}
/// The `MfaConfirmation` schema.
#[cfg(feature = "mfa")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MfaConfirmation {
    /// `revokeTokens`
    pub revoke_tokens: ::std::option::Option<bool>,
    /// `code`
    pub code: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "mfa")]
impl serde::Serialize for MfaConfirmation {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.revoke_tokens.is_some() as usize;
        len += self.code.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "MfaConfirmation",
            len,
        );
        s.optional("revokeTokens", &self.revoke_tokens);
        s.optional("code", &self.code);
        s.end()
    }
}
#[cfg(feature = "mfa")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MfaConfirmation {
    const NAME: &'static str = "MfaConfirmation";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["revokeTokens", "code"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            revoke_tokens: v0,
            code: v1,
        })
    }
}
#[cfg(feature = "mfa")]
impl<'de> serde::Deserialize<'de> for MfaConfirmation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "mfa")]
impl MfaConfirmation {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            revoke_tokens: ::std::option::Option::None,
            code: ::std::option::Option::None,
        }
    }
    /// Sets [`revoke_tokens`](Self::revoke_tokens).
    pub fn with_revoke_tokens(mut self, value: bool) -> Self {
        self.revoke_tokens = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`code`](Self::code).
    pub fn with_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `MfaLoginForm` schema.
#[cfg(feature = "sessions")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MfaLoginForm {
    /// `mfa_kind`
    pub mfa_kind: ::std::option::Option<::std::string::String>,
    /// `mfa_attempt`
    pub mfa_attempt: ::std::option::Option<::std::string::String>,
    /// `email`
    pub email: ::std::option::Option<::std::string::String>,
    /// `auth_id`
    pub auth_id: ::std::option::Option<::std::string::String>,
    /// `from_authorize`
    pub from_authorize: ::std::option::Option<::std::string::String>,
    /// `cli_token`
    pub cli_token: ::std::option::Option<::std::string::String>,
    /// `oauth_token`
    pub oauth_token: ::std::option::Option<::std::string::String>,
    /// `partner_id`
    pub partner_id: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for MfaLoginForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MfaLoginForm")
            .field("mfa_kind", &self.mfa_kind)
            .field("mfa_attempt", &self.mfa_attempt)
            .field("email", &self.email)
            .field("auth_id", &self.auth_id)
            .field("from_authorize", &self.from_authorize)
            .field("cli_token", &cloudsdk_runtime::Redacted(&self.cli_token))
            .field("oauth_token", &cloudsdk_runtime::Redacted(&self.oauth_token))
            .field("partner_id", &self.partner_id)
            .finish()
    }
}
#[cfg(feature = "sessions")]
impl serde::Serialize for MfaLoginForm {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.mfa_kind.is_some() as usize;
        len += self.mfa_attempt.is_some() as usize;
        len += self.email.is_some() as usize;
        len += self.auth_id.is_some() as usize;
        len += self.from_authorize.is_some() as usize;
        len += self.cli_token.is_some() as usize;
        len += self.oauth_token.is_some() as usize;
        len += self.partner_id.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "MfaLoginForm", len);
        s.optional("mfa_kind", &self.mfa_kind);
        s.optional("mfa_attempt", &self.mfa_attempt);
        s.optional("email", &self.email);
        s.optional("auth_id", &self.auth_id);
        s.optional("from_authorize", &self.from_authorize);
        s.optional("cli_token", &self.cli_token);
        s.optional("oauth_token", &self.oauth_token);
        s.optional("partner_id", &self.partner_id);
        s.end()
    }
}
#[cfg(feature = "sessions")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MfaLoginForm {
    const NAME: &'static str = "MfaLoginForm";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "mfa_kind",
                "mfa_attempt",
                "email",
                "auth_id",
                "from_authorize",
                "cli_token",
                "oauth_token",
                "partner_id",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "sessions")]
impl<'de> serde::Deserialize<'de> for MfaLoginForm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "sessions")]
impl MfaLoginForm {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            mfa_kind: ::std::option::Option::None,
            mfa_attempt: ::std::option::Option::None,
            email: ::std::option::Option::None,
            auth_id: ::std::option::Option::None,
            from_authorize: ::std::option::Option::None,
            cli_token: ::std::option::Option::None,
            oauth_token: ::std::option::Option::None,
            partner_id: ::std::option::Option::None,
        }
    }
    /// Sets [`mfa_kind`](Self::mfa_kind).
    pub fn with_mfa_kind(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mfa_kind = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`mfa_attempt`](Self::mfa_attempt).
    pub fn with_mfa_attempt(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mfa_attempt = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`email`](Self::email).
    pub fn with_email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`auth_id`](Self::auth_id).
    pub fn with_auth_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auth_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`from_authorize`](Self::from_authorize).
    pub fn with_from_authorize(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.from_authorize = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`cli_token`](Self::cli_token).
    pub fn with_cli_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cli_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`oauth_token`](Self::oauth_token).
    pub fn with_oauth_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.oauth_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`partner_id`](Self::partner_id).
    pub fn with_partner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `MfaPreference` schema.
#[cfg(feature = "mfa")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MfaPreference {
    /// `favourite`
    pub favourite: ::std::option::Option<bool>,
}
#[cfg(feature = "mfa")]
impl serde::Serialize for MfaPreference {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.favourite.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "MfaPreference", len);
        s.optional("favourite", &self.favourite);
        s.end()
    }
}
#[cfg(feature = "mfa")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MfaPreference {
    const NAME: &'static str = "MfaPreference";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["favourite"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { favourite: v0 })
    }
}
#[cfg(feature = "mfa")]
impl<'de> serde::Deserialize<'de> for MfaPreference {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "mfa")]
impl MfaPreference {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            favourite: ::std::option::Option::None,
        }
    }
    /// Sets [`favourite`](Self::favourite).
    pub fn with_favourite(mut self, value: bool) -> Self {
        self.favourite = ::std::option::Option::Some(value);
        self
    }
}
/// The `MfaRecoveryCode` schema.
#[cfg(feature = "mfa")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MfaRecoveryCode {
    /// `code`
    pub code: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "mfa")]
impl serde::Serialize for MfaRecoveryCode {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.code.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "MfaRecoveryCode",
            len,
        );
        s.optional("code", &self.code);
        s.end()
    }
}
#[cfg(feature = "mfa")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MfaRecoveryCode {
    const NAME: &'static str = "MfaRecoveryCode";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["code"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { code: v0 })
    }
}
#[cfg(feature = "mfa")]
impl<'de> serde::Deserialize<'de> for MfaRecoveryCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "mfa")]
impl MfaRecoveryCode {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            code: ::std::option::Option::None,
        }
    }
    /// Sets [`code`](Self::code).
    pub fn with_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `Namespace` schema.
#[cfg(feature = "redirections")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Namespace {
    /// `namespace`
    pub namespace: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "redirections")]
impl serde::Serialize for Namespace {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.namespace.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Namespace", len);
        s.optional("namespace", &self.namespace);
        s.end()
    }
}
#[cfg(feature = "redirections")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Namespace {
    const NAME: &'static str = "Namespace";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["namespace"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { namespace: v0 })
    }
}
#[cfg(feature = "redirections")]
impl<'de> serde::Deserialize<'de> for Namespace {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "redirections")]
impl Namespace {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            namespace: ::std::option::Option::None,
        }
    }
    /// Sets [`namespace`](Self::namespace).
    pub fn with_namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = ::std::option::Option::Some(value.into());
        self
    }
}
/// A network group with its members and peers.
#[cfg(feature = "network-groups")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NetworkGroup {
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `id`
    pub id: ::std::string::String,
    /// `label`
    pub label: ::std::string::String,
    /// `lastAllocatedIp`
    pub last_allocated_ip: ::std::string::String,
    /// `members`
    ///
    /// Defaults to `[]` when left out.
    pub members: ::std::option::Option<::std::vec::Vec<NetworkGroupMember>>,
    /// `networkIp`
    pub network_ip: ::std::string::String,
    /// `ownerId`
    pub owner_id: ::std::string::String,
    /// `peers`
    ///
    /// Defaults to `[]` when left out.
    pub peers: ::std::option::Option<::std::vec::Vec<NetworkGroupPeer>>,
    /// `tags`
    ///
    /// Defaults to `[]` when left out.
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `version`
    pub version: i32,
}
#[cfg(feature = "network-groups")]
impl serde::Serialize for NetworkGroup {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 6;
        len += self.description.is_some() as usize;
        len += self.members.is_some() as usize;
        len += self.peers.is_some() as usize;
        len += self.tags.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "NetworkGroup", len);
        s.optional("description", &self.description);
        s.field("id", &self.id);
        s.field("label", &self.label);
        s.field("lastAllocatedIp", &self.last_allocated_ip);
        s.optional("members", &self.members);
        s.field("networkIp", &self.network_ip);
        s.field("ownerId", &self.owner_id);
        s.optional("peers", &self.peers);
        s.optional("tags", &self.tags);
        s.field("version", &self.version);
        s.end()
    }
}
#[cfg(feature = "network-groups")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NetworkGroup {
    const NAME: &'static str = "NetworkGroup";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "description",
                "id",
                "label",
                "lastAllocatedIp",
                "members",
                "networkIp",
                "ownerId",
                "peers",
                "tags",
                "version",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
                3 => f.value(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.value(&mut v5),
                6 => f.value(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.value(&mut v9),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("id");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("label");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("lastAllocatedIp");
        };
        let ::std::option::Option::Some(v5) = v5 else {
            return cloudsdk_runtime::de::missing("networkIp");
        };
        let ::std::option::Option::Some(v6) = v6 else {
            return cloudsdk_runtime::de::missing("ownerId");
        };
        let ::std::option::Option::Some(v9) = v9 else {
            return cloudsdk_runtime::de::missing("version");
        };
        ::std::result::Result::Ok(Self {
            description: v0,
            id: v1,
            label: v2,
            last_allocated_ip: v3,
            members: v4,
            network_ip: v5,
            owner_id: v6,
            peers: v7,
            tags: v8,
            version: v9,
        })
    }
}
#[cfg(feature = "network-groups")]
impl<'de> serde::Deserialize<'de> for NetworkGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "network-groups")]
impl NetworkGroup {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl ::std::convert::Into<::std::string::String>,
        label: impl ::std::convert::Into<::std::string::String>,
        last_allocated_ip: impl ::std::convert::Into<::std::string::String>,
        network_ip: impl ::std::convert::Into<::std::string::String>,
        owner_id: impl ::std::convert::Into<::std::string::String>,
        version: i32,
    ) -> Self {
        Self {
            description: ::std::option::Option::None,
            id: id.into(),
            label: label.into(),
            last_allocated_ip: last_allocated_ip.into(),
            members: ::std::option::Option::None,
            network_ip: network_ip.into(),
            owner_id: owner_id.into(),
            peers: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            version,
        }
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`members`](Self::members).
    pub fn with_members(mut self, value: ::std::vec::Vec<NetworkGroupMember>) -> Self {
        self.members = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`peers`](Self::peers).
    pub fn with_peers(mut self, value: ::std::vec::Vec<NetworkGroupPeer>) -> Self {
        self.peers = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}
/// The `NetworkGroupInput` schema.
#[cfg(feature = "network-groups")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NetworkGroupInput {
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `label`
    pub label: ::std::option::Option<::std::string::String>,
    /// `members`
    pub members: ::std::option::Option<::std::vec::Vec<NetworkGroupMemberInput>>,
    /// `tags`
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
#[cfg(feature = "network-groups")]
impl serde::Serialize for NetworkGroupInput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.description.is_some() as usize;
        len += self.id.is_some() as usize;
        len += self.label.is_some() as usize;
        len += self.members.is_some() as usize;
        len += self.tags.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "NetworkGroupInput",
            len,
        );
        s.optional("description", &self.description);
        s.optional("id", &self.id);
        s.optional("label", &self.label);
        s.optional("members", &self.members);
        s.optional("tags", &self.tags);
        s.end()
    }
}
#[cfg(feature = "network-groups")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NetworkGroupInput {
    const NAME: &'static str = "NetworkGroupInput";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["description", "id", "label", "members", "tags"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            description: v0,
            id: v1,
            label: v2,
            members: v3,
            tags: v4,
        })
    }
}
#[cfg(feature = "network-groups")]
impl<'de> serde::Deserialize<'de> for NetworkGroupInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "network-groups")]
impl NetworkGroupInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            description: ::std::option::Option::None,
            id: ::std::option::Option::None,
            label: ::std::option::Option::None,
            members: ::std::option::Option::None,
            tags: ::std::option::Option::None,
        }
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`label`](Self::label).
    pub fn with_label(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.label = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`members`](Self::members).
    pub fn with_members(
        mut self,
        value: ::std::vec::Vec<NetworkGroupMemberInput>,
    ) -> Self {
        self.members = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}
/// The `NetworkGroupMemberType` schema.
#[cfg(feature = "network-groups")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum NetworkGroupMemberType {
    /// `application`
    Application,
    /// `addon`
    Addon,
    /// `external`
    External,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "network-groups")]
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
#[cfg(feature = "network-groups")]
impl ::std::convert::From<::std::string::String> for NetworkGroupMemberType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "application" => Self::Application,
            "addon" => Self::Addon,
            "external" => Self::External,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "network-groups")]
impl std::fmt::Display for NetworkGroupMemberType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "network-groups")]
impl serde::Serialize for NetworkGroupMemberType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "network-groups")]
impl<'de> serde::Deserialize<'de> for NetworkGroupMemberType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "network-groups")]
impl ::std::cmp::Eq for NetworkGroupMemberType {}
#[cfg(feature = "network-groups")]
impl ::std::cmp::PartialOrd for NetworkGroupMemberType {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "network-groups")]
impl ::std::hash::Hash for NetworkGroupMemberType {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `NetworkGroupMember` schema.
#[cfg(feature = "network-groups")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NetworkGroupMember {
    /// `domainName`
    pub domain_name: ::std::string::String,
    /// `id`
    pub id: ::std::string::String,
    /// `label`
    pub label: ::std::string::String,
    /// `type`
    pub type_: NetworkGroupMemberType,
}
#[cfg(feature = "network-groups")]
impl serde::Serialize for NetworkGroupMember {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "NetworkGroupMember",
            4,
        );
        s.field("domainName", &self.domain_name);
        s.field("id", &self.id);
        s.field("label", &self.label);
        s.field("type", &self.type_);
        s.end()
    }
}
#[cfg(feature = "network-groups")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NetworkGroupMember {
    const NAME: &'static str = "NetworkGroupMember";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["domainName", "id", "label", "type"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
                3 => f.value(&mut v3),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("domainName");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("id");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("label");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("type");
        };
        ::std::result::Result::Ok(Self {
            domain_name: v0,
            id: v1,
            label: v2,
            type_: v3,
        })
    }
}
#[cfg(feature = "network-groups")]
impl<'de> serde::Deserialize<'de> for NetworkGroupMember {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "network-groups")]
impl NetworkGroupMember {
    /// Builds one from its fields.
    pub fn new(
        domain_name: impl ::std::convert::Into<::std::string::String>,
        id: impl ::std::convert::Into<::std::string::String>,
        label: impl ::std::convert::Into<::std::string::String>,
        type_: NetworkGroupMemberType,
    ) -> Self {
        Self {
            domain_name: domain_name.into(),
            id: id.into(),
            label: label.into(),
            type_,
        }
    }
}
/// The `NetworkGroupMemberInputType` schema.
#[cfg(feature = "network-groups")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum NetworkGroupMemberInputType {
    /// `application`
    Application,
    /// `addon`
    Addon,
    /// `external`
    External,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "network-groups")]
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
#[cfg(feature = "network-groups")]
impl ::std::convert::From<::std::string::String> for NetworkGroupMemberInputType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "application" => Self::Application,
            "addon" => Self::Addon,
            "external" => Self::External,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "network-groups")]
impl std::fmt::Display for NetworkGroupMemberInputType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "network-groups")]
impl serde::Serialize for NetworkGroupMemberInputType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "network-groups")]
impl<'de> serde::Deserialize<'de> for NetworkGroupMemberInputType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "network-groups")]
impl ::std::cmp::Eq for NetworkGroupMemberInputType {}
#[cfg(feature = "network-groups")]
impl ::std::cmp::PartialOrd for NetworkGroupMemberInputType {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "network-groups")]
impl ::std::hash::Hash for NetworkGroupMemberInputType {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `NetworkGroupMemberInput` schema.
#[cfg(feature = "network-groups")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NetworkGroupMemberInput {
    /// `domainName`
    pub domain_name: ::std::string::String,
    /// `id`
    pub id: ::std::string::String,
    /// `label`
    pub label: ::std::option::Option<::std::string::String>,
    /// `type`
    pub type_: NetworkGroupMemberInputType,
}
#[cfg(feature = "network-groups")]
impl serde::Serialize for NetworkGroupMemberInput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 3;
        len += self.label.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "NetworkGroupMemberInput",
            len,
        );
        s.field("domainName", &self.domain_name);
        s.field("id", &self.id);
        s.optional("label", &self.label);
        s.field("type", &self.type_);
        s.end()
    }
}
#[cfg(feature = "network-groups")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NetworkGroupMemberInput {
    const NAME: &'static str = "NetworkGroupMemberInput";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["domainName", "id", "label", "type"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.value(&mut v3),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("domainName");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("id");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("type");
        };
        ::std::result::Result::Ok(Self {
            domain_name: v0,
            id: v1,
            label: v2,
            type_: v3,
        })
    }
}
#[cfg(feature = "network-groups")]
impl<'de> serde::Deserialize<'de> for NetworkGroupMemberInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "network-groups")]
impl NetworkGroupMemberInput {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        domain_name: impl ::std::convert::Into<::std::string::String>,
        id: impl ::std::convert::Into<::std::string::String>,
        type_: NetworkGroupMemberInputType,
    ) -> Self {
        Self {
            domain_name: domain_name.into(),
            id: id.into(),
            label: ::std::option::Option::None,
            type_,
        }
    }
    /// Sets [`label`](Self::label).
    pub fn with_label(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.label = ::std::option::Option::Some(value.into());
        self
    }
}
/// A peer of a network group: either a Clever Cloud instance or an external machine.
#[cfg(feature = "network-groups")]
#[derive(Debug, Clone, PartialEq)]
pub enum NetworkGroupPeer {
    /// The `CleverPeer` variant.
    CleverPeer(CleverPeer),
    /// The `ExternalPeer` variant.
    ExternalPeer(ExternalPeer),
}
#[cfg(feature = "network-groups")]
impl serde::Serialize for NetworkGroupPeer {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        match self {
            Self::CleverPeer(v) => serde::Serialize::serialize(v, serializer),
            Self::ExternalPeer(v) => serde::Serialize::serialize(v, serializer),
        }
    }
}
#[cfg(feature = "network-groups")]
impl<'de> serde::Deserialize<'de> for NetworkGroupPeer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if let ::std::result::Result::Ok(v) = <CleverPeer as serde::Deserialize>::deserialize(
            &value,
        ) {
            return ::std::result::Result::Ok(Self::CleverPeer(v));
        }
        if let ::std::result::Result::Ok(v) = <ExternalPeer as serde::Deserialize>::deserialize(
            &value,
        ) {
            return ::std::result::Result::Ok(Self::ExternalPeer(v));
        }
        ::std::result::Result::Err(
            serde::de::Error::custom(
                "data did not match any variant of untagged enum NetworkGroupPeer",
            ),
        )
    }
}
/// The `OauthAppRef` schema.
#[cfg(feature = "applications")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OauthAppRef {
    /// `owner`
    pub owner: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "applications")]
impl serde::Serialize for OauthAppRef {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.owner.is_some() as usize;
        len += self.name.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "OauthAppRef", len);
        s.optional("owner", &self.owner);
        s.optional("name", &self.name);
        s.end()
    }
}
#[cfg(feature = "applications")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthAppRef {
    const NAME: &'static str = "OauthAppRef";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["owner", "name"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { owner: v0, name: v1 })
    }
}
#[cfg(feature = "applications")]
impl<'de> serde::Deserialize<'de> for OauthAppRef {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "applications")]
impl OauthAppRef {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            owner: ::std::option::Option::None,
            name: ::std::option::Option::None,
        }
    }
    /// Sets [`owner`](Self::owner).
    pub fn with_owner(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `OauthAuthorizationForm` schema.
#[cfg(feature = "oauth")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OauthAuthorizationForm {
    /// `almighty`
    pub almighty: ::std::option::Option<::std::string::String>,
    /// `access_organisations`
    pub access_organisations: ::std::option::Option<::std::string::String>,
    /// `manage_organisations`
    pub manage_organisations: ::std::option::Option<::std::string::String>,
    /// `manage_organisations_services`
    pub manage_organisations_services: ::std::option::Option<::std::string::String>,
    /// `manage_organisations_applications`
    pub manage_organisations_applications: ::std::option::Option<::std::string::String>,
    /// `manage_organisations_members`
    pub manage_organisations_members: ::std::option::Option<::std::string::String>,
    /// `access_organisations_bills`
    pub access_organisations_bills: ::std::option::Option<::std::string::String>,
    /// `access_organisations_credit_count`
    pub access_organisations_credit_count: ::std::option::Option<::std::string::String>,
    /// `access_organisations_consumption_statistics`
    pub access_organisations_consumption_statistics: ::std::option::Option<
        ::std::string::String,
    >,
    /// `access_personal_information`
    pub access_personal_information: ::std::option::Option<::std::string::String>,
    /// `manage_personal_information`
    pub manage_personal_information: ::std::option::Option<::std::string::String>,
    /// `manage_ssh_keys`
    pub manage_ssh_keys: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "oauth")]
impl serde::Serialize for OauthAuthorizationForm {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.almighty.is_some() as usize;
        len += self.access_organisations.is_some() as usize;
        len += self.manage_organisations.is_some() as usize;
        len += self.manage_organisations_services.is_some() as usize;
        len += self.manage_organisations_applications.is_some() as usize;
        len += self.manage_organisations_members.is_some() as usize;
        len += self.access_organisations_bills.is_some() as usize;
        len += self.access_organisations_credit_count.is_some() as usize;
        len += self.access_organisations_consumption_statistics.is_some() as usize;
        len += self.access_personal_information.is_some() as usize;
        len += self.manage_personal_information.is_some() as usize;
        len += self.manage_ssh_keys.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "OauthAuthorizationForm",
            len,
        );
        s.optional("almighty", &self.almighty);
        s.optional("access_organisations", &self.access_organisations);
        s.optional("manage_organisations", &self.manage_organisations);
        s.optional("manage_organisations_services", &self.manage_organisations_services);
        s.optional(
            "manage_organisations_applications",
            &self.manage_organisations_applications,
        );
        s.optional("manage_organisations_members", &self.manage_organisations_members);
        s.optional("access_organisations_bills", &self.access_organisations_bills);
        s.optional(
            "access_organisations_credit_count",
            &self.access_organisations_credit_count,
        );
        s.optional(
            "access_organisations_consumption_statistics",
            &self.access_organisations_consumption_statistics,
        );
        s.optional("access_personal_information", &self.access_personal_information);
        s.optional("manage_personal_information", &self.manage_personal_information);
        s.optional("manage_ssh_keys", &self.manage_ssh_keys);
        s.end()
    }
}
#[cfg(feature = "oauth")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthAuthorizationForm {
    const NAME: &'static str = "OauthAuthorizationForm";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "almighty",
                "access_organisations",
                "manage_organisations",
                "manage_organisations_services",
                "manage_organisations_applications",
                "manage_organisations_members",
                "access_organisations_bills",
                "access_organisations_credit_count",
                "access_organisations_consumption_statistics",
                "access_personal_information",
                "manage_personal_information",
                "manage_ssh_keys",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.optional(&mut v11),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "oauth")]
impl<'de> serde::Deserialize<'de> for OauthAuthorizationForm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "oauth")]
impl OauthAuthorizationForm {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            almighty: ::std::option::Option::None,
            access_organisations: ::std::option::Option::None,
            manage_organisations: ::std::option::Option::None,
            manage_organisations_services: ::std::option::Option::None,
            manage_organisations_applications: ::std::option::Option::None,
            manage_organisations_members: ::std::option::Option::None,
            access_organisations_bills: ::std::option::Option::None,
            access_organisations_credit_count: ::std::option::Option::None,
            access_organisations_consumption_statistics: ::std::option::Option::None,
            access_personal_information: ::std::option::Option::None,
            manage_personal_information: ::std::option::Option::None,
            manage_ssh_keys: ::std::option::Option::None,
        }
    }
    /// Sets [`almighty`](Self::almighty).
    pub fn with_almighty(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.almighty = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`access_organisations`](Self::access_organisations).
    pub fn with_access_organisations(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_organisations = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`manage_organisations`](Self::manage_organisations).
    pub fn with_manage_organisations(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.manage_organisations = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`manage_organisations_services`](Self::manage_organisations_services).
    pub fn with_manage_organisations_services(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.manage_organisations_services = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`manage_organisations_applications`](Self::manage_organisations_applications).
    pub fn with_manage_organisations_applications(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.manage_organisations_applications = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets [`manage_organisations_members`](Self::manage_organisations_members).
    pub fn with_manage_organisations_members(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.manage_organisations_members = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`access_organisations_bills`](Self::access_organisations_bills).
    pub fn with_access_organisations_bills(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_organisations_bills = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`access_organisations_credit_count`](Self::access_organisations_credit_count).
    pub fn with_access_organisations_credit_count(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_organisations_credit_count = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets [`access_organisations_consumption_statistics`](Self::access_organisations_consumption_statistics).
    pub fn with_access_organisations_consumption_statistics(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_organisations_consumption_statistics = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets [`access_personal_information`](Self::access_personal_information).
    pub fn with_access_personal_information(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_personal_information = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`manage_personal_information`](Self::manage_personal_information).
    pub fn with_manage_personal_information(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.manage_personal_information = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`manage_ssh_keys`](Self::manage_ssh_keys).
    pub fn with_manage_ssh_keys(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.manage_ssh_keys = ::std::option::Option::Some(value.into());
        self
    }
}
/// A registered OAuth consumer.
#[cfg(any(feature = "oauth-consumers", feature = "oauth-tokens"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OauthConsumer {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `key`
    ///
    /// Set by the server; ignored in requests.
    pub key: ::std::option::Option<::std::string::String>,
    /// `url`
    pub url: ::std::option::Option<::std::string::String>,
    /// `picture`
    pub picture: ::std::option::Option<::std::string::String>,
    /// `baseUrl`
    pub base_url: ::std::option::Option<::std::string::String>,
    /// `rights`
    pub rights: ::std::option::Option<OauthRights>,
}
#[cfg(any(feature = "oauth-consumers", feature = "oauth-tokens"))]
impl serde::Serialize for OauthConsumer {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.key.is_some() as usize;
        len += self.url.is_some() as usize;
        len += self.picture.is_some() as usize;
        len += self.base_url.is_some() as usize;
        len += self.rights.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "OauthConsumer", len);
        s.optional("name", &self.name);
        s.optional("description", &self.description);
        s.optional("key", &self.key);
        s.optional("url", &self.url);
        s.optional("picture", &self.picture);
        s.optional("baseUrl", &self.base_url);
        s.optional("rights", &self.rights);
        s.end()
    }
}
#[cfg(any(feature = "oauth-consumers", feature = "oauth-tokens"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthConsumer {
    const NAME: &'static str = "OauthConsumer";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "description", "key", "url", "picture", "baseUrl", "rights"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(any(feature = "oauth-consumers", feature = "oauth-tokens"))]
impl<'de> serde::Deserialize<'de> for OauthConsumer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "oauth-consumers", feature = "oauth-tokens"))]
impl OauthConsumer {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            key: ::std::option::Option::None,
            url: ::std::option::Option::None,
            picture: ::std::option::Option::None,
            base_url: ::std::option::Option::None,
            rights: ::std::option::Option::None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`key`](Self::key).
    pub fn with_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`url`](Self::url).
    pub fn with_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`picture`](Self::picture).
    pub fn with_picture(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.picture = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`base_url`](Self::base_url).
    pub fn with_base_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.base_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`rights`](Self::rights).
    pub fn with_rights(mut self, value: OauthRights) -> Self {
        self.rights = ::std::option::Option::Some(value);
        self
    }
}
/// The `OauthConsumerInput` schema.
#[cfg(feature = "oauth-consumers")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OauthConsumerInput {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `url`
    pub url: ::std::option::Option<::std::string::String>,
    /// `picture`
    pub picture: ::std::option::Option<::std::string::String>,
    /// `baseUrl`
    pub base_url: ::std::option::Option<::std::string::String>,
    /// `rights`
    pub rights: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, bool>,
    >,
}
#[cfg(feature = "oauth-consumers")]
impl serde::Serialize for OauthConsumerInput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.url.is_some() as usize;
        len += self.picture.is_some() as usize;
        len += self.base_url.is_some() as usize;
        len += self.rights.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "OauthConsumerInput",
            len,
        );
        s.optional("name", &self.name);
        s.optional("description", &self.description);
        s.optional("url", &self.url);
        s.optional("picture", &self.picture);
        s.optional("baseUrl", &self.base_url);
        s.optional("rights", &self.rights);
        s.end()
    }
}
#[cfg(feature = "oauth-consumers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthConsumerInput {
    const NAME: &'static str = "OauthConsumerInput";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "description", "url", "picture", "baseUrl", "rights"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            name: v0,
            description: v1,
            url: v2,
            picture: v3,
            base_url: v4,
            rights: v5,
        })
    }
}
#[cfg(feature = "oauth-consumers")]
impl<'de> serde::Deserialize<'de> for OauthConsumerInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "oauth-consumers")]
impl OauthConsumerInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            url: ::std::option::Option::None,
            picture: ::std::option::Option::None,
            base_url: ::std::option::Option::None,
            rights: ::std::option::Option::None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`url`](Self::url).
    pub fn with_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`picture`](Self::picture).
    pub fn with_picture(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.picture = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`base_url`](Self::base_url).
    pub fn with_base_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.base_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`rights`](Self::rights).
    pub fn with_rights(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, bool>,
    ) -> Self {
        self.rights = ::std::option::Option::Some(value);
        self
    }
}
/// The secret of an OAuth consumer; only returned by the dedicated endpoint.
#[cfg(feature = "oauth-consumers")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OauthConsumerSecret {
    /// `secret`
    pub secret: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "oauth-consumers")]
impl std::fmt::Debug for OauthConsumerSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OauthConsumerSecret")
            .field("secret", &cloudsdk_runtime::Redacted(&self.secret))
            .finish()
    }
}
#[cfg(feature = "oauth-consumers")]
impl serde::Serialize for OauthConsumerSecret {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.secret.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "OauthConsumerSecret",
            len,
        );
        s.optional("secret", &self.secret);
        s.end()
    }
}
#[cfg(feature = "oauth-consumers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthConsumerSecret {
    const NAME: &'static str = "OauthConsumerSecret";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["secret"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { secret: v0 })
    }
}
#[cfg(feature = "oauth-consumers")]
impl<'de> serde::Deserialize<'de> for OauthConsumerSecret {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "oauth-consumers")]
impl OauthConsumerSecret {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            secret: ::std::option::Option::None,
        }
    }
    /// Sets [`secret`](Self::secret).
    pub fn with_secret(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.secret = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `OauthConsumerSummary` schema.
#[cfg(feature = "summary")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OauthConsumerSummary {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `key`
    pub key: ::std::option::Option<::std::string::String>,
    /// `picture`
    pub picture: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "summary")]
impl serde::Serialize for OauthConsumerSummary {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.key.is_some() as usize;
        len += self.picture.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "OauthConsumerSummary",
            len,
        );
        s.optional("name", &self.name);
        s.optional("key", &self.key);
        s.optional("picture", &self.picture);
        s.end()
    }
}
#[cfg(feature = "summary")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthConsumerSummary {
    const NAME: &'static str = "OauthConsumerSummary";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["name", "key", "picture"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            name: v0,
            key: v1,
            picture: v2,
        })
    }
}
#[cfg(feature = "summary")]
impl<'de> serde::Deserialize<'de> for OauthConsumerSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "summary")]
impl OauthConsumerSummary {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            key: ::std::option::Option::None,
            picture: ::std::option::Option::None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`key`](Self::key).
    pub fn with_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`picture`](Self::picture).
    pub fn with_picture(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.picture = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `OauthParametersForm` schema.
#[cfg(feature = "oauth")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OauthParametersForm {
    /// `oauth_consumer_key`
    pub oauth_consumer_key: ::std::option::Option<::std::string::String>,
    /// `oauth_token`
    pub oauth_token: ::std::option::Option<::std::string::String>,
    /// `oauth_signature_method`
    pub oauth_signature_method: ::std::option::Option<::std::string::String>,
    /// `oauth_signature`
    pub oauth_signature: ::std::option::Option<::std::string::String>,
    /// `oauth_timestamp`
    pub oauth_timestamp: ::std::option::Option<::std::string::String>,
    /// `oauth_nonce`
    pub oauth_nonce: ::std::option::Option<::std::string::String>,
    /// `oauth_version`
    pub oauth_version: ::std::option::Option<::std::string::String>,
    /// `oauth_verifier`
    pub oauth_verifier: ::std::option::Option<::std::string::String>,
    /// `oauth_callback`
    pub oauth_callback: ::std::option::Option<::std::string::String>,
    /// `oauth_token_secret`
    pub oauth_token_secret: ::std::option::Option<::std::string::String>,
    /// `oauth_callback_confirmed`
    pub oauth_callback_confirmed: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "oauth")]
impl std::fmt::Debug for OauthParametersForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OauthParametersForm")
            .field("oauth_consumer_key", &self.oauth_consumer_key)
            .field("oauth_token", &cloudsdk_runtime::Redacted(&self.oauth_token))
            .field("oauth_signature_method", &self.oauth_signature_method)
            .field("oauth_signature", &self.oauth_signature)
            .field("oauth_timestamp", &self.oauth_timestamp)
            .field("oauth_nonce", &self.oauth_nonce)
            .field("oauth_version", &self.oauth_version)
            .field("oauth_verifier", &self.oauth_verifier)
            .field("oauth_callback", &self.oauth_callback)
            .field(
                "oauth_token_secret",
                &cloudsdk_runtime::Redacted(&self.oauth_token_secret),
            )
            .field("oauth_callback_confirmed", &self.oauth_callback_confirmed)
            .finish()
    }
}
#[cfg(feature = "oauth")]
impl serde::Serialize for OauthParametersForm {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.oauth_consumer_key.is_some() as usize;
        len += self.oauth_token.is_some() as usize;
        len += self.oauth_signature_method.is_some() as usize;
        len += self.oauth_signature.is_some() as usize;
        len += self.oauth_timestamp.is_some() as usize;
        len += self.oauth_nonce.is_some() as usize;
        len += self.oauth_version.is_some() as usize;
        len += self.oauth_verifier.is_some() as usize;
        len += self.oauth_callback.is_some() as usize;
        len += self.oauth_token_secret.is_some() as usize;
        len += self.oauth_callback_confirmed.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "OauthParametersForm",
            len,
        );
        s.optional("oauth_consumer_key", &self.oauth_consumer_key);
        s.optional("oauth_token", &self.oauth_token);
        s.optional("oauth_signature_method", &self.oauth_signature_method);
        s.optional("oauth_signature", &self.oauth_signature);
        s.optional("oauth_timestamp", &self.oauth_timestamp);
        s.optional("oauth_nonce", &self.oauth_nonce);
        s.optional("oauth_version", &self.oauth_version);
        s.optional("oauth_verifier", &self.oauth_verifier);
        s.optional("oauth_callback", &self.oauth_callback);
        s.optional("oauth_token_secret", &self.oauth_token_secret);
        s.optional("oauth_callback_confirmed", &self.oauth_callback_confirmed);
        s.end()
    }
}
#[cfg(feature = "oauth")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthParametersForm {
    const NAME: &'static str = "OauthParametersForm";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "oauth_consumer_key",
                "oauth_token",
                "oauth_signature_method",
                "oauth_signature",
                "oauth_timestamp",
                "oauth_nonce",
                "oauth_version",
                "oauth_verifier",
                "oauth_callback",
                "oauth_token_secret",
                "oauth_callback_confirmed",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "oauth")]
impl<'de> serde::Deserialize<'de> for OauthParametersForm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "oauth")]
impl OauthParametersForm {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            oauth_consumer_key: ::std::option::Option::None,
            oauth_token: ::std::option::Option::None,
            oauth_signature_method: ::std::option::Option::None,
            oauth_signature: ::std::option::Option::None,
            oauth_timestamp: ::std::option::Option::None,
            oauth_nonce: ::std::option::Option::None,
            oauth_version: ::std::option::Option::None,
            oauth_verifier: ::std::option::Option::None,
            oauth_callback: ::std::option::Option::None,
            oauth_token_secret: ::std::option::Option::None,
            oauth_callback_confirmed: ::std::option::Option::None,
        }
    }
    /// Sets [`oauth_consumer_key`](Self::oauth_consumer_key).
    pub fn with_oauth_consumer_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.oauth_consumer_key = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`oauth_token`](Self::oauth_token).
    pub fn with_oauth_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.oauth_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`oauth_signature_method`](Self::oauth_signature_method).
    pub fn with_oauth_signature_method(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.oauth_signature_method = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`oauth_signature`](Self::oauth_signature).
    pub fn with_oauth_signature(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.oauth_signature = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`oauth_timestamp`](Self::oauth_timestamp).
    pub fn with_oauth_timestamp(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.oauth_timestamp = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`oauth_nonce`](Self::oauth_nonce).
    pub fn with_oauth_nonce(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.oauth_nonce = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`oauth_version`](Self::oauth_version).
    pub fn with_oauth_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.oauth_version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`oauth_verifier`](Self::oauth_verifier).
    pub fn with_oauth_verifier(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.oauth_verifier = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`oauth_callback`](Self::oauth_callback).
    pub fn with_oauth_callback(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.oauth_callback = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`oauth_token_secret`](Self::oauth_token_secret).
    pub fn with_oauth_token_secret(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.oauth_token_secret = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`oauth_callback_confirmed`](Self::oauth_callback_confirmed).
    pub fn with_oauth_callback_confirmed(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.oauth_callback_confirmed = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `OauthRights` schema.
#[cfg(any(feature = "oauth-consumers", feature = "oauth-tokens"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OauthRights {
    /// `almighty`
    pub almighty: ::std::option::Option<bool>,
    /// `access_organisations`
    pub access_organisations: ::std::option::Option<bool>,
    /// `manage_organisations`
    pub manage_organisations: ::std::option::Option<bool>,
    /// `manage_organisations_services`
    pub manage_organisations_services: ::std::option::Option<bool>,
    /// `manage_organisations_applications`
    pub manage_organisations_applications: ::std::option::Option<bool>,
    /// `manage_organisations_members`
    pub manage_organisations_members: ::std::option::Option<bool>,
    /// `access_organisations_bills`
    pub access_organisations_bills: ::std::option::Option<bool>,
    /// `access_organisations_credit_count`
    pub access_organisations_credit_count: ::std::option::Option<bool>,
    /// `access_organisations_consumption_statistics`
    pub access_organisations_consumption_statistics: ::std::option::Option<bool>,
    /// `access_personal_information`
    pub access_personal_information: ::std::option::Option<bool>,
    /// `manage_personal_information`
    pub manage_personal_information: ::std::option::Option<bool>,
    /// `manage_ssh_keys`
    pub manage_ssh_keys: ::std::option::Option<bool>,
}
#[cfg(any(feature = "oauth-consumers", feature = "oauth-tokens"))]
impl serde::Serialize for OauthRights {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.almighty.is_some() as usize;
        len += self.access_organisations.is_some() as usize;
        len += self.manage_organisations.is_some() as usize;
        len += self.manage_organisations_services.is_some() as usize;
        len += self.manage_organisations_applications.is_some() as usize;
        len += self.manage_organisations_members.is_some() as usize;
        len += self.access_organisations_bills.is_some() as usize;
        len += self.access_organisations_credit_count.is_some() as usize;
        len += self.access_organisations_consumption_statistics.is_some() as usize;
        len += self.access_personal_information.is_some() as usize;
        len += self.manage_personal_information.is_some() as usize;
        len += self.manage_ssh_keys.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "OauthRights", len);
        s.optional("almighty", &self.almighty);
        s.optional("access_organisations", &self.access_organisations);
        s.optional("manage_organisations", &self.manage_organisations);
        s.optional("manage_organisations_services", &self.manage_organisations_services);
        s.optional(
            "manage_organisations_applications",
            &self.manage_organisations_applications,
        );
        s.optional("manage_organisations_members", &self.manage_organisations_members);
        s.optional("access_organisations_bills", &self.access_organisations_bills);
        s.optional(
            "access_organisations_credit_count",
            &self.access_organisations_credit_count,
        );
        s.optional(
            "access_organisations_consumption_statistics",
            &self.access_organisations_consumption_statistics,
        );
        s.optional("access_personal_information", &self.access_personal_information);
        s.optional("manage_personal_information", &self.manage_personal_information);
        s.optional("manage_ssh_keys", &self.manage_ssh_keys);
        s.end()
    }
}
#[cfg(any(feature = "oauth-consumers", feature = "oauth-tokens"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthRights {
    const NAME: &'static str = "OauthRights";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "almighty",
                "access_organisations",
                "manage_organisations",
                "manage_organisations_services",
                "manage_organisations_applications",
                "manage_organisations_members",
                "access_organisations_bills",
                "access_organisations_credit_count",
                "access_organisations_consumption_statistics",
                "access_personal_information",
                "manage_personal_information",
                "manage_ssh_keys",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.optional(&mut v11),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(any(feature = "oauth-consumers", feature = "oauth-tokens"))]
impl<'de> serde::Deserialize<'de> for OauthRights {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "oauth-consumers", feature = "oauth-tokens"))]
impl OauthRights {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            almighty: ::std::option::Option::None,
            access_organisations: ::std::option::Option::None,
            manage_organisations: ::std::option::Option::None,
            manage_organisations_services: ::std::option::Option::None,
            manage_organisations_applications: ::std::option::Option::None,
            manage_organisations_members: ::std::option::Option::None,
            access_organisations_bills: ::std::option::Option::None,
            access_organisations_credit_count: ::std::option::Option::None,
            access_organisations_consumption_statistics: ::std::option::Option::None,
            access_personal_information: ::std::option::Option::None,
            manage_personal_information: ::std::option::Option::None,
            manage_ssh_keys: ::std::option::Option::None,
        }
    }
    /// Sets [`almighty`](Self::almighty).
    pub fn with_almighty(mut self, value: bool) -> Self {
        self.almighty = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`access_organisations`](Self::access_organisations).
    pub fn with_access_organisations(mut self, value: bool) -> Self {
        self.access_organisations = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`manage_organisations`](Self::manage_organisations).
    pub fn with_manage_organisations(mut self, value: bool) -> Self {
        self.manage_organisations = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`manage_organisations_services`](Self::manage_organisations_services).
    pub fn with_manage_organisations_services(mut self, value: bool) -> Self {
        self.manage_organisations_services = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`manage_organisations_applications`](Self::manage_organisations_applications).
    pub fn with_manage_organisations_applications(mut self, value: bool) -> Self {
        self.manage_organisations_applications = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`manage_organisations_members`](Self::manage_organisations_members).
    pub fn with_manage_organisations_members(mut self, value: bool) -> Self {
        self.manage_organisations_members = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`access_organisations_bills`](Self::access_organisations_bills).
    pub fn with_access_organisations_bills(mut self, value: bool) -> Self {
        self.access_organisations_bills = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`access_organisations_credit_count`](Self::access_organisations_credit_count).
    pub fn with_access_organisations_credit_count(mut self, value: bool) -> Self {
        self.access_organisations_credit_count = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`access_organisations_consumption_statistics`](Self::access_organisations_consumption_statistics).
    pub fn with_access_organisations_consumption_statistics(
        mut self,
        value: bool,
    ) -> Self {
        self.access_organisations_consumption_statistics = ::std::option::Option::Some(
            value,
        );
        self
    }
    /// Sets [`access_personal_information`](Self::access_personal_information).
    pub fn with_access_personal_information(mut self, value: bool) -> Self {
        self.access_personal_information = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`manage_personal_information`](Self::manage_personal_information).
    pub fn with_manage_personal_information(mut self, value: bool) -> Self {
        self.manage_personal_information = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`manage_ssh_keys`](Self::manage_ssh_keys).
    pub fn with_manage_ssh_keys(mut self, value: bool) -> Self {
        self.manage_ssh_keys = ::std::option::Option::Some(value);
        self
    }
}
/// An OAuth access token granted by the user.
#[cfg(feature = "oauth-tokens")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OauthToken {
    /// `token`
    pub token: ::std::option::Option<::std::string::String>,
    /// `consumer`
    pub consumer: ::std::option::Option<OauthConsumer>,
    /// `creationDate`
    pub creation_date: ::std::option::Option<i64>,
    /// `expirationDate`
    pub expiration_date: ::std::option::Option<i64>,
    /// `lastUtilisation`
    pub last_utilisation: ::std::option::Option<i64>,
    /// `rights`
    pub rights: ::std::option::Option<OauthRights>,
    /// `employeeId`
    pub employee_id: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "oauth-tokens")]
impl std::fmt::Debug for OauthToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OauthToken")
            .field("token", &cloudsdk_runtime::Redacted(&self.token))
            .field("consumer", &self.consumer)
            .field("creation_date", &self.creation_date)
            .field("expiration_date", &self.expiration_date)
            .field("last_utilisation", &self.last_utilisation)
            .field("rights", &self.rights)
            .field("employee_id", &self.employee_id)
            .finish()
    }
}
#[cfg(feature = "oauth-tokens")]
impl serde::Serialize for OauthToken {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.token.is_some() as usize;
        len += self.consumer.is_some() as usize;
        len += self.creation_date.is_some() as usize;
        len += self.expiration_date.is_some() as usize;
        len += self.last_utilisation.is_some() as usize;
        len += self.rights.is_some() as usize;
        len += self.employee_id.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "OauthToken", len);
        s.optional("token", &self.token);
        s.optional("consumer", &self.consumer);
        s.optional("creationDate", &self.creation_date);
        s.optional("expirationDate", &self.expiration_date);
        s.optional("lastUtilisation", &self.last_utilisation);
        s.optional("rights", &self.rights);
        s.optional("employeeId", &self.employee_id);
        s.end()
    }
}
#[cfg(feature = "oauth-tokens")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthToken {
    const NAME: &'static str = "OauthToken";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "token",
                "consumer",
                "creationDate",
                "expirationDate",
                "lastUtilisation",
                "rights",
                "employeeId",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "oauth-tokens")]
impl<'de> serde::Deserialize<'de> for OauthToken {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "oauth-tokens")]
impl OauthToken {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            token: ::std::option::Option::None,
            consumer: ::std::option::Option::None,
            creation_date: ::std::option::Option::None,
            expiration_date: ::std::option::Option::None,
            last_utilisation: ::std::option::Option::None,
            rights: ::std::option::Option::None,
            employee_id: ::std::option::Option::None,
        }
    }
    /// Sets [`token`](Self::token).
    pub fn with_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`consumer`](Self::consumer).
    pub fn with_consumer(mut self, value: OauthConsumer) -> Self {
        self.consumer = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`creation_date`](Self::creation_date).
    pub fn with_creation_date(mut self, value: i64) -> Self {
        self.creation_date = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`expiration_date`](Self::expiration_date).
    pub fn with_expiration_date(mut self, value: i64) -> Self {
        self.expiration_date = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`last_utilisation`](Self::last_utilisation).
    pub fn with_last_utilisation(mut self, value: i64) -> Self {
        self.last_utilisation = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`rights`](Self::rights).
    pub fn with_rights(mut self, value: OauthRights) -> Self {
        self.rights = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`employee_id`](Self::employee_id).
    pub fn with_employee_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.employee_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// Form-encoded token answer of the OAuth 1.0a request-token and access-token steps.
#[cfg(feature = "full")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OauthTokenCredentials {
    /// `oauth_token`
    pub oauth_token: ::std::option::Option<::std::string::String>,
    /// `oauth_token_secret`
    pub oauth_token_secret: ::std::option::Option<::std::string::String>,
    /// `oauth_callback_confirmed`
    pub oauth_callback_confirmed: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "full")]
impl std::fmt::Debug for OauthTokenCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OauthTokenCredentials")
            .field("oauth_token", &cloudsdk_runtime::Redacted(&self.oauth_token))
            .field(
                "oauth_token_secret",
                &cloudsdk_runtime::Redacted(&self.oauth_token_secret),
            )
            .field("oauth_callback_confirmed", &self.oauth_callback_confirmed)
            .finish()
    }
}
#[cfg(feature = "full")]
impl serde::Serialize for OauthTokenCredentials {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.oauth_token.is_some() as usize;
        len += self.oauth_token_secret.is_some() as usize;
        len += self.oauth_callback_confirmed.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "OauthTokenCredentials",
            len,
        );
        s.optional("oauth_token", &self.oauth_token);
        s.optional("oauth_token_secret", &self.oauth_token_secret);
        s.optional("oauth_callback_confirmed", &self.oauth_callback_confirmed);
        s.end()
    }
}
#[cfg(feature = "full")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthTokenCredentials {
    const NAME: &'static str = "OauthTokenCredentials";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["oauth_token", "oauth_token_secret", "oauth_callback_confirmed"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            oauth_token: v0,
            oauth_token_secret: v1,
            oauth_callback_confirmed: v2,
        })
    }
}
#[cfg(feature = "full")]
impl<'de> serde::Deserialize<'de> for OauthTokenCredentials {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "full")]
impl OauthTokenCredentials {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            oauth_token: ::std::option::Option::None,
            oauth_token_secret: ::std::option::Option::None,
            oauth_callback_confirmed: ::std::option::Option::None,
        }
    }
    /// Sets [`oauth_token`](Self::oauth_token).
    pub fn with_oauth_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.oauth_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`oauth_token_secret`](Self::oauth_token_secret).
    pub fn with_oauth_token_secret(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.oauth_token_secret = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`oauth_callback_confirmed`](Self::oauth_callback_confirmed).
    pub fn with_oauth_callback_confirmed(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.oauth_callback_confirmed = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `OauthTransaction` schema.
#[cfg(feature = "github")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OauthTransaction {
    /// `transactionId`
    pub transaction_id: ::std::option::Option<::std::string::String>,
    /// `redirectUri`
    pub redirect_uri: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "github")]
impl serde::Serialize for OauthTransaction {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.transaction_id.is_some() as usize;
        len += self.redirect_uri.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "OauthTransaction",
            len,
        );
        s.optional("transactionId", &self.transaction_id);
        s.optional("redirectUri", &self.redirect_uri);
        s.end()
    }
}
#[cfg(feature = "github")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OauthTransaction {
    const NAME: &'static str = "OauthTransaction";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["transactionId", "redirectUri"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            transaction_id: v0,
            redirect_uri: v1,
        })
    }
}
#[cfg(feature = "github")]
impl<'de> serde::Deserialize<'de> for OauthTransaction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "github")]
impl OauthTransaction {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            transaction_id: ::std::option::Option::None,
            redirect_uri: ::std::option::Option::None,
        }
    }
    /// Sets [`transaction_id`](Self::transaction_id).
    pub fn with_transaction_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`redirect_uri`](Self::redirect_uri).
    pub fn with_redirect_uri(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.redirect_uri = ::std::option::Option::Some(value.into());
        self
    }
}
/// A deployment as returned by the v4 orchestration service; fields are not published.
#[cfg(feature = "deployments")]
pub type OrchestrationDeployment = ::std::collections::BTreeMap<
    ::std::string::String,
    serde_json::Value,
>;
/// An instance as returned by the v4 orchestration service; fields are not published.
#[cfg(feature = "instances")]
pub type OrchestrationInstance = ::std::collections::BTreeMap<
    ::std::string::String,
    serde_json::Value,
>;
/// The `OrganisationVatState` schema.
#[cfg(feature = "organisations")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(feature = "organisations")]
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
#[cfg(feature = "organisations")]
impl ::std::convert::From<::std::string::String> for OrganisationVatState {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(feature = "organisations")]
impl std::fmt::Display for OrganisationVatState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "organisations")]
impl serde::Serialize for OrganisationVatState {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "organisations")]
impl<'de> serde::Deserialize<'de> for OrganisationVatState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "organisations")]
impl ::std::cmp::Eq for OrganisationVatState {}
#[cfg(feature = "organisations")]
impl ::std::cmp::PartialOrd for OrganisationVatState {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "organisations")]
impl ::std::hash::Hash for OrganisationVatState {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// An organisation as returned by the API.
#[cfg(feature = "organisations")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Organisation {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `billingEmail`
    pub billing_email: ::std::option::Option<::std::string::String>,
    /// `address`
    pub address: ::std::option::Option<::std::string::String>,
    /// `city`
    pub city: ::std::option::Option<::std::string::String>,
    /// `zipcode`
    pub zipcode: ::std::option::Option<::std::string::String>,
    /// `country`
    pub country: ::std::option::Option<::std::string::String>,
    /// `company`
    pub company: ::std::option::Option<::std::string::String>,
    /// `VAT`
    pub vat: ::std::option::Option<::std::string::String>,
    /// `avatar`
    pub avatar: ::std::option::Option<::std::string::String>,
    /// `vatState`
    pub vat_state: ::std::option::Option<OrganisationVatState>,
    /// `customerFullName`
    pub customer_full_name: ::std::option::Option<::std::string::String>,
    /// `canPay`
    pub can_pay: ::std::option::Option<bool>,
    /// `cleverEnterprise`
    pub clever_enterprise: ::std::option::Option<bool>,
    /// `emergencyNumber`
    pub emergency_number: ::std::option::Option<::std::string::String>,
    /// `canSEPA`
    pub can_sepa: ::std::option::Option<bool>,
    /// `isTrusted`
    pub is_trusted: ::std::option::Option<bool>,
}
#[cfg(feature = "organisations")]
impl serde::Serialize for Organisation {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.billing_email.is_some() as usize;
        len += self.address.is_some() as usize;
        len += self.city.is_some() as usize;
        len += self.zipcode.is_some() as usize;
        len += self.country.is_some() as usize;
        len += self.company.is_some() as usize;
        len += self.vat.is_some() as usize;
        len += self.avatar.is_some() as usize;
        len += self.vat_state.is_some() as usize;
        len += self.customer_full_name.is_some() as usize;
        len += self.can_pay.is_some() as usize;
        len += self.clever_enterprise.is_some() as usize;
        len += self.emergency_number.is_some() as usize;
        len += self.can_sepa.is_some() as usize;
        len += self.is_trusted.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Organisation", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("description", &self.description);
        s.optional("billingEmail", &self.billing_email);
        s.optional("address", &self.address);
        s.optional("city", &self.city);
        s.optional("zipcode", &self.zipcode);
        s.optional("country", &self.country);
        s.optional("company", &self.company);
        s.optional("VAT", &self.vat);
        s.optional("avatar", &self.avatar);
        s.optional("vatState", &self.vat_state);
        s.optional("customerFullName", &self.customer_full_name);
        s.optional("canPay", &self.can_pay);
        s.optional("cleverEnterprise", &self.clever_enterprise);
        s.optional("emergencyNumber", &self.emergency_number);
        s.optional("canSEPA", &self.can_sepa);
        s.optional("isTrusted", &self.is_trusted);
        s.end()
    }
}
#[cfg(feature = "organisations")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Organisation {
    const NAME: &'static str = "Organisation";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut v12 = ::std::option::Option::None;
        let mut v13 = ::std::option::Option::None;
        let mut v14 = ::std::option::Option::None;
        let mut v15 = ::std::option::Option::None;
        let mut v16 = ::std::option::Option::None;
        let mut v17 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "name",
                "description",
                "billingEmail",
                "address",
                "city",
                "zipcode",
                "country",
                "company",
                "VAT",
                "avatar",
                "vatState",
                "customerFullName",
                "canPay",
                "cleverEnterprise",
                "emergencyNumber",
                "canSEPA",
                "isTrusted",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.optional(&mut v11),
                12 => f.optional(&mut v12),
                13 => f.optional(&mut v13),
                14 => f.optional(&mut v14),
                15 => f.optional(&mut v15),
                16 => f.optional(&mut v16),
                17 => f.optional(&mut v17),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "organisations")]
impl<'de> serde::Deserialize<'de> for Organisation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "organisations")]
impl Organisation {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            billing_email: ::std::option::Option::None,
            address: ::std::option::Option::None,
            city: ::std::option::Option::None,
            zipcode: ::std::option::Option::None,
            country: ::std::option::Option::None,
            company: ::std::option::Option::None,
            vat: ::std::option::Option::None,
            avatar: ::std::option::Option::None,
            vat_state: ::std::option::Option::None,
            customer_full_name: ::std::option::Option::None,
            can_pay: ::std::option::Option::None,
            clever_enterprise: ::std::option::Option::None,
            emergency_number: ::std::option::Option::None,
            can_sepa: ::std::option::Option::None,
            is_trusted: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`billing_email`](Self::billing_email).
    pub fn with_billing_email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.billing_email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`address`](Self::address).
    pub fn with_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`city`](Self::city).
    pub fn with_city(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.city = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`zipcode`](Self::zipcode).
    pub fn with_zipcode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.zipcode = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`country`](Self::country).
    pub fn with_country(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`company`](Self::company).
    pub fn with_company(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.company = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`vat`](Self::vat).
    pub fn with_vat(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vat = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`avatar`](Self::avatar).
    pub fn with_avatar(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.avatar = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`vat_state`](Self::vat_state).
    pub fn with_vat_state(mut self, value: OrganisationVatState) -> Self {
        self.vat_state = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`customer_full_name`](Self::customer_full_name).
    pub fn with_customer_full_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.customer_full_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`can_pay`](Self::can_pay).
    pub fn with_can_pay(mut self, value: bool) -> Self {
        self.can_pay = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`clever_enterprise`](Self::clever_enterprise).
    pub fn with_clever_enterprise(mut self, value: bool) -> Self {
        self.clever_enterprise = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`emergency_number`](Self::emergency_number).
    pub fn with_emergency_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.emergency_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`can_sepa`](Self::can_sepa).
    pub fn with_can_sepa(mut self, value: bool) -> Self {
        self.can_sepa = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`is_trusted`](Self::is_trusted).
    pub fn with_is_trusted(mut self, value: bool) -> Self {
        self.is_trusted = ::std::option::Option::Some(value);
        self
    }
}
/// The `OrganisationContactType` schema.
#[cfg(feature = "organisations")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum OrganisationContactType {
    /// `security`
    Security,
    /// `privacy`
    Privacy,
    /// `abuse`
    Abuse,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "organisations")]
impl OrganisationContactType {
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
#[cfg(feature = "organisations")]
impl ::std::convert::From<::std::string::String> for OrganisationContactType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "security" => Self::Security,
            "privacy" => Self::Privacy,
            "abuse" => Self::Abuse,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "organisations")]
impl std::fmt::Display for OrganisationContactType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "organisations")]
impl serde::Serialize for OrganisationContactType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "organisations")]
impl<'de> serde::Deserialize<'de> for OrganisationContactType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "organisations")]
impl ::std::cmp::Eq for OrganisationContactType {}
#[cfg(feature = "organisations")]
impl ::std::cmp::PartialOrd for OrganisationContactType {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "organisations")]
impl ::std::hash::Hash for OrganisationContactType {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `OrganisationContact` schema.
#[cfg(feature = "organisations")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OrganisationContact {
    /// `contact_type`
    pub contact_type: ::std::option::Option<OrganisationContactType>,
    /// `email_address`
    pub email_address: ::std::option::Option<::std::string::String>,
    /// `phone_number`
    pub phone_number: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "organisations")]
impl serde::Serialize for OrganisationContact {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.contact_type.is_some() as usize;
        len += self.email_address.is_some() as usize;
        len += self.phone_number.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "OrganisationContact",
            len,
        );
        s.optional("contact_type", &self.contact_type);
        s.optional("email_address", &self.email_address);
        s.optional("phone_number", &self.phone_number);
        s.end()
    }
}
#[cfg(feature = "organisations")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OrganisationContact {
    const NAME: &'static str = "OrganisationContact";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["contact_type", "email_address", "phone_number"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            contact_type: v0,
            email_address: v1,
            phone_number: v2,
        })
    }
}
#[cfg(feature = "organisations")]
impl<'de> serde::Deserialize<'de> for OrganisationContact {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "organisations")]
impl OrganisationContact {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            contact_type: ::std::option::Option::None,
            email_address: ::std::option::Option::None,
            phone_number: ::std::option::Option::None,
        }
    }
    /// Sets [`contact_type`](Self::contact_type).
    pub fn with_contact_type(mut self, value: OrganisationContactType) -> Self {
        self.contact_type = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`email_address`](Self::email_address).
    pub fn with_email_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.email_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`phone_number`](Self::phone_number).
    pub fn with_phone_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.phone_number = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `OrganisationDeploymentEntry` schema.
#[cfg(feature = "deployments")]
pub type OrganisationDeploymentEntry = ::std::collections::BTreeMap<
    ::std::string::String,
    serde_json::Value,
>;
/// Fields to create or update an organisation.
#[cfg(feature = "organisations")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OrganisationInput {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `address`
    pub address: ::std::option::Option<::std::string::String>,
    /// `city`
    pub city: ::std::option::Option<::std::string::String>,
    /// `zipcode`
    pub zipcode: ::std::option::Option<::std::string::String>,
    /// `country`
    pub country: ::std::option::Option<::std::string::String>,
    /// `company`
    pub company: ::std::option::Option<::std::string::String>,
    /// `customerFullName`
    pub customer_full_name: ::std::option::Option<::std::string::String>,
    /// `VAT`
    pub vat: ::std::option::Option<::std::string::String>,
    /// `billingEmail`
    pub billing_email: ::std::option::Option<::std::string::String>,
    /// `contacts`
    pub contacts: ::std::option::Option<::std::vec::Vec<OrganisationContact>>,
}
#[cfg(feature = "organisations")]
impl serde::Serialize for OrganisationInput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.address.is_some() as usize;
        len += self.city.is_some() as usize;
        len += self.zipcode.is_some() as usize;
        len += self.country.is_some() as usize;
        len += self.company.is_some() as usize;
        len += self.customer_full_name.is_some() as usize;
        len += self.vat.is_some() as usize;
        len += self.billing_email.is_some() as usize;
        len += self.contacts.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "OrganisationInput",
            len,
        );
        s.optional("name", &self.name);
        s.optional("description", &self.description);
        s.optional("address", &self.address);
        s.optional("city", &self.city);
        s.optional("zipcode", &self.zipcode);
        s.optional("country", &self.country);
        s.optional("company", &self.company);
        s.optional("customerFullName", &self.customer_full_name);
        s.optional("VAT", &self.vat);
        s.optional("billingEmail", &self.billing_email);
        s.optional("contacts", &self.contacts);
        s.end()
    }
}
#[cfg(feature = "organisations")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OrganisationInput {
    const NAME: &'static str = "OrganisationInput";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "name",
                "description",
                "address",
                "city",
                "zipcode",
                "country",
                "company",
                "customerFullName",
                "VAT",
                "billingEmail",
                "contacts",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "organisations")]
impl<'de> serde::Deserialize<'de> for OrganisationInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "organisations")]
impl OrganisationInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            address: ::std::option::Option::None,
            city: ::std::option::Option::None,
            zipcode: ::std::option::Option::None,
            country: ::std::option::Option::None,
            company: ::std::option::Option::None,
            customer_full_name: ::std::option::Option::None,
            vat: ::std::option::Option::None,
            billing_email: ::std::option::Option::None,
            contacts: ::std::option::Option::None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`address`](Self::address).
    pub fn with_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`city`](Self::city).
    pub fn with_city(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.city = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`zipcode`](Self::zipcode).
    pub fn with_zipcode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.zipcode = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`country`](Self::country).
    pub fn with_country(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`company`](Self::company).
    pub fn with_company(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.company = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`customer_full_name`](Self::customer_full_name).
    pub fn with_customer_full_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.customer_full_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`vat`](Self::vat).
    pub fn with_vat(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vat = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`billing_email`](Self::billing_email).
    pub fn with_billing_email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.billing_email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`contacts`](Self::contacts).
    pub fn with_contacts(mut self, value: ::std::vec::Vec<OrganisationContact>) -> Self {
        self.contacts = ::std::option::Option::Some(value);
        self
    }
}
/// The `OrganisationMemberRole` schema.
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
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
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl ::std::convert::From<::std::string::String> for OrganisationMemberRole {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl std::fmt::Display for OrganisationMemberRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl serde::Serialize for OrganisationMemberRole {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl<'de> serde::Deserialize<'de> for OrganisationMemberRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl ::std::cmp::Eq for OrganisationMemberRole {}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl ::std::cmp::PartialOrd for OrganisationMemberRole {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl ::std::hash::Hash for OrganisationMemberRole {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `OrganisationMember` schema.
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OrganisationMember {
    /// `member`
    pub member: ::std::option::Option<MemberUser>,
    /// `role`
    pub role: ::std::option::Option<OrganisationMemberRole>,
    /// `job`
    pub job: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl serde::Serialize for OrganisationMember {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.member.is_some() as usize;
        len += self.role.is_some() as usize;
        len += self.job.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "OrganisationMember",
            len,
        );
        s.optional("member", &self.member);
        s.optional("role", &self.role);
        s.optional("job", &self.job);
        s.end()
    }
}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OrganisationMember {
    const NAME: &'static str = "OrganisationMember";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["member", "role", "job"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            member: v0,
            role: v1,
            job: v2,
        })
    }
}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl<'de> serde::Deserialize<'de> for OrganisationMember {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "addons", feature = "members", feature = "payments"))]
impl OrganisationMember {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            member: ::std::option::Option::None,
            role: ::std::option::Option::None,
            job: ::std::option::Option::None,
        }
    }
    /// Sets [`member`](Self::member).
    pub fn with_member(mut self, value: MemberUser) -> Self {
        self.member = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`role`](Self::role).
    pub fn with_role(mut self, value: OrganisationMemberRole) -> Self {
        self.role = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`job`](Self::job).
    pub fn with_job(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `OrganisationSummaryRole` schema.
#[cfg(feature = "summary")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(feature = "summary")]
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
#[cfg(feature = "summary")]
impl ::std::convert::From<::std::string::String> for OrganisationSummaryRole {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(feature = "summary")]
impl std::fmt::Display for OrganisationSummaryRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "summary")]
impl serde::Serialize for OrganisationSummaryRole {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "summary")]
impl<'de> serde::Deserialize<'de> for OrganisationSummaryRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "summary")]
impl ::std::cmp::Eq for OrganisationSummaryRole {}
#[cfg(feature = "summary")]
impl ::std::cmp::PartialOrd for OrganisationSummaryRole {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "summary")]
impl ::std::hash::Hash for OrganisationSummaryRole {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `OrganisationSummaryVatState` schema.
#[cfg(feature = "summary")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(feature = "summary")]
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
#[cfg(feature = "summary")]
impl ::std::convert::From<::std::string::String> for OrganisationSummaryVatState {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(feature = "summary")]
impl std::fmt::Display for OrganisationSummaryVatState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "summary")]
impl serde::Serialize for OrganisationSummaryVatState {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "summary")]
impl<'de> serde::Deserialize<'de> for OrganisationSummaryVatState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "summary")]
impl ::std::cmp::Eq for OrganisationSummaryVatState {}
#[cfg(feature = "summary")]
impl ::std::cmp::PartialOrd for OrganisationSummaryVatState {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "summary")]
impl ::std::hash::Hash for OrganisationSummaryVatState {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `OrganisationSummary` schema.
#[cfg(feature = "summary")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OrganisationSummary {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `avatar`
    pub avatar: ::std::option::Option<::std::string::String>,
    /// `applications`
    pub applications: ::std::option::Option<::std::vec::Vec<ApplicationSummary>>,
    /// `addons`
    pub addons: ::std::option::Option<::std::vec::Vec<AddonSummary>>,
    /// `consumers`
    pub consumers: ::std::option::Option<::std::vec::Vec<OauthConsumerSummary>>,
    /// `role`
    pub role: ::std::option::Option<OrganisationSummaryRole>,
    /// `providers`
    pub providers: ::std::option::Option<::std::vec::Vec<ProviderSummary>>,
    /// `vatState`
    pub vat_state: ::std::option::Option<OrganisationSummaryVatState>,
    /// `canPay`
    pub can_pay: ::std::option::Option<bool>,
    /// `canSEPA`
    pub can_sepa: ::std::option::Option<bool>,
    /// `cleverEnterprise`
    pub clever_enterprise: ::std::option::Option<bool>,
    /// `emergencyNumber`
    pub emergency_number: ::std::option::Option<::std::string::String>,
    /// `isTrusted`
    pub is_trusted: ::std::option::Option<bool>,
}
#[cfg(feature = "summary")]
impl serde::Serialize for OrganisationSummary {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.avatar.is_some() as usize;
        len += self.applications.is_some() as usize;
        len += self.addons.is_some() as usize;
        len += self.consumers.is_some() as usize;
        len += self.role.is_some() as usize;
        len += self.providers.is_some() as usize;
        len += self.vat_state.is_some() as usize;
        len += self.can_pay.is_some() as usize;
        len += self.can_sepa.is_some() as usize;
        len += self.clever_enterprise.is_some() as usize;
        len += self.emergency_number.is_some() as usize;
        len += self.is_trusted.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "OrganisationSummary",
            len,
        );
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("avatar", &self.avatar);
        s.optional("applications", &self.applications);
        s.optional("addons", &self.addons);
        s.optional("consumers", &self.consumers);
        s.optional("role", &self.role);
        s.optional("providers", &self.providers);
        s.optional("vatState", &self.vat_state);
        s.optional("canPay", &self.can_pay);
        s.optional("canSEPA", &self.can_sepa);
        s.optional("cleverEnterprise", &self.clever_enterprise);
        s.optional("emergencyNumber", &self.emergency_number);
        s.optional("isTrusted", &self.is_trusted);
        s.end()
    }
}
#[cfg(feature = "summary")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OrganisationSummary {
    const NAME: &'static str = "OrganisationSummary";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut v12 = ::std::option::Option::None;
        let mut v13 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "name",
                "avatar",
                "applications",
                "addons",
                "consumers",
                "role",
                "providers",
                "vatState",
                "canPay",
                "canSEPA",
                "cleverEnterprise",
                "emergencyNumber",
                "isTrusted",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.optional(&mut v11),
                12 => f.optional(&mut v12),
                13 => f.optional(&mut v13),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "summary")]
impl<'de> serde::Deserialize<'de> for OrganisationSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "summary")]
impl OrganisationSummary {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            avatar: ::std::option::Option::None,
            applications: ::std::option::Option::None,
            addons: ::std::option::Option::None,
            consumers: ::std::option::Option::None,
            role: ::std::option::Option::None,
            providers: ::std::option::Option::None,
            vat_state: ::std::option::Option::None,
            can_pay: ::std::option::Option::None,
            can_sepa: ::std::option::Option::None,
            clever_enterprise: ::std::option::Option::None,
            emergency_number: ::std::option::Option::None,
            is_trusted: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`avatar`](Self::avatar).
    pub fn with_avatar(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.avatar = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`applications`](Self::applications).
    pub fn with_applications(
        mut self,
        value: ::std::vec::Vec<ApplicationSummary>,
    ) -> Self {
        self.applications = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`addons`](Self::addons).
    pub fn with_addons(mut self, value: ::std::vec::Vec<AddonSummary>) -> Self {
        self.addons = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`consumers`](Self::consumers).
    pub fn with_consumers(
        mut self,
        value: ::std::vec::Vec<OauthConsumerSummary>,
    ) -> Self {
        self.consumers = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`role`](Self::role).
    pub fn with_role(mut self, value: OrganisationSummaryRole) -> Self {
        self.role = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`providers`](Self::providers).
    pub fn with_providers(mut self, value: ::std::vec::Vec<ProviderSummary>) -> Self {
        self.providers = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`vat_state`](Self::vat_state).
    pub fn with_vat_state(mut self, value: OrganisationSummaryVatState) -> Self {
        self.vat_state = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`can_pay`](Self::can_pay).
    pub fn with_can_pay(mut self, value: bool) -> Self {
        self.can_pay = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`can_sepa`](Self::can_sepa).
    pub fn with_can_sepa(mut self, value: bool) -> Self {
        self.can_sepa = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`clever_enterprise`](Self::clever_enterprise).
    pub fn with_clever_enterprise(mut self, value: bool) -> Self {
        self.clever_enterprise = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`emergency_number`](Self::emergency_number).
    pub fn with_emergency_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.emergency_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`is_trusted`](Self::is_trusted).
    pub fn with_is_trusted(mut self, value: bool) -> Self {
        self.is_trusted = ::std::option::Option::Some(value);
        self
    }
}
/// The `OwnedTardisCreateRequest` schema.
#[cfg(feature = "tardis")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OwnedTardisCreateRequest {
    /// `ttl`
    pub ttl: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "tardis")]
impl serde::Serialize for OwnedTardisCreateRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.ttl.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "OwnedTardisCreateRequest",
            len,
        );
        s.optional("ttl", &self.ttl);
        s.end()
    }
}
#[cfg(feature = "tardis")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OwnedTardisCreateRequest {
    const NAME: &'static str = "OwnedTardisCreateRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["ttl"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { ttl: v0 })
    }
}
#[cfg(feature = "tardis")]
impl<'de> serde::Deserialize<'de> for OwnedTardisCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "tardis")]
impl OwnedTardisCreateRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            ttl: ::std::option::Option::None,
        }
    }
    /// Sets [`ttl`](Self::ttl).
    pub fn with_ttl(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ttl = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `Owner` schema.
#[cfg(feature = "payments")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Owner {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `identity`
    pub identity: ::std::option::Option<::std::string::String>,
    /// `emails`
    pub emails: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
#[cfg(feature = "payments")]
impl serde::Serialize for Owner {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.identity.is_some() as usize;
        len += self.emails.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Owner", len);
        s.optional("id", &self.id);
        s.optional("identity", &self.identity);
        s.optional("emails", &self.emails);
        s.end()
    }
}
#[cfg(feature = "payments")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Owner {
    const NAME: &'static str = "Owner";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["id", "identity", "emails"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            id: v0,
            identity: v1,
            emails: v2,
        })
    }
}
#[cfg(feature = "payments")]
impl<'de> serde::Deserialize<'de> for Owner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "payments")]
impl Owner {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            identity: ::std::option::Option::None,
            emails: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`identity`](Self::identity).
    pub fn with_identity(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.identity = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`emails`](Self::emails).
    pub fn with_emails(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.emails = ::std::option::Option::Some(value);
        self
    }
}
/// The `PasswordChange` schema.
#[cfg(feature = "self")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PasswordChange {
    /// `oldPassword`
    pub old_password: ::std::option::Option<::std::string::String>,
    /// `newPassword`
    pub new_password: ::std::option::Option<::std::string::String>,
    /// `dropTokens`
    pub drop_tokens: ::std::option::Option<bool>,
}
#[cfg(feature = "self")]
impl std::fmt::Debug for PasswordChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasswordChange")
            .field("old_password", &cloudsdk_runtime::Redacted(&self.old_password))
            .field("new_password", &cloudsdk_runtime::Redacted(&self.new_password))
            .field("drop_tokens", &self.drop_tokens)
            .finish()
    }
}
#[cfg(feature = "self")]
impl serde::Serialize for PasswordChange {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.old_password.is_some() as usize;
        len += self.new_password.is_some() as usize;
        len += self.drop_tokens.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "PasswordChange",
            len,
        );
        s.optional("oldPassword", &self.old_password);
        s.optional("newPassword", &self.new_password);
        s.optional("dropTokens", &self.drop_tokens);
        s.end()
    }
}
#[cfg(feature = "self")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PasswordChange {
    const NAME: &'static str = "PasswordChange";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["oldPassword", "newPassword", "dropTokens"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            old_password: v0,
            new_password: v1,
            drop_tokens: v2,
        })
    }
}
#[cfg(feature = "self")]
impl<'de> serde::Deserialize<'de> for PasswordChange {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "self")]
impl PasswordChange {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            old_password: ::std::option::Option::None,
            new_password: ::std::option::Option::None,
            drop_tokens: ::std::option::Option::None,
        }
    }
    /// Sets [`old_password`](Self::old_password).
    pub fn with_old_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.old_password = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`new_password`](Self::new_password).
    pub fn with_new_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.new_password = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`drop_tokens`](Self::drop_tokens).
    pub fn with_drop_tokens(mut self, value: bool) -> Self {
        self.drop_tokens = ::std::option::Option::Some(value);
        self
    }
}
/// The `PasswordResetForm` schema.
#[cfg(feature = "sessions")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PasswordResetForm {
    /// `pass`
    pub pass: ::std::option::Option<::std::string::String>,
    /// `pass2`
    pub pass2: ::std::option::Option<::std::string::String>,
    /// `partner_id`
    pub partner_id: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for PasswordResetForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasswordResetForm")
            .field("pass", &cloudsdk_runtime::Redacted(&self.pass))
            .field("pass2", &cloudsdk_runtime::Redacted(&self.pass2))
            .field("partner_id", &self.partner_id)
            .finish()
    }
}
#[cfg(feature = "sessions")]
impl serde::Serialize for PasswordResetForm {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.pass.is_some() as usize;
        len += self.pass2.is_some() as usize;
        len += self.partner_id.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "PasswordResetForm",
            len,
        );
        s.optional("pass", &self.pass);
        s.optional("pass2", &self.pass2);
        s.optional("partner_id", &self.partner_id);
        s.end()
    }
}
#[cfg(feature = "sessions")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PasswordResetForm {
    const NAME: &'static str = "PasswordResetForm";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["pass", "pass2", "partner_id"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            pass: v0,
            pass2: v1,
            partner_id: v2,
        })
    }
}
#[cfg(feature = "sessions")]
impl<'de> serde::Deserialize<'de> for PasswordResetForm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "sessions")]
impl PasswordResetForm {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            pass: ::std::option::Option::None,
            pass2: ::std::option::Option::None,
            partner_id: ::std::option::Option::None,
        }
    }
    /// Sets [`pass`](Self::pass).
    pub fn with_pass(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pass = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`pass2`](Self::pass2).
    pub fn with_pass2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pass2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`partner_id`](Self::partner_id).
    pub fn with_partner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `PasswordResetRequestForm` schema.
#[cfg(feature = "sessions")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PasswordResetRequestForm {
    /// `login`
    pub login: ::std::option::Option<::std::string::String>,
    /// `drop_tokens`
    pub drop_tokens: ::std::option::Option<::std::string::String>,
    /// `partner_id`
    pub partner_id: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "sessions")]
impl serde::Serialize for PasswordResetRequestForm {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.login.is_some() as usize;
        len += self.drop_tokens.is_some() as usize;
        len += self.partner_id.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "PasswordResetRequestForm",
            len,
        );
        s.optional("login", &self.login);
        s.optional("drop_tokens", &self.drop_tokens);
        s.optional("partner_id", &self.partner_id);
        s.end()
    }
}
#[cfg(feature = "sessions")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PasswordResetRequestForm {
    const NAME: &'static str = "PasswordResetRequestForm";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["login", "drop_tokens", "partner_id"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            login: v0,
            drop_tokens: v1,
            partner_id: v2,
        })
    }
}
#[cfg(feature = "sessions")]
impl<'de> serde::Deserialize<'de> for PasswordResetRequestForm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "sessions")]
impl PasswordResetRequestForm {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            login: ::std::option::Option::None,
            drop_tokens: ::std::option::Option::None,
            partner_id: ::std::option::Option::None,
        }
    }
    /// Sets [`login`](Self::login).
    pub fn with_login(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.login = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`drop_tokens`](Self::drop_tokens).
    pub fn with_drop_tokens(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.drop_tokens = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`partner_id`](Self::partner_id).
    pub fn with_partner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `PaymentDataType` schema.
#[cfg(feature = "payments")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum PaymentDataType {
    /// `NEW_CARD`
    NewCard,
    /// `EXISTING_CARD`
    ExistingCard,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "payments")]
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
#[cfg(feature = "payments")]
impl ::std::convert::From<::std::string::String> for PaymentDataType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "NEW_CARD" => Self::NewCard,
            "EXISTING_CARD" => Self::ExistingCard,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "payments")]
impl std::fmt::Display for PaymentDataType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "payments")]
impl serde::Serialize for PaymentDataType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "payments")]
impl<'de> serde::Deserialize<'de> for PaymentDataType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "payments")]
impl ::std::cmp::Eq for PaymentDataType {}
#[cfg(feature = "payments")]
impl ::std::cmp::PartialOrd for PaymentDataType {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "payments")]
impl ::std::hash::Hash for PaymentDataType {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `PaymentData` schema.
#[cfg(feature = "payments")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PaymentData {
    /// `type`
    pub type_: ::std::option::Option<PaymentDataType>,
    /// `token`
    pub token: ::std::option::Option<::std::string::String>,
    /// `deviceData`
    pub device_data: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl std::fmt::Debug for PaymentData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PaymentData")
            .field("type_", &self.type_)
            .field("token", &cloudsdk_runtime::Redacted(&self.token))
            .field("device_data", &self.device_data)
            .finish()
    }
}
#[cfg(feature = "payments")]
impl serde::Serialize for PaymentData {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.type_.is_some() as usize;
        len += self.token.is_some() as usize;
        len += self.device_data.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "PaymentData", len);
        s.optional("type", &self.type_);
        s.optional("token", &self.token);
        s.optional("deviceData", &self.device_data);
        s.end()
    }
}
#[cfg(feature = "payments")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PaymentData {
    const NAME: &'static str = "PaymentData";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["type", "token", "deviceData"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            type_: v0,
            token: v1,
            device_data: v2,
        })
    }
}
#[cfg(feature = "payments")]
impl<'de> serde::Deserialize<'de> for PaymentData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "payments")]
impl PaymentData {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            type_: ::std::option::Option::None,
            token: ::std::option::Option::None,
            device_data: ::std::option::Option::None,
        }
    }
    /// Sets [`type_`](Self::type_).
    pub fn with_type(mut self, value: PaymentDataType) -> Self {
        self.type_ = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`token`](Self::token).
    pub fn with_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`device_data`](Self::device_data).
    pub fn with_device_data(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.device_data = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `PaymentInfo` schema.
#[cfg(feature = "payments")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PaymentInfo {
    /// `fromOrga`
    pub from_orga: ::std::option::Option<bool>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `company`
    pub company: ::std::option::Option<::std::string::String>,
    /// `address`
    pub address: ::std::option::Option<::std::string::String>,
    /// `zipCode`
    pub zip_code: ::std::option::Option<::std::string::String>,
    /// `city`
    pub city: ::std::option::Option<::std::string::String>,
    /// `country`
    pub country: ::std::option::Option<::std::string::String>,
    /// `vatNumber`
    pub vat_number: ::std::option::Option<::std::string::String>,
    /// `errors`
    pub errors: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}
#[cfg(feature = "payments")]
impl serde::Serialize for PaymentInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.from_orga.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.company.is_some() as usize;
        len += self.address.is_some() as usize;
        len += self.zip_code.is_some() as usize;
        len += self.city.is_some() as usize;
        len += self.country.is_some() as usize;
        len += self.vat_number.is_some() as usize;
        len += self.errors.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "PaymentInfo", len);
        s.optional("fromOrga", &self.from_orga);
        s.optional("name", &self.name);
        s.optional("company", &self.company);
        s.optional("address", &self.address);
        s.optional("zipCode", &self.zip_code);
        s.optional("city", &self.city);
        s.optional("country", &self.country);
        s.optional("vatNumber", &self.vat_number);
        s.optional("errors", &self.errors);
        s.end()
    }
}
#[cfg(feature = "payments")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PaymentInfo {
    const NAME: &'static str = "PaymentInfo";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "fromOrga",
                "name",
                "company",
                "address",
                "zipCode",
                "city",
                "country",
                "vatNumber",
                "errors",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "payments")]
impl<'de> serde::Deserialize<'de> for PaymentInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "payments")]
impl PaymentInfo {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            from_orga: ::std::option::Option::None,
            name: ::std::option::Option::None,
            company: ::std::option::Option::None,
            address: ::std::option::Option::None,
            zip_code: ::std::option::Option::None,
            city: ::std::option::Option::None,
            country: ::std::option::Option::None,
            vat_number: ::std::option::Option::None,
            errors: ::std::option::Option::None,
        }
    }
    /// Sets [`from_orga`](Self::from_orga).
    pub fn with_from_orga(mut self, value: bool) -> Self {
        self.from_orga = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`company`](Self::company).
    pub fn with_company(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.company = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`address`](Self::address).
    pub fn with_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`zip_code`](Self::zip_code).
    pub fn with_zip_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.zip_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`city`](Self::city).
    pub fn with_city(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.city = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`country`](Self::country).
    pub fn with_country(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`vat_number`](Self::vat_number).
    pub fn with_vat_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vat_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`errors`](Self::errors).
    pub fn with_errors(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.errors = ::std::option::Option::Some(value);
        self
    }
}
/// The `PaymentMethodType` schema.
#[cfg(feature = "payments")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum PaymentMethodType {
    /// `CREDITCARD`
    Creditcard,
    /// `PAYPAL`
    Paypal,
    /// `SEPA_DEBIT`
    SepaDebit,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "payments")]
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
#[cfg(feature = "payments")]
impl ::std::convert::From<::std::string::String> for PaymentMethodType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "CREDITCARD" => Self::Creditcard,
            "PAYPAL" => Self::Paypal,
            "SEPA_DEBIT" => Self::SepaDebit,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "payments")]
impl std::fmt::Display for PaymentMethodType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "payments")]
impl serde::Serialize for PaymentMethodType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "payments")]
impl<'de> serde::Deserialize<'de> for PaymentMethodType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "payments")]
impl ::std::cmp::Eq for PaymentMethodType {}
#[cfg(feature = "payments")]
impl ::std::cmp::PartialOrd for PaymentMethodType {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "payments")]
impl ::std::hash::Hash for PaymentMethodType {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `PaymentMethod` schema.
#[cfg(feature = "payments")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PaymentMethod {
    /// `ownerId`
    pub owner_id: ::std::option::Option<::std::string::String>,
    /// `type`
    pub type_: ::std::option::Option<PaymentMethodType>,
    /// `token`
    pub token: ::std::option::Option<::std::string::String>,
    /// `imageUrl`
    pub image_url: ::std::option::Option<::std::string::String>,
    /// `isDefault`
    pub is_default: ::std::option::Option<bool>,
    /// `holderName`
    pub holder_name: ::std::option::Option<::std::string::String>,
    /// `number`
    pub number: ::std::option::Option<::std::string::String>,
    /// `expirationDate`
    pub expiration_date: ::std::option::Option<::std::string::String>,
    /// `isExpired`
    pub is_expired: ::std::option::Option<bool>,
    /// `cardType`
    pub card_type: ::std::option::Option<::std::string::String>,
    /// `email`
    pub email: ::std::option::Option<::std::string::String>,
    /// `bankCode`
    pub bank_code: ::std::option::Option<::std::string::String>,
    /// `branchCode`
    pub branch_code: ::std::option::Option<::std::string::String>,
    /// `country`
    pub country: ::std::option::Option<::std::string::String>,
    /// `fingerprint`
    pub fingerprint: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl std::fmt::Debug for PaymentMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PaymentMethod")
            .field("owner_id", &self.owner_id)
            .field("type_", &self.type_)
            .field("token", &cloudsdk_runtime::Redacted(&self.token))
            .field("image_url", &self.image_url)
            .field("is_default", &self.is_default)
            .field("holder_name", &self.holder_name)
            .field("number", &self.number)
            .field("expiration_date", &self.expiration_date)
            .field("is_expired", &self.is_expired)
            .field("card_type", &self.card_type)
            .field("email", &self.email)
            .field("bank_code", &self.bank_code)
            .field("branch_code", &self.branch_code)
            .field("country", &self.country)
            .field("fingerprint", &self.fingerprint)
            .finish()
    }
}
#[cfg(feature = "payments")]
impl serde::Serialize for PaymentMethod {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.owner_id.is_some() as usize;
        len += self.type_.is_some() as usize;
        len += self.token.is_some() as usize;
        len += self.image_url.is_some() as usize;
        len += self.is_default.is_some() as usize;
        len += self.holder_name.is_some() as usize;
        len += self.number.is_some() as usize;
        len += self.expiration_date.is_some() as usize;
        len += self.is_expired.is_some() as usize;
        len += self.card_type.is_some() as usize;
        len += self.email.is_some() as usize;
        len += self.bank_code.is_some() as usize;
        len += self.branch_code.is_some() as usize;
        len += self.country.is_some() as usize;
        len += self.fingerprint.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "PaymentMethod", len);
        s.optional("ownerId", &self.owner_id);
        s.optional("type", &self.type_);
        s.optional("token", &self.token);
        s.optional("imageUrl", &self.image_url);
        s.optional("isDefault", &self.is_default);
        s.optional("holderName", &self.holder_name);
        s.optional("number", &self.number);
        s.optional("expirationDate", &self.expiration_date);
        s.optional("isExpired", &self.is_expired);
        s.optional("cardType", &self.card_type);
        s.optional("email", &self.email);
        s.optional("bankCode", &self.bank_code);
        s.optional("branchCode", &self.branch_code);
        s.optional("country", &self.country);
        s.optional("fingerprint", &self.fingerprint);
        s.end()
    }
}
#[cfg(feature = "payments")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PaymentMethod {
    const NAME: &'static str = "PaymentMethod";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut v12 = ::std::option::Option::None;
        let mut v13 = ::std::option::Option::None;
        let mut v14 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "ownerId",
                "type",
                "token",
                "imageUrl",
                "isDefault",
                "holderName",
                "number",
                "expirationDate",
                "isExpired",
                "cardType",
                "email",
                "bankCode",
                "branchCode",
                "country",
                "fingerprint",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.optional(&mut v11),
                12 => f.optional(&mut v12),
                13 => f.optional(&mut v13),
                14 => f.optional(&mut v14),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "payments")]
impl<'de> serde::Deserialize<'de> for PaymentMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "payments")]
impl PaymentMethod {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            owner_id: ::std::option::Option::None,
            type_: ::std::option::Option::None,
            token: ::std::option::Option::None,
            image_url: ::std::option::Option::None,
            is_default: ::std::option::Option::None,
            holder_name: ::std::option::Option::None,
            number: ::std::option::Option::None,
            expiration_date: ::std::option::Option::None,
            is_expired: ::std::option::Option::None,
            card_type: ::std::option::Option::None,
            email: ::std::option::Option::None,
            bank_code: ::std::option::Option::None,
            branch_code: ::std::option::Option::None,
            country: ::std::option::Option::None,
            fingerprint: ::std::option::Option::None,
        }
    }
    /// Sets [`owner_id`](Self::owner_id).
    pub fn with_owner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`type_`](Self::type_).
    pub fn with_type(mut self, value: PaymentMethodType) -> Self {
        self.type_ = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`token`](Self::token).
    pub fn with_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`image_url`](Self::image_url).
    pub fn with_image_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`is_default`](Self::is_default).
    pub fn with_is_default(mut self, value: bool) -> Self {
        self.is_default = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`holder_name`](Self::holder_name).
    pub fn with_holder_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.holder_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`number`](Self::number).
    pub fn with_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`expiration_date`](Self::expiration_date).
    pub fn with_expiration_date(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expiration_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`is_expired`](Self::is_expired).
    pub fn with_is_expired(mut self, value: bool) -> Self {
        self.is_expired = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`card_type`](Self::card_type).
    pub fn with_card_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.card_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`email`](Self::email).
    pub fn with_email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`bank_code`](Self::bank_code).
    pub fn with_bank_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bank_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`branch_code`](Self::branch_code).
    pub fn with_branch_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.branch_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`country`](Self::country).
    pub fn with_country(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`fingerprint`](Self::fingerprint).
    pub fn with_fingerprint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fingerprint = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `PaymentNextStep` schema.
#[cfg(feature = "payments")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PaymentNextStep {
    /// `url`
    pub url: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl serde::Serialize for PaymentNextStep {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.url.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "PaymentNextStep",
            len,
        );
        s.optional("url", &self.url);
        s.end()
    }
}
#[cfg(feature = "payments")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PaymentNextStep {
    const NAME: &'static str = "PaymentNextStep";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["url"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { url: v0 })
    }
}
#[cfg(feature = "payments")]
impl<'de> serde::Deserialize<'de> for PaymentNextStep {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "payments")]
impl PaymentNextStep {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            url: ::std::option::Option::None,
        }
    }
    /// Sets [`url`](Self::url).
    pub fn with_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.url = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `PaymentProviderSelectionProvider` schema.
#[cfg(feature = "payments")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(feature = "payments")]
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
#[cfg(feature = "payments")]
impl ::std::convert::From<::std::string::String> for PaymentProviderSelectionProvider {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(feature = "payments")]
impl std::fmt::Display for PaymentProviderSelectionProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "payments")]
impl serde::Serialize for PaymentProviderSelectionProvider {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "payments")]
impl<'de> serde::Deserialize<'de> for PaymentProviderSelectionProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "payments")]
impl ::std::cmp::Eq for PaymentProviderSelectionProvider {}
#[cfg(feature = "payments")]
impl ::std::cmp::PartialOrd for PaymentProviderSelectionProvider {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "payments")]
impl ::std::hash::Hash for PaymentProviderSelectionProvider {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `PaymentProviderSelection` schema.
#[cfg(feature = "payments")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PaymentProviderSelection {
    /// `provider`
    pub provider: ::std::option::Option<PaymentProviderSelectionProvider>,
}
#[cfg(feature = "payments")]
impl serde::Serialize for PaymentProviderSelection {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.provider.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "PaymentProviderSelection",
            len,
        );
        s.optional("provider", &self.provider);
        s.end()
    }
}
#[cfg(feature = "payments")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PaymentProviderSelection {
    const NAME: &'static str = "PaymentProviderSelection";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["provider"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { provider: v0 })
    }
}
#[cfg(feature = "payments")]
impl<'de> serde::Deserialize<'de> for PaymentProviderSelection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "payments")]
impl PaymentProviderSelection {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            provider: ::std::option::Option::None,
        }
    }
    /// Sets [`provider`](Self::provider).
    pub fn with_provider(mut self, value: PaymentProviderSelectionProvider) -> Self {
        self.provider = ::std::option::Option::Some(value);
        self
    }
}
/// Error returned as plain text (network groups service).
#[cfg(feature = "tardis")]
pub type PlainTextError = ::std::string::String;
/// The `PriceWithTax` schema.
#[cfg(feature = "payments")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PriceWithTax {
    /// `price`
    pub price: ::std::option::Option<i64>,
    /// `taxFreePrice`
    pub tax_free_price: ::std::option::Option<i64>,
    /// `vatRatio`
    pub vat_ratio: ::std::option::Option<i64>,
    /// `invoicedOwner`
    pub invoiced_owner: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl serde::Serialize for PriceWithTax {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.price.is_some() as usize;
        len += self.tax_free_price.is_some() as usize;
        len += self.vat_ratio.is_some() as usize;
        len += self.invoiced_owner.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "PriceWithTax", len);
        s.optional("price", &self.price);
        s.optional("taxFreePrice", &self.tax_free_price);
        s.optional("vatRatio", &self.vat_ratio);
        s.optional("invoicedOwner", &self.invoiced_owner);
        s.end()
    }
}
#[cfg(feature = "payments")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PriceWithTax {
    const NAME: &'static str = "PriceWithTax";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["price", "taxFreePrice", "vatRatio", "invoicedOwner"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            price: v0,
            tax_free_price: v1,
            vat_ratio: v2,
            invoiced_owner: v3,
        })
    }
}
#[cfg(feature = "payments")]
impl<'de> serde::Deserialize<'de> for PriceWithTax {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "payments")]
impl PriceWithTax {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            price: ::std::option::Option::None,
            tax_free_price: ::std::option::Option::None,
            vat_ratio: ::std::option::Option::None,
            invoiced_owner: ::std::option::Option::None,
        }
    }
    /// Sets [`price`](Self::price).
    pub fn with_price(mut self, value: i64) -> Self {
        self.price = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`tax_free_price`](Self::tax_free_price).
    pub fn with_tax_free_price(mut self, value: i64) -> Self {
        self.tax_free_price = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`vat_ratio`](Self::vat_ratio).
    pub fn with_vat_ratio(mut self, value: i64) -> Self {
        self.vat_ratio = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`invoiced_owner`](Self::invoiced_owner).
    pub fn with_invoiced_owner(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.invoiced_owner = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `ProviderProvisionRequest` schema.
#[cfg(any(feature = "matomo", feature = "tardis"))]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProviderProvisionRequest {
    /// `callback_url`
    pub callback_url: ::std::option::Option<::std::string::String>,
    /// `heroku_id`
    pub heroku_id: ::std::option::Option<::std::string::String>,
    /// `logplex_token`
    pub logplex_token: ::std::option::Option<::std::string::String>,
    /// `logs_collector`
    pub logs_collector: ::std::option::Option<::std::string::String>,
    /// `options`
    pub options: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// `owner_id`
    pub owner_id: ::std::option::Option<::std::string::String>,
    /// `plan`
    pub plan: ::std::option::Option<::std::string::String>,
    /// `region`
    pub region: ::std::option::Option<::std::string::String>,
    /// `user_id`
    pub user_id: ::std::option::Option<::std::string::String>,
    /// `version`
    pub version: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "matomo", feature = "tardis"))]
impl std::fmt::Debug for ProviderProvisionRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProviderProvisionRequest")
            .field("callback_url", &self.callback_url)
            .field("heroku_id", &self.heroku_id)
            .field("logplex_token", &cloudsdk_runtime::Redacted(&self.logplex_token))
            .field("logs_collector", &self.logs_collector)
            .field("options", &self.options)
            .field("owner_id", &self.owner_id)
            .field("plan", &self.plan)
            .field("region", &self.region)
            .field("user_id", &self.user_id)
            .field("version", &self.version)
            .finish()
    }
}
#[cfg(any(feature = "matomo", feature = "tardis"))]
impl serde::Serialize for ProviderProvisionRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.callback_url.is_some() as usize;
        len += self.heroku_id.is_some() as usize;
        len += self.logplex_token.is_some() as usize;
        len += self.logs_collector.is_some() as usize;
        len += self.options.is_some() as usize;
        len += self.owner_id.is_some() as usize;
        len += self.plan.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.user_id.is_some() as usize;
        len += self.version.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ProviderProvisionRequest",
            len,
        );
        s.optional("callback_url", &self.callback_url);
        s.optional("heroku_id", &self.heroku_id);
        s.optional("logplex_token", &self.logplex_token);
        s.optional("logs_collector", &self.logs_collector);
        s.optional("options", &self.options);
        s.optional("owner_id", &self.owner_id);
        s.optional("plan", &self.plan);
        s.optional("region", &self.region);
        s.optional("user_id", &self.user_id);
        s.optional("version", &self.version);
        s.end()
    }
}
#[cfg(any(feature = "matomo", feature = "tardis"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ProviderProvisionRequest {
    const NAME: &'static str = "ProviderProvisionRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "callback_url",
                "heroku_id",
                "logplex_token",
                "logs_collector",
                "options",
                "owner_id",
                "plan",
                "region",
                "user_id",
                "version",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(any(feature = "matomo", feature = "tardis"))]
impl<'de> serde::Deserialize<'de> for ProviderProvisionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "matomo", feature = "tardis"))]
impl ProviderProvisionRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            callback_url: ::std::option::Option::None,
            heroku_id: ::std::option::Option::None,
            logplex_token: ::std::option::Option::None,
            logs_collector: ::std::option::Option::None,
            options: ::std::option::Option::None,
            owner_id: ::std::option::Option::None,
            plan: ::std::option::Option::None,
            region: ::std::option::Option::None,
            user_id: ::std::option::Option::None,
            version: ::std::option::Option::None,
        }
    }
    /// Sets [`callback_url`](Self::callback_url).
    pub fn with_callback_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.callback_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`heroku_id`](Self::heroku_id).
    pub fn with_heroku_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.heroku_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`logplex_token`](Self::logplex_token).
    pub fn with_logplex_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.logplex_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`logs_collector`](Self::logs_collector).
    pub fn with_logs_collector(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.logs_collector = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`options`](Self::options).
    pub fn with_options(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.options = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`owner_id`](Self::owner_id).
    pub fn with_owner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`plan`](Self::plan).
    pub fn with_plan(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.plan = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`user_id`](Self::user_id).
    pub fn with_user_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`version`](Self::version).
    pub fn with_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `ProviderProvisionResult` schema.
#[cfg(any(feature = "matomo", feature = "pulsar"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProviderProvisionResult {
    /// `config`
    pub config: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    >,
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `message`
    pub message: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "matomo", feature = "pulsar"))]
impl serde::Serialize for ProviderProvisionResult {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.config.is_some() as usize;
        len += self.id.is_some() as usize;
        len += self.message.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ProviderProvisionResult",
            len,
        );
        s.optional("config", &self.config);
        s.optional("id", &self.id);
        s.optional("message", &self.message);
        s.end()
    }
}
#[cfg(any(feature = "matomo", feature = "pulsar"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ProviderProvisionResult {
    const NAME: &'static str = "ProviderProvisionResult";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["config", "id", "message"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            config: v0,
            id: v1,
            message: v2,
        })
    }
}
#[cfg(any(feature = "matomo", feature = "pulsar"))]
impl<'de> serde::Deserialize<'de> for ProviderProvisionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "matomo", feature = "pulsar"))]
impl ProviderProvisionResult {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            config: ::std::option::Option::None,
            id: ::std::option::Option::None,
            message: ::std::option::Option::None,
        }
    }
    /// Sets [`config`](Self::config).
    pub fn with_config(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    ) -> Self {
        self.config = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`message`](Self::message).
    pub fn with_message(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `ProviderSummary` schema.
#[cfg(feature = "summary")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProviderSummary {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "summary")]
impl serde::Serialize for ProviderSummary {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ProviderSummary",
            len,
        );
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.end()
    }
}
#[cfg(feature = "summary")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ProviderSummary {
    const NAME: &'static str = "ProviderSummary";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["id", "name"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { id: v0, name: v1 })
    }
}
#[cfg(feature = "summary")]
impl<'de> serde::Deserialize<'de> for ProviderSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "summary")]
impl ProviderSummary {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}
/// An Apache Pulsar add-on.
#[cfg(feature = "pulsar")]
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct PulsarAddon {
    /// `ask_for_deletion_date`
    pub ask_for_deletion_date: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `cluster_id`
    pub cluster_id: ::std::string::String,
    /// `cold_storage_id`
    pub cold_storage_id: ::std::option::Option<::std::string::String>,
    /// `cold_storage_linked`
    pub cold_storage_linked: bool,
    /// `cold_storage_must_be_provided`
    pub cold_storage_must_be_provided: bool,
    /// `creation_date`
    pub creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `deletion_date`
    pub deletion_date: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `id`
    pub id: ::std::string::String,
    /// `namespace`
    pub namespace: ::std::string::String,
    /// `owner_id`
    pub owner_id: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    /// `plan`
    pub plan: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    /// `status`
    pub status: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    /// `tenant`
    pub tenant: ::std::string::String,
    /// `token`
    pub token: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
}
#[cfg(feature = "pulsar")]
impl std::fmt::Debug for PulsarAddon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PulsarAddon")
            .field("ask_for_deletion_date", &self.ask_for_deletion_date)
            .field("cluster_id", &self.cluster_id)
            .field("cold_storage_id", &self.cold_storage_id)
            .field("cold_storage_linked", &self.cold_storage_linked)
            .field("cold_storage_must_be_provided", &self.cold_storage_must_be_provided)
            .field("creation_date", &self.creation_date)
            .field("deletion_date", &self.deletion_date)
            .field("id", &self.id)
            .field("namespace", &self.namespace)
            .field("owner_id", &self.owner_id)
            .field("plan", &self.plan)
            .field("status", &self.status)
            .field("tenant", &self.tenant)
            .field("token", &cloudsdk_runtime::Redacted(&self.token))
            .finish()
    }
}
#[cfg(feature = "pulsar")]
impl serde::Serialize for PulsarAddon {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 11;
        len += self.ask_for_deletion_date.is_some() as usize;
        len += self.cold_storage_id.is_some() as usize;
        len += self.deletion_date.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "PulsarAddon", len);
        s.optional("ask_for_deletion_date", &self.ask_for_deletion_date);
        s.field("cluster_id", &self.cluster_id);
        s.optional("cold_storage_id", &self.cold_storage_id);
        s.field("cold_storage_linked", &self.cold_storage_linked);
        s.field("cold_storage_must_be_provided", &self.cold_storage_must_be_provided);
        s.field("creation_date", &self.creation_date);
        s.optional("deletion_date", &self.deletion_date);
        s.field("id", &self.id);
        s.field("namespace", &self.namespace);
        s.field("owner_id", &self.owner_id);
        s.field("plan", &self.plan);
        s.field("status", &self.status);
        s.field("tenant", &self.tenant);
        s.field("token", &self.token);
        s.end()
    }
}
#[cfg(feature = "pulsar")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarAddon {
    const NAME: &'static str = "PulsarAddon";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut v12 = ::std::option::Option::None;
        let mut v13 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "ask_for_deletion_date",
                "cluster_id",
                "cold_storage_id",
                "cold_storage_linked",
                "cold_storage_must_be_provided",
                "creation_date",
                "deletion_date",
                "id",
                "namespace",
                "owner_id",
                "plan",
                "status",
                "tenant",
                "token",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.value(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.value(&mut v3),
                4 => f.value(&mut v4),
                5 => f.value(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.value(&mut v7),
                8 => f.value(&mut v8),
                9 => f.value(&mut v9),
                10 => f.value(&mut v10),
                11 => f.value(&mut v11),
                12 => f.value(&mut v12),
                13 => f.value(&mut v13),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("cluster_id");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("cold_storage_linked");
        };
        let ::std::option::Option::Some(v4) = v4 else {
            return cloudsdk_runtime::de::missing("cold_storage_must_be_provided");
        };
        let ::std::option::Option::Some(v5) = v5 else {
            return cloudsdk_runtime::de::missing("creation_date");
        };
        let ::std::option::Option::Some(v7) = v7 else {
            return cloudsdk_runtime::de::missing("id");
        };
        let ::std::option::Option::Some(v8) = v8 else {
            return cloudsdk_runtime::de::missing("namespace");
        };
        let ::std::option::Option::Some(v9) = v9 else {
            return cloudsdk_runtime::de::missing("owner_id");
        };
        let ::std::option::Option::Some(v10) = v10 else {
            return cloudsdk_runtime::de::missing("plan");
        };
        let ::std::option::Option::Some(v11) = v11 else {
            return cloudsdk_runtime::de::missing("status");
        };
        let ::std::option::Option::Some(v12) = v12 else {
            return cloudsdk_runtime::de::missing("tenant");
        };
        let ::std::option::Option::Some(v13) = v13 else {
            return cloudsdk_runtime::de::missing("token");
        };
        ::std::result::Result::Ok(Self {
            ask_for_deletion_date: v0,
            cluster_id: v1,
            cold_storage_id: v2,
            cold_storage_linked: v3,
            cold_storage_must_be_provided: v4,
            creation_date: v5,
            deletion_date: v6,
            id: v7,
            namespace: v8,
            owner_id: v9,
            plan: v10,
            status: v11,
            tenant: v12,
            token: v13,
        })
    }
}
#[cfg(feature = "pulsar")]
impl<'de> serde::Deserialize<'de> for PulsarAddon {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "pulsar")]
impl PulsarAddon {
    /// Builds one from its required fields; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        cluster_id: impl ::std::convert::Into<::std::string::String>,
        cold_storage_linked: bool,
        cold_storage_must_be_provided: bool,
        creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
        id: impl ::std::convert::Into<::std::string::String>,
        namespace: impl ::std::convert::Into<::std::string::String>,
        owner_id: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
        plan: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
        status: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
        tenant: impl ::std::convert::Into<::std::string::String>,
        token: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    ) -> Self {
        Self {
            ask_for_deletion_date: ::std::option::Option::None,
            cluster_id: cluster_id.into(),
            cold_storage_id: ::std::option::Option::None,
            cold_storage_linked,
            cold_storage_must_be_provided,
            creation_date,
            deletion_date: ::std::option::Option::None,
            id: id.into(),
            namespace: namespace.into(),
            owner_id,
            plan,
            status,
            tenant: tenant.into(),
            token,
        }
    }
    /// Sets [`ask_for_deletion_date`](Self::ask_for_deletion_date).
    pub fn with_ask_for_deletion_date(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.ask_for_deletion_date = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cold_storage_id`](Self::cold_storage_id).
    pub fn with_cold_storage_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cold_storage_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`deletion_date`](Self::deletion_date).
    pub fn with_deletion_date(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.deletion_date = ::std::option::Option::Some(value);
        self
    }
}
/// The `PulsarCluster` schema.
#[cfg(feature = "pulsar")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PulsarCluster {
    /// `features`
    pub features: ::std::vec::Vec<PulsarFeature>,
    /// `id`
    pub id: ::std::string::String,
    /// `label`
    pub label: ::std::string::String,
    /// `version`
    pub version: ::std::string::String,
    /// `zone`
    pub zone: ::std::string::String,
}
#[cfg(feature = "pulsar")]
impl serde::Serialize for PulsarCluster {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "PulsarCluster", 5);
        s.field("features", &self.features);
        s.field("id", &self.id);
        s.field("label", &self.label);
        s.field("version", &self.version);
        s.field("zone", &self.zone);
        s.end()
    }
}
#[cfg(feature = "pulsar")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarCluster {
    const NAME: &'static str = "PulsarCluster";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["features", "id", "label", "version", "zone"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
                3 => f.value(&mut v3),
                4 => f.value(&mut v4),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("features");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("id");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("label");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("version");
        };
        let ::std::option::Option::Some(v4) = v4 else {
            return cloudsdk_runtime::de::missing("zone");
        };
        ::std::result::Result::Ok(Self {
            features: v0,
            id: v1,
            label: v2,
            version: v3,
            zone: v4,
        })
    }
}
#[cfg(feature = "pulsar")]
impl<'de> serde::Deserialize<'de> for PulsarCluster {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "pulsar")]
impl PulsarCluster {
    /// Builds one from its fields.
    pub fn new(
        features: ::std::vec::Vec<PulsarFeature>,
        id: impl ::std::convert::Into<::std::string::String>,
        label: impl ::std::convert::Into<::std::string::String>,
        version: impl ::std::convert::Into<::std::string::String>,
        zone: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            features,
            id: id.into(),
            label: label.into(),
            version: version.into(),
            zone: zone.into(),
        }
    }
}
/// The `PulsarClusterPolicy` schema.
#[cfg(feature = "pulsar")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PulsarClusterPolicy {
    /// `duration`
    pub duration: PulsarQuantity,
    /// `size`
    pub size: PulsarQuantity,
}
#[cfg(feature = "pulsar")]
impl serde::Serialize for PulsarClusterPolicy {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "PulsarClusterPolicy",
            2,
        );
        s.field("duration", &self.duration);
        s.field("size", &self.size);
        s.end()
    }
}
#[cfg(feature = "pulsar")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarClusterPolicy {
    const NAME: &'static str = "PulsarClusterPolicy";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["duration", "size"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("duration");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("size");
        };
        ::std::result::Result::Ok(Self { duration: v0, size: v1 })
    }
}
#[cfg(feature = "pulsar")]
impl<'de> serde::Deserialize<'de> for PulsarClusterPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "pulsar")]
impl PulsarClusterPolicy {
    /// Builds one from its fields.
    pub fn new(duration: PulsarQuantity, size: PulsarQuantity) -> Self {
        Self { duration, size }
    }
}
/// The `PulsarClusterStoragePolicies` schema.
#[cfg(feature = "pulsar")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PulsarClusterStoragePolicies {
    /// `offloadPolicies`
    pub offload_policies: PulsarClusterPolicy,
    /// `retentionPolicies`
    pub retention_policies: PulsarClusterPolicy,
}
#[cfg(feature = "pulsar")]
impl serde::Serialize for PulsarClusterStoragePolicies {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "PulsarClusterStoragePolicies",
            2,
        );
        s.field("offloadPolicies", &self.offload_policies);
        s.field("retentionPolicies", &self.retention_policies);
        s.end()
    }
}
#[cfg(feature = "pulsar")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarClusterStoragePolicies {
    const NAME: &'static str = "PulsarClusterStoragePolicies";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["offloadPolicies", "retentionPolicies"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("offloadPolicies");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("retentionPolicies");
        };
        ::std::result::Result::Ok(Self {
            offload_policies: v0,
            retention_policies: v1,
        })
    }
}
#[cfg(feature = "pulsar")]
impl<'de> serde::Deserialize<'de> for PulsarClusterStoragePolicies {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "pulsar")]
impl PulsarClusterStoragePolicies {
    /// Builds one from its fields.
    pub fn new(
        offload_policies: PulsarClusterPolicy,
        retention_policies: PulsarClusterPolicy,
    ) -> Self {
        Self {
            offload_policies,
            retention_policies,
        }
    }
}
/// The `PulsarDedicatedOffer` schema.
#[cfg(feature = "pulsar")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PulsarDedicatedOffer {
    /// `features`
    pub features: ::std::vec::Vec<PulsarFeature>,
}
#[cfg(feature = "pulsar")]
impl serde::Serialize for PulsarDedicatedOffer {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "PulsarDedicatedOffer",
            1,
        );
        s.field("features", &self.features);
        s.end()
    }
}
#[cfg(feature = "pulsar")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarDedicatedOffer {
    const NAME: &'static str = "PulsarDedicatedOffer";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["features"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("features");
        };
        ::std::result::Result::Ok(Self { features: v0 })
    }
}
#[cfg(feature = "pulsar")]
impl<'de> serde::Deserialize<'de> for PulsarDedicatedOffer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "pulsar")]
impl PulsarDedicatedOffer {
    /// Builds one from its fields.
    pub fn new(features: ::std::vec::Vec<PulsarFeature>) -> Self {
        Self { features }
    }
}
/// The `PulsarFeature` schema.
#[cfg(feature = "pulsar")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PulsarFeature {
    /// `enabled`
    ///
    /// Defaults to `false` when left out.
    pub enabled: ::std::option::Option<bool>,
    /// `name`
    pub name: ::std::string::String,
}
#[cfg(feature = "pulsar")]
impl serde::Serialize for PulsarFeature {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.enabled.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "PulsarFeature", len);
        s.optional("enabled", &self.enabled);
        s.field("name", &self.name);
        s.end()
    }
}
#[cfg(feature = "pulsar")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarFeature {
    const NAME: &'static str = "PulsarFeature";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["enabled", "name"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("name");
        };
        ::std::result::Result::Ok(Self { enabled: v0, name: v1 })
    }
}
#[cfg(feature = "pulsar")]
impl<'de> serde::Deserialize<'de> for PulsarFeature {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "pulsar")]
impl PulsarFeature {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            enabled: ::std::option::Option::None,
            name: name.into(),
        }
    }
    /// Sets [`enabled`](Self::enabled).
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }
}
/// The `PulsarPolicyLimits` schema.
#[cfg(feature = "pulsar")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PulsarPolicyLimits {
    /// `durationInDays`
    pub duration_in_days: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    >,
    /// `sizeInMB`
    pub size_in_mb: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    >,
}
#[cfg(feature = "pulsar")]
impl serde::Serialize for PulsarPolicyLimits {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.duration_in_days.is_some() as usize;
        len += self.size_in_mb.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "PulsarPolicyLimits",
            len,
        );
        s.optional("durationInDays", &self.duration_in_days);
        s.optional("sizeInMB", &self.size_in_mb);
        s.end()
    }
}
#[cfg(feature = "pulsar")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarPolicyLimits {
    const NAME: &'static str = "PulsarPolicyLimits";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["durationInDays", "sizeInMB"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            duration_in_days: v0,
            size_in_mb: v1,
        })
    }
}
#[cfg(feature = "pulsar")]
impl<'de> serde::Deserialize<'de> for PulsarPolicyLimits {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "pulsar")]
impl PulsarPolicyLimits {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            duration_in_days: ::std::option::Option::None,
            size_in_mb: ::std::option::Option::None,
        }
    }
    /// Sets [`duration_in_days`](Self::duration_in_days).
    pub fn with_duration_in_days(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    ) -> Self {
        self.duration_in_days = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`size_in_mb`](Self::size_in_mb).
    pub fn with_size_in_mb(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    ) -> Self {
        self.size_in_mb = ::std::option::Option::Some(value);
        self
    }
}
/// The `PulsarProviderInfo` schema.
#[cfg(feature = "pulsar")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PulsarProviderInfo {
    /// `clusters`
    pub clusters: ::std::vec::Vec<PulsarCluster>,
    /// `dedicated`
    pub dedicated: ::std::collections::BTreeMap<
        ::std::string::String,
        PulsarDedicatedOffer,
    >,
    /// `defaultDedicatedVersion`
    pub default_dedicated_version: ::std::string::String,
    /// `providerId`
    pub provider_id: ::std::string::String,
}
#[cfg(feature = "pulsar")]
impl serde::Serialize for PulsarProviderInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "PulsarProviderInfo",
            4,
        );
        s.field("clusters", &self.clusters);
        s.field("dedicated", &self.dedicated);
        s.field("defaultDedicatedVersion", &self.default_dedicated_version);
        s.field("providerId", &self.provider_id);
        s.end()
    }
}
#[cfg(feature = "pulsar")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarProviderInfo {
    const NAME: &'static str = "PulsarProviderInfo";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["clusters", "dedicated", "defaultDedicatedVersion", "providerId"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
                3 => f.value(&mut v3),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("clusters");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("dedicated");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("defaultDedicatedVersion");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("providerId");
        };
        ::std::result::Result::Ok(Self {
            clusters: v0,
            dedicated: v1,
            default_dedicated_version: v2,
            provider_id: v3,
        })
    }
}
#[cfg(feature = "pulsar")]
impl<'de> serde::Deserialize<'de> for PulsarProviderInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "pulsar")]
impl PulsarProviderInfo {
    /// Builds one from its fields.
    pub fn new(
        clusters: ::std::vec::Vec<PulsarCluster>,
        dedicated: ::std::collections::BTreeMap<
            ::std::string::String,
            PulsarDedicatedOffer,
        >,
        default_dedicated_version: impl ::std::convert::Into<::std::string::String>,
        provider_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            clusters,
            dedicated,
            default_dedicated_version: default_dedicated_version.into(),
            provider_id: provider_id.into(),
        }
    }
}
/// The `PulsarQuantity` schema.
#[cfg(feature = "pulsar")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PulsarQuantity {
    /// `unit`
    pub unit: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    /// `value`
    pub value: f64,
}
#[cfg(feature = "pulsar")]
impl serde::Serialize for PulsarQuantity {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "PulsarQuantity", 2);
        s.field("unit", &self.unit);
        s.field("value", &self.value);
        s.end()
    }
}
#[cfg(feature = "pulsar")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarQuantity {
    const NAME: &'static str = "PulsarQuantity";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["unit", "value"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("unit");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("value");
        };
        ::std::result::Result::Ok(Self { unit: v0, value: v1 })
    }
}
#[cfg(feature = "pulsar")]
impl<'de> serde::Deserialize<'de> for PulsarQuantity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "pulsar")]
impl PulsarQuantity {
    /// Builds one from its fields.
    pub fn new(
        unit: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
        value: f64,
    ) -> Self {
        Self { unit, value }
    }
}
/// The `PulsarStoragePolicies` schema.
#[cfg(feature = "pulsar")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PulsarStoragePolicies {
    /// `offloadPolicies`
    pub offload_policies: ::std::option::Option<PulsarPolicyLimits>,
    /// `retentionPolicies`
    pub retention_policies: ::std::option::Option<PulsarPolicyLimits>,
}
#[cfg(feature = "pulsar")]
impl serde::Serialize for PulsarStoragePolicies {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.offload_policies.is_some() as usize;
        len += self.retention_policies.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "PulsarStoragePolicies",
            len,
        );
        s.optional("offloadPolicies", &self.offload_policies);
        s.optional("retentionPolicies", &self.retention_policies);
        s.end()
    }
}
#[cfg(feature = "pulsar")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PulsarStoragePolicies {
    const NAME: &'static str = "PulsarStoragePolicies";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["offloadPolicies", "retentionPolicies"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            offload_policies: v0,
            retention_policies: v1,
        })
    }
}
#[cfg(feature = "pulsar")]
impl<'de> serde::Deserialize<'de> for PulsarStoragePolicies {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "pulsar")]
impl PulsarStoragePolicies {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            offload_policies: ::std::option::Option::None,
            retention_policies: ::std::option::Option::None,
        }
    }
    /// Sets [`offload_policies`](Self::offload_policies).
    pub fn with_offload_policies(mut self, value: PulsarPolicyLimits) -> Self {
        self.offload_policies = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`retention_policies`](Self::retention_policies).
    pub fn with_retention_policies(mut self, value: PulsarPolicyLimits) -> Self {
        self.retention_policies = ::std::option::Option::Some(value);
        self
    }
}
/// The `RecurrentPayment` schema.
#[cfg(feature = "payments")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RecurrentPayment {
    /// `user`
    pub user: ::std::option::Option<User>,
    /// `target`
    pub target: ::std::option::Option<Owner>,
    /// `thresholdAmount`
    pub threshold_amount: ::std::option::Option<f64>,
    /// `monthlyAmount`
    pub monthly_amount: ::std::option::Option<f64>,
    /// `threshold`
    pub threshold: ::std::option::Option<f64>,
    /// `currency`
    pub currency: ::std::option::Option<::std::string::String>,
    /// `token`
    pub token: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl std::fmt::Debug for RecurrentPayment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RecurrentPayment")
            .field("user", &self.user)
            .field("target", &self.target)
            .field("threshold_amount", &self.threshold_amount)
            .field("monthly_amount", &self.monthly_amount)
            .field("threshold", &self.threshold)
            .field("currency", &self.currency)
            .field("token", &cloudsdk_runtime::Redacted(&self.token))
            .finish()
    }
}
#[cfg(feature = "payments")]
impl serde::Serialize for RecurrentPayment {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.user.is_some() as usize;
        len += self.target.is_some() as usize;
        len += self.threshold_amount.is_some() as usize;
        len += self.monthly_amount.is_some() as usize;
        len += self.threshold.is_some() as usize;
        len += self.currency.is_some() as usize;
        len += self.token.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "RecurrentPayment",
            len,
        );
        s.optional("user", &self.user);
        s.optional("target", &self.target);
        s.optional("thresholdAmount", &self.threshold_amount);
        s.optional("monthlyAmount", &self.monthly_amount);
        s.optional("threshold", &self.threshold);
        s.optional("currency", &self.currency);
        s.optional("token", &self.token);
        s.end()
    }
}
#[cfg(feature = "payments")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for RecurrentPayment {
    const NAME: &'static str = "RecurrentPayment";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "user",
                "target",
                "thresholdAmount",
                "monthlyAmount",
                "threshold",
                "currency",
                "token",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "payments")]
impl<'de> serde::Deserialize<'de> for RecurrentPayment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "payments")]
impl RecurrentPayment {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            user: ::std::option::Option::None,
            target: ::std::option::Option::None,
            threshold_amount: ::std::option::Option::None,
            monthly_amount: ::std::option::Option::None,
            threshold: ::std::option::Option::None,
            currency: ::std::option::Option::None,
            token: ::std::option::Option::None,
        }
    }
    /// Sets [`user`](Self::user).
    pub fn with_user(mut self, value: User) -> Self {
        self.user = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`target`](Self::target).
    pub fn with_target(mut self, value: Owner) -> Self {
        self.target = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`threshold_amount`](Self::threshold_amount).
    pub fn with_threshold_amount(mut self, value: f64) -> Self {
        self.threshold_amount = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`monthly_amount`](Self::monthly_amount).
    pub fn with_monthly_amount(mut self, value: f64) -> Self {
        self.monthly_amount = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`threshold`](Self::threshold).
    pub fn with_threshold(mut self, value: f64) -> Self {
        self.threshold = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`currency`](Self::currency).
    pub fn with_currency(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`token`](Self::token).
    pub fn with_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.token = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `Redirection` schema.
#[cfg(feature = "redirections")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Redirection {
    /// `namespace`
    pub namespace: ::std::option::Option<::std::string::String>,
    /// `port`
    pub port: ::std::option::Option<i64>,
}
#[cfg(feature = "redirections")]
impl serde::Serialize for Redirection {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.namespace.is_some() as usize;
        len += self.port.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Redirection", len);
        s.optional("namespace", &self.namespace);
        s.optional("port", &self.port);
        s.end()
    }
}
#[cfg(feature = "redirections")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Redirection {
    const NAME: &'static str = "Redirection";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["namespace", "port"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { namespace: v0, port: v1 })
    }
}
#[cfg(feature = "redirections")]
impl<'de> serde::Deserialize<'de> for Redirection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "redirections")]
impl Redirection {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            namespace: ::std::option::Option::None,
            port: ::std::option::Option::None,
        }
    }
    /// Sets [`namespace`](Self::namespace).
    pub fn with_namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`port`](Self::port).
    pub fn with_port(mut self, value: i64) -> Self {
        self.port = ::std::option::Option::Some(value);
        self
    }
}
/// The `RedirectionRequest` schema.
#[cfg(feature = "redirections")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RedirectionRequest {
    /// `namespace`
    pub namespace: ::std::option::Option<::std::string::String>,
    /// `minPort`
    pub min_port: ::std::option::Option<i64>,
    /// `maxPort`
    pub max_port: ::std::option::Option<i64>,
}
#[cfg(feature = "redirections")]
impl serde::Serialize for RedirectionRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.namespace.is_some() as usize;
        len += self.min_port.is_some() as usize;
        len += self.max_port.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "RedirectionRequest",
            len,
        );
        s.optional("namespace", &self.namespace);
        s.optional("minPort", &self.min_port);
        s.optional("maxPort", &self.max_port);
        s.end()
    }
}
#[cfg(feature = "redirections")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for RedirectionRequest {
    const NAME: &'static str = "RedirectionRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["namespace", "minPort", "maxPort"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            namespace: v0,
            min_port: v1,
            max_port: v2,
        })
    }
}
#[cfg(feature = "redirections")]
impl<'de> serde::Deserialize<'de> for RedirectionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "redirections")]
impl RedirectionRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            namespace: ::std::option::Option::None,
            min_port: ::std::option::Option::None,
            max_port: ::std::option::Option::None,
        }
    }
    /// Sets [`namespace`](Self::namespace).
    pub fn with_namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`min_port`](Self::min_port).
    pub fn with_min_port(mut self, value: i64) -> Self {
        self.min_port = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`max_port`](Self::max_port).
    pub fn with_max_port(mut self, value: i64) -> Self {
        self.max_port = ::std::option::Option::Some(value);
        self
    }
}
/// The `SetupIntent` schema.
#[cfg(any(feature = "addons", feature = "payments"))]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetupIntent {
    /// `ownerId`
    pub owner_id: ::std::option::Option<::std::string::String>,
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `clientSecret`
    pub client_secret: ::std::option::Option<::std::string::String>,
    /// `customer`
    pub customer: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl std::fmt::Debug for SetupIntent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SetupIntent")
            .field("owner_id", &self.owner_id)
            .field("id", &self.id)
            .field("client_secret", &cloudsdk_runtime::Redacted(&self.client_secret))
            .field("customer", &self.customer)
            .finish()
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl serde::Serialize for SetupIntent {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.owner_id.is_some() as usize;
        len += self.id.is_some() as usize;
        len += self.client_secret.is_some() as usize;
        len += self.customer.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "SetupIntent", len);
        s.optional("ownerId", &self.owner_id);
        s.optional("id", &self.id);
        s.optional("clientSecret", &self.client_secret);
        s.optional("customer", &self.customer);
        s.end()
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for SetupIntent {
    const NAME: &'static str = "SetupIntent";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["ownerId", "id", "clientSecret", "customer"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            owner_id: v0,
            id: v1,
            client_secret: v2,
            customer: v3,
        })
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl<'de> serde::Deserialize<'de> for SetupIntent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "addons", feature = "payments"))]
impl SetupIntent {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            owner_id: ::std::option::Option::None,
            id: ::std::option::Option::None,
            client_secret: ::std::option::Option::None,
            customer: ::std::option::Option::None,
        }
    }
    /// Sets [`owner_id`](Self::owner_id).
    pub fn with_owner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`client_secret`](Self::client_secret).
    pub fn with_client_secret(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_secret = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`customer`](Self::customer).
    pub fn with_customer(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.customer = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `SignedRequestCheck` schema.
#[cfg(feature = "oauth")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SignedRequestCheck {
    /// `verb`
    pub verb: ::std::option::Option<::std::string::String>,
    /// `uri`
    pub uri: ::std::option::Option<::std::string::String>,
    /// `authorization`
    pub authorization: ::std::option::Option<::std::string::String>,
    /// `payload`
    pub payload: ::std::option::Option<::std::string::String>,
    /// `nonce`
    pub nonce: ::std::option::Option<::std::string::String>,
    /// `mac`
    pub mac: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "oauth")]
impl std::fmt::Debug for SignedRequestCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignedRequestCheck")
            .field("verb", &self.verb)
            .field("uri", &self.uri)
            .field("authorization", &cloudsdk_runtime::Redacted(&self.authorization))
            .field("payload", &self.payload)
            .field("nonce", &self.nonce)
            .field("mac", &self.mac)
            .finish()
    }
}
#[cfg(feature = "oauth")]
impl serde::Serialize for SignedRequestCheck {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.verb.is_some() as usize;
        len += self.uri.is_some() as usize;
        len += self.authorization.is_some() as usize;
        len += self.payload.is_some() as usize;
        len += self.nonce.is_some() as usize;
        len += self.mac.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "SignedRequestCheck",
            len,
        );
        s.optional("verb", &self.verb);
        s.optional("uri", &self.uri);
        s.optional("authorization", &self.authorization);
        s.optional("payload", &self.payload);
        s.optional("nonce", &self.nonce);
        s.optional("mac", &self.mac);
        s.end()
    }
}
#[cfg(feature = "oauth")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for SignedRequestCheck {
    const NAME: &'static str = "SignedRequestCheck";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["verb", "uri", "authorization", "payload", "nonce", "mac"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            verb: v0,
            uri: v1,
            authorization: v2,
            payload: v3,
            nonce: v4,
            mac: v5,
        })
    }
}
#[cfg(feature = "oauth")]
impl<'de> serde::Deserialize<'de> for SignedRequestCheck {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "oauth")]
impl SignedRequestCheck {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            verb: ::std::option::Option::None,
            uri: ::std::option::Option::None,
            authorization: ::std::option::Option::None,
            payload: ::std::option::Option::None,
            nonce: ::std::option::Option::None,
            mac: ::std::option::Option::None,
        }
    }
    /// Sets [`verb`](Self::verb).
    pub fn with_verb(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.verb = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`uri`](Self::uri).
    pub fn with_uri(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uri = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`authorization`](Self::authorization).
    pub fn with_authorization(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorization = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`payload`](Self::payload).
    pub fn with_payload(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payload = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`nonce`](Self::nonce).
    pub fn with_nonce(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nonce = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`mac`](Self::mac).
    pub fn with_mac(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mac = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `SshKey` schema.
#[cfg(any(feature = "github", feature = "ssh-keys"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SshKey {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `key`
    pub key: ::std::option::Option<::std::string::String>,
    /// `fingerprint`
    pub fingerprint: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "github", feature = "ssh-keys"))]
impl serde::Serialize for SshKey {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.key.is_some() as usize;
        len += self.fingerprint.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "SshKey", len);
        s.optional("name", &self.name);
        s.optional("key", &self.key);
        s.optional("fingerprint", &self.fingerprint);
        s.end()
    }
}
#[cfg(any(feature = "github", feature = "ssh-keys"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for SshKey {
    const NAME: &'static str = "SshKey";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "key", "fingerprint"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            name: v0,
            key: v1,
            fingerprint: v2,
        })
    }
}
#[cfg(any(feature = "github", feature = "ssh-keys"))]
impl<'de> serde::Deserialize<'de> for SshKey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "github", feature = "ssh-keys"))]
impl SshKey {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            key: ::std::option::Option::None,
            fingerprint: ::std::option::Option::None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`key`](Self::key).
    pub fn with_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`fingerprint`](Self::fingerprint).
    pub fn with_fingerprint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fingerprint = ::std::option::Option::Some(value.into());
        self
    }
}
/// Raw Stripe webhook payload.
#[cfg(feature = "payments")]
pub type StripeWebhookPayload = ::std::string::String;
/// Overview of the caller and the organisations they belong to.
#[cfg(feature = "summary")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Summary {
    /// `user`
    pub user: ::std::option::Option<UserSummary>,
    /// `organisations`
    pub organisations: ::std::option::Option<::std::vec::Vec<OrganisationSummary>>,
}
#[cfg(feature = "summary")]
impl serde::Serialize for Summary {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.user.is_some() as usize;
        len += self.organisations.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Summary", len);
        s.optional("user", &self.user);
        s.optional("organisations", &self.organisations);
        s.end()
    }
}
#[cfg(feature = "summary")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Summary {
    const NAME: &'static str = "Summary";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["user", "organisations"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            user: v0,
            organisations: v1,
        })
    }
}
#[cfg(feature = "summary")]
impl<'de> serde::Deserialize<'de> for Summary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "summary")]
impl Summary {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            user: ::std::option::Option::None,
            organisations: ::std::option::Option::None,
        }
    }
    /// Sets [`user`](Self::user).
    pub fn with_user(mut self, value: UserSummary) -> Self {
        self.user = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`organisations`](Self::organisations).
    pub fn with_organisations(
        mut self,
        value: ::std::vec::Vec<OrganisationSummary>,
    ) -> Self {
        self.organisations = ::std::option::Option::Some(value);
        self
    }
}
/// Raw request body carrying the tags (sent as a JSON string).
#[cfg(any(feature = "addons", feature = "applications"))]
pub type TagList = ::std::string::String;
/// A Tardis (Warp 10) add-on with its read and write tokens.
#[cfg(feature = "tardis")]
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct TardisAddon {
    /// `creation_date`
    pub creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `deletion_date`
    pub deletion_date: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `owner_id`
    pub owner_id: ::std::option::Option<::std::string::String>,
    /// `plan`
    pub plan: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    /// `read_token`
    pub read_token: ::std::option::Option<TardisToken>,
    /// `senx_application_id`
    ///
    /// Bounds: matches `^cc..*$`.
    pub senx_application_id: ::std::option::Option<::std::string::String>,
    /// `status`
    pub status: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    /// `tardis_id`
    ///
    /// Bounds: matches `^tardis_.*$`.
    pub tardis_id: ::std::option::Option<::std::string::String>,
    /// `write_token`
    pub write_token: ::std::option::Option<TardisToken>,
}
#[cfg(feature = "tardis")]
impl std::fmt::Debug for TardisAddon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TardisAddon")
            .field("creation_date", &self.creation_date)
            .field("deletion_date", &self.deletion_date)
            .field("owner_id", &self.owner_id)
            .field("plan", &self.plan)
            .field("read_token", &cloudsdk_runtime::Redacted(&self.read_token))
            .field("senx_application_id", &self.senx_application_id)
            .field("status", &self.status)
            .field("tardis_id", &self.tardis_id)
            .field("write_token", &cloudsdk_runtime::Redacted(&self.write_token))
            .finish()
    }
}
#[cfg(feature = "tardis")]
impl serde::Serialize for TardisAddon {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 3;
        len += self.deletion_date.is_some() as usize;
        len += self.owner_id.is_some() as usize;
        len += self.read_token.is_some() as usize;
        len += self.senx_application_id.is_some() as usize;
        len += self.tardis_id.is_some() as usize;
        len += self.write_token.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "TardisAddon", len);
        s.field("creation_date", &self.creation_date);
        s.optional("deletion_date", &self.deletion_date);
        s.optional("owner_id", &self.owner_id);
        s.field("plan", &self.plan);
        s.optional("read_token", &self.read_token);
        s.optional("senx_application_id", &self.senx_application_id);
        s.field("status", &self.status);
        s.optional("tardis_id", &self.tardis_id);
        s.optional("write_token", &self.write_token);
        s.end()
    }
}
#[cfg(feature = "tardis")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisAddon {
    const NAME: &'static str = "TardisAddon";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "creation_date",
                "deletion_date",
                "owner_id",
                "plan",
                "read_token",
                "senx_application_id",
                "status",
                "tardis_id",
                "write_token",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.value(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.value(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("creation_date");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("plan");
        };
        let ::std::option::Option::Some(v6) = v6 else {
            return cloudsdk_runtime::de::missing("status");
        };
        ::std::result::Result::Ok(Self {
            creation_date: v0,
            deletion_date: v1,
            owner_id: v2,
            plan: v3,
            read_token: v4,
            senx_application_id: v5,
            status: v6,
            tardis_id: v7,
            write_token: v8,
        })
    }
}
#[cfg(feature = "tardis")]
impl<'de> serde::Deserialize<'de> for TardisAddon {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "tardis")]
impl TardisAddon {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
        plan: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
        status: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    ) -> Self {
        Self {
            creation_date,
            deletion_date: ::std::option::Option::None,
            owner_id: ::std::option::Option::None,
            plan,
            read_token: ::std::option::Option::None,
            senx_application_id: ::std::option::Option::None,
            status,
            tardis_id: ::std::option::Option::None,
            write_token: ::std::option::Option::None,
        }
    }
    /// Sets [`deletion_date`](Self::deletion_date).
    pub fn with_deletion_date(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.deletion_date = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`owner_id`](Self::owner_id).
    pub fn with_owner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`read_token`](Self::read_token).
    pub fn with_read_token(mut self, value: TardisToken) -> Self {
        self.read_token = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`senx_application_id`](Self::senx_application_id).
    pub fn with_senx_application_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.senx_application_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`tardis_id`](Self::tardis_id).
    pub fn with_tardis_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tardis_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`write_token`](Self::write_token).
    pub fn with_write_token(mut self, value: TardisToken) -> Self {
        self.write_token = ::std::option::Option::Some(value);
        self
    }
}
/// The `TardisAddonList` schema.
#[cfg(feature = "tardis")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TardisAddonList {
    /// `addons`
    pub addons: ::std::vec::Vec<TardisAddon>,
    /// `ownerID`
    pub owner_id: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
}
#[cfg(feature = "tardis")]
impl serde::Serialize for TardisAddonList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "TardisAddonList", 2);
        s.field("addons", &self.addons);
        s.field("ownerID", &self.owner_id);
        s.end()
    }
}
#[cfg(feature = "tardis")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisAddonList {
    const NAME: &'static str = "TardisAddonList";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["addons", "ownerID"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("addons");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("ownerID");
        };
        ::std::result::Result::Ok(Self { addons: v0, owner_id: v1 })
    }
}
#[cfg(feature = "tardis")]
impl<'de> serde::Deserialize<'de> for TardisAddonList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "tardis")]
impl TardisAddonList {
    /// Builds one from its fields.
    pub fn new(
        addons: ::std::vec::Vec<TardisAddon>,
        owner_id: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    ) -> Self {
        Self { addons, owner_id }
    }
}
/// The `TardisCreateRequest` schema.
#[cfg(feature = "tardis")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TardisCreateRequest {
    /// `authorID`
    pub author_id: ::std::option::Option<::std::string::String>,
    /// `ownerID`
    pub owner_id: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    /// `plan`
    pub plan: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    /// `ttl`
    pub ttl: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "tardis")]
impl serde::Serialize for TardisCreateRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.author_id.is_some() as usize;
        len += self.ttl.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "TardisCreateRequest",
            len,
        );
        s.optional("authorID", &self.author_id);
        s.field("ownerID", &self.owner_id);
        s.field("plan", &self.plan);
        s.optional("ttl", &self.ttl);
        s.end()
    }
}
#[cfg(feature = "tardis")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisCreateRequest {
    const NAME: &'static str = "TardisCreateRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["authorID", "ownerID", "plan", "ttl"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
                3 => f.optional(&mut v3),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("ownerID");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("plan");
        };
        ::std::result::Result::Ok(Self {
            author_id: v0,
            owner_id: v1,
            plan: v2,
            ttl: v3,
        })
    }
}
#[cfg(feature = "tardis")]
impl<'de> serde::Deserialize<'de> for TardisCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "tardis")]
impl TardisCreateRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        owner_id: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
        plan: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    ) -> Self {
        Self {
            author_id: ::std::option::Option::None,
            owner_id,
            plan,
            ttl: ::std::option::Option::None,
        }
    }
    /// Sets [`author_id`](Self::author_id).
    pub fn with_author_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.author_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`ttl`](Self::ttl).
    pub fn with_ttl(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ttl = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `TardisProvisionResult` schema.
#[cfg(feature = "tardis")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TardisProvisionResult {
    /// `config`
    pub config: ::std::collections::BTreeMap<
        ::std::string::String,
        ::std::string::String,
    >,
    /// `id`
    ///
    /// Bounds: matches `^tardis_.*$`.
    pub id: ::std::option::Option<::std::string::String>,
    /// `message`
    pub message: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "tardis")]
impl serde::Serialize for TardisProvisionResult {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.id.is_some() as usize;
        len += self.message.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "TardisProvisionResult",
            len,
        );
        s.field("config", &self.config);
        s.optional("id", &self.id);
        s.optional("message", &self.message);
        s.end()
    }
}
#[cfg(feature = "tardis")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisProvisionResult {
    const NAME: &'static str = "TardisProvisionResult";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["config", "id", "message"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("config");
        };
        ::std::result::Result::Ok(Self {
            config: v0,
            id: v1,
            message: v2,
        })
    }
}
#[cfg(feature = "tardis")]
impl<'de> serde::Deserialize<'de> for TardisProvisionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "tardis")]
impl TardisProvisionResult {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        config: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
    ) -> Self {
        Self {
            config,
            id: ::std::option::Option::None,
            message: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`message`](Self::message).
    pub fn with_message(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `TardisRestoreResult` schema.
#[cfg(feature = "tardis")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TardisRestoreResult {
    /// `message`
    ///
    /// Defaults to `"Addon is now active"` when left out.
    pub message: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "tardis")]
impl serde::Serialize for TardisRestoreResult {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.message.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "TardisRestoreResult",
            len,
        );
        s.optional("message", &self.message);
        s.end()
    }
}
#[cfg(feature = "tardis")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisRestoreResult {
    const NAME: &'static str = "TardisRestoreResult";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["message"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { message: v0 })
    }
}
#[cfg(feature = "tardis")]
impl<'de> serde::Deserialize<'de> for TardisRestoreResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "tardis")]
impl TardisRestoreResult {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            message: ::std::option::Option::None,
        }
    }
    /// Sets [`message`](Self::message).
    pub fn with_message(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = ::std::option::Option::Some(value.into());
        self
    }
}
/// An access token of a Tardis add-on.
#[cfg(feature = "tardis")]
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct TardisToken {
    /// `addon_id`
    pub addon_id: ::std::string::String,
    /// `creation_date`
    pub creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `expiration_date`
    pub expiration_date: cloudsdk_runtime::chrono::DateTime<
        cloudsdk_runtime::chrono::Utc,
    >,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `properties`
    pub properties: ::std::option::Option<::std::string::String>,
    /// `senx_application_id`
    pub senx_application_id: ::std::string::String,
    /// `token`
    pub token: ::std::string::String,
    /// `tokenType`
    pub token_type: ::std::collections::BTreeMap<
        ::std::string::String,
        serde_json::Value,
    >,
    /// `token_id`
    pub token_id: ::std::string::String,
    /// `ttl`
    pub ttl: ::std::string::String,
}
#[cfg(feature = "tardis")]
impl std::fmt::Debug for TardisToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TardisToken")
            .field("addon_id", &self.addon_id)
            .field("creation_date", &self.creation_date)
            .field("expiration_date", &self.expiration_date)
            .field("name", &self.name)
            .field("properties", &self.properties)
            .field("senx_application_id", &self.senx_application_id)
            .field("token", &cloudsdk_runtime::Redacted(&self.token))
            .field("token_type", &self.token_type)
            .field("token_id", &self.token_id)
            .field("ttl", &self.ttl)
            .finish()
    }
}
#[cfg(feature = "tardis")]
impl serde::Serialize for TardisToken {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 8;
        len += self.name.is_some() as usize;
        len += self.properties.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "TardisToken", len);
        s.field("addon_id", &self.addon_id);
        s.field("creation_date", &self.creation_date);
        s.field("expiration_date", &self.expiration_date);
        s.optional("name", &self.name);
        s.optional("properties", &self.properties);
        s.field("senx_application_id", &self.senx_application_id);
        s.field("token", &self.token);
        s.field("tokenType", &self.token_type);
        s.field("token_id", &self.token_id);
        s.field("ttl", &self.ttl);
        s.end()
    }
}
#[cfg(feature = "tardis")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisToken {
    const NAME: &'static str = "TardisToken";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "addon_id",
                "creation_date",
                "expiration_date",
                "name",
                "properties",
                "senx_application_id",
                "token",
                "tokenType",
                "token_id",
                "ttl",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.value(&mut v5),
                6 => f.value(&mut v6),
                7 => f.value(&mut v7),
                8 => f.value(&mut v8),
                9 => f.value(&mut v9),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("addon_id");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("creation_date");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("expiration_date");
        };
        let ::std::option::Option::Some(v5) = v5 else {
            return cloudsdk_runtime::de::missing("senx_application_id");
        };
        let ::std::option::Option::Some(v6) = v6 else {
            return cloudsdk_runtime::de::missing("token");
        };
        let ::std::option::Option::Some(v7) = v7 else {
            return cloudsdk_runtime::de::missing("tokenType");
        };
        let ::std::option::Option::Some(v8) = v8 else {
            return cloudsdk_runtime::de::missing("token_id");
        };
        let ::std::option::Option::Some(v9) = v9 else {
            return cloudsdk_runtime::de::missing("ttl");
        };
        ::std::result::Result::Ok(Self {
            addon_id: v0,
            creation_date: v1,
            expiration_date: v2,
            name: v3,
            properties: v4,
            senx_application_id: v5,
            token: v6,
            token_type: v7,
            token_id: v8,
            ttl: v9,
        })
    }
}
#[cfg(feature = "tardis")]
impl<'de> serde::Deserialize<'de> for TardisToken {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "tardis")]
impl TardisToken {
    /// Builds one from its required fields; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        addon_id: impl ::std::convert::Into<::std::string::String>,
        creation_date: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
        expiration_date: cloudsdk_runtime::chrono::DateTime<
            cloudsdk_runtime::chrono::Utc,
        >,
        senx_application_id: impl ::std::convert::Into<::std::string::String>,
        token: impl ::std::convert::Into<::std::string::String>,
        token_type: ::std::collections::BTreeMap<
            ::std::string::String,
            serde_json::Value,
        >,
        token_id: impl ::std::convert::Into<::std::string::String>,
        ttl: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            addon_id: addon_id.into(),
            creation_date,
            expiration_date,
            name: ::std::option::Option::None,
            properties: ::std::option::Option::None,
            senx_application_id: senx_application_id.into(),
            token: token.into(),
            token_type,
            token_id: token_id.into(),
            ttl: ttl.into(),
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`properties`](Self::properties).
    pub fn with_properties(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.properties = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `TardisTokenCreateRequest` schema.
#[cfg(feature = "tardis")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TardisTokenCreateRequest {
    /// `ephemeral`
    pub ephemeral: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    >,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `properties`
    pub properties: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// `tokenType`
    pub token_type: ::std::collections::BTreeMap<
        ::std::string::String,
        serde_json::Value,
    >,
    /// `ttl`
    pub ttl: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "tardis")]
impl serde::Serialize for TardisTokenCreateRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.ephemeral.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.properties.is_some() as usize;
        len += self.ttl.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "TardisTokenCreateRequest",
            len,
        );
        s.optional("ephemeral", &self.ephemeral);
        s.optional("name", &self.name);
        s.optional("properties", &self.properties);
        s.field("tokenType", &self.token_type);
        s.optional("ttl", &self.ttl);
        s.end()
    }
}
#[cfg(feature = "tardis")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisTokenCreateRequest {
    const NAME: &'static str = "TardisTokenCreateRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["ephemeral", "name", "properties", "tokenType", "ttl"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.value(&mut v3),
                4 => f.optional(&mut v4),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("tokenType");
        };
        ::std::result::Result::Ok(Self {
            ephemeral: v0,
            name: v1,
            properties: v2,
            token_type: v3,
            ttl: v4,
        })
    }
}
#[cfg(feature = "tardis")]
impl<'de> serde::Deserialize<'de> for TardisTokenCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "tardis")]
impl TardisTokenCreateRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        token_type: ::std::collections::BTreeMap<
            ::std::string::String,
            serde_json::Value,
        >,
    ) -> Self {
        Self {
            ephemeral: ::std::option::Option::None,
            name: ::std::option::Option::None,
            properties: ::std::option::Option::None,
            token_type,
            ttl: ::std::option::Option::None,
        }
    }
    /// Sets [`ephemeral`](Self::ephemeral).
    pub fn with_ephemeral(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    ) -> Self {
        self.ephemeral = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`properties`](Self::properties).
    pub fn with_properties(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.properties = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`ttl`](Self::ttl).
    pub fn with_ttl(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ttl = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `TardisTokenFullList` schema.
#[cfg(feature = "tardis")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TardisTokenFullList {
    /// `tokens`
    pub tokens: ::std::vec::Vec<TardisToken>,
}
#[cfg(feature = "tardis")]
impl serde::Serialize for TardisTokenFullList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "TardisTokenFullList",
            1,
        );
        s.field("tokens", &self.tokens);
        s.end()
    }
}
#[cfg(feature = "tardis")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisTokenFullList {
    const NAME: &'static str = "TardisTokenFullList";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["tokens"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("tokens");
        };
        ::std::result::Result::Ok(Self { tokens: v0 })
    }
}
#[cfg(feature = "tardis")]
impl<'de> serde::Deserialize<'de> for TardisTokenFullList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "tardis")]
impl TardisTokenFullList {
    /// Builds one from its fields.
    pub fn new(tokens: ::std::vec::Vec<TardisToken>) -> Self {
        Self { tokens }
    }
}
/// The `TardisTokenList` schema.
#[cfg(feature = "tardis")]
#[derive(Debug, Clone, PartialEq)]
pub enum TardisTokenList {
    /// The `TardisTokenSummaryList` variant.
    TardisTokenSummaryList(TardisTokenSummaryList),
    /// The `TardisTokenFullList` variant.
    TardisTokenFullList(TardisTokenFullList),
}
#[cfg(feature = "tardis")]
impl serde::Serialize for TardisTokenList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        match self {
            Self::TardisTokenSummaryList(v) => serde::Serialize::serialize(v, serializer),
            Self::TardisTokenFullList(v) => serde::Serialize::serialize(v, serializer),
        }
    }
}
#[cfg(feature = "tardis")]
impl<'de> serde::Deserialize<'de> for TardisTokenList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if let ::std::result::Result::Ok(v) = <TardisTokenSummaryList as serde::Deserialize>::deserialize(
            &value,
        ) {
            return ::std::result::Result::Ok(Self::TardisTokenSummaryList(v));
        }
        if let ::std::result::Result::Ok(v) = <TardisTokenFullList as serde::Deserialize>::deserialize(
            &value,
        ) {
            return ::std::result::Result::Ok(Self::TardisTokenFullList(v));
        }
        ::std::result::Result::Err(
            serde::de::Error::custom(
                "data did not match any variant of untagged enum TardisTokenList",
            ),
        )
    }
}
/// The `TardisTokenSummary` schema.
#[cfg(feature = "tardis")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TardisTokenSummary {
    /// `addon_id`
    pub addon_id: ::std::string::String,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `senx_application_id`
    pub senx_application_id: ::std::string::String,
    /// `token_id`
    pub token_id: ::std::string::String,
}
#[cfg(feature = "tardis")]
impl serde::Serialize for TardisTokenSummary {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 3;
        len += self.name.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "TardisTokenSummary",
            len,
        );
        s.field("addon_id", &self.addon_id);
        s.optional("name", &self.name);
        s.field("senx_application_id", &self.senx_application_id);
        s.field("token_id", &self.token_id);
        s.end()
    }
}
#[cfg(feature = "tardis")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisTokenSummary {
    const NAME: &'static str = "TardisTokenSummary";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["addon_id", "name", "senx_application_id", "token_id"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.value(&mut v2),
                3 => f.value(&mut v3),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("addon_id");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("senx_application_id");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("token_id");
        };
        ::std::result::Result::Ok(Self {
            addon_id: v0,
            name: v1,
            senx_application_id: v2,
            token_id: v3,
        })
    }
}
#[cfg(feature = "tardis")]
impl<'de> serde::Deserialize<'de> for TardisTokenSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "tardis")]
impl TardisTokenSummary {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        addon_id: impl ::std::convert::Into<::std::string::String>,
        senx_application_id: impl ::std::convert::Into<::std::string::String>,
        token_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            addon_id: addon_id.into(),
            name: ::std::option::Option::None,
            senx_application_id: senx_application_id.into(),
            token_id: token_id.into(),
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `TardisTokenSummaryList` schema.
#[cfg(feature = "tardis")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TardisTokenSummaryList {
    /// `tokens`
    pub tokens: ::std::vec::Vec<TardisTokenSummary>,
}
#[cfg(feature = "tardis")]
impl serde::Serialize for TardisTokenSummaryList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "TardisTokenSummaryList",
            1,
        );
        s.field("tokens", &self.tokens);
        s.end()
    }
}
#[cfg(feature = "tardis")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TardisTokenSummaryList {
    const NAME: &'static str = "TardisTokenSummaryList";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["tokens"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("tokens");
        };
        ::std::result::Result::Ok(Self { tokens: v0 })
    }
}
#[cfg(feature = "tardis")]
impl<'de> serde::Deserialize<'de> for TardisTokenSummaryList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "tardis")]
impl TardisTokenSummaryList {
    /// Builds one from its fields.
    pub fn new(tokens: ::std::vec::Vec<TardisTokenSummary>) -> Self {
        Self { tokens }
    }
}
/// The `UrlResponse` schema.
#[cfg(any(feature = "organisations", feature = "self"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UrlResponse {
    /// `url`
    pub url: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "organisations", feature = "self"))]
impl serde::Serialize for UrlResponse {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.url.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "UrlResponse", len);
        s.optional("url", &self.url);
        s.end()
    }
}
#[cfg(any(feature = "organisations", feature = "self"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UrlResponse {
    const NAME: &'static str = "UrlResponse";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["url"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { url: v0 })
    }
}
#[cfg(any(feature = "organisations", feature = "self"))]
impl<'de> serde::Deserialize<'de> for UrlResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "organisations", feature = "self"))]
impl UrlResponse {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            url: ::std::option::Option::None,
        }
    }
    /// Sets [`url`](Self::url).
    pub fn with_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.url = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `UserPreferredMfa` schema.
#[cfg(any(feature = "payments", feature = "self", feature = "users"))]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum UserPreferredMfa {
    /// `NONE`
    None,
    /// `TOTP`
    Totp,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "payments", feature = "self", feature = "users"))]
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
#[cfg(any(feature = "payments", feature = "self", feature = "users"))]
impl ::std::convert::From<::std::string::String> for UserPreferredMfa {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "NONE" => Self::None,
            "TOTP" => Self::Totp,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(any(feature = "payments", feature = "self", feature = "users"))]
impl std::fmt::Display for UserPreferredMfa {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "payments", feature = "self", feature = "users"))]
impl serde::Serialize for UserPreferredMfa {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "payments", feature = "self", feature = "users"))]
impl<'de> serde::Deserialize<'de> for UserPreferredMfa {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(any(feature = "payments", feature = "self", feature = "users"))]
impl ::std::cmp::Eq for UserPreferredMfa {}
#[cfg(any(feature = "payments", feature = "self", feature = "users"))]
impl ::std::cmp::PartialOrd for UserPreferredMfa {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(any(feature = "payments", feature = "self", feature = "users"))]
impl ::std::hash::Hash for UserPreferredMfa {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// A user account.
#[cfg(any(feature = "payments", feature = "self", feature = "users"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct User {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `email`
    pub email: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `phone`
    pub phone: ::std::option::Option<::std::string::String>,
    /// `address`
    pub address: ::std::option::Option<::std::string::String>,
    /// `city`
    pub city: ::std::option::Option<::std::string::String>,
    /// `zipcode`
    pub zipcode: ::std::option::Option<::std::string::String>,
    /// `country`
    pub country: ::std::option::Option<::std::string::String>,
    /// `avatar`
    pub avatar: ::std::option::Option<::std::string::String>,
    /// `creationDate`
    ///
    /// Set by the server; ignored in requests.
    pub creation_date: ::std::option::Option<i64>,
    /// `lang`
    pub lang: ::std::option::Option<::std::string::String>,
    /// `emailValidated`
    pub email_validated: ::std::option::Option<bool>,
    /// `oauthApps`
    pub oauth_apps: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `admin`
    pub admin: ::std::option::Option<bool>,
    /// `canPay`
    pub can_pay: ::std::option::Option<bool>,
    /// `preferredMFA`
    pub preferred_mfa: ::std::option::Option<UserPreferredMfa>,
    /// `hasPassword`
    pub has_password: ::std::option::Option<bool>,
    /// `partnerId`
    pub partner_id: ::std::option::Option<::std::string::String>,
    /// `partnerName`
    pub partner_name: ::std::option::Option<::std::string::String>,
    /// `partnerConsoleUrl`
    pub partner_console_url: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "payments", feature = "self", feature = "users"))]
impl serde::Serialize for User {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.email.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.phone.is_some() as usize;
        len += self.address.is_some() as usize;
        len += self.city.is_some() as usize;
        len += self.zipcode.is_some() as usize;
        len += self.country.is_some() as usize;
        len += self.avatar.is_some() as usize;
        len += self.creation_date.is_some() as usize;
        len += self.lang.is_some() as usize;
        len += self.email_validated.is_some() as usize;
        len += self.oauth_apps.is_some() as usize;
        len += self.admin.is_some() as usize;
        len += self.can_pay.is_some() as usize;
        len += self.preferred_mfa.is_some() as usize;
        len += self.has_password.is_some() as usize;
        len += self.partner_id.is_some() as usize;
        len += self.partner_name.is_some() as usize;
        len += self.partner_console_url.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "User", len);
        s.optional("id", &self.id);
        s.optional("email", &self.email);
        s.optional("name", &self.name);
        s.optional("phone", &self.phone);
        s.optional("address", &self.address);
        s.optional("city", &self.city);
        s.optional("zipcode", &self.zipcode);
        s.optional("country", &self.country);
        s.optional("avatar", &self.avatar);
        s.optional("creationDate", &self.creation_date);
        s.optional("lang", &self.lang);
        s.optional("emailValidated", &self.email_validated);
        s.optional("oauthApps", &self.oauth_apps);
        s.optional("admin", &self.admin);
        s.optional("canPay", &self.can_pay);
        s.optional("preferredMFA", &self.preferred_mfa);
        s.optional("hasPassword", &self.has_password);
        s.optional("partnerId", &self.partner_id);
        s.optional("partnerName", &self.partner_name);
        s.optional("partnerConsoleUrl", &self.partner_console_url);
        s.end()
    }
}
#[cfg(any(feature = "payments", feature = "self", feature = "users"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for User {
    const NAME: &'static str = "User";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut v12 = ::std::option::Option::None;
        let mut v13 = ::std::option::Option::None;
        let mut v14 = ::std::option::Option::None;
        let mut v15 = ::std::option::Option::None;
        let mut v16 = ::std::option::Option::None;
        let mut v17 = ::std::option::Option::None;
        let mut v18 = ::std::option::Option::None;
        let mut v19 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "email",
                "name",
                "phone",
                "address",
                "city",
                "zipcode",
                "country",
                "avatar",
                "creationDate",
                "lang",
                "emailValidated",
                "oauthApps",
                "admin",
                "canPay",
                "preferredMFA",
                "hasPassword",
                "partnerId",
                "partnerName",
                "partnerConsoleUrl",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.optional(&mut v11),
                12 => f.optional(&mut v12),
                13 => f.optional(&mut v13),
                14 => f.optional(&mut v14),
                15 => f.optional(&mut v15),
                16 => f.optional(&mut v16),
                17 => f.optional(&mut v17),
                18 => f.optional(&mut v18),
                19 => f.optional(&mut v19),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(any(feature = "payments", feature = "self", feature = "users"))]
impl<'de> serde::Deserialize<'de> for User {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "payments", feature = "self", feature = "users"))]
impl User {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            email: ::std::option::Option::None,
            name: ::std::option::Option::None,
            phone: ::std::option::Option::None,
            address: ::std::option::Option::None,
            city: ::std::option::Option::None,
            zipcode: ::std::option::Option::None,
            country: ::std::option::Option::None,
            avatar: ::std::option::Option::None,
            creation_date: ::std::option::Option::None,
            lang: ::std::option::Option::None,
            email_validated: ::std::option::Option::None,
            oauth_apps: ::std::option::Option::None,
            admin: ::std::option::Option::None,
            can_pay: ::std::option::Option::None,
            preferred_mfa: ::std::option::Option::None,
            has_password: ::std::option::Option::None,
            partner_id: ::std::option::Option::None,
            partner_name: ::std::option::Option::None,
            partner_console_url: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`email`](Self::email).
    pub fn with_email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`phone`](Self::phone).
    pub fn with_phone(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.phone = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`address`](Self::address).
    pub fn with_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`city`](Self::city).
    pub fn with_city(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.city = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`zipcode`](Self::zipcode).
    pub fn with_zipcode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.zipcode = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`country`](Self::country).
    pub fn with_country(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`avatar`](Self::avatar).
    pub fn with_avatar(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.avatar = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`creation_date`](Self::creation_date).
    pub fn with_creation_date(mut self, value: i64) -> Self {
        self.creation_date = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`lang`](Self::lang).
    pub fn with_lang(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.lang = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`email_validated`](Self::email_validated).
    pub fn with_email_validated(mut self, value: bool) -> Self {
        self.email_validated = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`oauth_apps`](Self::oauth_apps).
    pub fn with_oauth_apps(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.oauth_apps = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`admin`](Self::admin).
    pub fn with_admin(mut self, value: bool) -> Self {
        self.admin = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`can_pay`](Self::can_pay).
    pub fn with_can_pay(mut self, value: bool) -> Self {
        self.can_pay = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`preferred_mfa`](Self::preferred_mfa).
    pub fn with_preferred_mfa(mut self, value: UserPreferredMfa) -> Self {
        self.preferred_mfa = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`has_password`](Self::has_password).
    pub fn with_has_password(mut self, value: bool) -> Self {
        self.has_password = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`partner_id`](Self::partner_id).
    pub fn with_partner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`partner_name`](Self::partner_name).
    pub fn with_partner_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`partner_console_url`](Self::partner_console_url).
    pub fn with_partner_console_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_console_url = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `UserSignup` schema.
#[cfg(feature = "self")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UserSignup {
    /// `email`
    pub email: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `password`
    pub password: ::std::option::Option<::std::string::String>,
    /// `phone`
    pub phone: ::std::option::Option<::std::string::String>,
    /// `address`
    pub address: ::std::option::Option<::std::string::String>,
    /// `city`
    pub city: ::std::option::Option<::std::string::String>,
    /// `zipcode`
    pub zipcode: ::std::option::Option<::std::string::String>,
    /// `country`
    pub country: ::std::option::Option<::std::string::String>,
    /// `lang`
    pub lang: ::std::option::Option<::std::string::String>,
    /// `terms`
    pub terms: ::std::option::Option<bool>,
    /// `subscriptionSource`
    pub subscription_source: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "self")]
impl std::fmt::Debug for UserSignup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserSignup")
            .field("email", &self.email)
            .field("name", &self.name)
            .field("password", &cloudsdk_runtime::Redacted(&self.password))
            .field("phone", &self.phone)
            .field("address", &self.address)
            .field("city", &self.city)
            .field("zipcode", &self.zipcode)
            .field("country", &self.country)
            .field("lang", &self.lang)
            .field("terms", &self.terms)
            .field("subscription_source", &self.subscription_source)
            .finish()
    }
}
#[cfg(feature = "self")]
impl serde::Serialize for UserSignup {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.email.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.password.is_some() as usize;
        len += self.phone.is_some() as usize;
        len += self.address.is_some() as usize;
        len += self.city.is_some() as usize;
        len += self.zipcode.is_some() as usize;
        len += self.country.is_some() as usize;
        len += self.lang.is_some() as usize;
        len += self.terms.is_some() as usize;
        len += self.subscription_source.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "UserSignup", len);
        s.optional("email", &self.email);
        s.optional("name", &self.name);
        s.optional("password", &self.password);
        s.optional("phone", &self.phone);
        s.optional("address", &self.address);
        s.optional("city", &self.city);
        s.optional("zipcode", &self.zipcode);
        s.optional("country", &self.country);
        s.optional("lang", &self.lang);
        s.optional("terms", &self.terms);
        s.optional("subscriptionSource", &self.subscription_source);
        s.end()
    }
}
#[cfg(feature = "self")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UserSignup {
    const NAME: &'static str = "UserSignup";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "email",
                "name",
                "password",
                "phone",
                "address",
                "city",
                "zipcode",
                "country",
                "lang",
                "terms",
                "subscriptionSource",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "self")]
impl<'de> serde::Deserialize<'de> for UserSignup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "self")]
impl UserSignup {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            email: ::std::option::Option::None,
            name: ::std::option::Option::None,
            password: ::std::option::Option::None,
            phone: ::std::option::Option::None,
            address: ::std::option::Option::None,
            city: ::std::option::Option::None,
            zipcode: ::std::option::Option::None,
            country: ::std::option::Option::None,
            lang: ::std::option::Option::None,
            terms: ::std::option::Option::None,
            subscription_source: ::std::option::Option::None,
        }
    }
    /// Sets [`email`](Self::email).
    pub fn with_email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`password`](Self::password).
    pub fn with_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`phone`](Self::phone).
    pub fn with_phone(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.phone = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`address`](Self::address).
    pub fn with_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`city`](Self::city).
    pub fn with_city(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.city = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`zipcode`](Self::zipcode).
    pub fn with_zipcode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.zipcode = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`country`](Self::country).
    pub fn with_country(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`lang`](Self::lang).
    pub fn with_lang(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.lang = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`terms`](Self::terms).
    pub fn with_terms(mut self, value: bool) -> Self {
        self.terms = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`subscription_source`](Self::subscription_source).
    pub fn with_subscription_source(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subscription_source = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `UserSignupForm` schema.
#[cfg(feature = "users")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UserSignupForm {
    /// `invitationKey`
    pub invitation_key: ::std::option::Option<::std::string::String>,
    /// `addonBetaInvitationKey`
    pub addon_beta_invitation_key: ::std::option::Option<::std::string::String>,
    /// `email`
    pub email: ::std::option::Option<::std::string::String>,
    /// `pass`
    pub pass: ::std::option::Option<::std::string::String>,
    /// `url_next`
    pub url_next: ::std::option::Option<::std::string::String>,
    /// `terms`
    pub terms: ::std::option::Option<::std::string::String>,
    /// `subscription_source`
    pub subscription_source: ::std::option::Option<::std::string::String>,
    /// `altcha`
    pub altcha: ::std::option::Option<::std::string::String>,
    /// `partner_id`
    pub partner_id: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for UserSignupForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserSignupForm")
            .field("invitation_key", &self.invitation_key)
            .field("addon_beta_invitation_key", &self.addon_beta_invitation_key)
            .field("email", &self.email)
            .field("pass", &cloudsdk_runtime::Redacted(&self.pass))
            .field("url_next", &self.url_next)
            .field("terms", &self.terms)
            .field("subscription_source", &self.subscription_source)
            .field("altcha", &self.altcha)
            .field("partner_id", &self.partner_id)
            .finish()
    }
}
#[cfg(feature = "users")]
impl serde::Serialize for UserSignupForm {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.invitation_key.is_some() as usize;
        len += self.addon_beta_invitation_key.is_some() as usize;
        len += self.email.is_some() as usize;
        len += self.pass.is_some() as usize;
        len += self.url_next.is_some() as usize;
        len += self.terms.is_some() as usize;
        len += self.subscription_source.is_some() as usize;
        len += self.altcha.is_some() as usize;
        len += self.partner_id.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UserSignupForm",
            len,
        );
        s.optional("invitationKey", &self.invitation_key);
        s.optional("addonBetaInvitationKey", &self.addon_beta_invitation_key);
        s.optional("email", &self.email);
        s.optional("pass", &self.pass);
        s.optional("url_next", &self.url_next);
        s.optional("terms", &self.terms);
        s.optional("subscription_source", &self.subscription_source);
        s.optional("altcha", &self.altcha);
        s.optional("partner_id", &self.partner_id);
        s.end()
    }
}
#[cfg(feature = "users")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UserSignupForm {
    const NAME: &'static str = "UserSignupForm";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "invitationKey",
                "addonBetaInvitationKey",
                "email",
                "pass",
                "url_next",
                "terms",
                "subscription_source",
                "altcha",
                "partner_id",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "users")]
impl<'de> serde::Deserialize<'de> for UserSignupForm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "users")]
impl UserSignupForm {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            invitation_key: ::std::option::Option::None,
            addon_beta_invitation_key: ::std::option::Option::None,
            email: ::std::option::Option::None,
            pass: ::std::option::Option::None,
            url_next: ::std::option::Option::None,
            terms: ::std::option::Option::None,
            subscription_source: ::std::option::Option::None,
            altcha: ::std::option::Option::None,
            partner_id: ::std::option::Option::None,
        }
    }
    /// Sets [`invitation_key`](Self::invitation_key).
    pub fn with_invitation_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.invitation_key = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`addon_beta_invitation_key`](Self::addon_beta_invitation_key).
    pub fn with_addon_beta_invitation_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_beta_invitation_key = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`email`](Self::email).
    pub fn with_email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`pass`](Self::pass).
    pub fn with_pass(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pass = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`url_next`](Self::url_next).
    pub fn with_url_next(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.url_next = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`terms`](Self::terms).
    pub fn with_terms(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.terms = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`subscription_source`](Self::subscription_source).
    pub fn with_subscription_source(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subscription_source = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`altcha`](Self::altcha).
    pub fn with_altcha(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.altcha = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`partner_id`](Self::partner_id).
    pub fn with_partner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `UserSummary` schema.
#[cfg(feature = "summary")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UserSummary {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `avatar`
    pub avatar: ::std::option::Option<::std::string::String>,
    /// `applications`
    pub applications: ::std::option::Option<::std::vec::Vec<ApplicationSummary>>,
    /// `addons`
    pub addons: ::std::option::Option<::std::vec::Vec<AddonSummary>>,
    /// `consumers`
    pub consumers: ::std::option::Option<::std::vec::Vec<OauthConsumerSummary>>,
    /// `email`
    pub email: ::std::option::Option<::std::string::String>,
    /// `lang`
    pub lang: ::std::option::Option<::std::string::String>,
    /// `admin`
    pub admin: ::std::option::Option<bool>,
    /// `canSEPA`
    pub can_sepa: ::std::option::Option<bool>,
    /// `partnerId`
    pub partner_id: ::std::option::Option<::std::string::String>,
    /// `partnerName`
    pub partner_name: ::std::option::Option<::std::string::String>,
    /// `partnerConsoleUrl`
    pub partner_console_url: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "summary")]
impl serde::Serialize for UserSummary {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.avatar.is_some() as usize;
        len += self.applications.is_some() as usize;
        len += self.addons.is_some() as usize;
        len += self.consumers.is_some() as usize;
        len += self.email.is_some() as usize;
        len += self.lang.is_some() as usize;
        len += self.admin.is_some() as usize;
        len += self.can_sepa.is_some() as usize;
        len += self.partner_id.is_some() as usize;
        len += self.partner_name.is_some() as usize;
        len += self.partner_console_url.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "UserSummary", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("avatar", &self.avatar);
        s.optional("applications", &self.applications);
        s.optional("addons", &self.addons);
        s.optional("consumers", &self.consumers);
        s.optional("email", &self.email);
        s.optional("lang", &self.lang);
        s.optional("admin", &self.admin);
        s.optional("canSEPA", &self.can_sepa);
        s.optional("partnerId", &self.partner_id);
        s.optional("partnerName", &self.partner_name);
        s.optional("partnerConsoleUrl", &self.partner_console_url);
        s.end()
    }
}
#[cfg(feature = "summary")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UserSummary {
    const NAME: &'static str = "UserSummary";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut v11 = ::std::option::Option::None;
        let mut v12 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "name",
                "avatar",
                "applications",
                "addons",
                "consumers",
                "email",
                "lang",
                "admin",
                "canSEPA",
                "partnerId",
                "partnerName",
                "partnerConsoleUrl",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.optional(&mut v11),
                12 => f.optional(&mut v12),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "summary")]
impl<'de> serde::Deserialize<'de> for UserSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "summary")]
impl UserSummary {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            avatar: ::std::option::Option::None,
            applications: ::std::option::Option::None,
            addons: ::std::option::Option::None,
            consumers: ::std::option::Option::None,
            email: ::std::option::Option::None,
            lang: ::std::option::Option::None,
            admin: ::std::option::Option::None,
            can_sepa: ::std::option::Option::None,
            partner_id: ::std::option::Option::None,
            partner_name: ::std::option::Option::None,
            partner_console_url: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`avatar`](Self::avatar).
    pub fn with_avatar(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.avatar = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`applications`](Self::applications).
    pub fn with_applications(
        mut self,
        value: ::std::vec::Vec<ApplicationSummary>,
    ) -> Self {
        self.applications = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`addons`](Self::addons).
    pub fn with_addons(mut self, value: ::std::vec::Vec<AddonSummary>) -> Self {
        self.addons = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`consumers`](Self::consumers).
    pub fn with_consumers(
        mut self,
        value: ::std::vec::Vec<OauthConsumerSummary>,
    ) -> Self {
        self.consumers = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`email`](Self::email).
    pub fn with_email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`lang`](Self::lang).
    pub fn with_lang(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.lang = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`admin`](Self::admin).
    pub fn with_admin(mut self, value: bool) -> Self {
        self.admin = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`can_sepa`](Self::can_sepa).
    pub fn with_can_sepa(mut self, value: bool) -> Self {
        self.can_sepa = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`partner_id`](Self::partner_id).
    pub fn with_partner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`partner_name`](Self::partner_name).
    pub fn with_partner_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`partner_console_url`](Self::partner_console_url).
    pub fn with_partner_console_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_console_url = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `ValueInput` schema.
#[cfg(feature = "environment")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ValueInput {
    /// `value`
    pub value: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "environment")]
impl serde::Serialize for ValueInput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.value.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ValueInput", len);
        s.optional("value", &self.value);
        s.end()
    }
}
#[cfg(feature = "environment")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ValueInput {
    const NAME: &'static str = "ValueInput";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["value"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { value: v0 })
    }
}
#[cfg(feature = "environment")]
impl<'de> serde::Deserialize<'de> for ValueInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "environment")]
impl ValueInput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            value: ::std::option::Option::None,
        }
    }
    /// Sets [`value`](Self::value).
    pub fn with_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `ValueWithUnit` schema.
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "products",
        feature = "users"
    )
)]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ValueWithUnit {
    /// `unit`
    pub unit: ::std::option::Option<::std::string::String>,
    /// `value`
    pub value: ::std::option::Option<f64>,
    /// `formatted`
    pub formatted: ::std::option::Option<::std::string::String>,
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "products",
        feature = "users"
    )
)]
impl serde::Serialize for ValueWithUnit {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.unit.is_some() as usize;
        len += self.value.is_some() as usize;
        len += self.formatted.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ValueWithUnit", len);
        s.optional("unit", &self.unit);
        s.optional("value", &self.value);
        s.optional("formatted", &self.formatted);
        s.end()
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "products",
        feature = "users"
    )
)]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ValueWithUnit {
    const NAME: &'static str = "ValueWithUnit";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["unit", "value", "formatted"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            unit: v0,
            value: v1,
            formatted: v2,
        })
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "products",
        feature = "users"
    )
)]
impl<'de> serde::Deserialize<'de> for ValueWithUnit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(
    any(
        feature = "addons",
        feature = "applications",
        feature = "environment",
        feature = "products",
        feature = "users"
    )
)]
impl ValueWithUnit {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            unit: ::std::option::Option::None,
            value: ::std::option::Option::None,
            formatted: ::std::option::Option::None,
        }
    }
    /// Sets [`unit`](Self::unit).
    pub fn with_unit(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.unit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`value`](Self::value).
    pub fn with_value(mut self, value: f64) -> Self {
        self.value = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`formatted`](Self::formatted).
    pub fn with_formatted(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.formatted = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `VatCheckResult` schema.
#[cfg(feature = "payments")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VatCheckResult {
    /// `valid`
    pub valid: ::std::option::Option<bool>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `address`
    pub address: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl serde::Serialize for VatCheckResult {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.valid.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.address.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "VatCheckResult",
            len,
        );
        s.optional("valid", &self.valid);
        s.optional("name", &self.name);
        s.optional("address", &self.address);
        s.end()
    }
}
#[cfg(feature = "payments")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for VatCheckResult {
    const NAME: &'static str = "VatCheckResult";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["valid", "name", "address"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            valid: v0,
            name: v1,
            address: v2,
        })
    }
}
#[cfg(feature = "payments")]
impl<'de> serde::Deserialize<'de> for VatCheckResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "payments")]
impl VatCheckResult {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            valid: ::std::option::Option::None,
            name: ::std::option::Option::None,
            address: ::std::option::Option::None,
        }
    }
    /// Sets [`valid`](Self::valid).
    pub fn with_valid(mut self, value: bool) -> Self {
        self.valid = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`address`](Self::address).
    pub fn with_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `VendorAddon` schema.
#[cfg(feature = "vendor")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VendorAddon {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `config`
    pub config: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// `callback_url`
    pub callback_url: ::std::option::Option<::std::string::String>,
    /// `owner_email`
    pub owner_email: ::std::option::Option<::std::string::String>,
    /// `owner_id`
    pub owner_id: ::std::option::Option<::std::string::String>,
    /// `owner_name`
    pub owner_name: ::std::option::Option<::std::string::String>,
    /// `owner_emails`
    pub owner_emails: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `region`
    pub region: ::std::option::Option<::std::string::String>,
    /// `domains`
    pub domains: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
#[cfg(feature = "vendor")]
impl serde::Serialize for VendorAddon {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.config.is_some() as usize;
        len += self.callback_url.is_some() as usize;
        len += self.owner_email.is_some() as usize;
        len += self.owner_id.is_some() as usize;
        len += self.owner_name.is_some() as usize;
        len += self.owner_emails.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.domains.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "VendorAddon", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("config", &self.config);
        s.optional("callback_url", &self.callback_url);
        s.optional("owner_email", &self.owner_email);
        s.optional("owner_id", &self.owner_id);
        s.optional("owner_name", &self.owner_name);
        s.optional("owner_emails", &self.owner_emails);
        s.optional("region", &self.region);
        s.optional("domains", &self.domains);
        s.end()
    }
}
#[cfg(feature = "vendor")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for VendorAddon {
    const NAME: &'static str = "VendorAddon";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "name",
                "config",
                "callback_url",
                "owner_email",
                "owner_id",
                "owner_name",
                "owner_emails",
                "region",
                "domains",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
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
#[cfg(feature = "vendor")]
impl<'de> serde::Deserialize<'de> for VendorAddon {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "vendor")]
impl VendorAddon {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            config: ::std::option::Option::None,
            callback_url: ::std::option::Option::None,
            owner_email: ::std::option::Option::None,
            owner_id: ::std::option::Option::None,
            owner_name: ::std::option::Option::None,
            owner_emails: ::std::option::Option::None,
            region: ::std::option::Option::None,
            domains: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`config`](Self::config).
    pub fn with_config(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.config = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`callback_url`](Self::callback_url).
    pub fn with_callback_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.callback_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`owner_email`](Self::owner_email).
    pub fn with_owner_email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner_email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`owner_id`](Self::owner_id).
    pub fn with_owner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`owner_name`](Self::owner_name).
    pub fn with_owner_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`owner_emails`](Self::owner_emails).
    pub fn with_owner_emails(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.owner_emails = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`domains`](Self::domains).
    pub fn with_domains(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.domains = ::std::option::Option::Some(value);
        self
    }
}
/// The `VendorAddonSummary` schema.
#[cfg(feature = "vendor")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VendorAddonSummary {
    /// `provider_id`
    pub provider_id: ::std::option::Option<::std::string::String>,
    /// `heroku_id`
    pub heroku_id: ::std::option::Option<::std::string::String>,
    /// `addon_id`
    pub addon_id: ::std::option::Option<::std::string::String>,
    /// `callback_url`
    pub callback_url: ::std::option::Option<::std::string::String>,
    /// `plan`
    pub plan: ::std::option::Option<::std::string::String>,
    /// `owner_id`
    pub owner_id: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "vendor")]
impl serde::Serialize for VendorAddonSummary {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.provider_id.is_some() as usize;
        len += self.heroku_id.is_some() as usize;
        len += self.addon_id.is_some() as usize;
        len += self.callback_url.is_some() as usize;
        len += self.plan.is_some() as usize;
        len += self.owner_id.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "VendorAddonSummary",
            len,
        );
        s.optional("provider_id", &self.provider_id);
        s.optional("heroku_id", &self.heroku_id);
        s.optional("addon_id", &self.addon_id);
        s.optional("callback_url", &self.callback_url);
        s.optional("plan", &self.plan);
        s.optional("owner_id", &self.owner_id);
        s.end()
    }
}
#[cfg(feature = "vendor")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for VendorAddonSummary {
    const NAME: &'static str = "VendorAddonSummary";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["provider_id", "heroku_id", "addon_id", "callback_url", "plan", "owner_id"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            provider_id: v0,
            heroku_id: v1,
            addon_id: v2,
            callback_url: v3,
            plan: v4,
            owner_id: v5,
        })
    }
}
#[cfg(feature = "vendor")]
impl<'de> serde::Deserialize<'de> for VendorAddonSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "vendor")]
impl VendorAddonSummary {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            provider_id: ::std::option::Option::None,
            heroku_id: ::std::option::Option::None,
            addon_id: ::std::option::Option::None,
            callback_url: ::std::option::Option::None,
            plan: ::std::option::Option::None,
            owner_id: ::std::option::Option::None,
        }
    }
    /// Sets [`provider_id`](Self::provider_id).
    pub fn with_provider_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`heroku_id`](Self::heroku_id).
    pub fn with_heroku_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.heroku_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`addon_id`](Self::addon_id).
    pub fn with_addon_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`callback_url`](Self::callback_url).
    pub fn with_callback_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.callback_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`plan`](Self::plan).
    pub fn with_plan(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.plan = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`owner_id`](Self::owner_id).
    pub fn with_owner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `WebsocketAuthMessageType` schema.
#[cfg(feature = "full")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum WebsocketAuthMessageType {
    /// `oauth`
    Oauth,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "full")]
impl WebsocketAuthMessageType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Oauth => "oauth",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "full")]
impl ::std::convert::From<::std::string::String> for WebsocketAuthMessageType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "oauth" => Self::Oauth,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "full")]
impl std::fmt::Display for WebsocketAuthMessageType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "full")]
impl serde::Serialize for WebsocketAuthMessageType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "full")]
impl<'de> serde::Deserialize<'de> for WebsocketAuthMessageType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "full")]
impl ::std::cmp::Eq for WebsocketAuthMessageType {}
#[cfg(feature = "full")]
impl ::std::cmp::PartialOrd for WebsocketAuthMessageType {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "full")]
impl ::std::hash::Hash for WebsocketAuthMessageType {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// First message a client sends on the logs and events WebSockets to authenticate.
#[cfg(feature = "full")]
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct WebsocketAuthMessage {
    /// `message_type`
    pub message_type: WebsocketAuthMessageType,
    /// A complete signed `OAuth ...` header value.
    pub authorization: ::std::string::String,
}
#[cfg(feature = "full")]
impl std::fmt::Debug for WebsocketAuthMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebsocketAuthMessage")
            .field("message_type", &self.message_type)
            .field("authorization", &cloudsdk_runtime::Redacted(&self.authorization))
            .finish()
    }
}
#[cfg(feature = "full")]
impl serde::Serialize for WebsocketAuthMessage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "WebsocketAuthMessage",
            2,
        );
        s.field("message_type", &self.message_type);
        s.field("authorization", &self.authorization);
        s.end()
    }
}
#[cfg(feature = "full")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for WebsocketAuthMessage {
    const NAME: &'static str = "WebsocketAuthMessage";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["message_type", "authorization"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("message_type");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("authorization");
        };
        ::std::result::Result::Ok(Self {
            message_type: v0,
            authorization: v1,
        })
    }
}
#[cfg(feature = "full")]
impl<'de> serde::Deserialize<'de> for WebsocketAuthMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "full")]
impl WebsocketAuthMessage {
    /// Builds one from its fields.
    pub fn new(
        message_type: WebsocketAuthMessageType,
        authorization: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            message_type,
            authorization: authorization.into(),
        }
    }
}
/// The `WireguardConfiguration` schema.
#[cfg(feature = "network-groups")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct WireguardConfiguration {
    /// `base64`
    pub base64: ::std::string::String,
    /// `conf`
    pub conf: ::std::string::String,
    /// `ngId`
    pub ng_id: ::std::string::String,
    /// `peerId`
    pub peer_id: ::std::string::String,
    /// `version`
    pub version: i32,
}
#[cfg(feature = "network-groups")]
impl serde::Serialize for WireguardConfiguration {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "WireguardConfiguration",
            5,
        );
        s.field("base64", &self.base64);
        s.field("conf", &self.conf);
        s.field("ngId", &self.ng_id);
        s.field("peerId", &self.peer_id);
        s.field("version", &self.version);
        s.end()
    }
}
#[cfg(feature = "network-groups")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for WireguardConfiguration {
    const NAME: &'static str = "WireguardConfiguration";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["base64", "conf", "ngId", "peerId", "version"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
                3 => f.value(&mut v3),
                4 => f.value(&mut v4),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("base64");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("conf");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("ngId");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("peerId");
        };
        let ::std::option::Option::Some(v4) = v4 else {
            return cloudsdk_runtime::de::missing("version");
        };
        ::std::result::Result::Ok(Self {
            base64: v0,
            conf: v1,
            ng_id: v2,
            peer_id: v3,
            version: v4,
        })
    }
}
#[cfg(feature = "network-groups")]
impl<'de> serde::Deserialize<'de> for WireguardConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "network-groups")]
impl WireguardConfiguration {
    /// Builds one from its fields.
    pub fn new(
        base64: impl ::std::convert::Into<::std::string::String>,
        conf: impl ::std::convert::Into<::std::string::String>,
        ng_id: impl ::std::convert::Into<::std::string::String>,
        peer_id: impl ::std::convert::Into<::std::string::String>,
        version: i32,
    ) -> Self {
        Self {
            base64: base64.into(),
            conf: conf.into(),
            ng_id: ng_id.into(),
            peer_id: peer_id.into(),
            version,
        }
    }
}
/// A deployment zone (data centre).
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Zone {
    /// `city`
    pub city: ::std::string::String,
    /// `country`
    pub country: ::std::string::String,
    /// `countryCode`
    pub country_code: ::std::string::String,
    /// `displayName`
    pub display_name: ::std::option::Option<::std::string::String>,
    /// `id`
    pub id: cloudsdk_runtime::uuid::Uuid,
    /// `lat`
    pub lat: f64,
    /// `lon`
    pub lon: f64,
    /// `name`
    pub name: ::std::string::String,
    /// `outboundIPs`
    pub outbound_ips: ::std::vec::Vec<::std::string::String>,
    /// `status`
    pub status: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
    /// `tags`
    pub tags: ::std::vec::Vec<::std::string::String>,
}
#[cfg(feature = "products")]
impl serde::Serialize for Zone {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 10;
        len += self.display_name.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Zone", len);
        s.field("city", &self.city);
        s.field("country", &self.country);
        s.field("countryCode", &self.country_code);
        s.optional("displayName", &self.display_name);
        s.field("id", &self.id);
        s.field("lat", &self.lat);
        s.field("lon", &self.lon);
        s.field("name", &self.name);
        s.field("outboundIPs", &self.outbound_ips);
        s.field("status", &self.status);
        s.field("tags", &self.tags);
        s.end()
    }
}
#[cfg(feature = "products")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Zone {
    const NAME: &'static str = "Zone";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut v4 = ::std::option::Option::None;
        let mut v5 = ::std::option::Option::None;
        let mut v6 = ::std::option::Option::None;
        let mut v7 = ::std::option::Option::None;
        let mut v8 = ::std::option::Option::None;
        let mut v9 = ::std::option::Option::None;
        let mut v10 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "city",
                "country",
                "countryCode",
                "displayName",
                "id",
                "lat",
                "lon",
                "name",
                "outboundIPs",
                "status",
                "tags",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.value(&mut v4),
                5 => f.value(&mut v5),
                6 => f.value(&mut v6),
                7 => f.value(&mut v7),
                8 => f.value(&mut v8),
                9 => f.value(&mut v9),
                10 => f.value(&mut v10),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("city");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("country");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("countryCode");
        };
        let ::std::option::Option::Some(v4) = v4 else {
            return cloudsdk_runtime::de::missing("id");
        };
        let ::std::option::Option::Some(v5) = v5 else {
            return cloudsdk_runtime::de::missing("lat");
        };
        let ::std::option::Option::Some(v6) = v6 else {
            return cloudsdk_runtime::de::missing("lon");
        };
        let ::std::option::Option::Some(v7) = v7 else {
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v8) = v8 else {
            return cloudsdk_runtime::de::missing("outboundIPs");
        };
        let ::std::option::Option::Some(v9) = v9 else {
            return cloudsdk_runtime::de::missing("status");
        };
        let ::std::option::Option::Some(v10) = v10 else {
            return cloudsdk_runtime::de::missing("tags");
        };
        ::std::result::Result::Ok(Self {
            city: v0,
            country: v1,
            country_code: v2,
            display_name: v3,
            id: v4,
            lat: v5,
            lon: v6,
            name: v7,
            outbound_ips: v8,
            status: v9,
            tags: v10,
        })
    }
}
#[cfg(feature = "products")]
impl<'de> serde::Deserialize<'de> for Zone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "products")]
impl Zone {
    /// Builds one from its required fields; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        city: impl ::std::convert::Into<::std::string::String>,
        country: impl ::std::convert::Into<::std::string::String>,
        country_code: impl ::std::convert::Into<::std::string::String>,
        id: cloudsdk_runtime::uuid::Uuid,
        lat: f64,
        lon: f64,
        name: impl ::std::convert::Into<::std::string::String>,
        outbound_ips: ::std::vec::Vec<::std::string::String>,
        status: ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
        tags: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            city: city.into(),
            country: country.into(),
            country_code: country_code.into(),
            display_name: ::std::option::Option::None,
            id,
            lat,
            lon,
            name: name.into(),
            outbound_ips,
            status,
            tags,
        }
    }
    /// Sets [`display_name`](Self::display_name).
    pub fn with_display_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `ZoneSummary` schema.
#[cfg(feature = "products")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ZoneSummary {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `internal`
    pub internal: ::std::option::Option<bool>,
    /// `correspondingRegion`
    pub corresponding_region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "products")]
impl serde::Serialize for ZoneSummary {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.internal.is_some() as usize;
        len += self.corresponding_region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ZoneSummary", len);
        s.optional("name", &self.name);
        s.optional("internal", &self.internal);
        s.optional("correspondingRegion", &self.corresponding_region);
        s.end()
    }
}
#[cfg(feature = "products")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ZoneSummary {
    const NAME: &'static str = "ZoneSummary";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "internal", "correspondingRegion"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            name: v0,
            internal: v1,
            corresponding_region: v2,
        })
    }
}
#[cfg(feature = "products")]
impl<'de> serde::Deserialize<'de> for ZoneSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "products")]
impl ZoneSummary {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            internal: ::std::option::Option::None,
            corresponding_region: ::std::option::Option::None,
        }
    }
    /// Sets [`name`](Self::name).
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`internal`](Self::internal).
    pub fn with_internal(mut self, value: bool) -> Self {
        self.internal = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`corresponding_region`](Self::corresponding_region).
    pub fn with_corresponding_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.corresponding_region = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `ListIamTokensFrom` schema.
#[cfg(feature = "iam-tokens")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListIamTokensFrom {
    /// `defined`
    pub defined: ::std::option::Option<bool>,
    /// `empty`
    pub empty: ::std::option::Option<bool>,
}
#[cfg(feature = "iam-tokens")]
impl serde::Serialize for ListIamTokensFrom {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.defined.is_some() as usize;
        len += self.empty.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ListIamTokensFrom",
            len,
        );
        s.optional("defined", &self.defined);
        s.optional("empty", &self.empty);
        s.end()
    }
}
#[cfg(feature = "iam-tokens")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ListIamTokensFrom {
    const NAME: &'static str = "ListIamTokensFrom";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["defined", "empty"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { defined: v0, empty: v1 })
    }
}
#[cfg(feature = "iam-tokens")]
impl<'de> serde::Deserialize<'de> for ListIamTokensFrom {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "iam-tokens")]
impl ListIamTokensFrom {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            defined: ::std::option::Option::None,
            empty: ::std::option::Option::None,
        }
    }
    /// Sets [`defined`](Self::defined).
    pub fn with_defined(mut self, value: bool) -> Self {
        self.defined = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`empty`](Self::empty).
    pub fn with_empty(mut self, value: bool) -> Self {
        self.empty = ::std::option::Option::Some(value);
        self
    }
}
/// The `ListIamTokensSize` schema.
#[cfg(feature = "iam-tokens")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListIamTokensSize {
    /// `defined`
    pub defined: ::std::option::Option<bool>,
    /// `empty`
    pub empty: ::std::option::Option<bool>,
}
#[cfg(feature = "iam-tokens")]
impl serde::Serialize for ListIamTokensSize {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.defined.is_some() as usize;
        len += self.empty.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ListIamTokensSize",
            len,
        );
        s.optional("defined", &self.defined);
        s.optional("empty", &self.empty);
        s.end()
    }
}
#[cfg(feature = "iam-tokens")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ListIamTokensSize {
    const NAME: &'static str = "ListIamTokensSize";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["defined", "empty"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { defined: v0, empty: v1 })
    }
}
#[cfg(feature = "iam-tokens")]
impl<'de> serde::Deserialize<'de> for ListIamTokensSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "iam-tokens")]
impl ListIamTokensSize {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            defined: ::std::option::Option::None,
            empty: ::std::option::Option::None,
        }
    }
    /// Sets [`defined`](Self::defined).
    pub fn with_defined(mut self, value: bool) -> Self {
        self.defined = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`empty`](Self::empty).
    pub fn with_empty(mut self, value: bool) -> Self {
        self.empty = ::std::option::Option::Some(value);
        self
    }
}
/// The `ListIamTokenRevocationsFrom` schema.
#[cfg(feature = "iam-tokens")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListIamTokenRevocationsFrom {
    /// `defined`
    pub defined: ::std::option::Option<bool>,
    /// `empty`
    pub empty: ::std::option::Option<bool>,
}
#[cfg(feature = "iam-tokens")]
impl serde::Serialize for ListIamTokenRevocationsFrom {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.defined.is_some() as usize;
        len += self.empty.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ListIamTokenRevocationsFrom",
            len,
        );
        s.optional("defined", &self.defined);
        s.optional("empty", &self.empty);
        s.end()
    }
}
#[cfg(feature = "iam-tokens")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ListIamTokenRevocationsFrom {
    const NAME: &'static str = "ListIamTokenRevocationsFrom";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["defined", "empty"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { defined: v0, empty: v1 })
    }
}
#[cfg(feature = "iam-tokens")]
impl<'de> serde::Deserialize<'de> for ListIamTokenRevocationsFrom {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "iam-tokens")]
impl ListIamTokenRevocationsFrom {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            defined: ::std::option::Option::None,
            empty: ::std::option::Option::None,
        }
    }
    /// Sets [`defined`](Self::defined).
    pub fn with_defined(mut self, value: bool) -> Self {
        self.defined = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`empty`](Self::empty).
    pub fn with_empty(mut self, value: bool) -> Self {
        self.empty = ::std::option::Option::Some(value);
        self
    }
}
/// The `ListIamTokenRevocationsSize` schema.
#[cfg(feature = "iam-tokens")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListIamTokenRevocationsSize {
    /// `defined`
    pub defined: ::std::option::Option<bool>,
    /// `empty`
    pub empty: ::std::option::Option<bool>,
}
#[cfg(feature = "iam-tokens")]
impl serde::Serialize for ListIamTokenRevocationsSize {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.defined.is_some() as usize;
        len += self.empty.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ListIamTokenRevocationsSize",
            len,
        );
        s.optional("defined", &self.defined);
        s.optional("empty", &self.empty);
        s.end()
    }
}
#[cfg(feature = "iam-tokens")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ListIamTokenRevocationsSize {
    const NAME: &'static str = "ListIamTokenRevocationsSize";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["defined", "empty"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { defined: v0, empty: v1 })
    }
}
#[cfg(feature = "iam-tokens")]
impl<'de> serde::Deserialize<'de> for ListIamTokenRevocationsSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "iam-tokens")]
impl ListIamTokenRevocationsSize {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            defined: ::std::option::Option::None,
            empty: ::std::option::Option::None,
        }
    }
    /// Sets [`defined`](Self::defined).
    pub fn with_defined(mut self, value: bool) -> Self {
        self.defined = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`empty`](Self::empty).
    pub fn with_empty(mut self, value: bool) -> Self {
        self.empty = ::std::option::Option::Some(value);
        self
    }
}
/// The `ListApplicationDeploymentsV4Order` schema.
#[cfg(feature = "deployments")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum ListApplicationDeploymentsV4Order {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "deployments")]
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
#[cfg(feature = "deployments")]
impl ::std::convert::From<::std::string::String> for ListApplicationDeploymentsV4Order {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "ASC" => Self::Asc,
            "DESC" => Self::Desc,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "deployments")]
impl std::fmt::Display for ListApplicationDeploymentsV4Order {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "deployments")]
impl serde::Serialize for ListApplicationDeploymentsV4Order {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "deployments")]
impl<'de> serde::Deserialize<'de> for ListApplicationDeploymentsV4Order {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "deployments")]
impl ::std::cmp::Eq for ListApplicationDeploymentsV4Order {}
#[cfg(feature = "deployments")]
impl ::std::cmp::PartialOrd for ListApplicationDeploymentsV4Order {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "deployments")]
impl ::std::hash::Hash for ListApplicationDeploymentsV4Order {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `ListApplicationInstancesV4Order` schema.
#[cfg(feature = "instances")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum ListApplicationInstancesV4Order {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "instances")]
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
#[cfg(feature = "instances")]
impl ::std::convert::From<::std::string::String> for ListApplicationInstancesV4Order {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "ASC" => Self::Asc,
            "DESC" => Self::Desc,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "instances")]
impl std::fmt::Display for ListApplicationInstancesV4Order {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "instances")]
impl serde::Serialize for ListApplicationInstancesV4Order {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "instances")]
impl<'de> serde::Deserialize<'de> for ListApplicationInstancesV4Order {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "instances")]
impl ::std::cmp::Eq for ListApplicationInstancesV4Order {}
#[cfg(feature = "instances")]
impl ::std::cmp::PartialOrd for ListApplicationInstancesV4Order {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "instances")]
impl ::std::hash::Hash for ListApplicationInstancesV4Order {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `GetResourceMetricsOnly` schema.
#[cfg(feature = "metrics")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResourceMetricsOnly {
    /// `empty`
    pub empty: ::std::option::Option<bool>,
    /// `traversableAgain`
    pub traversable_again: ::std::option::Option<bool>,
}
#[cfg(feature = "metrics")]
impl serde::Serialize for GetResourceMetricsOnly {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.empty.is_some() as usize;
        len += self.traversable_again.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "GetResourceMetricsOnly",
            len,
        );
        s.optional("empty", &self.empty);
        s.optional("traversableAgain", &self.traversable_again);
        s.end()
    }
}
#[cfg(feature = "metrics")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for GetResourceMetricsOnly {
    const NAME: &'static str = "GetResourceMetricsOnly";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["empty", "traversableAgain"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            empty: v0,
            traversable_again: v1,
        })
    }
}
#[cfg(feature = "metrics")]
impl<'de> serde::Deserialize<'de> for GetResourceMetricsOnly {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "metrics")]
impl GetResourceMetricsOnly {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            empty: ::std::option::Option::None,
            traversable_again: ::std::option::Option::None,
        }
    }
    /// Sets [`empty`](Self::empty).
    pub fn with_empty(mut self, value: bool) -> Self {
        self.empty = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`traversable_again`](Self::traversable_again).
    pub fn with_traversable_again(mut self, value: bool) -> Self {
        self.traversable_again = ::std::option::Option::Some(value);
        self
    }
}
